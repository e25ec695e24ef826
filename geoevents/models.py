"""Plain data types shared by every stage: reports in, events out.

Pure data, no I/O. Coordinates appear here only as ``lat``/``lon`` floats on
:class:`Event`; the single place where they become a ``Point(lon, lat)`` is
:func:`geoevents.frame.events_to_gdf`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

#: The numeric fields of an event: integers or ``None`` ("not stated"), never guessed.
COUNT_FIELDS: tuple[str, ...] = (
    "drones_launched",
    "missiles_launched",
    "drones_downed",
    "missiles_downed",
    "breached",
    "drones_lost",
    "killed",
    "wounded",
)

#: Damage tags (the annotation guide's fixed list).
DAMAGE_TAGS: tuple[str, ...] = (
    "residential",
    "rail",
    "energy",
    "vehicles",
    "industrial",
    "civilian infrastructure",
    "medical",
    "education",
    "commercial",
    "port",
    "airport",
    "other",
)

PLACE_LEVELS: tuple[str, ...] = (
    "country",
    "region",
    "city",
    "district",
    "neighbourhood",
    "village",
)

ROLES: tuple[str, ...] = ("incident", "rollup", "listed")

#: English names of the countries events and datasets refer to, by ISO 3166-1 alpha-2.
COUNTRY_NAMES: dict[str, str] = {
    "UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "MD": "Moldova", "PL": "Poland", "RO": "Romania",
}


def country_name(code: str | None) -> str | None:
    """``"UA"`` -> ``"Ukraine"``; unknown codes are returned as they are."""
    return COUNTRY_NAMES.get(code or "", code)


@dataclass(frozen=True)
class Report:
    """One input report.

    ``published`` is the publication time as given (ISO 8601 string: a date-time with
    zone, or a bare date), or ``None`` when unknown.
    """

    source_id: str
    text: str
    published: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    path: str | None = None


@dataclass(frozen=True)
class Span:
    """Where one extracted value sits in its report: ``text[start:end]``."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Event:
    """One attack on one place on one night (or day), with provenance.

    The attributes are the columns of the events GeoDataFrame (see README, "Event
    schema"); ``lat``/``lon`` become its Point geometry.
    """

    event_id: str = ""
    night: str | None = None
    time_precision: int | None = None
    attacker: str | None = None
    country: str | None = None
    admin1: str | None = None
    district: str | None = None
    place: str | None = None
    place_level: str | None = None
    geo_precision: int | None = None
    event_type: str = "Explosions/Remote violence"
    sub_event_type: str = "Air/drone strike"
    drones_launched: int | None = None
    missiles_launched: int | None = None
    drones_downed: int | None = None
    missiles_downed: int | None = None
    breached: int | None = None
    drones_lost: int | None = None
    killed: int | None = None
    wounded: int | None = None
    damage: list[str] = field(default_factory=list)
    weapon_class: str = "unknown"
    role: str = "incident"
    source_id: str | None = None
    source_url: str | None = None
    published: str | None = None
    evidence: list[str] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    place_id: str | None = None
    lat: float | None = None
    lon: float | None = None
    geocode_source: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def event_fields() -> list[str]:
    """Names of the :class:`Event` attributes, in schema order."""
    return [f.name for f in dataclasses.fields(Event)]


def parse_published(value: str | None) -> datetime | date | None:
    """Parse an ISO 8601 publication stamp; a bare date stays a :class:`date`.

    Returns ``None`` for ``None``/empty. Raises ``ValueError`` for anything else that
    is not ISO 8601.
    """
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if len(text) == 10:
        return date.fromisoformat(text)
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    return datetime.fromisoformat(text)
