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
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from operator import itemgetter

from geoevents.gazetteer import LEVEL_DEPTH, READ_FROM_REPORT_PRECISION, Gazetteer, Place
from geoevents.lexicon import FoldedPattern, Lexicon, folded, load_lexicon
from geoevents.models import COUNT_FIELDS, Event, Report
from geoevents.nights import (
    MONTH_NAME,
    WEEKDAY_PART_KINDS,
    TimeCue,
    dateline_date,
    evening_clock_after,
    find_time_cues,
    local_publication,
    resolve_night,
)
from geoevents.places import (
    NAMED_WITH_CONTAINER,
    PLACE_LIST_GAP,
    PlaceMention,
    find_place_mentions,
    lies_in,
)
from geoevents.reports import report_from_text
from geoevents.text import Sentence, normalize_name, split_sentences

WEAPON_FIELDS = {
    ("drone", "launched"): "drones_launched",
    ("missile", "launched"): "missiles_launched",
    ("drone", "downed"): "drones_downed",
    ("missile", "downed"): "missiles_downed",
    ("drone", "breached"): "breached",
    ("missile", "breached"): "breached",
    ("drone", "lost"): "drones_lost",
}

# ";", " – ", ", while ", " while ", ". ": written to start with one character class so
# the regex engine can skip other characters quickly.
_CLAUSE_BREAK = re.compile(
    r"[;,.\s](?:(?<=;)|(?<=\s)(?:[–—]\s|while\s)|(?<=,)\s+(?:while|whereas|but|as(?! well)"
    r"|(?:hours|minutes|days|a day|shortly|a week|weeks)\s+(?:after|before))\s|(?<=\.)\s)"  # ", hours after drones set ..."
)
_COUNTRY_SCOPE = re.compile(
    r"\b(?:(?:several|multiple|many|numerous|various|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)\s+)?"
    r"(?P<adj>Russian|Ukrainian)\s+(?:regions|oblasts|cities|territory|territories|airspace)\b"
    r"|\b(?:across|over|on|at|against|throughout)\s+(?:the\s+)?(?P<country>Ukraine|Russia|the country)\b",
)
_UA_WEAPON = folded(
    r"\bUkrainian(?:-made|-launched)? (?:attack |strike |kamikaze )?(?:drones?|UAVs?|unmanned|aircraft-type|missiles?)",
    needles=("ukrainian",),
)
_RU_WEAPON = folded(
    r"\bRussian(?:-made|-launched)? (?:attack |strike |kamikaze |cruise |ballistic |guided )?(?:drones?|UAVs?|missiles?|Shaheds?)"
    r"|\bRussia(?:n forces| has| had)? (?:launched|fired|attacked|struck)\b",
    needles=("russia",),
)
_RU_MINISTRY = folded(
    r"Russian (?:Defen[cs]e Ministry|Ministry of Defen[cs]e|ministry|MoD|air defen[cs]e)|Russia's (?:defen[cs]e ministry|Ministry of Defen[cs]e|air defen[cs]e)",
    needles=("russia",),
)
_UA_OFFICIAL = folded(
    r"Ukrain(?:e's|ian) (?:air force|air defen[cs]e)|\bair force\b",
    needles=("air force", "air defen"),
)
# A sentence measuring an attack against an earlier one ("below the record of ...").
_COMPARED = re.compile(r"\b(?:record|previous|than|below|above|surpass\w*|exceed\w*|compared)\b", re.I)
# A comma-separated list item that is only a capitalised name ("Kharkiv", " Kryvyi Rih").
_NAME_ITEM = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
_ANAPHOR = folded(
    r"\b(?:there|the city|the town|the village|the region|the oblast|the area|the capital|the district"
    r"|our (?:region|oblast|city|town|village|community|hromada|district))\b"  # an official's words: "at our region"
)
_HEADING = folded(
    r"\b(?:heading|flying|approaching|moving|en route)\b",
    needles=("heading", "flying", "approaching", "moving", "en route"),
)
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
# Where an attack was aimed, not what it hit: "The attack focused on energy facilities in ..."
# (but "the drones are focused on the Morozovsk district" is where they struck).
_AIM_WORD = re.compile(r"target(?:ed|ing|s)?", re.I)
_FOCUSED_ON = folded(
    r"\b(?:focused|focusing|concentrated|concentrating|centred|centered)\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:facilities|infrastructure|sites|targets|enterprises|objects)\s+(?:in|of)\b",
    needles=("focus", "concentrat", "centred on", "centered on"),
)
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
# Between a toll's verb and what it rose to: "rose overnight to nine".
_ROSE_ADVERB = r"(?:(?:overnight|further|again|later)\s+)?"
_TOLL = folded(
    r"(?:(?:bringing|brought|raising|raised|taking|took|pushing|pushed|updated|revised)\s+the\s+(?P<what2>death toll|toll"
    r"|number of (?:(?:people|persons|those)\s+)?(?:dead|killed|injured|wounded|hurt)|figure|number)"
    r"(?:\s+(?:in|from|of|by|after|during)\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}?)?\s+to\s*$)"  # ("... killed in that attack to two")
    r"|(?P<what>death toll|toll|number of (?:the )?(?:(?:people|persons|those)\s+)?(?:dead|killed|deaths|victims|injured|wounded|casualties))"
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
_LAUNCHED_BY = folded(
    r"\b(?:(?P<side>russian?|ukrainian?|ukraine)-launched|(?:launched|fired|sent)\s+by\s+(?P<by>russia|ukraine))\b",
    needles=("-launched", " by "),
)
_OFFICIALS = folded(
    r"\b(Russian|Ukrainian|Russia's|Ukraine's) (?:officials|authorities|defen[cs]e ministry|ministry|MoD|military)\b",
    needles=("russia", "ukrain"),
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
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_BEFORE = re.compile(r"\b(?:born|in|since|of|from|until|year)\s+$", re.I)
_COLON_AFTER = re.compile(r"\s*(?::|[-–—]\s|\((?=\s*\w))")  # "67 missiles: 35 Kh-101, ...", "67 missiles - 35 ...", "31 missiles (27 Kh-101, ...)"
_OTHER_NOUN = re.compile(r"\s+(?:and|or|&)\s+(?:attack\s+|strike\s+|cruise\s+|ballistic\s+)?(?P<noun>drones|missiles|UAVs)\b")
_DEBRIS_OF_BEFORE = folded(
    r"\b(?:debris|fragments?|wreckage|remains|parts|pieces)\s+(?:of|from)\s+$",
    needles=("debris", "fragment", "wreckage", "remains", "parts", "pieces"),
)
# Forces named as the subject of a downing verb defend: "Ukrainian forces shot down 50 drones".
_DEFENDS_AFTER = folded(
    r"\s+(?:(?:have|has|had|also|reportedly|successfully)\s+){0,2}"
    r"(?:shot down|downed|destroyed|intercepted|repelled|neutrali[sz]ed)\b"
)
# Held by Russia since 2014: attacks on them come from Ukraine (the gold still files them
# under Ukraine as the country).
_RUSSIAN_HELD = frozenset({"Crimea", "Sevastopol"})
# A figure written after a place: "in the Sumy region - 10", "Kharkiv region: 15", "over Kharkiv (9)".
_DASH_FIGURE = re.compile(
    r"\s*(?:[-–—:]\s*(?P<num>\d{1,3}(?:,\d{3})*|\d+)(?![\w,.:-]*\w)(?!\s+[a-z])|\(\s*(?P<pnum>\d{1,4}|[a-z]+)\s*\))"
)
_ALL_DOWNED = folded(
    r"\ball\s+(?:of\s+(?:them|these|those)|(?:the\s+|these\s+|those\s+)?(?:drones|UAVs|missiles|targets))"
    r"\s+(?:were|have been|had been)\s+(?:successfully\s+)?"
    r"(?:destroyed|shot down|downed|intercepted|neutrali[sz]ed)\b",
    needles=("all",),
)
# A correction notice opening a paragraph (see _ReportExtraction._is_correction_notice).
_NOTICE_OPENING = re.compile(r"\W*(?:correction|update|clarification|editor['’]s note)\b[^:\n]{0,30}:", re.I)
_CORRECTED = re.compile(r"\b(?:earlier|previous) version\b|\b(?:was|has been|have been) corrected\b|\bincorrectly\b|\bmistakenly\b", re.I)
# A web page's line linking another story ("Read also: Air defence downs 41 of 50 drones") or
# captioning a picture ("Photo: A volunteer clears glass from a damaged shop in Antonivka").
_LINK_LINE = re.compile(
    r"(?:(?:read|see)\s+(?:also|more)|also\s+read|related(?:\s+news)?|(?:photo|picture|image)(?:\s+credit)?)\s*:", re.I
)
# A tally's words calling its place "the region": "six drones over the region: four over ..."
_OVER_THE_REGION = re.compile(r"[^.;:]{0,30}?\b(?:over|in|above|across)\s+the\s+(?:region|oblast)\b(?!\s+of\b)", re.I)
# A raion opening a sentence ("In the Shebekino urban district, ...", "Around 11:30 in the
# Graivoronsky district ...") and a village named after it ("... the village of Dunayka").
_IN_A_RAION_OPENING = re.compile(r"(?:^|[.:;]\s+|\d\s+)(?:[Ii]n|[Aa]round[^.;]{0,12}\bin)\s+the\s+$", re.M)
_VILLAGE_OF_BEFORE = re.compile(r"\b(?:village|settlement|town|hamlet|khutor)\s+of\s+$", re.I)
_SETTLEMENT_AFTER_CONTAINER = re.compile(r",\s*(?:in|at|near)\s+the\s+(?:village|settlement|town|hamlet|khutor|stanitsa|selo)\s+(?:of\s+)?")
_AND_THEN = re.compile(r"\s+and\s+(?:then\s+|later\s+|subsequently\s+)?")
# A sentence giving figures from before an update, after it: "Initially, officials reported
# three killed and 14 injured." (not "... initially reported two dead. By evening the toll
# had risen to three": the update after it goes on from it)
_SUPERSEDED = re.compile(
    r"(?:^\W*(?:Initially|At first|Originally),?\s|\bhad\s+(?:initially\s+|earlier\s+|previously\s+|first\s+)?(?:reported|said|put)\b"
    r"|\b(?:toll|figure|number|count)\s+had\s+(?:stood|been)\s+at\b)"  # "On Sunday, the toll had stood at six dead"
    r"(?!.*\b(?:rose|risen|climbed|increased)\b)"  # ("In the early morning, officials had reported eight dead.")
)
# Local officials, and national sources, of a tally (see _place_attacked_just_before).
_LOCAL_OFFICIAL = re.compile(
    r"\b(?:governor|mayor|head of the (?:city|region|regional|district|oblast)|(?:regional|city|district)\s+(?:military\s+)?administration)\b",
    re.I,
)
_NATIONAL_SOURCE = re.compile(r"\b(?:air force|general staff|defen[cs]e ministry|ministry of defen[cs]e|nationwide|across the country)\b", re.I)
# A colon opening a list of places that were attacked: "Hromadas that came under fire: A, B, C".
_ROLL_CALL = re.compile(r"\b(?:came|come|were|was)\s+under\s+(?:fire|attack)[^:]{0,40}:|\b(?:attacked|shelled|hit|targeted)\s*:")
# "07:45. The death toll ...", "07:45 - ...": a live blog entry's time.
_ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[.:–—-]|\s(?=[A-Z0-9])|$)")  # (or alone on its line)
_ANOTHER_SUBJECT = folded(
    r"\b(?P<another>another)(?:\s+(?:person|man|woman|child|civilian|resident|one))?\s+"
    r"(?:(?:was|has been|had been|is|also|later)\s+){0,2}(?P<kw>killed|died|injured|wounded|hurt|hospitali[sz]ed)\b",
    needles=("another",),
)
_ANOTHER_OBJECT = folded(
    r"\b(?P<kw>killing|killed|injuring|injured|wounding|wounded)\s+(?P<another>another)\b(?!\s+(?:\d|[a-z]+\s+(?:people|persons)))",
    needles=("another",),
)
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
_IN_PLACE_GAP = re.compile(
    # "energy facilities were damaged in the Ivano-Frankivsk region"; "port infrastructure in the
    # Izmail district" (the noun's last words: the word list matched "port")
    r"[\s,]*(?:(?:infrastructure|facilities|facility|buildings?|terminals?|premises)\s+)?"
    r"(?:(?:was|were|had\s+been|have\s+been)\s+(?:damaged|destroyed|hit|struck)\s+)?"
    r"(?:in|at|on|near)\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?"
)
_THERE_WORD = re.compile(r"\b(?:there|(?:this|that)\s+(?:district|city|town|village|area|building))\b")
_SUBSET_OF_THE_HURT = re.compile(r"\s+of\s+(?:the|those)\s+(?P<who>wounded|injured|hurt|dead|killed)\b", re.I)
_IN_A_PLACE = re.compile(r"\s+(?:people\s+|of them\s+)?(?:in|on|at)\s+(?:the\s+)?[A-Z]")
_THE_CITY = re.compile(r"\b(?:the|this) city\b")
# The whole a topic place is part of: "16 were injured in the city", "across the region".
_WHOLE_OF_TOPIC = re.compile(
    r"\b(?:in|across|throughout|around|over|at|for|towards?|into|against|(?:on\s+the\s+)?approach(?:es)?\s+to)\s+the\s+(?:territory\s+of\s+the\s+)?"
    r"(?P<unit>city|capital|region|oblast)\b(?!['’]s)"
    r"|\bthe\s+(?P<airspace>region|oblast)['’]s\s+(?:airspace|territory)",  # "drones that entered the oblast's airspace"
    re.I,
)
_REGIONS_SETTLEMENTS = re.compile(
    r"\b(?:the\s+(?:region|oblast)['’]s\s+(?:settlements|towns|villages|communities|hromadas)"
    r"|(?:settlements|towns|villages|communities|hromadas)\s+(?:of|in)\s+the\s+(?:region|oblast))\b",
    re.I,
)
_ACROSS_THE_COUNTRY = re.compile(r"\b(?:across|throughout|all\s+over)\s+the\s+country\b|\bnationwide\b", re.I)
_FOLLOWING_NIGHT = re.compile(r"\b(?:the|that)\s+(?:following|next)\s+(?:night|evening|day)\b", re.I)
_ALSO_OPENING = re.compile(r"(?:Also|In addition|Another),?\s")
_RISEN = re.compile(rf"\b(?:risen|rose|climbed|increased|grown|grew|jumped)\s+{_ROSE_ADVERB}to\b")
_ACROSS_BEFORE = re.compile(r"\b(?:across|throughout|all over)\s+(?:the\s+)?$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
_WORD_END = re.compile(r"(?![\w’'-])")
_COMMA_AND = re.compile(r",\s+and\s+")
_AND_ONLY = re.compile(r"\s+and\s+")
_WITH = re.compile(r"\bwith\b")
_SPEECH = re.compile(r"\b(?:said|says|reported|reports|added|adding|according to|stated|announced|noted|wrote)\b")
_LAUNCHED_BEFORE = folded(
    r"\b(?:launched|fired)\s+$",
    needles=("launched", "fired"),
)
_NEGATED_COUNT = folded(
    r"\b(?:no|not|none of the|not a single)\s*$",
    needles=("no",),
)
_ONE_PERSON = folded(r"\s+(?:person|people|man|woman|child|civilian|resident|more|other|dead|died|was|in)\b")
_KILLING_BEFORE = folded(
    r"(?:killing|killed|injuring|injured|wounding|wounded)\s+$",
    needles=("kill", "injur", "wound"),
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
_TAKEN_TO = folded(
    r"\b(?:(?:taken|brought|rushed|admitted|delivered) to|(?:died|dies|remains?|remained|treated|recovering) in)"
    r" (?:the |a |an )?(?:[\w-]+ ){0,3}$",
    needles=("taken", "brought", "rushed", "admitted", "delivered", "died", "dies", "remain", "treated", "recovering"),
)
_ZERO_EXTRA = folded(
    r"\bno (?:hits|damage|destruction)(?: to [\w ]{1,40})? or (?:casualties|victims)\b",
    needles=("no ",),
)
_WEAPON_FIELD_NAMES = frozenset(WEAPON_FIELDS.values())
_UNSET = object()  # a memo not computed yet
_DIGIT = re.compile(r"\d")
_NEAR_SETTLEMENT = re.compile(r"\s+near\s+(?:the\s+)?(?:(?:village|town|settlement)\s+of\s+)?")
_NEAR_GAP = re.compile(r"\s*(?:,|of|in|['’]s)?\s*(?:the\s+)?")
_UKRAINIAN_WORD = re.compile(r"\bUkrainian\b")
_RUSSIAN_WORD = re.compile(r"\bRussian\b")
_RUSSIA_LAUNCHED = re.compile(
    r"\bRussia(?:n forces)? (?:had )?(?:launched|fired|attacked|used|sent|deployed)\b"
    r"|\bRussian (?:\w+ )?(?:attack|strike|assault) (?:with|involving|using)\b"  # "an overnight Russian attack with 88 drones"
)
# After a weapon noun: what it names is attacks, not weapons ("200 FPV drone attacks", "one of
# the largest drone attacks").
_ATTACKS_AFTER = folded(r"\s+(?:attacks|strikes|raids|assaults)\b")
_NTH_TIME_BEFORE = re.compile(r"\bfor\s+the\s+[\w-]+\s+time\s+$", re.I)
_BULLET = re.compile(r"\s*[–—•*-]\s")
_SETTLEMENTS_COUNTED = re.compile(
    r"\s+(?:\d+|[a-z]+)\s+(?:settlements|localities|towns|villages|communities|hromadas|populated)\b", re.I
)
# A toll as it now stands: "The toll now stands at one dead and seven injured", "As of now, we
# have one dead and three wounded".
_CURRENT_TOLL = folded(
    r"\b(?:toll|figure|number|tally|count)\s+(?:now\s+)?stands\s+at\b|\bas\s+of\s+now\b", needles=("stands at", "as of now")
)
_ALL_BUT_BEFORE = re.compile(r"\ball\s+but\s+$", re.I)
# "One was shot down, the second hit ...", "while the other hit", "the fourth got through": the
# subject is one weapon of a group already counted ("the other two": that many).
_ORDINAL_SUBJECT = folded(
    r"(?<![\w-])the\s+(?P<ordinal>other|first|second|third|fourth|fifth|sixth|last|remaining)"
    r"(?:\s+(?P<num>two|three|four|five|\d{1,2}))?(?:\s+one)?"
    r"\s+(?:(?:was|were|had\s+been|has\s+been|got)\s+)?(?:(?:also|then|still)\s+)?$",
    needles=("the ",),
)
_STRUCK_WITH_BEFORE = re.compile(r"\bstruck\b[^.;:]{0,70}?\bwith\s+$", re.I)
_KIND_OF = folded(r"(?<![\w-])(?:types?|kinds?|of)\b")  # (but "a Shahed-type drone" is one drone)
_DAYS_AFTER = folded(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|\d{1,2}) (?P<unit>days?|weeks?) after\b", needles=(" after",)
)
# (also after a reminder: "Recall that the day before the Air Force reported ...")
_EARLIER_OPENING = folded(
    r"\W*(?:(?:recall|we (?:will )?remind(?: you)?|as a reminder|let us recall)(?: that)?,?\s+)?"
    r"(?:(?P<n>a|one|two|three|four|five|six|seven|\d{1,2}) (?P<unit>days?|weeks?) (?:earlier|before)"
    r"|the (?:day|night) before)\b(?!\s+(?:that|a|an|this|last)\b)"
)
# "the day before the attack": the day before what follows, not an opening (but "the day before
# the Air Force reported": a subject after it)
_THE_LOWER_CASE = re.compile(r"\s+the\s+[a-z]")
_MONTH_BEFORE = folded(rf"\b{MONTH_NAME}\s+$")
_MONTH_AFTER = folded(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}\b")
_CONDITIONAL = folded(r"\b(?:if|unless|should (?:russia|ukraine|the enemy|they|it))\b", needles=("if", "unless", "should"))
# A ministry claiming its own side's strike: "its forces had struck an airfield near Myrhorod".
_OWN_FORCES_STRUCK = folded(
    r"\bits (?:forces|troops|army|aircraft|aviation|missiles|units)\s+(?:had\s+|have\s+|has\s+)?(?:struck|hit|attacked|destroyed)\b"
    # "The Russian Defence Ministry says ... it struck military-industrial facilities"
    r"|\b(?:ministry|mod)\b[^.;]{0,120}?\b(?:says|said|claims|claimed)\b[^.;]{0,40}?\bit\s+(?:had\s+|has\s+)?(?:struck|hit|attacked)\b",
    needles=("its ", "ministry", "mod"),
)
# Ukraine's forces as the subject of a strike: "Ukraine's Air Force struck the shipyard".
_UA_FORCES_STRUCK = folded(
    r"\b(?:ukraine's|ukrainian)\s+(?:air\s+force|armed\s+forces|army|military|navy|forces|troops|defence\s+forces)"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:struck|hit|attacked|targeted)\b",
    needles=("ukrain",),
)
_UNDER_FIRE = folded(r"\bunder fire\b", needles=("under fire",))
_EXERCISE = folded(r"\b(?:drills|exercises?|target drones)\b", needles=("drills", "exercise", "target drones"))
# A hypothetical attack: "Russia could soon be able to send 1,000 drones in a night".
_MODAL_ATTACK = folded(
    r"\b(?:could|would|might|may|expected\s+to)\s+(?:soon\s+|also\s+|still\s+|even\s+|eventually\s+)?(?:be\s+able\s+to\s+)?"
    r"(?:send|launch|fire|attack|strike|use|deploy|need|hit)\b",
    needles=("could", "would", "might", "may", "expected to"),
)
_ATTACKED_WITH = re.compile(
    r"\s+(?:(?:overnight|again|today|tonight)\s+)?with\s+(?:(?:a\s+total\s+of|at\s+least|more\s+than|over|about|nearly|some)\s+)?"
)
_OVER_SEVERAL_REGIONS = re.compile(
    r"\s+(?:over|across|above|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s+"
    r"(?:(?:Russian|Ukrainian|of\s+(?:Russia's|Ukraine's|the))\s+)?(?:regions|oblasts)\b",
    re.I,
)
_DISRUPTING = re.compile(
    r"(?:,|,?\s+and)\s+(?:forcing|prompting|disrupting|halting|suspending|delaying|grounding)\b"
)
_PARTICIPLE = re.compile(
    r"(?:,|,?\s+and)\s+(?:mainly\s+|mostly\s+|primarily\s+|most of them\s+)?"
    r"(?:targeting|aiming at|aimed at|directed at|focusing on|hitting|striking|attacking"
    # what the attack did, and where: "firing 810 drones, setting the government building in Kyiv on fire"
    r"|setting|causing|sparking|triggering|damaging|destroying)\b"
    # where most of a tally fell: "69 drones over Russian regions, most of them over the Bryansk region"
    r"|,\s+(?:most|many|the majority|the bulk)\s+of\s+(?:them|which)\s+(?:were\s+)?(?:over|above|in)\b"
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
_STOREYED = folded(r"(?<![\w-])[\w]+-stor(?:e)?y\s+(?:residential\s+)?(?:building|block|house)s?\b", needles=("-stor",))
_OWNERS_SPEAKER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:said|says|reported|reports|stated|announced)\b")
_SPEAKS = re.compile(
    r"(?:\s*,\s*(?:which|who)\b[^,;.]{0,120},)?"  # "Ukraine, which has been fighting off the invasion ..., reported"
    r"\s+(?:in turn\s+|also\s+|later\s+)?(?:(?:has|have|had)\s+)?(?:said|says|reported|reports|stated|announced|added|wrote|told)\b"
)
_REPAIRED = folded(r"\b(?:reopened|rebuilt|renovated|after repairs)\b", needles=("reopened", "rebuilt", "renovated", "after repairs"))
_NO_DAMAGE = folded(r"\bno (?:damage|destruction)\b", needles=("no ",))
_DAMAGED = folded(r"\bdamaged\b", needles=("damaged",))
_NO_HITS = folded(
    r"\bno (?:hits?|(?:(?:drone|missile|air)\s+(?:or\s+\w+\s+)?)?(?:attacks?|strikes?))\b", needles=("no ",)
)  # "no hits", "there were no drone or missile attacks on the region overnight"
_TOWARDS_GAP = re.compile(
    r"(?:\s+(?:drones|missiles|UAVs))?(?:\s+(?:that|which)\s+(?:Russia|Ukraine|the\s+enemy)\s+(?:had\s+)?(?:sent|launched|fired))?"
    r"\s+(?:overnight\s+|again\s+)?towards?\s+(?:the\s+)?"  # ("17 Shahed drones that Russia sent toward Kharkiv")
)
_HEADING_BEFORE = folded(
    r"(?:heading|flying|approaching|moving)\s+(?:to|towards?|for)?\s*(?:the\s+)?$",
    needles=("heading", "flying", "approaching", "moving"),
)
_SMALL_PLACE = folded(
    r"\b(?:a|one|several|two|three|the) (?:village|town|settlement|city|hamlet)s?\b"
    r"|\bnear the border\b|\bborder (?:village|area|town)s?\b"
)


@dataclass(eq=False, slots=True)
class Target:
    """What a fact is about: a gazetteer place or a whole country."""

    key: str
    place: Place | None
    country: str | None
    mention: PlaceMention | None = None


@dataclass(eq=False, slots=True)
class Fact:
    field: str
    value: int | str | None
    start: int
    end: int
    sentence: Sentence
    target: Target
    weapon: str | None = None
    group: int | None = None
    night: date | None = None
    night_offset: int = 0  # days from the report's night ("a day after a strike ..." = -1)
    overnight: bool = False  # said of the night (before publication), with no date of its own
    current: bool = False  # a toll stated as it now stands ("the toll now stands at one dead and seven injured")
    list_part: bool = False  # an item of a bulleted list, summed with the list's other items of its field


@dataclass(eq=False, slots=True)
class _Count:
    value: int
    start: int
    end: int
    weapon: str
    role: str | None
    num2: int | None = None
    num2_span: tuple[int, int] | None = None
    all_of: bool = False
    breakdown: bool = False
    refers_to: _Count | None = None  # a bare figure's count ("15 missiles; 12 hit the city")
    target: Target | None = None  # where it was placed
    carried: bool = False  # a bare figure of the weapons of the sentence before ("12 drones ... 8 of them")
    debris: bool = False  # the weapon whose debris fell ("debris of a downed drone fell on a house"): placed where it fell
    list_group: int | None = None  # an item of a bulleted list under one introduction (the items are parts)


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
_INJURY_NOUNS = r"(?:injur(?:y|ies)|wounds?|trauma|burns|cuts|bruises|lacerations|concussions?|contusions?)"


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


class _ReportExtraction:
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
        self._ground_fire_sentence = -1  # the last sentence skipped as ground fire
        self._overnight_paragraph = -1  # the paragraph whose sentences so far are of the night
        self._history_paragraph = -1  # the paragraph whose sentences so far are about a past period
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
        rules = self.rules = _rules(lex)
        self.count_re = rules.count
        self.number_re = rules.number
        self.ellipsis_re = rules.ellipsis
        self.of_which_re = rules.of_which
        self.cas_right_re = rules.cas_right
        self.weapon_any_re = rules.weapon_any
        self.range_before_re = rules.range_before

    # ------------------------------------------------------------ driver

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
        if lex.may_state_damage(lowered):
            self._damage(s, mentions)
        self._hits_and_lists(s, mentions)

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
        ]
        own_nights = self._clause_nights(s, cues)
        stated_night = times.stated_night = _own_night(cues, history_spans, self.pub_date)
        sentence_night = times.sentence_night = self._sentence_night(s, cues, stated_night)
        overnight = self._overnight(s, cues) and sentence_night is None
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
                    continue  # an earlier attack cited without a date: context, not an event
                # "the record of 6-7 September, when 810 drones ..., and the attack on December
                # 23, when 635 drones ...": each figure takes the date just before it
                fact.night = next(
                    (c.night for c in reversed(times.dated_history_cues) if c.start <= fact.start), times.night_override
                )
            kept.append(fact)
        return kept

    def _sentence_night(self, s: Sentence, cues: list[TimeCue], stated_night: date | None) -> date | None:
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
            if cue.night is None or not cue.kind.startswith(("weekday", "date", "night_of")):
                continue
            clause = self._clause_of(clauses, cue.start)
            dated.setdefault(clause, cue.night)
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

    # ------------------------------------------------------------ targets

    def _target_of(self, mention: PlaceMention) -> Target:
        place = mention.place
        assert place is not None
        if place.place_level == "country":
            return Target(f"country:{place.country}", place, place.country, mention)
        return Target(place.id, place, place.country, mention)

    @staticmethod
    def _finest(mentions: list[PlaceMention]) -> PlaceMention:
        """The most precise place among mentions (a town over its region, and over a raion:
        the gazetteer does not nest towns in raions); the last on ties."""
        return max(enumerate(mentions), key=lambda item: (_depth(item[1].place), item[0]))[1]

    def _country_target(self, code: str | None) -> Target:
        code = code or self._dominant_country() or "UA"
        place = self.gaz.country(code)
        return Target(f"country:{code}", place, code, None)

    def _dominant_country(self) -> str | None:
        memo = self._dominant_memo
        if memo is not None and memo[0] == len(self.facts):
            return memo[1]
        result = self._dominant_country_now()
        self._dominant_memo = (len(self.facts), result)
        return result

    def _dominant_country_now(self) -> str | None:
        """The country most local facts so far are in, else most places named."""
        counts = dict(self._country_counts)  # of the facts of finished sentences
        _count_countries(self.facts[self._counted_facts :], counts)
        if not counts:
            counts = self._mention_countries()
        return max(counts, key=lambda c: counts[c]) if counts else None

    def _finish_sentence_facts(self) -> None:
        """Add the facts of a finished sentence (they no longer change) to the country counts."""
        finished = self.facts[self._counted_facts :]
        _count_countries(finished, self._country_counts)
        self._national_tally = self._national_tally or any(
            f.target.place is not None and f.target.place.place_level == "country" for f in finished
        )
        self._counted_facts = len(self.facts)

    def _mention_countries(self) -> dict[str, int]:
        if self._mention_country_counts is None:
            counts: dict[str, int] = {}
            for mention in self.mentions:
                if mention.usable and not mention.is_country and mention.place and mention.place.country:
                    counts[mention.place.country] = counts.get(mention.place.country, 0) + 1
            self._mention_country_counts = counts
        return self._mention_country_counts

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

    @staticmethod
    def _is_local(mention: PlaceMention) -> bool:
        """A usable place below country level, not a destination or an example."""
        return mention.usable and not mention.is_country and not mention.heading and not mention.included

    @classmethod
    def _local(cls, mentions: list[PlaceMention]) -> list[PlaceMention]:
        return [m for m in mentions if cls._is_local(m)]

    @staticmethod
    def _can_carry(mention: PlaceMention) -> bool:
        """Can figures attach to this mention (not a launch site, destination or example)?"""
        if not mention.usable or mention.heading or mention.included or mention.state:
            return False
        return not (mention.org and mention.place is not None and mention.place.place_level == "city"
                    and mention.place.name in ("Kyiv", "Moscow") and not mention.possessive)

    def _refine(
        self, mention: PlaceMention, mentions: list[PlaceMention], clause: tuple[int, int] | None = None
    ) -> PlaceMention:
        """A finer place inside the chosen one wins: written right next to it ("the
        Sviatoshynskyi district of Kyiv", "Kyiv's Sviatoshynskyi district"), or, for local
        damage and casualties, anywhere in the same clause ("In the Kyiv region, debris
        damaged houses in Bila Tserkva")."""
        if _ACROSS_BEFORE.search(self.text, max(0, mention.start - 16), mention.start):
            return mention  # "across the capital three people were killed": the whole city's figure
        chosen = mention
        while True:  # (each step is a finer place: it ends)
            finer = self._finer_named_with(chosen, mentions, clause)
            if finer is chosen:
                return chosen
            chosen = finer  # "the village of X in the Y district of the Z region": X through Y

    def _finer_named_with(
        self, mention: PlaceMention, mentions: list[PlaceMention], clause: tuple[int, int] | None
    ) -> PlaceMention:
        """One step of :meth:`_refine`: the finest place next to ``mention`` (or in its clause)."""
        best = mention
        for other in mentions:
            if other is mention or other.place is None or best.place is None or not self._can_carry(other):
                continue
            first, second = (other, mention) if other.start < mention.start else (mention, other)
            if clause is not None and clause[0] <= other.start < clause[1]:
                # ... unless a figure of its own stands between ("across Ukraine, including
                # seven in Kyiv")
                gap_end = other.start if other.start > mention.end else mention.start
                near = self.rules.own_figure_before.search(self.text[max(0, gap_end - 40) : gap_end]) is None
            else:
                gap = self.text[first.end : second.start]
                near = len(gap) <= 12 and bool(_NEAR_GAP.fullmatch(gap))
            adjacent = NAMED_WITH_CONTAINER.fullmatch(self.text, first.end, second.start) is not None
            if _NEAR_SETTLEMENT.fullmatch(self.text, first.end, second.start) is not None:
                near = adjacent = True  # "shot down over Belgorod district near the village of Razumnoye"
            if not adjacent and clause is not None and other.start > best.end and self._opens_as_raion(best):
                adjacent = True  # "In the Shebekino urban district, a drone hit a car near the village of X"
            if near and lies_in(other.place, best.place, named_together=adjacent):
                best = other
        return best

    def _opens_as_raion(self, mention: PlaceMention) -> bool:
        """Whether ``mention`` is a raion opening its sentence ("In the Shebekino urban district,
        ...", "Around 11:30 in the Graivoronsky district ..."): where the places after it lie."""
        place = mention.place
        return (
            place is not None and place.place_level == "district" and not place.city
            and _IN_A_RAION_OPENING.search(self.text, max(0, mention.start - 30), mention.start) is not None
        )

    def _prefer_topic(self, target: Target) -> Target:
        """An official's region ("the Dnipropetrovsk regional head said") yields to a
        topic place inside it (Kryvyi Rih): the figures are about the town; else "the city"
        in the official's sentence is the region's namesake city ("Zaporizhzhia regional
        head Ivan Fedorov said 24 people were injured in the city")."""
        mention = target.mention
        if mention is None or not mention.org or target.place is None:
            return target
        topic = self.topic
        if target.place.place_level == "city":
            # "..., Kharkiv Mayor Ihor Terekhov clarified": the district of the city named before
            if topic is not None and topic.place is not None and topic.place.city == target.place.name and (
                topic.place.admin1 == target.place.admin1
            ):
                return topic
            return target
        if target.place.place_level != "region":
            return target
        if (
            topic is not None and topic.place is not None
            and topic.place.admin1 == target.place.admin1 and topic.place.place_level != "region"
        ):
            return self._topic_or_its_whole(topic, mention.end)
        sentence_end = self.text.find(".", mention.end)
        if sentence_end < 0:
            sentence_end = len(self.text)
        if _THE_CITY.search(self.text, mention.end, sentence_end):
            cities = [p for p in self.gaz.candidates(mention.key, "city") if p.admin1 == target.place.admin1]
            if cities:
                return Target(cities[0].id, cities[0], cities[0].country, mention)
        return target

    def _place_for(
        self,
        start: int,
        end: int,
        s: Sentence,
        mentions: list[PlaceMention],
        *,
        stop: int | None = None,
        allow_topic: bool = True,
        local_impact: bool = True,
    ) -> Target | None:
        """The place a figure at ``[start, end)`` is about (``None``: national scope)."""
        def prefer(target: Target) -> Target:
            return self._prefer_topic(target) if local_impact else target

        clauses = self._clauses(s)
        c_start, c_end = self._clause_of(clauses, start)
        if not local_impact:
            # "hit Ukraine with 40 missiles, targeting energy facilities in Lviv": the
            # participle's places are targets of the attack, not where the tally was.
            participle = _PARTICIPLE.search(self.text, end, c_end)
            if participle is not None:
                c_end = participle.start()
        else:
            # "killing three people and forcing the closure of the Russian capital's airports":
            # what else the attack did, elsewhere
            disruption = _DISRUPTING.search(self.text, end, c_end)
            if disruption is not None:
                c_end = disruption.start()
        if not local_impact and self.topic is not None and self.topic.place is not None:
            # "used 297 drones against the region's settlements, mainly Huliaipole, ...": the region's tally
            region_wide = _REGIONS_SETTLEMENTS.search(self.text, end, min(c_end, end + 80))
            if region_wide is not None:
                region = self._region_target(self.topic.place.admin1)
                if region is not None:
                    return region
        if not local_impact:
            # "Russia hit Kyiv with 250 drones and 14 missiles": the place attacked with them
            attacked = [m for m in mentions if c_start <= m.start < start and self._can_carry(m) and not m.is_country]
            if attacked and _ATTACKED_WITH.fullmatch(self.text, attacked[-1].end, start):
                # (the village in it: "attacked the village of Dubovoye in the Belgorod district with two drones")
                return self._target_of(self._refine(attacked[-1], mentions))
        limit = min(c_end, stop) if stop is not None else c_end
        after = [
            m for m in mentions
            if end <= m.start < limit and self._can_carry(m) and not (local_impact and m.is_country and m.org)
            and not _DASH_FIGURE.match(self.text, m.end) and (local_impact or not m.focus)
        ]  # "..., killing 17, according to Ukraine's Emergency Service": a source, not the place; "15 drones
        # were shot down, in the Sumy region - 10": Sumy has a figure of its own
        if after and local_impact and self.topic is not None:
            whole = _WHOLE_OF_TOPIC.search(self.text, end, min(after[0].start, end + 60))
            if whole is not None and whole.group("unit") in ("region", "oblast") and not _OF_AFTER.match(self.text, whole.end()):
                # "Three other people were wounded across the region, where debris damaged
                # houses in the Boryspil district": the region's figure
                return self._topic_or_its_whole(self.topic, whole.start())
        if after:
            first = after[0]
            # "Ukraine's western Khmelnytskyi region", "Kyiv's Sviatoshynskyi district":
            # the finer place wins over the possessive one before it.
            if (
                (first.is_country or first.possessive) and len(after) > 1 and after[1].start - first.end < 40
                and not self.number_re.search(self.text[first.end : after[1].start])  # "..., including 91 over X"
            ):
                listed = [m for m in after[1:] if m.in_list]
                if after[1].in_list and len(listed) > 1:
                    # "drones that Russia launched over the Kharkiv, Mykolaiv and Zaporizhzhia
                    # regions": a list after the country, not its first member
                    return self._region_of_list(listed)
                if not after[1].is_country:
                    return prefer(self._target_of(after[1]))
            if first.in_list and len([m for m in after if m.in_list]) > 1:
                # "downed over Crimea, Krasnodar and the Black Sea": not split; but a list of
                # places of one region is in that region ("over Istra and Ruza districts")
                return self._region_of_list([m for m in after if m.in_list])
            if first.is_country and first.org:
                return None
            return prefer(self._target_of(self._refine(first, mentions, (c_start, c_end) if local_impact else None)))
        if local_impact and not after:
            whole = _WHOLE_OF_TOPIC.search(self.text, end, min(limit, end + 40))
            earlier = [m for m in self._local(mentions) if m.start < start and self._can_carry(m) and m.place is not None]
            if (
                whole is not None and whole.group("unit") in ("region", "oblast") and earlier
                and not _OF_AFTER.match(self.text, whole.end()) and earlier[-1].place.place_level != "region"
            ):
                # "A man was killed in Kryvyi Rih, and four more people were injured in the
                # region": the region of the place before
                region = self._region_target(earlier[-1].place.admin1, earlier[-1])
                if region is not None:
                    return region
        before = [m for m in mentions if c_start <= m.start < start and self._can_carry(m)]
        before_local = [m for m in before if not m.is_country]
        if before_local:
            listed = [m for m in before_local if m.in_list]
            if listed and len(listed) == len(before_local) and len(before_local) > 1:
                return self._region_of_list(listed)
            return prefer(self._target_of(self._refine(before_local[-1], mentions, (c_start, c_end) if local_impact else None)))
        local = self._local(mentions)
        if not local_impact:
            # A weapon tally takes the sentence's only place only from its own clause, and
            # not the place an attack aimed at ("with Kyiv as the main target").
            local = [m for m in local if c_start <= m.start < c_end and not m.focus and self._can_carry(m)]
        distinct = {m.place.id for m in local if m.place}
        if len(distinct) == 1 and not local[0].in_list:
            only = self._target_of(local[0])
            topic = self.topic
            if (
                local[0].org and topic is not None and topic.place is not None and only.place is not None
                and lies_in(topic.place, only.place)
            ):
                return topic  # "..., said the head of the Kyiv City Military Administration": the Kyiv district before
            return only
        if len(distinct) > 1 and not any(m.in_list for m in local):
            # "In Kharkiv, ... the Kholodnohirskyi district ...; 6 people were injured":
            # places nested in one another are one place, the finest.
            finest = self._finest(local)
            if all(m.place is None or m.place.id == finest.place.id or lies_in(finest.place, m.place) for m in local):
                return self._target_of(finest)
        anaphor = _ANAPHOR.search(s.text) if local_impact else _ANAPHOR.search(s.text, 0, c_end - s.start)
        if anaphor is not None and any(m.focus and m.start == s.start + anaphor.start() for m in mentions):
            anaphor = None  # "with the capital the main target": where the attack aimed
        if allow_topic and anaphor:  # (a tally's own clause: "destroyed 74 drones, most of them over the capital")
            if not local_impact:
                # "The largest attack on the Moscow region came on Nov. 10, when 34 drones were
                # shot down there": the sentence's one place, before the topic
                earlier = [m for m in self._local(mentions) if m.start < start and not m.in_list and not m.focus]
                if len({m.place.id for m in earlier if m.place}) == 1:
                    return self._target_of(earlier[-1])
            if self.topic is not None:
                return self._topic_or_its_whole(self.topic, s.start)
        return None

    def _region_of_list(self, listed: list[PlaceMention]) -> Target | None:
        """The region all the places of a list lie in, if they lie below region level (the
        region itself may be among them: "over Voronezh, Ostrogozhsk and the Liskinsky and
        Podgorensky districts")."""
        places = [m.place for m in listed]
        if any(p is None or p.place_level == "country" or not p.admin1 for p in places):
            return None
        if all(p.place_level == "region" for p in places if p is not None):
            return None  # a list of regions is no region
        admin1 = {p.admin1 for p in places if p is not None}
        return self._region_target(admin1.pop()) if len(admin1) == 1 else None

    def _region_target(self, admin1: str | None, mention: PlaceMention | None = None) -> Target | None:
        """The region ``admin1`` names, if the gazetteer has it as a region."""
        region = self.gaz.region(admin1) if admin1 else None
        if region is None or region.place_level != "region":
            return None
        return Target(region.id, region, region.country, mention)

    def _topic_or_its_whole(self, topic: Target, at: int) -> Target:
        """The topic, or the whole it is part of when the sentence around ``at`` says so: its
        city for "in the city" or "in the capital" after a district ("In total, 16 were
        injured in the city"), its region for "across the region" after a town."""
        place = topic.place
        if place is None or place.place_level in ("region", "country"):
            return topic
        end = self.text.find(".", at)
        window = self.text[self.text.rfind(".", 0, at) + 1 : end if end >= 0 else len(self.text)]
        whole = _WHOLE_OF_TOPIC.search(window)
        if whole is None:
            return topic
        if (whole.group("unit") or whole.group("airspace")) in ("city", "capital"):
            if place.place_level not in ("district", "neighbourhood") or not place.city:
                return topic
            cities = [p for p in self.gaz.candidates(normalize_name(place.city), "city") if p.admin1 == place.admin1]
            return Target(cities[0].id, cities[0], cities[0].country, topic.mention) if cities else topic
        return self._region_target(place.admin1, topic.mention) or topic

    def _country_for_tally(self, s: Sentence, mods: str = "") -> str | None:
        key = (s.index, "Ukrainian" in mods, "Russian" in mods)
        if key not in self._tally_country:
            self._tally_country[key] = self._tally_country_of(s, mods)
        return self._tally_country[key]

    def _tally_country_of(self, s: Sentence, mods: str) -> str | None:
        text = s.text
        if _UKRAINIAN_WORD.search(mods):
            return "RU"
        if _RUSSIAN_WORD.search(mods):
            return "UA"
        mentions_a_country = "Russia" in text or "Ukrain" in text
        scope = _COUNTRY_SCOPE.search(text) if mentions_a_country or "the country" in text else None
        if scope:
            adj = scope.group("adj")
            if adj:
                return "RU" if adj == "Russian" else "UA"
            name = scope.group("country")
            if name == "Ukraine":
                return "UA"
            if name == "Russia":
                return "RU"
        if any(
            not (_DEFENDS_AFTER.match(text, m.end()) or _speaks_after(text, m.end()))
            for m in self.lex.ukraine.finditer(text)
        ):  # but "the Armed Forces of Ukraine said", "... of Ukraine shot down": the defender
            return "RU"
        if _RU_MINISTRY.search(text) and not _UA_OFFICIAL.search(text):
            return "RU"
        if _UA_OFFICIAL.search(text) or (mentions_a_country and _RUSSIA_LAUNCHED.search(text)):
            return "UA"
        for fact in reversed(self.facts):
            # "Russia fired 810 drones at Ukraine. Air defences said they had shot down 747": the
            # national tally before goes on
            place = fact.target.place
            if fact.field in _WEAPON_FIELD_NAMES and place is not None and place.place_level == "country":
                return place.country
        return self._dominant_country()

    # ------------------------------------------------------------ weapon tallies

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
            return self._lumped(best[1], left[max(0, local_end - 40) : local_end + 40], None)
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
        found: tuple[int, str] | None = None  # (end, role): the longest verb starting there
        for role in ("downed", "lost", "breached", "launched"):
            for start, end in hits[role]:
                if start == at and end <= clause[1] and (found is None or end > found[0]):
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
            if _COLON_AFTER.match(self.text, count.end):
                # "65 missiles: 40 Kh-101, eight Kalibr and ...": the types are parts of the total
                for part in counts[index + 1 :]:
                    part.breakdown = part.breakdown or part.weapon == count.weapon
                break
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
        self._all_of_them(s)

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
        if last is not None and last[0] == s.index - 1 and last[1] == s.paragraph:
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
            role = self._lumped(role, text[max(match.end(), verb_end) : max(match.end(), verb_end) + 60], None)
            earlier = [c for c in counts if c.end <= a and c.weapon == weapon]
            found.append(
                _Count(value, a, b, weapon, role, refers_to=earlier[-1] if earlier else None, carried=not named)
            )
        return found

    def _list_item_roles(self, s: Sentence, counts: list[_Count]) -> None:
        """Figures of a bulleted line under an introduction ending in a colon take the
        introduction's verb and its country ("the enemy attacked with 278 means of air
        attack:\n– 13 Iskander-M ballistic missiles from Bryansk region;")."""
        if not counts or not _BULLET.match(s.text):
            return
        index = s.index - 1
        while index >= 0 and _BULLET.match(self.sentences[index].text):
            index -= 1
        if index < 0 or not self.sentences[index].text.rstrip().endswith(":"):
            return
        intro = self.sentences[index]
        verbs = [(end, role) for role, spans in self._role_hits(intro).items() for _, end in spans]
        if not verbs:
            return
        role = max(verbs)[1]
        # ("the enemy attacked with ...": a Ukrainian statement, its figures Ukraine's)
        country = "UA" if self.lex.enemy.search(intro.text) else self._country_for_tally(intro)
        target = self._country_target(country)
        group = self._list_groups.get(intro.index)
        if group is None:
            group = self._list_groups[intro.index] = self._next_group()
        for count in counts:
            if count.role in (None, role):
                count.role, count.target, count.list_group = role, target, group

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
            if colon is not None and self._ellipsis(s, mentions, count, None, consumed, limit, colon.end()):
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
            if target is None and count.carried:
                target = self._tally_place_just_before(s, count.weapon)  # "12 drones at Sumy. 8 of them were ..."
                if target is None and not self._local(mentions):
                    # "Russian drones flew over the Khmelnytskyi region. Air defence shot down
                    # three of them": where the weapons were, the one place before
                    target = self._one_place_just_before(s)
            if target is None and not self._local(mentions) and not any(m.is_country for m in mentions):
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

    # ------------------------------------------------------------ casualties

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
                field_name = "wounded" if "injur" in what or "wound" in what or "hurt" in what else "killed"
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
            if target is None:
                target = self.topic or self._country_target(self._country_for_tally(s))
            if value == 1 and a - s.start <= 8 and _ALSO_OPENING.match(text):
                value += self._figure_before(s, field_name, target)  # "A woman was injured. Also a man was hospitalised."
            self.facts.append(Fact(field_name, value, a, b, s, target, group=added.get(a), current=current))

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
                targets = [self._prefer_topic(self._target_of(earlier[-1]))]
            else:
                counts_here = self._weapon_facts_of(s)
                if counts_here:
                    targets = [counts_here[0].target]
                elif self.topic is not None:
                    targets = [self.topic]
                else:
                    targets = self._places_just_before(s) or [self._country_target(self._country_for_tally(s))]
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

    # ------------------------------------------------------------ damage, hits, lists

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

    def _update_topic(self, mentions: list[PlaceMention], text: str) -> None:
        local = [m for m in self._local(mentions) if not m.in_list and self._can_carry(m)]  # (not "the Kyiv regime")
        if local and _HEADING.search(text):
            local = [
                m for m in local
                if not _HEADING_BEFORE.search(self.text[max(0, m.start - 30) : m.start])
            ]
        if local:
            finest = self._finest(local)
            if (
                finest.org and finest.place is not None and finest.place.place_level == "city"
                and self._prefer_topic(self._target_of(finest)) is self.topic
            ):
                return  # "..., the Kherson city military administration said": still the district before
            topic = self.topic
            if (
                finest.org and topic is not None and topic.place is not None and finest.place is not None
                and topic.place.id != finest.place.id and lies_in(topic.place, finest.place)
                and any(f.target.key == topic.key and f.field != "listed" for f in self.facts)
            ):
                return  # "... on Zaporizhzhia. ..., the head of the Zaporizhzhia regional administration reported": still the city
            self.topic = self._target_of(finest)
            mention = self.topic.mention
            if mention is not None and mention.org and _THE_CITY.search(text):
                # "Zaporizhzhia governor: the toll in the city has risen to three. Eighteen are
                # wounded": the official's city, as for the figures of that sentence
                self.topic = self._prefer_topic(self.topic)

    # ------------------------------------------------------------ night and attacker

    def _night(self) -> tuple[date | None, int | None]:
        return resolve_night(self.cues, self.pub_date, self.pub_time)

    def _sentence_attacker(self, text: str) -> str | None:
        """The side a single sentence names as attacking, if any."""
        launched_by = _LAUNCHED_BY.search(text)  # "all 29 Russia-launched drones": the strongest cue
        if launched_by:
            return "Ukraine" if (launched_by.group("side") or launched_by.group("by")).startswith("ukrain") else "Russia"
        if _UA_FORCES_STRUCK.search(text):
            return "Ukraine"  # "Ukraine's Air Force struck the Zaliv shipyard in occupied Kerch"
        own_strike = _OWN_FORCES_STRUCK.search(text)
        if own_strike is not None and not own_strike.group(0).endswith("destroyed") and _RU_MINISTRY.search(text):
            # "Russia's defence ministry said it had struck facilities supporting the Ukrainian
            # armed forces": its own strike, whatever Ukrainian thing it names (but "its forces
            # had destroyed 19 Ukrainian drones" is its defence)
            return "Russia"
        ukraine_defends = False
        if _UA_WEAPON.search(text):
            return "Ukraine"
        for match in self.lex.ukraine.finditer(text):
            if _speaks_after(text, match.end()):
                continue  # "..., the Armed Forces of Ukraine has reported", "the Ukrainian military's southern command said"
            if not _DEFENDS_AFTER.match(text, match.end()):
                return "Ukraine"
            ukraine_defends = True  # "the Armed Forces of Ukraine shot down 50 drones"
        if _RU_WEAPON.search(text):
            return "Russia"
        ru_official = _RU_MINISTRY.search(text)
        ua_official = _UA_OFFICIAL.search(text) or ukraine_defends
        if ru_official and not ua_official:
            # "the Russian Ministry of Defence claimed its forces had struck an airfield": its own strike
            return "Russia" if _OWN_FORCES_STRUCK.search(text) else "Ukraine"
        if ua_official and not ru_official:
            return "Russia"
        return None

    def _side_of(self, sentence: Sentence) -> str | None:
        """The side ``sentence`` names as attacking (read once per sentence)."""
        if sentence.index not in self._sentence_side:
            self._sentence_side[sentence.index] = self._sentence_attacker(sentence.text)
        return self._sentence_side[sentence.index]

    def _attacker_for_event(self, country: str | None, sentences: list[Sentence]) -> str | None:
        for sentence in sentences:
            side = self._side_of(sentence)
            if side is not None:
                return side
        return self._attacker_for(country)

    def _names_only_ukraine_attacking(self) -> bool:
        """Whether some sentence names Ukraine as attacking, none names Russia, and no place
        the report names lies in Russia (else Ukraine's strikes are those in Russia); read
        once per report."""
        if self._only_ukraine_attacking is None:
            sides = set() if any(m.usable and not m.state and m.place.country == "RU" for m in self.mentions) else {
                self._side_of(sentence) for sentence in self.sentences
            }
            self._only_ukraine_attacking = "Ukraine" in sides and "Russia" not in sides
        return self._only_ukraine_attacking

    def _attacker_for(self, country: str | None) -> str | None:
        if self._report_sides is None:
            self._report_sides = (bool(self.lex.russia.search(self.text)), bool(self.lex.ukraine.search(self.text)))
        russia, ukraine = self._report_sides
        enemy = bool(self.enemy_sentences)
        if country == "UA":
            if ukraine and self._names_only_ukraine_attacking():
                # Officials installed in an occupied town, Russian state media: "the AFU
                # attacked the city", and "the enemy" is Ukraine
                return "Ukraine"
            if russia or enemy:
                return "Russia"
        elif country == "RU":
            if ukraine or enemy:
                return "Ukraine"
        elif country is None:
            if ukraine and not russia:
                return "Ukraine"
            if russia and not ukraine:
                return "Russia"
            # a sea: the side attacking the country most of the report's places are in
            # ("... three over the Voronezh region and two over the Sea of Azov")
            dominant = self._dominant_country()
            if dominant is not None and dominant != country:
                return self._attacker_for(dominant)
        return None

    # ------------------------------------------------------------ events

    def _join_plain_weekday_to_its_night(self, groups: dict[tuple[str, date | None], list[Fact]]) -> None:
        """A place's facts dated only by a plain weekday ("Wednesday's strike on the block")
        join its facts of the night into that weekday ("The drone hit the building at about
        2:30 a.m. on Wednesday"): one attack, told twice."""
        into = {c.night for c in self.cues if c.kind == "weekday_overnight" and c.night is not None}
        if not into:
            return
        kinds: dict[int, set[str]] = defaultdict(set)
        for cue in self.cues:
            kinds[cue.sentence].add(cue.kind)
        joined: dict[date, set[int]] = defaultdict(set)  # night -> sentences whose facts moved
        for (key, fact_night), facts in list(groups.items()):
            if fact_night is None or fact_night - timedelta(days=1) not in into:
                continue
            earlier = (key, fact_night - timedelta(days=1))
            sentence_kinds = [kinds[f.sentence.index] for f in facts]
            if (
                earlier not in groups or not all(k <= {"weekday_plain"} for k in sentence_kinds)
                or not any(sentence_kinds)  # (the others carried its night: no time word of their own)
            ):
                continue
            joined[fact_night].update(f.sentence.index for f in facts)
            groups[earlier].extend(groups.pop((key, fact_night)))
        for (key, fact_night), facts in list(groups.items()):
            # the other places of those sentences go with them ("Kyiv's Desnianskyi district")
            if fact_night in joined and all(f.sentence.index in joined[fact_night] for f in facts):
                groups[(key, fact_night - timedelta(days=1))].extend(groups.pop((key, fact_night)))

    def _assemble(self, night: date | None, precision: int | None) -> list[Event]:
        groups: dict[tuple[str, date | None], list[Fact]] = defaultdict(list)
        targets: dict[str, Target] = {}
        relative: set[date | None] = set()  # nights counted from the report's night
        day_report = night is not None and night == self.pub_date  # a day's attacks, reported that day
        for fact in self.facts:
            fact_night = fact.night if fact.night is not None else night
            if fact.night is None and fact.overnight and day_report:
                fact_night = night - timedelta(days=1)
            if fact.night_offset and night is not None and fact.night is None:
                fact_night = night + timedelta(days=fact.night_offset)
                relative.add(fact_night)
            groups[(fact.target.key, fact_night)].append(fact)
            targets.setdefault(fact.target.key, fact.target)
        self._join_plain_weekday_to_its_night(groups)
        events: list[Event] = []
        for (key, fact_night), facts in groups.items():
            target = targets[key]
            stated = fact_night != night and fact_night not in relative
            event = self._event_from(target, facts, fact_night, 1 if stated else precision)
            if event is not None:
                events.append(event)
        self._assign_roles(events)
        events = [e for e in events if e.role != "drop"]
        if all(e.role == "listed" for e in events):
            return []  # places named in a report that states no attack on any of them: no events
        events.sort(key=lambda e: (e.night or "", LEVEL_DEPTH.get(e.place_level or "", 9), e.spans[0]["start"] if e.spans else 0))
        return events

    def _event_from(self, target: Target, facts: list[Fact], night: date | None, precision: int | None) -> Event | None:
        place = target.place
        if place is None:
            return None
        text = self.text
        # One pass sorts the facts: figures by field, zeros, damage tags, place mentions.
        by_field: dict[str, list[Fact]] = {}
        zero_facts: list[Fact] = []
        damage_facts: list[Fact] = []
        positive = has_hit = near = False
        mention: Fact | None = None
        by_sentence: dict[int, Sentence] = {}
        for fact in facts:
            field_name = fact.field
            by_sentence[fact.sentence.index] = fact.sentence
            if fact.target.mention is not None and fact.target.mention.near:
                near = True
            if field_name == "hit" or field_name == "listed":
                mention = mention or fact
                has_hit = has_hit or field_name == "hit"
                continue
            if field_name == "damage":
                damage_facts.append(fact)
                continue
            if field_name == "killed" or field_name == "wounded":
                if fact.value == 0:
                    zero_facts.append(fact)
                    continue
                if isinstance(fact.value, int) and fact.value > 0:
                    positive = True
            by_field.setdefault(field_name, []).append(fact)
        values: dict[str, int] = {}
        spans: list[tuple[int, str, int, str]] = []  # start, field, end, text
        weapons: set[str] = set()
        for field_name, items in by_field.items():
            values[field_name] = _combine(items)
            for item in items:
                spans.append((item.start, field_name, item.end, text[item.start : item.end]))
                if item.weapon:
                    weapons.add(item.weapon)
        # "No casualties" that contradicts a stated figure for this place is about
        # something else (a fire, a garage); a zero never overrides a figure. A zero of one
        # field ("No one was killed, but one worker was injured") stands beside the other's figure.
        both = {(f.start, f.end) for f in zero_facts if f.field == "killed"} & {
            (f.start, f.end) for f in zero_facts if f.field == "wounded"
        }
        for fact in zero_facts:
            if fact.field not in values and (not positive or (fact.start, fact.end) not in both):
                values[fact.field] = 0
                spans.append((fact.start, fact.field, fact.end, text[fact.start : fact.end]))
        damage: list[str] = []
        for fact in damage_facts:
            if isinstance(fact.value, str) and fact.value not in damage:
                damage.append(fact.value)
                spans.append((fact.start, f"damage:{fact.value}", fact.end, text[fact.start : fact.end]))
        has_facts = bool(values or damage)
        role = "incident" if has_facts or has_hit else "listed"
        if place.place_level == "country":
            if not has_facts:
                return None
            role = "rollup"
        place_span = mention or facts[0]
        spans.insert(0, (place_span.start, "place", place_span.end, text[place_span.start : place_span.end]))
        sentences = sorted(by_sentence.values(), key=lambda x: x.start)
        for sent in sentences:
            spans.append((sent.start, "sentence", sent.end, ""))
        spans.sort(key=_SPAN_ORDER)
        country = target.country or place.country
        weapon_class = "both" if len(weapons) > 1 else (weapons.pop() if weapons else self._weapon_from_text(sentences))
        sub_event = "Shelling/artillery/missile attack" if weapon_class == "missile" else "Air/drone strike"
        event = Event(
            night=night.isoformat() if night else None,
            time_precision=precision if night else None,
            attacker=self._attacker_for_event(
                "RU" if place.admin1 in _RUSSIAN_HELD and place.place_level != "country" else country, sentences
            ),
            country=country,
            admin1=place.admin1 if place.place_level != "country" else None,
            district=place.district if place.city else None,
            place=place.name,
            place_level=place.place_level,
            geo_precision=_geo_precision(place, near, sentences),
            sub_event_type=sub_event,
            damage=damage,
            weapon_class=weapon_class,
            role=role,
            source_id=self.report.source_id,
            source_url=self.report.url,
            published=self.report.published,
            evidence=[sent.text for sent in sentences],
            spans=[{"field": f, "start": a, "end": b, "text": t} for a, f, b, t in spans],
            place_id=place.id,
        )
        for field_name, value in values.items():
            setattr(event, field_name, value)
        event.event_id = _event_id(self.report.source_id, place.id, event.night, role)
        return event

    def _weapon_from_text(self, sentences: list[Sentence]) -> str:
        drone = missile = False
        for sentence in sentences:
            if sentence.index not in self._sentence_weapons:
                self._sentence_weapons[sentence.index] = (
                    bool(self.lex.weapon_noun["drone"].search(sentence.text)),
                    bool(self.lex.weapon_noun["missile"].search(sentence.text)),
                )
            has_drone, has_missile = self._sentence_weapons[sentence.index]
            drone, missile = drone or has_drone, missile or has_missile
        if drone and missile:
            return "both"
        if drone:
            return "drone"
        if missile:
            return "missile"
        return "unknown"

    def _assign_roles(self, events: list[Event]) -> None:
        """Containers of other events become rollups (with figures) or are dropped."""
        by_night: dict[str | None, list[Event]] = defaultdict(list)
        for event in events:
            by_night[event.night].append(event)
        for group in by_night.values():
            for event in group:
                if event.place_level == "country":
                    continue
                children = [
                    other for other in group
                    if other is not event and other.role != "listed" and _contains(event, other, self.gaz)
                ]
                if not children:
                    continue
                stated = [f for f in COUNT_FIELDS if getattr(event, f) is not None]
                restated = bool(stated) and all(
                    any(getattr(c, f) is not None and getattr(c, f) >= getattr(event, f) for c in children)
                    for f in stated
                )
                child_damage = {tag for c in children for tag in c.damage}
                if restated and set(event.damage) <= child_damage:
                    # "one civilian dead in the Odesa region" restating Izmail's death.
                    event.role = "drop"
                elif stated:
                    event.role = "rollup"
                else:
                    if set(event.damage) <= child_damage:
                        event.role = "drop"
                    else:
                        event.role = "rollup"
            # Listed places that are also incidents elsewhere in the report are dropped.
            incident_ids = {e.place_id for e in group if e.role != "listed"}
            for event in group:
                if event.role == "listed" and event.place_id in incident_ids:
                    event.role = "drop"


_SPAN_ORDER = itemgetter(0, 1)  # by start, then field name; stable for ties


# Time cues that date a sentence's attack apart from the report's night by themselves: a
# date, and a weekday with its part of the day ("on Sunday afternoon"). A plain weekday does
# only when the sentence has no night words (see _own_night); "said on Tuesday morning" is
# the day of a statement, not one of these.
_OWN_NIGHT_KINDS = frozenset({"date", "night_of"} | WEEKDAY_PART_KINDS)
# Of these, the cues that name a night: they date the attack before a day's time in the same
# sentence ("ended the search on Thursday morning, after the missile hit in the early hours of
# Wednesday").
_ATTACK_NIGHT_KINDS = frozenset({"night_of", "weekday_night", "weekday_overnight"})


_HEADING_REST = re.compile(
    r"[\s.:;,—–-]*(?:(?:urban\s+|municipal\s+|rural\s+)?(?:hromadas?|communit(?:y|ies)|region|oblast|district|okrug))?[\s.:;,—–-]*"
)


def _without_line_heading(mentions: list[PlaceMention], s: Sentence, text: str) -> list[PlaceMention]:
    """``mentions`` less a line's opening unit heading when the line names the finer place
    its facts are about: "Kharkiv raion: overnight, drones struck the town of Merefa" is
    about Merefa, not the raion (whose towns the gazetteer cannot nest in it)."""
    if len(mentions) < 2 or (s.start > 0 and text[s.start - 1] != "\n"):
        return mentions
    first = mentions[0]
    heading = _UNIT_HEADING.match(s.text, first.end - s.start)
    if (
        first.start != s.start or heading is None or first.place is None
        or first.place.place_level != "district"
    ):
        return mentions
    rest = [
        m for m in mentions[1:]
        if m.place is not None and m.place.admin1 == first.place.admin1
        and m.place.place_level in ("city", "village", "neighbourhood")
    ]
    return mentions[1:] if rest else mentions


# After a district's name opening a line: " raion:", " district —", " hromada:".
_UNIT_HEADING = re.compile(r"(?:\s+(?:raion|district|hromada|community))?\s*[:—–]\s")


def _is_place_heading(text: str, mentions: list[PlaceMention], offset: int) -> bool:
    """Whether a sentence is only a place's name ("Shostka hromada.", "Kharkiv region:")."""
    if len(mentions) != 1 or len(text) > 60:
        return False
    mention = mentions[0]
    return (
        _HEADING_REST.fullmatch(text, 0, mention.start - offset) is not None
        and _HEADING_REST.fullmatch(text, mention.end - offset) is not None
    )


def _speaks_after(text: str, end: int) -> bool:
    """Whether the words after a name make it the speaker: "the Armed Forces of Ukraine has
    reported", "the Ukrainian military's southern command said"."""
    return _SPEAKS.match(text, end) is not None or _OWNERS_SPEAKER.match(text, end) is not None


def _updates_a_figure(text: str, at: int) -> bool:
    """Whether the figure at ``at`` is what a toll rose to: "has risen to four dead and nine
    injured"."""
    return any(m.end() <= at <= m.end() + 40 for m in _RISEN.finditer(text, 0, at))


def _own_night(
    cues: list[TimeCue], history_spans: list[tuple[int, int]], published: date | None = None
) -> date | None:
    """The night a sentence dates its own attack to, if it does (outside its history parts):
    also "at around 9:30 this morning" and "in the morning, at around 07:30", a daytime
    clock on the day of publication."""
    cues = [c for c in cues if not any(a <= c.start < b for a, b in history_spans)]
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


def _depth(place: Place | None) -> float:
    """How fine a place is: a city district below its city, a raion between its region and
    its towns."""
    if place is None:
        return 0
    if place.place_level == "district" and not place.city:
        return 1.5
    return LEVEL_DEPTH.get(place.place_level, 0)


def _casualty_field(keyword: str) -> str:
    """"killed" for a death word ("killing", "died", "dead", "lost his life"), else "wounded"."""
    return "killed" if keyword.lower().startswith(("kill", "die", "dead", "perish", "lost")) else "wounded"


def _count_countries(facts: list[Fact], counts: dict[str, int]) -> None:
    """Count the facts about places below country level, per country."""
    for fact in facts:
        target = fact.target
        if target.country and target.place is not None and target.place.place_level != "country":
            counts[target.country] = counts.get(target.country, 0) + 1


def _contains(outer: Event, inner: Event, gaz: Gazetteer) -> bool:
    if outer.country != inner.country or outer.place_id == inner.place_id:
        return False
    if outer.place_level == "region":
        return inner.admin1 == outer.admin1 and inner.place_level in ("city", "district", "neighbourhood", "village")
    if outer.place_level == "city":
        inner_place = gaz.get(inner.place_id or "")
        city = inner_place.city if inner_place is not None else _city_of(inner)
        return inner.place_level in ("district", "neighbourhood") and inner.admin1 == outer.admin1 and outer.place == city
    if outer.place_level == "district":
        return inner.place_level == "neighbourhood" and inner.district == outer.place
    return False


def _city_of(event: Event) -> str | None:
    if event.admin1 in ("Kyiv", "Sevastopol", "Moscow", "Saint Petersburg"):
        return event.admin1
    return None


def _combine(items: list[Fact]) -> int:
    """Figures for one field of one event: parts summed within a list, else the largest; a
    toll stated as it now stands wins over figures before it (one of the injured has died);
    the items of a bulleted list are summed across its lines."""
    current = [i for i in items if i.current]
    if current:
        last = max(i.sentence.index for i in current)
        items = [i for i in current if i.sentence.index == last]
    listed = [i for i in items if i.list_part]
    if listed:
        by_list: dict[int | None, list[Fact]] = defaultdict(list)
        for item in listed:
            by_list[item.group].append(item)
        rest = [i for i in items if not i.list_part]
        listed_sum = max(sum(int(i.value) for i in parts if isinstance(i.value, int)) for parts in by_list.values())
        return max(listed_sum, _combine(rest)) if rest else listed_sum
    if len(items) == 1:
        value = items[0].value
        return max(0, value) if isinstance(value, int) else 0
    by_sentence: dict[int, list[Fact]] = defaultdict(list)
    for item in items:
        by_sentence[item.sentence.index].append(item)
    best = 0
    for sentence_items in by_sentence.values():
        groups: dict[int | None, list[Fact]] = defaultdict(list)
        for item in sentence_items:
            groups[item.group].append(item)
        for group_id, group_items in groups.items():
            ints = [int(i.value) for i in group_items if isinstance(i.value, int)]
            if not ints:
                continue
            distinct_spans = {(i.start, i.end) for i in group_items}
            if group_id is not None and len(distinct_spans) > 1 and _are_parts(group_items):
                best = max(best, sum(ints))
            else:
                best = max(best, max(ints))
    return best


def _are_parts(items: list[Fact]) -> bool:
    """Coordinated counts of different weapon types ("34 Kh-101 and seven Kalibr", "11
    Shahed drones and four Gerbera decoys"; for
    hits, of either class: "ten missiles and 10 drones hit targets"), or casualties and
    "another" ("three people died on the spot and another died in hospital")."""
    texts = [i.sentence.text for i in items]
    return len(set(texts)) == 1 and len({(i.start, i.end) for i in items}) == len(items) and all(
        # (drone types too: "11 Shahed-type drones, four Molniya UAVs and three FPV drones")
        i.weapon in ("missile", "drone") or i.field in ("breached", "killed", "wounded")
        for i in items
    )


def _geo_precision(place: Place, near: bool, sentences: list[Sentence]) -> int:
    if place.place_level == "country":
        return 3
    read_from_report = READ_FROM_REPORT_PRECISION.get(place.source)
    if read_from_report is not None:
        return read_from_report  # a place the gazetteer does not list, at the point of the one it was named with
    if place.place_level == "region":
        text = " ".join(s.text for s in sentences)
        if _SMALL_PLACE.search(text):
            return 2
        return 3
    return 2 if near else 1


def _event_id(source_id: str, place_id: str, night: str | None, role: str) -> str:
    digest = hashlib.sha1(f"{source_id}|{place_id}|{night}|{role}".encode()).hexdigest()
    return digest[:16]
