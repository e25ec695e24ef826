"""The store file as a GeoPackage: tables, geometry blobs, schema version.

The store is a GeoPackage 1.2 (an SQLite database) written with plain ``sqlite3`` so that
every change to the events layer and to its non-spatial tables is one SQLite
transaction. GDAL, QGIS and GeoPandas (pyogrio) open it like any GeoPackage: ``events``
is a Point layer in EPSG:4326; ``reports``, ``mentions``, ``contributions``, ``alerts``
and ``geoevents_meta`` are attribute tables registered in ``gpkg_contents``.

No R-tree spatial index is kept in the store (the extension's triggers need GDAL's SQL
functions inside every writer); ``geoevents export -o FILE.gpkg`` writes an indexed copy.
"""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from geoevents.exceptions import StoreError
from geoevents.frame import EVENT_COLUMNS, INT_COLUMNS
from geoevents.models import COUNT_FIELDS

#: Version of the store's table layout; a store of another version is refused.
SCHEMA_VERSION = 1

GPKG_APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_USER_VERSION = 10200  # GeoPackage 1.2
SRS_ID = 4326
EVENTS_TABLE = "events"
GEOMETRY_COLUMN = "geom"

#: Columns the store keeps beside the event schema: UCDP-style ranges and source counts.
RANGE_COLUMNS: list[str] = [f"{f}_{end}" for f in COUNT_FIELDS for end in ("low", "high")]
STORE_EXTRA_COLUMNS: list[str] = [
    *RANGE_COLUMNS,
    "n_sources",
    "source_ids",
    "first_published",
    "last_published",
]
#: Attribute columns of the events layer, in order.
STORE_COLUMNS: list[str] = [*EVENT_COLUMNS, *STORE_EXTRA_COLUMNS]
STORE_INT_COLUMNS: tuple[str, ...] = (*INT_COLUMNS, *RANGE_COLUMNS, "n_sources")

_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]'
)


def _column_type(name: str) -> str:
    return "INTEGER" if name in STORE_INT_COLUMNS else "TEXT"


def _events_ddl() -> str:
    columns = ",\n  ".join(
        f'"{c}" {_column_type(c)}' + (" NOT NULL UNIQUE" if c == "event_id" else "")
        for c in STORE_COLUMNS
    )
    return (
        f'CREATE TABLE "{EVENTS_TABLE}" (\n  fid INTEGER PRIMARY KEY AUTOINCREMENT,\n'
        f'  "{GEOMETRY_COLUMN}" POINT,\n  {columns}\n)'
    )


#: Attribute tables: name -> (column definitions, description).
ATTRIBUTE_TABLES: dict[str, tuple[str, str]] = {
    "geoevents_meta": (
        "key TEXT NOT NULL UNIQUE, value TEXT",
        "geoevents store metadata (schema_version, created_at, created_by)",
    ),
    "reports": (
        "report_hash TEXT NOT NULL UNIQUE, kind TEXT, source_id TEXT, url TEXT, outlet TEXT, "
        "title TEXT, published TEXT, path TEXT, dataset TEXT, supersedes TEXT, authority INTEGER, "
        "n_contributions INTEGER, ingested_at TEXT",
        "sources: one row per report or dataset unit, keyed by its content hash",
    ),
    "contributions": (
        "event_id TEXT NOT NULL, report_hash TEXT NOT NULL, place_key TEXT, sub_place INTEGER, "
        "published TEXT, published_ts REAL, authority INTEGER, dataset_rows TEXT, record TEXT",
        "what each source said about each event (the inputs of the merge)",
    ),
    "mentions": (
        "event_id TEXT NOT NULL, report_hash TEXT NOT NULL, source_id TEXT, source_url TEXT, "
        "published TEXT, place TEXT, sentence TEXT",
        "every report sentence (or dataset row) each event came from",
    ),
    "alerts": (
        "dataset TEXT NOT NULL, night TEXT NOT NULL, admin1 TEXT NOT NULL, minutes REAL, "
        "night_minutes REAL, alerts INTEGER, UNIQUE (dataset, night, admin1)",
        "air-raid alert minutes per night and admin1",
    ),
}

_INDEXES = (
    f'CREATE INDEX IF NOT EXISTS idx_events_night ON "{EVENTS_TABLE}" (night)',
    "CREATE INDEX IF NOT EXISTS idx_contributions_event ON contributions (event_id)",
    "CREATE INDEX IF NOT EXISTS idx_contributions_report ON contributions (report_hash)",
    "CREATE INDEX IF NOT EXISTS idx_mentions_event ON mentions (event_id)",
    "CREATE INDEX IF NOT EXISTS idx_mentions_report ON mentions (report_hash)",
    "CREATE INDEX IF NOT EXISTS idx_reports_supersedes ON reports (supersedes)",
)


def connect(path: str | Path, *, timeout: float = 600.0) -> sqlite3.Connection:
    """Open the store's SQLite connection in autocommit mode (explicit transactions)."""
    try:
        conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)
    except sqlite3.Error as err:
        msg = f"{str(path)!r}: cannot open store: {err}"
        raise StoreError(msg) from err
    conn.execute("PRAGMA foreign_keys = OFF")
    return conn


def _table_names(conn: sqlite3.Connection) -> set[str]:
    return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def check_or_create(
    conn: sqlite3.Connection, path: str | Path, *, create: bool, created_by: str
) -> None:
    """Check that ``conn`` is a geoevents store of :data:`SCHEMA_VERSION`; create it if empty.

    Creation runs in one ``BEGIN IMMEDIATE`` transaction, so two processes creating the
    same store at once end with one complete store.
    """
    name = str(path)
    try:
        tables = _table_names(conn)
    except sqlite3.DatabaseError as err:
        msg = f"{name!r}: not a GeoPackage (not an SQLite database: {err})"
        raise StoreError(msg) from err
    if not tables:
        if not create:
            msg = f"{name!r}: empty file, not a geoevents store"
            raise StoreError(msg)
        conn.execute("BEGIN IMMEDIATE")
        try:
            if not _table_names(conn):  # another process may have won the race
                _create(conn, created_by)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        tables = _table_names(conn)
    if "gpkg_contents" not in tables:
        msg = f"{name!r}: not a GeoPackage (an SQLite database without gpkg_contents)"
        raise StoreError(msg)
    if "geoevents_meta" not in tables:
        msg = (
            f"{name!r}: a GeoPackage but not a geoevents store (no geoevents_meta table); "
            "choose another --store path, or ingest its events from an export"
        )
        raise StoreError(msg)
    row = conn.execute("SELECT value FROM geoevents_meta WHERE key = 'schema_version'").fetchone()
    version = row[0] if row else None
    if str(version) != str(SCHEMA_VERSION):
        msg = (
            f"{name!r}: store schema version {version}, but this geoevents reads version "
            f"{SCHEMA_VERSION}; use the geoevents release that wrote it to export the events, "
            "then ingest them into a new store"
        )
        raise StoreError(msg)


def _create(conn: sqlite3.Connection, created_by: str) -> None:
    conn.execute(f"PRAGMA application_id = {GPKG_APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {GPKG_USER_VERSION}")
    conn.execute(
        "CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
        "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
        "description TEXT)"
    )
    conn.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                "Undefined cartesian SRS",
                -1,
                "NONE",
                -1,
                "undefined",
                "undefined cartesian coordinate reference system",
            ),
            (
                "Undefined geographic SRS",
                0,
                "NONE",
                0,
                "undefined",
                "undefined geographic coordinate reference system",
            ),
            (
                "WGS 84 geodetic",
                SRS_ID,
                "EPSG",
                4326,
                _WGS84_WKT,
                "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid",
            ),
        ],
    )
    conn.execute(
        "CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
        "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
        "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
        "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
        "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))"
    )
    conn.execute(
        "CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
        "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
        "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
        "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
        "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
        "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))"
    )
    conn.execute(_events_ddl())
    conn.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
        "VALUES (?, 'features', ?, ?, ?)",
        (
            EVENTS_TABLE,
            EVENTS_TABLE,
            "geoevents events: one deduplicated record per attack, place and night",
            SRS_ID,
        ),
    )
    conn.execute(
        "INSERT INTO gpkg_geometry_columns VALUES (?, ?, 'POINT', ?, 0, 0)",
        (EVENTS_TABLE, GEOMETRY_COLUMN, SRS_ID),
    )
    for table, (columns, description) in ATTRIBUTE_TABLES.items():
        conn.execute(f"CREATE TABLE {table} (fid INTEGER PRIMARY KEY AUTOINCREMENT, {columns})")
        conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
            "VALUES (?, 'attributes', ?, ?)",
            (table, table, description),
        )
    for statement in _INDEXES:
        conn.execute(statement)
    conn.executemany(
        "INSERT INTO geoevents_meta (key, value) VALUES (?, ?)",
        [
            ("schema_version", str(SCHEMA_VERSION)),
            ("created_at", _utc_now()),
            ("created_by", created_by),
        ],
    )


def _utc_now() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------- geometry blobs

_HEADER = struct.pack("<2sBBi", b"GP", 0, 0x01, SRS_ID)  # little endian, no envelope
_POINT = struct.Struct("<BIdd")


def point_blob(lon: float | None, lat: float | None) -> bytes | None:
    """A GeoPackage geometry blob for ``Point(lon, lat)`` (``None`` for a missing point)."""
    if lon is None or lat is None:
        return None
    if lon != lon or lat != lat:  # NaN
        return None
    return _HEADER + _POINT.pack(1, 1, float(lon), float(lat))


_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}


def blobs_to_xy(blobs: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
    """Decode GeoPackage point blobs into lon/lat arrays (NaN where missing or empty)."""
    n = len(blobs)
    lon = np.full(n, np.nan)
    lat = np.full(n, np.nan)
    for i, blob in enumerate(blobs):
        if not blob:
            continue
        flags = blob[3]
        if flags & 0x10:  # empty geometry
            continue
        start = 8 + _ENVELOPE_BYTES.get((flags >> 1) & 0x07, 0)
        order = "<" if blob[start] == 1 else ">"
        (gtype,) = struct.unpack_from(order + "I", blob, start + 1)
        if gtype % 1000 != 1:
            continue
        lon[i], lat[i] = struct.unpack_from(order + "dd", blob, start + 5)
    return lon, lat


def update_extent(conn: sqlite3.Connection) -> None:
    """Refresh the events layer's extent and ``last_change`` in ``gpkg_contents``."""
    extent = conn.execute("SELECT value FROM geoevents_meta WHERE key = 'extent'").fetchone()
    values: tuple[float | None, ...] = (None, None, None, None)
    if extent and extent[0]:
        values = tuple(float(v) for v in extent[0].split(","))
    conn.execute(
        "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
        "last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE table_name = ?",
        (*values, EVENTS_TABLE),
    )


def grow_extent(conn: sqlite3.Connection, points: Iterable[tuple[float, float]]) -> None:
    """Widen the stored extent to cover ``points`` (lon, lat) and update ``gpkg_contents``."""
    xs: list[float] = []
    ys: list[float] = []
    for lon, lat in points:
        xs.append(lon)
        ys.append(lat)
    row = conn.execute("SELECT value FROM geoevents_meta WHERE key = 'extent'").fetchone()
    if row and row[0]:
        min_x, min_y, max_x, max_y = (float(v) for v in row[0].split(","))
        xs += [min_x, max_x]
        ys += [min_y, max_y]
    if xs:
        value = f"{min(xs)!r},{min(ys)!r},{max(xs)!r},{max(ys)!r}"
        conn.execute(
            "INSERT INTO geoevents_meta (key, value) VALUES ('extent', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (value,),
        )
    update_extent(conn)
