"""Importer for the "Massive Missile Attacks on Ukraine" nightly tallies (Kaggle, piterfm).

One CSV row is one (reporting window, weapon model group, source post). The importer
turns the rows of a night into events:

* **The night's national tally** (country-level ``rollup`` at Ukraine): launched,
  downed and lost figures summed over the Ukrainian Air Force's posts (``kpszsu``),
  split into drones and missiles by weapon model. Authority 2 (official): in the store
  its weapon figures win over news reports of the same night.
* **Other channels** (regional Air Commands ``PvKPivden``/``pvkshid``/``PvkZahid``/
  ``PvkCenter``, the General Staff, monitors) overlap the national posts, so summing
  everything would double count. Their sum is a second, lower-authority source for the
  same national event: it widens ``*_low``/``*_high`` and gives the best figure only on
  nights without an Air Force post.
* **Places**: each oblast or city of ``target`` becomes a ``listed`` region/city event
  (targeted), each oblast of ``affected region`` an ``incident`` (hit), without figures.

Night: the times are read as Kyiv local time (the file does not say; they look local);
night D runs from 06:00 on D to 06:00 on D+1, so an 18:00-08:00 window belongs to the
evening's date. A window with a date but no start time uses its end time; a window with
dates only is the day itself with ``time_precision`` 2. Provenance: each event's source
is ``massive-missile-attacks:NIGHT:national`` (or ``:other``), its ``dataset_rows`` the
1-based data row numbers, and every row's figures are kept as an evidence line.

Oddities handled (each reported once as a warning with a count): timestamps with
trailing spaces or unpadded hours, date-only timestamps, float counts, Python-repr
columns (``NaN`` inside dicts), multi-valued `` and `` cells (also ``and and``), raion
suffixes (``Dnipropetrovsk oblast, Dnipro Raion``), non-standard oblast names, Cyrillic
model names, weapon models that are neither drones nor missiles (guided bombs: figures
left out), exact duplicate rows, and the older 16/17-column schemas.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geoevents.importers._common import (
    ImportResult,
    Tally,
    kyiv_iso,
    night_of,
    read_table,
    require_columns,
    resolve_admin1,
    row_hash,
    to_int,
)
from geoevents.models import Event
from geoevents.store.merge import Contribution, Source
from geoevents.text import normalize_name

if TYPE_CHECKING:
    from geoevents.gazetteer import Gazetteer, Place

DATASET = "massive-missile-attacks"
DATASET_TITLE = "Massive Missile Attacks on Ukraine (Kaggle, piterfm)"
REQUIRED = ("time_start", "time_end", "model", "target", "launched", "destroyed", "source")
NATIONAL_CHANNELS = ("kpszsu",)
DIRECTIONS = {
    "ukraine",
    "south",
    "north",
    "east",
    "west",
    "center",
    "centre",
    "south-east",
    "south-west",
    "north-east",
    "north-west",
    "front line",
    "frontline",
}

_DRONE = re.compile(
    r"shahed|geran|gerbera|\buav\b|drone|orlan|zala|supercam|lancet|merlin|molni|молні|молни|mohajer|"
    r"orion|forpost|eleron|granat|\bkub\b|фенікс|феникс|картограф|привет|italmas|lastochka|sirius|privet",
    re.I,
)
_MISSILE = re.compile(
    # Latin and Cyrillic look-alikes on purpose (x/х, c/с): the dataset mixes them.
    r"missile|^(?:x|х|kh)-|\b(?:x|х|kh)-\d|kalibr|iskander|kinzhal|\b[cсs]-[345]00\b|zircon|oniks|kn-23|"  # noqa: RUF001
    r"tochka|banderol|\b3m\d",
    re.I,
)
_BOMB = re.compile(r"bomb|\bgbu\b|\bkab\b|\bfab\b", re.I)
_DATE_ONLY = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


@dataclass
class _Row:
    number: int
    raw: dict[str, str]
    start: datetime
    end: datetime
    night: date
    precision: int
    channel: str


def weapon_class(model: str, catalogue: dict[str, str] | None = None) -> str:
    """``drone``, ``missile``, ``both`` or ``unknown`` for a model cell (``A and B`` allowed)."""
    classes = set()
    for part in _split_and(model):
        category = (catalogue or {}).get(part.casefold())
        if category is not None:
            if "uav" in category or "drone" in category:
                classes.add("drone")
            elif "bomb" in category:
                classes.add("unknown")
            elif "missile" in category:
                classes.add("missile")
            else:
                classes.add("unknown")
        elif _BOMB.search(part):
            classes.add("unknown")
        elif _DRONE.search(part):
            classes.add("drone")
        elif _MISSILE.search(part):
            classes.add("missile")
        else:
            classes.add("unknown")
    if "unknown" in classes or not classes:
        return "unknown"
    return "both" if len(classes) > 1 else classes.pop()


def read_catalogue(path: str | Path) -> dict[str, str]:
    """``missiles_and_uavs.csv`` as {model (casefolded): category (lowercase)}."""
    import pandas as pd

    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {
        str(m).strip().casefold(): str(c).strip().lower()
        for m, c in zip(frame["model"], frame["category"], strict=True)
    }


def read_missile_attacks(
    path: str | Path,
    *,
    gazetteer: Gazetteer | None = None,
    catalogue: str | Path | None = None,
    replace: bool = False,
) -> ImportResult:
    """Read a ``missile_attacks_daily.csv`` (either schema) into store sources and contributions.

    Parameters
    ----------
    path
        The CSV file.
    gazetteer
        Places targets and affected regions (default: the bundled gazetteer).
    catalogue
        ``missiles_and_uavs.csv`` to classify models; by default the file of that name
        next to ``path`` when present, else built-in rules.
    replace
        Treat the file as a revision: its units replace units of the same nights
        imported before (``supersedes``).
    """
    from geoevents.gazetteer import Gazetteer

    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    result = ImportResult(DATASET, str(path))
    frame = read_table(path, result=result)
    require_columns(frame, REQUIRED, str(path), DATASET)
    if "border_crossing" not in frame.columns:
        result.warn(
            f"older {len(frame.columns)}-column schema: no border_crossing/is_shahed/hit-location columns"
            + ("" if "affected region" in frame.columns else ", no 'affected region'")
        )
    cat_path = Path(catalogue) if catalogue else Path(path).with_name("missiles_and_uavs.csv")
    models = read_catalogue(cat_path) if cat_path.is_file() else None
    tally = Tally()
    rows = _parse_rows(frame, result, tally)
    by_night: dict[date, dict[str, list[_Row]]] = defaultdict(lambda: defaultdict(list))
    for row in rows:
        unit = "national" if row.channel in NATIONAL_CHANNELS else "other"
        by_night[row.night][unit].append(row)
    for night in sorted(by_night):
        for unit, unit_rows in sorted(by_night[night].items()):
            _unit(night, unit, unit_rows, gaz, models, replace, result, tally)
    tally.flush(result)
    return result


def _parse_rows(frame: Any, result: ImportResult, tally: Tally) -> list[_Row]:
    rows = []
    records = frame.to_dict("records")
    result.rows = len(records)
    for number, raw in enumerate(records, start=1):
        start_text, end_text = raw["time_start"], raw["time_end"]
        for text in (start_text, end_text):
            if text != text.strip():
                tally.add("timestamp with stray spaces (stripped)", text)
            if re.search(r" \d:", text):
                tally.add("timestamp with an unpadded hour", text.strip())
        start, start_has_time = _parse_time(start_text)
        end, end_has_time = _parse_time(end_text)
        if start is None or end is None:
            tally.add("unreadable time_start/time_end (row skipped)", f"{start_text}/{end_text}")
            result.skipped_rows += 1
            continue
        if end < start:
            tally.add("time_end before time_start (row skipped)", f"{start_text}/{end_text}")
            result.skipped_rows += 1
            continue
        if start_has_time:
            night, precision = night_of(start), 1
        elif end_has_time:
            night, precision = (end - timedelta(hours=18)).date(), 1
            tally.add("date-only time_start (night taken from time_end)")
        else:
            night, precision = start.date(), 2
            tally.add("date-only window (day-level, time_precision 2)")
        if (end - start) > timedelta(hours=36):
            precision = 2
        rows.append(
            _Row(number, raw, start, end, night, precision, _channel(raw.get("source", "")))
        )
    return rows


def _parse_time(text: str) -> tuple[datetime | None, bool]:
    value = (text or "").strip()
    if not value:
        return None, False
    if _DATE_ONLY.match(value):
        try:
            return datetime.strptime(value, "%Y-%m-%d"), False
        except ValueError:
            return None, False
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"):
        try:
            return datetime.strptime(value, fmt), True
        except ValueError:
            continue
    return None, False


def _channel(source: str) -> str:
    text = source.strip()
    text = re.sub(r"^https?://(?:www\.)?(?:t\.me|facebook\.com|fb\.com)/", "", text)
    return text.split("/", 1)[0].strip().casefold()


def source_url(source: str) -> str | None:
    """A citable URL for a ``source`` cell (Facebook post ids become facebook.com URLs)."""
    text = source.strip()
    if not text:
        return None
    if text.startswith(("http://", "https://")):
        return text
    if "/posts/" in text:
        return f"https://www.facebook.com/{text}"
    return None


def _split_and(cell: str) -> list[str]:
    parts = re.split(r"\s+and\s+", (cell or "").strip())
    out = []
    for part in parts:
        part = re.sub(r"^and\s+", "", part.strip())
        if part and part.casefold() != "and":
            out.append(part)
    return out


def literal(cell: str, tally: Tally, column: str) -> Any:
    """Parse a Python-repr cell (``{'south': 35, 'east': NaN}``); ``None`` when empty or unreadable."""
    text = (cell or "").strip()
    if not text:
        return None
    try:
        return ast.literal_eval(re.sub(r"\bNaN\b", "None", text))
    except (ValueError, SyntaxError):
        tally.add(f"unreadable Python-repr value in {column!r} (ignored)", text[:40])
        return None


def _unit(
    night: date,
    unit: str,
    rows: list[_Row],
    gaz: Gazetteer,
    models: dict[str, str] | None,
    replace: bool,
    result: ImportResult,
    tally: Tally,
) -> None:
    """One source (the Air Force's posts of a night, or the other channels') -> contributions."""
    seen: set[tuple[str, ...]] = set()
    kept: list[_Row] = []
    for row in rows:
        key = tuple(
            row.raw.get(c, "").strip()
            for c in ("time_start", "time_end", "model", "target", "launched", "destroyed")
        )
        if key in seen:
            tally.add(
                "exact duplicate of another row of the same night (not counted twice)", row.number
            )
            continue
        seen.add(key)
        kept.append(row)
    totals: dict[str, int] = {}
    classes: set[str] = set()
    evidence: list[str] = []
    for row in kept:
        model = row.raw.get("model", "").strip()
        if re.search(r"[А-Яа-яІіЇїЄєҐґ]", model):
            tally.add("model name in Cyrillic", model)
        cls = weapon_class(model, models)
        launched, destroyed = to_int(row.raw.get("launched")), to_int(row.raw.get("destroyed"))
        lost = to_int(row.raw.get("not_reach_goal"))
        split = _split_mixed(row, cls, models, tally)
        evidence.append(_evidence(row, cls))
        if split is not None:
            for part_cls, value in split.items():
                _add(totals, f"{part_cls}s_launched", value)
                classes.add(part_cls)
            continue
        if cls in ("both", "unknown"):
            tally.add(
                f"weapon model that is {'mixed' if cls == 'both' else 'neither a drone nor a missile'}; figures not counted",
                model,
            )
            continue
        classes.add(cls)
        _add(totals, f"{cls}s_launched", launched)
        _add(totals, f"{cls}s_downed", destroyed)
        if cls == "drone":
            _add(totals, "drones_lost", lost)
        elif lost:
            tally.add(
                "missiles that did not reach their target (no schema field; kept in evidence)"
            )
    numbers = sorted(r.number for r in kept)
    first_url = next(
        (source_url(r.raw.get("source", "")) for r in kept if source_url(r.raw.get("source", ""))),
        None,
    )
    latest = max(r.end for r in kept)
    source = Source(
        report_hash=row_hash(
            DATASET, unit, night, *sorted("\x1e".join(r.raw.values()) for r in kept)
        ),
        source_id=f"{DATASET}:{night.isoformat()}:{unit}",
        kind="dataset",
        url=first_url,
        outlet="Ukrainian Air Force" if unit == "national" else "Air Commands and other channels",
        title=DATASET_TITLE,
        published=kyiv_iso(latest),
        path=result.path,
        dataset=DATASET,
        supersedes=f"{DATASET}:{night.isoformat()}:{unit}" if replace else None,
        authority=2 if unit == "national" else 1,
    )
    result.sources.append(source)
    rows_text = ",".join(str(n) for n in numbers)
    precision = min(r.precision for r in kept)
    weapon = (
        "both"
        if classes == {"drone", "missile"}
        else (next(iter(classes)) if classes else "unknown")
    )
    base = {
        "night": night.isoformat(),
        "time_precision": precision,
        "attacker": "Russia",
        "country": "UA",
        "source_id": source.source_id,
        "source_url": first_url,
        "published": source.published,
    }
    national = Event(
        **base,
        place="Ukraine",
        place_level="country",
        geo_precision=3,
        sub_event_type="Shelling/artillery/missile attack"
        if weapon == "missile"
        else "Air/drone strike",
        weapon_class=weapon,
        role="rollup",
        evidence=evidence,
        place_id="ua",
        geocode_source="dataset",
        **totals,
    )
    result.contributions.append(Contribution(event=national, source=source, dataset_rows=rows_text))
    _place_events(kept, base, gaz, source, models, result, tally)


def _add(totals: dict[str, int], name: str, value: int | None) -> None:
    if value is not None:
        totals[name] = totals.get(name, 0) + value


def _split_mixed(
    row: _Row, cls: str, models: dict[str, str] | None, tally: Tally
) -> dict[str, int] | None:
    """Launched per class from ``launched_details`` for a row mixing drones and missiles."""
    if cls != "both":
        return None
    details = literal(row.raw.get("launched_details", ""), tally, "launched_details")
    if not isinstance(details, dict) or not details:
        return None
    out: dict[str, int] = {}
    for model, value in details.items():
        part = weapon_class(str(model), models)
        number = to_int(value)
        if part in ("drone", "missile") and number is not None:
            out[part] = out.get(part, 0) + number
    tally.add("mixed drone/missile row split by launched_details (downed not split)")
    return out or None


def _evidence(row: _Row, cls: str) -> str:
    raw = row.raw
    bits = [
        f"{DATASET} row {row.number}: {raw.get('model', '').strip() or 'unknown model'} ({cls})"
    ]
    for column in ("launched", "destroyed", "not_reach_goal", "still_attacking"):
        value = to_int(raw.get(column))
        if value is not None:
            bits.append(f"{column.replace('_', ' ')} {value}")
    bits.append(f"window {raw.get('time_start', '').strip()} to {raw.get('time_end', '').strip()}")
    if raw.get("target", "").strip():
        bits.append(f"target {raw['target'].strip()}")
    if raw.get("launch_place", "").strip():
        bits.append(f"launched from {raw['launch_place'].strip()}")
    bits.append(f"source {raw.get('source', '').strip()}")
    return "; ".join(bits)


def _place_events(
    rows: list[_Row],
    base: dict[str, Any],
    gaz: Gazetteer,
    source: Source,
    models: dict[str, str] | None,
    result: ImportResult,
    tally: Tally,
) -> None:
    """Target places (``listed``) and affected regions (``incident``), one per place and role."""
    found: dict[tuple[str, str], tuple[Place, list[str], set[int], str]] = {}
    for row in rows:
        cls = weapon_class(row.raw.get("model", ""), models)
        for token in _split_and(row.raw.get("target", "")):
            place = _target_place(token, gaz, tally)
            if place is not None:
                _collect(found, place, "listed", row, cls)
        affected = literal(row.raw.get("affected region", ""), tally, "affected region")
        if isinstance(affected, (list, tuple)):
            for name in affected:
                place = resolve_admin1(str(name), gaz)
                if place is None and normalize_name(str(name)) not in DIRECTIONS:
                    place = _target_place(str(name), gaz, tally)
                if place is None:
                    continue
                _collect(found, place, "incident", row, cls)
    for (_pid, role), (place, evidence, numbers, cls) in sorted(found.items()):
        event = Event(
            **base,
            admin1=place.admin1,
            place=place.name,
            place_level=place.place_level,
            geo_precision=3 if place.place_level == "region" else 1,
            sub_event_type="Shelling/artillery/missile attack"
            if cls == "missile"
            else "Air/drone strike",
            weapon_class=cls,
            role=role,
            evidence=evidence,
            place_id=place.id,
            lat=place.lat,
            lon=place.lon,
            geocode_source="curated" if place.is_curated else "GeoNames",
        )
        result.contributions.append(
            Contribution(
                event=event, source=source, dataset_rows=",".join(str(n) for n in sorted(numbers))
            )
        )


def _collect(found: dict[Any, Any], place: Place, role: str, row: _Row, cls: str) -> None:
    column = "target" if role == "listed" else "affected region"
    line = f"{DATASET} row {row.number}: {place.name} in {column!r}"
    entry = found.get((place.id, role))
    if entry is None:
        found[(place.id, role)] = (place, [line], {row.number}, cls)
        return
    old_place, lines, numbers, old_cls = entry
    if line not in lines:
        lines.append(line)
    numbers.add(row.number)
    if old_cls != cls:
        merged = {old_cls, cls} - {"unknown"}
        cls = "both" if merged == {"drone", "missile"} else (merged.pop() if merged else "unknown")
    found[(place.id, role)] = (old_place, lines, numbers, cls)


def _target_place(token: str, gaz: Gazetteer, tally: Tally) -> Place | None:
    """A ``target`` token -> a region or city (``None`` for Ukraine, directions, seas)."""
    name = token.split(",", 1)[0].strip()
    if "," in token:
        tally.add("target with a raion or area after a comma (placed at the oblast)", token)
    key = normalize_name(name)
    if not key or key in DIRECTIONS or name.casefold() in DIRECTIONS:
        return None
    if "oblast" in key or "region" in key or key.endswith(" krai"):
        place = resolve_admin1(name, gaz)
        if place is None:
            tally.add("target oblast not in the gazetteer (skipped)", name)
        elif normalize_name(name) in ("dnipro oblast", "lutsk oblast"):
            tally.add("non-standard oblast name mapped", name)
        return place
    if key in ("kyiv", "kiev"):
        return gaz.region("Kyiv")
    for place in gaz.lookup(name, country="UA"):
        if place.place_level in ("city", "village"):
            return place
    tally.add("target place not in the gazetteer (skipped)", name)
    return None
