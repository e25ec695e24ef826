"""The lexicon compiler: trie-factored alternations match exactly what flat ones match."""

from __future__ import annotations

import re
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geoevents.lexicon import (
    FoldedPattern,
    _literal_head,
    _word_re,
    alternation,
    fold_pattern,
    load_lexicon,
    substring_test,
)
from geoevents.resources import data_path

RAW = tomllib.loads(data_path("lexicon.toml").read_text(encoding="utf-8"))


def _families() -> dict[str, list[str]]:
    """Every list of regex fragments in the bundled lexicon, by ``section.key``."""
    out = {}
    for section, table in RAW.items():
        for key, value in table.items():
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                out[f"{section}.{key}"] = value
    return out


FAMILIES = _families()


def _flat(fragments: list[str]) -> re.Pattern[str]:
    body = "|".join(fold_pattern(f) for f in sorted(fragments, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])")


def _trie(fragments: list[str]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(fragments)})(?![\w])")


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("fragment", "head"),
    [
        ("drones?", 5),  # the quantified "s" is not part of the head
        ("shot down", 9),
        ("Kh-\\d{2,3}", 3),
        ("(?:a|b)c", 0),
        ("lost (?:their|his) lives?", 5),
        ("a\\.m\\.", 1),
        ("x{2}", 0),
    ],
)
def test_literal_head(fragment: str, head: int) -> None:
    assert _literal_head(fragment) == head


def test_alternation_is_factored_and_longest_first() -> None:
    regex = alternation(["shot", "shot down", "shoots?", "drone", "drones?"])
    assert regex.count("shot") == 0 and regex.startswith(("s", "d"))  # factored, not flat
    pattern = re.compile(rf"(?:{regex})(?![\w])")
    assert pattern.match("shot down").group() == "shot down"
    assert pattern.match("shot at").group() == "shot"
    assert pattern.match("drones").group() == "drones"


def test_case_is_kept_when_not_folding() -> None:
    pattern = re.compile(rf"(?:{alternation(['Russia', 'Russian', 'RF'], fold=False)})\b")
    assert pattern.match("Russian").group() == "Russian"
    assert pattern.match("russian") is None


@pytest.mark.parametrize("family", sorted(FAMILIES))
def test_trie_matches_flat_on_its_own_words(family: str) -> None:
    """Each family's phrases, written out in sentences, are found at the same spans."""
    fragments = FAMILIES[family]
    flat, trie = _flat(fragments), _trie(fragments)
    samples = [re.sub(r"\\[dw]\{?[\d,]*\}?|[?()\\[\]{}|*+^$]", "", f) for f in fragments]
    text = " and ".join(s.lower() for s in samples) + ". " + ", ".join(s.lower() + "s" for s in samples)
    assert _spans(trie, text) == _spans(flat, text)


WORDS = sorted({w.lower() for fragments in FAMILIES.values() for f in fragments for w in re.findall(r"[A-Za-z]+", f)})


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(sorted(FAMILIES)),
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", "-", "'s ", "s ", ". ", "1", "12 "])), max_size=30),
)
def test_trie_matches_flat_on_word_salad(family: str, parts: list[str]) -> None:
    text = " ".join(parts)
    fragments = FAMILIES[family]
    assert _spans(_trie(fragments), text) == _spans(_flat(fragments), text)


def test_compiled_lexicon_uses_tries() -> None:
    lex = load_lexicon()
    flat = _flat(RAW["damage"]["residential"])
    assert lex.damage["residential"]._folded.pattern != flat.pattern
    text = "debris damaged apartment blocks, private houses and a dormitory"
    assert _spans(lex.damage["residential"]._folded, text) == _spans(flat, text)



def _headed_patterns() -> dict[str, object]:
    lex = load_lexicon()
    out: dict[str, object] = {}
    for name, value in vars(lex).items():
        items = value.items() if isinstance(value, dict) else [("", value)]
        for key, pattern in items:
            if getattr(pattern, "_head", None) is not None:
                out[f"{name}.{key}".rstrip(".")] = pattern
    return out


HEADED = _headed_patterns()


def test_word_families_search_from_their_heads() -> None:
    assert {"killed", "wounded", "damage_any", "hit", "history", "weapon_word", "roles.downed", "russia", "ukraine"} <= set(HEADED)


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(HEADED)),
    st.lists(st.one_of(st.sampled_from(WORDS + ["Russia", "Ukrainian", "AFU", "Kremlin"]),
                       st.sampled_from([" ", ", ", "-", "'s ", "’", "_", "İ", ". ", "12 ", "s"])), max_size=40),
    st.integers(min_value=0, max_value=10),
)
def test_head_search_equals_plain_search(name: str, parts: list[str], pos: int) -> None:
    """Searching from the heads finds what a scan of every position finds."""
    pattern = HEADED[name]
    text = "".join(parts)
    if isinstance(pattern, FoldedPattern):
        bare, subject = (pattern._folded, text.lower()) if len(text.lower()) == len(text) else (pattern._ignorecase, text)
    else:
        bare, subject = pattern._compiled, text
    endpos = max(pos, len(text) - 3)
    expected = bare.search(subject, pos, endpos)
    found = pattern.search(text, pos, endpos)
    assert (found and found.span()) == (expected and expected.span())
    assert [m.span() for m in pattern.finditer(text, pos)] == [m.span() for m in bare.finditer(subject, pos)]


def test_head_search_handles_overlapping_and_nested_heads() -> None:
    # A failed attempt at one head ("no one ") must not hide a head starting inside it.
    pattern = _word_re(["no one (?:killed)", "one was hurt"])
    assert pattern.search("no one was hurt").span() == (3, 15)
    assert [m.span() for m in pattern.finditer("no one was hurt; no one killed")] == [(3, 15), (17, 30)]
    # A head inside another ("was" in "one was hurt") is not where that match starts.
    pattern = _word_re(["one was hurt", "was"])
    assert pattern.search("one was hurt").span() == (0, 12)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["kill", "wound", "shot down", "ab", "b", "’s", "x y"]), min_size=1, max_size=7, unique=True),
    st.lists(st.sampled_from(["kil", "kill", "wound", "shot", " down", "a", "b", "’", "s", "x", " ", "y"]), max_size=12),
)
def test_substring_test_is_any_needle_in_text(needles: list[str], parts: list[str]) -> None:
    text = "".join(parts)
    expected = any(needle in text for needle in needles)
    assert bool(substring_test(needles)(text)) == expected
    many = needles + [f"absent{i}" for i in range(20)]  # past the in-test limit: one regex
    assert bool(substring_test(many)(text)) == expected


def _shortest_samples(fragment: str, limit: int = 64) -> list[str]:
    """Short strings matching a regular expression fragment: the fewest repetitions, and
    every branch of an alternation (a few dozen strings at most)."""
    from re import _parser as sre_parse  # the parser behind ``re``

    def walk(items) -> list[str]:
        samples = [""]
        for op, arg in items:
            name = str(op)
            if name == "LITERAL":
                options = [chr(arg)]
            elif name in ("NOT_LITERAL", "ANY"):
                options = ["x"]
            elif name == "IN":
                first = arg[0]
                options = [chr(first[1]) if str(first[0]) == "LITERAL" else "x"]
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, _, body = arg
                options = ["".join(parts) for parts in [[s] * low for s in walk(body)]] if low else [""]
            elif name == "SUBPATTERN":
                options = walk(arg[-1])
            elif name == "BRANCH":
                options = [s for branch in arg[1] for s in walk(branch)]
            else:  # anchors and look-arounds match no text
                options = [""]
            samples = [a + b for a in samples for b in options][:limit]
        return samples

    return walk(sre_parse.parse(fragment))


@pytest.mark.parametrize(
    ("section", "family", "gate"),
    [
        ("casualties", "killed", "casualties"), ("casualties", "wounded", "casualties"),
        ("casualties", "none_both", "casualties"), ("casualties", "none_wounded", "casualties"),
        ("damage", "predicates", "damage"), ("weapons", "drone", "weapons"), ("weapons", "missile", "weapons"),
    ],
)
def test_every_word_of_a_family_passes_the_gates_before_it(section: str, family: str, gate: str) -> None:
    """A sentence is read only if it passes the attack cues and its rule family's gate: a
    word whose every spelling misses them would never be tried."""
    raw = tomllib.loads(data_path("lexicon.toml").read_text(encoding="utf-8"))
    lex = load_lexicon()
    gate_test = {
        "casualties": lex.may_state_casualties, "damage": lex.may_state_damage, "weapons": lex.may_count_weapons,
    }[gate]
    missed = [
        sample for fragment in raw[section][family] for sample in _shortest_samples(fragment)
        # (as a sentence ends: "A man dies.")
        if not (lex.is_attack_sentence(sample.lower() + ".") and gate_test(sample.lower() + "."))
    ]
    assert missed == []
