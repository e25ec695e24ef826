"""``geoevents map`` and ``geoevents assets``: the map commands."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from geoevents.cli import (
    EXIT_INPUT_ERRORS,
    EXIT_OK,
    EXIT_USAGE,
    _Errors,
    _fail,
    _fallback,
    cli,
    input_options,
)
from geoevents.exceptions import GeoeventsError, ReportFormatError

@cli.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="maps/attacks.html", show_default=True, help="HTML map to write.")
@click.option("--geojson", "geojson_path", metavar="PATH", help="Also write the events as GeoJSON.")
@click.option("--tiles", default="OpenStreetMap", show_default=True,
              help="Basemap tiles (any folium tiles name), or 'none'.")
@click.option("--title", default="geoevents: aerial attacks by night", show_default=True, help="Page title.")
@input_options
def map_command(inputs: tuple[str, ...], output: str, geojson_path: str | None, tiles: str, title: str,
                published: str | None, geocoder: str, user_agent: str | None, nominatim_url: str | None) -> None:
    """Run the whole pipeline and write an interactive map (and GeoJSON).

    INPUTS are report files, directories or -, or event files (.geojson/.gpkg).

    \b
    Example:
        geoevents map data/reports -o maps/attacks.html --geojson maps/events.geojson
    """
    from geoevents.exports import to_geojson
    from geoevents.pipeline import load_inputs
    from geoevents.webmap import make_map, save_map

    errors = _Errors()
    try:
        fallback = _fallback(geocoder, user_agent, nominatim_url)
        gdf = load_inputs(inputs, published=published, fallback=fallback, on_error=errors,
                          accept_event_files=True)
        m = make_map(gdf, tiles=None if tiles.lower() == "none" else tiles, title=title)
        save_map(m, output)
        if geojson_path:
            to_geojson(gdf, geojson_path)
    except ReportFormatError as err:
        _fail(f"{err.path}: {err.reason}", EXIT_USAGE)
    except GeoeventsError as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot write output: {err}")
    nights = gdf["night"].nunique() if len(gdf) else 0
    written = output + (f" and {geojson_path}" if geojson_path else "")
    click.echo(f"{len(gdf)} events over {nights} nights written to {written}", err=True)
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)
