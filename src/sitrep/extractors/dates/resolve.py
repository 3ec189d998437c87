"""Resolution: one :class:`DateExpr` -> a :class:`~sitrep.model.DateValue` against the document's
reference date and the anchor (the previous dated event)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...datemath import shift_date
from ...model import (
    Calendar,
    DateValue,
    Evidence,
    TimePrecision,
)
from .calendars import (
    gregorian_day,
    gregorian_month_length,
    gregorian_to_hijri_year,
    hijri_month_length,
    hijri_to_gregorian,
    span_precision,
)
from .lexicon import DateExpr


# ------------------------------------------------------------------------------------------
# Resolution
# ------------------------------------------------------------------------------------------
def _value(
    text: str,
    expr: DateExpr,
    start: date | None,
    end: date | None,
    rules: list[str],
    precision: TimePrecision | None = None,
    relative: bool = False,
) -> DateValue:
    if start is not None and end is not None and end < start:
        start, end = end, start
    if precision is None:
        precision = span_precision(start, end) if start and end else TimePrecision.MONTH
    return DateValue(
        start=start,
        end=end,
        precision=precision,
        calendar=expr.calendar,
        evidence=[Evidence.of(text, expr.start, expr.end)],
        rules=rules,
        relative=relative,
    )


def _calendar_span(
    expr: DateExpr, y1: int, y2: int | None
) -> tuple[date, date, bool] | None:
    """(start, end, arithmetic?) of a date / range / month expression in the given year(s)."""
    hijri = expr.calendar == Calendar.HIJRI

    def day(y: int, m: int, d: int) -> tuple[date, bool] | None:
        if hijri:
            return hijri_to_gregorian(y, m, d)
        g = gregorian_day(y, m, d)
        return (g, False) if g else None

    def mlen(y: int, m: int) -> int:
        return hijri_month_length(y, m) if hijri else gregorian_month_length(y, m)

    assert expr.m1 is not None
    if expr.kind == "date":
        a = day(y1, expr.m1, expr.d1 or 0)
        return (a[0], a[0], a[1]) if a else None
    if expr.kind == "range":
        assert expr.m2 is not None
        yy2 = y2 if y2 is not None else y1 + (1 if (expr.m2, expr.d2) < (expr.m1, expr.d1) else 0)
        a = day(y1, expr.m1, expr.d1 or 0)
        b = day(yy2, expr.m2, expr.d2 or 0)
        if not a or not b or b[0] < a[0]:
            return None
        return a[0], b[0], a[1] or b[1]
    if expr.kind == "month":
        try:
            n = mlen(y1, expr.m1)
        except (ValueError, OverflowError, KeyError, IndexError):
            return None
        lo = expr.lo if expr.lo > 0 else n + expr.lo + 1
        hi = min(expr.hi, n)
        a, b = day(y1, expr.m1, max(1, lo)), day(y1, expr.m1, hi)
        if not a or not b:
            return None
        return a[0], b[0], a[1] or b[1]
    return None


def _month_begins_by(expr: DateExpr, y: int, limit: date) -> bool:
    """Whether the first day of the expression's (first) month in year ``y`` is on or before ``limit``."""
    first = _calendar_span(replace(expr, kind="month", lo=1, hi=1), y, None)
    return first is not None and first[0] <= limit


def _resolve_calendar(
    text: str, expr: DateExpr, ref: date | None, ref_tag: str, tolerance: int
) -> DateValue | None:
    rules = list(expr.rules)
    y1, y2 = expr.y1, expr.y2
    if expr.kind == "range" and y1 is None and y2 is not None:
        y1 = y2 - (1 if (expr.m1, expr.d1) > (expr.m2, expr.d2) else 0)
    span = None
    if y1 is not None:
        span = _calendar_span(expr, y1, y2)
        if span is None:
            return None
    elif ref is None:
        # year unknown: keep the expression, never guess
        return _value(text, expr, None, None, rules + ["year-unknown"], TimePrecision.MONTH)
    else:
        limit = shift_date(ref, tolerance)
        ry = gregorian_to_hijri_year(ref) if expr.calendar == Calendar.HIJRI else ref.year
        for y in range(ry + 1, ry - 5, -1):
            cand = _calendar_span(expr, y, None)
            if cand is not None and cand[0] <= limit:
                span = cand
                break
            if cand is None and _month_begins_by(expr, y, limit):
                # the year is this one, where the day does not exist ("29 February" published in
                # March 2023, "30 Ramadan" in a 29-day Ramadan): an impossible date, never the
                # same day years earlier
                return None
        if span is None:
            return None
        rules.append("year-from-" + ref_tag)
    start, end, arithmetic = span
    if arithmetic:
        rules.append("hijri-arithmetic")
    precision = TimePrecision.MONTH if expr.kind == "month" and (end - start).days > 6 else None
    return _value(text, expr, start, end, rules, precision)


def _week_monday(d: date) -> date:
    return shift_date(d, -(d.weekday()))


def _period(name: str, ref: date) -> tuple[date, date] | None:
    mon = _week_monday(ref)
    first = ref.replace(day=1)
    if name == "weekend":
        sat = shift_date(ref, -(ref.weekday() - 5)) if ref.weekday() >= 5 else shift_date(mon, -2)
        return sat, shift_date(sat, 1)
    if name == "this_week_before":
        end = shift_date(ref, -1) if ref > mon else ref
        return min(mon, end), end
    if name == "this_week":
        return mon, ref
    if name in ("previous_week", "prior_week"):
        return shift_date(mon, -7), shift_date(mon, -1)
    if name == "next_week":
        return shift_date(mon, 7), shift_date(mon, 13)
    if name == "this_month_before":
        end = shift_date(ref, -1) if ref > first else ref
        return first, end
    if name == "this_month":
        return first, ref
    if name == "previous_month":
        last = shift_date(first, -1)
        return last.replace(day=1), last
    if name == "this_year_before":
        return ref.replace(month=1, day=1), ref
    return None


# ------------------------------------------------------------------------------------------
# Holidays (data/holidays.yaml)
# ------------------------------------------------------------------------------------------
def _holiday_days(key: str, gy: int, country: str | None = None) -> list[tuple[date, str, bool]]:
    """The days of holiday ``key`` in Gregorian year ``gy``: (day, key of the holiday it is, found
    with the arithmetical Hijri calendar?); a Hijri holiday may fall twice in one Gregorian year."""
    from .lexicon import lexicon

    spec = lexicon().holidays[key]
    rule = spec["rule"]
    out: list[tuple[date, str, bool]] = []
    if rule == "fixed":
        d = gregorian_day(gy, spec["month"], spec["day"])
        out = [(d, key, False)] if d else []
    elif rule in ("easter", "orthodox_easter"):
        from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

        if 1583 <= gy <= 4099:
            method = EASTER_ORTHODOX if rule == "orthodox_easter" else EASTER_WESTERN
            out = [(shift_date(easter(gy, method), int(spec["offset"])), key, False)]
    elif rule == "persian":
        from convertdate import persian

        for py in (gy - 622, gy - 621):
            try:
                y, m, d = persian.to_gregorian(py, spec["month"], spec["day"])
            except (ValueError, OverflowError):
                continue
            if y == gy:
                out.append((date(y, m, d), key, False))
    elif rule == "hijri":
        first = gregorian_day(gy, 1, 1)
        if first is None:
            return []
        hy0 = gregorian_to_hijri_year(first)
        for hy in (hy0, hy0 + 1):
            found = hijri_to_gregorian(hy, spec["month"], spec["day"])
            if found is not None and found[0].year == gy:
                out.append((found[0], key, found[1]))
    elif rule == "country":
        md = (spec.get("by_country") or {}).get(country or "")
        d = gregorian_day(gy, md[0], md[1]) if md else None
        out = [(d, key, False)] if d else []
    elif rule == "latest_of":
        for sub in spec["of"]:
            out.extend(_holiday_days(sub, gy, country))
    return sorted(out)


def _resolve_holiday(
    text: str, expr: DateExpr, ref: date | None, ref_tag: str, tolerance: int, country: str | None = None
) -> DateValue | None:
    """A holiday's day in the year written after it, else the latest one on or before the reference
    date (+ tolerance), as a missing year is found; its eve, one of its days or its period when the
    expression asks for them (docs/rules/dates.md, "Holidays")."""
    from .lexicon import lexicon

    lex = lexicon()
    spec = lex.holidays[expr.mode or ""]
    rules = list(expr.rules)
    found: tuple[date, str, bool] | None = None
    if spec["rule"] == "country":
        # "Independence Day": only with the document's country, and one whose day is listed
        if not country or country not in (spec.get("by_country") or {}):
            return None
        rules.append(f"holiday-country:{country}")
    if expr.y1 is not None and spec["rule"] in ("hijri", "latest_of") and expr.y1 < 1700:
        subs = spec["of"] if spec["rule"] == "latest_of" else [expr.mode]
        for sub in subs:
            sp = lex.holidays[sub]
            day = hijri_to_gregorian(expr.y1, sp["month"], sp["day"])
            if day is not None:
                found = (day[0], sub, day[1])
                break
    elif expr.y1 is not None:
        days = _holiday_days(expr.mode or "", expr.y1, country)
        found = days[0] if days else None
    elif ref is None:
        return _value(text, expr, None, None, rules + ["year-unknown"], TimePrecision.MONTH)
    else:
        limit = shift_date(ref, tolerance)
        for gy in range(ref.year + 1, ref.year - 3, -1):
            days = [x for x in _holiday_days(expr.mode or "", gy, country) if x[0] <= limit]
            if days:
                found = days[-1]
                break
        rules.append("year-from-" + ref_tag)
    if found is None:
        return None
    day, sub, arithmetic = found
    if sub != expr.mode:
        rules.append(f"holiday:{sub}")
    if arithmetic:
        rules.append("hijri-arithmetic")
    lo, hi = expr.lo, expr.hi
    period = lex.holidays[sub].get("period")
    if "holiday-period" in rules and period:
        lo, hi = int(period[0]), int(period[1])
    return _value(text, expr, shift_date(day, lo), shift_date(day, hi), rules)


def resolve_expr(
    text: str,
    expr: DateExpr,
    ref: date | None,
    anchor: DateValue | None = None,
    tolerance: int = 7,
    ref_tag: str = "published",
    country: str | None = None,
) -> DateValue | None:
    """Resolve one expression.

    ``ref`` is the document's reference date (dateline, else published; ``ref_tag`` names which
    for the rule tags); ``anchor`` the previous dated event (relative expressions such as "the
    following day" chain from it, else from ``ref``); ``country`` the document's ISO3 code (a
    country's holiday: "Independence Day"). Returns None for an impossible date.
    """
    kind = expr.kind
    rules = list(expr.rules)
    if expr.reporting:
        rules.append("report-date")
    if expr.background:
        rules.append("background-date")
    expr = replace(expr, rules=tuple(rules))
    if kind in ("date", "range", "month"):
        return _resolve_calendar(text, expr, ref, ref_tag, tolerance)
    if kind == "holiday":
        return _resolve_holiday(text, expr, ref, ref_tag, tolerance, country)
    if kind in ("anaphoric", "period-anchor"):
        if anchor is not None and anchor.start is not None:
            a_start, a_end = anchor.start, anchor.end or anchor.start
            rules.append("relative-to-anchor")
        elif ref is not None:
            a_start = a_end = ref
            rules.append("relative-to-" + ref_tag)
        else:
            return _value(text, expr, None, None, rules + ["reference-unknown"],
                          TimePrecision.MONTH, relative=True)
        if kind == "period-anchor":
            span = _period(expr.mode or "", a_start)
            if span is None:
                return None
            return _value(text, expr, span[0], span[1], rules, relative=True)
        lo, hi = expr.lo, expr.hi
        start = shift_date((a_end if lo > 0 else a_start), lo)
        end = shift_date((a_start if hi < 0 else a_end), hi)
        return _value(text, expr, start, end, rules, relative=True)
    if ref is None:
        return _value(text, expr, None, None, rules + ["reference-unknown"], TimePrecision.MONTH,
                      relative=True)
    rules.append("relative-to-" + ref_tag)
    if kind == "deictic":
        return _value(text, expr, shift_date(ref, expr.lo), shift_date(ref, expr.hi),
                      rules, relative=True)
    if kind == "period":
        span = _period(expr.mode or "", ref)
        if span is None:
            return None
        return _value(text, expr, span[0], span[1], rules, relative=True)
    if kind == "weekday":
        assert expr.weekday is not None
        if expr.mode == "after":
            delta = -(((expr.weekday - ref.weekday()) % 7) or 7)
            rules.append("weekday-after-reference")
        else:
            delta = (ref.weekday() - expr.weekday) % 7
            if expr.mode == "strictly_before" and delta == 0:
                delta = 7
            rules.append("weekday-before-reference")
        d = shift_date(ref, -delta)
        return _value(text, expr, d, d, rules, relative=True)
    if kind == "day-of-month":
        assert expr.d1 is not None
        if anchor is not None and anchor.start is not None:
            base, rules[-1] = anchor.start, "relative-to-anchor"
            y, m = base.year, base.month
        else:
            base = ref
            y, m = ref.year, ref.month
            if expr.d1 > ref.day + tolerance:
                y, m = (y, m - 1) if m > 1 else (y - 1, 12)
        d = gregorian_day(y, m, expr.d1)
        if d is None:
            return None
        return _value(text, expr, d, d, rules, relative=True)
    return None
