"""Patterns compiled from the lexicon (one set per lexicon, cached)."""

from __future__ import annotations

from dataclasses import dataclass

from geoevents.lexicon import FoldedPattern, Lexicon, folded


@dataclass(frozen=True)
class _Rules:
    """Regular expressions built from a lexicon (compiled once per lexicon)."""

    count: FoldedPattern
    number: FoldedPattern
    ellipsis: FoldedPattern
    of_which: FoldedPattern
    cas_right: FoldedPattern
    weapon_any: FoldedPattern
    range_before: FoldedPattern
    singular_subject: FoldedPattern
    singular_object: FoldedPattern
    pair_subject: FoldedPattern
    casualty_left: FoldedPattern
    casualty_ellipsis: FoldedPattern
    lumped: FoldedPattern
    bare_count: FoldedPattern
    bare_after: FoldedPattern
    own_figure_before: FoldedPattern
    list_item: FoldedPattern
    with_before: FoldedPattern
    person_and_before: FoldedPattern
    a_person: FoldedPattern
    running_total: FoldedPattern
    strike_count: FoldedPattern
    # Word -> answer memos (bounded: the lexicon's nouns as written).
    weapon_classes: dict[str, str]
    damage_tags: dict[str, tuple[str, ...]]


_MEMO_SIZE = 4096
_RULES_CACHE: dict[int, tuple[Lexicon, _Rules]] = {}


def _rules(lex: Lexicon) -> _Rules:
    cached = _RULES_CACHE.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    count = folded(
        rf"(?:(?<![\w-])(?P<q>{lex.qualifier})\s+)?(?P<num>{lex.number})"
        rf"(?:\s+(?:of|out of)\s+(?:the\s+|these\s+|them\s+)?(?:(?P<q2>{lex.qualifier})\s+)?(?P<num2>{lex.number})|\s+of\s+the)?"
        rf"\s+(?P<mods>(?:(?!(?:{lex.phrase_breaker})\b)[\w’'/-]+\s+){{0,5}}?)(?P<weapon>{lex.weapon_any})(?![\w])"
    )
    number = folded(rf"(?:(?<![\w-])(?P<q>{lex.qualifier})\s+)?(?P<num>{lex.number})")
    ellipsis = folded(
        rf"\s*,?\s*(?:and\s+|as well as\s+|along with\s+)?(?:(?P<q>{lex.qualifier})\s+)?(?P<num>{lex.number})\s+(?:(?P<each>each)\s+)?(?:more\s+|others?\s+|of them\s+)?"
        rf"(?:(?:{lex.weapon_any})\s+)?(?:deaths?\s+|injur(?:ies|ed)\s+)?(?:were\s+|was\s+)?(?:(?:reported|recorded|destroyed|downed|shot down|intercepted)\s+)?(?:over|in|above|on|at|near|across)\s"
    )
    of_which = folded(
        rf",?\s*(?:and\s+)?(?:(?P<num>{lex.number})\s+of\s+(?:which|them|these)\b"
        rf"|(?:of\s+(?:which|them|these)|among\s+them),?\s+(?:(?:{lex.qualifier})\s+)?(?P<num2>{lex.number}))",
        needles=("which", "them", "these"),
    )
    cas_right = folded(
        r"^\s+(?:(?:more|other|others|additional|further|people|persons?|civilians?|of\s+them|in\s+total|in\s+all"
        r"|(?!(?:and|or|but|while|whereas|with|as|after|before|when|killing|wounding|injuring|leaving|including)\b)[a-z]+(?:['’-][a-z]+)*)\s+){0,6}?"
        # "nine people, including a child, were injured"
        # "eighteen people, four of them children, were taken to hospital"
        # (an age aside is masked to spaces: "two men, aged 47 and 52, sustained ...")
        r"(?P<incl>[a-z]+,\s+(?:(?:including|among them|among whom)\s+[^,;.]{1,40}|[\w-]+\s+of\s+them\s+[^,;.]{1,30})?,\s+)?"
        # "suffered minor injuries"
        r"(?:(?:were|was|have|has|had|been|are|is|being|reportedly|also|later|confirmed|got|remain|remained"
        r"|suffered|sustained|received|minor|light|serious|severe|shrapnel"
        r"|slightly|lightly|seriously|severely|critically|badly|gravely|moderately|fatally|mortally)\s+){0,3}"  # "was slightly injured"
        rf"(?P<kw>(?P<k>{lex.killed.pattern})|(?P<w>{lex.wounded.pattern}))"
    )
    weapon_any = lex.weapon_word
    range_before = folded(
        rf"(?:between\s+|from\s+)?(?P<low>{lex.number})\s*(?:-|–|—|to|and)\s*$", needles=("-", "–", "—", "to", "and")
    )
    person = rf"(?:{lex.singular_persons})"
    # One person: "a woman", "her 14-year-old son", "the driver".
    # (the words between a determiner and its person are not another determiner: in "the
    # Novomoskovsk district a woman" the person is "a woman")
    one_person = (
        rf"(?:(?:an?|one|the|her|his|their|its)\s+(?:(?!(?:an?|the|one)\s)[\w-]+\s+){{0,3}}?{person}|one\s+of\s+them"
        # "one of its employees", "one of our power engineers"
        r"|one\s+of\s+(?:its|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?(?:employees|workers|engineers|staff|residents|crew|passengers|servicemen|soldiers))"
    )
    singular_subject = folded(
        rf"\b{one_person}\b(?:\s+of\s+[\w\s]{{1,30}}?|,\s*\d{{1,3}},|,\s*,|,\s+an?\s+[\w-]+(?:\s+[\w-]+){{0,2}}(?:\s+born\s+in\s+\d{{4}})?,"
        r"|,?\s+born\s+in\s+\d{4},?"
        r"|\s+in\s+(?:her|his)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"  # "a woman in her sixties"
        r"|\s+in\s+the\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+(?:district|village|microdistrict|neighbourhood)"  # "a woman in the Levoberezhny district"
        # "A 59-year-old man who was near a bus stop died"; "a man who was injured has died": the last verb
        r"|\s+who\s+(?:was|had\s+been|lived|worked)\b(?!\s+(?:among|one\s+of)\b)[^,.;]{0,80})?\s+"
        r"(?:(?:was|has|had|been|is|got|reportedly|also|later|subsequently|slightly|lightly|seriously|severely|critically"
        r"|badly|gravely|moderately|fatally|mortally)\s+){0,3}(?P<kw>killed|died|dead|perished|lost\s+(?:his|her)\s+life|injured|wounded"
        r"|hurt|hospitali[sz]ed|treated by medics|treated on the spot|(?:sought|asked\s+for|received)\s+medical\s+(?:help|assistance)"
        r"|treated\s+for\s+(?:smoke\s+inhalation|injuries|wounds|burns|cuts|shrapnel\s+wounds)"
        rf"|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,3}}?{_INJURY_NOUNS}|taken\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?hospital"
        r"|(?<=has\s)(?:minor\s+|light\s+|serious\s+|severe\s+)?(?:shrapnel\s+|blast\s+)?(?:wounds|injuries|burns)"  # "The driver has shrapnel wounds"
        r"|cut\s+by\s+(?:flying\s+|broken\s+)?(?:glass|shrapnel|debris|fragments))\b"
    )
    aside = r"(?:,\s+an?\s+[\w-]+(?:\s+[\w-]+)?,)?"  # "Its driver, a 34-year-old man, and ..."
    # "killing a man", "killing a young woman and her two-month-old son" (two)
    singular_object = folded(
        rf"\b(?P<kw>killed|killing|injured|injuring|wounded|wounding)\s+{one_person}"
        rf"(?:{aside}\s+and\s+(?P<second>{one_person}))?\b"
    )
    pair_subject = folded(
        rf"\b{one_person}{aside}\s+and\s+{one_person}{aside}\s+"
        r"(?:(?:(?:were|have been|had been|reportedly|also|later)\s+){1,3}(?P<kw>killed|died|dead|injured|wounded|hurt|hospitali[sz]ed"
        r"|taken\s+to\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}?hospital)"  # "a woman and her son were taken to hospital"
        rf"|(?P<kw2>(?:suffered|sustained|received)\s+(?:[\w-]+\s+){{0,3}}?{_INJURY_NOUNS}))\b"
    )
    rules = _Rules(
        count, number, ellipsis, of_which, cas_right, weapon_any, range_before, singular_subject, singular_object,
        pair_subject,
        folded(
            r"\b(?P<kw>killing|killed|kills|kill|injuring|injured|wounding|wounded|injures|leaving|left)\s+"
            # "killing a man and two children", "killing a woman and her two daughters"
            rf"(?:{one_person}\s+and\s+(?:her\s+|his\s+|their\s+)?)?"
            rf"(?:(?:{lex.qualifier})\s+)?(?:(?:a|an|the)\s+family\s+of\s+)?$",
            needles=("kill", "injur", "wound", "leaving", "left"),
        ),
        folded(
            # "rose to nine, Tkachenko said: one in X": a speech tag may come before the colon
            r"^[^,;:]*?(?:,\s*(?:[\w.’'-]+\s+){1,4}?(?:said|says|reported|wrote|added)(?=\s*:))?"
            rf"(?:,\s*(?:and\s+)?|\s+and\s+|\s*:\s*)(?:(?:{lex.qualifier})\s+)?(?P<num>{lex.number})\s*"
            # an aside after the figure: "and two, one of them a 12-year-old girl, in ..."
            r"(?:,\s*(?:one|two|three|four|five|all|both|most)\s+of\s+them\s+[^,;:]{1,40},\s*)?(?:more\s+)?"
            r"(?:in|on|at|near)\s"
        ),
        # "destroyed or jammed": one lumped figure.
        folded(
            rf"(?:{lex.roles['downed'].pattern})\s*(?:,|or|and|and/or|/)\s*(?:{lex.roles['lost'].pattern})"
            rf"|(?:{lex.roles['lost'].pattern})\s*(?:or|and|/)\s*(?:{lex.roles['downed'].pattern})"
        ),
        # "49 were shot down", "20 more were lost": a figure whose weapon was named before.
        folded(
            rf"(?<![\w-])(?P<num>{lex.number})(?:\s+(?:more|others?|of them|of these|of those))?"
            r"\s+(?P<aux>(?:(?:were|was|have been|had been|are|got)\s+)?(?:(?:also|successfully|reportedly)\s+)?)$",
        ),
        # "shot down 72 of them": a figure after its verb, of weapons named before; also with
        # no noun at all where the clause goes on ("shot down 41, while 19 more were lost",
        # "shot down all 14, the Air Force said")
        folded(
            rf"\s+(?:(?:{lex.qualifier}|all|only|just)\s+)?(?P<num>{lex.number})"
            r"(?:\s+of\s+(?:them|these|those)\b|(?=[,;.](?:\s|$)|\s+(?:while|whereas|but|and)\s))",
        ),
        # "..., including seven in ": a figure of the place that follows.
        folded(rf"(?<![\w-])(?:{lex.number})\s+(?:people\s+|more\s+)?(?:in|on|at|over)\s+(?:the\s+)?$"),
        # A list item after a comma: " nearly 1,100 glide bombs", " and 50 missiles".
        folded(rf"\s*(?:and\s+)?(?:(?:{lex.qualifier})\s+)?(?:{lex.number})\b"),
        folded(rf"\bwith\s+(?:(?:{lex.qualifier})\s+)?$", needles=("with",)),
        # "the driver and two women were wounded": one person before a figure, added to it
        folded(rf"\b(?P<person>{one_person})\s+and\s+(?:her\s+|his\s+|their\s+)?$", needles=(" and ",)),
        # "a 44-year-old woman": one person named (whom a "She" in the next sentence is)
        folded(rf"\b(?:an?|one)\s+(?:[\w-]+\s+){{0,3}}?{person}\b"),
        # "That brings the number of drones shot down on approach to the capital since this
        # morning to 19": a running total of downed weapons
        # (or "his running count of drones shot down on the approach to the capital had reached 74")
        folded(
            r"\b(?:(?P<verb>bringing|brings|brought|raising|raises|raised|taking|takes|took)\s+(?:the\s+)?(?:total\s+)?)?"
            rf"(?:running\s+)?(?:number|total|tally|count)\s+of\s+(?:[\w-]+\s+){{0,2}}?(?P<weapon>{lex.weapon_any})\s+"
            rf"(?:{lex.roles['downed'].pattern})\b[^.;]{{0,80}}?\b(?(verb)to|(?:had\s+|has\s+)?(?:reached|stood\s+at))\s+"
            rf"(?:(?:{lex.qualifier})\s+)?(?P<num>{lex.number})\b",
            needles=("bring", "brought", "rais", "tak", "took", "reached", "stood at"),
        ),
        # "four strikes on Kyiv", "two strikes on energy facilities were recorded", "51 hits at
        # 15 locations": strikes or hits counted with no weapon noun
        folded(
            rf"(?:(?<![\w-])(?P<q>{lex.qualifier})\s+)?(?<![\w-])(?P<num>{lex.number})\s+(?:more\s+|direct\s+|confirmed\s+|separate\s+)?"
            r"(?:hits|strikes|impacts)\s+(?:on|at|in|against|into|were|have\s+been|had\s+been|recorded|registered)\b",
            needles=(" hits ", " strikes ", " impacts "),
        ),
        {}, {},
    )
    _RULES_CACHE[id(lex)] = (lex, rules)
    return rules


# What a person "suffered" or "sustained" that makes them wounded.
_INJURY_NOUNS = r"(?:injur(?:y|ies)|wounds?|(?:baro|acubaro)?traumas?|burns|cuts|bruises|lacerations|concussions?|contusions?)"
