"""Night statistics: totals, breaches per weapon class, records, the table and the CLI."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geoevents.cli import cli
from geoevents.frame import events_to_gdf
from geoevents.models import Event
from geoevents.stats import (
    NIGHT_TABLE_COLUMNS,
    TOTAL_FIELDS,
    find_records,
    format_table,
    night_table,
    night_totals,
)
from geoevents.store import Contribution, EventStore, Source


def _national(night: str, drones: int | None, missiles: int | None = None, **kw: object) -> Event:
    return Event(
        event_id=f"n{night}",
        night=night,
        attacker="Russia",
        country="UA",
        place="Ukraine",
        place_level="country",
        role="rollup",
        drones_launched=drones,
        missiles_launched=missiles,
        place_id="ua",
        weapon_class="both",
        **kw,
    )  # type: ignore[arg-type]


def _local(night: str, place: str, **kw: object) -> Event:
    data = {"role": "incident", **kw}
    return Event(
        event_id=f"{night}{place}",
        night=night,
        attacker="Russia",
        country="UA",
        admin1=place,
        place=place,
        place_level="city",
        place_id=place,
        **data,
    )  # type: ignore[arg-type]


@pytest.fixture
def events() -> pd.DataFrame:
    return events_to_gdf(
        [
            _national("2024-07-01", 100, 5),
            _national("2024-07-02", 80, 40),
            _national("2024-07-03", 150, 2),
            _national("2024-07-05", 150, 41),
            _local("2024-07-01", "Kyiv", killed=1, wounded=3, breached=2, weapon_class="drone"),
            _local("2024-07-03", "Kharkiv", killed=4, breached=1, weapon_class="missile"),
            _local("2024-07-03", "Odesa", killed=1, breached=3, weapon_class="drone"),
            _local("2024-07-03", "Lviv", weapon_class="drone", role="listed"),
        ]
    )


def test_night_totals_keeps_its_columns(events: pd.DataFrame) -> None:
    totals = night_totals(events)
    assert list(totals.columns) == ["night", *TOTAL_FIELDS]
    assert list(totals["drones_launched"]) == [100, 80, 150, 150]


def test_night_table_breaches_per_weapon_class_and_records(events: pd.DataFrame) -> None:
    table = night_table(events)
    assert tuple(table.columns) == NIGHT_TABLE_COLUMNS
    by_night = table.set_index("night")
    assert by_night.loc["2024-07-03", "breached"] == 4
    assert by_night.loc["2024-07-03", "breached_drones"] == 3
    assert by_night.loc["2024-07-03", "breached_missiles"] == 1
    assert by_night.loc["2024-07-03", "places_hit"] == 2  # listed places are not hit
    assert by_night.loc["2024-07-01", "records"] == ""  # the first night sets the bar unflagged
    assert by_night.loc["2024-07-02", "records"] == (
        "largest missile attack so far: 40 missiles (previous record 5 on 2024-07-01)"
    )
    assert by_night.loc["2024-07-03", "records"] == (
        "largest drone attack so far: 150 drones (previous record 100 on 2024-07-01); "
        "deadliest night so far: 5 killed (previous record 1 on 2024-07-01)"
    )
    assert "largest drone" not in by_night.loc["2024-07-05", "records"]  # a tie is not a record
    assert (
        "largest missile attack so far: 41 missiles (previous record 40 on 2024-07-02)"
        in by_night.loc["2024-07-05", "records"]
    )


def test_find_records_ignores_undated_and_missing() -> None:
    totals = pd.DataFrame(
        {
            "night": ["2024-01-02", None, "2024-01-01", "2024-01-03"],
            "drones_launched": pd.array([5, 99, None, 6], dtype="Int64"),
        }
    )
    records = find_records(totals, fields=("drones_launched",))
    assert [(r.night, r.value, r.previous, r.previous_night) for r in records] == [
        ("2024-01-03", 6, 5, "2024-01-02")
    ]


def test_empty_events_give_an_empty_table() -> None:
    table = night_table(events_to_gdf([]))
    assert list(table.columns) == list(NIGHT_TABLE_COLUMNS) and len(table) == 0
    assert format_table(table).split() == [
        "night",
        "drones",
        "downed",
        "missiles",
        "downed",
        "breached",
        "br.drones",
        "br.missiles",
        "killed",
        "wounded",
        "places",
        "records",
    ]


def test_format_table_aligns_and_marks_missing(events: pd.DataFrame) -> None:
    lines = format_table(night_table(events)).splitlines()
    assert len(lines) == 5
    assert lines[0].startswith("night")
    assert lines[2].split()[:4] == ["2024-07-02", "80", "-", "40"]
    assert (
        len({len(line.split("largest")[0]) for line in lines[1:3] if "largest" in line} | {0}) >= 1
    )


def _store(tmp_path: Path, events: pd.DataFrame) -> Path:
    from geoevents.frame import gdf_to_events

    path = tmp_path / "s.gpkg"
    with EventStore(path) as store:
        for event in gdf_to_events(events):
            source = Source(report_hash=event.event_id, source_id=event.event_id)
            store.add([source], [Contribution(event=event, source=source)])
    return path


def test_cli_stats_from_store_with_csv(tmp_path: Path, events: pd.DataFrame) -> None:
    path = _store(tmp_path, events)
    out = tmp_path / "nights.csv"
    result = CliRunner().invoke(cli, ["stats", "--store", str(path), "--csv", str(out)])
    assert result.exit_code == 0, result.output
    assert (
        "largest drone attack so far: 150 drones (previous record 100 on 2024-07-01)"
        in result.stdout
    )
    table = pd.read_csv(out)
    assert list(table.columns) == list(NIGHT_TABLE_COLUMNS) and len(table) == 4
    # a night range cuts the table, but records still compare with earlier nights
    cut = CliRunner().invoke(
        cli, ["stats", "--store", str(path), "--from", "2024-07-03", "-o", str(out)]
    )
    assert cut.exit_code == 0
    assert pd.read_csv(out)["night"].tolist() == ["2024-07-03", "2024-07-05"]
    assert "previous record 100 on 2024-07-01" in cut.stdout


def test_cli_stats_from_inputs(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(
        "Overnight, Russia launched 50 drones at Ukraine; 40 were shot down. One person was killed in Kharkiv."
    )
    result = CliRunner().invoke(cli, ["stats", str(report), "--published", "2024-10-21"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("night")
    assert "2024-10-20" in result.stdout
    missing = CliRunner().invoke(cli, ["stats", "--store", str(tmp_path / "none.gpkg")])
    assert missing.exit_code == 3 and "no such store" in missing.stderr
