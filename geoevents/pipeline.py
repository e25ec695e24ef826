"""The whole pipeline as one call: reports -> events -> geocoded GeoDataFrame."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoevents.exceptions import ReportFormatError, SchemaError
from geoevents.extract import extract_events
from geoevents.frame import events_to_gdf
from geoevents.gazetteer import Gazetteer
from geoevents.geocode import geocode_events
from geoevents.models import Event, Report
from geoevents.reports import read_reports

if TYPE_CHECKING:
    import geopandas as gpd

EVENT_FILE_SUFFIXES = (".gpkg", ".geojson")


def events_from_reports(
    reports: Iterable[Report],
    *,
    gazetteer: Gazetteer | None = None,
    fallback: Any | None = None,
) -> list[Event]:
    """Extract and geocode the events of every report, in input order."""
    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    events: list[Event] = []
    for report in reports:
        events.extend(extract_events(report, gazetteer=gaz))
    return geocode_events(events, gazetteer=gaz, fallback=fallback)


def is_events_file(path: str) -> bool:
    """True for a .gpkg, or a .geojson/.json holding a FeatureCollection."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".gpkg":
        return True
    if suffix in (".geojson", ".json") and p.is_file():
        try:
            with p.open("rb") as handle:
                head = handle.read(4096).decode("utf-8", "ignore")
        except OSError:
            return False
        return '"FeatureCollection"' in head.replace(" ", "") or '"type":"FeatureCollection"' in head
    return False


def load_inputs(
    inputs: Iterable[str],
    *,
    published: str | None = None,
    gazetteer: Gazetteer | None = None,
    fallback: Any | None = None,
    on_error: Callable[[ReportFormatError], None] | None = None,
    accept_event_files: bool = False,
) -> gpd.GeoDataFrame:
    """Reports and (optionally) existing event files -> one events GeoDataFrame."""
    import geopandas as gpd
    import pandas as pd

    from geoevents.exports import read_events

    report_inputs: list[str] = []
    frames = []
    for item in inputs:
        if accept_event_files and item != "-" and is_events_file(item):
            try:
                frames.append(read_events(item))
            except (SchemaError, json.JSONDecodeError) as err:
                error = ReportFormatError(item, str(err).split(": ", 1)[-1])
                if on_error is None:
                    raise error from err
                on_error(error)
        else:
            report_inputs.append(item)
    if report_inputs:
        reports = read_reports(report_inputs, published=published, on_error=on_error)
        frames.append(events_to_gdf(events_from_reports(reports, gazetteer=gazetteer, fallback=fallback)))
    if not frames:
        return events_to_gdf([])
    if len(frames) == 1:
        return frames[0]
    combined = pd.concat(frames, ignore_index=True)
    return gpd.GeoDataFrame(combined, geometry="geometry", crs="EPSG:4326")
