"""``geoevents geocode`` and ``geoevents boundaries``: the geocoding commands."""

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

@cli.command()
@click.argument("queries", nargs=-1, required=True)
@click.option("--context", metavar="PLACE", help="Enclosing city/region/country to prefer, e.g. Kharkiv.")
@click.option("--no-geonames", is_flag=True, help="Search the curated gazetteer only.")
def geocode(queries: tuple[str, ...], context: str | None, no_geonames: bool) -> None:
    """Look places up in the offline gazetteer; one JSON object per query and line.

    \b
    Example:
        geoevents geocode "Darnytskyi district" "Kyivskyi district" --context Kharkiv
    """
    from geoevents.gazetteer import Gazetteer
    from geoevents.geocode import GazetteerGeocoder, PRECISION_BY_LEVEL

    geocoder = GazetteerGeocoder(Gazetteer.bundled(geonames=not no_geonames))
    misses = 0
    for query in queries:
        places = geocoder.search(query, context=context)
        record: dict[str, Any] = {"query": query}
        if places:
            p = places[0]
            record.update(
                name=p.name, place_level=p.place_level, country=p.country, admin1=p.admin1,
                district=p.district, lat=p.lat, lon=p.lon,
                geo_precision=PRECISION_BY_LEVEL.get(p.place_level, 3),
                source="curated" if p.is_curated else "GeoNames",
            )
        else:
            misses += 1
            record.update(
                name=None, place_level=None, country=None, admin1=None, district=None, lat=None,
                lon=None, geo_precision=None, source=None,
                reason="no place of that name in the offline gazetteer",
            )
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(EXIT_INPUT_ERRORS if misses else EXIT_OK)
