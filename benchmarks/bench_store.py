"""Benchmark the event store: ingest throughput and export time per format.

Run from the repository root::

    python benchmarks/bench_store.py            # 1,000 reports; 1,000,000 events
    python benchmarks/bench_store.py --quick    # a smoke run (100 reports; 20,000 events)

It measures

1. ingest: reports/s through ``EventStore.ingest_reports`` (extraction + merge + commit)
   beside extraction alone, and a re-ingest of the same reports (all skipped by hash);
2. bulk add: events/s through ``EventStore.add`` (the importers' path), building the
   store the exports read;
3. read: ``EventStore.events()`` into a GeoDataFrame;
4. export: ``geoevents.exports.export_events`` per format, beside the plain
   ``GeoDataFrame.to_file`` (``to_parquet`` for GeoParquet, which this GDAL lacks) of the
   same frame with list columns as JSON text.

All inputs are synthetic (generated here); nothing is read from the network.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geoevents.exports import _flat_frame, export_events  # noqa: E402
from geoevents.models import Event, Report  # noqa: E402
from geoevents.store import Contribution, EventStore, Source  # noqa: E402

CITIES = [
    "Kyiv",
    "Kharkiv",
    "Odesa",
    "Dnipro",
    "Zaporizhzhia",
    "Lviv",
    "Sumy",
    "Poltava",
    "Mykolaiv",
    "Kherson",
    "Chernihiv",
    "Vinnytsia",
    "Zhytomyr",
    "Kryvyi Rih",
    "Bila Tserkva",
    "Cherkasy",
    "Rivne",
    "Ternopil",
]
DISTRICTS = [
    "Holosiivskyi",
    "Solomianskyi",
    "Darnytskyi",
    "Shevchenkivskyi",
    "Obolonskyi",
    "Podilskyi",
]


def synthetic_reports(n: int, seed: int = 7) -> list[Report]:
    """``n`` short reports in our own words: national tallies and local impacts."""
    rng = random.Random(seed)
    reports = []
    for i in range(n):
        day = 1 + (i // 4) % 28
        month = 1 + (i // 112) % 12
        city, other = rng.sample(CITIES, 2)
        district = rng.choice(DISTRICTS)
        text = (
            f"Overnight, Russia launched {rng.randint(20, 400)} Shahed drones and {rng.randint(0, 40)} missiles "
            f"at Ukraine; air defence shot down {rng.randint(10, 300)} drones. "
            f"In {city}, {rng.randint(1, 12)} people were injured and a residential building was damaged. "
            f"In Kyiv, debris fell in the {district} district. "
            f"One person was killed in {other}, the regional governor said."
        )
        published = f"2025-{month:02d}-{day:02d}T{8 + i % 10:02d}:00:00+03:00"
        reports.append(
            Report(source_id=f"bench-{i}", text=text, published=published, outlet=f"Outlet {i % 9}")
        )
    return reports


def synthetic_contributions(n: int, seed: int = 11) -> tuple[list[Source], list[Contribution]]:
    """``n`` distinct events (one source each) with realistic fields and coordinates in Ukraine."""
    rng = random.Random(seed)
    sources, contributions = [], []
    for i in range(n):
        source = Source(
            report_hash=f"bulk-{i}",
            source_id=f"bulk-{i}",
            kind="dataset",
            dataset="bench",
            published="2025-01-01T09:00:00+03:00",
        )
        killed = rng.choice([None, None, 0, 1, 2, 5])
        event = Event(
            night=f"{2022 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            time_precision=1,
            attacker="Russia",
            country="UA",
            admin1="Kharkiv Oblast",
            place=f"Place {i}",
            place_level="village",
            geo_precision=1,
            killed=killed,
            wounded=rng.choice([None, 1, 3]),
            drones_launched=rng.choice([None, 10, 120]),
            damage=rng.choice([[], ["residential"], ["energy", "rail"]]),
            weapon_class=rng.choice(["drone", "missile"]),
            role="incident",
            source_id=source.source_id,
            published=source.published,
            evidence=[f"Synthetic sentence number {i} about an attack."],
            spans=[{"field": "place", "start": 0, "end": 5, "text": "Place"}],
            place_id=f"bench-{i}",
            lat=44.5 + rng.random() * 7.5,
            lon=22.5 + rng.random() * 17.5,
            geocode_source="bench",
        )
        sources.append(source)
        contributions.append(Contribution(event=event, source=source, dataset_rows=str(i + 1)))
    return sources, contributions


def timed(func: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = func()
    return time.perf_counter() - start, value


def _baseline(gdf: Any, path: Path, suffix: str) -> None:
    flat = _flat_frame(gdf)
    if suffix == ".parquet":
        flat.to_parquet(path)
        return
    driver = {".geojson": "GeoJSON", ".gpkg": "GPKG", ".csv": "CSV", ".kml": "KML"}[suffix]
    options = {"layer_options": {"GEOMETRY": "AS_XY"}} if suffix == ".csv" else {}
    flat.to_file(path, driver=driver, engine="pyogrio", **options)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="small smoke run")
    parser.add_argument(
        "--reports", type=int, help="reports to ingest (default 1000; 100 with --quick)"
    )
    parser.add_argument(
        "--events", type=int, help="events to export (default 1,000,000; 20,000 with --quick)"
    )
    args = parser.parse_args(argv)
    n_reports = args.reports or (100 if args.quick else 1000)
    n_events = args.events or (20_000 if args.quick else 1_000_000)
    rows: list[tuple[str, str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="geoevents-bench-") as tmp:
        folder = Path(tmp)
        from geoevents.gazetteer import Gazetteer
        from geoevents.pipeline import events_from_reports

        gaz = Gazetteer.bundled()
        reports = synthetic_reports(n_reports)
        events_from_reports(reports[:2], gazetteer=gaz)  # warm caches
        t_extract, extracted = timed(lambda: events_from_reports(reports, gazetteer=gaz))
        rows.append(
            (
                "extract only (no store)",
                f"{n_reports} reports",
                f"{t_extract:.2f}",
                f"{n_reports / t_extract:,.0f} reports/s ({len(extracted):,} events)",
            )
        )
        store = EventStore(folder / "ingest.gpkg")
        t_ingest, summary = timed(lambda: store.ingest_reports(reports, gazetteer=gaz))
        rows.append(
            (
                "ingest (extract + merge + commit)",
                f"{n_reports} reports",
                f"{t_ingest:.2f}",
                f"{n_reports / t_ingest:,.0f} reports/s ({summary.new} new, {summary.merged} merged events)",
            )
        )
        t_again, again = timed(lambda: store.ingest_reports(reports, gazetteer=gaz))
        rows.append(
            (
                "re-ingest (all already stored)",
                f"{n_reports} reports",
                f"{t_again:.2f}",
                f"{n_reports / t_again:,.0f} reports/s ({again.sources_skipped} skipped)",
            )
        )
        store.close()

        sources, contributions = synthetic_contributions(n_events)
        bulk = EventStore(folder / "bulk.gpkg")
        t_add, _ = timed(lambda: bulk.add(sources, contributions))
        rows.append(
            (
                "bulk add (importer path)",
                f"{n_events:,} events",
                f"{t_add:.1f}",
                f"{n_events / t_add:,.0f} events/s",
            )
        )
        sources, contributions = [], []  # free memory before reading back
        t_read, gdf = timed(bulk.events)
        rows.append(
            (
                "read store -> GeoDataFrame",
                f"{n_events:,} events",
                f"{t_read:.1f}",
                f"{n_events / t_read:,.0f} events/s",
            )
        )
        bulk.close()
        size_store = (folder / "bulk.gpkg").stat().st_size / 1e6
        rows.append(("store file size", f"{n_events:,} events", "-", f"{size_store:,.0f} MB"))

        exports: list[tuple[str, float, float, float]] = []
        for suffix in (".geojson", ".gpkg", ".parquet", ".csv", ".kml"):
            ours = folder / f"ours{suffix}"
            base = folder / f"base{suffix}"
            t_ours, _ = timed(lambda s=suffix, p=ours: export_events(gdf, p))
            t_base, _ = timed(lambda s=suffix, p=base: _baseline(gdf, p, s))
            exports.append((suffix, t_ours, t_base, ours.stat().st_size / 1e6))
            ours.unlink()
            base.unlink()

    print(
        f"geoevents store benchmark ({'quick' if args.quick else 'full'}; python {sys.version.split()[0]})"
    )
    print()
    width = max(len(r[0]) for r in rows)
    print(f"{'step':<{width}}  {'size':>16}  {'seconds':>8}  rate")
    for name, size, seconds, rate in rows:
        print(f"{name:<{width}}  {size:>16}  {seconds:>8}  {rate}")
    print()
    print(f"export of {n_events:,} events")
    print(f"{'format':<10}  {'export_events s':>15}  {'to_file s':>10}  {'file MB':>8}")
    for suffix, t_ours, t_base, size in exports:
        label = "to_parquet" if suffix == ".parquet" else ""
        print(f"{suffix:<10}  {t_ours:>15.1f}  {t_base:>10.1f}  {size:>8.0f}  {label}".rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
