"""``geoevents map`` and ``geoevents assets``: the map commands."""

from __future__ import annotations

import sys
from pathlib import Path
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
from geoevents.exceptions import ConfigurationError, GeoeventsError, ReportFormatError

#: A boundary file whose extent is at most this many degrees is taken for city districts.
DISTRICT_EXTENT = 2.0


def classify_boundaries(specs: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Split ``--boundaries`` values into district files and region files.

    A value is ``districts=PATH``, ``regions=PATH`` or a bare ``PATH``; a bare path is
    taken for districts when its polygons span at most :data:`DISTRICT_EXTENT` degrees
    (a city), for regions otherwise.
    """
    import pyogrio

    districts: list[str] = []
    regions: list[str] = []
    for spec in specs:
        kind, sep, path = spec.partition("=")
        if sep and kind in ("districts", "regions"):
            (districts if kind == "districts" else regions).append(path)
            continue
        path = spec
        if not Path(path).exists():
            msg = f"--boundaries: no such file {path!r}"
            raise ConfigurationError(msg)
        try:
            minx, miny, maxx, maxy = pyogrio.read_info(path)["total_bounds"]
        except Exception as err:  # pyogrio raises several types for unreadable files
            msg = f"--boundaries: cannot read {path!r}: {err}"
            raise ConfigurationError(msg) from err
        small = max(maxx - minx, maxy - miny) <= DISTRICT_EXTENT
        (districts if small else regions).append(path)
    return districts, regions


@cli.command("map")
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o", "--output", default="maps/attacks.html", show_default=True, help="HTML map to write."
)
@click.option("--geojson", "geojson_path", metavar="PATH", help="Also write the events as GeoJSON.")
@click.option(
    "--tiles",
    default="OpenStreetMap",
    show_default=True,
    help="Basemap tiles (any folium tiles name), or 'none' to start with no tiles.",
)
@click.option(
    "--title", default="geoevents: aerial attacks by night", show_default=True, help="Page title."
)
@click.option(
    "--boundaries",
    "boundaries",
    multiple=True,
    metavar="[districts=|regions=]PATH",
    help="Polygons for choropleths (repeatable). Bare paths spanning <= 2 degrees are districts.",
)
@click.option(
    "--name-column",
    metavar="COLUMN",
    help="Unit name column in the boundary files (default name_en).",
)
@click.option("--night", metavar="YYYY-MM-DD", help="Only this night.")
@click.option(
    "--overview",
    is_flag=True,
    help="One view of the whole period: totals per place, district, region.",
)
@click.option("--from", "start", metavar="YYYY-MM-DD", help="First night to include.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Last night to include.")
@click.option(
    "--metric",
    type=click.Choice(["events", "casualties"]),
    default="events",
    show_default=True,
    help="What the choropleths show first.",
)
@click.option(
    "--self-contained",
    is_flag=True,
    help="Inline every script and style (from the cache filled by `geoevents assets`).",
)
@click.option("--assets-dir", metavar="DIR", help="Asset cache (default $GEOEVENTS_CACHE/assets).")
@click.option("--no-minimap", is_flag=True, help="Leave out the minimap.")
@click.option(
    "--attribution",
    metavar="TEXT",
    help="Credit line for the boundaries, e.g. "
    "'© OpenStreetMap contributors, ODbL 1.0; geoBoundaries'.",
)
@input_options
def map_command(
    inputs: tuple[str, ...],
    output: str,
    geojson_path: str | None,
    tiles: str,
    title: str,
    boundaries: tuple[str, ...],
    name_column: str | None,
    night: str | None,
    overview: bool,
    start: str | None,
    end: str | None,
    metric: str,
    self_contained: bool,
    assets_dir: str | None,
    no_minimap: bool,
    attribution: str | None,
    published: str | None,
    geocoder: str,
    user_agent: str | None,
    nominatim_url: str | None,
) -> None:
    """Run the whole pipeline and write an interactive map (and GeoJSON).

    INPUTS are report files, directories or -, or event files (.geojson/.gpkg).

    \b
    Example:
        geoevents map data/reports -o maps/attacks.html --geojson maps/events.geojson
        geoevents map events.geojson --self-contained --tiles none \\
            --boundaries ../shared/data/boundaries/kyiv_districts.geojson \\
            --boundaries ../shared/data/boundaries/ukraine_adm1.geojson
    """
    from geoevents.exports import to_geojson
    from geoevents.pipeline import load_inputs
    from geoevents.webmap import make_map, save_map

    errors = _Errors()
    try:
        districts, regions = classify_boundaries(boundaries)
        fallback = _fallback(geocoder, user_agent, nominatim_url)
        gdf = load_inputs(
            inputs, published=published, fallback=fallback, on_error=errors, accept_event_files=True
        )
        m = make_map(
            gdf,
            tiles=None if tiles.lower() == "none" else tiles,
            title=title,
            districts=districts or None,
            regions=regions or None,
            name_column=name_column,
            night=night,
            start=start,
            end=end,
            overview=overview,
            metric=metric,
            minimap=not no_minimap,
            attribution=attribution,
            self_contained=self_contained,
            assets_dir=assets_dir,
        )
        save_map(m, output)
        if geojson_path:
            to_geojson(gdf, geojson_path)
    except ReportFormatError as err:
        _fail(f"{err.path}: {err.reason}", EXIT_USAGE)
    except ConfigurationError as err:
        _fail(str(err), EXIT_USAGE)
    except GeoeventsError as err:
        _fail(str(err))
    except OSError as err:
        _fail(f"cannot write output: {err}")
    nights = gdf["night"].nunique() if len(gdf) else 0
    written = output + (f" and {geojson_path}" if geojson_path else "")
    click.echo(f"{len(gdf)} events over {nights} nights written to {written}", err=True)
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)


@cli.command("assets")
@click.argument("urls", nargs=-1)
@click.option(
    "--from-npm",
    "from_npm",
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Copy from this node_modules folder (e.g. tests/browser/node_modules) "
    "instead of downloading.",
)
@click.option(
    "--from-dir",
    "from_dir",
    metavar="DIR",
    type=click.Path(file_okay=False),
    help="Copy from a mirror folder laid out as DIR/<host>/<path>.",
)
@click.option(
    "--mirror", metavar="URL", help="Download from URL/<host>/<path> instead of the CDNs."
)
@click.option("--assets-dir", metavar="DIR", help="Asset cache (default $GEOEVENTS_CACHE/assets).")
@click.option(
    "--folium-defaults",
    is_flag=True,
    help="Also cache folium's default assets (jQuery, Bootstrap...), for maps made with m=.",
)
@click.option("--list", "list_only", is_flag=True, help="Only list what the cache holds.")
def assets_command(
    urls: tuple[str, ...],
    from_npm: str | None,
    from_dir: str | None,
    mirror: str | None,
    assets_dir: str | None,
    folium_defaults: bool,
    list_only: bool,
) -> None:
    """Cache the scripts and styles of the map for --self-contained (one line per file).

    URLS default to every CDN file a geoevents map uses. Each file's source and SHA-256
    go to the cache's manifest.json.

    \b
    Example:
        geoevents assets                      # download from the CDNs
        npm ci --prefix tests/browser && geoevents assets --from-npm tests/browser/node_modules
    """
    from geoevents.assets import AssetCache, default_asset_urls

    cache = AssetCache(assets_dir)
    try:
        if list_only:
            rows: list[tuple[str, dict[str, Any]]] = sorted(cache.manifest().items())
        else:
            wanted = list(urls) or default_asset_urls(folium_defaults=folium_defaults)
            rows = cache.fetch(wanted, from_npm=from_npm, from_dir=from_dir, mirror=mirror)
    except ConfigurationError as err:
        _fail(str(err), EXIT_USAGE)
    except GeoeventsError as err:
        _fail(str(err))
    for url, record in rows:
        click.echo(
            f"{record['sha256'][:16]}  {record['bytes']:>8}  {record['licence']:<14}  "
            f"{url}  <- {record['source']}"
        )
    click.echo(f"{len(rows)} asset(s) in {cache.folder}", err=True)
    sys.exit(EXIT_OK)
