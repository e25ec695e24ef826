"""The folium pieces of the web map: a lean Map, raw page fragments, the events element.

**Why raw fragments.** branca's ``MacroElement.render`` wraps the output of each macro
(``header``/``html``/``script``) in ``Element(output)``, which compiles that output as a
*new Jinja template*. Anything that reaches a macro's output is therefore evaluated by
Jinja: a report saying ``{{ 7*7 }}`` would print ``49``, and Jinja expressions can reach
Python objects (code execution while the map is rendered). Report text must never pass
through a macro. :class:`RawHTML` is an element whose ``render`` returns its text as is;
every fragment that holds data (the JSON blocks, the page title) is a ``RawHTML``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from branca.element import Element
from folium.elements import JSCSSMixin
from folium.template import Template

from geoevents.webmap_data import ENCODING_JSON, PageData, pack, script_json

if TYPE_CHECKING:
    import folium


class RawHTML(Element):
    """A page fragment written as is: never compiled as a Jinja template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RawHTML"
        self._text = text

    def render(self, **kwargs: Any) -> str:
        """Return the text unchanged."""
        return self._text


@cache
def _template_text(name: str) -> str:
    return resources.files("geoevents").joinpath("templates", name).read_text(encoding="utf-8")


def lean_map_class() -> type[folium.Map]:
    """``folium.Map`` that loads only Leaflet (not jQuery, Bootstrap, Font Awesome...).

    The map draws its own markers and controls, so the other default assets of folium
    (awesome-markers, glyphicons, Bootstrap) would only cost requests; leaving them out
    also keeps ``--self-contained`` files small and their licences simple.
    """
    return _lean_map_class()


@cache
def _lean_map_class() -> type[folium.Map]:
    import folium

    js = [(name, url) for name, url in folium.Map.default_js if name == "leaflet"]
    css = [(name, url) for name, url in folium.Map.default_css if name == "leaflet_css"]
    return type("GeoeventsLeafletMap", (folium.Map,), {"default_js": js, "default_css": css})


class EventsElement(JSCSSMixin):
    """Page data, style and script of the geoevents map, added to a folium Map.

    Parameters
    ----------
    data
        Encoded events and polygons (:func:`geoevents.webmap_data.encode`).
    config
        Settings for the browser side (tiles, minimap, title, metric); JSON-safe values.
    minimap
        Load the leaflet-minimap plugin (folium's pinned version).
    """

    _template = Template("")

    def __init__(self, data: PageData, config: dict[str, Any], *, minimap: bool) -> None:
        super().__init__()
        self._name = "GeoeventsMap"
        self.data = data
        self.config = config
        self.default_js = []
        self.default_css = []
        if minimap:
            from folium.plugins import MiniMap

            self.default_js = list(MiniMap.default_js)
            self.default_css = list(MiniMap.default_css)

    def data_html(self, prefix: str) -> str:
        """The data blocks: ``application/json``, or ``text/plain`` holding base64 deflate."""
        data = self.data
        kind = "application/json" if data.encoding == ENCODING_JSON else "text/plain"
        parts = [
            f'<script type="{kind}" id="{prefix}-meta">{pack(data.meta, data.encoding)}</script>'
        ]
        if data.polygons is not None:
            parts.append(f'<script type="{kind}" id="{prefix}-polygons">{data.polygons}</script>')
        parts.extend(
            f'<script type="{kind}" id="{prefix}-n{i}">{blob}</script>'
            for i, blob in enumerate(data.blobs)
        )
        return "\n".join(parts)

    def render(self, **kwargs: Any) -> None:
        """Add the style, data blocks and script to the page, then the plugin links."""
        figure = self.get_root()
        prefix = "ge" + self.get_name()[-10:]
        config = {
            **self.config,
            "prefix": prefix,
            "meta": f"{prefix}-meta",
            "encoding": self.data.encoding,
            "polygons": f"{prefix}-polygons" if self.data.polygons is not None else None,
        }
        figure.header.add_child(
            RawHTML(f"<style>{_template_text('webmap.css')}</style>"), name=f"{prefix}_css"
        )
        figure.html.add_child(RawHTML(self.data_html(prefix)), name=f"{prefix}_data")
        call = f"\nGeoeventsMap({self._parent.get_name()}, {script_json(config)});\n"
        figure.script.add_child(
            RawHTML(_template_text("webmap.js") + call), name=f"{prefix}_script"
        )
        super().render(**kwargs)
