"""Measuring the geocoder on gold events: the right ``admin1``, the right Kyiv district.

Each gold event's ``place`` string (``"Kyivskyi district, Kharkiv"``, ``"Lutsk"``,
``"Kharkiv Oblast"``) is geocoded with the report's other gold places as context,
strongest first, the way a report's text gives context. The result is compared with the
gold ``admin1``, ``kyiv_district`` and ``target_country``:

* ``admin1``: ours is the place's admin1 (``None`` for country level and the sea);
* ``kyiv_district``: ours is the district of a place in Kyiv city (``None`` elsewhere:
  Kharkiv's Kyivskyi district is not a Kyiv district);
* targets: ``admin1`` right for at least 95 % of gold events, and the right Kyiv
  district for every gold event that names one (:data:`TARGETS`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geoevents.geocode import GazetteerGeocoder, GeocodeResult, district_of

#: (minimum admin1 accuracy, minimum accuracy on gold events naming a Kyiv district)
TARGETS = (0.95, 1.0)


@dataclass(frozen=True)
class GeoCase:
    """One gold event to geocode."""

    report: str
    kind: str
    place: str
    place_level: str
    role: str
    admin1: str | None
    kyiv_district: str | None
    country: str | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class GeoOutcome:
    """A case, what the geocoder said, and whether it was right."""

    case: GeoCase
    result: GeocodeResult
    admin1: str | None
    kyiv_district: str | None
    country: str | None

    @property
    def admin1_ok(self) -> bool:
        return self.admin1 == self.case.admin1

    @property
    def district_ok(self) -> bool:
        return self.kyiv_district == self.case.kyiv_district

    @property
    def country_ok(self) -> bool:
        return self.country == self.case.country


def cases_from_gold(records: Iterable[Mapping[str, Any]]) -> list[GeoCase]:
    """Gold records (``gold.jsonl`` objects) -> cases, with each report's other places as context."""
    cases = []
    for record in records:
        events = list(record.get("events", ()))
        kind = (record.get("kind") or ["?"])[0]
        places = [e["place"] for e in events if e.get("place_level") != "country"]
        for event in events:
            context = tuple(dict.fromkeys(p for p in places if p != event["place"]))
            cases.append(
                GeoCase(
                    report=str(record.get("report")),
                    kind=kind,
                    place=event["place"],
                    place_level=event.get("place_level") or "",
                    role=event.get("role") or "",
                    admin1=event.get("admin1"),
                    kyiv_district=event.get("kyiv_district"),
                    country=event.get("target_country"),
                    context=context,
                )
            )
    return cases


def geocode_case(case: GeoCase, geocoder: GazetteerGeocoder) -> GeoOutcome:
    """Geocode one case (pure given the geocoder)."""
    result = geocoder.resolve(case.place, context=case.context)
    place = result.place
    if place is None:
        return GeoOutcome(case, result, None, None, None)
    admin1 = None if place.place_level == "country" else place.admin1
    district = (
        district_of(place)
        if place.admin1 == "Kyiv" and place.place_level in ("district", "neighbourhood")
        else None
    )
    return GeoOutcome(case, result, admin1, district, place.country)


def evaluate_geocoding(
    records: Iterable[Mapping[str, Any]], geocoder: GazetteerGeocoder | None = None
) -> list[GeoOutcome]:
    """Every gold event of ``records`` geocoded and compared."""
    coder = geocoder if geocoder is not None else GazetteerGeocoder()
    return [geocode_case(case, coder) for case in cases_from_gold(records)]


@dataclass(frozen=True)
class Tally:
    """Counts for one row of the table."""

    label: str
    events: int
    admin1_ok: int
    country_ok: int
    districts_named: int
    districts_ok: int
    districts_extra: int

    @property
    def admin1_rate(self) -> float:
        return self.admin1_ok / self.events if self.events else 1.0

    @property
    def district_rate(self) -> float:
        return self.districts_ok / self.districts_named if self.districts_named else 1.0


def tally(label: str, outcomes: Sequence[GeoOutcome]) -> Tally:
    """Counts over a group of outcomes."""
    named = [o for o in outcomes if o.case.kyiv_district]
    return Tally(
        label=label,
        events=len(outcomes),
        admin1_ok=sum(o.admin1_ok for o in outcomes),
        country_ok=sum(o.country_ok for o in outcomes),
        districts_named=len(named),
        districts_ok=sum(o.district_ok for o in named),
        districts_extra=sum(1 for o in outcomes if not o.case.kyiv_district and o.kyiv_district),
    )


_KIND_NAMES = {
    "a": "a Kyiv districts",
    "b": "b Air Force tally",
    "c": "c other UA place",
    "d": "d strikes on RU",
    "e": "e no attack",
}


def summary_rows(outcomes: Sequence[GeoOutcome]) -> list[Tally]:
    """One row per report kind, one per gold place level, and the total."""
    by_kind: dict[str, list[GeoOutcome]] = defaultdict(list)
    by_level: dict[str, list[GeoOutcome]] = defaultdict(list)
    for outcome in outcomes:
        by_kind[outcome.case.kind].append(outcome)
        by_level[outcome.case.place_level].append(outcome)
    rows = [tally(f"kind {_KIND_NAMES.get(k, k)}", by_kind[k]) for k in sorted(by_kind)]
    rows += [
        tally(f"level {lv}", by_level[lv])
        for lv in ("country", "region", "city", "district", "village")
        if lv in by_level
    ]
    rows.append(tally("all", outcomes))
    return rows


def targets_met(outcomes: Sequence[GeoOutcome]) -> bool:
    """Whether the :data:`TARGETS` are met."""
    total = tally("all", outcomes)
    return total.admin1_rate >= TARGETS[0] and total.district_rate >= TARGETS[1]


def format_table(outcomes: Sequence[GeoOutcome]) -> str:
    """The evaluation table (Markdown), with a closing line on the targets."""
    lines = [
        "| group | events | admin1 right | admin1 % | country right | Kyiv district right / named | district given wrongly |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in summary_rows(outcomes):
        lines.append(
            f"| {row.label} | {row.events} | {row.admin1_ok} | {100 * row.admin1_rate:.1f} | {row.country_ok} "
            f"| {row.districts_ok} / {row.districts_named} | {row.districts_extra} |"
        )
    total = tally("all", outcomes)
    met = "met" if targets_met(outcomes) else "NOT met"
    lines.append("")
    lines.append(
        f"targets (admin1 >= {100 * TARGETS[0]:.0f} %, every named Kyiv district right): {met} "
        f"(admin1 {100 * total.admin1_rate:.1f} %, Kyiv districts {total.districts_ok}/{total.districts_named})"
    )
    return "\n".join(lines)


def format_misses(outcomes: Sequence[GeoOutcome]) -> str:
    """One line per wrong answer (empty string when all are right)."""
    lines = []
    for o in outcomes:
        if o.admin1_ok and o.district_ok and o.country_ok:
            continue
        got = o.result.place.name if o.result.place else f"no match ({o.result.reason})"
        lines.append(
            f"{o.case.report} {o.case.place!r}: got {got!r} admin1={o.admin1!r} district={o.kyiv_district!r} "
            f"country={o.country!r}; gold admin1={o.case.admin1!r} district={o.case.kyiv_district!r} "
            f"country={o.case.country!r}"
        )
    return "\n".join(lines)
