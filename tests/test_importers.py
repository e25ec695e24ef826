"""Dataset importers: our samples (always) and the real files in ../shared (when present)."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from geoevents.cli import cli
from geoevents.exceptions import ConfigurationError, ReportFormatError
from geoevents.frame import events_to_gdf
from geoevents.gazetteer import Gazetteer
from geoevents.importers import get_importer, import_file, resolve_admin1
from geoevents.importers.missile_attacks import weapon_class
from geoevents.importers.sirens import alert_minutes, join_alerts
from geoevents.importers.ucdp import clean_place, parse_date
from geoevents.models import Event
from geoevents.store import EventStore

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
MMA = SAMPLES / "massive-missile-attacks" / "missile_attacks_sample.csv"
MMA_OLD = SAMPLES / "massive-missile-attacks" / "missile_attacks_oldschema_sample.csv"
UCDP = SAMPLES / "ucdp-ged" / "ucdp_ged_sample.csv"
SIRENS = SAMPLES / "air-raid-sirens"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.bundled()


def _by(result, night: str, place: str, role: str | None = None, unit: str | None = None):
    found = [
        c
        for c in result.contributions
        if c.event.night == night
        and c.event.place == place
        and (role is None or c.event.role == role)
        and (unit is None or c.source.source_id.endswith(unit))
    ]
    assert len(found) == 1, [
        (c.event.night, c.event.place, c.event.role, c.source.source_id)
        for c in result.contributions
    ]
    return found[0]


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Kharkivska oblast", "Kharkiv Oblast"),
        ("Kharkiv oblast", "Kharkiv Oblast"),
        ("Kharkiv Oblast", "Kharkiv Oblast"),
        ("Харківська область", "Kharkiv Oblast"),
        ("Kyiv City", "Kyiv"),
        ("м. Київ", "Kyiv"),
        ("Київ", "Kyiv"),
        ("Kiev Special Republican city", "Kyiv"),
        ("Kyivska oblast", "Kyiv Oblast"),
        ("Kyiv oblast", "Kyiv Oblast"),
        ("Zaporizka oblast", "Zaporizhzhia Oblast"),
        ("Zaporizhzhya oblast", "Zaporizhzhia Oblast"),
        ("Odeska oblast", "Odesa Oblast"),
        ("Odessa oblast", "Odesa Oblast"),
        ("Mykolayiv oblast", "Mykolaiv Oblast"),
        ("Lutsk oblast", "Volyn Oblast"),
        ("Dnipro oblast", "Dnipropetrovsk Oblast"),
        ("Chernihivska oblast", "Chernihiv Oblast"),
        ("Zakarpatska oblast", "Zakarpattia Oblast"),
        ("Khmelnytska oblast", "Khmelnytskyi Oblast"),
        ("Rostov oblast", "Rostov Oblast"),
        ("Krasnodar Krai", "Krasnodar Krai"),
    ],
)
def test_region_names_map_to_our_admin1(gaz: Gazetteer, name: str, admin1: str) -> None:
    place = resolve_admin1(name, gaz)
    assert place is not None and place.admin1 == admin1
    assert place.lat and place.lon


def test_unknown_dataset_and_bad_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="unknown dataset 'acled'"):
        get_importer("acled")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b\n1,2\n")
    for dataset in ("mma", "ucdp", "sirens"):
        with pytest.raises(ReportFormatError) as info:
            import_file(dataset, str(wrong))
        assert info.value.path == str(wrong) and "not a" in info.value.reason
        with pytest.raises(ReportFormatError, match="no such file"):
            import_file(dataset, str(tmp_path / "missing.csv"))
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(ReportFormatError, match="empty file"):
        import_file("mma", str(empty))


# ---------------------------------------------------------------- massive missile attacks (samples)


def test_weapon_classes() -> None:
    assert weapon_class("Shahed-136/131") == "drone"
    assert weapon_class("X-101/X-555 and Kalibr") == "missile"
    assert weapon_class("Молнія and Lancet") == "drone"
    assert weapon_class("C-400 and Iskander-M") == "missile"
    assert weapon_class("Iskander-M and Shahed-136/131") == "both"
    assert weapon_class("Aerial Bomb") == weapon_class("GBU") == "unknown"
    assert weapon_class("Gerbera", {"gerbera": "uav"}) == "drone"


def test_mma_sample_national_tallies_and_places(gaz: Gazetteer) -> None:
    result = import_file("mma", str(MMA), gazetteer=gaz)
    assert (result.rows, result.skipped_rows) == (10, 1)
    national = _by(result, "2025-04-11", "Ukraine").event
    assert (national.drones_launched, national.drones_downed, national.drones_lost) == (140, 95, 40)
    assert (national.missiles_launched, national.missiles_downed) == (
        12,
        10,
    )  # the duplicate row is counted once
    assert (
        national.role == "rollup"
        and national.place_level == "country"
        and national.weapon_class == "both"
    )
    source = _by(result, "2025-04-11", "Ukraine").source
    assert (
        source.authority == 2
        and source.url == "https://www.facebook.com/kpszsu/posts/pfbidSAMPLE0001"
    )
    assert source.published == "2025-04-12T08:30:00+03:00"
    assert _by(result, "2025-04-11", "Ukraine").dataset_rows == "1,2"
    # affected regions are hits (incidents); Lutsk oblast is Volyn, Kyiv the city
    for place in ("Kharkiv Oblast", "Volyn Oblast", "Kyiv"):
        assert _by(result, "2025-04-11", place).event.role == "incident"
    # 03:30 belongs to the night before; Dnipro oblast is Dnipropetrovsk
    iskander = _by(result, "2025-04-12", "Ukraine", unit="national").event
    assert (iskander.missiles_launched, iskander.missiles_downed, iskander.time_precision) == (
        2,
        1,
        1,
    )
    assert (
        _by(result, "2025-04-12", "Dnipropetrovsk Oblast", unit="national").event.role == "listed"
    )
    # regional command rows are a second, lower-authority source of the same national event
    other = _by(result, "2025-04-12", "Ukraine", unit="other")
    assert (
        other.source.authority == 1
        and other.event.drones_launched == 5
        and other.event.time_precision == 2
    )
    # the aerial bomb is not counted; Kharkiv is the city target
    night = _by(result, "2025-04-13", "Ukraine", unit="national").event
    assert (night.drones_launched, night.missiles_launched) == (60, None)
    assert _by(result, "2025-04-13", "Kharkiv").event.place_level == "city"
    text = " | ".join(result.warnings)
    for oddity in (
        "stray spaces",
        "unpadded hour",
        "Cyrillic",
        "duplicate",
        "neither a drone nor a missile",
        "unreadable time_start",
        "raion or area after a comma",
        "non-standard oblast name",
    ):
        assert oddity in text, oddity


def test_mma_old_schema_sample(gaz: Gazetteer) -> None:
    result = import_file("mma", str(MMA_OLD), gazetteer=gaz)
    assert "older 17-column schema" in result.warnings[0]
    assert any("Python-repr" in w for w in result.warnings)
    national = _by(result, "2025-03-20", "Ukraine").event
    assert (national.drones_launched, national.missiles_launched, national.missiles_downed) == (
        88,
        3,
        None,
    )


def test_mma_into_the_store_merges_with_reports_and_reimport_adds_nothing(
    tmp_path: Path, gaz: Gazetteer
) -> None:
    from geoevents.store import Contribution, Source

    result = import_file("mma", str(MMA), gazetteer=gaz)
    with EventStore(tmp_path / "s.gpkg") as store:
        first = store.add(result.sources, result.contributions, gazetteer=gaz)
        assert first.new > 0 and first.sources_added == len(result.sources)
        again = store.add(result.sources, result.contributions, gazetteer=gaz)
        assert (again.new, again.merged, again.sources_added) == (0, 0, 0)
        news = Source(
            report_hash="news",
            source_id="news",
            outlet="Sample News",
            published="2025-04-12T11:00:00+03:00",
        )
        event = Event(
            night="2025-04-11",
            attacker="Russia",
            country="UA",
            place="Ukraine",
            place_level="country",
            place_id="ua",
            role="rollup",
            drones_launched=150,
            drones_downed=100,
            published="2025-04-12T11:00:00+03:00",
            source_id="news",
        )
        merged = store.add([news], [Contribution(event=event, source=news)], gazetteer=gaz)
        assert merged.merged == 1 and merged.new == 0
        row = store.events().set_index(["night", "place"]).loc[("2025-04-11", "Ukraine")]
        assert (
            row["drones_launched"],
            row["drones_launched_low"],
            row["drones_launched_high"],
        ) == (140, 140, 150)
        assert row["n_sources"] == 2
        mentions = store.table("mentions")
        assert mentions["sentence"].str.contains("massive-missile-attacks row 1:").any()


def test_mma_replace_supersedes_a_revised_night(tmp_path: Path, gaz: Gazetteer) -> None:
    revised = tmp_path / "revised.csv"
    revised.write_text(MMA.read_text().replace("140.0,95.0", "141.0,96.0"))
    with EventStore(tmp_path / "s.gpkg") as store:
        r1 = import_file("mma", str(MMA), gazetteer=gaz, replace=True)
        store.add(r1.sources, r1.contributions, gazetteer=gaz)
        r2 = import_file("mma", str(revised), gazetteer=gaz, replace=True)
        summary = store.add(r2.sources, r2.contributions, gazetteer=gaz)
        assert (summary.superseded, summary.sources_added, summary.sources_skipped) == (
            1,
            1,
            len(r1.sources) - 1,
        )
        row = store.events().set_index(["night", "place"]).loc[("2025-04-11", "Ukraine")]
        assert (row["drones_launched"], row["drones_launched_low"], row["n_sources"]) == (
            141,
            141,
            1,
        )
    # without --replace both versions stay, as two sources of one event: the range shows the revision
    with EventStore(tmp_path / "t.gpkg") as store:
        for path in (MMA, revised):
            r = import_file("mma", str(path), gazetteer=gaz)
            store.add(r.sources, r.contributions, gazetteer=gaz)
        row = store.events().set_index(["night", "place"]).loc[("2025-04-11", "Ukraine")]
        assert (row["drones_launched_low"], row["drones_launched_high"], row["n_sources"]) == (
            140,
            141,
            2,
        )


# ---------------------------------------------------------------- UCDP (sample)


def test_ucdp_helpers() -> None:
    assert parse_date("09/01/2022 00:00").date().isoformat() == "2022-09-01"
    assert parse_date("9/14/2022 12:00:00 AM").date().isoformat() == "2022-09-14"
    assert parse_date("2022-09-20").date().isoformat() == "2022-09-20"
    assert parse_date("32/13/2022") is None
    assert clean_place("Enerhodar village") == "Enerhodar"
    assert clean_place("Donetsk region: Dolyna") == "Dolyna"


def test_ucdp_sample(gaz: Gazetteer) -> None:
    result = import_file("ucdp", str(UCDP), gazetteer=gaz)
    assert (result.rows, result.skipped_rows, len(result.contributions)) == (5, 1, 4)
    assert result.warnings[0] == "not UTF-8; read as cp1252"
    assert any("date formats" in w for w in result.warnings)
    by_id = {c.event.source_id: c for c in result.contributions}
    dnipro = by_id["ucdp-ged:900001"]
    assert (dnipro.event.killed, dnipro.low, dnipro.high) == (4, {"killed": 3}, {"killed": 6})
    assert dnipro.event.admin1 == "Dnipropetrovsk Oblast" and dnipro.event.place == "Dnipro"
    assert (dnipro.event.lat, dnipro.event.lon, dnipro.event.geo_precision) == (48.4647, 35.0462, 1)
    assert dnipro.event.attacker is None and dnipro.event.event_type == "State-based violence"
    assert "\u2019" in dnipro.event.evidence[0] or "\u2013" in dnipro.event.evidence[0]  # cp1252 decoded
    assert dnipro.dataset_rows == "1"
    dolyna = by_id["ucdp-ged:900002"].event
    assert (dolyna.night, dolyna.place, dolyna.geo_precision) == ("2022-09-14", "Dolyna", 2)
    oblast = by_id["ucdp-ged:900003"].event
    assert (oblast.place_level, oblast.admin1, oblast.time_precision, oblast.attacker) == (
        "region",
        "Zaporizhzhia Oblast",
        2,
        "Russia",
    )
    basin = by_id["ucdp-ged:900004"].event
    assert basin.admin1 is None and basin.geo_precision == 3


# ---------------------------------------------------------------- sirens (samples)


def test_alert_minutes_union_and_night_split(gaz: Gazetteer) -> None:
    result = import_file("sirens", str(SIRENS / "official_sample_en.csv"), gazetteer=gaz)
    table = result.alerts.set_index(["night", "admin1"])
    # oblast 20:00-21:00 UTC and raion 20:30-22:00 UTC overlap: 2 h once, all at night (22:00-24:00 Kyiv)
    assert table.loc[("2024-02-01", "Kharkiv Oblast")].tolist() == [120.0, 120.0, 2]
    # Kyiv 04:00-07:00 Kyiv time: 2 h before 06:00 (night of the 1st), 1 h of daytime on the 2nd
    assert table.loc[("2024-02-01", "Kyiv"), "minutes"] == 120.0
    assert table.loc[("2024-02-02", "Kyiv")].tolist() == [60.0, 0.0, 0]
    assert (
        table.loc[("2024-02-01", "Poltava Oblast"), "minutes"] == 40.0
    )  # the swapped row, swapped back
    text = " | ".join(result.warnings)
    assert "swapped" in text and "Atlantis oblast" in text


def test_alert_minutes_ukrainian_and_volunteer_files(gaz: Gazetteer) -> None:
    uk = alert_minutes(SIRENS / "official_sample_uk.csv", gazetteer=gaz).set_index(
        ["night", "admin1"]
    )
    assert uk.loc[("2024-02-01", "Kharkiv Oblast"), "minutes"] == 60.0
    assert uk.loc[("2024-02-01", "Kyiv"), "minutes"] == 120.0
    volunteer = import_file("sirens", str(SIRENS / "volunteer_sample_en.csv"), gazetteer=gaz)
    assert any("naive=True" in w for w in volunteer.warnings)
    table = volunteer.alerts.set_index(["night", "admin1"])
    assert table.loc[("2024-02-02", "Zaporizhzhia Oblast"), "minutes"] == 30.0
    assert table.loc[("2024-02-03", "Zaporizhzhia Oblast"), "minutes"] == 60.0


def test_join_alerts_to_events(gaz: Gazetteer) -> None:
    alerts = alert_minutes(SIRENS / "official_sample_en.csv", gazetteer=gaz)
    events = events_to_gdf(
        [
            Event(event_id="a", night="2024-02-01", admin1="Kharkiv Oblast", place="Kharkiv"),
            Event(event_id="b", night="2024-02-01", admin1="Lviv Oblast", place="Lviv"),
        ]
    )
    joined = join_alerts(events, alerts)
    assert joined["alert_minutes"].tolist()[0] == 120.0 and pd.isna(
        joined["alert_minutes"].tolist()[1]
    )
    assert len(joined) == 2


# ---------------------------------------------------------------- the CLI


def test_cli_import_reports_bad_files_and_keeps_going(tmp_path: Path) -> None:
    store = tmp_path / "s.gpkg"
    bad = tmp_path / "bad.csv"
    bad.write_text("nothing,useful\n1,2\n")
    runner = CliRunner()
    result = runner.invoke(cli, ["import", "mma", str(bad), str(MMA), "--store", str(store)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if "error" in line]
    assert errors == [
        f"geoevents: error: {bad}: not a massive-missile-attacks file (missing columns "
        "['time_start', 'time_end', 'model', 'target', 'launched', 'destroyed', 'source'])"
    ]
    assert "geoevents: warning:" in result.stderr
    assert "new" in result.stdout
    again = runner.invoke(
        cli, ["import", "massive-missile-attacks", str(MMA), "--store", str(store)]
    )
    assert again.exit_code == 0 and "0 new, 0 merged" in again.stdout
    only_bad = runner.invoke(cli, ["import", "ucdp", str(bad), "--store", str(store)])
    assert only_bad.exit_code == 3
    unknown = runner.invoke(cli, ["import", "acled", str(bad), "--store", str(store)])
    assert unknown.exit_code == 2


def test_cli_import_sirens_and_export_joins_them(tmp_path: Path) -> None:
    store = tmp_path / "s.gpkg"
    runner = CliRunner()
    out_csv = tmp_path / "alerts.csv"
    result = runner.invoke(
        cli,
        [
            "import",
            "sirens",
            str(SIRENS / "official_sample_en.csv"),
            "--store",
            str(store),
            "-o",
            str(out_csv),
        ],
    )
    assert result.exit_code == 0, result.output
    assert pd.read_csv(out_csv).columns.tolist() == [
        "night",
        "admin1",
        "minutes",
        "night_minutes",
        "alerts",
    ]
    from geoevents.store import Contribution, Source

    with EventStore(store) as s:
        source = Source(report_hash="r", source_id="r")
        s.add(
            [source],
            [
                Contribution(
                    event=Event(
                        night="2024-02-01",
                        attacker="Russia",
                        country="UA",
                        admin1="Kharkiv Oblast",
                        place="Kharkiv",
                        place_level="city",
                        lat=49.98,
                        lon=36.25,
                    ),
                    source=source,
                )
            ],
        )
    out = tmp_path / "events.geojson"
    assert runner.invoke(cli, ["export", "--store", str(store), "-o", str(out)]).exit_code == 0
    feature = json.loads(out.read_text())["features"][0]
    assert feature["properties"]["alert_minutes"] == 120.0


# ---------------------------------------------------------------- the real files (../shared)


def _dataset(shared_dir: Path, name: str) -> Path:
    folder = shared_dir / "data" / "datasets" / name
    if not folder.is_dir():
        pytest.skip(
            f"{folder} is absent (the shared datasets exist on developer machines and in CI)"
        )
    return folder


@pytest.mark.shared
def test_real_massive_missile_attacks_both_schemas(gaz: Gazetteer, shared_dir: Path) -> None:
    folder = _dataset(shared_dir, "massive-missile-attacks")
    new = import_file("mma", str(folder / "missile_attacks_daily.csv"), gazetteer=gaz)
    assert new.rows == 3701 and new.skipped_rows == 0
    nights = {c.event.night for c in new.contributions}
    assert min(nights) >= "2022-09-27" and max(nights) <= "2026-05-17"
    record = _by(new, "2025-09-06", "Ukraine", unit="national").event
    assert (
        record.drones_launched == 810
    )  # the Air Force's 810 drones of the night of 6-7 September 2025
    assert any("Cyrillic" in w for w in new.warnings)
    old = import_file(
        "mma", str(folder / "missile_attacks_daily_2025-03-30_oldschema.csv"), gazetteer=gaz
    )
    assert old.rows == 2286 and "older 17-column schema" in old.warnings[0]
    assert any("Python-repr" in w for w in old.warnings)


@pytest.mark.shared
def test_real_ucdp(gaz: Gazetteer, shared_dir: Path) -> None:
    path = _dataset(shared_dir, "ucdp-ged-ukraine") / "UCDP-Ukraine.csv"
    result = import_file("ucdp", str(path), gazetteer=gaz)
    assert result.rows == 3883 and result.skipped_rows == 0
    assert result.warnings[0] == "not UTF-8; read as cp1252"
    assert sum(c.event.killed or 0 for c in result.contributions) == 18480
    admin1 = {c.event.admin1 for c in result.contributions}
    assert {"Donetsk Oblast", "Zaporizhzhia Oblast", "Odesa Oblast", "Kyiv"} <= admin1
    assert all(c.event.lat is not None for c in result.contributions)
    first = next(c for c in result.contributions if c.event.source_id == "ucdp-ged:446152").event
    assert (first.night, first.admin1, first.killed) == ("2022-09-01", "Zaporizhzhia Oblast", 3)


@pytest.mark.shared
def test_real_sirens(gaz: Gazetteer, shared_dir: Path) -> None:
    folder = _dataset(shared_dir, "ua-air-raid-sirens")
    expected = {
        "Kyiv",
        "Kyiv Oblast",
        "Kharkiv Oblast",
        "Odesa Oblast",
        "Zaporizhzhia Oblast",
        "Lviv Oblast",
    }
    for name in ("official_data_en.csv", "official_data_uk.csv", "volunteer_data_en.csv"):
        result = import_file("sirens", str(folder / name), gazetteer=gaz)
        table = result.alerts
        assert expected <= set(table["admin1"]), name
        assert len(set(table["admin1"])) == 25, name  # 24 oblasts and Kyiv city; no Crimea upstream
        assert (table["minutes"] <= 24 * 60 + 60).all() and (
            table["night_minutes"] <= table["minutes"]
        ).all()
        if name.startswith("official"):
            assert any("swapped" in w for w in result.warnings)
        else:
            assert any("naive=True" in w for w in result.warnings)
