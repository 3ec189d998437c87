"""Calendar helpers: Gregorian days in sitrep's range, Hijri conversion (hijridate's Umm al-Qura
inside its range, convertdate's arithmetical calendar outside it) and the precision of a range."""

from __future__ import annotations

import calendar as _calendar
from datetime import date

from ...model import (
    TimePrecision,
)

_MIN_GREG_YEAR, _MAX_GREG_YEAR = 1800, 2100
_MIN_HIJRI_YEAR, _MAX_HIJRI_YEAR = 1, 1700


# ------------------------------------------------------------------------------------------
# Calendar helpers
# ------------------------------------------------------------------------------------------
def gregorian_day(y: int, m: int, d: int) -> date | None:
    if not (_MIN_GREG_YEAR <= y <= _MAX_GREG_YEAR and 1 <= m <= 12 and d >= 1):
        return None
    if d > _calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def gregorian_month_length(y: int, m: int) -> int:
    return _calendar.monthrange(y, m)[1]


def _in_uaq_range(y: int, m: int, d: int) -> bool:
    return (1343, 1, 1) <= (y, m, d) <= (1500, 12, 30)


def hijri_to_gregorian(y: int, m: int, d: int) -> tuple[date, bool] | None:
    """Gregorian date of a Hijri date and whether the arithmetical calendar was used.

    Umm al-Qura (hijridate) inside its range; convertdate's arithmetical Islamic calendar
    outside it. None for impossible dates (day 30 of a 29-day month).
    """
    if not (_MIN_HIJRI_YEAR <= y <= _MAX_HIJRI_YEAR and 1 <= m <= 12 and 1 <= d <= 30):
        return None
    if _in_uaq_range(y, m, 1):
        from hijridate import Hijri

        try:
            g = Hijri(y, m, d).to_gregorian()
        except (ValueError, OverflowError):
            return None
        return date(g.year, g.month, g.day), False
    from convertdate import islamic

    if d > islamic.month_length(y, m):
        return None
    try:
        gy, gm, gd = islamic.to_gregorian(y, m, d)
        return date(gy, gm, gd), True
    except (ValueError, OverflowError):
        return None


def hijri_month_length(y: int, m: int) -> int:
    if _in_uaq_range(y, m, 1):
        from hijridate import Hijri

        return Hijri(y, m, 1).month_length()
    from convertdate import islamic

    return islamic.month_length(y, m)


def gregorian_to_hijri_year(d: date) -> int:
    from hijridate import Gregorian

    try:
        return Gregorian(d.year, d.month, d.day).to_hijri().year
    except (ValueError, OverflowError):
        from convertdate import islamic

        return islamic.from_gregorian(d.year, d.month, d.day)[0]


def span_precision(start: date, end: date) -> TimePrecision:
    n = (end - start).days
    if n <= 0:
        return TimePrecision.DAY
    if n <= 6:
        return TimePrecision.WEEK
    return TimePrecision.MONTH
