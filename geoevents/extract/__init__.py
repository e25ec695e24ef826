"""From report text to events: deterministic rules over sentences, lexicon and gazetteer.

The extractor works in three passes over a report (README, "How extraction works"):

1. **Read**: split sentences (:mod:`geoevents.text`), find place names
   (:mod:`geoevents.places`) and time phrases (:mod:`geoevents.nights`).
2. **Facts**: in each sentence about an attack, rules find weapon tallies (count +
   weapon noun + role verb), casualties (count + casualty word, singular persons,
   "no casualties"), damage tags and hit predicates, and tie each to a place: a place in
   the same clause, else the sentence's only place, else the topic place carried from
   earlier sentences; weapon tallies with no local place are national tallies.
3. **Events**: facts are grouped by place and night; figures repeated across sentences
   resolve to the latest/largest statement, coordinated parts ("34 Kh-101 and seven
   Kalibr") are summed; a place whose finer places also have events is a rollup; places
   named only in lists are ``listed``.

Every figure keeps its span and sentence.

Modules: :mod:`~geoevents.extract.report` runs the passes over one report; the rules of
pass 2 live in :mod:`~geoevents.extract.weapons`, :mod:`~geoevents.extract.casualties`,
:mod:`~geoevents.extract.damage`, :mod:`~geoevents.extract.targets` (places),
:mod:`~geoevents.extract.timing` (nights, and what is no attack of its own) and
:mod:`~geoevents.extract.attacker`; pass 3 is :mod:`~geoevents.extract.assembly`. Each rule
module is a mixin of the one per-report extraction object, whose state they share.
"""

from geoevents.extract.report import extract_events

__all__ = ["extract_events"]
