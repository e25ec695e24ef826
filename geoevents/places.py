"""Finding place names in a report and resolving them with context.

:func:`find_place_mentions` walks the word tokens of a text and looks up token n-grams
in the gazetteer's indexes. Words around a name decide how it is read:

* ``region``/``oblast``/``krai``/``regional``/``governor`` after it, or "region of" before
  it: the region (``Kharkiv region`` is Kharkiv Oblast, ``Kyiv regional head`` Kyiv Oblast);
* ``district``/``raion`` after it: a city district or a raion (``the Dnipro district``);
  plural forms spread over a list (``Kharkiv, Sumy and Kyiv regions``);
* ``city of``/``town of``/``village of`` before it: that level;
* ``from`` before it: a launch site, never a target;
* ``Post``, ``Independent``, ``Times`` after it: an outlet, not a place;
* an all-capitals name opening a paragraph (``KYIV —``): a dateline, not a target.

Ambiguous names are resolved in text order with the context read so far: a district name
goes to the city last named (Kharkiv's Kyivskyi district in a Kharkiv report), a village
to the region last named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from itertools import accumulate
from typing import NamedTuple

from geoevents.gazetteer import (
    Gazetteer,
    Place,
    city_district,
    municipal_district,
    place_contains,
    rank_places,
    settlement_in,
)
from geoevents.text import WORD, normalize_name

REGION_WORDS = {
    "region", "regions", "oblast", "oblasts", "obl", "krai", "kray", "province", "provinces",
    "republic", "territory", "regional", "governor", "oblast's", "region's", "krai's",
}
DISTRICT_WORDS = {"district", "districts", "raion", "raions", "rayon", "rayons", "microdistrict"}
PLURAL_TYPE_WORDS = {"regions", "oblasts", "districts", "raions", "rayons", "provinces"}
CITY_WORDS = {"mayor", "city", "city's"}
OUTLET_WORDS = {"post", "independent", "times", "pravda", "day", "dynamo", "patriarchate", "metro", "zoo"}
ORG_WORDS = {
    "governor", "gov", "mayor", "head", "administration", "authorities", "officials", "police",
    "cma", "kcma", "mva", "ova", "oma", "rma", "council", "prosecutor", "prosecutors",
    "regional", "military", "emergency", "services", "service", "air", "force", "regime",
    "emergencies", "ministry", "representative",  # "the LPR emergencies ministry", "the DPR representative office"
}
CAPITALS = {"Kyiv", "Kiev", "Moscow"}
_TITLE_WORDS = {
    "head", "mayor", "governor", "chief", "minister", "spokesman", "spokeswoman", "spokesperson", "president",
    "commander", "deputy", "secretary", "director", "adviser", "advisor", "official", "ombudsman",
}
# Between a name and "region": "the Kursk border region".
REGION_ADJECTIVES = {"border", "frontline", "front-line", "neighbouring", "neighboring", "occupied"}
_CAPITAL_KEYS = {name.lower() for name in CAPITALS}
_LAUNCH_VERBS = {"launched", "fired", "sent", "used", "deployed", "unleashed", "launches", "fires", "sends", "uses"}
SPEECH_VERBS = {
    "says", "said", "claims", "claimed", "has", "have", "had", "wants", "needs", "accuses",
    "accused", "believes", "insists", "insisted", "announced", "reported", "is", "was", "hopes",
    "urges", "urged", "warned", "warns", "denied", "denies", "responded", "called", "calls",
    "describes", "described", "considers", "sees", "argues", "argued", "maintains", "regards", "views",
    # the government's intentions: "Moscow would respond", "Kyiv will retaliate"
    "would", "will", "could", "might", "must", "should", "vowed", "vows", "threatened", "threatens",
    "promised", "promises", "plans", "intends", "blamed", "blames", "retaliated", "responds",
    # its acts: "as Kyiv presses on with a campaign", "Kyiv rarely comments", "Moscow launched"
    "presses", "pressed", "rarely", "repeatedly", "asked", "asks", "refused", "refuses", "comments",
    "launched", "sent", "fired", "does", "did", "kept", "keeps", "continues", "continued", "stepped", "steps",
    "extended", "extends", "imposed", "imposes", "banned", "bans", "withdrew", "pulled", "rejected", "rejects",
}
# "Moscow's war", "Kyiv's allies": the capital standing for its state.
STATE_NOUNS = {
    "war", "campaign", "allies", "partners", "forces", "army", "troops", "military", "invasion", "offensive",
    "interests", "government", "leadership", "position", "demands", "drones", "strikes", "attacks", "missiles",
    "threats", "aggression", "terror", "regime", "officials", "envoy", "delegation", "ally", "control",
}
SEA_ADJECTIVE_WORDS = {"region", "coast", "coastal", "port", "ports", "fleet", "grain", "corridor"}
LOCATIVE_WORDS = {"in", "over", "on", "at", "above", "near", "across", "into", "outside", "around", "of", "to", "towards", "toward"}
NEAR_WORDS = {"near", "outside", "outskirts", "around", "close", "vicinity"}


@dataclass
class PlaceMention:
    """A place name as it occurs in the text, with what the words around it say."""

    start: int
    end: int
    text: str
    key: str
    hint: str | None
    candidates: list[Place]
    place: Place | None = None
    launch_site: bool = False
    dateline: bool = False
    possessive: bool = False
    org: bool = False
    state: bool = False  # a capital standing for its state: "Kyiv's air force", "Moscow's war"
    near: bool = False
    heading: bool = False
    road: bool = False
    river: bool = False
    focus: bool = False
    reference: bool = False
    in_list: bool = False
    included: bool = False
    plural_group: int | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def is_country(self) -> bool:
        return self.place is not None and self.place.place_level == "country"

    @property
    def usable(self) -> bool:
        """Can carry facts (not a launch site, dateline, road's or river's name, point of
        reference or unresolved name)."""
        return self.place is not None and not (
            self.launch_site or self.dateline or self.road or self.river or self.reference
        )


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    norm: str
    possessive: bool


class _Tokens:
    """Word tokens as parallel lists (built by C-level splitting, not a loop per word);
    ``tokens[i]`` gives one :class:`_Token`."""

    __slots__ = ("ends", "norms", "possessive", "starts", "words")

    def __init__(self, words: list[str], starts: list[int], ends: list[int], norms: list[str]) -> None:
        self.words = words
        self.starts = starts
        self.ends = ends
        self.norms = norms
        self.possessive: set[int] = set()

    def __len__(self) -> int:
        return len(self.words)

    def __getitem__(self, i: int) -> _Token:
        return _Token(self.starts[i], self.ends[i], self.words[i], self.norms[i], i in self.possessive)


_WORD_SPLIT = re.compile(f"({WORD.pattern})")
# Characters that make a word need more than lower-casing: apostrophes, non-ASCII letters.
# One character class, so the regex engine scans for it in a tight loop.
_NEEDS_NORMALIZING = re.compile(r"[^\x00-\x26\x28-\x7f]")


def tokenize(text: str) -> _Tokens:
    """Word tokens with offsets; ``Kyiv's`` becomes ``Kyiv`` marked possessive."""
    parts = _WORD_SPLIT.split(text)  # gap, word, gap, word, ..., gap
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[0:-1:2]
    ends = offsets[1::2]
    tokens = _Tokens(words, starts, ends, [w.lower() for w in words])
    special = set()
    for match in _NEEDS_NORMALIZING.finditer(text):
        j = bisect_right(starts, match.start()) - 1
        if j >= 0 and match.start() < ends[j]:
            special.add(j)
    for j in special:
        word = words[j]
        if "'" in word or "’" in word or "ʼ" in word:
            if word[-2:] in _POSSESSIVE_ENDINGS:
                word = words[j] = word[:-2]
                ends[j] -= 2
                tokens.possessive.add(j)
        tokens.norms[j] = normalize_name(word)
    return tokens


_POSSESSIVE_ENDINGS = {"'s", "’s", "ʼs", "'S", "’S"}


def _prefixes(gazetteer: Gazetteer) -> frozenset[str]:
    """Every word-prefix of every indexed name ("rostov", "rostov on", "rostov on don"),
    cached on the gazetteer: a name can only start where its first word is a prefix."""
    cached = getattr(gazetteer, "_prefix_cache", None)
    size = len(gazetteer.places)
    if cached is not None and cached[0] == size:
        return cached[1]
    prefixes = set()
    for index in (gazetteer.standalone, gazetteer.with_region_word, gazetteer.with_district_word):
        for key in index:
            words = key.split(" ")
            for n in range(1, len(words) + 1):
                prefixes.add(" ".join(words[:n]))
    frozen = frozenset(prefixes)
    object.__setattr__(gazetteer, "_prefix_cache", (size, frozen))
    return frozen


def find_place_mentions(text: str, gazetteer: Gazetteer, *, max_tokens: int = 5) -> list[PlaceMention]:
    """Every place name in ``text``, resolved in text order (pure)."""
    tokens = tokenize(text)
    norms = tokens.norms
    words = tokens.words
    prefixes = _prefixes(gazetteer)
    n_tokens = len(tokens)
    limit = min(max_tokens, gazetteer.max_tokens)
    mentions: list[PlaceMention] = []
    i = 0
    while i < n_tokens:
        if norms[i] not in prefixes or not words[i][:1].isupper():
            i += 1
            continue
        width = 1
        key = norms[i]
        while width < limit and i + width < n_tokens:
            longer = key + " " + norms[i + width]
            if longer not in prefixes:
                break
            key = longer
            width += 1
        found = _match_at(i, tokens, norms, gazetteer, width, text, mentions[-1].end if mentions else -1)
        if found is None:
            i += 1
            continue
        mention, width = found
        mentions.append(mention)
        i += width
    mentions.extend(_capital_mentions(text, gazetteer, mentions))
    mentions.sort(key=lambda m: m.start)
    _spread_plural_types(mentions, tokens, text, gazetteer)
    _spread_launch_sites(mentions, text)
    _resolve(mentions, text)
    if "centre" in text or "center" in text or "capital" in text:
        mentions = _read_regional_centres(mentions, text, gazetteer)
    names_districts = " district" in text or " District" in text
    if names_districts:
        mentions = _read_city_districts(mentions, text, gazetteer)
    if names_districts or "okrug" in text:
        _read_municipal_districts(mentions, text)
    if "village" in text or "town of" in text or "settlement" in text or "stanitsa" in text or "khutor" in text:
        mentions = _read_unlisted_settlements(mentions, text, gazetteer)
    _mark_plain_lists(mentions, text)
    return mentions


# A city district's name: an adjective ("Levoberezhny", "Kominternovsky", "Mykytivskyi").
_DISTRICT_NAME = r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:sk|ck|tsk|zk|n|ov|ev)(?:yi|y|iy|ii|ij|i|oi|oy|yy))"
# (each ends its "district" word at group ``word``)
# "the Levoberezhny district of Voronezh", "the Kievsky district of the city of Donetsk"
_DISTRICT_OF_CITY = re.compile(rf"\b{_DISTRICT_NAME}\s+(?:city\s+)?(?P<word>district)\s+of\s+(?:the\s+city\s+of\s+)?")
# "Voronezh's Levoberezhny district", "the city's Sosnivskyi district"
_CITYS_DISTRICT = re.compile(rf"['’]s\s+{_DISTRICT_NAME}\s+(?:city\s+)?(?P<word>district)\b")
# "in the Prydniprovskyi district", "in Korabelnyi district": a city's when named after it (see
# _read_city_districts)
_THE_DISTRICT = re.compile(rf"\b(?:[Ii]n|[Oo]n|of|over)\s+(?:the\s+)?{_DISTRICT_NAME}\s+(?P<word>district)\b")


# "Kremenchuk mayor Vitalii Maletskyi": the city, though its name stands for an official.
_MAYOR_AFTER = re.compile(r"(?:['’]s)?\s+(?:city\s+)?mayor\b", re.I)


def _read_city_districts(mentions: list[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Districts of a city that the gazetteer does not list, named with their city ("the
    Levoberezhny district of Voronezh", "Horlivka's Mykytivskyi district"): districts of
    that city at its point (a name the gazetteer reads as another city's district, or not at
    all, is replaced). Linear in the text: lookups by offset, one rebuild of the list."""
    cities = [m for m in mentions if m.usable and m.place.place_level == "city" and (not m.org or _MAYOR_AFTER.match(text, m.end))]
    city_at = {m.start: m for m in cities}
    city_ending_at = {m.end: m for m in cities}
    city_ends = [m.end for m in cities]
    starts = [m.start for m in mentions]

    def city_before(at: int) -> PlaceMention | None:
        i = bisect_right(city_ends, at)
        return cities[i - 1] if i else None

    def city_in_context(at: int) -> Place | None:
        """The city "the city" at ``at`` is: the city named last before it, unless a region
        of another city is named after that ("... towns such as Kupiansk. Volgograd Governor
        Andrei Bocharov said ... the city's Krasnoarmeysky district"): that region's centre."""
        city = city_before(at)
        last = next(
            (m for m in reversed(mentions[: bisect_left(starts, at)]) if m.place is not None and not m.is_country and not m.launch_site),
            None,
        )
        if last is not None and last.place.place_level == "region" and (city is None or city.place.admin1 != last.place.admin1):
            return gazetteer.regional_centre(last.place)
        return city.place if city is not None else None

    def mentions_in(a: int, b: int) -> list[PlaceMention]:
        return mentions[bisect_left(starts, a) : bisect_left(starts, b)]

    found: list[tuple[int, int, str, Place]] = []  # (name start, "district" end, name, city)
    for match in _DISTRICT_OF_CITY.finditer(text):
        city = city_at.get(match.end())
        if city is not None:
            found.append((match.start("name"), match.end("word"), match.group("name"), city.place))
    for match in _CITYS_DISTRICT.finditer(text):
        city = city_ending_at.get(match.start())
        city_place = city.place if city is not None else None
        if city is None and text[max(0, match.start() - 8) : match.start()].lower().endswith("the city"):
            city_place = city_in_context(match.start())  # "the city's Sosnivskyi district": the city named before
        if city_place is not None:
            found.append((match.start("name"), match.end("word"), match.group("name"), city_place))
    # "in the Prydniprovskyi district": the district of the city named last before it, when
    # another district of that city was named so ("the city's Sosnivskyi district") and the
    # name is no place of that city's region; or when nothing resolves the name and the city
    # is in its paragraph ("Gorlovka ... at a stop in the Nikitovsky district")
    district_cities = {place.id for _, _, _, place in found}
    first_found = min((a for a, _, _, _ in found), default=len(text))
    taken = {a for a, _, _, _ in found}
    for match in _THE_DISTRICT.finditer(text):
        start = match.start("name")
        city = city_before(start)
        if city is None or start in taken:
            continue
        named = [m for m in mentions_in(start, match.end()) if m.place is not None]
        after_a_district = start > first_found and city.place.id in district_cities and not any(
            m.place.admin1 == city.place.admin1 for m in named
        ) and not (  # (a known district after another region: "... Kharkiv. ... Rostov Governor said ... the Kamensky district")
            named and any(
                m.place is not None and m.place.place_level == "region" and m.place.admin1 != city.place.admin1
                for m in mentions_in(city.end, start)
            )
        )
        # (or, for a Ukrainian city, whose region's raions the gazetteer all lists, in the
        # paragraph after the city's with no place named between)
        unresolved_in_paragraph = not named and (
            "\n" not in text[city.end : start]
            or (
                city.place.country == "UA" and text.count("\n", city.end, start) <= 2
                and not mentions_in(city.end, match.start())
            )
        )
        if after_a_district or unresolved_in_paragraph:
            found.append((start, match.end("word"), match.group("name"), city.place))
    added: list[PlaceMention] = []
    for start, end, name, city_place in found:
        if any(
            m.place is not None and m.place.place_level == "district" and m.place.city == city_place.name
            for m in mentions_in(start, end)
        ):
            continue  # the gazetteer's own district of that city
        place = city_district(city_place, name)
        added.append(PlaceMention(start, end, text[start:end], normalize_name(name), "district", [place], place=place))
    return _with_mentions_read(mentions, added)


def _with_mentions_read(mentions: list[PlaceMention], added: list[PlaceMention]) -> list[PlaceMention]:
    """``mentions`` with the places read from the report (``added``, disjoint) in place of
    the mentions inside their spans, in text order."""
    if not added:
        return mentions
    spans = sorted((m.start, m.end) for m in added)
    kept = [m for m in mentions if not _inside_any(m.start, spans)]
    return sorted(kept + added, key=lambda m: m.start)


# "the regional centre", "the oblast center", "the region's capital": the city a region is
# governed from (not "the regional centre for emergencies", "the regional capital of ...").
_REGIONAL_CENTRE = re.compile(
    r"\b(?:[Tt]he\s+)?(?:regional|oblast|region['’]s|oblast['’]s)\s+(?:cent(?:re|er)|capital)\b(?!\s+(?:of|for)\b)"
)


_CENTRE_WORD_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\b(?:in|on|at|over|near|outside|around|hit|struck|attacked|targeted|shelled)\s+)$", re.I
)


def _read_regional_centres(mentions: list[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """"In the regional centre, a drone hit a house" after "Russian drones attacked the
    Chernihiv region": the city the region named last before it is governed from
    (:meth:`Gazetteer.regional_centre`), read as a city mention."""
    ends = [m.end for m in mentions]
    added = []
    for match in _REGIONAL_CENTRE.finditer(text):
        i = bisect_right(ends, match.start())
        if i < len(mentions) and mentions[i].start < match.end():
            continue  # inside a name ("Chernihiv regional center" reads the region's own name)
        if not _CENTRE_WORD_BEFORE.search(text, max(0, match.start() - 16), match.start()):
            continue  # where something happened, not "power was cut in parts of the regional centre"
        region = next(
            (
                gazetteer.region(m.place.admin1) for m in reversed(mentions[:i])
                if m.place is not None and m.place.admin1 and m.place.place_level != "country"
                and not (m.launch_site or m.state or m.reference)
            ),
            None,
        )
        centre = gazetteer.regional_centre(region) if region is not None else None
        if centre is None:
            continue
        mention = PlaceMention(
            match.start(), match.end(), match.group(0), normalize_name(centre.name), "city", [centre], place=centre
        )
        mention.near = bool(set(text[max(0, match.start() - 30) : match.start()].lower().split()[-2:]) & NEAR_WORDS)  # (as _mark_roles)
        added.append(mention)
    return _with_mentions_read(mentions, added)


# "the village of Dubovoye" / "the town of Stroitel": a settlement's name after its kind.
_SETTLEMENT_OF = re.compile(
    r"\b(?P<kind>village|settlement|hamlet|khutor|stanitsa|selo|town)\s+(?:of\s+)?"
    r"(?P<name>[A-Z][\w'’]*(?:[ -][A-Z][\w'’]*){0,2})"
)


# After a town's name: the urban or municipal district around it ("the Domodedovo urban district").
_MUNICIPAL_AFTER = re.compile(r"\s+(?:(?:urban|municipal)\s+(?:district|okrug)|(?:urban\s+|city\s+)?okrug)\b", re.I)


_DISTRICT_AFTER = re.compile(r"\s+district\b", re.I)


def _read_municipal_districts(mentions: list[PlaceMention], text: str) -> None:
    """A town named with "urban district" or "okrug" after it ("In the Domodedovo urban
    district, debris damaged two houses"), or a Russian town with "district" after it that
    the gazetteer has no district of ("over the Istra district"), is the district around it
    (:func:`municipal_district`)."""
    for mention in mentions:
        place = mention.place
        if place is None or place.place_level != "city" or not mention.usable:
            continue
        after = _MUNICIPAL_AFTER.match(text, mention.end)
        if after is None and place.country == "RU":
            # "in the Istra district": a Russian town's district the gazetteer does not list
            after = _DISTRICT_AFTER.match(text, mention.end)
        if after is None:
            continue
        district = municipal_district(place, text[mention.start : after.end()].strip())
        mention.end = after.end()
        mention.text = text[mention.start : mention.end]
        mention.hint = "district"
        mention.candidates = [district]
        mention.place = district


# Between a raion named first and the settlement in it: "In the Kamensky district, in the settlement of".
_CONTAINER_BEFORE = re.compile(r",\s*(?:in|at|near)\s+the\s+")


def _read_unlisted_settlements(mentions: list[PlaceMention], text: str, gazetteer: Gazetteer) -> list[PlaceMention]:
    """Towns and villages the gazetteer does not list (or lists only elsewhere), named with
    the raion or region they lie in ("the village of Dubovoye of the Belgorod district",
    "the village of Novye Yurkovichi in the Klimovsky district", "In the Kamensky
    district, in the settlement of Glubokiy"): that settlement, at the raion's or region's
    point (:func:`settlement_in`). Named alone ("In the village of Dunayka, a drone ..."), an
    unknown settlement lies in the raion heading its line, else in the region named after it
    in its sentence or before it; named again, it is the settlement read first."""
    by_start = {m.start: m for m in mentions}
    starts = [m.start for m in mentions]
    ends = [m.end for m in mentions]
    found: list[tuple[int, int, str, Place]] = []
    named: dict[str, tuple[str, Place]] = {}  # a settlement read so far -> (level, its container)
    for match in _SETTLEMENT_OF.finditer(text):
        start, end = match.start("name"), match.end("name")
        key = normalize_name(match.group("name"))
        inside = mentions[bisect_left(starts, start) : bisect_left(starts, end)]
        container = _container_named_with(match, mentions, by_start, ends, text)
        if container is None:
            if any(m.place is not None for m in inside):
                continue  # a place the gazetteer knows
            if key in named:
                found.append((start, end, *named[key]))
                continue
            container = _region_after(mentions, bisect_left(starts, end), text) or _raion_or_region_before(
                mentions, bisect_right(ends, match.start()) - 1, gazetteer, text, match.start()
            )
        if (
            container is None or not container.usable or container.place is None
            or container.place.place_level not in ("district", "region") or container.place.city
        ):
            continue
        if any(m.place is not None and m.place.admin1 == container.place.admin1 for m in inside):
            continue  # the gazetteer's own place there
        level = "city" if match.group("kind") == "town" else "village"
        found.append((start, end, level, container.place))
        named.setdefault(key, (level, container.place))
    added = []
    for start, end, level, container_place in found:
        name = text[start:end]
        place = settlement_in(container_place, name, level)
        added.append(PlaceMention(start, end, name, normalize_name(name), level, [place], place=place))
    return _with_mentions_read(mentions, added)


def _container_named_with(
    match: re.Match[str], mentions: list[PlaceMention], by_start: dict[int, PlaceMention], ends: list[int], text: str
) -> PlaceMention | None:
    """The place named right after a settlement ("... of the Belgorod district") or right
    before it ("In the Kamensky district, in the settlement of ...")."""
    joint = NAMED_WITH_CONTAINER.match(text, match.end())
    if joint is not None and joint.end() > match.end():
        after = by_start.get(joint.end())
        if after is not None:
            return after
    i = bisect_right(ends, match.start()) - 1
    before = mentions[i] if i >= 0 else None
    if before is not None and _CONTAINER_BEFORE.fullmatch(text, before.end, match.start()):
        return before
    return None


def _region_after(mentions: list[PlaceMention], index: int, text: str) -> PlaceMention | None:
    """The first region named after ``mentions[index]`` in its sentence, if it is the first
    place named there ("in the village of Dubovoye ..., Belgorod governor Vyacheslav
    Gladkov said")."""
    if index >= len(mentions):
        return None
    mention = mentions[index]
    place = mention.place
    if place is None or place.place_level != "region" or mention.launch_site:
        return None
    start = mentions[index - 1].end if index else 0
    if any(ch in text[start : mention.start] for ch in ".;\n"):
        return None
    return mention


def _raion_or_region_before(
    mentions: list[PlaceMention], index: int, gazetteer: Gazetteer, text: str, at: int
) -> PlaceMention | None:
    """The raion named last before ``at`` (in its paragraph or heading the one before:
    "Shebekino urban district. In the village of Murom ..."), else a stand-in mention for
    the region of the last usable local place at or before ``index``, if the gazetteer has
    that region."""
    for mention in reversed(mentions[: index + 1]):
        place = mention.place
        if not mention.usable or place is None or mention.state:
            continue  # (not "the Kiev regime")
        if place.place_level == "country":
            if mention.org:
                continue  # "the Armed Forces of Ukraine": a side, not a place
            return None  # "• Russia: ...": the region named before is of the other country
        if place.place_level == "district" and not place.city and text.count("\n", mention.end, at) <= 2:
            return mention
        region = gazetteer.region(place.admin1) if place.admin1 else None
        if region is None or region.place_level != "region":
            return None
        return PlaceMention(mention.start, mention.end, mention.text, mention.key, "region", [region], place=region)
    return None


def _inside_any(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` lies in one of the sorted, disjoint ``spans``."""
    i = bisect_right(spans, (at, float("inf")))
    return i > 0 and spans[i - 1][0] <= at < spans[i - 1][1]


_CAPITAL_PHRASE = re.compile(
    r"\b(?P<whose>Ukraine['’]s|Russia['’]s|the Ukrainian|the Russian|the) capital(?!\s+(?:of|city of)\s+(?:the\s+)?[A-Z])\b"
)


_TOWARDS = re.compile(r"\b(?:towards?|heading (?:to|for)|approaching|flying (?:to|at)|bound for)\s+$", re.I)


def _capital_mentions(text: str, gazetteer: Gazetteer, found: list[PlaceMention]) -> list[PlaceMention]:
    """"Ukraine's capital", "the Russian capital", "the capital": Kyiv or Moscow.

    A bare "the capital" follows the country most places in the text belong to.
    """
    out: list[PlaceMention] = []
    if "capital" not in text:
        return out
    countries = [  # of places and target countries, not of actors ("Russia sent 810 drones")
        m.candidates[0].country for m in found
        if m.candidates and m.candidates[0].country and not (m.candidates[0].place_level == "country" and m.org)
    ]
    default = "RU" if countries.count("RU") > countries.count("UA") else "UA"
    starts = [m.start for m in found]  # found is in text order
    for match in _CAPITAL_PHRASE.finditer(text):
        whose = match.group("whose").lower()
        # Mentions ending in the 200 characters before the phrase start after it - 400
        # (no name is 200 characters long); only those need looking at.
        before = found[bisect_left(starts, match.start() - 400) : bisect_right(starts, match.start())]
        nearby = [  # not of countries named as actors ("Russia sent 810 drones")
            m.candidates[0].country for m in before
            if m.candidates and m.candidates[0].country and not (m.candidates[0].place_level == "country" and m.org)
            and match.start() - 200 < m.end <= match.start()
        ]
        country = "RU" if "russia" in whose else "UA" if "ukrain" in whose else (nearby[-1] if nearby else default)
        name = "Moscow" if country == "RU" else "Kyiv"
        candidates = [p for p in gazetteer.candidates(normalize_name(name), None) if p.place_level == "city" and p.country == country]
        around = found[bisect_left(starts, match.start() - 400) : bisect_left(starts, match.end())]
        overlapping = [m for m in around if m.start < match.end() and match.start() < m.end]
        if not candidates or any(not (m.possessive and m.candidates and m.candidates[0].place_level == "country") for m in overlapping):
            continue
        for m in overlapping:  # "Ukraine's capital": the capital, not the country
            index = found.index(m)
            del found[index], starts[index]
        mention = PlaceMention(
            start=match.start(), end=match.end(), text=match.group(0), key=normalize_name(name),
            hint="city", candidates=candidates[:1],
        )
        mention.heading = bool(_TOWARDS.search(text[max(0, match.start() - 30) : match.start()]))
        mention.reference = _is_reference(text, match.start())
        mention.focus = _FOCUS_AFTER.match(text, match.end()) is not None  # "with the capital the main target"
        out.append(mention)
    return out


def _match_at(
    i: int, tokens: _Tokens, norms: list[str], gaz: Gazetteer, limit: int, text: str, previous_end: int = -1
) -> tuple[PlaceMention, int] | None:
    first = tokens[i]
    # Place names are capitalised; skip lower-case words early.
    if not first.text[:1].isupper():
        return None
    for width in range(min(limit, len(tokens) - i), 0, -1):
        last = tokens[i + width - 1]
        if width > 1 and _gap_has_break(text, tokens[i].end, last.start):
            continue
        key = " ".join(norms[i : i + width])
        after = norms[i + width] if i + width < len(norms) else ""
        after_raw = tokens[i + width].text if i + width < len(tokens) else ""
        if after and not _TYPE_WORD_GAP.fullmatch(text, last.end, tokens.starts[i + width]):
            after = after_raw = ""  # "in Kharkiv, Governor X said": the next word is not about the name
        before = norms[i - 1] if i > 0 else ""
        before2 = norms[i - 2] if i > 1 else ""
        hint = None
        if after in REGION_ADJECTIVES and i + width + 1 < len(norms) and norms[i + width + 1] in REGION_WORDS - {"governor", "regional"}:
            hint = "region"  # "Russia's Kursk border region", "the Kherson frontline region"
        elif after in REGION_WORDS or (before in ("of", "around") and before2 in REGION_WORDS) or (
            before in ("around", "surrounding") and before2 in REGION_WORDS | {"area"}
        ):
            hint = "region"  # "Kharkiv region", "the region of Kharkiv", "the area around Kharkiv"
        elif after in DISTRICT_WORDS or (
            after in _MUNICIPAL_WORDS and i + width + 1 < len(norms) and norms[i + width + 1] in DISTRICT_WORDS | {"okrug"}
        ):
            hint = "district"  # also "Lipetsky municipal district", "Shebekino urban okrug"
        candidates = gaz.candidates(key, hint) if hint else []
        if not candidates and hint == "district":
            # "Solomianka district": a neighbourhood's name for the district it lies in.
            districts = {
                p.district for p in gaz.candidates(key, None) if p.place_level == "neighbourhood" and p.district
            }
            candidates = [d for name in sorted(districts) for d in gaz.candidates(normalize_name(name), "district")]
        if not candidates:
            if hint == "region" and after in ("governor", "regional"):
                hint = None
            elif hint is not None:
                # "Kyiv district" with no district called Kyiv: fall back to the bare name.
                hint = None
            candidates = gaz.candidates(key, None)
        if not candidates:
            continue
        if after in _NEIGHBOURHOOD_WORDS and not any(p.place_level in ("neighbourhood", "district") for p in candidates):
            continue  # "a lyceum in the Podillia neighbourhood": a part of the city, not a village elsewhere
        if first.start >= 2 and text[first.start - 1] in ("-", "‐") and text[first.start - 2].isalpha():
            continue  # "Podol" in "Gora-Podol", "Luga" in "Ust-Luga": the end of another name
        # Non-curated (GeoNames) names need a locative cue or a type word nearby ("the
        # Kherson region's Bilozerka" counts: a possessive type word).
        if all(not p.is_curated for p in candidates) and (
            before in _TITLE_WORDS  # "city head Serhii Zelenskyi": a person's name
            or _inside_compound(text, first.start, last.end)
            or (
                not _geonames_context(norms, _sentence_start_token(tokens, text, i), i, width)
                and not (i - 1 in tokens.possessive and norms[i - 1] in REGION_WORDS | DISTRICT_WORDS)
                # the next item of a list of places: "attacked Huliaipole, Orikhiv, Bilenke"
                and not (previous_end >= 0 and PLACE_LIST_GAP.fullmatch(text, previous_end, first.start))
                and not _heads_its_line(text, first.start, last.end)
            )
        ):
            continue  # and "Ilek" in "Ilek-Penkovka" is only part of a name
        if after_raw and after in OUTLET_WORDS and after_raw[:1].isupper():
            return None
        if after in SEA_ADJECTIVE_WORDS and all(p.country is None for p in candidates):
            return None
        end = last.end
        consumed = width
        # "Darnytsia Kyiv district": X + the city name + "district" is X district of that city.
        if hint is None and i + width + 1 < len(norms) and norms[i + width + 1] in DISTRICT_WORDS:
            city_key = norms[i + width]
            district_candidates = [
                p for p in gaz.candidates(key, "district")
                if p.city and normalize_name(p.city) == city_key
            ]
            if district_candidates:
                hint, candidates = "district", district_candidates
                end = tokens[i + width + 1].end
                consumed += 2
        if hint in ("region", "district") and after in REGION_WORDS | DISTRICT_WORDS and after not in ("governor", "regional"):
            if after not in PLURAL_TYPE_WORDS:
                end = tokens[i + width].end
                consumed += 1
        # "the city of X", "the town X" (but "the city's X district" is a district).
        if hint is None and before in ("city", "town") and i - 1 not in tokens.possessive:
            hint = "city"
        elif hint is None and (before in _VILLAGE_WORDS or before2 in _VILLAGE_WORDS):
            hint = "village"
        mention = PlaceMention(
            start=first.start,
            end=end,
            text=text[first.start : end],
            key=key,
            hint=hint,
            candidates=candidates,
        )
        _mark_roles(mention, i, consumed, tokens, norms, text)  # the type word too ("region's governor")
        return mention, consumed
    return None


# Between a name and the type word of a municipality: "Lipetsky municipal district".
_MUNICIPAL_WORDS = frozenset({"municipal", "urban", "rural", "city"})
# Between a name and a word describing it ("Kharkiv region", "Kyiv's governor"): spaces only.
_TYPE_WORD_GAP = re.compile(r"(?:['’ʼ][sS])?\s+")
_CO_DATELINE = re.compile(r"\s*(?:[A-Z]{3,}\s*/\s*)+")  # "BUCHAREST/KYIV, Sept 8 (Reuters) -": two datelines
_DATELINE_TAIL = re.compile(r"\s*(?:[,(:/]|[–—-])")  # "KYIV, ...", "KYIV (AFP) -", "KYIV: ...", "KYIV —"
# (not a region in brackets: "Uman (Cherkasy region) — a drone hit ..." is a place heading its line)
_AGENCY_DATELINE = re.compile(
    r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s*"
    r"\((?![^)]*\b(?i:region|oblast|district|raion|province|krai|republic)\b)[A-Za-z][\w .&-]{0,30}\)\s*[-–—:]"
)
# "Kharkiv, Sumy and Kyiv regions"; "Kharkiv, Sumy and other regions" (the type word then
# describes the list, not the last name).
# A place's own figure in brackets after it: "over Kharkiv (9), Poltava (6) and Sumy (5) oblasts".
_BRACKETED_FIGURE = r"\s*\(\s*(?:\d{1,4}|[a-z]+)\s*\)"
_PLURAL_TYPE = re.compile(
    rf"(?P<figure>{_BRACKETED_FIGURE})?(?P<others>,?\s+and\s+(?:\w+\s+)?other)?"
    r"(?:\s+(?:urban|municipal|rural|administrative))?\s+(regions|oblasts|districts|raions|rayons|provinces)\b"
)
# Between the names of a coordinated list ("Kursk, Bryansk and Millerovo"; "Kharkiv & Sumy").
# A figure in brackets may follow each name.
PLACE_LIST_GAP = re.compile(rf"(?:{_BRACKETED_FIGURE})?\s*(?:,|,?\s*and|,?\s*or|&)\s*(?:the\s+)?")
_BREAK = re.compile(r"[.;:!?\n()\"“”]|\s[–—-]\s")


def _gap_has_break(text: str, start: int, end: int) -> bool:
    return bool(_BREAK.search(text[start:end])) or "," in text[start:end]


# A name that is a line's heading: "Antonivka. Later on Tuesday, a drone ..." or "Bilozerka:"
# opening an administration's details by settlement. (Not after a live page's entry time:
# "03:05 — Gusev: drones were also destroyed" is the governor speaking.)
_LINE_HEADING_TAIL = re.compile(r"[.:]\s|[.:]?\s+[–—]\s")


def _heads_its_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` opens its line and a full stop, colon or dash follows it."""
    return (start == 0 or text[start - 1] == "\n") and _LINE_HEADING_TAIL.match(text, end) is not None


def _inside_compound(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is glued by a hyphen to a word before or after it."""
    return (text[end : end + 1] in ("-", "‐") and text[end + 1 : end + 2].isalpha()) or (
        start >= 2 and text[start - 1] in ("-", "‐") and text[start - 2].isalpha()
    )


def _sentence_start_token(tokens: _Tokens, text: str, i: int) -> int:
    """The first of the (up to three) tokens before token ``i`` in its own sentence."""
    first = max(0, i - 3)
    while first < i and _SENTENCE_END.search(text, tokens[first].end, tokens[i].start):
        first += 1  # "... on the approaches to the city. According to Serhii Popko": not "the city of Serhii"
    return first


_SENTENCE_END = re.compile(r"[.!?]\s")


def _geonames_context(norms: list[str], first: int, i: int, width: int) -> bool:
    before = set(norms[first:i])
    after = norms[i + width] if i + width < len(norms) else ""
    cues = {"town", "city", "near", "outskirts", "hromada", "community"} | _VILLAGE_WORDS
    return (
        bool(before & (cues | {"in", "of"})) or after in cues | DISTRICT_WORDS | _FACILITY_WORDS
        or (first < i and norms[i - 1] in _LOCATIVE_VERBS)
    )


# After a town's name, a site named after it: "the Unecha oil pumping station", "the Syzran refinery".
_FACILITY_WORDS = frozenset({
    "refinery", "oil", "airfield", "airbase", "port", "depot", "substation", "thermal", "chemical", "plant", "power",
})


# A part of a city: "the Podillia neighbourhood", "the Lisovyi quarter".
_NEIGHBOURHOOD_WORDS = frozenset({"neighbourhood", "neighborhood", "quarter", "micro-district"})


# "the village of X", "the stanitsa of Poltavskaya", "the khutor of ..." (Russian rural settlements).
_VILLAGE_WORDS = frozenset({"village", "settlement", "hamlet", "stanitsa", "khutor", "selo"})
# Words right before a name that make it a place (a GeoNames name needs a cue): "strikes on
# X", "attacked X", "bombs hit X" (but "were struck, said Serhii Tiurin": the word before is "said").
_LOCATIVE_VERBS = frozenset({"on", "attacked", "shelled", "struck", "targeted", "hit", "bombed", "pounded"})


# A capital in a compound adjective standing for its state: "Moscow-installed", "Kyiv-controlled".
_TO_A_HOSPITAL_OF = re.compile(
    r"\b(?:taken|transferred|brought|rushed|evacuated|delivered|admitted|airlifted)\s+(?:to|in)\s+[^;:.]{0,30}\bhospital"
    r"(?:\s+no\.?\s*\d+)?\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?$"
)
# What a capital does as its state: "Balitsky, whom Moscow appointed to run the region".
_STATE_ACTS = frozenset({"appointed", "annexed", "installed", "recognised", "recognized", "imposed", "controls", "occupies"})
_STATE_COMPOUND_AFTER = re.compile(r"-(?:installed|appointed|backed|controlled|imposed|annexed|led|friendly|allied|aligned)\b")
_ROAD_AFTER = re.compile(
    r"(?:\s*[-–—]\s*[A-Z][\w'’]*(?:-[A-Z][\w'’]*)*)*\s+(?i:highway|road|motorway|route|pipeline|street|avenue|boulevard|lane|square)\b"
    r"|(?:\s*[-–—]\s*[A-Z][\w'’]*)+\s+(?i:line|railway|rail\s+line|section)\b"  # "on the Kyiv-Fastiv line"
)
# A point of reference, not where anything happened: "the Bucha district west of the
# capital", "Voronezh, some 500 kilometres south of Moscow".
_REFERENCE_BEFORE = re.compile(
    r"\b(?:north|south|east|west)(?:[-\s]?(?:east|west))?(?:ern\s+outskirts)?\s+of\s+(?:the\s+)?$", re.I
)


_FROM_AREA_BEFORE = re.compile(
    r"(?:\bfrom|\b(?:jets?|aircraft|bombers?|planes?|fighters?)\s+(?:in|over))\s+(?:the\s+)?(?:airspace|territory|area|side|waters)"
    r"\s+of\s+(?:the\s+)?$",
    re.I,
)  # "launched from the airspace of Kursk Oblast", "fired from MiG-31K jets in the airspace of Lipetsk Oblast"


# What a facility serves, before the places (a list of regions) it serves: "the largest
# generating facility serving Kyiv, Cherkasy and Zhytomyr regions".
_SERVING_BEFORE = re.compile(
    r"\b(?:serving|serves|supplying|supplies|powering|powers)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+(?:and\s+)?|,\s*))*$"
)
_REGIONS_AHEAD = re.compile(r"[^.;:]{0,60}?\b(?:regions|oblasts)\b")
# Where power was cut after an attack: "introduced emergency power cuts in Kyiv and in the Kyiv,
# Zhytomyr and Rivne regions" (the consequence, not where anything was hit).
_OUTAGES_IN_BEFORE = re.compile(
    r"\b(?:power|electricity|emergency)\s+(?:cuts|outages|shutdowns|blackouts)\s+(?:in|across)\s+"
    r"(?:(?:the|and|in|[A-Z][\w'’-]*|,)\s*)*$"
)
# After a country's possessive, the city it describes: "Ukraine's second-largest city".
_CITY_DESCRIBED_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:second|third|fourth)[- ](?:largest|biggest)|largest|biggest|second)\s+(?:city|port|town)\b"
)


def _is_reference(text: str, start: int) -> bool:
    return _REFERENCE_BEFORE.search(text, max(0, start - 30), start) is not None


# Rivers named like places: "a bridge across the Dnipro", "the Desna river". A city's name
# takes no article, so "the Dnipro" with no type word after it is the river.
_RIVERS = frozenset({
    "dnipro", "dnieper", "desna", "dniester", "dnister", "donets", "siverskyi donets", "oskil", "inhulets",
    "vorskla", "psel", "seym", "seim", "southern bug", "danube", "don", "kuban",
})
# (a river's dam or hydroelectric station: "the Dnipro hydroelectric power station" in Zaporizhzhia)
_RIVER_WORDS = frozenset({"river", "river's", "riverbank", "embankment", "hydroelectric", "hydropower", "hpp", "hes", "dam"})
_WATER_WORDS = frozenset({"reservoir", "reservoir's", "lake", "bay", "estuary", "lagoon"})
# What may follow a name that ends its noun phrase: punctuation, the end, a preposition.
_ENDS_PHRASE = re.compile(r"\s*(?:$|[.,;:!?)]|(?:in|at|near|on|and|to|from|into|between|was|is)\b)")

_FOCUS_AFTER = re.compile(r"\s+(?:(?:as|being)\s+)?(?:the|its|their)\s+(?:main|primary|principal|key)\s+targets?\b")

# "fired from Tu-22 bombers that flew in over the Black Sea": where the carriers were, a launch area.
_CARRIERS_FLEW_OVER = re.compile(
    r"\b(?:bombers?|aircraft|planes?|jets?|ships?|warships?|submarines?)\b[^.;]{0,25}?"
    r"\b(?:flew|flying|operating|positioned)\s+(?:in\s+)?over\s+(?:the\s+)?$",
    re.I,
)
_CARRIERS = frozenset({
    "bomber", "bombers", "aircraft", "planes", "jets", "ship", "ships", "warships", "submarine", "submarines",
    "carriers",
})


# A name that is part of the name of a hospital the wounded were taken to: "taken to the
# Grayvoron Central District Hospital".
_INSTITUTION_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Hospital|Clinic|Medical\s+Cent(?:re|er))\b")
# A works named after a town but standing in another place: "the Bryansk Chemical Plant in Seltso".
_WORKS_ELSEWHERE_AFTER = re.compile(
    r"(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Plant|Factory|Works|Refinery|Combine|Enterprise)\s+(?:in|at|near)\s+(?:the\s+)?[A-Z]"
)
# "a Kyiv-based shipbroker", "a Moscow-based analyst": where someone works, not a place told of.
_BASED_AFTER = re.compile(r"[-‐]based\b")
# "an infrastructure facility was hit, leaving part of the Pokrovskyi district without power":
# where the power went off, not where anything was hit.
_LEFT_WITHOUT_BEFORE = re.compile(r"\bleaving\s+(?:(?:part|parts|much|most|half)\s+of\s+)?(?:the\s+)?$")
_WITHOUT_SUPPLY_AFTER = re.compile(
    r"(?:\s+(?:district|raion|region|oblast|city|town|village|hromada|neighbourhood))?\s+without\s+"
    r"(?:power|electricity|light|water|heat|heating|gas)\b"
)
_TAKEN_TO_BEFORE = re.compile(
    r"\b(?:taken|delivered|brought|transported|admitted|evacuated)\s+to\s+(?:the\s+|a\s+)?(?:[A-Z][\w'’-]*\s+){0,3}$"
)

_CITYS_BEFORE = re.compile(r"\bcity['’]s\s+(?:the\s+)?$")


_HELD_ADJECTIVES = frozenset({"occupied", "annexed", "russian-occupied", "russian-held"})


def _launch_site_before(before: list[str]) -> bool:
    """Do the (up to three) words before a name make it a launch site? "from (the) X",
    "from the Y X", "from the directions of X", "bombers over (the) X"."""
    if before[-1:] == ["from"] or before[-2:] == ["from", "the"] or before[-3:-1] == ["from", "the"]:
        return True
    if (before[-2:-1] == ["from"] and before[-1] in _HELD_ADJECTIVES) or before[-3:] == ["from", "temporarily", "occupied"]:
        return True  # "from occupied Crimea", "from annexed Crimea"
    if before[-2:] in (["direction", "of"], ["directions", "of"]):
        return True
    words = before[:-1] if before[-1:] == ["the"] else before
    return len(words) >= 2 and words[-2] in _CARRIERS and words[-1] in ("over", "from", "in", "off")


def _mark_roles(
    mention: PlaceMention, i: int, width: int, tokens: _Tokens, norms: list[str], text: str
) -> None:
    before = norms[max(0, i - 3) : i]
    after = norms[i + width : i + width + 3]
    last = tokens[i + width - 1]
    mention.possessive = last.possessive
    window_start = max(0, tokens[i].start - 50)
    window = text[window_start : tokens[i].start].lower()  # cheap tests before the patterns below
    if _launch_site_before(before) or "from " in window and (
        _FROM_A_SITE_IN.search(text, window_start, tokens[i].start)
        or _FROM_A_TOWN_OF.search(text, window_start, tokens[i].start)
    ) or " over " in window and _CARRIERS_FLEW_OVER.search(text, window_start, tokens[i].start):
        mention.launch_site = True  # also "from Cape Chauda in occupied Crimea"
    if before[-2:-1] == ["of"] or before[-1:] == ["of"]:
        mention.reference = _is_reference(text, tokens[i].start)
        if ("from " in window or " in " in window or " over " in window) and _FROM_AREA_BEFORE.search(
            text, max(0, tokens[i].start - 40), tokens[i].start
        ):
            mention.launch_site = True  # "launched from the airspace of Kursk Oblast"
    if mention.key in _RIVERS and (
        (after[:1] and after[0] in _RIVER_WORDS) or (before[-1:] == ["the"] and mention.hint is None and _ENDS_PHRASE.match(text, last.end))
    ):
        mention.river = True  # but "the Dnipro hospital", "the Dnipro district": a place's name
    if after[:1] and after[0] in _WATER_WORDS:
        mention.river = True  # "the former Kakhovka reservoir"
    if ("hospital" in window or "clinic" in window) and _HOSPITAL_BEFORE.search(
        text, max(0, tokens[i].start - 40), tokens[i].start
    ):
        mention.reference = True  # "hospitalised in Belgorod", "City Hospital No. 2 of Belgorod": where the wounded went
    if _INSTITUTION_AFTER.match(text, last.end) and _TAKEN_TO_BEFORE.search(text, max(0, tokens[i].start - 40), tokens[i].start):
        mention.reference = True  # "the Grayvoron Central District Hospital": where the wounded went
    if _WORKS_ELSEWHERE_AFTER.match(text, last.end):
        mention.reference = True  # "the Bryansk Chemical Plant in Seltso": the plant lies in Seltso
    if after[:1] == ["nuclear"]:
        mention.reference = True  # "the Zaporizhzhia nuclear power plant" lies elsewhere (Enerhodar)
    if _SERVING_BEFORE.search(text, window_start, tokens[i].start) and _REGIONS_AHEAD.match(text, tokens[i].start):
        mention.reference = True  # "the largest plant serving Kyiv, Cherkasy and Zhytomyr regions": its customers
    if _BASED_AFTER.match(text, last.end):
        mention.reference = True  # "said a Kyiv-based shipbroker"
    if "leaving" in window and _LEFT_WITHOUT_BEFORE.search(window) and _WITHOUT_SUPPLY_AFTER.match(text, last.end):
        mention.reference = True  # "leaving part of the Pokrovskyi district without power"
    wide = text[max(0, tokens[i].start - 100) : tokens[i].start]
    if (" cuts " in wide or "outages" in wide or "shutdowns" in wide or "blackouts" in wide) and _OUTAGES_IN_BEFORE.search(wide):
        mention.reference = True  # "emergency power cuts in the Kyiv and Zhytomyr regions": where the power went off
    if mention.possessive and _CITY_DESCRIBED_AFTER.match(text, last.end):
        mention.reference = True  # "in Ukraine's second-largest city": a city named elsewhere, not the country
    if before[-2:] == ["on", "the"] and mention.candidates and mention.candidates[0].id.startswith("sea-"):
        mention.reference = True  # "the port city of Taganrog on the Sea of Azov": where the city lies
    if mention.candidates and mention.candidates[0].id.startswith("sea-") and (
        after[:2] in (["city", "of"], ["port", "of"], ["town", "of"], ["resort", "of"]) or after[:3] == ["port", "city", "of"]
    ):
        mention.reference = True  # "the Black Sea city of Odesa": where the city lies
    if last.text in CAPITALS and after[:1] == ["time"]:
        mention.reference = True  # "4:00 Moscow time": a time zone
    if _FOCUS_AFTER.match(text, last.end):
        mention.focus = True  # "with Kyiv as the main target": where an attack aimed, not where a tally was
    if _ROAD_AFTER.match(text, last.end):
        mention.road = True  # "on the Sevsk-Suzemka highway": a road named after towns, not the towns
    if mention.key in ("russia", "ukraine") and (
        before[-1:] == ["by"] or after[:1] and after[0] in _LAUNCH_VERBS
        or (after[:1] and after[0] in ("has", "had", "have") and after[1:2] and after[1] in _LAUNCH_VERBS)
    ):
        mention.org = True  # "drones launched by Russia", "missiles that Russia launched": the state
    if mention.key in ("russia", "ukraine") and before[-1:] == ["of"] and before[-2:-1] in (["forces"], ["army"], ["navy"]):
        mention.org = True  # "a drone of the Armed Forces of Ukraine": the side, not the place
    if last.text in CAPITALS and after[:1] and (after[0] in _LAUNCH_VERBS or after[0] in _STATE_ACTS or after[0] == "regime"):
        mention.org = mention.state = True  # "Moscow launched its largest air attack", "whom Moscow appointed", "the Kiev regime": the state
    if set(before[-2:]) & NEAR_WORDS:
        mention.near = True
    if before[-1:] == ["including"] or before[-2:] == ["including", "the"] or before[-2:] == ["such", "as"]:
        mention.included = True
        mention.in_list = True
    # "Kyiv says", "officials in Kyiv": the capital standing for its government; "officials
    # in Crimea said": a region's authorities.
    officials_in = before[-2:] in (["officials", "in"], ["authorities", "in"])
    if last.text in CAPITALS and ((after[:1] and after[0] in SPEECH_VERBS and before[-1:] != ["in"]) or officials_in):
        # (but "the number of injured in Kyiv has risen": the city)
        mention.org = mention.state = True
    if last.text in CAPITALS and mention.possessive and after[:1] and (
        after[0] in STATE_NOUNS or after[:2] in (["air", "force"], ["general", "staff"], ["defence", "ministry"], ["defense", "ministry"])
    ):
        mention.org = mention.state = True  # "Kyiv's allies", "Kyiv's air force said" (not the city's air defence)
    if last.text in CAPITALS and _STATE_COMPOUND_AFTER.match(text, last.end):
        mention.org = mention.state = True  # "the Moscow-installed head of Crimea", "Kyiv-controlled territory"
    if last.text in CAPITALS and (
        (after[:1] == ["and"] and after[1:2] and after[1] in _CAPITAL_KEYS) or (before[-1:] == ["and"] and before[-2:-1] and before[-2] in _CAPITAL_KEYS)
    ):
        mention.org = mention.state = True  # "as Moscow and Kyiv were completing a prisoner exchange": the two states
    if officials_in and mention.candidates and mention.candidates[0].place_level == "region":
        mention.org = True
    if set(before) & {"towards", "toward"} or before[-2:] in (["heading", "to"], ["taken", "to"], ["bound", "for"]) or (
        before[-3:-1] == ["taken", "to"]
    ):
        mention.heading = True  # a destination ("heading towards Moscow", "taken to the X hospital")
    if "hospital" in window and _TO_A_HOSPITAL_OF.search(window):
        mention.heading = True  # "will be transferred to the City Hospital No. 2 of Belgorod": where the wounded go
    if (after[:1] and after[0] in ORG_WORDS - {"regional"} or (
        after[:1] and after[0] in ("regional", "city", "oblast") and len(after) > 1 and after[1] in ORG_WORDS
    )) and _TYPE_WORD_GAP.fullmatch(text, last.end, tokens.starts[i + width]):
        # "Kyiv City Military Administration", "Kharkiv Regional Military Administration" (not
        # "shot down over Kyiv, officials said", "In the Lviv region, Governor X said ...")
        mention.org = True
    if before[-2:] in (["mayor", "of"], ["governor", "of"]) or before[-3:] in (["governor", "of", "the"], ["head", "of", "the"]) or (
        before[-2:] == ["head", "of"] and mention.candidates and mention.candidates[0].place_level == "region"
    ):  # "the mayor of Kyiv Vitali Klitschko said", "governor of the Sumy region", "the head of Crimea": the official's place
        mention.org = True
    if mention.possessive and after[:1] and after[0] in ORG_WORDS | {"defence", "defense", "ministry", "president", "general", "state", "foreign", "interior", "armed"}:
        mention.org = True
    first = tokens[i]
    line_start = text.rfind("\n", 0, first.start) + 1
    prefix = text[line_start : first.start]
    if (not prefix.strip() or _CO_DATELINE.fullmatch(prefix)) and first.text.isupper() and len(first.text) > 2:
        tail = text[last.end : last.end + 16]
        if _DATELINE_TAIL.match(tail):
            mention.dateline = True
    elif not prefix.strip() and "(" in text[last.end : last.end + 40] and _AGENCY_DATELINE.match(text, last.end):
        mention.dateline = True  # "Kyiv (AFP) - Russia pummelled Ukraine ...", "Odesa, Ukraine (AP) —"


def _spread_plural_types(mentions: list[PlaceMention], tokens: _Tokens, text: str, gaz: Gazetteer) -> None:
    """Apply a plural type word to the list before it: "Kharkiv, Sumy and Kyiv regions"."""
    for index, mention in enumerate(mentions):
        tail = text[mention.end : mention.end + 40].lower()
        match = _PLURAL_TYPE.match(tail)
        if not match:
            continue
        hint = "region" if match.group(3) in ("regions", "oblasts", "provinces") else "district"
        group = [mention]
        j = index - 1
        while j >= 0:
            between = text[mentions[j].end : group[-1].start]
            if PLACE_LIST_GAP.fullmatch(between):
                group.append(mentions[j])
                j -= 1
            else:
                break
        for member in group:
            candidates = gaz.candidates(member.key, hint)
            if candidates:
                member.hint = hint
                member.candidates = candidates
            member.in_list = len(group) > 1
            member.plural_group = index
        if not match.group("others") and not match.group("figure"):  # "Sumy (5) oblasts": the figure is Sumy's
            mention.end = mention.end + match.end()
            mention.text = text[mention.start : mention.end]


_HOSPITAL_BEFORE = re.compile(
    r"\b(?:hospitali[sz]ed|(?:taken|delivered|brought|transported|admitted|transferred|moved|evacuated|airlifted)\s+(?:by\s+[\w\s]{1,30}?\s+)?to\s+(?:the\s+|a\s+)?"
    r"(?:[\w.]+\s+){0,4}?(?:hospital|clinic)(?:\s+No\.?\s*\d+)?)\b[^.;,]{0,20}?\b(?:in|of)\s+(?:the\s+)?$",
    re.I,
)
_FROM_A_TOWN_OF = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:occupied\s+|Russian-held\s+|nearby\s+)?(?:town|city|village|settlement|area|territory)\s+of\s+$", re.I
)  # "Russian forces fire on Nikopol from the occupied town of Enerhodar"
_FROM_A_SITE_IN = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:area\s+|airfield\s+|air\s+base\s+)?in\s+(?:the\s+)?"
    r"(?:temporarily\s+)?(?:occupied\s+|annexed\s+)?$"  # "from Cape Chauda in the temporarily occupied Crimea", "in annexed Crimea"
)
_WHERE_A_SITE_LIES = re.compile(
    r"\s+(?:area|airfield|airbase|air\s+base|district)?\s*(?:of|in)\s+(?:(?:Russia|Ukraine)['’]s\s+|the\s+|temporarily\s+|occupied\s+)*"
    r"|['’]s\s+(?:occupied\s+)?"  # "... of Russia's Krasnodar region": from the country to its region
    r"|\s*[–—-]\s*(?:TOT|temporarily\s+occupied\s+territory)\s+of\s+(?:the\s+)?"  # "Hvardiiske – TOT of Crimea"
    r"|\s*\(\s*(?:the\s+)?(?:temporarily\s+)?(?:occupied\s+)?"  # "Chauda (occupied Crimea)", "Yeysk (RF)"
)
# Between two launch sites of a list: the Air Force's country tag ("Millerovo – RF,
# Hvardiiske") and sites the gazetteer does not know ("Kursk, Chauda, Hvardiiske").
_SITE_COUNTRY_TAG = re.compile(
    r"(?:\s*\))?"  # the end of the site's bracketed region: "Yeysk (RF) and Chauda"
    r"(?:\s*[–—-]\s*(?:RF|Russia|the\s+Russian\s+Federation)\b|\s*\(\s*(?:RF|Russia)\s*\))?"
    r"(?:\s*,\s*(?:and\s+)?(?:Cape\s+)?[A-Z][\w'’-]*(?:\s*[–—-]\s*(?:RF|Russia)\b)?(?=\s*,))*"
    r"(?:(?:\s*,)?\s+and\s+[A-Z][\w'’-]*(?=\s*\())?"  # "... and Chauda (occupied Crimea)"
)


def _spread_launch_sites(mentions: list[PlaceMention], text: str) -> None:
    """A launch site heads the list it opens: "launched from Kursk, Bryansk and Millerovo"
    names three launch sites, none of them a target."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        gap = text[a.end : b.start]
        gap = gap[_SITE_COUNTRY_TAG.match(gap).end() :] if a.launch_site else gap
        if a.launch_site and (PLACE_LIST_GAP.fullmatch(gap) or _WHERE_A_SITE_LIES.fullmatch(gap)):
            b.launch_site = True  # also "from the Primorsko-Akhtarsk area of Russia's Krasnodar region"


_A_PLACE_IN = re.compile(
    r",\s+(?:a|the)\s+(?:(?:small|frontline|front-line|border|nearby)\s+)?(?:village|town|city|settlement|suburb)\s+(?:in|of|near)\s+(?:the\s+)?"
    # "Kazan, the capital of the Republic of Tatarstan"
    r"|,\s+the\s+(?:regional\s+)?(?:capital|administrative\s+cent(?:re|er))\s+of\s+(?:the\s+|Russia's\s+)?(?:Republic\s+of\s+)?"
)
_ALSO_IN = re.compile(r",\s+(?:also\s+)?in\s+(?:the\s+)?")
_OPEN_BRACKET = re.compile(r"\s*\(\s*(?:the\s+)?")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_COMMUNITY_AFTER = re.compile(r"\s+(?:territorial\s+)?(?:hromada|community)\b")


_IN_OPENING_BEFORE = re.compile(r"(?:^|[.!?\n]\s*)[Ii]n\s+(?:the\s+)?$")


def _mark_plain_lists(mentions: list[PlaceMention], text: str) -> None:
    """Plain coordinated lists ("Kharkiv, Sumy and Poltava") are lists too; a place
    followed by the region or country it lies in ("Bilopillia, Sumy Oblast", "Kyiv,
    Ukraine") is one place, not a list. A river is no member ("In Zaporizhzhia, the Dnipro
    hydroelectric power station")."""
    mentions = [m for m in mentions if not m.river]
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : b.start]
        if a.place is not None and a.place.place_level in ("city", "village") and (
            # (also "near the village of Mezenivka in the Krasnopillia hromada")
            (between.strip() in (",", "in the", "of the") and _COMMUNITY_AFTER.match(text, b.end)) or _A_PLACE_IN.fullmatch(between)
            # "In Novaya Tavolzhanka, also in the Shebekino district, ...": the raion it lies in
            # "Uman (Cherkasy region) — a drone hit ...": the region it lies in, in brackets
            or (
                _OPEN_BRACKET.fullmatch(between) is not None and _CLOSE_BRACKET.match(text, b.end) is not None
                and b.place is not None and lies_in(a.place, b.place)
            )
            or (
                _ALSO_IN.fullmatch(between) is not None and b.place is not None and b.place.place_level == "district"
                and not b.place.city and b.place.admin1 == a.place.admin1
            )
        ):
            # "the village of Bezruky, Derhachi hromada", "Velyka Pysarivka, a village in the
            # Okhtyrka district": where the place lies
            b.reference = True
            continue
        if PLACE_LIST_GAP.fullmatch(between) and not (a.place and b.place and lies_in(a.place, b.place, named_together=True)):
            if a.place and b.place and lies_in(b.place, a.place) and _IN_OPENING_BEFORE.search(text, max(0, a.start - 4), a.start):
                continue  # "In Vinnytsia Oblast, the Ladyzhyn power plant was struck": where it lies, then the place
            a.in_list = b.in_list = True


def lies_in(inner: Place, outer: Place, *, named_together: bool = False) -> bool:
    """Whether ``inner`` lies in ``outer``: by the gazetteer, or, for a town or village named
    right next to a raion of its region ("Kivsharivka, Kupiansk district"), because the text
    says so (the gazetteer does not record villages' raions)."""
    if place_contains(outer, inner):
        return True
    return named_together and (
        outer.place_level == "district" and not outer.city and inner.place_level in ("city", "village")
        and inner.admin1 == outer.admin1 and inner.country == outer.country
    )


# Cities that are regions of their own, and the region around them ("over the Istra district"
# after the capital: Moscow Oblast).
_SURROUNDING_REGION = {
    "Moscow": "Moscow Oblast", "Kyiv": "Kyiv Oblast", "Saint Petersburg": "Leningrad Oblast", "Sevastopol": "Crimea",
}


def context_near(mentions: list[PlaceMention], mention: PlaceMention, admin1: str, text: str) -> bool:
    """Whether a curated place in ``admin1`` was named within 120 characters before
    ``mention``, in its paragraph (a GeoNames village read in the wrong region is no context)."""
    return any(
        m.place is not None and m.place.admin1 == admin1 and mention.start - 120 <= m.end <= mention.start
        and m.place.is_curated and "\n" not in text[m.end : mention.start]
        for m in mentions
    )


# Between a place and the place it lies in: "Berezivka in the Zhytomyr region", "Berezivka,
# Zhytomyr region", "the Dniprovskyi district of Kyiv", "Kivsharivka, Kupiansk district".
NAMED_WITH_CONTAINER = re.compile(r"\s*(?:,|\s+in|\s+of)\s*(?:the\s+)?")


def _named_after(mentions: list[PlaceMention], index: int, text: str) -> tuple[str | None, str | None]:
    """(city, admin1) that the place named right after a mention says it lies in: the city
    of a city district ("the Dniprovskyi district of Kyiv"), the region of a town or village
    ("Berezivka in the Zhytomyr region")."""
    if index + 1 >= len(mentions):
        return None, None
    mention, following = mentions[index], mentions[index + 1]
    if not following.candidates or not NAMED_WITH_CONTAINER.fullmatch(text, mention.end, following.start):
        return None, None
    container = following.candidates[0]
    if mention.hint == "district" and container.place_level == "city":
        return container.name, None
    if mention.hint not in ("region", "district") and following.hint == "region":
        return None, container.admin1
    if (
        mention.hint not in ("region", "district") and following.hint == "district"
        and container.place_level == "district" and not container.city
    ):
        return None, container.admin1  # "the village of Nikolskoye in the Belgorod district"
    return None, None


def _resolve(mentions: list[PlaceMention], text: str) -> None:
    """Pick each mention's place, carrying city/region context forward."""
    cities = [m.candidates[0] for m in mentions if m.candidates and m.candidates[0].place_level == "city"]
    fallback_city = cities[0].name if cities else None
    report_cities = {p.name for p in cities}
    context_city: str | None = None
    context_admin1: str | None = None
    context_country: str | None = None
    # The context before a list holds for all its members: "in Kyiv, Lutsk and Rivne" does
    # not look for Rivne in Lutsk's region.
    list_context = (context_city, context_admin1, context_country)
    previous: PlaceMention | None = None
    districts_seen: dict[str, Place] = {}  # a city district's name -> the district it was read as
    cities_seen: dict[str, int] = {}  # city name -> the index of its last mention
    city_places: dict[str, Place] = {}  # normalised name of a city read so far -> the city
    keys_read: dict[str, Place] = {}  # a town's or village's name as written -> the place it was read as first
    for index, mention in enumerate(mentions):
        if (
            previous is not None and previous.place is not None and previous.place.place_level in ("city", "village")
            and PLACE_LIST_GAP.fullmatch(text, previous.end, mention.start)
        ):
            context_city, context_admin1, context_country = list_context
        else:
            list_context = (context_city, context_admin1, context_country)
        previous = mention
        city_after, admin1_after = _named_after(mentions, index, text)
        city = city_after or context_city or fallback_city
        admin1 = admin1_after or context_admin1
        ranked = rank_places(
            mention.candidates,
            country=context_country,
            admin1=admin1,
            city=city if mention.hint == "district" or any(p.city for p in mention.candidates) else None,
            hint=mention.hint,
        )
        if mention.hint == "city":
            ranked.sort(key=lambda p: p.place_level not in ("city", "village"))
        elif mention.hint == "village":
            ranked.sort(key=lambda p: p.place_level != "village")
        place = ranked[0] if ranked else None
        if place is not None and not place.is_curated and admin1 is None and context_country not in (None, place.country):
            place = None  # a GeoNames namesake in the other country ("Russia: ... the village of Dubovoye")
        if (
            place is not None and not place.is_curated and admin1 is not None
            and place.admin1 != admin1 and _SURROUNDING_REGION.get(admin1) != place.admin1
            and context_near(mentions, mention, admin1, text)
        ):
            # A GeoNames village named right after another region ("In the Belgorod
            # district, in the village of Dubovoye") is not the namesake elsewhere.
            place = None
        if place is not None and not place.is_curated and admin1_after is not None and place.admin1 != admin1_after:
            place = None  # "the village of Nikolskoye in the Belgorod district": not a namesake elsewhere
        if (
            city_after is not None and place is not None and place.place_level == "district" and not place.city
            and mentions[index + 1].hint != "region"
        ):
            place = None  # "the Kuibyshevsky district of Donetsk": a district of that city, not a raion so named
        if (
            mention.hint == "village" and place is not None and place.place_level == "city"
            and admin1 is not None and place.admin1 != admin1
        ):
            place = None  # "the village of Murom" in the Belgorod region is not the city of Murom
        if mention.hint == "village" and place is not None and place.place_level == "city" and not place.is_curated:
            # "the village of Razumnoye": a GeoNames settlement is a town only by its population
            place = replace(place, place_level="village")
        if mention.hint == "district" and place is not None and place.city and city and place.city != city:
            same_city = [p for p in ranked if p.city == city]
            # no such district in the context city: the one named before in the report, else
            # (when it is not a name of Kyiv's, the capital's, districts) one of a city the
            # report named ("Kyivskyi district" in a live blog on Kharkiv and Sumy is Kharkiv's)
            named_before = districts_seen.get(mention.key)
            other_city = [p for p in ranked if p.city in cities_seen] if all(p.city != "Kyiv" for p in ranked) else []
            if same_city:
                place = same_city[0]
            elif named_before is not None and named_before in ranked:
                place = named_before
            elif other_city:
                place = max(other_city, key=lambda p: cities_seen[p.city])
            elif all(p.city != "Kyiv" and p.city not in report_cities for p in ranked):
                place = None  # "Donetsk. ... in the Kievsky district": not Odesa's, which the report never names
        if (
            mention.hint == "district" and place is not None and context_city is not None
            and place.city != context_city and _CITYS_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        ):
            place = None  # "the city's Dniprovskyi district" in Kherson: not a namesake elsewhere
        earlier = keys_read.get(mention.key)
        if (
            earlier is not None and place is not None and place is not earlier and earlier in mention.candidates
            and place.place_level in ("city", "village") and admin1_after is None
        ):
            place = earlier  # "Novomoskovsk" again, later in a report about Tula's: the town read before
        if place is not None and place.place_level == "city" and place.name not in cities_seen:
            # "Slavyansk-na-Kubani ... the Slavyansk refinery": the short form of a town named before
            longer = next((c for key, c in city_places.items() if key.startswith(mention.key + " ")), None)
            if longer is not None:
                place = longer
        mention.place = place
        if place is not None and place.place_level in ("city", "village"):
            keys_read.setdefault(mention.key, place)
        if place is not None and place.place_level == "city":
            city_places.setdefault(normalize_name(place.name), place)
        if place is not None and mention.hint == "district" and place.city:
            districts_seen.setdefault(mention.key, place)
        if place is not None and place.place_level == "city":
            cities_seen[place.name] = index
        if place is None or mention.launch_site or mention.river or mention.reference or mention.state:
            continue  # "from Kursk", "across the Dnipro", "south of Moscow", "the Kiev regime": no context for what follows
        if place.place_level == "country":
            if place.country != context_country and not mention.org:
                context_city = context_admin1 = None  # "• Russia: ... in the village of Dubovoye": another country's places
            context_country = place.country
            continue
        if place.place_level == "city":
            context_city = place.name
        elif place.city:
            context_city = place.city
        context_admin1 = place.admin1 or context_admin1
        context_country = place.country or context_country
