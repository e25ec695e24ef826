"""The web map without a browser: page data, safety of report text, polygons, assets, CLI."""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import pytest
from click.testing import CliRunner
from shapely.geometry import box

from geoevents.assets import (
    AssetCache,
    AssetMissingError,
    default_asset_urls,
    map_asset_urls,
    npm_file,
)
from geoevents.cli import cli
from geoevents.cli_maps import classify_boundaries
from geoevents.exceptions import ConfigurationError
from geoevents.frame import events_to_gdf
from geoevents.models import Event
from geoevents.webmap import make_map, night_label, render_map, save_map, totals_text
from geoevents.webmap_data import ENCODING_DEFLATE, ENCODING_JSON, script_json, unpack
from geoevents.webmap_units import class_breaks, join_units, prepare_units, unit_key
from tests.factories import darnytskyi_event, national_tally

NODE_MODULES = Path(__file__).resolve().parent / "browser" / "node_modules"
needs_npm = pytest.mark.skipif(
    not (NODE_MODULES / "leaflet" / "package.json").exists(),
    reason="npm test assets missing: run `npm ci --prefix tests/browser`",
)

HOSTILE = (
    "</script><script>alert('x')</script> <img src=x onerror=alert(1)> \"'><svg onload=alert(2)> "
    "`${alert(3)}` {{ 7*7 }} {% if true %}jinja{% endif %} \u2028"
)


def kyiv(**kw: object) -> Event:
    return darnytskyi_event(**{"event_id": "k1", "source_url": "https://example.org/kyiv", **kw})


def sample() -> gpd.GeoDataFrame:
    return events_to_gdf(
        [
            kyiv(killed=2, wounded=5, damage=["residential"]),
            kyiv(
                event_id="k2",
                wounded=7,
                source_id="outlet-2",
                source_url="https://example.org/k2",
                evidence=["Seven people were wounded in Darnytskyi."],
            ),
            kyiv(
                event_id="kh",
                admin1="Kharkiv Oblast",
                district="Shevchenkivskyi",
                place="Shevchenkivskyi",
                lat=50.01,
                lon=36.22,
                weapon_class="missile",
                wounded=3,
                evidence=["A missile hit Kharkiv."],
            ),
            national_tally(
                event_id="ua",
                source_url="https://example.org/kyiv",
                evidence=["Russia launched 550 drones and 11 missiles."],
            ),
            kyiv(
                event_id="nocoord",
                place="Somewhere",
                place_level="village",
                district=None,
                admin1="Kyiv Oblast",
                lat=None,
                lon=None,
            ),
            kyiv(
                event_id="tg",
                night="2025-07-04",
                attacker="Ukraine",
                country="RU",
                admin1="Rostov Oblast",
                district=None,
                place="Taganrog",
                place_level="city",
                lat=47.22,
                lon=38.9,
                evidence=["Drones attacked Taganrog."],
                source_url="https://example.org/tg",
            ),
        ]
    )


def polygons() -> gpd.GeoDataFrame:
    """Squares standing in for a district and regions (real ones: tests reading ../shared)."""
    return gpd.GeoDataFrame(
        {"name_en": ["Darnytskyi", "Shevchenkivskyi"]},
        geometry=[box(30.55, 50.35, 30.75, 50.5), box(30.45, 50.42, 30.55, 50.5)],
        crs="EPSG:4326",
    )


def regions() -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"name_en": ["Kyiv", "Kharkiv Oblast", "Rostov Oblast", "Autonomous Republic of Crimea"]},
        geometry=[
            box(30.2, 50.2, 30.9, 50.6),
            box(34.8, 48.5, 38.0, 50.5),
            box(38.0, 46.0, 44.0, 50.2),
            box(32.5, 44.4, 36.6, 46.2),
        ],
        crs="EPSG:4326",
    )


def page_data(html_text: str) -> tuple[dict, list]:
    """Meta and decoded night blobs of a rendered map."""
    found = re.search(r'<script type="([^"]+)" id="([^"]+)-meta">(.*?)</script>', html_text, re.S)
    assert found
    encoding = ENCODING_JSON if found.group(1) == "application/json" else ENCODING_DEFLATE
    prefix, meta = found.group(2), unpack(found.group(3), encoding)
    assert meta["encoding"] == encoding
    blobs = [
        unpack(b, encoding)
        for b in re.findall(
            rf'<script type="[^"]+" id="{prefix}-n\d+">(.*?)</script>', html_text, re.S
        )
    ]
    return meta, blobs


def expand(meta: dict, blob: dict) -> list[dict]:
    """The events of one night blob, as the browser rebuilds them."""
    places = meta["places"]
    events = [
        {"place": places["n"][p], "kind": meta["kinds"][k]}
        for p, k in zip(blob["p"], blob["k"], strict=True)
    ]
    pos = 0
    for run, length in enumerate(blob.get("r", [])):
        for _ in range(length):
            events[pos]["evidence"] = blob["x"][run]
            events[pos]["source"] = blob["s"][blob["rs"][run]]
            pos += 1
    for field, pairs in blob.get("c", {}).items():
        idx = -1
        for gap, value in zip(pairs[::2], pairs[1::2], strict=True):
            idx += gap
            events[idx][meta["countKeys"][int(field)]] = value
    return events


# ----------------------------------------------------------------------------- labels


def test_night_label_spans_month_and_year() -> None:
    assert night_label("2025-07-03") == "Night of 3–4 Jul 2025"
    assert night_label("2025-07-31") == "Night of 31 Jul – 1 Aug 2025"
    assert night_label("2025-12-31") == "Night of 31 Dec 2025 – 1 Jan 2026"
    assert night_label(None) == "Night unknown"


def test_totals_text() -> None:
    text = totals_text(
        {
            "drones_launched": 1550,
            "missiles_launched": 11,
            "drones_downed": 500,
            "wounded": 23,
            "places_hit": 1,
            "killed": None,
        }
    )
    assert text == "1,550 drones, 11 missiles launched; 500 drones downed; 23 wounded; 1 place hit"


# ----------------------------------------------------------------------------- page data


def test_one_entry_per_night_with_label_and_totals() -> None:
    meta, blobs = page_data(render_map(make_map(sample(), tiles=None)))
    assert [n[0] for n in meta["nights"]] == ["2025-07-03", "2025-07-04"]
    assert len(blobs) == 2
    first = meta["nights"][0]
    assert first[1] == "Night of 3–4 Jul 2025"
    assert first[2].startswith("550 drones, 11 missiles launched; 500 drones downed")
    totals = dict(zip(meta["totalKeys"], first[3], strict=True))
    assert totals["drones_launched"] == 550 and totals["wounded"] == 10  # max per place, summed


def test_country_tallies_and_events_without_coordinates_are_not_drawn() -> None:
    meta, blobs = page_data(render_map(make_map(sample(), tiles=None)))
    assert "Ukraine" not in meta["places"]["n"] and "Somewhere" not in meta["places"]["n"]
    drawn, all_local = meta["nights"][0][4], meta["nights"][0][5]
    assert (drawn, all_local) == (3, 4)
    assert blobs[0]["n"] == 3


def test_events_keep_their_evidence_source_and_figures() -> None:
    meta, blobs = page_data(render_map(make_map(sample(), tiles=None)))
    events = {e["evidence"]: e for e in expand(meta, blobs[0])}
    wounded = events["Seven people were wounded in Darnytskyi."]
    assert wounded["place"] == "Darnytskyi" and wounded["wounded"] == 7
    assert wounded["source"] == ["outlet-2", "https://example.org/k2"]
    first = events["Drones hit a house in Darnytskyi."]
    assert (first["killed"], first["wounded"]) == (2, 5)
    assert meta["damage"] == ["residential"] and first["kind"][3] == [0]
    assert meta["weapons"][events["A missile hit Kharkiv."]["kind"][1]] == "missile"


def test_colocated_events_share_one_place_row() -> None:
    meta, blobs = page_data(render_map(make_map(sample(), tiles=None)))
    assert meta["places"]["n"].count("Darnytskyi") == 1
    assert blobs[0]["p"].count(meta["places"]["n"].index("Darnytskyi")) == 2


@pytest.mark.parametrize("compress", [True, False])
def test_compressed_and_plain_blobs_hold_the_same_data(compress: bool) -> None:
    html_text = render_map(make_map(sample(), tiles=None, compress=compress))
    meta, blobs = page_data(html_text)
    assert meta["encoding"] == (ENCODING_DEFLATE if compress else ENCODING_JSON)
    assert {e["evidence"] for e in expand(meta, blobs[0])} == {
        "Drones hit a house in Darnytskyi.",
        "Seven people were wounded in Darnytskyi.",
        "A missile hit Kharkiv.",
    }


def test_report_text_reaches_the_page_only_as_escaped_json() -> None:
    gdf = events_to_gdf(
        [
            kyiv(
                place=HOSTILE,
                evidence=[HOSTILE],
                source_id=HOSTILE,
                source_url="javascript:alert(1)",
                district=HOSTILE,
                admin1=HOSTILE,
            )
        ]
    )
    html_text = render_map(make_map(gdf, tiles=None, title=HOSTILE))
    for raw in ("<script>alert", "<img src=x", "<svg onload", "</script><script>"):
        assert raw not in html_text
    meta, blobs = page_data(html_text)
    assert meta["places"]["n"] == [HOSTILE]
    event = expand(meta, blobs[0])[0]
    assert event["evidence"] == HOSTILE and event["source"] == [HOSTILE, "javascript:alert(1)"]
    assert "<title>&lt;/script&gt;&lt;script&gt;alert(&#x27;x&#x27;)" in html_text


def test_jinja_in_report_text_is_never_evaluated() -> None:
    """branca re-compiles macro output as a template: report text must not go through one."""
    probe = "{{ cycler.__init__.__globals__.os.getcwd() }} {{ 7*7 }}"
    gdf = events_to_gdf([kyiv(place=probe, evidence=[probe])])
    html_text = render_map(make_map(gdf, tiles=None, title=probe))
    assert str(Path.cwd()) not in html_text
    meta, blobs = page_data(html_text)
    assert meta["places"]["n"] == [probe] and expand(meta, blobs[0])[0]["evidence"] == probe


def test_script_json_escapes_markup_and_separators() -> None:
    text = script_json({"a": "</script>&\u2028"})
    assert text == '{"a":"\\u003c/script\\u003e\\u0026\\u2028"}'


def test_map_loads_only_the_assets_it_uses() -> None:
    urls = map_asset_urls(make_map(sample()))
    assert any("leaflet@1.9.3/dist/leaflet.js" in u for u in urls)
    assert any("leaflet.fullscreen" in u for u in urls) and any(
        "leaflet-minimap" in u for u in urls
    )
    assert not any("jquery" in u or "bootstrap" in u or "awesome" in u for u in urls)
    assert set(urls) <= set(default_asset_urls())


def test_single_night_and_range() -> None:
    meta, _ = page_data(render_map(make_map(sample(), night="2025-07-04", tiles=None)))
    assert [n[0] for n in meta["nights"]] == ["2025-07-04"]
    meta, _ = page_data(
        render_map(make_map(sample(), start="2025-07-04", end="2025-07-30", tiles=None))
    )
    assert [n[0] for n in meta["nights"]] == ["2025-07-04"]
    meta, blobs = page_data(render_map(make_map(sample(), night="2025-08-01", tiles=None)))
    assert [n[0] for n in meta["nights"]] == ["2025-08-01"] and blobs[0]["n"] == 0


@pytest.mark.parametrize("overview", [False, True])
def test_empty_selection(overview: bool) -> None:
    meta, blobs = page_data(render_map(make_map(events_to_gdf([]), overview=overview, tiles=None)))
    assert meta["nights"] == [] and len(blobs) == (1 if overview else 0)


def test_overview_has_one_marker_per_place() -> None:
    meta, blobs = page_data(render_map(make_map(sample(), overview=True, tiles=None)))
    assert meta["mode"] == "overview" and len(blobs) == 1
    assert meta["overview"]["label"] == "Overview: 3 Jul 2025 – 4 Jul 2025 (2 nights)"
    totals = dict(zip(meta["totalKeys"], meta["overview"]["totals"], strict=True))
    assert totals["drones_launched"] == 550 and totals["places_hit"] == 4
    o = blobs[0]["o"]
    names = [meta["places"]["n"][p] for p in o["p"]]
    assert sorted(names) == ["Darnytskyi", "Shevchenkivskyi", "Taganrog"]
    darnytskyi = names.index("Darnytskyi")
    assert o["e"][darnytskyi] == 2 and o["nn"][darnytskyi] == 1 and o["wd"][darnytskyi] == 7


def test_overview_colour_ignores_unstated_attackers() -> None:
    gdf = events_to_gdf(
        [
            kyiv(event_id="a", night="2025-01-01", attacker="Russia"),
            kyiv(event_id="b", night="2025-01-02", attacker=None),
            kyiv(event_id="c", night="2025-01-02", place="Y", lat=51.0, attacker="Russia"),
            kyiv(event_id="d", night="2025-01-03", place="Y", lat=51.0, attacker="Ukraine"),
        ]
    )
    meta, blobs = page_data(render_map(make_map(gdf, overview=True, tiles=None)))
    names = [meta["places"]["n"][p] for p in blobs[0]["o"]["p"]]
    attackers = dict(zip(names, blobs[0]["o"]["a"], strict=True))
    assert attackers == {"Darnytskyi": 0, "Y": -2}  # 0: Russia; -2: several


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"metric": "deaths"}, "metric"),
        ({"night": "2025-07-03", "overview": True}, "single night"),
        ({"start": "03/07/2025"}, "YYYY-MM-DD"),
    ],
)
def test_invalid_options(kwargs: dict, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        make_map(sample(), **kwargs)


def test_adds_to_a_given_map_and_offers_its_tiles() -> None:
    m = folium.Map(tiles="OpenStreetMap")
    assert make_map(sample(), m=m) is m
    assert "GeoeventsMap(" + m.get_name() in m.get_root().render()


# ----------------------------------------------------------------------------- polygons


def test_unit_key_folds_names() -> None:
    assert unit_key("Autonomous Republic of Crimea") == unit_key("Crimea") == "crimea"
    assert unit_key("Komi Republic") == unit_key("Komi")
    assert unit_key("Darnytskyi district") == "darnytskyi"
    assert unit_key("Kyiv Oblast") != unit_key("Kyiv")


def test_join_needs_the_name_and_a_nearby_point() -> None:
    layer = prepare_units(
        polygons(), key="d", title="Districts", join_column="district", tolerance=0.0
    )
    names = np.array(
        ["Darnytskyi", "Shevchenkivskyi", "Shevchenkivskyi", "Darnytskyi district", None],
        dtype=object,
    )
    x = np.array([30.62, 30.5, 36.22, np.nan, 30.6])
    y = np.array([50.43, 50.45, 50.01, np.nan, 50.4])
    assert join_units(layer, names, x, y).tolist() == [0, 1, -1, 0, -1]


def test_choropleth_values_per_night() -> None:
    meta, blobs = page_data(
        render_map(make_map(sample(), districts=polygons(), regions=regions(), tiles=None))
    )
    assert [u["key"] for u in meta["units"]] == ["d", "r"]
    d = blobs[0]["u"]["d"]
    assert d == [0, 2, 9]  # Darnytskyi: 2 events; max killed 2 + max wounded 7 at the one place
    r = dict(
        zip(
            blobs[0]["u"]["r"][::3],
            zip(blobs[0]["u"]["r"][1::3], blobs[0]["u"]["r"][2::3], strict=True),
            strict=True,
        )
    )
    assert r == {0: (2, 9), 1: (1, 3)}
    assert blobs[1]["u"] == {"r": [2, 1, 0]}
    assert meta["units"][1]["breaks"]["events"] == [1, 2]


def test_class_breaks() -> None:
    assert class_breaks(np.array([0, 0])) == []
    assert class_breaks(np.array([5, 5, 5])) == [5]
    assert class_breaks(np.arange(0, 101)) == [21, 41, 61, 81, 100]


@pytest.mark.shared
def test_real_boundaries_join_gazetteer_names(shared_dir: Path) -> None:
    import csv

    folder = shared_dir / "data" / "boundaries"
    regions_layer = prepare_units(
        [folder / "ukraine_adm1.geojson", folder / "russia_adm1.geojson"],
        key="r",
        title="Regions",
        join_column="admin1",
        tolerance=0.005,
    )
    districts_layer = prepare_units(
        folder / "kyiv_districts.geojson",
        key="d",
        title="Districts",
        join_column="district",
        tolerance=0.0005,
    )
    assert len(regions_layer.names) == 27 + 83 and len(districts_layer.names) == 10
    with (Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "places.csv").open(
        encoding="utf-8"
    ) as fh:
        rows = [r for r in csv.DictReader(fh) if r["admin1"] and r["country"] in ("UA", "RU")]
    x = np.array([float(r["lon"]) for r in rows])
    y = np.array([float(r["lat"]) for r in rows])
    joined = regions_layer.join(np.array([r["admin1"] for r in rows], dtype=object), x, y)
    unmatched = sorted({r["admin1"] for r, j in zip(rows, joined, strict=True) if j < 0})
    assert unmatched == [], unmatched
    kyiv_rows = [i for i, r in enumerate(rows) if r["admin1"] == "Kyiv" and r["district"]]
    joined = districts_layer.join(
        np.array([rows[i]["district"] for i in kyiv_rows], dtype=object), x[kyiv_rows], y[kyiv_rows]
    )
    assert (joined >= 0).all()
    kharkiv = [i for i, r in enumerate(rows) if r["admin1"] == "Kharkiv Oblast" and r["district"]]
    assert (
        districts_layer.join(
            np.array([rows[i]["district"] for i in kharkiv], dtype=object), x[kharkiv], y[kharkiv]
        )
        < 0
    ).all()
    size = len(json.dumps(regions_layer.shapes, separators=(",", ":")))
    assert size < 300_000, size


# ----------------------------------------------------------------------------- assets


def test_npm_file_maps_cdn_urls() -> None:
    assert npm_file(
        "https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js"
    ) == (
        npm_file("https://cdn.jsdelivr.net/npm/leaflet.fullscreen@3.0.0/Control.FullScreen.min.js")
    )
    found = npm_file(
        "https://cdnjs.cloudflare.com/ajax/libs/leaflet-minimap/3.6.1/Control.MiniMap.css"
    )
    assert found is not None and (found.package, found.version, found.path) == (
        "leaflet-minimap",
        "3.6.1",
        "src/Control.MiniMap.css",
    )
    assert npm_file("https://code.jquery.com/jquery-3.7.1.min.js").path == "dist/jquery.min.js"  # type: ignore[union-attr]
    assert (
        npm_file("https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/x.js")
        is None
    )


def test_self_contained_without_cache_names_the_missing_assets(tmp_path: Path) -> None:
    with pytest.raises(AssetMissingError) as info:
        make_map(sample(), self_contained=True, assets_dir=tmp_path / "empty")
    message = str(info.value)
    assert "leaflet@1.9.3/dist/leaflet.js" in message and "geoevents assets" in message


def _mirror(root: Path, files: dict[str, bytes]) -> None:
    for url, data in files.items():
        path = root / url.split("://", 1)[1]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


FAKE = {
    "https://cdn.example/lib/app.js": b"window.fakeAsset = 1;",
    "https://cdn.example/lib/app.css": (
        b".x { background: url(img/a.png) } .y { behavior: url(#default#VML) }"
    ),
    "https://cdn.example/lib/img/a.png": b"\x89PNG fake",
}


def test_assets_download_from_a_loopback_mirror_and_inline(tmp_path: Path) -> None:
    _mirror(tmp_path / "mirror", FAKE)
    handler = functools.partial(
        http.server.SimpleHTTPRequestHandler, directory=str(tmp_path / "mirror")
    )
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        cache = AssetCache(tmp_path / "cache")
        done = cache.fetch(list(FAKE)[:2], mirror=f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
        server.server_close()
    assert [u for u, _ in done] == [*list(FAKE)[:2], "https://cdn.example/lib/img/a.png"]
    record = cache.manifest()["https://cdn.example/lib/app.js"]
    assert (
        record["sha256"]
        == __import__("hashlib").sha256(FAKE["https://cdn.example/lib/app.js"]).hexdigest()
    )
    page = (
        '<html><head><script src="https://cdn.example/lib/app.js"></script>'
        '<link rel="stylesheet" href="https://cdn.example/lib/app.css"/></head></html>'
    )
    out = cache.inline(page)
    assert 'https://cdn.example/lib/app.js"' not in out and "window.fakeAsset = 1;" in out
    assert 'url("data:image/png;base64,' in out and "url(#default#VML)" in out


def test_tampered_cache_is_refused(tmp_path: Path) -> None:
    _mirror(tmp_path / "mirror", FAKE)
    cache = AssetCache(tmp_path / "cache")
    cache.fetch(["https://cdn.example/lib/app.js"], from_dir=tmp_path / "mirror")
    (cache.folder / cache.manifest()["https://cdn.example/lib/app.js"]["file"]).write_text(
        "alert(1)"
    )
    with pytest.raises(AssetMissingError, match="SHA-256"):
        cache.inline('<head><script src="https://cdn.example/lib/app.js"></script></head>')


def test_npm_copy_must_be_the_pinned_version(tmp_path: Path) -> None:
    package = tmp_path / "node_modules" / "leaflet"
    (package / "dist").mkdir(parents=True)
    (package / "package.json").write_text('{"version": "1.9.4"}')
    (package / "dist" / "leaflet.js").write_text("//")
    with pytest.raises(AssetMissingError, match=r"is 1\.9\.4 in"):
        AssetCache(tmp_path / "cache").fetch(
            ["https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"],
            from_npm=tmp_path / "node_modules",
        )


@needs_npm
def test_self_contained_map_links_nothing(tmp_path: Path) -> None:
    AssetCache(tmp_path / "assets").fetch(default_asset_urls(), from_npm=NODE_MODULES)
    m = make_map(
        sample(), tiles=None, regions=regions(), self_contained=True, assets_dir=tmp_path / "assets"
    )
    save_map(m, tmp_path / "map.html")
    text = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert not re.search(r'<script[^>]+src="https?://|<link[^>]+href="https?://', text)
    assert "Leaflet 1.9.3" in text and "BSD-2-Clause" in text
    assert "url(images/layers.png)" not in text


# ----------------------------------------------------------------------------- CLI


def test_classify_boundaries(tmp_path: Path) -> None:
    polygons().to_file(tmp_path / "d.geojson")
    regions().to_file(tmp_path / "r.geojson")
    assert classify_boundaries((str(tmp_path / "d.geojson"), str(tmp_path / "r.geojson"))) == (
        [str(tmp_path / "d.geojson")],
        [str(tmp_path / "r.geojson")],
    )
    assert classify_boundaries((f"regions={tmp_path / 'd.geojson'}",)) == (
        [],
        [str(tmp_path / "d.geojson")],
    )


def test_cli_map_from_an_events_file(tmp_path: Path) -> None:
    from geoevents.exports import to_geojson

    to_geojson(sample(), tmp_path / "events.geojson")
    regions().to_file(tmp_path / "regions.geojson")
    out = tmp_path / "map.html"
    result = CliRunner().invoke(
        cli,
        [
            "map",
            str(tmp_path / "events.geojson"),
            "-o",
            str(out),
            "--tiles",
            "none",
            "--boundaries",
            str(tmp_path / "regions.geojson"),
            "--from",
            "2025-07-04",
        ],
    )
    assert result.exit_code == 0, result.output
    meta, _ = page_data(out.read_text(encoding="utf-8"))
    assert [n[0] for n in meta["nights"]] == ["2025-07-04"] and meta["units"][0][
        "title"
    ] == "Regions"


def test_cli_self_contained_without_assets_fails_clearly(tmp_path: Path) -> None:
    from geoevents.exports import to_geojson

    to_geojson(sample(), tmp_path / "events.geojson")
    result = CliRunner().invoke(
        cli,
        [
            "map",
            str(tmp_path / "events.geojson"),
            "-o",
            str(tmp_path / "m.html"),
            "--self-contained",
            "--assets-dir",
            str(tmp_path / "none"),
        ],
    )
    assert result.exit_code == 3
    assert "missing from the cache" in result.output and "geoevents assets" in result.output
    assert not (tmp_path / "m.html").exists()


def test_cli_night_and_overview_conflict(tmp_path: Path) -> None:
    from geoevents.exports import to_geojson

    to_geojson(sample(), tmp_path / "events.geojson")
    result = CliRunner().invoke(
        cli,
        [
            "map",
            str(tmp_path / "events.geojson"),
            "-o",
            str(tmp_path / "m.html"),
            "--night",
            "2025-07-03",
            "--overview",
        ],
    )
    assert result.exit_code == 2 and "single night" in result.output


@needs_npm
def test_cli_assets_from_npm(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["assets", "--from-npm", str(NODE_MODULES), "--assets-dir", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    assert "leaflet@1.9.3/dist/leaflet.js" in result.output and "BSD-2-Clause" in result.output
    assert "images/layers.png" in result.output  # stylesheet images come along
    listed = CliRunner().invoke(cli, ["assets", "--list", "--assets-dir", str(tmp_path)])
    assert listed.output.count("\n") == result.output.count("\n")
