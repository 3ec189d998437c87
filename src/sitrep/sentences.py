"""The one layout and sentence rule: lines, paragraph units and sentences of report text.

Every stage reads sentences from the annotated document (:mod:`sitrep.annotate`), whose spaCy
component ``sitrep_sentences`` applies :func:`sentence_spans` to each unit of :func:`paragraphs`
(a block of prose between blank lines, or one line or list item of a bulletin). segment.py uses the
same functions, so the sentences every stage sees are the ones segmentation saw. The rule (docs/rules/segmentation.md): a sentence ends at ``.``, ``!`` or ``?`` (with closing
quotes or brackets) followed by white space and a capitalised word, a digit, an opening quote or
bracket or a list marker, except after an abbreviation (``segment_cues.yaml: abbreviations``), an
initial or a dotted acronym (U.S., e.g.). Abbreviations that often end a sentence (a.m., etc.)
end one before a capitalised word, except in all-capitals text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .resources import load_yaml

_SPACE = " \t\n"
_SENT_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s)")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]?")
_OPENERS = "\"'“‘«([-–—•*"


_BLANK = re.compile(r"\n[ \t]*\n")
_LINE_END = ".!?:\"”’')]"


@dataclass(frozen=True)
class _Rules:
    abbreviations: frozenset[str]
    final: frozenset[str]
    list_marker: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = load_yaml("segment_cues.yaml")
    return _Rules(
        abbreviations=frozenset(a.lower() for a in d["abbreviations"]),
        final=frozenset(a.lower() for a in d["sentence_final_abbreviations"]),
        list_marker=re.compile(d["list_marker"], re.IGNORECASE),
    )


def list_marker_end(text: str, pos: int = 0, end: int | None = None) -> int | None:
    """Where the list marker ("-", "•", "3.", "(b)") that opens ``text[pos:end]`` ends, if any."""
    m = _rules().list_marker.match(text[pos : len(text) if end is None else end])
    return pos + m.end() if m else None


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without leading and trailing spaces, tabs and newlines."""
    while a < b and text[a] in _SPACE:
        a += 1
    while b > a and text[b - 1] in _SPACE:
        b -= 1
    return a, b


def ends_abbreviation(text: str, dot: int) -> bool:
    """The full stop at ``dot`` ends an abbreviation or an initial ("U.S.", "Gen.")."""
    w = dot
    while w > 0 and not text[w - 1].isspace():
        w -= 1
    token = text[w:dot].lower().rstrip(".")
    return token in _rules().abbreviations or len(token) == 1 or bool(_DOTTED.fullmatch(token))


def _capitalised_word(text: str, j: int, b: int) -> bool:
    return j + 1 < b and text[j].isupper() and text[j + 1].islower()


def sentence_spans(text: str, a: int = 0, b: int | None = None, upper_doc: bool = False) -> list[tuple[int, int]]:
    """Sentence spans in ``text[a:b]`` (trimmed), with abbreviation and initials handling."""
    b = len(text) if b is None else b
    r = _rules()
    abbreviations, final = r.abbreviations, r.final
    out: list[tuple[int, int]] = []
    s0 = a
    for m in _SENT_END.finditer(text, a, b):
        end = m.end()
        j = end
        while j < b and text[j] in _SPACE:
            j += 1
        if j >= b:
            break
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        if text[m.start()] == ".":
            k = m.start()
            w = k
            while w > s0 and not text[w - 1].isspace() and text[w - 1] not in "(\"'“":
                w -= 1
            token = text[w:k].lower().rstrip(".")
            if token in final and not upper_doc and _capitalised_word(text, j, b):
                pass  # "at 10 a.m. Gunmen then ..." ends a sentence
            elif token in abbreviations or (len(token) == 1 and token.isalpha()) or _DOTTED.fullmatch(token):
                continue
        sa, sb = trim(text, s0, end)
        if sa < sb:
            out.append((sa, sb))
        s0 = end
    sa, sb = trim(text, s0, b)
    if sa < sb:
        out.append((sa, sb))
    return out


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each line in text[start:end], newline excluded."""
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl < 0:
            out.append((pos, end))
            break
        out.append((pos, nl))
        pos = nl + 1
    return out


def is_upper_document(text: str) -> bool:
    """True for documents written in capitals (old radio transcripts, telex)."""
    head = text[:20000]
    upper = sum(map(str.isupper, head))  # counted in C: this runs twice per document
    lower = sum(map(str.isalpha, head)) - upper if upper else 0
    return upper + lower > 0 and upper / (upper + lower) > 0.85


@dataclass
class Unit:
    start: int
    end: int
    kind: str  # "para" (a block of prose), "line" (one line of a bulletin), "bullet" (list item)
    index: int = 0  # paragraph index in the document
    lead_place: str | None = None  # "Kandahar: ..." lead


_BLANK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str, start: int, end: int) -> list[Unit]:
    """Blocks between blank lines; inside a block, list items and bulletin lines are units."""
    units: list[Unit] = []
    pos = start
    blocks: list[tuple[int, int]] = []
    for m in _BLANK.finditer(text, start, end):
        blocks.append((pos, m.start()))
        pos = m.end()
    blocks.append((pos, end))
    for ba, bb in blocks:
        ba, bb = trim(text, ba, bb)
        if ba >= bb:
            continue
        lines = [ln for ln in line_spans(text, ba, bb) if text[ln[0] : ln[1]].strip()]
        if not lines:
            continue  # a block of white space that trim() keeps ("\r", "\x0b")
        if len(lines) == 1:
            kind = "bullet" if _rules().list_marker.match(text[ba:bb]) else "para"
            units.append(Unit(ba, bb, kind))
            continue
        ends = [text[ln[0] : ln[1]].rstrip() for ln in lines[:-1]]
        unterminated = sum(1 for s in ends if s and s[-1] not in ".!?:\"”’')]")
        wrapped = unterminated * 2 >= len(ends)
        cur_start = lines[0][0]
        cur_kind = "bullet" if _rules().list_marker.match(text[lines[0][0] : lines[0][1]]) else None
        pieces: list[tuple[int, int, str | None]] = []
        for i in range(1, len(lines)):
            ln = lines[i]
            s = text[ln[0] : ln[1]]
            stripped = s.lstrip()
            is_marker = bool(_rules().list_marker.match(s))
            prev_s = text[lines[i - 1][0] : lines[i - 1][1]].rstrip()
            hard = is_marker or (
                not wrapped
                and bool(stripped)
                and not stripped[0].islower()
                and bool(prev_s)
                and prev_s[-1] in ".!?:\"”’')]"
            )
            if hard:
                pieces.append((cur_start, lines[i - 1][1], cur_kind))
                cur_start = ln[0]
                cur_kind = "bullet" if is_marker else None
        pieces.append((cur_start, lines[-1][1], cur_kind))
        multi = len(pieces) > 1
        for pa, pb, k in pieces:
            pa, pb = trim(text, pa, pb)
            units.append(Unit(pa, pb, k or ("line" if multi else "para")))
    return units


def text_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of a whole text: :func:`sentence_spans` over each unit of :func:`paragraphs`,
    a unit's list marker kept with its first sentence."""
    upper = is_upper_document(text)
    out: list[tuple[int, int]] = []
    for u in paragraphs(text, 0, len(text)):
        marker = list_marker_end(text, u.start, u.end)  # "1. Clash in ...": the marker ends no sentence
        spans = sentence_spans(text, marker or u.start, u.end, upper)
        if marker and spans:
            spans[0] = (u.start, spans[0][1])
        out.extend(spans)
    return out
