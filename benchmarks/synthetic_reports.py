"""Synthetic attack reports for benchmarks: our own sentence templates, recombined.

Every sentence pattern here was written for geoevents. A report is a headline, a national
tally, three to six local paragraphs (Kyiv districts, Ukrainian cities and oblasts, Russian
regions), casualty and damage lines, and filler sentences about diplomacy, so that the
mix of relevant and irrelevant sentences resembles real wire copy. Seeded: the same
arguments give the same corpus.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta

from geoevents.models import Report

KYIV_DISTRICTS = [
    "Darnytskyi", "Desnianskyi", "Dniprovskyi", "Holosiivskyi", "Obolonskyi", "Pecherskyi",
    "Podilskyi", "Shevchenkivskyi", "Solomianskyi", "Sviatoshynskyi",
]
UA_CITIES = [
    "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Lviv", "Sumy", "Chernihiv", "Poltava",
    "Kryvyi Rih", "Mykolaiv", "Kherson", "Lutsk", "Rivne", "Vinnytsia", "Bila Tserkva", "Izmail",
]
UA_REGIONS = ["Kharkiv", "Sumy", "Odesa", "Dnipropetrovsk", "Kyiv", "Poltava", "Chernihiv", "Zaporizhzhia"]
RU_REGIONS = ["Belgorod", "Bryansk", "Kursk", "Voronezh", "Rostov", "Oryol", "Tula", "Lipetsk"]
NUMBERS = ["two", "three", "four", "five", "seven", "a dozen", "12", "15", "24", "31"]

HEADLINES = [
    "Overnight drone attack on {city}",
    "Russia strikes Ukraine with {drones} drones",
    "Explosions in {city} as air defence works",
]
TALLIES = [
    "Russia launched {drones} drones and {missiles} missiles at Ukraine overnight, the air force said.",
    "Air defence shot down {downed} of the {drones} drones and {mdowned} of {missiles} missiles.",
    "At least {breached} drones reached their targets, according to the military.",
    "The enemy attacked with {drones} Shahed drones overnight; {downed} were destroyed.",
]
LOCAL = [
    "In the {district} district of Kyiv, debris fell on a residential building and {n} people were injured.",
    "A drone hit an apartment block in {city}, killing {k} and wounding {n}.",
    "Fragments damaged cars and a warehouse in {city}; no one was hurt.",
    "The governor of the {region} region said {n} drones were downed over the region.",
    "A missile struck an enterprise in {city} overnight, and a fire broke out.",
    "In {city}, {n} residents sought medical help after the blasts.",
    "Debris landed near a school in the {district} district; there were no casualties.",
]
RUSSIAN = [
    "The Russian Defence Ministry said {n} Ukrainian drones were destroyed over the {ru} region.",
    "A Ukrainian drone struck a car near the border in the {ru} region, the governor said; a man was wounded.",
    "Officials in the {ru} region reported a fire at an oil depot after a drone attack.",
]
FILLER = [
    "The talks in Istanbul ended without agreement on a ceasefire.",
    "Officials again called on partners to speed up deliveries of air defence systems.",
    "The statement did not say which weapons were used against the front-line positions.",
    "Schools in the capital switched to remote learning for the day.",
    "Power engineers restored supply to most consumers by the afternoon.",
    "The foreign minister condemned the attack and urged tougher sanctions.",
]


def _fill(template: str, rng: random.Random) -> str:
    drones = rng.randint(20, 700)
    missiles = rng.randint(1, 40)
    return template.format(
        city=rng.choice(UA_CITIES),
        district=rng.choice(KYIV_DISTRICTS),
        region=rng.choice(UA_REGIONS),
        ru=rng.choice(RU_REGIONS),
        drones=drones,
        missiles=missiles,
        downed=rng.randint(1, drones),
        mdowned=rng.randint(0, missiles),
        breached=rng.randint(1, 80),
        n=rng.choice(NUMBERS),
        k=rng.choice(["one person", "two people", "three people"]),
    )


def synthetic_reports(count: int, *, seed: int = 7, start: date = date(2024, 1, 1)) -> Iterator[Report]:
    """Yield ``count`` synthetic reports (about 1–1.5 kB each), one after the other."""
    rng = random.Random(seed)
    for index in range(count):
        day = start + timedelta(days=index % 1000)
        paragraphs = [_fill(rng.choice(HEADLINES), rng), " ".join(_fill(t, rng) for t in rng.sample(TALLIES, 2))]
        for _ in range(rng.randint(3, 6)):
            pool = LOCAL if rng.random() < 0.7 else RUSSIAN
            sentence = _fill(rng.choice(pool), rng)
            if rng.random() < 0.5:
                sentence += " " + rng.choice(FILLER)
            paragraphs.append(sentence)
        paragraphs.append(" ".join(rng.sample(FILLER, 2)))
        yield Report(
            source_id=f"synthetic-{index:06d}",
            text="\n\n".join(paragraphs),
            published=f"{day.isoformat()}T09:00:00+03:00",
            url=f"https://example.org/synthetic/{index}",
            outlet="geoevents synthetic benchmark corpus",
        )
