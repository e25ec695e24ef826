"""One report read sentence by sentence: the extraction state and its main loop."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from geoevents.extract.assembly import _AssemblyRules
from geoevents.extract.attacker import _AttackerRules
from geoevents.extract.casualties import _CasualtyRules
from geoevents.extract.damage import _DamageRules
from geoevents.extract.facts import Fact, Target
from geoevents.extract.patterns import _OWN_NIGHT_KINDS
from geoevents.extract.rules import _rules
from geoevents.extract.targets import _TargetRules
from geoevents.extract.timing import _TimeRules
from geoevents.extract.weapons import _WeaponRules
from geoevents.gazetteer import Gazetteer
from geoevents.lexicon import Lexicon, folded, load_lexicon
from geoevents.models import Event, Report
from geoevents.nights import TimeCue, dateline_date, find_time_cues, local_publication
from geoevents.places import PlaceMention, find_place_mentions
from geoevents.reports import report_from_text
from geoevents.text import Sentence, split_sentences

# ";", " – ", ", while ", " while ", ". ": written to start with one character class so
# the regex engine can skip other characters quickly.
_CLAUSE_BREAK = re.compile(
    r"[;,.\s](?:(?<=;)|(?<=\s)(?:[–—]\s|while\s)|(?<=,)\s+(?:while|whereas|but|as(?! well)"
    r"|(?:hours|minutes|days|a day|shortly|a week|weeks)\s+(?:after|before))\s|(?<=\.)\s)"  # ", hours after drones set ..."
)

# A sentence measuring an attack against an earlier one ("below the record of ...").
_COMPARED = re.compile(r"\b(?:record|previous|than|below|above|surpass\w*|exceed\w*|compared)\b", re.I)

# A correction notice opening a paragraph (see _ReportExtraction._is_correction_notice).
_NOTICE_OPENING = re.compile(r"\W*(?:correction|update|clarification|editor['’]s note)\b[^:\n]{0,30}:", re.I)
_CORRECTED = re.compile(r"\b(?:earlier|previous) version\b|\b(?:was|has been|have been) corrected\b|\bincorrectly\b|\bmistakenly\b", re.I)
# A web page's line linking another story ("Read also: Air defence downs 41 of 50 drones") or
# captioning a picture ("Photo: A volunteer clears glass from a damaged shop in Antonivka").
_LINK_LINE = re.compile(
    r"(?:(?:read|see)\s+(?:also|more)|also\s+read|related(?:\s+news)?|(?:photo|picture|image)(?:\s+credit)?)\s*:", re.I
)

# A sentence giving figures from before an update, after it: "Initially, officials reported
# three killed and 14 injured." (not "... initially reported two dead. By evening the toll
# had risen to three": the update after it goes on from it)
_SUPERSEDED = re.compile(
    r"(?:^\W*(?:Initially|At first|Originally),?\s|\bhad\s+(?:initially\s+|earlier\s+|previously\s+|first\s+)?(?:reported|said|put)\b"
    r"|\b(?:toll|figure|number|count)\s+had\s+(?:stood|been)\s+at\b)"  # "On Sunday, the toll had stood at six dead"
    # (not when the sentence goes on to the new figure: "had reported two dead, a number that
    # has since risen to five"; but "..., but the figures climbed through the evening" gives none)
    r"(?!.*\b(?:rose|risen|climbed|increased)\s+(?:to|by)\b)"
)

# "07:45. The death toll ...", "07:45 - ...": a live blog entry's time.
_ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[.:–—-]|\s(?=[A-Z0-9])|$)")  # (or alone on its line)

# An opening about rebuilding after an attack: "high-rise rebuilt after Russian bomb strike",
# "the building, which was heavily damaged by a Russian guided bomb, was restored".
_REBUILT_AFTER = re.compile(
    r"\b(?:rebuilt|restored|reconstructed|repaired|reopen(?:ed|s|ing))\b[^.\n]{0,40}?\b(?:after|following)\b"
    r"|\bdamaged\s+by\s+[^,;.]{1,60},\s+(?:was|were|has\s+been|have\s+been)\s+(?:restored|repaired|rebuilt|reconstructed)\b",
    re.I,
)

# A claim the report calls false: "a video circulating as \"missile strike on Odesa port, 200
# dead\". It's fake"; "the \"200 dead\" caption".
_FALSE_CLAIM = folded(
    r"\b(?:fake|false(?:ly)?|debunk\w*|hoax|doctored|misleading|circulat\w+|viral|caption\w*)\b",
    needles=("fake", "false", "debunk", "hoax", "doctored", "misleading", "circulat", "viral", "caption"),
)
_QUOTED = re.compile(r"\"[^\"\n]{1,300}\"|“[^”\n]{1,300}”|«[^»\n]{1,300}»")

_UNSET = object()  # a memo not computed yet
_DIGIT = re.compile(r"\d")

# "during the drills, crews brought down 40 target drones"; "according to the scenario, two
# 'conditional' drones struck a warehouse"
_EXERCISE = folded(
    r"\b(?:drills|exercises?|target drones|(?:the|its|a)\s+scenario|simulat(?:ed|ing|ion))\b",
    needles=("drills", "exercise", "target drones", "scenario", "simulat"),
)


def extract_events(
    report: Report | str,
    *,
    gazetteer: Gazetteer | None = None,
    lexicon: Lexicon | None = None,
) -> list[Event]:
    """Events stated in one report (pure; places resolved, no coordinates yet).

    Parameters
    ----------
    report
        A :class:`Report`, or plain text (then ``source_id`` is ``"text"`` and there is
        no publication date).
    gazetteer
        Where place names are looked up (default: :meth:`Gazetteer.bundled`).
    lexicon
        The compiled lexicon (default: the bundled ``data/lexicon.toml``).

    Examples
    --------
    >>> from geoevents import extract_events, report_from_text
    >>> text = "Russia launched 40 drones at Ukraine overnight. In Kharkiv, two people were injured."
    >>> events = extract_events(report_from_text(text, published="2025-05-02T08:00:00+03:00"))
    >>> [(e.place, e.role, e.drones_launched, e.wounded, e.night) for e in events]
    [('Ukraine', 'rollup', 40, None, '2025-05-01'), ('Kharkiv', 'incident', None, 2, '2025-05-01')]
    """
    if isinstance(report, str):
        report = report_from_text(report)
    gaz = gazetteer if gazetteer is not None else Gazetteer.bundled()
    lex = lexicon if lexicon is not None else load_lexicon()
    return _ReportExtraction(report, gaz, lex).run()


_HEADING_REST = re.compile(  # (a quoted post's first heading opens with its quotation mark; a channel's with an emoji)
    r"[^\w]*(?:(?:urban\s+|municipal\s+|rural\s+)?(?:hromadas?|communit(?:y|ies)|region|oblast|district|okrug))?[\s.:;,—–-]*"
)


def _without_line_heading(mentions: list[PlaceMention], s: Sentence, text: str) -> list[PlaceMention]:
    """``mentions`` less a line's opening unit heading when the line names the finer place
    its facts are about: "Kharkiv raion: overnight, drones struck the town of Merefa" is
    about Merefa, not the raion (whose towns the gazetteer cannot nest in it). So is a raion
    opening a sentence: "In Synelnykove district, the enemy struck Mezhova hromada"."""
    if len(mentions) < 2:
        return mentions
    first = mentions[0]
    if (
        _IN_UNIT_OPENING.fullmatch(s.text, 0, first.start - s.start) and _UNIT_COMMA.match(s.text, first.end - s.start)
        and first.place is not None and not first.place.city  # (a raion, not a city's district)
    ):
        pass  # "In Synelnykove district, the enemy struck Mezhova hromada with a guided bomb"
    elif (s.start > 0 and text[s.start - 1] != "\n") or first.start != s.start or _UNIT_HEADING.match(s.text, first.end - s.start) is None:
        return mentions
    if first.place is None or first.place.place_level != "district":
        return mentions
    rest = [
        m for m in mentions[1:]
        if m.place is not None and m.place.admin1 == first.place.admin1
        and m.place.place_level in ("city", "village", "neighbourhood")
    ]
    return mentions[1:] if rest else mentions


# After a district's name opening a line: " raion:", " district —", " hromada:".
_UNIT_HEADING = re.compile(r"(?:\s+(?:raion|district|hromada|community))?\s*[:—–]\s")
# A sentence opening with a raion: "In Synelnykove district, ...".
_IN_UNIT_OPENING = re.compile(r"\W*In\s+(?:the\s+)?")
_UNIT_COMMA = re.compile(r"(?:\s+(?:raion|district))?\s*,\s")


def _is_place_heading(text: str, mentions: list[PlaceMention], offset: int) -> bool:
    """Whether a sentence is only a place's name ("Shostka hromada.", "Kharkiv region:")."""
    if len(mentions) != 1 or len(text) > 60:
        return False
    mention = mentions[0]
    return (
        _HEADING_REST.fullmatch(text, 0, mention.start - offset) is not None
        and _HEADING_REST.fullmatch(text, mention.end - offset) is not None
    )


class _ReportExtraction(
    _TimeRules, _TargetRules, _WeaponRules, _CasualtyRules, _DamageRules, _AttackerRules, _AssemblyRules
):
    """The extraction of one report: its sentences, places, time cues and facts so far."""

    def __init__(self, report: Report, gaz: Gazetteer, lex: Lexicon) -> None:
        self.report = report
        self.text = report.text
        self.gaz = gaz
        self.lex = lex
        self.sentences = split_sentences(self.text)
        self.mentions = find_place_mentions(self.text, gaz)
        self._mention_starts = [m.start for m in self.mentions]
        self.pub_date, self.pub_time = local_publication(report.published)
        if self.pub_date is None:
            self.pub_date = dateline_date(self.text)
        self.facts: list[Fact] = []
        self.cues: list[TimeCue] = []
        # The paragraph whose sentence dated its own attack, and that night: the sentences
        # after it with no time cue of their own share it.
        self._paragraph_night: tuple[int, date | None] = (-1, None)
        self._told_night: tuple[int, date | None] = (-1, None)  # the last night a sentence told of, by its paragraph
        self._ground_fire_sentence = -1  # the last sentence skipped as ground fire
        self._overnight_paragraph = -1  # the paragraph whose sentences so far are of the night
        self._history_paragraph = -1  # the paragraph whose sentences so far are about a past period
        self._earlier_paragraph = (-1, 0)  # the paragraph told of "two days earlier", and those days
        self._carried_night: tuple[int, date | None] = (-1, None)  # a dated sentence that gave no figure
        self._heading: tuple[int, Target | None] = (-1, None)  # the paragraph a place heading ("Lugansk.") opened
        self._opening_town: tuple[int, list[PlaceMention]] = (-1, [])  # a quiet opening sentence naming a town
        self.topic: Target | None = None
        self.group_counter = 0
        self.enemy_sentences: list[int] = []
        self._clause_cache: dict[int, list[tuple[int, int]]] = {}
        self._sentence_side: dict[int, str | None] = {}
        self._only_ukraine_attacking: bool | None = None  # see _names_only_ukraine_attacking
        self._sentence_weapons: dict[int, tuple[bool, bool]] = {}
        self._report_sides: tuple[bool, bool] | None = None
        self._tally_country: dict[tuple[int, bool, bool], str | None] = {}
        self._role_cache: dict[int, dict[str, list[tuple[int, int]]]] = {}
        self._list_groups: dict[int, int] = {}  # introduction sentence -> group of its bulleted items
        self._dominant_memo: tuple[int, str | None] | None = None
        # Facts per country of the facts[:_counted_facts] (in order of first appearance).
        self._country_counts: dict[str, int] = {}
        self._counted_facts = 0
        self._national_tally = False  # a fact of the finished sentences is about a whole country
        self._mention_country_counts: dict[str, int] | None = None
        # Mentions read as another place than their own name says ("six over Kursk" in a
        # list of regions: Kursk Oblast), by id(mention).
        self._read_as: dict[int, Target] = {}
        # (sentence index, paragraph, weapon class) of the last sentence with weapon figures;
        # the class is None when they were of both classes.
        self._last_weapon: tuple[int, int, str | None] | None = None
        self._opening_place: Target | None | object = _UNSET  # see _report_place
        self._rebuilding: bool | None = None  # see _tells_of_rebuilding
        rules = self.rules = _rules(lex)
        self.count_re = rules.count
        self.number_re = rules.number
        self.ellipsis_re = rules.ellipsis
        self.of_which_re = rules.of_which
        self.cas_right_re = rules.cas_right
        self.weapon_any_re = rules.weapon_any
        self.range_before_re = rules.range_before

    def run(self) -> list[Event]:
        skip_first = self._headline_sentence()
        paragraph = -1
        skipped_paragraph = False
        for sentence in self.sentences:
            if sentence.paragraph != paragraph:
                paragraph = sentence.paragraph
                skipped_paragraph = _LINK_LINE.match(sentence.text) is not None or self._is_correction_notice(sentence)
                if _ENTRY_TIME.match(sentence.text):
                    # A live blog's timestamped entry stands alone: its topic is the blog's
                    # place, not the district of the entry before.
                    self.topic = self._report_place()
            if sentence.index == skip_first or skipped_paragraph:
                continue  # (a page's "Read also: <another story's headline>" line, a correction notice)
            self._read_sentence(sentence)
        night, precision = self._night()
        return self._assemble(night, precision)

    def _is_correction_notice(self, first: Sentence) -> bool:
        """Whether the paragraph ``first`` opens is a correction notice ("Correction, 16 July:
        An earlier version of this story said ... 21 people were injured. ..."): what it
        withdraws and restates is the story's, told again below it."""
        if not _NOTICE_OPENING.match(first.text):
            return False
        line_end = self.text.find("\n", first.start)
        return _CORRECTED.search(self.text, first.start, line_end if line_end >= 0 else len(self.text)) is not None

    def _tells_of_rebuilding(self) -> bool:
        """Whether the report's opening (headline and first paragraph) is about rebuilding
        after an attack ("... high-rise rebuilt after Russian bomb strike"); read once."""
        if self._rebuilding is None:
            end = max((s.end for s in self.sentences if s.paragraph <= 1), default=0)
            self._rebuilding = _REBUILT_AFTER.search(self.text, 0, end) is not None
        return self._rebuilding

    def _report_place(self) -> Target | None:
        """The first local place of the report's opening (headline and first paragraph)."""
        if self._opening_place is _UNSET:
            end = max((s.end for s in self.sentences if s.paragraph <= 1), default=0)
            self._opening_place = next(
                (self._target_of(m) for m in self.mentions if m.start < end and self._is_local(m) and not m.in_list),
                None,
            )
        return self._opening_place

    def _headline_sentence(self) -> int | None:
        if not self.sentences:
            return None
        first = self.sentences[0]
        later = [s for s in self.sentences if s.paragraph != first.paragraph]
        if not later:
            return None
        title = (self.report.title or "").strip().lower()
        if title and first.text.strip().lower().startswith(title[:60]):
            return first.index
        if first.text.rstrip()[-1:] not in ".!?\"”'" and len(first.text) < 200 and first.paragraph == 0:
            same_paragraph = [s for s in self.sentences if s.paragraph == first.paragraph]
            if len(same_paragraph) == 1:
                return first.index
        return None

    def _mentions_in(self, start: int, end: int) -> list[PlaceMention]:
        i = bisect_right(self._mention_starts, start - 1)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def _read_sentence(self, s: Sentence) -> None:
        lex = self.lex
        text = s.text
        mentions = _without_line_heading(self._mentions_in(s.start, s.end), s, self.text)
        lowered = text.lower()
        if not lex.is_attack_sentence(lowered):
            self._read_quiet_sentence(s, lowered, mentions)
            return
        if self.topic is None and self._opening_town[0] == s.index - 1:
            # "For most of the war, Ternopil felt like a place people fled to. That changed
            # when two missiles slammed into apartment blocks on the city's edge": a feature's
            # opening, before any attack is told, names the town the attack right after hit
            self._update_topic(self._opening_town[1], self.sentences[s.index - 1].text)
        times = self._sentence_times(s, mentions)
        if self._tells_of_rebuilding() and (not times.cues or _REBUILT_AFTER.search(text)):
            # "Residents return to a high-rise rebuilt after a Russian bomb strike. ... The strike
            # destroyed two entrances": the damage of an earlier attack it gives no date for (and
            # "on Tuesday, after the building ... was restored" dates the rebuilding)
            self._update_topic(mentions, text)
            return
        if (lex.not_event.search(text) and not _DIGIT.search(text)) or _EXERCISE.search(text):
            self._update_topic(mentions, text)
            return  # diplomacy, denials; "during the drills, crews brought down 40 target drones"
        ground_fire = lex.ground_fire.search(text) is not None
        if (ground_fire or self._after_ground_fire(s, mentions)) and not lex.aerial.search(text):
            # artillery and other ground fire, and what the next sentence says of it ("...
            # where a tank round hit a tram depot. Two people were wounded there."): not an
            # aerial attack
            self._ground_fire_sentence = s.index
            return
        self.cues.extend(times.current_cues())
        if lex.enemy.search(text):
            self.enemy_sentences.append(s.index)
        before = len(self.facts)
        self._find_facts(s, lowered, mentions)
        if len(self.facts) > before and _FALSE_CLAIM.search(text):
            self._drop_quoted_claims(s, before)
        kept = self._dated_facts(s, self.facts[before:], times, mentions, before, ground_fire)
        superseded = False
        if _SUPERSEDED.search(text):
            # "Initially, officials reported three killed and 14 injured": figures the report
            # has already updated
            stated = {f.field for f in self.facts[:before]}
            updated = [f for f in kept if f.field not in ("killed", "wounded") or f.field not in stated]
            superseded = len(updated) < len(kept)
            kept = updated
        self.facts[before:] = kept
        # (an old figure's day is not the next sentence's: "On Sunday, the toll had stood at six.")
        carries = times.stated_night is not None and not kept and not superseded
        self._carried_night = (s.index, times.stated_night) if carries else (-1, None)
        if (
            times.sentence_night is None and times.night_override is not None
            and any(a <= fact.start < b for fact in kept for a, b in times.history_spans)
            and not _COMPARED.search(text)
        ):
            # "The largest attack of the war so far came on the night of 9 July, when ...
            # The main target was Lutsk": the dated attack goes on in its paragraph
            self._paragraph_night = (s.paragraph, times.dated_history_cues[-1].night)
        self._finish_sentence_facts()
        if not lex.campaign.search(text):  # ("Moscow has been using glide bombs against Kharkiv": still Kharkiv's report)
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in times.history_spans)]
        self._update_topic(mentions, text)

    def _drop_quoted_claims(self, s: Sentence, before: int) -> None:
        """Drop the facts of quoted words in a sentence about a false claim (a viral video's
        caption "missile strike on Odesa port, 200 dead"): the claim, not the report's."""
        quoted = [(s.start + m.start(), s.start + m.end()) for m in _QUOTED.finditer(s.text)]
        if quoted:
            self.facts[before:] = [f for f in self.facts[before:] if not any(a <= f.start < b for a, b in quoted)]

    def _read_quiet_sentence(self, s: Sentence, lowered: str, mentions: list[PlaceMention]) -> None:
        """A sentence with no attack word: it may still mark ground fire, date its paragraph
        or head a paragraph with a place."""
        lex = self.lex
        text = s.text
        if lex.ground_fire.search(text) is not None and not lex.aerial.search(text):
            self._ground_fire_sentence = s.index  # "The occupiers shelled Kupiansk with artillery."
        elif "day" in lowered or "night of" in lowered:  # (a weekday's part, "the night of ...")
            # "The heaviest blow of the week came in the early hours of Friday. The Air
            # Force counted 596 drones ...": the date goes on in its paragraph
            # (not a bare date: "Kyiv, 2 June 2025." heads a statement)
            cues = [
                c for c in find_time_cues(text, s.start, self.pub_date, lex, sentence=s.index)
                if c.kind in _OWN_NIGHT_KINDS and c.kind != "date" and c.night is not None
            ]
            if cues:
                self._paragraph_night = (s.paragraph, cues[0].night)
        if mentions and _is_place_heading(text, mentions, s.start):
            self._update_topic(mentions, text)  # "Shostka hromada." opening a paragraph about it
            self._heading = (s.paragraph, self.topic)
        elif self.topic is None and not self.facts and s.paragraph <= 2 and any(
            m.place is not None and m.place.place_level in ("city", "village") for m in mentions
        ):
            self._opening_town = (s.index, mentions)  # see _read_sentence

    def _find_facts(self, s: Sentence, lowered: str, mentions: list[PlaceMention]) -> None:
        """Run the fact rules a sentence's words allow; their facts go to ``self.facts``."""
        lex = self.lex
        consumed: list[tuple[int, int]] = []
        if (
            lex.may_count_weapons(lowered) or self._carried_weapon(s) is not None
            or (("hits" in lowered or "strikes" in lowered or " of them" in lowered) and self._weapon_named_just_before(s) is not None)
            or self.rules.strike_count.search(s.text) is not None
        ):
            self._weapon_counts(s, mentions, consumed)
        if lex.may_state_casualties(lowered):
            self._casualties(s, mentions, consumed)
            self._zero_casualties(s, mentions)
        if "intercepted" in lowered or "shot down" in lowered or "downed" in lowered:
            self._none_downed(s, mentions)  # (its pattern skips a text without "neither", "none" or " not ")
        if lex.may_state_damage(lowered):
            self._damage(s, mentions)
        self._hits_and_lists(s, mentions)

    def _clauses(self, s: Sentence) -> list[tuple[int, int]]:
        cached = self._clause_cache.get(s.index)
        if cached is not None:
            return cached
        bounds = [0]
        for match in _CLAUSE_BREAK.finditer(s.text):
            bounds.append(match.start())
        bounds.append(len(s.text))
        clauses = [(s.start + a, s.start + b) for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
        self._clause_cache[s.index] = clauses
        return clauses

    def _clause_of(self, clauses: list[tuple[int, int]], pos: int) -> tuple[int, int]:
        for a, b in clauses:
            if a <= pos < b:
                return a, b
        return clauses[-1]
