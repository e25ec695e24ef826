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

import numpy as np
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
    keep = ["night", "role", "country", "place", "place_level", *WEAPON_TOTALS, *CASUALTY_TOTALS]
    if "place_id" in events.columns:
        keep.append("place_id")
    frame = pd.DataFrame({c: events[c] for c in keep if c in events.columns})
    frame = frame[frame["role"].fillna("incident") != "listed"]
    numeric = [*WEAPON_TOTALS, *CASUALTY_TOTALS]
    if not len(frame):
        empty = pd.DataFrame(columns=columns)
        for column in TOTAL_FIELDS:
            empty[column] = empty[column].astype("Int64")
        return empty

    def codes(series: pd.Series) -> tuple[np.ndarray, pd.Index]:
        return pd.factorize(series, use_na_sentinel=False)

    night_codes, night_values = codes(frame["night"].where(frame["night"].notna(), None))
    place = frame["place_id"].fillna(frame["place"].fillna("")) if "place_id" in frame else frame["place"]
    level = frame["place_level"]
    work = pd.DataFrame({
        "_night": night_codes, "_country": codes(frame["country"].fillna("?"))[0],
        "_place": pd.factorize(place)[0], "place_level": codes(level)[0], "role": codes(frame["role"])[0],
        "_is_country": (level == "country").fillna(False).to_numpy(bool),
        "_is_rollup": (frame["role"] == "rollup").fillna(False).to_numpy(bool),
        **{c: pd.to_numeric(frame[c], errors="coerce").astype(float).to_numpy() for c in numeric},
    })
    per_place = work.groupby(["_night", "_country", "_place", "place_level", "role"], sort=False).agg(
        {**{c: "max" for c in numeric}, "_is_country": "first", "_is_rollup": "first"}).reset_index()
    national = per_place["_is_country"]
    local = ~national & ~per_place["_is_rollup"]
    by = ["_night", "_country"]
    nat = per_place[national].groupby(by)[numeric].max()
    loc = per_place[local].groupby(by)[numeric].sum(min_count=1)
    index = nat.index.union(loc.index)
    nat, loc = nat.reindex(index), loc.reindex(index)
    values = {}
    for column in numeric:
        if column in WEAPON_TOTALS:
            value = nat[column].where(nat[column].notna(), loc[column])
        else:
            value = pd.concat([nat[column], loc[column]], axis=1).max(axis=1)
        values[column] = np.trunc(value)
    per_country = pd.DataFrame(values, index=index)
    labels = ["~none" if v is None or v is pd.NA or v != v else v for v in night_values]
    order = sorted(range(len(labels)), key=lambda i: labels[i])
    out = per_country.groupby(level="_night").sum(min_count=1).reindex(order)
    hit = work[~work["_is_country"] & (work["_place"] >= 0)].groupby("_night")["_place"].nunique()
    out["places_hit"] = hit.reindex(order).fillna(0).to_numpy()
    out.insert(0, "night", [None if labels[i] == "~none" else night_values[i] for i in order])
    out = out.reset_index(drop=True)
    for column in TOTAL_FIELDS:
        out[column] = out[column].astype("Int64")
    return out[columns]


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
