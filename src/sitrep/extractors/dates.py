"""Event dates: Gregorian, Hijri and relative expressions -> :class:`~sitrep.model.DateValue`.

Three steps, all pure functions:

1. **scan** (:func:`find_dates`): compiled regular expressions built from the data files
   ``data/date_words.yaml`` and ``data/hijri_months.tsv`` find date expressions with absolute
   offsets. Overlapping matches are settled longest first. No third-party parser is called per
   token: dateparser has no offsets and is slow, and every form sitrep needs is covered here.
2. **resolve**: each expression becomes a ``DateValue`` against a *reference date* (the
   dateline, else the published date) and an *anchor* (the previous dated event in the section,
   else the dateline). Missing years are taken from the reference date (the latest year that
   puts the event on or before it, with ``Settings.year_tolerance_days`` of slack). Hijri dates
   are converted with hijridate (Umm al-Qura); outside its range with convertdate's
   arithmetical calendar (rule ``hijri-arithmetic``).
3. **choose** (:func:`resolve_mention`): the first expression of the mention that is not a
   report date ("said on Monday") or a background date ("since March"), unless it is only
   month-level and a finer one follows. No expression: the section header's date, else the
   anchor ("date-inherited"), else the published date ("date-from-published").

Every rule and its tag is documented in ``docs/rules/dates.md``.
"""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate import Annotation, add_spans, annotate
from ..config import get_settings
from ..datemath import shift_date
from ..model import (
    Calendar,
    DateValue,
    DocContext,
    Document,
    Evidence,
    Mention,
    Section,
    TimePrecision,
)
from ..resources import load_tsv, load_yaml

__all__ = [
    "DATES_COMPONENT",
    "DATES_GROUP",
    "DateExpr",
    "dates_in",
    "document_anchor",
    "find_dates",
    "resolve_expr",
    "resolve_mention",
]

#: the span group the date detector writes, and its spaCy component (see sitrep.annotate)
DATES_GROUP = "dates"
DATES_COMPONENT = "sitrep_dates"

_MIN_GREG_YEAR, _MAX_GREG_YEAR = 1800, 2100
_MIN_HIJRI_YEAR, _MAX_HIJRI_YEAR = 1, 1700
#: separators allowed between the pieces of a Hijri month name (spaces, hyphens, apostrophes)
_SEP_CLASS = r"[\s\-\u2010\u2011\u2012\u2013\u2014'\u2019\u2018\u02bc\u02bf\u02be`\u00b4]"
_SPLIT_PIECES = re.compile(_SEP_CLASS + "+")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"


def _norm_key(s: str) -> str:
    """Lookup key of a name: letters only, case-folded ("Dhu'l-Qa'da" -> "dhulqada")."""
    return _NON_LETTERS.sub("", s).casefold()


def _phrase_key(s: str) -> str:
    return " ".join(s.lower().split())


def _char_trie(words: list[str], special: dict[str, str] | None = None) -> str:
    """A regex matching any of the literal ``words``, as a character trie.

    A trie starts with plain literal branches, so the regex engine can skip positions whose
    first character cannot start a match. ``special`` maps placeholder characters to regex
    fragments (e.g. a word separator to ``\\s+``).
    """
    special = special or {}
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = []
        single = []
        for ch in sorted(k for k in node if k):
            sub = emit(node[ch])
            piece = special.get(ch, re.escape(ch))
            if sub or ch in special:
                alts.append(piece + sub)
            else:
                single.append(piece)
        if single:
            alts.append(single[0] if len(single) == 1 else "[" + "".join(single) + "]")
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _seq_trie(seqs: list[list[str]], joiner: str) -> str:
    """A regex matching any token sequence of ``seqs`` (literal tokens joined by ``joiner``)."""
    return _char_trie(["\x00".join(seq) for seq in seqs], {"\x00": joiner})


def _case_seqs(seq: list[str]) -> list[list[str]]:
    """lower, Capitalised and UPPER spellings of a token sequence (plus the given one).

    Case variants are spelled out instead of using ``(?i)`` so that the regex engine can skip
    quickly over positions whose first character cannot start a match.
    """
    lower = [t.lower() for t in seq]
    cap = [lower[0][:1].upper() + lower[0][1:]] + lower[1:] if lower else []
    title = [t[:1].upper() + t[1:] for t in lower]
    upper = [t.upper() for t in seq]
    out: list[list[str]] = []
    for v in (list(seq), lower, cap, title, upper):
        if v not in out:
            out.append(v)
    return out


def _phrases(phrases: Any) -> str:
    """Regex for multi-word phrases in lower, Capitalised, Title or UPPER case."""
    seqs = [v for p in phrases for v in _case_seqs(str(p).split())]
    return _seq_trie(seqs, r"\s+")


# ------------------------------------------------------------------------------------------
# The expression type
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class DateExpr:
    """One date expression found in text (offsets are absolute: ``text[start:end] == text``).

    ``kind`` is one of ``date`` (a day, year possibly missing), ``range`` (two days),
    ``month`` (a month or a part of it), ``weekday``, ``day-of-month`` ("on the 3rd"),
    ``deictic`` (relative to the document's date: "yesterday"), ``anaphoric`` (relative to the
    previous event: "the following day"), ``period`` (a named week/month relative to a date:
    "last week"). ``value`` is the expression resolved against the ``published`` date given to
    :func:`find_dates` (None when it cannot be resolved at all).
    """

    start: int
    end: int
    text: str
    kind: str
    calendar: Calendar = Calendar.GREGORIAN
    y1: int | None = None
    m1: int | None = None
    d1: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    lo: int = 0  # day offsets (relative kinds) or first day of a part of month
    hi: int = 0
    weekday: int | None = None
    mode: str | None = None  # weekday mode, period name, or "reference"/"anchor" for offsets
    rules: tuple[str, ...] = ()
    reporting: bool = False  # a report's date ("said on Monday")
    background: bool = False  # "since March", "until 3 May"
    value: DateValue | None = None

    @property
    def evidence(self) -> Evidence:
        return Evidence(start=self.start, end=self.end, text=self.text)


# ------------------------------------------------------------------------------------------
# Lexicon and compiled patterns (read-only, built once)
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, Any]
    greg_months: dict[str, int]  # key -> month
    hijri_months: dict[str, int]
    weekdays: dict[str, int]
    weekday_modes: dict[str, str]
    ambiguous: frozenset[str]
    pom: dict[str, tuple[int, int]]
    numbers: dict[str, int]
    vague: dict[str, tuple[int, int]]
    units: dict[str, Any]
    directions: dict[str, tuple[int, str]]
    fixed: dict[str, tuple[str, Any]]  # phrase -> ("deictic"|"anaphoric", spec)
    patterns: tuple[tuple[str, Calendar, re.Pattern[str], re.Pattern[str] | None], ...]
    reporting_re: re.Pattern[str]
    background_re: re.Pattern[str]
    heading_re: re.Pattern[str]
    dateline_prefix_re: re.Pattern[str]
    dateline_tail_re: re.Pattern[str]
    dm_lead_re: re.Pattern[str]
    dm_on_re: re.Pattern[str]
    sentence_ends: tuple[str, ...]


def _case_variants(word: str) -> list[str]:
    return [word, word.upper()] if word != word.upper() else [word]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    w = load_yaml("date_words.yaml")
    greg: dict[str, int] = {}
    greg_alts: list[str] = []
    for i, names in enumerate(w["months"], start=1):
        for name in names:
            greg[_norm_key(name)] = i
            greg_alts.extend(_case_variants(name))
    hijri: dict[str, int] = {}
    hijri_seqs: list[list[str]] = []
    for row in load_tsv("hijri_months.tsv"):
        m = int(row["month"])
        spelling = row["spelling"].strip()
        key = _norm_key(spelling)
        if hijri.get(key, m) != m:
            raise ValueError(f"hijri_months.tsv: {spelling!r} is listed for two months")
        hijri[key] = m
        pieces = [p for p in _SPLIT_PIECES.split(spelling) if p]
        # lower-case spellings ("ramadan") are not matched: rare in edited text, and leaving
        # them out lets the regex engine skip most positions
        hijri_seqs.extend(v for v in _case_seqs(pieces) if v != [t.lower() for t in pieces]
                          or not pieces[0][:1].isalpha() or not pieces[0][:1].isascii())
    weekdays: dict[str, int] = {}
    wd_full: list[str] = []
    wd_any: list[str] = []
    for i, names in enumerate(w["weekdays"]):
        for j, name in enumerate(names):
            weekdays[_norm_key(name)] = i
            wd_any.extend(_case_variants(name))
            if j == 0:
                wd_full.extend(_case_variants(name))
    pom: dict[str, tuple[int, int]] = {}
    pom_bare: list[str] = []
    for phrase, (a, b) in w["part_of_month"].items():
        bare = phrase[4:] if phrase.startswith("the ") else phrase
        pom[_phrase_key(bare)] = (int(a), int(b))
        pom_bare.append(bare)
    numbers = {_phrase_key(k): int(v) for k, v in w["number_words"].items()}
    vague = {_phrase_key(k): (int(v[0]), int(v[1])) for k, v in w["vague_numbers"].items()}
    units = {k.lower(): v for k, v in w["units"].items()}
    directions = {k.lower(): (int(v[0]), str(v[1])) for k, v in w["unit_directions"].items()}
    fixed: dict[str, tuple[str, Any]] = {}
    for kind in ("deictic", "anaphoric"):
        for phrase, spec in w[kind].items():
            fixed[_phrase_key(phrase)] = (kind, spec)
    modes = {_phrase_key(k): str(v) for k, v in w["weekday_modifiers"].items()}
    cues = [c for c in w["month_cues"] if _phrase_key(c) not in pom]

    GM = f"{_char_trie(greg_alts)}(?![A-Za-z])(?:\\.(?=\\s*\\d))?"
    HM = f"{_seq_trie(hijri_seqs, _SEP_CLASS + '{0,3}')}(?![^\\W\\d_])"
    WD = f"{_char_trie(wd_full)}(?![A-Za-z])"
    WDX = f"{_char_trie(wd_any)}(?![A-Za-z])\\.?"
    D0 = r"\d(?<![\d.,:/]\d)\d?(?!\d)(?:st|nd|rd|th)?"
    D = r"(?<!\d)\d{1,2}(?!\d)(?:st|nd|rd|th)?"
    # a 2-digit year only before a bracket, a dash, a comma, a full stop or the line end
    # ("12 JAN 90 (RADIO ...)"), never before a word ("3 August 20 people")
    GY = r"\d{4}(?!\d)|\d{2}(?=[ \t]*(?:\(|-|,|\.(?!\d)|\n|$))"
    HY = r"\d{3,4}(?!\d)(?:\s*(?:A\.\s?H\.?|AH(?![A-Za-z])|H(?![A-Za-z])\.?|هـ|ه(?!\w)))?"
    HYX = r"\d{3,4}(?!\d)\s*(?:A\.\s?H\.?|AH(?![A-Za-z])|H(?![A-Za-z])\.?|هـ|ه(?!\w))"
    CONN = rf"(?P<conn>\s*{_DASH}+\s*|\s+(?i:to|and|until|till|through|thru)\s+)"
    COMMA = r"\s*[,،]?\s*"
    POM = f"(?P<pom>(?:(?i:the)\\s+)?{_phrases(pom_bare)})(?:\\s*{_DASH}\\s*|\\s+)"
    CUE = f"(?P<cue>{_phrases(cues)})\\s+(?:the\\s+)?"
    mode_alt = _phrases(list(modes))
    pod_alt = _phrases(list(w["parts_of_day"]) + ["overnight"])

    def calendar_patterns(M: str, Y: str, cal: Calendar, YM: str) -> list[tuple[str, Calendar, str]]:
        out = [
            (
                "range-dm",
                cal,
                rf"(?P<d1>{D0})(?:\s+(?:of\s+)?(?P<m1>{M})(?:{COMMA}(?P<y1>{Y}))?)?"
                rf"{CONN}(?:the\s+)?(?P<d2>{D})\s+(?:of\s+)?(?P<m2>{M})(?:{COMMA}(?P<y2>{Y}))?",
            ),
            (
                "range-md",
                cal,
                rf"(?P<m1>{M})\s+(?P<d1>{D})(?:{COMMA}(?P<y1>{Y}))?"
                rf"{CONN}(?:(?P<m2>{M})\s+)?(?P<d2>{D})(?:{COMMA}(?P<y2>{Y}))?",
            ),
            (
                "dmy",
                cal,
                rf"(?P<d1>{D0})\s+(?:of\s+)?"
                rf"(?P<m1>{M})(?:{COMMA}(?P<y1>{Y}))?",
            ),
            (
                "mdy",
                cal,
                rf"(?P<m1>{M})\s+(?:the\s+)?(?P<d1>{D})"
                rf"(?:{COMMA}(?P<y1>{Y}))?",
            ),
            (
                "month",
                cal,
                # a month alone takes only a full year: "Aug. 14," is the 14th, not 2014
                # and is no match when a day follows ("since Aug. 14" is a day, matched above)
                rf"(?P<m1>{M})(?:{COMMA}(?P<y1>{YM})|(?!\.?\s*(?:the\s+)?\d{{1,2}}(?!\d)))",
            ),
        ]
        return out

    raw: list[tuple[str, Calendar, str]] = []
    raw += calendar_patterns(GM, GY, Calendar.GREGORIAN, r"\d{4}(?!\d)")
    raw += calendar_patterns(HM, HY, Calendar.HIJRI, HY)
    raw += [
        ("hijri-year-month", Calendar.HIJRI, rf"(?P<m1>{HM}){COMMA}(?P<y1>{HYX})"),
        (
            "iso",
            Calendar.GREGORIAN,
            r"(?P<y1>\d(?<![\d.\-/]\d)\d{3})(?P<sep>[-/.])(?P<m1>\d{1,2})(?P=sep)(?P<d1>\d{1,2})(?!\d)",
        ),
        (
            "numeric",
            Calendar.GREGORIAN,
            r"(?P<a>\d(?<![\d.\-/]\d)\d?)(?P<sep>[/.\-])(?P<b>\d{1,2})(?P=sep)"
            r"(?P<y1>\d{4}|(?<=/)\d{2})(?![\d/])",
        ),
        (
            # "13/03 - Est, Diapaga: ..." / "| 13/03 |": a day/month without a year, only at the
            # start of a line or table cell (or after "on") and before a separator; a "." needs
            # a two-digit month ("13.03"), so "1.2 Background" is no date
            "numeric-dm",
            Calendar.GREGORIAN,
            r"(?P<a>\d(?<![\d.\-/]\d)\d?)"
            r"(?:(?P<sep>/)(?P<b>\d{1,2})|\.(?P<b2>\d{2}))(?![\d/.\-]|,\d|:\d)"
            r"(?=[\t ]*(?:[-\u2013\u2014:|,)]|\n|$)|[\t ]+\(|,?[\t ]+(?:[A-Z]|at\b|in\b))",
        ),
        (
            "weekday",
            Calendar.GREGORIAN,
            rf"(?P<wd>{WD})(?:\s+(?P<pod>(?i:{pod_alt}))\b)?",
        ),
        (
            "day-of-month",
            Calendar.GREGORIAN,
            r"(?:on|On|ON)\s+the\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)\b"
            r"(?:\s+of\s+(?:this|that|the\s+same)\s+month)?"
            r"(?=\s*(?:[,.;:)\n]|$)|\s+(?:at|in|when|as|and|near|around|after|before|,)\b)",
        ),
        (
            "fixed",
            Calendar.GREGORIAN,
            rf"(?P<phrase>{_phrases(list(w['deictic']) + list(w['anaphoric']))})\b",
        ),
        (
            "units",
            Calendar.GREGORIAN,
            rf"(?P<unit>{_phrases(list(units))})\s+(?P<dir>{_phrases(list(directions))})\b",
        ),
        (
            "past-units",
            Calendar.GREGORIAN,
            rf"{_phrases(w['past_period_cues'])}\s+"
            rf"(?:(?P<n>\d{{1,3}}|{_phrases(list(numbers) + list(vague))})\s+)?"
            rf"(?P<unit>{_phrases(list(units))})\b",
        ),
        (
            "duration",
            Calendar.GREGORIAN,
            rf"(?P<cue>{_phrases(w['duration_cues'])})\s+"
            rf"(?P<n>\d{{1,3}}|{_phrases(list(numbers) + list(vague))})\s+"
            rf"(?:(?i:more|consecutive|straight|full)\s+)?(?P<unit>{_phrases(list(units))})\b",
        ),
        ("year", Calendar.GREGORIAN, w["year_alone"]),
    ]
    prefixes = {
        "units": rf"(?P<n>\d{{1,3}}|{_phrases(list(numbers) + list(vague))})\s+$",
        "range-dm": rf"(?P<between>(?i:between|from))\s+(?:the\s+)?$",
        "range-md": rf"(?P<between>(?i:between|from))\s+$",
        "dmy": rf"(?:(?P<wd>{WDX}){COMMA}(?:\(\s*)?)?(?i:the)\s+$|(?P<wd2>{WDX}){COMMA}(?:\(\s*)?$",
        "mdy": rf"(?P<wd>{WDX}){COMMA}(?:\(\s*)?$",
        "month": rf"(?:{CUE})?(?:{POM})?$",
        "weekday": rf"(?:(?P<mode>{mode_alt})\s+)?(?:(?i:the\s+(?:night|morning|evening|early\s+hours)\s+of)\s+)$"
        rf"|(?P<mode2>{mode_alt})\s+$",
    }
    patterns = tuple(
        (
            name,
            cal,
            re.compile(p),
            re.compile(r"\b(?:" + prefixes[name] + ")") if name in prefixes else None,
        )
        for name, cal, p in raw
    )
    verbs = _phrases(w["reporting_verbs"])
    nouns, issued = _phrases(w["reporting_nouns"]), _phrases(w["release_verbs"])
    reporting_re = re.compile(
        rf"(?:\b(?:{verbs})|\b(?:{nouns})(?:\s+(?:{issued}))?)\s*,?\s*(?:(?:on|late|early)\s+)?$",
        re.I,
    )
    bg = _phrases(w["background_cues"])
    background_re = re.compile(rf"\b(?:{bg})\s+(?:the\s+)?$", re.I)
    labels = _phrases(w["heading_labels"])
    heading_re = re.compile(rf"^\W*(?:{labels})\b", re.I)
    dateline_prefix_re = re.compile(w["dateline_prefix"])
    return _Lexicon(
        words=w,
        greg_months=greg,
        hijri_months=hijri,
        weekdays=weekdays,
        weekday_modes=modes,
        ambiguous=frozenset(_norm_key(x) for x in w["ambiguous_months"]),
        pom=pom,
        numbers=numbers,
        vague=vague,
        units=units,
        directions=directions,
        fixed=fixed,
        patterns=patterns,
        reporting_re=reporting_re,
        background_re=background_re,
        heading_re=heading_re,
        dateline_prefix_re=dateline_prefix_re,
        dateline_tail_re=re.compile(w["dateline_tail"]),
        dm_lead_re=re.compile(w["day_month_lead"]),
        dm_on_re=re.compile(w["day_month_after_on"]),
        sentence_ends=tuple(w["sentence_ends"]),
    )


# ------------------------------------------------------------------------------------------
# Calendar helpers
# ------------------------------------------------------------------------------------------
def _greg(y: int, m: int, d: int) -> date | None:
    if not (_MIN_GREG_YEAR <= y <= _MAX_GREG_YEAR and 1 <= m <= 12 and d >= 1):
        return None
    if d > _calendar.monthrange(y, m)[1]:
        return None
    return date(y, m, d)


def _greg_month_len(y: int, m: int) -> int:
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


def _hijri_month_len(y: int, m: int) -> int:
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


def _span_precision(start: date, end: date) -> TimePrecision:
    n = (end - start).days
    if n <= 0:
        return TimePrecision.DAY
    if n <= 6:
        return TimePrecision.WEEK
    return TimePrecision.MONTH


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


def _month(lex: _Lexicon, s: str | None, cal: Calendar) -> int | None:
    if not s:
        return None
    table = lex.hijri_months if cal == Calendar.HIJRI else lex.greg_months
    return table.get(_norm_key(s))




def _build(
    lex: _Lexicon,
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
        wd = lex.weekdays.get(_norm_key(g["wd"])) if g.get("wd") else None
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
            if cal == Calendar.HIJRI or _norm_key(g["m1"]) in lex.ambiguous:
                return None
            if len(g["m1"]) < 5 and g["m1"][:1].isupper() and g["m1"] != g["m1"].upper():
                return None  # a bare abbreviation ("Jun") is too weak on its own
        lo, hi = 1, 31
        rules = ["date-month"]
        if pom:
            key = _phrase_key(pom)
            if key.startswith("the "):
                key = key[4:]
            lo, hi = lex.pom.get(key, (1, 31))
            rules.append("part-of-month:" + key.replace(" ", "-"))
        if cal == Calendar.HIJRI:
            rules.append("hijri")
        bg = _phrase_key(cue) in ("since", "until")
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
        if a > 12 and b <= 12:
            d, mm, rule = a, b, "numeric-unambiguous"
        elif b > 12 and a <= 12:
            d, mm, rule = b, a, "numeric-unambiguous"
        elif dayfirst:
            d, mm, rule = a, b, "numeric-dayfirst"
        else:
            d, mm, rule = b, a, "numeric-monthfirst"
        return DateExpr(kind="date", y1=y, m1=mm, d1=d, rules=(rule,), **base)
    if name == "numeric-dm":
        # only a line / cell start ("13/03 - ...", "| 13/03 |", "- 13/03:") or after "on"
        ls = text.rfind("\n", 0, s) + 1
        lead = text[ls:s]
        if not (lex.dm_lead_re.fullmatch(lead) or lex.dm_on_re.search(lead)):
            return None
        a, b = int(g["a"]), int(g.get("b") or g.get("b2") or 0)
        if a > 12 and b <= 12:
            d, mm, rule = a, b, "numeric-unambiguous"
        elif b > 12 and a <= 12:
            d, mm, rule = b, a, "numeric-unambiguous"
        elif dayfirst:
            d, mm, rule = a, b, "numeric-dayfirst"
        else:
            d, mm, rule = b, a, "numeric-monthfirst"
        if not (1 <= mm <= 12 and 1 <= d <= 31):
            return None
        return DateExpr(kind="date", y1=None, m1=mm, d1=d, rules=(rule, "numeric-day-month"), **base)
    if name == "weekday":
        wd = lex.weekdays.get(_norm_key(g["wd"]))
        if wd is None:
            return None
        mode_word = _phrase_key(g.get("mode") or "on")
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
        kind, spec = lex.fixed[_phrase_key(g["phrase"])]
        if isinstance(spec, list) and len(spec) == 1:
            k = "period" if kind == "deictic" else "period-anchor"
            return DateExpr(kind=k, mode=str(spec[0]),
                            rules=(f"{kind}:{_phrase_key(g['phrase'])}",), **base)
        lo, hi = int(spec[0]), int(spec[1])
        return DateExpr(kind=kind, lo=lo, hi=hi,
                        rules=(f"{kind}:{_phrase_key(g['phrase'])}",), **base)
    if name == "year":
        return DateExpr(kind="year", y1=int(text[s:e]), rules=("year-alone",), **base)
    if name in ("units", "past-units", "duration"):
        if name == "units" and not g.get("n"):
            return None
        n_txt = _phrase_key(g.get("n") or "one")
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


def _scan(text: str, start: int, end: int, dayfirst: bool) -> list[DateExpr]:
    """Raw expressions in ``text[start:end]``, non-overlapping, in text order."""
    lex = _lexicon()
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
        precision = _span_precision(start, end) if start and end else TimePrecision.MONTH
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
        g = _greg(y, m, d)
        return (g, False) if g else None

    def mlen(y: int, m: int) -> int:
        return _hijri_month_len(y, m) if hijri else _greg_month_len(y, m)

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


def resolve_expr(
    text: str,
    expr: DateExpr,
    ref: date | None,
    anchor: DateValue | None = None,
    tolerance: int = 7,
    ref_tag: str = "published",
) -> DateValue | None:
    """Resolve one expression.

    ``ref`` is the document's reference date (dateline, else published; ``ref_tag`` names which
    for the rule tags); ``anchor`` the previous dated event (relative expressions such as "the
    following day" chain from it, else from ``ref``). Returns None for an impossible date.
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
        d = _greg(y, m, expr.d1)
        if d is None:
            return None
        return _value(text, expr, d, d, rules, relative=True)
    return None


# ------------------------------------------------------------------------------------------
# Public API
# ------------------------------------------------------------------------------------------
def _settings(ctx: DocContext | None) -> Any:
    if ctx is not None and ctx.settings is not None:
        return ctx.settings
    return get_settings()


# ------------------------------------------------------------------------------------------
# The detector: every date expression of a document, found once
# ------------------------------------------------------------------------------------------
@Language.component(DATES_COMPONENT)
def detect_dates(doc: Doc) -> Doc:
    """Write every date expression of ``doc`` to the span group ``dates``: the rule id is the
    expression's first rule tag, the value its :class:`DateExpr` (numeric dates read day first;
    :func:`dates_in` gives the month-first reading when the settings ask for it)."""
    text = doc.text
    add_spans(doc, DATES_GROUP, [(e.start, e.end, e.rules[0], e) for e in _scan(text, 0, len(text), True)])
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
    for expr in _scan(text, start, end, dayfirst):
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
    lex = _lexicon()
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
    precision = max(value.precision, _span_precision(value.start, end))
    evidence = sorted([*value.evidence, Evidence.of(text, d.start, d.end)], key=lambda ev: ev.start)
    return value.model_copy(update={"end": end, "precision": TimePrecision(precision),
                                    "evidence": evidence, "rules": [*value.rules, *d.rules]})


def resolve_mention(
    doc: Document, mention: Mention, ctx: DocContext, anchor: DateValue | None
) -> DateValue | None:
    """The event date of one mention (see the module docstring for the order of rules)."""
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
            v = resolve_expr(text, expr, ref, a, tol, ref_tag)
            if v is not None:
                values.append((expr, v))
    chosen = _choose(values)
    if chosen is not None:
        return _lasting(text, chosen[1], durations)
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
        return _lasting(text, v, durations)
    if doc.published is not None:
        return DateValue(
            start=doc.published,
            end=doc.published,
            precision=TimePrecision.WEEK,
            rules=["date-from-published"],
        )
    return None
