"""The extraction lexicon (``data/lexicon.toml``) compiled into regular expressions."""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from geoevents.resources import data_path

_META = frozenset("\\.^$*+?{}[]|()")
_QUANTIFIERS = frozenset("*+?{")


def _literal_head(fragment: str) -> int:
    """How many leading characters of a regex fragment are plain literals.

    A character followed by a quantifier is not part of the head (``drones?``: ``drone``).
    """
    i = 0
    while i < len(fragment) and fragment[i] not in _META:
        if i + 1 < len(fragment) and fragment[i + 1] in _QUANTIFIERS:
            break
        i += 1
    return i


def alternation(fragments: list[str], *, fold: bool = True) -> str:
    """One alternation of regex fragments, longest fragment first ("shot down" before "shot").

    The fragments are factored into a trie on their literal heads (``drone|drones?|drop``
    becomes ``dro(?:ne(?:s?)|p)``-like groups): Python's regex engine tries the branches of
    an alternation one by one, so a flat list of 150 words costs 150 tests at every word
    start, a trie a handful. The order of alternatives that can match at the same place is
    kept. ``fold`` lower-cases the fragments (for :class:`FoldedPattern`).
    """
    ordered = sorted(fragments, key=len, reverse=True)
    items = []
    for order, fragment in enumerate(ordered):
        if fold:
            fragment = fold_pattern(fragment)
        head = _literal_head(fragment)
        items.append((fragment[:head], fragment[head:], order))
    return _trie(items)[0]


def _trie(items: list[tuple[str, str, int]]) -> tuple[str, bool]:
    """(regex, is_alternation) for ``(head, rest, order)`` items sharing the prefix so far."""
    children: dict[str, list[tuple[str, str, int]]] = {}
    alternatives: list[tuple[int, str]] = []
    for head, rest, order in items:
        if head:
            children.setdefault(head[0], []).append((head[1:], rest, order))
        else:
            alternatives.append((order, rest))
    for char, group in children.items():
        body, is_alternation = _trie(group)
        if is_alternation:
            body = f"(?:{body})"
        alternatives.append((min(order for _, _, order in group), re.escape(char) + body))
    alternatives.sort(key=lambda item: item[0])
    regexes = []
    for _, regex in alternatives:
        if regex not in regexes:
            regexes.append(regex)
    if len(regexes) == 1:
        return regexes[0], False
    return "|".join(regexes), True


def fold_pattern(pattern: str) -> str:
    """Lower-case the literal letters of a regular expression (escapes and group names kept)."""
    out = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if pattern.startswith(("(?P<", "(?P="), i):
            close = pattern.index(">" if pattern[i + 3] == "<" else ")", i)
            out.append(pattern[i : close + 1])
            i = close + 1
            continue
        out.append(ch.lower())
        i += 1
    return "".join(out)


# The last text folded and its lower-case form (None when folding changes its length):
# rules run many patterns over the same sentence in a row.
_last_folded: tuple[str | None, str | None] = (None, None)


class FoldedPattern:
    """A case-insensitive regular expression that runs case-sensitively on folded text.

    Python's ``re.IGNORECASE`` disables literal-prefix optimisations and compares every
    character through case folding; matching the lower-cased pattern against
    ``text.lower()`` is several times faster. Offsets are those of the original text (a
    string whose lower-case form changes length falls back to ``re.IGNORECASE``);
    ``group()`` returns lower-case text, so callers slice the original text for spans.

    ``needles``: lower-case substrings of which every match contains at least one. A text
    containing none cannot match and is not scanned (a substring test is far cheaper than
    a regular expression trying every position).

    ``heads``: lower-case strings every match starts with (a word list's literal heads).
    ``search`` and ``finditer`` then look for the heads first, a scan the regex engine
    does in a tight loop, and try the full pattern only where one occurs; Python's engine
    otherwise starts a full match attempt at every character of the text.
    """

    __slots__ = ("_contains_needle", "_folded", "_head", "_ignorecase", "needles", "pattern")

    def __init__(self, pattern: str, needles: tuple[str, ...] = (), heads: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self._folded = re.compile(fold_pattern(pattern))
        self._ignorecase = re.compile(pattern, re.I)
        self.needles = tuple(n.lower() for n in needles)
        self._contains_needle = substring_test(self.needles) if self.needles else None
        self._head = _literal_scanner(tuple(h.lower() for h in heads)) if heads else None

    def _pick(self, text: str) -> tuple[re.Pattern[str], str] | None:
        """The compiled pattern and the subject to run it on; ``None`` when no match is possible."""
        global _last_folded
        last_text, lowered = _last_folded
        if text is not last_text:
            lowered = text.lower()
            if len(lowered) != len(text):
                lowered = None
            _last_folded = (text, lowered)
        if lowered is not None:
            if self._contains_needle is not None and not self._contains_needle(lowered):
                return None
            return self._folded, lowered
        return self._ignorecase, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        picked = self._pick(text)
        if picked is None:
            return None
        pattern, subject = picked
        if self._head is not None and pattern is self._folded:
            return _search_at_heads(self._head, pattern, subject, pos, endpos)
        return pattern.search(subject, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        picked = self._pick(text)
        return None if picked is None else picked[0].match(picked[1], pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        picked = self._pick(text)
        return None if picked is None else picked[0].fullmatch(picked[1], pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        picked = self._pick(text)
        if picked is None:
            return iter(())
        pattern, subject = picked
        if self._head is not None and pattern is self._folded:
            return _finditer_at_heads(self._head, pattern, subject, pos, endpos)
        return pattern.finditer(subject, pos, endpos)

    def findall(self, text: str) -> list[Any]:
        picked = self._pick(text)
        return [] if picked is None else picked[0].findall(picked[1])

    def sub(self, repl: Any, text: str) -> str:
        """Replace matches in the original text (``repl`` may be a function of the match)."""
        picked = self._pick(text)
        if picked is None:
            return text
        pattern, subject = picked
        matches = (
            _finditer_at_heads(self._head, pattern, subject, 0, len(subject))
            if self._head is not None and pattern is self._folded
            else pattern.finditer(subject)
        )
        parts: list[str] = []
        last = 0
        for match in matches:
            parts.append(text[last : match.start()])
            parts.append(repl(match) if callable(repl) else repl)
            last = match.end()
        parts.append(text[last:])
        return "".join(parts)


def _literal_scanner(heads: tuple[str, ...]) -> re.Pattern[str]:
    """One regular expression finding any of ``heads`` (literal strings)."""
    return re.compile(alternation([re.escape(h) for h in heads], fold=False))


def _search_at_heads(
    head: re.Pattern[str], pattern: re.Pattern[str], subject: str, pos: int, endpos: int
) -> re.Match[str] | None:
    """``pattern.search`` when every match starts where ``head`` matches."""
    while True:
        at = head.search(subject, pos, endpos)
        if at is None:
            return None
        found = pattern.match(subject, at.start(), endpos)
        if found is not None:
            return found
        pos = at.start() + 1


def _finditer_at_heads(
    head: re.Pattern[str], pattern: re.Pattern[str], subject: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """``pattern.finditer`` when every match starts where ``head`` matches (matches are
    never empty: each starts with a head)."""
    while True:
        at = head.search(subject, pos, endpos)
        if at is None:
            return
        found = pattern.match(subject, at.start(), endpos)
        if found is None:
            pos = at.start() + 1
            continue
        yield found
        pos = found.end()


class CasedPattern:
    """A case-sensitive word pattern that skips texts lacking all of its needles."""

    __slots__ = ("_compiled", "_head", "pattern")

    def __init__(self, pattern: str, heads: tuple[str, ...] = ()) -> None:
        self.pattern = pattern
        self._compiled = re.compile(pattern)
        self._head = _literal_scanner(heads) if heads else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._head is not None:
            return _search_at_heads(self._head, self._compiled, text, pos, endpos)
        return self._compiled.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._head is not None:
            return _finditer_at_heads(self._head, self._compiled, text, pos, endpos)
        return self._compiled.finditer(text, pos, endpos)


def _cased_word_re(words: list[str]) -> CasedPattern:
    """Any of ``words`` as whole words, case as written."""
    return CasedPattern(rf"(?<![\w-])(?:{alternation(words, fold=False)})(?![\w])", _heads(words, fold=False))


def substring_test(needles: tuple[str, ...] | list[str]) -> Callable[[str], object]:
    """A function telling whether a text contains any of ``needles`` (truthy if so).

    Up to :data:`_MAX_NEEDLES` needles are tested with ``in`` one after the other: each
    test is a fast substring search in C, several times cheaper than a regular expression
    of the same literals, which tries its alternation at every character. More needles
    are one regular expression (a text lacking them all would take too many ``in`` tests).
    """
    needles = tuple(needles)
    if len(needles) == 1:
        needle = needles[0]
        return lambda text: needle in text
    if len(needles) <= _MAX_NEEDLES:
        return lambda text: any(map(text.__contains__, needles))
    return re.compile(alternation([re.escape(n) for n in needles], fold=False)).search


def folded(pattern: str, needles: tuple[str, ...] = ()) -> FoldedPattern:
    """Compile a case-insensitive pattern as a :class:`FoldedPattern`."""
    return FoldedPattern(pattern, needles)


def _word_re(words: list[str]) -> FoldedPattern:
    """Any of ``words`` (regex fragments) as whole words, case-insensitively."""
    heads = _heads(words)
    return FoldedPattern(
        rf"(?<![\w-])(?:{alternation(words)})(?![\w])", _needles(words), heads
    )


def _heads(fragments: list[str], *, fold: bool = True) -> tuple[str, ...]:
    """Literal strings every match of the fragments starts with: their heads, none a prefix
    of another. Empty when a fragment has no head of two characters or more."""
    heads = set()
    for fragment in fragments:
        if fold:
            fragment = fold_pattern(fragment)
        head = fragment[: _literal_head(fragment)]
        if len(head) < 2:
            return ()
        heads.add(head)
    return tuple(sorted(h for h in heads if not any(o != h and h.startswith(o) for o in heads)))


_MAX_NEEDLES = 12


def _needles(fragments: list[str]) -> tuple[str, ...]:
    """Substrings every match of the (folded) fragments contains: their literal heads,
    minimised (``kill`` covers ``killed``). Empty when a fragment has no head of two
    characters or more, or when there would be too many needles to beat the regex."""
    heads = set()
    for fragment in fragments:
        fragment = fold_pattern(fragment)
        head = fragment[: _literal_head(fragment)]
        if len(head) < 2:
            return ()
        heads.add(head)
    needles = sorted(h for h in heads if not any(o != h and o in h for o in heads))
    return tuple(needles) if len(needles) <= _MAX_NEEDLES else ()


@dataclass(frozen=True)
class Lexicon:
    """Compiled lexicon; build with :func:`load_lexicon`."""

    raw: dict[str, Any]
    number_words: dict[str, int]
    number: str
    qualifier: str
    not_count_after: FoldedPattern
    weapon_noun: dict[str, FoldedPattern]
    weapon_any: str
    weapon_word: FoldedPattern
    phrase_breaker: str
    roles: dict[str, FoldedPattern]
    killed: FoldedPattern
    wounded: FoldedPattern
    none_both: FoldedPattern
    none_wounded: FoldedPattern
    none_killed: FoldedPattern
    singular_persons: str
    breakdown_before: FoldedPattern
    damage: dict[str, FoldedPattern]
    damage_any: FoldedPattern
    damage_predicate: FoldedPattern
    hit: FoldedPattern
    not_event: FoldedPattern
    ground_fire: FoldedPattern
    aerial: FoldedPattern
    history: FoldedPattern  # (campaign and day-summary cues included)
    campaign: FoldedPattern
    day_summary: FoldedPattern
    russia: CasedPattern
    ukraine: CasedPattern
    enemy: FoldedPattern
    night: FoldedPattern
    day: FoldedPattern
    attack_test: Callable[[str], object]
    weapon_test: Callable[[str], object]
    casualty_test: Callable[[str], object]
    damage_test: Callable[[str], object]

    def is_attack_sentence(self, lowered: str) -> bool:
        """Fast pre-filter: does a lower-cased sentence contain any attack cue?"""
        return bool(self.attack_test(lowered))

    def may_count_weapons(self, lowered: str) -> bool:
        return bool(self.weapon_test(lowered))

    def may_state_casualties(self, lowered: str) -> bool:
        return bool(self.casualty_test(lowered))

    def may_state_damage(self, lowered: str) -> bool:
        return bool(self.damage_test(lowered))

    def parse_number(self, text: str) -> int | None:
        """Value of a number as written: ``"1,000"``, ``"seven"``, ``"twenty-five"``, ``"a dozen"``."""
        return parse_number(text, self.number_words)


_DECIMAL_THOUSANDS = re.compile(r"(\d{1,3})[.,](\d{1,2})\s+thousand")


def parse_number(text: str, words: dict[str, int]) -> int | None:
    cleaned = text.strip().lower().replace("\u202f", "").replace("\u00a0", "")
    digits = cleaned.replace(",", "")
    if digits.isdigit():
        return int(digits)
    scaled = _DECIMAL_THOUSANDS.fullmatch(cleaned)
    if scaled:
        return round(float(f"{scaled.group(1)}.{scaled.group(2)}") * 1000)
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
    units = alternation([w for w in num["units"] if w != "zero"])
    tens = alternation(list(num["tens"]))
    spelled = (
        rf"(?:(?:{units}|a|an|one) (?:hundred|thousand)(?: and)?(?: (?:{tens})(?:[- ](?:{units}))?| (?:{units}))?"
        rf"|(?:{tens})(?:[- ](?:{units}))?|(?:a|{units}) dozen|(?:{units}))"
    )
    # Digits glued to letters are model names, not counts: S-300, Shahed-136, Tu-95, Geran-2;
    # digits after "03:" or "1." are a clock's minutes or a decimal part.
    # "5 thousand", "1.5 thousand" (translated Ukrainian "1,5 тисячі") are one number.
    digits = (
        r"(?<![^\W_])(?<![^\W\d_]-)(?<!\d[:.])"
        r"(?:\d{1,3}(?:[.,]\d{1,2})?\s+thousand(?![\w-])|\d{1,3}(?:,\d{3})+(?!\d)|\d+(?![\d,.]\d))"
    )
    number = rf"(?:{digits}|(?<![\w-]){spelled}(?![\w-]))"
    weapons = raw["weapons"]
    weapon_noun = {cls: _word_re(weapons[cls]) for cls in ("drone", "missile")}
    weapon_any = alternation(weapons["drone"] + weapons["missile"])
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
        qualifier=alternation([re.escape(q) for q in num["qualifiers"]]),
        not_count_after=FoldedPattern(rf"\s?(?:{alternation(num['not_counts_after'])})"),
        weapon_noun=weapon_noun,
        weapon_any=weapon_any,
        weapon_word=_word_re(weapons["drone"] + weapons["missile"]),
        phrase_breaker=alternation(weapons["phrase_breakers"]),
        roles=roles,
        killed=_word_re(cas["killed"]),
        wounded=_word_re(cas["wounded"]),
        none_both=_word_re(cas["none_both"]),
        none_wounded=_word_re(cas["none_wounded"]),
        none_killed=_word_re(cas["none_killed"]),
        singular_persons=alternation(cas["singular_persons"]),
        # "14 injured, including three children": the three are part of the 14.
        breakdown_before=FoldedPattern(
            rf"(?:{alternation(cas['breakdown'])})\s*[:,]?\s*(?:at least\s+)?$", _needles(cas["breakdown"])
        ),
        damage=damage,
        damage_any=_word_re([p for tag, patterns in dmg.items() if tag != "predicates" for p in patterns]),
        damage_predicate=_word_re(dmg["predicates"]),
        hit=_word_re(attack["hit"]),
        not_event=_word_re(attack["not_events"]),
        ground_fire=_word_re(attack["ground_fire"]),
        aerial=_word_re(attack["aerial"]),
        history=_word_re(attack["history"] + attack["campaign"] + attack["day_summary"]),
        campaign=_word_re(attack["campaign"]),
        day_summary=_word_re(attack["day_summary"]),
        russia=_cased_word_re(att["russia"]),
        ukraine=_cased_word_re(att["ukraine"]),
        enemy=_word_re(att["enemy"]),
        night=_word_re(time["night"]),
        day=_word_re(time["day"]),
        # (a weapon's name makes a sentence about an attack too: "Two KN-23 were neutralised")
        attack_test=substring_test(sorted({c.lower() for c in attack["cues"]} | set(raw["gates"]["weapons"]))),
        weapon_test=substring_test(raw["gates"]["weapons"]),
        casualty_test=substring_test(raw["gates"]["casualties"]),
        damage_test=substring_test(raw["gates"]["damage"]),
    )
