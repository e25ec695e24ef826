"""Boundary polygons: reading and naming, the fast path, joins, choropleths, fetch (loopback)."""

from __future__ import annotations

import functools
import hashlib
import json
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import geopandas as gpd
import numpy as np
import pytest
from click.testing import CliRunner
from shapely import box

from geoevents.boundaries import (
    GEOBOUNDARIES,
    Boundaries,
    PolygonIndex,
    assign_events,
    choropleth_counts,
    custom_source,
    fetch_boundaries,
    join_events,
    load_boundaries,
    locate,
    normalise_layer,
    read_layers,
    read_manifest,
    verify_boundaries,
)
from geoevents.cli import cli
from geoevents.exceptions import BoundariesError
from geoevents.frame import events_to_gdf
from geoevents.gazetteer import Gazetteer
from geoevents.geocode import geocode_events
from geoevents.models import Event

from .conftest import shared_path

#: SHA-256 of the shared files, as PROVENANCE.md records them.
SHARED_SHA256 = {
    "kyiv_districts.geojson": "f35e3cffc18e07f8201a760cacc1f9079a4b0792d8991a11bb5664dd81014d26",
    "ukraine_adm1.geojson": "3974ae21dcdf40d57602ecfec069457b8b221371c4ff80c175c53d9094378c72",
    "russia_adm1.geojson": "4d9afe0d0d86414fd46570368e0212afbd8caa2821b01dfb524bce2c81229457",
}

#: The points of issue #4 (lat, lon) -> (admin1, Kyiv district).
CHECKPOINTS = [
    ("Maidan", 50.4501, 30.5234, "Kyiv", "Shevchenkivskyi"),
    ("Pechersk Lavra", 50.4346, 30.5573, "Kyiv", "Pecherskyi"),
    ("Troieshchyna", 50.5196, 30.6023, "Kyiv", "Desnianskyi"),
    ("Rostov-on-Don", 47.2357, 39.7015, "Rostov Oblast", None),
    ("Belgorod", 50.5977, 36.5858, "Belgorod Oblast", None),
    ("Kharkiv", 49.9935, 36.2304, "Kharkiv Oblast", None),
    ("Simferopol", 44.9521, 34.1024, "Crimea", None),
    ("Sevastopol", 44.6166, 33.5254, "Sevastopol", None),
]


@pytest.fixture
def curated() -> Gazetteer:
    return Gazetteer.bundled(geonames=False)


@pytest.fixture
def shared_boundaries() -> Path:
    return shared_path("data", "boundaries")


@pytest.fixture
def shared_layers(shared_boundaries: Path) -> Boundaries:
    return load_boundaries(
        [
            shared_boundaries / name
            for name in ("kyiv_districts.geojson", "ukraine_adm1.geojson", "russia_adm1.geojson")
        ]
    )


# ---------------------------------------------------------------- a file server on loopback


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def serve() -> Iterator[object]:
    servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []

    def start(folder: Path) -> str:
        server = ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder))
        )
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_port}/"

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(5)


# ---------------------------------------------------------------- synthetic layers


def _frame(rows: list[dict[str, object]], geoms: list[object]) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def _toy_regions() -> gpd.GeoDataFrame:
    # geoBoundaries-style columns; UA-43 is named differently from our "Crimea".
    return _frame(
        [
            {"shapeName": "Sumy Oblast", "shapeISO": "UA-59"},
            {"shapeName": "Autonomous Republic of Crimea", "shapeISO": "UA-43"},
            {"shapeName": "Belgorod", "shapeISO": "RU-BEL"},
        ],
        [box(33, 50, 35, 52), box(33, 44, 36, 46), box(35, 50, 38, 52)],
    )


def _toy_kyiv() -> gpd.GeoDataFrame:
    return _frame(
        [
            {"name_en": "Darnytskyi", "parent_iso_code": "UA-30"},
            {"name_en": "Desnianskyi", "parent_iso_code": "UA-30"},
        ],
        [box(30.6, 50.35, 30.8, 50.45), box(30.55, 50.45, 30.8, 50.6)],
    )


def test_polygon_index_first_polygon_wins_and_misses_are_minus_one() -> None:
    index = PolygonIndex([box(0, 0, 2, 2), box(1, 1, 3, 3)])
    lon = np.array([0.5, 1.5, 2.5, 5.0, np.nan, 2.0])
    lat = np.array([0.5, 1.5, 2.5, 5.0, 1.0, 1.0])
    assert index.assign(lon, lat).tolist() == [0, 0, 1, -1, -1, 0]
    assert index.lookup(lon, lat, ["a", "b"]) == ["a", "a", "b", None, None, "a"]
    assert PolygonIndex([]).assign([1.0], [1.0]).tolist() == [-1]
    assert index.assign([], []).tolist() == []
    with pytest.raises(ValueError, match="differ in shape"):
        index.assign([1.0, 2.0], [1.0])


def test_polygon_index_handles_multipolygons_and_holes() -> None:
    from shapely import MultiPolygon, Polygon

    ring = Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (3, 1), (3, 3), (1, 3)]])
    index = PolygonIndex([ring, MultiPolygon([box(1.5, 1.5, 2.5, 2.5), box(10, 10, 11, 11)])])
    assert index.assign([0.5, 2.0, 10.5, 2.9], [0.5, 2.0, 10.5, 2.9]).tolist() == [0, 1, 1, -1]


def test_normalise_admin1_by_iso_code(curated: Gazetteer) -> None:
    layer = normalise_layer(_toy_regions(), gazetteer=curated, source_file="toy.geojson")
    assert layer["level"].unique().tolist() == ["admin1"]
    assert layer["admin1"].tolist() == ["Sumy Oblast", "Crimea", "Belgorod Oblast"]
    assert layer["country"].tolist() == ["UA", "UA", "RU"]
    assert layer["source_name"].tolist()[1] == "Autonomous Republic of Crimea"


def test_normalise_admin1_by_name_when_a_file_has_no_codes(curated: Gazetteer) -> None:
    frame = _frame(
        [{"NAME_1": "Kharkiv Oblast"}, {"NAME_1": "Kyiv"}], [box(0, 0, 1, 1), box(2, 2, 3, 3)]
    )
    layer = normalise_layer(frame, gazetteer=curated)
    assert layer["admin1"].tolist() == ["Kharkiv Oblast", "Kyiv"]
    assert layer["admin1_iso"].tolist() == ["UA-63", "UA-30"]


def test_normalise_city_districts_and_raions(curated: Gazetteer) -> None:
    districts = normalise_layer(_toy_kyiv(), gazetteer=curated)
    assert districts["level"].iloc[0] == "city_district"
    assert districts[["city", "district", "admin1"]].values.tolist() == [
        ["Kyiv", "Darnytskyi", "Kyiv"],
        ["Kyiv", "Desnianskyi", "Kyiv"],
    ]
    raions = normalise_layer(
        _frame(
            [
                {"name_en": "Buchanskyi", "parent_iso_code": "UA-32"},
                {"name_en": "Sumskyi", "parent_iso_code": "UA-59"},
            ],
            [box(0, 0, 1, 1), box(2, 2, 3, 3)],
        ),
        gazetteer=curated,
    )
    assert raions["level"].iloc[0] == "raion"
    assert raions[["district", "admin1"]].values.tolist() == [
        ["Buchanskyi", "Kyiv Oblast"],
        ["Sumskyi", "Sumy Oblast"],
    ]
    # Names alone identify Kyiv's districts too.
    by_name = normalise_layer(
        _frame([{"name": "Дарницький район"}], [box(0, 0, 1, 1)]), gazetteer=curated
    )
    assert (by_name["level"].iloc[0], by_name["district"].iloc[0]) == (
        "city_district",
        "Darnytskyi",
    )


def test_normalise_refuses_what_it_cannot_tell(curated: Gazetteer) -> None:
    unknown = _frame([{"name": "Blorp"}, {"name": "Zing"}], [box(0, 0, 1, 1), box(2, 2, 3, 3)])
    with pytest.raises(BoundariesError, match="pass kind="):
        normalise_layer(unknown, gazetteer=curated)
    assert normalise_layer(unknown, kind="raion", gazetteer=curated)["district"].tolist() == [
        "Blorp",
        "Zing",
    ]
    with pytest.raises(BoundariesError, match="unknown boundary kind"):
        normalise_layer(unknown, kind="county", gazetteer=curated)
    with pytest.raises(BoundariesError, match="no name column"):
        normalise_layer(_frame([{"id": 1}], [box(0, 0, 1, 1)]), gazetteer=curated)


@pytest.mark.parametrize("suffix", [".gpkg", ".shp", ".geojson"])
def test_read_layers_from_files(tmp_path: Path, curated: Gazetteer, suffix: str) -> None:
    path = tmp_path / f"regions{suffix}"
    _toy_regions().to_file(path, engine="pyogrio")
    layers = read_layers(path, gazetteer=curated)
    assert len(layers) == 1 and layers[0]["admin1"].tolist() == [
        "Sumy Oblast",
        "Crimea",
        "Belgorod Oblast",
    ]


def test_read_layers_reads_every_layer_of_a_geopackage_and_reprojects(
    tmp_path: Path, curated: Gazetteer
) -> None:
    path = tmp_path / "both.gpkg"
    _toy_regions().to_crs("EPSG:3857").to_file(path, layer="regions", engine="pyogrio")
    _toy_kyiv().to_file(path, layer="kyiv", engine="pyogrio")
    layers = load_boundaries([path], gazetteer=curated)
    assert layers.summary() == [("admin1", 3), ("city_district", 2)]
    assert layers.admin1.crs.to_epsg() == 4326
    assert layers.admin1.total_bounds[0] == pytest.approx(33.0)


def test_read_layers_errors(tmp_path: Path) -> None:
    with pytest.raises(BoundariesError, match="does not exist"):
        read_layers(tmp_path / "nope.geojson")
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(BoundariesError, match="cannot read"):
        read_layers(broken)


def test_load_boundaries_without_files_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOEVENTS_CACHE", str(tmp_path / "empty-cache"))
    assert load_boundaries().empty
    with pytest.raises(BoundariesError, match="does not exist"):
        load_boundaries(folder=tmp_path / "missing")


# ---------------------------------------------------------------- joins (synthetic)


def _toy_boundaries(curated: Gazetteer) -> Boundaries:
    from geoevents.boundaries.layers import combine_layers

    return combine_layers(
        [
            normalise_layer(_toy_regions(), gazetteer=curated),
            normalise_layer(_toy_kyiv(), gazetteer=curated),
        ]
    )


def _events() -> gpd.GeoDataFrame:
    events = [
        Event(
            event_id="village",
            place="Somewhere",
            place_level="village",
            country="UA",
            lat=51.0,
            lon=34.0,
        ),
        Event(
            event_id="neigh",
            place="Kharkivskyi masyv",
            place_level="neighbourhood",
            admin1="Kyiv",
            lat=50.40,
            lon=30.70,
        ),
        Event(
            event_id="city", place="Kyiv", place_level="city", admin1="Kyiv", lat=50.40, lon=30.70
        ),
        Event(event_id="region", place="Sumy Oblast", place_level="region", lat=51.0, lon=34.0),
        Event(event_id="country", place="Ukraine", place_level="country"),
        Event(
            event_id="set",
            place="X",
            place_level="city",
            admin1="Poltava Oblast",
            lat=51.0,
            lon=34.0,
        ),
        Event(event_id="sea", place="Y", place_level="village", lat=40.0, lon=30.0),
    ]
    return events_to_gdf(events)


@pytest.mark.parametrize("join", [join_events, assign_events])
def test_join_fills_point_events_only(curated: Gazetteer, join: object) -> None:
    out = join(_events(), _toy_boundaries(curated))  # type: ignore[operator]
    got = (
        out.set_index("event_id")[["admin1", "country", "district"]]
        .astype(object)
        .where(lambda f: f.notna(), None)
    )
    assert got.loc["village"].tolist() == ["Sumy Oblast", "UA", None]
    assert got.loc["neigh"].tolist() == ["Kyiv", "UA", "Darnytskyi"]
    assert got.loc["city"].tolist() == [
        "Kyiv",
        None,
        None,
    ]  # a city's own point is no district event
    assert got.loc["region"].tolist() == [None, None, None]  # regions are not joined
    assert got.loc["country"].tolist() == [None, None, None]
    assert got.loc["set"].tolist()[0] == "Poltava Oblast"  # set values are kept ...
    assert got.loc["sea"].tolist() == [None, None, None]


@pytest.mark.parametrize("join", [join_events, assign_events])
def test_join_can_overwrite(curated: Gazetteer, join: object) -> None:
    out = join(_events(), _toy_boundaries(curated), overwrite=True)  # type: ignore[operator]
    assert out.set_index("event_id").loc["set", "admin1"] == "Sumy Oblast"  # ... unless overwrite


def test_join_with_no_boundaries_changes_nothing() -> None:
    events = _events()
    out = join_events(events, Boundaries())
    assert out["admin1"].tolist() == events["admin1"].tolist()
    assert out is not events


def test_choropleth_counts(curated: Gazetteer) -> None:
    regions = normalise_layer(_toy_regions(), gazetteer=curated)
    events = events_to_gdf(
        [
            Event(event_id="1", place_level="village", lat=51.0, lon=34.0, killed=2, wounded=1),
            Event(event_id="2", place_level="city", lat=51.5, lon=36.0, wounded=4),
            Event(event_id="3", place_level="region", admin1="Crimea", lat=45.0, lon=34.0),
            Event(event_id="4", place_level="country", role="rollup", killed=9),
            Event(event_id="5", place_level="city", role="rollup", lat=51.2, lon=34.2, killed=7),
        ]
    )
    counted = choropleth_counts(events, regions)
    assert counted[["admin1", "events", "killed", "wounded"]].values.tolist() == [
        ["Sumy Oblast", 1, 2, 1],
        ["Crimea", 1, 0, 0],
        ["Belgorod Oblast", 1, 0, 4],
    ]


# ---------------------------------------------------------------- the shared reference files


def test_shared_files_name_units_like_the_gazetteer(shared_layers: Boundaries) -> None:
    assert shared_layers.summary() == [("admin1", 110), ("city_district", 10)]
    admin1 = set(shared_layers.admin1["admin1"])
    assert {
        "Kyiv",
        "Kyiv Oblast",
        "Crimea",
        "Sevastopol",
        "Odesa Oblast",
        "Zaporizhzhia Oblast",
        "Rostov Oblast",
        "Belgorod Oblast",
        "Krasnodar Krai",
        "Moscow",
    } <= admin1
    assert shared_layers.admin1["name"].notna().all()
    assert set(shared_layers.districts["district"]) == {
        "Darnytskyi",
        "Desnianskyi",
        "Dniprovskyi",
        "Holosiivskyi",
        "Obolonskyi",
        "Pecherskyi",
        "Podilskyi",
        "Shevchenkivskyi",
        "Solomianskyi",
        "Sviatoshynskyi",
    }
    # The near-full-resolution Ukrainian file comes first: it wins border slivers.
    assert shared_layers.admin1["country"].iloc[0] == "UA"


@pytest.mark.parametrize(("label", "lat", "lon", "admin1", "district"), CHECKPOINTS)
def test_shared_checkpoints(
    shared_layers: Boundaries, label: str, lat: float, lon: float, admin1: str, district: str | None
) -> None:
    (row,) = locate([lon], [lat], shared_layers)
    assert (row["admin1"], row["district"]) == (admin1, district), label


def test_shared_join_fills_geonames_villages_and_kyiv_neighbourhoods(
    shared_layers: Boundaries,
) -> None:
    gaz = Gazetteer.bundled()
    village = next(p for p in gaz.lookup("Novoselivka", admin1="Poltava Oblast"))
    events = geocode_events(
        [
            Event(event_id="v", place=village.name, place_id=village.id),
            Event(event_id="n", place="Troieshchyna", place_id="ua-30-troieshchyna"),
            Event(event_id="b", place="Belgorod", lat=50.5977, lon=36.5858, place_level="city"),
        ],
        gazetteer=gaz,
    )
    frame = events_to_gdf(events)
    frame["admin1"] = None  # forget what the gazetteer said: the polygons must say it
    frame["district"] = None
    for join in (join_events, assign_events):
        out = join(frame, shared_layers).set_index("event_id")
        assert out.loc["v", "admin1"] == "Poltava Oblast"
        assert (out.loc["n", "admin1"], out.loc["n", "district"]) == ("Kyiv", "Desnianskyi")
        assert (out.loc["b", "admin1"], out.loc["b", "country"]) == ("Belgorod Oblast", "RU")


def test_shared_fast_path_agrees_with_sjoin(shared_layers: Boundaries) -> None:
    rng = np.random.default_rng(4)
    lon, lat = rng.uniform(22, 45, 20_000), rng.uniform(44, 56, 20_000)
    fast = PolygonIndex(shared_layers.admin1.geometry.values).assign(lon, lat)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs="EPSG:4326")
    right = shared_layers.admin1[["geometry"]].assign(_i=np.arange(len(shared_layers.admin1)))
    joined = gpd.sjoin(points, right, how="left", predicate="within").sort_values("_i")
    slow = (
        joined[~joined.index.duplicated()]["_i"]
        .reindex(points.index)
        .fillna(-1)
        .astype(int)
        .to_numpy()
    )
    assert (fast >= 0).sum() > 10_000
    assert (fast == slow).all()


def test_shared_gazetteer_points_fall_in_their_own_polygons(shared_layers: Boundaries) -> None:
    gaz = Gazetteer.bundled(geonames=False)
    points = [
        p
        for p in gaz.places
        if p.place_level in ("city", "district", "neighbourhood") and p.country
    ]
    rows = locate([p.lon for p in points], [p.lat for p in points], shared_layers)
    wrong = [
        (p.id, p.admin1, r["admin1"])
        for p, r in zip(points, rows, strict=True)
        if r["admin1"] is not None and r["admin1"] != p.admin1
    ]
    assert wrong == []
    kyiv = [
        (p.id, p.district, r["district"])
        for p, r in zip(points, rows, strict=True)
        if p.city == "Kyiv" and p.district and r["district"] != p.district
    ]
    assert kyiv == []


# ---------------------------------------------------------------- fetch (loopback only)


def test_default_source_is_documented_and_never_contacted_here() -> None:
    assert GEOBOUNDARIES.base_url.startswith("https://")
    assert set(GEOBOUNDARIES.files) == {"ukraine_adm1.geojson", "russia_adm1.geojson"}
    assert "ODbL" in GEOBOUNDARIES.licence


def test_fetch_the_shared_files_from_a_local_server(
    serve: object, shared_boundaries: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOEVENTS_CACHE", str(tmp_path / "cache"))
    base = serve(shared_boundaries)  # type: ignore[operator]
    args = [
        "boundaries",
        "fetch",
        "--base-url",
        base,
        "--licence-file",
        "PROVENANCE.md",
        "--licence",
        "ODbL 1.0, © OpenStreetMap contributors; see PROVENANCE.md",
    ]
    for name, digest in SHARED_SHA256.items():
        args += ["--file", name, "--sha256", f"{name}={digest}"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    folder = tmp_path / "cache" / "boundaries"
    manifest = read_manifest(folder)
    assert {
        n: e["sha256"] for n, e in manifest["files"].items() if e["role"] == "boundaries"
    } == SHARED_SHA256
    assert manifest["files"]["PROVENANCE.md"]["role"] == "licence"
    assert manifest["files"]["kyiv_districts.geojson"]["url"] == base + "kyiv_districts.geojson"
    assert "ODbL" in (folder / "LICENCE.txt").read_text(encoding="utf-8")
    assert CliRunner().invoke(cli, ["boundaries", "verify"]).exit_code == 0
    # The cache folder is what load_boundaries reads by default.
    cached = load_boundaries()
    assert cached.summary() == [("admin1", 110), ("city_district", 10)]
    located = CliRunner().invoke(
        cli, ["boundaries", "locate", "50.4501,30.5234", "47.2357,39.7015"]
    )
    assert located.exit_code == 0, located.output
    maidan, rostov = (json.loads(line) for line in located.output.splitlines())
    assert (maidan["admin1"], maidan["district"], rostov["admin1"]) == (
        "Kyiv",
        "Shevchenkivskyi",
        "Rostov Oblast",
    )
    listing = CliRunner().invoke(cli, ["boundaries", "list"])
    assert "admin1: 110 units" in listing.output and "city_district: 10 units" in listing.output
    # A changed file is caught by verify.
    (folder / "kyiv_districts.geojson").write_text("{}", encoding="utf-8")
    broken = CliRunner().invoke(cli, ["boundaries", "verify"])
    assert broken.exit_code == 1 and "kyiv_districts.geojson: sha256" in broken.output


def test_fetch_refuses_a_wrong_checksum_and_leaves_nothing(serve: object, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    remote.mkdir()
    (remote / "a.geojson").write_text(
        '{"type": "FeatureCollection", "features": []}', encoding="utf-8"
    )
    dest = tmp_path / "dest"
    source = custom_source(serve(remote), {"a.geojson": "a.geojson"})  # type: ignore[operator]
    with pytest.raises(BoundariesError, match="does not match"):
        fetch_boundaries(source, dest, expected={"a.geojson": "0" * 64})
    assert not (dest / "a.geojson").exists()
    assert not list(dest.glob("*.part"))


def test_fetch_trusts_on_first_use_then_refuses_changes(serve: object, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    remote.mkdir()
    (remote / "a.geojson").write_text("one", encoding="utf-8")
    dest = tmp_path / "dest"
    source = custom_source(serve(remote), {"a.geojson": "a.geojson"})  # type: ignore[operator]
    first = fetch_boundaries(source, dest)
    assert first["files"]["a.geojson"]["sha256"] == hashlib.sha256(b"one").hexdigest()
    assert "check the licence" in (dest / "LICENCE.txt").read_text(encoding="utf-8")
    (remote / "a.geojson").write_text("two", encoding="utf-8")
    with pytest.raises(BoundariesError, match="does not match"):
        fetch_boundaries(source, dest)
    assert (dest / "a.geojson").read_text(encoding="utf-8") == "one"
    updated = fetch_boundaries(source, dest, update=True)
    assert updated["files"]["a.geojson"]["sha256"] == hashlib.sha256(b"two").hexdigest()
    assert verify_boundaries(dest) == []


def test_fetch_errors(serve: object, tmp_path: Path) -> None:
    remote = tmp_path / "remote"
    remote.mkdir()
    (remote / "big.geojson").write_bytes(b"x" * 5000)
    base = serve(remote)  # type: ignore[operator]
    with pytest.raises(BoundariesError, match="cannot download"):
        fetch_boundaries(custom_source(base, {"a.geojson": "missing.geojson"}), tmp_path / "d1")
    with pytest.raises(BoundariesError, match="larger than"):
        fetch_boundaries(
            custom_source(base, {"big.geojson": "big.geojson"}), tmp_path / "d2", max_bytes=1000
        )
    with pytest.raises(BoundariesError, match="bad local file name"):
        fetch_boundaries(custom_source(base, {"../x.geojson": "big.geojson"}), tmp_path / "d3")
    assert verify_boundaries(tmp_path / "nothing") == [
        f"no manifest.json in {tmp_path / 'nothing'}"
    ]


def test_fetch_cli_usage_errors() -> None:
    runner = CliRunner()
    assert (
        runner.invoke(cli, ["boundaries", "fetch", "--base-url", "http://127.0.0.1:9/"]).exit_code
        == 2
    )
    assert runner.invoke(cli, ["boundaries", "fetch", "--file", "a.geojson"]).exit_code == 2
    bad = runner.invoke(
        cli,
        [
            "boundaries",
            "fetch",
            "--base-url",
            "http://127.0.0.1:9/",
            "--file",
            "a.geojson",
            "--sha256",
            "b.geojson=00",
        ],
    )
    assert bad.exit_code == 2 and "not fetched" in bad.output
    assert runner.invoke(cli, ["boundaries", "locate", "north,east"]).exit_code == 2
