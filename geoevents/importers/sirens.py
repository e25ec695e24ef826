"""Air-raid alert histories (Vadimkin's siren dataset): alert minutes per night and admin1.

Reads the three file shapes of the dataset: ``official_data_en.csv`` (``Kyivska
oblast``, ``Kyiv City``), ``official_data_uk.csv`` (``Київська область``, ``м. Київ``),
both with ``oblast, raion, hromada, level, started_at, finished_at``, and
``volunteer_data_en.csv`` (``region, started_at, finished_at, naive``). Times are UTC.

:func:`alert_minutes` returns one row per (night, admin1) with

* ``minutes``: minutes of the night's 24 hours (06:00 on D to 06:00 on D+1, Kyiv time,
  our night convention) during which any alert was active in the oblast: alerts of all
  levels (oblast, raion, hromada) are merged as a union, so overlaps count once;
* ``night_minutes``: the same within 18:00-06:00 Kyiv time only;
* ``alerts``: the number of alerts that started in that night's 24 hours.

Admin1 names are ours (``Kharkiv Oblast``, ``Kyiv`` for the city). :func:`join_alerts`
adds ``alert_minutes``/``alert_night_minutes`` to events by night and admin1.

Oddities handled: the swapped cells of one row (``oblast=Lubenskyi raion``,
``raion=Poltavska oblast``) are swapped back; volunteer alerts whose end is a synthetic
start + 30 min (``naive=True``) are kept and counted in a warning; unknown region names
are skipped with a warning. Crimea and the permanent Luhansk alert are absent upstream.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from geoevents.importers._common import (
    KYIV,
    ImportResult,
    Tally,
    kyiv_window,
    night_of,
    read_table,
    resolve_admin1,
)
from geoevents.text import normalize_name

if TYPE_CHECKING:
    import geopandas as gpd

    from geoevents.gazetteer import Gazetteer

DATASET = "air-raid-sirens"
ALERT_COLUMNS = ("night", "admin1", "minutes", "night_minutes", "alerts")


def read_alerts(
    path: str | Path,
    *,
    gazetteer: Gazetteer | None = None,
    levels: tuple[str, ...] | None = None,
    result: ImportResult | None = None,
) -> pd.DataFrame:
    """Alerts as rows: admin1, level, start, end (aware UTC datetimes), naive.

    ``levels`` keeps only alerts declared at those levels (``oblast``, ``raion``,
    ``hromada``); the volunteer file is oblast-level only.
    """
    from geoevents.gazetteer import Gazetteer

    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    result = result if result is not None else ImportResult(DATASET, str(path))
    frame = read_table(path, result=result)
    if "oblast" in frame.columns:
        region_column = "oblast"
    elif "region" in frame.columns:
        region_column = "region"
    else:
        from geoevents.exceptions import ReportFormatError

        raise ReportFormatError(
            str(path), "not an air-raid sirens file (no 'oblast' or 'region' column)"
        )
    for column in ("started_at", "finished_at"):
        if column not in frame.columns:
            from geoevents.exceptions import ReportFormatError

            raise ReportFormatError(
                str(path), f"not an air-raid sirens file (missing column {column!r})"
            )
    tally = Tally()
    cache: dict[str, str | None] = {}
    out: list[dict[str, Any]] = []
    result.rows = len(frame)
    for number, raw in enumerate(frame.to_dict("records"), start=1):
        region, raion = raw.get(region_column, ""), raw.get("raion", "")
        if _looks_like_raion(region) and _looks_like_oblast(raion):
            tally.add("oblast and raion cells swapped (swapped back)", f"row {number}: {region}")
            region, raion = raion, region
        if region not in cache:
            place = resolve_admin1(region, gaz)
            cache[region] = place.admin1 if place is not None else None
        admin1 = cache[region]
        if admin1 is None:
            tally.add("region not in the gazetteer (skipped)", region)
            result.skipped_rows += 1
            continue
        level = (raw.get("level") or "oblast").strip() or "oblast"
        if levels is not None and level not in levels:
            continue
        start, end = _utc(raw.get("started_at")), _utc(raw.get("finished_at"))
        if start is None or end is None or end < start:
            tally.add(
                "unreadable or reversed started_at/finished_at (skipped)",
                f"{raw.get('started_at')}",
            )
            result.skipped_rows += 1
            continue
        naive = str(raw.get("naive", "")).strip().lower() == "true"
        if naive:
            tally.add("alert end is a synthetic start + 30 min (naive=True; kept)")
        out.append({"admin1": admin1, "level": level, "start": start, "end": end, "naive": naive})
    tally.flush(result)
    return pd.DataFrame(out, columns=["admin1", "level", "start", "end", "naive"])


def alert_minutes(
    path_or_alerts: str | Path | pd.DataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    levels: tuple[str, ...] | None = None,
    result: ImportResult | None = None,
) -> pd.DataFrame:
    """Alert minutes per night and admin1 (columns :data:`ALERT_COLUMNS`), sorted.

    Parameters
    ----------
    path_or_alerts
        A sirens CSV, or the frame of :func:`read_alerts`.
    levels
        Alert levels to count (default: all: any alert in the oblast).

    Examples
    --------
    >>> alert_minutes("official_data_en.csv").head()  # doctest: +SKIP
    """
    if isinstance(path_or_alerts, pd.DataFrame):
        alerts = path_or_alerts
    else:
        alerts = read_alerts(path_or_alerts, gazetteer=gazetteer, levels=levels, result=result)
    minutes: dict[tuple[date, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for admin1, group in alerts.groupby("admin1", sort=True):
        for start in group["start"]:
            minutes[(night_of(start.astimezone(KYIV).replace(tzinfo=None)), admin1)][2] += 1
        for start, end in _union(zip(group["start"], group["end"], strict=True)):
            _spread(start, end, admin1, minutes)
    rows = [
        {
            "night": night.isoformat(),
            "admin1": admin1,
            "minutes": round(v[0], 1),
            "night_minutes": round(v[1], 1),
            "alerts": int(v[2]),
        }
        for (night, admin1), v in minutes.items()
    ]
    frame = pd.DataFrame(rows, columns=list(ALERT_COLUMNS))
    return frame.sort_values(["night", "admin1"]).reset_index(drop=True)


def read_sirens(
    path: str | Path, *, gazetteer: Gazetteer | None = None, levels: tuple[str, ...] | None = None
) -> ImportResult:
    """The importer entry point: an :class:`ImportResult` whose ``alerts`` is :func:`alert_minutes`."""
    result = ImportResult(DATASET, str(path))
    result.alerts = alert_minutes(path, gazetteer=gazetteer, levels=levels, result=result)
    return result


def join_alerts(events: gpd.GeoDataFrame, alerts: pd.DataFrame) -> gpd.GeoDataFrame:
    """Events with ``alert_minutes`` and ``alert_night_minutes`` of their night and admin1.

    Several alert datasets for the same night and admin1 (official and volunteer) give
    the largest figure. Events without a match get missing values.
    """
    out = events.copy()
    if alerts is None or len(alerts) == 0:
        out["alert_minutes"] = pd.array([None] * len(out), dtype="Float64")
        out["alert_night_minutes"] = pd.array([None] * len(out), dtype="Float64")
        return out
    table = alerts.groupby(["night", "admin1"], as_index=False)[["minutes", "night_minutes"]].max()
    lookup = {
        (n, a): (m, nm)
        for n, a, m, nm in table[["night", "admin1", "minutes", "night_minutes"]].itertuples(
            index=False
        )
    }
    values = [
        lookup.get((n, a), (None, None)) for n, a in zip(out["night"], out["admin1"], strict=True)
    ]
    out["alert_minutes"] = pd.array([v[0] for v in values], dtype="Float64")
    out["alert_night_minutes"] = pd.array([v[1] for v in values], dtype="Float64")
    return out


# ---------------------------------------------------------------- helpers


def _looks_like_raion(name: str) -> bool:
    key = normalize_name(name or "")
    return key.endswith((" raion", " раион", " район", " rayon"))


def _looks_like_oblast(name: str) -> bool:
    key = normalize_name(name or "")
    return key.endswith((" oblast", " область"))


def _utc(text: Any) -> datetime | None:
    value = str(text or "").strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _union(intervals: Any) -> list[tuple[datetime, datetime]]:
    merged: list[tuple[datetime, datetime]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _spread(
    start: datetime, end: datetime, admin1: str, minutes: dict[tuple[date, str], list[float]]
) -> None:
    night = night_of(start.astimezone(KYIV).replace(tzinfo=None))
    last = night_of(end.astimezone(KYIV).replace(tzinfo=None))
    while night <= last:
        day_start, day_end = kyiv_window(night, 6, 24)
        dark_start, dark_end = kyiv_window(night, 18, 12)
        whole = _overlap(start, end, day_start, day_end)
        dark = _overlap(start, end, dark_start, dark_end)
        if whole > 0:
            cell = minutes[(night, admin1)]
            cell[0] += whole
            cell[1] += dark
        night += timedelta(days=1)


def _overlap(a: datetime, b: datetime, c: datetime, d: datetime) -> float:
    seconds = (min(b, d) - max(a, c)).total_seconds()
    return max(seconds, 0.0) / 60.0
