"""Sentence splitting and name normalisation keep offsets and fold spellings."""

from __future__ import annotations

from geoevents.text import normalize_name, split_sentences


def test_sentences_keep_offsets_and_skip_abbreviations() -> None:
    text = "U.S. officials spoke at 5 p.m. on Monday. Gen. Smith said 10 drones fell.\nNew line here! And more?"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "U.S. officials spoke at 5 p.m. on Monday.",
        "Gen. Smith said 10 drones fell.",
        "New line here!",
        "And more?",
    ]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]


def test_quotes_close_sentences() -> None:
    text = '"Two people were injured," the mayor said. "The fire is out." Later more.'
    assert [s.text for s in split_sentences(text)] == [
        '"Two people were injured," the mayor said.',
        '"The fire is out."',
        "Later more.",
    ]


def test_normalize_name_folds_case_apostrophes_diacritics() -> None:
    assert normalize_name("Solom’yanskyi") == normalize_name("SOLOM'YANSKYI") == "solomyanskyi"
    assert normalize_name("Rostov-on-Don") == "rostov on don"
    assert normalize_name("Київ") == normalize_name("київ")
    assert normalize_name("Zaporižžja") == "zaporizzja"


def test_a_clock_time_ends_a_sentence_before_a_word_that_opens_one() -> None:
    text = "The attack lasted until 4 a.m. A red alert stayed in place. It began at 11 p.m. Kyiv time on Monday."
    assert [s.text for s in split_sentences(text)] == [
        "The attack lasted until 4 a.m.",
        "A red alert stayed in place.",
        "It began at 11 p.m. Kyiv time on Monday.",
    ]
