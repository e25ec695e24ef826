"""Interactive maps of events: one attack night at a time, at any scale.

:func:`make_map` returns a ``folium.Map`` showing one night at a time (a selector grouped
by month, a slider and previous/next buttons; the latest night first), with a summary of
the night's totals, one marker per place hit (shape: weapon class; colour: attacker;
size: casualties; several reports at one place share a marker and its popup), optional
choropleths of districts and regions with a legend, place search, fullscreen, minimap,
scale, and a basemap switch that includes "No tiles". :func:`save_map` writes it, with
every script and style inlined when the map was made with ``self_contained=True``.

How the page stays small and fast (see :mod:`geoevents.webmap_data`): shared tables for
places and event kinds, one data block per night decoded only when shown, evidence and
sources stored once per run of events, deflate compression for large maps, one canvas.

Safety: report text (place, evidence, outlet, URL) reaches the page only inside JSON
blocks escaped for ``<script>`` (never through a Jinja template, see
:mod:`geoevents.webmap_element`), and the browser puts it on screen with ``textContent``;
links are made only for ``http``/``https`` URLs.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from geoevents.exceptions import ConfigurationError
from geoevents.exports import atomic_path
from geoevents.stats import night_totals
from geoevents.webmap_data import (
    ATTACKER_COLOURS as ATTACKER_COLOURS,
)
from geoevents.webmap_data import (
    TOTAL_KEYS,
)
from geoevents.webmap_data import (
    UNKNOWN_COLOUR as UNKNOWN_COLOUR,
)
from geoevents.webmap_data import (
    script_json as script_json,
)

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

    from geoevents.webmap_units import BoundarySource

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
METRICS = ("events", "casualties")
NO_TILES = "No tiles (outlines only)"
#: Default simplification tolerance of region polygons, in degrees (districts: a 20th).
SIMPLIFY = 0.005
DEFAULT_LOCATION = (49.0, 32.0)


def night_label(night: str | None) -> str:
    """``"2025-07-03"`` -> ``"Night of 3–4 Jul 2025"`` (``"Night unknown"`` for ``None``)."""
    if not night:
        return "Night unknown"
    start = date.fromisoformat(str(night)[:10])
    end = start + timedelta(days=1)
    if start.month == end.month:
        return f"Night of {start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return (
            f"Night of {start.day} {MONTHS[start.month - 1]} – "
            f"{end.day} {MONTHS[end.month - 1]} {start.year}"
        )
    return (
        f"Night of {start.day} {MONTHS[start.month - 1]} {start.year} – "
        f"{end.day} {MONTHS[end.month - 1]} {end.year}"
    )


def _day(value: str) -> str:
    d = date.fromisoformat(value)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def totals_text(totals: dict[str, Any]) -> str:
    """Short summary such as ``"550 drones, 11 missiles launched; 23 wounded; 1 place hit"``."""
    parts = []
    launched = [
        f"{totals[k]:,} {w}"
        for k, w in (("drones_launched", "drones"), ("missiles_launched", "missiles"))
        if _present(totals.get(k))
    ]
    if launched:
        parts.append(", ".join(launched) + " launched")
    downed = [
        f"{totals[k]:,} {w}"
        for k, w in (("drones_downed", "drones"), ("missiles_downed", "missiles"))
        if _present(totals.get(k))
    ]
    if downed:
        parts.append(", ".join(downed) + " downed")
    if _present(totals.get("breached")):
        parts.append(f"{totals['breached']:,} breached")
    casualties = [f"{totals[k]:,} {k}" for k in ("killed", "wounded") if _present(totals.get(k))]
    if casualties:
        parts.append(", ".join(casualties))
    hit = totals.get("places_hit")
    if _present(hit):
        parts.append(f"{hit:,} place{'s' if hit != 1 else ''} hit")
    return "; ".join(parts)


def _present(value: Any) -> bool:
    return (
        value is not None
        and value is not pd.NA
        and not (isinstance(value, float) and math.isnan(value))
    )


def _iso(value: str | date | None, what: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError as err:
        msg = f"{what} must be a date YYYY-MM-DD, got {value!r}"
        raise ConfigurationError(msg) from err


def make_map(
    gdf: gpd.GeoDataFrame,
    *,
    m: folium.Map | None = None,
    tiles: str | Sequence[str] | None = "OpenStreetMap",
    title: str | None = None,
    districts: BoundarySource | None = None,
    regions: BoundarySource | None = None,
    name_column: str | None = None,
    night: str | date | None = None,
    start: str | date | None = None,
    end: str | date | None = None,
    overview: bool = False,
    metric: str = "events",
    minimap: bool = True,
    attribution: str | None = None,
    simplify: float = SIMPLIFY,
    compress: bool | None = None,
    self_contained: bool = False,
    assets_dir: str | Path | None = None,
) -> folium.Map:
    """A map of events, one night at a time (or one overview of a period).

    Parameters
    ----------
    gdf
        Events GeoDataFrame (the schema of :mod:`geoevents.frame`). Country-level tallies
        (``place_level == "country"``) are never drawn; their figures go to the totals.
    m
        Add to this map instead of a new one (its tile layers become the basemap choice).
    tiles
        Basemap tile name(s) (folium/xyzservices names); the first is shown. ``None``
        starts in "No tiles" mode, where region polygons are drawn as tinted outlines.
    title
        Page title, also shown at the top of the night panel.
    districts, regions
        Polygons (GeoDataFrame, file path, or several) for the choropleths. Events join
        districts on their ``district`` column and regions on ``admin1``.
    name_column
        Column of the unit names in the polygons (default: ``name_en``, ``name``, ...).
    night
        Only this night (``YYYY-MM-DD``).
    start, end
        Only nights in this closed range.
    overview
        One view of the whole (filtered) period: one marker per place with the number of
        nights it was hit, choropleths of totals per unit.
    metric
        What the choropleths show first: ``"events"`` or ``"casualties"`` (killed + wounded).
    minimap
        Add a minimap (tiles, or the polygons in "No tiles" mode).
    attribution
        Text added to the map's attribution line, e.g. the licence notice of the boundary
        polygons ("© OpenStreetMap contributors, ODbL 1.0; geoBoundaries").
    simplify
        Tolerance (degrees) for simplifying region polygons (large ones more, in proportion
        to their extent); districts use a 20th of it.
    compress
        Deflate the per-night data (default: when more than 5,000 events are drawn).
    self_contained
        Inline every script and stylesheet from the asset cache when saved with
        :func:`save_map` (see :mod:`geoevents.assets`).
    assets_dir
        Asset cache folder (default ``$GEOEVENTS_CACHE/assets``).

    Returns
    -------
    folium.Map
        The map (``m`` when given).

    Raises
    ------
    ConfigurationError
        Invalid dates, metric or option combination.
    geoevents.assets.AssetMissingError
        ``self_contained`` and an asset is not in the cache (the message says which and
        how to fetch it).
    """
    import folium
    from folium.plugins import Fullscreen

    from geoevents.webmap_data import encode
    from geoevents.webmap_element import EventsElement, RawHTML, lean_map_class

    if metric not in METRICS:
        msg = f"metric must be one of {METRICS}, got {metric!r}"
        raise ConfigurationError(msg)
    night_iso, start_iso, end_iso = _iso(night, "night"), _iso(start, "start"), _iso(end, "end")
    if night_iso and (overview or start_iso or end_iso):
        msg = "a single night cannot be combined with an overview or a date range"
        raise ConfigurationError(msg)
    frame = gdf if gdf.crs is None or gdf.crs.to_epsg() == 4326 else gdf.to_crs(4326)
    frame = _select(frame, night_iso, start_iso, end_iso)
    totals = night_totals(frame)
    nights = _nights(frame, night_iso)
    totals_rows = _totals_by_night(totals)
    labels = [night_label(n) for n in nights]
    summaries = [totals_text(totals_rows.get(n, {})) for n in nights]
    units = _units(districts, regions, name_column=name_column, simplify=simplify)
    period = _overview(frame, nights, totals, start_iso, end_iso) if overview else None
    data = encode(
        frame,
        totals,
        labels=labels,
        summaries=summaries,
        nights=nights,
        units=units,
        overview=period,
        compress=compress,
    )

    if m is None:
        m = lean_map_class()(
            location=list(DEFAULT_LOCATION),
            zoom_start=5,
            tiles=None,
            prefer_canvas=True,
            control_scale=True,
        )
        names = [tiles] if isinstance(tiles, str) else list(tiles or [])
        for i, name in enumerate(names):
            folium.TileLayer(name, name=name, show=(i == 0), control=False).add_to(m)
    tile_layers = [c for c in m._children.values() if isinstance(c, folium.TileLayer)]
    if title:
        m.get_root().header.add_child(
            RawHTML(f"<title>{html.escape(title)}</title>"), name="geoevents_title"
        )
    Fullscreen(position="topleft").add_to(m)
    shown_tiles = next((t for t in tile_layers if t.show), None)
    use_minimap = minimap and (shown_tiles is not None or bool(units))
    config = {
        "title": title or "",
        "metric": metric,
        "tiles": [{"name": t.layer_name, "layer": t.get_name()} for t in tile_layers],
        "noTilesName": NO_TILES,
        "noTilesDefault": shown_tiles is None,
        "attribution": html.escape(attribution) if attribution else None,
        "minimap": (
            {
                "url": shown_tiles.tiles if shown_tiles else None,
                "options": _minimap_options(shown_tiles),
            }
            if use_minimap
            else None
        ),
    }
    EventsElement(data, config, minimap=use_minimap).add_to(m)
    _fit(m, data.bounds)
    if self_contained:
        from geoevents.assets import AssetCache, map_asset_urls

        cache = AssetCache(assets_dir)
        cache.require(map_asset_urls(m))
        m._geoevents_assets = cache  # type: ignore[attr-defined]  # read by save_map
    return m


def _minimap_options(layer: Any) -> dict[str, Any]:
    if layer is None:
        return {}
    options = {
        k: v for k, v in layer.options.items() if k in ("subdomains", "maxZoom", "minZoom", "tms")
    }
    options["attribution"] = ""
    return options


def _select(
    frame: gpd.GeoDataFrame, night: str | None, start: str | None, end: str | None
) -> gpd.GeoDataFrame:
    if not (night or start or end) or not len(frame):
        return frame
    days = frame["night"].astype("string").str.slice(0, 10)
    mask = days.notna()
    if night:
        mask &= days == night
    if start:
        mask &= days >= start
    if end:
        mask &= days <= end
    return frame[mask.fillna(False).to_numpy()]


def _nights(frame: pd.DataFrame, night: str | None) -> list[str | None]:
    if night:
        return [night]
    if not len(frame):
        return []
    days = frame["night"].astype("string").str.slice(0, 10)
    nights: list[str | None] = sorted(days.dropna().unique().tolist())
    if days.isna().any():
        nights.append(None)
    return nights


def _totals_by_night(totals: pd.DataFrame) -> dict[str | None, dict[str, Any]]:
    out: dict[str | None, dict[str, Any]] = {}
    for row in totals.to_dict("records"):
        night = row.get("night")
        key = None if not _present(night) else str(night)[:10]
        out[key] = {k: (int(v) if _present(v) else None) for k, v in row.items() if k != "night"}
    return out


def _units(districts: Any, regions: Any, *, name_column: str | None, simplify: float) -> list[Any]:
    from geoevents.webmap_units import prepare_units

    units = []
    if districts is not None:
        units.append(
            prepare_units(
                districts,
                key="d",
                title="Districts",
                join_column="district",
                tolerance=simplify / 20,
                name_column=name_column,
                scale_tolerance=False,
            )
        )
    if regions is not None:
        units.append(
            prepare_units(
                regions,
                key="r",
                title="Regions",
                join_column="admin1",
                tolerance=simplify,
                name_column=name_column,
            )
        )
    return units


def _overview(
    frame: pd.DataFrame,
    nights: list[str | None],
    totals: pd.DataFrame,
    start: str | None,
    end: str | None,
) -> dict[str, Any]:
    """Label, totals and summary of the whole period (sums of the nights' totals)."""
    dated = [n for n in nights if n]
    first, last = start or (dated[0] if dated else None), end or (dated[-1] if dated else None)
    span = f"{_day(first)} – {_day(last)}" if first and last else "all nights"
    label = f"Overview: {span} ({len(dated):,} night{'s' if len(dated) != 1 else ''})"
    sums: dict[str, Any] = {}
    for key in TOTAL_KEYS[:-1]:
        column = (
            pd.to_numeric(totals[key], errors="coerce") if key in totals else pd.Series(dtype=float)
        )
        sums[key] = int(column.sum()) if column.notna().any() else None
    local = frame[frame["place_level"].astype("string") != "country"] if len(frame) else frame
    if len(local):
        keys = local["place_id"].fillna(local["place"]) if "place_id" in local else local["place"]
        sums["places_hit"] = int(keys.dropna().nunique())
    else:
        sums["places_hit"] = 0
    values = [sums[k] for k in TOTAL_KEYS]
    return {"label": label, "summary": totals_text(sums), "totals": values}


def _fit(m: folium.Map, bounds: tuple[float, float, float, float] | None) -> None:
    if bounds is None:
        return
    south, west, north, east = bounds
    if north - south > 0.01 or east - west > 0.01:
        m.fit_bounds([[south, west], [north, east]])
    else:
        m.location = [(south + north) / 2, (west + east) / 2]
        m.options["zoom"] = 11


def render_map(m: folium.Map) -> str:
    """The map's HTML; scripts and styles inlined when it was made ``self_contained``."""
    text = m.get_root().render()
    cache = getattr(m, "_geoevents_assets", None)
    if cache is not None:
        text = cache.inline(text)
    return text


def save_map(m: folium.Map, path: str | Path) -> None:
    """Write the map's HTML atomically (inlining assets for self-contained maps)."""
    html_text = render_map(m)
    with atomic_path(path, suffix=".html") as tmp:
        tmp.write_text(html_text, encoding="utf-8")
