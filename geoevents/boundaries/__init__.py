"""District and region polygons: load, name, join events, fast point assignment, fetch.

* :mod:`~geoevents.boundaries.layers`: read GeoJSON/GPKG/Shapefile (pyogrio) and name
  units as the gazetteer does (:func:`load_boundaries`, :class:`Boundaries`);
* :mod:`~geoevents.boundaries.assign`: vectorised point-in-polygon (:class:`PolygonIndex`);
* :mod:`~geoevents.boundaries.join`: fill ``admin1``/``district`` of point events with a
  GeoPandas spatial join (:func:`join_events`), the same by the fast path
  (:func:`assign_events`), and counts per unit for choropleths (:func:`choropleth_counts`);
* :mod:`~geoevents.boundaries.fetch`: the optional download into the cache, with
  checksums and licences (:func:`fetch_boundaries`, :func:`verify_boundaries`).

Without polygons everything still works with points.
"""

from __future__ import annotations

from geoevents.boundaries.assign import NO_POLYGON as NO_POLYGON
from geoevents.boundaries.assign import PolygonIndex as PolygonIndex
from geoevents.boundaries.fetch import (
    GEOBOUNDARIES as GEOBOUNDARIES,
)
from geoevents.boundaries.fetch import (
    SOURCES as SOURCES,
)
from geoevents.boundaries.fetch import (
    BoundarySource as BoundarySource,
)
from geoevents.boundaries.fetch import (
    custom_source as custom_source,
)
from geoevents.boundaries.fetch import (
    fetch_boundaries as fetch_boundaries,
)
from geoevents.boundaries.fetch import (
    read_manifest as read_manifest,
)
from geoevents.boundaries.fetch import (
    verify_boundaries as verify_boundaries,
)
from geoevents.boundaries.join import (
    assign_events as assign_events,
)
from geoevents.boundaries.join import (
    choropleth_counts as choropleth_counts,
)
from geoevents.boundaries.join import (
    join_events as join_events,
)
from geoevents.boundaries.join import (
    locate as locate,
)
from geoevents.boundaries.layers import (
    Boundaries as Boundaries,
)
from geoevents.boundaries.layers import (
    boundaries_dir as boundaries_dir,
)
from geoevents.boundaries.layers import (
    load_boundaries as load_boundaries,
)
from geoevents.boundaries.layers import (
    normalise_layer as normalise_layer,
)
from geoevents.boundaries.layers import (
    read_layers as read_layers,
)

__all__ = [
    "GEOBOUNDARIES",
    "NO_POLYGON",
    "SOURCES",
    "Boundaries",
    "BoundarySource",
    "PolygonIndex",
    "assign_events",
    "boundaries_dir",
    "choropleth_counts",
    "custom_source",
    "fetch_boundaries",
    "join_events",
    "load_boundaries",
    "locate",
    "normalise_layer",
    "read_layers",
    "read_manifest",
    "verify_boundaries",
]
