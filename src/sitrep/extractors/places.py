"""Toponyms in a span of a document: gazetteer-backed capitalised n-grams plus patterns.

``find_toponyms(doc, start, end, gazetteer)`` returns :class:`~sitrep.model.Toponym` objects
with absolute evidence offsets. How it reads text (see docs/rules/places.md):

1. tokens are words split on spaces and single hyphens; runs of capitalised tokens, with the
   lower-case joiners of ``geo_lexicon.yaml: connectors`` inside ("Mocimboa da Praia",
   "Deir ez-Zor"), are candidate names;
2. inside a run the longest n-gram the gazetteer knows (aliases included) wins, left to right;
   single words in ``not_places`` or spaCy's English stop words are skipped, and a match glued
   to an unknown capitalised word ("Hassan Ali Khan") is dropped as part of a longer name;
3. a following qualifier ("X province", "X district", "X village") or a preceding one ("the
   village of X") sets ``qualifier`` and lets unknown names through (rule ``places:pattern``);
4. a near cue ("near X", "outskirts of X", "10 km north of X") makes ``kind="near"``;
   "the road between X and Y" / "the X-Y road" make ``kind="road"``;
5. country names are ``kind="country"``; nationality adjectives ("Afghan forces") are
   ``kind="country"`` with ``qualifier="demonym"`` (weak evidence of the country).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Evidence, Toponym
from ..resources import load_yaml

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’]*[^\W_])?")
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ez", "adh", "ath"})


@dataclass(frozen=True)
class Lexicon:
    qualifiers: dict[str, str]
    qualifier_re: re.Pattern
    prefix_re: re.Pattern
    near_re: re.Pattern
    connectors: frozenset[str]
    not_places: frozenset[str]
    demonyms: dict[str, str]
    not_place_re: re.Pattern | None = None
    stop_words: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = load_yaml("geo_lexicon.yaml")
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        STOP_WORDS = set()
    quals = {k.lower(): v for k, v in data["qualifiers"].items()}
    qual_alt = "|".join(re.escape(q) for q in sorted(quals, key=len, reverse=True))
    prefix_alt = "|".join(re.escape(q) for q in sorted(data["qualifier_prefixes"], key=len, reverse=True))
    near_alt = "|".join(
        re.escape(q).replace(r"\ ", r"\s+") for q in sorted(data["near_cues"], key=len, reverse=True)
    )
    not_places = {w.lower() for w in data["not_places"]} | {w.lower() for w in STOP_WORDS}
    return Lexicon(
        qualifiers=quals,
        qualifier_re=re.compile(rf"[ \t]+({qual_alt})\b", re.I),
        prefix_re=re.compile(rf"\b(?:the\s+)?({prefix_alt})\s+of\s+\Z", re.I),
        near_re=re.compile(
            rf"(?:\b(?:{near_alt})|\d\s*(?:km|kilometres|kilometers|miles))\s+(?:the\s+)?"
            rf"(?:(?:{prefix_alt})\s+of\s+)?(?:the\s+)?\Z",
            re.I,
        ),
        connectors=frozenset(c.lower() for c in data["connectors"]),
        not_places=frozenset(not_places),
        demonyms=_with_plurals({k: v for k, v in data["demonyms"].items() if v}),
        not_place_re=_phrase_re(data.get("not_place_phrases") or ()),
        stop_words=frozenset(w.lower() for w in STOP_WORDS),
    )


def _with_plurals(demonyms: dict[str, str]) -> dict[str, str]:
    """Nationality words and their plurals as nouns for people ("Afghans", "Iraqis",
    "Filipinos"); words in -s, -sh, -ch and -ese have none ("Swiss", "British", "Sudanese")."""
    out = dict(demonyms)
    for w, code in demonyms.items():
        if not w.endswith(("s", "sh", "ch", "ese", "x", "z")):
            out.setdefault(w + "s", code)
    return out


def _phrase_re(phrases) -> re.Pattern | None:  # noqa: ANN001
    """Names that contain a place word but are not places ("Hayat Tahrir al-Sham")."""
    if not phrases:
        return None
    alts = []
    for ph in sorted(phrases, key=len, reverse=True):
        words = re.split(r"[\s\-‐]+", ph.strip())
        alts.append(r"[\s\-‐]+".join(re.escape(w) for w in words))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    cap: bool
    gap: str  # text between the previous token and this one
    poss: bool = False  # ended in a possessive 's (a name ends there: "Mogadishu's Hodan")


def _tokens(text: str, start: int, end: int, shadow: str | None = None) -> list[_Tok]:
    """Word tokens; ``shadow`` (same length as ``text``) decides capitalisation when given."""
    out: list[_Tok] = []
    prev_end = start
    prev_poss = False
    src = shadow if shadow is not None else text
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.start(), m.end()
        w = m.group()
        poss = False
        if w.endswith(("'s", "’s", "'S", "’S")) and len(w) > 3:
            e -= 2
            w = w[:-2]
            poss = True
        gap = text[prev_end:s]
        if prev_poss and gap == " ":
            gap = "'s "  # a possessive ends the name before it
        out.append(_Tok(s, e, w, src[s:s + 1].isupper(), gap, poss))
        prev_end = m.end()
        prev_poss = poss
    return out


def _joined(t: _Tok) -> bool:
    """True when a token follows the previous one inside a name (one space or a hyphen)."""
    return t.gap in (" ", "-", "‐")


_CAPS_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|of|from|to|toward|towards|into|between|and|outside|around|across)\s+"
    r"(?:the\s+)?(?:(?!(?:a|an)\s)[^\W\d_]+\s+)?|(?:^|\n)[ \t*#]*)\Z",
    re.I,
)


def _all_caps(text: str, start: int, end: int) -> bool:
    """True when the span is written in capitals (telex / old wire style)."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < 20:
        return False
    return sum(1 for c in letters if c.isupper()) / len(letters) > 0.8


def _caps_shadow(text: str, start: int, end: int, lex: "Lexicon") -> str:
    """Same-length copy of an ALL-CAPS text with words capitalised as in ordinary prose:
    stop words and name joiners in lower case, other words capitalised."""
    chars = list(text)
    for m in _TOKEN.finditer(text, start, end):
        w = m.group()
        low = w.lower()
        if len(low) != len(w):
            continue
        base = low[:-2] if low.endswith(("'s", "’s")) else low
        if base in lex.stop_words or base in lex.connectors:
            chars[m.start():m.end()] = low
        else:
            chars[m.start():m.end()] = w[0] + low[1:]
    return "".join(chars)


def _runs(toks: list[_Tok], lex: Lexicon) -> list[list[_Tok]]:
    """Maximal runs of capitalised tokens (with connectors inside)."""
    runs: list[list[_Tok]] = []
    cur: list[_Tok] = []
    for i, t in enumerate(toks):
        if t.cap and (cur and _joined(t) or not cur):
            cur.append(t)
            continue
        if t.cap:
            runs.append(cur)
            cur = [t]
            continue
        low = t.text.lower()
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            low in lex.connectors
            and nxt is not None
            and nxt.cap
            and _joined(nxt)
            and (cur and _joined(t) or (not cur and low in _ARTICLES and nxt.gap == "-"))
        ):
            cur.append(t)
            continue
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if r]


def _is_blocked(tok: _Tok, lex: Lexicon, caps: bool = False) -> bool:
    low = tok.text.lower()
    if low in lex.not_places or low in _ARTICLES:
        return True  # a bare article ("Al" of "Al Shabaab") is never a place
    return not caps and tok.text.isupper() and len(tok.text) > 1


def _country_names(gazetteer) -> frozenset[str]:  # noqa: ANN001
    from ..geo.schema import name_key

    names = getattr(gazetteer, "_sitrep_country_keys", None)
    if names is None:
        names = {name_key(p.name) for p in gazetteer.countries()}
        from ..geo.gazetteer import aliases

        # short and former names of countries ("Burma", "Holland"; place_aliases.yaml)
        names |= {k for k, group in aliases().items()
                  if any(other in names and cc for other, cc in group)}
        names = frozenset(names)
        try:
            gazetteer._sitrep_country_keys = names
        except AttributeError:  # pragma: no cover - a gazetteer with __slots__
            pass
    return names


def find_toponyms(doc: Document, start: int, end: int, gazetteer) -> list[Toponym]:  # noqa: ANN001
    """Place names in ``doc.text[start:end]`` (absolute evidence), in text order."""
    from ..geo.schema import name_key

    text = doc.text
    start, end = max(0, start), min(len(text), end)
    lex = lexicon()
    caps = _all_caps(text, start, end)
    toks = _tokens(text, start, end, _caps_shadow(text, start, end, lex) if caps else None)
    if lex.not_place_re is not None:
        blocked = [(m.start(), m.end()) for m in lex.not_place_re.finditer(text, start, end)]
        if blocked:
            toks = [
                _Tok(t.start, t.end, t.text, False, t.gap, t.poss)
                if any(a <= t.start < b for a, b in blocked) else t
                for t in toks
            ]
    found: list[Toponym] = []
    countries = _country_names(gazetteer)
    max_n = max(1, getattr(gazetteer, "max_name_tokens", 5))

    for run in _runs(toks, lex):
        i = 0
        n = len(run)
        while i < n:
            if not run[i].cap and run[i].text.lower() not in _ARTICLES:
                i += 1
                continue
            hit = None
            for length in range(min(max_n + 1, n - i), 0, -1):
                last = run[i + length - 1]
                if not last.cap:
                    continue
                piece = run[i : i + length]
                capt = [t for t in piece if t.cap]
                if len(capt) == 1 and (
                    _is_blocked(capt[0], lex, caps) or capt[0].text in lex.demonyms
                ):
                    continue  # demonyms are read below as country evidence
                name = text[piece[0].start : last.end]
                if gazetteer.has_name(name):
                    hit = (i, i + length, name)
                    break
            if hit is None:
                # unknown single name: kept only when a pattern vouches for it (below)
                t = run[i]
                if t.cap and not _is_blocked(t, lex, caps):
                    j = i + 1
                    while (
                        j < n
                        and run[j].cap
                        and not _is_blocked(run[j], lex, caps)
                        and not gazetteer.has_name(run[j].text)
                    ):
                        j += 1
                    # take the whole unknown capitalised stretch
                    pname = text[t.start : run[j - 1].end]
                    top = _pattern_only(text, t.start, run[j - 1].end, pname, start, end, lex)
                    if top is not None:
                        found.append(top)
                    i = j
                else:
                    i += 1
                continue
            a, b, name = hit
            s, e = run[a].start, run[b - 1].end
            # glued to another capitalised, unknown, non-qualifier word: part of a longer name
            before = run[a - 1] if a > 0 else None
            after = run[b] if b < n else None
            vouched = _qualifier_after(text, e, end, lex) or _prefix_before(text, s, start, lex)
            if caps:
                # capitals carry no information: a name needs a locative word before it,
                # a qualifier, a near cue, or to be a country or a multi-word name
                if not (
                    vouched
                    or b - a > 1
                    or name_key(name) in countries
                    or _CAPS_LOCATIVE.search(text, max(start, s - 30), s)
                    or _near_before(text, s, start, lex)
                ):
                    i = b
                    continue
            elif _glued(before, run[a].gap, lex, gazetteer) or (
                after is not None and _glued(after, after.gap, lex, gazetteer)
            ):
                if not vouched:
                    if before is None or not before.cap:
                        # "near Tal Rifaat": the whole capitalised stretch after a near cue
                        j = b
                        while j < n and run[j].cap and not _is_blocked(run[j], lex):
                            j += 1
                        top = _pattern_only(text, s, run[j - 1].end, text[s:run[j - 1].end],
                                            start, end, lex)
                        if top is not None:
                            found.append(top)
                            i = j
                            continue
                    i = b
                    continue
            found.append(_make(text, s, e, name, start, end, lex, countries, name_key))
            i = b

    found = _with_entities(found, text, start, end, gazetteer, lex, countries, name_key)

    # demonyms ("Afghan forces") as weak country evidence
    covered = [(t.evidence.start, t.evidence.end) for t in found]
    for t in toks:
        code = lex.demonyms.get(t.text) or (lex.demonyms.get(t.text.capitalize()) if caps else None)
        if code and not any(a <= t.start < b for a, b in covered):
            found.append(
                Toponym(
                    text=t.text,
                    evidence=Evidence.of(text, t.start, t.end),
                    kind="country",
                    qualifier="demonym",
                    rules=["places:demonym", f"places:demonym={code}"],
                )
            )
    found.sort(key=lambda t: t.evidence.start)
    _share_plural_qualifiers(found, text)
    _roads(found, text)
    return found


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP"})


#: longest slice handed to spaCy at once (its ``max_length`` is 1,000,000 characters; a parse is
#: cheaper in bounded pieces)
NLP_SECTION = 100_000


def sections(text: str, start: int, end: int, size: int) -> list[tuple[int, int]]:
    """``[start, end)`` cut into pieces of at most ``size`` characters, each ending after a
    paragraph break, else a line break, else a space when one is near (offsets stay absolute)."""
    out = []
    a = start
    while end - a > size:
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, a + size // 2, a + size)
            if cut >= 0:
                cut += len(sep)
                break
        if cut < 0:
            cut = a + size
        out.append((a, cut))
        a = cut
    if end > a:
        out.append((a, end))
    return out


def _with_entities(found, text, start, end, gazetteer, lex, countries, name_key):  # noqa: ANN001
    """Model mode only (a statistical NER is loaded, ``SITREP_NLP=model``/``auto``): drop gazetteer
    matches that the model reads as a person, organisation or group and that no qualifier or
    "near" cue vouches for ("Al" in a name, a surname that is also a village), and add place
    entities (GPE, LOC, FAC) the rules missed when the gazetteer knows them. Without a model the
    rule-based list is returned unchanged."""
    from ..nlp import get_nlp

    nlp = get_nlp()
    if "ner" not in nlp.pipe_names or end <= start:
        return found
    ents = [(a + e.start_char, a + e.end_char, e.label_) for a, b in sections(text, start, end, NLP_SECTION)
            for e in nlp(text[a:b]).ents]
    if not ents:
        return found
    kept = list(found)
    covered = [(x.evidence.start, x.evidence.end) for x in kept]
    for a, b, lab in ents:
        if lab not in _PLACE_LABELS or any(x < b and a < y for x, y in covered):
            continue
        name = text[a:b]
        if name.lower().startswith("the "):
            a, name = a + 4, name[4:]
        if gazetteer.has_name(name):
            top = _make(text, a, b, name, start, end, lex, countries, name_key)
            kept.append(top.model_copy(update={"rules": [*top.rules, "places:ner"]}))
    kept.sort(key=lambda x: x.evidence.start)
    return kept


def _glued(tok, gap: str, lex: Lexicon, gazetteer) -> bool:  # noqa: ANN001
    if tok is None or not tok.cap:
        return False
    low = tok.text.lower()
    if low in lex.not_places or low in lex.qualifiers:
        return False
    return not (gap == "-" and gazetteer.has_name(tok.text))


def _qualifier_after(text: str, e: int, limit: int, lex: Lexicon) -> str | None:
    m = lex.qualifier_re.match(text, e, min(limit, e + 40))
    return m.group(1).lower() if m else None


_NAME_BEFORE = re.compile(r"[A-Z][\w'’\-]*[ \t]+\Z")


def _prefix_before(text: str, s: int, limit: int, lex: Lexicon) -> str | None:
    m = lex.prefix_re.search(text, max(limit, s - 40), s)
    if m is None:
        return None
    if not m.group(0).lower().startswith("the") and _NAME_BEFORE.search(
        text, max(limit, m.start() - 40), m.start()
    ):
        return None  # "Yaqshid district of Mogadishu": the qualifier belongs to Yaqshid
    return m.group(1).lower()


def _near_before(text: str, s: int, limit: int, lex: Lexicon) -> bool:
    return lex.near_re.search(text, max(limit, s - 60), s) is not None


def _make(text, s, e, name, lo, hi, lex, countries, name_key) -> Toponym:  # noqa: ANN001
    rules = ["places:gazetteer"]
    qual = _qualifier_after(text, e, hi, lex)
    ev_end = e
    if qual:
        ev_end = e + len(text[e:hi]) - len(text[e:hi].lstrip(" \t")) + len(qual)
        rules.append(f"places:qualifier={qual}")
    else:
        qual = _prefix_before(text, s, lo, lex)
        if qual:
            rules.append(f"places:prefix={qual}")
    if not qual:
        last = name.rsplit(None, 1)[-1].lower() if " " in name else ""
        if last in lex.qualifiers:
            qual = last
            rules.append(f"places:qualifier={qual}")
    kind = "place"
    level = lex.qualifiers.get(qual or "", "")
    if name_key(name) in countries and not qual:
        kind = "country"
    elif level in ("admin1", "admin2", "admin3", "area"):
        kind = "region"
    if _near_before(text, s, lo, lex):
        kind = "near"
        rules.append("places:near")
    return Toponym(
        text=name,
        evidence=Evidence.of(text, s, ev_end),
        kind=kind,
        qualifier=qual,
        rules=rules,
    )


def _pattern_only(text, s, e, name, lo, hi, lex) -> Toponym | None:  # noqa: ANN001
    """An unknown capitalised name that a qualifier pattern vouches for ("Foo village")."""
    qual = _qualifier_after(text, e, hi, lex)
    prefix = None if qual else _prefix_before(text, s, lo, lex)
    if not qual and not prefix:
        if _near_before(text, s, lo, lex) and len(name) >= 4:
            # "near Tal Rifaat": a near cue vouches for an unknown name (resolved fuzzily)
            return Toponym(text=name, evidence=Evidence.of(text, s, e), kind="near",
                           qualifier=None, rules=["places:pattern", "places:near"])
        return None
    q = qual or prefix
    ev_end = e
    if qual:
        ev_end = e + len(text[e:hi]) - len(text[e:hi].lstrip(" \t")) + len(qual)
    level = lex.qualifiers.get(q or "", "")
    kind = "region" if level in ("admin1", "admin2", "admin3", "area") else "place"
    rules = ["places:pattern", f"places:{'qualifier' if qual else 'prefix'}={q}"]
    if _near_before(text, s, lo, lex):
        kind = "near"
        rules.append("places:near")
    return Toponym(text=name, evidence=Evidence.of(text, s, ev_end), kind=kind, qualifier=q,
                   rules=rules)


_PLURAL = {"provinces": "province", "districts": "district", "villages": "village",
           "governorates": "governorate", "areas": "area"}


def _share_plural_qualifiers(tops: list[Toponym], text: str) -> None:
    """'Kunar and Nangarhar provinces': the first name gets the plural's qualifier too."""
    for i in range(len(tops) - 2, -1, -1):
        a, b = tops[i], tops[i + 1]
        if a.qualifier or b.qualifier not in _PLURAL:
            continue
        between = text[a.evidence.end : b.evidence.start]
        if re.fullmatch(r"\s*(,|and|,\s*and|&)\s*", between):
            q = _PLURAL[b.qualifier]
            kind = "region" if q in ("province", "district", "governorate", "area") else a.kind
            tops[i] = a.model_copy(update={
                "qualifier": q,
                "kind": "near" if a.kind == "near" else kind,
                "rules": [*a.rules, f"places:shared-qualifier={q}"],
            })


_ROAD_BETWEEN = re.compile(r"\b(?:road|highway|route|motorway)\s+(?:between|from|linking|connecting)\s+\Z", re.I)
_ROAD_AFTER = re.compile(r"\A\s*(?:-|–|—|to|and)\s*\Z", re.I)
_ROAD_WORD = re.compile(r"[ \t]+(?:road|highway|route|motorway)\b", re.I)


_BETWEEN = re.compile(r"(?:\b(\w+)\s+)?between\s+\Z", re.I)
#: words before "between X and Y" that make X and Y parties or end points, not a location
_BETWEEN_NOT_PLACE = frozenset({
    "clashes", "clash", "fighting", "fight", "fights", "talks", "war", "conflict", "tension",
    "tensions", "agreement", "deal", "border", "borders", "relations", "match", "flights",
    "flight", "trade", "dispute", "rivalry", "ties", "cooperation", "truce", "ceasefire",
    "exchange", "exchanges", "negotiations", "meeting", "split", "divided", "difference",
    "choose", "chose", "travelled", "traveled", "commute", "moving", "moved", "shuttled",
})


def _roads(tops: list[Toponym], text: str) -> None:
    """'the road between X and Y', 'the X-Y highway', 'the road from X to Y' -> kind road."""
    for i, t in enumerate(tops):
        # the other end point may be a name the gazetteer lacks ("the road between Jalalabad
        # and Torkham"): the first is a road end point all the same
        pre = text[max(0, t.evidence.start - 40) : t.evidence.start]
        if t.kind not in ("road", "country") and _ROAD_BETWEEN.search(pre) and re.match(
            r"\s+(?:and|to)\s+[A-Z]", text[t.evidence.end : t.evidence.end + 8]
        ):
            tops[i] = t.model_copy(update={"kind": "road", "rules": [*t.rules, "places:road"]})
    for i in range(len(tops) - 1):
        a, b = tops[i], tops[i + 1]
        between = text[a.evidence.end : b.evidence.start]
        if not _ROAD_AFTER.match(between):
            continue
        pre = text[max(0, a.evidence.start - 40) : a.evidence.start]
        rule = None
        if _ROAD_BETWEEN.search(pre) or _ROAD_WORD.match(text, b.evidence.end):
            rule = "places:road"
        elif (m := _BETWEEN.search(pre)) and "country" not in (a.kind, b.kind) and \
                (m.group(1) or "").lower() not in _BETWEEN_NOT_PLACE and between.strip().lower() == "and":
            # 'exploded between Jassem and Inkhil', 'the forest between X and Y': a point
            # between two places, read like a road (first place, precision 2)
            rule = "places:between"
        if rule:
            for k in (i, i + 1):
                t = tops[k]
                if t.kind != "road":
                    tops[k] = t.model_copy(update={"kind": "road", "rules": [*t.rules, rule]})
