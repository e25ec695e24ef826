"""Small builders of test events (shared by the map and browser tests)."""

from __future__ import annotations

from typing import Any

from geoevents.models import Event


def darnytskyi_event(**overrides: Any) -> Event:
    """A drone strike on Kyiv's Darnytskyi district on the night of 3–4 July 2025."""
    base: dict[str, Any] = {
        "event_id": "e",
        "night": "2025-07-03",
        "attacker": "Russia",
        "country": "UA",
        "admin1": "Kyiv",
        "district": "Darnytskyi",
        "place": "Darnytskyi",
        "place_level": "district",
        "lat": 50.43,
        "lon": 30.62,
        "weapon_class": "drone",
        "evidence": ["Drones hit a house in Darnytskyi."],
        "source_id": "outlet-1",
        "source_url": "https://example.org/a",
    }
    base.update(overrides)
    return Event(**base)


def national_tally(**overrides: Any) -> Event:
    """Ukraine's national tally for the same night: 550 drones and 11 missiles launched."""
    tally: dict[str, Any] = {
        "place": "Ukraine",
        "place_level": "country",
        "district": None,
        "admin1": None,
        "lat": None,
        "lon": None,
        "role": "rollup",
        "drones_launched": 550,
        "drones_downed": 500,
        "missiles_launched": 11,
    }
    tally.update(overrides)
    return darnytskyi_event(**tally)
