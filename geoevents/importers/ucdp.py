"""Importer for UCDP GED (Georeferenced Event Dataset) CSV files.

Each row becomes one event with UCDP's own coordinates and provenance:

* ``night`` = ``date_start`` (month-first in every format the files use);
  ``time_precision`` from ``date_prec`` (1 -> 1, 2-3 -> 2, 4-5 -> 3);
* ``geo_precision`` from ``where_prec`` (1 -> 1, 2-3 -> 2, 4-7 -> 3) and ``place_level``
  (1-2 -> the gazetteer's level or ``village``, 3 -> ``district`` (raion), 4-5 ->
  ``region``, 6-7 -> ``country``);
* ``killed`` = ``best``, with UCDP's ``low``/``high`` kept as the event's range;
* ``event_type`` = the UCDP type of violence, ``sub_event_type`` = the dyad;
* ``attacker``: UCDP codes dyads, not initiators, so it is set only for one-sided
  violence (side A); state-based events have no attacker (and so are never merged with
  report events, whose attacker is known);
* provenance: source ``ucdp-ged:ID`` (one source per row, hashed by its cells), the
  1-based data row number, and an evidence line with the relid, dyad, place, deaths and
  UCDP's sources.

Oddities handled: Windows-1252 encoding (UTF-8 tried first), three month-first date
formats, embedded newlines in quoted fields, inconsistent transliteration and case of
``adm_1`` (``Zaporizhzhya oblast``, ``Odessa oblast``, ``Kiev Special Republican city``),
missing ``adm_1``, and place names with a type word (``Enerhodar village``) or a region
prefix (``Donetsk region: Dolyna``).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoevents.importers._common import (
    ImportResult,
    Tally,
    read_table,
    require_columns,
    resolve_admin1,
    row_hash,
    to_int,
)
from geoevents.models import COUNTRY_NAMES, Event
from geoevents.store.merge import Contribution, Source

if TYPE_CHECKING:
    from geoevents.gazetteer import Gazetteer

DATASET = "ucdp-ged"
REQUIRED = (
    "id",
    "type_of_violence",
    "dyad_name",
    "side_a",
    "where_prec",
    "latitude",
    "longitude",
    "date_prec",
    "date_start",
    "best",
)
VIOLENCE = {"1": "State-based violence", "2": "Non-state violence", "3": "One-sided violence"}
_SIDES = {
    "government of russia (soviet union)": "Russia",
    "government of russia": "Russia",
    "government of ukraine": "Ukraine",
}
_COUNTRIES = {"ukraine": "UA", "russia": "RU", "russia (soviet union)": "RU"}
_DATE_FORMATS = (
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
)
_TYPE_WORDS = re.compile(r"\s+(?:village|town|city|settlement|urban-type settlement|hamlet)$", re.I)


def parse_date(text: str) -> datetime | None:
    """A UCDP date in any of its formats (all month-first), or ``None``."""
    value = (text or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    return None


def _time_precision(date_prec: int | None) -> int:
    if date_prec is None or date_prec <= 1:
        return 1
    return 2 if date_prec <= 3 else 3


def _geo(where_prec: int | None) -> tuple[int, str]:
    prec = where_prec or 7
    if prec <= 1:
        return 1, "village"
    if prec <= 2:
        return 2, "village"
    if prec == 3:
        return 2, "district"
    if prec <= 5:
        return 3, "region"
    return 3, "country"


def clean_place(name: str) -> str:
    """``"Enerhodar village"`` -> ``"Enerhodar"``; ``"Donetsk region: Dolyna"`` -> ``"Dolyna"``."""
    text = (name or "").strip()
    if ":" in text:
        text = text.split(":", 1)[1].strip()
    return _TYPE_WORDS.sub("", text).strip()


def read_ucdp(path: str | Path, *, gazetteer: Gazetteer | None = None) -> ImportResult:
    """Read a UCDP GED CSV into store sources and contributions (one per event row)."""
    from geoevents.gazetteer import Gazetteer

    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    result = ImportResult(DATASET, str(path))
    frame = read_table(path, encodings=("utf-8", "cp1252"), result=result)
    require_columns(frame, REQUIRED, str(path), DATASET)
    tally = Tally()
    records = frame.to_dict("records")
    result.rows = len(records)
    formats: set[str] = set()
    for number, raw in enumerate(records, start=1):
        event = _event(number, raw, gaz, tally, formats)
        if event is None:
            result.skipped_rows += 1
            continue
        low, high = to_int(raw.get("low")), to_int(raw.get("high"))
        source = Source(
            report_hash=row_hash(DATASET, *raw.values()),
            source_id=event.source_id,
            kind="dataset",
            outlet="UCDP GED",
            title=str(raw.get("relid") or ""),
            path=str(path),
            dataset=DATASET,
            supersedes=f"{DATASET}:{raw['id'].strip()}",
            authority=1,
        )
        result.sources.append(source)
        result.contributions.append(
            Contribution(
                event=event,
                source=source,
                dataset_rows=str(number),
                low={"killed": low} if low is not None else {},
                high={"killed": high} if high is not None else {},
            )
        )
    if len(formats) > 1:
        result.warn(f"{len(formats)} date formats in date_start/date_end, read month-first")
    tally.flush(result)
    return result


def _event(
    number: int, raw: dict[str, Any], gaz: Gazetteer, tally: Tally, formats: set[str]
) -> Event | None:
    start_text = raw.get("date_start", "")
    start = parse_date(start_text)
    if start is None:
        tally.add("unreadable date_start (row skipped)", start_text)
        return None
    formats.add(re.sub(r"\d", "9", start_text.strip()))
    try:
        lat, lon = float(raw["latitude"]), float(raw["longitude"])
    except (TypeError, ValueError):
        tally.add("no coordinates", f"{raw.get('latitude')},{raw.get('longitude')}")
        lat = lon = None
    where_prec = to_int(raw.get("where_prec"))
    geo_precision, level = _geo(where_prec)
    admin1_name = (raw.get("adm_1") or "").strip()
    region = resolve_admin1(admin1_name, gaz) if admin1_name else None
    if admin1_name and region is None:
        tally.add("adm_1 not in the gazetteer (admin1 left empty)", admin1_name)
    if not admin1_name:
        tally.add("no adm_1 (admin1 left empty)")
    admin1 = region.admin1 if region is not None else None
    country = _COUNTRIES.get(
        (raw.get("country") or "").strip().casefold(), (raw.get("country") or "").strip() or None
    )
    place_name = clean_place(raw.get("where_coordinates") or "") or clean_place(
        raw.get("where_description") or ""
    )
    place_id = None
    district = (raw.get("adm_2") or "").strip() or None
    if level == "region":
        place_name = region.name if region is not None else (admin1_name or place_name)
        place_id = region.id if region is not None else None
        district = None
    elif level == "country":
        place_name = COUNTRY_NAMES.get(country or "", place_name)
        place_id = {"UA": "ua", "RU": "ru"}.get(country or "")
        admin1 = district = None
    elif level == "village" and place_name:
        for candidate in gaz.lookup(place_name, country=country, admin1=admin1):
            if candidate.admin1 == admin1 and candidate.place_level in ("city", "village"):
                place_name, place_id, level = candidate.name, candidate.id, candidate.place_level
                break
    violence = (raw.get("type_of_violence") or "").strip()
    attacker = (
        _SIDES.get((raw.get("side_a") or "").strip().casefold(), (raw.get("side_a") or "").strip())
        if violence == "3"
        else None
    )
    best, low, high = to_int(raw.get("best")), to_int(raw.get("low")), to_int(raw.get("high"))
    evidence = (
        f"{DATASET} row {number}: {raw.get('relid', '').strip()} ({raw.get('code_status', '').strip()}): "
        f"{raw.get('dyad_name', '').strip()}; {raw.get('where_description', '').strip() or raw.get('where_coordinates', '').strip()}; "
        f"deaths best {best} (low {low}, high {high}); sources: {raw.get('source_office', '').strip() or 'not stated'}"
    )
    return Event(
        night=start.date().isoformat(),
        time_precision=_time_precision(to_int(raw.get("date_prec"))),
        attacker=attacker,
        country=country,
        admin1=admin1,
        district=district if level in ("district",) else None,
        place=place_name or None,
        place_level=level,
        geo_precision=geo_precision,
        event_type=VIOLENCE.get(violence, "UCDP event"),
        sub_event_type=(raw.get("dyad_name") or "").strip() or "UCDP GED",
        killed=best,
        weapon_class="unknown",
        role="incident",
        source_id=f"{DATASET}:{raw['id'].strip()}",
        evidence=[evidence],
        place_id=place_id,
        lat=lat,
        lon=lon,
        geocode_source=DATASET,
    )
