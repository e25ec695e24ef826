"""Events as a GeoDataFrame: the schema, and the one place (lat, lon) becomes a Point.

Columns are the :class:`geoevents.models.Event` attributes (README, "Event schema")
except ``lat``/``lon``, which become the Point geometry (EPSG:4326, lon/lat order).
List and dict columns (``damage``, ``evidence``, ``spans``) hold Python lists; file
writers serialise them (JSON strings in GeoPackage/CSV, arrays in GeoJSON).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pandas as pd

from geoevents.exceptions import SchemaError
from geoevents.models import COUNT_FIELDS, PLACE_LEVELS, ROLES, Event, event_fields

if TYPE_CHECKING:
    import geopandas as gpd

CRS = "EPSG:4326"

#: Columns of the events GeoDataFrame, in order (``geometry`` last).
EVENT_COLUMNS: list[str] = [f for f in event_fields() if f not in ("lat", "lon")]
LIST_COLUMNS = ("damage", "evidence", "spans")
INT_COLUMNS = (*COUNT_FIELDS, "time_precision", "geo_precision")


def events_to_gdf(events: Iterable[Event]) -> gpd.GeoDataFrame:
    """Build the events GeoDataFrame (one row per event, Point geometry, EPSG:4326).

    Events without coordinates get a missing (``None``) geometry.

    Examples
    --------
    >>> from geoevents.models import Event
    >>> gdf = events_to_gdf([Event(event_id="x", place="Kyiv", lat=50.45, lon=30.52)])
    >>> gdf.geometry.iloc[0].x, gdf.crs.to_epsg()
    (30.52, 4326)
    """
    import geopandas as gpd
    from shapely.geometry import Point

    rows = []
    geometry = []
    for event in events:
        data = event.to_dict()
        lat, lon = data.pop("lat"), data.pop("lon")
        rows.append(data)
        # The one conversion point: (lat, lon) in our records -> Point(lon, lat).
        geometry.append(Point(lon, lat) if lat is not None and lon is not None else None)
    frame = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    frame = _coerce_types(frame)
    return gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geometry, crs=CRS), crs=CRS)


def gdf_to_events(gdf: gpd.GeoDataFrame) -> list[Event]:
    """The inverse of :func:`events_to_gdf`."""
    gdf = gdf.to_crs(CRS) if gdf.crs is not None and gdf.crs.to_epsg() != 4326 else gdf
    events = []
    known = set(event_fields())
    for row, geom in zip(gdf.drop(columns="geometry").to_dict("records"), gdf.geometry, strict=True):
        data = {k: _clean(v) for k, v in row.items() if k in known}
        for key in LIST_COLUMNS:
            data[key] = _as_list(data.get(key))
        if geom is not None and not geom.is_empty:
            data["lat"], data["lon"] = geom.y, geom.x
        events.append(Event(**data))
    return events


def _clean(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and pd.isna(value):
        return None
    if value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item") and not isinstance(value, (list, dict, str)):
        return value.item()
    return value


def _as_list(value: Any) -> list[Any]:
    """A list cell as a list: JSON text parsed, missing values (None, NA, NaN) empty."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return [value] if value else []
        return parsed if isinstance(parsed, list) else [parsed]
    try:
        return list(value)
    except TypeError:
        return [value]


def _coerce_types(frame: pd.DataFrame) -> pd.DataFrame:
    for column in INT_COLUMNS:
        if column in frame:
            frame[column] = pd.array(
                [None if _clean(v) is None else int(v) for v in frame[column]], dtype="Int64"
            )
    for column in LIST_COLUMNS:
        if column in frame:
            frame[column] = [_as_list(v) for v in frame[column]]
    return frame


def validate_events_gdf(gdf: gpd.GeoDataFrame) -> None:
    """Check a GeoDataFrame against the schema; raise :class:`SchemaError` listing every problem."""
    problems: list[str] = []
    missing = [c for c in EVENT_COLUMNS if c not in gdf.columns]
    if missing:
        problems.append(f"missing columns {missing}")
    if gdf.crs is None or gdf.crs.to_epsg() != 4326:
        problems.append(f"CRS must be EPSG:4326, got {gdf.crs!r}")
    if "place_level" in gdf:
        bad = sorted({v for v in gdf["place_level"].dropna() if v not in PLACE_LEVELS})
        if bad:
            problems.append(f"unknown place_level values {bad}")
    if "role" in gdf:
        bad = sorted({v for v in gdf["role"].dropna() if v not in ROLES})
        if bad:
            problems.append(f"unknown role values {bad}")
    for column in COUNT_FIELDS:
        if column in gdf:
            values = pd.to_numeric(gdf[column], errors="coerce")
            if (values.dropna() < 0).any():
                problems.append(f"negative values in {column!r}")
    if "event_id" in gdf and gdf["event_id"].duplicated().any():
        dupes = sorted(gdf.loc[gdf["event_id"].duplicated(), "event_id"].unique())[:5]
        problems.append(f"duplicate event_id values {dupes}")
    if problems:
        msg = "events GeoDataFrame does not follow the schema: " + "; ".join(problems)
        raise SchemaError(msg)
