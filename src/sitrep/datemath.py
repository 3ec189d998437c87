"""Date arithmetic that never raises at the calendar's ends.

``date + timedelta`` raises OverflowError past 0001-01-01 or 9999-12-31, and a document may be
published on either ("the following day" after 9999-12-31). Every stage that moves a date by
days (dates, dedup, link, evaluate, the web queries) calls :func:`shift_date` or :func:`widen`,
which hold the result at ``date.min`` / ``date.max`` instead.
"""

from __future__ import annotations

from datetime import date, timedelta


def shift_date(d: date, days: int) -> date:
    """``d`` moved by ``days`` (negative: earlier), held at ``date.min`` / ``date.max``."""
    try:
        return d + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def widen(start: date, end: date, days: int) -> tuple[date, date]:
    """The range ``start..end`` widened by ``days`` on each side, held at the calendar's ends."""
    return shift_date(start, -days), shift_date(end, days)
