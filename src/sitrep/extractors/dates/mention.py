"""The dates of a document and of its mentions: :func:`find_dates` (text -> expressions),
:func:`document_anchor` (the dateline or heading date) and :func:`resolve_mention` (the event
date of one mention, a duration widening it)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from ...annotate import Annotation
from ...config import get_settings
from ...datemath import shift_date
from ...model import (
    DateValue,
    DocContext,
    Document,
    Evidence,
    Mention,
    Section,
    TimePrecision,
)
from .calendars import (
    span_precision,
)
from .lexicon import DateExpr, lexicon
from .resolve import resolve_expr
from .scan import (
    dated,
    dates_in,
    scan_dates,
)


# ------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------
def _settings(ctx: DocContext | None) -> Any:
    if ctx is not None and ctx.settings is not None:
        return ctx.settings
    return get_settings()


def find_dates(
    text: str,
    start: int = 0,
    end: int | None = None,
    published: date | None = None,
    dayfirst: bool = True,
) -> list[DateExpr]:
    """Date expressions in ``text[start:end]`` with absolute offsets, in text order.

    Each carries ``value``: the expression resolved with ``published`` as the reference date
    and anchor (None for an impossible date such as 31 February, which is then dropped).
    """
    if not isinstance(text, str) or not text:
        return []
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    tolerance = _settings(None).year_tolerance_days
    out = []
    for expr in scan_dates(text, start, end, dayfirst):
        value = resolve_expr(text, expr, published, None, tolerance, "published")
        if value is None:
            continue
        out.append(replace(expr, value=value))
    return out


_HEAD_LINES = 6
_HEAD_CHARS = 800
_HEADING_MAX = 120
_HEADING_WORDS = 16
_ABSOLUTE = ("date", "range", "month")
#: kinds the detector finds that are no event date of their own: a duration ("continued for
#: five days") widens the chosen date; a year alone ("since 2019") is a cue for segmentation
_NOT_DATES = ("duration", "year")


def document_anchor(
    doc: Document, sections: list[Section], annotation: Annotation | None = None
) -> DateValue | None:
    """The date of the whole story: a dateline or a dated heading near the top, else None.

    Looks at the first few non-empty lines: a dateline ("KABUL, Aug 2 (Wire) -") is a date
    right after an upper-case place prefix; a heading ("Daily report, 12 May 2021") is a
    short line holding a calendar date. A missing year comes from ``doc.published``.
    """
    text = doc.text
    if not text:
        return None
    settings = _settings(None)
    annotation = dated(doc, annotation)
    lex = lexicon()
    pos, seen = 0, 0
    limit = min(len(text), _HEAD_CHARS)
    while pos < limit and seen < _HEAD_LINES:
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        line = text[pos:line_end]
        if line.strip():
            seen += 1
            for expr in dates_in(annotation, pos, line_end, settings.dayfirst):
                if expr.kind in _NOT_DATES:
                    continue
                before = text[pos : expr.start]
                after = text[expr.end : min(line_end, expr.end + 60)]
                first_word = before.strip(" \t*_#>-").split(",")[0].split(" ")[0]
                is_dateline = (
                    expr.start - pos <= 60
                    and expr.kind in _ABSOLUTE + ("weekday",)
                    and bool(lex.dateline_prefix_re.match(before))
                    and (
                        (first_word.isupper() and len(first_word) > 1)
                        or bool(lex.dateline_tail_re.match(after))
                    )
                )
                stripped = line.strip(" \t*_#>")
                is_heading = (
                    expr.kind in _ABSOLUTE
                    and not expr.background
                    and (
                        bool(lex.heading_re.match(line))
                        or (
                            len(stripped) <= _HEADING_MAX
                            and len(stripped.split()) <= _HEADING_WORDS
                            and not stripped.endswith(lex.sentence_ends)
                        )
                    )
                )
                if not (is_dateline or is_heading):
                    continue
                if expr.kind == "weekday" and doc.published is None:
                    continue
                expr = replace(expr, reporting=False)
                value = resolve_expr(text, expr, doc.published, None,
                                     settings.year_tolerance_days, "published")
                if value is None:
                    continue
                tag = "dateline" if is_dateline else "date-from-heading"
                return value.model_copy(update={"rules": [tag, *value.rules]})
        if nl < 0:
            break
        pos = nl + 1
    return None


def _reference(doc: Document, ctx: DocContext) -> tuple[date | None, str]:
    dl = ctx.dateline
    if dl is not None and dl.start is not None:
        pub = doc.published
        if pub is not None and dl.start <= pub <= (dl.end or dl.start):
            return pub, "dateline"  # a heading's month holding the published date: no later than it
        return (dl.end or dl.start), "dateline"
    return doc.published, "published"


def _choose(values: list[tuple[DateExpr, DateValue]]) -> tuple[DateExpr, DateValue] | None:
    if not values:
        return None
    primary = [(e, v) for e, v in values if not e.reporting and not e.background] or values
    best = primary[0]
    if best[1].precision == TimePrecision.MONTH or best[1].start is None:
        for e, v in primary[1:]:
            if v.start is not None and v.precision < best[1].precision:
                return e, v
    return best


def _from_reference(value: DateValue) -> bool:
    """A relative date counted from the reference date itself ("the next day" with nothing dated
    before it), not from an anchor (a dated event told before it)."""
    return value.relative and "relative-to-anchor" not in value.rules


def _month_of_reference(value: DateValue, ref: date | None) -> DateValue:
    """A month told without a day ("December 2016 Aden bombings: ...", "in March", a heading's
    month) whose month holds the published date (``ref``) says no more than that date: the event
    happened this month, by the time of writing. The date is the published date, as for a mention
    with no date (rule ``date-from-published``), at month precision, with the month as evidence
    (rule ``month-holds-reference``). A month that ended before it keeps its own range."""
    if (ref is None or "date-month" not in value.rules or value.start is None or value.end is None
            or value.precision != TimePrecision.MONTH or not value.start <= ref <= value.end):
        return value
    return value.model_copy(update=dict(start=ref, end=ref, rules=[*value.rules, "month-holds-reference"]))


_LOOKBACK_CHARS = 3000


def _preceding_anchor(
    annotation: Annotation, pos: int, ref: date | None, tol: int, ref_tag: str, settings: Any,
    own: list[tuple[int, int]],
) -> DateValue | None:
    """The last calendar day date (not a report's or a background date) before ``pos``."""
    text = annotation.text
    lo = max(0, pos - _LOOKBACK_CHARS)
    for expr in reversed(dates_in(annotation, lo, pos, settings.dayfirst)):
        if expr.kind != "date" or expr.reporting or expr.background:
            continue
        if any(expr.start < oe and os_ < expr.end for os_, oe in own):
            continue
        v = resolve_expr(text, expr, ref, None, tol, ref_tag)
        if v is not None and v.start is not None and v.precision == TimePrecision.DAY:
            return v
    return None


def _lasting(text: str, value: DateValue, durations: list[DateExpr]) -> DateValue:
    """``value`` widened by the mention's duration ("the fighting continued for five days"): the
    event runs from its first day to the last day of the longest duration told, at the precision
    of that range (rule ``duration:<n>-<unit>``)."""
    if not durations or value.start is None:
        return value
    d = max(durations, key=lambda x: x.hi)
    end = max(value.end or value.start, shift_date(value.start, d.hi))
    precision = max(value.precision, span_precision(value.start, end))
    evidence = sorted([*value.evidence, Evidence.of(text, d.start, d.end)], key=lambda ev: ev.start)
    return value.model_copy(update={"end": end, "precision": TimePrecision(precision),
                                    "evidence": evidence, "rules": [*value.rules, *d.rules]})


def resolve_mention(
    doc: Document, mention: Mention, ctx: DocContext, anchor: DateValue | None, country: str | None = None
) -> DateValue | None:
    """The event date of one mention (see the module docstring for the order of rules).
    ``country``: the ISO3 code of the mention's place, else the document's is used (a country's
    own holiday, "on Independence Day", is read with it)."""
    settings = _settings(ctx)
    text = doc.text
    annotation = dated(doc, ctx.annotation)
    ref, ref_tag = _reference(doc, ctx)
    tol = settings.year_tolerance_days
    spans = [(ev.start, ev.end) for ev in mention.spans] or [(mention.start, mention.end)]
    # the dateline / heading date is the document's, not this mention's own expression
    own = [(ev.start, ev.end) for ev in (ctx.dateline.evidence if ctx.dateline else [])]
    values: list[tuple[DateExpr, DateValue]] = []
    durations: list[DateExpr] = []
    section_anchor = anchor is not None and not (ctx.dateline is not None and anchor == ctx.dateline)
    # a country's own holiday ("Independence Day") is read with the mention's or the document's country
    country = country or (ctx.doc_place.iso3 if ctx.doc_place is not None else None)
    first = annotation.sentence_of(spans[0][0])
    first_sentence_end = first[1] if first is not None else spans[0][1]
    for s, e in spans:
        for expr in dates_in(annotation, s, min(e, len(text)), settings.dayfirst):
            if expr.kind in _NOT_DATES:
                if expr.kind == "duration":
                    durations.append(expr)
                continue
            if any(expr.start < oe and os_ < expr.end for os_, oe in own):
                continue
            a = anchor
            if expr.kind in ("anaphoric", "period-anchor") and not section_anchor:
                # "The following day, ..." opening a new section: count from the last calendar
                # date told before it in the document, not from the dateline
                a = _preceding_anchor(annotation, mention.start, ref, tol, ref_tag, settings, own) or anchor
                if (a is None or a == ctx.dateline) and expr.start >= first_sentence_end:
                    # 'who had conquered the city a week earlier', 'a week prior to the event':
                    # past the mention's first sentence, an anaphoric date with nothing dated to
                    # count from tells another event relative to this one (`relative-background`)
                    continue
            v = resolve_expr(text, expr, ref, a, tol, ref_tag, country)
            if v is not None:
                values.append((expr, v))
    if ref is not None:
        # a document cannot report as done what happens after it was written: a date after the
        # reference (a later arrest, trial or follow-up told in retrospect; "a day after X",
        # "two days later" counted from the reference) is not the event's. A calendar date may
        # lie up to the year tolerance after it (Settings.year_tolerance_days: time zones, late
        # stamps); a relative one counted from the reference not at all.
        values = [(e, v) for e, v in values
                  if v.start is None or v.start <= shift_date(ref, 0 if _from_reference(v) else tol)]
    chosen = _choose(values)
    if chosen is not None:
        return _lasting(text, _month_of_reference(chosen[1], doc.published), durations)
    # a date in the section header
    if 0 <= mention.section < len(ctx.sections):
        header = ctx.sections[mention.section].header
        if header is not None:
            hv = []
            for expr in dates_in(annotation, header.start, min(header.end, len(text)), settings.dayfirst):
                if expr.kind not in _ABSOLUTE:
                    continue
                v = resolve_expr(text, expr, ref, None, tol, ref_tag)
                if v is not None:
                    hv.append((expr, v))
            chosen = _choose(hv)
            if chosen is not None:
                v = chosen[1]
                return _lasting(text, v.model_copy(update={"rules": ["date-from-header", *v.rules]}), durations)
    if anchor is not None:
        is_dateline = ctx.dateline is not None and anchor == ctx.dateline
        tag = "date-from-dateline" if is_dateline else "date-inherited"
        v = anchor.model_copy(update={"rules": [tag, *anchor.rules], "relative": False})
        return _lasting(text, _month_of_reference(v, doc.published), durations)
    if doc.published is not None:
        return DateValue(
            start=doc.published,
            end=doc.published,
            precision=TimePrecision.WEEK,
            rules=["date-from-published"],
        )
    return None
