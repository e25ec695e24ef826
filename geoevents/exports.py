"""Writing and reading event files: GeoJSON (RFC 7946), GeoPackage, GeoParquet, CSV, KML.

The format follows the file extension. Every writer writes a temporary file next to the
target and renames it into place, so an interrupted run never leaves a half-written file.

Two families of writers:

* :func:`write_events` (``extract -o``): GeoJSON, GeoPackage and plain CSV
  (:func:`to_csv`, schema columns then ``latitude``/``longitude``);
* :func:`export_events` (``geoevents export``): every format of :data:`EXPORTERS`, with
  ACLED-compatible CSV (:func:`to_acled_csv`), GeoParquet (:func:`to_parquet`), KML
  (:func:`to_kml`) and a streaming GeoJSON writer (:func:`write_geojson`).

List columns (``damage``, ``evidence``, ``spans``) are JSON arrays in GeoJSON and JSON
text everywhere else.
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
from geoevents.frame import CRS, EVENT_COLUMNS, LIST_COLUMNS, _as_list, _clean, _coerce_types
from geoevents.models import COUNTRY_NAMES, country_name

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
    _write_by_suffix(WRITERS, "output", gdf, path)


def _write_by_suffix(
    registry: dict[str, Callable[..., Any]], what: str, gdf: gpd.GeoDataFrame, path: str | Path
) -> None:
    suffix = Path(path).suffix.lower()
    writer = registry.get(suffix)
    if writer is None:
        msg = f"unknown {what} format {suffix or str(path)!r}; use one of {sorted(registry)}"
        raise OutputError(msg)
    writer(gdf, path)


def read_events(path: str | Path, *, layer: str | None = None) -> gpd.GeoDataFrame:
    """Read an events file written by geoevents (.geojson, .gpkg, .csv, .parquet or .kml).

    CSV files may be plain (:func:`to_csv`) or ACLED-style (:func:`to_acled_csv`). Columns
    beyond the event schema (e.g. the store's ranges) are dropped.
    """
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
        elif suffix in (".parquet", ".geoparquet"):
            gdf = gpd.read_parquet(path)
        elif suffix == ".kml":
            gdf = gpd.read_file(path, layer=layer or EVENTS_LAYER, engine="pyogrio")
            gdf = gdf.rename(columns={"Name": "place", "Description": "notes"})
            gdf = gdf.replace({"": None})
        elif suffix == ".csv":
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
            if "event_id_cnty" in frame.columns:
                acled_only = [c for c in ACLED_COLUMNS if c not in EVENT_COLUMNS and c not in ("latitude", "longitude")]
                if "country_code" in frame.columns:
                    acled_only.append("country")
                frame = frame.drop(columns=[c for c in acled_only if c in frame.columns])
                frame = frame.rename(columns={"country_code": "country"})
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
    return gpd.GeoDataFrame(gdf[EVENT_COLUMNS].copy(), geometry=geometry, crs=CRS)


# ---------------------------------------------------------------- export formats

#: ACLED's leading columns, in ACLED's order (``geoevents export -o FILE.csv``).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
_ISO3 = {"UA": "UKR", "RU": "RUS", "BY": "BLR", "MD": "MDA", "PL": "POL", "RO": "ROU"}
_ACLED_ACTORS = {"Russia": "Military Forces of Russia (2000-)", "Ukraine": "Military Forces of Ukraine (2019-)"}
_WEAPON_WORDS = {"drone": "Drone", "missile": "Missile", "both": "Drone and missile"}


def _present(value: Any) -> bool:
    return _clean(value) is not None


def event_notes(row: dict[str, Any]) -> str:
    """An ACLED-style one-sentence description of an event row (pure)."""
    weapon = _WEAPON_WORDS.get(str(row.get("weapon_class")), "Aerial")
    names = [str(v) for v in (row.get("place"), row.get("admin1")) if _present(v)]
    where = ", ".join(dict.fromkeys(names))
    night = row.get("night")
    text = f"{weapon} attack on {where or 'an unnamed place'}"
    if _present(night):
        text += f" on the night of {night}"
    parts = []
    for key, label in (
        ("drones_launched", "drones launched"),
        ("missiles_launched", "missiles launched"),
        ("drones_downed", "drones downed"),
        ("missiles_downed", "missiles downed"),
        ("breached", "breached"),
        ("killed", "killed"),
        ("wounded", "wounded"),
    ):
        value = _clean(row.get(key))
        if value is not None:
            parts.append(f"{int(value)} {label}")
    if parts:
        text += ": " + ", ".join(parts)
    damage = _as_list(row.get("damage"))
    if damage:
        text += f"; damage: {', '.join(str(d) for d in damage)}"
    sources = _clean(row.get("n_sources"))
    if sources:
        text += f" ({int(sources)} source{'s' if int(sources) != 1 else ''})"
    return text + "."


def acled_frame(gdf: gpd.GeoDataFrame) -> pd.DataFrame:
    """Events as a flat table: ACLED-compatible columns first, then ours (pure).

    Our columns that ACLED also has with the same meaning (``time_precision``,
    ``event_type``, ``sub_event_type``, ``admin1``, ``geo_precision``) appear once, in the
    ACLED block. ACLED's ``country`` is the country name; ours (ISO 3166 alpha-2) follows
    as ``country_code``. List columns are JSON text.
    """
    flat = _flat_frame(gdf)
    geometry = gdf.geometry
    frame = pd.DataFrame(flat.drop(columns=flat.geometry.name))
    records = frame.to_dict("records")
    source_column = "source_ids" if "source_ids" in frame else "source_id"
    out = pd.DataFrame(
        {
            "event_id_cnty": [
                f"{_ISO3.get(str(r.get('country')), str(_clean(r.get('country')) or 'XXX'))}{r.get('event_id')}"
                for r in records
            ],
            "event_date": frame.get("night"),
            "time_precision": frame.get("time_precision"),
            "event_type": frame.get("event_type"),
            "sub_event_type": frame.get("sub_event_type"),
            "actor1": [_ACLED_ACTORS.get(str(_clean(a)), _clean(a)) for a in frame["attacker"]],
            "country": [country_name(_clean(c)) for c in frame["country"]],
            "admin1": frame.get("admin1"),
            "admin2": frame.get("district"),
            "location": frame.get("place"),
            "latitude": [None if g is None or g.is_empty else round(g.y, COORDINATE_PRECISION) for g in geometry],
            "longitude": [None if g is None or g.is_empty else round(g.x, COORDINATE_PRECISION) for g in geometry],
            "geo_precision": frame.get("geo_precision"),
            "source": frame.get(source_column),
            "notes": [event_notes(r) for r in records],
            "fatalities": frame.get("killed"),
        },
        index=frame.index,
    )
    ours = frame.drop(columns=[c for c in frame.columns if c in ACLED_COLUMNS and c != "country"])
    ours = ours.rename(columns={"country": "country_code"})
    return pd.concat([out, ours], axis=1)


def to_acled_csv(gdf: gpd.GeoDataFrame, path: str | Path | None = None) -> str:
    """Events as CSV, ACLED-compatible columns first (see :func:`acled_frame`)."""
    text = acled_frame(gdf).to_csv(index=False, lineterminator="\n")
    if path is not None:
        _write_text(path, text)
    return text


def write_geojson(gdf: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write RFC 7946 GeoJSON feature by feature (same content as :func:`to_geojson`).

    Coordinates are lon/lat in WGS 84 with 6 decimals, there is no ``crs`` member, and
    Points need no winding order (the right-hand rule concerns polygons).
    """
    if gdf.crs is not None and gdf.crs.to_epsg() != 4326:
        gdf = gdf.to_crs(CRS)
    columns = [c for c in gdf.columns if c != gdf.geometry.name]
    frame = pd.DataFrame(gdf[columns]).astype(object)
    lists = [columns.index(c) for c in LIST_COLUMNS if c in columns]
    try:
        with atomic_path(path) as tmp, tmp.open("w", encoding="utf-8") as handle:
            handle.write('{"type":"FeatureCollection","features":[')
            first = True
            for values, geom in zip(frame.itertuples(index=False, name=None), gdf.geometry, strict=True):
                properties = {}
                for i, (key, value) in enumerate(zip(columns, values, strict=True)):
                    properties[key] = _as_list(value) if i in lists else _json_value(value)
                geometry = None
                if geom is not None and not geom.is_empty:
                    geometry = {
                        "type": "Point",
                        "coordinates": [round(geom.x, COORDINATE_PRECISION), round(geom.y, COORDINATE_PRECISION)],
                    }
                feature = {"type": "Feature", "properties": properties, "geometry": geometry}
                handle.write(("\n" if first else ",\n") + json.dumps(feature, ensure_ascii=False, separators=(",", ":")))
                first = False
            handle.write("\n]}\n")
    except OSError as err:
        msg = f"cannot write {str(path)!r}: {err.strerror or err}"
        raise OutputError(msg) from err


def to_parquet(gdf: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write GeoParquet (1.0.0 metadata, WKB Points, list columns as JSON text)."""
    try:
        import pyarrow  # noqa: F401
    except ImportError as err:
        from geoevents.exceptions import MissingDependencyError

        msg = "GeoParquet export needs pyarrow: pip install 'geoevents[parquet]'"
        raise MissingDependencyError(msg) from err
    flat = _flat_frame(gdf)
    try:
        with atomic_path(path, suffix=".parquet") as tmp:
            flat.to_parquet(tmp, index=False, schema_version="1.0.0")
    except OSError as err:
        msg = f"cannot write {str(path)!r}: {err}"
        raise OutputError(msg) from err


def to_kml(gdf: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write KML (GDAL's KML driver): placemark name = place, description = notes."""
    import pyogrio

    flat = _flat_frame(gdf)
    flat.insert(0, "notes", [event_notes(r) for r in pd.DataFrame(flat.drop(columns=flat.geometry.name)).to_dict("records")])
    if flat.crs is not None and flat.crs.to_epsg() != 4326:
        flat = flat.to_crs(CRS)
    try:
        with atomic_path(path, suffix=".kml") as tmp:
            pyogrio.write_dataframe(
                flat, tmp, driver="KML", layer=EVENTS_LAYER,
                dataset_options={"NameField": "place", "DescriptionField": "notes"},
            )
    except OSError as err:
        msg = f"cannot write {str(path)!r}: {err}"
        raise OutputError(msg) from err


#: ``geoevents export`` formats by file extension.
EXPORTERS: dict[str, Callable[..., Any]] = {
    ".geojson": write_geojson,
    ".json": write_geojson,
    ".gpkg": to_gpkg,
    ".parquet": to_parquet,
    ".geoparquet": to_parquet,
    ".csv": to_acled_csv,
    ".kml": to_kml,
}


def export_events(gdf: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write events in the export format of ``path``'s extension (see :data:`EXPORTERS`)."""
    _write_by_suffix(EXPORTERS, "export", gdf, path)


def filter_events(
    gdf: gpd.GeoDataFrame,
    *,
    night_from: str | None = None,
    night_to: str | None = None,
    country: str | None = None,
    admin1: str | None = None,
    attacker: str | None = None,
) -> gpd.GeoDataFrame:
    """Events whose night is in ``[night_from, night_to]`` (ISO dates, inclusive) and that match.

    ``country`` matches the ISO code or the English name (``UA``/``Ukraine``), ``admin1``
    and ``attacker`` match case-insensitively. Events without a night are dropped when a
    night bound is given.
    """
    keep = pd.Series(True, index=gdf.index)
    nights = gdf["night"].astype(object).where(gdf["night"].notna(), None)
    if night_from:
        keep &= nights.map(lambda n: n is not None and str(n) >= night_from)
    if night_to:
        keep &= nights.map(lambda n: n is not None and str(n) <= night_to)
    if country:
        wanted = {country.casefold()}
        wanted |= {code.casefold() for code, name in COUNTRY_NAMES.items() if name.casefold() == country.casefold()}
        keep &= gdf["country"].map(lambda c: _clean(c) is not None and str(c).casefold() in wanted)
    if admin1:
        keep &= gdf["admin1"].map(lambda a: _clean(a) is not None and str(a).casefold() == admin1.casefold())
    if attacker:
        keep &= gdf["attacker"].map(lambda a: _clean(a) is not None and str(a).casefold() == attacker.casefold())
    return gdf[keep.astype(bool)].copy()
