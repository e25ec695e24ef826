"""``geoevents geocode``, ``geoevents boundaries ...`` and ``geoevents evaluate-geocoding``."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from geoevents.cli import EXIT_INPUT_ERRORS, EXIT_OK, EXIT_USAGE, _fail, _fallback, cli
from geoevents.exceptions import GeoeventsError


@cli.command()
@click.argument("queries", nargs=-1, required=True)
@click.option("--context", "contexts", metavar="PLACE", multiple=True,
              help="Enclosing city/region/country to prefer, e.g. Kharkiv (repeatable, strongest first).")
@click.option("--no-geonames", is_flag=True, help="Search the curated gazetteer only.")
@click.option("--geocoder", type=click.Choice(["gazetteer", "nominatim"]), default="gazetteer", show_default=True,
              help="Online fallback for names the offline gazetteer does not know (nominatim is online).")
@click.option("--user-agent", metavar="TEXT",
              help="User agent for Nominatim (required with --geocoder nominatim; env GEOEVENTS_USER_AGENT).")
@click.option("--nominatim-url", metavar="URL", help="Nominatim server (default: nominatim.openstreetmap.org).")
def geocode(queries: tuple[str, ...], contexts: tuple[str, ...], no_geonames: bool, geocoder: str,
            user_agent: str | None, nominatim_url: str | None) -> None:
    """Look places up; print one JSON object per query, one per line.

    Fields: query, name, place_level, country, admin1, district, lat, lon, geo_precision
    (ACLED: 1 point, 2 near/part of a region, 3 region), source (curated, GeoNames or
    online). A miss has null fields and a reason, and the exit code is 1. Country-level
    answers have null lat/lon: a national tally is not a local point.

    \b
    Examples:
        geoevents geocode "Kyiv's Darnytskyi district" "Kharkiv region" "near Izium"
        geoevents geocode "Shevchenkivskyi district" --context Kharkiv
    """
    from geoevents.gazetteer import Gazetteer
    from geoevents.geocode import GazetteerGeocoder

    try:
        fallback = _fallback(geocoder, user_agent, nominatim_url)
        coder = GazetteerGeocoder(Gazetteer.bundled(geonames=not no_geonames), fallback=fallback)
    except GeoeventsError as err:
        _fail(str(err), EXIT_USAGE)
    misses = 0
    for query in queries:
        result = coder.resolve(query, context=list(contexts))
        record = result.to_record()
        if result.place is None:
            misses += 1
            if no_geonames and fallback is None and query.strip():
                record["reason"] += " (curated rows only: --no-geonames)"
        click.echo(json.dumps(record, ensure_ascii=False))
    sys.exit(EXIT_INPUT_ERRORS if misses else EXIT_OK)


@cli.command("evaluate-geocoding")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL, one object per report).")
@click.option("--details", is_flag=True, help="Also list every wrong answer.")
@click.option("--strict", is_flag=True, help="Exit 1 when the targets are not met.")
@click.option("--no-geonames", is_flag=True, help="Search the curated gazetteer only.")
def evaluate_geocoding(gold_path: str, details: bool, strict: bool, no_geonames: bool) -> None:
    """Score the geocoder on gold events: admin1 and Kyiv district per gold place.

    Each gold event's place is geocoded with the report's other gold places as
    context. Targets: admin1 right for >= 95 % of events, every named Kyiv district right.

    \b
    Example:
        geoevents evaluate-geocoding --gold ../shared/data/reports-dev/gold.jsonl
    """
    from geoevents.evaluate import load_gold
    from geoevents.evaluate_geo import evaluate_geocoding as run
    from geoevents.evaluate_geo import format_misses, format_table, targets_met
    from geoevents.gazetteer import Gazetteer
    from geoevents.geocode import GazetteerGeocoder

    try:
        gold = load_gold(gold_path)
    except (OSError, ValueError, KeyError) as err:
        _fail(f"{gold_path}: not a gold JSONL file: {err}", EXIT_USAGE)
    outcomes = run(gold.values(), GazetteerGeocoder(Gazetteer.bundled(geonames=not no_geonames)))
    click.echo(f"{len(gold)} reports, {len(outcomes)} gold events")
    click.echo(format_table(outcomes))
    if details:
        misses = format_misses(outcomes)
        click.echo()
        click.echo(misses or "no wrong answers")
    sys.exit(EXIT_INPUT_ERRORS if strict and not targets_met(outcomes) else EXIT_OK)


# ---------------------------------------------------------------- boundaries


@cli.group()
def boundaries() -> None:
    """District and region polygons: fetch into the cache, verify, list, locate points.

    Polygons are optional: without them events keep their gazetteer points and units.
    """


def _parse_pairs(values: tuple[str, ...], what: str, *, same_default: bool) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for value in values:
        name, sep, other = value.partition("=")
        if not sep:
            if not same_default:
                _fail(f"{what} {value!r}: expected NAME=VALUE", EXIT_USAGE)
            other = name
            name = name.rsplit("/", 1)[-1]
        if not name.strip() or not other.strip():
            _fail(f"{what} {value!r}: expected NAME=VALUE", EXIT_USAGE)
        pairs[name.strip()] = other.strip()
    return pairs


@boundaries.command("fetch")
@click.option("--source", type=click.Choice(["geoboundaries"]), default="geoboundaries", show_default=True,
              help="A documented source (geoBoundaries gbOpen ADM1 of Ukraine and Russia, ODbL).")
@click.option("--base-url", metavar="URL",
              help="Fetch from this folder URL instead (with --file); e.g. a mirror or a local server.")
@click.option("--file", "files", metavar="[LOCAL=]REMOTE", multiple=True,
              help="A file under --base-url to fetch (repeatable); LOCAL names it in the cache.")
@click.option("--licence-file", "licence_files", metavar="[LOCAL=]REMOTE", multiple=True,
              help="A licence/provenance file under --base-url to fetch and record (repeatable).")
@click.option("--licence", "licence_text", metavar="TEXT", help="Licence and attribution text for LICENCE.txt.")
@click.option("--sha256", "checksums", metavar="LOCAL=HEX", multiple=True,
              help="Expected SHA-256 of a file (repeatable); a mismatch aborts that file.")
@click.option("--dest", type=click.Path(file_okay=False), help="Target folder (default: the boundaries cache).")
@click.option("--update", is_flag=True, help="Accept files that changed since the last fetch.")
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds per request.")
def boundaries_fetch(source: str, base_url: str | None, files: tuple[str, ...], licence_files: tuple[str, ...],
                     licence_text: str | None, checksums: tuple[str, ...], dest: str | None, update: bool,
                     timeout: float) -> None:
    """Download openly licensed boundary files into the cache (the only network use).

    Records each file's URL, size and SHA-256 in manifest.json and writes LICENCE.txt.

    \b
    Examples:
        geoevents boundaries fetch
        geoevents boundaries fetch --base-url http://127.0.0.1:8000/ \\
            --file kyiv_districts.geojson --file ukraine_adm1.geojson --licence-file PROVENANCE.md
    """
    from geoevents.boundaries import SOURCES, boundaries_dir, custom_source, fetch_boundaries

    if base_url:
        if not files:
            _fail("--base-url needs at least one --file", EXIT_USAGE)
        chosen = custom_source(
            base_url, _parse_pairs(files, "--file", same_default=True),
            licence=licence_text, licence_files=_parse_pairs(licence_files, "--licence-file", same_default=True),
        )
    else:
        if files or licence_files:
            _fail("--file and --licence-file need --base-url", EXIT_USAGE)
        chosen = SOURCES[source]
    expected = _parse_pairs(checksums, "--sha256", same_default=False)
    unknown = sorted(set(expected) - set(chosen.files) - set(chosen.licence_files))
    if unknown:
        _fail(f"--sha256 names files that are not fetched: {', '.join(unknown)}", EXIT_USAGE)
    try:
        manifest = fetch_boundaries(chosen, dest, expected=expected, update=update, timeout=timeout)
    except GeoeventsError as err:
        _fail(str(err))
    folder = dest or str(boundaries_dir())
    for name, entry in manifest["files"].items():
        click.echo(f"{entry['sha256']}  {name}  ({entry['bytes']} bytes, {entry['role']})")
    click.echo(f"{len(manifest['files'])} files in {folder}; manifest.json and LICENCE.txt written", err=True)


@boundaries.command("verify")
@click.option("--dir", "folder", type=click.Path(file_okay=False), help="Folder (default: the boundaries cache).")
def boundaries_verify(folder: str | None) -> None:
    """Re-hash fetched files against manifest.json; exit 1 on any difference.

    \b
    Example:
        geoevents boundaries verify
    """
    from geoevents.boundaries import verify_boundaries

    problems = verify_boundaries(folder)
    for problem in problems:
        click.echo(f"geoevents: error: {problem}", err=True)
    if problems:
        sys.exit(EXIT_INPUT_ERRORS)
    click.echo("all files match manifest.json")


def _load(paths: tuple[str, ...], folder: str | None) -> Any:
    from geoevents.boundaries import load_boundaries

    try:
        return load_boundaries(list(paths) or None, folder=folder)
    except GeoeventsError as err:
        _fail(str(err), EXIT_USAGE)


@boundaries.command("list")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.option("--dir", "folder", type=click.Path(file_okay=False), help="Folder (default: the boundaries cache).")
def boundaries_list(paths: tuple[str, ...], folder: str | None) -> None:
    """List the polygon layers found (files given, or the cache) and their units.

    \b
    Example:
        geoevents boundaries list ../shared/data/boundaries/ukraine_adm1.geojson
    """
    layers = _load(paths, folder)
    if layers.empty:
        click.echo("no boundary polygons (geoevents works with points alone)")
        return
    for level, count in layers.summary():
        frame = layers.layer(level)
        names = ", ".join(str(n) for n in frame["name"].head(6))
        click.echo(f"{level}: {count} units ({names}{', ...' if count > 6 else ''})")


@boundaries.command("locate")
@click.argument("points", nargs=-1, required=True, metavar="LAT,LON...")
@click.option("--boundary", "paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A polygon file (repeatable; default: the cache folder).")
@click.option("--dir", "folder", type=click.Path(file_okay=False), help="Folder of polygon files.")
def boundaries_locate(points: tuple[str, ...], paths: tuple[str, ...], folder: str | None) -> None:
    """Print the admin1, Kyiv district and raion of each point, one JSON object per line.

    \b
    Example:
        geoevents boundaries locate 50.4501,30.5234 --dir ../shared/data/boundaries
    """
    from geoevents.boundaries import locate

    coords = []
    for text in points:
        try:
            lat_text, lon_text = text.split(",")
            coords.append((float(lat_text), float(lon_text)))
        except ValueError:
            _fail(f"point {text!r}: expected LAT,LON", EXIT_USAGE)
    layers = _load(paths, folder)
    if layers.empty:
        _fail("no boundary polygons: run 'geoevents boundaries fetch' or pass --boundary/--dir", EXIT_USAGE)
    rows = locate([c[1] for c in coords], [c[0] for c in coords], layers)
    for (lat, lon), row in zip(coords, rows, strict=True):
        click.echo(json.dumps({"lat": lat, "lon": lon, **row}, ensure_ascii=False))
