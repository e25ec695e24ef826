"""Damage tags, hit predicates and places named in lists."""

from __future__ import annotations

import re

from geoevents.extract.facts import Fact, Target
from geoevents.extract.patterns import _SPEAKS
from geoevents.lexicon import folded
from geoevents.places import NAMED_WITH_CONTAINER, PLACE_LIST_GAP, PlaceMention, lies_in
from geoevents.text import Sentence

# Where an attack was aimed, not what it hit: "The attack focused on energy facilities in ..."
# (but "the drones are focused on the Morozovsk district" is where they struck).
_AIM_WORD = re.compile(r"target(?:ed|ing|s)?", re.I)
_FOCUSED_ON = folded(
    r"\b(?:focused|focusing|concentrated|concentrating|centred|centered)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:facilities|infrastructure|sites|targets|enterprises|objects)\s+(?:in|of)\b",
    needles=("focus", "concentrat", "centred on", "centered on"),
)

_VILLAGE_OF_BEFORE = re.compile(r"\b(?:village|settlement|town|hamlet|khutor)\s+of\s+$", re.I)
_SETTLEMENT_AFTER_CONTAINER = re.compile(r",\s*(?:in|at|near)\s+the\s+(?:village|settlement|town|hamlet|khutor|stanitsa|selo)\s+(?:of\s+)?")

# A colon opening a list of places that were attacked: "Hromadas that came under fire: A, B, C".
_ROLL_CALL = re.compile(r"\b(?:came|come|were|was)\s+under\s+(?:fire|attack)[^:]{0,40}:|\b(?:attacked|shelled|hit|targeted)\s*:")

# "power lines in the Chernihiv region": a noun and the place it is in.
# Plans and payments for what earlier attacks did: "planned to build shelters in Tetkino and to
# give families compensation for damaged property".
_AFTERMATH_PLAN = re.compile(
    r"\bcompensation\s+for\b|\bplan(?:s|ned)?\s+to\s+(?:build|rebuild|restore|repair|install)\b", re.I
)
_NOT_DAMAGED_BEFORE = re.compile(
    r"\b(?:closure|closing|closed|shut|shutting|suspended|suspension|restrictions?|halted|halting|protection|protecting"
    r"|protect|defending)\b"
    r"(?:\s+(?:down|of|at|on|to|all|the|its|their|four|three|two|main|[\w’'-]+['’]s))*\s+$",
    re.I,
)
_PARKED_NEAR_BEFORE = re.compile(r"\bparked\s+(?:near|next\s+to|outside|beside|by|in\s+front\s+of)\s+(?:an?\s+|the\s+)?$", re.I)
_IN_PLACE_GAP = re.compile(
    # "energy facilities were damaged in the Ivano-Frankivsk region"; "port infrastructure in the
    # Izmail district" (the noun's last words: the word list matched "port")
    r"[\s,]*(?:(?:infrastructure|facilities|facility|buildings?|terminals?|premises)\s+)?"
    r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:damaged|destroyed|hit|struck)\s+)?"
    r"(?:in|at|on|near)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?"
)

_TAKEN_TO = folded(
    r"\b(?:(?:taken|brought|rushed|admitted|delivered) to|(?:died|dies|remains?|remained|treated|recovering) in)"
    r" (?:the |a |an )?(?:[\w-]+ ){0,3}$",
    needles=("taken", "brought", "rushed", "admitted", "delivered", "died", "dies", "remain", "treated", "recovering"),
)

_STOREYED = folded(r"(?<![\w-])[\w]+-stor(?:e)?y\s+(?:residential\s+)?(?:building|block|house)s?\b", needles=("-stor",))

_REPAIRED = folded(r"\b(?:reopened|rebuilt|renovated|after repairs)\b", needles=("reopened", "rebuilt", "renovated", "after repairs"))
_NO_DAMAGE = folded(r"\bno (?:damage|destruction)\b", needles=("no ",))
_DAMAGED = folded(r"\bdamaged\b", needles=("damaged",))
_NO_HITS = folded(
    r"\bno (?:hits?|(?:(?:drone|missile|air)\s+(?:or\s+\w+\s+)?)?(?:attacks?|strikes?))\b", needles=("no ",)
)  # "no hits", "there were no drone or missile attacks on the region overnight"


class _DamageRules:
    """Rules reading damage, hits and lists of places."""

    def _damage(self, s: Sentence, mentions: list[PlaceMention]) -> None:
        lex = self.lex
        text = s.text
        if not lex.damage_predicate.search(text):
            return
        if _NO_DAMAGE.search(text) and not _DAMAGED.search(text):
            return
        if _REPAIRED.search(text):
            return  # "The hotel, which was badly damaged by the strike, reopened in March after repairs": old damage
        text = self.weapon_any_re.sub(lambda m: " " * len(m.group(0)), text)
        hits: list[tuple[int, int, str]] = []
        for match in lex.damage_any.finditer(text):
            noun = match.group(0)
            if _TAKEN_TO.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "taken to the Grayvoron hospital", "died in hospital": where the wounded went
            if _PARKED_NEAR_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "hit a minibus parked near a residential building": where the minibus stood
            if _NOT_DAMAGED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "forcing the closure of the capital's airports", "protection of energy facilities": not damaged
            if _SPEAKS.match(text, match.end()):
                continue  # "..., the regional prosecutor's office said": a source, not damage
            for tag in self._damage_tags(noun):
                hits.append((match.start(), match.end(), tag))
        for match in _STOREYED.finditer(text):  # "a 9-storey building": the word list needs a word start
            hits.append((match.start(), match.end(), "residential"))
        kept = [
            h for h in hits
            if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0]) and o[2] != h[2] for o in hits)
        ]
        for start, end, tag in kept:
            if any(m.start <= s.start + start < m.end for m in mentions):
                continue
            a, b = s.start + start, s.start + end
            for target in self._damage_targets(a, s, mentions, b):
                self.facts.append(Fact("damage", tag, a, b, s, target))

    def _damage_targets(self, pos: int, s: Sentence, mentions: list[PlaceMention], end: int) -> list[Target]:
        """The places damage at ``pos`` (a noun ending at ``end``) is about: the place right
        after the noun ("power lines in the Chernihiv region"), else the nearest place in
        its clause (before it, else after it), or each place of the list that place is in
        ("energy facilities were hit in the Volyn, Rivne and Odesa regions")."""
        local = [m for m in self._local(mentions) if self._can_carry(m)]
        if not local:
            return [self.topic] if self.topic is not None else []
        clause = self._clause_of(self._clauses(s), pos)
        before = [m for m in local if clause[0] <= m.start < pos]
        after = [m for m in local if pos <= m.start < clause[1]]
        chosen = before[-1] if before else after[0] if after else None
        if before and after and after[0].start - end <= 40 and _IN_PLACE_GAP.fullmatch(self.text, end, after[0].start):
            chosen = after[0]
        if chosen is None:
            return [self._prefer_topic(self._target_of(self._finest(local)))]
        if chosen.in_list:
            members = self._list_around(chosen, local)
            if len(members) > 1:
                return [self._target_of(m) for m in members]
        return [self._prefer_topic(self._target_of(self._refine(chosen, mentions, clause)))]

    def _list_around(self, mention: PlaceMention, local: list[PlaceMention]) -> list[PlaceMention]:
        """The coordinated list ``mention`` belongs to ("Kharkiv, Sumy and Poltava")."""
        index = local.index(mention)
        first = last = index
        while first > 0 and PLACE_LIST_GAP.fullmatch(self.text, local[first - 1].end, local[first].start):
            first -= 1
        while last + 1 < len(local) and PLACE_LIST_GAP.fullmatch(self.text, local[last].end, local[last + 1].start):
            last += 1
        return local[first : last + 1]

    def _hits_and_lists(self, s: Sentence, mentions: list[PlaceMention]) -> None:
        named = [m for m in mentions if m.usable and not m.is_country and not m.org]
        if not named:
            return
        # (not a campaign: "Oleshky ... has repeatedly been attacked by drones")
        hit = (
            self._states_a_hit(s) and not _NO_HITS.search(s.text) and not self.lex.history.search(s.text)
            and not _AFTERMATH_PLAN.search(s.text)
        )
        focus = _FOCUSED_ON.search(s.text) if hit else None
        aimed_from = s.start + focus.end() if focus is not None else s.end  # "The attack focused on ... in X": an aim
        # "with Lviv, Volyn and Zakarpattia regions targeted", "Kyiv, Dnipro and Odesa were targeted": places aimed at, in a list
        aimed_regions = hit and all(_AIM_WORD.fullmatch(m.group()) for m in self.lex.hit.finditer(s.text))
        roll_call = _ROLL_CALL.search(s.text) if hit and ":" in s.text else None
        enumerated_from = s.start + roll_call.end() if roll_call is not None else None
        if enumerated_from is not None and sum(m.start >= enumerated_from for m in named) < 3:
            enumerated_from = None
        for previous, mention, following in zip([None, *named[:-1]], named, [*named[1:], None], strict=True):
            if (
                previous is not None and previous.place is not None and mention.place is not None
                and NAMED_WITH_CONTAINER.fullmatch(self.text, previous.end, mention.start) is not None
                and lies_in(previous.place, mention.place, named_together=True)
            ):
                continue  # "Kivsharivka, Kupiansk district": only where the village lies
            if (
                following is not None and following.place is not None and mention.place is not None
                and _SETTLEMENT_AFTER_CONTAINER.fullmatch(self.text, mention.end, following.start) is not None
                and lies_in(following.place, mention.place, named_together=True)
            ):
                continue  # "In the Kamensky district, in the settlement of Glubokiy": where it lies
            if (
                following is not None and following.place is not None and self._opens_as_raion(mention)
                and following.place.place_level in ("village", "city")
                and _VILLAGE_OF_BEFORE.search(self.text, max(mention.end, following.start - 20), following.start) is not None
                and lies_in(following.place, mention.place, named_together=True)
            ):
                continue  # "In the Graivoronsky district a drone attacked ... in the village of Dunayka": where it lies
            kind = "hit" if hit and not mention.heading and not mention.included and mention.start < aimed_from else "listed"
            if aimed_regions and mention.in_list and mention.place is not None:
                kind = "listed"
            if kind == "hit" and enumerated_from is not None and mention.start >= enumerated_from:
                kind = "listed"  # "Hromadas that came under fire: Krasnopillia, Bilopillia, Khotin, ...": a roll call
            target = self._read_as.get(id(mention)) or self._target_of(mention)
            self.facts.append(Fact(kind, None, mention.start, mention.end, s, target))

    def _states_a_hit(self, s: Sentence) -> bool:
        """Whether the sentence says something was hit. A verb that downed the weapons this
        sentence counts ("forces destroyed 30 Shaheds over the Kyiv and Sumy regions") is
        not a hit on the places named."""
        downing: list[tuple[int, int]] = []
        if any(f.field.endswith(("_downed", "_lost")) for f in self._sentence_facts(s)):
            downing = self._role_hits(s)["downed"] + self._role_hits(s)["lost"]
        for match in self.lex.hit.finditer(s.text):
            a, b = s.start + match.start(), s.start + match.end()
            if not any(a < y and x < b for x, y in downing):
                return True
        return False
