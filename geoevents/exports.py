"""Writing and reading event files: GeoJSON (RFC 7946), GeoPackage, CSV.

The format follows the file extension. Every writer writes a temporary file next to the
target and renames it into place, so an interrupted run never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from geoevents.exceptions import OutputError, SchemaError
from geoevents.frame import CRS, EVENT_COLUMNS, LIST_COLUMNS, _as_list, _coerce_types, _clean

if TYPE_CHECKING:
    import geopandas as gpd

#: Decimal places kept for coordinates (1e-6 degrees is about 0.1 m).
COORDINATE_PRECISION = 6
EVENTS_LAYER = "events"


@contextlib.contextmanager
def atomic_path(path: str | Path, *, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path next to ``path``; rename it onto ``path`` on success."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        msg = f"cannot create folder for {str(target)!r}: {err.strerror or err}"
        raise OutputError(msg) from err
    fd, tmp_name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=suffix or target.suffix
    )
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        yield tmp
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def _json_value(value: Any) -> Any:
    value = _clean(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def geojson_dict(gdf: gpd.GeoDataFrame) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection (lon/lat, no ``crs`` member) as a dict (pure)."""
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(CRS)
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    features = []
    records = gdf[columns].to_dict("records")
    for record, geom in zip(records, gdf.geometry, strict=True):
        properties = {}
        for key, value in record.items():
            if key in LIST_COLUMNS:
                properties[key] = _as_list(value)
            else:
                properties[key] = _json_value(value)
        geometry = None
        if geom is not None and not geom.is_empty:
            geometry = {
                "type": "Point",
                "coordinates": [
                    round(geom.x, COORDINATE_PRECISION),
                    round(geom.y, COORDINATE_PRECISION),
                ],
            }
        features.append({"type": "Feature", "properties": properties, "geometry": geometry})
    return {"type": "FeatureCollection", "features": features}


def to_geojson(gdf: gpd.GeoDataFrame, path: str | Path | None = None) -> str:
    """Serialise events as RFC 7946 GeoJSON; write it to ``path`` when given.

    Returns the GeoJSON text.
    """
    text = json.dumps(geojson_dict(gdf), ensure_ascii=False, separators=(",", ":"))
    if path is not None:
        _write_text(path, text + "\n")
    return text


def _write_text(path: str | Path, text: str) -> None:
    try:
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    except OSError as err:
        msg = f"cannot write {str(path)!r}: {err.strerror or err}"
        raise OutputError(msg) from err


def _flat_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Copy with list/dict columns as JSON strings (for GeoPackage and CSV)."""
    out = gdf.copy()
    for column in LIST_COLUMNS:
        if column in out:
            out[column] = [json.dumps(_as_list(v), ensure_ascii=False) for v in out[column]]
    return out


def to_gpkg(gdf: gpd.GeoDataFrame, path: str | Path, *, layer: str = EVENTS_LAYER) -> None:
    """Write events to a GeoPackage layer (list columns as JSON text)."""
    flat = _flat_frame(gdf)
    try:
        with atomic_path(path, suffix=".gpkg") as tmp:
            flat.to_file(tmp, driver="GPKG", layer=layer, engine="pyogrio")
    except OSError as err:
        msg = f"cannot write {str(path)!r}: {err}"
        raise OutputError(msg) from err


def to_csv(gdf: gpd.GeoDataFrame, path: str | Path | None = None) -> str:
    """Events as CSV with ``latitude``/``longitude`` columns; written to ``path`` if given."""
    flat = _flat_frame(gdf)
    frame = pd.DataFrame(flat.drop(columns=flat.geometry.name))
    frame["latitude"] = [None if g is None or g.is_empty else round(g.y, 6) for g in gdf.geometry]
    frame["longitude"] = [None if g is None or g.is_empty else round(g.x, 6) for g in gdf.geometry]
    text = frame.to_csv(index=False, lineterminator="\n")
    if path is not None:
        _write_text(path, text)
    return text


WRITERS: dict[str, Callable[..., Any]] = {
    ".geojson": to_geojson,
    ".json": to_geojson,
    ".gpkg": to_gpkg,
    ".csv": to_csv,
}


def write_events(gdf: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write events in the format of ``path``'s extension (.geojson, .gpkg, .csv)."""
    suffix = Path(path).suffix.lower()
    writer = WRITERS.get(suffix)
    if writer is None:
        msg = f"unknown output format {suffix or str(path)!r}; use one of {sorted(WRITERS)}"
        raise OutputError(msg)
    writer(gdf, path)


def read_events(path: str | Path, *, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read an events file written by geoevents (.geojson, .gpkg or .csv)."""
    import geopandas as gpd

    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        msg = f"{str(path)!r}: no such file"
        raise SchemaError(msg)
    try:
        if suffix in (".geojson", ".json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("type") != "FeatureCollection":
                msg = f"{str(path)!r}: not a GeoJSON FeatureCollection"
                raise SchemaError(msg)
            rows = []
            geoms = []
            from shapely.geometry import shape

            for feature in data.get("features", []):
                rows.append(feature.get("properties") or {})
                geometry = feature.get("geometry")
                geoms.append(shape(geometry) if geometry else None)
            frame = pd.DataFrame(rows)
            gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=CRS), crs=CRS)
        elif suffix == ".gpkg":
            gdf = gpd.read_file(path, layer=layer or EVENTS_LAYER, engine="pyogrio")
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
            from shapely.geometry import Point

            geoms = [
                Point(float(lon), float(lat)) if pd.notna(lat) and pd.notna(lon) else None
                for lat, lon in zip(frame.pop("latitude"), frame.pop("longitude"), strict=True)
            ]
            gdf = gpd.GeoDataFrame(frame, geometry=gpd.GeoSeries(geoms, crs=CRS), crs=CRS)
        else:
            msg = f"{str(path)!r}: unknown events format {suffix!r}"
            raise SchemaError(msg)
    except (ValueError, OSError) as err:
        if isinstance(err, SchemaError):
            raise
        msg = f"{str(path)!r}: cannot read events: {err}"
        raise SchemaError(msg) from err
    missing = [c for c in ("event_id", "place", "night") if c not in gdf.columns]
    if missing:
        msg = f"{str(path)!r}: not an events file (missing columns {missing})"
        raise SchemaError(msg)
    for column in EVENT_COLUMNS:
        if column not in gdf.columns:
            gdf[column] = None
    gdf = _coerce_types(gdf)
    geometry = gdf.geometry
    gdf = gdf[EVENT_COLUMNS].copy()
    import geopandas as gpd2

    return gpd2.GeoDataFrame(gdf, geometry=geometry, crs=CRS)
