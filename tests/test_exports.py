"""Exports: every format opens in GDAL's ogrinfo and round-trips through GeoPandas."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from click.testing import CliRunner

from geoevents.cli import cli
from geoevents.exceptions import OutputError
from geoevents.exports import (
    ACLED_COLUMNS,
    EXPORTERS,
    event_notes,
    export_events,
    filter_events,
    read_events,
    to_csv,
    to_geojson,
    to_gpkg,
    write_events,
)
from geoevents.frame import EVENT_COLUMNS, events_to_gdf
from geoevents.models import Event
from geoevents.store import Contribution, EventStore, Source

OGRINFO = shutil.which("ogrinfo")
needs_ogrinfo = pytest.mark.skipif(
    OGRINFO is None, reason="GDAL's ogrinfo is not installed (apt-get install gdal-bin)"
)


def _events() -> list[Event]:
    return [
        Event(
            event_id="e1",
            night="2024-10-20",
            time_precision=1,
            attacker="Russia",
            country="UA",
            admin1="Kyiv",
            place="Kyiv",
            place_level="city",
            geo_precision=1,
            drones_launched=None,
            wounded=4,
            killed=1,
            damage=["residential", "energy"],
            weapon_class="drone",
            role="incident",
            source_id="a",
            source_url="https://example.org/a",
            published="2024-10-21T09:00:00+03:00",
            evidence=['Drones hit Kyiv, "quoted" words; and a comma.'],
            spans=[{"field": "wounded", "start": 1, "end": 2, "text": "4"}],
            place_id="ua-30-kyiv",
            lat=50.45466,
            lon=30.5238,
            geocode_source="curated",
        ),
        Event(
            event_id="e2",
            night="2024-11-02",
            time_precision=2,
            attacker="Russia",
            country="UA",
            admin1="Kharkiv Oblast",
            place="Kharkiv",
            place_level="city",
            geo_precision=1,
            killed=2,
            weapon_class="missile",
            role="incident",
            source_id="b",
            place_id="ua-63-kharkiv",
            lat=49.98081,
            lon=36.25272,
        ),
        Event(
            event_id="e3",
            night="2024-11-02",
            attacker="Russia",
            country="UA",
            place="Ukraine",
            place_level="country",
            geo_precision=3,
            drones_launched=120,
            drones_downed=100,
            weapon_class="drone",
            role="rollup",
            source_id="c",
            place_id="ua",
        ),
        Event(
            event_id="e4",
            night="2024-11-03",
            attacker="Ukraine",
            country="RU",
            admin1="Rostov Oblast",
            place="Rostov-on-Don",
            place_level="city",
            geo_precision=1,
            drones_downed=7,
            weapon_class="drone",
            role="listed",
            source_id="d",
            lat=47.23135,
            lon=39.72328,
        ),
    ]


@pytest.fixture
def gdf() -> gpd.GeoDataFrame:
    return events_to_gdf(_events())


@pytest.fixture
def store_gdf(tmp_path: Path) -> gpd.GeoDataFrame:
    with EventStore(tmp_path / "s.gpkg") as store:
        for event in _events():
            source = Source(
                report_hash=event.event_id, source_id=event.source_id, published=event.published
            )
            store.add([source], [Contribution(event=event, source=source)])
        return store.events()


def _ogrinfo(path: Path, *options: str) -> str:
    assert OGRINFO is not None
    out = subprocess.run(
        [OGRINFO, "-al", "-q", *options, str(path)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def _gdal_has(driver: str) -> bool:
    assert OGRINFO is not None
    out = subprocess.run([OGRINFO, "--formats"], capture_output=True, text=True).stdout
    return any(line.strip().startswith(driver + " ") for line in out.splitlines())


# ---------------------------------------------------------------- every format


@needs_ogrinfo
@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".kml"])
def test_every_export_opens_in_ogrinfo_with_all_points(
    tmp_path: Path, store_gdf: gpd.GeoDataFrame, suffix: str
) -> None:
    path = tmp_path / f"events{suffix}"
    export_events(store_gdf, path)
    options = (
        ("-oo", "X_POSSIBLE_NAMES=longitude", "-oo", "Y_POSSIBLE_NAMES=latitude")
        if suffix == ".csv"
        else ()
    )
    text = _ogrinfo(path, *options)
    assert text.count("POINT (") == 3  # the national rollup has no coordinates
    assert "POINT (30.5238 50.45466)" in text
    assert text.count("OGRFeature(") == 4


@needs_ogrinfo
def test_geoparquet_opens_in_ogrinfo_when_gdal_has_the_driver(
    tmp_path: Path, store_gdf: gpd.GeoDataFrame
) -> None:
    if not _gdal_has("Parquet"):
        pytest.skip(
            "this GDAL's ogrinfo has no (Geo)Parquet driver (Debian 12's GDAL 3.6 is built without Arrow)"
        )
    path = tmp_path / "events.parquet"
    export_events(store_gdf, path)
    assert _ogrinfo(path).count("POINT (") == 3


def test_geoparquet_metadata_is_geoparquet(tmp_path: Path, store_gdf: gpd.GeoDataFrame) -> None:
    import pyarrow.parquet as pq

    path = tmp_path / "events.parquet"
    export_events(store_gdf, path)
    geo = json.loads(pq.read_schema(path).metadata[b"geo"])
    assert geo["version"] == "1.0.0" and geo["primary_column"] == "geometry"
    assert geo["columns"]["geometry"]["encoding"] == "WKB"


@pytest.mark.parametrize("suffix", sorted(EXPORTERS))
def test_every_export_round_trips_through_geopandas(
    tmp_path: Path, store_gdf: gpd.GeoDataFrame, suffix: str
) -> None:
    path = tmp_path / f"events{suffix}"
    export_events(store_gdf, path)
    back = read_events(path)
    assert list(back.columns) == [*EVENT_COLUMNS, "geometry"]
    back = back.set_index("event_id").loc[store_gdf["event_id"]]
    for column in (
        "night",
        "place",
        "role",
        "weapon_class",
        "place_id",
        "attacker",
        "country",
        "admin1",
    ):
        expected = [None if pd.isna(v) else v for v in store_gdf[column]]
        got = [None if pd.isna(v) else v for v in back[column]]
        assert got == expected, column
    for column in (
        "killed",
        "wounded",
        "drones_launched",
        "drones_downed",
        "time_precision",
        "geo_precision",
    ):
        assert [None if pd.isna(v) else int(v) for v in back[column]] == [
            None if pd.isna(v) else int(v) for v in store_gdf[column]
        ], column
    kyiv = back[back["place"] == "Kyiv"].iloc[0]
    assert list(kyiv["evidence"]) == ['Drones hit Kyiv, "quoted" words; and a comma.']
    for a, b in zip(back.geometry, store_gdf.geometry, strict=True):
        assert (a is None or a.is_empty) == (b is None or b.is_empty)
        if b is not None and not b.is_empty:
            assert a.distance(b) < 1e-6
    if suffix not in (".kml",):
        assert list(back["damage"]) == list(store_gdf["damage"])


def test_store_extras_survive_gpkg_and_parquet(tmp_path: Path, store_gdf: gpd.GeoDataFrame) -> None:
    for suffix, reader in ((".gpkg", gpd.read_file), (".parquet", gpd.read_parquet)):
        path = tmp_path / f"events{suffix}"
        export_events(store_gdf, path)
        back = reader(path)
        for column in ("killed_low", "killed_high", "n_sources", "source_ids", "first_published"):
            assert column in back.columns, (suffix, column)


def test_geojson_is_rfc7946(tmp_path: Path, store_gdf: gpd.GeoDataFrame) -> None:
    path = tmp_path / "events.geojson"
    export_events(store_gdf, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    kyiv = next(f for f in data["features"] if f["properties"]["place"] == "Kyiv")
    assert kyiv["geometry"] == {"type": "Point", "coordinates": [30.5238, 50.45466]}  # lon, lat
    assert kyiv["properties"]["damage"] == ["residential", "energy"]
    assert isinstance(kyiv["properties"]["spans"], list)
    national = next(f for f in data["features"] if f["properties"]["place"] == "Ukraine")
    assert national["geometry"] is None
    assert json.loads(to_geojson(store_gdf)) == data  # same content as the in-memory writer


def test_acled_csv_columns_come_first(tmp_path: Path, store_gdf: gpd.GeoDataFrame) -> None:
    path = tmp_path / "events.csv"
    export_events(store_gdf, path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert tuple(frame.columns[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert len(set(frame.columns)) == len(frame.columns)
    assert "country_code" in frame.columns and "killed_high" in frame.columns
    kyiv = frame[frame["location"] == "Kyiv"].iloc[0]
    assert kyiv["event_id_cnty"].startswith("UKR")
    assert kyiv["country"] == "Ukraine" and kyiv["country_code"] == "UA"
    assert kyiv["actor1"] == "Military Forces of Russia (2000-)"
    assert kyiv["event_date"] == "2024-10-20" and kyiv["fatalities"] == "1"
    assert (kyiv["latitude"], kyiv["longitude"]) == ("50.45466", "30.5238")
    assert "Drone attack on Kyiv on the night of 2024-10-20" in kyiv["notes"]
    rostov = frame[frame["location"] == "Rostov-on-Don"].iloc[0]
    assert (
        rostov["country"] == "Russia" and rostov["actor1"] == "Military Forces of Ukraine (2019-)"
    )


def test_event_notes_is_deterministic_text() -> None:
    note = event_notes(
        {
            "weapon_class": "missile",
            "place": "Kharkiv Oblast",
            "admin1": "Kharkiv Oblast",
            "night": "2024-11-02",
            "killed": 2,
            "damage": '["energy"]',
            "n_sources": 3,
        }
    )
    assert (
        note
        == "Missile attack on Kharkiv Oblast on the night of 2024-11-02: 2 killed; damage: energy (3 sources)."
    )


def test_unknown_export_format_is_an_output_error(tmp_path: Path, gdf: gpd.GeoDataFrame) -> None:
    with pytest.raises(OutputError, match=r"unknown export format '\.shp'"):
        export_events(gdf, tmp_path / "events.shp")


def test_failed_export_leaves_no_partial_file(
    tmp_path: Path, gdf: gpd.GeoDataFrame, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "events.geojson"
    target.write_text("previous content")
    import geoevents.exports as exports

    def boom(*args: object, **kwargs: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(exports.json, "dumps", boom)
    with pytest.raises(OutputError):
        export_events(gdf, target)
    assert target.read_text() == "previous content"
    assert [p.name for p in tmp_path.iterdir()] == ["events.geojson"]


# ---------------------------------------------------------------- filters


def test_filters(gdf: gpd.GeoDataFrame) -> None:
    assert list(filter_events(gdf, night_from="2024-11-01")["event_id"]) == ["e2", "e3", "e4"]
    assert list(filter_events(gdf, night_from="2024-11-01", night_to="2024-11-02")["event_id"]) == [
        "e2",
        "e3",
    ]
    assert list(filter_events(gdf, country="Russia")["event_id"]) == ["e4"]
    assert list(filter_events(gdf, country="ua")["event_id"]) == ["e1", "e2", "e3"]
    assert list(filter_events(gdf, admin1="kharkiv oblast")["event_id"]) == ["e2"]
    assert list(filter_events(gdf, attacker="Ukraine")["event_id"]) == ["e4"]
    undated = events_to_gdf([Event(event_id="x", night=None)])
    assert len(filter_events(undated, night_from="2024-01-01")) == 0


# ---------------------------------------------------------------- the CLI


def test_cli_export_with_filters(tmp_path: Path) -> None:
    store = tmp_path / "s.gpkg"
    with EventStore(store) as s:
        for event in _events():
            source = Source(report_hash=event.event_id, source_id=event.source_id)
            s.add([source], [Contribution(event=event, source=source)])
    out = tmp_path / "out.geojson"
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "export",
            "--store",
            str(store),
            "-o",
            str(out),
            "--from",
            "2024-11-01",
            "--to",
            "2024-11-30",
            "--country",
            "UA",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "2 events written" in result.stderr
    assert {f["properties"]["place"] for f in json.loads(out.read_text())["features"]} == {
        "Kharkiv",
        "Ukraine",
    }
    bad = runner.invoke(
        cli, ["export", "--store", str(store), "-o", str(out), "--from", "November"]
    )
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.stderr
    missing = runner.invoke(cli, ["export", "--store", str(tmp_path / "none.gpkg"), "-o", str(out)])
    assert missing.exit_code == 3 and "no such store" in missing.stderr
    fmt = runner.invoke(cli, ["export", "--store", str(store), "-o", str(tmp_path / "x.shp")])
    assert fmt.exit_code == 3 and "unknown export format" in fmt.stderr


# ---------------------------------------------------------------- the older writers still work


def test_older_writers_keep_working(tmp_path: Path, gdf: gpd.GeoDataFrame) -> None:
    to_gpkg(gdf, tmp_path / "a.gpkg")
    text = to_csv(gdf, tmp_path / "a.csv")
    assert text.splitlines()[0].endswith("latitude,longitude")
    write_events(gdf, tmp_path / "a.geojson")
    for name in ("a.gpkg", "a.csv", "a.geojson"):
        back = read_events(tmp_path / name)
        assert list(back["event_id"]) == ["e1", "e2", "e3", "e4"]
