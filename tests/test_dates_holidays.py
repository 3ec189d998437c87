"""Holiday names are read as dates (data/holidays.yaml; docs/rules/dates.md, "Holidays"): fixed
Gregorian days by the year of the reference date, Islamic ones from the Hijri calendar, Easter by
the computus, Nowruz from the Persian calendar; a festival's period when the text asks for it; no
date when the name is part of another name, lacks a cue, or the event is put before or after it."""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.extractors.dates import find_dates


def _only(text: str, published: date | None):
    found = [d for d in find_dates(text, published=published) if d.kind == "holiday"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(("text", "published", "start", "end", "precision", "rule"), [
    # fixed Gregorian days, year of the reference date
    ("Raiders set fire to a chapel on Christmas Eve.", date(2022, 12, 28),
     date(2022, 12, 24), date(2022, 12, 24), 1, "holiday:christmas_eve"),
    ("A grenade was thrown into a bar on New Year's Day.", date(2023, 1, 4),
     date(2023, 1, 1), date(2023, 1, 1), 1, "holiday:new_years_day"),
    ("A grenade was thrown into a bar on New Years Eve.", date(2023, 1, 4),
     date(2022, 12, 31), date(2022, 12, 31), 1, "holiday:new_years_eve"),
    # Islamic holidays from the Hijri calendar (Umm al-Qura): 1 Shawwal 1444, 10 Dhu al-Hijjah 1444
    ("Two grenades went off on Eid al-Fitr near the mosque.", date(2023, 4, 25),
     date(2023, 4, 21), date(2023, 4, 21), 1, "holiday:eid_al_fitr"),
    ("Two grenades went off on Eid ul-Adha near the mosque.", date(2023, 7, 2),
     date(2023, 6, 28), date(2023, 6, 28), 1, "holiday:eid_al_adha"),
    ("Mourners were fired on as they marched on Ashura.", date(2023, 8, 1),
     date(2023, 7, 28), date(2023, 7, 28), 1, "holiday:ashura"),
    # Easter by the computus (Western and Orthodox)
    ("Worshippers were attacked on Easter Sunday.", date(2019, 4, 23),
     date(2019, 4, 21), date(2019, 4, 21), 1, "holiday:easter"),
    ("A parish hall was shelled on Orthodox Easter.", date(2023, 4, 18),
     date(2023, 4, 16), date(2023, 4, 16), 1, "holiday:orthodox_easter"),
    ("A priest was shot dead on Good Friday.", date(2024, 4, 2),
     date(2024, 3, 29), date(2024, 3, 29), 1, "holiday:good_friday"),
    # Nowruz: 1 Farvardin of the Persian calendar
    ("Police broke up a bonfire gathering on Nowruz.", date(2024, 3, 25),
     date(2024, 3, 20), date(2024, 3, 20), 1, "holiday:nowruz"),
    # a festival's period: "during", "over", "the ... holidays" (a few days, precision 2)
    ("Looting spread during Eid al-Fitr.", date(2023, 4, 25),
     date(2023, 4, 21), date(2023, 4, 23), 2, "holiday-period"),
    ("Three bombings hit the city over the Eid holidays.", date(2023, 7, 2),
     date(2023, 6, 28), date(2023, 7, 1), 2, "holiday:eid_al_adha"),
    # one day of a festival, or its eve
    ("Rockets fell on the eve of Eid al-Adha.", date(2023, 7, 2),
     date(2023, 6, 27), date(2023, 6, 27), 1, "holiday-day:on-the-eve-of"),
    ("Rockets fell on the second day of Eid al-Adha.", date(2023, 7, 2),
     date(2023, 6, 29), date(2023, 6, 29), 1, "holiday-day:the-second-day-of"),
])
def test_holiday_name_resolves_to_its_day(text, published, start, end, precision, rule) -> None:
    d = _only(text, published)
    assert (d.value.start, d.value.end, int(d.value.precision)) == (start, end, precision)
    assert rule in d.value.rules
    assert text[d.start:d.end] == d.text and d.text.split()[-1] in text


def test_bare_eid_is_the_latest_of_the_two_eids() -> None:
    d = _only("Two grenades went off on Eid near the mosque.", date(2023, 5, 10))
    assert d.value.start == date(2023, 4, 21)
    assert "holiday:eid_al_fitr" in d.value.rules


def test_a_year_after_the_name_picks_that_year() -> None:
    assert _only("A car bomb exploded on Christmas Day 2011.", date(2024, 1, 5)).value.start == date(2011, 12, 25)
    # a Hijri year after an Islamic holiday: 1 Shawwal 1440
    assert _only("A car bomb exploded on Eid al-Fitr 1440.", None).value.start == date(2019, 6, 4)


def test_without_a_reference_the_holiday_stays_unresolved() -> None:
    d = _only("Raiders set fire to a chapel on Christmas Eve.", None)
    assert d.value.start is None and "year-unknown" in d.value.rules


def test_first_day_of_a_month_is_a_single_day() -> None:
    found = find_dates("A bomber struck on the first day of Ramadan.", published=date(2023, 3, 30))
    assert [(d.value.start, int(d.value.precision)) for d in found] == [(date(2023, 3, 23), 1)]


def test_during_ramadan_is_the_month() -> None:
    found = find_dates("Raids continued during Ramadan.", published=date(2023, 4, 25))
    assert [(d.value.start, d.value.end, int(d.value.precision)) for d in found] == [
        (date(2023, 3, 23), date(2023, 4, 20), 3)]


@pytest.mark.parametrize("text", [
    "Aid was flown to Christmas Island.",          # part of a place name
    "A lorry was driven into a Christmas market.",  # part of another noun
    "The Easter Rising is taught in schools.",      # part of an event's name
    "Mohamed Eid said the road was closed.",        # a personal name, no cue
    "Militias attacked the camp days before Christmas.",  # before the holiday, not on it
    "Troops paraded on Independence Day.",          # depends on the country, and none is known
])
def test_holiday_word_that_is_no_date(text: str) -> None:
    assert [d for d in find_dates(text, published=date(2023, 12, 30)) if d.kind == "holiday"] == []


def test_event_dated_by_a_holiday() -> None:
    text = "Gunmen attacked a church in Jos on Christmas Eve, killing five worshippers."
    evs = sitrep.extract(text, published="2024-12-27")
    assert len(evs) == 1
    e = evs[0]
    assert (e.event_date, int(e.time_precision)) == (date(2024, 12, 24), 1)
    assert "holiday:christmas_eve" in e.rules
    assert [ev.text for ev in e.field_evidence["date"]] == ["on Christmas Eve"]


@pytest.mark.parametrize(("text", "day", "country"), [
    ("A grenade was thrown at a parade in Kabul on Independence Day.", date(2024, 8, 19), "Afghanistan"),
    ("A grenade was thrown at a parade in Lagos on Independence Day.", date(2024, 10, 1), "Nigeria"),
])
def test_independence_day_is_read_with_the_events_country(text, day, country) -> None:
    (e,) = sitrep.extract(text, published="2024-10-05")
    assert (e.event_date, e.country) == (day, country)
    assert "holiday:independence_day" in e.rules
    assert e.location != "Independence"  # the holiday is no place either


def test_independence_day_of_an_unlisted_country_is_left_out() -> None:
    (e,) = sitrep.extract("A grenade was thrown at a parade in Paris on Independence Day.", published="2024-10-05")
    assert e.event_date == date(2024, 10, 5) and "date-from-published" in e.rules


def test_feast_named_after_a_weekday_is_not_the_last_such_weekday() -> None:
    # "Easter Sunday" and "Good Friday" hold a weekday name; the holiday wins over "the last Sunday"
    for text, day in (("Gunmen fired on worshippers in Kaduna on Easter Sunday.", date(2024, 3, 31)),
                      ("Gunmen fired on worshippers in Kaduna on Good Friday.", date(2024, 3, 29))):
        (e,) = sitrep.extract(text, published="2024-04-12")
        assert e.event_date == day, (text, e.event_date)
