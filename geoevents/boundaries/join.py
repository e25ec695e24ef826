"""Joining events to boundary polygons: fill ``admin1``/``district``, count for choropleths.

Only *point* events take their units from polygons: a city, village, neighbourhood or
city district (``POINT_LEVELS``). A region-level event is placed at its region's centre
and a country-level tally has no point, so neither is joined. ``district`` (a city
district) is filled only for places finer than a city, because a city's own point lies
in one of its districts without the event being about that district.

By default only missing values are filled (``overwrite=False``): the gazetteer's answer
wins over a polygon, which matters on coarse borders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

from geoevents.boundaries.assign import PolygonIndex
from geoevents.boundaries.layers import Boundaries

if TYPE_CHECKING:
    import geopandas as gpd

POINT_LEVELS = ("city", "village", "neighbourhood", "district")
DISTRICT_LEVELS = ("village", "neighbourhood", "district")


def _point_rows(gdf: gpd.GeoDataFrame, levels: Sequence[str]) -> np.ndarray:
    geoms = gdf.geometry
    has_point = (geoms.notna() & ~geoms.is_empty & (geoms.geom_type == "Point")).to_numpy(
        dtype=bool
    )
    if "place_level" in gdf:
        level = gdf["place_level"]
        # An event without a level (a bare point) counts as a point event.
        has_point = has_point & (level.isna() | level.isin(list(levels))).to_numpy(dtype=bool)
    return has_point


def _sjoin_first(points: gpd.GeoDataFrame, layer: gpd.GeoDataFrame, columns: Sequence[str]) -> Any:
    """``columns`` of the first layer polygon holding each point (GeoPandas ``sjoin``)."""
    import geopandas as gpd

    right = layer[[*columns, "geometry"]].copy()
    right["_order"] = np.arange(len(right))
    joined = gpd.sjoin(points[["geometry"]], right, how="left", predicate="within")
    joined = joined.sort_values("_order", kind="stable")
    return joined[~joined.index.duplicated(keep="first")].reindex(points.index)


def join_events(
    gdf: gpd.GeoDataFrame,
    boundaries: Boundaries,
    *,
    overwrite: bool = False,
) -> gpd.GeoDataFrame:
    """Fill ``admin1``/``country``/``district`` of point events with a GeoPandas spatial join.

    Parameters
    ----------
    gdf
        Events (the schema of :func:`geoevents.frame.events_to_gdf`), EPSG:4326.
    boundaries
        Polygon layers; empty boundaries return a copy unchanged.
    overwrite
        Replace values that are already set (default: fill missing values only).

    Returns
    -------
    geopandas.GeoDataFrame
        A copy of ``gdf`` with the columns filled.
    """
    out = _with_place_columns(gdf)
    if boundaries.empty or not len(out):
        return out
    if out.crs is not None and out.crs.to_epsg() != 4326:
        out = out.to_crs("EPSG:4326")
    if boundaries.admin1 is not None:
        mask = _point_rows(out, POINT_LEVELS)
        if mask.any():
            found = _sjoin_first(out.loc[mask], boundaries.admin1, ["admin1", "country"])
            _fill(out, mask, found, "admin1", "admin1", overwrite)
            _fill(out, mask, found, "country", "country", overwrite)
    if boundaries.districts is not None:
        mask = _point_rows(out, DISTRICT_LEVELS)
        if mask.any():
            found = _sjoin_first(
                out.loc[mask], boundaries.districts, ["district", "admin1", "country"]
            )
            _fill(out, mask, found, "district", "district", overwrite)
            _fill(out, mask, found, "admin1", "admin1", overwrite)
            _fill(out, mask, found, "country", "country", overwrite)
    return out


def _with_place_columns(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """A copy of ``gdf`` with object columns admin1, country and district (added if missing)."""
    out = gdf.copy()
    for column in ("admin1", "country", "district"):
        if column not in out:
            out[column] = None
        out[column] = out[column].astype(object)
    return out


def _fill(
    out: Any, mask: np.ndarray, found: Any, target: str, source: str, overwrite: bool
) -> None:
    values = found[source]
    current = out.loc[mask, target]
    take = (values.notna() & (current.isna() | overwrite)).to_numpy()
    if take.any():
        out.loc[current.index[take], target] = values.astype(object).to_numpy()[take]


def assign_events(
    gdf: gpd.GeoDataFrame, boundaries: Boundaries, *, overwrite: bool = False
) -> gpd.GeoDataFrame:
    """The same result as :func:`join_events`, by the fast path (:class:`PolygonIndex`)."""
    out = _with_place_columns(gdf)
    if boundaries.empty or not len(out):
        return out
    for layer, levels, fields in (
        (boundaries.admin1, POINT_LEVELS, ("admin1", "country")),
        (boundaries.districts, DISTRICT_LEVELS, ("district", "admin1", "country")),
    ):
        if layer is None:
            continue
        mask = _point_rows(out, levels)
        if not mask.any():
            continue
        points = out.geometry[mask]
        idx = PolygonIndex(layer.geometry.values).assign(points.x.to_numpy(), points.y.to_numpy())
        for field in fields:
            values = layer[field].astype(object).to_numpy()
            found = np.array([values[i] if i >= 0 else None for i in idx.tolist()], dtype=object)
            current = out.loc[mask, field]
            take = np.array([v is not None for v in found]) & (
                current.isna().to_numpy() | overwrite
            )
            if take.any():
                out.loc[current.index[take], field] = found[take]
    return out


def locate(lon: Any, lat: Any, boundaries: Boundaries) -> list[dict[str, Any]]:
    """For each point: ``admin1``, ``country``, ``district`` (city district) and ``raion``."""
    x = np.atleast_1d(np.asarray(lon, dtype="float64"))
    y = np.atleast_1d(np.asarray(lat, dtype="float64"))
    rows: list[dict[str, Any]] = [
        {"admin1": None, "country": None, "district": None, "raion": None} for _ in x
    ]
    for layer, fields in (
        (boundaries.admin1, {"admin1": "admin1", "country": "country"}),
        (boundaries.raions, {"raion": "district"}),
        (boundaries.districts, {"district": "district"}),
    ):
        if layer is None:
            continue
        idx = PolygonIndex(layer.geometry.values).assign(x, y)
        for row, i in zip(rows, idx.tolist(), strict=True):
            if i >= 0:
                for key, column in fields.items():
                    row[key] = layer[column].iloc[i]
    return rows


def choropleth_counts(
    gdf: gpd.GeoDataFrame,
    layer: gpd.GeoDataFrame,
    *,
    roles: Sequence[str] = ("incident",),
    sums: Sequence[str] = ("killed", "wounded"),
) -> gpd.GeoDataFrame:
    """A copy of a polygon layer with ``events`` (count) and sums per unit, for choropleths.

    Point events are joined by location (GeoPandas ``sjoin``); region-level events
    count for the unit of their ``admin1`` when the layer is an admin1 layer.
    Country-level tallies and rollups are never counted (``roles``).
    """
    import geopandas as gpd
    import pandas as pd

    events = gdf
    if "role" in events and roles:
        events = events[events["role"].isin(list(roles))]
    if "place_level" in events:
        events = events[events["place_level"] != "country"]
    out = layer.copy()
    out["events"] = 0
    for column in sums:
        out[column] = 0
    if not len(events):
        return out
    unit = pd.Series(-1, index=events.index, dtype="int64")
    points = _point_rows(events, POINT_LEVELS)
    if points.any():
        right = layer[["geometry"]].copy()
        right["_unit"] = np.arange(len(right))
        joined = gpd.sjoin(events.loc[points, ["geometry"]], right, how="left", predicate="within")
        joined = joined.sort_values("_unit", kind="stable")
        first = joined[~joined.index.duplicated(keep="first")]["_unit"]
        unit.loc[first.index] = first.fillna(-1).astype("int64")
    if "admin1" in events and "level" in layer and (layer["level"] == "admin1").all():
        regional = (
            events["place_level"].eq("region")
            if "place_level" in events
            else pd.Series(False, index=events.index)
        )
        position = {name: i for i, name in reversed(list(enumerate(layer["admin1"])))}
        for index in events.index[regional.to_numpy()]:
            unit.loc[index] = position.get(events.at[index, "admin1"], -1)
    counted = events.assign(_unit=unit)[unit >= 0]
    grouped = counted.groupby("_unit")
    positions = np.arange(len(out))
    out["events"] = grouped.size().reindex(positions, fill_value=0).to_numpy()
    for column in sums:
        if column in counted:
            values = pd.to_numeric(counted[column], errors="coerce").fillna(0)
            out[column] = (
                values.groupby(counted["_unit"])
                .sum()
                .reindex(positions, fill_value=0)
                .astype("int64")
                .to_numpy()
            )
    return out
