"""Weapon tallies: count + weapon noun + role (launched, downed, lost, breached)."""

from __future__ import annotations

import re

from geoevents.extract.facts import Fact, Target, _Count
from geoevents.extract.patterns import (
    _COUNTRY_SCOPE,
    _DASH_FIGURE,
    _HEADING_BEFORE,
    _WEAPON_FIELD_NAMES,
    WEAPON_FIELDS,
)
from geoevents.extract.rules import _MEMO_SIZE
from geoevents.lexicon import folded
from geoevents.nights import MONTH_NAME
from geoevents.places import PlaceMention
from geoevents.text import Sentence

_SINGULAR_WEAPON = folded(
    r"\b(?P<det>an?|one|the|single|another)\s+(?P<mods>(?:(?!(?:an?|the|one)\s)[\w’'/-]+\s+){0,3}?)"  # (no determiner inside)
    r"(?P<weapon>missile|rocket|drone|UAV|Shahed|Lancet|Kinzhal|Iskander(?:-M)?|Kalibr|Kh-\d{2,3})(?![\w-])(?!\s+(?:and\s+(?:drone|missile|rocket|air)\s+)?(?:attacks?|strikes?|debris|fragments?|wreckage|operators?|units?|alert|types?))",  # (not "of the Shahed type")
    needles=("missile", "rocket", "drone", "uav", "shahed", "lancet", "kinzhal", "iskander", "kalibr", "kh-"),
)
_NOUN_TAIL = folded(
    r"(?:[\s-]+(?:attack|strike|kamikaze|combat|decoy|type|guided|cruise|ballistic|drones?|UAVs?|unmanned|aerial|vehicles?|missiles?)\b)+"
)
_SINGULAR_DOWNED = folded(
    r"\s*(?:(?:was|has been|had been|were)\s+)(?:(?:reportedly|also|successfully)\s+)?(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|brought down|taken down)\b"
)
_DOWNED_PARTICIPLE = folded(r"\s+(?:shot down|downed|intercepted|destroyed)\b")
_SINGULAR_HIT = folded(
    # "a drone of the Armed Forces of Ukraine hit a car": whose weapon it was, between
    r"(?:\s+of\s+the\s+(?:armed\s+forces|army|enemy|occupiers)(?:\s+of\s+(?:ukraine|russia|the\s+russian\s+federation))?)?"
    r"\s*(?:(?:has|had|also|reportedly|then)\s+)?(?:hit|struck|slammed into|crashed into|exploded|landed|fell)\b"
)

_AUX = folded(
    r"[\s,”\"’']*(?:(?:which|that|were|was|have|has|had|been|being|are|is|got|reportedly|allegedly|successfully"
    r"|also|all|then|later|eventually|subsequently|likely|probably)\s+){0,4}[“\"‘']?"  # (a verb in quotes: were "lost")
)
# "Hits by 18 drones were recorded": the figure is the weapons that hit, whatever verb follows.
_HITS_BY_BEFORE = folded(
    r"\b(?:hits?|strikes?|impacts?)\s+(?:by|of|from)\s+(?:(?:at least|more than|over|about|nearly)\s+)?"
    r"(?:[\w-]+\s+(?:[\w/-]+\s+){0,3}?(?:and|as well as)\s+)?$",  # "hits by four missiles and 25 drones"
    needles=("hit", "strike", "impact"),
)

_COLON_AFTER = re.compile(r"\s*(?::|[-–—]\s|\((?=\s*\w))")  # "67 missiles: 35 Kh-101, ...", "67 missiles - 35 ...", "31 missiles (27 Kh-101, ...)"
# Between a total and its first part, ending in a colon, a spaced dash or a bracket ("14 cruise
# missiles in the attack overnight - 10 Kalibr ...", "53 missiles overnight (2 Kinzhal, ...").
_PARTS_GAP = re.compile(r"[^.;:()\d]{0,60}?(?::|\s[-–—]\s|\s\()\s*")
_OTHER_NOUN = re.compile(r"\s+(?:and|or|&)\s+(?:attack\s+|strike\s+|cruise\s+|ballistic\s+)?(?P<noun>drones|missiles|UAVs)\b")
_DEBRIS_OF_BEFORE = folded(
    r"\b(?:debris|fragments?|wreckage|remains|parts|pieces)\s+(?:of|from)\s+$",
    needles=("debris", "fragment", "wreckage", "remains", "parts", "pieces"),
)

_ALL_DOWNED = folded(
    r"\ball\s+(?:of\s+(?:them|these|those)|(?:the\s+|these\s+|those\s+)?(?:drones|UAVs|missiles|targets))"
    r"\s+(?:were|have been|had been)\s+(?:successfully\s+)?"
    r"(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed)\b",
    needles=("all",),
)

# A tally's words calling its place "the region": "six drones over the region: four over ..."
_OVER_THE_REGION = re.compile(r"[^.;:]{0,30}?\b(?:over|in|above|across)\s+the\s+(?:region|oblast)\b(?!\s+of\b)", re.I)

_AND_THEN = re.compile(r"\s+and\s+(?:then\s+|later\s+|subsequently\s+)?")

# Local officials, and national sources, of a tally (see _place_attacked_just_before).
_LOCAL_OFFICIAL = re.compile(
    r"\b(?:governor|mayor|head of the (?:city|region|regional|district|oblast)|(?:regional|city|district)\s+(?:military\s+)?administration)\b",
    re.I,
)
_NATIONAL_SOURCE = re.compile(r"\b(?:air force|general staff|defen[cs]e ministry|ministry of defen[cs]e|nationwide|across the country)\b", re.I)

_WORD_END = re.compile(r"(?![\w’'-])")

_AND_ONLY = re.compile(r"\s+and\s+")
_WITH = re.compile(r"\bwith\b")
_SPEECH = re.compile(r"\b(?:said|says|reported|reports|added|adding|according to|stated|announced|noted|wrote)\b")
_LAUNCHED_BEFORE = folded(
    r"\b(?:launched|fired)\s+$",
    needles=("launched", "fired"),
)

_DEFINITE_BEFORE = folded(r"\b(?:of the|one of|the)\s*$")
_OF_THE_OPENING = re.compile(r"(?:^\s*|\b(?:that|said|says),?\s+)(?:[Oo]f|[Oo]ut of) the\s+$")
_LAUNCHED_AFTER = re.compile(r"(?:\s+(?:drones|missiles|UAVs))?\s+(?:launched|fired|sent)\b")
_INCLUDING_ASIDE = re.compile(
    r"\s*,\s*including\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:flying|heading|headed|approaching)\s+"
    r"(?:towards?|to|at|for)\s+[\w\s’'-]{1,30}?(?=,)"
)
_OF_THE_TOTAL = re.compile(r"\s+of\s+the\s+(?P<num>\d[\d,]*)\s")
_LAUNCHED_NEAR_AFTER = re.compile(
    r"(?:\s+(?:that|which))?(?:\s+(?:Russia|Ukraine|the\s+enemy|Russian\s+forces|Moscow))?\s+(?:had\s+|has\s+)?(?:launched|fired|sent)\b"
)

# After a weapon noun: what it names is attacks, not weapons ("200 FPV drone attacks", "one of
# the largest drone attacks").
_ATTACKS_AFTER = folded(r"\s+(?:attacks|strikes|raids|assaults)\b")
# A sentence going on about the weapons before it: "They were launched from Kursk."
_PRONOUN_OPENING = re.compile(r"\W*(?:They|These|Those)\s+(?:were|had\s+been|came|flew)\b")
# A rate after a weapon noun: "5,000 drones a month", "about 150 drones per night".
_RATE_AFTER = re.compile(r"\s+(?:(?:a|per|each|every)\s+(?:day|night|week|month|year)|daily|nightly|weekly|monthly)\b", re.I)

# A list item's mark: a dash or bullet, or one of the symbols official Telegram posts use
# ("🔹 59 missiles of various types:", "▪️ 79 drones")
_BULLET = re.compile(r"\s*(?:[–—•*-]|[▪▫◾◽●■►▶➡✅✔☑🔹🔸🔷🔶🔺🔻]\ufe0f?)\s")
_NONE_DOWNED = folded(
    r"\b(?:neither|none)\s+(?:of\s+)?(?:the\s+)?(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?P<weapon>missiles?|drones?|UAVs?)\b[^.;]{0,60}?\b(?:was|were|had\s+been|has\s+been)\s+(?:intercepted|shot\s+down|downed)\b"
    r"|\bthe\s+(?:(?:two|three|four|five|six|\d{1,2})\s+)?(?:[\w-]+\s+){0,2}?(?P<weapon2>missiles?|drones?)\s+(?:were|was)\s+not\s+"
    r"(?:intercepted|shot\s+down|downed)\b",
    needles=("neither", "none", " not "),
)
# A toll before a verb of reaching: "by Wednesday evening the number of dead had reached 11".
_TOLL_BEFORE = re.compile(
    r"\b(?:toll|number\s+of\s+(?:the\s+)?(?:dead|deaths|killed|injured|wounded|victims|casualties)|casualties|victims)\b"
    r"(?:\s+\w+){0,2}\s*$",
    re.I,
)
# A bulleted line's weapon and, after a spaced dash, its figure: "– Kh-59/69 guided missiles – 2".
_WEAPON_THEN_FIGURE = re.compile(
    _BULLET.pattern + r"(?P<head>[^–—;:\n]{3,80}?)\s+[-–—]\s+(?P<num>\d[\d,]*)(?![\d.:/-])"
)
_SETTLEMENTS_COUNTED = re.compile(
    r"\s+(?:\d+|[a-z]+)\s+(?:settlements|localities|towns|villages|communities|hromadas|populated)\b", re.I
)

_ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+$", re.I)
# "One was shot down, the second hit ...", "while the other hit", "the fourth got through": the
# subject is one weapon of a group already counted ("the other two": that many).
_ORDINAL_SUBJECT = folded(
    r"(?<![\w-])the\s+(?P<ordinal>other|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|remaining)"
    r"(?:\s+(?P<num>two|three|four|five|\d{1,2}))?(?:\s+one)?"
    r"\s+(?:(?:was|were|had\s+been|has\s+been|got)\s+)?(?:(?:also|then|still)\s+)?$",
    needles=("the ",),
)
_STRUCK_WITH_BEFORE = re.compile(r"\bstruck\b[^.;:]{0,70}?\bwith\s+$", re.I)
_KIND_OF = folded(r"(?<![\w-])(?:types?|kinds?|of)\b")  # (but "a Shahed-type drone" is one drone)

_MONTH_BEFORE = folded(rf"\b{MONTH_NAME}\s+$")
_MONTH_AFTER = folded(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}\b")

_OVER_SEVERAL_REGIONS = re.compile(
    r"\s+(?:over|across|above|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
    r"(?:(?:Russian|Ukrainian|of\s+(?:Russia's|Ukraine's|the))\s+)?(?:regions|oblasts)\b",
    re.I,
)

_BY_AGENT = re.compile(r"\s+by\b")
# Between coordinated counts: "810 drones and decoys along with 13 missiles".
_COORDINATED = re.compile(
    # (also "127 missiles of various types and 109 drones")
    r"(?:\s+and\s+decoys|\s+of\s+(?:various|different|several)\s+(?:types|kinds))?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+(?:along|together)\s+with\s+|\s+as\s+well\s+as\s+|\s+plus\s+)"
)
# A total closing a sentence: "... and the Sea of Azov - 30 in total.", "..., 41 in all".
_TRAILING_TOTAL = re.compile(
    r"(?:\s+[-–—]|\s*[,:])\s+(?:a\s+total\s+of\s+(?P<num>\d[\d,]*)|(?P<num2>\d[\d,]*)\s+(?:in\s+total|in\s+all|altogether))"
    r"\s*[.;]?$"
)  # (a total word, so not a clock time, "between 01:00 and 05:30.", nor a year, "on 4 June, 2024.")
_AS_WELL_AS_BEFORE = re.compile(r",?\s+as\s+well\s+as\s+$")
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+)")
_LIST_GAP = re.compile(r"[^.;]{0,40}?(?:,|\band\b)\s*")
# Before the regional parts of a total: "...: 17 over ...", "..., including 91 over ...",
# "..., 26 of them over ...".
_COLON_BEFORE_PARTS = re.compile(
    # (also a spaced dash: "destroyed 21 drones overnight - 11 over the Bryansk region, ...")
    # (a clock's "a.m."/"p.m." within: "destroyed 45 drones between 11 p.m. on Friday and 7 a.m.
    # on Saturday, including 14 over ...")
    r"(?:[^.;:]|(?<=\s[ap])\.m\.|(?<=\d)[.:](?=\d)){0,100}?(?::(?!\d)|,?\s+(?:including|among\s+them)|\s[-–—](?=\s+[\w-]+\s+(?:over|in|above)\s)|,(?=\s*[\w-]+\s+of\s+them\s+(?:over|in|above)\s))\s*"
)

_TOWARDS_GAP = re.compile(
    r"(?:\s+(?:drones|missiles|UAVs))?(?:\s+(?:that|which)\s+(?:Russia|Ukraine|the\s+enemy)\s+(?:had\s+)?(?:sent|launched|fired))?"
    r"\s+(?:overnight\s+|again\s+)?towards?\s+(?:the\s+)?"  # ("17 Shahed drones that Russia sent toward Kharkiv")
)


class _WeaponRules:
    """Rules reading weapon tallies."""

    def _role_hits(self, s: Sentence) -> dict[str, list[tuple[int, int]]]:
        """Where each role's verbs occur in a sentence (report offsets), found once."""
        hits = self._role_cache.get(s.index)
        if hits is None:
            hits = {
                role: [(s.start + m.start(), s.start + m.end()) for m in pattern.finditer(s.text)]
                for role, pattern in self.lex.roles.items()
            }
            self._role_cache[s.index] = hits
        return hits

    def _verbs_in(self, s: Sentence, start: int, end: int) -> list[tuple[int, str]]:
        """(end, role) of the role verbs of ``s`` that lie within report offsets ``[start, end]``."""
        return [(stop, role) for role, spans in self._role_hits(s).items() for begin, stop in spans if start <= begin and stop <= end]

    def _role_for(
        self, s: Sentence, count_start: int, weapon_end: int, clause: tuple[int, int], floor: int | None = None
    ) -> str | None:
        """The role of a count: the verb right after its noun, else the nearest verb before
        it in the clause (from ``floor`` on, if given), else the nearest after it."""
        text = self.text
        # (folded patterns run on the sentence: they lower-case the text they are given)
        if _HITS_BY_BEFORE.search(s.text, max(clause[0], count_start - 60) - s.start, count_start - s.start):
            return "breached"
        hits = self._role_hits(s)
        right_role = self._right_role(s, count_start, weapon_end, clause)
        if right_role is not None:
            return right_role
        best: tuple[int, str] | None = None
        first = clause[0] if floor is None else max(clause[0], floor)
        for role, spans in hits.items():
            for start, end in spans:
                if first <= start and end <= count_start and (best is None or end > best[0]):
                    best = (end, role)
        if best is not None:
            left = text[clause[0] : count_start]
            if best[1] == "breached" and (
                self.rules.with_before.search(left) or _WITH.search(text, best[0], count_start)
            ):
                return "launched"  # "Russia hit Ukraine with 40 missiles (and 3 drones)": the weapons used
            local_end = best[0] - clause[0]
            return self._lumped(best[1], left[max(0, local_end - 60) : local_end + 40], None)
        nearest: tuple[int, str] | None = None
        for role in ("downed", "lost", "breached", "launched"):
            for start, end in hits[role]:
                if start >= weapon_end and end <= clause[1] and (nearest is None or start < nearest[0]):
                    nearest = (start, role)
        return nearest[1] if nearest else None

    def _right_role(self, s: Sentence, count_start: int, weapon_end: int, clause: tuple[int, int]) -> str | None:
        """The role of the verb right after a count's noun (auxiliaries allowed), if any."""
        text = self.text
        hits = self._role_hits(s)
        right = text[weapon_end : clause[1]]
        aux = _AUX.match(right)
        at = weapon_end + (aux.end() if aux else 0)
        # (a verb phrase of the lexicon may hold its auxiliary: "were destroyed")
        starts = (at, weapon_end + len(right) - len(right.lstrip()))
        found: tuple[int, str] | None = None  # (end, role): the longest verb starting there
        for role in ("downed", "lost", "breached", "launched"):
            for start, end in hits[role]:
                if start in starts and end <= clause[1] and (found is None or end > found[0]):
                    if role == "launched" and _BY_AGENT.match(text, end):
                        continue  # "downed 40 drones launched by Ukraine": who launched them
                    participle = role == "launched" and not text[weapon_end:at].strip()
                    if participle and self._verb_before(hits, clause, count_start):
                        continue  # "shot down ... all four missiles launched overnight": a participle
                    found = (end, role)  # "suppressed by electronic warfare" (lost) over "suppressed"
        if found is not None and found[1] == "launched" and self._downed_right_after(hits, found[0], clause):
            return "downed"  # "nine UAVs were detected and destroyed": what became of them
        return self._lumped(found[1], right, None) if found is not None else None

    def _downed_right_after(self, hits: dict[str, list[tuple[int, int]]], at: int, clause: tuple[int, int]) -> bool:
        """Whether "and" and a downing verb follow the verb ending at ``at``."""
        joint = _AND_THEN.match(self.text, at)
        return joint is not None and any(
            start == joint.end() and end <= clause[1] for start, end in hits["downed"]
        )

    @staticmethod
    def _verb_before(hits: dict[str, list[tuple[int, int]]], clause: tuple[int, int], count_start: int) -> bool:
        """Whether a downing, loss or hit verb comes before a count in its clause."""
        return any(
            clause[0] <= start and end <= count_start
            for role in ("downed", "lost", "breached") for start, end in hits[role]
        )

    def _lumped(self, role: str, window: str, match: re.Match[str] | None) -> str:
        """"destroyed or jammed" is one lumped figure: counted as downed."""
        if role in ("lost", "downed") and self.rules.lumped.search(window):
            return "downed"
        return role

    def _weapon_class(self, noun: str) -> str:
        memo = self.rules.weapon_classes
        weapon = memo.get(noun)
        if weapon is None:
            weapon = "missile" if self.lex.weapon_noun["missile"].fullmatch(noun) else "drone"
            if len(memo) < _MEMO_SIZE:
                memo[noun] = weapon
        return weapon

    def _combined_count(self, text: str, match: re.Match[str]) -> bool:
        """Whether a count's noun is joined to a noun of the other class with no figure of
        its own ("120 drones and missiles", "367 missiles and drones")."""
        joined = _OTHER_NOUN.match(text, match.end("weapon"))
        if joined is None:
            return False
        return self._weapon_class(match.group("weapon")) != self._weapon_class(joined.group("noun"))

    def _damage_tags(self, noun: str) -> tuple[str, ...]:
        memo = self.rules.damage_tags
        tags = memo.get(noun)
        if tags is None:
            tags = tuple(tag for tag, pattern in self.lex.damage.items() if pattern.fullmatch(noun))
            if len(memo) < _MEMO_SIZE:
                memo[noun] = tags
        return tags

    def _weapon_counts(self, s: Sentence, mentions: list[PlaceMention], consumed: list[tuple[int, int]]) -> None:
        lex = self.lex
        clauses = self._clauses(s)
        counts: list[_Count] = []
        text = s.text
        previous_end: int | None = None
        for match in self._count_matches(text):
            value = lex.parse_number(match.group("num"))
            if value is None or lex.not_count_after.match(text, match.end("num")):
                continue  # "458 times", "5 km": not a count of weapons
            if text[match.start("num") - 1 : match.start("num")] == "/":
                continue  # "Kh-59/69 guided missiles": a type's designation
            if _ATTACKS_AFTER.match(text, match.end("weapon")):
                continue  # "more than 200 FPV drone attacks": attacks counted, not drones
            if _RATE_AFTER.match(text, match.end("weapon")):
                continue  # "more than 5,000 long-range drones a month": a rate, no attack's tally
            if match.group("num2") and _ALL_BUT_BEFORE.search(text, max(0, match.start("num") - 10), match.start("num")):
                # "All but two of the 17 drones that Russia sent were shot down": 17 launched (the
                # downed are a difference the text does not state)
                a = s.start + match.start("num2")
                counts.append(_Count(lex.parse_number(match.group("num2")) or 0, a, s.start + match.end("weapon"),
                                     self._weapon_class(match.group("weapon")), "launched"))
                continue
            if self._combined_count(text, match) and not _HITS_BY_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "more than 20 missiles and drones": one figure for both, not split (but hits are one field)
            total_of = _OF_THE_TOTAL.match(text, match.end("num"))
            if total_of is not None and _LAUNCHED_NEAR_AFTER.match(text, match.end("weapon")):
                # "118 of the 135 drones Russia launched had been shot down": the launched total and its part
                counts.extend(self._part_of_launched(s, match, total_of, value, clauses))
                continue
            if _DEFINITE_BEFORE.search(text[max(0, match.start() - 12) : match.start()]) and not (
                _OF_THE_OPENING.search(text, max(0, match.start() - 30), match.start())
                and _LAUNCHED_AFTER.match(text, match.end("weapon"))
            ):
                continue  # "one of the two drones": drones already counted (but "Of the 19 drones launched at ...")
            if _MONTH_BEFORE.search(text[max(0, match.start("num") - 11) : match.start("num")]) or _MONTH_AFTER.match(
                text, match.end("num")
            ):
                continue  # "on 5 June drones struck", "on June 5 drones struck": a date
            num_start = match.start("num")
            ranged = self.range_before_re.search(text[max(0, num_start - 40) : num_start])
            if ranged is not None:
                # "10-15 drones", "between 10 and 15 drones": the lower bound, as "at least".
                low = lex.parse_number(ranged.group("low"))
                if low is not None and low <= value:
                    value = low
                    num_start = max(0, num_start - 40) + ranged.start("low")
            mods = match.group("mods") or ""
            noun = match.group("weapon")
            weapon = self._weapon_class(noun)
            tail = _NOUN_TAIL.match(text, match.end("weapon"))
            weapon_end = tail.end() if tail else match.end("weapon")
            start = s.start + num_start
            end = s.start + weapon_end
            clause = self._clause_of(clauses, start)
            role = None
            for name in ("downed", "lost", "breached", "launched") if mods else ():
                if lex.roles[name].search(mods):
                    role = name
                    break
            # "struck Ukraine with 352 drones overnight, the air force said, adding that 339
            # drones ...": a verb before a statement does not reach the figures after it.
            floor = None
            if previous_end is not None and _SPEECH.search(self.text, previous_end, start):
                floor = previous_end
            previous_end = end
            verb_role = self._role_for(s, start, end, clause, floor)
            if _AS_WELL_AS_BEFORE.search(text, max(0, match.start() - 16), match.start()):
                # "shot down all 24 drones that Russia launched over ..., as well as one Kh-59
                # missile": the role of the figure it is added to, not the verb in between
                verb_role = next((c.role for c in reversed(counts) if c.role not in (None, "launched")), verb_role)
            if match.group("num2"):
                role = verb_role if verb_role != "launched" else self._left_role(s, start, clause)
            elif role is None or (role == "launched" and verb_role not in (None, "launched")):
                if role == "launched" and verb_role not in (None, "launched"):
                    # "shot down all 29 Russia-launched drones": both figures.
                    counts.append(_Count(value, start, end, weapon, "launched"))
                role = verb_role
            num2 = lex.parse_number(match.group("num2")) if match.group("num2") else None
            prefix = text[max(0, match.start() - 25) : match.start()]
            breakdown = bool(lex.breakdown_before.search(prefix))
            counts.append(
                _Count(
                    value,
                    start,
                    end,
                    weapon,
                    role,
                    num2=num2,
                    num2_span=(s.start + match.start("num2"), s.start + match.end("num2")) if num2 is not None else None,
                    all_of=(match.group("q") or "").lower().startswith("all"),
                    breakdown=breakdown,
                )
            )
        for match in _SINGULAR_WEAPON.finditer(text):
            start, stop = s.start + match.start(), s.start + match.end()
            if any(c.start < stop and start < c.end for c in counts):
                continue  # inside or around a count ("the city's 4 Kh-101" is not one missile)
            mods = match.group("mods") or ""
            if _KIND_OF.search(mods) or (mods and self._states_a_count(mods)):
                continue  # "one type of drone"; "the 34 ... Shahed" is not one
            end = s.start + match.end("weapon")
            # "an Iskander-M missile", "a Kh-59 missile and ...": the noun after the type
            noun_tail = _NOUN_TAIL.match(text, match.end("weapon"))
            noun_end = s.start + noun_tail.end() if noun_tail else end
            clause = self._clause_of(clauses, start)
            role = None
            for name in ("downed", "breached") if mods else ():
                if lex.roles[name].search(mods):
                    role = name
            debris = _DEBRIS_OF_BEFORE.search(text, max(0, match.start() - 20), match.start()) is not None
            if role is None:
                right = self.text[noun_end : clause[1]]
                if _SINGULAR_DOWNED.match(right) or (debris and _DOWNED_PARTICIPLE.match(right)):
                    role = "downed"  # also "debris of a UAV shot down by air defence"
                elif _SINGULAR_HIT.match(right) and not debris:
                    role = "breached"  # but "fragments of a missile fell": what fell is debris
                elif (
                    _STRUCK_WITH_BEFORE.search(self.text, max(clause[0], start - 80), start) and not debris
                    and self._weapon_class(match.group("weapon")) == "missile"
                ):
                    # "the enemy struck the port with a ballistic missile": it hit (a drone "struck"
                    # a car "with" is counted no hit by annotators)
                    role = "breached"
                elif _LAUNCHED_BEFORE.search(self.text[max(clause[0], start - 20) : start]):
                    role = "launched"  # "Russia fired a cruise missile at Odesa"
            if role is None:
                joint = _AND_NEXT.match(text, noun_end - s.start)
                role = self._coordinated_role(counts, s.start + joint.end()) if joint else None
            if role is None:
                # "destroyed 11 UAVs and a missile": the role of the figure it is added to
                role = next(
                    (c.role for c in counts if _AND_NEXT.fullmatch(self.text, c.end, start) and c.role is not None), None
                )
            if role is None:
                continue
            weapon = self._weapon_class(match.group("weapon"))
            counts.append(_Count(1, s.start + match.start("det"), end, weapon, role, debris=debris and role == "downed"))
        counts.sort(key=lambda c: c.start)
        for index, count in enumerate(counts):
            following = counts[index + 1] if index + 1 < len(counts) else None
            if _COLON_AFTER.match(self.text, count.end) or (
                following is not None and _PARTS_GAP.fullmatch(self.text, count.end, following.start)
            ):
                # "65 missiles: 40 Kh-101, eight Kalibr and ...", "fired 14 cruise missiles in the
                # attack overnight - 10 Kalibr ... and four Kh-101": the types are parts of the total
                for part in counts[index + 1 :]:
                    part.breakdown = part.breakdown or part.weapon == count.weapon
                break
        counts.extend(self._item_figure_after_weapon(s, counts))
        self._share_coordinated_verbs(s, counts, clauses)
        # "13 drones, 10 of which were downed"
        for index, count in enumerate(list(counts)):
            limit = counts[index + 1].start if index + 1 < len(counts) else s.end
            tail = self.text[count.end : limit]
            m = self.of_which_re.search(tail)
            if m:
                group = "num" if m.group("num") else "num2"
                value = lex.parse_number(m.group(group))
                if value is not None:
                    clause = self._clause_of(clauses, count.end)
                    role = self._role_for(s, count.end + m.end(), count.end + m.end(), (count.end + m.end(), clause[1]))
                    if role and role != "launched":
                        a = count.end + m.start(group)
                        if not any(c.start == a for c in counts):
                            counts.append(_Count(value, a, a + len(m.group(group)), count.weapon, role))
        for match in self.rules.running_total.finditer(text):
            a, b = s.start + match.start("num"), s.start + match.end("num")
            value = lex.parse_number(match.group("num"))
            if value is not None and not any(c.start <= a < c.end for c in counts):
                counts.append(_Count(value, a, b, self._weapon_class(match.group("weapon")), "downed"))
        counts.extend(self._strike_counts(s, counts))
        self._list_item_roles(s, counts)
        counts.sort(key=lambda c: c.start)
        counts.extend(self._bare_counts(s, counts))
        counts.extend(self._dash_counts(s, counts, mentions))
        counts.extend(self._trailing_total(s, counts))
        counts.sort(key=lambda c: c.start)
        if counts:
            weapons = {c.weapon for c in counts}
            self._last_weapon = (s.index, s.paragraph, weapons.pop() if len(weapons) == 1 else None)
        self._emit_counts(s, mentions, counts, consumed)
        if not counts:
            self._parts_without_total(s, mentions, consumed)
        self._all_of_them(s)

    def _parts_without_total(self, s: Sentence, mentions: list[PlaceMention], consumed: list[tuple[int, int]]) -> None:
        """Regional figures after a colon whose introduction names the weapon and its verb but
        no figure: "The drones were destroyed over the following regions: 18 over the Bryansk
        Region, 11 over the Kursk Region"."""
        colon = s.text.find(":")
        if colon < 0:
            return
        intro = s.text[:colon]
        weapons = {self._weapon_class(m.group(0)) for m in self.weapon_any_re.finditer(intro)}
        verbs = self._verbs_in(s, s.start, s.start + colon)
        if len(weapons) != 1 or not verbs:
            return
        role = max(verbs)[1]
        if role == "launched":
            return
        stub = _Count(0, s.start + colon, s.start + colon, weapons.pop(), role)
        self._ellipsis(s, mentions, stub, None, consumed, s.end, s.start + colon + 1)

    def _part_of_launched(
        self, s: Sentence, match: re.Match[str], total_of: re.Match[str], value: int, clauses: list[tuple[int, int]]
    ) -> list[_Count]:
        """"118 of the 135 drones Russia launched had been shot down": the total launched, and
        the part with the first verb after it other than launching."""
        total = self.lex.parse_number(total_of.group("num"))
        if total is None or total < value:
            return []
        weapon = self._weapon_class(match.group("weapon"))
        end = s.start + match.end("weapon")
        clause = self._clause_of(clauses, end)
        hits = self._role_hits(s)
        b = s.start + match.start("num")
        # the verb before the part ("downed 79 of the 119 drones launched by Russia"), else after it
        roles = ("downed", "lost", "breached")
        before = [(stop, role) for role in roles for start, stop in hits[role] if clause[0] <= start and stop <= b]
        after = [(start, role) for role in roles for start, stop in hits[role] if end <= start and stop <= clause[1]]
        a = s.start + total_of.start("num")
        counts = [_Count(total, a, end, weapon, "launched")]
        if before or after:
            role = max(before)[1] if before else min(after)[1]
            counts.append(_Count(value, b, b + len(match.group("num")), weapon, role))
        return counts

    def _trailing_total(self, s: Sentence, counts: list[_Count]) -> list[_Count]:
        """The total that closes a list of regional figures ("destroyed 11 drones over the
        Saratov region and others over the Bryansk region - 30 in total"): the national
        tally of the weapon and role of the figures before it."""
        if not counts or "total" not in s.text and "in all" not in s.text and "altogether" not in s.text:
            return []
        match = _TRAILING_TOTAL.search(s.text, max(0, len(s.text) - 60))
        if match is None:
            return []
        group = "num" if match.group("num") else "num2"
        a, b = s.start + match.start(group), s.start + match.end(group)
        value = self.lex.parse_number(match.group(group))
        last = counts[-1]
        if value is None or last.role is None or any(c.start <= a < c.end for c in counts) or value <= max(
            c.value for c in counts
        ):
            return []
        total = _Count(value, a, b, last.weapon, last.role)
        total.target = self._country_target(self._country_for_tally(s, self.text[last.start : last.end]))
        return [total]

    def _all_of_them(self, s: Sentence) -> None:
        """"The enemy launched 5 attack UAVs. All of them were destroyed": the launched
        figure, of one weapon class, is also the downed one (its span is the figure's)."""
        match = _ALL_DOWNED.search(s.text)
        if match is None:
            return
        at = s.start + match.start()
        before = self._facts_just_before(s)
        recent = ([f for f in before if f.sentence.paragraph == s.paragraph]) + self._sentence_facts(s)
        launched = [f for f in recent if f.field in ("drones_launched", "missiles_launched") and f.start < at]
        if not launched or len({f.field for f in launched}) != 1:
            return
        source = launched[-1]
        field_name = WEAPON_FIELDS[(source.weapon or "drone", "downed")]
        if any(f.field == field_name and f.target.key == source.target.key for f in recent):
            return
        self.facts.append(
            Fact(
                field_name, source.value, source.start, source.end, source.sentence, source.target, source.weapon,
                source.group,
                night=source.night, night_offset=source.night_offset,
            )
        )

    def _dash_counts(self, s: Sentence, counts: list[_Count], mentions: list[PlaceMention]) -> list[_Count]:
        """Figures written after a place and a dash or colon ("in the Sumy region - 10",
        "Kharkiv region: 15"): the weapon and role of the figures before them, else of the
        verb and weapon named before."""
        found: list[_Count] = []
        for mention in mentions:
            if not mention.usable or mention.is_country:
                continue
            match = _DASH_FIGURE.match(self.text, mention.end)
            if match is None or match.end() > s.end:
                continue
            group = "num" if match.group("num") else "pnum"
            a, b = match.start(group), match.end(group)
            if any(c.start <= a < c.end for c in counts):
                continue
            value = self.lex.parse_number(match.group(group))
            if not value:
                continue
            earlier = [c for c in counts if c.end <= mention.start and c.role is not None]
            if earlier:
                weapon, role = earlier[-1].weapon, earlier[-1].role
            else:
                role = self._left_role(s, mention.start, (s.start, s.end))
                named = {
                    self._weapon_class(m.group(0))
                    for m in self.weapon_any_re.finditer(s.text, 0, mention.start - s.start)
                }
                if named:
                    weapon = named.pop() if len(named) == 1 else None  # both classes: which is not said
                else:
                    weapon = self._carried_weapon(s) or self._weapon_named_just_before(s)
            if role is None or weapon is None:
                continue
            found.append(_Count(value, a, b, weapon, role, target=self._target_of(mention)))  # the place it follows
        return found

    def _share_coordinated_verbs(self, s: Sentence, counts: list[_Count], clauses: list[tuple[int, int]]) -> None:
        """"of which 428 drones and 28 missiles were shot down": counts joined by "and"
        share the verb after the last of them, over any verb before them."""
        for index in range(len(counts) - 2, -1, -1):
            count, following = counts[index], counts[index + 1]
            if not _AND_ONLY.fullmatch(self.text, count.end, following.start) or following.role is None:
                continue
            clause = self._clause_of(clauses, count.start)
            if self._right_role(s, count.start, count.end, clause) is None:
                shared = self._right_role(s, following.start, following.end, clause)
                if shared is not None and shared == following.role:  # the verb decided the last one
                    count.role = shared

    @staticmethod
    def _coordinated_role(counts: list[_Count], after: int) -> str | None:
        """The role of a count that starts just after report offset ``after`` (a singular
        weapon coordinated with it: "a Zircon missile and three Kinzhal missiles were
        fired" makes both launched)."""
        for count in counts:
            if 0 <= count.start - after <= 12:  # room for a qualifier ("at least")
                return count.role
        return None

    def _carried_weapon(self, s: Sentence) -> str | None:
        """The one weapon class of the figures in the sentence just before, same paragraph."""
        last = self._last_weapon
        if last is None or last[1] != s.paragraph:
            return None
        if last[0] == s.index - 1 or (
            # "... with 72 drones. They were launched from Kursk. Air defence shot down 48 of them."
            last[0] == s.index - 2 and _PRONOUN_OPENING.match(self.sentences[s.index - 1].text)
        ):
            return last[2]
        return None

    def _bare_counts(self, s: Sentence, counts: list[_Count]) -> list[_Count]:
        """Figures with a role verb but no weapon noun ("49 were shot down", "while 20 more
        were lost", "shot down 72 of them"): they count the weapon named before them, in
        this sentence or the one before, when that is one class only."""
        text = s.text
        verbs: dict[int, tuple[str, int]] = {}
        for role in ("breached", "lost", "downed"):  # on a shared start the longer wins, else the later
            for start, end in self._role_hits(s)[role]:
                held = verbs.get(start - s.start)
                if held is None or end - s.start >= held[1]:  # "suppressed by electronic warfare": lost
                    verbs[start - s.start] = (role, end - s.start)
        found: list[_Count] = []
        for verb_start, (role, verb_end) in sorted(verbs.items()):
            # The figure right before the verb, with any auxiliaries between them (a verb
            # may include its auxiliary: "were destroyed"), or right after it, of a group
            # named before ("shot down 72 of them").
            match = self.rules.bare_count.search(text, max(0, verb_start - 60), verb_start)
            of_them = False
            if match is None:
                match = self.rules.bare_after.match(text, verb_end)
                of_them = match is not None
            if match is None:
                # "One was shot down, the second hit the plant": one weapon of a group named before
                match = _ORDINAL_SUBJECT.search(text, max(0, verb_start - 40), verb_start)
            if match is None:
                continue
            if role == "breached" and _TOLL_BEFORE.search(text, max(0, verb_start - 40), verb_start):
                continue  # "the number of dead had reached 11": a toll, not hits
            group = "num" if match.group("num") else "ordinal"
            a, b = s.start + match.start(group), s.start + match.end(group)
            if any(
                c.start <= a < c.end or (c.num2_span and c.num2_span[0] <= a < c.num2_span[1]) for c in counts + found
            ):
                continue
            value = self.lex.parse_number(match.group("num")) if group == "num" else 1
            if value is None or value == 0:
                continue
            named = {c.weapon for c in counts if c.end <= a} or {
                self._weapon_class(m.group(0))
                for m in self.weapon_any_re.finditer(text, 0, min(match.start(), verb_start))
            }
            if not named:
                weapon = self._carried_weapon(s)
                if weapon is None and (role == "breached" or of_them):
                    # "... with Shahed drones. 11 hits were recorded"; "Russian drones flew over
                    # the region. Air defence shot down three of them"
                    weapon = self._weapon_named_just_before(s)
            elif len(named) == 1:
                weapon = named.pop()
            else:
                continue  # drones and missiles both named: which were shot down is not said
            if weapon is None:
                continue
            # (the figure after the verb: the verbs before it may lump, "shot down or suppressed
            # with electronic warfare 48 of them")
            window = text[max(0, verb_start - 40) : verb_end] if of_them else text[max(match.end(), verb_end) : max(match.end(), verb_end) + 60]
            role = self._lumped(role, window, None)
            earlier = [c for c in counts if c.end <= a and c.weapon == weapon]
            found.append(
                _Count(value, a, b, weapon, role, refers_to=earlier[-1] if earlier else None, carried=not named)
            )
        return found

    def _none_downed(self, s: Sentence, mentions: list[PlaceMention]) -> None:
        """"Neither of the two ballistic missiles was intercepted", "None of the missiles was
        shot down", "The two missiles were not intercepted": none of that weapon downed (a 0
        the figures of other sentences outweigh: "shot down 30 cruise missiles")."""
        for match in _NONE_DOWNED.finditer(s.text):
            noun = match.group("weapon") or match.group("weapon2")
            a, b = s.start + match.start(), s.start + match.end()
            if any(f.start <= a < f.end for f in self._sentence_facts(s)):
                continue
            target = self._place_for(a, b, s, mentions, local_impact=False, allow_topic=False)
            if target is None:
                target = self._country_target(self._country_for_tally(s))
            weapon = self._weapon_class(noun)
            self.facts.append(Fact(WEAPON_FIELDS[(weapon, "downed")], 0, a, b, s, target, weapon))

    def _item_figure_after_weapon(self, s: Sentence, counts: list[_Count]) -> list[_Count]:
        """A bulleted line naming a weapon, then a dash and its figure ("– Iskander-M ballistic
        missiles – 3 (launched from Kursk Oblast);", "– attack UAVs (Shahed-type) – 87, of which
        71 were shot down"): that many of the weapon, with the verb of the list's introduction."""
        match = _WEAPON_THEN_FIGURE.match(s.text)
        if match is None:
            return []
        nouns = list(self.weapon_any_re.finditer(s.text, match.start("head"), match.end("head")))
        a, b = s.start + match.start("num"), s.start + match.end("num")
        value = self.lex.parse_number(match.group("num"))
        if not nouns or not value or any(c.start <= a < c.end for c in counts):
            return []
        return [_Count(value, a, b, self._weapon_class(nouns[-1].group(0)), None)]

    def _list_item_roles(self, s: Sentence, counts: list[_Count]) -> None:
        """Figures of a bulleted line under an introduction ending in a colon take the
        introduction's verb and its country ("the enemy attacked with 278 means of air
        attack:\n– 13 Iskander-M ballistic missiles from Bryansk region;")."""
        if not counts or not _BULLET.match(s.text):
            return
        index = self._list_intro(s.index)
        if index is None:
            return
        group_intro = self.sentences[index]
        intro = group_intro
        verbs = self._verbs_in(intro, intro.start, intro.end)
        while not verbs and _BULLET.match(intro.text):
            # a sub-list's introduction with no verb ("🔹 59 missiles of various types, namely:"):
            # the verb and country of the list it is an item of
            index = self._list_intro(intro.index)
            if index is None:
                return
            intro = self.sentences[index]
            verbs = self._verbs_in(intro, intro.start, intro.end)
        if not verbs:
            return
        verb_end, role = max(verbs)
        if role == "breached" and _WITH.search(intro.text, verb_end - intro.start):
            role = "launched"  # "the enemy struck Ukraine with 194 means of air attack:": the weapons used
        # ("the enemy attacked with ...": a Ukrainian statement, its figures Ukraine's)
        country = "UA" if self.lex.enemy.search(intro.text) else self._country_for_tally(intro)
        target = self._country_target(country)
        group = self._list_groups.get(group_intro.index)
        if group is None:
            group = self._list_groups[group_intro.index] = self._next_group()
        for count in counts:
            if count.role in (None, role):
                count.role, count.target, count.list_group = role, target, group

    def _list_intro(self, index: int) -> int | None:
        """The index of the line ending in a colon that introduces the bulleted line at
        ``index``: the nearest before it that is no item of the same list (a line with
        another mark can introduce a sub-list: "🔹 59 missiles, namely:" above "– 9
        Iskander-M")."""
        mark = _BULLET.match(self.sentences[index].text)
        mark_text = mark.group().strip() if mark is not None else None
        index -= 1
        while index >= 0:
            text = self.sentences[index].text
            item = _BULLET.match(text)
            if item is None or (text.rstrip().endswith(":") and item.group().strip() != mark_text):
                return index if text.rstrip().endswith(":") else None
            index -= 1
        return None

    def _strike_counts(self, s: Sentence, counts: list[_Count]) -> list[_Count]:
        """Strikes or hits counted with no weapon noun ("four strikes on Kyiv", "51 hits at 15
        locations"): that many hits. Their weapon is the one class the sentence or the one
        before names, else drones (hits are one field for both classes)."""
        found: list[_Count] = []
        text = s.text
        for match in self.rules.strike_count.finditer(text):
            a, b = s.start + match.start("num"), s.start + match.end("num")
            if any(c.start <= a < c.end for c in counts) or _SETTLEMENTS_COUNTED.match(text, match.end()):
                continue  # (a shelling summary: "412 strikes on 14 settlements")
            value = self.lex.parse_number(match.group("num"))
            if not value:
                continue
            named = {c.weapon for c in counts} or {self._weapon_class(m.group(0)) for m in self.weapon_any_re.finditer(text)}
            weapon = named.pop() if len(named) == 1 else self._carried_weapon(s) or self._weapon_named_just_before(s)
            found.append(_Count(value, a, b, weapon or "drone", "breached"))
        return found

    def _weapon_named_just_before(self, s: Sentence) -> str | None:
        """The one weapon class named in the sentence before ``s`` (same paragraph)."""
        if s.index == 0:
            return None
        before = self.sentences[s.index - 1]
        if before.paragraph != s.paragraph:
            return None
        named = {self._weapon_class(m.group(0)) for m in self.weapon_any_re.finditer(before.text)}
        return named.pop() if len(named) == 1 else None

    def _count_matches(self, text: str) -> list[re.Match[str]]:
        """Count phrases, searched only in windows ending at a weapon noun (fast)."""
        matches: list[re.Match[str]] = []
        last_end = 0
        for noun in self.weapon_any_re.finditer(text):
            window_start = max(last_end, noun.start() - 120)
            window_end = _WORD_END.search(text, noun.end() + 40).start()  # never inside a word ("428 drone|s")
            for match in self.count_re.finditer(text, window_start, window_end):
                if match.start() >= last_end and match.end() <= window_end:
                    matches.append(match)
                    last_end = match.end()
        return matches

    def _left_role(self, s: Sentence, start: int, clause: tuple[int, int]) -> str | None:
        left = self.text[clause[0] : start]
        best: tuple[int, str] | None = None
        for role, pattern in self.lex.roles.items():
            for match in pattern.finditer(left):
                if best is None or match.end() > best[0]:
                    best = (match.end(), role)
        return best[1] if best else None

    def _emit_counts(
        self, s: Sentence, mentions: list[PlaceMention], counts: list[_Count], consumed: list[tuple[int, int]]
    ) -> None:
        group = self._next_group()
        last_total: dict[tuple[str, str | None], str] = {}  # (weapon, role) -> place of the last total
        for index, count in enumerate(counts):
            consumed.append((count.start, count.end))
            if count.num2_span:
                consumed.append(count.num2_span)
            if index and counts[index - 1].breakdown and not count.breakdown:
                between = self.text[counts[index - 1].end : count.start]
                if _LIST_GAP.fullmatch(between):
                    count.breakdown = True
            if count.role is None:
                continue
            stop = counts[index + 1].start if index + 1 < len(counts) else None
            limit = stop if stop is not None else s.end
            colon = _COLON_BEFORE_PARTS.match(self.text, count.end, limit)
            parts_of = count
            if colon is not None and count.role == "launched":
                # "31 of the 40 drones launched overnight had been destroyed, 22 of them over
                # Odesa region": the parts take the verb before them
                verbs = self._verbs_in(s, count.end, colon.end())
                if verbs and max(verbs)[1] != "launched":
                    parts_of = _Count(0, count.start, count.end, count.weapon, max(verbs)[1])
            if colon is not None and self._ellipsis(s, mentions, parts_of, None, consumed, limit, colon.end()):
                # "destroyed 42 Ukrainian UAVs overnight: 17 over the Bryansk region, 12 over
                # ...": the total is the national tally, each part a regional figure.
                mods = self.text[count.start : count.end]
                whole = self._region_named_as_the_region(self.text[count.end : colon.end()])
                national = count.target = whole or self._country_target(self._country_for_tally(s, mods))
                self._add_count_facts(s, count, national, group)
                last_total[(count.weapon, count.role)] = national.key
                continue
            if count.target is None and _OVER_SEVERAL_REGIONS.match(self.text, count.end):
                # "destroyed 34 Ukrainian UAVs over eight Russian regions": the national tally
                count.target = self._country_target(self._country_for_tally(s, self.text[count.start : count.end]))
            target = count.target or self._coordinated_target(counts, index) or self._place_for(
                count.start, count.end, s, mentions, stop=self._coordination_end(counts, index), local_impact=count.debris or count.role == "breached"
            )
            if target is None and count.refers_to is not None:
                target = count.refers_to.target  # "attacked Kyiv with 15 missiles; 12 hit the city"
            if target is None and count.carried and index and counts[index - 1].target is not None and (
                counts[index - 1].target.place is not None and counts[index - 1].target.place.place_level != "country"
            ):
                target = counts[index - 1].target  # "One was shot down by air defence, the second was suppressed"
            if target is None and count.carried:
                target = self._tally_place_just_before(s, count.weapon)  # "12 drones at Sumy. 8 of them were ..."
                if target is None and not self._local(mentions):
                    # "Russian drones flew over the Khmelnytskyi region. Air defence shot down
                    # three of them": where the weapons were, the one place before
                    target = self._one_place_just_before(s)
            if target is None and not self._local(mentions) and not any(m.is_country for m in mentions) and not (
                _COUNTRY_SCOPE.search(s.text)  # "Across the country, the enemy used 37 drones": national
            ):
                # "two missiles at Kremenchuk. One missile was shot down": a local tally's place
                before = self._tally_place_just_before(s, count.weapon)
                local_before = before is not None and before.place is not None and before.place.place_level != "country"
                target = before if local_before else None
                if target is None and count.role in ("downed", "lost", "breached"):
                    # a local official: "The enemy attacked Melitopol with strike UAVs. Air
                    # defence shot down three drones, but one hit the substation"
                    target = self._place_attacked_just_before(s, count.weapon)
            if target is None and count.role == "breached" and s.text.startswith(("In ", "At ")):
                # "In Lgov, a drone of the Armed Forces of Ukraine hit a car": the opening place
                opening = [m for m in self._local(mentions) if m.start < count.start and self._can_carry(m)]
                if len({m.place.id for m in opening if m.place}) == 1:
                    target = self._target_of(opening[-1])
            if target is None and (count.role == "breached" or (count.role == "downed" and count.value == 1)):
                # "A missile hit Chernihiv ... Three missiles hit a building."; "a fire at the
                # Volgograd refinery ... debris from a downed drone"
                target = self._topic_of_hits(s)
            if target is None and count.role in ("downed", "launched"):
                # "27 drones flying toward Moscow were destroyed", "sent 11 drones towards Shostka"
                target = self._destination(s, mentions, count)
            if target is None and self._heading[0] == s.paragraph and count.role == "downed":
                target = self._heading[1]  # "Lugansk. ... Air defence forces shot down three missiles"
            if target is None:
                mods = self.text[count.start : count.end]
                target = self._country_target(self._country_for_tally(s, mods))
            count.target = target
            if count.breakdown and last_total.get((count.weapon, count.role)) == target.key:
                # "13 missiles, including seven Kh-101": parts of a total already counted
                # (but "440 drones, of which 428 were shot down" is another figure).
                continue
            if not count.breakdown:
                last_total[(count.weapon, count.role)] = target.key
            self._add_count_facts(s, count, target, group)
            if target.place is not None and target.place.place_level != "country" and target.mention is not None:
                self._ellipsis(s, mentions, count, target, consumed, limit, target.mention.end)

    def _region_named_as_the_region(self, between: str) -> Target | None:
        """The topic's region when a total's words call it "the region" ("shot down six
        drones over the region: four over Mykolaiv district and ...")."""
        topic = self.topic
        if topic is None or topic.place is None or topic.place.place_level == "country":
            return None
        if _OVER_THE_REGION.match(between) is None:
            return None
        return self._region_target(topic.place.admin1)

    def _coordinated_target(self, counts: list[_Count], index: int) -> Target | None:
        """The place of the count this one is coordinated with ("hit Kyiv with 250 drones
        and 14 missiles": the missiles' place is the drones')."""
        if index == 0:
            return None
        previous = counts[index - 1]
        if previous.target is None or previous.role != counts[index].role:
            return None
        if not _COORDINATED.fullmatch(self.text, previous.end, counts[index].start):
            return None
        return previous.target

    def _coordination_end(self, counts: list[_Count], index: int) -> int | None:
        """Where the place of a count may be looked for up to: the next count, or past the
        counts coordinated with it ("810 drones and decoys along with 13 missiles at Ukraine")."""
        following = index + 1
        while following < len(counts) and _COORDINATED.fullmatch(self.text, counts[following - 1].end, counts[following].start):
            following += 1
        return counts[following].start if following < len(counts) else None

    def _destination(self, s: Sentence, mentions: list[PlaceMention], count: _Count) -> Target | None:
        """The place the downed or launched weapons were heading for, named right after them
        ("27 drones flying toward Moscow", "sent 11 drones towards Shostka")."""
        for mention in mentions:
            if count.end <= mention.start <= count.end + 40 and mention.heading and mention.place is not None:
                gap = self.text[count.end : mention.start]
                if mention.is_country or not (
                    _HEADING_BEFORE.search(gap) or (count.role == "launched" and _TOWARDS_GAP.fullmatch(gap))
                ):
                    return None
                return self._target_of(mention)
        return None

    def _one_place_just_before(self, s: Sentence) -> Target | None:
        """The one local place figures may attach to in the sentence before ``s`` (same paragraph)."""
        if s.index == 0 or self.sentences[s.index - 1].paragraph != s.paragraph:
            return None
        before = self.sentences[s.index - 1]
        local = [m for m in self._local(self._mentions_in(before.start, before.end)) if self._can_carry(m) and not m.in_list]
        if len({m.place.id for m in local if m.place}) != 1 or len(local) != 1:
            return None
        return self._target_of(local[0])

    def _tally_place_just_before(self, s: Sentence, weapon: str) -> Target | None:
        """The place of the last figure for ``weapon`` in the sentence before ``s``."""
        for fact in reversed(self._facts_just_before(s)):
            if fact.weapon == weapon and fact.field in _WEAPON_FIELD_NAMES:
                return fact.target
        return None

    def _place_attacked_just_before(self, s: Sentence, weapon: str) -> Target | None:
        """The one local place the sentence before ``s`` says was attacked with ``weapon``
        in a local official's words (a governor's or mayor's post or quote, in the paragraph
        or the one before), when ``s`` names no national source."""
        if s.index == 0 or _NATIONAL_SOURCE.search(s.text):
            return None
        if not self.lex.weapon_noun[weapon].search(self.sentences[s.index - 1].text):
            return None
        facts_before = self._facts_just_before(s)
        attacked = {f.target.key: f.target for f in facts_before if f.field == "hit"}
        if len(attacked) != 1 or any(f.field in _WEAPON_FIELD_NAMES for f in facts_before):
            return None
        [target] = attacked.values()
        if target.place is None or target.place.place_level == "country":
            return None
        first = s.index  # the first sentence of the paragraph before
        while first > 0 and self.sentences[first - 1].paragraph >= s.paragraph - 1:
            first -= 1
        return target if _LOCAL_OFFICIAL.search(self.text, self.sentences[first].start, s.end) else None

    def _topic_of_hits(self, s: Sentence) -> Target | None:
        """The place a report is about, for hits a sentence gives no place of their own: a
        local topic, in a report with no national tally so far and a sentence that names
        no country."""
        topic = self.topic
        if topic is None or topic.place is None or topic.place.place_level == "country":
            return None
        if self._national_tally or any(
            f.target.place is not None and f.target.place.place_level == "country" for f in self._sentence_facts(s)
        ):
            return None
        if _COUNTRY_SCOPE.search(s.text) or "Ukraine" in s.text or "Russia" in s.text:
            return None
        return self._topic_or_its_whole(topic, s.start)  # ("... shot down on the approach to the city": the city)

    def _add_count_facts(self, s: Sentence, count: _Count, target: Target, group: int) -> None:
        field_name = WEAPON_FIELDS.get((count.weapon, count.role or ""))
        if field_name is None:
            return
        if count.list_group is not None:
            group = count.list_group
        self.facts.append(
            Fact(field_name, count.value, count.start, count.end, s, target, count.weapon, group, list_part=count.list_group is not None)
        )
        if count.num2 is not None and count.num2_span is not None:
            launched = WEAPON_FIELDS[(count.weapon, "launched")]
            self.facts.append(
                Fact(launched, count.num2, count.num2_span[0], count.num2_span[1], s, target, count.weapon, group)
            )
        if count.all_of and count.role == "downed":
            launched = WEAPON_FIELDS[(count.weapon, "launched")]
            if not any(
                f.field == launched and f.value == count.value and f.target.key == target.key for f in self._sentence_facts(s)
            ):  # ("used ... 21 Shahed attack drones; 21 missiles and all 21 drones were shot down": those 21)
                self.facts.append(Fact(launched, count.value, count.start, count.end, s, target, count.weapon, group))

    def _ellipsis(
        self,
        s: Sentence,
        mentions: list[PlaceMention],
        count: _Count,
        previous: Target | None,
        consumed: list[tuple[int, int]],
        limit: int,
        pos: int,
    ) -> int:
        """Figures for further places after ``pos``: "51 drones were destroyed over Crimea,
        44 over the Krasnodar region, ..." (the parts of ``count``; ``previous`` is the place
        of the figure before them, if any). Returns how many parts were found."""
        parts = 0
        while pos < limit:
            # "..., four over the Moscow Region, including two flying towards Moscow, and two over
            # the Tula Region": an aside within the last part, not a part of its own
            aside = _INCLUDING_ASIDE.match(s.text, pos - s.start, limit - s.start)
            if aside is not None:
                pos = s.start + aside.end()
            # Matched in the sentence, not the report: a folded pattern lower-cases its subject.
            match = self.ellipsis_re.match(s.text, pos - s.start, limit - s.start)
            if not match:
                break
            value = self.lex.parse_number(match.group("num"))
            if value is None:
                break
            num_start, num_end, match_end = (s.start + match.start("num"), s.start + match.end("num"), s.start + match.end())
            following = [m for m in mentions if m.start >= match_end - 1 and m.usable]
            if not following or following[0].start - match_end > 30:
                break
            mention = following[0]
            consumed.append((num_start, num_end))
            # "eight each over the Voronezh and Kaluga regions": the figure for each of them
            group = mention.plural_group
            each = [m for m in following if m.plural_group == group] if match.group("each") and group is not None else [mention]
            for member in each:
                part = _Count(value, num_start, num_end, count.weapon, count.role)
                target = self._same_level(member, previous)
                self._add_count_facts(s, part, target, self._next_group())
                previous = previous or target
                parts += 1
            pos = each[-1].end
        return parts

    def _same_level(self, mention: PlaceMention, previous: Target | None) -> Target:
        """In a list of regional figures ("18 over the Kursk region and six over Bryansk"),
        or in the parts of a national total ("24 drones: 12 over Belgorod, 8 over Kursk"; no
        ``previous``), a bare name that is also a region's core is that region."""
        target = self._target_of(mention)
        regional = previous is None or (previous.place is not None and previous.place.place_level == "region")
        if regional and target.place is not None and target.place.place_level == "city" and mention.hint is None:
            regions = self.gaz.candidates(mention.key, "region")
            same = [p for p in regions if p.admin1 == target.place.admin1]
            if same:
                region = Target(same[0].id, same[0], same[0].country, mention)
                self._read_as[id(mention)] = region
                return region
        return target

    def _next_group(self) -> int:
        self.group_counter += 1
        return self.group_counter
