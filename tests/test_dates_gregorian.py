"""Gregorian date expressions: absolute, partial, ranges, numeric (sitrep.extractors.dates)."""

from datetime import date

import pytest

from sitrep.extractors.dates import find_dates

PUB = date(2017, 8, 10)  # a Thursday

# text, expected expression text, start, end, precision, a rule that must fire
CASES = [
    ("Gunmen attacked the post on 24 July 2017.", "24 July 2017", "2017-07-24", "2017-07-24", 1, "date-absolute"),
    ("The attack took place on July 24, 2017, officials said.", "July 24, 2017", "2017-07-24", "2017-07-24", 1, "date-absolute"),
    ("On 24 Jul a convoy was hit.", "24 Jul", "2017-07-24", "2017-07-24", 1, "year-from-published"),
    ("On Aug. 3, a convoy was hit.", "Aug. 3", "2017-08-03", "2017-08-03", 1, "year-from-published"),
    ("on the 3rd of August 2017", "the 3rd of August 2017", "2017-08-03", "2017-08-03", 1, "date-absolute"),
    ("On Sunday, 3 March 2019, a market was shelled.", "Sunday, 3 March 2019", "2019-03-03", "2019-03-03", 1, "date-absolute"),
    ("MOGADISHU, 3 MARCH 2019 - A blast", "3 MARCH 2019", "2019-03-03", "2019-03-03", 1, "date-absolute"),
    ("Clashes were reported in early August.", "in early August", "2017-08-01", "2017-08-10", 3, "part-of-month:early"),
    ("Clashes were reported in mid-August 2016.", "in mid-August 2016", "2016-08-11", "2016-08-20", 3, "part-of-month:mid"),
    ("Clashes resumed in late July.", "in late July", "2017-07-21", "2017-07-31", 3, "part-of-month:late"),
    ("by the end of February 2016", "the end of February 2016", "2016-02-21", "2016-02-29", 3, "part-of-month:end-of"),
    ("during the first week of August", "during the first week of August", "2017-08-01", "2017-08-07", 2, "part-of-month:first-week-of"),
    ("Fighting continued in July 2017.", "in July 2017", "2017-07-01", "2017-07-31", 3, "date-month"),
    ("Fighting continued in March.", "in March", "2017-03-01", "2017-03-31", 3, "year-from-published"),
    ("between 1 and 3 August", "between 1 and 3 August", "2017-08-01", "2017-08-03", 2, "date-range"),
    ("from 2 to 4 August 2017", "from 2 to 4 August 2017", "2017-08-02", "2017-08-04", 2, "date-range"),
    ("Raids on 1-3 August left five dead.", "1-3 August", "2017-08-01", "2017-08-03", 2, "date-range"),
    ("Raids on 1\u20133 August left five dead.", "1\u20133 August", "2017-08-01", "2017-08-03", 2, "date-range"),
    ("between August 1 and 3, 2017", "between August 1 and 3, 2017", "2017-08-01", "2017-08-03", 2, "date-range"),
    ("from 28 December to 2 January", "from 28 December to 2 January", "2016-12-28", "2017-01-02", 2, "date-range"),
    ("from 1 to 20 July 2017", "from 1 to 20 July 2017", "2017-07-01", "2017-07-20", 3, "date-range"),
    ("Recorded on 2017-08-03 by the mission.", "2017-08-03", "2017-08-03", "2017-08-03", 1, "date-iso"),
    ("Incident date: 03/08/2017.", "03/08/2017", "2017-08-03", "2017-08-03", 1, "numeric-dayfirst"),
    ("Incident date: 25/07/2017.", "25/07/2017", "2017-07-25", "2017-07-25", 1, "numeric-unambiguous"),
    ("Incident date: 07/25/2017.", "07/25/2017", "2017-07-25", "2017-07-25", 1, "numeric-unambiguous"),
    ("Incident date: 3.8.2017.", "3.8.2017", "2017-08-03", "2017-08-03", 1, "numeric-dayfirst"),
]


@pytest.mark.parametrize("text,span,start,end,precision,rule", CASES)
def test_dates_gregorian_forms(text, span, start, end, precision, rule):
    found = find_dates(text, published=PUB)
    assert found, text
    expr = found[0]
    assert expr.text == span
    assert text[expr.start : expr.end] == span
    v = expr.value
    assert (str(v.start), str(v.end), int(v.precision)) == (start, end, precision)
    assert rule in v.rules


def test_dates_numeric_monthfirst_setting():
    found = find_dates("Incident date: 03/08/2017.", published=PUB, dayfirst=False)
    assert found[0].value.start == date(2017, 3, 8)
    assert "numeric-monthfirst" in found[0].value.rules


@pytest.mark.parametrize(
    "text",
    ["31 February 2017", "30 Feb 2017", "31/04/2017", "2017-13-01", "2017-02-30", "32 July 2017"],
)
def test_dates_impossible_dates_are_not_produced(text):
    for e in find_dates(text, published=PUB):
        assert e.kind != "date"


def test_dates_missing_year_without_published_is_unknown():
    found = find_dates("Gunmen attacked the post on 24 July.")
    v = found[0].value
    assert v.start is None and v.precision == 3
    assert "year-unknown" in v.rules


@pytest.mark.parametrize(
    "published,expected",
    [
        (date(2017, 8, 10), date(2017, 7, 24)),  # earlier in the same year
        (date(2017, 7, 20), date(2017, 7, 24)),  # within the tolerance after publication
        (date(2017, 7, 1), date(2016, 7, 24)),  # beyond tolerance: previous year
        (date(2018, 1, 3), date(2017, 7, 24)),
    ],
)
def test_dates_year_from_published_is_latest_on_or_before(published, expected):
    v = find_dates("on 24 July", published=published)[0].value
    assert v.start == expected
    assert "year-from-published" in v.rules


@pytest.mark.parametrize(
    "text",
    [
        "She may return in the spring.",
        "Protesters began a march towards the square.",
        "He said he will march on.",
        "Version 1.2.3 of the report",
        "Call 12/34/5678 for details",
        "The group of 24 men",
    ],
)
def test_dates_common_words_are_not_dates(text):
    assert find_dates(text, published=PUB) == []


def test_dates_day_before_month_wins_over_month_before_count():
    found = find_dates("On 3 August 20 people were killed.", published=PUB)
    assert [(e.text, e.value.start) for e in found] == [("3 August", date(2017, 8, 3))]


@pytest.mark.parametrize(
    "text,expected",
    [("SAN SALVADOR, 12 JAN 90 (RADIO NETWORK) --", date(1990, 1, 12)),
     ("BOGOTA, 4 SEP 89 (RADIO) --", date(1989, 9, 4))],
)
def test_dates_two_digit_year_in_wire_datelines(text, expected):
    assert find_dates(text)[0].value.start == expected
