"""What the rules produce: facts tied to a target, and weapon counts before they become facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from geoevents.gazetteer import Place
from geoevents.places import PlaceMention
from geoevents.text import Sentence


@dataclass(eq=False, slots=True)
class Target:
    """What a fact is about: a gazetteer place or a whole country."""

    key: str
    place: Place | None
    country: str | None
    mention: PlaceMention | None = None


@dataclass(eq=False, slots=True)
class Fact:
    field: str
    value: int | str | None
    start: int
    end: int
    sentence: Sentence
    target: Target
    weapon: str | None = None
    group: int | None = None
    night: date | None = None
    night_offset: int = 0  # days from the report's night ("a day after a strike ..." = -1)
    overnight: bool = False  # said of the night (before publication), with no date of its own
    current: bool = False  # a toll stated as it now stands ("the toll now stands at one dead and seven injured")
    list_part: bool = False  # an item of a bulleted list, summed with the list's other items of its field
    more: bool = False  # "two more people were injured": added to the figures before it


@dataclass(eq=False, slots=True)
class _Count:
    value: int
    start: int
    end: int
    weapon: str
    role: str | None
    num2: int | None = None
    num2_span: tuple[int, int] | None = None
    all_of: bool = False
    breakdown: bool = False
    refers_to: _Count | None = None  # a bare figure's count ("15 missiles; 12 hit the city")
    target: Target | None = None  # where it was placed
    carried: bool = False  # a bare figure of the weapons of the sentence before ("12 drones ... 8 of them")
    debris: bool = False  # the weapon whose debris fell ("debris of a downed drone fell on a house"): placed where it fell
    list_group: int | None = None  # an item of a bulleted list under one introduction (the items are parts)
