"""Scanning: the date detector. Every date expression of a document is found once, by the
registered spaCy component ``sitrep_dates``, into the span group ``dates`` (rule id = the
expression's first rule tag, value = its :class:`DateExpr`); the stages read those spans with
:func:`dates_in`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ...annotate import Annotation, add_spans, annotate, doc_text
from ...model import (
    Calendar,
    Document,
)
from .lexicon import DateExpr, Lexicon, lexicon, name_key, phrase_key

#: the span group the date detector writes, and its spaCy component (see sitrep.annotate)
DATES_GROUP = "dates"
DATES_COMPONENT = "sitrep_dates"


# ------------------------------------------------------------------------------------------
# Scanning
# ------------------------------------------------------------------------------------------
def _day(s: str | None) -> int | None:
    if not s:
        return None
    digits = "".join(ch for ch in s if ch.isdigit())
    try:
        return int(digits)
    except ValueError:
        return None


def _year(s: str | None, cal: Calendar = Calendar.HIJRI) -> int | None:
    if not s:
        return None
    digits = "".join(ch for ch in s if ch.isdigit())
    if not digits:
        return None
    y = int(digits)
    if cal == Calendar.GREGORIAN and len(digits) == 2:
        y += 1900 if y >= 50 else 2000  # "12 JAN 90" -> 1990, "3 May 17" -> 2017
    return y


def _month(lex: Lexicon, s: str | None, cal: Calendar) -> int | None:
    if not s:
        return None
    table = lex.hijri_months if cal == Calendar.HIJRI else lex.greg_months
    return table.get(name_key(s))





def _day_month(a: int, b: int, dayfirst: bool) -> tuple[int, int, str]:
    """(day, month, rule) of the numbers of a numeric date: a number above 12 is the day,
    otherwise the order the settings give (``dayfirst``)."""
    if a > 12 and b <= 12:
        return a, b, "numeric-unambiguous"
    if b > 12 and a <= 12:
        return b, a, "numeric-unambiguous"
    return (a, b, "numeric-dayfirst") if dayfirst else (b, a, "numeric-monthfirst")

def _build(
    lex: Lexicon,
    name: str,
    cal: Calendar,
    s: int,
    e: int,
    g: dict[str, str | None],
    text: str,
    dayfirst: bool,
) -> DateExpr | None:
    base = {"start": s, "end": e, "text": text[s:e], "calendar": cal}
    if name in ("range-dm", "range-md"):
        if g.get("conn", "").strip().lower() == "and" and not g.get("between"):
            return None
        m1 = _month(lex, g.get("m1"), cal)
        m2 = _month(lex, g.get("m2"), cal)
        if m2 is None:
            m2 = m1
        if m1 is None:
            m1 = m2
        d1, d2 = _day(g["d1"]), _day(g["d2"])
        if m1 is None or d1 is None or d2 is None:
            return None
        y1, y2 = _year(g.get("y1"), cal), _year(g.get("y2"), cal)
        rules = ["date-range", "hijri"] if cal == Calendar.HIJRI else ["date-range"]
        return DateExpr(kind="range", y1=y1, m1=m1, d1=d1, y2=y2, m2=m2, d2=d2,
                        rules=tuple(rules), **base)
    if name in ("dmy", "mdy"):
        mm = _month(lex, g["m1"], cal)
        d = _day(g["d1"])
        if mm is None or d is None or not 1 <= d <= 31:
            return None
        rules = ["date-absolute"] + (["hijri"] if cal == Calendar.HIJRI else [])
        wd = lex.weekdays.get(name_key(g["wd"])) if g.get("wd") else None
        return DateExpr(kind="date", y1=_year(g.get("y1"), cal), m1=mm, d1=d, weekday=wd,
                        rules=tuple(rules), **base)
    if name in ("month", "hijri-year-month"):
        mm = _month(lex, g["m1"], cal)
        if mm is None:
            return None
        y = _year(g.get("y1"), cal)
        cue = (g.get("cue") or "").lower()
        pom = g.get("pom")
        if y is None and not cue and not pom:
            if cal == Calendar.HIJRI or name_key(g["m1"]) in lex.ambiguous:
                return None
            if len(g["m1"]) < 5 and g["m1"][:1].isupper() and g["m1"] != g["m1"].upper():
                return None  # a bare abbreviation ("Jun") is too weak on its own
        lo, hi = 1, 31
        rules = ["date-month"]
        if pom:
            key = phrase_key(pom)
            if key.startswith("the "):
                key = key[4:]
            lo, hi = lex.pom.get(key, (1, 31))
            rules.append("part-of-month:" + key.replace(" ", "-"))
        if cal == Calendar.HIJRI:
            rules.append("hijri")
        bg = phrase_key(cue) in ("since", "until")
        return DateExpr(kind="month", y1=y, m1=mm, lo=lo, hi=hi, rules=tuple(rules),
                        background=bg, **base)
    if name == "iso":
        return DateExpr(kind="date", y1=int(g["y1"]), m1=int(g["m1"]), d1=int(g["d1"]),
                        rules=("date-iso",), **base)
    if name == "numeric":
        a, b = int(g["a"]), int(g["b"])
        y = int(g["y1"])
        if y < 100:
            y += 2000
        d, mm, rule = _day_month(a, b, dayfirst)
        return DateExpr(kind="date", y1=y, m1=mm, d1=d, rules=(rule,), **base)
    if name == "numeric-dm":
        # only a line / cell start ("13/03 - ...", "| 13/03 |", "- 13/03:") or after "on"
        ls = text.rfind("\n", 0, s) + 1
        lead = text[ls:s]
        if not (lex.dm_lead_re.fullmatch(lead) or lex.dm_on_re.search(lead)):
            return None
        a, b = int(g["a"]), int(g.get("b") or g.get("b2") or 0)
        d, mm, rule = _day_month(a, b, dayfirst)
        if not (1 <= mm <= 12 and 1 <= d <= 31):
            return None
        return DateExpr(kind="date", y1=None, m1=mm, d1=d, rules=(rule, "numeric-day-month"), **base)
    if name == "weekday":
        wd = lex.weekdays.get(name_key(g["wd"]))
        if wd is None:
            return None
        mode_word = phrase_key(g.get("mode") or "on")
        mode = lex.weekday_modes.get(mode_word, "before")
        rules = ["weekday"]
        if g.get("pod"):
            rules.append("part-of-day:" + g["pod"].lower())
        return DateExpr(kind="weekday", weekday=wd, mode=mode, rules=tuple(rules), **base)
    if name == "day-of-month":
        d = _day(g["d1"])
        if d is None or not 1 <= d <= 31:
            return None
        return DateExpr(kind="day-of-month", d1=d, rules=("day-of-month",), **base)
    if name == "fixed":
        kind, spec = lex.fixed[phrase_key(g["phrase"])]
        if isinstance(spec, list) and len(spec) == 1:
            k = "period" if kind == "deictic" else "period-anchor"
            return DateExpr(kind=k, mode=str(spec[0]),
                            rules=(f"{kind}:{phrase_key(g['phrase'])}",), **base)
        lo, hi = int(spec[0]), int(spec[1])
        return DateExpr(kind=kind, lo=lo, hi=hi,
                        rules=(f"{kind}:{phrase_key(g['phrase'])}",), **base)
    if name == "year":
        return DateExpr(kind="year", y1=int(text[s:e]), rules=("year-alone",), **base)
    if name == "holiday":
        return _holiday(lex, s, e, g, text, base)
    if name in ("units", "past-units", "duration"):
        if name == "units" and not g.get("n"):
            return None
        n_txt = phrase_key(g.get("n") or "one")
        if n_txt.isdigit():
            nlo = nhi = int(n_txt)
        elif n_txt in lex.numbers:
            nlo = nhi = lex.numbers[n_txt]
        elif n_txt in lex.vague:
            nlo, nhi = lex.vague[n_txt]
        else:
            return None
        unit = lex.units.get(g["unit"].lower())
        if unit is None:
            return None
        if unit == "hour":
            lo_days, hi_days = nlo // 24, -(-nhi // 24)
        else:
            lo_days, hi_days = nlo * int(unit), nhi * int(unit)
        if name == "duration":
            # "continued for five days": the first day and four more; "for 36 hours": two days
            hi = hi_days - 1
            if hi < 1:
                return None
            return DateExpr(kind="duration", lo=0, hi=hi,
                            rules=(f"duration:{n_txt}-{g['unit'].lower()}",), **base)
        if name == "past-units":
            return DateExpr(kind="deictic", lo=-hi_days, hi=0,
                            rules=(f"past-period:{n_txt}-{g['unit'].lower()}",), **base)
        sign, rel = lex.directions[g["dir"].lower()]
        lo, hi = (lo_days, hi_days) if sign > 0 else (-hi_days, -lo_days)
        kind = "deictic" if rel == "reference" else "anaphoric"
        tag = f"relative:{n_txt}-{g['unit'].lower()}-{g['dir'].lower()}"
        if n_txt in lex.vague:
            tag = f"vague:{n_txt}={nlo}-{nhi}"
        return DateExpr(kind=kind, lo=lo, hi=hi, rules=(tag,), **base)
    return None


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’\-]*)")


def _holiday(lex: Lexicon, s: int, e: int, g: dict[str, str | None], text: str,
             base: dict[str, Any]) -> DateExpr | None:
    """A holiday name ("on Christmas Eve", "during Eid al-Fitr", "the Eid holidays", "the eve of
    Nowruz") as an expression of kind ``holiday``: ``mode`` the holiday's key, ``lo``/``hi`` the
    day offsets from its day (or the rule ``holiday-period``: the festival's own period), ``y1`` a
    year written after it. None when the name is part of another name ("Christmas Island", "a
    Christmas market"), a bare name has no cue ("Mohamed Eid said"), or the event is put before
    or after the holiday ("days before Christmas")."""
    key = lex.holiday_keys.get(name_key(g["hname"] or ""))
    if key is None:
        return None
    spec = lex.holidays[key]
    nxt = _NEXT_WORD.match(text, e)
    if nxt and nxt.group(1).lower() in lex.holiday_not_before:
        return None
    if lex.holiday_not_after_re.search(text, max(0, s - 40), s):
        return None
    cue = phrase_key(g.get("hcue") or "")
    day_prefix = phrase_key(g.get("hday") or "")
    win = phrase_key(g.get("hwin") or "")
    y = _day(g.get("y1"))
    if name_key(g["hname"] or "") in lex.holiday_bare and not (cue or day_prefix or win or y):
        return None
    rules = [f"holiday:{key}"]
    lo = hi = 0
    if day_prefix:
        lo = hi = lex.holiday_day_prefixes.get(day_prefix, 0)
        rules.append("holiday-day:" + day_prefix.replace(" ", "-"))
    elif win not in lex.holiday_day_words and (win in lex.holiday_period_words or cue in lex.holiday_period_cues):
        rules.append("holiday-period")
    hijri = spec["rule"] == "hijri" or (
        spec["rule"] == "latest_of" and all(lex.holidays[k]["rule"] == "hijri" for k in spec["of"]))
    if hijri:
        rules.append("hijri")
    base = {**base, "calendar": Calendar.HIJRI if hijri else Calendar.GREGORIAN}
    return DateExpr(kind="holiday", mode=key, lo=lo, hi=hi, y1=y, rules=tuple(rules), **base)


def scan_dates(text: str, start: int, end: int, dayfirst: bool) -> list[DateExpr]:
    """Raw expressions in ``text[start:end]``, non-overlapping, in text order."""
    lex = lexicon()
    cands: list[DateExpr] = []
    dmy_months: set[int] = set()  # "3 August 20 people": the day before the month wins
    for name, cal, pat, prefix in lex.patterns:
        for m in pat.finditer(text, start, end):
            s, e = m.span()
            if e <= s or (s > 0 and text[s - 1].isalnum()):
                continue
            if name == "dmy":
                dmy_months.add(m.start("m1"))
            elif name == "mdy" and m.start("m1") in dmy_months:
                continue
            g = m.groupdict()
            if prefix is not None:
                pm = prefix.search(text, max(start, s - 60), s)
                if pm is not None and pm.start() < s:
                    s = pm.start()
                    for k, v in pm.groupdict().items():
                        if v is not None:
                            g[k.rstrip("2")] = v
            expr = _build(lex, name, cal, s, e, g, text, dayfirst)
            if expr is not None:
                cands.append(expr)
    # longest first, then earliest; a kept match blocks any overlapping one
    cands.sort(key=lambda x: (-(x.end - x.start), x.start))
    kept: list[DateExpr] = []
    base = min((c.start for c in cands), default=0)
    used = bytearray(max((c.end for c in cands), default=0) - base)
    for c in cands:
        if used.find(1, c.start - base, c.end - base) >= 0:
            continue
        kept.append(c)
        used[c.start - base : c.end - base] = b"\x01" * (c.end - c.start)
    kept.sort(key=lambda x: x.start)
    out = []
    for c in kept:
        window = text[max(0, c.start - 40) : c.start]
        reporting = bool(lex.reporting_re.search(window))
        background = c.background or bool(lex.background_re.search(window))
        if reporting or background != c.background:
            c = replace(c, reporting=reporting, background=background)
        out.append(c)
    return out


# ------------------------------------------------------------------------------------------
# The detector: every date expression of a document, found once
# ------------------------------------------------------------------------------------------
@Language.component(DATES_COMPONENT)
def detect_dates(doc: Doc) -> Doc:
    """Write every date expression of ``doc`` to the span group ``dates``: the rule id is the
    expression's first rule tag, the value its :class:`DateExpr` (numeric dates read day first;
    :func:`dates_in` gives the month-first reading when the settings ask for it)."""
    text = doc_text(doc)
    add_spans(doc, DATES_GROUP, [(e.start, e.end, e.rules[0], e) for e in scan_dates(text, 0, len(text), True)])
    return doc


def _reading(expr: DateExpr, dayfirst: bool) -> DateExpr:
    """``expr`` as read with the ``dayfirst`` setting: an ambiguous numeric date ("03/08/2017")
    found day first becomes month first."""
    if dayfirst or not expr.rules or expr.rules[0] != "numeric-dayfirst":
        return expr
    return replace(expr, m1=expr.d1, d1=expr.m1, rules=("numeric-monthfirst", *expr.rules[1:]))


def dated(doc: Document, annotation: Annotation | None = None) -> Annotation:
    """``annotation`` when it holds the date detector's spans, else ``doc`` annotated with it
    (standalone callers and tests)."""
    if annotation is not None and DATES_GROUP in annotation.doc.spans:
        return annotation
    return annotate(doc, (DATES_COMPONENT,))


def dates_in(annotation: Annotation, start: int = 0, end: int | None = None,
             dayfirst: bool = True) -> list[DateExpr]:
    """The date expressions the detector found inside ``text[start:end]``, in text order."""
    return [_reading(f.value, dayfirst) for f in annotation.spans(DATES_GROUP, start, end)]
