"""geoevents: turn reports of aerial attacks into mapped, citable conflict events.

The public API, stage by stage (each usable alone)::

    reports = read_reports("data/reports")          # files, folders, "-"
    events = extract_events(reports[0])             # text -> Event list (places resolved)
    events = geocode_events(events)                 # coordinates + precision codes
    gdf = events_to_gdf(events)                     # GeoDataFrame, Point, EPSG:4326
    m = make_map(gdf); save_map(m, "maps/attacks.html")
    to_geojson(gdf, "maps/events.geojson")
"""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

from geoevents.exceptions import (
    ConfigurationError as ConfigurationError,
)
from geoevents.exceptions import (
    GazetteerError as GazetteerError,
)
from geoevents.exceptions import (
    GeocodingError as GeocodingError,
)
from geoevents.exceptions import (
    GeoeventsError as GeoeventsError,
)
from geoevents.exceptions import (
    OutputError as OutputError,
)
from geoevents.exceptions import (
    ReportFormatError as ReportFormatError,
)
from geoevents.exceptions import (
    SchemaError as SchemaError,
)
from geoevents.exports import (
    read_events as read_events,
)
from geoevents.exports import (
    to_csv as to_csv,
)
from geoevents.exports import (
    to_geojson as to_geojson,
)
from geoevents.exports import (
    to_gpkg as to_gpkg,
)
from geoevents.exports import (
    write_events as write_events,
)
from geoevents.extract import extract_events as extract_events
from geoevents.frame import (
    EVENT_COLUMNS as EVENT_COLUMNS,
)
from geoevents.frame import (
    events_to_gdf as events_to_gdf,
)
from geoevents.frame import (
    gdf_to_events as gdf_to_events,
)
from geoevents.frame import (
    validate_events_gdf as validate_events_gdf,
)
from geoevents.gazetteer import Gazetteer as Gazetteer
from geoevents.gazetteer import Place as Place
from geoevents.geocode import (
    GazetteerGeocoder as GazetteerGeocoder,
)
from geoevents.geocode import (
    geocode_events as geocode_events,
)
from geoevents.geocode import (
    get_geocoder as get_geocoder,
)
from geoevents.models import Event as Event
from geoevents.models import Report as Report
from geoevents.pipeline import events_from_reports as events_from_reports
from geoevents.reports import read_reports as read_reports
from geoevents.reports import report_from_text as report_from_text
from geoevents.stats import night_totals as night_totals
from geoevents.webmap import make_map as make_map
from geoevents.webmap import save_map as save_map

try:
    __version__ = version("geoevents")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "EVENT_COLUMNS",
    "ConfigurationError",
    "Event",
    "GazetteerError",
    "Gazetteer",
    "GazetteerGeocoder",
    "GeocodingError",
    "GeoeventsError",
    "OutputError",
    "Place",
    "Report",
    "ReportFormatError",
    "SchemaError",
    "events_from_reports",
    "events_to_gdf",
    "extract_events",
    "gdf_to_events",
    "geocode_events",
    "get_geocoder",
    "make_map",
    "night_totals",
    "read_events",
    "read_reports",
    "report_from_text",
    "save_map",
    "to_csv",
    "to_geojson",
    "to_gpkg",
    "validate_events_gdf",
    "write_events",
]
