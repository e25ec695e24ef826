"""Benchmark of ``geoevents.webmap``: build time, HTML bytes per event, first paint.

Run ``python benchmarks/bench_map.py`` (``--quick`` for 10k events only). For N = 10k,
100k and 1M synthetic events over 1,000 nights it builds the map (``make_map`` +
``save_map``, with the Kyiv-district and region polygons of ../shared when present),
measures the HTML size, and opens the file in headless Chromium (``/usr/bin/chromium``;
CDN files answered from ``tests/browser/node_modules``, tiles blank, nothing else reaches
the network) to time the first paint of the first night's markers. It does the same for
the naive folium map (one ``CircleMarker`` per event in one ``FeatureGroup`` per night,
with a ``LayerControl``), in a subprocess with a time cap, at the sizes it can finish.

Synthetic events (seeded, no network):

Places are the curated gazetteer (``data/gazetteer/places.csv``: Kyiv districts and
neighbourhoods, Ukrainian oblasts and cities, Russian regions and districts) plus
"villages" scattered around its towns, so that a night names a few hundred distinct places
out of a few thousand, as real nights do. Attacks are weighted towards Kyiv, Kharkiv,
Odesa, the front-line oblasts and the Russian border regions.

How reports turn into events (what decides the size of the string tables):

* one night has several reports (one source URL and id each), about
  ``events_per_report`` events per report;
* each event quotes one evidence sentence of its report; on average
  ``events_per_sentence`` events share a sentence (a sentence such as "drones hit
  Darnytskyi, Dniprovskyi and Obolonskyi districts" yields three events). With
  ``events_per_sentence=1`` every event has its own sentence (the worst case);
* sentences are ~130 characters of random words from a 2,000-word vocabulary (so they
  compress like prose, not like a template);
* each night also has one country-level tally per attacked country (drones and missiles
  launched/downed), which the map must not draw as a place.
"""

from __future__ import annotations

import argparse
import csv
import mimetypes
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import geopandas as gpd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PLACES_CSV = ROOT / "data" / "gazetteer" / "places.csv"
BOUNDARIES = ROOT.parent / "shared" / "data" / "boundaries"
NODE_MODULES = ROOT / "tests" / "browser" / "node_modules"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
BLANK_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c"
    "6360000002000001e221bc330000000049454e44ae426082"
)
SIZES = (10_000, 100_000, 1_000_000)

_REGION_WEIGHTS = {
    "Kyiv": 30.0,
    "Kharkiv Oblast": 12.0,
    "Odesa Oblast": 8.0,
    "Dnipropetrovsk Oblast": 6.0,
    "Zaporizhzhia Oblast": 5.0,
    "Sumy Oblast": 5.0,
    "Donetsk Oblast": 4.0,
    "Kyiv Oblast": 4.0,
    "Rostov Oblast": 4.0,
    "Belgorod Oblast": 4.0,
    "Kursk Oblast": 3.0,
    "Bryansk Oblast": 3.0,
    "Krasnodar Krai": 2.0,
    "Voronezh Oblast": 2.0,
    "Crimea": 2.0,
    "Lviv Oblast": 1.5,
}
_WEAPONS = np.array(["drone", "missile", "both", "unknown"], dtype=object)
_DAMAGE = ("residential", "energy", "rail", "industrial", "civilian infrastructure", "vehicles")


def _places(extra_villages: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    with PLACES_CSV.open(encoding="utf-8") as fh:
        rows = [
            r
            for r in csv.DictReader(fh)
            if r["country"] in ("UA", "RU") and r["place_level"] != "country" and r["admin1"]
        ]
    names = [r["name"] for r in rows]
    admin1 = [r["admin1"] for r in rows]
    district = [r["district"] or None for r in rows]
    country = [r["country"] for r in rows]
    level = [r["place_level"] for r in rows]
    lat = [float(r["lat"]) for r in rows]
    lon = [float(r["lon"]) for r in rows]
    towns = [
        i
        for i, r in enumerate(rows)
        if r["place_level"] in ("city", "district") and r["admin1"] != "Kyiv"
    ]
    for k in range(extra_villages):
        base = towns[int(rng.integers(len(towns)))]
        names.append(f"Village {k:05d}")
        admin1.append(admin1[base])
        district.append(None)
        country.append(country[base])
        level.append("village")
        lat.append(lat[base] + float(rng.normal(0, 0.25)))
        lon.append(lon[base] + float(rng.normal(0, 0.35)))
    weights = np.array([_REGION_WEIGHTS.get(a, 0.3) for a in admin1], dtype=float)
    weights *= np.array([3.0 if lv == "district" else 1.0 for lv in level])
    counts: dict[str, int] = {}
    for a in admin1:
        counts[a] = counts.get(a, 0) + 1
    weights /= np.array(
        [counts[a] for a in admin1], dtype=float
    )  # weight per region, not per place
    return {
        "name": np.array(names, dtype=object),
        "admin1": np.array(admin1, dtype=object),
        "district": np.array(district, dtype=object),
        "country": np.array(country, dtype=object),
        "level": np.array(level, dtype=object),
        "lat": np.array(lat),
        "lon": np.array(lon),
        "weight": weights / weights.sum(),
    }


def _sentences(count: int, rng: np.random.Generator) -> np.ndarray:
    letters = np.array(list("etaoinshrdlucmfwypvbgk"))
    vocabulary = np.array(
        ["".join(rng.choice(letters, size=int(rng.integers(2, 10)))) for _ in range(2000)]
    )
    zipf = 1.0 / np.arange(1, len(vocabulary) + 1)
    words = rng.choice(vocabulary, size=(count, 22), p=zipf / zipf.sum())
    return np.array([" ".join(w).capitalize()[:130] + "." for w in words], dtype=object)


def make_events(
    n: int,
    *,
    nights: int = 1000,
    events_per_sentence: float = 3.0,
    events_per_report: float = 12.0,
    extra_villages: int = 3000,
    seed: int = 0,
    start: date = date(2023, 1, 1),
) -> gpd.GeoDataFrame:
    """``n`` local events (plus one national tally per country and night) over ``nights`` nights.

    Built column-wise (no :class:`~geoevents.models.Event` objects), with the events
    schema of :mod:`geoevents.frame`.
    """
    import geopandas as gpd
    import pandas as pd

    from geoevents.frame import EVENT_COLUMNS

    rng = np.random.default_rng(seed)
    places = _places(extra_villages, rng)
    night_weight = rng.gamma(0.6, 1.0, size=nights)
    night_idx = np.sort(rng.choice(nights, size=n, p=night_weight / night_weight.sum()))
    place_idx = rng.choice(len(places["name"]), size=n, p=places["weight"])
    # Reports and sentences: consecutive events of a night share them.
    report_of = np.cumsum(rng.random(n) < 1.0 / events_per_report)
    report_of += np.concatenate(
        [[0], np.cumsum(np.diff(night_idx) > 0)]
    )  # a new night starts a report
    sentence_of = np.cumsum(rng.random(n) < 1.0 / events_per_sentence)
    sentence_of += np.concatenate([[0], np.cumsum(np.diff(report_of) > 0)])
    sentences = _sentences(int(sentence_of.max()) + 1, rng)
    night_dates = np.array(
        [(start + timedelta(days=int(d))).isoformat() for d in range(nights)], dtype=object
    )
    country = places["country"][place_idx]
    attacker = np.where(country == "RU", "Ukraine", "Russia").astype(object)
    attacker[rng.random(n) < 0.05] = None
    killed = np.where(rng.random(n) < 0.08, rng.geometric(0.4, n) - 1, -1)
    wounded = np.where(rng.random(n) < 0.2, rng.geometric(0.25, n) - 1, -1)
    damage_pick = rng.random((n, len(_DAMAGE))) < np.array([0.35, 0.15, 0.05, 0.08, 0.1, 0.1])
    role = np.where(
        rng.random(n) < 0.9, "incident", np.where(rng.random(n) < 0.5, "rollup", "listed")
    )
    frame = pd.DataFrame(
        {
            "event_id": [f"e{k}" for k in range(n)],
            "night": night_dates[night_idx],
            "attacker": attacker,
            "country": country,
            "admin1": places["admin1"][place_idx],
            "district": places["district"][place_idx],
            "place": places["name"][place_idx],
            "place_level": places["level"][place_idx],
            "killed": pd.array(np.where(killed >= 0, killed, 0), dtype="Int64"),
            "wounded": pd.array(np.where(wounded >= 0, wounded, 0), dtype="Int64"),
            "damage": [[_DAMAGE[j] for j in np.flatnonzero(row)] for row in damage_pick],
            "weapon_class": rng.choice(_WEAPONS, size=n, p=[0.6, 0.15, 0.1, 0.15]),
            "role": role.astype(object),
            "source_id": [f"outlet{r % 7}-{r}" for r in report_of],
            "source_url": [
                f"https://news{r % 7}.example.org/{night_dates[night_idx[k]]}/attack-report-{r}"
                for k, r in enumerate(report_of)
            ],
            "evidence": [[s] for s in sentences[sentence_of]],
        }
    )
    frame.loc[killed < 0, "killed"] = pd.NA
    frame.loc[wounded < 0, "wounded"] = pd.NA
    lon = np.round(places["lon"][place_idx], 5)
    lat = np.round(places["lat"][place_idx], 5)
    tallies = _tallies(night_dates, rng)
    frame = pd.concat([frame, tallies], ignore_index=True)
    lon = np.concatenate([lon, np.full(len(tallies), np.nan)])
    lat = np.concatenate([lat, np.full(len(tallies), np.nan)])
    for column in EVENT_COLUMNS:
        if column not in frame:
            frame[column] = None
    frame = frame[EVENT_COLUMNS]
    geometry = gpd.points_from_xy(lon, lat, crs="EPSG:4326")
    geometry[np.isnan(lon)] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


def _tallies(night_dates: np.ndarray, rng: np.random.Generator) -> object:
    import pandas as pd

    rows = []
    for night in night_dates:
        for country, attacker in (("UA", "Russia"), ("RU", "Ukraine")):
            launched = int(rng.integers(20, 600))
            rows.append(
                {
                    "event_id": f"tally-{night}-{country}",
                    "night": night,
                    "attacker": attacker,
                    "country": country,
                    "place": {"UA": "Ukraine", "RU": "Russia"}[country],
                    "place_level": "country",
                    "role": "rollup",
                    "drones_launched": launched,
                    "drones_downed": int(launched * 0.85),
                    "missiles_launched": int(rng.integers(0, 20)),
                    "weapon_class": "both",
                    "damage": [],
                    "evidence": [f"{launched} drones were launched overnight."],
                    "source_id": f"airforce-{night}",
                    "source_url": f"https://airforce.example.org/{night}",
                }
            )
    frame = pd.DataFrame(rows)
    for column in ("drones_launched", "drones_downed", "missiles_launched"):
        frame[column] = frame[column].astype("Int64")
    return frame


# ----------------------------------------------------------------------------- maps


def build_geoevents(gdf: gpd.GeoDataFrame, path: Path, boundaries: Path | None) -> dict[str, float]:
    """Build and save the geoevents map; returns build seconds and the night_totals share."""
    import geoevents.webmap as webmap

    spent = {"night_totals": 0.0}
    real = webmap.night_totals

    def timed(frame: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return real(frame)
        finally:
            spent["night_totals"] += time.perf_counter() - t0

    kwargs: dict[str, Any] = {}
    if boundaries is not None:
        kwargs = {
            "districts": boundaries / "kyiv_districts.geojson",
            "regions": [boundaries / "ukraine_adm1.geojson", boundaries / "russia_adm1.geojson"],
        }
    webmap.night_totals = timed
    try:
        t0 = time.perf_counter()
        m = webmap.make_map(gdf, title="benchmark", **kwargs)
        webmap.save_map(m, path)
        build = time.perf_counter() - t0
    finally:
        webmap.night_totals = real
    return {"build": build, "night_totals": spent["night_totals"]}


def build_naive(gdf: gpd.GeoDataFrame, path: Path) -> None:
    """The folium way: one CircleMarker (with a popup) per event, one FeatureGroup per night."""
    import folium

    m = folium.Map(location=[49, 32], zoom_start=5, prefer_canvas=True)
    local = gdf[(gdf["place_level"] != "country") & gdf.geometry.notna()]
    latest = local["night"].max()
    for night, group in local.groupby("night", sort=True):
        layer = folium.FeatureGroup(name=str(night), show=(night == latest)).add_to(m)
        for geom, place, evidence in zip(
            group.geometry, group["place"], group["evidence"], strict=True
        ):
            folium.CircleMarker([geom.y, geom.x], radius=5, popup=f"{place}: {evidence[0]}").add_to(
                layer
            )
    folium.LayerControl().add_to(m)
    m.save(str(path))


def naive_worker(n: int, path: str, nights: int) -> None:
    build_naive(make_events(n, nights=nights), Path(path))


# ----------------------------------------------------------------------------- browser


def _route(route: Any) -> None:
    from geoevents.assets import npm_file

    url = route.request.url
    if url.startswith(("file:", "data:")):
        route.continue_()
        return
    found = npm_file(url)
    if found is not None:
        path = NODE_MODULES / found.package / found.path
        if not path.exists():
            path = path.with_name(re.sub(r"\.min\.(js|css)$", r".\1", path.name))
        if path.is_file():
            route.fulfill(
                body=path.read_bytes(),
                content_type=mimetypes.guess_type(path.name)[0] or "text/plain",
            )
            return
    if re.search(r"/\d+/\d+/\d+(?:@2x)?\.png", url):
        route.fulfill(body=BLANK_PNG, content_type="image/png")
    elif url.endswith((".js", ".css")):
        # folium defaults the naive map loads but never uses (jQuery, Bootstrap, awesome-markers...)
        route.fulfill(
            body=b"", content_type="text/css" if url.endswith(".css") else "text/javascript"
        )
    else:
        route.abort()


def first_paint(browser: Any, path: Path, *, ours: bool, timeout_s: float) -> float | None:
    """Seconds from navigation start to the first frame painted with the markers."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.route("**/*", _route)
    page.add_init_script(
        "window.addEventListener('load', () => requestAnimationFrame(() =>"
        " { window.__painted = performance.now(); }));"
    )
    try:
        page.goto(path.as_uri(), timeout=timeout_s * 1000, wait_until="commit")
        if ours:
            page.wait_for_selector(
                "[data-geoevents-first-paint]", state="attached", timeout=timeout_s * 1000
            )
            value = page.evaluate(
                "Number(document.querySelector('.folium-map').dataset.geoeventsFirstPaint)"
            )
        else:
            page.wait_for_function("window.__painted !== undefined", timeout=timeout_s * 1000)
            value = page.evaluate("window.__painted")
        return float(value) / 1000
    except Exception:  # a page that does not finish within the cap
        return None
    finally:
        context.close()


# ----------------------------------------------------------------------------- run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="10k events only (smoke run)")
    parser.add_argument("--sizes", type=int, nargs="*", help="event counts (default 10k 100k 1M)")
    parser.add_argument("--nights", type=int, default=1000)
    parser.add_argument(
        "--naive-cap", type=float, default=180.0, help="seconds for the naive folium build"
    )
    parser.add_argument(
        "--paint-cap", type=float, default=60.0, help="seconds to wait for a first paint"
    )
    parser.add_argument(
        "--no-boundaries", action="store_true", help="leave out the choropleth polygons"
    )
    parser.add_argument(
        "--no-browser", action="store_true", help="skip the first-paint measurement"
    )
    parser.add_argument("--keep", metavar="DIR", help="keep the HTML files in DIR")
    parser.add_argument("--naive-worker", nargs=2, metavar=("N", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.naive_worker:
        naive_worker(int(args.naive_worker[0]), args.naive_worker[1], args.nights)
        return 0
    sizes = [10_000] if args.quick else (args.sizes or list(SIZES))
    boundaries = None if args.no_boundaries or not BOUNDARIES.exists() else BOUNDARIES
    browser_ok = (
        not args.no_browser and Path(CHROMIUM).exists() and (NODE_MODULES / "leaflet").exists()
    )
    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-map-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(
        " ".join(["python benchmarks/bench_map.py", *(argv if argv is not None else sys.argv[1:])])
    )
    print(
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}; polygons: "
        f"{'Kyiv districts + UA/RU regions' if boundaries else 'none'}; first paint: "
        f"{'headless Chromium' if browser_ok else 'skipped (no chromium or no npm assets)'}"
    )
    rows = []
    naive_capped = False
    playwright = browser = None
    if browser_ok:
        from playwright.sync_api import sync_playwright

        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    try:
        for n in sizes:
            gdf = make_events(n, nights=args.nights)
            path = folder / f"geoevents-{n}.html"
            timing = build_geoevents(gdf, path, boundaries)
            size = path.stat().st_size
            paints = (
                [first_paint(browser, path, ours=True, timeout_s=args.paint_cap) for _ in range(3)]
                if browser
                else []
            )
            paint = (
                statistics.median(p for p in paints if p is not None)
                if any(p is not None for p in paints)
                else None
            )
            rows.append(("geoevents", n, timing["build"], timing["night_totals"], size, paint))
            del gdf
            if naive_capped:
                rows.append(("folium naive", n, None, None, None, None))
                continue
            naive = folder / f"naive-{n}.html"
            t0 = time.perf_counter()
            try:
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--nights",
                        str(args.nights),
                        "--naive-worker",
                        str(n),
                        str(naive),
                    ],
                    check=True,
                    timeout=args.naive_cap,
                )
            except subprocess.TimeoutExpired:
                naive_capped = True
                rows.append(("folium naive", n, None, None, None, None))
                continue
            build = time.perf_counter() - t0
            paint = (
                first_paint(browser, naive, ours=False, timeout_s=args.paint_cap)
                if browser
                else None
            )
            rows.append(("folium naive", n, build, None, naive.stat().st_size, paint))
    finally:
        if browser is not None:
            browser.close()
        if playwright is not None:
            playwright.stop()
    _print_table(rows, args)
    return 0


def _print_table(rows: list[tuple[Any, ...]], args: argparse.Namespace) -> None:
    def num(value: float | None, fmt: str, missing: str) -> str:
        return missing if value is None else format(value, fmt)

    print()
    print(
        f"{'map':<13} {'events':>10} {'build s':>9} {'of which':>10} {'HTML MB':>8} {'B/event':>8} "
        f"{'1st paint s':>11}"
    )
    print(f"{'':<13} {'':>10} {'':>9} {'totals s':>10} {'':>8} {'':>8} {'':>11}")
    for name, n, build, totals, size, paint in rows:
        capped = f">{args.naive_cap:.0f} cap" if build is None and name != "geoevents" else "-"
        print(
            f"{name:<13} {n:>10,} {num(build, '9.1f', capped):>9} {num(totals, '10.1f', '-'):>10} "
            f"{num(size / 1e6 if size else None, '8.1f', '-'):>8} "
            f"{num(size / n if size else None, '8.1f', '-'):>8} "
            f"{num(paint, '11.2f', '-'):>11}"
        )
    print(
        f"\n{args.nights:,} nights; 'of which totals s' is geoevents.stats.night_totals "
        "inside the build; "
        "first paint is the median of 3 loads from file:// (naive: the load event's first frame)."
    )
    print("Targets: 1M events built in <= 10 s, <= 60 bytes per event, first paint <= 2 s.")


if __name__ == "__main__":
    sys.exit(main())
