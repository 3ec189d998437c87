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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Token

from ..annotate import Annotation, add_spans, annotate, doc_text, needs_gazetteer
from ..geo.gazetteer import Gazetteer, admin1_abbreviation
from ..geo.lexicon import FOREIGN_PREMISES, GROUP_NAME, LOCATIVE, PLACE_CUES, TITLE_EVENT, TOPONYMS, UNIT_AFTER, alternation, demonyms, geo_lexicon, part_levels, pattern, weak_place_cue, word_pattern
from ..geo.schema import name_key
from ..model import Document, Evidence, Toponym
from .actors import ACTORS_GROUP, ALIAS_RULE as GROUP_ALIAS_RULE, lexicon as actor_lexicon

#: the detector component: finds every toponym of a document once (span group ``toponyms``)
DETECTOR = needs_gazetteer("sitrep_toponyms")


@dataclass(frozen=True)
class Lexicon:
    qualifiers: dict[str, str]
    qualifier_re: re.Pattern
    prefix_re: re.Pattern
    near_re: re.Pattern
    connectors: frozenset[str]
    not_places: frozenset[str]
    demonyms: dict[str, str]
    articles: frozenset[str]
    plurals: dict[str, str]
    between_not_place: frozenset[str]
    place_labels: frozenset[str]
    possessives: tuple[str, ...]
    facilities: frozenset[str]
    not_place_re: re.Pattern | None = None
    stop_words: frozenset[str] = frozenset()
    prepositions: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    compass: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = geo_lexicon()
    quals = {k.lower(): v for k, v in data["qualifiers"].items()}
    qual_alt = alternation(quals)
    prefix_alt = alternation(data["qualifier_prefixes"])
    near_alt = alternation(data["near_cues"], spaces=True)
    units = alternation(data["distance_units"])
    demonym_alt = alternation(sorted(demonyms()))  # "north of the Iraqi capital Baghdad"
    not_places = {w.lower() for w in data["not_places"]} | {w.lower() for w in STOP_WORDS}
    return Lexicon(
        qualifiers=quals,
        qualifier_re=re.compile(rf"[ \t]+({qual_alt})\b", re.I),
        prefix_re=re.compile(rf"\b(?:the\s+)?({prefix_alt})\s+of\s+\Z", re.I),
        near_re=re.compile(
            rf"(?:\b(?:{near_alt})|\d\s*(?:{units}))\s+(?:the\s+)?"
            rf"(?:(?:{prefix_alt})\s+of\s+|(?:{demonym_alt})\s+(?:{prefix_alt})\s+(?:of\s+)?)?(?:the\s+)?\Z",
            re.I,
        ),
        connectors=frozenset(c.lower() for c in data["connectors"]),
        not_places=frozenset(not_places),
        demonyms=demonyms(),
        articles=frozenset(a.lower() for a in data["articles"]),
        plurals={k.lower(): v for k, v in data["plural_qualifiers"].items()},
        between_not_place=frozenset(w.lower() for w in data["between_not_place"]),
        place_labels=frozenset(data["place_entity_labels"]),
        possessives=tuple(data["possessives"]),
        facilities=frozenset(w.lower() for w in data["facility_nouns"]),
        not_place_re=_phrase_re(data.get("not_place_phrases") or ()),
        stop_words=frozenset(w.lower() for w in STOP_WORDS),
        prepositions=frozenset(w.lower() for w in data["feature_prepositions"]),
        name_joiners=frozenset(w.lower() for w in data["name_joiners"]),
        compass=frozenset(w.lower() for w in data["compass_words"]),
    )


def _phrase_re(phrases) -> re.Pattern | None:  # noqa: ANN001
    """Names that contain a place word but are not places ("Hayat Tahrir al-Sham")."""
    if not phrases:
        return None
    sep = pattern("phrase_separator")
    alts = []
    for ph in sorted(phrases, key=len, reverse=True):
        alts.append(sep.pattern.join(re.escape(w) for w in sep.split(ph.strip())))
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.I)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    cap: bool
    gap: str  # text between the previous token and this one
    poss: bool = False  # ended in a possessive 's (a name ends there: "Mogadishu's Hodan")


def _words(text: str, tokens: Iterable[Token], lex: Lexicon) -> list[tuple[int, int, bool, int]]:
    """The words of the annotation's spaCy tokens: (start, end, possessive, end with the
    possessive). A word is a run of letters, digits and apostrophes inside one token
    (``geo_patterns.yaml: word``); a possessive 's that spaCy splits off ends the word before it."""
    word = pattern("word")
    out: list[tuple[int, int, bool, int]] = []
    for tok in tokens:
        a = tok.idx
        b = a + len(tok.text)
        if tok.text in lex.possessives or tok.text.lower() in lex.possessives:
            if out and out[-1][3] == a and out[-1][1] - out[-1][0] >= 2 and not out[-1][2]:
                s, e, _, _ = out[-1]
                out[-1] = (s, e, True, b)
                continue
        for m in word.finditer(text, a, b):
            s, e = m.span()
            poss = False
            if m.group().endswith(("'s", "’s", "'S", "’S")) and e - s > 3:
                e -= 2
                poss = True
            out.append((s, e, poss, m.end()))
    return out


def _word_toks(text: str, start: int, words: list[tuple[int, int, bool, int]],
               shadow: str | None) -> list[_Tok]:
    """Word tokens with their gaps; ``shadow`` (same length as ``text``) decides capitalisation."""
    out: list[_Tok] = []
    prev_end = start
    prev_poss = False
    src = shadow if shadow is not None else text
    for s, e, poss, full_end in words:
        gap = text[prev_end:s]
        if prev_poss and gap == " ":
            gap = "'s "  # a possessive ends the name before it
        out.append(_Tok(s, e, text[s:e], src[s:s + 1].isupper(), gap, poss))
        prev_end = full_end
        prev_poss = poss
    return out


def _joined(t: _Tok) -> bool:
    """True when a token follows the previous one inside a name (one space or a hyphen)."""
    return t.gap in (" ", "-", "‐")


def _all_caps(text: str, start: int, end: int) -> bool:
    """True when the span is written in capitals (telex / old wire style)."""
    letters = [c for c in text[start:end] if c.isalpha()]
    if len(letters) < 20:
        return False
    return sum(1 for c in letters if c.isupper()) / len(letters) > 0.8


def _caps_shadow(text: str, words: list[tuple[int, int, bool, int]], lex: Lexicon) -> str:
    """Same-length copy of an ALL-CAPS text with words capitalised as in ordinary prose:
    stop words and name joiners in lower case, other words capitalised."""
    chars = list(text)
    for s, _, _, e in words:
        w = text[s:e]
        low = w.lower()
        if len(low) != len(w):
            continue
        base = low[:-2] if low.endswith(("'s", "’s")) else low
        if base in lex.stop_words or base in lex.connectors:
            chars[s:e] = low
        else:
            chars[s:e] = w[0] + low[1:]
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
            and (cur and _joined(t) or (not cur and low in lex.articles and nxt.gap == "-"))
        ):
            cur.append(t)
            continue
        if cur:
            runs.append(cur)
        cur = []
    if cur:
        runs.append(cur)
    return [r for r in runs if r]


#: the most words of a name on either side of a joiner ("Saint Kitts and Nevis")
JOINED_WORDS = 3


def _joined_names(runs: list[list[_Tok]], toks: list[_Tok], text: str, gazetteer: Gazetteer,
                  lex: Lexicon) -> list[list[_Tok]]:
    """Two runs with a joiner word between them (``name_joiners``: "and") become one where the
    gazetteer knows the whole name ("Jammu and Kashmir's Pulwama district", "Bosnia and
    Herzegovina"); "Kunar and Nangarhar provinces" stays two names."""
    if len(runs) < 2:
        return runs
    index = {id(t): i for i, t in enumerate(toks)}
    out = [runs[0]]
    for run in runs[1:]:
        prev = out[-1]
        i, j = index[id(prev[-1])], index[id(run[0])]
        mid = toks[i + 1] if j == i + 2 else None
        if mid is not None and mid.text.lower() in lex.name_joiners and not prev[-1].poss \
                and mid.gap == " " and run[0].gap == " ":
            heads = range(max(0, len(prev) - JOINED_WORDS), len(prev))
            tails = range(min(len(run), JOINED_WORDS), 0, -1)
            if any(prev[h].cap and gazetteer.has_name(text[prev[h].start:run[k - 1].end])
                   for h in heads for k in tails):
                out[-1] = [*prev, mid, *run]
                continue
        out.append(run)
    return out


def _country_tails(runs: list[list[_Tok]], text: str, gazetteer: Gazetteer,
                   countries: frozenset[str] | set[str]) -> list[list[_Tok]]:
    """A run that ends in a country's name after a place of that country, written without a
    comma ("in Maiduguri Nigeria", "near Tripoli Libya", "North Waziristan Pakistan"), is read as
    two names, the place and its country, not as one longer unknown name; a run the gazetteer
    knows whole ("South Sudan", "Papua New Guinea") stays one, and so does a name with no place
    of that country ("Michael Jordan")."""
    out: list[list[_Tok]] = []
    for run in runs:
        cut = None
        for c in range(1, len(run)):
            tail = text[run[c].start:run[-1].end]
            if run[c].gap != " " or not run[c].cap or not run[c - 1].cap or run[c - 1].poss \
                    or name_key(tail) not in countries:
                continue
            country = gazetteer.country(tail)
            if country is not None and not gazetteer.has_name(text[run[0].start:run[-1].end]) \
                    and gazetteer.lookup(text[run[0].start:run[c - 1].end], iso2=country.iso2, limit=1):
                cut = c
            break
        if cut is None:
            out.append(run)
        else:
            out.extend([run[:cut], run[cut:]])
    return out


def _is_blocked(tok: _Tok, lex: Lexicon, caps: bool = False) -> bool:
    low = tok.text.lower()
    if low in lex.not_places or low in lex.articles:
        return True  # a bare article ("Al" of "Al Shabaab") is never a place
    return not caps and tok.text.isupper() and len(tok.text) > 1


# ------------------------------------------------------------------------------------------
# the detector: every toponym of a document, once
# ------------------------------------------------------------------------------------------
@Language.component(DETECTOR)
def toponym_detector(doc: Doc, gazetteer: Gazetteer | None = None) -> Doc:
    """spaCy component: the toponyms of the whole document, read paragraph by paragraph (rule
    tags ``places:*``), stored in the span group ``toponyms`` with the :class:`Toponym` as value.
    Without a gazetteer (an annotation made for another stage) it writes nothing."""
    if gazetteer is None:
        return doc
    found = detect_toponyms(doc, gazetteer)
    weak = [weak_place_cue(t.rules) for t in found]
    add_spans(doc, TOPONYMS, [(t.evidence.start, t.evidence.end, t.rules[0], t) for t, w in zip(found, weak) if not w])
    # unknown names vouched for only by "in"/"at" or ", <country>": apart, for the event's
    # last resort (in general news most are organisations, buildings or persons)
    add_spans(doc, PLACE_CUES, [(t.evidence.start, t.evidence.end, t.rules[-1], t) for t, w in zip(found, weak) if w])
    return doc


def detect_toponyms(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Every toponym of a parsed document, in text order: each paragraph is read on its own
    (qualifiers, cues and the ALL-CAPS decision stay inside it); a paragraph too short to tell
    capitals from prose follows the whole document."""
    text = doc_text(doc)
    lex = lexicon()
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents] if doc.has_annotation("ENT_IOB") else None
    doc_caps = _all_caps(text, 0, len(text))
    tokens = list(doc)
    out: list[Toponym] = []
    persons: set[str] = set()
    i = 0
    for a, b in _paragraphs(text):
        j = i
        while j < len(tokens) and tokens[j].idx < b:
            j += 1
        words = _words(text, tokens[i:j], lex)
        i0, i = i, j
        caps = _all_caps(text, a, b)
        if not caps and doc_caps and sum(c.isalpha() for c in text[a:b]) < 20:
            caps = True
        title = not caps and _title_case(text, a, b, tokens[i0:j])
        out.extend(_find_in(text, a, b, words, caps, gazetteer, lex, ents, persons, title))
    if persons:
        # one sense per document: a word read as a person's name after a title ("Sgt. Bell")
        # is that person elsewhere too, unless a qualifier, prefix or near cue vouches for a place
        out = [t for t in out if not (t.text in persons and t.kind == "place"
                                      and not t.qualifier and t.rules == ["places:gazetteer"])]
    out = _without_capitalised_common_words(doc, text, out, gazetteer)
    out = _abbreviated_units(text, out)
    groups = _group_alias_spans(doc)
    if groups:
        # a place word inside a named group's name ("Moro Islamic Liberation Front", "Democratic
        # Forces for the Liberation of Rwanda", "United Liberation Front of Assam") names the
        # group: resolution reads it only when the mention names no other place (rule
        # places:group-name, docs/rules/places.md)
        out = [t.model_copy(update={"rules": [*t.rules, GROUP_NAME]})
               if any(s <= t.evidence.start and t.evidence.end <= e and e - s > t.evidence.end - t.evidence.start
                      for s, e in groups) else t for t in out]
    out.sort(key=lambda t: t.evidence.start)
    return out


#: a line is in title case ("5 Shot, 1 Killed In North Dallas Parking Garage") when at
#: least this share of its words of four or more letters, and at least TITLE_WORDS of them,
#: begin with a capital
TITLE_SHARE, TITLE_WORDS = 0.8, 3


def _title_case(text: str, a: int, b: int, tokens: list[Token]) -> bool:
    """The paragraph ``text[a:b]`` is one line written in title case (a headline: its capitals
    carry no information)."""
    if "\n" in text[a:b].strip():
        return False
    long = [t.text for t in tokens if a <= t.idx < b and t.is_alpha and len(t.text) >= 4]
    return len(long) >= TITLE_WORDS and sum(w[0].isupper() for w in long) >= TITLE_SHARE * len(long)


def _title_lines(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The paragraphs written in title case."""
    return [(a, b) for a, b in _paragraphs(text) if _title_case(text, a, b, tokens)]


def _without_capitalised_common_words(doc: Doc, text: str, found: list[Toponym],
                                      gazetteer: Gazetteer) -> list[Toponym]:
    """A one-word name the gazetteer knows only as a minor place, capitalised only because it
    opens a sentence or stands in a title-case headline, is a common word: in a headline when
    no locative word comes before it ("5 Shot, 1 Killed In North Dallas": capitals carry no
    information there, as in ALL-CAPS text), at a sentence's start when the document also
    writes it in lower case ("Arrest warrants ..." beside "an arrest"; one sense per document).
    A compass word alone ("in Southeast", ``compass_words``) is a part of a town, never a place
    of its own. Qualified names ("the Southwest region") and names after a locative word ("In
    Memphis") stay."""
    lower = {t.text for t in doc if t.is_alpha and t.text.islower()}
    starts = {t.idx: t for t in doc}
    titles = _title_lines(text, list(doc))
    locative = word_pattern("caps_locative")
    out = []
    for t in found:
        s = t.evidence.start
        tok = starts.get(s)
        if t.kind == "place" and not t.qualifier and t.text.lower() in lexicon().compass:
            continue  # "shot in Southeast", "Northwest 64th Street": a part of the town or a street
        if tok is not None and t.kind == "place" and not t.qualifier and t.rules == ["places:gazetteer"] \
                and t.text.isalpha() and not t.text.isupper():
            headline = any(a <= s < b for a, b in titles) and not locative.search(text, max(0, s - 30), s)
            opening = bool(tok.is_sent_start) and t.text.lower() in lower
            if (headline or opening) and _minor_only(t.text, gazetteer):
                continue
        out.append(t)
    return out


def _group_alias_spans(doc: Doc) -> list[tuple[int, int]]:
    """The named groups' aliases the actor-phrase detector found (it runs before this one in
    ``pipeline.DETECTORS``; an annotation made without it has none)."""
    group = doc.spans.get(ACTORS_GROUP) if ACTORS_GROUP in doc.spans else None
    return [(s.start_char, s.end_char) for s in group or () if s.label_ == GROUP_ALIAS_RULE]


def group_countries(annotation: Annotation | None, gazetteer: Gazetteer) -> list[tuple[tuple[str, ...], Evidence]]:
    """Each named armed group of the document (an alias of ``actors.yaml``) with the countries
    it operates in (its ``countries``, as ISO2 codes), and the alias's evidence: where the text
    names FARC, Boko Haram or the FPMR, the event is most likely in one of their countries."""
    if annotation is None or ACTORS_GROUP not in annotation.doc.spans:
        return []
    groups = actor_lexicon().groups
    out: list[tuple[tuple[str, ...], Evidence]] = []
    for f in annotation.spans(ACTORS_GROUP):
        if f.rule != GROUP_ALIAS_RULE or f.value.kind != "group":
            continue
        names = (groups.get(f.value.name) or {}).get("countries") or []
        codes = tuple(dict.fromkeys(cp.iso2 for n in names if (cp := gazetteer.country(n)) is not None))
        if codes:
            out.append((codes, Evidence(start=f.start, end=f.end, text=annotation.text[f.start:f.end])))
    return out


def _person_like(run: list[_Tok], name: str, gazetteer: Gazetteer, lex: Lexicon, last: bool = True) -> bool:
    """A two-word capitalised name whose first word is no place word, or one known only as a minor
    place (a given name: "Laura", "Marvin"), and whose second is known only as a minor place
    ("Barack Obama", "Kristina Harman", "Laura Coleman"): read as a person's name. ``last``
    false: the first word is the name asked about, before an unknown word ("Eli Johnson")."""
    first = run[0]
    low = first.text.lower()
    if first.poss or run[1].gap != " " or low in lex.not_places or low in lex.qualifiers \
            or low in lex.connectors or first.text in lex.demonyms or (
                gazetteer.has_name(first.text) and not _minor_only(first.text, gazetteer)):
        return False
    if not last:
        second = run[1].text.lower()
        return second not in lex.not_places and second not in lex.qualifiers
    return _minor_only(name, gazetteer)


def _prominent_name(name: str, gazetteer: Gazetteer) -> bool:
    """A city of 100,000 or more, a first-level unit or a country is known by ``name``: its
    facilities carry its name ("Baku Metro"); a lesser name before a facility noun is more
    often the facility's own name ("Serena Hotel", "Rawda mosque")."""
    return any(p.is_country or p.is_admin1 or p.population >= 100_000
               for p in gazetteer.lookup(name, limit=20))


def _named_facility(text: str, run: list[_Tok], b: int, end: int, lex: Lexicon) -> bool:
    """The capitalised word after a name (``run[b]``) is a facility, body or event noun, or one
    of the two words after the capitalised run is one ("Baku Metro", "2015 Kabul Bombing", "a
    Jalalabad NATO air base"; ``geo_lexicon.yaml: facility_nouns``), or ends a run of at most two
    words after it ("London Stock Exchange"). The caller asks for a prominent name: after a
    lesser one such names are often a person's ("Frederick Memorial Hospital")."""
    if run[b].text.lower() in lex.facilities:
        return True
    if len(run) - b <= 2 and run[-1].text.lower() in lex.facilities:
        return True  # "London Stock Exchange", "London Cavalry Club"
    m = pattern("words_after").match(text, run[-1].end, end)
    return m is not None and any(w.lower() in lex.facilities for w in m.group(0).split())


def _minor_only(name: str, gazetteer: Gazetteer) -> bool:
    """The gazetteer knows ``name`` only as minor places: towns and villages under 100,000
    people, districts (no country, first-level unit or named region)."""
    cands = gazetteer.lookup(name, limit=20)
    return bool(cands) and not any(p.is_country or p.is_admin1 or p.is_region or p.is_continent
                                   or p.population >= 100_000 for p in cands)


def _abbreviated_units(text: str, found: list[Toponym]) -> list[Toponym]:
    """``found`` with the first-level units written as their abbreviation after a place and a comma
    ("Dublin, Ga.", "Charleston, W.Va."; data/geo_admin1_abbreviations.yaml), rule
    places:abbreviation. A toponym read inside the abbreviation ("Fla" of "Naples, Fla.", a
    namesake town's alternate name elsewhere) gives way to the unit."""
    out = list(found)
    for t in found:
        m = pattern("trailing_unit").match(text, t.evidence.end, min(len(text), t.evidence.end + 40))
        if m is None:
            continue
        s, e = m.span(1)
        if admin1_abbreviation(text[s:e]) is None:
            e = s + len(text[s:e].split()[0])  # "Columbus, GA News": the first word
        if admin1_abbreviation(text[s:e]) is None:
            continue
        inside = [x for x in out if s <= x.evidence.start and x.evidence.end <= e]
        if any(x.evidence.start < e and s < x.evidence.end for x in out if x not in inside) \
                or any("places:abbreviation" in x.rules for x in inside):
            continue
        out = [x for x in out if x not in inside]
        out.append(Toponym(text=text[s:e], evidence=Evidence.of(text, s, e), kind="region",
                           qualifier=None, rules=["places:abbreviation"]))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    a = 0
    for m in pattern("paragraph_break").finditer(text):
        if m.start() > a:
            out.append((a, m.start()))
        a = m.end()
    if a < len(text):
        out.append((a, len(text)))
    return out


def find_toponyms(doc: Document, start: int, end: int, gazetteer: Gazetteer,
                  annotation: Annotation | None = None, cues: bool = False) -> list[Toponym]:
    """Place names in ``doc.text[start:end]`` (absolute evidence), in text order: the stage
    chooses among the document's detected toponyms (span group ``toponyms``) those whose name
    lies inside the range. Without an annotation that holds them (standalone callers), the
    document is annotated with the toponym detector first. ``cues``: also the weak place cues
    (span group ``place_cues``: "in Damadola", "Madaen, Iraq"), which only an event's place
    reads, as a last resort."""
    if annotation is None or TOPONYMS not in annotation.doc.spans:
        annotation = annotate(doc, (DETECTOR,), gazetteer)
    start, end = max(0, start), min(len(doc.text), end)
    limit = min(len(doc.text), end + 80)
    found = [f.value for f in annotation.spans(TOPONYMS, start, limit)
             if f.start < end and f.start + len(f.value.text) <= end]
    if cues:
        found += [f.value for f in annotation.spans(PLACE_CUES, start, limit)
                  if f.start < end and f.start + len(f.value.text) <= end]
        found.sort(key=lambda t: t.evidence.start)
    return found


def _find_in(text: str, start: int, end: int, words: list[tuple[int, int, bool, int]], caps: bool,
             gazetteer: Gazetteer, lex: Lexicon, ents: list[tuple[int, int, str]] | None,
             persons: set[str], title: bool = False) -> list[Toponym]:
    """The toponyms of one paragraph ``text[start:end]``; words read as a person's name are
    added to ``persons``. ``title``: a title-case headline, whose names need what names in
    ALL-CAPS text need (a locative word before a one-word name, a qualifier...)."""
    title_before = word_pattern("title_before")
    person_after = word_pattern("person_after")
    street_after = word_pattern("street_after")
    initial_before = pattern("initial_before")
    corner_before, corner_after = pattern("corner_before"), pattern("corner_after")
    saint_before = pattern("saint_before")
    toks = _word_toks(text, start, words, _caps_shadow(text, words, lex) if caps else None)
    if lex.not_place_re is not None:
        blocked = [(m.start(), m.end()) for m in lex.not_place_re.finditer(text, start, end)]
        if blocked:
            toks = [
                _Tok(t.start, t.end, t.text, False, t.gap, t.poss)
                if any(a <= t.start < b for a, b in blocked) else t
                for t in toks
            ]
    found: list[Toponym] = []
    countries = gazetteer.country_keys()
    max_n = max(1, gazetteer.max_name_tokens)
    caps_locative = word_pattern("caps_locative")

    runs = _country_tails(_joined_names(_runs(toks, lex), toks, text, gazetteer, lex), text, gazetteer,
                          countries)
    for run in runs:
        i = 0
        n = len(run)
        while i < n:
            if not run[i].cap and run[i].text.lower() not in lex.articles:
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
                if t.cap and not _is_blocked(t, lex, caps) and t.text not in lex.demonyms:
                    j = i + 1
                    while (
                        j < n
                        and run[j].cap
                        and not _is_blocked(run[j], lex, caps)
                        and not gazetteer.has_name(run[j].text)
                    ):
                        j += 1
                    # take the whole unknown capitalised stretch, with a capitalised Arabic
                    # article hyphened before it ("in Al-Lataminah", "the town of Al-Fu'ah")
                    s0 = run[i - 1].start if i > 0 and t.gap == "-" and run[i - 1].cap \
                        and run[i - 1].text.lower() in lex.articles \
                        else t.start
                    pname = text[s0 : run[j - 1].end]
                    top = _pattern_only(text, s0, run[j - 1].end, pname, start, end, lex,
                                        None if caps or title else gazetteer)
                    if top is not None:
                        found.append(top)
                    i = j
                else:
                    i += 1
                continue
            a, b, name = hit
            s, e = run[a].start, run[b - 1].end
            if not caps and a == 0 and (title_before.search(text, max(start, s - 25), s)
                                        or initial_before.search(text, max(start, s - 30), s)):
                # "Sgt. Bell", "Gov. Clinton", "Lawrence D. Reddick": a person, here and
                # elsewhere in the document
                persons.add(name)
                i = b
                continue
            sm = saint_before.search(text, max(start, s - 5), s) if a == 0 and not caps else None
            if sm is not None:
                full = text[sm.start():e]
                if gazetteer.has_name(full):  # "St. Louis", "Mt. Vernon"
                    found.append(_make(text, sm.start(), e, full, start, end, lex, countries))
                i = b  # else a saint's name: "St. Christopher's Hospital"
                continue
            if not caps and b - a == 1 and run[a].gap != "-" and (
                    street_after.match(text, e) or corner_after.match(text, e)
                    or corner_before.search(text, max(start, s - 12), s)) \
                    and not _prefix_before(text, s, start, lex):
                # "Cranford Road", "Maryland Drive", "19th and Prospect", "Odessa and
                # Franklin streets": the street, not the town ("the Kabul-Jalalabad Road" stays
                # a road between two places)
                i = b
                continue
            # glued to another capitalised, unknown, non-qualifier word: part of a longer name
            before = run[a - 1] if a > 0 else None
            after = run[b] if b < n else None
            vouched = _qualifier_after(text, e, end, lex) or _prefix_before(text, s, start, lex)
            if caps or title:
                # capitals carry no information: a name needs a locative word before it,
                # a qualifier, a near cue, or to be a country or a multi-word name
                if not (
                    vouched
                    or b - a > 1
                    or name_key(name) in countries
                    or caps_locative.search(text, max(start, s - 30), s)
                    or _near_before(text, s, start, lex)
                    or (title and _prominent_name(name, gazetteer))  # "Taliban Attack Kandahar Base"
                ):
                    i = b
                    continue
            elif (_glued(before, run[a].gap, lex, gazetteer)
                  and not (b == n and run[a].gap == " " and before.text.lower() in lex.compass)) or (
                after is not None and _glued(after, after.gap, lex, gazetteer)
                and not (_named_facility(text, run, b, end, lex) and _prominent_name(name, gazetteer))
            ):
                if a >= 1 and b == n and not vouched and _person_like(run[a - 1:b], name, gazetteer, lex):
                    # "Barack Obama", "Coroner Michael Fowler": a minor namesake place as a
                    # surname; a given name known only as a minor place ("Eli Johnson") is the
                    # person too
                    persons.add(name)
                    if _minor_only(run[a - 1].text, gazetteer):
                        persons.add(run[a - 1].text)
                elif n == 2 and a == 0 and b == 1 and not vouched and after is not None \
                        and not after.poss and not gazetteer.has_name(after.text) \
                        and after.text.lower() not in lex.facilities and _person_like(run, name, gazetteer, lex,
                                                                                        last=False):
                    persons.add(name)  # "Eli Johnson": a minor place's name as a given name
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
            if b - a == 1 and not vouched and person_after.match(text, e) \
                    and not caps_locative.search(text, max(start, s - 30), s) and _minor_only(name, gazetteer):
                i = b  # "Hughes said", "the Obama administration" (not "residents of Konduga said")
                continue
            found.append(_make(text, s, e, name, start, end, lex, countries))
            i = b

    if ents is not None:
        found = _with_entities(found, text, start, end, gazetteer, lex, countries,
                               [x for x in ents if start <= x[0] and x[1] <= end])

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
                    rules=["places:demonym", f"places:demonym={code}",
                           # "close to the Nigerian border": the neighbour, not the place
                           *(["places:border-with"] if word_pattern("border_after").match(text, t.end) else [])],
                )
            )
    found.sort(key=lambda t: t.evidence.start)
    _share_plural_qualifiers(found, text, lex)
    _roads(found, text, lex)
    return found


def _with_entities(found: list[Toponym], text: str, start: int, end: int, gazetteer: Gazetteer,
                   lex: Lexicon, countries: frozenset[str], ents: list[tuple[int, int, str]]) -> list[Toponym]:
    """Model mode only (a statistical NER is loaded, ``SITREP_NLP=model``/``auto``): add the
    place entities (GPE, LOC, FAC) of the one parse that the rules missed when the gazetteer
    knows them. Without a model the rule-based list is returned unchanged."""
    if not ents:
        return found
    kept = list(found)
    covered = [(x.evidence.start, x.evidence.end) for x in kept]
    for a, b, lab in ents:
        if lab not in lex.place_labels or any(x < b and a < y for x, y in covered):
            continue
        name = text[a:b]
        if name.lower().startswith("the "):
            a, name = a + 4, name[4:]
        if gazetteer.has_name(name):
            top = _make(text, a, b, name, start, end, lex, countries)
            kept.append(top.model_copy(update={"rules": [*top.rules, "places:ner"]}))
    kept.sort(key=lambda x: x.evidence.start)
    return kept


def _region_level(level: str) -> bool:
    """A qualifier level (geo_lexicon.yaml: qualifiers) that makes a name a region, not a point:
    a first-level unit or a part of a region (``part_levels``)."""
    return level == "admin1" or level in part_levels()


def _glued(tok, gap: str, lex: Lexicon, gazetteer) -> bool:  # noqa: ANN001
    if tok is None or not tok.cap:
        return False
    low = tok.text.lower()
    if low in lex.not_places or low in lex.qualifiers or tok.text in lex.demonyms \
            or low in lex.prepositions:
        return False  # "Mogadishu Turkish embassy": a nationality word starts another phrase;
        # a locative word opening a sentence ("Near Khartsyzk, ...") is no part of the name
    return not (gap == "-" and gazetteer.has_name(tok.text))


def _qualifier_after(text: str, e: int, limit: int, lex: Lexicon) -> str | None:
    m = lex.qualifier_re.match(text, e, min(limit, e + 40))
    return m.group(1).lower() if m else None


def _prefix_before(text: str, s: int, limit: int, lex: Lexicon) -> str | None:
    m = lex.prefix_re.search(text, max(limit, s - 40), s)
    if m is None:
        return None
    named = None if m.group(0).lower().startswith("the") else pattern("name_before").search(
        text, max(limit, m.start() - 40), m.start())
    if named is not None and named.group(0).strip() not in lex.demonyms:
        # "Yaqshid district of Mogadishu": the qualifier belongs to Yaqshid (a nationality word
        # is no name: "the Afghan province of Kabul")
        return None
    return m.group(1).lower()


def _near_before(text: str, s: int, limit: int, lex: Lexicon) -> bool:
    return lex.near_re.search(text, max(limit, s - 60), s) is not None


def _make(text, s, e, name, lo, hi, lex, countries) -> Toponym:  # noqa: ANN001
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
        if word_pattern("border_before").search(text, max(lo, s - 30), s):
            rules.append("places:border-with")
        elif word_pattern("foreign_premises").match(text[e:min(hi, e + 50)]):
            rules.append(FOREIGN_PREMISES)  # "the United States embassy in Lima": whose building
    elif _region_level(level):
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


def _pattern_only(text, s, e, name, lo, hi, lex, gazetteer=None) -> Toponym | None:  # noqa: ANN001
    """An unknown capitalised name that a qualifier pattern vouches for ("Foo village"); with
    the gazetteer, also one that a country's or first-level unit's name after a comma ("Madaen,
    Iraq", ``places:unit-after``) or a locative word before it ("in Damadola",
    ``places:locative``) vouches for: an unlisted place (``resolve._unlisted``)."""
    qual = _qualifier_after(text, e, hi, lex)
    prefix = None if qual else _prefix_before(text, s, lo, lex)
    if not qual and not prefix:
        if _near_before(text, s, lo, lex) and len(name) >= 4:
            # "near Tal Rifaat": a near cue vouches for an unknown name (resolved fuzzily)
            return Toponym(text=name, evidence=Evidence.of(text, s, e), kind="near",
                           qualifier=None, rules=["places:pattern", "places:near"])
        if gazetteer is not None and len(name) >= 4 and not name.isupper():
            if _unit_after(text, e, hi, gazetteer):
                return Toponym(text=name, evidence=Evidence.of(text, s, e), kind="place",
                               qualifier=None, rules=["places:pattern", UNIT_AFTER])
            if word_pattern("unlisted_locative_before").search(text, max(lo, s - 40), s):
                return Toponym(text=name, evidence=Evidence.of(text, s, e), kind="place",
                               qualifier=None, rules=["places:pattern", LOCATIVE])
            if word_pattern("title_event_after").match(text, e, min(hi, e + 30)) \
                    and word_pattern("title_event_before").search(text, max(0, s - 30), s):
                # "2005 Mong shootings: Three men opened fire ...": the event's title names its place
                return Toponym(text=name, evidence=Evidence.of(text, s, e), kind="place",
                               qualifier=None, rules=["places:pattern", TITLE_EVENT])
        return None
    q = qual or prefix
    ev_end = e
    if qual:
        ev_end = e + len(text[e:hi]) - len(text[e:hi].lstrip(" \t")) + len(qual)
    level = lex.qualifiers.get(q or "", "")
    kind = "region" if _region_level(level) else "place"
    rules = ["places:pattern", f"places:{'qualifier' if qual else 'prefix'}={q}"]
    if _near_before(text, s, lo, lex):
        kind = "near"
        rules.append("places:near")
    return Toponym(text=name, evidence=Evidence.of(text, s, ev_end), kind=kind, qualifier=q,
                   rules=rules)


def _unit_after(text: str, e: int, hi: int, gazetteer: Gazetteer) -> bool:
    """A comma and a country's or first-level unit's name follow ``e`` ("Madaen, Iraq",
    "Tullyvallen, Northern Ireland"; pattern ``unit_tail``)."""
    m = pattern("unit_tail").match(text, e, min(hi, e + 60))
    if m is None:
        return False
    words_ = m.group(1).split()
    countries = gazetteer.country_keys()
    for k in range(len(words_), 0, -1):
        head = " ".join(words_[:k])
        if name_key(head) in countries or any(p.is_admin1 for p in gazetteer.lookup(head, limit=20)):
            return True
    return False


def _share_plural_qualifiers(tops: list[Toponym], text: str, lex: Lexicon) -> None:
    """'Kunar and Nangarhar provinces': the first name gets the plural's qualifier too."""
    joiner = pattern("plural_joiner")
    for i in range(len(tops) - 2, -1, -1):
        a, b = tops[i], tops[i + 1]
        if a.qualifier or b.qualifier not in lex.plurals:
            continue
        between = text[a.evidence.end : b.evidence.start]
        if joiner.fullmatch(between):
            q = lex.plurals[b.qualifier]
            kind = "region" if _region_level(lex.qualifiers.get(q)) else a.kind
            tops[i] = a.model_copy(update={
                "qualifier": q,
                "kind": "near" if a.kind == "near" else kind,
                "rules": [*a.rules, f"places:shared-qualifier={q}"],
            })


def _roads(tops: list[Toponym], text: str, lex: Lexicon) -> None:
    """'the road between X and Y', 'the X-Y highway', 'the road from X to Y' -> kind road."""
    road_between, road_word = word_pattern("road_between"), word_pattern("road_word")
    road_joiner, between_before = pattern("road_joiner"), pattern("between_before")
    other_end = pattern("road_other_end")
    for i, t in enumerate(tops):
        # the other end point may be a name the gazetteer lacks ("the road between Jalalabad
        # and Torkham"): the first is a road end point all the same
        pre = text[max(0, t.evidence.start - 40) : t.evidence.start]
        if t.kind not in ("road", "country") and road_between.search(pre) and other_end.match(
            text[t.evidence.end : t.evidence.end + 8]
        ):
            tops[i] = t.model_copy(update={"kind": "road", "rules": [*t.rules, "places:road"]})
    for i in range(len(tops) - 1):
        a, b = tops[i], tops[i + 1]
        between = text[a.evidence.end : b.evidence.start]
        if not road_joiner.match(between):
            continue
        pre = text[max(0, a.evidence.start - 40) : a.evidence.start]
        rule = None
        if road_between.search(pre) or road_word.match(text, b.evidence.end):
            rule = "places:road"
        elif (m := between_before.search(pre)) and "country" not in (a.kind, b.kind) and \
                (m.group(1) or "").lower() not in lex.between_not_place and between.strip().lower() == "and":
            # 'exploded between Jassem and Inkhil', 'the forest between X and Y': a point
            # between two places, read like a road (first place, precision 2)
            rule = "places:between"
        if rule:
            for k in (i, i + 1):
                t = tops[k]
                if t.kind != "road":
                    tops[k] = t.model_copy(update={"kind": "road", "rules": [*t.rules, rule]})
