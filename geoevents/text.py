"""Text primitives with character offsets: sentences, paragraphs, name normalisation.

Everything here is pure and keeps offsets into the original string, so every value
extracted later can point back at ``text[start:end]``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``text[start:end]``, its index and its paragraph's index."""

    start: int
    end: int
    text: str
    index: int
    paragraph: int


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt sgt st mt no nos vs etc approx est jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.n u.k e.g i.e a.m p.m gov rep sen jr sr inc ltd co
    corp dept fig vol pp ca sq
    """.split()
)

# After "a.m."/"p.m." a capital may go on the sentence ("at 4 a.m. Kyiv time", "9 p.m.
# Monday"); these words open a new one ("until 4 a.m. A red alert was declared ...").
_CLOCK_ABBREVIATIONS = frozenset({"a.m", "p.m"})
_SENTENCE_OPENERS = frozenset(
    """
    a an the in at on by after before during according air another also earlier later
    he she it they we there this that these those no one two three four five his her their
    its our meanwhile however residents emergency police rescuers firefighters
    """.split()
)
_NEXT_WORD = re.compile(r"\s+[\"'“‘«(\[]?(\w+)")

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_PARAGRAPH = re.compile(r"\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]+[\"'”’»)\]]*$")


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line (a line break ends a paragraph)."""
    spans = []
    start = 0
    for match in _PARAGRAPH.finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets.

    A line break always ends a sentence; inside a line a ``.``, ``!`` or ``?`` (with any
    closing quotes) ends one when an upper-case letter, digit or opening quote follows,
    unless the word before is a known abbreviation or a single initial.
    """
    sentences: list[Sentence] = []
    for paragraph_index, (p_start, p_end) in enumerate(split_paragraphs(text)):
        chunk = text[p_start:p_end]
        cut = 0
        for match in _BOUNDARY.finditer(chunk):
            head = chunk[cut : match.end()]
            word = _WORD_BEFORE.search(head, _trailing_run_start(head))
            if word:
                token = word.group(1).lower().rstrip(".")
                clock_then_new_sentence = token in _CLOCK_ABBREVIATIONS and _opens_sentence(chunk, match.end())
                if not clock_then_new_sentence and (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())):
                    continue
            _append(sentences, text, p_start + cut, p_start + match.end(), paragraph_index)
            cut = match.end()
        _append(sentences, text, p_start + cut, p_end, paragraph_index)
    return sentences


def _opens_sentence(chunk: str, at: int) -> bool:
    """Whether the word after ``at`` is one that opens a sentence ("A", "The", "He")."""
    following = _NEXT_WORD.match(chunk, at)
    return following is not None and following.group(1).lower() in _SENTENCE_OPENERS


def _trailing_run_start(head: str) -> int:
    """Where the run of word, stop and quote characters ending ``head`` starts.

    Every match of ``_WORD_BEFORE`` lies in that run, so searching from there finds the
    same match without trying each earlier position (which made splitting quadratic).
    """
    i = len(head) - 1 if head.endswith("\n") else len(head)  # "$" also matches before a final newline
    while i > 0 and (head[i - 1].isalnum() or head[i - 1] in _RUN_CHARS):
        i -= 1
    return i


_RUN_CHARS = frozenset("_.!?…\"'”’»)]")


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], len(out), paragraph))


# ---------------------------------------------------------------- names

_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`´‘ʹ"), None)
_NON_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold a place name for matching: case, diacritics, apostrophes, hyphens.

    >>> normalize_name("Solom’yanskyi")
    'solomyanskyi'
    >>> normalize_name("Rostov-on-Don")
    'rostov on don'
    >>> normalize_name("Київ")
    'киів'
    """
    text = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("ё", "е").replace("ї", "і").replace("й", "и")
    return " ".join(_NON_WORD.sub(" ", text).split())


#: A word token: letters/digits, with inner apostrophes (``Kyiv's``) kept together.
WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")
