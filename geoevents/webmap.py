"""Interactive Folium maps of events: one layer per attack night.

Event data reaches the page as one JSON blob (escaped for ``<script>``); markers and
popups are built in the browser with DOM calls (``textContent``), never by pasting report
text into HTML, so a report containing ``<script>`` or ``<img onerror=...>`` shows as text.
Source links are kept only for ``http``/``https`` URLs.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from geoevents.exports import atomic_path
from geoevents.stats import night_totals

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

ATTACKER_COLOURS = {"Russia": "#c0392b", "Ukraine": "#1f5fbf"}
UNKNOWN_COLOUR = "#6b6b6b"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def night_label(night: str | None) -> str:
    """``"2025-07-03"`` -> ``"Night of 3–4 Jul 2025"`` (``"Night unknown"`` for ``None``)."""
    if not night:
        return "Night unknown"
    start = date.fromisoformat(str(night)[:10])
    end = start + timedelta(days=1)
    if start.month == end.month:
        return f"Night of {start.day}–{end.day} {MONTHS[start.month - 1]} {start.year}"
    if start.year == end.year:
        return f"Night of {start.day} {MONTHS[start.month - 1]} – {end.day} {MONTHS[end.month - 1]} {start.year}"
    return (
        f"Night of {start.day} {MONTHS[start.month - 1]} {start.year} – "
        f"{end.day} {MONTHS[end.month - 1]} {end.year}"
    )


def totals_text(totals: dict[str, Any]) -> str:
    """Short summary such as ``"550 drones, 11 missiles launched; 23 wounded; 1 place hit"``."""
    parts = []
    launched = [
        f"{totals[k]} {w}" for k, w in (("drones_launched", "drones"), ("missiles_launched", "missiles"))
        if _present(totals.get(k))
    ]
    if launched:
        parts.append(", ".join(launched) + " launched")
    downed = [
        f"{totals[k]} {w}" for k, w in (("drones_downed", "drones"), ("missiles_downed", "missiles"))
        if _present(totals.get(k))
    ]
    if downed:
        parts.append(", ".join(downed) + " downed")
    if _present(totals.get("breached")):
        parts.append(f"{totals['breached']} breached")
    casualties = [
        f"{totals[k]} {k}" for k in ("killed", "wounded") if _present(totals.get(k))
    ]
    if casualties:
        parts.append(", ".join(casualties))
    hit = totals.get("places_hit")
    if _present(hit):
        parts.append(f"{hit} place{'s' if hit != 1 else ''} hit")
    return "; ".join(parts)


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value)) and value is not pd.NA


def _num(value: Any) -> int | None:
    return int(value) if _present(value) else None


def _event_record(row: dict[str, Any], geom: Any) -> dict[str, Any]:
    counts = {
        key: _num(row.get(key))
        for key in ("drones_launched", "missiles_launched", "drones_downed", "missiles_downed",
                    "breached", "killed", "wounded")
    }
    evidence = row.get("evidence") or []
    if isinstance(evidence, str):
        evidence = [evidence]
    return {
        "lat": round(geom.y, 5),
        "lon": round(geom.x, 5),
        "place": row.get("place") or "",
        "where": ", ".join(str(p) for p in (row.get("district"), row.get("admin1")) if p and p != row.get("place")),
        "level": row.get("place_level") or "",
        "role": row.get("role") or "",
        "attacker": row.get("attacker") or "",
        "weapon": row.get("weapon_class") or "unknown",
        "night": night_label(row.get("night")),
        "counts": {k: v for k, v in counts.items() if v is not None},
        "damage": list(row.get("damage") or []),
        "evidence": " … ".join(str(e) for e in evidence),
        "url": row.get("source_url") or "",
        "source": row.get("source_id") or "",
        "colour": ATTACKER_COLOURS.get(row.get("attacker") or "", UNKNOWN_COLOUR),
        "radius": round(5 + 2.5 * math.sqrt((counts["killed"] or 0) + (counts["wounded"] or 0)), 1),
    }


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&`` and line separators escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def make_map(
    gdf: gpd.GeoDataFrame,
    *,
    m: folium.Map | None = None,
    tiles: str | None = "OpenStreetMap",
    title: str | None = None,
) -> folium.Map:
    """A Folium map with one layer per attack night (latest shown) and a layer control.

    Local events are circle markers (colour: attacker; size: casualties) with popups
    giving place, region, night, figures, the evidence sentence and the source link.
    National tallies are not drawn as places; their figures label the night's layer.
    """
    import folium
    from branca.element import MacroElement
    from jinja2 import Template

    if m is None:
        m = folium.Map(location=[49.0, 32.0], zoom_start=5, tiles=tiles, control_scale=True)
    if title:
        m.get_root().header.add_child(folium.Element(f"<title>{_escape(title)}</title>"))
    frame = gdf if gdf.crs is None or gdf.crs.to_epsg() == 4326 else gdf.to_crs(4326)
    totals = night_totals(frame).set_index("night", drop=False) if len(frame) else None
    nights = sorted({n for n in frame["night"].dropna()}) if len(frame) else []
    if len(frame) and frame["night"].isna().any():
        nights.append(None)
    blobs = []
    latest = max((n for n in nights if n), default=None)
    for night in nights:
        subset = frame[frame["night"] == night] if night is not None else frame[frame["night"].isna()]
        night_totals_row = (
            totals.loc[night].to_dict() if totals is not None and night is not None and night in totals.index
            else {}
        )
        label = night_label(night)
        summary = totals_text(night_totals_row)
        group = folium.FeatureGroup(
            name=f"{label} — {summary}" if summary else label,
            show=(night == latest) or (latest is None),
        )
        group.add_to(m)
        records = []
        for row, geom in zip(subset.drop(columns="geometry").to_dict("records"), subset.geometry, strict=True):
            if geom is None or geom.is_empty or row.get("place_level") == "country":
                continue
            records.append(_event_record(row, geom))
        blobs.append({"group": group.get_name(), "events": records})
    folium.LayerControl(collapsed=False).add_to(m)

    data = script_json(blobs)

    class _EventMarkers(MacroElement):
        _template = Template(
            "{% macro script(this, kwargs) %}" + _MARKER_JS.replace("__DATA__", data) + "{% endmacro %}"
        )

    _EventMarkers().add_to(m)
    points = [(r["lat"], r["lon"]) for b in blobs for r in b["events"]]
    if points:
        lats = [p[0] for p in points]
        lons = [p[1] for p in points]
        if max(lats) - min(lats) > 0.01 or max(lons) - min(lons) > 0.01:
            m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]])
    return m


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def save_map(m: folium.Map, path: str | Path) -> None:
    """Write the map's HTML atomically."""
    html_text = m.get_root().render()
    with atomic_path(path, suffix=".html") as tmp:
        tmp.write_text(html_text, encoding="utf-8")


_MARKER_JS = r"""
(function () {
  var nights = __DATA__;
  var labels = {drones_launched: "drones launched", missiles_launched: "missiles launched",
    drones_downed: "drones downed", missiles_downed: "missiles downed", breached: "breached",
    killed: "killed", wounded: "wounded"};
  function add(parent, tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    parent.appendChild(node);
    return node;
  }
  function popup(e) {
    var box = document.createElement("div");
    box.className = "geoevents-popup";
    add(box, "strong", e.place);
    if (e.where) { add(box, "div", e.where); }
    add(box, "div", e.night + (e.attacker ? " · attacker: " + e.attacker : ""));
    var keys = Object.keys(e.counts);
    if (keys.length) {
      add(box, "div", keys.map(function (k) { return e.counts[k] + " " + labels[k]; }).join(", "));
    }
    if (e.damage.length) { add(box, "div", "damage: " + e.damage.join(", ")); }
    if (e.evidence) { add(box, "blockquote", e.evidence, "geoevents-evidence"); }
    if (e.url && /^https?:\/\//i.test(e.url)) {
      var link = add(box, "a", "source: " + (e.source || e.url));
      link.href = e.url; link.target = "_blank"; link.rel = "noopener noreferrer";
    } else if (e.source) {
      add(box, "div", "source: " + e.source);
    }
    return box;
  }
  nights.forEach(function (night) {
    var group = window[night.group];
    night.events.forEach(function (e) {
      L.circleMarker([e.lat, e.lon], {radius: e.radius, color: e.colour, fillColor: e.colour,
        fillOpacity: 0.55, weight: 1.5})
        .bindPopup(function () { return popup(e); }, {maxWidth: 360})
        .bindTooltip(function () { var t = document.createElement("span"); t.textContent = e.place; return t; })
        .addTo(group);
    });
  });
})();
"""
