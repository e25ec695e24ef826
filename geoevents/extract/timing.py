"""When a sentence's facts happened, and which of its parts are no attack of their own
(history, conditions, ground fire)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geoevents.extract.facts import Fact
from geoevents.extract.patterns import _OWN_NIGHT_KINDS, _ROSE_ADVERB, _WHOLE_OF_TOPIC
from geoevents.lexicon import folded
from geoevents.nights import (
    SAID_AFTER,
    WEEKDAY_PART_KINDS,
    TimeCue,
    evening_clock_after,
    find_time_cues,
    resolve_night,
)
from geoevents.places import PlaceMention, lies_in
from geoevents.text import Sentence

# A comma-separated list item that is only a capitalised name ("Kharkiv", " Kryvyi Rih").
_NAME_ITEM = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")

_FOLLOWING_NIGHT = re.compile(r"\b(?:the|that)\s+(?:following|next)\s+(?:night|evening|day)\b", re.I)

_RISEN = re.compile(rf"\b(?:risen|rose|climbed|increased|grown|grew|jumped)\s+{_ROSE_ADVERB}to\b")

_COMMA_AND = re.compile(r",\s+and\s+")
# The figures a day's summary keeps (see _TimeRules._is_day_summary).
_DAY_TALLY_FIELDS = frozenset({"drones_launched", "missiles_launched", "drones_downed", "missiles_downed"})

_NTH_TIME_BEFORE = re.compile(r"\bfor\s+the\s+[\w-]+\s+time\s+$", re.I)

_DAYS_AFTER = folded(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})"
    r" (?P<unit>days?|weeks?) after\b", needles=(" after",)
)
# (also after a reminder: "Recall that the day before the Air Force reported ...")
_EARLIER_OPENING = folded(
    r"\W*(?:(?:recall|we (?:will )?remind(?: you)?|as a reminder|let us recall)(?: that)?,?\s+)?"
    r"(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|\d{1,2})"
    r" (?P<unit>days?|weeks?) (?:earlier|before)"
    r"|the (?:day|night) before)\b(?!\s+(?:that|a|an|this|last)\b)"
)
# "the day before the attack": the day before what follows, not an opening (but "the day before
# the Air Force reported": a subject after it)
_THE_LOWER_CASE = re.compile(r"\s+the\s+[a-z]")

_CONDITIONAL = folded(r"\b(?:if|unless|should (?:russia|ukraine|the enemy|they|it))\b", needles=("if", "unless", "should"))

_UNDER_FIRE = folded(r"\bunder fire\b", needles=("under fire",))

# Cues that tell of a night (not a day's time): what "that night" later refers to.
_NIGHT_CUE_KINDS = frozenset({"night", "clock_night", "night_of", "weekday_night", "weekday_overnight"})
# A night named by reference to the one told of before.
_THAT_NIGHT = re.compile(r"\b(?:that|the same) night\b", re.I)
# A hypothetical attack: "Russia could soon be able to send 1,000 drones in a night".
_MODAL_ATTACK = folded(
    r"\b(?:could|would|might|may|expected\s+to)\s+(?:soon\s+|also\s+|still\s+|even\s+|eventually\s+)?(?:be\s+able\s+to\s+)?"
    r"(?:send|launch|fire|attack|strike|use|deploy|need|hit)\b",
    needles=("could", "would", "might", "may", "expected to"),
)


@dataclass(slots=True)
class _SentenceTimes:
    """The time cues of one attack sentence and the parts of it about a past period."""

    cues: list[TimeCue]
    history_spans: list[tuple[int, int]]
    # cues inside the history parts that date them ("the record of 6-7 September")
    dated_history_cues: list[TimeCue]
    stated_night: date | None = None  # the night the sentence dates its own attack to
    sentence_night: date | None = None  # ... else the one its paragraph or the sentence before gives

    @property
    def night_override(self) -> date | None:
        """The night of a dated past attack the sentence cites, if any."""
        return self.dated_history_cues[0].night if self.dated_history_cues else None

    def current_cues(self) -> list[TimeCue]:
        """The cues outside the history parts."""
        if not self.history_spans:
            return self.cues
        return [c for c in self.cues if not any(a <= c.start < b for a, b in self.history_spans)]


# Of these, the cues that name a night: they date the attack before a day's time in the same
# sentence ("ended the search on Thursday morning, after the missile hit in the early hours of
# Wednesday").
_ATTACK_NIGHT_KINDS = frozenset({"night_of", "weekday_night", "weekday_overnight"})


def _updates_a_figure(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is what a toll rose to: "has risen to four dead and nine
    injured"."""
    return any(m.end() <= at <= m.end() + 40 for m in _RISEN.finditer(text, 0, at))


# "This morning he said ...": the day of a statement, not of the attack.
_SAID_AFTER = re.compile(SAID_AFTER)


def _lead_gap(text: str) -> int:
    """How many characters of quotation marks and spaces open ``text``."""
    return len(text) - len(text.lstrip("\"“«' "))


def _own_night(
    cues: list[TimeCue], history_spans: list[tuple[int, int]], published: date | None = None, s: Sentence | None = None
) -> date | None:
    """The night a sentence dates its own attack to, if it does (outside its history parts):
    also "at around 9:30 this morning" and "in the morning, at around 07:30", a daytime
    clock on the day of publication."""
    cues = [c for c in cues if not any(a <= c.start < b for a, b in history_spans)]
    if (
        s is not None and cues and cues[0].kind == "today" and cues[0].night is not None
        and cues[0].start == s.start + _lead_gap(s.text) and not _SAID_AFTER.match(s.text, cues[0].end - s.start)
        and not any(c.kind in ("night", "clock_night") for c in cues)  # ("This morning, around 5 a.m.": the night before)
    ):
        return cues[0].night  # "This morning, as a result of an attack by enemy UAVs on ...": the day it opens with
    own = [c for c in cues if c.night is not None and c.kind in _OWN_NIGHT_KINDS]
    if own:
        # "ended the search on Thursday morning, 30 hours after the missile hit in the early
        # hours of Wednesday": a night the sentence names is its attack's, before a day's time
        nights = [c for c in own if c.kind in _ATTACK_NIGHT_KINDS]
        return (nights or own)[0].night
    if any(c.kind == "clock_day" for c in cues):
        today = next((c.night for c in cues if c.kind == "today"), None)
        if today is None and any(c.kind == "day" for c in cues):
            return published
        if today is not None:
            return today  # (else "At 07:40 on Wednesday": the weekday, below)
    weekday_cue = next((c for c in cues if c.kind in ("weekday_plain", "said_date")), None)
    weekday = weekday_cue.night if weekday_cue is not None else None
    if weekday is None:
        return None
    if any(c.kind in ("night", "clock_night") for c in cues) and not evening_clock_after(weekday_cue, cues):
        # "Earlier on Tuesday, the air force said 20 drones were downed overnight": Monday night
        return weekday - timedelta(days=1)
    # "On Thursday, Russian drones damaged the port of Izmail" (but not "said on Thursday")
    return next((c.night for c in cues if c.kind == "weekday_plain"), None)


def _segment_start(text: str, pos: int) -> int:
    """Where the comma- or semicolon-bounded segment holding ``pos`` starts (a comma
    between digits, "1,200", bounds nothing)."""
    at = pos
    while True:
        left = max(text.rfind(",", 0, at), text.rfind(";", 0, at))
        if left < 0:
            return 0
        if text[left] == "," and 0 < left < len(text) - 1 and text[left - 1].isdigit() and text[left + 1].isdigit():
            at = left
            continue
        return left + 1


class _TimeRules:
    """Rules dating facts and setting aside what is no attack of their own."""

    def _sentence_times(self, s: Sentence, mentions: list[PlaceMention]) -> _SentenceTimes:
        """The time cues of an attack sentence and the parts of it about a past period."""
        cues = find_time_cues(s.text, s.start, self.pub_date, self.lex, sentence=s.index)
        history_spans = self._history_spans(s)
        if history_spans == [(s.start, s.end)]:
            self._history_paragraph = s.paragraph
        elif self._history_paragraph == s.paragraph and not cues and not any(self._is_local(m) for m in mentions):
            # "Over the past day, the army attacked 32 settlements. 2 people were killed and 14
            # injured.": the day's totals go on
            history_spans = [(s.start, s.end)]
        else:
            self._history_paragraph = -1
        dated_history_cues = [
            c for c in cues
            if c.night is not None and c.kind not in ("today", "said_date")
            and any(a <= c.start < b for a, b in history_spans)
        ]
        return _SentenceTimes(cues, history_spans, dated_history_cues)

    def _dated_facts(
        self, s: Sentence, facts: list[Fact], times: _SentenceTimes, mentions: list[PlaceMention],
        before: int, ground_fire: bool,
    ) -> list[Fact]:
        """A sentence's new facts with their nights, less those that are no attack of their
        own (conditions, ground fire, earlier attacks cited without a date). Sets
        ``times.stated_night`` and ``times.sentence_night``."""
        cues, history_spans = times.cues, times.history_spans
        excluded = self._conditional_spans(s) + (self._ground_fire_clauses(s) if ground_fire else [])
        earlier = [
            (a, b, days) for a, b, days in self._days_before_spans(s)
            # "a day after Russian drones hit Zaporizhzhia on Monday afternoon": its own date
            if not any(a <= c.start < b and (c.kind in _OWN_NIGHT_KINDS or c.kind == "weekday_plain") for c in cues)
            # "finished clearing the rubble on Thursday, two days after it was hit": the weekday
            # cue already counted the days back
            and not any(c.kind == "weekday_plain" and 0 <= a - c.end <= 40 for c in cues)
        ]
        if len(earlier) == 1 and earlier[0][:2] == (s.start, s.end):
            # "A day earlier, a drone dropped a charge near a shop in Zelenivka. The shop's windows
            # were blown out.": the paragraph goes on about that day
            self._earlier_paragraph = (s.paragraph, earlier[0][2])
        elif self._earlier_paragraph[0] == s.paragraph and not cues:
            earlier = [(s.start, s.end, self._earlier_paragraph[1])]
        else:
            self._earlier_paragraph = (-1, 0)
        own_nights = self._clause_nights(s, cues)
        stated_night = times.stated_night = _own_night(cues, history_spans, self.pub_date, s)
        sentence_night = times.sentence_night = self._sentence_night(s, cues, stated_night, history_spans)
        overnight = self._overnight(s, cues) and sentence_night is None
        day_summary: bool | None = None  # see _is_day_summary (read once, when a fact needs it)
        kept = []
        for fact in facts:
            fact.overnight = overnight
            if any(a <= fact.start < b for a, b in excluded):
                continue  # "If Russia launches 1,000 drones a night, ...", "shelling killed ...": no air attack
            for a, b, days in earlier:
                if a <= fact.start < b:
                    fact.night_offset = -days  # "a day after a missile strike on Sumy killed 35"
            for a, b, night in own_nights:
                if a <= fact.start < b:
                    fact.night = night  # "Last Friday's strike ...; on Sunday, another ..."
            if fact.night is None and sentence_night is None and all(c.kind == "clock_day" for c in cues):
                updated = self._figure_updated(fact, s, mentions, before)
                if updated is not None:
                    fact.target, fact.night = updated.target, updated.night
            if fact.night is None and sentence_night is not None:
                # "On Sunday afternoon, bombs hit Zaporizhzhia"; "Two days earlier, ..." after it
                fact.night = sentence_night + timedelta(days=fact.night_offset)
            if any(a <= fact.start < b for a, b in history_spans):
                if times.night_override is None:
                    if day_summary is None:
                        day_summary = self._is_day_summary(s)
                    if day_summary and fact.field in _DAY_TALLY_FIELDS and not any(
                        f.field == fact.field and f.target.key == fact.target.key for f in self.facts[:before]
                    ):
                        # "Over the past day, the enemy struck the region with 410 drones" (not
                        # over the night's own tally of the place: the day's overlaps it)
                        kept.append(fact)
                        continue
                    continue  # an earlier attack cited without a date: context, not an event
                # "the record of 6-7 September, when 810 drones ..., and the attack on December
                # 23, when 635 drones ...": each figure takes the date just before it
                fact.night = next(
                    (c.night for c in reversed(times.dated_history_cues) if c.start <= fact.start), times.night_override
                )
            kept.append(fact)
        return kept

    def _is_day_summary(self, s: Sentence) -> bool:
        """Whether every period cue of a sentence is a day's ("over the past day", "in the past
        24 hours"): its weapon figures are that day's tally, its tolls a summary of all fire."""
        cues = list(self.lex.history.finditer(s.text))
        return bool(cues) and all(self.lex.day_summary.match(s.text, cue.start()) for cue in cues)

    def _sentence_night(
        self, s: Sentence, cues: list[TimeCue], stated_night: date | None, history_spans: list[tuple[int, int]]
    ) -> date | None:
        """The night of a sentence's facts that carry none of their own: the night the
        sentence states (``stated_night``), else one its paragraph or the sentence before
        gives. A night found here dates the rest of the paragraph."""
        night = stated_night
        if night is None and self._paragraph_night[1] is not None and _FOLLOWING_NIGHT.search(s.text) is not None:
            # "The following night, the refinery was set ablaze": the night after the last dated one
            night = self._paragraph_night[1] + timedelta(days=1)
        if night is None and not cues and self._carried_night[0] == s.index - 1:
            # "... an attack was foiled today between 09:00 and 14:00.\n\nAir defence destroyed
            # 11 UAVs: ...": the night of the sentence just before, which gave no figure
            night = self._carried_night[1]
        told = self._told_night
        if night is None and told[1] is not None and s.paragraph - told[0] <= 1 and _THAT_NIGHT.search(s.text) is not None:
            # "Overnight into Sunday, Russia launched 86 drones. ¶ One of those locations was Sumy,
            # where a drone struck a building that night": the night told of last
            night = told[1]
        if (
            stated_night is not None and any(c.kind in _NIGHT_CUE_KINDS for c in cues) and not history_spans
            and (self.pub_date is None or (self.pub_date - stated_night).days <= 3)
        ):  # (not an earlier attack's: "after Kyiv said its drones hit Engels in the early hours of Jan. 8")
            self._told_night = (s.paragraph, stated_night)
        if night is not None:
            self._paragraph_night = (s.paragraph, night)
        elif not cues and self._paragraph_night[0] == s.paragraph:
            night = self._paragraph_night[1]  # "... this morning, drones struck X. One was injured."
        return night

    def _overnight(self, s: Sentence, cues: list[TimeCue]) -> bool:
        """Whether ``s`` is of the night before its report's day: "Overnight, 11 drones were
        sent towards Shostka" in a report of a day's attacks, and the cue-less sentences after
        it in its paragraph."""
        if any(c.kind in ("night", "clock_night") for c in cues):
            self._overnight_paragraph = s.paragraph
        elif cues or self._overnight_paragraph != s.paragraph:
            self._overnight_paragraph = -1
        return self._overnight_paragraph == s.paragraph

    def _figure_updated(self, fact: Fact, s: Sentence, mentions: list[PlaceMention], before: int) -> Fact | None:
        """The earlier casualty figure a live entry's toll update with no place of its own
        updates ("16:05 The toll from the port strike has risen to four dead"), whose place and
        night it takes; ``before`` is where ``s``'s facts start. Not when the sentence gives its
        scope ("in the region") or the figure it updates ("Three were injured at first; by
        evening the number had risen to four")."""
        text = s.text
        if (
            fact.field not in ("killed", "wounded") or not _updates_a_figure(text, fact.start - s.start)
            or _WHOLE_OF_TOPIC.search(text) or any(f is not fact and f.field == fact.field for f in self.facts[before:])
        ):
            return None
        updated = next((f for f in reversed(self.facts[:before]) if f.field == fact.field), None)
        if updated is None or any(
            self._is_local(m) and not (
                # "the mayor of Kyiv clarified that the number of injured rose to seven" after
                # a Kyiv district's figure: the official's city, not the toll's place
                m.org and m.place is not None and updated.target.place is not None
                and lies_in(updated.target.place, m.place)
            )
            for m in mentions
        ):
            return None
        return updated

    def _after_ground_fire(self, s: Sentence, mentions: list[PlaceMention]) -> bool:
        """Whether the sentence just before ``s`` was about ground fire and ``s`` (which names
        ``mentions``) continues it: in its paragraph, or "came under fire" in the next."""
        return self._ground_fire_sentence == s.index - 1 and s.index > 0 and (
            self.sentences[s.index - 1].paragraph == s.paragraph or _UNDER_FIRE.search(s.text) is not None
            # the next post or quote after the shelling one, naming no place (a source aside):
            # "No one was injured.", "Three were taken to hospital, according to the regional administration."
            or (all(m.org for m in mentions) and self.sentences[s.index - 1].paragraph == s.paragraph - 1)
        )

    def _conditional_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """Report offsets of conditional and hypothetical clauses ("if ...", "unless ...",
        "Russia could soon send ..."), up to the end of their clause."""
        spans = []
        for pattern in (_CONDITIONAL, _MODAL_ATTACK):
            for match in pattern.finditer(s.text):
                start = s.start + match.start()
                spans.append((start, self._clause_of(self._clauses(s), start)[1]))
        return spans

    def _clause_nights(self, s: Sentence, cues: list[TimeCue]) -> list[tuple[int, int, date]]:
        """(start, end, night) of the clauses that date themselves, when a sentence dates
        attacks on different days in different clauses ("Last Friday's strike on Dnipro
        killed 12; on Sunday, another drone attack injured four")."""
        dated: dict[tuple[int, int], date] = {}
        clauses = self._clauses(s)
        for cue in cues:
            night = cue.night
            if night is None and cue.kind == "night" and self.pub_date is not None and any(
                c.kind in WEEKDAY_PART_KINDS for c in cues
            ):
                # "Drones hit Kazan on Saturday morning, while Russia struck Ukraine overnight
                # with 100 drones": the night before the report's day
                night = self.pub_date - timedelta(days=1)
            elif night is None or not cue.kind.startswith(("weekday", "date", "night_of")):
                continue
            clause = self._clause_of(clauses, cue.start)
            dated.setdefault(clause, night)
        if len(set(dated.values())) < 2:
            return []
        return [(a, b, night) for (a, b), night in dated.items()]

    def _days_before_spans(self, s: Sentence) -> list[tuple[int, int, int]]:
        """(start, end, days) of clauses about an attack some days before this one: "the
        attack comes a day after a missile strike on Sumy killed 35 people"."""
        spans = []
        opening = _EARLIER_OPENING.match(s.text)
        if opening is not None and not _THE_LOWER_CASE.match(s.text, opening.end()):
            # "Two days earlier, Russian drones killed a man in ...": the whole sentence.
            return [(s.start, s.end, self._days_in(opening))]
        for match in _DAYS_AFTER.finditer(s.text):
            if len(s.text[: match.start()].split()) < 3:
                continue  # "Two days after a strike on Dnipro, ...": the figures around it are mixed
            start = s.start + match.end()
            spans.append((start, self._clause_of(self._clauses(s), start)[1], self._days_in(match)))
        return spans

    def _days_in(self, match: re.Match[str]) -> int:
        """The days a "two days after/earlier", "a week before" phrase counts ("the day
        before": one)."""
        if match.group("n") is None:
            return 1
        days = self.lex.parse_number(match.group("n")) or 0
        return days * 7 if match.group("unit").startswith("week") else days

    def _ground_fire_clauses(self, s: Sentence) -> list[tuple[int, int]]:
        """Clauses about ground fire with no aerial weapon in them ("Russian shelling killed a
        man in Nikopol, while a drone attack on Marhanets injured two")."""
        lex = self.lex
        parts: list[tuple[int, int]] = []
        for a, b in self._clauses(s):
            # ", and" joins two predicates of one subject: "shelled Kherson, injuring two
            # people, and dropped explosives from a drone on a car, injuring the driver".
            cut = a
            for joint in _COMMA_AND.finditer(s.text, a - s.start, b - s.start):
                parts.append((cut, s.start + joint.start()))
                cut = s.start + joint.start()
            parts.append((cut, b))
        return [
            (a, b) for a, b in parts
            if lex.ground_fire.search(s.text, a - s.start, b - s.start)
            and not lex.aerial.search(s.text, a - s.start, b - s.start)
        ]

    def _history_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """Report offsets of the parts of a sentence about earlier attacks.

        A history cue opening the sentence ("Previously, ...", "Last year ...") covers the
        whole sentence; elsewhere it covers the rest of the sentence from the start of its
        comma-bounded segment ("..., which has been key in recent months").
        """
        spans = []
        text = s.text
        for match in self.lex.history.finditer(text):
            if _NTH_TIME_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "came under attack for the third time this year": this attack, counted
            if len(text[: match.start()].split()) <= 2:
                return [(s.start, s.end)]
            left = _segment_start(text, match.start())
            # A list's items share its period: "launched 1,200 drones, 1,100 glide bombs
            # and 50 missiles over the past week".
            while left > 0 and text[left - 1] == "," and self.rules.list_item.match(text, left):
                left = _segment_start(text, left - 1)
            # ... and so do places listed as the subject: "Kharkiv, Zaporizhzhia and Odesa
            # were also hit repeatedly"
            while left > 0 and text[left - 1] == "," and _NAME_ITEM.fullmatch(text, _segment_start(text, left - 1), left - 1):
                left = _segment_start(text, left - 1)
            spans.append((s.start + left, s.end))
        return spans

    def _night(self) -> tuple[date | None, int | None]:
        return resolve_night(self.cues, self.pub_date, self.pub_time)
