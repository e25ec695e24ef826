"""Per-night totals over events (pure pandas).

Events from several reports may describe the same place and night; before summing, the
figures of one place on one night are reduced to the largest stated value of each field.
National tallies (country rollups) give the weapon totals of a country's night when a
report states them; otherwise local figures are summed. Casualties are the sum over local
places, or the national figure when that is larger.
"""

from __future__ import annotations

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
