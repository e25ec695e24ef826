"""Events as a GeoDataFrame: schema, geometry order, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest

from geoevents import (
    events_from_reports,
    events_to_gdf,
    gdf_to_events,
    read_events,
    read_reports,
    write_events,
)
from geoevents.exceptions import SchemaError
from geoevents.frame import EVENT_COLUMNS, validate_events_gdf
from geoevents.models import Event
from tests.conftest import ROOT


def sample_events() -> list[Event]:
    return events_from_reports(read_reports(ROOT / "data" / "reports"))


def test_events_to_gdf_puts_lon_first_and_uses_epsg4326() -> None:
    gdf = events_to_gdf([Event(event_id="a", place="Kyiv", lat=50.45, lon=30.52, damage=["rail"])])
    assert list(gdf.columns) == [*EVENT_COLUMNS, "geometry"]
    assert gdf.crs.to_epsg() == 4326
    point = gdf.geometry.iloc[0]
    assert (point.x, point.y) == (30.52, 50.45)
    assert gdf["damage"].iloc[0] == ["rail"]
    assert str(gdf["killed"].dtype) == "Int64"


def test_pipeline_events_are_all_placed_and_valid() -> None:
    gdf = events_to_gdf(sample_events())
    validate_events_gdf(gdf)
    assert gdf.geometry.notna().all()
    tally = gdf[gdf["place_level"] == "country"]
    assert set(tally["geo_precision"]) == {3}


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_round_trip_keeps_values(tmp_path: Path, suffix: str) -> None:
    events = sample_events()
    gdf = events_to_gdf(events)
    path = tmp_path / f"events{suffix}"
    write_events(gdf, path)
    back = gdf_to_events(read_events(path))
    assert len(back) == len(events)
    for before, after in zip(events, back, strict=True):
        for name in ("event_id", "night", "place", "admin1", "killed", "wounded", "drones_launched", "damage", "spans", "evidence"):
            a, b = getattr(before, name), getattr(after, name)
            if name in ("killed", "wounded", "drones_launched") and a is not None:
                b = int(b)
            assert a == b, (name, a, b)
        assert after.lat == pytest.approx(before.lat, abs=1e-6)
        assert after.lon == pytest.approx(before.lon, abs=1e-6)


def test_validate_collects_every_problem() -> None:
    gdf = events_to_gdf([Event(event_id="x", place_level="planet", role="guess", killed=-1), Event(event_id="x")])
    with pytest.raises(SchemaError) as info:
        validate_events_gdf(gdf)
    message = str(info.value)
    for part in ("place_level", "role", "negative values in 'killed'", "duplicate event_id"):
        assert part in message


def test_read_events_rejects_non_event_files(tmp_path: Path) -> None:
    path = tmp_path / "x.geojson"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(SchemaError, match="not an events file"):
        read_events(path)


def test_list_cells_parse_json_and_missing_values() -> None:
    import math

    import pandas as pd

    from geoevents.frame import _as_list

    assert _as_list('["energy", "rail"]') == ["energy", "rail"]
    assert _as_list("energy") == ["energy"]
    assert _as_list(("a", "b")) == ["a", "b"]
    for missing in (None, pd.NA, math.nan, ""):
        assert _as_list(missing) == []
    assert _as_list(3) == [3]
