"""Deduplication: which contributions are one event, and what the event says (pure).

A *contribution* is what one source (a report, or one unit of a dataset) says about one
place on one night. Contributions are one event when they share

* the night,
* the attacker, and
* the *site*: the place itself, or for a city district (or neighbourhood) the city that
  encloses it; so "Holosiivskyi district" and "Kyiv" on the same night are one event.

Events without a night are never merged across sources (the key includes the source).
Regions are not merged with the towns in them: an oblast holds many towns, and a report
about "Kharkiv Oblast" may be about another attack than one about Kharkiv city.

Figures (UCDP style: ``best`` with ``low``/``high``):

1. Within one source, a site's figure is the largest of its site-level statement and the
   sum of its sub-places (different districts of one city are parts of the city's total).
2. Across sources, ``low``/``high`` are the smallest/largest figure any source gave (and
   any range a dataset states, e.g. UCDP's ``low``/``high`` deaths).
3. ``best`` comes from one source:

   * casualties (``killed``, ``wounded``): the **latest published** source, then the more
     authoritative one, so a toll that rises through the day ends at the latest figure;
   * weapon tallies (launched, downed, breached, lost): the **most authoritative** source
     (official bodies such as the Air Force: 2; news and other sources: 1), then the latest.

   Remaining ties go to the larger figure, then to the source hash (deterministic).

The merged event is recomputed from all its contributions on every change, so the result
does not depend on the order in which sources were ingested.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from geoevents.models import COUNT_FIELDS, DAMAGE_TAGS, Event, event_fields, parse_published
from geoevents.text import normalize_name

if TYPE_CHECKING:
    from geoevents.gazetteer import Gazetteer, Place

KYIV = ZoneInfo("Europe/Kyiv")
CASUALTY_FIELDS = ("killed", "wounded")
WEAPON_FIELDS = tuple(f for f in COUNT_FIELDS if f not in CASUALTY_FIELDS)
SUB_LEVELS = ("district", "neighbourhood")
_ROLE_RANK = {"incident": 2, "rollup": 1, "listed": 0}

_EVENT_FIELDS = tuple(event_fields())

#: Outlets and source ids of official bodies: their weapon tallies win.
OFFICIAL = re.compile(
    r"air force|kpszsu|general staff|ministry of defen[cs]e|\bmod\b|military administration|"
    r"state emergency service|\bdsns\b|regional (?:state )?administration|\bgovernor\b",
    re.I,
)


@dataclass(frozen=True)
class Source:
    """One source in the store: a report, or one unit of an imported dataset.

    ``report_hash`` is its content hash: a source whose hash is already stored adds
    nothing. ``supersedes`` names a dataset unit (e.g. ``"mma:2024-10-20:national"``):
    a new source with the same key replaces the older one (upstream revisions).
    """

    report_hash: str
    source_id: str | None = None
    kind: str = "report"
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    path: str | None = None
    dataset: str | None = None
    supersedes: str | None = None
    authority: int = 1


@dataclass
class Contribution:
    """What one source says about one place on one night (an :class:`Event` plus provenance)."""

    event: Event
    source: Source
    dataset_rows: str | None = None
    low: dict[str, int] = field(default_factory=dict)
    high: dict[str, int] = field(default_factory=dict)
    event_id: str = ""
    place_key: str = ""
    sub_place: bool = False
    site: dict[str, Any] | None = None
    published_ts: float | None = None
    authority: int = 1

    def record(self) -> str:
        """The contribution as stored (JSON): the event, its ranges and its site."""
        event = self.event
        data = {name: getattr(event, name) for name in _EVENT_FIELDS}  # shallow: asdict deep-copies
        data["_low"] = self.low
        data["_high"] = self.high
        data["_site"] = self.site
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_row(
        cls,
        *,
        record: str,
        report_hash: str,
        event_id: str,
        place_key: str,
        sub_place: int,
        published_ts: float | None,
        authority: int,
        dataset_rows: str | None,
    ) -> Contribution:
        """Rebuild a stored contribution (inverse of :meth:`record`)."""
        data = json.loads(record)
        low = data.pop("_low", None) or {}
        high = data.pop("_high", None) or {}
        site = data.pop("_site", None)
        event = Event(**data)
        return cls(
            event=event,
            source=Source(
                report_hash=report_hash, source_id=event.source_id, published=event.published
            ),
            dataset_rows=dataset_rows,
            low=low,
            high=high,
            event_id=event_id,
            place_key=place_key,
            sub_place=bool(sub_place),
            site=site,
            published_ts=published_ts,
            authority=authority,
        )


def content_hash(text: str) -> str:
    """SHA-256 of a report's text (NFC, LF line ends, outer whitespace stripped)."""
    normal = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def authority_of(outlet: str | None, source_id: str | None = None) -> int:
    """2 for official bodies (by outlet or source id), else 1."""
    text = " ".join(v for v in (outlet, source_id) if v)
    return 2 if text and OFFICIAL.search(text) else 1


def published_ts(value: str | None) -> float | None:
    """POSIX time of a publication stamp; a bare date (or naive time) is Kyiv local time."""
    try:
        parsed = parse_published(value)
    except ValueError:
        return None
    if parsed is None:
        return None
    if isinstance(parsed, datetime):
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=KYIV)
        return parsed.timestamp()
    if isinstance(parsed, date):
        return datetime.combine(parsed, time(0, 0), tzinfo=KYIV).timestamp()
    return None


def place_key(event: Event) -> str:
    """The identity of an event's place: its gazetteer id, else country|admin1|name."""
    if event.place_id:
        return event.place_id
    parts = (event.country or "", event.admin1 or "", normalize_name(event.place or ""))
    return "|".join(parts)


def _site_of(event: Event, gazetteer: Gazetteer | None) -> Place | None:
    """The city that encloses a district/neighbourhood event, from the gazetteer."""
    if gazetteer is None or event.place_level not in SUB_LEVELS or not event.place_id:
        return None
    place = gazetteer.get(event.place_id)
    if place is None or not place.city:
        return None
    for candidate in gazetteer.lookup(place.city, country=place.country, admin1=place.admin1):
        if candidate.place_level == "city" and candidate.admin1 == place.admin1:
            return candidate
    return None


def site_dict(place: Place) -> dict[str, Any]:
    """The place fields an event gets when it stands for a whole site (city)."""
    return {
        "place": place.name,
        "place_level": place.place_level,
        "country": place.country,
        "admin1": place.admin1,
        "district": None,
        "place_id": place.id,
        "lat": place.lat,
        "lon": place.lon,
        "geo_precision": 1
        if place.place_level in ("city", "village", "district", "neighbourhood")
        else 3,
        "geocode_source": "curated" if place.is_curated else "GeoNames",
    }


def event_key(night: str | None, attacker: str | None, site_key: str, report_hash: str) -> str:
    """Stable event id: hash of night, attacker and site (and the source when no night)."""
    parts = [night or f"undated:{report_hash}", attacker or "", site_key]
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def assign_keys(contributions: Iterable[Contribution], gazetteer: Gazetteer | None) -> None:
    """Fill ``event_id``, ``place_key``, ``sub_place``, ``site``, ``published_ts``, ``authority``."""
    for c in contributions:
        event = c.event
        c.place_key = place_key(event)
        site = _site_of(event, gazetteer)
        if site is not None:
            c.sub_place = True
            c.site = site_dict(site)
            site_key = site.id
        else:
            c.sub_place = False
            site_key = c.place_key
        c.event_id = event_key(event.night, event.attacker, site_key, c.source.report_hash)
        c.published_ts = published_ts(event.published or c.source.published)
        c.authority = c.source.authority


# ---------------------------------------------------------------- the merge


def _rank(c: Contribution) -> tuple[Any, ...]:
    return (
        c.authority,
        c.published_ts if c.published_ts is not None else -math.inf,
        c.source.report_hash,
    )


def _per_source_values(contributions: Sequence[Contribution]) -> dict[str, dict[str, int]]:
    """Each source's figure per field for the site (site statement vs sum of sub-places)."""
    by_source: dict[str, list[Contribution]] = defaultdict(list)
    for c in contributions:
        by_source[c.source.report_hash].append(c)
    out: dict[str, dict[str, int]] = {}
    for report_hash, items in by_source.items():
        values: dict[str, int] = {}
        for name in COUNT_FIELDS:
            site_values = [getattr(c.event, name) for c in items if not c.sub_place]
            site_values = [v for v in site_values if v is not None]
            per_place: dict[str, int] = {}
            for c in items:
                value = getattr(c.event, name)
                if c.sub_place and value is not None:
                    per_place[c.place_key] = max(per_place.get(c.place_key, value), value)
            candidates = [*site_values]
            if per_place:
                candidates.append(sum(per_place.values()))
            if candidates:
                values[name] = int(max(candidates))
        out[report_hash] = values
    return out


def merge_event(event_id: str, contributions: Sequence[Contribution]) -> dict[str, Any]:
    """The merged store row (attribute columns plus ``lon``/``lat``) of one event."""
    if not contributions:
        msg = f"event {event_id!r} has no contributions"
        raise ValueError(msg)
    if len(contributions) == 1:
        return _merge_single(event_id, contributions[0])
    return merge_general(event_id, contributions)


def _merge_single(event_id: str, c: Contribution) -> dict[str, Any]:
    """:func:`merge_general` for one contribution, without the bookkeeping (bulk imports)."""
    event = c.event
    row: dict[str, Any] = {}
    for name in COUNT_FIELDS:
        value = getattr(event, name)
        value = int(value) if value is not None else None
        row[name] = value
        lows = [v for v in (value, c.low.get(name)) if v is not None]
        highs = [v for v in (value, c.high.get(name)) if v is not None]
        row[f"{name}_low"] = min(lows) if lows else None
        row[f"{name}_high"] = max(highs) if highs else None
    for name in _PLACE_FIELDS:
        row[name] = getattr(event, name)
    row["event_id"] = event_id
    row["night"] = event.night
    row["attacker"] = event.attacker
    row["time_precision"] = event.time_precision
    row["event_type"] = event.event_type
    row["sub_event_type"] = event.sub_event_type
    row["damage"] = _union_damage([event.damage])
    row["weapon_class"] = _weapon_class([event.weapon_class])
    row["role"] = event.role
    row["source_id"] = event.source_id
    row["source_url"] = event.source_url
    row["published"] = event.published
    row["spans"] = list(event.spans)
    row["evidence"] = list(dict.fromkeys(event.evidence))
    row["n_sources"] = 1
    row["source_ids"] = event.source_id or None
    dated = c.published_ts is not None
    row["first_published"] = event.published if dated else None
    row["last_published"] = event.published if dated else None
    return row


def merge_general(event_id: str, contributions: Sequence[Contribution]) -> dict[str, Any]:
    """:func:`merge_event` for any number of contributions (the reference implementation)."""
    items = sorted(contributions, key=_rank, reverse=True)
    primary = items[0]
    meta = {c.source.report_hash: c for c in items}
    values = _per_source_values(items)
    row: dict[str, Any] = {}
    for name in COUNT_FIELDS:
        candidates = [(meta[h], v[name]) for h, v in values.items() if name in v]
        lows = [v for _, v in candidates] + [
            c.low[name] for c in items if c.low.get(name) is not None
        ]
        highs = [v for _, v in candidates] + [
            c.high[name] for c in items if c.high.get(name) is not None
        ]
        if candidates:
            if name in CASUALTY_FIELDS:
                key = lambda cv: (_ts(cv[0]), cv[0].authority, cv[1], cv[0].source.report_hash)  # noqa: E731
            else:
                key = lambda cv: (cv[0].authority, _ts(cv[0]), cv[1], cv[0].source.report_hash)  # noqa: E731
            row[name] = max(candidates, key=key)[1]
        else:
            row[name] = None
        row[f"{name}_low"] = min(lows) if lows else None
        row[f"{name}_high"] = max(highs) if highs else None
    row.update(_place_fields(items))
    event = primary.event
    row["event_id"] = event_id
    row["night"] = event.night
    row["attacker"] = event.attacker
    precisions = [c.event.time_precision for c in items if c.event.time_precision is not None]
    row["time_precision"] = min(precisions) if precisions else None
    row["event_type"] = event.event_type
    row["sub_event_type"] = event.sub_event_type
    row["damage"] = _union_damage(c.event.damage for c in items)
    row["weapon_class"] = _weapon_class(c.event.weapon_class for c in items)
    row["role"] = max((c.event.role for c in items), key=lambda r: _ROLE_RANK.get(r, -1))
    row["source_id"] = event.source_id
    row["source_url"] = event.source_url
    row["published"] = event.published
    row["spans"] = list(event.spans)
    chronological = sorted(items, key=lambda c: (_ts(c), c.source.report_hash))
    evidence: list[str] = []
    for c in chronological:
        for sentence in c.event.evidence:
            if sentence not in evidence:
                evidence.append(sentence)
    row["evidence"] = evidence
    row["n_sources"] = len(meta)
    source_ids: list[str] = []
    for c in chronological:
        if c.event.source_id and c.event.source_id not in source_ids:
            source_ids.append(c.event.source_id)
    row["source_ids"] = "; ".join(source_ids) or None
    dated = [c for c in chronological if c.published_ts is not None]
    row["first_published"] = dated[0].event.published if dated else None
    row["last_published"] = dated[-1].event.published if dated else None
    return row


def _ts(c: Contribution) -> float:
    return c.published_ts if c.published_ts is not None else -math.inf


_PLACE_FIELDS = (
    "country",
    "admin1",
    "district",
    "place",
    "place_level",
    "geo_precision",
    "place_id",
    "lat",
    "lon",
    "geocode_source",
)


def _place_fields(items: Sequence[Contribution]) -> dict[str, Any]:
    """Where the event is: the site-level source, the one sub-place named, or the site."""
    site_level = [c for c in items if not c.sub_place]
    if site_level:
        chosen = site_level[0]
    elif len({c.place_key for c in items}) == 1 or items[0].site is None:
        chosen = items[0]
    else:
        return {name: items[0].site.get(name) for name in _PLACE_FIELDS}
    return {name: getattr(chosen.event, name) for name in _PLACE_FIELDS}


def _union_damage(lists: Iterable[list[str]]) -> list[str]:
    seen = {tag for tags in lists for tag in tags}
    ordered = [tag for tag in DAMAGE_TAGS if tag in seen]
    return ordered + sorted(seen - set(ordered))


def _weapon_class(classes: Iterable[str | None]) -> str:
    seen = set()
    for value in classes:
        if value == "both":
            seen |= {"drone", "missile"}
        elif value in ("drone", "missile"):
            seen.add(value)
    if seen == {"drone", "missile"}:
        return "both"
    return seen.pop() if seen else "unknown"
