"""The attack night: from time phrases in a report and its publication date.

Convention (README, "Attack night"): ``night`` is the local date (Europe/Kyiv) of the
evening on which the attack night began. An attack "overnight", "last night", "in the
early hours" or at 00:00–05:59, reported on day D, has night D-1; "the night of 9–10 June"
is 9 June; "the night of July 31" (Ukrainian usage: the night *into* the 31st) is 30 July;
a daytime or evening strike ("at 5 PM on April 10", "Friday evening") has its own date.
Weekdays resolve to the latest such day on or before publication.

``time_precision`` follows ACLED: 1 when the text gives the day or night, 2 when only the
publication date anchors it (the attack fell in the day or night before publication).
Without a publication date and without an explicit date, the night is ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from geoevents.lexicon import Lexicon, alternation
from geoevents.models import parse_published

KYIV = ZoneInfo("Europe/Kyiv")

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAY_NAMES = "(?:" + "|".join(day.title() for day in _WEEKDAYS) + ")"

#: An English month name or its abbreviation, as written in dates.
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_M = MONTH_NAME
_D = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"

_NIGHT_OF = re.compile(
    rf"\bnight\s+(?:of|into|to|from)\s+(?:(?P<d1>{_D})\s*(?:[-–—/]|to|into|and)\s*(?P<d2>{_D})\s+(?:of\s+)?(?P<m1>{_M})"
    rf"|(?P<m2>{_M})\s+(?P<d3>{_D})(?:\s*(?:[-–—/]|to|into)\s*(?P<d4>{_D}))?"
    rf"|(?P<d5>{_D})\s+(?:of\s+)?(?P<m3>{_M})){_Y}",
    re.I,
)
_DATE = re.compile(
    rf"(?<![\w/])(?:(?P<m1>{_M})\s+(?P<d1>{_D})(?!\s*[-–]\s*\d)|(?P<d2>{_D})\s+(?:of\s+)?(?P<m2>{_M})){_Y}(?![\w/])"
)
_NIGHT_INTO_BEFORE = re.compile(
    r"\b(?:(?:[Oo]vernight|[Ee]arly)\s+(?:on|into)|[Oo]vernight\s+to|(?:early|small|wee)\s+hours\s+(?:of|on)"
    rf"|night\s+of(?=\s+{_WEEKDAY_NAMES}))\s+"
    # "overnight into Sunday, 7 September"; "on the night of Wednesday, 10 April" (the night into it)
    rf"(?:{_WEEKDAY_NAMES},?\s+)?$"
)
_SAID_ON = re.compile(
    # (also "In a separate message on Tuesday morning, the governor said that overnight ...")
    r"\b(?:(?:a|an|his|her|its|their|the)\s+(?:separate\s+|later\s+|new\s+|further\s+|daily\s+|morning\s+)?(?:message|post|statement|update|bulletin|briefing)\s+(?:on\s+)?$)"
    r"|\b(?:said|says|reported|reports|announced|stated|wrote|added|confirmed|claimed|claims)\s+"
    # "said on Telegram on Thursday", "wrote in a statement on Monday"
    r"(?:(?:on|in|via)\s+(?:his\s+|her\s+|its\s+|their\s+|a\s+|the\s+)?(?:Telegram|Facebook|X|Twitter|social\s+media"
    r"|statement|post|video\s+address|evening\s+address|briefing|televised\s+remarks)(?:\s+channel)?\s+)?"
    r"(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?\s?m\.?)?\s+)?(?:on\s+)?"  # "said at 11:30 a.m. on Aug. 28"
    r"(?:the\s+(?:morning|evening|afternoon)\s+of\s+)?"
    rf"(?:{_WEEKDAY_NAMES},?\s+)?$"
)
# A speaker and a verb of saying right after a time phrase: "This morning he said ...", "On
# Monday morning, the governor reported ..." (the day of a statement, when it says no more).
SAID_AFTER = r",?\s+(?:\w+\s+){0,3}(?:said|says|reported|told|wrote|announced|added|stated)\b"
# ... updating a toll: "On Monday morning he said the number of injured had risen" (but "On
# Monday morning, the governor reported a new attack" is that day's attack).
_SAYS_AFTER = re.compile(SAID_AFTER + r"(?=[^.;]{0,60}\b(?:toll|number|risen|rose|climbed|increased)\b)")
_RANGE_CLOCK = r"\d{1,2}(?:[:.]\d\d\s*(?:[ap]\.?\s?m\.?)?|\s*[ap]\.?\s?m\.?)"
# The end of a time range: "from 11 p.m. on January 16 to 7 a.m. on January 17", "between 11
# p.m. on Friday and 7 a.m. on Saturday" (the night began on the first day).
_RANGE_END_BEFORE = re.compile(
    # (not "overnight to Thursday", "the night to Monday": the night into it; but "Friday night to
    # 7 a.m. on Saturday" is a range)
    rf"\b(?:(?<![Nn]ight )to\s+|(?:until|till)\s+|(?:to|until|till)\s+{_RANGE_CLOCK}\s+|and\s+{_RANGE_CLOCK}\s+)"
    r"(?:[A-Z]\w+\s+time\s+)?(?:on\s+)?$"
)
# A wire-copy dateline: "KYIV, July 4 (Reuters) -", "LVIV, Ukraine, March 3 —".
_DATELINE_BEFORE = re.compile(r"\s*(?:[A-Z][A-Z .'’/-]+(?:,\s*[A-Z][A-Za-z .'’-]+)?,\s*)?$")  # (also "Aug 17 (Reuters) -")
# (also "MOSCOW, January 17. /TASS/.", "VORONEZH, June 2 /State news agency/ -")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,40}\)\s*)?[-–—]|\.?\s*/[A-Za-z][A-Za-z .-]{1,38}/")
_ISO_DATE = re.compile(r"(?<!\d)(?P<y>20\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
_STAMP_CLOCK_AFTER = re.compile(r",?\s*(?:at\s+)?\d{1,2}:\d\d\b(?!\s*(?:[ap]\.?m|on|to|until|and)\b)")  # "15.05.2025, 10:30:"
_DOTTED_DATE = re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20\d\d)(?![\d]|\.\d)")
_WEEKDAY = re.compile(
    rf"\b(?P<prefix>last|this|on|late|early(?:\s+on)?|past)?\s*(?P<day>{_WEEKDAY_NAMES})(?:['’]s)?"
    r"(?:\s+(?P<part>night|evening|morning|afternoon|overnight))?",
)
_NIGHT_OF_WEEKDAYS = re.compile(
    rf"\bnight\s+(?:from|of)\s+(?P<d1>{_WEEKDAY_NAMES})\s+(?:to|into|and)\s+(?P<d2>{_WEEKDAY_NAMES})\b"
)
# Before a weekday, the small hours of that day: "in the early hours of Thursday",
# "overnight into Sunday", "on the night to Monday".
_NIGHT_INTO_WEEKDAY = re.compile(
    r"\b(?:(?:early|small|wee)\s+hours\s+(?:of|on)|(?:overnight|night)\s+(?:into|to))\s*$", re.I
)
# Between a clock and the weekday it is on: "at 02:10 on Sunday", "By 05:30 on Sunday".
_ON_GAP = re.compile(r"\s+(?:on\s+)?")
# "As of 09:00, 62 drones were shot down": when the tally was made, not the attack.
# When a text was put out, not when anything happened: "the first report, published at 08:10".
_PUBLISHED_AT = re.compile(r"\b(?:published|posted|issued|released|updated|filed)\s+(?:at|around|about|shortly\s+after)\s+$", re.I)
_STATUS_TIME = re.compile(r"\b(?:[Aa]s (?:of|at)|[Bb]y|[Uu]ntil|[Tt]ill)\s+$")
_CLOCK = re.compile(
    r"(?<![\d:/.])(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?::[0-5]\d)?\s*(?P<ap>[aApP]\.?\s?[mM]\b\.?)?(?![\d])"
    r"|(?<![\d:/.])(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>[ap]\.\s?m\.|[AP]M\b|[ap]m\b)",
)
# A weekday that is no attack's day: what a toll rose to by then ("the toll rose to 23 on
# Friday"), a day declared for mourning ("declaring Thursday a day of mourning"), the day a
# video or post was shared.
_NOT_ATTACK_DAY_BEFORE = re.compile(
    r"\b(?:(?:rose|risen|climbed|increased|grew)\s+to\s+[\w,]+|declar(?:ed|ing|es|e))\s+$"
    r"|\b(?:shared|posted|published|circulated|uploaded)\b[^.;]{0,30}$",  # "a video shared widely on X on Thursday"
    re.I,
)
_DAYS_AFTER_FOLLOWS = re.compile(r",?\s+(?P<n>a|one|two|three|four|five|\d)\s+days?\s+after\b", re.I)
# "Kyiv celebrated the anniversary of its founding on Sunday": a celebration's day, not the attack's.
_CELEBRATED_BEFORE = re.compile(r"\b(?:celebrat\w+|commemorat\w+)\b[^.;,]{0,60}$", re.I)
# "... is observing a day of mourning on Thursday, 18 April": not the attack's day.
_MOURNING_BEFORE = re.compile(r"\bmourning\s+(?:(?:on|for)\s+)?(?:[A-Z][a-z]+day,?\s+)?$", re.I)
_MOURNING_AFTER = re.compile(r"\s+(?:as\s+)?an?\s+(?:national\s+|official\s+)?day\s+of\s+mourning\b", re.I)
# A sentence without any of these (lower-cased) states no time: month and weekday stems,
# day-part words, and clock or ISO-date digits. Plain substrings, not words: the test
# only has to be true whenever a time phrase is present, and is cheap.
_TIME_WORDS = re.compile(
    alternation([
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue",
        "wed", "thu", "fri", "sat", "sun", "yesterday", "today", "morning", "night", "evening", "noon",
        "midday", "dawn", "hours", " ago", "during the day", "daytime",
    ])
)
_DIGIT = re.compile(r"\d")
# Cheap necessary conditions (each starts with a literal or a class the regex engine scans
# for quickly) checked before the patterns that try every position.
_CLOCK_HINT = re.compile(r"\d(?:[:.]\d|\s*[apAP])")
_ISO_HINT = re.compile(r"20\d\d-")
_WEEKDAY_HINT = re.compile(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
_DIGIT_TIME = re.compile(r"\d[:.]\d\d|\d\s?[ap]\.?\s?m\b|\d{4}-\d\d")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_STEM = re.compile(alternation(list(_MONTH_STEMS), fold=False))
# _DATE is case-sensitive: its months are capitalised.
_MONTH_CAPITALISED = re.compile(alternation([m.title() for m in _MONTH_STEMS], fold=False))
_EVENING_OF = re.compile(r"\b(?:evening|morning|afternoon|day)\s+of\s*$", re.I)
_YESTERDAY = re.compile(r"\byesterday\b", re.I)
_TODAY = re.compile(
    r"\b(?:today|this morning|this afternoon|this evening"
    r"|(?:an?|one|two|three|half an|\d{1,2})\s+(?:hours?|minutes?)\s+ago)\b",  # "an hour ago" in a live entry
    re.I,
)


@dataclass(frozen=True)
class TimeCue:
    """One time phrase: ``night`` is the attack night it implies (``None`` if unknown)."""

    kind: str
    night: date | None
    start: int
    end: int
    strength: int
    sentence: int = 0


def local_publication(published: str | None) -> tuple[date | None, time | None]:
    """Publication date and (if given) time, in Kyiv local time."""
    try:
        value = parse_published(published)
    except (TypeError, ValueError):
        return None, None
    if value is None:
        return None, None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(KYIV)
        return value.date(), value.time()
    return value, None


def dateline_date(text: str) -> date | None:
    """The date of a wire-copy dateline opening ``text`` ("KYIV, July 4, 2025 (Reuters) -")
    or of a page's timestamp line near its top ("Sunday, 16 March 2025, 08:12", "17.06.2025 •
    11:42") when it states its year: the day the story was filed, an anchor for "overnight"
    when a report has no publication date. The dateline may follow a page's headline and a
    photo caption: it opens one of the first lines."""
    for start, _ in _top_lines(text):
        head = text[start : start + 160]
        for match in _DATE.finditer(head):
            if not _is_dateline(head, match):
                break
            month, day = _month(match.group("m1") or match.group("m2")), _day(match.group("d1") or match.group("d2"))
            dated = _resolve_year(month, day, match.group("year"), None)
            if dated is not None:
                return dated
            break  # no year ("BRYANSK, August 3. /TASS/."): a timestamp line may give it
    return _timestamp_line_date(text)


# A line that is only a page's timestamp: "Sunday, 16 March 2025, 08:12", "March 16, 2025
# 8:12 AM", "Updated: 17.06.2025 • 11:42", "Published: Sat, 15 Mar 2025 11:42 AM", "Updated 10
# June 2025, 10:35 (Kyiv time)".
_TIMESTAMP_LINE = re.compile(
    r"\s*(?:(?:published|updated|posted)\s*:?\s*)?"
    rf"(?:(?:{_WEEKDAY_NAMES}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?"
    rf"(?:(?P<d1>{_D})\s+(?P<m1>{_M}),?\s+(?P<y1>(?:19|20)\d\d)|(?P<m2>{_M})\s+(?P<d2>{_D}),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|(?P<d3>[0-3]?\d)\.(?P<n3>[01]?\d)\.(?P<y3>(?:19|20)\d\d))"
    r"(?:\s*[,•|·–—-]?\s*(?:at\s+)?[0-2]?\d[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,5}|(?:Kyiv|Kiev|Moscow|local)\s+time)\)?)?)?[\s.]*",
    re.I,
)
# A date heading its paragraph: "Friday, 24 October — ..."
_HEADING_DATE = re.compile(r"\s*[—–:]\s|\s+-\s")
_OVERNIGHT = re.compile(r"\b(?:overnight|during the night|at night|in the early hours|before dawn)\b", re.I)
# A digest's heading line ending with its date: "Our morning digest for Sunday, 23 March 2025."
_DIGEST_LINE = re.compile(r"\s*(?:[\w'’-]+\s+){1,8}?(?:for|of)\s+(?=\S)" + _TIMESTAMP_LINE.pattern, re.I)
_TIMESTAMP_LINES = 4  # how many lines from the top a timestamp may stand on


def _top_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the first :data:`_TIMESTAMP_LINES` lines of ``text``, blank lines not
    counted: where a page's headline, caption, timestamp and dateline stand."""
    start = 0
    for _ in range(_TIMESTAMP_LINES):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield start, end
        if end >= len(text):
            return
        start = end + 1
        while start < len(text) and text[start] == "\n":
            start += 1  # blank lines do not count


def _timestamp_line_date(text: str) -> date | None:
    for start, end in _top_lines(text):
        match = _TIMESTAMP_LINE.fullmatch(text, start, end) or _DIGEST_LINE.fullmatch(text, start, end)
        if match is not None:
            if match.group("y3"):
                month, day = int(match.group("n3")), int(match.group("d3"))
            else:
                month = _month(match.group("m1") or match.group("m2"))
                day = _day(match.group("d1") or match.group("d2"))
            try:
                return date(int(match.group("y1") or match.group("y2") or match.group("y3")), month, day)
            except ValueError:
                return None
    return None


def _commemorated_on(text: str, at: int) -> bool:
    """Whether the day named at ``at`` is one of mourning or celebration ("a day of mourning
    on Thursday, 18 April", "Kyiv celebrated its founding on Sunday"), not an attack's."""
    return (
        _MOURNING_BEFORE.search(text, max(0, at - 40), at) is not None
        or _CELEBRATED_BEFORE.search(text, max(0, at - 70), at) is not None
    )


def _is_dateline(text: str, match: re.Match[str]) -> bool:
    """Whether a date opens a wire-copy dateline: "KYIV, July 4 (Reuters) -"."""
    return bool(_DATELINE_BEFORE.match(text, 0, match.start()) and _DATELINE_AFTER.match(text, match.end()))


def _month(name: str) -> int:
    """The number of a month as written ("March", "Mar.", "sept")."""
    return _MONTHS[name.lower().rstrip(".")]


_LAST_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)


def _resolve_year(month: int, day: int, year: str | None, anchor: date | None) -> date | None:
    try:
        if year:
            return date(int(year), month, day)
        if anchor is None:
            return None
        candidate = date(anchor.year, month, day)
        if candidate > anchor + timedelta(days=1):
            candidate = date(anchor.year - 1, month, day)
        return candidate
    except ValueError:
        return None


def _weekday_on_or_before(weekday: int, anchor: date, *, strictly_before: bool = False) -> date:
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return anchor - timedelta(days=delta)


def find_time_cues(
    text: str, offset: int, anchor: date | None, lexicon: Lexicon, *, sentence: int = 0
) -> list[TimeCue]:
    """Time phrases in one sentence (``offset`` is the sentence's start in the report)."""
    cues: list[TimeCue] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, night: date | None, start: int, end: int, strength: int) -> None:
        cues.append(TimeCue(kind, night, offset + start, offset + end, strength, sentence))
        taken.append((start, end))

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    lowered = text.lower()
    has_digit = _DIGIT.search(text) is not None
    if (
        not _TIME_WORDS.search(lowered)
        and not (has_digit and _DIGIT_TIME.search(lowered))
        and not lexicon.night.search(text)
    ):
        return cues
    has_month = has_digit and _MONTH_STEM.search(lowered) is not None
    all_clocks = list(_CLOCK.finditer(text)) if has_digit and _CLOCK_HINT.search(text) else []
    clocks = [
        m for m in all_clocks
        if not _STATUS_TIME.search(text, max(0, m.start() - 10), m.start())
        and not _PUBLISHED_AT.search(text, max(0, m.start() - 24), m.start())  # "the first report, published at 08:10"
    ]
    clock_hours = [_clock_hour(m) for m in clocks]
    has_small_hours = any(h is not None and h < 6 for h in clock_hours)
    # where clocks in the small hours written with minutes end, also a tally's ("By 05:30 on
    # Sunday, 34 drones ..."; "shortly after 3 a.m. on Tuesday" is dated by the weekday rules)
    small_hours_ends = [
        m.start() + len(m.group().rstrip()) for m in all_clocks
        if m.group("h") and (hour := _clock_hour(m)) is not None and hour < 6
    ]
    # a tally's morning deadline: "By 7 a.m. on Tuesday, his count had reached 74" (the night into it)
    small_hours_ends += [
        m.start() + len(m.group().rstrip()) for m in all_clocks
        if (hour := _clock_hour(m)) is not None and 6 <= hour < 12
        and _STATUS_TIME.search(text, max(0, m.start() - 10), m.start())
    ]
    for match in _NIGHT_OF.finditer(text) if has_month and "night" in lowered else ():
        month = _month(match.group("m1") or match.group("m2") or match.group("m3"))
        year = match.group("year")
        if match.group("d1"):
            day, into = _day(match.group("d1")), False
        elif match.group("d3") and match.group("d4"):
            day, into = _day(match.group("d3")), False
        else:
            day, into = _day(match.group("d3") or match.group("d5")), True
        when = _resolve_year(month, day, year, anchor)
        if when is not None and into:
            when -= timedelta(days=1)
        add("night_of", when, match.start(), match.end(), 5)
    for match in _NIGHT_OF_WEEKDAYS.finditer(text) if anchor is not None and "night" in lowered else ():
        # "on the night from Saturday to Sunday": the night that began on Saturday
        first = _weekday_on_or_before(_WEEKDAYS[match.group("d1").lower()], anchor, strictly_before=False)
        if _WEEKDAYS[match.group("d2").lower()] == (first.weekday() + 1) % 7 and first >= anchor:
            first -= timedelta(days=7)  # (its Sunday is after the anchor otherwise)
        add("weekday_night", first, match.start(), match.end(), 3)
    numeric_dates = [  # "since 28.11.2024, when Russian missiles struck ...", "2025-07-04"
        *(_DOTTED_DATE.finditer(text) if has_digit and ".20" in text else ()),
        *(_ISO_DATE.finditer(text) if has_digit and _ISO_HINT.search(text) else ()),
    ]
    for match in numeric_dates:
        if not free(match.start(), match.end()):
            continue
        try:
            when = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            continue
        if _STAMP_CLOCK_AFTER.match(text, match.end()):
            add("said_date", when, match.start(), match.end(), 2)  # "Update, 15.05.2025, 10:30:": when it was written
            continue
        add("date", when - timedelta(days=1) if has_small_hours else when, match.start(), match.end(), 4)
    for match in _DATE.finditer(text) if has_month and _MONTH_CAPITALISED.search(text) else ():
        if not free(match.start(), match.end()):
            continue
        if _is_dateline(text, match):
            continue  # "KYIV, July 4 (Reuters) -": when the story was filed, not the attack
        month_name = (match.group("m1") or match.group("m2")).lower().rstrip(".")
        day = _day(match.group("d1") or match.group("d2"))
        if month_name == "may" and not match.group("d1") and not match.group("d2"):
            continue
        when = _resolve_year(_MONTHS[month_name], day, match.group("year"), anchor)
        if when is None:
            add("date", None, match.start(), match.end(), 4)
            continue
        if not match.group("year") and anchor is not None and _LAST_YEAR_AFTER.match(text, match.end()):
            when = _resolve_year(when.month, when.day, str(anchor.year - 1), None)  # "On July 8 last year"
            if when is None:
                continue
        if _RANGE_END_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "from 11 p.m. on January 16 to 7 a.m. on January 17": the night began on the 16th
        if _commemorated_on(text, match.start()):
            continue  # "a day of mourning on Thursday, 18 April"
        if _SAID_ON.search(text, max(0, match.start() - 40), match.start()):
            # "..., the air force said on Sunday, 18 May": the day of the statement, an
            # anchor for "overnight" like a weekday, not the day of the attack.
            add("said_date", when, match.start(), match.end(), 2)
            continue
        prefix = text[max(0, match.start() - 32) : match.start()]
        if (
            (has_small_hours and not _EVENING_OF.search(prefix)) or _NIGHT_INTO_BEFORE.search(prefix)
            or (_HEADING_DATE.match(text, match.end()) and _OVERNIGHT.search(text, match.end()) is not None)
        ):
            # "at 2:00 on 1 June", "overnight on 1 June", "Friday, 24 October — Drones hit the
            # refinery overnight": the night into it
            when -= timedelta(days=1)
        add("date", when, match.start(), match.end(), 4)
    for match in _WEEKDAY.finditer(text) if "day" in lowered and _WEEKDAY_HINT.search(lowered) else ():
        if not free(match.start(), match.end()):
            continue
        if not match.group("prefix") and _STATUS_TIME.search(text, max(0, match.start("day") - 10), match.start("day")):
            continue  # "by Sunday afternoon at least 18 had been wounded": when the toll stood
        if _RANGE_END_BEFORE.search(text, max(0, match.start("day") - 40), match.start("day")):
            continue  # "between 11 p.m. on Friday and 7 a.m. on Saturday": the night began on Friday
        if _NOT_ATTACK_DAY_BEFORE.search(text, max(0, match.start() - 40), match.start()) or _MOURNING_AFTER.match(
            text, match.end()
        ) or _commemorated_on(text, match.start("day")):
            continue  # "the toll rose to 23 on Friday", "declaring Thursday a day of mourning"
        day_of_week = _WEEKDAYS[match.group("day").lower()]
        part = (match.group("part") or "").lower()
        if anchor is None:
            add("weekday", None, match.start(), match.end(), 2)
            continue
        prefix = match.group("prefix") or ""
        when = _weekday_on_or_before(day_of_week, anchor, strictly_before=prefix == "last")
        days_after = _DAYS_AFTER_FOLLOWS.match(text, match.end()) if prefix in ("", "on") and not part else None
        if days_after is not None:
            # "back onto the grid on Thursday, a day after a wave of Russian missile strikes":
            # the attack's day is that many days before the day told of
            days = lexicon.parse_number(days_after.group("n")) or 1
            add("weekday_plain", when - timedelta(days=days), match.start(), match.end(), 2)
            continue
        if (
            prefix in ("", "on") and part in ("", "morning", "evening", "afternoon")
            and (_SAID_ON.search(text, max(0, match.start() - 30), match.start()) or _SAYS_AFTER.match(text, match.end()))
        ):  # also "the governor said on Tuesday morning", "On Monday morning he said the number had risen"
            add("said_date", when, match.start(), match.end(), 2)  # "Zelensky said on Sunday": the statement's day
            continue
        if (prefix.startswith("early") and part in ("", "morning")) or (
            not part and _NIGHT_INTO_WEEKDAY.search(text, max(0, match.start() - 25), match.start())
        ) or (not part and any(_ON_GAP.fullmatch(text, end, match.start("day")) for end in small_hours_ends)):
            # "early Thursday", "early on Thursday morning", "in the early hours of Thursday",
            # "overnight into Sunday": the small hours of that day
            part = "overnight"
        if part == "overnight":
            when -= timedelta(days=1)
        strength = 3 if part else 2
        add("weekday_" + (part or "plain"), when, match.start(), match.end(), strength)
    for match in lexicon.night.finditer(text):
        if free(match.start(), match.end()):
            add("night", None, match.start(), match.end(), 3)
    for match in _YESTERDAY.finditer(text) if "yesterday" in lowered else ():
        add("yesterday", anchor - timedelta(days=1) if anchor else None, match.start(), match.end(), 2)
    for match in _TODAY.finditer(text) if "today" in lowered or "this " in lowered or " ago" in lowered else ():
        add("today", anchor, match.start(), match.end(), 1)
    for match, hour in zip(clocks, clock_hours, strict=True):
        if hour is None or not free(match.start(), match.end()):
            continue
        if hour < 6:
            add("clock_night", None, match.start(), match.end(), 2)
        elif hour >= 18:
            add("clock_evening", None, match.start(), match.end(), 1)
        else:
            add("clock_day", None, match.start(), match.end(), 1)
    for match in lexicon.day.finditer(text):
        if free(match.start(), match.end()):
            add("day", None, match.start(), match.end(), 1)
    return _consequence_after_the_night(_attack_weekday_only(cues, text, offset), text, offset)


# "... on Friday morning after Russia hit energy facilities overnight": the morning of what
# followed the attack, which was the night before it.
_AFTER = re.compile(r"\s+(?:after|following)\b")


def _consequence_after_the_night(cues: list[TimeCue], text: str, offset: int) -> list[TimeCue]:
    """A weekday's morning or afternoon followed by "after" and a night phrase later in the
    sentence dates that night: the cue becomes the night before that day."""
    return [
        replace(cue, kind="weekday_overnight", night=cue.night - timedelta(days=1))
        if cue.kind in ("weekday_morning", "weekday_afternoon") and cue.night is not None
        and _AFTER.match(text, cue.end - offset) and any(c.kind == "night" and c.start > cue.end for c in cues)
        else cue
        for cue in cues
    ]


# A verb of the attack right before a weekday: "a block hit by a Russian missile on Saturday".
_DATED_ATTACK_VERB = re.compile(r"\b(?:hit|struck|attacked|shelled|bombed|fired|launched|strikes?|attacks?)\b[^.;,]{0,30}$")


def _attack_weekday_only(cues: list[TimeCue], text: str, offset: int) -> list[TimeCue]:
    """When a sentence names two days and an attack verb dates one of them ("Rescuers on
    Tuesday ended their search of a block hit by a missile on Saturday"), only that day."""
    weekdays = [c for c in cues if c.kind == "weekday_plain"]
    if len({c.night for c in weekdays}) < 2:
        return cues
    dated = [c for c in weekdays if _DATED_ATTACK_VERB.search(text, max(0, c.start - offset - 40), c.start - offset)]
    if len(dated) != 1:
        return cues
    return [c for c in cues if c.kind != "weekday_plain" or c is dated[0]]


def _day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def _clock_hour(match: re.Match[str]) -> int | None:
    hour_text = match.group("h") or match.group("h2")
    if hour_text is None:
        return None
    hour = int(hour_text)
    ampm = (match.group("ap") or match.group("ap2") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if match.group("h") and not ampm and match.group("m") and int(match.group("m")) > 59:
        return None
    return hour


# A weekday with its part of the day: "on Sunday afternoon", "early Thursday" (overnight).
WEEKDAY_PART_KINDS = frozenset(
    ("weekday_night", "weekday_overnight", "weekday_morning", "weekday_evening", "weekday_afternoon")
)
# Cues that date a report's attack from its lead: night phrases, small-hours clock times and
# a weekday's part of the day.
_LEAD_NIGHT_KINDS = frozenset({"night", "clock_night"} | WEEKDAY_PART_KINDS)


def resolve_night(
    cues: list[TimeCue], published_date: date | None, published_time: time | None
) -> tuple[date | None, int | None]:
    """The attack night and its ``time_precision`` from a report's time cues.

    Explicit dates win; a night phrase anchored on a weekday in the same sentence
    ("said Wednesday ... overnight") resolves against that weekday; otherwise night
    phrases and small-hours clock times give the day before publication, daytime cues
    the publication day. With no cue at all the publication date alone anchors it
    (precision 2).

    The lead decides first: the first sentence with a cue that dates an attack ("on
    Tuesday", "overnight", a date) is resolved on its own, and the whole report only if
    that gives no night ("A missile killed 17 in Dnipro on Tuesday. ... Earlier on
    Tuesday, the air force said it downed 20 drones overnight": Tuesday).
    """
    if published_date is not None:
        # A date long before publication is an earlier attack's ("first posted on 14 January
        # 2023, when a missile struck ..."), not the night of the report's undated figures,
        # when the report also dates something recent.
        recent = [c for c in cues if c.night is None or (published_date - c.night).days <= _RECENT_DAYS]
        if any(c.night is not None for c in recent) and len(recent) < len(cues):
            cues = recent
    lead = min((c.sentence for c in cues if c.kind in _LEAD_KINDS), default=None)
    if lead is not None:
        night, precision = _resolve_cues([c for c in cues if c.sentence == lead], published_date, published_time)
        if night is not None and precision == 1:
            return night, precision
    return _resolve_cues(cues, published_date, published_time)


def evening_clock_after(weekday: TimeCue, cues: list[TimeCue]) -> bool:
    """Whether an evening clock time is told with a weekday: "on Thursday at 22:40", "from
    9:00 pm (1800 GMT) on Tuesday"."""
    return any(
        c.kind == "clock_evening" and c.sentence == weekday.sentence
        and (0 <= c.start - weekday.end <= 6 or 0 <= weekday.start - c.end <= 20)
        for c in cues
    )


# How far before publication a date may lie and still be the night of a report's undated figures.
_RECENT_DAYS = 31

# Cues that date an attack in the sentence that has them (not "said on Sunday", not "today").
_LEAD_KINDS = _LEAD_NIGHT_KINDS | {"night_of", "date", "weekday_plain", "yesterday"}


def _names_the_weekdays_night(night: TimeCue, weekday: TimeCue) -> bool:
    """Whether a night phrase is the weekday's own ("in the early hours of Friday")."""
    return weekday.kind == "weekday_overnight" and night.sentence == weekday.sentence and 0 <= weekday.start - night.end <= 8


def _resolve_cues(
    cues: list[TimeCue], published_date: date | None, published_time: time | None
) -> tuple[date | None, int | None]:
    dated = [c for c in cues if c.night is not None and c.kind in ("night_of", "date")]
    lead = min((c.sentence for c in dated), default=None)
    if lead is not None and not any(c.sentence < lead and c.kind in _LEAD_NIGHT_KINDS for c in cues):
        # The first sentence that dates the attack decides (a later "On the night of 6-7
        # January, ..." is an earlier attack), unless a night phrase came before it ("...
        # overnight. ... On 22 September, ...": the date is of an earlier attack); within
        # it, a night beats a plain date.
        best = max((c for c in dated if c.sentence == lead), key=lambda c: (c.strength, -c.start))
        return best.night, 1
    night_words = [c for c in cues if c.kind in ("night", "clock_night")]
    weekday_parts = [c for c in cues if c.kind in WEEKDAY_PART_KINDS and c.night]
    # The report's lead decides: "overnight ... On Sunday afternoon, bombs hit ..." is the
    # night before publication, "On Monday evening ... overnight" that Monday.
    first_weekday_part = min(weekday_parts, key=lambda c: c.start, default=None)
    if first_weekday_part is not None and not any(
        c.start < first_weekday_part.start and not _names_the_weekdays_night(c, first_weekday_part) for c in night_words
    ):
        return first_weekday_part.night, 1
    plain_weekdays = [c for c in cues if c.kind in ("weekday_plain", "said_date") and c.night]
    if night_words:
        anchor = published_date
        same_sentence = {c.sentence for c in night_words}
        for weekday in plain_weekdays:
            if weekday.sentence in same_sentence:
                if evening_clock_after(weekday, cues):
                    return weekday.night, 1  # "began on Thursday at 22:40 and lasted until 4 a.m.": Thursday night
                anchor = weekday.night
                break
        if anchor is None:
            return None, None
        return anchor - timedelta(days=1), 1
    relative = [c for c in cues if c.kind in ("yesterday", "today") and c.night]
    if relative:
        return relative[0].night, 1
    if plain_weekdays:
        return plain_weekdays[0].night, 1
    if published_date is None:
        return None, None
    day_cues = [c for c in cues if c.kind in ("day", "clock_day")]
    if day_cues:
        return published_date, 1
    if any(c.kind == "clock_evening" for c in cues):
        # "at around 11 p.m." in a report published that morning: the evening before
        morning = published_time is not None and published_time < time(18, 0)
        return published_date - timedelta(days=1) if morning else published_date, 1
    if published_time is not None and published_time >= time(12, 0):
        return published_date, 2
    return published_date - timedelta(days=1), 2
