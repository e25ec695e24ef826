"""Per-night totals over events (pure pandas).

Events from several reports may describe the same place and night; before summing, the
figures of one place on one night are reduced to the largest stated value of each field.
National tallies (country rollups) give the weapon totals of a country's night when a
report states them; otherwise local figures are summed. Casualties are the sum over local
places, or the national figure when that is larger.

:func:`night_table` extends :func:`night_totals` with breached counts per weapon class
and flags records ("largest drone attack so far", with the previous record and its
night); :func:`format_table` prints it for a terminal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

WEAPON_TOTALS = ("drones_launched", "missiles_launched", "drones_downed", "missiles_downed", "breached")
CASUALTY_TOTALS = ("killed", "wounded")
TOTAL_FIELDS = (*WEAPON_TOTALS, *CASUALTY_TOTALS, "places_hit")


def night_totals(events: pd.DataFrame) -> pd.DataFrame:
    """One row per night: launched/downed/breached, killed, wounded, places hit.

    ``events`` is an events (Geo)DataFrame. Nights are sorted ascending; events without a
    night are grouped under ``None`` at the end.
    """
    columns = ["night", *TOTAL_FIELDS]
    if events is None or len(events) == 0:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(events.drop(columns=[c for c in ("geometry",) if c in events.columns]))
    frame = frame[frame["role"].fillna("incident") != "listed"].copy()
    frame["night"] = frame["night"].where(frame["night"].notna(), None)
    key = frame["place_id"].fillna(frame["place"].fillna("")) if "place_id" in frame else frame["place"]
    frame["_place"] = key
    numeric = [*WEAPON_TOTALS, *CASUALTY_TOTALS]
    for column in numeric:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    rows: list[dict[str, Any]] = []
    for night, night_frame in frame.groupby(frame["night"].fillna("~none"), sort=True):
        per_place = night_frame.groupby(["country", "_place", "place_level", "role"], dropna=False)[numeric].max()
        per_place = per_place.reset_index()
        row: dict[str, Any] = {"night": None if night == "~none" else night}
        for column in numeric:
            row[column] = 0
        any_value = dict.fromkeys(numeric, False)
        for _country, country_frame in per_place.groupby(per_place["country"].fillna("?")):
            national = country_frame[country_frame["place_level"] == "country"]
            local = country_frame[(country_frame["place_level"] != "country") & (country_frame["role"] != "rollup")]
            for column in numeric:
                national_value = national[column].max() if len(national) else float("nan")
                local_value = local[column].sum(min_count=1) if len(local) else float("nan")
                if column in WEAPON_TOTALS:
                    value = national_value if pd.notna(national_value) else local_value
                else:
                    value = max(
                        (v for v in (national_value, local_value) if pd.notna(v)), default=float("nan")
                    )
                if pd.notna(value):
                    row[column] += int(value)
                    any_value[column] = True
        for column in numeric:
            if not any_value[column]:
                row[column] = None
        hit = night_frame[(night_frame["place_level"] != "country")]
        row["places_hit"] = int(hit["_place"].nunique())
        rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    for column in numeric:
        out[column] = out[column].astype("Int64")
    out["places_hit"] = out["places_hit"].astype("Int64")
    return out


#: Columns of :func:`night_table`, in order.
NIGHT_TABLE_COLUMNS = (
    "night",
    "drones_launched",
    "drones_downed",
    "missiles_launched",
    "missiles_downed",
    "breached",
    "breached_drones",
    "breached_missiles",
    "killed",
    "wounded",
    "places_hit",
    "records",
)

#: Figures whose all-time highs are flagged, with the words used for them.
RECORD_FIELDS: dict[str, tuple[str, str]] = {
    "drones_launched": ("largest drone attack so far", "drones"),
    "missiles_launched": ("largest missile attack so far", "missiles"),
    "killed": ("deadliest night so far", "killed"),
}


@dataclass(frozen=True)
class Record:
    """A night that beat every earlier night on one figure."""

    night: str
    field: str
    value: int
    previous: int
    previous_night: str

    def text(self) -> str:
        label, unit = RECORD_FIELDS[self.field]
        return f"{label}: {self.value} {unit} (previous record {self.previous} on {self.previous_night})"


def find_records(totals: pd.DataFrame, fields: tuple[str, ...] = tuple(RECORD_FIELDS)) -> list[Record]:
    """Nights that set a new high on each of ``fields``, in night order (pure).

    The first night with a figure sets the bar without being flagged: a record needs a
    previous record to beat. Nights without a date are ignored.
    """
    out: list[Record] = []
    dated = totals[totals["night"].notna()].sort_values("night")
    for name in fields:
        if name not in dated:
            continue
        best: tuple[int, str] | None = None
        for night, value in zip(dated["night"], dated[name], strict=True):
            if pd.isna(value):
                continue
            value = int(value)
            if best is None:
                best = (value, str(night))
            elif value > best[0]:
                out.append(Record(str(night), name, value, best[0], best[1]))
                best = (value, str(night))
    return sorted(out, key=lambda r: (r.night, list(RECORD_FIELDS).index(r.field) if r.field in RECORD_FIELDS else 99))


def night_table(events: pd.DataFrame) -> pd.DataFrame:
    """One row per night: :func:`night_totals`, breached per weapon class, and record flags.

    ``breached_drones``/``breached_missiles`` count breaches of events whose
    ``weapon_class`` is ``drone``/``missile`` (events of both or unknown classes count
    only in ``breached``). ``records`` holds the flags of :func:`find_records`.
    """
    totals = night_totals(events)
    if len(totals) == 0:
        return pd.DataFrame(columns=list(NIGHT_TABLE_COLUMNS))
    totals = totals.copy()
    totals["_key"] = totals["night"].fillna("~none")
    classes = events["weapon_class"] if "weapon_class" in events else pd.Series("unknown", index=events.index)
    for weapon, column in (("drone", "breached_drones"), ("missile", "breached_missiles")):
        subset = events[classes == weapon]
        part = night_totals(subset)
        values = dict(zip(part["night"].fillna("~none"), part["breached"], strict=True))
        totals[column] = pd.array([values.get(k) for k in totals["_key"]], dtype="Int64")
    flags: dict[str, list[str]] = {}
    for record in find_records(totals):
        flags.setdefault(record.night, []).append(record.text())
    totals["records"] = ["; ".join(flags.get(str(k), [])) for k in totals["_key"]]
    return totals.drop(columns="_key")[list(NIGHT_TABLE_COLUMNS)].reset_index(drop=True)


_HEADERS = {
    "night": "night",
    "drones_launched": "drones",
    "drones_downed": "downed",
    "missiles_launched": "missiles",
    "missiles_downed": "downed",
    "breached": "breached",
    "breached_drones": "br.drones",
    "breached_missiles": "br.missiles",
    "killed": "killed",
    "wounded": "wounded",
    "places_hit": "places",
    "records": "records",
}


def format_table(table: pd.DataFrame) -> str:
    """The night table as aligned text (``-`` for "not stated")."""
    columns = list(NIGHT_TABLE_COLUMNS)
    rows = [[_HEADERS[c] for c in columns]]
    for record in table.to_dict("records"):
        cells = []
        for column in columns:
            value = record.get(column)
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                cells.append("-" if column != "records" else "")
            else:
                cells.append(str(value))
        rows.append(cells)
    widths = [max(len(r[i]) for r in rows) for i in range(len(columns) - 1)]
    lines = []
    for row in rows:
        left = row[0].ljust(widths[0])
        numbers = [cell.rjust(width) for cell, width in zip(row[1:-1], widths[1:], strict=True)]
        lines.append("  ".join([left, *numbers, row[-1]]).rstrip())
    return "\n".join(lines)
