"""Relative dates: deictic (to the document's date) and anaphoric (to the previous event)."""

from datetime import date

import pytest

from sitrep.extractors.dates import find_dates, resolve_expr
from sitrep.model import DateValue

REF = date(2017, 8, 10)  # Thursday

# text, expression, start, end, precision, rule
DEICTIC = [
    ("Gunmen attacked the post yesterday.", "yesterday", "2017-08-09", "2017-08-09", 1, "deictic:yesterday"),
    ("Gunmen attacked the post on Monday.", "on Monday", "2017-08-07", "2017-08-07", 1, "weekday-before-reference"),
    ("Gunmen attacked the post on Thursday.", "on Thursday", "2017-08-10", "2017-08-10", 1, "weekday-before-reference"),
    ("Gunmen attacked the post on Friday.", "on Friday", "2017-08-04", "2017-08-04", 1, "weekday-before-reference"),
    ("Gunmen attacked the post last Friday.", "last Friday", "2017-08-04", "2017-08-04", 1, "weekday-before-reference"),
    ("Gunmen attacked the post last Thursday.", "last Thursday", "2017-08-03", "2017-08-03", 1, "weekday-before-reference"),
    ("Shelling was reported Monday night.", "Monday night", "2017-08-07", "2017-08-07", 1, "part-of-day:night"),
    ("Shelling was reported on the night of Monday.", "on the night of Monday", "2017-08-07", "2017-08-07", 1, "weekday"),
    ("Clashes broke out last week.", "last week", "2017-07-31", "2017-08-06", 2, "deictic:last week"),
    ("Clashes broke out earlier this week.", "earlier this week", "2017-08-07", "2017-08-09", 2, "deictic:earlier this week"),
    ("The convoy was hit a few days ago.", "a few days ago", "2017-08-05", "2017-08-08", 2, "vague:a few=2-5"),
    ("The convoy was hit three days ago.", "three days ago", "2017-08-07", "2017-08-07", 1, "relative:three-days-ago"),
    ("Two rockets landed overnight.", "overnight", "2017-08-09", "2017-08-10", 2, "deictic:overnight"),
    ("Two rockets landed on the 3rd, residents said.", "on the 3rd", "2017-08-03", "2017-08-03", 1, "day-of-month"),
    ("Two rockets landed on the 28th.", "on the 28th", "2017-07-28", "2017-07-28", 1, "day-of-month"),
    ("Clashes were reported in the past 24 hours.", "in the past 24 hours", "2017-08-09", "2017-08-10", 2, "deictic:in the past 24 hours"),
    ("Clashes were reported last month.", "last month", "2017-07-01", "2017-07-31", 3, "deictic:last month"),
]


@pytest.mark.parametrize("text,span,start,end,precision,rule", DEICTIC)
def test_dates_relative_to_reference_date(text, span, start, end, precision, rule):
    found = find_dates(text, published=REF)
    assert [e.text for e in found] == [span]
    v = found[0].value
    assert (str(v.start), str(v.end), int(v.precision)) == (start, end, precision)
    assert rule in v.rules and v.relative


ANCHOR = DateValue(start=date(2017, 7, 24), end=date(2017, 7, 24), precision=1)

ANAPHORIC = [
    ("The following day, a second blast hit the market.", "The following day", "2017-07-25", "2017-07-25", 1),
    ("The next day a second blast hit the market.", "The next day", "2017-07-25", "2017-07-25", 1),
    ("Two days later, a second blast hit the market.", "Two days later", "2017-07-26", "2017-07-26", 1),
    ("On the same day, a second blast hit the market.", "On the same day", "2017-07-24", "2017-07-24", 1),
    ("That evening, a second blast hit the market.", "That evening", "2017-07-24", "2017-07-24", 1),
    ("Several days prior, a blast hit the market.", "Several days prior", "2017-07-17", "2017-07-22", 2),
    ("A week later, a blast hit the market.", "A week later", "2017-07-31", "2017-07-31", 1),
    ("The previous day, a blast hit the market.", "The previous day", "2017-07-23", "2017-07-23", 1),
    ("48 hours later, a blast hit the market.", "48 hours later", "2017-07-26", "2017-07-26", 1),
]


@pytest.mark.parametrize("text,span,start,end,precision", ANAPHORIC)
def test_dates_relative_chains_from_anchor(text, span, start, end, precision):
    exprs = find_dates(text, published=REF)
    assert [e.text for e in exprs] == [span]
    v = resolve_expr(text, exprs[0], REF, ANCHOR)
    assert (str(v.start), str(v.end), int(v.precision)) == (start, end, precision)
    assert "relative-to-anchor" in v.rules


def test_dates_relative_following_day_after_a_range_counts_from_its_end():
    anchor = DateValue(start=date(2017, 8, 1), end=date(2017, 8, 3), precision=2)
    text = "The following day, shelling resumed."
    v = resolve_expr(text, find_dates(text)[0], REF, anchor)
    assert v.start == v.end == date(2017, 8, 4)


def test_dates_relative_without_any_reference_is_unresolved_not_guessed():
    for text in ("Gunmen attacked the post yesterday.", "The following day, shelling resumed."):
        v = find_dates(text)[0].value
        assert v.start is None and "reference-unknown" in v.rules


def test_dates_reporting_date_is_flagged():
    text = "The ministry said on Monday that gunmen killed five people on Sunday."
    found = find_dates(text, published=REF)
    assert [(e.text, e.reporting) for e in found] == [("on Monday", True), ("on Sunday", False)]
