"""The event store: add sources in one transaction, read events back as a GeoDataFrame.

Safe writes: every change is one SQLite transaction (``BEGIN IMMEDIATE`` ... ``COMMIT``)
in the default rollback-journal mode. A run killed at any point leaves the store as it
was before that transaction (SQLite rolls the hot journal back on the next open) or as
after it; two runs at once are serialised by SQLite's lock (the second waits up to
``timeout`` seconds), and each re-reads what the other committed before merging.
Slow work (reading and extracting reports) happens before the transaction starts.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from geoevents.exceptions import ReportFormatError, StoreError
from geoevents.frame import CRS, LIST_COLUMNS
from geoevents.models import Event, Report
from geoevents.store import gpkg
from geoevents.store.merge import (
    Contribution,
    Source,
    assign_keys,
    authority_of,
    content_hash,
    merge_event,
)

if TYPE_CHECKING:
    import geopandas as gpd

    from geoevents.gazetteer import Gazetteer

logger = logging.getLogger(__name__)

#: Where ``geoevents ingest`` keeps events unless ``--store`` or ``GEOEVENTS_STORE`` says otherwise.
DEFAULT_STORE = "data/events.gpkg"
_CHUNK = 500


def default_store_path() -> str:
    """``$GEOEVENTS_STORE`` when set, else :data:`DEFAULT_STORE`."""
    return os.environ.get("GEOEVENTS_STORE") or DEFAULT_STORE


@dataclass
class IngestSummary:
    """What one ingest did.

    ``new``: events created; ``merged``: existing events that gained a source;
    ``unchanged``: events of sources that were already stored (nothing added);
    ``sources_added``/``sources_skipped``: sources stored now / already present;
    ``superseded``: older dataset units replaced by revised ones.
    """

    new: int = 0
    merged: int = 0
    unchanged: int = 0
    sources_added: int = 0
    sources_skipped: int = 0
    superseded: int = 0
    total_events: int = 0
    event_ids: list[str] = field(default_factory=list)

    def line(self) -> str:
        """One line for the terminal."""
        return (
            f"{self.new} new, {self.merged} merged, {self.unchanged} unchanged events "
            f"({self.sources_added} sources added, {self.sources_skipped} already stored"
            + (f", {self.superseded} superseded" if self.superseded else "")
            + f"); the store holds {self.total_events} events"
        )


class EventStore:
    """A GeoPackage of deduplicated events, their sources and the sentences they came from.

    Parameters
    ----------
    path
        The store file (created with its folder when missing and ``create`` is true).
    create
        Create a new store when ``path`` does not exist.
    timeout
        Seconds to wait for another process's write to finish.

    Examples
    --------
    >>> store = EventStore("data/events.gpkg")  # doctest: +SKIP
    >>> store.ingest_reports(read_reports("data/reports")).line()  # doctest: +SKIP
    """

    def __init__(self, path: str | Path, *, create: bool = True, timeout: float = 600.0) -> None:
        self.path = Path(path)
        if not self.path.exists():
            if not create:
                msg = f"{str(self.path)!r}: no such store"
                raise StoreError(msg)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                msg = f"cannot create folder for {str(self.path)!r}: {err.strerror or err}"
                raise StoreError(msg) from err
        elif self.path.is_dir():
            msg = f"{str(self.path)!r}: is a directory, not a store file"
            raise StoreError(msg)
        self.timeout = timeout
        from geoevents import __version__

        conn = gpkg.connect(self.path, timeout=timeout)
        try:
            gpkg.check_or_create(
                conn, self.path, create=create, created_by=f"geoevents {__version__}"
            )
        except sqlite3.Error as err:
            conn.close()
            msg = f"{str(self.path)!r}: cannot open store: {err}"
            raise StoreError(msg) from err
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the connection (the store stays usable by other processes)."""
        self._conn.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as err:
            msg = f"{str(self.path)!r}: store is busy (another run is writing): {err}"
            raise StoreError(msg) from err
        try:
            yield conn
            conn.execute("COMMIT")
        except sqlite3.Error as err:
            conn.execute("ROLLBACK")
            msg = f"{str(self.path)!r}: write failed, nothing was changed: {err}"
            raise StoreError(msg) from err
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN")
        try:
            yield conn
        finally:
            conn.execute("COMMIT")

    # ------------------------------------------------------------ writing

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` that are already stored."""
        with self._read() as conn:
            return _known(conn, list(hashes))

    def ingest_reports(
        self,
        reports: Iterable[Report],
        *,
        gazetteer: Gazetteer | None = None,
        fallback: Any | None = None,
        on_error: Callable[[ReportFormatError], None] | None = None,
    ) -> IngestSummary:
        """Extract events from reports and add them; reports already stored are skipped.

        Parameters
        ----------
        reports
            Reports to add. Each is identified by the hash of its text.
        gazetteer, fallback
            Passed to :func:`geoevents.pipeline.events_from_reports`.
        on_error
            Called with a :class:`ReportFormatError` for a report that cannot be
            processed; the other reports are still added.
        """
        from geoevents.gazetteer import Gazetteer
        from geoevents.pipeline import events_from_reports

        gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
        reports = list(reports)
        hashes = [content_hash(r.text) for r in reports]
        known = self.known_hashes(hashes)
        sources: list[Source] = []
        contributions: list[Contribution] = []
        seen: set[str] = set()
        skipped: list[str] = []
        for report, digest in zip(reports, hashes, strict=True):
            if digest in known or digest in seen:
                skipped.append(digest)
                continue
            seen.add(digest)
            try:
                events = events_from_reports([report], gazetteer=gaz, fallback=fallback)
            except Exception as err:  # one bad report must not stop the others
                if on_error is None:
                    raise
                on_error(
                    ReportFormatError(
                        report.path or report.source_id, f"cannot extract events: {err}"
                    )
                )
                continue
            source = source_for_report(report, digest)
            sources.append(source)
            contributions.extend(Contribution(event=e, source=source) for e in events)
        return self.add(sources, contributions, gazetteer=gaz, skipped=skipped)

    def add(
        self,
        sources: Sequence[Source],
        contributions: Sequence[Contribution],
        *,
        gazetteer: Gazetteer | None = None,
        skipped: Sequence[str] = (),
    ) -> IngestSummary:
        """Add sources and what they say, merge, and commit (one transaction).

        Sources whose hash is already stored are skipped with their contributions.
        """
        assign_keys(contributions, gazetteer)
        summary = IngestSummary()
        by_source: dict[str, list[Contribution]] = {}
        for c in contributions:
            by_source.setdefault(c.source.report_hash, []).append(c)
        with self._write() as conn:
            known = _known(conn, [s.report_hash for s in sources])
            fresh: list[Source] = []
            seen: set[str] = set()
            for s in sources:
                if s.report_hash in known or s.report_hash in seen:
                    skipped = [*skipped, s.report_hash]
                    continue
                seen.add(s.report_hash)
                fresh.append(s)
            new_contribs = [c for s in fresh for c in by_source.get(s.report_hash, ())]
            ids_now = {c.event_id for c in new_contribs}
            existing = _existing_events(conn, ids_now)
            affected: set[str] = set()
            superseded = _supersede(conn, fresh, affected)
            summary.superseded = superseded
            now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            conn.executemany(
                "INSERT INTO reports (report_hash, kind, source_id, url, outlet, title, published, path, "
                "dataset, supersedes, authority, n_contributions, ingested_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        s.report_hash,
                        s.kind,
                        s.source_id,
                        s.url,
                        s.outlet,
                        s.title,
                        s.published,
                        s.path,
                        s.dataset,
                        s.supersedes,
                        s.authority,
                        len(by_source.get(s.report_hash, ())),
                        now,
                    )
                    for s in fresh
                ],
            )
            conn.executemany(
                "INSERT INTO contributions (event_id, report_hash, place_key, sub_place, published, "
                "published_ts, authority, dataset_rows, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        c.event_id,
                        c.source.report_hash,
                        c.place_key,
                        int(c.sub_place),
                        c.event.published,
                        c.published_ts,
                        c.authority,
                        c.dataset_rows,
                        c.record(),
                    )
                    for c in new_contribs
                ),
            )
            conn.executemany(
                "INSERT INTO mentions (event_id, report_hash, source_id, source_url, published, place, sentence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        c.event_id,
                        c.source.report_hash,
                        c.event.source_id,
                        c.event.source_url,
                        c.event.published,
                        c.event.place,
                        sentence,
                    )
                    for c in new_contribs
                    for sentence in (c.event.evidence or [None])
                ),
            )
            affected |= ids_now
            stored = _load_contributions(conn, (affected & existing) | (affected - ids_now))
            grouped: dict[str, list[Contribution]] = {}
            for c in new_contribs:
                if c.event_id not in existing:
                    grouped.setdefault(c.event_id, []).append(c)
            for c in stored:
                grouped.setdefault(c.event_id, []).append(c)
            rows = [merge_event(event_id, items) for event_id, items in grouped.items()]
            _upsert(conn, rows)
            gone = affected - set(grouped)
            _delete_events(conn, gone)
            gpkg.grow_extent(
                conn,
                (
                    (r["lon"], r["lat"])
                    for r in rows
                    if r.get("lon") is not None and r.get("lat") is not None
                ),
            )
            summary.new = len(ids_now - existing)
            summary.merged = len(ids_now & existing)
            unchanged = _events_of(conn, list(skipped)) - ids_now
            summary.unchanged = len(unchanged)
            summary.sources_added = len(fresh)
            summary.sources_skipped = len(skipped)
            summary.total_events = conn.execute(
                f'SELECT count(*) FROM "{gpkg.EVENTS_TABLE}"'
            ).fetchone()[0]
            summary.event_ids = sorted(ids_now)
        return summary

    def put_alerts(self, frame: pd.DataFrame, *, dataset: str) -> int:
        """Store alert minutes (columns night, admin1, minutes, night_minutes, alerts); replace per key."""
        rows = [
            (
                dataset,
                str(r.night),
                str(r.admin1),
                float(r.minutes),
                float(r.night_minutes),
                int(r.alerts),
            )
            for r in frame.itertuples(index=False)
        ]
        with self._write() as conn:
            conn.executemany(
                "INSERT INTO alerts (dataset, night, admin1, minutes, night_minutes, alerts) VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(dataset, night, admin1) DO UPDATE SET minutes = excluded.minutes, "
                "night_minutes = excluded.night_minutes, alerts = excluded.alerts",
                rows,
            )
        return len(rows)

    # ------------------------------------------------------------ reading

    def events(self) -> gpd.GeoDataFrame:
        """All stored events as a GeoDataFrame (schema columns, then the store's extras)."""
        with self._read() as conn:
            cur = conn.execute(
                f'SELECT "{gpkg.GEOMETRY_COLUMN}", '
                + ", ".join(f'"{c}"' for c in gpkg.STORE_COLUMNS)
                + f' FROM "{gpkg.EVENTS_TABLE}" ORDER BY night, event_id'
            )
            rows = cur.fetchall()
        return rows_to_gdf(rows)

    def table(self, name: str) -> pd.DataFrame:
        """A non-spatial table (``reports``, ``mentions``, ``contributions``, ``alerts``)."""
        if name not in gpkg.ATTRIBUTE_TABLES:
            msg = f"unknown store table {name!r}; use one of {sorted(gpkg.ATTRIBUTE_TABLES)}"
            raise StoreError(msg)
        with self._read() as conn:
            cur = conn.execute(f"SELECT * FROM {name} ORDER BY fid")
            columns = [d[0] for d in cur.description]
            return pd.DataFrame(cur.fetchall(), columns=columns)

    def alerts(self) -> pd.DataFrame:
        """Stored alert minutes: night, admin1, minutes, night_minutes, alerts (per dataset)."""
        return self.table("alerts").drop(columns="fid")

    def count(self) -> int:
        """Number of stored events."""
        with self._read() as conn:
            return int(conn.execute(f'SELECT count(*) FROM "{gpkg.EVENTS_TABLE}"').fetchone()[0])

    def meta(self) -> dict[str, str]:
        """The ``geoevents_meta`` key/value pairs (schema_version, created_at, ...)."""
        with self._read() as conn:
            return dict(conn.execute("SELECT key, value FROM geoevents_meta").fetchall())


def source_for_report(report: Report, digest: str) -> Source:
    """The :class:`Source` row of a report."""
    return Source(
        report_hash=digest,
        source_id=report.source_id,
        kind="report",
        url=report.url,
        outlet=report.outlet,
        title=report.title,
        published=report.published,
        path=report.path,
        authority=authority_of(report.outlet, report.source_id),
    )


def rows_to_gdf(rows: Sequence[Sequence[Any]]) -> gpd.GeoDataFrame:
    """Store rows (geometry blob first, then :data:`gpkg.STORE_COLUMNS`) -> GeoDataFrame."""
    import geopandas as gpd

    columns = gpkg.STORE_COLUMNS
    frame = (
        pd.DataFrame.from_records(rows, columns=["_geom", *columns])
        if rows
        else pd.DataFrame(columns=["_geom", *columns])
    )
    lon, lat = gpkg.blobs_to_xy(frame["_geom"].tolist())
    frame = frame.drop(columns="_geom")
    for column in gpkg.STORE_INT_COLUMNS:
        frame[column] = pd.array(frame[column].tolist(), dtype="Int64")
    for column in LIST_COLUMNS:
        frame[column] = [json.loads(v) if v else [] for v in frame[column]]
    geometry = gpd.points_from_xy(lon, lat, crs=CRS)
    missing = pd.isna(lon) | pd.isna(lat)
    if missing.any():
        geometry = gpd.GeoSeries(geometry, crs=CRS)
        geometry[missing] = None
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)


# ---------------------------------------------------------------- SQL helpers


def _chunks(values: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _select_in(conn: sqlite3.Connection, sql: str, values: Iterable[str]) -> set[str]:
    """First column of ``sql`` (which ends in ``IN ({marks})``) over ``values``, in chunks."""
    found: set[str] = set()
    for chunk in _chunks(list(dict.fromkeys(values))):
        marks = ",".join("?" * len(chunk))
        found |= {row[0] for row in conn.execute(sql.format(marks=marks), chunk)}
    return found


def _known(conn: sqlite3.Connection, hashes: Sequence[str]) -> set[str]:
    return _select_in(conn, "SELECT report_hash FROM reports WHERE report_hash IN ({marks})", hashes)


def _existing_events(conn: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    sql = f'SELECT event_id FROM "{gpkg.EVENTS_TABLE}" WHERE event_id IN ({{marks}})'
    return _select_in(conn, sql, sorted(ids))


def _events_of(conn: sqlite3.Connection, hashes: Sequence[str]) -> set[str]:
    sql = "SELECT DISTINCT event_id FROM contributions WHERE report_hash IN ({marks})"
    return _select_in(conn, sql, hashes)


def _load_contributions(conn: sqlite3.Connection, ids: Iterable[str]) -> list[Contribution]:
    out: list[Contribution] = []
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        for row in conn.execute(
            "SELECT record, report_hash, event_id, place_key, sub_place, published_ts, authority, dataset_rows "
            f"FROM contributions WHERE event_id IN ({marks}) ORDER BY fid",
            chunk,
        ):
            out.append(
                Contribution.from_row(
                    record=row[0],
                    report_hash=row[1],
                    event_id=row[2],
                    place_key=row[3],
                    sub_place=row[4],
                    published_ts=row[5],
                    authority=row[6],
                    dataset_rows=row[7],
                )
            )
    return out


def _supersede(conn: sqlite3.Connection, fresh: Sequence[Source], affected: set[str]) -> int:
    """Delete older sources replaced by ``fresh`` ones (same ``supersedes`` key)."""
    keys = sorted({s.supersedes for s in fresh if s.supersedes})
    old: list[str] = []
    for chunk in _chunks(keys):
        marks = ",".join("?" * len(chunk))
        old += [
            r[0]
            for r in conn.execute(
                f"SELECT report_hash FROM reports WHERE supersedes IN ({marks})", chunk
            )
        ]
    if not old:
        return 0
    affected |= _events_of(conn, old)
    for chunk in _chunks(old):
        marks = ",".join("?" * len(chunk))
        for table in ("contributions", "mentions", "reports"):
            conn.execute(f"DELETE FROM {table} WHERE report_hash IN ({marks})", chunk)
    return len(old)


def _upsert(conn: sqlite3.Connection, rows: Sequence[dict[str, Any]]) -> None:
    columns = gpkg.STORE_COLUMNS
    names = ", ".join(f'"{c}"' for c in [gpkg.GEOMETRY_COLUMN, *columns])
    marks = ", ".join("?" * (len(columns) + 1))
    updates = ", ".join(
        f'"{c}" = excluded."{c}"' for c in [gpkg.GEOMETRY_COLUMN, *columns] if c != "event_id"
    )
    lists = [i for i, c in enumerate(columns) if c in LIST_COLUMNS]

    def values(r: dict[str, Any]) -> list[Any]:
        out = [r.get(c) for c in columns]
        for i in lists:
            out[i] = json.dumps(list(out[i] or []), ensure_ascii=False)
        return [gpkg.point_blob(r.get("lon"), r.get("lat")), *out]

    conn.executemany(
        f'INSERT INTO "{gpkg.EVENTS_TABLE}" ({names}) VALUES ({marks}) '
        f"ON CONFLICT(event_id) DO UPDATE SET {updates}",
        (values(r) for r in rows),
    )


def _delete_events(conn: sqlite3.Connection, ids: Iterable[str]) -> None:
    for chunk in _chunks(sorted(ids)):
        marks = ",".join("?" * len(chunk))
        conn.execute(f'DELETE FROM "{gpkg.EVENTS_TABLE}" WHERE event_id IN ({marks})', chunk)


def events_to_contributions(events: Iterable[Event], source: Source) -> list[Contribution]:
    """Wrap events of one source as contributions."""
    return [Contribution(event=e, source=source) for e in events]
