"""Events -> the compact data of the web map: shared tables plus one blob per night.

The page never holds one JavaScript object per event. It holds:

* **meta** (parsed at load): the nights (date, label, summary, totals), a *place table*
  (rounded coordinates, place, district/region, level: one row per distinct place, shared
  by all nights) and a *kind table* (attacker, weapon class, role, damage tag indices: one
  row per distinct combination); the polygons sit in a block of their own;
* **one blob per night** (parsed only when that night is shown): columnar arrays of place
  and kind indices, the night's evidence sentences and sources stored once per run of events
  that quote them, the stated figures as sparse ``[gap, value]`` pairs, and the night's
  values per district and region.

All blocks are JSON, or (large maps) JSON deflated and base64-encoded, which the browser
inflates with ``DecompressionStream``; a million events then take under 40 bytes each.
Every string from a report stays a JSON string value: nothing here is HTML.
"""

from __future__ import annotations

import base64
import json
import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from geoevents.frame import _as_list
from geoevents.models import COUNT_FIELDS

if TYPE_CHECKING:
    import geopandas as gpd

    from geoevents.webmap_units import UnitLayer

TOTAL_KEYS: tuple[str, ...] = (
    "drones_launched",
    "missiles_launched",
    "drones_downed",
    "missiles_downed",
    "breached",
    "killed",
    "wounded",
    "places_hit",
)
WEAPONS: tuple[str, ...] = ("drone", "missile", "both", "unknown")
ROLES: tuple[str, ...] = ("incident", "rollup", "listed")
ATTACKER_COLOURS = {"Russia": "#c0392b", "Ukraine": "#1f5fbf"}
EXTRA_COLOURS = ("#e67e22", "#16a085", "#7f8c8d", "#d35400", "#2c3e50")
UNKNOWN_COLOUR = "#6b6b6b"
MIXED_COLOUR = "#8e44ad"
#: Coordinates of places are kept as integers in units of 1e-5 degrees (~1 m).
COORD_SCALE = 100_000
#: From this many drawn events on, the first view fits the 1st-99th percentile of them.
ROBUST_BOUNDS_FROM = 200
#: Auto-compression starts above this many drawn events.
COMPRESS_ABOVE = 5_000
#: zlib level: 1 is ~3x faster than 6 for ~15 % more bytes.
ZLIB_LEVEL = 1
ENCODING_JSON = "json"
ENCODING_DEFLATE = "deflate-base64"


@dataclass
class PageData:
    """What :mod:`geoevents.webmap_element` writes into the page."""

    meta: dict[str, Any]
    blobs: list[str]
    encoding: str
    bounds: tuple[float, float, float, float] | None
    drawn: int
    polygons: str | None = None


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def pack(data: Any, encoding: str) -> str:
    """One blob: :func:`script_json`, or that JSON deflated (zlib) and base64-encoded."""
    text = script_json(data)
    if encoding == ENCODING_JSON:
        return text
    return base64.b64encode(zlib.compress(text.encode("utf-8"), ZLIB_LEVEL)).decode("ascii")


def unpack(blob: str, encoding: str) -> Any:
    """Inverse of :func:`pack` (for tests and tools)."""
    if encoding == ENCODING_DEFLATE:
        blob = zlib.decompress(base64.b64decode(blob)).decode("utf-8")
    return json.loads(blob)


# ----------------------------------------------------------------------------- columns


def _series(frame: pd.DataFrame, name: str, rows: np.ndarray | None = None) -> pd.Series:
    """A column (all ``None`` when absent), optionally only ``rows`` (positions)."""
    if name not in frame.columns:
        return pd.Series([None] * (len(frame) if rows is None else len(rows)), dtype=object)
    series = frame[name].reset_index(drop=True)
    return series if rows is None else series.take(rows).reset_index(drop=True)


def _codes(
    frame: pd.DataFrame, name: str, rows: np.ndarray | None = None
) -> tuple[np.ndarray, list[Any]]:
    """Factorized column: codes (``-1`` for missing) and the distinct values."""
    codes, uniques = pd.factorize(_series(frame, name, rows), use_na_sentinel=True)
    return codes.astype(np.int64), [None if _missing(u) else u for u in list(uniques)]


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def _numbers(frame: pd.DataFrame, name: str, rows: np.ndarray) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(rows), np.nan)
    return pd.to_numeric(_series(frame, name, rows), errors="coerce").to_numpy(
        dtype=float, na_value=np.nan
    )


def _cells(frame: pd.DataFrame, name: str, rows: np.ndarray) -> np.ndarray:
    """A list column as an object array of sequences (JSON text and missing values parsed)."""
    values = _series(frame, name, rows).to_numpy(dtype=object)
    if set(map(type, values)) <= {list, tuple, np.ndarray}:
        return values
    odd = np.fromiter(
        (type(v) not in (list, tuple, np.ndarray) for v in values), dtype=bool, count=len(values)
    )
    if odd.any():
        values = values.copy()
        for i in np.flatnonzero(odd):
            values[i] = _as_list(values[i])
    return values


def _joined(frame: pd.DataFrame, name: str, rows: np.ndarray, sep: str) -> np.ndarray:
    """One string per row: the items of a list column joined with ``sep`` (``""`` if none)."""
    out = np.empty(len(rows), dtype=object)
    out[:] = [
        (v[0] if type(v[0]) is str else str(v[0]))
        if len(v) == 1
        else sep.join(str(x) for x in v if x is not None)
        for v in _cells(frame, name, rows)
    ]
    return out


def _tag_sets(
    frame: pd.DataFrame, name: str, rows: np.ndarray
) -> tuple[np.ndarray, list[list[int]], list[str]]:
    """A list-of-tags column as codes of distinct tag sets, each set's tag indices, the tags."""
    keys = pd.Series([tuple(v) for v in _cells(frame, name, rows)], dtype=object)
    codes, uniques = pd.factorize(keys, use_na_sentinel=False)
    tags = sorted({str(t) for u in uniques for t in u if t is not None})
    index = {t: i for i, t in enumerate(tags)}
    sets = [sorted({index[str(t)] for t in u if t is not None}) for u in uniques]
    return codes.astype(np.int64), sets, tags


def _combine(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of the distinct rows of several code columns, and each code's first row."""
    out = np.zeros(len(codes[0]), dtype=np.int64)
    for column in codes:
        out, _ = pd.factorize(out * (int(column.max(initial=0)) + 2) + column + 1)
        out = out.astype(np.int64)
    _, first = np.unique(out, return_index=True)
    return out, first


def _night_codes(frame: pd.DataFrame, nights: Sequence[str | None]) -> np.ndarray:
    """Index of each row's night in ``nights`` (-1 when not listed)."""
    if not len(frame):
        return np.zeros(0, dtype=np.int64)
    days = frame["night"].astype("string").str.slice(0, 10).reset_index(drop=True)
    position = {n: i for i, n in enumerate(nights)}
    dated = [n for n in nights if n is not None]
    codes = pd.Categorical(days, categories=dated).codes.astype(np.int64)
    mapping = np.array([position[n] for n in dated] + [-1], dtype=np.int64)
    out = mapping[np.where(codes >= 0, codes, len(dated))]
    if None in position:
        out[days.isna().to_numpy()] = position[None]
    return out


def encode(
    frame: gpd.GeoDataFrame,
    totals: pd.DataFrame,
    *,
    labels: Sequence[str],
    summaries: Sequence[str],
    nights: Sequence[str | None],
    units: Sequence[UnitLayer] = (),
    overview: dict[str, Any] | None = None,
    compress: bool | None = None,
) -> PageData:
    """Encode events (EPSG:4326) for the page.

    Parameters
    ----------
    frame
        The events to show (already filtered to the chosen nights).
    totals
        :func:`geoevents.stats.night_totals` of ``frame``.
    labels, summaries, nights
        Per night, in display order: label, totals text and ISO date (``None`` for events
        without a night).
    units
        Polygons to join events to (districts, regions).
    overview
        When given (``{"label", "summary", "totals"}`` of the period), one view covering
        the whole period is encoded instead, with one aggregated marker per place.
    compress
        Deflate the blobs (``None``: when more than :data:`COMPRESS_ABOVE` events are drawn).

    Returns
    -------
    PageData
        Meta table, per-night blobs, polygons and the bounds of the drawn events.
    """
    night_code = _night_codes(frame, nights)
    level = _series(frame, "place_level")
    local = (level.astype(object) != "country").to_numpy(dtype=bool)
    x, y = _coordinates(frame)
    drawn = local & (night_code >= 0) & np.isfinite(x) & np.isfinite(y)
    rows = np.flatnonzero(drawn)

    # Places: one row per distinct (coordinates, place, district, admin1, level).
    lat_i = np.round(y[rows] * COORD_SCALE).astype(np.int64)
    lon_i = np.round(x[rows] * COORD_SCALE).astype(np.int64)
    place_codes, place_first = _combine(
        pd.factorize(lat_i)[0],
        pd.factorize(lon_i)[0],
        *(_codes(frame, c, rows)[0] for c in ("place", "district", "admin1", "place_level")),
    )
    places = _place_table(frame, rows[place_first], lat_i[place_first], lon_i[place_first])

    # Kinds: one row per distinct (attacker, weapon class, role, damage tags).
    attacker_codes, attacker_values = _codes(frame, "attacker", rows)
    present = [a for a in attacker_values if a is not None]
    attackers = sorted({str(a) for a in present}, key=lambda a: (a not in ATTACKER_COLOURS, a))
    weapon_codes, weapon_values = _codes(frame, "weapon_class", rows)
    role_codes, role_values = _codes(frame, "role", rows)
    damage_codes, damage_sets, tags = _tag_sets(frame, "damage", rows)
    kind_codes, kind_first = _combine(attacker_codes, weapon_codes, role_codes, damage_codes)
    kinds = [
        [
            attackers.index(str(attacker_values[attacker_codes[i]]))
            if attacker_codes[i] >= 0
            else -1,
            _index(
                WEAPONS,
                weapon_values[weapon_codes[i]] if weapon_codes[i] >= 0 else None,
                len(WEAPONS) - 1,
            ),
            _index(ROLES, role_values[role_codes[i]] if role_codes[i] >= 0 else None, 0),
            damage_sets[damage_codes[i]],
        ]
        for i in kind_first
    ]

    if compress is None:
        compress = len(rows) > COMPRESS_ABOVE
    encoding = ENCODING_DEFLATE if compress else ENCODING_JSON
    counts = {k: _numbers(frame, k, np.arange(len(frame))) for k in COUNT_FIELDS}
    unit_codes = {u.key: u.join(_series(frame, u.join_column), x, y) for u in units}
    unit_values = _unit_values(frame, night_code, local, unit_codes, counts)

    totals_by_night = _totals_rows(totals)
    all_events = np.bincount(night_code[local & (night_code >= 0)], minlength=len(nights))
    drawn_events = np.bincount(night_code[drawn], minlength=len(nights))
    meta: dict[str, Any] = {
        "v": 1,
        "mode": "overview" if overview else "nights",
        "nights": [
            [
                n,
                labels[i],
                summaries[i],
                totals_by_night.get(n),
                int(drawn_events[i]),
                int(all_events[i]),
            ]
            for i, n in enumerate(nights)
        ],
        "places": places,
        "kinds": kinds,
        "attackers": [
            [a, ATTACKER_COLOURS.get(a) or EXTRA_COLOURS[i % len(EXTRA_COLOURS)]]
            for i, a in enumerate(attackers)
        ],
        "colours": {"unknown": UNKNOWN_COLOUR, "mixed": MIXED_COLOUR},
        "weapons": list(WEAPONS),
        "roles": list(ROLES),
        "damage": tags,
        "countKeys": list(COUNT_FIELDS),
        "totalKeys": list(TOTAL_KEYS),
        "units": [
            {
                "key": u.key,
                "title": u.title,
                "names": u.names,
                "groups": u.groups,
                "breaks": _breaks(unit_values.get(u.key, {})),
            }
            for u in units
        ],
        "encoding": encoding,
    }
    row_counts = {k: v[rows] for k, v in counts.items()}
    if overview:
        blob = _overview_blob(
            night_code[rows], place_codes, kind_codes, kinds, row_counts, unit_values
        )
        meta["overview"] = {**overview, "drawn": len(rows), "events": int(all_events.sum())}
        blobs = [pack(blob, encoding)]
    else:
        blobs = _night_blobs(
            frame,
            rows,
            night_code[rows],
            place_codes,
            kind_codes,
            row_counts,
            unit_values,
            len(nights),
            encoding,
        )
    bounds = _bounds(x[rows], y[rows])
    polygons = pack([u.shapes for u in units], encoding) if units else None
    return PageData(
        meta=meta,
        blobs=blobs,
        encoding=encoding,
        bounds=bounds,
        drawn=len(rows),
        polygons=polygons,
    )


def _bounds(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float, float] | None:
    """South, west, north, east of the events; the 1st-99th percentile from 200 events on.

    A few far strikes (Murmansk, Irkutsk) should not zoom the first view out to all of
    Russia: they stay on the map, one zoom-out away.
    """
    if not len(x):
        return None
    q = (0.01, 0.99) if len(x) >= ROBUST_BOUNDS_FROM else (0.0, 1.0)
    (south, north), (west, east) = np.quantile(y, q), np.quantile(x, q)
    return float(south), float(west), float(north), float(east)


def _index(options: Sequence[str], value: Any, default: int) -> int:
    return options.index(value) if value in options else default


def _coordinates(frame: gpd.GeoDataFrame) -> tuple[np.ndarray, np.ndarray]:
    """x, y of each row (NaN without geometry); a non-point geometry gives a point on it."""
    import shapely

    x = np.full(len(frame), np.nan)
    y = np.full(len(frame), np.nan)
    if not len(frame):
        return x, y
    geoms = np.asarray(frame.geometry.to_numpy(), dtype=object)
    has = ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))
    if has.any():
        points = geoms[has]
        not_point = shapely.get_type_id(points) != 0
        if not_point.any():
            points = points.copy()
            points[not_point] = shapely.point_on_surface(points[not_point])
        x[has] = shapely.get_x(points)
        y[has] = shapely.get_y(points)
    return x, y


def _place_table(
    frame: pd.DataFrame, first_rows: np.ndarray, lat_i: np.ndarray, lon_i: np.ndarray
) -> dict[str, list[Any]]:
    place, district, admin1, level = (
        _series(frame, c, first_rows).astype(object).tolist()
        for c in ("place", "district", "admin1", "place_level")
    )
    names, where, levels = [], [], []
    for name, dist, adm, lev in zip(place, district, admin1, level, strict=True):
        name = "" if _missing(name) else str(name)
        parts = [str(p) for p in (dist, adm) if not _missing(p) and p and str(p) != name]
        names.append(name)
        where.append(", ".join(dict.fromkeys(parts)))
        levels.append("" if _missing(lev) else str(lev))
    return {"y": lat_i.tolist(), "x": lon_i.tolist(), "n": names, "w": where, "l": levels}


def _totals_rows(totals: pd.DataFrame) -> dict[str | None, list[int | None]]:
    out: dict[str | None, list[int | None]] = {}
    if totals is None or not len(totals):
        return out
    for row in totals.to_dict("records"):
        night = row.get("night")
        key = None if _missing(night) else str(night)[:10]
        out[key] = [None if _missing(row.get(k)) else int(row[k]) for k in TOTAL_KEYS]
    return out


UnitValues = dict[str, dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]]


def _unit_values(
    frame: pd.DataFrame,
    night_code: np.ndarray,
    local: np.ndarray,
    unit_codes: dict[str, np.ndarray],
    counts: dict[str, np.ndarray],
) -> UnitValues:
    """Per unit layer and night: (unit indices, events, casualties).

    Events: the local events (not country tallies, not "listed" mentions) joined to the
    unit. Casualties: per place the largest stated killed and wounded (reports repeat each
    other), summed over the unit's places; a unit-wide rollup wins when it is larger.
    """
    out: UnitValues = {}
    if not unit_codes:
        return out
    role = _series(frame, "role")
    listed = (role == "listed").fillna(False).to_numpy(dtype=bool)
    rollup = (role == "rollup").fillna(False).to_numpy(dtype=bool)
    keys = _series(frame, "place_id")
    keys = keys.where(keys.notna(), _series(frame, "place"))
    place_codes = pd.factorize(keys, use_na_sentinel=False)[0].astype(np.int64)
    n_places = int(place_codes.max(initial=0)) + 1
    for key, codes in unit_codes.items():
        out[key] = {}
        mask = local & (codes >= 0) & (night_code >= 0) & ~listed
        if not mask.any():
            continue
        n_units = int(codes.max()) + 1
        cell = night_code[mask] * n_units + codes[mask]  # one id per (night, unit)
        cells, events = np.unique(cell, return_counts=True)
        # one id per (night, unit, place, rollup)
        sub = (cell * n_places + place_codes[mask]) * 2 + rollup[mask]
        per_place = pd.DataFrame(
            {"sub": sub, "k": counts["killed"][mask], "w": counts["wounded"][mask]}
        )
        per_place = per_place.groupby("sub").max()
        value = (per_place["k"].fillna(0) + per_place["w"].fillna(0)).to_numpy()
        sub_ids = per_place.index.to_numpy()
        owner = sub_ids // (2 * n_places)
        is_rollup = (sub_ids % 2).astype(bool)
        local_sum = pd.Series(value[~is_rollup]).groupby(owner[~is_rollup]).sum()
        rollup_max = pd.Series(value[is_rollup]).groupby(owner[is_rollup]).max()
        casualties = np.maximum(
            local_sum.reindex(cells, fill_value=0).to_numpy(),
            rollup_max.reindex(cells, fill_value=0).to_numpy(),
        ).astype(np.int64)
        nights = cells // n_units
        cuts = np.flatnonzero(np.diff(nights)) + 1
        for chunk in np.split(np.arange(len(cells)), cuts):
            out[key][int(nights[chunk[0]])] = (
                cells[chunk] % n_units,
                events[chunk],
                casualties[chunk],
            )
    return out


def _breaks(values: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray]]) -> dict[str, list[int]]:
    from geoevents.webmap_units import class_breaks

    if not values:
        return {"events": [], "casualties": []}
    events = np.concatenate([v[1] for v in values.values()])
    casualties = np.concatenate([v[2] for v in values.values()])
    return {"events": class_breaks(events), "casualties": class_breaks(casualties)}


def _units_blob(unit_values: UnitValues, night: int) -> dict[str, list[int]]:
    out = {}
    for key, by_night in unit_values.items():
        if night in by_night:
            units, events, casualties = by_night[night]
            out[key] = np.column_stack([units, events, casualties]).ravel().tolist()
    return out


def _sparse(values: np.ndarray) -> list[int]:
    """``[gap, value, gap, value, ...]`` of the stated (non-NaN) values; gaps count from -1."""
    idx = np.flatnonzero(~np.isnan(values))
    if not len(idx):
        return []
    gaps = np.diff(idx, prepend=-1)
    return np.column_stack([gaps, values[idx].astype(np.int64)]).ravel().tolist()


def _night_blobs(
    frame: pd.DataFrame,
    rows: np.ndarray,
    nights: np.ndarray,
    place_codes: np.ndarray,
    kind_codes: np.ndarray,
    counts: dict[str, np.ndarray],
    unit_values: UnitValues,
    n_nights: int,
    encoding: str,
) -> list[str]:
    evidence = _joined(frame, "evidence", rows, " … ")
    evidence_codes, evidence_uniques = pd.factorize(evidence, use_na_sentinel=False)
    evidence_uniques = np.asarray(evidence_uniques, dtype=object)
    id_codes, ids = _codes(frame, "source_id", rows)
    url_codes, urls = _codes(frame, "source_url", rows)
    source_codes, source_first = _combine(id_codes, url_codes)
    sources = [
        [
            ids[id_codes[i]] or "" if id_codes[i] >= 0 else "",
            urls[url_codes[i]] or "" if url_codes[i] >= 0 else "",
        ]
        for i in source_first
    ]
    order = np.lexsort((place_codes, evidence_codes, source_codes, nights))
    bounds = np.searchsorted(nights[order], np.arange(n_nights + 1))
    place_sorted = place_codes[order]
    kind_sorted = kind_codes[order]
    source_sorted = source_codes[order]
    evidence_sorted = evidence_codes[order]
    counts_sorted = [counts[k][order] for k in COUNT_FIELDS]
    blobs = []
    for night in range(n_nights):
        lo, hi = bounds[night], bounds[night + 1]
        blob: dict[str, Any] = {
            "n": int(hi - lo),
            "p": place_sorted[lo:hi].tolist(),
            "k": kind_sorted[lo:hi].tolist(),
        }
        if hi > lo:
            src = source_sorted[lo:hi]
            evi = evidence_sorted[lo:hi]
            starts = np.flatnonzero(
                np.concatenate([[True], (src[1:] != src[:-1]) | (evi[1:] != evi[:-1])])
            )
            local_sources, run_source = np.unique(src[starts], return_inverse=True)
            blob["s"] = [sources[s] for s in local_sources]
            blob["x"] = evidence_uniques[evi[starts]].tolist()
            blob["r"] = np.diff(np.append(starts, hi - lo)).tolist()
            blob["rs"] = run_source.tolist()
            sparse = {str(f): _sparse(values[lo:hi]) for f, values in enumerate(counts_sorted)}
            blob["c"] = {f: v for f, v in sparse.items() if v}
        blob["u"] = _units_blob(unit_values, night)
        blobs.append(pack(blob, encoding))
    return blobs


def _overview_blob(
    nights: np.ndarray,
    place_codes: np.ndarray,
    kind_codes: np.ndarray,
    kinds: list[list[int]],
    counts: dict[str, np.ndarray],
    unit_values: UnitValues,
) -> dict[str, Any]:
    """One marker per place over the whole period (nights hit, events, casualties)."""
    kind_table = np.array([k[:3] for k in kinds], dtype=np.int64).reshape(-1, 3)
    weapon = kind_table[kind_codes, 1] if len(kind_codes) else np.zeros(0, np.int64)
    attacker = kind_table[kind_codes, 0] if len(kind_codes) else np.zeros(0, np.int64)
    part = pd.DataFrame(
        {
            "place": place_codes,
            "night": nights,
            "drone": np.isin(weapon, (0, 2)),
            "missile": np.isin(weapon, (1, 2)),
            "attacker": np.where(attacker >= 0, attacker, np.nan),  # "not stated" is no vote
            "killed": counts["killed"],
            "wounded": counts["wounded"],
        }
    )
    per_night = part.groupby(["place", "night"]).agg(
        killed=("killed", "max"), wounded=("wounded", "max")
    )
    casualties = per_night.groupby(level="place").agg(
        killed=("killed", lambda s: s.sum(min_count=1)),
        wounded=("wounded", lambda s: s.sum(min_count=1)),
    )
    per_place = (
        part.groupby("place")
        .agg(
            events=("night", "size"),
            first=("night", "min"),
            last=("night", "max"),
            nights=("night", "nunique"),
            drone=("drone", "any"),
            missile=("missile", "any"),
            a_min=("attacker", "min"),
            a_max=("attacker", "max"),
        )
        .join(casualties)
    )
    weapon_code = np.where(
        per_place["drone"] & per_place["missile"],
        2,
        np.where(per_place["drone"], 0, np.where(per_place["missile"], 1, 3)),
    )
    attacker_code = np.where(
        per_place["a_min"].isna(),
        -1,
        np.where(per_place["a_min"] == per_place["a_max"], per_place["a_min"].fillna(-1), -2),
    )
    units: dict[str, list[int]] = {}
    for key, by_night in unit_values.items():
        if not by_night:
            continue
        stacked = np.concatenate([np.column_stack(v) for v in by_night.values()])
        table = (
            pd.DataFrame(stacked, columns=["unit", "events", "casualties"]).groupby("unit").sum()
        )
        units[key] = (
            np.column_stack([table.index.to_numpy(), table["events"], table["casualties"]])
            .ravel()
            .tolist()
        )
    return {
        "n": len(place_codes),
        "o": {
            "p": per_place.index.to_numpy().tolist(),
            "e": per_place["events"].tolist(),
            "nn": per_place["nights"].tolist(),
            "f": per_place["first"].tolist(),
            "l": per_place["last"].tolist(),
            "w": weapon_code.tolist(),
            "a": attacker_code.astype(np.int64).tolist(),
            "k": [-1 if _missing(v) else int(v) for v in per_place["killed"]],
            "wd": [-1 if _missing(v) else int(v) for v in per_place["wounded"]],
        },
        "u": units,
    }
