"""Shared pieces of the dataset importers: results, warnings, names -> our admin1."""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import pandas as pd

from geoevents.exceptions import ReportFormatError
from geoevents.text import normalize_name

if TYPE_CHECKING:
    from geoevents.gazetteer import Gazetteer, Place
    from geoevents.store.merge import Contribution, Source

KYIV = ZoneInfo("Europe/Kyiv")

#: Region names the bundled gazetteer does not resolve (normalised name -> our admin1).
#: Reported to the gazetteer's owner; kept here so importers work meanwhile.
ADMIN1_ALIASES: dict[str, str] = {
    "kyiv city": "Kyiv",
    "kiev city": "Kyiv",
    "м київ": "Kyiv",
    "м. київ": "Kyiv",
    "місто київ": "Kyiv",
    "київ": "Kyiv",
    "kyiv": "Kyiv",
    "kiev special republican city": "Kyiv",
    "lutsk oblast": "Volyn Oblast",
    "dnipro oblast": "Dnipropetrovsk Oblast",
    "kyiv oblast (south)": "Kyiv Oblast",
    "kyiv oblast south": "Kyiv Oblast",
    "sevastopol city": "Sevastopol",
    "crimea": "Crimea",
    "autonomous republic of crimea": "Crimea",
}


@dataclass
class ImportResult:
    """What an importer read from one file.

    ``sources``/``contributions`` go to :meth:`geoevents.store.EventStore.add`;
    ``alerts`` (air-raid sirens only) to :meth:`~geoevents.store.EventStore.put_alerts`.
    ``warnings`` are one-line messages about the file's oddities.
    """

    dataset: str
    path: str
    rows: int = 0
    skipped_rows: int = 0
    sources: list[Source] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    alerts: pd.DataFrame | None = None
    warnings: list[str] = field(default_factory=list)

    def warn(self, message: str) -> None:
        """Record a warning (shown as ``PATH: message``)."""
        self.warnings.append(message)


class Tally:
    """Counts of one kind of oddity, reported once (``"12 rows: ..."``) instead of per row."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.examples: dict[str, list[str]] = {}

    def add(self, kind: str, example: Any = None) -> None:
        self.counts[kind] += 1
        if example is not None:
            bucket = self.examples.setdefault(kind, [])
            if len(bucket) < 3 and str(example) not in bucket:
                bucket.append(str(example))

    def flush(self, result: ImportResult) -> None:
        for kind, count in sorted(self.counts.items()):
            examples = self.examples.get(kind)
            suffix = f" (e.g. {', '.join(repr(e) for e in examples)})" if examples else ""
            result.warn(f"{count} row{'s' if count != 1 else ''}: {kind}{suffix}")


def read_table(
    path: str | Path, *, encodings: tuple[str, ...] = ("utf-8",), result: ImportResult
) -> pd.DataFrame:
    """Read a CSV as strings, trying ``encodings`` in order (a fallback is warned about)."""
    p = Path(path)
    if not p.is_file():
        raise ReportFormatError(str(path), "no such file")
    data = p.read_bytes()
    if not data.strip():
        raise ReportFormatError(str(path), "empty file")
    text = None
    for i, encoding in enumerate(encodings):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if i > 0:
            result.warn(f"not UTF-8; read as {encoding}")
        break
    if text is None:
        raise ReportFormatError(str(path), f"cannot decode as {' or '.join(encodings)}")
    text = text.lstrip("\ufeff")
    try:
        return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, ValueError) as err:
        raise ReportFormatError(str(path), f"not a CSV table: {err}") from err


def require_columns(frame: pd.DataFrame, columns: tuple[str, ...], path: str, dataset: str) -> None:
    """Raise :class:`ReportFormatError` naming the missing columns."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ReportFormatError(path, f"not a {dataset} file (missing columns {missing})")


def row_hash(*parts: Any) -> str:
    """Content hash of a dataset unit (dataset name plus the raw cell values)."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(str(part).encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def to_int(value: Any) -> int | None:
    """``"287.0"`` -> 287; empty or NaN -> ``None``; negative or non-numeric -> ``None``."""
    if value is None:
        return None
    text = str(value).strip()
    if not text or text.lower() in ("nan", "none", "null"):
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    if number != number or number < 0:
        return None
    return round(number)


def resolve_admin1(name: str | None, gazetteer: Gazetteer) -> Place | None:
    """Our region row for a region name in any of the datasets' spellings.

    Tries :data:`ADMIN1_ALIASES`, then the gazetteer's full names and aliases
    (``Kharkivska oblast``, ``Харківська область``), then ``lookup(name, hint="region")``.
    Returns the region :class:`~geoevents.gazetteer.Place` (the city row for Kyiv and
    Sevastopol), or ``None``.
    """
    if not name or not str(name).strip():
        return None
    key = normalize_name(str(name))
    alias = ADMIN1_ALIASES.get(key) or ADMIN1_ALIASES.get(str(name).strip().casefold())
    if alias:
        return gazetteer.region(alias)
    for place in gazetteer.standalone.get(key, ()):
        if place.place_level == "region" and place.country == "UA":
            return place
    for place in gazetteer.standalone.get(key, ()):
        if place.place_level == "region":
            return place
    for place in gazetteer.lookup(str(name), hint="region"):
        if place.place_level == "region":
            return place
    return None


def night_of(moment: datetime) -> date:
    """Our night of a Kyiv-local moment: 06:00 on D to 05:59 on D+1 is night D."""
    return (moment - timedelta(hours=6)).date()


def kyiv_iso(moment: datetime) -> str:
    """ISO 8601 with the Kyiv offset for a naive Kyiv-local datetime."""
    return moment.replace(tzinfo=KYIV).isoformat()


def kyiv_window(night: date, start_hour: int, hours: int) -> tuple[datetime, datetime]:
    """A window of ``hours`` from ``start_hour`` Kyiv time on ``night`` (aware datetimes)."""
    start = datetime.combine(night, time(start_hour), tzinfo=KYIV)
    end = datetime.combine(
        night + timedelta(days=(start_hour + hours) // 24),
        time((start_hour + hours) % 24),
        tzinfo=KYIV,
    )
    return start, end
