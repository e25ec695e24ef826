"""Patterns rewritten for speed find exactly what their plain forms find."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoevents.extract
from geoevents.extract.report import _CLAUSE_BREAK
from geoevents.extract.rules import _rules
from geoevents.lexicon import FoldedPattern, load_lexicon
from geoevents.text import _WORD_BEFORE, _trailing_run_start

PLAIN_CLAUSE_BREAK = re.compile(r";|\s[–—]\s|,\s+(?:while|whereas|but|as(?! well))\s|\swhile\s|\.\s")

PIECES = [";", " – ", " — ", "—", ", while ", ", whereas ", ", but ", ", as ", ", as well ", " while ",
          ". ", ".", ",", " ", "\t", "\n", "drones", "Kyiv", "U.S.", "etc.", "Mr.", "”", "’", "!", "?", "…", "_", "12", "2.5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_clause_breaks_match_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [m.span() for m in _CLAUSE_BREAK.finditer(text)]
    assert fast == [m.span() for m in PLAIN_CLAUSE_BREAK.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_word_before_a_stop_is_found_from_the_trailing_run(pieces: list[str]) -> None:
    head = "".join(pieces)
    fast = _WORD_BEFORE.search(head, _trailing_run_start(head))
    plain = _WORD_BEFORE.search(head)
    assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1)))


def _declared_patterns() -> dict[str, FoldedPattern]:
    """Extractor patterns that promise needles or word heads (module-level and per-lexicon rules)."""
    found = {
        name: value
        for module in pkgutil.iter_modules(geoevents.extract.__path__, "geoevents.extract.")
        for name, value in vars(importlib.import_module(module.name)).items()
        if isinstance(value, FoldedPattern) and (value.needles or value._head is not None)
    }
    rules = _rules(load_lexicon())
    for name in rules.__dataclass_fields__:
        value = getattr(rules, name)
        if isinstance(value, FoldedPattern) and (value.needles or value._head is not None):
            found[f"rules.{name}"] = value
    return found


DECLARED = _declared_patterns()
VOCABULARY = [
    "Ukrainian", "Russian", "Russia's", "Ukraine's", "air force", "air defence", "Defence Ministry",
    "officials", "drones", "drone", "missile", "launched", "fired", "attacked", "killing", "killed",
    "kills", "injured", "injuring", "wounding", "wounded", "leaving", "left", "a", "one", "man",
    "woman", "aged", "14", "and", "death toll", "toll", "number of dead", "rose to", "has risen to",
    "bodies of", "body of", "two", "no", "not", "none of the", "no hits", "no damage", "damaged",
    "or casualties", "heading", "flying towards", "moving to", "the", "taken to", "brought to",
    "hospital", "at least", "of which", "of them", "these", "-", "–", "to", "between 10 and",
    "hits by", "strikes of", "those", "all",
]


def test_the_extractor_declares_its_fast_paths() -> None:
    assert {"_TOLL", "_BODY", "_OFFICIALS", "_UA_OFFICIAL", "rules.casualty_left"} <= set(DECLARED)


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(sorted(DECLARED)),
    st.lists(st.one_of(st.sampled_from(VOCABULARY), st.sampled_from([" ", ", ", ". ", "’s ", "x"])), max_size=30),
)
def test_needles_keep_every_match(name: str, parts: list[str]) -> None:
    """What a pattern finds behind its needles (or word heads), the plain regex finds too."""
    pattern = DECLARED[name]
    text = " ".join(parts)
    plain, subject = pattern._folded, text.lower()
    expected = plain.search(subject)
    found = pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(subject)]
    window = subject[-40:]
    assert bool(pattern.search(text[-40:])) == bool(plain.search(window))


EXAMPLES = {
    "_UA_WEAPON": ["a Ukrainian drone", "Ukrainian-launched missiles"],
    "_RU_WEAPON": ["Russian drones", "Russia launched", "Russian forces fired"],
    "_RU_MINISTRY": ["the Russian Defence Ministry", "Russia's air defence"],
    "_UA_OFFICIAL": ["Ukraine's air force", "Ukrainian air defence", "the air force said"],
    "_HEADING": ["heading", "flying", "approaching", "moving", "en route"],
    "_AGED": ["aged 14", "aged 7 and 9", "man of 45", "38 years old"],
    "_FOCUSED_ON": ["focused on energy facilities in", "concentrated on the power sites of",
                    "centred on infrastructure in"],
    "_TOLL": ["bringing the number of people killed in that attack to", "that number had risen to", "the death toll rose to", "the toll in Kyiv has risen to", "number of injured rose to", "the number had risen to",
              "bringing the death toll to", "raising the toll to", "updated the figure to", "revised the number to"],
    "_BODY": ["bodies of two people", "the body of a"],
    "rules.weapon_any": ["drones", "a Shahed", "Kh-101", "UAVs", "Iskander-M", "loitering munition"],
    "_LAUNCHED_BY": ["Russia-launched", "Russian-launched", "Ukrainian-launched", "Ukraine-launched", "launched by Russia",
                     "fired by Ukraine"],
    "_DAYS_AFTER": ["a day after", "two days after", "one week after", "3 days after"],
    "_CONDITIONAL": ["if", "If Russia", "unless", "should Russia", "should the enemy"],
    "rules.person_and_before": ["the driver and ", "A woman and ", "her husband and "],
    "_OWN_FORCES_STRUCK": ["its forces had struck", "its troops hit", "its aviation destroyed",
                           "The Russian Defence Ministry says, and I'm quoting, it struck"],
    "_UNDER_FIRE": ["came under fire", "under fire"],
    "_EXERCISE": ["drills", "a joint exercise", "exercises", "40 target drones", "According to the scenario", "simulating"],
    "_FALSE_CLAIM": ["It's fake", "falsely", "debunked", "a hoax", "doctored", "misleading", "circulating", "went viral",
                     "the caption"],
    "_NONE_DOWNED": [
        "Neither of the two ballistic missiles was intercepted", "None of the missiles were shot down",
        "The two missiles were not intercepted", "neither missile was downed",
    ],
    "_MODAL_ATTACK": ["could send", "Russia could soon be able to send", "would need", "might launch", "may also strike",
                      "expected to be able to send"],
    "_STOREYED": ["a 9-storey building", "nine-story residential building", "16-storey block"],
    "_OFFICIALS": ["Russian officials", "Ukrainian authorities", "Russia's MoD", "Ukraine's military"],
    "_LAUNCHED_BEFORE": ["launched ", "fired "],
    "_NEGATED_COUNT": ["no", "not", "none of the", "not a single"],
    "_KILLING_BEFORE": ["killing ", "killed ", "injuring ", "injured ", "wounding ", "wounded "],
    "_TAKEN_TO": ["taken to the city ", "brought to a ", "rushed to ", "admitted to ", "delivered to "],
    "_ZERO_EXTRA": ["no hits or casualties", "no damage to homes or victims", "no destruction or casualties"],
    "_NO_DAMAGE": ["no damage", "no destruction"],
    "_DAMAGED": ["damaged"],
    "_NO_HITS": ["no hits", "no hit", "no drone or missile attacks", "no air strikes", "no attacks"],
    "_HEADING_BEFORE": ["heading to the ", "flying towards ", "approaching ", "moving to "],
    "_SINGULAR_WEAPON": ["a drone", "one missile", "the Kh-101", "a Shahed", "an Iskander-M", "a UAV", "a rocket"],
    "rules.casualty_left": ["killing ", "kills at least ", "injuring ", "injures ", "wounded ", "leaving ", "left ",
                            "killed a family of "],
    "rules.of_which": [", 10 of which", " of them three", ", among them two", " 5 of these"],
    "rules.with_before": ["with ", "with at least ", "with more than "],
    "_HITS_BY_BEFORE": ["Hits by ", "strikes by at least ", "impacts of "],
    "_ANOTHER_SUBJECT": ["another died", "another person was injured", "another man was also killed"],
    "_ANOTHER_OBJECT": ["injured another", "killing another"],
    "_ALL_DOWNED": ["All of them were destroyed", "all the drones were shot down", "all of these have been intercepted"],
    "_DEBRIS_OF_BEFORE": ["Fragments of ", "debris from ", "the wreckage of "],
    "rules.range_before": ["10-", "between 10 and ", "from 5 to ", "10 – "],
    "_REPAIRED": ["reopened in March", "was rebuilt", "renovated", "after repairs"],
    "rules.strike_count": ["four strikes on Kyiv", "two strikes on energy facilities were recorded", "51 hits at 15",
                           "about 15 hits on energy", "eight strikes on the city"],
    "_CURRENT_TOLL": ["The toll now stands at", "As of now, we have", "the number stands at"],
    "_UA_FORCES_STRUCK": ["Ukraine's Air Force struck", "Ukrainian forces hit", "Ukraine's armed forces have attacked"],
    "_ORDINAL_SUBJECT": ["the second ", "while the other ", "the fourth got ", "the other two ", "the last one was "],
    "rules.running_total": [
        "That brings the number of Ukrainian drones shot down on approach to the capital since this morning to 19",
        "bringing the total number of drones destroyed to 40", "raising the tally of UAVs downed over the region to 12",
        "his running count of drones shot down on the approach to the capital had reached 74",
    ],
}


def test_every_fast_path_has_examples() -> None:
    assert set(DECLARED) <= set(EXAMPLES)


@pytest.mark.parametrize(
    ("name", "example", "prefix"),
    [(n, e, p) for n, examples in EXAMPLES.items() for e in examples for p in ("", "Overnight, ", "x ")],
)
def test_needles_find_each_example(name: str, example: str, prefix: str) -> None:
    pattern = DECLARED[name]
    text = prefix + example
    plain = pattern._folded.search(text.lower())
    assert plain is not None, "the example must match the plain pattern"
    found = pattern.search(text)
    assert found is not None and found.span() == plain.span()
