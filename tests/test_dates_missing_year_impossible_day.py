"""A date without a year takes the latest year whose month begins by the reference date; a day
that year does not have is impossible, never the same day years earlier (docs/rules/dates.md)."""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.extractors.dates import find_dates


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("On 29 February, gunmen attacked the village.", date(2023, 3, 2)),  # 2023 has no 29 February
        ("Between 29 February and 2 March, gunmen attacked the village.", date(2023, 3, 5)),
        ("On 30 Ramadan, gunmen attacked the village.", date(2023, 4, 25)),  # Ramadan 1444: 29 days
    ],
)
def test_dates_missing_year_impossible_day_resolves_to_nothing(text: str, published: date) -> None:
    assert find_dates(text, published=published) == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("On 29 February, gunmen attacked the village.", date(2024, 3, 2), date(2024, 2, 29)),
        ("On 31 December, gunmen attacked the village.", date(2024, 1, 2), date(2023, 12, 31)),
        ("On 29 Dhu al-Hijjah, gunmen attacked the village.", date(2023, 7, 25), date(2023, 7, 17)),
    ],
)
def test_dates_missing_year_existing_day_keeps_its_year(text: str, published: date, expected: date) -> None:
    found = find_dates(text, published=published)
    assert found and found[0].value is not None and found[0].value.start == expected


def test_dates_impossible_day_falls_back_to_the_published_date() -> None:
    (event,) = sitrep.extract("On 29 February, gunmen killed 3 people in Baidoa.", published="2023-03-02")
    assert event.event_date == date(2023, 3, 2) and "date-from-published" in event.rules
