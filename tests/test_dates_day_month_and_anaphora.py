"""Dates: year-less day/month lines, Hijri spellings, anaphora across sections."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import extract
from sitrep.extractors.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22/05 - Nord, Titao: armed men attacked a convoy.", date(2023, 5, 22)),
        ("| 09/06 | Gao | clash |", date(2023, 6, 9)),
        ("- 03.06: gunmen raided a village.", date(2023, 6, 3)),
        ("On 4/6, gunmen attacked a market.", date(2023, 6, 4)),
    ],
)
def test_dates_day_month_without_year(text: str, expected: date) -> None:
    found = find_dates(text, published=date(2023, 6, 12))
    assert found and found[0].value is not None
    assert found[0].value.start == expected
    assert found[0].value.precision == 1
    assert "numeric-day-month" in found[0].rules


@pytest.mark.parametrize(
    "text",
    ["services run 24/7 here", "1.2 Background", "about 3/4 of the town", "ratio 1/2 - see below"],
)
def test_dates_fractions_and_section_numbers_are_no_dates(text: str) -> None:
    assert find_dates(text, published=date(2023, 6, 12)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 3 Sha'baan 1440", date(2019, 4, 8)),
        ("on 2 Ramadhaan 1441", date(2020, 4, 25)),
        ("5 Shawaal 1440", date(2019, 6, 8)),
        ("the 10th of Zul Hijja 1440", date(2019, 8, 11)),
    ],
)
def test_dates_more_hijri_spellings(text: str, expected: date) -> None:
    found = find_dates(text, published=date(2020, 9, 1))
    assert found and found[0].value is not None and found[0].value.start == expected


def test_dates_roundup_lines_take_their_own_day() -> None:
    text = (
        "Weekly overview: 5-11 June 2023\n\n"
        "Mali\n"
        "06/06 - Gao, Ansongo: Gunmen attacked a village near Ansongo, killing 4 herders.\n"
        "09/06 - Mopti, Bandiagara: An IED struck an army truck near Bandiagara. 2 soldiers killed.\n"
    )
    evs = extract(text, published="2023-06-12")
    days = sorted(e.event_date for e in evs)
    assert days == [date(2023, 6, 6), date(2023, 6, 9)]
    assert all(e.time_precision == 1 for e in evs)


def test_dates_following_day_in_a_new_section_counts_from_the_last_date() -> None:
    text = (
        "Inquiry into a convoy attack\n\n"
        "What happened\n"
        "On the morning of 8 May, a roadside bomb hit an army truck near Kalay, killing 3 soldiers.\n\n"
        "Aftermath\n"
        "The following day, aircraft bombed a village near Kalay, killing 4 civilians.\n"
    )
    evs = extract(text, published="2023-05-20")
    days = sorted(e.event_date for e in evs)
    assert date(2023, 5, 9) in days and date(2023, 5, 20) not in days
