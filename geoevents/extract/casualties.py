"""Casualties: killed and wounded figures, singular persons, "no casualties"."""

from __future__ import annotations

import re

from geoevents.extract.facts import Fact, Target
from geoevents.extract.patterns import _ROSE_ADVERB, _WEAPON_FIELD_NAMES
from geoevents.lexicon import folded
from geoevents.places import PlaceMention
from geoevents.text import Sentence

# "She was hospitalised", "He received shrapnel wounds": a person named just before.
_PRONOUN_CASUALTY = folded(
    r"(?:she|he)\s+(?:(?:was|has|had|been|got|also|later|then)\s+){0,3}(?P<kw>injured|wounded|hurt|hospitali[sz]ed|died"
    r"|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}?(?:injur(?:y|ies)|wounds?|trauma)"
    r"|taken\s+to\s+(?:a\s+|the\s+)?hospital)\b"
)
_AGED = folded(
    r"\baged\s+\d+(?:\s*(?:and|,|to|-)\s*\d+)*"
    # "a man of 45": the age after the person, not a count
    r"|(?:(?<=man)|(?<=men)|(?<=boy)|(?<=girl)|(?<=pensioner)|(?<=resident)|(?<=driver))\s+of\s+\d{1,3}\b(?!\s*%)"
    r"|\b\d{1,3}\s+years?\s+old\b",  # "a man 38 years old was wounded"
    needles=("aged", "man of", "men of", "boy of", "girl of", "pensioner of", "resident of", "driver of", "years old", "year old"),
)

_TOLL = folded(
    r"(?:(?:bringing|brought|raising|raised|taking|took|pushing|pushed|updated|revised)\s+the\s+(?P<what2>death toll|toll"
    r"|number of (?:(?:people|persons|those)\s+)?(?:dead|killed|injured|wounded|hurt)|figure|number)"
    r"(?:\s+(?:in|from|of|by|after|during)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?)?\s+to\s*$)"  # ("... killed in that attack to two")
    r"|(?P<what>death toll|toll|number of (?:the )?(?:(?:people|persons|those)\s+)?(?:dead|killed|deaths|victims|injured|wounded|casualties)"
    # "the number of people who had sought medical help rose to 34"
    r"|number of (?:people|persons|those|residents)\s+who\s+(?:had\s+|have\s+)?(?:sought|asked\s+for|needed|received)\s+medical\s+(?:help|assistance|aid|attention))"
    # "the number of people killed as a result of the attack on Kyiv on the night of June 17 has risen to"
    r"(?:\s+(?:in|from|of|by|after|during|following|as\s+a\s+result\s+of|caused\s+by)\s+(?:the\s+|a\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,20}?)?(?:\s+there)?"
    r"\s+(?:has\s+|had\s+)?(?:since\s+)?(?:rose|risen|climbed|increased|grown|grew|reached|jumped|stands|stood|is|was)"
    rf"\s+{_ROSE_ADVERB}(?:to|at)?\s*$"
    # "the death toll had risen to five and the number of injured to 32": the verb left out
    r"|\band\s+the\s+(?P<what3>number of (?:the )?(?:(?:people|persons|those)\s+)?(?:dead|killed|injured|wounded))\s+to\s*$"
    # "initially reported seven wounded, but later said the number had risen to 12": the figure's field before it
    r"|\b(?:the|that|this)\s+(?P<what4>number|figure)\s+(?:has\s+|had\s+)?(?:since\s+)?(?:risen|rose|climbed|increased|grown|grew|jumped)"
    rf"\s+{_ROSE_ADVERB}to\s*$",
    needles=("toll", "number", "the figure"),
)
_BODY = folded(
    r"\bbod(?P<plural>ies|y)\s+of\s+(?:(?P<det>an?|the|one)\b|(?P<num>\d+|\w+)\s+)",
    needles=("bod",),
)

_OFFICIALS = folded(
    r"\b(Russian|Ukrainian|Russia's|Ukraine's) (?:officials|authorities|defen[cs]e ministry|ministry|MoD|military)\b",
    needles=("russia", "ukrain"),
)

_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:born|in|since|of|from|until|year)\s+$", re.I)

_ANOTHER_SUBJECT = folded(
    r"\b(?P<another>another)(?:\s+(?:person|man|woman|child|civilian|resident|one))?\s+"
    r"(?:(?:was|has been|had been|is|also|later)\s+){0,2}(?P<kw>killed|died|injured|wounded|hurt|hospitali[sz]ed)\b",
    needles=("another",),
)
_ANOTHER_OBJECT = folded(
    r"\b(?P<kw>killing|killed|injuring|injured|wounding|wounded)\s+(?P<another>another)\b(?!\s+(?:\d|[a-z]+\s+(?:people|persons)))",
    needles=("another",),
)

_THERE_WORD = re.compile(r"\b(?:there|(?:this|that)\s+(?:district|city|town|village|area|building))\b")
_SUBSET_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|those)\s+(?P<who>wounded|injured|hurt|dead|killed)\b", re.I)
_IN_A_PLACE = re.compile(r"\s+(?:people\s+|of them\s+)?(?:in|on|at)\s+(?:the\s+)?[A-Z]")

_ACROSS_THE_COUNTRY = re.compile(r"\b(?:across|throughout|all\s+over)\s+the\s+country\b|\bnationwide\b", re.I)

_ALSO_OPENING = re.compile(r"(?:Also|In addition|Another),?\s")

_NEGATED_COUNT = folded(
    r"\b(?:no|not|none of the|not a single)\s*$",
    needles=("no",),
)
_ONE_PERSON = folded(r"\s+(?:person|people|man|woman|child|civilian|resident|more|other|dead|died|was|in)\b")
_KILLING_BEFORE = folded(
    r"(?:killing|killed|injuring|injured|wounding|wounded)\s+$",
    needles=("kill", "injur", "wound"),
)

_ZERO_EXTRA = folded(
    r"\bno (?:(?:serious|major|significant|critical) )?(?:hits|damage|destruction)(?: to [\w ]{1,40})? or (?:casualties|victims)\b",
    needles=("no ",),
)

# A toll as it now stands: "The toll now stands at one dead and seven injured", "As of now, we
# have one dead and three wounded".
_CURRENT_TOLL = folded(
    r"\b(?:toll|figure|number|tally|count)\s+(?:now\s+)?stands\s+at\b|\bas\s+of\s+now\b", needles=("stands at", "as of now")
)


# A figure referring back to one stated before: "The five wounded ...".
_THE_FIGURE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _casualty_field(keyword: str) -> str:
    """"killed" for a death word ("killing", "died", "dead", "lost his life"), else "wounded"."""
    return "killed" if keyword.lower().startswith(("kill", "die", "dead", "perish", "lost")) else "wounded"


# After a figure, what makes it an addition to the figures before: "two more people were
# injured", "three additional residents sought help".
_MORE_AFTER = re.compile(r"\s+(?:more|additional|further)\b(?!\s+than\b)", re.I)
_RISE = re.compile(r"\b(?:ris(?:en|es|ing)|rose|climb\w*|grew|grown|increas\w*|reach\w*|toll|in total|total of)\b", re.I)

class _CasualtyRules:
    """Rules reading casualty figures."""

    def _casualties(self, s: Sentence, mentions: list[PlaceMention], consumed: list[tuple[int, int]]) -> None:
        lex = self.lex
        text = s.text
        masked = _AGED.sub(lambda m: " " * len(m.group(0)), text)
        found: list[tuple[str, int, int, int]] = []  # field, value, start, end (report offsets)

        def taken(a: int, b: int) -> bool:
            return any(not (b <= x or a >= y) for x, y in consumed) or any(
                not (b <= x or a >= y) for _, _, x, y in found
            )

        added: dict[int, int] = {}  # fact start -> group of figures to add up ("three ... and another")
        more: set[int] = set()  # fact starts of figures added to those before ("two more were injured")
        toll_places: dict[int, PlaceMention] = {}  # fact start -> the place its toll phrase names
        for match in self.number_re.finditer(masked):
            a, b = match.start("num"), match.end("num")
            if taken(s.start + a, s.start + b):
                continue
            after = masked[b:]
            if lex.not_count_after.match(after):
                continue
            subset = _SUBSET_OF_THE_HURT.match(after)
            if subset is not None and not (
                _THERE_WORD.search(after, 0, 80) or any(m.start >= s.start + b for m in self._local(mentions))
            ):
                # "Eight of the wounded remain in hospital": part of a figure given before (but
                # "Six of the injured were hurt in that building in Solomianskyi district": its own)
                continue
            part_of_place = None
            if subset is not None:
                # "One of the dead was a woman in the Holosiivskyi district": its place's figure
                part_of_place = "killed" if subset.group("who").lower() in ("dead", "killed") else "wounded"
            if found and lex.breakdown_before.search(masked[max(0, a - 30) : match.start()]):
                if not _IN_A_PLACE.match(after):
                    continue  # "14 injured, including three children": part of the 14
                part_of_place = found[-1][0]  # "killed 14 across Ukraine, including seven in Kyiv": Kyiv's own
            value = lex.parse_number(match.group("num"))
            if value is None:
                continue
            if _NEGATED_COUNT.search(masked[max(0, match.start() - 20) : match.start()]):
                continue
            if _YEAR.fullmatch(match.group("num")) and _YEAR_BEFORE.search(masked, max(0, match.start() - 12), match.start()):
                continue  # "a woman born in 1958": a year
            word = match.group("num").lower()
            if (
                word in ("one", "a", "an") and subset is None
                and not _ONE_PERSON.match(after)
                and not _KILLING_BEFORE.search(masked[max(0, match.start() - 20) : match.start()])
            ):
                continue
            field_name = part_of_place or self._casualty_right(after[:160]) or self._casualty_left(
                masked[max(0, match.start() - 60) : match.start()]
            )
            window = max(0, match.start() - 150)
            toll = _TOLL.search(masked[window : match.start()])
            if toll:
                what = (toll.group("what") or toll.group("what2") or toll.group("what3") or toll.group("what4")).lower()
                if "victim" in what or "casualt" in what:
                    continue  # "the number of victims rose to 90": dead and injured together
                field_name = "wounded" if "injur" in what or "wound" in what or "hurt" in what or "medical" in what else "killed"
                if what in ("figure", "number"):
                    # "Seven residents were injured. Later he updated the figure to nine": the
                    # figure before, in this sentence or the one before
                    field_name = found[-1][0] if found else self._casualty_field_before(s)
                    if field_name is None:
                        continue
                named = [
                    m for m in mentions
                    if s.start + window + toll.start() <= m.start < s.start + window + toll.end() and self._can_carry(m)
                    and not m.is_country
                ]
                if not named:
                    # "Kyiv Mayor Vitali Klitschko said the number of injured had risen to 13": the
                    # official's city, not the district named before
                    named = [
                        m for m in mentions
                        if m.org and not m.state and m.start < s.start + window + toll.start()
                        and m.place is not None and m.place.place_level == "city"
                    ]
                if named:
                    toll_places[s.start + a] = named[-1]  # "the number of injured in Kyiv has risen to seven after ..."
            if field_name is None:
                continue
            pair = self.rules.person_and_before.search(masked, max(0, match.start() - 40), match.start())
            if pair is not None and not taken(s.start + pair.start("person"), s.start + pair.end("person")):
                # "The driver and two women were wounded": 1 + 2
                person_start = s.start + pair.start("person")
                found.append((field_name, 1, person_start, s.start + pair.end("person")))
                added[person_start] = added[s.start + a] = self._next_group()
            if toll is None and _MORE_AFTER.match(after) and not _RISE.search(masked):
                # "two more people were injured" (not "the toll rose to 10 after rescuers
                # recovered two more bodies": the more is in the new toll)
                more.add(s.start + a)
            found.append((field_name, value, s.start + a, s.start + b))
            self._casualty_ellipsis(s, masked, b, field_name, found)
        for match in _BODY.finditer(masked):
            if match.group("num"):
                value = lex.parse_number(match.group("num"))
                if value is None or taken(s.start + match.start("num"), s.start + match.end("num")):
                    continue
                found.append(("killed", value, s.start + match.start("num"), s.start + match.end("num")))
            elif match.group("plural") == "y":
                a, b = s.start + match.start(), s.start + match.end()
                if not taken(a, b):
                    found.append(("killed", 1, a, b))
        self._singular_persons(s, masked, found, taken, added)
        if not found and text.startswith(("She ", "He ")):
            self._pronoun_person(s, masked, found)
        starts = sorted(a for _, _, a, _ in found)
        current = bool(found) and _CURRENT_TOLL.search(text) is not None
        for field_name, value, a, b in found:
            # "injured in the capital rose to nine: one in X, six in Y": the places after
            # the colon are the parts' own
            later = [x for x in starts if x > a]
            colon = self.text.find(":", b, later[0] if later else s.end)
            inside = [m for m in self._local(mentions) if a <= m.start < b and self._can_carry(m) and not m.in_list]
            if a in toll_places:
                target = self._target_of(toll_places[a])
            elif inside:
                target = self._target_of(inside[-1])  # "a woman in the Levoberezhny district sought medical help"
            else:
                target = self._place_for(a, b, s, mentions, allow_topic=True, stop=colon if colon >= 0 and later else None)
            if target is None:
                # "..., a drone attacked a car in the village of X; the driver was injured":
                # the nearest place before the figure, in an earlier clause of the sentence.
                earlier = [m for m in self._local(mentions) if m.end <= a and self._can_carry(m) and not m.in_list]
                target = self._target_of(earlier[-1]) if earlier else None
            if target is None and _ACROSS_THE_COUNTRY.search(text):
                # "the night's attacks killed two people and wounded 12 across the country"
                target = self._country_target(self._country_for_tally(s))
            if target is None and isinstance(value, int) and value > 1 and _THE_FIGURE_BEFORE.search(self.text, max(s.start, a - 5), a):
                # "The five wounded ... were taken to hospital": the figure stated before, at its place
                target = next((f.target for f in reversed(self.facts) if f.field == field_name and f.value == value), None)
            if target is None:
                target = self.topic or self._country_target(self._country_for_tally(s))
            if value == 1 and a - s.start <= 8 and _ALSO_OPENING.match(text):
                value += self._figure_before(s, field_name, target)  # "A woman was injured. Also a man was hospitalised."
            self.facts.append(Fact(field_name, value, a, b, s, target, group=added.get(a), current=current, more=a in more))

    def _casualty_field_before(self, s: Sentence) -> str | None:
        """The casualty field of the last figure in ``s`` or the sentence before it."""
        for fact in reversed(self.facts):
            if fact.sentence.index < s.index - 1:
                break
            if fact.field in ("killed", "wounded") and isinstance(fact.value, int) and fact.value > 0:
                return fact.field
        return None

    def _figure_before(self, s: Sentence, field_name: str, target: Target) -> int:
        """The last figure for ``field_name`` at ``target`` in the sentence before ``s``, in
        its paragraph (0 if none)."""
        previous = self.sentences[s.index - 1] if s.index else None
        if previous is None or previous.paragraph != s.paragraph:
            return 0
        for fact in reversed(self.facts):
            if fact.sentence is previous and fact.field == field_name and fact.target.key == target.key:
                return fact.value if isinstance(fact.value, int) else 0
        return 0

    def _casualty_right(self, after: str) -> str | None:
        m = self.cas_right_re.match(after)
        if not m:
            return None
        gap = after[: m.start("kw")]
        if m.group("incl"):  # "14 people, including a 6-year-old child, were killed": its own figures
            gap = after[: m.start("incl")] + after[m.end("incl") : m.start("kw")]
        if self.weapon_any_re.search(gap) or any(ch.isdigit() for ch in gap):
            return None
        return "killed" if m.group("k") else "wounded"

    def _casualty_left(self, before: str) -> str | None:
        m = self.rules.casualty_left.search(before)
        if not m:
            return None
        kw = m.group("kw").lower()
        if kw.startswith("kill"):
            return "killed"
        if kw in ("leaving", "left"):
            return None
        return "wounded"

    def _casualty_ellipsis(self, s: Sentence, masked: str, pos: int, field_name: str, found: list[tuple[str, int, int, int]]) -> None:
        while True:
            match = self.rules.casualty_ellipsis.match(masked[pos:])
            if not match:
                return
            value = self.lex.parse_number(match.group("num"))
            if value is None:
                return
            a, b = pos + match.start("num"), pos + match.end("num")
            found.append((field_name, value, s.start + a, s.start + b))
            pos = b

    def _singular_persons(self, s: Sentence, masked: str, found: list, taken, added: dict[int, int]) -> None:
        """"a woman was killed", "her husband injured", "killed a man": one person each;
        "a girl and her grandmother were killed": two."""
        rules = self.rules
        for pattern, persons in ((rules.pair_subject, 2), (rules.singular_subject, 1), (rules.singular_object, 1)):
            for match in pattern.finditer(masked):
                a, b = s.start + match.start(), s.start + match.end()
                if taken(a, b) or self._states_a_count(match.group(0)):
                    continue
                keyword = match.group("kw") if persons == 1 else match.group("kw") or match.group("kw2")
                if pattern is rules.singular_object and match.group("second"):
                    persons = 2
                found.append((_casualty_field(keyword), persons, a, b))
        # "three people died on the spot and another died in hospital": one more (4);
        # "two people were killed and another was injured": one of another kind.
        for pattern in (_ANOTHER_SUBJECT, _ANOTHER_OBJECT):
            for match in pattern.finditer(masked):
                a, b = s.start + match.start("another"), s.start + match.end("another")
                if taken(a, b):
                    continue
                field_name = _casualty_field(match.group("kw"))
                before = [start for name, _, start, _ in found if name == field_name and start < a]
                if before:
                    added[before[-1]] = added[a] = added.get(before[-1]) or self._next_group()
                found.append((field_name, 1, a, b))

    def _pronoun_person(self, s: Sentence, masked: str, found: list) -> None:
        """"... dropped explosives on a 44-year-old woman in Antonivka. She was hospitalised":
        the one person the sentence before named, when that sentence gave no casualty figure."""
        match = _PRONOUN_CASUALTY.match(masked)
        if match is None or s.index == 0:
            return
        previous = self.sentences[s.index - 1]
        if previous.paragraph != s.paragraph or not self.rules.a_person.search(previous.text):
            return
        if any(f.sentence is previous and f.field in ("killed", "wounded") for f in self.facts):
            return
        found.append((_casualty_field(match.group("kw")), 1, s.start + match.start(), s.start + match.end()))

    def _states_a_count(self, phrase: str) -> bool:
        """Whether a phrase holds a number that is a count (not an age: "a 29-year-old man",
        "a woman, 62,")."""
        lex = self.lex
        for m in self.number_re.finditer(phrase):
            if m.group("num").lower() in ("a", "an", "one") or lex.not_count_after.match(phrase, m.end("num")):
                continue
            if _YEAR.fullmatch(m.group("num")) and _YEAR_BEFORE.search(phrase, 0, m.start("num")):
                continue  # "a woman born in 1958"
            if phrase[: m.start("num")].rstrip().endswith(",") and phrase[m.end("num") :].lstrip().startswith(","):
                continue
            return True
        return False

    def _zero_casualties(self, s: Sentence, mentions: list[PlaceMention]) -> None:
        lex = self.lex
        text = s.text
        zeros: list[tuple[str, int, int]] = []
        for pattern, fields in (
            (lex.none_both, ("killed", "wounded")),
            (_ZERO_EXTRA, ("killed", "wounded")),
            (lex.none_wounded, ("wounded",)),
            (lex.none_killed, ("killed",)),
        ):
            for match in pattern.finditer(text):
                a, b = s.start + match.start(), s.start + match.end()
                if any(not (b <= x or a >= y) for _, x, y in zeros):
                    continue
                for f in fields:
                    zeros.append((f, a, b))
        if not zeros:
            return
        counts_here = self._weapon_facts_of(s)
        for field_name, a, b in zeros:
            clause = self._clause_of(self._clauses(s), a)
            in_clause = [
                m for m in mentions
                if clause[0] <= m.start < clause[1] and self._can_carry(m) and not (m.is_country and m.org)
            ]
            local = [m for m in in_clause if not m.is_country]
            if local and all(m.org for m in local):
                # only an official in the clause: the place named before ("In Lutsk, an
                # enterprise was hit; no injuries were reported, Volyn region head X said")
                before = [m for m in self._local(mentions) if m.start < a and not m.org]
                local = before[-1:] or local
            targets: list[Target]
            official = _OFFICIALS.search(s.text)
            if counts_here and not local:
                targets = [counts_here[0].target]
            elif not in_clause and official and not self._local(mentions):
                targets = [self._country_target("RU" if official.group(1).lower().startswith("russia") else "UA")]
            elif local and all(m.in_list for m in local) and len(local) > 1:
                targets = [self._target_of(m) for m in local]
            elif local:
                targets = [self._prefer_topic(self._target_of(local[-1]))]
            elif in_clause:
                targets = [self._target_of(in_clause[-1])]
            elif earlier := [m for m in self._local(mentions) if m.start < a]:
                # the place before, not its official ("In Lutsk, an enterprise was hit, Volyn
                # region head Ivan Rudnytskyi said; no injuries were reported")
                place = next((m for m in reversed(earlier) if not m.org), earlier[-1])
                targets = [self._prefer_topic(self._target_of(place))]
            else:
                counts_here = self._weapon_facts_of(s)
                just_before = self._places_just_before(s)
                if counts_here:
                    targets = [counts_here[0].target]
                elif (
                    len(local_before := _below_regions(just_before)) > 1
                    and self._facts_just_before(s)[0].sentence.paragraph == s.paragraph
                ):
                    # "... in the Obukhiv district, and ... in the Bila Tserkva district. No
                    # casualties were reported.": each of them
                    targets = local_before
                elif self.topic is not None:
                    targets = [self.topic]
                else:
                    targets = just_before or [self._country_target(self._country_for_tally(s))]
            for target in targets:
                self.facts.append(Fact(field_name, 0, a, b, s, target))

    def _places_just_before(self, s: Sentence) -> list[Target]:
        """The local places of the facts of the sentence just before ``s`` ("Debris fell in
        the Solomianskyi and Holosiivskyi districts. No casualties were reported.")."""
        targets: dict[str, Target] = {}
        for fact in self._facts_just_before(s):
            place = fact.target.place
            if place is not None and place.place_level != "country":
                targets.setdefault(fact.target.key, fact.target)
        return list(targets.values())

    def _run_start(self, sentence_index: int, end: int) -> int:
        """Where the run of facts of sentence ``sentence_index`` ending at ``end`` starts
        (facts are added sentence by sentence, so each sentence's facts are one run)."""
        start = end
        while start > 0 and self.facts[start - 1].sentence.index == sentence_index:
            start -= 1
        return start

    def _sentence_facts(self, s: Sentence) -> list[Fact]:
        """The facts found so far in sentence ``s``, the one being read (they are the last ones)."""
        return self.facts[self._run_start(s.index, len(self.facts)) :]

    def _facts_just_before(self, s: Sentence) -> list[Fact]:
        """The facts of the sentence before ``s``, the one being read (they come right before its own)."""
        end = self._run_start(s.index, len(self.facts))
        return self.facts[self._run_start(s.index - 1, end) : end]

    def _weapon_facts_of(self, s: Sentence) -> list[Fact]:
        """The weapon figures found so far in sentence ``s``."""
        return [f for f in self._sentence_facts(s) if f.field in _WEAPON_FIELD_NAMES]


def _below_regions(targets: list[Target]) -> list[Target]:
    """The places of ``targets`` finer than a region (towns, districts)."""
    return [t for t in targets if t.place is not None and t.place.place_level not in ("region", "country")]
