"""Headers and sections: header lines (region names, markdown headings, bold lines, all-caps
lines, numbered headings, a headline) cut a document into :class:`~sitrep.model.Section` runs
(docs/rules/segmentation.md, "Headers")."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, Evidence, Section
from ..sentences import is_upper_document
from ..sentences import line_spans as _lines
from ..sentences import trim as _trim
from .cues import cues, is_title_case, is_upper_line, split_words


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


def _header_at(
    text: str,
    ln: tuple[int, int],
    prev: tuple[int, int] | None,
    nxt: tuple[int, int] | None,
    first: bool,
    upper_doc: bool,
    prev_is_header: bool,
) -> _Header | None:
    c = cues()
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
    if m and len(split_words(m.group(1))) <= c.header["title_max_words"]:
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
    words = split_words(name)
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
        not upper_doc and not marker and not colon and is_upper_line(name) and prev_blank
        and (next_blank or nxt is None) and n_words <= c.header["title_max_words"]
    ):
        return _Header(ln[0], ln[1], name_off, name_end, RANK_UPPER)
    if n_words > c.header["max_words"] or len(name) > c.header["max_chars"]:
        return None
    if colon:
        if c.colon_not_header.search(name):
            return None
        if is_title_case(words, c.small_words) or is_upper_line(name) or n_words <= 3:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_REGION)
        return None
    if is_upper_line(name):
        if not upper_doc:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_UPPER)
        if prev_blank and (next_blank or nxt is None) and not has_trigger:
            return _Header(ln[0], ln[1], name_off, name_end, RANK_UPPER)
        return None
    if has_trigger or upper_doc:
        return None
    if is_title_case(words, c.small_words):
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


def body_start(text: str, sec: Section) -> int:
    if sec.header is None:
        return sec.start
    nl = text.find("\n", sec.header.end, sec.end)
    return sec.end if nl < 0 else nl + 1
