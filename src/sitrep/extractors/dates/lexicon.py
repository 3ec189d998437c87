"""Date words and patterns: the lexicon of ``data/date_words.yaml`` and ``data/hijri_months.tsv``
compiled into the scanner's regular expressions (read-only, built once), and the
:class:`DateExpr` that the scanner finds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ...model import (
    Calendar,
    DateValue,
    Evidence,
)
from ...resources import load_tsv, load_yaml

#: separators allowed between the pieces of a Hijri month name (spaces, hyphens, apostrophes)
_SEP_CLASS = r"[\s\-\u2010\u2011\u2012\u2013\u2014'\u2019\u2018\u02bc\u02bf\u02be`\u00b4]"
_SPLIT_PIECES = re.compile(_SEP_CLASS + "+")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_DASH = r"[-\u2010\u2011\u2012\u2013\u2014]"


def name_key(s: str) -> str:
    """Lookup key of a name: letters only, case-folded ("Dhu'l-Qa'da" -> "dhulqada")."""
    return _NON_LETTERS.sub("", s).casefold()


def phrase_key(s: str) -> str:
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
class Lexicon:
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
    holidays: dict[str, dict[str, Any]]  # key -> its entry of holidays.yaml
    holiday_keys: dict[str, str]  # name key of a spelling -> holiday key
    holiday_bare: frozenset[str]  # name keys of spellings read only after a cue
    holiday_period_cues: frozenset[str]
    holiday_period_words: frozenset[str]
    holiday_day_words: frozenset[str]
    holiday_day_prefixes: dict[str, int]
    holiday_not_after_re: re.Pattern[str]
    holiday_not_before: frozenset[str]


def _case_variants(word: str) -> list[str]:
    return [word, word.upper()] if word != word.upper() else [word]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    w = load_yaml("date_words.yaml")
    greg: dict[str, int] = {}
    greg_alts: list[str] = []
    for i, names in enumerate(w["months"], start=1):
        for name in names:
            greg[name_key(name)] = i
            greg_alts.extend(_case_variants(name))
    hijri: dict[str, int] = {}
    hijri_seqs: list[list[str]] = []
    for row in load_tsv("hijri_months.tsv"):
        m = int(row["month"])
        spelling = row["spelling"].strip()
        key = name_key(spelling)
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
            weekdays[name_key(name)] = i
            wd_any.extend(_case_variants(name))
            if j == 0:
                wd_full.extend(_case_variants(name))
    pom: dict[str, tuple[int, int]] = {}
    pom_bare: list[str] = []
    for phrase, (a, b) in w["part_of_month"].items():
        bare = phrase[4:] if phrase.startswith("the ") else phrase
        pom[phrase_key(bare)] = (int(a), int(b))
        pom_bare.append(bare)
    numbers = {phrase_key(k): int(v) for k, v in w["number_words"].items()}
    vague = {phrase_key(k): (int(v[0]), int(v[1])) for k, v in w["vague_numbers"].items()}
    units = {k.lower(): v for k, v in w["units"].items()}
    directions = {k.lower(): (int(v[0]), str(v[1])) for k, v in w["unit_directions"].items()}
    fixed: dict[str, tuple[str, Any]] = {}
    for kind in ("deictic", "anaphoric"):
        for phrase, spec in w[kind].items():
            fixed[phrase_key(phrase)] = (kind, spec)
    modes = {phrase_key(k): str(v) for k, v in w["weekday_modifiers"].items()}
    cues = [c for c in w["month_cues"] if phrase_key(c) not in pom]

    GM = f"{_char_trie(greg_alts)}(?![A-Za-z])(?:\\.(?=\\s*\\d))?"
    HM = f"{_seq_trie(hijri_seqs, _SEP_CLASS + '{0,3}')}(?![^\\W\\d_])"
    WD = f"{_char_trie(wd_full)}(?![A-Za-z])"
    WDX = f"{_char_trie(wd_any)}(?![A-Za-z])\\.?"
    # the literal building blocks are data (date_words.yaml: fragments); a Hijri year may carry the era
    frag = w["fragments"]
    D0, D, GY, COMMA, ERA = (frag[k] for k in ("day_loose", "day", "gregorian_year", "comma", "hijri_era"))
    HY = rf"\d{{3,4}}(?!\d)(?:\s*{ERA})?"
    HYX = rf"\d{{3,4}}(?!\d)\s*{ERA}"
    CONN = rf"(?P<conn>\s*{_DASH}+\s*|\s+(?i:to|and|until|till|through|thru)\s+)"
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

    # holiday names (data/holidays.yaml): "on Christmas Eve", "during Eid al-Fitr", "the Eid holidays"
    hol = load_yaml("holidays.yaml")
    holiday_keys: dict[str, str] = {}
    hol_seqs: list[list[str]] = []
    for key, spec in hol["holidays"].items():
        for spelling in spec["names"]:
            holiday_keys[name_key(spelling)] = key
            pieces = [p for p in _SPLIT_PIECES.split(spelling) if p]
            hol_seqs.extend(v for v in _case_seqs(pieces) if v != [t.lower() for t in pieces])
    HN = f"{_seq_trie(hol_seqs, _SEP_CLASS + '{0,3}')}(?![^\\W\\d_])"
    HWIN = _phrases(list(hol["period_words"]) + list(hol["day_words"]))

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
        (
            "holiday",
            Calendar.GREGORIAN,
            rf"(?P<hname>{HN})(?:\s+(?P<hwin>{HWIN})(?![^\W\d_]))?"
            rf"(?:{COMMA}(?P<y1>\d{{4}})(?!\d)(?:\s*{ERA})?)?",
        ),
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
        "holiday": rf"(?P<hday>{_phrases(list(hol['day_prefixes']))})\s+(?:(?i:the)\s+)?$"
        rf"|(?P<hcue>{_phrases(list(hol['cues']))})\s+(?:(?i:the)\s+)?$|(?i:the)\s+$",
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
    return Lexicon(
        words=w,
        greg_months=greg,
        hijri_months=hijri,
        weekdays=weekdays,
        weekday_modes=modes,
        ambiguous=frozenset(name_key(x) for x in w["ambiguous_months"]),
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
        holidays=dict(hol["holidays"]),
        holiday_keys=holiday_keys,
        holiday_bare=frozenset(name_key(b) for spec in hol["holidays"].values() for b in spec.get("bare", [])),
        holiday_period_cues=frozenset(phrase_key(x) for x in hol["period_cues"]),
        holiday_period_words=frozenset(phrase_key(x) for x in hol["period_words"]),
        holiday_day_words=frozenset(phrase_key(x) for x in hol["day_words"]),
        holiday_day_prefixes={phrase_key(k): int(v) for k, v in hol["day_prefixes"].items()},
        holiday_not_after_re=re.compile(rf"\b(?:{_phrases(hol['not_after'])})\s+(?:(?i:the)\s+)?$", re.I),
        holiday_not_before=frozenset(x.lower() for x in hol["not_before"]),
    )
