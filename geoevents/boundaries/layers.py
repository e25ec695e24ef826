"""Reading boundary polygon files and naming their units as the gazetteer does.

Any vector file pyogrio reads (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, ...) is read
into one *normalised layer*: a GeoDataFrame in EPSG:4326 with the columns of
:data:`LAYER_COLUMNS`, one row per unit, in file order. Three levels exist:

* ``admin1``: oblasts, krais, republics, Kyiv city, Crimea, Sevastopol. Units are named
  by their ISO 3166-2 code through the gazetteer (``UA-43`` is our ``Crimea`` whatever
  the file calls it: "Autonomous Republic of Crimea"), or by name when a file has no
  codes.
* ``city_district``: the districts of one city (Kyiv's 10 raions), named as the
  gazetteer's district rows (``Darnytskyi``).
* ``raion``: raions of oblasts (post-2020), named as in the file; their ``admin1`` comes
  from the parent ISO code.

The level is detected from the file's columns and values, or given as ``kind``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoevents.exceptions import BoundariesError
from geoevents.gazetteer import Gazetteer, cache_dir

if TYPE_CHECKING:
    import geopandas as gpd

logger = logging.getLogger(__name__)

CRS = "EPSG:4326"
LEVELS = ("admin1", "city_district", "raion")
LAYER_COLUMNS = (
    "level",
    "name",
    "country",
    "admin1",
    "admin1_iso",
    "city",
    "district",
    "source_name",
    "source_file",
)
VECTOR_SUFFIXES = (".geojson", ".gpkg", ".shp", ".fgb", ".gml", ".kml", ".json")

_NAME_COLUMNS = (
    "name_en",
    "shapename",
    "name:en",
    "name_1",
    "adm1_en",
    "adm2_en",
    "name_latin",
    "name",
    "name_local",
)
_ISO_COLUMNS = ("iso_code", "shapeiso", "iso_3166_2", "iso3166_2", "iso3166-2", "iso", "adm1_pcode")
_PARENT_COLUMNS = ("parent_iso_code", "parent_iso", "adm1_iso")
_ISO = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")
_PCODE_UA = re.compile(r"^UA(\d{2})$")


def boundaries_dir() -> Path:
    """The boundaries cache folder: ``cache_dir()/boundaries``."""
    return cache_dir() / "boundaries"


@dataclass
class Boundaries:
    """Normalised polygon layers by level (any may be ``None``).

    ``admin1`` may join several files (Ukraine's oblasts and Russia's subjects); where
    files overlap (border slivers), the rows of the finer-drawn file come first and win.
    """

    admin1: gpd.GeoDataFrame | None = None
    districts: gpd.GeoDataFrame | None = None
    raions: gpd.GeoDataFrame | None = None
    sources: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return self.admin1 is None and self.districts is None and self.raions is None

    def layer(self, level: str) -> gpd.GeoDataFrame | None:
        """The layer of a level: ``admin1``, ``city_district`` or ``raion``."""
        return {"admin1": self.admin1, "city_district": self.districts, "raion": self.raions}[level]

    def summary(self) -> list[tuple[str, int]]:
        """``(level, unit count)`` of the layers present."""
        return [(lv, len(df)) for lv in LEVELS if (df := self.layer(lv)) is not None]


# ---------------------------------------------------------------- reading (I/O)


def read_layers(
    path: str | Path,
    *,
    kind: str | None = None,
    city: str | None = None,
    gazetteer: Gazetteer | None = None,
) -> list[gpd.GeoDataFrame]:
    """Every layer of a vector file, normalised (see the module docstring).

    Parameters
    ----------
    path
        A GeoJSON, GeoPackage (all its layers), Shapefile or any file pyogrio reads.
    kind
        ``admin1``, ``city_district`` or ``raion``; detected when ``None``.
    city
        The city of a ``city_district`` layer (detected; Kyiv for ``UA-30`` parents).
    gazetteer
        Names units (default: the bundled curated gazetteer).

    Raises
    ------
    BoundariesError
        The file cannot be read, or what it holds cannot be told.
    """
    import pyogrio

    path = Path(path)
    if not path.exists():
        msg = f"boundary file {str(path)!r} does not exist"
        raise BoundariesError(msg)
    try:
        layer_names = [str(row[0]) for row in pyogrio.list_layers(path)]
    except Exception as err:  # pyogrio raises its own DataSourceError/DataLayerError
        msg = f"cannot read boundary file {str(path)!r}: {err}"
        raise BoundariesError(msg) from err
    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled(geonames=False)
    frames = []
    for layer in layer_names or [None]:
        raw = _read(path, layer if len(layer_names) > 1 else None)
        frames.append(
            normalise_layer(raw, kind=kind, city=city, gazetteer=gaz, source_file=path.name)
        )
    return frames


def _read(path: Path, layer: str | None) -> gpd.GeoDataFrame:
    import geopandas as gpd

    try:
        frame = gpd.read_file(path, layer=layer, engine="pyogrio")
    except Exception as err:
        msg = f"cannot read boundary file {str(path)!r}: {err}"
        raise BoundariesError(msg) from err
    if frame.crs is None:
        logger.warning("%s has no CRS; assuming EPSG:4326 (lon, lat)", path)
        frame = frame.set_crs(CRS)
    elif frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(CRS)
    return frame


def load_boundaries(
    paths: Iterable[str | Path] | None = None,
    *,
    folder: str | Path | None = None,
    gazetteer: Gazetteer | None = None,
) -> Boundaries:
    """Boundaries from files the user gives, or from a folder (default: the cache).

    With neither ``paths`` nor ``folder``, reads ``boundaries_dir()`` when it exists. A
    missing default folder gives empty :class:`Boundaries`: everything works with points.
    """
    files: list[Path]
    if paths:
        files = [Path(p) for p in paths]
    else:
        base = Path(folder) if folder is not None else boundaries_dir()
        if not base.is_dir():
            if folder is not None:
                msg = f"boundaries folder {str(base)!r} does not exist"
                raise BoundariesError(msg)
            return Boundaries()
        files = sorted(
            p
            for p in base.iterdir()
            if p.suffix.lower() in VECTOR_SUFFIXES and p.name != "manifest.json"
        )
    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled(geonames=False)
    layers: list[gpd.GeoDataFrame] = []
    for file in files:
        layers.extend(read_layers(file, gazetteer=gaz))
    return combine_layers(layers, sources=[str(f) for f in files])


# ---------------------------------------------------------------- normalising (pure)


def combine_layers(
    layers: Sequence[gpd.GeoDataFrame], *, sources: list[str] | None = None
) -> Boundaries:
    """Group normalised layers by level; finer-drawn layers first within a level."""
    import geopandas as gpd
    import pandas as pd

    by_level: dict[str, list[gpd.GeoDataFrame]] = {lv: [] for lv in LEVELS}
    for frame in layers:
        if len(frame):
            by_level[str(frame["level"].iloc[0])].append(frame)
    joined: dict[str, gpd.GeoDataFrame | None] = {}
    for level, frames in by_level.items():
        if not frames:
            joined[level] = None
            continue
        frames = sorted(frames, key=_coarseness)
        merged = (
            pd.concat(frames, ignore_index=True)
            if len(frames) > 1
            else frames[0].reset_index(drop=True)
        )
        joined[level] = gpd.GeoDataFrame(merged, geometry="geometry", crs=CRS)
    return Boundaries(
        admin1=joined["admin1"],
        districts=joined["city_district"],
        raions=joined["raion"],
        sources=list(sources or []),
    )


def _coarseness(frame: gpd.GeoDataFrame) -> float:
    """Area per vertex (deg²): smaller is finer-drawn."""
    import shapely

    geoms = frame.geometry.values
    vertices = int(shapely.get_num_coordinates(geoms).sum())
    return float(shapely.area(geoms).sum()) / max(vertices, 1)


def normalise_layer(
    frame: gpd.GeoDataFrame,
    *,
    kind: str | None = None,
    city: str | None = None,
    gazetteer: Gazetteer,
    source_file: str = "",
) -> gpd.GeoDataFrame:
    """A raw polygon layer -> the normalised layer (pure; see the module docstring)."""
    import geopandas as gpd

    if kind is not None and kind not in LEVELS:
        msg = f"unknown boundary kind {kind!r}; use one of {', '.join(LEVELS)}"
        raise BoundariesError(msg)
    frame = frame[frame.geometry.notna() & ~frame.geometry.is_empty]
    columns = {str(c).lower(): c for c in frame.columns if c != frame.geometry.name}
    names = _column(frame, columns, _NAME_COLUMNS)
    if names is None:
        msg = f"{source_file or 'boundary layer'}: no name column (looked for {', '.join(_NAME_COLUMNS)})"
        raise BoundariesError(msg)
    isos = [_iso(v) for v in _column(frame, columns, _ISO_COLUMNS) or [None] * len(frame)]
    parents = [_iso(v) for v in _column(frame, columns, _PARENT_COLUMNS) or [None] * len(frame)]
    level = kind or _detect_level(names, isos, parents, gazetteer)
    if level is None:
        msg = (
            f"{source_file or 'boundary layer'}: cannot tell whether it holds regions, city districts "
            "or raions (no ISO 3166-2 codes, no parent codes, names unknown); pass kind="
        )
        raise BoundariesError(msg)
    rows = [
        _unit(level, str(name), iso, parent, city, gazetteer)
        for name, iso, parent in zip(names, isos, parents, strict=True)
    ]
    records = [
        {**row, "source_name": str(name), "source_file": source_file}
        for row, name in zip(rows, names, strict=True)
    ]
    out = gpd.GeoDataFrame(
        records, columns=list(LAYER_COLUMNS), geometry=list(frame.geometry.values), crs=CRS
    )
    unnamed = [r["source_name"] for r in records if r["name"] is None]
    if unnamed:
        logger.warning(
            "%s: %d units not in the gazetteer, kept with their file names: %s",
            source_file,
            len(unnamed),
            ", ".join(unnamed[:5]),
        )
        out["name"] = out["name"].fillna(out["source_name"])
    return out


def _column(frame: Any, columns: dict[str, Any], candidates: Sequence[str]) -> list[Any] | None:
    for candidate in candidates:
        if candidate in columns:
            values = list(frame[columns[candidate]])
            if any(v is not None and str(v).strip() and str(v) != "nan" for v in values):
                return values
    return None


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip().upper()
    if _ISO.match(text):
        return text
    match = _PCODE_UA.match(text)
    return f"UA-{match.group(1)}" if match else None


def _detect_level(
    names: Sequence[Any], isos: Sequence[str | None], parents: Sequence[str | None], gaz: Gazetteer
) -> str | None:
    n = len(names)
    if not n:
        return "admin1"
    if sum(gaz.admin1_for_iso(iso) is not None for iso in isos) * 2 > n:
        return "admin1"
    known_parents = [p for p in parents if gaz.admin1_for_iso(p) is not None]
    if len(known_parents) * 2 > n:
        parent_units = {gaz.admin1_for_iso(p)[1] for p in known_parents}  # type: ignore[index]
        if len(parent_units) == 1:
            unit = gaz.region(next(iter(parent_units)))
            if (
                unit is not None and unit.place_level == "city"
            ):  # Kyiv, Sevastopol: a city's districts
                return "city_district"
        return "raion"
    if sum(_city_district(str(v), None, gaz) is not None for v in names) * 2 > n:
        return "city_district"
    if sum(_region_by_name(str(v), gaz) is not None for v in names) * 2 > n:
        return "admin1"
    return None


def _region_by_name(name: str, gaz: Gazetteer) -> tuple[str | None, str, str | None] | None:
    for place in gaz.lookup(name) + gaz.lookup(name, hint="region"):
        if place.admin1 and (
            place.place_level == "region"
            or (place.place_level == "city" and place.name == place.admin1)
        ):
            return place.country, place.admin1, place.admin1_iso
    return None


def _city_district(
    name: str, city: str | None, gaz: Gazetteer
) -> tuple[str, str, str | None, str | None] | None:
    """``(city, district, admin1, country)`` of a city-district name."""
    for place in gaz.lookup(name, hint="district", city=city):
        if place.place_level == "district" and place.city and (city is None or place.city == city):
            return place.city, place.district or place.name, place.admin1, place.country
    return None


def _unit(
    level: str, name: str, iso: str | None, parent: str | None, city: str | None, gaz: Gazetteer
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "level": level,
        "name": None,
        "country": None,
        "admin1": None,
        "admin1_iso": None,
        "city": None,
        "district": None,
    }
    if level == "admin1":
        mapped = gaz.admin1_for_iso(iso)
        if mapped is not None:
            row.update(country=mapped[0], admin1=mapped[1], admin1_iso=iso, name=mapped[1])
        elif (by_name := _region_by_name(name, gaz)) is not None:
            row.update(
                country=by_name[0], admin1=by_name[1], admin1_iso=by_name[2] or iso, name=by_name[1]
            )
        else:
            row.update(admin1=name, admin1_iso=iso, country=iso[:2] if iso else None)
        return row
    parent_admin1 = gaz.admin1_for_iso(parent)
    if level == "city_district":
        city_name = city or (parent_admin1[1] if parent_admin1 else None)
        found = _city_district(name, city_name, gaz)
        if found is not None:
            row.update(
                city=found[0], district=found[1], admin1=found[2], country=found[3], name=found[1]
            )
        else:
            row.update(city=city_name, district=name, name=name)
            if parent_admin1:
                row.update(country=parent_admin1[0], admin1=parent_admin1[1])
        region = gaz.region(row["admin1"]) if row["admin1"] else None
        row["admin1_iso"] = region.admin1_iso if region is not None else parent
        return row
    row.update(district=name, name=name, admin1_iso=parent)
    if parent_admin1:
        row.update(country=parent_admin1[0], admin1=parent_admin1[1])
    return row
