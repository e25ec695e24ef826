"""Scoring extraction against gold annotations (the ``gold.jsonl`` format of the dev corpus).

Events are matched within a report on (target country, admin1, Kyiv district, level), pairs
of the same place name first;
gold events with role ``listed`` are neither required nor penalised, and predicted
``listed`` events are ignored. For matched pairs the scorer counts exact numbers per field,
the night (any of ``date_candidates`` is accepted) and the attacker, and counts numbers
"invented" where the gold value is null.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geoevents.models import Event
from geoevents.text import normalize_name

NUMERIC_FIELDS = ("drones_launched", "missiles_launched", "drones_downed", "missiles_downed", "breached", "killed", "wounded")
KYIV_DISTRICTS = (
    "Darnytskyi", "Desnianskyi", "Dniprovskyi", "Holosiivskyi", "Obolonskyi", "Pecherskyi",
    "Podilskyi", "Shevchenkivskyi", "Solomianskyi", "Sviatoshynskyi",
)
_LEVEL = {"neighbourhood": "district", "district": "district", "city": "city", "village": "village",
          "region": "region", "country": "country"}


@dataclass
class GoldEvent:
    key: tuple[Any, ...]
    role: str
    values: dict[str, int | None]
    night: str | None
    candidates: list[str]
    attacker: str | None
    place: str
    damage: list[str]


@dataclass
class ReportScore:
    report: str
    kinds: list[str]
    tp: int = 0
    fp: int = 0
    fn: int = 0
    matched: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    false_positives: list[Event] = field(default_factory=list)
    misses: list[GoldEvent] = field(default_factory=list)


def load_gold(path: str | Path) -> dict[str, dict[str, Any]]:
    """``report id -> gold record`` from a gold JSONL file."""
    records = {}
    with Path(path).open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                records[str(record["report"])] = record
    return records


def gold_events(record: dict[str, Any]) -> list[GoldEvent]:
    out = []
    for event in record.get("events", []):
        level = _LEVEL.get(event.get("place_level") or "", event.get("place_level"))
        district = event.get("kyiv_district")
        key = (event.get("target_country"), event.get("admin1"), district, level)
        weapons = event.get("weapons") or {}
        values = {f: weapons.get(f) for f in NUMERIC_FIELDS[:5]}
        values["killed"] = event.get("killed")
        values["wounded"] = event.get("wounded")
        out.append(
            GoldEvent(key, event.get("role", "incident"), values, event.get("date"),
                      list(event.get("date_candidates") or []), event.get("attacker"),
                      event.get("place", ""), list(event.get("damage") or []))
        )
    return out


def same_place_name(gold_place: str, predicted_place: str) -> bool:
    """Whether two spellings name one place: their first words agree in their first five
    letters ("Izmail district" and "Izmailskyi raion", "Prymorskyi district, Odesa" and
    "Prymorskyi")."""
    gold_words, predicted_words = normalize_name(gold_place).split(), normalize_name(predicted_place).split()
    return bool(gold_words and predicted_words) and gold_words[0][:5] == predicted_words[0][:5]


def event_key(event: Event) -> tuple[Any, ...]:
    level = _LEVEL.get(event.place_level or "", event.place_level)
    district = event.district if event.admin1 == "Kyiv" and event.district in KYIV_DISTRICTS else None
    admin1 = event.admin1 if level != "country" else None
    country = event.country
    return (country, admin1, district, level)


def score_report(report_id: str, record: dict[str, Any], predicted: Iterable[Event]) -> ReportScore:
    """Match one report's predictions against its gold events."""
    score = ReportScore(report_id, list(record.get("kind", [])))
    golds = gold_events(record)
    preds = [e for e in predicted if e.role != "listed"]
    used_gold: set[int] = set()
    # Among events of the same key, pairs of the same name and night first, then of the
    # same name, then of the same night, then any: two villages of one region pair by name.
    pairs: list[tuple[int, int]] = []
    for same_name, strict in ((True, True), (True, False), (False, True), (False, False)):
        for pi, pred in enumerate(preds):
            if any(p == pi for p, _ in pairs):
                continue
            for gi, gold in enumerate(golds):
                if gi in used_gold or gold.key != event_key(pred):
                    continue
                if strict and not night_ok(gold, pred.night):
                    continue
                if same_name and not same_place_name(gold.place, pred.place):
                    continue
                used_gold.add(gi)
                pairs.append((pi, gi))
                break
    matched_preds = {p for p, _ in pairs}
    for pi, gi in pairs:
        gold, pred = golds[gi], preds[pi]
        if gold.role == "listed":
            continue
        score.tp += 1
        score.matched.append((gold, pred))
    for pi, pred in enumerate(preds):
        if pi not in matched_preds:
            score.fp += 1
            score.false_positives.append(pred)
    for gi, gold in enumerate(golds):
        if gi not in used_gold and gold.role != "listed":
            score.fn += 1
            score.misses.append(gold)
    return score


def night_ok(gold: GoldEvent, night: str | None) -> bool:
    if gold.night is not None:
        return night == gold.night
    if gold.candidates:
        return night in gold.candidates
    return night is None


@dataclass
class Summary:
    precision: float
    recall: float
    f1: float
    numbers_exact: float
    numbers_checked: int
    per_field: dict[str, tuple[int, int]]
    night_accuracy: float
    attacker_accuracy: float
    invented: int
    negatives_clean: int
    negatives: int
    damage_jaccard: float


def summarise(scores: list[ReportScore]) -> Summary:
    tp = sum(s.tp for s in scores)
    fp = sum(s.fp for s in scores)
    fn = sum(s.fn for s in scores)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    invented = 0
    nights = attackers = 0
    jaccard = []
    pairs = [pair for s in scores for pair in s.matched]
    for gold, pred in pairs:
        for f in NUMERIC_FIELDS:
            g, p = gold.values.get(f), getattr(pred, f)
            if g is None and p is None:
                continue
            per_field[f][1] += 1
            if g == p:
                per_field[f][0] += 1
            if g is None and p is not None:
                invented += 1
        nights += night_ok(gold, pred.night)
        attackers += gold.attacker == pred.attacker
        union = set(gold.damage) | set(pred.damage)
        jaccard.append(len(set(gold.damage) & set(pred.damage)) / len(union) if union else 1.0)
    right = sum(v[0] for v in per_field.values())
    checked = sum(v[1] for v in per_field.values())
    negatives = [s for s in scores if s.kinds[:1] == ["e"]]
    return Summary(
        precision=precision,
        recall=recall,
        f1=f1,
        numbers_exact=right / checked if checked else 1.0,
        numbers_checked=checked,
        per_field={k: (v[0], v[1]) for k, v in per_field.items()},
        night_accuracy=nights / len(pairs) if pairs else 1.0,
        attacker_accuracy=attackers / len(pairs) if pairs else 1.0,
        invented=invented,
        negatives_clean=sum(1 for s in negatives if s.fp == 0),
        negatives=len(negatives),
        damage_jaccard=sum(jaccard) / len(jaccard) if jaccard else 1.0,
    )


def format_summary(summary: Summary) -> str:
    lines = [
        "| metric | value |",
        "|---|---|",
        f"| events precision | {summary.precision:.3f} |",
        f"| events recall | {summary.recall:.3f} |",
        f"| events F1 | {summary.f1:.3f} |",
        f"| numbers exact (matched events, {summary.numbers_checked} stated values) | {summary.numbers_exact:.3f} |",
    ]
    for f in NUMERIC_FIELDS:
        right, total = summary.per_field.get(f, (0, 0))
        if total:
            lines.append(f"| &nbsp;&nbsp;{f} | {right}/{total} |")
    lines += [
        f"| night accuracy | {summary.night_accuracy:.3f} |",
        f"| attacker accuracy | {summary.attacker_accuracy:.3f} |",
        f"| numbers invented where gold is null | {summary.invented} |",
        f"| negatives without events | {summary.negatives_clean}/{summary.negatives} |",
        f"| damage tags (mean Jaccard) | {summary.damage_jaccard:.3f} |",
    ]
    return "\n".join(lines)


def format_details(scores: list[ReportScore]) -> str:
    lines = []
    for s in scores:
        lines.append(f"report {s.report}: tp={s.tp} fp={s.fp} fn={s.fn}")
        for gold, pred in s.matched:
            diffs = [
                f"{f} gold={gold.values.get(f)} got={getattr(pred, f)}"
                for f in NUMERIC_FIELDS if gold.values.get(f) != getattr(pred, f)
            ]
            if not night_ok(gold, pred.night):
                diffs.append(f"night gold={gold.night or gold.candidates} got={pred.night}")
            if gold.attacker != pred.attacker:
                diffs.append(f"attacker gold={gold.attacker} got={pred.attacker}")
            if diffs:
                lines.append(f"  ~ {gold.place}: " + "; ".join(diffs))
        for pred in s.false_positives:
            lines.append(f"  + extra {pred.place} ({pred.place_level}, {pred.admin1}, role {pred.role})")
        for gold in s.misses:
            lines.append(f"  - missed {gold.place} {gold.key}")
    return "\n".join(lines)
