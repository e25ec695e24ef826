"""The map in headless Chromium (Debian's /usr/bin/chromium through Playwright).

CDN requests are answered from ``tests/browser/node_modules`` (``npm ci --prefix
tests/browser``: the exact versions folium 0.20.0 pins), tile requests get a blank PNG,
and any other request is blocked and fails the test. Every test also fails on console
errors, page errors and dialogs (``alert``), so hostile report text that ran would show.
"""

from __future__ import annotations

import mimetypes
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from shapely.geometry import box

from geoevents.assets import AssetCache, default_asset_urls, npm_file
from geoevents.frame import events_to_gdf
from geoevents.models import Event
from geoevents.webmap import make_map, save_map
from tests.factories import darnytskyi_event, national_tally

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
NODE_MODULES = Path(__file__).resolve().parent / "browser" / "node_modules"
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
TILE = re.compile(r"/\d+/\d+/\d+(?:@2x)?\.png(?:\?.*)?$")
READY = "[data-geoevents-state=ready]"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed at /usr/bin/chromium")
    if not (NODE_MODULES / "leaflet" / "package.json").exists():
        pytest.skip("npm test assets missing: run `npm ci --prefix tests/browser`")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def local_copy(url: str) -> Path | None:
    """The node_modules file standing in for a CDN URL (jsDelivr's ``.min`` builds: the source)."""
    found = npm_file(url)
    if found is None:
        return None
    path = NODE_MODULES / found.package / found.path
    if not path.exists():
        path = path.with_name(re.sub(r"\.min\.(js|css)$", r".\1", path.name))
    return path if path.is_file() else None


@dataclass
class Page:
    """A Playwright page plus what went wrong on it."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)

    def open(self, path: Path, fragment: str = "") -> Page:
        self.page.goto(path.as_uri() + fragment)
        self.page.wait_for_selector(READY, state="attached", timeout=30_000)
        return self

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def choose_night(self, index: int) -> None:
        date_value = self.js(f"window.geoevents.nights[{index}][0]")
        self.page.select_option(".ge-night-select", str(index))
        self.page.wait_for_selector(
            f'[data-geoevents-night="{date_value}"][data-geoevents-state=ready]', state="attached"
        )

    def shown_places(self) -> list[str]:
        return sorted(self.js("window.geoevents.entries.map(e => e.name)"))

    def open_popup_of(self, name: str) -> str:
        """Centre the map on a marker, click it with the mouse, return the popup's text."""
        self.js(
            """name => { const g = window.geoevents;
            const e = g.entries.find(x => x.name === name);
            g.map.setView(e.marker.getLatLng(), 12, {animate: false}); }""",
            name,
        )
        for _attempt in range(2):
            # let the canvas re-project and redraw before clicking (hit tests use drawn positions)
            self.js("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
            box_ = self.page.locator(".folium-map").bounding_box()
            point = self.js(
                """name => { const g = window.geoevents;
                const e = g.entries.find(x => x.name === name);
                const p = g.map.latLngToContainerPoint(e.marker.getLatLng());
                return [p.x, p.y]; }""",
                name,
            )
            self.page.mouse.click(box_["x"] + point[0], box_["y"] + point[1])
            try:  # a loaded machine (CI, parallel runs) can take seconds to open a popup
                self.page.wait_for_selector(".ge-popup", timeout=20_000)
                break
            except Exception:  # Playwright's TimeoutError
                opened = (
                    "x => window.geoevents.entries.find(e => e.name === x).marker.isPopupOpen()"
                )
                if self.js(opened, name):
                    break
        else:
            pytest.fail(f"no popup after clicking {name!r}")
        return self.page.inner_text(".ge-popup")


@pytest.fixture
def new_page(browser: Any) -> Iterator[Callable[..., Page]]:
    contexts: list[Any] = []
    pages: list[Page] = []

    def make(*, offline: bool = False) -> Page:
        context = browser.new_context(viewport={"width": 1200, "height": 800}, offline=offline)
        contexts.append(context)
        page = context.new_page()
        state = Page(page)
        page.on(
            "console",
            lambda m: (
                state.errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None
            ),
        )
        page.on("pageerror", lambda e: state.errors.append(f"page error: {e}"))
        page.on("dialog", lambda d: (state.dialogs.append(d.message), d.dismiss()))

        def route(r: Any) -> None:
            url = r.request.url
            state.requested.append(url)
            if url.startswith(("file:", "data:")):
                r.continue_()
                return
            copy = None if offline else local_copy(url)
            if copy is not None:
                r.fulfill(
                    body=copy.read_bytes(),
                    content_type=mimetypes.guess_type(copy.name)[0] or "text/plain",
                )
            elif not offline and TILE.search(url):
                r.fulfill(body=BLANK_PNG, content_type="image/png")
            else:
                state.blocked.append(url)
                r.abort()

        page.route("**/*", route)
        pages.append(state)
        return state

    yield make
    for state in pages:
        assert state.errors == [], state.errors
        assert state.dialogs == [], f"a dialog opened: report text ran as code: {state.dialogs}"
        assert state.blocked == [], f"unexpected requests: {state.blocked}"
    for context in contexts:
        context.close()


# ----------------------------------------------------------------------------- data


def event(**kw: Any) -> Event:
    return darnytskyi_event(**kw)


def three_nights() -> gpd.GeoDataFrame:
    return events_to_gdf(
        [
            event(event_id="a", killed=1, wounded=4),
            event(
                event_id="b",
                place="Obolonskyi",
                district="Obolonskyi",
                lat=50.5,
                lon=30.5,
                weapon_class="missile",
                evidence=["A missile struck Obolonskyi district."],
                wounded=2,
            ),
            national_tally(event_id="c"),
            event(
                event_id="d",
                night="2025-07-04",
                attacker="Ukraine",
                country="RU",
                admin1="Rostov Oblast",
                district=None,
                place="Taganrog",
                place_level="city",
                lat=47.22,
                lon=38.9,
                evidence=["Drones attacked Taganrog overnight."],
            ),
            event(
                event_id="e2",
                night="2025-07-05",
                admin1="Kharkiv Oblast",
                district=None,
                place="Kharkiv",
                place_level="city",
                lat=49.99,
                lon=36.23,
                weapon_class="both",
                killed=3,
                evidence=["Drones and missiles hit Kharkiv."],
            ),
        ]
    )


def unit_polygons() -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    districts = gpd.GeoDataFrame(
        {"name_en": ["Darnytskyi", "Obolonskyi"]},
        geometry=[box(30.55, 50.35, 30.75, 50.47), box(30.4, 50.47, 30.6, 50.56)],
        crs="EPSG:4326",
    )
    regions = gpd.GeoDataFrame(
        {"name_en": ["Kyiv", "Rostov Oblast", "Kharkiv Oblast"]},
        geometry=[
            box(30.2, 50.2, 30.9, 50.6),
            box(38.0, 46.0, 44.0, 50.2),
            box(34.8, 48.5, 38.0, 50.5),
        ],
        crs="EPSG:4326",
    )
    return districts, regions


def write(tmp_path: Path, gdf: gpd.GeoDataFrame, name: str = "map.html", **kw: Any) -> Path:
    path = tmp_path / name
    save_map(make_map(gdf, **kw), path)
    return path


# ----------------------------------------------------------------------------- tests


def test_one_layer_per_night_latest_first(new_page: Callable[..., Page], tmp_path: Path) -> None:
    page = new_page().open(write(tmp_path, three_nights(), title="Attacks"))
    options = page.js(
        "[...document.querySelectorAll('.ge-night-select option')].map(o => o.textContent)"
    )
    assert len(options) == 3 == page.js("window.geoevents.nights.length")
    assert options[0] == (
        "Night of 3–4 Jul 2025 — 550 drones, 11 missiles launched; 500 drones downed; "
        "1 killed, 6 wounded; 2 places hit"
    )
    assert page.js("document.querySelector('.ge-night-select').value") == "2"
    assert page.js("document.querySelector('.folium-map').dataset.geoeventsNight") == "2025-07-05"
    assert page.shown_places() == ["Kharkiv"]
    assert page.js("document.querySelectorAll('.ge-night-select optgroup').length") == 1
    assert page.js("document.title") == "Attacks"


def test_switching_nights_shows_only_that_nights_markers(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    page = new_page().open(write(tmp_path, three_nights()))
    page.choose_night(0)
    assert page.shown_places() == ["Darnytskyi", "Obolonskyi"]
    assert (
        page.js("window.geoevents.eventsLayer.getLayers().length") == 1
    )  # one night's layer at a time
    assert page.js("window.geoevents.eventsLayer.getLayers()[0].getLayers().length") == 2
    page.page.click(".ge-next")
    page.page.wait_for_selector(
        '[data-geoevents-night="2025-07-04"][data-geoevents-state=ready]', state="attached"
    )
    assert page.shown_places() == ["Taganrog"]
    page.js(
        "() => { const s = document.querySelector('.ge-slider'); s.value = '0';"
        " s.dispatchEvent(new Event('input')); }"
    )
    page.page.wait_for_selector(
        '[data-geoevents-night="2025-07-03"][data-geoevents-state=ready]', state="attached"
    )
    assert page.shown_places() == ["Darnytskyi", "Obolonskyi"]


def test_url_fragment_selects_a_night(new_page: Callable[..., Page], tmp_path: Path) -> None:
    page = new_page().open(write(tmp_path, three_nights()), "#night=2025-07-04")
    assert page.shown_places() == ["Taganrog"]


def test_popup_shows_place_figures_evidence_and_source(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    page = new_page().open(write(tmp_path, three_nights()))
    page.choose_night(0)
    text = page.open_popup_of("Darnytskyi")
    assert "Darnytskyi" in text and "Kyiv" in text and "Night of 3–4 Jul 2025" in text
    assert "1 killed, 4 wounded" in text and "Drones hit a house in Darnytskyi." in text
    assert (
        page.js("document.querySelector('.ge-popup a.ge-source').href") == "https://example.org/a"
    )


def test_colocated_reports_share_a_marker_and_all_stay_reachable(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    reports = [
        event(
            event_id=f"r{i}",
            evidence=[f"Report number {i} about Darnytskyi."],
            source_url=f"https://example.org/{i}",
        )
        for i in range(150)
    ]
    page = new_page().open(write(tmp_path, events_to_gdf(reports)))
    assert page.js("window.geoevents.eventsLayer.getLayers()[0].getLayers().length") == 1
    text = page.open_popup_of("Darnytskyi (150 reports)")
    assert "150 reports at this place" in text and "Report number 99 " in text
    assert "Report number 149 " not in text
    page.page.click(".ge-more")
    assert "Report number 149 about Darnytskyi." in page.page.inner_text(".ge-popup")


def test_legend_and_summary_change_with_the_night(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    districts, regions = unit_polygons()
    page = new_page().open(write(tmp_path, three_nights(), districts=districts, regions=regions))
    page.choose_night(0)
    panel0, legend0 = page.page.inner_text(".ge-panel"), page.page.inner_text(".ge-legend")
    assert "Drones launched\t550" in panel0 and "Places hit\t2" in panel0 and "Wounded\t6" in panel0
    assert "Legend — Night of 3–4 Jul 2025" in legend0
    assert page.js("document.querySelector('[data-unit-layer=d]').textContent").endswith(
        "1 (2)none (0)"
    )
    page.choose_night(1)
    panel1, legend1 = page.page.inner_text(".ge-panel"), page.page.inner_text(".ge-legend")
    assert "Drones launched" not in panel1 and "Places hit\t1" in panel1
    assert "Legend — Night of 4–5 Jul 2025" in legend1 and legend1 != legend0
    assert "none (2)" in page.js("document.querySelector('[data-unit-layer=d]').textContent")
    page.page.check(".ge-legend-metric input[value=casualties]")
    assert "killed + wounded this night" in page.page.inner_text(".ge-legend")


def test_choropleth_colours_follow_the_night(new_page: Callable[..., Page], tmp_path: Path) -> None:
    districts, regions = unit_polygons()
    page = new_page().open(write(tmp_path, three_nights(), districts=districts, regions=regions))
    fills = "window.geoevents.unitLayers[1].polygons.map(p => p.options.fillOpacity)"
    page.choose_night(0)
    assert page.js(fills) == [0.55, 0, 0]
    page.choose_night(1)
    assert page.js(fills) == [0, 0.55, 0]


def test_search_finds_a_place_and_opens_it(new_page: Callable[..., Page], tmp_path: Path) -> None:
    page = new_page().open(write(tmp_path, three_nights()))
    page.choose_night(0)
    page.page.fill(".ge-search-input", "obol")
    page.page.click(".ge-result")
    page.page.wait_for_selector(".ge-popup")
    assert "A missile struck Obolonskyi district." in page.page.inner_text(".ge-popup")


def test_hostile_report_never_runs_and_shows_as_text(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    hostile = (
        "</script><script>alert('script')</script><img src=x onerror=alert('img')>"
        "\"'><svg onload=alert('svg')> `${alert('template')}` {{ 7*7 }} "
        "<a href=javascript:alert(1)>x</a>"
    )
    reports = [
        event(
            event_id="h1",
            place=hostile,
            district=hostile,
            evidence=[hostile],
            source_id=hostile,
            source_url="javascript:alert('link')",
        ),
        event(
            event_id="h2",
            place="Obolonskyi" + hostile,
            lat=50.5,
            lon=30.5,
            evidence=["quote"],
            source_url="https://example.org/\"><svg onload=alert('href')>",
        ),
    ]
    page = new_page().open(write(tmp_path, events_to_gdf(reports), title=hostile))
    text = page.open_popup_of(hostile)
    assert hostile in text
    assert (
        page.js(
            "document.querySelectorAll('.ge-popup script, .ge-popup img, .ge-popup svg').length"
        )
        == 0
    )
    assert (
        page.js("document.querySelectorAll('.ge-popup a').length") == 0
    )  # javascript: never becomes a link
    page.page.keyboard.press("Escape")
    page.js("window.geoevents.map.closePopup()")
    page.open_popup_of("Obolonskyi" + hostile)
    link = page.js(
        "(() => { const a = document.querySelector('.ge-popup a');"
        " return [a.getAttribute('href'), a.attributes.length]; })()"
    )
    assert link == ["https://example.org/\"><svg onload=alert('href')>", 4]
    page.page.fill(".ge-search-input", "svg onload")
    assert page.js("document.querySelectorAll('.ge-results svg, .ge-results img').length") == 0
    assert page.js("document.title") == hostile
    assert page.js("document.querySelector('.ge-title').textContent") == hostile
    page.page.hover(".ge-result")  # tooltip and search results hold text only


def test_no_tiles_mode_draws_outlines(new_page: Callable[..., Page], tmp_path: Path) -> None:
    _, regions = unit_polygons()
    page = new_page().open(write(tmp_path, three_nights(), tiles=None, regions=regions))
    assert page.js("document.querySelector('.folium-map').classList.contains('ge-notiles')")
    assert page.js("window.geoevents.unitLayers[0].polygons.map(p => p.options.fillOpacity)") == [
        1,
        1,
        0.55,
    ]
    assert page.page.inner_text(".ge-notice") == ""
    assert page.js("document.querySelectorAll('.leaflet-control-minimap').length") == 1
    bare = new_page().open(write(tmp_path, three_nights(), "bare.html", tiles=None))
    assert "no boundary polygons" in bare.page.inner_text(".ge-notice")


def test_basemap_switch_offers_no_tiles(new_page: Callable[..., Page], tmp_path: Path) -> None:
    _, regions = unit_polygons()
    page = new_page().open(write(tmp_path, three_nights(), regions=regions))
    assert not page.js("document.querySelector('.folium-map').classList.contains('ge-notiles')")
    labels = page.js(
        "[...document.querySelectorAll('.leaflet-control-layers-base label')]"
        ".map(l => l.textContent.trim())"
    )
    assert labels == ["OpenStreetMap", "No tiles (outlines only)"]
    page.page.hover(".leaflet-control-layers")
    page.page.click("text=No tiles (outlines only)")
    assert page.js("document.querySelector('.folium-map').classList.contains('ge-notiles')")


def test_overview_map(new_page: Callable[..., Page], tmp_path: Path) -> None:
    page = new_page().open(write(tmp_path, three_nights(), overview=True))
    assert page.page.inner_text(".ge-night-title") == "Overview: 3 Jul 2025 – 5 Jul 2025 (3 nights)"
    assert page.js("document.querySelectorAll('.ge-night-select').length") == 0
    assert page.shown_places() == ["Darnytskyi", "Kharkiv", "Obolonskyi", "Taganrog"]
    assert "Hit on 1 night" in page.open_popup_of("Kharkiv")


def test_selector_stays_usable_with_a_thousand_nights(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    start = date(2023, 1, 1)
    reports = [
        event(
            event_id=f"n{i}",
            night=(start + timedelta(days=i)).isoformat(),
            evidence=[f"Attack on night {i}."],
        )
        for i in range(1100)
    ]
    page = new_page().open(write(tmp_path, events_to_gdf(reports)))
    assert page.js("document.querySelectorAll('.ge-night-select option').length") == 1100
    assert page.js("document.querySelectorAll('.ge-night-select optgroup').length") == 37
    assert page.js("document.querySelector('.ge-slider').max") == "1099"
    page.choose_night(500)
    assert "Attack on night 500." in page.open_popup_of("Darnytskyi")


def test_empty_selection_still_opens(new_page: Callable[..., Page], tmp_path: Path) -> None:
    page = new_page().open(write(tmp_path, events_to_gdf([]), tiles=None))
    assert page.page.inner_text(".ge-night-title") == "No events to show"


def test_compressed_page_data(new_page: Callable[..., Page], tmp_path: Path) -> None:
    page = new_page().open(write(tmp_path, three_nights(), compress=True))
    assert page.js("window.geoevents.meta.encoding") == "deflate-base64"
    page.choose_night(0)
    assert page.shown_places() == ["Darnytskyi", "Obolonskyi"]


def test_self_contained_map_works_with_every_request_blocked(
    new_page: Callable[..., Page], tmp_path: Path
) -> None:
    AssetCache(tmp_path / "assets").fetch(default_asset_urls(), from_npm=NODE_MODULES)
    _, regions = unit_polygons()
    path = write(
        tmp_path,
        three_nights(),
        tiles=None,
        regions=regions,
        self_contained=True,
        assets_dir=tmp_path / "assets",
        compress=True,
    )
    page = new_page(offline=True).open(path)
    assert [u for u in page.requested if not u.startswith(("file:", "data:"))] == []
    assert page.shown_places() == ["Kharkiv"]
    assert page.js("typeof L.Control.MiniMap") == "function"
    assert page.js("typeof L.Control.FullScreen") == "function"
    assert page.js("document.querySelectorAll('.leaflet-control-zoom-fullscreen').length") == 1
    assert "Drones and missiles hit Kharkiv." in page.open_popup_of("Kharkiv")


@pytest.mark.shared
def test_real_boundaries_choropleth(
    new_page: Callable[..., Page], tmp_path: Path, shared_dir: Path
) -> None:
    folder = shared_dir / "data" / "boundaries"
    page = new_page().open(
        write(
            tmp_path,
            three_nights(),
            tiles=None,
            districts=folder / "kyiv_districts.geojson",
            regions=[folder / "ukraine_adm1.geojson", folder / "russia_adm1.geojson"],
        )
    )
    assert page.js("window.geoevents.unitLayers.map(u => u.polygons.length)") == [10, 110]
    page.choose_night(0)
    legend = page.js("document.querySelector('[data-unit-layer=d]').textContent")
    assert "none (8)" in legend
    page.choose_night(1)
    assert "none (109)" in page.js("document.querySelector('[data-unit-layer=r]').textContent")
    assert (tmp_path / "map.html").stat().st_size < 400_000


def test_main_job_map_from_the_sample_reports(new_page: Callable[..., Page], tmp_path: Path) -> None:
    """The README's first command: the map the pipeline writes opens cleanly and shows the reports."""
    from click.testing import CliRunner

    from geoevents.cli import cli

    samples = Path(__file__).resolve().parents[1] / "data" / "reports"
    html_path = tmp_path / "maps" / "attacks.html"
    result = CliRunner().invoke(
        cli, ["map", str(samples), "-o", str(html_path), "--geojson", str(tmp_path / "maps" / "events.geojson")]
    )
    assert result.exit_code == 0, result.output
    page = new_page().open(html_path)
    nights = page.js("window.geoevents.nights.map(n => n[0])")
    assert "2025-07-03" in nights and len(nights) >= 5
    page = new_page().open(html_path, "#night=2025-07-03")
    assert page.shown_places() == ["Kyiv", "Rostov Oblast"]
    text = page.open_popup_of("Kyiv")
    assert "23 wounded" in text and "Interior Ministry officials said 23 people in Kyiv were wounded." in text
