"""Patterns rewritten for speed find exactly what their plain forms find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents import extract as extract_module
from geoevents.text import _WORD_BEFORE, _trailing_run_start

PLAIN_CLAUSE_BREAK = re.compile(r";|\s[–—]\s|,\s+(?:while|whereas|but|as(?! well))\s|\swhile\s|\.\s")

PIECES = [";", " – ", " — ", "—", ", while ", ", whereas ", ", but ", ", as ", ", as well ", " while ",
          ". ", ".", ",", " ", "\t", "\n", "drones", "Kyiv", "U.S.", "etc.", "Mr.", "”", "’", "!", "?", "…", "_", "12", "2.5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_clause_breaks_match_the_plain_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    fast = [m.span() for m in extract_module._CLAUSE_BREAK.finditer(text)]
    assert fast == [m.span() for m in PLAIN_CLAUSE_BREAK.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=25))
def test_word_before_a_stop_is_found_from_the_trailing_run(pieces: list[str]) -> None:
    head = "".join(pieces)
    fast = _WORD_BEFORE.search(head, _trailing_run_start(head))
    plain = _WORD_BEFORE.search(head)
    assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1)))
