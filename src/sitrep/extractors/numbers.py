"""Number expressions: digits and words, vague words, hedges and ranges, with offsets.

``parse_number(text)`` reads a whole string as one number expression and ``find_numbers(text)``
finds every number expression of a text; the spaCy component ``sitrep_numbers``
(:func:`detect_numbers`) finds them once per document as the span group ``numbers`` of the
annotation layer, which the counts stage (``extractors/counts.py``) reads. The coding rules are in
``docs/rules/counts.md`` ("Numbers", "Vague words", "Hedges and ranges"); the words are data in
``data/count_patterns.yaml`` and ``data/vague_numbers.tsv`` (read by ``count_lexicon``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotate import add_spans
from ..nlp import get_nlp
from .count_lexicon import CountLexicon, count_lexicon, low_word

UNKNOWN_RULE = "unknown-number:open"


# --------------------------------------------------------------------------------------------
# Public number values
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NumberValue:
    """A number expression: best figure, range bounds, offsets into the parsed text, rule tags.

    ``low``/``high`` are ``None`` when open ("at least 7" has no high; "about 30" has neither);
    an exact figure has ``low == best == high``. ``vague`` is true for words such as "several".
    """

    best: int
    low: int | None
    high: int | None
    start: int
    end: int
    text: str
    rules: tuple[str, ...] = ()
    vague: bool = False


# --------------------------------------------------------------------------------------------
# Tokens
# --------------------------------------------------------------------------------------------
@dataclass
class Toks:
    text: str | Doc  # the whole text the offsets point into (or its spaCy Doc)
    starts: list[int]
    ends: list[int]
    raw: list[str]
    lows: list[str]
    n: int = 0
    numbers: dict[int, NumberValue] = field(default_factory=dict)  # detector findings by start offset

    def __post_init__(self) -> None:
        self.n = len(self.lows)

    def touching(self, a: int, b: int) -> bool:
        """Tokens a and b are adjacent without a space between them."""
        return 0 <= a < self.n and 0 <= b < self.n and self.ends[a] == self.starts[b]


def toks_of(text: str | Doc, spans: list[Span]) -> Toks:
    """The words of ``spans`` (spaCy tokens of the annotated document) as one stream; quotation
    marks and white space are left out ('killed "more than 10" soldiers' reads as 'killed more
    than 10 soldiers')."""
    quotes = count_lexicon().w["quotes"]
    starts, ends, raw = [], [], []
    for span in spans:
        for tok in span:
            w = tok.text
            if tok.is_space or w in quotes:
                continue
            starts.append(tok.idx)
            ends.append(tok.idx + len(w))
            raw.append(w)
    return Toks(text, starts, ends, raw, [low_word(r) for r in raw])


def is_word(tok: str) -> bool:
    return tok[:1].isalpha()


# --------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------
@dataclass
class _Core:
    value: int
    end: int  # token index after the core
    vague: bool
    rules: tuple[str, ...]


def digits_value(tok: str) -> int | None:
    """'12' -> 12, '1,200' -> 1200 (groups of three after the first); None otherwise."""
    if tok.isdecimal():
        return int(tok)
    head, *groups = tok.split(",")
    if groups and 1 <= len(head) <= 3 and head.isdecimal() and all(len(g) == 3 and g.isdecimal() for g in groups):
        return int(tok.replace(",", ""))
    return None


def _is_decimal(tok: str) -> bool:
    """'1.5', '0.75': digits, a point, digits."""
    whole, point, frac = tok.partition(".")
    return bool(point) and whole.isdecimal() and frac.isdecimal()


def _sub_hundred(lx: CountLexicon, t: Toks, i: int) -> tuple[int, int] | None:
    """'twenty-three', 'twenty three', 'seven', 'nineteen' -> (value, next index)."""
    if i >= t.n:
        return None
    w = t.lows[i]
    if w in lx.tens:
        v = lx.tens[w]
        j = i + 1
        if j < t.n and t.lows[j] == "-" and j + 1 < t.n and t.lows[j + 1] in lx.units:
            u = lx.units[t.lows[j + 1]]
            if 1 <= u <= 9:
                return v + u, j + 2
        if j < t.n and t.lows[j] in lx.units and 1 <= lx.units[t.lows[j]] <= 9:
            return v + lx.units[t.lows[j]], j + 1
        return v, j
    if w in lx.units:
        return lx.units[w], i + 1
    return None


def _below_thousand(lx: CountLexicon, t: Toks, i: int) -> tuple[int, int] | None:
    """'one hundred and five', 'a hundred', 'ninety-nine' -> (value, next index)."""
    if i >= t.n:
        return None
    w = t.lows[i]
    if w in lx.w["articles"] and i + 1 < t.n and t.lows[i + 1] in lx.hundred:
        v, j = 100, i + 2
    else:
        sub = _sub_hundred(lx, t, i)
        if sub is None:
            return None
        v, j = sub
        if v < 10 and j < t.n and t.lows[j] in lx.hundred:
            v, j = v * 100, j + 1
        else:
            return v, j
    # after 'hundred': optional 'and' + sub-hundred
    k = j + 1 if j < t.n and t.lows[j] == "and" else j
    sub = _sub_hundred(lx, t, k)
    if sub is not None:
        return v + sub[0], sub[1]
    return v, j


def _word_number(lx: CountLexicon, t: Toks, i: int) -> tuple[int, int] | None:
    total = 0
    first = _below_thousand(lx, t, i)
    if first is None:
        if (
            i + 1 < t.n
            and t.lows[i] in lx.w["articles"]
            and t.lows[i + 1] in lx.scales
        ):
            first = (1, i + 1)
        else:
            return None
    v, j = first
    last_scale = None
    while j < t.n and t.lows[j] in lx.scales:
        scale = lx.scales[t.lows[j]]
        if last_scale is not None and scale >= last_scale:
            break
        total += v * scale
        last_scale = scale
        j += 1
        k = j + 1 if j < t.n and t.lows[j] in ("and", ",") else j
        nxt = _below_thousand(lx, t, k)
        if nxt is None:
            return total, j
        v, j = nxt
        if j < t.n and t.lows[j] in lx.scales and lx.scales[t.lows[j]] >= scale:
            return total, k if k != j else j
    return total + v, j


def _scan_core(lx: CountLexicon, t: Toks, i: int) -> _Core | None:
    if i >= t.n:
        return None
    w = t.lows[i]
    # vague words and idioms ("several", "a dozen", "dozens", "tens of thousands")
    vm = lx.vague.forward(t.lows, i, t.n)
    if vm is not None:
        n, (value, kind, mult, rule) = vm
        j = i + n
        rules = [rule]
        if mult and j + 1 < t.n and t.lows[j] == "of":
            inner = lx.vague.forward(t.lows, j + 1, t.n)
            if inner is not None and inner[1][2]:
                value *= inner[1][0]
                j = j + 1 + inner[0]
                rules = [f"vague:{'-'.join(t.lows[i:j])}={value}"]
        elif kind == "vague" and j < t.n and (t.lows[j] in lx.scales or t.lows[j] in lx.hundred):
            scale = lx.scales.get(t.lows[j]) or lx.hundred[t.lows[j]]
            value = scale
            rules = [f"vague:{'-'.join(t.lows[i:j + 1])}={value}"]
            j += 1
        # "a dozen" is an exact idiom; "two dozen" is handled below
        if kind == "vague" and j < t.n:
            nxt = _scan_core(lx, t, j)
            if nxt is not None and not nxt.vague:
                return None  # 'a number of 43 people': the figure is 43, not 3 + 43
        if kind == "unknown":
            return _Core(0, j, False, (rule,))  # 'an unknown number of': adds nothing, opens high
        return _Core(value, j, kind == "vague", tuple(rules))
    # digits, with an optional scale word ("1.5 million", "2 thousand")
    dv = digits_value(w)
    if dv is not None or _is_decimal(w):
        if t.touching(i, i + 1) and is_word(t.lows[i + 1]):
            return None  # '12th', '5km', '2d'
        j = i + 1
        if dv is None:
            if j < t.n and (t.lows[j] in lx.scales or t.lows[j] in lx.hundred):
                scale = lx.scales.get(t.lows[j]) or lx.hundred[t.lows[j]]
                return _Core(int(round(float(w) * scale)), j + 1, False, ())
            return None
        if j < t.n and (t.lows[j] in lx.scales or t.lows[j] in lx.hundred):
            scale = lx.scales.get(t.lows[j]) or lx.hundred[t.lows[j]]
            return _Core(dv * scale, j + 1, False, ())
        if j < t.n and t.lows[j] in lx.dozen:
            return _Core(dv * 12, j + 1, False, ())
        return _Core(dv, j, False, ())
    if w in lx.w["articles"] and i + 1 < t.n and t.lows[i + 1] in lx.dozen:
        return _Core(12, i + 2, False, ("word:a-dozen=12",))
    wn = _word_number(lx, t, i)
    if wn is None:
        return None
    v, j = wn
    if j < t.n and t.lows[j] in lx.dozen:
        return _Core(v * 12, j + 1, False, (f"word:{'-'.join(t.lows[i:j + 1])}={v * 12}",))
    return _Core(v, j, False, ())


@dataclass
class Num:
    i: int
    j: int
    best: int
    low: int | None
    high: int | None
    rules: tuple[str, ...]
    vague: bool


def _scan_number(lx: CountLexicon, t: Toks, i: int) -> Num | None:
    """A number expression starting at token ``i``: hedge? core (range)? suffix-hedge?"""
    if i >= t.n:
        return None
    w = t.lows[i]
    # 'between 10 and 15', 'from 10 to 15'
    if w in lx.w["range_openers"]:
        a = _scan_core(lx, t, i + 1)
        joiner = "and" if w == "between" else "to"
        if a is not None and a.end < t.n and t.lows[a.end] in (joiner, "-", "–"):
            b = _scan_core(lx, t, a.end + 1)
            if b is not None and b.value > a.value:
                return Num(i, b.end, a.value, a.value, b.value, ("range:lowest",) + a.rules,
                            a.vague)
        return None
    hedge_kind, hedge_tag = None, None
    j = i
    hm = lx.hedge_prefix.forward(t.lows, i, t.n)
    if hm is not None:
        n, (hedge_kind, hedge_tag) = hm
        j = i + n
    core = _scan_core(lx, t, j)
    if core is None:
        return None
    k = core.end
    # range: '10 to 15', '10-15', 'two or three'
    if k < t.n and t.lows[k] in lx.w["range_joiners"] and not core.vague:
        if t.lows[k] != "-" or (t.touching(k - 1, k) and t.touching(k, k + 1)):
            b = _scan_core(lx, t, k + 1)
            if b is not None and not b.vague and b.value > core.value:
                rules = ("range:lowest",) + core.rules
                if hedge_tag and hedge_kind != "exact":
                    rules = (hedge_tag,) + rules
                return Num(i, b.end, core.value, core.value, b.value, rules, False)
    # suffix hedge: '20 or more', '30-odd', '20 or so'
    sm = lx.hedge_suffix.forward(t.lows, k, t.n)
    if sm is not None and hedge_kind is None:
        n, (skind, stag) = sm
        after = k + n
        if not (t.lows[k] == "plus" and after < t.n and (
            _scan_core(lx, t, after) is not None or t.lows[after] in lx.hedge_prefix_firsts
        )):
            if t.lows[k] != "-" or t.touching(k - 1, k):
                hedge_kind, hedge_tag, k = skind, stag, after
    v = core.value
    rules = core.rules
    if UNKNOWN_RULE in rules:
        return Num(i, core.end, 0, 0, None, rules, False)
    if hedge_kind is None or hedge_kind == "exact":
        if core.vague:
            return Num(i, k, v, None, None, rules, True)
        return Num(i, k, v, v, v, rules, False)
    rules = (hedge_tag,) + rules
    if hedge_kind == "floor":
        return Num(i, k, v, v, None, rules, core.vague)
    if hedge_kind in ("below", "ceiling"):
        return Num(i, k, v, None, v, rules, core.vague)
    if hedge_kind == "strict_below":
        b = max(v - 1, 0)
        return Num(i, k, b, None, b, rules, core.vague)
    return Num(i, k, v, None, None, rules, core.vague)  # approx


def _to_value(t: Toks, num: Num, base: int = 0) -> NumberValue:
    s, e = t.starts[num.i], t.ends[num.j - 1]
    return NumberValue(
        best=num.best,
        low=num.low,
        high=num.high,
        start=s - base,
        end=e - base,
        text=t.text[s:e] if isinstance(t.text, str) else t.text.char_span(s, e).text,
        rules=num.rules,
        vague=num.vague,
    )


def _string_toks(text: str) -> Toks:
    """A free-standing string's words (the public helpers below), by the same spaCy tokenizer."""
    return toks_of(text, [get_nlp().tokenizer(text)[:]])


def parse_number(text: str) -> NumberValue | None:
    """Parse ``text`` as one number expression ("1,200", "twenty-three", "at least 7", "dozens",
    "between 10 and 15"); ``None`` when it is not one (surrounding spaces are allowed)."""
    if not isinstance(text, str) or not text.strip():
        return None
    lx = count_lexicon()
    t = _string_toks(text)
    if t.n == 0:
        return None
    num = _scan_number(lx, t, 0)
    if num is None or num.j != t.n:
        return None
    return _to_value(t, num)


def _number_candidates(lx: CountLexicon, t: Toks) -> list[NumberValue]:
    """The number expression that starts at each word where one can start (they may overlap:
    "at least 7" and "7"); the reader chooses among them."""
    out: list[NumberValue] = []
    for i in range(t.n):
        if _may_start_number(lx, t, i):
            num = _scan_number(lx, t, i)
            if num is not None:
                out.append(_to_value(t, num))
    return out


def _leftmost_longest(found: list[NumberValue]) -> list[NumberValue]:
    """Candidates read left to right, each taking the words it covers (no overlaps)."""
    out: list[NumberValue] = []
    for v in found:
        if not out or v.start >= out[-1].end:
            out.append(v)
    return out


def find_numbers(text: str) -> list[NumberValue]:
    """Every number expression in ``text``, left to right, not overlapping, with offsets."""
    if not text:
        return []
    return _leftmost_longest(_number_candidates(count_lexicon(), _string_toks(text)))


#: the span group of the numbers detector, and the detector's spaCy component name
NUMBERS_GROUP = "numbers"
NUMBERS_DETECTOR = "sitrep_numbers"


@Language.component(NUMBERS_DETECTOR)
def detect_numbers(doc: Doc) -> Doc:
    """The numbers detector: every number expression of the document (digits, words, vague
    words, hedges, ranges; docs/rules/counts.md "Numbers"), found once at each word where one
    can start, as the span group ``numbers``: rule id = the expression's first rule tag (or
    ``number`` for a plain figure), value = its :class:`NumberValue` (document offsets)."""
    t = toks_of(doc, [doc[:]])  # Doc.text would rebuild the whole text: spans give the figures' text
    found = _number_candidates(count_lexicon(), t)
    add_spans(doc, NUMBERS_GROUP, [(v.start, v.end, v.rules[0] if v.rules else "number", v) for v in found])
    return doc


def _may_start_number(lx: CountLexicon, t: Toks, i: int) -> bool:
    w = t.lows[i]
    return (
        w[0].isdigit()
        or w in lx.number_starts
        or w in lx.hedge_prefix_firsts
        or w in lx.w["range_openers"]
    )
