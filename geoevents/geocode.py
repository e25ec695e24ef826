"""Geocoding: the offline gazetteer behind geopy's geocoder contract, and an online fallback.

:class:`GazetteerGeocoder` follows geopy's convention: ``geocode(query, *,
exactly_one=True, timeout=None)`` returns ``None`` on a miss, one
:class:`geopy.location.Location` (``raw`` = the gazetteer row) or a list of them. It works
under :class:`geopy.extra.rate_limiter.RateLimiter` and as
``geopandas.tools.geocode(..., provider=GazetteerGeocoder)``.

:func:`geocode_events` gives events their coordinates and precision codes: places the
extractor resolved in the gazetteer are placed from it; anything else may go to an
optional online geocoder (geopy Nominatim, rate limited, cached on disk).
"""

from __future__ import annotations

import json
import logging
import math
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from geoevents.exceptions import ConfigurationError, GeocodingError
from geoevents.gazetteer import Gazetteer, Place, cache_dir
from geoevents.models import Event

logger = logging.getLogger(__name__)

#: The default ACLED precision code per place level (see README, "Geo-precision").
PRECISION_BY_LEVEL = {
    "neighbourhood": 1,
    "district": 1,
    "village": 1,
    "city": 1,
    "region": 3,
    "country": 3,
}


def _location(place: Place) -> Any:
    from geopy.location import Location

    parts = [place.name]
    if place.city and place.city != place.name:
        parts.append(place.city)
    if place.admin1 and place.admin1 not in parts:
        parts.append(place.admin1)
    if place.country:
        parts.append({"UA": "Ukraine", "RU": "Russia"}.get(place.country, place.country))
    return Location(", ".join(parts), (place.lat, place.lon), place.to_dict())


class GazetteerGeocoder:
    """geopy-compatible geocoder over the offline gazetteer.

    Parameters
    ----------
    gazetteer
        The gazetteer to search (default: :meth:`Gazetteer.bundled`).
    country
        ISO alpha-2 code to prefer when a name exists in several countries.

    Examples
    --------
    >>> geocoder = GazetteerGeocoder()
    >>> geocoder.geocode("Kharkiv region").raw["name"]
    'Kharkiv Oblast'
    >>> geocoder.geocode("no such place xyz") is None
    True
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, country: str | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.bundled()
        self.country = country

    def search(self, query: str, *, context: str | None = None) -> list[Place]:
        """Places for a query such as ``"Shevchenkivskyi district, Kharkiv"``, best first.

        Text after the first comma (and ``context``) names the enclosing city, region or
        country and ranks candidates.
        """
        if not isinstance(query, str) or not query.strip():
            return []
        head, *rest = [part.strip() for part in query.split(",") if part.strip()] or [""]
        if context:
            rest.append(context)
        city = admin1 = None
        country = self.country
        for part in rest:
            for place in self.gazetteer.lookup(part):
                if place.place_level == "country":
                    country = place.country
                elif place.place_level == "city" and city is None:
                    city, admin1 = place.name, place.admin1
                    country = country or place.country
                elif place.place_level == "region" and admin1 is None:
                    admin1 = place.admin1
                    country = country or place.country
                break
        return self.gazetteer.lookup(head, country=country, admin1=admin1, city=city)

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: float | None = None,
        context: str | None = None,
    ) -> Any:
        """geopy contract: ``None`` on a miss, else a ``Location`` (or a list of them)."""
        del timeout  # offline: nothing to wait for
        places = self.search(query, context=context)
        if not places:
            return None
        if exactly_one:
            return _location(places[0])
        return [_location(p) for p in places]

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


class CachedGeocoder:
    """Wraps an online geopy geocoder: rate limited, answers cached in a JSON file.

    Only ``geocode`` is wrapped. The cache maps the query to ``{"address", "lat",
    "lon", "raw"}`` or ``null`` for a miss, so a second run needs no network.
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        cache_path: str | Path | None = None,
        min_delay_seconds: float = 1.0,
        max_retries: int = 2,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "online-geocode.json"
        self._lock = threading.Lock()
        self._cache: dict[str, Any] = self._load()
        self._geocode = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            swallow_exceptions=False,
        )

    def _load(self) -> dict[str, Any]:
        try:
            return json.loads(self.cache_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def _save(self) -> None:
        from geoevents.exports import atomic_path

        try:
            with atomic_path(self.cache_path, suffix=".json") as tmp:
                tmp.write_text(json.dumps(self._cache, ensure_ascii=False, indent=0), encoding="utf-8")
        except OSError as err:
            logger.warning("cannot write geocoding cache %s: %s", self.cache_path, err)

    def geocode(self, query: str, *, exactly_one: bool = True, timeout: float | None = None) -> Any:
        from geopy.exc import GeopyError
        from geopy.location import Location

        with self._lock:
            if query in self._cache:
                hit = self._cache[query]
                if hit is None:
                    return None
                return Location(hit["address"], (hit["lat"], hit["lon"]), hit["raw"] or {})
        try:
            found = self._geocode(query, exactly_one=True, timeout=timeout)
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
        return found


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
    ``domain``/``scheme`` point it at another server (e.g. a local instance).
    """
    key = name.lower()
    if key == "gazetteer":
        return GazetteerGeocoder(gazetteer)
    if key == "nominatim":
        if not user_agent or user_agent.strip().lower() in ("geopy", "geoevents", "my-application"):
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
            Nominatim(**kwargs), cache_path=cache_path, min_delay_seconds=min_delay_seconds
        )
    msg = f"unknown geocoder {name!r}; use 'gazetteer' or 'nominatim'"
    raise ConfigurationError(msg)


def geocode_events(
    events: Iterable[Event],
    *,
    gazetteer: Gazetteer | None = None,
    fallback: Any | None = None,
    on_miss: Callable[[Event], None] | None = None,
) -> list[Event]:
    """Give events coordinates, ``geo_precision`` and ``geocode_source``.

    Events whose ``place_id`` is in the gazetteer are placed from it; others are looked
    up by name in the gazetteer, then in ``fallback`` (any geopy-style geocoder) when
    given. Events that stay unplaced keep ``lat``/``lon`` ``None`` (and are reported to
    ``on_miss``). Returns the same event objects, updated.
    """
    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    offline = GazetteerGeocoder(gaz)
    out = []
    for event in events:
        place = gaz.get(event.place_id) if event.place_id else None
        if place is None and event.place:
            query = ", ".join(p for p in (event.place, event.admin1) if p)
            found = offline.search(query)
            place = found[0] if found else None
        if place is not None:
            event.lat, event.lon = place.lat, place.lon
            event.place_id = place.id
            event.geocode_source = "curated" if place.is_curated else "GeoNames"
            if event.geo_precision is None:
                event.geo_precision = PRECISION_BY_LEVEL.get(place.place_level, 3)
        elif fallback is not None and event.place:
            query = ", ".join(p for p in (event.place, event.admin1, _country_name(event.country)) if p)
            location = fallback.geocode(query)
            if location is not None:
                event.lat, event.lon = location.latitude, location.longitude
                event.geocode_source = "online"
                if event.geo_precision is None:
                    event.geo_precision = PRECISION_BY_LEVEL.get(event.place_level or "", 3)
        if event.lat is None and on_miss is not None:
            on_miss(event)
        out.append(event)
    return out


def _country_name(code: str | None) -> str | None:
    return {"UA": "Ukraine", "RU": "Russia"}.get(code or "", code)
