"""Who attacked: explicit words, and who reports."""

from __future__ import annotations

import re

from geoevents.extract.patterns import (
    _ATTACK_VERBS,
    _DEFENDS_AFTER,
    _RU_MINISTRY,
    _RUSSIA_STRUCK_UKRAINE,
    _UA_OFFICIAL,
    _speaks_after,
)
from geoevents.lexicon import FoldedPattern, folded
from geoevents.text import Sentence

_UA_WEAPON = folded(
    r"\bUkrainian(?:-made|-launched)? (?:attack |strike |kamikaze |fixed-wing |long-range )?(?:drones?|UAVs?|unmanned|aircraft-type|missiles?)",
    needles=("ukrainian",),
)
_RU_WEAPON = folded(
    r"\bRussian(?:-made|-launched)? (?:attack |strike |kamikaze |cruise |ballistic |guided )?(?:drones?|UAVs?|missiles?|Shaheds?)"
    rf"|\bRussia(?:n (?:forces|troops|army|military|occupiers|invaders|aggressor)| has| had)? {_ATTACK_VERBS}\b",
    needles=("russia",),
)

# What a plant makes weapons for, not who fired them: "components for Russian missiles".
_MADE_FOR_BEFORE = re.compile(r"\b(?:for|makes|making|produces|producing)\s+$", re.I)


def _names_weapons_used(pattern: FoldedPattern, text: str) -> bool:
    """Whether ``text`` names one side's weapons as used, not as made or supplied ("a plant
    that makes components for Russian missiles")."""
    return any(not _MADE_FOR_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in pattern.finditer(text))


_LAUNCHED_BY = folded(
    r"\b(?:(?P<side>russian?|ukrainian?|ukraine)-launched|(?:launched|fired|sent)\s+by\s+(?P<by>russia|ukraine))\b",
    needles=("-launched", " by "),
)

# A ministry claiming its own side's strike: "its forces had struck an airfield near Myrhorod".
_OWN_FORCES_STRUCK = folded(
    r"\bits (?:forces|troops|army|aircraft|aviation|missiles|units)\s+(?:had\s+|have\s+|has\s+)?(?:struck|hit|attacked|destroyed)\b"
    # "The Russian Defence Ministry says ... it struck military-industrial facilities"
    r"|\b(?:ministry|mod)\b[^.;]{0,120}?\b(?:says|said|claims|claimed)\b[^.;]{0,40}?\bit\s+(?:had\s+|has\s+)?(?:struck|hit|attacked|carried\s+out|delivered)\b",
    needles=("its ", "ministry", "mod"),
)
# Ukraine's forces as the subject of a strike: "Ukraine's Air Force struck the shipyard".
_UA_FORCES_STRUCK = folded(
    r"\b(?:ukraine's|ukrainian)\s+(?:air\s+force|armed\s+forces|army|military|navy|forces|troops|defence\s+forces)"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:struck|hit|attacked|targeted)\b",
    needles=("ukrain",),
)


class _AttackerRules:
    """Rules choosing the attacker."""

    def _sentence_attacker(self, text: str, *, by_reporter: bool = True) -> str | None:
        """The side a single sentence names as attacking, if any; with ``by_reporter`` false,
        only from words about the attack, not from whose official speaks."""
        launched_by = _LAUNCHED_BY.search(text)  # "all 29 Russia-launched drones": the strongest cue
        if launched_by:
            return "Ukraine" if (launched_by.group("side") or launched_by.group("by")).startswith("ukrain") else "Russia"
        if _UA_FORCES_STRUCK.search(text):
            return "Ukraine"  # "Ukraine's Air Force struck the Zaliv shipyard in occupied Kerch"
        own_strike = _OWN_FORCES_STRUCK.search(text)
        if own_strike is not None and not own_strike.group(0).endswith("destroyed") and _RU_MINISTRY.search(text):
            # "Russia's defence ministry said it had struck facilities supporting the Ukrainian
            # armed forces": its own strike, whatever Ukrainian thing it names (but "its forces
            # had destroyed 19 Ukrainian drones" is its defence)
            return "Russia"
        ukraine_defends = False
        if _names_weapons_used(_UA_WEAPON, text):
            return "Ukraine"
        for match in self.lex.ukraine.finditer(text):
            if _speaks_after(text, match.end()) or _MADE_FOR_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                # "..., the Armed Forces of Ukraine has reported", "the Ukrainian military's southern
                # command said"; "a plant that makes engines for Ukrainian drones"
                continue
            if not _DEFENDS_AFTER.match(text, match.end()):
                return "Ukraine"
            ukraine_defends = True  # "the Armed Forces of Ukraine shot down 50 drones"
        if _names_weapons_used(_RU_WEAPON, text):
            return "Russia"
        if not by_reporter:
            return None
        ru_official = _RU_MINISTRY.search(text)
        ua_official = _UA_OFFICIAL.search(text) or ukraine_defends
        if ru_official and not ua_official:
            # "the Russian Ministry of Defence claimed its forces had struck an airfield": its own strike
            return "Russia" if _OWN_FORCES_STRUCK.search(text) else "Ukraine"
        if ua_official and not ru_official:
            return "Russia"
        return None

    def _side_of(self, sentence: Sentence) -> str | None:
        """The side ``sentence`` names as attacking (read once per sentence)."""
        if sentence.index not in self._sentence_side:
            self._sentence_side[sentence.index] = self._sentence_attacker(sentence.text)
        return self._sentence_side[sentence.index]

    def _attacker_for_event(self, country: str | None, sentences: list[Sentence]) -> str | None:
        for sentence in sentences:
            if country == "UA" and _RUSSIA_STRUCK_UKRAINE.search(sentence.text):
                return "Russia"  # "Ukrainian drones slammed into Kazan, while Russia struck Ukraine with 100 drones"
            side = self._side_of(sentence)
            if side is not None:
                return side
        return self._attacker_for(country)

    def _names_only_ukraine_attacking(self) -> bool:
        """Whether some sentence names Ukraine as attacking, none names Russia, and no place
        the report names lies in Russia (else Ukraine's strikes are those in Russia; Russia
        itself named as a country is no such place: "the city, which Russia claims to have
        annexed"); read once per report."""
        if self._only_ukraine_attacking is None:
            sides = set() if any(
                m.usable and not m.state and m.place.country == "RU" and m.place.place_level != "country" for m in self.mentions
            ) else {
                # (named sides only: "the commander of Ukraine's air force posted a photograph"
                # says nothing of who attacked)
                self._sentence_attacker(sentence.text, by_reporter=False) for sentence in self.sentences
            }
            self._only_ukraine_attacking = "Ukraine" in sides and "Russia" not in sides
        return self._only_ukraine_attacking

    def _attacker_for(self, country: str | None) -> str | None:
        if self._report_sides is None:
            self._report_sides = (bool(self.lex.russia.search(self.text)), bool(self.lex.ukraine.search(self.text)))
        russia, ukraine = self._report_sides
        enemy = bool(self.enemy_sentences)
        if country == "UA":
            if ukraine and self._names_only_ukraine_attacking():
                # Officials installed in an occupied town, Russian state media: "the AFU
                # attacked the city", and "the enemy" is Ukraine
                return "Ukraine"
            if russia or enemy:
                return "Russia"
        elif country == "RU":
            if ukraine or enemy:
                return "Ukraine"
        elif country is None:
            if ukraine and not russia:
                return "Ukraine"
            if russia and not ukraine:
                return "Russia"
            # a sea: the side attacking the country most of the report's places are in
            # ("... three over the Voronezh region and two over the Sea of Azov")
            dominant = self._dominant_country()
            if dominant is not None and dominant != country:
                return self._attacker_for(dominant)
        return None
