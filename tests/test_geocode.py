"""The geopy contract, precision codes, the online fallback (loopback only), the CLI."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest.mock import patch
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner

from geoevents.cli import cli
from geoevents.exceptions import ConfigurationError, GeocodingError
from geoevents.gazetteer import Gazetteer
from geoevents.geocode import (
    PRECISION_BY_LEVEL,
    CachedGeocoder,
    GazetteerGeocoder,
    PlaceQuery,
    geo_precision,
    geocode_events,
    get_geocoder,
    online_place,
    parse_query,
)
from geoevents.models import Event

from .conftest import shared_path

RECORD_KEYS = [
    "query",
    "name",
    "place_level",
    "country",
    "admin1",
    "district",
    "lat",
    "lon",
    "geo_precision",
    "source",
]


@pytest.fixture
def geocoder() -> GazetteerGeocoder:
    return GazetteerGeocoder()


# ---------------------------------------------------------------- a Nominatim stand-in on loopback

NOMINATIM_ANSWERS: dict[str, dict[str, Any]] = {
    "Zmiivka, Kherson Oblast": {
        "place_id": 1,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
        "osm_type": "node",
        "osm_id": 42,
        "lat": "47.0",
        "lon": "33.6",
        "class": "place",
        "type": "village",
        "addresstype": "village",
        "name": "Zmiivka",
        "display_name": "Zmiivka, Beryslav Raion, Kherson Oblast, Ukraine",
        "address": {
            "village": "Zmiivka",
            "state": "Kherson Oblast",
            "ISO3166-2-lvl4": "UA-65",
            "country": "Ukraine",
            "country_code": "ua",
        },
        "boundingbox": ["46.9", "47.1", "33.5", "33.7"],
    },
}


NOMINATIM_ANSWERS["Zmiivka, Kherson Oblast, Ukraine"] = NOMINATIM_ANSWERS["Zmiivka, Kherson Oblast"]


class _Nominatim(BaseHTTPRequestHandler):
    requests: list[dict[str, list[str]]]

    def do_GET(self) -> None:
        url = urlparse(self.path)
        query = parse_qs(url.query)
        self.server.requests.append({"path": [url.path], **query})  # type: ignore[attr-defined]
        if url.path != "/search":
            self.send_error(404)
            return
        answer = NOMINATIM_ANSWERS.get(query.get("q", [""])[0])
        body = json.dumps([answer] if answer else []).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def nominatim() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Nominatim)
    server.requests = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _online(server: ThreadingHTTPServer, cache: Path, *, delay: float = 0.0) -> CachedGeocoder:
    return get_geocoder(
        "nominatim",
        user_agent="geoevents-tests/1.0",
        domain=f"127.0.0.1:{server.server_port}",
        scheme="http",
        cache_path=cache,
        min_delay_seconds=delay,
    )


# ---------------------------------------------------------------- geopy contract


def test_geocode_returns_a_location_with_the_gazetteer_row_as_raw(
    geocoder: GazetteerGeocoder,
) -> None:
    from geopy.location import Location

    location = geocoder.geocode("Kharkiv region")
    assert isinstance(location, Location)
    assert location.raw["name"] == "Kharkiv Oblast"
    assert location.raw["admin1_iso"] == "UA-63"
    assert location.raw == geocoder.gazetteer.get(location.raw["id"]).to_dict()
    address, (lat, lon) = location
    assert address == "Kharkiv Oblast, Ukraine"
    assert (lat, lon) == (location.latitude, location.longitude)


def test_geocode_misses_return_none(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.geocode("Xyzzyville") is None
    assert geocoder.geocode("Xyzzyville", exactly_one=False) is None
    assert geocoder.geocode("") is None
    assert geocoder.geocode("   ") is None
    assert geocoder.geocode(None) is None  # type: ignore[arg-type]


def test_exactly_one_false_lists_candidates_best_first(geocoder: GazetteerGeocoder) -> None:
    found = geocoder.geocode("Shevchenkivskyi district", exactly_one=False)
    assert isinstance(found, list) and len(found) >= 4
    assert found[0].raw["city"] == "Kyiv"
    assert {loc.raw["city"] for loc in found} >= {"Kyiv", "Kharkiv", "Lviv", "Zaporizhzhia"}


@pytest.mark.parametrize(
    ("query", "name", "city"),
    [
        ("Kyiv's Darnytskyi district", "Darnytskyi", "Kyiv"),
        ("Shevchenkivskyi district, Kharkiv", "Shevchenkivskyi", "Kharkiv"),
        ("Shevchenkivskyi district of Lviv", "Shevchenkivskyi", "Lviv"),
        ("Zaporizhzhia's Shevchenkivskyi district", "Shevchenkivskyi", "Zaporizhzhia"),
        ("Darnitsky district", "Darnytskyi", "Kyiv"),
        ("Kiev", "Kyiv", None),
        ("Odessa", "Odesa", None),
    ],
)
def test_geocode_reads_context_from_the_query(
    geocoder: GazetteerGeocoder, query: str, name: str, city: str | None
) -> None:
    raw = geocoder.geocode(query).raw
    assert (raw["name"], raw["city"]) == (name, city)


def test_context_argument_ranks_candidates(geocoder: GazetteerGeocoder) -> None:
    assert (
        geocoder.geocode("Kyivskyi district", context="Kharkiv").raw["admin1"] == "Kharkiv Oblast"
    )
    assert geocoder.geocode("Kyivskyi district", context="Odesa").raw["admin1"] == "Odesa Oblast"
    assert (
        geocoder.geocode("Novoselivka", context=["Poltava region"]).raw["admin1"]
        == "Poltava Oblast"
    )
    assert geocoder.geocode("Novoselivka, Donetsk Oblast").raw["admin1"] == "Donetsk Oblast"


def test_works_under_geopy_rate_limiter(geocoder: GazetteerGeocoder) -> None:
    from geopy.extra.rate_limiter import RateLimiter

    limited = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert limited("Kyiv").raw["admin1"] == "Kyiv"
    assert limited("Xyzzyville") is None


def test_works_as_a_geopandas_provider_class() -> None:
    import geopandas.tools

    result = geopandas.tools.geocode(
        ["Kyiv", "Kharkiv region", "Xyzzyville"], provider=GazetteerGeocoder
    )
    assert result.crs.to_epsg() == 4326
    assert result.geometry.iloc[0].x == pytest.approx(30.52, abs=0.05)
    assert result.geometry.iloc[0].y == pytest.approx(50.45, abs=0.05)
    assert result["address"].iloc[1] == "Kharkiv Oblast, Ukraine"
    assert result.geometry.iloc[2].is_empty


def test_reverse_finds_the_nearest_curated_place(geocoder: GazetteerGeocoder) -> None:
    assert geocoder.reverse((50.4501, 30.5234)).raw["city"] == "Kyiv"
    assert len(geocoder.reverse("50.0, 36.23", exactly_one=False)) == 10


# ---------------------------------------------------------------- queries and precision


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Kyiv", PlaceQuery("Kyiv")),
        ("near Izium", PlaceQuery("Izium", (), "near")),
        ("on the outskirts of Sumy", PlaceQuery("Sumy", (), "near")),
        ("Kharkiv outskirts", PlaceQuery("Kharkiv", (), "near")),
        ("northern Kharkiv region", PlaceQuery("Kharkiv region", (), "part")),
        ("border areas of Belgorod Oblast", PlaceQuery("Belgorod Oblast", (), "part")),
        ("Kyivskyi district of Kharkiv", PlaceQuery("Kyivskyi district", ("Kharkiv",), None)),
        (
            "Shevchenkivskyi district, Lviv, Ukraine",
            PlaceQuery("Shevchenkivskyi district", ("Lviv", "Ukraine"), None),
        ),
        ("", PlaceQuery("")),
    ],
)
def test_parse_query(query: str, expected: PlaceQuery) -> None:
    assert parse_query(query) == expected


@pytest.mark.parametrize(
    ("level", "qualifier", "code"),
    [
        ("village", None, 1),
        ("city", None, 1),
        ("district", None, 1),
        ("neighbourhood", None, 1),
        ("city", "near", 2),
        ("village", "near", 2),
        ("region", "part", 2),
        ("region", "near", 2),
        ("region", None, 3),
        ("country", None, 3),
        ("country", "part", 3),
    ],
)
def test_geo_precision_rules(level: str, qualifier: str | None, code: int) -> None:
    assert geo_precision(level, qualifier) == code
    assert PRECISION_BY_LEVEL[level] == geo_precision(level)


@pytest.mark.parametrize(
    ("query", "name", "code", "source"),
    [
        ("Kyiv's Darnytskyi district", "Darnytskyi", 1, "curated"),
        ("Kharkiv", "Kharkiv", 1, "curated"),
        ("near Izium", "Izium", 2, "curated"),
        ("northern Kharkiv region", "Kharkiv Oblast", 2, "curated"),
        ("Kharkiv region", "Kharkiv Oblast", 3, "curated"),
        ("Novoselivka, Poltava Oblast", "Novoselivka", 1, "GeoNames"),
        ("North Ossetia", "North Ossetia–Alania", 3, "curated"),
    ],
)
def test_resolve_gives_precision_and_source(
    geocoder: GazetteerGeocoder, query: str, name: str, code: int, source: str
) -> None:
    result = geocoder.resolve(query)
    assert (result.place.name, result.geo_precision, result.source) == (name, code, source)


def test_country_level_records_are_marked(geocoder: GazetteerGeocoder) -> None:
    record = geocoder.resolve("Ukraine").to_record()
    assert (record["place_level"], record["geo_precision"], record["admin1"]) == ("country", 3, None)
    assert "never drawn as a local impact" in record["note"]


def test_a_miss_has_a_reason(geocoder: GazetteerGeocoder) -> None:
    record = geocoder.resolve("Xyzzyville").to_record()
    assert list(record)[:10] == RECORD_KEYS
    assert all(record[k] is None for k in RECORD_KEYS[1:])
    assert record["reason"] == "no place of that name in the offline gazetteer"
    assert geocoder.resolve("").reason == "empty query"


# ---------------------------------------------------------------- online fallback (loopback)


def test_get_geocoder_requires_a_real_user_agent() -> None:
    for agent in (None, "", "geopy", "geoevents", "my-application"):
        with pytest.raises(ConfigurationError, match="user agent"):
            get_geocoder("nominatim", user_agent=agent)
    with pytest.raises(ConfigurationError, match="unknown geocoder"):
        get_geocoder("bing")
    assert isinstance(get_geocoder("gazetteer"), GazetteerGeocoder)


def test_nominatim_stand_in_answers_and_the_cache_avoids_a_second_request(
    nominatim: ThreadingHTTPServer, tmp_path: Path
) -> None:
    cache = tmp_path / "online.json"
    online = _online(nominatim, cache)
    location = online.geocode("Zmiivka, Kherson Oblast")
    assert (location.latitude, location.longitude) == (47.0, 33.6)
    assert location.raw["osm_id"] == 42
    assert len(nominatim.requests) == 1
    sent = nominatim.requests[0]
    assert (
        sent["path"] == ["/search"]
        and sent["addressdetails"] == ["1"]
        and sent["accept-language"] == ["en"]
    )
    # Second call: from the cache, no request.
    assert online.geocode("Zmiivka, Kherson Oblast").raw["osm_id"] == 42
    assert online.requests == 1 and len(nominatim.requests) == 1
    # Misses are cached too.
    assert online.geocode("Nowhere at all") is None
    assert online.geocode("Nowhere at all") is None
    assert len(nominatim.requests) == 2
    # A new instance reads the cache file: still no request.
    again = _online(nominatim, cache)
    assert again.geocode("Zmiivka, Kherson Oblast").latitude == 47.0
    assert again.geocode("Nowhere at all") is None
    assert again.requests == 0 and len(nominatim.requests) == 2
    assert again.geocode("Zmiivka, Kherson Oblast", exactly_one=False)[0].latitude == 47.0


def test_online_answers_become_places_with_our_admin1(
    nominatim: ThreadingHTTPServer, tmp_path: Path
) -> None:
    online = _online(nominatim, tmp_path / "c.json")
    place = online_place(
        online.geocode("Zmiivka, Kherson Oblast"), Gazetteer.bundled(geonames=False)
    )
    assert (place.name, place.place_level, place.country, place.admin1, place.admin1_iso) == (
        "Zmiivka",
        "village",
        "UA",
        "Kherson Oblast",
        "UA-65",
    )
    assert place.source.startswith("online")


def test_gazetteer_geocoder_falls_back_online_only_on_a_miss(
    nominatim: ThreadingHTTPServer, tmp_path: Path
) -> None:
    coder = GazetteerGeocoder(fallback=_online(nominatim, tmp_path / "c.json"))
    assert coder.resolve("Kharkiv").source == "curated"
    assert nominatim.requests == []
    result = coder.resolve("Zmiivka, Kherson Oblast")
    assert (result.source, result.geo_precision, result.place.admin1) == (
        "online",
        1,
        "Kherson Oblast",
    )
    assert coder.geocode("Zmiivka, Kherson Oblast").raw["osm_id"] == 42
    missing = coder.resolve("Nowhere at all")
    assert missing.place is None and "online" in missing.reason


def test_rate_limiter_spaces_requests_without_sleeping(
    nominatim: ThreadingHTTPServer, tmp_path: Path
) -> None:
    from geopy.extra.rate_limiter import RateLimiter

    online = _online(nominatim, tmp_path / "c.json", delay=2.0)
    clock = iter([10.0, 10.5, 12.0, 20.0])
    slept: list[float] = []
    with (
        patch.object(RateLimiter, "_clock", side_effect=lambda: next(clock)),
        patch.object(RateLimiter, "_sleep", side_effect=slept.append),
    ):
        online.geocode("Zmiivka, Kherson Oblast")  # t=10: first request, no wait
        online.geocode("Zmiivka, Kherson Oblast")  # cached: does not touch the limiter
        online.geocode("Somewhere else")  # t=10.5: waits 1.5 s, then t=12
        online.geocode("Third place")  # t=20: no wait
    assert slept == [1.5]
    assert len(nominatim.requests) == 3


def test_online_errors_become_geocoding_errors(tmp_path: Path) -> None:
    from geopy.exc import GeocoderUnavailable

    class Down:
        def geocode(self, query: str, **kwargs: Any) -> Any:
            raise GeocoderUnavailable("service down")

    online = CachedGeocoder(
        Down(), cache_path=tmp_path / "c.json", min_delay_seconds=0, max_retries=0
    )
    with pytest.raises(GeocodingError, match="service down"):
        online.geocode("Kharkiv")
    coder = GazetteerGeocoder(fallback=online)
    assert "service down" in coder.resolve("Xyzzyville").reason


# ---------------------------------------------------------------- events


def test_geocode_events_places_points_and_marks_country_tallies() -> None:
    gaz = Gazetteer.bundled()
    missed: list[Event] = []
    events = [
        Event(event_id="1", place="Darnytskyi", place_id="ua-30-darnytskyi", place_level="district"),
        Event(event_id="2", place="Kharkiv region"),
        Event(event_id="3", place="near Izium"),
        Event(event_id="4", place="Ukraine", place_id=gaz.country("UA").id, place_level="country", role="rollup"),
        Event(event_id="5", place="Xyzzyville"),
        Event(event_id="6", place="Troieshchyna"),
    ]
    out = geocode_events(events, gazetteer=gaz, on_miss=missed.append)
    by_id = {e.event_id: e for e in out}
    assert (by_id["1"].geo_precision, by_id["1"].geocode_source, by_id["1"].lat is not None) == (1, "curated", True)
    assert (by_id["2"].place_level, by_id["2"].admin1, by_id["2"].geo_precision) == ("region", "Kharkiv Oblast", 3)
    assert (by_id["3"].place_level, by_id["3"].geo_precision) == ("city", 2)
    assert (by_id["4"].place_level, by_id["4"].admin1, by_id["4"].geo_precision) == ("country", None, 3)
    assert by_id["4"].lat is not None  # the representative point, by default
    assert (by_id["6"].admin1, by_id["6"].district) == ("Kyiv", "Desnianskyi")
    assert [e.event_id for e in missed] == ["5"]
    # For GIS exports: no point at all for a national tally (and no "miss" either).
    again = geocode_events([Event(event_id="7", place="Ukraine")], gazetteer=gaz, country_points=False,
                           on_miss=missed.append)
    assert (again[0].lat, again[0].lon, again[0].place_level, again[0].geo_precision) == (None, None, "country", 3)
    assert [e.event_id for e in missed] == ["5"]


def test_geocode_events_keeps_the_extractors_precision() -> None:
    out = geocode_events([Event(event_id="1", place="Kharkiv region", geo_precision=2)])
    assert out[0].geo_precision == 2


def test_geocode_events_uses_the_online_fallback(
    nominatim: ThreadingHTTPServer, tmp_path: Path
) -> None:
    online = _online(nominatim, tmp_path / "c.json")
    out = geocode_events(
        [Event(event_id="1", place="Zmiivka", admin1="Kherson Oblast", country="UA")],
        fallback=online,
    )
    assert (out[0].lat, out[0].lon, out[0].geocode_source, out[0].geo_precision) == (
        47.0,
        33.6,
        "online",
        1,
    )
    assert nominatim.requests[0]["q"] == ["Zmiivka, Kherson Oblast, Ukraine"]


# ---------------------------------------------------------------- CLI


def _lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_cli_geocode_prints_one_json_object_per_query() -> None:
    result = CliRunner().invoke(
        cli, ["geocode", "Kyiv's Darnytskyi district", "Kharkiv region", "near Izium"]
    )
    assert result.exit_code == 0, result.output
    records = _lines(result.output)
    assert [r["query"] for r in records] == [
        "Kyiv's Darnytskyi district",
        "Kharkiv region",
        "near Izium",
    ]
    assert all(list(r)[:10] == RECORD_KEYS for r in records)
    assert (records[0]["district"], records[0]["admin1"], records[0]["geo_precision"]) == (
        "Darnytskyi",
        "Kyiv",
        1,
    )
    assert (records[1]["place_level"], records[1]["geo_precision"]) == ("region", 3)
    assert records[2]["geo_precision"] == 2


def test_cli_geocode_context_and_misses() -> None:
    result = CliRunner().invoke(
        cli, ["geocode", "Shevchenkivskyi district", "Xyzzyville", "--context", "Kharkiv"]
    )
    assert result.exit_code == 1
    found, missed = _lines(result.output)
    assert (found["admin1"], found["source"]) == ("Kharkiv Oblast", "curated")
    assert missed["name"] is None and missed["reason"]


def test_cli_geocode_no_geonames() -> None:
    result = CliRunner().invoke(cli, ["geocode", "--no-geonames", "Novoselivka"])
    assert result.exit_code == 1
    assert "--no-geonames" in _lines(result.output)[0]["reason"]
    assert (
        _lines(CliRunner().invoke(cli, ["geocode", "Novoselivka"]).output)[0]["source"]
        == "GeoNames"
    )


def test_cli_geocode_online_needs_a_user_agent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GEOEVENTS_USER_AGENT", raising=False)
    result = CliRunner().invoke(cli, ["geocode", "--geocoder", "nominatim", "Kyiv"])
    assert result.exit_code == 2
    assert "user agent" in result.output


def test_cli_geocode_online_fallback(
    nominatim: ThreadingHTTPServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GEOEVENTS_CACHE", str(tmp_path))
    result = CliRunner().invoke(
        cli,
        [
            "geocode",
            "--geocoder",
            "nominatim",
            "--user-agent",
            "geoevents-tests/1.0",
            "--nominatim-url",
            f"http://127.0.0.1:{nominatim.server_port}",
            "Zmiivka, Kherson Oblast",
            "Kyiv",
        ],
    )
    assert result.exit_code == 0, result.output
    online, offline = _lines(result.output)
    assert (online["source"], online["admin1"], online["lat"]) == ("online", "Kherson Oblast", 47.0)
    assert offline["source"] == "curated"
    assert len(nominatim.requests) == 1


def test_cli_evaluate_geocoding_on_the_dev_gold() -> None:
    gold = shared_path("data", "reports-dev", "gold.jsonl")
    result = CliRunner().invoke(
        cli, ["evaluate-geocoding", "--gold", str(gold), "--details", "--strict"]
    )
    assert result.exit_code == 0, result.output
    assert "| all |" in result.output
    assert ": met" in result.output


def test_evaluate_geocoding_scores_admin1_and_kyiv_districts() -> None:
    from geoevents.evaluate_geo import (
        evaluate_geocoding,
        format_misses,
        format_table,
        tally,
        targets_met,
    )

    records = [
        {
            "report": "x",
            "kind": ["a"],
            "events": [
                {
                    "place": "Darnytskyi district",
                    "place_level": "district",
                    "admin1": "Kyiv",
                    "kyiv_district": "Darnytskyi",
                    "target_country": "UA",
                    "role": "incident",
                },
                {
                    "place": "Kyivskyi district, Kharkiv",
                    "place_level": "district",
                    "admin1": "Kharkiv Oblast",
                    "kyiv_district": None,
                    "target_country": "UA",
                    "role": "incident",
                },
                {
                    "place": "Ukraine",
                    "place_level": "country",
                    "admin1": None,
                    "kyiv_district": None,
                    "target_country": "UA",
                    "role": "rollup",
                },
                {
                    "place": "Xyzzyville",
                    "place_level": "village",
                    "admin1": "Sumy Oblast",
                    "kyiv_district": None,
                    "target_country": "UA",
                    "role": "incident",
                },
            ],
        },
    ]
    outcomes = evaluate_geocoding(records)
    total = tally("all", outcomes)
    assert (
        total.events,
        total.admin1_ok,
        total.districts_named,
        total.districts_ok,
        total.districts_extra,
    ) == (4, 3, 1, 1, 0)
    assert not targets_met(outcomes)
    assert "NOT met" in format_table(outcomes)
    assert "Xyzzyville" in format_misses(outcomes)
