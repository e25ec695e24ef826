"""Property tests: the extractor never raises, and never states a number the text lacks."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geoevents import extract_events, report_from_text
from geoevents.lexicon import load_lexicon
from geoevents.models import COUNT_FIELDS, Event

LEX = load_lexicon()
NUMBER = re.compile(LEX.number, re.I)
SINGULAR = re.compile(r"\b(?:an?|one|the|single|body|another|her|his|their)\b", re.I)
# Two persons named one by one: "a man and a woman", "a girl and her grandmother".
PAIR = re.compile(r"^(?:an?|one|the|her|his|their)\b[^.;]*\band\s+(?:an?|one|the|her|his|their)\b", re.I)

FRAGMENTS = [
    "Russia launched {n} drones and {m} missiles at Ukraine overnight.",
    "Air defence shot down {n} of the {m} drones.",
    "{n} drones were destroyed over the Bryansk region, {m} over the Kursk region.",
    "In Kharkiv, {n} people were injured and {m} were killed.",
    "A drone hit a house in Sumy, killing {w} and wounding {n}.",
    "The death toll rose to {n}.",
    "There were no casualties.",
    "No one was injured in Odesa.",
    "Debris fell in the Darnytskyi district of Kyiv; {n} cars were damaged.",
    "The previous record of {n} drones was set last year.",
    "Two children aged {n} and {m} were hurt in Dnipro.",
    "Talks in Istanbul ended without agreement.",
    "{w} missiles struck Lviv, including {n} Kh-101 and {m} Kalibr missiles.",
    "A {n}-storey building was hit in Poltava at 03:{m:02d}.",
    "A man and a woman were injured in Kherson.",
    "A {n}-year-old girl and her grandmother were killed in Sumy.",
]
WORDS = ["one", "two", "three", "seven", "a dozen", "twenty-five", "eleven", "a", "1.5 thousand", "3 thousand"]


def number_in(span_text: str) -> int:
    """The figure a span states: its first number, or 1 for "a drone" / "the body of",
    or 2 for two persons named one by one."""
    if PAIR.search(span_text):
        return 2
    for match in NUMBER.finditer(span_text):
        if LEX.not_count_after.match(span_text, match.end()):
            continue  # "a 29-year-old man": an age, not the figure
        value = LEX.parse_number(match.group(0))
        if value is not None:
            return value
    assert SINGULAR.search(span_text), span_text
    return 1


def check_numbers(text: str, events: list[Event]) -> None:
    for event in events:
        for field in COUNT_FIELDS:
            value = getattr(event, field)
            if value is None or value == 0:
                continue
            spans = [s for s in event.spans if s["field"] == field]
            assert spans, (field, value)
            sentences = [(x["start"], x["end"]) for x in event.spans if x["field"] == "sentence"]
            by_sentence: dict[int, list[int]] = {}
            for span in spans:
                assert text[span["start"] : span["end"]] == span["text"]
                home = next(i for i, (a, b) in enumerate(sentences) if a <= span["start"] < b)
                by_sentence.setdefault(home, []).append(number_in(span["text"]))
            # A figure is one stated in a span, or stated parts of one sentence added up.
            allowed: set[int] = set()
            for group in by_sentence.values():
                allowed |= subset_sums(group)
            assert value in allowed, (field, value, spans)


def subset_sums(parts: list[int]) -> set[int]:
    """Every sum of one or more of ``parts`` (any number of them: a sentence may list many)."""
    sums: set[int] = set()
    for part in parts:
        sums |= {part} | {s + part for s in sums}
    return sums


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_never_raises_on_arbitrary_unicode(text: str) -> None:
    events = extract_events(report_from_text(text, published="2025-01-02T08:00:00+02:00"))
    check_numbers(text, events)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(FRAGMENTS),
            st.integers(0, 2000),
            st.integers(0, 59),
            st.sampled_from(WORDS),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["\n", " ", "\n\n"]),
)
def test_numbers_come_from_the_text(parts: list[tuple[str, int, int, str]], glue: str) -> None:
    text = glue.join(template.format(n=n, m=m, w=w) for template, n, m, w in parts)
    events = extract_events(report_from_text(text, published="2025-01-02T08:00:00+02:00"))
    check_numbers(text, events)
    for event in events:
        assert event.night in (None, "2025-01-01", "2025-01-02")
        assert event.role in ("incident", "rollup", "listed")
