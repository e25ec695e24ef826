"""The attack night from time phrases and the publication date (Europe/Kyiv)."""

from __future__ import annotations

from datetime import date

import pytest

from geoevents.lexicon import load_lexicon
from geoevents.nights import find_time_cues, local_publication, resolve_night


def night(sentence: str, published: str | None) -> tuple[str | None, int | None]:
    pub_date, pub_time = local_publication(published)
    cues = find_time_cues(sentence, 0, pub_date, load_lexicon())
    value, precision = resolve_night(cues, pub_date, pub_time)
    return (value.isoformat() if value else None), precision


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Russia attacked Kyiv overnight.", "2025-07-04T09:00:00+03:00", ("2025-07-03", 1)),
        ("Drones struck Odesa last night.", "2025-07-04", ("2025-07-03", 1)),
        ("Explosions were heard in the early hours.", "2025-07-04", ("2025-07-03", 1)),
        ("The attack came on the night of 9-10 June.", "2025-06-11", ("2025-06-09", 1)),
        ("The attack came on the night of July 31.", "2025-08-02", ("2025-07-30", 1)),
        ("The strike hit at around 5:00 PM on April 10.", "2025-04-10T19:00:00+03:00", ("2025-04-10", 1)),
        ("A missile hit the city late in the evening of April 29.", "2025-04-30", ("2025-04-29", 1)),
        ("Debris fell at 02:30 in the Obolon district.", "2025-03-05", ("2025-03-04", 1)),
        ("The Friday evening missile strike hit a courtyard.", "2025-04-04", ("2025-04-04", 1)),
        ("Ukraine said on Wednesday that Russia launched 728 drones overnight.", "2025-07-09", ("2025-07-08", 1)),
        ("A drone strike Wednesday killed three people.", "2023-08-24", ("2023-08-23", 1)),
        # 2025-06-10 is a Tuesday: Thursday is 5 June; "early" Thursday is the night into it.
        ("Three drones struck Kremenchuk early on Thursday.", "2025-06-10", ("2025-06-04", 1)),
        ("Three drones struck Kremenchuk early Thursday morning.", "2025-06-10", ("2025-06-04", 1)),
        ("Three drones struck Kremenchuk early Thursday evening.", "2025-06-10", ("2025-06-05", 1)),
        ("Three drones struck Kremenchuk late on Thursday.", "2025-06-10", ("2025-06-05", 1)),
        ("Around midnight, drones targeted Odesa.", "2025-06-10T08:00:00+03:00", ("2025-06-09", 1)),
        # a day part with no other time word: the day of publication
        ("Guided bombs struck Kharkiv during the day.", "2024-06-12", ("2024-06-12", 1)),
        ("In the daytime, a drone hit a car in Nikopol.", "2024-06-12", ("2024-06-12", 1)),
        ("Drones attacked Kyiv for the fourth night in a row.", "2025-06-10T08:00:00+03:00", ("2025-06-09", 1)),
        ("Overnight on 1 June, Russia launched 472 drones.", "2025-06-01", ("2025-05-31", 1)),
        ("Early on 1 June, Russia launched 472 drones.", "2025-06-01", ("2025-05-31", 1)),
        ("On 1 June, Russia launched 472 drones.", "2025-06-03", ("2025-06-01", 1)),
        # A date the statement was made on anchors "overnight" like a weekday.
        ("Russia's overnight attack involved 89 drones, the Air Force said on Sunday, 18 May.", "2025-05-18", ("2025-05-17", 1)),
        ("Russia's overnight attack involved 89 drones, the Air Force said on 18 May.", "2025-05-20", ("2025-05-17", 1)),
        ("A missile hit Odesa, the governor said on 18 May.", "2025-05-20", ("2025-05-18", 1)),
        ("Drones hit Odesa overnight, officials reported on the morning of 18 May.", "2025-05-20", ("2025-05-17", 1)),
        # A dateline says when the story was filed.
        ("KYIV, July 4 (Reuters) - Russia launched 539 drones at Ukraine overnight.", "2025-07-04", ("2025-07-03", 1)),
        ("LVIV, Ukraine, March 3 — A missile hit Lviv overnight.", "2025-03-03", ("2025-03-02", 1)),
        ("A missile hit Lviv on March 3, officials said.", "2025-03-05", ("2025-03-03", 1)),
        # A status time is when the tally was made, not when the attack was.
        ("As of 09:00, air defence shot down 122 drones.", "2025-06-10T09:30:00+03:00", ("2025-06-09", 2)),
        ("At 09:00, a missile hit the station.", "2025-06-10T09:30:00+03:00", ("2025-06-10", 1)),
        # An evening clock time in a report of the next morning is the evening before.
        ("A drone struck a house at around 11 p.m.", "2025-06-10T09:00:00+03:00", ("2025-06-09", 1)),
        ("A drone struck a house at 21:40.", "2025-06-10T22:30:00+03:00", ("2025-06-10", 1)),
        ("Drones hit the port.", "2025-07-04T08:00:00+03:00", ("2025-07-03", 2)),
        ("Drones hit the port.", "2025-07-04T15:00:00+03:00", ("2025-07-04", 2)),
        ("Drones hit the port overnight.", None, (None, None)),
        ("On the night of 16-17 June 2024 drones attacked.", None, ("2024-06-16", 1)),
    ],
)
def test_night_rules(sentence: str, published: str | None, expected: tuple[str | None, int | None]) -> None:
    assert night(sentence, published) == expected


def test_publication_is_converted_to_kyiv_time() -> None:
    # 22:30 UTC on 3 July is 01:30 on 4 July in Kyiv.
    assert local_publication("2025-07-03T22:30:00Z")[0] == date(2025, 7, 4)


def test_the_night_of_a_weekday_and_its_date_is_the_night_into_it() -> None:
    from geoevents import extract_events, report_from_text

    text = "On the night of Wednesday, 10 April, Russia attacked Ukraine with 20 Shahed drones."
    [event] = extract_events(report_from_text(text, published="2024-04-10"))
    assert event.night == "2024-04-09"


@pytest.mark.parametrize("said", ["said on Telegram on", "wrote in a statement on", "said in his evening address on"])
def test_the_day_a_statement_was_posted_is_not_the_attacks_day(said: str) -> None:
    text = f"Drones attacked Nikopol overnight, the regional head {said} Thursday morning."
    cues = find_time_cues(text, 0, date(2025, 6, 12), load_lexicon())
    assert [c.kind for c in cues if "Thursday" in text[c.start : c.end]] == ["said_date"]


@pytest.mark.parametrize("clock", ["By 05:30 on", "At 02:10 on", "at 3.15 a.m. on"])
def test_a_small_hours_clock_on_a_weekday_is_the_night_before(clock: str) -> None:
    text = f"{clock} Sunday, 29 drones had been shot down on approach to the capital."
    cues = find_time_cues(text, 0, date(2025, 5, 18), load_lexicon())  # a Sunday
    [weekday] = [c for c in cues if "Sunday" in text[c.start : c.end]]
    assert weekday.night == date(2025, 5, 17)


def test_the_date_a_statement_was_made_at_a_clock_time_is_not_the_attacks_day() -> None:
    text = "The toll has risen to 15, the head of the city administration said at 11:30 a.m. on Aug. 28."
    cues = find_time_cues(text, 0, date(2025, 8, 28), load_lexicon())
    assert [c.kind for c in cues if "Aug" in text[c.start : c.end]] == ["said_date"]


def test_a_date_heading_a_paragraph_about_an_overnight_attack_is_the_night_into_it() -> None:
    text = "Friday, 24 October — Ukrainian long-range drones hit the Ryazan oil refinery overnight."
    cues = find_time_cues(text, 0, date(2025, 10, 26), load_lexicon())
    [dated] = [c for c in cues if c.kind == "date"]
    assert dated.night == date(2025, 10, 23)
    text = "Wednesday, 22 October — At about 10:30, a Shahed slammed into a kindergarten in Kharkiv."
    [dated] = [c for c in find_time_cues(text, 0, date(2025, 10, 26), load_lexicon()) if c.kind == "date"]
    assert dated.night == date(2025, 10, 22)


def test_a_night_named_beside_a_days_time_dates_the_attack() -> None:
    from geoevents import extract_events, report_from_text

    text = (
        "Rescuers ended the search at the building in Dnipro on Thursday morning, 30 hours after the missile hit in"
        " the early hours of Wednesday."
    )
    [event] = extract_events(report_from_text(text, published="2025-03-20"))
    assert event.night == "2025-03-18"


@pytest.mark.parametrize(
    "text", ["The mayor said, declaring Thursday a day of mourning.", "The city will observe Thursday as a day of mourning."]
)
def test_a_day_of_mourning_is_no_attack_day(text: str) -> None:
    assert [c.kind for c in find_time_cues(text, 0, date(2026, 1, 14), load_lexicon()) if c.kind.startswith("weekday")] == []


def test_of_two_weekdays_the_one_an_attack_verb_dates_is_the_attacks() -> None:
    text = "Rescuers on Tuesday ended their search of an apartment block hit by a Russian missile on Saturday."
    cues = find_time_cues(text, 0, date(2023, 1, 17), load_lexicon())
    assert [c.night for c in cues if c.kind == "weekday_plain"] == [date(2023, 1, 14)]


def test_a_bulletin_on_a_weekday_is_the_day_of_the_statement() -> None:
    text = "In its bulletin on Tuesday morning, the Defence Ministry said air defences had destroyed eight drones overnight."
    cues = find_time_cues(text, 0, date(2023, 10, 24), load_lexicon())
    assert [c.kind for c in cues if "Tuesday" in text[c.start : c.end]] == ["said_date"]


def test_a_date_followed_by_last_year_is_in_the_year_before_publication() -> None:
    assert night("On March 14 last year, a missile struck the port.", "2025-10-30") == ("2024-03-14", 1)


def test_the_time_a_report_was_published_is_no_attack_time() -> None:
    cues = find_time_cues("The first report, published at 08:10, had mentioned 65 drones.", 0, date(2025, 9, 13), load_lexicon())
    assert [c.kind for c in cues] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Drones attacked the city from 11 p.m. on Friday night to 7 a.m. on Saturday.",
        "The attack lasted from Friday night until 6 a.m. on Saturday.",
    ],
)
def test_a_ranges_end_after_a_weekday_night_is_no_day_of_its_own(sentence: str) -> None:
    cues = find_time_cues(sentence, 0, date(2025, 8, 18), load_lexicon())
    assert [(c.kind, c.night) for c in cues if c.night is not None] == [("weekday_night", date(2025, 8, 15))]


def test_the_night_to_a_weekday_is_the_night_into_it() -> None:
    assert night("On the night to Monday, drones hit Kyiv.", "2025-08-18") == ("2025-08-17", 1)
