"""Boundary polygons for the map: load, simplify, join events to units, class breaks.

Two kinds of units are drawn: Kyiv districts (events join on their ``district``) and
regions, i.e. Ukrainian oblasts and Russian federal subjects (events join on ``admin1``).
Names are compared after :func:`unit_key` (case, diacritics, dashes and words such as
"Republic of" or "district" folded), so ``"Crimea"`` matches "Autonomous Republic of
Crimea" and ``"Darnytskyi district"`` matches "Darnytskyi".

A name alone is not enough: Kharkiv also has a "Shevchenkivskyi" district. An event that
has coordinates therefore joins a unit only when its point lies inside the unit's bounding
box (plus a small margin); an event without coordinates joins only when its name matches
exactly one unit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

import numpy as np

from geoevents.exceptions import BoundariesError

if TYPE_CHECKING:
    import geopandas as gpd

#: What ``districts=``/``regions=`` accept: a GeoDataFrame, a file path, or several of them.
BoundarySource = Union[
    "gpd.GeoDataFrame", str, Path, Sequence[Union["gpd.GeoDataFrame", str, Path]]
]

NAME_COLUMNS = ("name_en", "name", "NAME", "shapeName", "NAME_1", "name_1")
#: Degrees around a unit's bounding box within which a named event is accepted.
BBOX_MARGIN = 0.1
#: Coordinates of drawn polygons are rounded to this many decimals (1e-4 deg ~ 11 m).
POLYGON_DECIMALS = 4
#: Extra simplification of very large units, as a share of their extent (see prepare_units).
SIZE_TOLERANCE = 0.004
#: ... applied only where that gives more than this many degrees.
LARGE_UNIT_TOLERANCE = 0.02

_DROP_WORDS = frozenset(
    {"the", "of", "republic", "autonomous", "city", "district", "raion", "rayon"}
)
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212'\u2019\u02bc`.,()]+")


def unit_key(name: Any) -> str:
    """Fold a unit name for joining: ``"Autonomous Republic of Crimea"`` -> ``"crimea"``.

    Examples
    --------
    >>> unit_key("North Ossetia–Alania") == unit_key("North Ossetia-Alania")
    True
    >>> unit_key("Darnytskyi district"), unit_key("Kyiv Oblast")
    ('darnytskyi', 'kyiv oblast')
    """
    if name is None or (isinstance(name, float) and name != name):
        return ""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    words = [w for w in _SEPARATORS.split(text) if w and w not in _DROP_WORDS]
    return " ".join(words)


@dataclass(frozen=True)
class UnitLayer:
    """One set of polygons ready for the map.

    Attributes
    ----------
    key
        Short id used in the page data (``"d"`` districts, ``"r"`` regions).
    title
        Human name ("Kyiv districts", "Regions").
    join_column
        Event column joined on the unit names (``district`` or ``admin1``).
    names
        Display name of each unit.
    keys
        :func:`unit_key` of each name.
    bounds
        ``(n, 4)`` array of minx, miny, maxx, maxy.
    shapes
        The simplified polygons, one entry per unit: polygons -> rings -> flat
        ``[dx0, dy0, dx1, dy1, ...]`` integer deltas in 1e-4 degrees (see :func:`encode_rings`).
    groups
        Index of the source (file or frame) each unit came from; in "no tiles" mode each
        source gets its own tint, so country borders show between Ukrainian and Russian
        regions.
    """

    key: str
    title: str
    join_column: str
    names: list[str]
    keys: list[str]
    bounds: np.ndarray
    shapes: list[list[list[list[int]]]]
    groups: list[int]

    def join(self, names: Any, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Unit index of each event (``-1`` for none); see the module docstring for the rule."""
        return join_units(self, names, x, y)


def read_boundaries(source: BoundarySource, *, name_column: str | None = None) -> gpd.GeoDataFrame:
    """One GeoDataFrame (EPSG:4326; ``name``, ``group`` = source number, ``geometry``)."""
    import geopandas as gpd
    import pandas as pd

    items: Iterable[Any] = (
        [source] if isinstance(source, (str, Path)) or hasattr(source, "geometry") else source
    )
    frames = []
    for item in items:
        if isinstance(item, (str, Path)):
            try:
                frame = gpd.read_file(item)
            except Exception as err:  # pyogrio raises several types; report them one way
                msg = f"cannot read boundaries {str(item)!r}: {err}"
                raise BoundariesError(msg) from err
            label = str(item)
        else:
            frame, label = item, "GeoDataFrame"
        column = name_column or next((c for c in NAME_COLUMNS if c in frame.columns), None)
        if column is None or column not in frame.columns:
            msg = (
                f"boundaries {label!r} have no name column (looked for "
                f"{[name_column] if name_column else list(NAME_COLUMNS)}; "
                f"columns: {list(frame.columns)})"
            )
            raise BoundariesError(msg)
        if frame.crs is not None and frame.crs.to_epsg() != 4326:
            frame = frame.to_crs(4326)
        frames.append(
            gpd.GeoDataFrame(
                {"name": frame[column].astype(str).to_numpy(), "group": len(frames)},
                geometry=frame.geometry.to_numpy(),
                crs="EPSG:4326",
            )
        )
    if not frames:
        msg = "no boundary polygons given"
        raise BoundariesError(msg)
    out = (
        frames[0]
        if len(frames) == 1
        else gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), crs="EPSG:4326")
    )
    out = out[out.geometry.notna() & ~out.geometry.is_empty].reset_index(drop=True)
    return out


def prepare_units(
    source: BoundarySource,
    *,
    key: str,
    title: str,
    join_column: str,
    tolerance: float,
    name_column: str | None = None,
    scale_tolerance: bool = True,
) -> UnitLayer:
    """Read, simplify and encode polygons.

    Each source is simplified as a *coverage* (``shapely.coverage_simplify``, GEOS 3.12+),
    so neighbouring units keep a shared edge and no gaps open between them; ``tolerance``
    (degrees) is the Douglas-Peucker tolerance of the fallback for older GEOS, and twice
    it the coverage (Visvalingam) tolerance. With ``scale_tolerance``, very large units
    (Siberian regions) are simplified further, to :data:`SIZE_TOLERANCE` of their extent:
    they are only seen whole, at small scales.
    """
    import shapely

    frame = read_boundaries(source, name_column=name_column)
    geoms = shapely.make_valid(frame.geometry.to_numpy())
    simple = np.empty(len(geoms), dtype=object)
    for group in np.unique(frame["group"].to_numpy()):
        members = np.flatnonzero(frame["group"].to_numpy() == group)
        simple[members] = _simplify_coverage(geoms[members], tolerance)
    if scale_tolerance:
        dp = np.sqrt(shapely.area(shapely.envelope(geoms))) * SIZE_TOLERANCE
        large = dp > LARGE_UNIT_TOLERANCE
        simple[large] = shapely.simplify(simple[large], dp[large], preserve_topology=True)
    simple = shapely.set_precision(simple, 10.0**-POLYGON_DECIMALS)
    names = [str(n) for n in frame["name"]]
    return UnitLayer(
        key=key,
        title=title,
        join_column=join_column,
        names=names,
        keys=[unit_key(n) for n in names],
        bounds=shapely.bounds(geoms),
        shapes=[encode_rings(g) for g in simple],
        groups=[int(g) for g in frame["group"]],
    )


def _simplify_coverage(geoms: np.ndarray, tolerance: float) -> np.ndarray:
    import shapely

    if shapely.geos_version >= (3, 12, 0) and hasattr(shapely, "coverage_simplify"):
        try:
            return shapely.coverage_simplify(geoms, 2 * tolerance)
        except shapely.errors.GEOSException:  # not a clean coverage: simplify unit by unit
            pass
    return shapely.simplify(geoms, tolerance, preserve_topology=True)


def encode_line(line: Any) -> list[int]:
    """A line or ring as flat integer deltas ``[x0, y0, dx1, dy1, ...]`` in 1e-4 degrees."""
    coords = np.round(np.asarray(line.coords)[:, :2] * 10**POLYGON_DECIMALS).astype(np.int64)
    return np.diff(coords, axis=0, prepend=np.zeros((1, 2), dtype=np.int64)).ravel().tolist()


def encode_rings(geom: Any) -> list[list[list[int]]]:
    """A (Multi)Polygon as polygons -> rings -> :func:`encode_line` deltas (empty if none)."""
    import shapely

    if geom is None or geom.is_empty:
        return []
    polygons = [p for p in shapely.get_parts(geom) if p.geom_type == "Polygon" and not p.is_empty]
    return [[encode_line(p.exterior), *(encode_line(r) for r in p.interiors)] for p in polygons]


def join_units(layer: UnitLayer, names: Any, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Unit index for each event name (``-1`` when none); ``x``/``y`` may be NaN.

    ``names`` is a sequence or pandas Series of the events' district or admin1 values.
    """
    import pandas as pd

    result = np.full(len(names), -1, dtype=np.int64)
    if not len(names):
        return result
    names = names if isinstance(names, pd.Series) else pd.Series(list(names), dtype=object)
    by_key: dict[str, list[int]] = {}
    for index, k in enumerate(layer.keys):
        if k:
            by_key.setdefault(k, []).append(index)
    codes, uniques = pd.factorize(names, use_na_sentinel=True)
    candidates = {c: by_key.get(unit_key(u)) for c, u in enumerate(uniques)}
    wanted = np.array([c for c, units in candidates.items() if units], dtype=np.int64)
    if not len(wanted):
        return result
    rows = np.flatnonzero(np.isin(codes, wanted))
    order = rows[np.argsort(codes[rows], kind="stable")]
    bounds = np.split(order, np.flatnonzero(np.diff(codes[order])) + 1)
    for group in bounds:
        units = candidates[int(codes[group[0]])] or []
        gx, gy = x[group], y[group]
        has_point = ~(np.isnan(gx) | np.isnan(gy))
        for unit in units:
            minx, miny, maxx, maxy = layer.bounds[unit]
            inside = (
                has_point
                & (gx >= minx - BBOX_MARGIN)
                & (gx <= maxx + BBOX_MARGIN)
                & (gy >= miny - BBOX_MARGIN)
                & (gy <= maxy + BBOX_MARGIN)
            )
            free = result[group] < 0
            result[group[inside & free]] = unit
        if len(units) == 1:
            no_point = ~has_point & (result[group] < 0)
            result[group[no_point]] = units[0]
    return result


def class_breaks(values: np.ndarray, classes: int = 5) -> list[int]:
    """Upper bounds of up to ``classes`` graduated classes over the positive ``values``.

    Quantile breaks rounded up to integers and de-duplicated; the last bound is the
    maximum. Empty when no value is positive.

    Examples
    --------
    >>> class_breaks(np.array([0, 1, 1, 2, 3, 5, 8, 13, 40]))
    [2, 3, 8, 13, 40]
    """
    positive = np.asarray(values, dtype=float)
    positive = positive[positive > 0]
    if not len(positive):
        return []
    qs = np.quantile(positive, np.linspace(0, 1, classes + 1)[1:], method="higher")
    out: list[int] = []
    for q in np.ceil(qs).astype(int):
        if not out or q > out[-1]:
            out.append(int(q))
    return out
