"""Geocoding: the offline gazetteer behind geopy's geocoder contract, and an online fallback.

:class:`GazetteerGeocoder` follows geopy's convention: ``geocode(query, *,
exactly_one=True, timeout=None)`` returns ``None`` on a miss, one
:class:`geopy.location.Location` (``raw`` = the gazetteer row) or a list of them. It works
under :class:`geopy.extra.rate_limiter.RateLimiter` and as
``geopandas.tools.geocode(..., provider=GazetteerGeocoder)``.

:meth:`GazetteerGeocoder.resolve` gives the richer answer the CLI and the evaluation use:
the place, its ACLED precision code (see ``docs/geocoding.md``) and where it came from.

:func:`geocode_events` gives events their coordinates and precision codes: places the
extractor resolved in the gazetteer are placed from it; anything else may go to an
optional online geocoder (geopy Nominatim, rate limited, cached on disk). Country-level
events are marked ``place_level="country"`` and are never drawn as a local impact.
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoevents.exceptions import ConfigurationError, GeocodingError
from geoevents.gazetteer import Gazetteer, Place, PlaceContext, cache_dir
from geoevents.models import Event, country_name

logger = logging.getLogger(__name__)

#: The default ACLED precision code per place level (``docs/geocoding.md``).
PRECISION_BY_LEVEL = {
    "neighbourhood": 1,
    "district": 1,
    "village": 1,
    "city": 1,
    "region": 3,
    "country": 3,
}

#: ``source`` values of a result: curated rows, GeoNames rows, an online geocoder.
SOURCES = ("curated", "GeoNames", "online")



# ---------------------------------------------------------------- queries (pure)


@dataclass(frozen=True)
class PlaceQuery:
    """A query split into the name to look up, context names and a qualifier.

    ``qualifier`` is ``"near"`` ("near Kharkiv", "outskirts of Sumy"), ``"part"``
    ("northern Kharkiv region", "border areas of Belgorod Oblast") or ``None``.
    """

    name: str
    context: tuple[str, ...] = ()
    qualifier: str | None = None


_NEAR_PREFIX = re.compile(
    r"^(?:near(?:by)?|outside|around|close to|not far from|in the vicinity of|vicinity of|"
    r"(?:on )?the outskirts of|outskirts of|(?:the )?suburbs of|(?:the )?area (?:of|around))\s+(?P<rest>.+)$",
    re.I,
)
_NEAR_SUFFIX = re.compile(r"^(?P<rest>.+?)\s+(?:outskirts|suburbs|vicinity|area)$", re.I)
_DIRECTION = r"(?:north|south|east|west|central|centre|center|north-?east|north-?west|south-?east|south-?west)"
_PART_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:{_DIRECTION}(?:ern)?(?:\s+part\s+of)?|(?:a\s+)?part\s+of|parts\s+of|"
    rf"(?:the\s+)?border(?:\s+(?:areas?|regions?|villages?|towns?|settlements?|districts?))?\s+(?:of|in)|"
    rf"(?:the\s+)?frontline\s+(?:areas?|villages?|towns?)\s+(?:of|in))\s+(?:the\s+)?(?P<rest>.+)$",
    re.I,
)
_OF_CONTEXT = re.compile(
    r"^(?P<name>.+?\b(?:district|raion|rayon|neighbourhood|neighborhood|microdistrict))\s+"
    r"(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?(?P<ctx>.+)$",
    re.I,
)


def parse_query(query: str) -> PlaceQuery:
    """Split a free-text place query (pure).

    ``"Shevchenkivskyi district, Kharkiv"`` and ``"Shevchenkivskyi district of Kharkiv"``
    name Kharkiv as context; ``"near Izium"`` is qualified ``near``; ``"northern Sumy
    region"`` is qualified ``part``. Possessives (``"Kyiv's Darnytskyi district"``) are
    left to :meth:`Gazetteer.lookup`.

    >>> parse_query("near Izium, Kharkiv Oblast")
    PlaceQuery(name='Izium', context=('Kharkiv Oblast',), qualifier='near')
    >>> parse_query("Kyivskyi district of Kharkiv")
    PlaceQuery(name='Kyivskyi district', context=('Kharkiv',), qualifier=None)
    """
    parts = [part.strip() for part in str(query).split(",") if part.strip()]
    if not parts:
        return PlaceQuery(name="")
    head, context = parts[0], tuple(parts[1:])
    qualifier = None
    for pattern, kind in ((_NEAR_PREFIX, "near"), (_PART_PREFIX, "part"), (_NEAR_SUFFIX, "near")):
        match = pattern.match(head)
        if match:
            head, qualifier = match.group("rest").strip(), kind
            break
    match = _OF_CONTEXT.match(head)
    if match:
        head = match.group("name").strip()
        context = (match.group("ctx").strip(), *context)
    return PlaceQuery(name=head, context=context, qualifier=qualifier)


def geo_precision(place_level: str | None, qualifier: str | None = None) -> int:
    """ACLED ``geo_precision`` for a place level and a query qualifier (pure).

    1: a named town, village, city district or neighbourhood (its point);
    2: "near X", or a part of a region ("northern Kharkiv region");
    3: a region only (its administrative centre or representative point), or a country.

    >>> geo_precision("village"), geo_precision("city", "near"), geo_precision("region", "part")
    (1, 2, 2)
    >>> geo_precision("region"), geo_precision("country", "near")
    (3, 3)
    """
    level = place_level or ""
    if level == "country":
        return 3
    if level == "region":
        return 2 if qualifier in ("part", "near") else 3
    base = PRECISION_BY_LEVEL.get(level, 1)
    return 2 if qualifier == "near" and base == 1 else base


def source_of(place: Place) -> str:
    """``curated``, ``GeoNames`` or ``online`` for a place row."""
    if place.source.startswith("online"):
        return "online"
    return "curated" if place.is_curated else "GeoNames"


@dataclass(frozen=True)
class GeocodeResult:
    """The answer to one query: a place (or ``None`` and a reason), precision, source."""

    query: str
    place: Place | None
    geo_precision: int | None = None
    source: str | None = None
    qualifier: str | None = None
    reason: str | None = None

    def to_record(self) -> dict[str, Any]:
        """The CLI's JSON object; country-level answers carry a ``note``."""
        p = self.place
        if p is None:
            return {
                "query": self.query, "name": None, "place_level": None, "country": None,
                "admin1": None, "district": None, "lat": None, "lon": None,
                "geo_precision": None, "source": None,
                "reason": self.reason or "no match",
            }
        record: dict[str, Any] = {
            "query": self.query,
            "name": p.name,
            "place_level": p.place_level,
            "country": p.country,
            "admin1": p.admin1,
            "district": district_of(p),
            "lat": p.lat,
            "lon": p.lon,
            "geo_precision": self.geo_precision,
            "source": self.source,
        }
        if p.place_level == "country":
            record["note"] = "country-level: a national tally, never drawn as a local impact"
        return record


def district_of(place: Place) -> str | None:
    """The city district a place lies in (a district's own name, a neighbourhood's raion)."""
    if place.district:
        return place.district
    if place.place_level == "district" and place.city:
        return place.name
    return None


# ---------------------------------------------------------------- offline geocoder


def _location(place: Place) -> Any:
    from geopy.location import Location

    parts = [place.name]
    if place.city and place.city != place.name:
        parts.append(place.city)
    if place.admin1 and place.admin1 not in parts:
        parts.append(place.admin1)
    if place.country:
        parts.append(country_name(place.country))
    return Location(", ".join(parts), (place.lat, place.lon), place.to_dict())


class GazetteerGeocoder:
    """geopy-compatible geocoder over the offline gazetteer.

    Parameters
    ----------
    gazetteer
        The gazetteer to search (default: :meth:`Gazetteer.bundled`).
    country
        ISO alpha-2 code to prefer when a name exists in several countries.
    fallback
        Optional geopy-style geocoder (e.g. :func:`get_geocoder` ``("nominatim", ...)``)
        asked when the gazetteer has no match. ``None`` keeps everything offline.

    Examples
    --------
    >>> geocoder = GazetteerGeocoder()
    >>> geocoder.geocode("Kharkiv region").raw["name"]
    'Kharkiv Oblast'
    >>> geocoder.geocode("no such place xyz") is None
    True
    """

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        *,
        country: str | None = None,
        fallback: Any | None = None,
    ) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
        self.country = country
        self.fallback = fallback

    def _context(self, names: Iterable[str]) -> PlaceContext:
        context = PlaceContext()
        for name in names:
            context = context.merged(self.gazetteer.context_of(name))
        return context.merged(PlaceContext(country=self.country))

    def search(self, query: str, *, context: str | Sequence[str] | None = None) -> list[Place]:
        """Places for a query such as ``"Shevchenkivskyi district, Kharkiv"``, best first.

        Text after the first comma, after "district of", a possessive owner, and
        ``context`` (one name or several, strongest first) name the enclosing city,
        region or country and rank candidates.
        """
        return self._search(query, context)[0]

    def _search(self, query: str, context: str | Sequence[str] | None) -> tuple[list[Place], str | None]:
        if not isinstance(query, str) or not query.strip():
            return [], None
        extra = [context] if isinstance(context, str) else list(context or ())
        parsed = parse_query(query)
        ctx = self._context([*parsed.context, *extra])
        whole = query.split(",")[0].strip()
        # The whole head first: "North Ossetia" is a name, not "the north of Ossetia".
        found = self.gazetteer.lookup(whole, country=ctx.country, admin1=ctx.admin1, city=ctx.city)
        if found or not parsed.name or parsed.name == whole:
            return found, None
        found = self.gazetteer.lookup(parsed.name, country=ctx.country, admin1=ctx.admin1, city=ctx.city)
        return found, parsed.qualifier if found else None

    def resolve(self, query: str, *, context: str | Sequence[str] | None = None) -> GeocodeResult:
        """The best place for a query with its precision code and source.

        Tries the gazetteer, then ``fallback`` (online) when set. A miss has
        ``place=None`` and a ``reason``.
        """
        if not isinstance(query, str) or not query.strip():
            return GeocodeResult(str(query), None, reason="empty query")
        places, qualifier = self._search(query, context)
        if places:
            best = places[0]
            return GeocodeResult(
                query, best, geo_precision(best.place_level, qualifier), source_of(best), qualifier
            )
        if self.fallback is None:
            return GeocodeResult(query, None, reason="no place of that name in the offline gazetteer")
        try:
            location = self.fallback.geocode(query, exactly_one=True)
        except GeocodingError as err:
            return GeocodeResult(query, None, reason=f"not in the offline gazetteer; {err}")
        if location is None:
            return GeocodeResult(
                query, None, reason="no place of that name in the offline gazetteer or online"
            )
        place = online_place(location, self.gazetteer)
        qualifier = parse_query(query).qualifier
        return GeocodeResult(query, place, geo_precision(place.place_level, qualifier), "online", qualifier)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        context: str | Sequence[str] | None = None,
    ) -> Any:
        """geopy contract: ``None`` on a miss, else a ``Location`` (or a list of them).

        ``raw`` of each Location is the gazetteer row (:meth:`Place.to_dict`); an answer
        of the online fallback keeps the online service's ``raw``.
        """
        places = self.search(query, context=context)
        if places:
            if exactly_one:
                return _location(places[0])
            return [_location(p) for p in places]
        if self.fallback is None or not isinstance(query, str) or not query.strip():
            return None
        return self.fallback.geocode(query, exactly_one=exactly_one, timeout=timeout)

    def reverse(self, query: Any, *, exactly_one: bool = True, timeout: float | None = None) -> Any:
        """Nearest curated place to ``(lat, lon)`` (geopy ``reverse`` contract)."""
        del timeout
        from geopy.point import Point

        point = Point(query)
        best: list[tuple[float, Place]] = []
        for place in self.gazetteer.places:
            if place.place_level in ("country",) or not place.is_curated:
                continue
            best.append((_haversine_km(point.latitude, point.longitude, place.lat, place.lon), place))
        if not best:
            return None
        best.sort(key=lambda item: item[0])
        if exactly_one:
            return _location(best[0][1])
        return [_location(p) for _, p in best[:10]]


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


# ---------------------------------------------------------------- online answers (pure)

_OSM_LEVELS = {
    "country": "country",
    "state": "region", "region": "region", "province": "region",
    "county": "district", "municipality": "city",
    "city": "city", "town": "city",
    "village": "village", "hamlet": "village", "isolated_dwelling": "village", "locality": "village",
    "city_district": "district", "borough": "district", "district": "district",
    "suburb": "neighbourhood", "quarter": "neighbourhood", "neighbourhood": "neighbourhood",
}


def online_place(location: Any, gazetteer: Gazetteer | None = None) -> Place:
    """A :class:`Place` from an online (Nominatim-style) ``Location`` (pure).

    The level comes from Nominatim's ``addresstype``/``type``; ``admin1`` from the
    address's ISO 3166-2 code (``ISO3166-2-lvl4``) mapped through the gazetteer, else its
    ``state``. Unknown feature types (a street, a building) count as ``neighbourhood``:
    a point inside a settlement.
    """
    raw = location.raw if isinstance(getattr(location, "raw", None), dict) else {}
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    level = _OSM_LEVELS.get(kind, "neighbourhood")
    country = (address.get("country_code") or "").upper() or None
    admin1 = None
    iso = address.get("ISO3166-2-lvl4") or address.get("ISO3166-2-lvl3")
    mapped = gazetteer.admin1_for_iso(iso) if gazetteer is not None else None
    if mapped is not None:
        country = country or mapped[0]
        admin1 = mapped[1]
    elif address.get("state"):
        admin1 = str(address["state"])
    name = raw.get("name") or str(getattr(location, "address", "") or "").split(",")[0].strip()
    ident = f"online-{raw.get('osm_type', 'x')}-{raw.get('osm_id', raw.get('place_id', '0'))}"
    return Place(
        id=ident,
        name=str(name) or str(location.address),
        place_level=level,
        country=country,
        admin1=admin1 if level != "country" else None,
        admin1_iso=iso,
        city=None,
        district=None,
        lat=float(location.latitude),
        lon=float(location.longitude),
        source="online (" + str(raw.get("licence") or "online geocoder") + ")",
    )


# ---------------------------------------------------------------- online geocoder


class CachedGeocoder:
    """Wraps an online geopy geocoder: rate limited, answers cached in a JSON file.

    Only ``geocode`` is wrapped. The cache maps the query to ``{"address", "lat",
    "lon", "raw"}`` or ``null`` for a miss, so a second run needs no network.

    Parameters
    ----------
    geocoder
        Any geopy geocoder (``geocode(query, *, exactly_one, timeout, ...)``).
    cache_path
        The JSON cache (default ``cache_dir()/online-geocode.json``).
    min_delay_seconds, max_retries
        Passed to :class:`geopy.extra.rate_limiter.RateLimiter` (``rate_limiter``).
    geocode_kwargs
        Extra keyword arguments for every ``geocode`` call (e.g. Nominatim's
        ``addressdetails=True``). They are fixed per instance, so the cache key is the
        query alone.
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        cache_path: str | Path | None = None,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
        geocode_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "online-geocode.json"
        self.geocode_kwargs = dict(geocode_kwargs or {})
        self.requests = 0
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = self._load()
        self.rate_limiter = RateLimiter(
            self._call,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            swallow_exceptions=False,
        )

    def _call(self, query: str, **kwargs: Any) -> Any:
        self.requests += 1
        return self.geocoder.geocode(query, **kwargs)

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self) -> None:
        from geoevents.exports import atomic_path

        try:
            with atomic_path(self.cache_path, suffix=".json") as tmp:
                tmp.write_text(json.dumps(self._cache, ensure_ascii=False, indent=0), encoding="utf-8")
        except OSError as err:
            logger.warning("cannot write geocoding cache %s: %s", self.cache_path, err)

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None) -> Any:
        """geopy contract; a cached answer (hit or miss) makes no request.

        Always asks the service for one answer; ``exactly_one=False`` wraps it in a list.
        """
        from geopy.exc import GeopyError
        from geopy.location import Location

        def shape(found: Any) -> Any:
            if found is None or exactly_one:
                return found
            return [found]

        with self._lock:
            if query in self._cache:
                hit = self._cache[query]
                if hit is None:
                    return None
                return shape(Location(hit["address"], (hit["lat"], hit["lon"]), hit["raw"] or {}))
        try:
            found = self.rate_limiter(query, exactly_one=True, timeout=timeout, **self.geocode_kwargs)
        except GeopyError as err:
            msg = f"online geocoder failed for {query!r}: {err}"
            raise GeocodingError(msg) from err
        with self._lock:
            self._cache[query] = (
                None
                if found is None
                else {"address": found.address, "lat": found.latitude, "lon": found.longitude,
                      "raw": found.raw if isinstance(found.raw, dict) else {}}
            )
            self._save()
        return shape(found)


_SAMPLE_AGENTS = ("geopy", "geoevents", "my-application", "my_application", "")


def get_geocoder(
    name: str = "gazetteer",
    *,
    user_agent: str | None = None,
    domain: str | None = None,
    scheme: str | None = None,
    cache_path: str | Path | None = None,
    min_delay_seconds: float = 1.0,
    gazetteer: Gazetteer | None = None,
) -> Any:
    """A geocoder by name: ``"gazetteer"`` (offline) or ``"nominatim"`` (online, cached).

    Nominatim needs a ``user_agent`` that identifies you (its usage policy);
    ``domain``/``scheme`` point it at another server (e.g. a local instance). Its
    answers carry address details (for ``admin1``), in English.
    """
    key = name.lower()
    if key == "gazetteer":
        return GazetteerGeocoder(gazetteer)
    if key == "nominatim":
        if not user_agent or user_agent.strip().lower() in _SAMPLE_AGENTS:
            msg = (
                "Nominatim needs a user agent that identifies you: pass user_agent=... "
                "(CLI: --user-agent or the GEOEVENTS_USER_AGENT environment variable)"
            )
            raise ConfigurationError(msg)
        from geopy.geocoders import Nominatim

        kwargs: dict[str, Any] = {"user_agent": user_agent}
        if domain:
            kwargs["domain"] = domain
        if scheme:
            kwargs["scheme"] = scheme
        return CachedGeocoder(
            Nominatim(**kwargs),
            cache_path=cache_path,
            min_delay_seconds=min_delay_seconds,
            geocode_kwargs={"addressdetails": True, "language": "en"},
        )
    msg = f"unknown geocoder {name!r}; use 'gazetteer' or 'nominatim'"
    raise ConfigurationError(msg)


# ---------------------------------------------------------------- events


def geocode_events(
    events: Iterable[Event],
    *,
    gazetteer: Gazetteer | None = None,
    fallback: Any | None = None,
    on_miss: Callable[[Event], None] | None = None,
    country_points: bool = True,
) -> list[Event]:
    """Give events coordinates, ``geo_precision`` and ``geocode_source``.

    Events whose ``place_id`` is in the gazetteer are placed from it; others are looked
    up by name in the gazetteer (with their ``admin1`` as context), then in ``fallback``
    (any geopy-style geocoder) when given. A precision the extractor set (e.g. 2 for
    "near X") is kept. Missing ``country``/``admin1``/``district`` are filled from the
    place.

    Country-level events (national tallies) keep ``place_level="country"`` and
    precision 3; they get the country's representative point unless
    ``country_points=False`` (no point at all, for GIS exports). Either way they are
    never drawn as a local impact: the web map and :func:`choropleth_counts` skip
    country-level rows. Other events that stay unplaced keep ``lat``/``lon`` ``None``
    and are reported to ``on_miss``. Returns the same event objects, updated.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    offline = GazetteerGeocoder(gaz)
    out = []
    for event in events:
        place = gaz.get(event.place_id) if event.place_id else None
        qualifier = None
        if place is None and event.place:
            context = [c for c in (event.admin1, country_name(event.country)) if c]
            found, qualifier = offline._search(event.place, context)
            place = found[0] if found else None
        if place is not None:
            _place_event(event, place, qualifier, country_points=country_points)
        elif fallback is not None and event.place:
            query = ", ".join(p for p in (event.place, event.admin1, country_name(event.country)) if p)
            location = fallback.geocode(query)
            if location is not None:
                _place_event(event, online_place(location, gaz), None, country_points=country_points)
        if event.lat is None and event.place_level != "country" and on_miss is not None:
            on_miss(event)
        out.append(event)
    return out


def _place_event(event: Event, place: Place, qualifier: str | None, *, country_points: bool) -> None:
    event.place_id = place.id
    event.geocode_source = source_of(place)
    event.place_level = event.place_level or place.place_level
    event.country = event.country or place.country
    if event.geo_precision is None:
        event.geo_precision = geo_precision(event.place_level, qualifier)
    if place.place_level == "country" and not country_points:
        event.lat = event.lon = None
        return
    event.lat, event.lon = place.lat, place.lon
    if place.place_level != "country":
        event.admin1 = event.admin1 or place.admin1
        if place.city:
            event.district = event.district or district_of(place)

