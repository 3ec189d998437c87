from datetime import date

import pytest

from sitrep.extractors.dates import find_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the deadliest since Aug. 14, when a car bomb exploded", date(2017, 8, 14)),
        ("since August 14, when gunmen attacked", date(2017, 8, 14)),
        ("in Aug. 2014 a bomb exploded", date(2014, 8, 1)),
        ("SAN SALVADOR, 12 JAN 90 (RADIO) --", date(1990, 1, 12)),
    ],
)
def test_dates_month_with_two_digits_is_a_day_not_a_year(text: str, expected: date) -> None:
    found = find_dates(text, published=date(2017, 8, 30))
    assert found and found[0].value is not None and found[0].value.start == expected
