"""The event store: schema, deduplication, re-ingest, safety under kill -9 and concurrency."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoevents.cli import cli
from geoevents.exceptions import StoreError
from geoevents.models import Event
from geoevents.reports import report_from_text
from geoevents.store import SCHEMA_VERSION, Contribution, EventStore, Source, content_hash
from geoevents.store.merge import merge_event

ROOT = Path(__file__).resolve().parents[1]
OGRINFO = shutil.which("ogrinfo")


def _event(**kw: object) -> Event:
    base = {
        "night": "2024-10-20",
        "time_precision": 1,
        "attacker": "Russia",
        "country": "UA",
        "admin1": "Kyiv",
        "place": "Kyiv",
        "place_level": "city",
        "place_id": "ua-30-kyiv",
        "lat": 50.45466,
        "lon": 30.5238,
        "geo_precision": 1,
        "weapon_class": "drone",
    }
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def _source(name: str, *, published: str | None = None, authority: int = 1, **kw: object) -> Source:
    return Source(
        report_hash=content_hash(name),
        source_id=name,
        published=published,
        authority=authority,
        **kw,
    )  # type: ignore[arg-type]


def _add(
    store: EventStore, name: str, *events: Event, published: str | None = None, authority: int = 1
):
    from geoevents.gazetteer import Gazetteer

    source = _source(name, published=published, authority=authority)
    for e in events:
        e.source_id = name
        e.published = published
    return store.add(
        [source],
        [Contribution(event=e, source=source) for e in events],
        gazetteer=Gazetteer.bundled(geonames=False),
    )


@pytest.fixture
def store(tmp_path: Path) -> EventStore:
    with EventStore(tmp_path / "events.gpkg") as s:
        yield s


# ---------------------------------------------------------------- the file


def test_new_store_has_schema_version_and_layers(store: EventStore) -> None:
    import pyogrio

    assert store.meta()["schema_version"] == str(SCHEMA_VERSION)
    layers = dict(pyogrio.list_layers(store.path))
    assert layers["events"] == "Point"
    for table in ("reports", "mentions", "contributions", "alerts", "geoevents_meta"):
        assert table in layers
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.skipif(
    OGRINFO is None, reason="GDAL's ogrinfo is not installed (apt-get install gdal-bin)"
)
def test_ogrinfo_opens_the_store(store: EventStore) -> None:
    _add(store, "a", _event(wounded=2))
    out = subprocess.run(
        [OGRINFO, "-so", str(store.path), "events"], capture_output=True, text=True, check=True
    )
    assert "Geometry: Point" in out.stdout
    assert "Feature Count: 1" in out.stdout
    assert "wounded_high: Integer" in out.stdout


def test_store_of_another_version_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "old.gpkg"
    EventStore(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE geoevents_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match=r"schema version 99.*reads version 1"):
        EventStore(path)


def test_not_a_store_is_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.gpkg"
    text.write_text("hello, not sqlite at all" * 100)
    with pytest.raises(StoreError, match="not a GeoPackage"):
        EventStore(text)
    other = tmp_path / "other.gpkg"
    import geopandas as gpd
    from shapely.geometry import Point

    gpd.GeoDataFrame({"a": [1]}, geometry=[Point(0, 0)], crs="EPSG:4326").to_file(other, layer="x")
    with pytest.raises(StoreError, match="not a geoevents store"):
        EventStore(other)
    with pytest.raises(StoreError, match="no such store"):
        EventStore(tmp_path / "missing.gpkg", create=False)


# ---------------------------------------------------------------- dedup and merging


def test_reingesting_the_same_report_adds_nothing(store: EventStore) -> None:
    report = report_from_text(
        "Overnight, Russian drones attacked Kyiv. Two people were injured in Kyiv.",
        source_id="r1",
        published="2024-10-21T09:00:00+03:00",
    )
    first = store.ingest_reports([report])
    assert first.sources_added == 1
    before = store.events()
    again = store.ingest_reports([report, report_from_text(report.text, source_id="copy")])
    assert (again.new, again.merged, again.sources_added, again.sources_skipped) == (0, 0, 0, 2)
    assert again.unchanged == first.new
    after = store.events()
    assert len(store.table("reports")) == 1
    assert after.drop(columns="geometry").equals(before.drop(columns="geometry"))


def test_district_and_city_on_the_same_night_are_one_event(store: EventStore) -> None:
    _add(
        store,
        "a",
        _event(
            place="Holosiivskyi",
            place_level="district",
            district="Holosiivskyi",
            place_id="ua-30-holosiivskyi",
            wounded=1,
        ),
        published="2024-10-21T08:00:00+03:00",
    )
    summary = _add(store, "b", _event(wounded=3), published="2024-10-21T12:00:00+03:00")
    assert (summary.new, summary.merged) == (0, 1)
    gdf = store.events()
    assert len(gdf) == 1
    row = gdf.iloc[0]
    assert row["place"] == "Kyiv" and row["place_level"] == "city"
    assert row["n_sources"] == 2 and row["source_ids"] == "a; b"
    assert (row["wounded"], row["wounded_low"], row["wounded_high"]) == (3, 1, 3)
    mentions = store.table("mentions")
    assert set(mentions["event_id"]) == {row["event_id"]}


def test_two_districts_of_one_city_sum_within_a_report() -> None:
    src = _source("a", published="2024-10-21")
    items = []
    for place_id, name, wounded in (
        ("ua-30-holosiivskyi", "Holosiivskyi", 1),
        ("ua-30-solomianskyi", "Solomianskyi", 2),
    ):
        c = Contribution(
            event=_event(place=name, place_level="district", place_id=place_id, wounded=wounded),
            source=src,
        )
        items.append(c)
    from geoevents.gazetteer import Gazetteer
    from geoevents.store.merge import assign_keys

    assign_keys(items, Gazetteer.bundled(geonames=False))
    assert items[0].event_id == items[1].event_id
    row = merge_event(items[0].event_id, items)
    assert row["wounded"] == 3
    assert row["place"] == "Kyiv"  # two districts: the event stands for their city


def test_rising_casualty_count_ends_at_the_latest_and_official_tally_wins(
    store: EventStore,
) -> None:
    national = {
        "place": "Ukraine",
        "place_level": "country",
        "place_id": "ua",
        "admin1": None,
        "lat": None,
        "lon": None,
        "role": "rollup",
    }
    _add(store, "morning", _event(killed=2), published="2024-10-21T09:00:00+03:00")
    _add(store, "evening", _event(killed=5), published="2024-10-21T20:00:00+03:00")
    _add(store, "noon", _event(killed=4), published="2024-10-21T13:00:00+03:00")
    _add(
        store,
        "air force",
        _event(drones_launched=100, drones_downed=80, **national),
        published="2024-10-21T08:00:00+03:00",
        authority=2,
    )
    _add(
        store,
        "outlet",
        _event(drones_launched=110, drones_downed=85, **national),
        published="2024-10-21T15:00:00+03:00",
    )
    gdf = store.events().set_index("place")
    kyiv, ukraine = gdf.loc["Kyiv"], gdf.loc["Ukraine"]
    assert (kyiv["killed"], kyiv["killed_low"], kyiv["killed_high"], kyiv["n_sources"]) == (
        5,
        2,
        5,
        3,
    )
    assert (
        ukraine["drones_launched"],
        ukraine["drones_launched_low"],
        ukraine["drones_launched_high"],
    ) == (100, 100, 110)
    assert ukraine["drones_downed"] == 80
    assert ukraine["role"] == "rollup"


def test_merge_does_not_depend_on_ingest_order(tmp_path: Path) -> None:
    specs = [
        ("a", _event(killed=1, damage=["residential"]), "2024-10-21T09:00:00+03:00"),
        (
            "b",
            _event(killed=3, damage=["energy"], weapon_class="missile"),
            "2024-10-21T18:00:00+03:00",
        ),
        (
            "c",
            _event(
                place="Holosiivskyi",
                place_level="district",
                place_id="ua-30-holosiivskyi",
                wounded=4,
            ),
            "2024-10-21",
        ),
    ]
    frames = []
    for order in (specs, specs[::-1]):
        with EventStore(tmp_path / f"s{len(frames)}.gpkg") as s:
            for name, event, published in order:
                _add(s, name, Event(**event.to_dict()), published=published)
            frames.append(s.events().drop(columns="geometry"))
    assert frames[0].equals(frames[1])
    row = frames[0].iloc[0]
    assert (
        row["weapon_class"] == "both"
        and row["damage"] == ["residential", "energy"]
        and row["killed"] == 3
    )


def test_different_attacker_or_night_stays_apart_and_undated_never_merges(
    store: EventStore,
) -> None:
    _add(store, "a", _event(killed=1))
    _add(store, "b", _event(killed=1, night="2024-10-21"))
    _add(store, "c", _event(killed=1, attacker="Ukraine"))
    _add(store, "d", _event(killed=1, night=None))
    _add(store, "e", _event(killed=1, night=None))
    assert len(store.events()) == 5


def test_schema_fields_survive_the_store(store: EventStore) -> None:
    event = _event(
        role="listed",
        weapon_class="missile",
        place_id="ua-30-kyiv",
        spans=[{"field": "x", "start": 1, "end": 2, "text": "y"}],
        evidence=["One sentence."],
        damage=["energy"],
        geocode_source="curated",
        time_precision=2,
        sub_event_type="Shelling/artillery/missile attack",
    )
    _add(store, "a", event, published="2024-10-21T09:00:00+03:00")
    row = store.events().iloc[0]
    for name in (
        "role",
        "weapon_class",
        "place_id",
        "spans",
        "evidence",
        "damage",
        "geocode_source",
        "time_precision",
        "sub_event_type",
        "published",
        "source_id",
    ):
        assert row[name] == getattr(event, name), name
    assert row.geometry.x == pytest.approx(30.5238) and row.geometry.y == pytest.approx(50.45466)


def test_revised_dataset_unit_supersedes_the_old_one(store: EventStore) -> None:
    old = Source(report_hash="h1", source_id="ds:1", kind="dataset", supersedes="ds:2024-10-20")
    new = Source(report_hash="h2", source_id="ds:1", kind="dataset", supersedes="ds:2024-10-20")
    store.add([old], [Contribution(event=_event(killed=2), source=old)])
    summary = store.add([new], [Contribution(event=_event(killed=7), source=new)])
    assert summary.superseded == 1
    row = store.events().iloc[0]
    assert (row["killed"], row["killed_low"], row["n_sources"]) == (7, 7, 1)
    assert list(store.table("reports")["report_hash"]) == ["h2"]


# ---------------------------------------------------------------- the CLI


def test_cli_ingest_reports_counts_and_bad_input(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "a.txt").write_text(
        "Overnight, Russian drones attacked Kyiv. Two people were injured in Kyiv.\n"
    )
    (reports / "a.meta.json").write_text(
        '{"published": "2024-10-21T09:00:00+03:00", "outlet": "Sample"}'
    )
    (reports / "b.txt").write_bytes(b"\xff\xfe\x00binary")
    store = tmp_path / "s.gpkg"
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", str(reports), "--store", str(store)])
    assert result.exit_code == 1, result.output
    assert (
        "b.txt" in result.stderr
        and len([ln for ln in result.stderr.splitlines() if "error" in ln]) == 1
    )
    assert "new" in result.stdout and "sources added" in result.stdout
    again = runner.invoke(cli, ["ingest", str(reports / "a.txt"), "--store", str(store)])
    assert again.exit_code == 0
    assert "0 new, 0 merged" in again.stdout and "1 already stored" in again.stdout


def test_cli_ingest_default_store_path_from_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text(
        "Russian drones attacked Kharkiv overnight; one person was killed in Kharkiv."
    )
    result = CliRunner().invoke(cli, ["ingest", "r.txt", "--published", "2024-10-21"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "data" / "events.gpkg").exists()
    monkeypatch.setenv("GEOEVENTS_STORE", str(tmp_path / "elsewhere.gpkg"))
    assert CliRunner().invoke(cli, ["ingest", "r.txt", "--published", "2024-10-21"]).exit_code == 0
    assert (tmp_path / "elsewhere.gpkg").exists()


def test_cli_reports_a_store_error_in_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.gpkg"
    bad.write_text("not a database" * 50)
    (tmp_path / "r.txt").write_text("Russian drones attacked Kharkiv overnight.")
    result = CliRunner().invoke(cli, ["ingest", str(tmp_path / "r.txt"), "--store", str(bad)])
    assert result.exit_code == 3
    assert (
        result.stderr.count("\n") == 1
        and "bad.gpkg" in result.stderr
        and "Traceback" not in result.stderr
    )


# ---------------------------------------------------------------- safety: kill -9 and concurrency

_CHILD = textwrap.dedent(
    """
    import sys
    from geoevents.models import Event
    from geoevents.store import Contribution, EventStore, Source

    path, tag, n, shared = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    sources, contribs = [], []
    for i in range(n):
        source = Source(report_hash=f"{tag}-{i}", source_id=f"{tag}-{i}", published="2024-10-21T09:00:00+03:00")
        place = f"shared place {i}" if i < shared else f"{tag} place {i}"
        event = Event(night="2024-10-20", attacker="Russia", country="UA", admin1="Kyiv Oblast", place=place,
                      place_level="village", killed=i % 7, evidence=[f"sentence {i} of {tag}"], lat=50.0, lon=30.0)
        sources.append(source)
        contribs.append(Contribution(event=event, source=source))
    store = EventStore(path)
    print("ready", flush=True)
    summary = store.add(sources, contribs)
    print(summary.line(), flush=True)
    """
)


def _child(path: Path, tag: str, n: int, shared: int = 0) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), tag, str(n), str(shared)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _check_intact(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    with EventStore(path, create=False) as s:
        events = s.events()
        contributions = s.table("contributions")
        assert set(contributions["event_id"]) == set(events["event_id"])
        return len(events)


@pytest.mark.slow
def test_kill_9_during_a_write_leaves_the_store_as_before_or_after(tmp_path: Path) -> None:
    path = tmp_path / "events.gpkg"
    with EventStore(path) as s:
        _add(s, "before", _event(killed=1))
    journal = path.with_name(path.name + "-journal")
    n, expected, mid_write = 40_000, 1, 0
    for delay in (0.0, 0.5, 2.0):
        child = _child(path, f"run{delay}", n)
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        ready = time.time()
        deadline = time.monotonic() + 120
        while child.poll() is None and time.monotonic() < deadline:
            stat = journal.stat() if journal.exists() else None
            if stat is not None and stat.st_size > 0 and stat.st_mtime >= ready - 1:
                break  # the child's transaction has started writing pages
            time.sleep(0.002)
        time.sleep(delay)
        if child.poll() is None and journal.exists():
            mid_write += 1
        child.send_signal(signal.SIGKILL)
        child.wait()
        count = _check_intact(path)
        assert count in (expected, expected + n), (delay, count)
        expected = count
    assert mid_write >= 2  # really killed during writes
    with EventStore(path, create=False) as s:
        kyiv = s.events().set_index("place").loc["Kyiv"]
        assert kyiv["killed"] == 1 and kyiv["n_sources"] == 1  # what was stored before is untouched
    if OGRINFO:
        subprocess.run([OGRINFO, "-so", str(path), "events"], capture_output=True, check=True)


@pytest.mark.slow
def test_two_ingests_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "events.gpkg"
    n, shared = 3_000, 500
    first, second = _child(path, "one", n, shared), _child(path, "two", n, shared)
    outs = [p.communicate(timeout=300) for p in (first, second)]
    for process, (out, err) in zip((first, second), outs, strict=True):
        assert process.returncode == 0, err
        assert "ready" in out
    count = _check_intact(path)
    assert count == 2 * n - shared
    with EventStore(path, create=False) as s:
        events = s.events()
        both = events[events["place"].str.startswith("shared place")]
        assert len(both) == shared and set(both["n_sources"]) == {2}
        assert len(s.table("reports")) == 2 * n


# ---------------------------------------------------------------- properties of the merge

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_counts = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))


@settings(max_examples=60, deadline=None)
@given(
    killed=_counts,
    wounded=_counts,
    launched=_counts,
    low=_counts,
    high=_counts,
    published=st.sampled_from([None, "2024-10-21", "2024-10-21T09:00:00+03:00"]),
    weapon=st.sampled_from(["drone", "missile", "both", "unknown"]),
    role=st.sampled_from(["incident", "rollup", "listed"]),
    district=st.booleans(),
)
def test_single_contribution_fast_path_equals_the_general_merge(
    killed: int | None,
    wounded: int | None,
    launched: int | None,
    low: int | None,
    high: int | None,
    published: str | None,
    weapon: str,
    role: str,
    district: bool,
) -> None:
    from geoevents.gazetteer import Gazetteer
    from geoevents.store.merge import assign_keys, merge_general

    extra = (
        {"place": "Holosiivskyi", "place_level": "district", "place_id": "ua-30-holosiivskyi"}
        if district
        else {}
    )
    event = _event(
        killed=killed,
        wounded=wounded,
        drones_launched=launched,
        weapon_class=weapon,
        role=role,
        published=published,
        damage=["energy", "residential"],
        evidence=["s", "s", "t"],
        **extra,
    )
    c = Contribution(
        event=event,
        source=_source("x", published=published),
        low={"killed": low} if low is not None else {},
        high={"killed": high} if high is not None else {},
    )
    assign_keys([c], Gazetteer.bundled(geonames=False))
    assert merge_event(c.event_id, [c]) == merge_general(c.event_id, [c])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            _counts,
            st.sampled_from([None, "2024-10-21T08:00:00+03:00", "2024-10-21T20:00:00+03:00"]),
            st.sampled_from([1, 2]),
        ),
        min_size=1,
        max_size=5,
    )
)
def test_best_lies_between_low_and_high(figures: list[tuple[int | None, str | None, int]]) -> None:
    from geoevents.store.merge import assign_keys

    items = []
    for i, (killed, published, authority) in enumerate(figures):
        source = _source(f"s{i}", published=published, authority=authority)
        items.append(
            Contribution(
                event=_event(killed=killed, drones_launched=killed, published=published),
                source=source,
            )
        )
    assign_keys(items, None)
    row = merge_event(items[0].event_id, items)
    for name in ("killed", "drones_launched"):
        values = [k for k, _, _ in figures if k is not None]
        if values:
            assert (
                row[f"{name}_low"] == min(values) <= row[name] <= row[f"{name}_high"] == max(values)
            )
        else:
            assert row[name] is None and row[f"{name}_low"] is None
    assert row["n_sources"] == len(figures)
