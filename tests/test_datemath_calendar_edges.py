"""Dates moved by days are held at the calendar's ends instead of raising OverflowError, in every
stage that moves them (dates, link, dedup, evaluate)."""

from datetime import date

from sitrep.datemath import shift_date, widen
from sitrep.dedup import date_compatible
from sitrep.evaluate import dates_agree
from sitrep.link import date_window
from sitrep.model import Event, Evidence, TimePrecision


def _event(day: date, precision: TimePrecision) -> Event:
    return Event(event_id="e", doc_id="d", evidence=Evidence.of("An attack.", 0, 10), event_date=day,
                 event_date_end=day, time_precision=precision)


def test_datemath_shift_holds_at_the_ends():
    assert shift_date(date.max, 1) == date.max
    assert shift_date(date.min, -1) == date.min
    assert shift_date(date(2024, 2, 28), 2) == date(2024, 3, 1)
    assert widen(date.min, date.max, 7) == (date.min, date.max)


def test_datemath_link_window_at_the_ends():
    assert date_window(_event(date.max, TimePrecision.MONTH))[1] == date.max
    assert date_window(_event(date.min, TimePrecision.WEEK))[0] == date.min


def test_datemath_dedup_window_at_the_ends():
    assert date_compatible(_event(date.max, TimePrecision.WEEK), _event(date.max, TimePrecision.WEEK)) is True
    assert date_compatible(_event(date.min, TimePrecision.WEEK), _event(date.min, TimePrecision.DAY)) is True


def test_datemath_evaluate_range_at_the_ends():
    gold = {"event_date": "9999-12-31", "event_date_end": "9999-12-31", "time_precision": 2}
    assert dates_agree(gold, "event_date", "9999-12-31") is True
    gold = {"event_date": "0001-01-01", "event_date_end": "0001-01-01", "time_precision": 2}
    assert dates_agree(gold, "event_date", "0001-01-20") is False
