"""Regular expressions, tables and a helper that several rule modules share."""

from __future__ import annotations

import re

from geoevents.lexicon import folded
from geoevents.nights import WEEKDAY_PART_KINDS

WEAPON_FIELDS = {
    ("drone", "launched"): "drones_launched",
    ("missile", "launched"): "missiles_launched",
    ("drone", "downed"): "drones_downed",
    ("missile", "downed"): "missiles_downed",
    ("drone", "breached"): "breached",
    ("missile", "breached"): "breached",
    ("drone", "lost"): "drones_lost",
}

_COUNTRY_SCOPE = re.compile(
    r"\b(?:(?:several|multiple|many|numerous|various|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+)?"
    r"(?P<adj>Russian|Ukrainian)\s+(?:regions|oblasts|cities|territory|territories|airspace)\b"
    r"|\b(?:[Aa]cross|[Oo]ver|on|at|against|[Tt]hroughout)\s+(?:the\s+)?(?P<country>Ukraine|Russia|the country)\b",
)

_RU_MINISTRY = folded(
    r"Russian (?:Defen[cs]e Ministry|Ministry of Defen[cs]e|ministry|MoD|air defen[cs]e)|Russia's (?:defen[cs]e ministry|Ministry of Defen[cs]e|air defen[cs]e)",
    needles=("russia",),
)
_UA_OFFICIAL = folded(
    r"Ukrain(?:e's|ian) (?:air force|air defen[cs]e)|\bair force\b",
    needles=("air force", "air defen"),
)

# Between a toll's verb and what it rose to: "rose overnight to nine".
_ROSE_ADVERB = r"(?:(?:overnight|further|again|later)\s+)?"

# Forces named as the subject of a downing verb defend: "Ukrainian forces shot down 50 drones".
_DEFENDS_AFTER = folded(
    r"\s+(?:(?:have|has|had|also|reportedly|successfully)\s+){0,2}"
    r"(?:shot down|downed|destroyed|intercepted|repelled|neutrali[sz]ed)\b"
)

# A figure written after a place: "in the Sumy region - 10", "Kharkiv region: 15", "over Kharkiv (9)".
_DASH_FIGURE = re.compile(
    r"\s*(?:[-–—:]\s*(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?![\w,.:-]*\w)(?!\s+[a-z])|\(\s*(?P<pnum>\d{1,4}|[a-z]+)\s*\))"
)

# The whole a topic place is part of: "16 were injured in the city", "across the region".
_WHOLE_OF_TOPIC = re.compile(
    r"\b(?:in|across|throughout|around|over|at|for|towards?|into|against|(?:on\s+the\s+)?approach(?:es)?\s+to)\s+the\s+(?:territory\s+of\s+the\s+)?"
    r"(?P<unit>city|capital|region|oblast)\b(?!['’]s)"
    r"|\bthe\s+(?P<airspace>region|oblast)['’]s\s+(?:airspace|territory)",  # "drones that entered the oblast's airspace"
    re.I,
)

_WEAPON_FIELD_NAMES = frozenset(WEAPON_FIELDS.values())

_OWNERS_SPEAKER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:said|says|reported|reports|stated|announced)\b")
_SPEAKS = re.compile(
    r"(?:\s*,\s*(?:which|who)\b[^,;.]{0,120},)?"  # "Ukraine, which has been fighting off the invasion ..., reported"
    r"\s+(?:in turn\s+|also\s+|later\s+)?(?:(?:has|have|had)\s+)?(?:said|says|reported|reports|stated|announced|added|wrote|told|claimed|claims)\b"
)

# What Russia does when it attacks: "Russia pounded Odesa", "Russia struck Ukraine".
_ATTACK_VERBS = r"(?:launched|fired|attacked|struck|hit|pounded|bombarded|hammered|targeted)"
# Russia named as attacking Ukraine, subject and object: "Russia struck Ukraine overnight with ...".
_RUSSIA_STRUCK_UKRAINE = re.compile(rf"\bRussia (?:had |has )?{_ATTACK_VERBS} Ukraine\b")
_SOURCE_COLON = re.compile(r"[ \t]*:")

_HEADING_BEFORE = folded(
    r"(?:heading|flying|approaching|moving)\s+(?:to|towards?|for)?\s*(?:the\s+)?$",
    needles=("heading", "flying", "approaching", "moving"),
)

# Time cues that date a sentence's attack apart from the report's night by themselves: a
# date, and a weekday with its part of the day ("on Sunday afternoon"). A plain weekday does
# only when the sentence has no night words (see _own_night); "said on Tuesday morning" is
# the day of a statement, not one of these.
_OWN_NIGHT_KINDS = frozenset({"date", "night_of"} | WEEKDAY_PART_KINDS)


def _speaks_after(text: str, end: int) -> bool:
    """Whether the words after a name make it the speaker: "the Armed Forces of Ukraine has
    reported", "the Ukrainian military's southern command said"; a source heading its
    words with a colon: "Air Force of the Armed Forces of Ukraine: ..."."""
    return (
        _SPEAKS.match(text, end) is not None or _OWNERS_SPEAKER.match(text, end) is not None
        or _SOURCE_COLON.match(text, end) is not None
    )
