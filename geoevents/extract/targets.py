"""The place each fact is tied to: clause, sentence, topic carried from earlier sentences."""

from __future__ import annotations

import re
from bisect import bisect_left

from geoevents.extract.facts import Fact, Target
from geoevents.extract.patterns import (
    _COUNTRY_SCOPE,
    _DASH_FIGURE,
    _DEFENDS_AFTER,
    _HEADING_BEFORE,
    _RU_MINISTRY,
    _RUSSIA_STRUCK_UKRAINE,
    _UA_OFFICIAL,
    _WEAPON_FIELD_NAMES,
    _WHOLE_OF_TOPIC,
    _speaks_after,
)
from geoevents.gazetteer import LEVEL_DEPTH, Place
from geoevents.lexicon import folded
from geoevents.places import NAMED_WITH_CONTAINER, PlaceMention, lies_in
from geoevents.text import Sentence, normalize_name

_ANAPHOR = folded(
    r"\b(?:there|the city|the town|the village|the region|the oblast|the area|the capital|the district"
    r"|our (?:region|oblast|city|town|village|community|hromada|district))\b"  # an official's words: "at our region"
)
_HEADING = folded(
    r"\b(?:heading|flying|approaching|moving|en route)\b",
    needles=("heading", "flying", "approaching", "moving", "en route"),
)

# A raion opening a sentence ("In the Shebekino urban district, ...", "Around 11:30 in the
# Graivoronsky district ...") and a village named after it ("... the village of Dunayka").
_IN_A_RAION_OPENING = re.compile(r"(?:^|[.:;]\s+|\d\s+)(?:[Ii]n|[Aa]round[^.;]{0,12}\bin)\s+the\s+$", re.M)

_THE_CITY = re.compile(r"\b(?:the|this) city\b")
# A whole city's total: "in total the occupiers dropped three bombs on the city".
_CITY_TOTAL = re.compile(
    r"\b(?:in\s+total|in\s+all|altogether|overall)\b[^.;]{0,60}\bthe\s+(?:city|capital)\b(?!['’]s)"
    r"|\bthe\s+(?:city|capital)\b[^.;]{0,40}\b(?:in\s+total|in\s+all|altogether|overall)\b"
)

_REGIONS_SETTLEMENTS = re.compile(
    r"\b(?:the\s+(?:region|oblast)['’]s\s+(?:settlements|towns|villages|communities|hromadas)"
    r"|(?:settlements|towns|villages|communities|hromadas)\s+(?:of|in)\s+the\s+(?:region|oblast))\b",
    re.I,
)

_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")

_NEAR_SETTLEMENT = re.compile(r"\s+near\s+(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?")
_NEAR_GAP = re.compile(r"\s*(?:,|of|in|['’]s)?\s*(?:the\s+)?")
_UKRAINIAN_WORD = re.compile(r"\bUkrainian\b")
_RUSSIAN_WORD = re.compile(r"\bRussian\b")
# A part's figure before its place: "..., 22 of them over Odesa region" (the place is the part's).
# (or the one place of most of them: "destroyed 22 of them, most over the Odesa region")
_PART_BEFORE = re.compile(r"\b[\w-]+\s+of\s+them\s+(?:over|in|above)\s+(?:the\s+)?$", re.I)
_MOST_BEFORE = re.compile(r"(?:\bmost(?:\s+of\s+them)?|\bmostly|\bmainly)\s+(?:over|in|above)\s+(?:the\s+)?$", re.I)
_RUSSIA_LAUNCHED = re.compile(
    r"\bRussia(?:n forces)? (?:had )?(?:launched|fired|attacked|used|sent|deployed)\b"
    r"|\bRussian (?:\w+ )?(?:attack|strike|assault) (?:with|involving|using)\b"  # "an overnight Russian attack with 88 drones"
)

_ATTACKED_WITH = re.compile(
    r"\s+(?:(?:overnight|again|today|tonight)\s+)?with\s+(?:(?:a\s+total\s+of|at\s+least|more\s+than|over|about|nearly|some)\s+)?"
)

_DISRUPTING = re.compile(
    r"(?:,|,?\s+and)\s+(?:forcing|prompting|disrupting|halting|suspending|delaying|grounding)\b"
)
_PARTICIPLE = re.compile(
    r"(?:,|,?\s+and)\s+(?:mainly\s+|mostly\s+|primarily\s+|most of them\s+)?"
    r"(?:targeting|aiming at|aimed at|directed at|focusing on|hitting|striking|attacking"
    # what the attack did, and where: "firing 810 drones, setting the government building in Kyiv on fire"
    r"|setting|causing|sparking|triggering|damaging|destroying)\b"
    # where most of a tally fell: "69 drones over Russian regions, most of them over the Bryansk region"
    r"|,\s+(?:most|many|the majority|the bulk)\s+of\s+(?:them|which)\s+(?:were\s+)?(?:over|above|in)\b"
)


def _depth(place: Place | None) -> float:
    """How fine a place is: a city district below its city, a raion between its region and
    its towns."""
    if place is None:
        return 0
    if place.place_level == "district" and not place.city:
        return 1.5
    return LEVEL_DEPTH.get(place.place_level, 0)


def _count_countries(facts: list[Fact], counts: dict[str, int]) -> None:
    """Count the facts about places below country level, per country."""
    for fact in facts:
        target = fact.target
        if target.country and target.place is not None and target.place.place_level != "country":
            counts[target.country] = counts.get(target.country, 0) + 1


class _TargetRules:
    """Rules choosing each fact's place."""

    def _target_of(self, mention: PlaceMention) -> Target:
        place = mention.place
        assert place is not None
        if place.place_level == "country":
            return Target(f"country:{place.country}", place, place.country, mention)
        return Target(place.id, place, place.country, mention)

    @staticmethod
    def _finest(mentions: list[PlaceMention]) -> PlaceMention:
        """The most precise place among mentions (a town over its region, and over a raion:
        the gazetteer does not nest towns in raions); the last on ties."""
        return max(enumerate(mentions), key=lambda item: (_depth(item[1].place), item[0]))[1]

    def _country_target(self, code: str | None) -> Target:
        code = code or self._dominant_country() or "UA"
        place = self.gaz.country(code)
        return Target(f"country:{code}", place, code, None)

    def _dominant_country(self) -> str | None:
        memo = self._dominant_memo
        if memo is not None and memo[0] == len(self.facts):
            return memo[1]
        result = self._dominant_country_now()
        self._dominant_memo = (len(self.facts), result)
        return result

    def _dominant_country_now(self) -> str | None:
        """The country most local facts so far are in, else most places named."""
        counts = dict(self._country_counts)  # of the facts of finished sentences
        _count_countries(self.facts[self._counted_facts :], counts)
        if not counts:
            counts = self._mention_countries()
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _finish_sentence_facts(self) -> None:
        """Add the facts of a finished sentence (they no longer change) to the country counts."""
        finished = self.facts[self._counted_facts :]
        _count_countries(finished, self._country_counts)
        self._national_tally = self._national_tally or any(
            f.target.place is not None and f.target.place.place_level == "country" for f in finished
        )
        self._counted_facts = len(self.facts)

    def _mention_countries(self) -> dict[str, int]:
        if self._mention_country_counts is None:
            counts: dict[str, int] = {}
            for mention in self.mentions:
                if mention.usable and not mention.is_country and mention.place and mention.place.country:
                    counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
            self._mention_country_counts = counts
        return self._mention_country_counts

    @staticmethod
    def _is_local(mention: PlaceMention) -> bool:
        """A usable place below country level, not a destination or an example."""
        return mention.usable and not mention.is_country and not mention.heading and not mention.included

    @classmethod
    def _local(cls, mentions: list[PlaceMention]) -> list[PlaceMention]:
        return [m for m in mentions if cls._is_local(m)]

    @staticmethod
    def _can_carry(mention: PlaceMention) -> bool:
        """Can figures attach to this mention (not a launch site, destination or example)?"""
        if not mention.usable or mention.heading or mention.included or mention.state:
            return False
        return not (mention.org and mention.place is not None and mention.place.place_level == "city"
                    and mention.place.name in ("Kyiv", "Moscow") and not mention.possessive)

    def _refine(
        self, mention: PlaceMention, mentions: list[PlaceMention], clause: tuple[int, int] | None = None
    ) -> PlaceMention:
        """A finer place inside the chosen one wins: written right next to it ("the
        Sviatoshynskyi district of Kyiv", "Kyiv's Sviatoshynskyi district"), or, for local
        damage and casualties, anywhere in the same clause ("In the Kyiv region, debris
        damaged houses in Bila Tserkva")."""
        if _ACROSS_BEFORE.search(self.text, max(0, mention.start - 16), mention.start):
            return mention  # "across the capital three people were killed": the whole city's figure
        chosen = mention
        while True:  # (each step is a finer place: it ends)
            finer = self._finer_named_with(chosen, mentions, clause)
            if finer is chosen:
                return chosen
            chosen = finer  # "the village of X in the Y district of the Z region": X through Y

    def _finer_named_with(
        self, mention: PlaceMention, mentions: list[PlaceMention], clause: tuple[int, int] | None
    ) -> PlaceMention:
        """One step of :meth:`_refine`: the finest place next to ``mention`` (or in its clause)."""
        best = mention
        for other in mentions:
            if other is mention or other.place is None or best.place is None or not self._can_carry(other):
                continue
            first, second = (other, mention) if other.start < mention.start else (mention, other)
            if clause is not None and clause[0] <= other.start < clause[1]:
                # ... unless a figure of its own stands between ("across Ukraine, including
                # seven in Kyiv")
                gap_end = other.start if other.start > mention.end else mention.start
                near = self.rules.own_figure_before.search(self.text[max(0, gap_end - 40) : gap_end]) is None
            else:
                gap = self.text[first.end : second.start]
                near = len(gap) <= 12 and bool(_NEAR_GAP.fullmatch(gap))
            adjacent = NAMED_WITH_CONTAINER.fullmatch(self.text, first.end, second.start) is not None
            if _NEAR_SETTLEMENT.fullmatch(self.text, first.end, second.start) is not None:
                near = adjacent = True  # "shot down over Belgorod district near the village of Razumnoye"
            if not adjacent and clause is not None and other.start > best.end and self._opens_as_raion(best):
                adjacent = True  # "In the Shebekino urban district, a drone hit a car near the village of X"
            if near and lies_in(other.place, best.place, named_together=adjacent):
                best = other
        return best

    def _opens_as_raion(self, mention: PlaceMention) -> bool:
        """Whether ``mention`` is a raion opening its sentence ("In the Shebekino urban district,
        ...", "Around 11:30 in the Graivoronsky district ..."): where the places after it lie."""
        place = mention.place
        return (
            place is not None and place.place_level == "district" and not place.city
            and _IN_A_RAION_OPENING.search(self.text, max(0, mention.start - 30), mention.start) is not None
        )

    def _prefer_topic(self, target: Target) -> Target:
        """An official's region ("the Dnipropetrovsk regional head said") yields to a
        topic place inside it (Kryvyi Rih): the figures are about the town; else "the city"
        in the official's sentence is the region's namesake city ("Zaporizhzhia regional
        head Ivan Fedorov said 24 people were injured in the city")."""
        mention = target.mention
        if mention is None or not mention.org or target.place is None:
            return target
        topic = self.topic
        if target.place.place_level == "city":
            # "..., Kharkiv Mayor Ihor Terekhov clarified": the district of the city named before
            if topic is not None and topic.place is not None and topic.place.city == target.place.name and (
                topic.place.admin1 == target.place.admin1
            ):
                return topic
            return target
        if target.place.place_level != "region":
            return target
        if (
            topic is not None and topic.place is not None
            and topic.place.admin1 == target.place.admin1 and topic.place.place_level != "region"
        ):
            return self._topic_or_its_whole(topic, mention.end)
        sentence_end = self.text.find(".", mention.end)
        if sentence_end < 0:
            sentence_end = len(self.text)
        if _THE_CITY.search(self.text, mention.end, sentence_end):
            cities = [p for p in self.gaz.candidates(mention.key, "city") if p.admin1 == target.place.admin1]
            if cities:
                return Target(cities[0].id, cities[0], cities[0].country, mention)
        return target

    def _place_for(
        self,
        start: int,
        end: int,
        s: Sentence,
        mentions: list[PlaceMention],
        *,
        stop: int | None = None,
        allow_topic: bool = True,
        local_impact: bool = True,
    ) -> Target | None:
        """The place a figure at ``[start, end)`` is about (``None``: national scope)."""
        def prefer(target: Target) -> Target:
            return self._prefer_topic(target) if local_impact else target

        clauses = self._clauses(s)
        c_start, c_end = self._clause_of(clauses, start)
        if not local_impact:
            # "hit Ukraine with 40 missiles, targeting energy facilities in Lviv": the
            # participle's places are targets of the attack, not where the tally was.
            participle = _PARTICIPLE.search(self.text, end, c_end)
            if participle is not None:
                c_end = participle.start()
        else:
            # "killing three people and forcing the closure of the Russian capital's airports":
            # what else the attack did, elsewhere
            disruption = _DISRUPTING.search(self.text, end, c_end)
            if disruption is not None:
                c_end = disruption.start()
        if not local_impact and self.topic is not None and self.topic.place is not None:
            # "used 297 drones against the region's settlements, mainly Huliaipole, ...": the region's tally
            # (also before it: "fired 60 munitions at the settlements of the region and launched 27 drones")
            region_wide = _REGIONS_SETTLEMENTS.search(self.text, end, min(c_end, end + 80)) or _REGIONS_SETTLEMENTS.search(
                self.text, max(c_start, start - 80), start
            )
            if region_wide is not None:
                region = self._region_target(self.topic.place.admin1)
                if region is not None:
                    return region
        if not local_impact:
            # "Russia hit Kyiv with 250 drones and 14 missiles": the place attacked with them
            attacked = [m for m in mentions if c_start <= m.start < start and self._can_carry(m) and not m.is_country]
            if attacked and _ATTACKED_WITH.fullmatch(self.text, attacked[-1].end, start):
                # (the village in it: "attacked the village of Dubovoye in the Belgorod district with two drones")
                return self._target_of(self._refine(attacked[-1], mentions))
        limit = min(c_end, stop) if stop is not None else c_end
        after = [
            m for m in mentions
            if end <= m.start < limit and self._can_carry(m) and not (local_impact and m.is_country and m.org)
            and not _DASH_FIGURE.match(self.text, m.end) and (local_impact or not m.focus)
            and not self._part_place(m, end)
        ]  # "..., killing 17, according to Ukraine's Emergency Service": a source, not the place; "15 drones
        # were shot down, in the Sumy region - 10": Sumy has a figure of its own
        if after and local_impact and self.topic is not None:
            whole = _WHOLE_OF_TOPIC.search(self.text, end, min(after[0].start, end + 60))
            if whole is not None and not _OF_AFTER.match(self.text, whole.end()) and (
                whole.group("unit") in ("region", "oblast")
                # "9 people were injured in the city and 1 person was killed in Darnytskyi district"
                or (whole.group("unit") in ("city", "capital") and whole.start() - end <= 25)
            ):
                # "Three other people were wounded across the region, where debris damaged
                # houses in the Boryspil district": the region's figure
                return self._topic_or_its_whole(self.topic, whole.start())
        if after:
            first = after[0]
            # "Ukraine's western Khmelnytskyi region", "Kyiv's Sviatoshynskyi district":
            # the finer place wins over the possessive one before it.
            if (
                (first.is_country or first.possessive) and len(after) > 1 and after[1].start - first.end < 40
                and not self.number_re.search(self.text[first.end : after[1].start])  # "..., including 91 over X"
            ):
                listed = [m for m in after[1:] if m.in_list]
                if after[1].in_list and len(listed) > 1:
                    # "drones that Russia launched over the Kharkiv, Mykolaiv and Zaporizhzhia
                    # regions": a list after the country, not its first member
                    return self._region_of_list(listed)
                if not after[1].is_country:
                    return prefer(self._target_of(after[1]))
            if first.in_list and len([m for m in after if m.in_list]) > 1:
                # "downed over Crimea, Krasnodar and the Black Sea": not split; but a list of
                # places of one region is in that region ("over Istra and Ruza districts")
                return self._region_of_list([m for m in after if m.in_list])
            if first.is_country and first.org:
                return None
            return prefer(self._target_of(self._refine(first, mentions, (c_start, c_end) if local_impact else None)))
        if not after:
            # (a tally too: "... in Volgograd, the governor said, adding that air defences had
            # shot down 14 drones over the region": the region of the city)
            whole = _WHOLE_OF_TOPIC.search(self.text, end, min(limit, end + 40))
            earlier = [m for m in self._local(mentions) if m.start < start and self._can_carry(m) and m.place is not None]
            if (
                whole is not None and whole.group("unit") in ("region", "oblast") and earlier
                and not _OF_AFTER.match(self.text, whole.end()) and earlier[-1].place.place_level != "region"
            ):
                # "A man was killed in Kryvyi Rih, and four more people were injured in the
                # region": the region of the place before
                region = self._region_target(earlier[-1].place.admin1, earlier[-1])
                if region is not None:
                    return region
        before = [m for m in mentions if c_start <= m.start < start and self._can_carry(m)]
        before_local = [m for m in before if not m.is_country]
        if before_local:
            listed = [m for m in before_local if m.in_list]
            if listed and len(listed) == len(before_local) and len(before_local) > 1:
                return self._region_of_list(listed)
            return prefer(self._target_of(self._refine(before_local[-1], mentions, (c_start, c_end) if local_impact else None)))
        local = self._local(mentions)
        if not local_impact:
            # A weapon tally takes the sentence's only place only from its own clause, and
            # not the place an attack aimed at ("with Kyiv as the main target").
            local = [
                m for m in local if c_start <= m.start < c_end and not m.focus and self._can_carry(m)
                and not self._part_place(m, end)
            ]
        distinct = {m.place.id for m in local if m.place}
        if len(distinct) == 1 and not local[0].in_list:
            only = self._target_of(local[0])
            topic = self.topic
            if (
                local[0].org and topic is not None and topic.place is not None and only.place is not None
                and lies_in(topic.place, only.place)
            ):
                # "..., said the head of the Kyiv City Military Administration": the Kyiv district
                # before (or its whole: "Kyiv regional Gov. said three were injured in the region overall")
                return self._topic_or_its_whole(topic, start)
            return only
        if len(distinct) > 1 and not any(m.in_list for m in local):
            # "In Kharkiv, ... the Kholodnohirskyi district ...; 6 people were injured":
            # places nested in one another are one place, the finest.
            finest = self._finest(local)
            if all(m.place is None or m.place.id == finest.place.id or lies_in(finest.place, m.place) for m in local):
                return self._target_of(finest)
        anaphor = _ANAPHOR.search(s.text) if local_impact else _ANAPHOR.search(s.text, 0, c_end - s.start)
        if anaphor is not None and any(m.focus and m.start == s.start + anaphor.start() for m in mentions):
            anaphor = None  # "with the capital the main target": where the attack aimed
        if allow_topic and anaphor:  # (a tally's own clause: "destroyed 74 drones, most of them over the capital")
            if not local_impact:
                # "The largest attack on the Moscow region came on Nov. 10, when 34 drones were
                # shot down there": the sentence's one place, before the topic
                earlier = [m for m in self._local(mentions) if m.start < start and not m.in_list and not m.focus]
                if len({m.place.id for m in earlier if m.place}) == 1:
                    return self._target_of(earlier[-1])
            if self.topic is not None:
                return self._topic_or_its_whole(self.topic, s.start)
            if anaphor.group(0).lower().endswith(("region", "oblast")):
                # "The night in Dnipropetrovsk region was restless, Lysak said. Air defence
                # destroyed six drones over the region": the region the report opened with
                opening = self._report_place()
                if opening is not None and opening.place is not None and opening.place.place_level != "country":
                    return self._region_target(opening.place.admin1, opening.mention)
        return None

    def _part_place(self, mention: PlaceMention, end: int) -> bool:
        """Whether ``mention``, after a figure ending at ``end``, is a part's place ("..., 22 of
        them over Odesa region") or where most of them were ("most over the Odesa region")."""
        window = max(end, mention.start - 30)
        return _PART_BEFORE.search(self.text, window, mention.start) is not None or (
            not mention.in_list and _MOST_BEFORE.search(self.text, window, mention.start) is not None
        )

    def _region_of_list(self, listed: list[PlaceMention]) -> Target | None:
        """The region all the places of a list lie in, if they lie below region level (the
        region itself may be among them: "over Voronezh, Ostrogozhsk and the Liskinsky and
        Podgorensky districts")."""
        places = [m.place for m in listed]
        if any(p is None or p.place_level == "country" or not p.admin1 for p in places):
            return None
        if all(p.place_level == "region" for p in places if p is not None):
            return None  # a list of regions is no region
        admin1 = {p.admin1 for p in places if p is not None}
        return self._region_target(admin1.pop()) if len(admin1) == 1 else None

    def _region_target(self, admin1: str | None, mention: PlaceMention | None = None) -> Target | None:
        """The region ``admin1`` names, if the gazetteer has it as a region."""
        region = self.gaz.region(admin1) if admin1 else None
        if region is None or region.place_level != "region":
            return None
        return Target(region.id, region, region.country, mention)

    def _city_of(self, target: Target) -> Target | None:
        """The city a district or neighbourhood target lies in, if the gazetteer has it."""
        place = target.place
        if place is None or place.place_level not in ("district", "neighbourhood") or not place.city:
            return None
        cities = [p for p in self.gaz.candidates(normalize_name(place.city), "city") if p.admin1 == place.admin1]
        return Target(cities[0].id, cities[0], cities[0].country, target.mention) if cities else None

    def _topic_or_its_whole(self, topic: Target, at: int) -> Target:
        """The topic, or the whole it is part of when the sentence around ``at`` says so: its
        city for "in the city" or "in the capital" after a district ("In total, 16 were
        injured in the city"), its region for "across the region" after a town."""
        place = topic.place
        if place is None or place.place_level == "country":
            return topic
        end = self.text.find(".", at)
        window = self.text[self.text.rfind(".", 0, at) + 1 : end if end >= 0 else len(self.text)]
        whole = _WHOLE_OF_TOPIC.search(window)
        if whole is None:
            return topic
        if place.place_level == "region":
            # "Russia hit Lviv ... an alert across the Lviv region. ... the number of injured in
            # the city had risen to 64": the region's centre, when named before
            centre = self.gaz.regional_centre(place) if whole.group("unit") == "city" else None
            city = centre and next((
                m for m in self.mentions[: bisect_left(self._mention_starts, at)]
                if m.usable and not m.launch_site and m.place.id == centre.id
            ), None)
            return self._target_of(city) if city is not None else topic
        if (whole.group("unit") or whole.group("airspace")) in ("city", "capital"):
            return self._city_of(topic) or topic
        return self._region_target(place.admin1, topic.mention) or topic

    def _country_for_tally(self, s: Sentence, mods: str = "") -> str | None:
        key = (s.index, "Ukrainian" in mods, "Russian" in mods)
        if key not in self._tally_country:
            self._tally_country[key] = self._tally_country_of(s, mods)
        return self._tally_country[key]

    def _tally_country_of(self, s: Sentence, mods: str) -> str | None:
        text = s.text
        if _UKRAINIAN_WORD.search(mods):
            return "RU"
        if _RUSSIAN_WORD.search(mods):
            return "UA"
        mentions_a_country = "Russia" in text or "Ukrain" in text
        scope = _COUNTRY_SCOPE.search(text) if mentions_a_country or "the country" in text else None
        if scope:
            adj = scope.group("adj")
            if adj:
                return "RU" if adj == "Russian" else "UA"
            name = scope.group("country")
            if name == "Ukraine":
                return "UA"
            if name == "Russia":
                return "RU"
        if _RUSSIA_STRUCK_UKRAINE.search(text):
            return "UA"  # "Ukrainian drones slammed into Kazan, while Russia struck Ukraine with 100 drones"
        if any(
            not (_DEFENDS_AFTER.match(text, m.end()) or _speaks_after(text, m.end()))
            for m in self.lex.ukraine.finditer(text)
        ):  # but "the Armed Forces of Ukraine said", "... of Ukraine shot down": the defender
            return "RU"
        if _RU_MINISTRY.search(text) and not _UA_OFFICIAL.search(text):
            return "RU"
        if _UA_OFFICIAL.search(text) or (mentions_a_country and _RUSSIA_LAUNCHED.search(text)):
            return "UA"
        for fact in reversed(self.facts):
            # "Russia fired 810 drones at Ukraine. Air defences said they had shot down 747": the
            # national tally before goes on
            place = fact.target.place
            if fact.field in _WEAPON_FIELD_NAMES and place is not None and place.place_level == "country":
                return place.country
        return self._dominant_country()

    def _update_topic(self, mentions: list[PlaceMention], text: str) -> None:
        local = [m for m in self._local(mentions) if not m.in_list and self._can_carry(m)]  # (not "the Kyiv regime")
        if local and _HEADING.search(text):
            local = [
                m for m in local
                if not _HEADING_BEFORE.search(self.text[max(0, m.start - 30) : m.start])
            ]
        if local:
            finest = self._finest(local)
            if (
                finest.org and finest.place is not None and finest.place.place_level == "city"
                and self._prefer_topic(self._target_of(finest)) is self.topic
            ):
                return  # "..., the Kherson city military administration said": still the district before
            topic = self.topic
            if (
                finest.org and topic is not None and topic.place is not None and finest.place is not None
                and topic.place.id != finest.place.id and lies_in(topic.place, finest.place)
                and any(f.target.key == topic.key and f.field != "listed" for f in self.facts)
            ):
                return  # "... on Zaporizhzhia. ..., the head of the Zaporizhzhia regional administration reported": still the city
            self.topic = self._target_of(finest)
            mention = self.topic.mention
            if mention is not None and mention.org and _THE_CITY.search(text):
                # "Zaporizhzhia governor: the toll in the city has risen to three. Eighteen are
                # wounded": the official's city, as for the figures of that sentence
                self.topic = self._prefer_topic(self.topic)
        elif self.topic is not None and _CITY_TOTAL.search(text):
            # "... the Osnovianskyi district. The mayor said that in total the occupiers dropped
            # three bombs on the city. 'One person was killed and eight were injured'": the city's
            self.topic = self._city_of(self.topic) or self.topic
