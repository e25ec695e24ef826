"""Benchmark: gazetteer lookups per second, and assigning many points to polygons.

Usage::

    python benchmarks/bench_geocode.py            # 1,000,000 points, 20,000 lookups
    python benchmarks/bench_geocode.py --quick    # 100,000 points, 5,000 lookups
    python benchmarks/bench_geocode.py --boundaries DIR --points 250000 --no-sjoin

Points are random in Ukraine and western Russia (lon 22–50 E, lat 44–57 N), 3 % of them
inside Kyiv, and are assigned to oblasts/subjects (admin1) and to Kyiv's districts, by
the fast path (:class:`geoevents.boundaries.PolygonIndex`) and by a GeoPandas ``sjoin``
baseline. The target is at most 2 s on one core for a million points. Polygons come
from ``--boundaries`` (default: ``../shared/data/boundaries`` when present, else the
boundaries cache); without them only the lookups run. Single-threaded throughout.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geoevents.boundaries import PolygonIndex, boundaries_dir, load_boundaries  # noqa: E402
from geoevents.gazetteer import Gazetteer  # noqa: E402
from geoevents.geocode import GazetteerGeocoder  # noqa: E402

SHARED_BOUNDARIES = ROOT.parent / "shared" / "data" / "boundaries"
FILES = ("kyiv_districts.geojson", "ukraine_adm1.geojson", "russia_adm1.geojson")
BBOX = (22.0, 44.0, 50.0, 57.0)
KYIV_BBOX = (30.24, 50.21, 30.83, 50.59)
TARGET_S = 2.0

CURATED_QUERIES = [
    "Kyiv",
    "Kiev",
    "Київ",
    "Kharkov",
    "Kharkiv region",
    "Odessa",
    "Dnepr",
    "Nikolaev",
    "Zaporozhye",
    "Darnitsky district",
    "Darnytskyi raion",
    "Kyiv's Darnytskyi district",
    "Shevchenkivskyi district, Kharkiv",
    "Kyiv region",
    "Crimea",
    "Sevastopol",
    "Krasnodar Krai",
    "Belgorod region",
    "Rostov-on-Don",
    "Troieshchyna",
    "near Izium",
    "northern Sumy region",
    "Solomyan district",
    "Holosiiv district",
    "Moscow Oblast",
    "Bryansk Oblast",
    "Xyzzyville",
]


def _timed(func, *args, repeat: int = 1, setup=None, **kwargs):  # type: ignore[no-untyped-def]
    """Best wall time of ``repeat`` runs (``setup`` runs untimed before each)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        result = func(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best, result


def lookup_rows(n_lookups: int, seed: int) -> list[tuple[str, str, str]]:
    start = time.perf_counter()
    gaz = Gazetteer.bundled()
    load_s = time.perf_counter() - start
    rng = random.Random(seed)
    villages = [p for p in gaz.places if not p.is_curated]
    sample = rng.sample(villages, min(2000, len(villages)))
    queries = CURATED_QUERIES + [f"{p.name}, {p.admin1}" for p in sample] + [p.name for p in sample]
    stream = [queries[i % len(queries)] for i in range(n_lookups)]
    rng.shuffle(stream)
    geocoder = GazetteerGeocoder(gaz)
    for query in queries:  # warm the normalisation cache once
        geocoder.search(query)
    rows = [
        (
            "gazetteer load (curated + GeoNames, cache warm)",
            f"{load_s:.2f} s",
            f"{len(gaz):,} places",
        )
    ]

    def run(call):  # type: ignore[no-untyped-def]
        return [call(q) for q in stream]

    for label, call in (
        ("Gazetteer.lookup (name only)", lambda q: gaz.lookup(q.split(",")[0])),
        ("GazetteerGeocoder.resolve (query + context)", geocoder.resolve),
        ("GazetteerGeocoder.geocode (geopy Location)", geocoder.geocode),
    ):
        seconds, results = _timed(run, call, repeat=3)
        hits = sum(1 for r in results if r and (getattr(r, "place", r) is not None))
        rows.append(
            (
                label,
                f"{len(stream) / seconds:,.0f} /s",
                f"{len(stream):,} queries, {hits / len(stream):.0%} hit",
            )
        )
    return rows


def point_rows(
    boundaries: Path | None, n_points: int, seed: int, sjoin: bool
) -> list[tuple[str, str, str]]:
    folder = boundaries
    if folder is None:
        folder = SHARED_BOUNDARIES if SHARED_BOUNDARIES.is_dir() else boundaries_dir()
    paths = [folder / f for f in FILES if (folder / f).is_file()]
    if not paths:
        print(
            f"no boundary files in {folder}: skipping the point benchmark "
            "(run 'geoevents boundaries fetch' or pass --boundaries DIR)",
            file=sys.stderr,
        )
        return []
    layers = load_boundaries(paths)
    if layers.admin1 is None:
        print(f"no admin1 polygons in {folder}: skipping the point benchmark", file=sys.stderr)
        return []
    rng = np.random.default_rng(seed)
    n_kyiv = n_points * 3 // 100
    lon = np.concatenate(
        [
            rng.uniform(BBOX[0], BBOX[2], n_points - n_kyiv),
            rng.uniform(KYIV_BBOX[0], KYIV_BBOX[2], n_kyiv),
        ]
    )
    lat = np.concatenate(
        [
            rng.uniform(BBOX[1], BBOX[3], n_points - n_kyiv),
            rng.uniform(KYIV_BBOX[1], KYIV_BBOX[3], n_kyiv),
        ]
    )
    n_regions = len(layers.admin1)
    n_districts = 0 if layers.districts is None else len(layers.districts)
    size = f"{n_points:,} points, {n_regions} regions + {n_districts} Kyiv districts"

    def fast() -> tuple[np.ndarray, np.ndarray | None]:
        regions = PolygonIndex(layers.admin1.geometry.values).assign(lon, lat)
        districts = None
        if layers.districts is not None:
            districts = PolygonIndex(layers.districts.geometry.values).assign(lon, lat)
        return regions, districts

    def unprepare() -> None:  # time the GEOS preparation too, every run
        import shapely

        for layer in (layers.admin1, layers.districts):
            if layer is not None:
                shapely.destroy_prepared(layer.geometry.values)

    fast_s, (regions, districts) = _timed(fast, repeat=3, setup=unprepare)
    build_s, _ = _timed(
        lambda: PolygonIndex(layers.admin1.geometry.values), repeat=3, setup=unprepare
    )
    verdict = "meets" if fast_s <= TARGET_S * n_points / 1_000_000 else "MISSES"
    rows = [
        (
            "fast path: PolygonIndex (build + assign, both layers)",
            f"{fast_s:.2f} s",
            f"{size}; {n_points / fast_s:,.0f} points/s; {verdict} the {TARGET_S:.0f} s/1M target",
        ),
        (
            "  of which index build (regions)",
            f"{build_s:.3f} s",
            "shapely.prepare + bounds (GEOS builds its index lazily, inside assign)",
        ),
        (
            "  points in a region / in a Kyiv district",
            f"{(regions >= 0).mean():.1%}",
            f"{0 if districts is None else int((districts >= 0).sum()):,} in Kyiv districts",
        ),
    ]
    if sjoin:
        import geopandas as gpd

        def baseline() -> tuple[np.ndarray, np.ndarray | None]:
            points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
            out = []
            for layer in (layers.admin1, layers.districts):
                if layer is None:
                    out.append(None)
                    continue
                right = layer[["geometry"]].assign(_i=np.arange(len(layer)))
                joined = gpd.sjoin(points, right, how="left", predicate="within").sort_values(
                    "_i", kind="stable"
                )
                first = joined[~joined.index.duplicated()]["_i"].reindex(points.index)
                out.append(first.fillna(-1).astype("int64").to_numpy())
            return out[0], out[1]

        slow_s, (slow_regions, slow_districts) = _timed(baseline)
        agree = (slow_regions == regions).mean()
        if districts is not None and slow_districts is not None:
            agree = min(agree, (slow_districts == districts).mean())
        rows.append(
            (
                "baseline: GeoPandas sjoin (points + sjoin, both layers)",
                f"{slow_s:.2f} s",
                f"{n_points / slow_s:,.0f} points/s; fast path is {slow_s / fast_s:.1f}x faster; "
                f"same answer for {agree:.4%}",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="100,000 points and 5,000 lookups")
    parser.add_argument("--points", type=int, help="number of random points (default 1,000,000)")
    parser.add_argument("--lookups", type=int, help="number of name lookups (default 20,000)")
    parser.add_argument(
        "--boundaries", type=Path, help="folder with kyiv_districts/ukraine_adm1/russia_adm1 files"
    )
    parser.add_argument("--no-sjoin", action="store_true", help="skip the GeoPandas sjoin baseline")
    parser.add_argument("--seed", type=int, default=20240601)
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):  # one core, as the target says
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    n_points = args.points or (100_000 if args.quick else 1_000_000)
    n_lookups = args.lookups or (5_000 if args.quick else 20_000)
    rows = lookup_rows(n_lookups, args.seed)
    rows += point_rows(args.boundaries, n_points, args.seed, not args.no_sjoin)
    width = max(len(r[0]) for r in rows)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"geoevents geocoding benchmark (python {sys.version.split()[0]}, pinned to {cores} core(s))"
    )
    print(f"| {'step'.ljust(width)} | result | notes |")
    print(f"|{'-' * (width + 2)}|---:|---|")
    for label, value, note in rows:
        print(f"| {label.ljust(width)} | {value} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
