"""The ``geoevents`` command line: parse arguments, call the library, format results.

Exit codes: 0 success; 1 some inputs were rejected (the rest were processed and the
outputs written); 2 usage error; 3 nothing could be written (no valid input, or an
output/store error).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import Any

import click

from geoevents.exceptions import GeoeventsError, ReportFormatError

EXIT_OK = 0
EXIT_INPUT_ERRORS = 1
EXIT_USAGE = 2
EXIT_FAILED = 3

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}


class _Errors:
    """Collects per-input errors and prints each as one line on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, err: ReportFormatError) -> None:
        self.count += 1
        click.echo(f"geoevents: error: {err.path}: {err.reason}", err=True)


def _fail(message: str, code: int = EXIT_FAILED) -> None:
    click.echo(f"geoevents: error: {message}", err=True)
    sys.exit(code)


def _setup_logging(verbose: int) -> None:
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="geoevents: %(levelname)s: %(message)s")


def _fallback(geocoder: str, user_agent: str | None, nominatim_url: str | None) -> Any:
    if geocoder == "gazetteer":
        return None
    from urllib.parse import urlparse

    from geoevents.geocode import get_geocoder

    domain = scheme = None
    if nominatim_url:
        parsed = urlparse(nominatim_url)
        domain, scheme = parsed.netloc + parsed.path.rstrip("/"), parsed.scheme or "https"
    return get_geocoder(
        geocoder, user_agent=user_agent or os.environ.get("GEOEVENTS_USER_AGENT"),
        domain=domain, scheme=scheme,
    )


def input_options(func: Any) -> Any:
    """Options shared by commands that read reports."""
    func = click.option(
        "--published", metavar="ISO",
        help="Publication date-time (ISO 8601) for reports whose metadata has none.",
    )(func)
    func = click.option(
        "--geocoder", type=click.Choice(["gazetteer", "nominatim"]), default="gazetteer",
        show_default=True,
        help="Fallback for places the offline gazetteer does not know (nominatim is online).",
    )(func)
    func = click.option(
        "--user-agent", metavar="TEXT",
        help="User agent for Nominatim (required with --geocoder nominatim; env GEOEVENTS_USER_AGENT).",
    )(func)
    func = click.option(
        "--nominatim-url", metavar="URL", help="Nominatim server (default: nominatim.openstreetmap.org).",
    )(func)
    return func


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="geoevents")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Turn reports of aerial attacks into mapped, citable events."""
    _setup_logging(verbose)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True, help="Output file: .geojson, .gpkg or .csv.")
@input_options
def extract(inputs: tuple[str, ...], output: str, published: str | None, geocoder: str,
            user_agent: str | None, nominatim_url: str | None) -> None:
    """Extract events from reports and write them to OUTPUT.

    INPUTS are files, directories (read recursively) or - for stdin.

    \b
    Example:
        geoevents extract data/reports -o events.geojson
    """
    from geoevents.exports import write_events
    from geoevents.pipeline import load_inputs

    errors = _Errors()
    try:
        fallback = _fallback(geocoder, user_agent, nominatim_url)
        gdf = load_inputs(inputs, published=published, fallback=fallback, on_error=errors)
        write_events(gdf, output)
    except ReportFormatError as err:
        _fail(f"{err.path}: {err.reason}", EXIT_USAGE)
    except GeoeventsError as err:
        _fail(str(err))
    click.echo(f"{len(gdf)} events written to {output}", err=True)
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)


@cli.command()
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold annotations (JSONL, one object per report).")
@click.argument("reports_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--details", is_flag=True, help="Also list every mismatch per report.")
def evaluate(gold_path: str, reports_dir: str, details: bool) -> None:
    """Score extraction on annotated reports (precision/recall/F1, numbers, nights).

    REPORTS_DIR holds NNN.txt + NNN.meta.json files named by the gold "report" ids.

    \b
    Example:
        geoevents evaluate --gold ../shared/data/reports-dev/gold.jsonl ../shared/data/reports-dev/reports
    """
    from geoevents.evaluate import (
        format_details,
        format_summary,
        load_gold,
        score_report,
        summarise,
    )
    from geoevents.extract import extract_events
    from geoevents.gazetteer import Gazetteer
    from geoevents.reports import read_reports

    gold = load_gold(gold_path)
    errors = _Errors()
    reports = {r.source_id: r for r in read_reports(reports_dir, on_error=errors)}
    gaz = Gazetteer.bundled()
    scores = []
    for report_id, record in sorted(gold.items()):
        report = reports.get(report_id)
        if report is None:
            click.echo(f"geoevents: error: report {report_id} of the gold file is not in {reports_dir}", err=True)
            errors.count += 1
            continue
        scores.append(score_report(report_id, record, extract_events(report, gazetteer=gaz)))
    summary = summarise(scores)
    click.echo(f"{len(scores)} reports, {sum(len(s.matched) + len(s.misses) for s in scores)} gold events (not listed)")
    click.echo(format_summary(summary))
    if details:
        click.echo()
        click.echo(format_details(scores))
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="geoevents")


# Command groups kept in their own modules register themselves on ``cli``.
from geoevents import cli_geo, cli_maps, cli_store  # noqa: E402,F401
