"""``geoevents ingest``, ``export``, ``stats`` and ``import``: the store commands."""

from __future__ import annotations

import re
import sys
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    import geopandas as gpd

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _store_option(func: Any) -> Any:
    return click.option(
        "--store",
        "store_path",
        metavar="PATH",
        default=None,
        help="Event store (GeoPackage). Default: $GEOEVENTS_STORE, else data/events.gpkg.",
    )(func)


def filter_options(func: Any) -> Any:
    """``--from/--to/--country/--admin1/--attacker``: which events to use."""
    func = click.option(
        "--attacker", metavar="NAME", help="Only events of this attacker (e.g. Russia)."
    )(func)
    func = click.option(
        "--admin1", metavar="NAME", help="Only events in this admin1 (e.g. 'Kharkiv Oblast', Kyiv)."
    )(func)
    func = click.option(
        "--country", metavar="CODE", help="Only events in this country (UA, RU, or a name)."
    )(func)
    func = click.option(
        "--to", "night_to", metavar="NIGHT", help="Last night (YYYY-MM-DD, inclusive)."
    )(func)
    func = click.option(
        "--from", "night_from", metavar="NIGHT", help="First night (YYYY-MM-DD, inclusive)."
    )(func)
    return func


def _check_nights(night_from: str | None, night_to: str | None) -> None:
    for name, value in (("--from", night_from), ("--to", night_to)):
        if value is not None and not _ISO_DATE.match(value):
            _fail(f"{name} {value!r}: expected a night as YYYY-MM-DD", EXIT_USAGE)


def _open_store(store_path: str | None, *, create: bool) -> Any:
    from geoevents.store import EventStore, default_store_path

    path = store_path or default_store_path()
    return EventStore(path, create=create)


def _filtered(gdf: gpd.GeoDataFrame, filters: dict[str, Any]) -> gpd.GeoDataFrame:
    from geoevents.exports import filter_events

    return filter_events(gdf, **filters)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@_store_option
@input_options
def ingest(
    inputs: tuple[str, ...],
    store_path: str | None,
    published: str | None,
    geocoder: str,
    user_agent: str | None,
    nominatim_url: str | None,
) -> None:
    """Add reports to the event store: deduplicated events with every source sentence.

    INPUTS are report files, directories (read recursively) or - for stdin. A report
    already in the store (same text) adds nothing; the same night, place (or a district
    and its city) and attacker from several reports become one event with many sources.

    \b
    Example:
        geoevents ingest data/reports --store data/events.gpkg
    """
    from geoevents.reports import read_reports
    from geoevents.store import default_store_path

    errors = _Errors()
    path = store_path or default_store_path()
    try:
        fallback = _fallback(geocoder, user_agent, nominatim_url)
        reports = read_reports(inputs, published=published, on_error=errors)
        if not reports and errors.count:
            _fail("no report could be read; the store was not changed")
        with _open_store(path, create=True) as store:
            summary = store.ingest_reports(reports, fallback=fallback, on_error=errors)
    except ReportFormatError as err:
        _fail(f"{err.path}: {err.reason}", EXIT_USAGE)
    except GeoeventsError as err:
        _fail(str(err))
    click.echo(f"{path}: {summary.line()}")
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)


@cli.command()
@_store_option
@click.option(
    "-o",
    "--output",
    required=True,
    help="Output file: .geojson, .gpkg, .parquet, .csv (ACLED columns first) or .kml.",
)
@filter_options
def export(
    store_path: str | None,
    output: str,
    night_from: str | None,
    night_to: str | None,
    country: str | None,
    admin1: str | None,
    attacker: str | None,
) -> None:
    """Export stored events in the format of OUTPUT's extension.

    Alert minutes imported with ``geoevents import sirens`` are joined as
    ``alert_minutes``/``alert_night_minutes`` columns.

    \b
    Example:
        geoevents export --store data/events.gpkg -o events.csv --from 2024-10-01 --to 2024-10-31 --country UA
    """
    from geoevents.exports import export_events

    _check_nights(night_from, night_to)
    filters = {
        "night_from": night_from,
        "night_to": night_to,
        "country": country,
        "admin1": admin1,
        "attacker": attacker,
    }
    try:
        with _open_store(store_path, create=False) as store:
            gdf = _filtered(store.events(), filters)
            alerts = store.alerts()
        if len(alerts):
            from geoevents.importers.sirens import join_alerts

            gdf = join_alerts(gdf, alerts)
        export_events(gdf, output)
    except GeoeventsError as err:
        _fail(str(err))
    click.echo(f"{len(gdf)} events written to {output}", err=True)
    sys.exit(EXIT_OK)


@cli.command()
@click.argument("inputs", nargs=-1)
@_store_option
@click.option("--csv", "csv_path", metavar="FILE", help="Also write the table as CSV.")
@click.option("-o", "--output", metavar="FILE", help="Same as --csv.")
@filter_options
@input_options
def stats(
    inputs: tuple[str, ...],
    store_path: str | None,
    csv_path: str | None,
    output: str | None,
    night_from: str | None,
    night_to: str | None,
    country: str | None,
    admin1: str | None,
    attacker: str | None,
    published: str | None,
    geocoder: str,
    user_agent: str | None,
    nominatim_url: str | None,
) -> None:
    """Print a table per night: launched, downed, breached, killed, wounded, places hit, records.

    Reads the store (default), or INPUTS (reports, directories, event files) when given.

    \b
    Example:
        geoevents stats --store data/events.gpkg --from 2025-01-01 --csv nights.csv
    """
    from geoevents.exports import _write_text
    from geoevents.stats import format_table, night_table

    _check_nights(night_from, night_to)
    if csv_path and output and csv_path != output:
        _fail("give the CSV path once: --csv FILE or -o FILE", EXIT_USAGE)
    target = csv_path or output
    filters = {
        "night_from": night_from,
        "night_to": night_to,
        "country": country,
        "admin1": admin1,
        "attacker": attacker,
    }
    errors = _Errors()
    try:
        if inputs:
            from geoevents.pipeline import load_inputs

            fallback = _fallback(geocoder, user_agent, nominatim_url)
            gdf = load_inputs(
                inputs,
                published=published,
                fallback=fallback,
                on_error=errors,
                accept_event_files=True,
            )
            if len(gdf) == 0 and errors.count:
                _fail("no input could be read")
        else:
            with _open_store(store_path, create=False) as store:
                gdf = store.events()
        # Records compare with every earlier night, so the night range cuts the table, not the events.
        table = night_table(_filtered(gdf, {**filters, "night_from": None, "night_to": None}))
        nights = table["night"]
        keep = nights.notna() | (night_from is None and night_to is None)
        if night_from:
            keep &= nights.map(lambda n: n is not None and str(n) >= night_from).astype(bool)
        if night_to:
            keep &= nights.map(lambda n: n is not None and str(n) <= night_to).astype(bool)
        table = table[keep].reset_index(drop=True)
        click.echo(format_table(table))
        if target:
            _write_text(target, table.to_csv(index=False, lineterminator="\n"))
            click.echo(f"{len(table)} nights written to {target}", err=True)
    except ReportFormatError as err:
        _fail(f"{err.path}: {err.reason}", EXIT_USAGE)
    except GeoeventsError as err:
        _fail(str(err))
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)


@cli.command("import")
@click.argument("dataset")
@click.argument("files", nargs=-1, required=True)
@_store_option
@click.option(
    "--replace",
    is_flag=True,
    help="The files revise earlier imports: their units replace units of the same nights/ids.",
)
@click.option(
    "--catalogue",
    metavar="CSV",
    type=click.Path(dir_okay=False),
    help="massive-missile-attacks: weapon catalogue (default: missiles_and_uavs.csv beside FILE).",
)
@click.option(
    "-o",
    "--output",
    metavar="CSV",
    help="air-raid-sirens: also write the alert minutes per night and admin1 as CSV.",
)
def import_command(
    dataset: str,
    files: tuple[str, ...],
    store_path: str | None,
    replace: bool,
    catalogue: str | None,
    output: str | None,
) -> None:
    """Import a structured dataset into the store.

    DATASET is massive-missile-attacks (mma), ucdp-ged (ucdp) or air-raid-sirens
    (sirens). Each file's oddities are reported as warnings; a file that cannot be read
    is reported and the others are still imported. Sirens give alert minutes per night
    and admin1, joined to events on export.

    \b
    Example:
        geoevents import mma missile_attacks_daily.csv --store data/events.gpkg
        geoevents import sirens official_data_en.csv -o alerts.csv
    """
    from geoevents.exports import _write_text
    from geoevents.importers import IMPORTERS, get_importer
    from geoevents.store import default_store_path

    try:
        importer = get_importer(dataset)
    except GeoeventsError as err:
        _fail(str(err), EXIT_USAGE)
    path = store_path or default_store_path()
    errors = _Errors()
    done = 0
    import pandas as pd

    tables = []
    try:
        with _open_store(path, create=True) as store:
            for name in files:
                kwargs: dict[str, Any] = {"replace": replace}
                if catalogue and importer is IMPORTERS["massive-missile-attacks"]:
                    kwargs["catalogue"] = catalogue
                try:
                    result = importer(name, **kwargs)
                except ReportFormatError as err:
                    errors(err)
                    continue
                for warning in result.warnings:
                    click.echo(f"geoevents: warning: {name}: {warning}", err=True)
                if result.alerts is not None:
                    count = store.put_alerts(
                        result.alerts, dataset=f"{result.dataset}:{_stem(name)}"
                    )
                    tables.append(result.alerts)
                    click.echo(
                        f"{name}: {result.rows} alerts -> {count} night x admin1 rows stored in {path}"
                    )
                else:
                    summary = store.add(result.sources, result.contributions)
                    click.echo(
                        f"{name}: {result.rows} rows ({result.skipped_rows} skipped): {summary.line()}"
                    )
                done += 1
        if output and tables:
            _write_text(output, pd.concat(tables).to_csv(index=False, lineterminator="\n"))
            click.echo(f"alert minutes written to {output}", err=True)
    except GeoeventsError as err:
        _fail(str(err))
    if not done:
        _fail("no file could be imported; the store was not changed")
    sys.exit(EXIT_INPUT_ERRORS if errors.count else EXIT_OK)


def _stem(name: str) -> str:
    from pathlib import Path

    return Path(name).stem
