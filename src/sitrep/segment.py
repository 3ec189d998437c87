"""Segment: a document -> sections (under headers) -> event mentions.

``sections(doc)`` finds header lines (region names, markdown headings, bold lines, all-caps
lines, numbered headings, a headline) and cuts the document into :class:`Section` runs; a header
is context for the events below it and never an event itself.

``mentions(doc, sections)`` splits each section into paragraphs (blank lines, list items, one
item per line in bulletins), paragraphs into sentences (a regex splitter that knows
abbreviations; no model, so it is fast), and groups sentences into event mentions with the cues
in ``data/segment_cues.yaml``: new-event cues ("Meanwhile", "In a separate attack", "On
<date>", a new list item, a new place or date with a new act), continuation cues ("The attack
killed", pronouns, quotes, officials' comments, tallies, claims of responsibility), and
patterns for what is not an event (aggregates, background references, sentences without an
act). The rules are documented in docs/rules/segmentation.md.

Pure functions; the compiled cue tables are a read-only module-level cache.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .annotate import Annotation
from .extractors.dates import DateExpr, dated, dates_in
from .model import Calendar, Document, Evidence, Mention, Section
from .resources import load_yaml
from .sentences import Unit as _Unit
from .sentences import ends_abbreviation as _abbrev_before
from .sentences import is_upper_document
from .sentences import line_spans as _lines
from .sentences import paragraphs as _paragraphs
from .sentences import sentence_spans as _sentences
from .sentences import trim as _trim

CUES_FILE = "segment_cues.yaml"
#: the span group of the toponym detector (geo), read when the annotation has it
TOPONYMS_GROUP = "toponyms"



# --------------------------------------------------------------------------------------------
# compiled cue tables (read-only cache)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cues:
    abbreviations: frozenset[str]
    header: dict[str, Any]
    small_words: frozenset[str]
    dateline_line: re.Pattern[str]
    separator: re.Pattern[str]
    metadata: re.Pattern[str]
    list_marker: re.Pattern[str]
    dateline_prefixes: tuple[re.Pattern[str], ...]
    bracket_tags: re.Pattern[str]
    triggers: re.Pattern[str]
    non_act: re.Pattern[str]
    new_event: tuple[tuple[str, re.Pattern[str]], ...]
    cont_start: tuple[tuple[str, re.Pattern[str]], ...]
    cont_any: re.Pattern[str]
    cont_weak: re.Pattern[str]
    followup: re.Pattern[str]
    aggregate: re.Pattern[str]
    background: re.Pattern[str]
    place_mixed: re.Pattern[str]
    place_lead: re.Pattern[str]
    place_upper_suffix: re.Pattern[str]
    place_upper_prefix: re.Pattern[str]
    not_places: frozenset[str]
    place_generic: frozenset[str]
    clause_split: re.Pattern[str]
    also_verb: re.Pattern[str]
    relative_past: re.Pattern[str]
    anaphoric_place: re.Pattern[str]
    casualty_masks: re.Pattern[str]
    casualty_none: re.Pattern[str]
    antecedent: re.Pattern[str]
    active_verb: re.Pattern[str]
    indefinite_act: re.Pattern[str]
    verb_conjunction: re.Pattern[str]
    separate_signal: re.Pattern[str]
    gap_conjunction: re.Pattern[str]
    recent_time_lead: re.Pattern[str]
    lead_stop: frozenset[str]
    also_passive: tuple[str, ...]
    conjunction_tail: re.Pattern[str]
    word: re.Pattern[str]
    markdown: re.Pattern[str]
    bold: re.Pattern[str]
    colon_not_header: re.Pattern[str]
    terminals: str
    closers: str


def _alt(items: list[str]) -> str:
    return "|".join(sorted((re.escape(i) for i in items), key=len, reverse=True))


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One pattern for a list, tried at word starts only, on lower-cased text (fast)."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    d = load_yaml(CUES_FILE)
    h = d["header"]
    verbs = _alt(d["active_act_verbs"])
    aux = f"(?:{_alt(d['indefinite_aux'])})"
    return _Cues(
        abbreviations=frozenset(a.lower() for a in d["abbreviations"]),
        header=h,
        small_words=frozenset(w.lower() for w in h["small_words"]),
        dateline_line=re.compile(h["dateline"]),
        separator=re.compile(h["separator"]),
        metadata=re.compile(h["metadata"], re.I),
        list_marker=re.compile(d["list_marker"], re.I),
        dateline_prefixes=tuple(re.compile(p) for p in d["dateline_prefixes"]),
        bracket_tags=re.compile(d["bracket_tags"]),
        triggers=_any(d["violence_triggers"]),
        non_act=_any(d["non_act_patterns"]),
        new_event=tuple((k, re.compile(v)) for k, v in d["new_event_cues"].items()),
        cont_start=tuple((k, re.compile(v)) for k, v in d["continuation_start"].items()),
        cont_any=_any(d["continuation_anywhere"]),
        cont_weak=_any(d["continuation_weak"]),
        followup=_any(d["casualty_followup"]),
        aggregate=_any(d["aggregate_patterns"]),
        background=_any(d["background_patterns"]),
        place_mixed=re.compile(d["place_mixed"]),
        place_lead=re.compile(d["place_lead"]),
        place_upper_suffix=re.compile(
            d["place_upper_suffix"].replace("{suffixes}", _alt([s.upper() for s in d["upper_place_suffixes"]]))
        ),
        place_upper_prefix=re.compile(
            d["place_upper_prefix"].replace("{prefixes}", _alt([s.upper() for s in d["upper_place_prefixes"]]))
        ),
        not_places=frozenset(w.lower() for w in d["not_places"]),
        place_generic=frozenset(w.lower() for w in d["place_generic"]),
        clause_split=re.compile("|".join(f"(?:{p})" for p in d["clause_splitters"])),
        relative_past=re.compile(d["relative_past"]),
        casualty_masks=_any(d["casualty_masks"]),
        casualty_none=re.compile(d["casualty_none"]),
        antecedent=re.compile(d["antecedent"]),
        active_verb=re.compile(rf"\b(?:{verbs})\b"),
        indefinite_act=re.compile(
            rf"^(?:[^,]{{0,50}},\s+)?{d['indefinite_subject']}\s+"
            rf"(?:(?!{aux}\b)[\w()'’\-]+\s+){{0,6}}?(?:{verbs})\b"
        ),
        verb_conjunction=re.compile(d["verb_conjunction"].replace("{verbs}", verbs)),
        separate_signal=re.compile(d["separate_signal"]),
        gap_conjunction=re.compile(d["gap_conjunction"]),
        recent_time_lead=re.compile(d["recent_time_lead"]),
        anaphoric_place=re.compile(d["anaphoric_place"]),
        also_verb=re.compile(d["also_verb"]),
        lead_stop=frozenset(w.lower() for w in d["lead_stop"]),
        also_passive=tuple(d["also_passive"]),
        conjunction_tail=re.compile(d["conjunction_tail"]),
        word=re.compile(d["word"]),
        markdown=re.compile(h["markdown"]),
        bold=re.compile(h["bold"]),
        colon_not_header=re.compile(h["colon_not_header"]),
        terminals=h["terminals"],
        closers=h["closers"],
    )


# --------------------------------------------------------------------------------------------
# small text helpers
# --------------------------------------------------------------------------------------------
def _words(s: str) -> list[str]:
    return _cues().word.findall(s)


# --------------------------------------------------------------------------------------------
# lost line breaks: give inline headers and list items their lines back
# --------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _layout_cues() -> _Layout:
    d = load_yaml(CUES_FILE)["layout"]
    forms = tuple(re.compile(f"(?:{p})$") for p in d["region_forms"])
    patterns = {k: re.compile(d[k]) for k, f in _Layout.__dataclass_fields__.items() if f.type == "re.Pattern[str]"}
    return _Layout(
        openers=frozenset(d["openers"].lower().split()), strict=frozenset(d["strict_openers"].lower().split()),
        forms=forms, max_words=int(d["max_header_words"]), max_title_words=int(d["max_title_words"]), **patterns,
    )


@dataclass(frozen=True)
class _Layout:
    openers: frozenset[str]
    strict: frozenset[str]
    forms: tuple[re.Pattern[str], ...]
    max_words: int
    max_title_words: int
    inline_break: re.Pattern[str]
    inline_word: re.Pattern[str]
    inline_marker: re.Pattern[str]
    header_word: re.Pattern[str]
    upper_word: re.Pattern[str]
    dateline_start: re.Pattern[str]
    source_dateline: re.Pattern[str]
    not_in_header: re.Pattern[str]
    sentence_end: re.Pattern[str]


def restore_layout(text: str, is_header_name: Any = None) -> str:
    """``text`` with lost line breaks given back (same length: only spaces become newlines).

    Pasted from a PDF or a web page, a bulletin's headers and list items run inline between
    sentences ("... over the last weeks. Sinai Wilayah On the 3rd of ..."). After a sentence end
    (or at the very start), a short run of words is a header when it is followed by a sentence
    opener, a list marker or a number, and it is a region header in a group's naming form
    ("X Wilayah", "Wilayat X", "the Wilayah of X"), a name ``is_header_name`` accepts (a known
    region, country or province), or a run in capitals ("IRAQ", "CLAIMS SUMMARY: SINAI"); a list
    marker or a numbered item after a sentence end starts a line. Text that kept its layout has
    none of these runs inline and comes back unchanged.
    """
    lay = _layout_cues()
    openers, forms = lay.openers, lay.forms
    upper_doc = is_upper_document(text)
    out: list[str] | None = None

    def brk(i: int) -> None:
        nonlocal out
        if out is None:
            out = list(text)
        if out[i] in " \t":
            out[i] = "\n"

    # a headline run into the dateline: "Shell kills four children in Taiz TAIZ, Yemen, Sept 19 (Wire) - ..."
    head_nl = text.find("\n", 0, 400)
    starts_dated = any(p.match(text[:300]) for p in _cues().dateline_prefixes)
    for m in lay.dateline_start.finditer(text, 1, head_nl if head_nl > 0 else min(len(text), 400)):
        if starts_dated:
            break
        rest = text[m.end(): m.end() + 300]
        if any(p.match(rest) for p in _cues().dateline_prefixes) or lay.source_dateline.match(rest):
            brk(m.start())
            break
    for m in lay.inline_break.finditer(text):
        a = m.end()  # first character after the break
        if m.start() > 0 and text[m.start() - 1] == "." and _abbrev_before(text, m.start() - 1):
            continue
        mk = lay.inline_marker.match(text, a)
        if mk and m.start() > 0 and text[m.start() - 1] in ".!?:":
            brk(m.start())  # "... soldiers. - Heet: gunmen ..." / "... killed. 2. North-West region."
            continue
        limit = lay.max_title_words if not text[: m.start()].strip() else lay.max_words
        words = [w for w in lay.inline_word.finditer(text, a, min(len(text), a + 200))][: limit + 1]
        opens_sentence = bool(words) and words[0].group().lower() in openers
        for k in range(1, min(limit, len(words) - 1) + 1):
            head = words[:k]
            nxt = words[k]
            if "\n" in text[a:nxt.start()]:
                break
            htext = text[a:head[-1].end()]
            if not head[0].group()[0].isupper() or lay.not_in_header.search(htext):
                break
            upper = all(lay.upper_word.match(w.group()) for w in head)
            titled = upper or all(lay.header_word.match(w.group()) for w in head)
            nw = nxt.group()
            follows = (nw.lower().strip("\"“,") in openers and nw[0].isupper()) or bool(
                lay.inline_marker.match(text, nxt.start())) or nw[0].isdigit()
            name = htext.rstrip(":")
            ok = False
            form = False
            if upper and not upper_doc and sum(c.isalpha() for c in htext) >= 4 and (
                nw[0].isupper() and any(c.islower() for c in nw)
            ):
                ok = True  # "IRAQ Anbar - ...", "CLAIMS SUMMARY: SINAI AND IRAQ Summary of ..."
                follows = True
            elif titled and any(f.match(name) for f in forms):
                ok = form = True  # "Sinai Wilayah On ...", "The Wilayah of the Sahel: summary of the week"
                follows = follows or htext.endswith(":") or nw[0].isupper()
            elif opens_sentence or upper_doc:
                continue  # "The group said ...": a sentence, not a header; in capitals, every word looks like one
            elif titled and k <= lay.max_words and is_header_name is not None and follows and is_header_name(name):
                ok = True
            elif not upper and nw in {o.capitalize() for o in lay.strict}:
                ok = True  # "Incidents during the reporting period On the night of ..."
            nl = text.find("\n", head[-1].end())
            rest = text[head[-1].end(): nl if nl >= 0 else len(text)]
            if ok and follows and not (len(rest) >= 120 and lay.sentence_end.search(rest)):
                break  # the header already heads its own short line: the layout is there
            if ok and follows:
                if m.start() > 0:
                    brk(m.start())
                if not htext.endswith(":") or form or upper:
                    # "Central Africa: 2 attacks ..." is a lead on its own line, not a header above it
                    brk(head[-1].end())
                break
    _title_header(text, brk, is_header_name, lay)
    return text if out is None else "".join(out)


def _title_header(text: str, brk: Any, is_header_name: Any, lay: _Layout) -> None:
    """A headline run into a region header with no punctuation between them.

    "Sinai claims: items published between 27 Dhu al-Hijjah and 5 Muharram Sinai On 27 Dhu
    al-Hijjah, the group said ...": inside the first line, a known region name followed by a
    strict sentence opener ends the title and heads the body.
    """
    if is_header_name is None:
        return
    nl = text.find("\n")
    first = text[: nl if nl >= 0 else len(text)]
    words = list(lay.inline_word.finditer(first))[: lay.max_title_words + 4]
    strict = {o.capitalize() for o in lay.strict}
    for i in range(2, len(words) - 1):
        if lay.sentence_end.search(text[words[0].start(): words[i].start()]):
            return  # past the first sentence: not a title any more
        for k in range(1, 4):
            if i + k >= len(words) or words[i + k].group() not in strict:
                continue
            head = words[i: i + k]
            if not all(lay.header_word.match(w.group()) for w in head) or not head[0].group()[0].isupper():
                continue
            if head[-1].group().endswith(":") or words[i - 1].group().islower():
                continue  # "bombings in Iraq: At least ...": part of the title's own phrase
            rest = first[words[i + k].start():]
            if len(rest) < 120 or not lay.sentence_end.search(rest):
                continue
            if is_header_name(text[head[0].start(): head[-1].end()]):
                brk(head[0].start() - 1)
                brk(head[-1].end())
                return


# --------------------------------------------------------------------------------------------
# headers and sections
# --------------------------------------------------------------------------------------------
@dataclass
class _Header:
    line_start: int
    line_end: int
    name_start: int
    name_end: int
    rank: float


RANK_TITLE = 0.0
RANK_UPPER = 1.5
RANK_BOLD = 2.5
RANK_REGION = 3.0
RANK_NUMBERED = 3.0


def _is_title_case(words: list[str], small: frozenset[str]) -> bool:
    seen = False
    for w in words:
        if w.lower() in small:
            continue
        if w[0].isupper() or w[0].isdigit() or w[0] in "(":
            seen = seen or w[0].isupper()
            continue
        # "al-Din", "el-Fasher": lower-case particle with a hyphen
        if "-" in w and w.split("-", 1)[0].lower() in small:
            continue
        return False
    return seen


def _is_upper_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _header_at(
    text: str,
    ln: tuple[int, int],
    prev: tuple[int, int] | None,
    nxt: tuple[int, int] | None,
    first: bool,
    upper_doc: bool,
    prev_is_header: bool,
) -> _Header | None:
    c = _cues()
    a, b = _trim(text, *ln)
    if a >= b:
        return None
    s = text[a:b]
    if c.separator.match(s):
        return None
    m = c.markdown.match(s)
    if m:
        na, nb = a + m.start(2), a + m.end(2)
        na, nb = _trim(text, na, nb)
        if na < nb:
            return _Header(ln[0], ln[1], na, nb, float(len(m.group(1))))
        return None
    m = c.bold.match(s)
    if m and len(_words(m.group(1))) <= c.header["title_max_words"]:
        na, nb = _trim(text, a + m.start(1), a + m.end(1))
        if nb > na and text[nb - 1] == ":":
            nb -= 1
        return _Header(ln[0], ln[1], na, nb, RANK_BOLD)
    if c.dateline_line.match(s) or c.metadata.match(s):
        return None
    prev_text = text[prev[0] : prev[1]].strip() if prev else ""
    next_text = text[nxt[0] : nxt[1]].strip() if nxt else ""
    prev_blank = not prev_text
    next_blank = not next_text
    if s[-1] in c.terminals or (s[-1] in c.closers and len(s) > 1 and s[-2] in c.terminals):
        return None
    colon = s.endswith(":")
    marker = c.list_marker.match(s)
    body = s[marker.end() :] if marker else s
    name_off = a + (marker.end() if marker else 0)
    name = body[:-1].rstrip() if colon else body
    words = _words(name)
    if not words:
        return None
    # a header starts a unit: after a blank line, a sentence end, a list item or another header
    prev_ok = (
        prev_blank
        or prev_is_header
        or prev_text[-1] in ".!?:\"”'’)]"
        or bool(c.list_marker.match(prev_text))
        or colon
    )
    if not prev_ok:
        return None
    n_words = len(words)
    has_trigger = bool(c.triggers.search(name.lower()))
    name_end = name_off + len(name)
    # a headline: the first line, separated from the story by a blank line
    if first and not marker and n_words <= c.header["title_max_words"] and nxt is not None and (
        next_blank or c.dateline_line.match(next_text)
    ) and not colon:
        if not upper_doc or n_words <= c.header["max_words"]:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_TITLE)
    # a long all-caps title standing alone between blank lines in a mixed-case document
    # ("ATTACK ON OFFICERS IN X COUNTY AND OPERATION IN Y COUNTY" under "PRESS STATEMENT")
    if (
        not upper_doc and not marker and not colon and _is_upper_line(name) and prev_blank
        and (next_blank or nxt is None) and n_words <= c.header["title_max_words"]
    ):
        return _Header(ln[0], ln[1], name_off, name_end, RANK_UPPER)
    if n_words > c.header["max_words"] or len(name) > c.header["max_chars"]:
        return None
    if colon:
        if c.colon_not_header.search(name):
            return None
        if _is_title_case(words, c.small_words) or _is_upper_line(name) or n_words <= 3:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_REGION)
        return None
    if _is_upper_line(name):
        if not upper_doc:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_UPPER)
        if prev_blank and (next_blank or nxt is None) and not has_trigger:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_UPPER)
        return None
    if has_trigger or upper_doc:
        return None
    if _is_title_case(words, c.small_words):
        return _Header(ln[0], ln[1], name_off, name_end, RANK_NUMBERED if marker else RANK_REGION)
    # a short sentence-case label on its own line, the body starting on the next line:
    # "Key figures", "Sahel region", "Incidents during the reporting period"
    if (
        not marker
        and n_words <= c.header["label_max_words"]
        and name[0].isupper()
        and next_text
        and (next_text[0].isupper() or next_text[0].isdigit())
        and not c.dateline_line.match(next_text)
    ):
        return _Header(ln[0], ln[1], name_off, name_end, RANK_REGION)
    return None


def _find_headers(text: str) -> list[_Header]:
    upper_doc = is_upper_document(text)
    lines = _lines(text)
    out: list[_Header] = []
    first_content = next((i for i, ln in enumerate(lines) if text[ln[0] : ln[1]].strip()), None)
    prev_header_line = -2
    for i, ln in enumerate(lines):
        if not text[ln[0] : ln[1]].strip():
            continue
        prev = lines[i - 1] if i > 0 else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        h = _header_at(text, ln, prev, nxt, i == first_content, upper_doc, prev_header_line == i - 1)
        if h is not None:
            out.append(h)
            prev_header_line = i
    return out


def sections(doc: Document) -> list[Section]:
    """Cut the document into sections under headers (one header-less section when none)."""
    text = doc.text
    headers = _find_headers(text)
    if not headers:
        return [Section(start=0, end=len(text), header=None, level=0)]
    levels = {r: i + 1 for i, r in enumerate(sorted({h.rank for h in headers}))}
    out: list[Section] = []
    first = headers[0].line_start
    if text[:first].strip():
        out.append(Section(start=0, end=first, header=None, level=0))
    for i, h in enumerate(headers):
        start = 0 if (i == 0 and not out) else h.line_start
        end = headers[i + 1].line_start if i + 1 < len(headers) else len(text)
        out.append(
            Section(
                start=start,
                end=end,
                header=Evidence.of(text, h.name_start, h.name_end),
                level=levels[h.rank],
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# paragraphs and sentences
# --------------------------------------------------------------------------------------------
def _body_start(text: str, sec: Section) -> int:
    if sec.header is None:
        return sec.start
    nl = text.find("\n", sec.header.end, sec.end)
    return sec.end if nl < 0 else nl + 1


def _strip_furniture(text: str, a: int, b: int) -> tuple[int, bool]:
    """Skip a wire dateline and bracketed editorial tags; (new start, dateline found)."""
    c = _cues()
    seg = text[a:b]
    found = False
    if True:
        for p in c.dateline_prefixes:
            m = p.match(seg)
            if m and m.end() < len(seg):
                lead = seg[: m.end()]
                place = lead.split(",", 1)[0]
                # keep "Kandahar, 3 May: gunmen ..." (a roundup lead) but strip wire datelines
                if _is_upper_line(place) or "(" in lead or "--" in lead:
                    a += m.end()
                    seg = text[a:b]
                    found = True
                break
    m = c.bracket_tags.match(seg)
    if m and m.end() < len(seg):
        a += m.end()
    return a, found


# --------------------------------------------------------------------------------------------
# sentence features
# --------------------------------------------------------------------------------------------
@dataclass
class _Feat:
    start: int
    end: int
    act: bool
    cue: str | None
    cont_start: str | None
    cont_any: bool
    cont_weak: bool
    aggregate: bool
    background: bool
    dates: dict[str, set[str]]
    month_or_year: bool
    places: set[str]
    also: bool
    followup: bool = False  # "died of his wounds", "the toll rose": about the current casualties
    rel_past: bool = False  # "several days prior": a date of its own, relative to the story
    any_place: bool = False  # a named place or an anaphoric one ("near the town")
    casualty_only: bool = False  # a toll re-told without an act of its own ("... had been wounded")
    none_stmt: bool = False  # "No casualties were reported"
    antecedent: bool = False  # "The unrest followed a peaceful sit-in on Saturday ..."
    indefinite: bool = False  # all-caps text: "A MILITARY PATROL CLASHED ..." (a new act)
    recent_new_act: bool = False  # "Earlier this month, a column attacked ...": not background
    head: tuple[int, int] | None = None  # shared subject/date/verb of a split sentence
    split: str | None = None  # "conj" / "gap": a later piece of a multi-event sentence


def _date_keys(exprs: list[DateExpr]) -> tuple[dict[str, set[str]], bool]:
    """What the sentence's date expressions say, as comparable keys (docs/rules/segmentation.md,
    "new date"): ``md`` a calendar day (month-day), ``num`` a numeric day, ``wd`` a weekday,
    ``rel`` a day relative to the report ("yesterday", "last night"); and whether a month or a
    year is told (a month alone, a year alone, a date with its year)."""
    keys: dict[str, set[str]] = {}
    vague = False

    def add(kind: str, v: str) -> None:
        keys.setdefault(kind, set()).add(v)

    for e in exprs:
        cal = "h" if e.calendar == Calendar.HIJRI else ""
        if e.kind in ("date", "range") and e.m1 is not None and e.d1 is not None:
            kind = "num" if e.rules[0].startswith(("numeric", "date-iso")) else "md"
            add(kind, f"{cal}{e.m1}-{e.d1}")
            if e.kind == "range" and e.d2 is not None:
                add(kind, f"{cal}{e.m2 or e.m1}-{e.d2}")
            if e.weekday is not None:
                add("wd", str(e.weekday))
        elif e.kind == "weekday" and e.weekday is not None:
            add("wd", str(e.weekday))
        elif e.kind == "deictic" and e.rules[0].startswith("deictic:") and e.hi - e.lo <= 1:
            add("rel", f"{e.lo}:{e.hi}")
        if e.kind in ("month", "year") or (e.y1 is not None and e.calendar == Calendar.GREGORIAN):
            vague = True
    return keys, vague


def _place_words(ann: Annotation, a: int, b: int, upper_doc: bool, lead: str | None = None) -> set[str]:
    """Words of the places a sentence names: the toponym detector's spans when the annotation
    has them, else the gazetteer-free cue (a capitalised run after a locative preposition; in
    an all-caps text, a run before or after a place word such as "VILLAGE")."""
    c = _cues()
    s = ann.text[a:b]
    found: list[str] = []
    if TOPONYMS_GROUP in ann.doc.spans:
        found += [f.text for f in ann.spans(TOPONYMS_GROUP, a, b)]
    elif upper_doc:
        found += [m.group(1) for m in c.place_upper_suffix.finditer(s)]
        found += [m.group(1) for m in c.place_upper_prefix.finditer(s)]
    else:
        found += [m.group(1) for m in c.place_mixed.finditer(s)]
    if lead:
        found.append(lead)
    out: set[str] = set()
    for f in found:
        ws = [w.lower().removesuffix("'s").removesuffix("’s") for w in _words(f)]
        if ws and ws[0] in c.not_places:
            continue
        for w in ws:
            if w in c.place_generic or w in c.not_places or w in c.small_words or w.isdigit():
                continue
            out.add(w)
    return out


def _features(ann: Annotation, a: int, b: int, upper_doc: bool, lead: str | None = None) -> _Feat:
    c = _cues()
    text = ann.text
    s = text[a:b]
    low = s.lower()
    core = low.lstrip("\"'“‘«([ ")
    marker = c.list_marker.match(core)
    if marker:
        core = core[marker.end() :]
    act = bool(c.triggers.search(low)) and not c.non_act.search(low)
    cue = next((k for k, p in c.new_event if p.match(core)), None)
    cont = next((k for k, p in c.cont_start if p.match(low)), None)
    dates, vague = _date_keys(dates_in(ann, a, b))
    places = _place_words(ann, a, b, upper_doc, lead)
    casualty_only = act and not c.triggers.search(c.casualty_masks.sub(" ", low)) if act else False
    return _Feat(
        start=a,
        end=b,
        act=act,
        cue=cue,
        cont_start=cont,
        cont_any=bool(c.cont_any.search(low)),
        cont_weak=bool(c.cont_weak.search(low)),
        aggregate=bool(c.aggregate.search(low)),
        background=bool(c.background.search(low)),
        dates=dates,
        month_or_year=vague,
        places=places,
        followup=bool(c.followup.search(low)),
        rel_past=bool(c.relative_past.search(low)),
        any_place=bool(places) or bool(c.anaphoric_place.search(low)),
        casualty_only=casualty_only,
        none_stmt=casualty_only and bool(c.casualty_none.search(low)),
        antecedent=act and bool(c.antecedent.search(low)),
        indefinite=upper_doc and act and bool(c.indefinite_act.match(core)),
        recent_new_act=act and not upper_doc and bool(c.recent_time_lead.match(core))
        and bool(c.indefinite_act.match(core)),
        also=any(not m.group(0).startswith(c.also_passive)
                 for m in c.also_verb.finditer(low)) if "also" in low else False,
    )


_Piece = tuple[int, int, "tuple[int, int] | None", "str | None"]


def _split_clauses(ann: Annotation, a: int, b: int, upper_doc: bool) -> list[_Piece]:
    """Split one sentence that tells several events (docs/rules/segmentation.md, 2.1).

    Returns (start, end, head, kind) pieces: ``head`` is the span of the sentence's shared
    subject / date (and verb, for a gapped object) that a later piece lacks, ``kind`` how the
    piece was split off (None for the first piece and for the clause splitters).
    """
    whole: list[_Piece] = [(a, b, None, None)]
    text = ann.text
    parts = _split_on(ann, a, b, upper_doc, _cues().clause_split)
    if parts:
        return [(x, y, None, None) for x, y in parts]
    if upper_doc:
        return whole
    c = _cues()
    low = text[a:b].lower()
    # "forces arrested 14 suspects in A and destroyed three devices around B"
    parts = _split_on(ann, a, b, upper_doc, c.verb_conjunction)
    if parts:
        v = c.active_verb.search(low, 0, parts[0][1] - a)
        head = _trim(text, a, a + v.start()) if v else None
        head = head if head and head[0] < head[1] else None
        return [(parts[0][0], parts[0][1], None, None)] + [(x, y, head, "conj") for x, y in parts[1:]]
    # "In separate attacks on Monday, gunmen killed two farmers in A and a teacher in B"
    if c.separate_signal.search(low):
        parts = _split_on(ann, a, b, upper_doc, c.gap_conjunction, gapped=True)
        if parts:
            v = c.active_verb.search(low, 0, parts[0][1] - a)
            if v:
                head = (a, a + v.end())
                return [(parts[0][0], parts[0][1], None, None)] + [(x, y, head, "gap") for x, y in parts[1:]]
    return whole


def _split_on(
    ann: Annotation, a: int, b: int, upper_doc: bool, splitter: re.Pattern[str], gapped: bool = False
) -> list[tuple[int, int]] | None:
    """Pieces of text[a:b] cut at ``splitter`` when each piece is its own act in its own place.

    ``gapped``: the later pieces are objects of the first piece's verb ("... and a teacher in
    B"): they need a place of their own but no act word.
    """
    text = ann.text
    low = text[a:b].lower()
    cuts = list(splitter.finditer(low))
    if not cuts:
        return None
    bounds: list[tuple[int, int]] = []
    pos = a
    for m in cuts:
        bounds.append((pos, a + m.start()))
        sep = m.group(0)
        # ", and in Helmand ...": the place phrase stays with the second clause
        pos = a + (m.end() if not sep.rstrip().endswith(" in") else m.start() + sep.rindex(" in") + 1)
    bounds.append((pos, b))
    parts = [_trim(text, x, y) for x, y in bounds]
    parts = [p for p in parts if p[0] < p[1]]
    if len(parts) < 2:
        return None
    feats = [_features(ann, x, y, upper_doc) for x, y in parts]
    if gapped:
        if not (feats[0].act and feats[0].places) or not all(f.places and not f.act for f in feats[1:]):
            return None
    elif not all(f.act and (f.places or f.dates) for f in feats):
        return None
    places = [frozenset(f.places) for f in feats]
    if len(set(places)) < len(places) or any(p1 & p2 for i, p1 in enumerate(places) for p2 in places[i + 1 :]):
        return None
    if gapped or splitter is not _cues().clause_split:
        # a conjunction split needs a place in every piece (a date alone is not enough)
        if not all(places):
            return None
    # each clause keeps the text up to the next clause (separator included in the earlier one)
    out = []
    for i, (x, _) in enumerate(parts):
        y = parts[i + 1][0] if i + 1 < len(parts) else b
        x2, y2 = _trim(text, x, y)
        while y2 > x2 and text[y2 - 1] in ",;":
            y2 -= 1
        if i + 1 < len(parts):
            # drop the conjunction itself from the end of the earlier piece ("... in A and")
            tail = _cues().conjunction_tail.search(text[x2:y2])
            if tail:
                y2 = x2 + tail.start()
        out.append((x2, y2))
    return out


# --------------------------------------------------------------------------------------------
# grouping sentences into mentions
# --------------------------------------------------------------------------------------------
@dataclass
class _Open:
    section: int
    paragraph: int
    cue: str
    pieces: list[tuple[int, int]] = field(default_factory=list)
    dates: dict[str, set[str]] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    last_unit: int = -1
    rules: list[str] = field(default_factory=list)
    background: bool = False
    heads: list[tuple[int, int]] = field(default_factory=list)

    def add(self, text: str, f: _Feat, unit: int) -> None:
        self.pieces.append((f.start, f.end))
        if f.head is not None and f.head not in self.heads:
            self.heads.append(f.head)
        for k, v in f.dates.items():
            self.dates.setdefault(k, set()).update(v)
        self.places |= f.places
        self.words |= {w.lower() for w in _words(text[f.start : f.end])}
        self.last_unit = unit

    def add_lead(self, text: str, f: _Feat) -> None:
        """Put a dated lead sentence (no act of its own) in front of this event."""
        self.pieces.insert(0, (f.start, f.end))
        for k, v in f.dates.items():
            self.dates.setdefault(k, set()).update(v)
        self.places |= f.places
        self.words |= {w.lower() for w in _words(text[f.start : f.end])}


def _new_date(f: _Feat, cur: _Open) -> bool:
    common = set(f.dates) & set(cur.dates)
    return any(not (f.dates[k] & cur.dates[k]) for k in common)


def _own_date(f: _Feat, cur: _Open) -> bool:
    """The sentence names a day date the current event does not have ("since Aug. 14")."""
    return any(k not in cur.dates or not (f.dates[k] & cur.dates[k]) for k in f.dates)


def _new_place(f: _Feat, cur: _Open) -> bool:
    if not f.places or not cur.places:
        return False
    return not (f.places & cur.words)


def _to_mention(text: str, o: _Open) -> Mention:
    pieces = sorted(o.pieces)
    merged: list[list[int]] = []
    for a, b in pieces:
        if merged and (a <= merged[-1][1] or not text[merged[-1][1] : a].strip()):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    start, end = merged[0][0], merged[-1][1]
    # the shared subject / date of a split sentence is evidence, outside the main span
    heads = [h for h in o.heads if not any(a <= h[0] and h[1] <= b for a, b in merged)]
    spans = [Evidence.of(text, a, b) for a, b in sorted(heads + [tuple(m) for m in merged])]
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        spans=spans,
        section=o.section,
        paragraph=o.paragraph,
        cue=o.cue,
        rules=o.rules,
        background=o.background,
    )


def mentions(doc: Document, sections: list[Section], annotation: Annotation | None = None) -> list[Mention]:
    """One Mention per event mention, in document order (see docs/rules/segmentation.md).

    ``annotation`` is the document's :class:`~sitrep.annotate.Annotation` (dates, and toponyms
    when that detector ran); None annotates the document here (standalone callers)."""
    text = doc.text
    ann = dated(doc, annotation)
    c = _cues()
    upper_doc = is_upper_document(text)
    done: list[_Open] = []
    par_index = 0
    for si, sec in enumerate(sections):
        units = _paragraphs(text, _body_start(text, sec), sec.end)
        cur: _Open | None = None
        for unit in units:
            unit.index = par_index
            par_index += 1
            ua, dateline = _strip_furniture(text, unit.start, unit.end)
            if dateline:
                cur = None  # a dateline starts a new story
            marker = c.list_marker.match(text, ua, unit.end)
            if marker:
                ua = marker.end()
            lead = None
            if not upper_doc:
                lm = c.place_lead.match(text[ua : unit.end])
                if lm and not c.triggers.search(lm.group(1).lower()) and _is_title_case(
                    _words(lm.group(1)), c.small_words
                ) and lm.group(1).split()[0].lower() not in c.lead_stop:
                    lead = lm.group(1)
            sents: list[_Piece] = []
            for sa, sb in _sentences(text, ua, unit.end, upper_doc):
                sents.extend(_split_clauses(ann, sa, sb, upper_doc))
            item = unit.kind == "bullet" or lead is not None
            pending: _Feat | None = None  # a dated lead sentence without an act (3.2)
            for k, (sa, sb, head, split) in enumerate(sents):
                f = _features(ann, sa, sb, upper_doc, lead if k == 0 else None)
                f.head, f.split = head, split
                first_in_unit = k == 0
                if split is not None and cur is not None:
                    # a later piece of a multi-event sentence: its own event (2.1)
                    cur = _open(done, text, f, si, unit, f"split-{split}", [f"segment:split:{split}"])
                    continue
                before = cur
                n_done = len(done)
                n_pieces = len(before.pieces) if before is not None else 0
                if (
                    pending is not None and cur is not None and f.act and k == 1
                    and not pending.dates and _new_place(pending, cur)
                    and not (f.places and not _new_place(f, cur))
                    and not (f.followup or f.casualty_only or f.aggregate or f.background)
                ):
                    # "By midday the group had moved to the outskirts of X. There, the gunmen
                    # shot at traders.": a paragraph led by a move to a new place is a new event
                    cur = _open(done, text, f, si, unit, "new-place", ["segment:new-place", "segment:place-lead-sentence"])
                    cur.add_lead(text, pending)
                    pending = None
                    continue
                cur = _step(text, f, cur, done, si, unit, first_in_unit, lead is not None and k == 0)
                if len(done) > n_done and pending is not None and not done[-1].background:
                    # "On 20 October, troops carried out an operation near X. Six fighters were
                    # killed.": the dated lead belongs to the event the next sentence opens
                    done[-1].add_lead(text, pending)
                    pending = None
                elif (
                    not f.act
                    and f.dates
                    and len(done) == n_done
                    and (cur is None or cur is not before or len(cur.pieces) == n_pieces)
                ):
                    pending = f
                elif (
                    first_in_unit and not f.act and not f.dates and f.places and unit.kind == "para"
                    and cur is not None and len(done) == n_done and len(cur.pieces) == n_pieces
                    and _new_place(f, cur) and not (f.aggregate or f.background)
                ):
                    pending = f  # a paragraph led by a sentence naming a new place only
                if item and first_in_unit and cur is before and (
                    before is None or before.last_unit != unit.index
                ):
                    # a new roundup item (list item, "Place - ..." lead) never continues the
                    # previous item's event: its later sentences stay with its own (background)
                    # mention or with none (3.0)
                    cur = done[-1] if len(done) > n_done else None
        # sections close their events
    mentions_out = [_to_mention(text, o) for o in done if o.pieces]
    mentions_out.sort(key=lambda m: (m.start, m.end))
    return mentions_out


#: mention rule of a casualty statement that opened a mention in prose (dedup may merge it)
CASUALTY_STATEMENT_RULE = "segment:casualty-statement"


def _open(done: list[_Open], text: str, f: _Feat, si: int, unit: _Unit, cue: str, rules: list[str]) -> _Open:
    if f.casualty_only and unit.kind == "para" and cue in ("first", "new-place", "new-date", "on_date"):
        rules = [*rules, CASUALTY_STATEMENT_RULE]
    o = _Open(section=si, paragraph=unit.index, cue=cue, rules=rules)
    o.add(text, f, unit.index)
    done.append(o)
    return o


def _step(
    text: str,
    f: _Feat,
    cur: _Open | None,
    done: list[_Open],
    si: int,
    unit: _Unit,
    first_in_unit: bool,
    place_lead: bool,
) -> _Open | None:
    """Decide what one sentence does: open an event, continue one, or stay outside any."""
    day_dated = bool(f.dates)
    # 1. aggregates are never events
    if f.aggregate and not (day_dated and f.act and f.cue):
        if not (cur is not None and f.cont_start in ("anaphor", "result") and day_dated):
            return cur
    # 2. background references: kept apart only with their own date and place
    # "The bombing was the deadliest since Aug. 14, when ...": an anaphor that goes on to tell an
    # older act with its own date and place is a background reference, not the current event
    older = (
        f.background and f.act and cur is not None and f.cont_start == "anaphor"
        and day_dated and f.places and _own_date(f, cur)
    )
    speaks_of_current = cur is not None and not older and (
        f.cont_start in ("claim", "pronoun", "quote", "result")
        or (f.cont_start == "anaphor" and not f.month_or_year)
    )
    if f.background and not speaks_of_current and not f.recent_new_act and not (
        f.cue and f.act and day_dated and not f.month_or_year
    ):
        if older or (f.act and (day_dated or f.month_or_year or f.rel_past) and f.any_place and not (
            cur is not None and f.cont_start in ("anaphor", "result")
        )):
            o = _Open(section=si, paragraph=unit.index, cue="background", rules=["background"], background=True)
            o.add(text, f, unit.index)
            done.append(o)
        return cur
    # 3. a list item opens a new event when it tells an act
    if unit.kind == "bullet" and first_in_unit:
        if f.act:
            return _open(done, text, f, si, unit, "item", ["segment:item"])
        return None
    # 4. explicit new-event cue at the start of the sentence
    cue = f.cue
    if cue == "on_date" and cur is not None and not _new_date(f, cur):
        # "On Tuesday, the bomber ..." re-tells the current event
        if cur.dates or f.cont_start or f.cont_any:
            cue = None
    if cue is not None:
        if f.act:
            return _open(done, text, f, si, unit, cue, [f"segment:cue:{cue}"])
        if cue in ("at_time", "on_date", "later", "hours_later") and cur is not None:
            cur.add(text, f, unit.index)
            return cur
        return None
    # 5. a lead place ("Kandahar: ...") opens a roundup item
    if place_lead and f.act and (cur is None or _new_place(f, cur) or not f.cont_start):
        return _open(done, text, f, si, unit, "place-lead", ["segment:place-lead"])
    # 6. continuation cues at the start attach to the current event
    if (
        f.cont_start == "attribution"
        and not f.act
        and cur is not None
        and cur.last_unit != unit.index
        and not f.cont_any
    ):
        return cur  # an official's comment in a later paragraph, not about the act itself
    if f.antecedent and cur is not None and _new_date(f, cur) and not f.casualty_only:
        # "The unrest followed a peaceful sit-in on Saturday ...": the earlier act is its own event
        o = _open(done, text, f, si, unit, "antecedent", ["segment:antecedent"])
        return cur if o is not cur else o
    if f.none_stmt and not f.dates and not f.places:
        # "No casualties were reported.": about the current event (same unit) or about nothing
        if cur is not None and cur.last_unit == unit.index:
            cur.add(text, f, unit.index)
        return cur
    if f.cont_start and cur is not None and not (
        f.act
        and (_new_date(f, cur) or _new_place(f, cur) or f.also)
        and f.cont_start not in ("anaphor", "result")
    ):
        cur.add(text, f, unit.index)
        return cur
    if f.act:
        if cur is not None and f.indefinite and first_in_unit and cur.last_unit != unit.index and not (
            f.cont_start or f.cont_any
        ):
            # all caps, a new paragraph: "A MILITARY PATROL CLASHED WITH ..." tells a new act
            return _open(done, text, f, si, unit, "indefinite", ["segment:indefinite"])
        if cur is None:
            cue0 = "item" if unit.kind == "line" else "first"
            return _open(done, text, f, si, unit, cue0, [f"segment:{cue0}"])
        if _new_date(f, cur):
            return _open(done, text, f, si, unit, "new-date", ["segment:new-date"])
        if _new_place(f, cur) and not f.followup:
            # "One protester died of his wounds, a source in X said" still tells the current event
            return _open(done, text, f, si, unit, "new-place", ["segment:new-place"])
        if unit.kind == "line" and first_in_unit and not f.cont_start and not f.cont_any and not f.cont_weak:
            return _open(done, text, f, si, unit, "item", ["segment:item"])
        if f.also and f.cont_start not in ("anaphor", "result"):
            return _open(done, text, f, si, unit, "also", ["segment:cue:also"])
        cur.add(text, f, unit.index)
        return cur
    # 7. no act: stays with the current event when it plainly speaks about it
    if cur is not None and (
        cur.last_unit == unit.index
        or (f.cont_start and f.cont_start != "attribution")
        or f.cont_any
    ):
        cur.add(text, f, unit.index)
        return cur
    return cur
