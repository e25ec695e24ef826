"""The extraction lexicon (``data/lexicon.toml``) compiled into regular expressions."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from geoevents.resources import data_path


def _alternation(words: list[str]) -> str:
    # Longest first so "shot down" wins over "shot".
    return "|".join(sorted(words, key=len, reverse=True))


def _word_re(words: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(words)})(?![\w])", re.I)


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicon; build with :func:`load_lexicon`."""

    raw: dict[str, Any]
    number_words: dict[str, int]
    number: str
    qualifier: str
    not_count_after: re.Pattern[str]
    weapon_noun: dict[str, re.Pattern[str]]
    weapon_any: str
    phrase_breaker: str
    roles: dict[str, re.Pattern[str]]
    killed: re.Pattern[str]
    wounded: re.Pattern[str]
    none_both: re.Pattern[str]
    none_wounded: re.Pattern[str]
    none_killed: re.Pattern[str]
    persons: str
    breakdown: re.Pattern[str]
    damage: dict[str, re.Pattern[str]]
    damage_any: re.Pattern[str]
    damage_predicate: re.Pattern[str]
    attack_cue: re.Pattern[str]
    hit: re.Pattern[str]
    not_event: re.Pattern[str]
    ground_fire: re.Pattern[str]
    aerial: re.Pattern[str]
    history: re.Pattern[str]
    russia: re.Pattern[str]
    ukraine: re.Pattern[str]
    enemy: re.Pattern[str]
    night: re.Pattern[str]
    day: re.Pattern[str]
    attack_words: tuple[str, ...]
    weapon_words: tuple[str, ...]
    casualty_words: tuple[str, ...]
    damage_words: tuple[str, ...]

    def is_attack_sentence(self, lowered: str) -> bool:
        """Fast pre-filter: does a lower-cased sentence contain any attack cue?"""
        return any(word in lowered for word in self.attack_words)

    def may_count_weapons(self, lowered: str) -> bool:
        return any(word in lowered for word in self.weapon_words)

    def may_state_casualties(self, lowered: str) -> bool:
        return any(word in lowered for word in self.casualty_words)

    def may_state_damage(self, lowered: str) -> bool:
        return any(word in lowered for word in self.damage_words)

    def parse_number(self, text: str) -> int | None:
        """Value of a number as written: ``"1,000"``, ``"seven"``, ``"twenty-five"``, ``"a dozen"``."""
        return parse_number(text, self.number_words)


def parse_number(text: str, words: dict[str, int]) -> int | None:
    cleaned = text.strip().lower().replace("\u202f", "").replace("\u00a0", "")
    digits = cleaned.replace(",", "")
    if digits.isdigit():
        return int(digits)
    parts = [p for p in re.split(r"[\s-]+", cleaned) if p and p != "and"]
    if not parts:
        return None
    total = 0
    current = 0
    for part in parts:
        if part in ("a", "an"):
            current = max(current, 1)
            continue
        if part.isdigit():
            current += int(part)
            continue
        value = words.get(part)
        if value is None:
            return None
        if part == "dozen":
            current = (current or 1) * 12
        elif value in (100, 1000):
            current = (current or 1) * value
            if value == 1000:
                total += current
                current = 0
        else:
            current += value
    return total + current


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load and compile the lexicon (the bundled one unless ``path`` is given)."""
    source = Path(path) if path else data_path("lexicon.toml")
    with source.open("rb") as handle:
        raw = tomllib.load(handle)
    num = raw["numbers"]
    words: dict[str, int] = {}
    words.update(num["units"])
    words.update(num["tens"])
    words.update(num["scales"])
    words["dozen"] = 12
    units = _alternation([w for w in num["units"] if w != "zero"])
    tens = _alternation(list(num["tens"]))
    spelled = (
        rf"(?:(?:{units}|a|an|one) (?:hundred|thousand)(?: and)?(?: (?:{tens})(?:[- ](?:{units}))?| (?:{units}))?"
        rf"|(?:{tens})(?:[- ](?:{units}))?|(?:a|{units}) dozen|(?:{units}))"
    )
    number = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+(?![\d,.]\d)|(?<![\w-]){spelled}(?![\w-]))"
    weapons = raw["weapons"]
    weapon_noun = {cls: _word_re(weapons[cls]) for cls in ("drone", "missile")}
    weapon_any = _alternation(weapons["drone"] + weapons["missile"])
    roles = {name: _word_re(words_) for name, words_ in raw["roles"].items() if name != "lumping"}
    cas = raw["casualties"]
    dmg = raw["damage"]
    damage = {
        tag.replace("_", " "): _word_re(patterns)
        for tag, patterns in dmg.items()
        if tag != "predicates"
    }
    attack = raw["attack"]
    att = raw["attackers"]
    time = raw["time"]
    return Lexicon(
        raw=raw,
        number_words=words,
        number=number,
        qualifier=_alternation([re.escape(q) for q in num["qualifiers"]]),
        not_count_after=re.compile(rf"\s?(?:{_alternation(num['not_counts_after'])})", re.I),
        weapon_noun=weapon_noun,
        weapon_any=weapon_any,
        phrase_breaker=_alternation(weapons["phrase_breakers"]),
        roles=roles,
        killed=_word_re(cas["killed"]),
        wounded=_word_re(cas["wounded"]),
        none_both=_word_re(cas["none_both"]),
        none_wounded=_word_re(cas["none_wounded"]),
        none_killed=_word_re(cas["none_killed"]),
        persons=_alternation(cas["persons"]),
        breakdown=_word_re(cas["breakdown"]),
        damage=damage,
        damage_any=_word_re([p for tag, patterns in dmg.items() if tag != "predicates" for p in patterns]),
        damage_predicate=_word_re(dmg["predicates"]),
        attack_cue=re.compile(rf"{_alternation([re.escape(c) for c in attack['cues']])}", re.I),
        hit=_word_re(attack["hit"]),
        not_event=_word_re(attack["not_events"]),
        ground_fire=_word_re(attack["ground_fire"]),
        aerial=_word_re(attack["aerial"]),
        history=_word_re(attack["history"]),
        russia=re.compile(rf"(?<![\w-])(?:{_alternation(att['russia'])})(?![\w])"),
        ukraine=re.compile(rf"(?<![\w-])(?:{_alternation(att['ukraine'])})(?![\w])"),
        enemy=_word_re(att["enemy"]),
        night=_word_re(time["night"]),
        day=_word_re(time["day"]),
        attack_words=tuple(c.lower() for c in attack["cues"]),
        weapon_words=tuple(raw["gates"]["weapons"]),
        casualty_words=tuple(raw["gates"]["casualties"]),
        damage_words=tuple(raw["gates"]["damage"]),
    )
