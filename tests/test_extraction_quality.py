"""Extraction quality on annotated reports: the project's own evaluation set (always) and the
development corpus in ../shared (skipped when it is absent).

The thresholds sit a little under the figures measured when they were set (README,
"Extraction quality"), so that a rule change that loses events, numbers or nights fails here
before it reaches a map.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoevents.evaluate import Summary, load_gold, score_report, summarise
from geoevents.extract import extract_events
from geoevents.gazetteer import Gazetteer
from geoevents.models import Event
from geoevents.reports import read_reports
from tests.conftest import ROOT, shared_path

EVAL = ROOT / "data" / "eval"


def score(gold_path: Path, reports_dir: Path) -> Summary:
    gold = load_gold(gold_path)
    reports = {r.source_id: r for r in read_reports(reports_dir)}
    assert set(gold) <= set(reports), sorted(set(gold) - set(reports))
    gaz = Gazetteer.bundled()
    return summarise([score_report(rid, record, extract_events(reports[rid], gazetteer=gaz)) for rid, record in gold.items()])


def test_the_evaluation_set_is_well_formed() -> None:
    records = [json.loads(line) for line in (EVAL / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (EVAL / "reports").glob("*.txt")}
    assert sorted(r["report"] for r in records) == sorted(texts)
    for record in records:
        meta = json.loads((EVAL / "reports" / f"{record['report']}.meta.json").read_text(encoding="utf-8"))
        assert {"url", "title", "published", "outlet", "style"} <= set(meta)
        for event in record["events"]:
            assert event["role"] in ("incident", "rollup", "listed")
            for evidence in event["evidence"]:
                assert evidence in texts[record["report"]], (record["report"], evidence)


def test_extraction_on_the_projects_evaluation_set() -> None:
    summary = score(EVAL / "gold.jsonl", EVAL / "reports")
    assert summary.f1 >= 0.93
    # (816 reports: the twenty-second batch, kept close to its held-out first score (numbers 0.788, night
    # 0.911), brings numbers from 0.874 to 0.869 and night from 0.974 to 0.970)
    assert summary.numbers_exact >= 0.86
    assert summary.night_accuracy >= 0.96
    assert summary.attacker_accuracy >= 0.98
    assert summary.negatives_clean == summary.negatives
    assert summary.invented <= 290  # (816 reports) mostly singular hits ("a drone struck") and downed debris that some annotators left null


def test_extraction_on_the_development_corpus() -> None:
    gold = shared_path("data", "reports-dev", "gold.jsonl")  # skips when ../shared is absent
    summary = score(gold, gold.parent / "reports")
    # The targets: F1 >= 0.90, numbers exact >= 0.95, night >= 0.90, nothing invented,
    # every negative clean.
    assert summary.f1 >= 0.95
    assert summary.numbers_exact >= 0.95
    assert summary.night_accuracy >= 0.95
    assert summary.invented == 0
    assert summary.negatives_clean == summary.negatives


@pytest.mark.parametrize("field", ["drones_launched", "drones_downed", "killed", "wounded"])
def test_the_evaluation_set_states_each_main_figure(field: str) -> None:
    records = [json.loads(line) for line in (EVAL / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    stated = [
        e for r in records for e in r["events"]
        if (e["weapons"].get(field) if field in e["weapons"] else e.get(field)) is not None
    ]
    assert len(stated) >= 20, field


def test_the_scorer_pairs_villages_of_one_region_by_name() -> None:
    def gold_village(name: str, killed: int) -> dict:
        return {
            "target_country": "RU", "admin1": "Belgorod Oblast", "kyiv_district": None, "place": name,
            "place_level": "village", "date": "2025-06-02", "weapons": {}, "killed": killed, "wounded": None,
            "role": "incident",
        }

    record = {"report": "x", "events": [gold_village("Glotovo", 1), gold_village("Novaya Tavolzhanka", 0)]}
    predicted = [
        Event(place=name, place_level="village", country="RU", admin1="Belgorod Oblast", night="2025-06-02", killed=killed)
        for name, killed in (("Novaya Tavolzhanka", 0), ("Glotovo", 1))
    ]
    score = score_report("x", record, predicted)
    assert [(gold.place, event.place) for gold, event in score.matched] == [
        ("Novaya Tavolzhanka", "Novaya Tavolzhanka"), ("Glotovo", "Glotovo"),
    ]
