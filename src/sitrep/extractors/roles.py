"""Role fillers in the MUC-4 / GTD sense: perpetrators, physical targets, victims, weapons.

``extract_roles(doc, mention, actors, types)`` returns the noun phrases *as written* in the
mention (each a :class:`RoleFiller` with evidence into ``doc.text``), under the keys
``perpetrators``, ``targets``, ``victims`` and ``weapons``. It is rule-based and needs no
statistical model:

1. The mention's sentences and tokens come from the annotated document (:mod:`sitrep.annotate`:
   the one sentence rule and spaCy's tokenizer); :func:`words` reads the tokens as words, with an
   intra-word hyphen or a clitic ("left-wing", "army's") kept inside its word.
2. Noun phrases are found from their *head* word (lexicon ``data/roles.yaml``): the phrase
   extends left over modifiers until a function word (``np_stop``) or a trigger verb, and right
   over an ``of`` complement for heads such as "members" or "headquarters"; an acronym in
   parentheses right after an organisation name is a phrase of its own.
3. Trigger verbs (``harm_verbs``, ``attack_verbs``) give positions: a phrase just before an
   active trigger acts (perpetrator), a phrase just after it, or just before a passive trigger
   ("were killed"), is acted upon (victim or target); "by X" after a passive trigger acts.
   Attacker nouns (gunmen, guerrillas ...) are perpetrators unless they are acted upon;
   organisation names are perpetrators when acting or when the sentence carries a claim cue;
   physical-object nouns in a sentence with a trigger are targets; weapon phrases are weapons.
4. The actors extractor's evidence adds to perpetrators (actor1 and its associates) and victims
   (actor2 when it is acted upon as people).

Only text spans of the document are returned, never labels: neutral naming is the job of
:mod:`sitrep.extractors.actors`; a role filler quotes the source (and is evidence, like any other).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate import Annotation, add_spans, annotate, doc_text, mention_ranges
from ..data_schemas import load_checked
from ..model import ActorsValue, Document, Evidence, Mention, RoleFiller, TypeValue
from .actors import neutral_terms

ROLE_KEYS = ("perpetrators", "targets", "victims", "weapons")

#: the most words between a phrase and its trigger
WINDOW = 4
#: longer actor evidence is a clause, not a name
MAX_ACTOR_FILLER_TOKENS = 8
#: the detector of acronyms a document defines, and the span group it writes
ACRONYM_DETECTOR = "sitrep_role_acronyms"
ACRONYM_GROUP = "role_acronyms"


@dataclass(frozen=True)
class Tok:
    text: str
    low: str
    start: int
    end: int


@dataclass(frozen=True)
class Lexicon:
    weapons: PhraseIndex
    perp: frozenset[str]
    org: frozenset[str]
    human: PhraseIndex
    target: PhraseIndex
    harm: PhraseIndex
    attack: PhraseIndex
    passive_aux: frozenset[str]
    stop: frozenset[str]
    of_heads: frozenset[str]
    claim_cues: tuple[str, ...]
    trigger_words: frozenset[str]
    titles: PhraseIndex
    victim_of: frozenset[str]
    participles: frozenset[str]
    given: frozenset[str]
    not_name: frozenset[str]
    name_joiners: frozenset[str]
    event_nouns: frozenset[str]
    attacker_mods: frozenset[str]
    perp_modified: frozenset[str]
    weapon_use: re.Pattern[str]
    subject_breaks: frozenset[str]
    object_breaks: frozenset[str]
    denial: re.Pattern[str]
    acronym_definition: re.Pattern[str]
    weapon_heads_with_modifiers: frozenset[str]
    articles: frozenset[str]
    calendar: frozenset[str]
    place_prefixes: frozenset[str]
    coordinators: frozenset[str]


class PhraseIndex:
    """Phrases (token tuples) indexed by their first token, longest first."""

    def __init__(self, items: list[str]) -> None:
        # lexicon phrases are words separated by spaces, as :func:`words` reads the text
        phrases = {tuple(str(s).lower().split()) for s in items}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for p in sorted(phrases, key=lambda p: (-len(p), p)):
            if p:
                self.by_first.setdefault(p[0], []).append(p)
        self.words = frozenset(w for p in phrases for w in p)


def _phrases(items: list[str]) -> PhraseIndex:
    return PhraseIndex(items)


def _lower_set(items: list[str]) -> frozenset[str]:
    return frozenset(str(w).lower() for w in items)


def _word_alternation(items: list[str]) -> re.Pattern[str]:
    """One regex over the phrases of a lexicon list, as whole words (the list is data)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(str(w).lower()) for w in items) + r")\b")


def roles_data() -> dict[str, Any]:
    """``data/roles.yaml``, checked against its schema (``data_schemas.RolesFile``)."""
    return load_checked("roles.yaml")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = roles_data()
    harm, attack = _phrases(data["harm_verbs"]), _phrases(data["attack_verbs"])
    return Lexicon(
        weapons=_phrases(data["weapons"]),
        perp=frozenset(w.lower() for w in data["perpetrator_heads"]),
        org=frozenset(w.lower() for w in data["organisation_heads"]),
        human=_phrases(data["human_heads"]),
        target=_phrases(data["target_heads"]),
        harm=harm,
        attack=attack,
        passive_aux=frozenset(data["passive_aux"]),
        stop=frozenset(w.lower() for w in data["np_stop"]),
        of_heads=frozenset(w.lower() for w in data["of_heads"]),
        claim_cues=tuple(c.lower() for c in data["claim_cues"]),
        trigger_words=harm.words | attack.words,
        titles=_phrases(data.get("titles", [])),
        victim_of=frozenset(w.lower() for w in data.get("victim_of_nouns", [])),
        participles=frozenset(w.lower() for w in data.get("participle_modifiers", [])),
        given=frozenset(w.lower() for w in data.get("given_names", [])),
        not_name=frozenset(w.lower() for w in data.get("not_name_words", [])),
        name_joiners=frozenset(w.lower() for w in data.get("name_joiners", [])),
        event_nouns=frozenset(w.lower() for w in data.get("event_nouns", [])),
        attacker_mods=frozenset(w.lower() for w in data.get("attacker_modifiers", [])),
        perp_modified=frozenset(w.lower() for w in data.get("event_nouns", []) + data.get("perp_modified_nouns", [])),
        weapon_use=_word_alternation(data["weapon_use_cues"]),
        subject_breaks=_lower_set(data["subject_breaks"]),
        object_breaks=_lower_set(data["object_breaks"]),
        denial=re.compile(data["denial_pattern"]),
        acronym_definition=re.compile(data["acronym_definition"]),
        weapon_heads_with_modifiers=_lower_set(data["weapon_heads_with_modifiers"]),
        articles=_lower_set(data["articles"]),
        calendar=_lower_set(data["calendar_words"]),
        place_prefixes=_lower_set(data["place_name_prefixes"]),
        coordinators=_lower_set(data["coordinators"]),
    )


def _joins(prev: str, cur: str, nxt: str | None) -> bool:
    """Does the spaCy token ``cur`` (written right after ``prev``) continue ``prev``'s word?
    A clitic ("'s", "n't") or an intra-word hyphen followed by a word ("left-wing")."""
    if not prev[-1:].isalnum():
        return prev.endswith("-") and cur[:1].isalnum()
    if cur[:1] in "'\u2019" and cur[1:].isalnum():
        return True
    return cur.lower() == "n't" or (cur == "-" and nxt is not None and nxt[:1].isalnum())


def words(annotation: Annotation, start: int, end: int) -> list[Tok]:
    """The words of ``text[start:end]``: the annotation's spaCy tokens, with a clitic or an
    intra-word hyphen kept inside its word, so that lexicon phrases ("car-bomb") match."""
    toks = [t for t in annotation.tokens(start, end) if not t.is_space]
    text = annotation.text
    out: list[Tok] = []
    for n, t in enumerate(toks):
        s, e = t.idx, min(t.idx + len(t.text), end)
        nxt_tok = toks[n + 1] if n + 1 < len(toks) else None
        nxt = nxt_tok.text if nxt_tok is not None and nxt_tok.idx == e else None
        if out and out[-1].end == s and _joins(out[-1].text, t.text, nxt):
            s = out.pop().start
        w = text[s:e]
        out.append(Tok(w, w.lower(), s, e))
    return out


def match_at(toks: list[Tok], i: int, phrases: PhraseIndex) -> int:
    """Length in tokens of the longest phrase starting at token i (0 when none)."""
    if i >= len(toks):
        return 0
    for p in phrases.by_first.get(toks[i].low, ()):
        n = len(p)
        if n == 1 or tuple(t.low for t in toks[i : i + n]) == p:
            return n
    return 0


@dataclass
class Phrase:
    kind: str  # weapon | perp | org | human | target | acronym
    first: int  # token indices, inclusive
    last: int
    head: int
    forced: str | None = None  # "patient" for "the assassination of X"


@dataclass
class Trigger:
    first: int
    last: int
    passive: bool
    harm: bool


def _extend_left(toks: list[Tok], head_first: int, lex: Lexicon, floor: int) -> int:
    i = head_first
    while i - 1 >= floor and head_first - (i - 1) <= 4:
        t = toks[i - 1]
        if (
            t.low in lex.stop
            or t.low in lex.trigger_words
            or not (t.text[0].isalnum())
            or (t.low.endswith("ly") and toks[i].low not in lex.participles)  # "heavily armed men"
            or (t.low.endswith(("ed", "ing")) and t.low not in lex.participles)
        ):
            break
        i -= 1
    return i


def _extend_right(toks: list[Tok], last: int, lex: Lexicon) -> int:
    """An 'of' complement: 'members of the armed forces', 'headquarters of the party'."""
    if last + 1 < len(toks) and toks[last + 1].low == "of":
        j = last + 2
        if j < len(toks) and toks[j].low in lex.articles:
            j += 1
        k = j
        while k < len(toks) and k - j < 5:
            t = toks[k]
            if t.low in lex.stop or t.low in lex.trigger_words or not t.text[0].isalnum():
                break
            k += 1
        if k > j:
            return k - 1
    return last


def _find_triggers(toks: list[Tok], lex: Lexicon) -> list[Trigger]:
    out: list[Trigger] = []
    i = 0
    while i < len(toks):
        n_h = match_at(toks, i, lex.harm)
        n_a = match_at(toks, i, lex.attack)
        n = max(n_h, n_a)
        if n:
            j = i - 1
            while j >= 0 and toks[j].low.endswith("ly") and i - j <= 2:
                j -= 1
            passive = j >= 0 and toks[j].low in lex.passive_aux
            out.append(Trigger(i, i + n - 1, passive, n_h >= n_a))
            i += n
        else:
            i += 1
    return out


def _name_after(toks: list[Tok], j: int, lex: Lexicon, cased: bool) -> int:
    """Last token index of a person's name starting at j (j - 1 when there is none)."""
    k = j
    while k < len(toks) and k - j < 4:
        t = toks[k]
        if (
            not t.text.isalpha()
            or t.low in lex.stop
            or t.low in lex.trigger_words
            or t.low in lex.calendar
            or t.low in lex.perp
            or (cased and not t.text[0].isupper())
            or match_at(toks, k, lex.human)
            or match_at(toks, k, lex.target)
        ):
            break
        k += 1
    return k - 1 if k - j >= (1 if cased else 2) else j - 1


def find_acronym_definitions(text: str) -> list[tuple[int, int, str, str]]:
    """Acronyms a text defines: '... national revolutionary unity (URNG)' gives the span of
    "URNG" with the value 'urng' (every letter of the acronym is an initial of one of the words
    before the parenthesis), as ``(start, end, rule_id, value)`` findings."""
    out = []
    for m in _acronym_definitions(lexicon().acronym_definition, text):
        initials = {w[0].lower() for w in m.group(1).replace("-", " ").split()}
        acro = m.group(2).lower()
        if len(acro) >= 2 and set(acro) <= initials:
            out.append((m.start(2), m.end(2), "paren_acronym", acro))
    return out


def _in_word_run(c: str) -> bool:
    """A character of the words before an acronym's parenthesis: a letter (``[^\\W\\d_]``), a
    space or a hyphen."""
    return c in " -" or (c.isalnum() and not c.isdecimal())


def _acronym_definitions(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``acronym_definition`` (those of its ``finditer``), each sought only in the run
    of words and spaces just before a parenthesis, up to the parenthesis' close: the words of a
    match hold no other character. Sought everywhere, the pattern tried up to eight words at every
    letter of a document (about 4% of its time)."""
    q = text.find("(")
    while q >= 0:
        close = text.find(")", q)
        if close < 0:
            return
        r = q
        while r > 0 and _in_word_run(text[r - 1]):
            r -= 1
        m = rx.search(text, r, close + 1) if r < q else None
        if m is not None and m.start() < q:  # one that starts later belongs to a later parenthesis
            yield m
        q = text.find("(", q + 1)


@Language.component(ACRONYM_DETECTOR)
def detect_acronyms(doc: Doc) -> Doc:
    """Detector: the acronyms the document defines (span group ``role_acronyms``)."""
    add_spans(doc, ACRONYM_GROUP, find_acronym_definitions(doc_text(doc)))
    return doc


def document_acronyms(annotation: Annotation) -> frozenset[str]:
    """The acronyms the annotated document defines (lower case), from the ``role_acronyms``
    span group; an annotation made without the detector gets the group once, here."""
    if ACRONYM_GROUP not in annotation.doc.spans:
        detect_acronyms(annotation.doc)
    return frozenset(f.value for f in annotation.spans(ACRONYM_GROUP))


def _looks_like_acronym(t: Tok, cased: bool, acronyms: frozenset[str]) -> bool:
    """An acronym the document defines, or (in a cased text) a word of 3-6 capitals."""
    if t.low in acronyms:
        return True
    w = t.text
    return cased and w.isalpha() and w.isupper() and 3 <= len(w) <= 6


def _find_phrases(
    toks: list[Tok], lex: Lexicon, cased: bool = True, acronyms: frozenset[str] = frozenset()
) -> list[Phrase]:
    phrases: list[Phrase] = []
    taken: set[int] = set()
    i = 0
    while i < len(toks):
        n = match_at(toks, i, lex.weapons)
        if n:
            first = _extend_left(toks, i, lex, 0) if toks[i].low in lex.weapon_heads_with_modifiers else i
            phrases.append(Phrase("weapon", first, i + n - 1, i))
            taken.update(range(first, i + n))
            i += n
            continue
        i += 1
    for i, t in enumerate(toks):
        if i in taken:
            continue
        kind, n = None, 1
        if (m := match_at(toks, i, lex.target)) and not _followed_by_noun(toks, i + m, lex):
            kind, n = "target", m
        elif (m := match_at(toks, i, lex.human)) and not _followed_by_noun(toks, i + m, lex):
            kind, n = "human", m
        elif t.low in lex.perp and not _modifies_act(toks, i + 1, lex):
            kind = "perp"  # not "terrorist attack", "guerrilla offensive": a modifier
        elif t.low in lex.org and i > 0 and toks[i - 1].low not in lex.stop and toks[i - 1].text[0].isalnum():
            kind = "org"
        elif _looks_like_acronym(t, cased, acronyms) and not _followed_by_noun(toks, i + 1, lex):
            kind = "acronym"
        if kind is None:
            continue
        last = i + n - 1
        first = _extend_left(toks, i, lex, 0)
        if kind == "human" and any(toks[k].low in lex.attacker_mods for k in range(first, i)):
            kind = "perp"  # "heavily armed men", "unidentified individuals"
        forced = None
        if first >= 2 and toks[first - 1].low == "of" and toks[first - 2].low in lex.victim_of:
            forced = "patient"  # "the kidnapping of two engineers"
        if kind == "human" and match_at(toks, i, lex.titles) == n:
            name_last = _name_after(toks, last + 1, lex, cased)
            if name_last > last:  # "leader Hector Oqueli Colindres": the name is the filler
                first, i, last = last + 1, last + 1, name_last
        if toks[last].low in lex.of_heads or kind == "org":
            last = _extend_right(toks, last, lex)
        if any(k in taken for k in range(first, last + 1)):
            continue
        phrases.append(Phrase(kind, first, last, i, forced))
        taken.update(range(first, last + 1))
        # an acronym in parentheses right after an organisation: "(FPMR)"
        if kind == "org" and last + 3 < len(toks):
            a, b, c = toks[last + 1], toks[last + 2], toks[last + 3]
            if a.text == "(" and c.text == ")" and b.text.replace("-", "").isalpha() and len(b.text) <= 8:
                phrases.append(Phrase("acronym_paren", last + 2, last + 2, last + 2))
                taken.add(last + 2)
    for i in range(len(toks) - 2):
        if toks[i].low in lex.victim_of and toks[i + 1].low == "of":
            j = i + 2 + (toks[i + 2].low in lex.articles)
            name_last = _name_after(toks, j, lex, cased)
            # "the murder of senator Luis ...": the filler starts at the given name
            j = next((k for k in range(j, name_last) if toks[k].low in lex.given), j)
            if name_last >= j and not any(k in taken for k in range(j, name_last + 1)):
                phrases.append(Phrase("human", j, name_last, j, "patient"))
                taken.update(range(j, name_last + 1))
    _find_names(toks, lex, cased, phrases, taken)
    phrases.sort(key=lambda p: p.first)
    return phrases


def name_word(t: Tok, lex: Lexicon, cased: bool) -> bool:
    """A word that can be part of a person's name (not a function word, trigger or lexicon noun)."""
    return (
        t.text.isalpha()
        and len(t.text) > 1
        and t.low not in lex.stop
        and t.low not in lex.trigger_words
        and t.low not in lex.calendar
        and t.low not in lex.not_name
        and t.low not in lex.perp
        and t.low not in lex.org
        and t.low not in lex.human.words
        and t.low not in lex.target.words
        and t.low not in lex.weapons.words
        and (not cased or t.text[0].isupper())
    )


def _find_names(toks: list[Tok], lex: Lexicon, cased: bool, phrases: list[Phrase], taken: set[int]) -> None:
    """Persons' names: a given name (lexicon ``given_names``) and one to four more name words,
    possibly joined by a particle ("de", "del", "y"): "Jose Maria Romero", "Arturo Rivera y Damas".
    A name right after a place word ("San", "Santa") is a place, not a person."""
    i = 0
    while i < len(toks):
        t = toks[i]
        if i in taken or t.low not in lex.given or (cased and not t.text[0].isupper()) or (
            i > 0 and toks[i - 1].low in lex.place_prefixes
        ):
            i += 1
            continue
        k = i + 1
        last = i
        while k < len(toks) and k - i < 6 and k not in taken:
            if name_word(toks[k], lex, cased):
                last = k
                k += 1
            elif toks[k].low in lex.name_joiners and k + 1 < len(toks) and name_word(toks[k + 1], lex, cased) and k + 1 not in taken:
                last = k + 1
                k += 2
            else:
                break
        if last > i:
            phrases.append(Phrase("name", i, last, i))
            taken.update(range(i, last + 1))
            i = last + 1
        else:
            i += 1


def _modifies_act(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'terrorist attack', 'guerrilla camp', 'terrorist bombing', 'guerrilla kidnapping': the
    perpetrator word before an act noun or a noun-form trigger is a modifier, not a phrase."""
    if j >= len(toks):
        return False
    w = toks[j].low
    return w in lex.perp_modified or w in lex.victim_of or (w in lex.trigger_words and w.endswith("ing"))


def _followed_by_noun(toks: list[Tok], j: int, lex: Lexicon) -> bool:
    """'police station', 'bus driver': a head word used as a modifier of a following head."""
    return j < len(toks) and (
        match_at(toks, j, lex.target) > 0 or match_at(toks, j, lex.human) > 0 or toks[j].low in lex.perp
    )


def _role_by_position(p: Phrase, triggers: list[Trigger], toks: list[Tok], lex: Lexicon) -> str | None:
    """'agent' when the phrase acts on a nearby trigger, 'patient' when acted upon, else None."""
    for tr in triggers:
        if p.last < tr.first and tr.first - p.last <= WINDOW + (1 if tr.passive else 0):
            between = {t.low for t in toks[p.last + 1 : tr.first]}
            if not tr.passive and between & lex.subject_breaks:
                continue  # "fighters clashed with soldiers near Mangina and killed ..."
            return "patient" if tr.passive else "agent"
        if p.first > tr.last and p.first - tr.last <= WINDOW:
            between = [t.low for t in toks[tr.last + 1 : p.first]]
            if tr.passive:
                return "agent" if "by" in between else None
            if any(w in lex.object_breaks for w in between):
                continue
            return "patient"
    return None


def _appositive_role(found: list[Phrase], roles: list[str | None], n: int, toks: list[Tok], lex: Lexicon) -> str | None:
    """A name next to a human noun takes its role: "the priest, Juan Lopez, ..." / "Juan Lopez,
    the town's mayor, was killed" (only a comma or nothing between them)."""
    p = found[n]
    for m in (n - 1, n + 1):
        if 0 <= m < len(found) and found[m].kind == "human" and roles[m] is not None:
            q = found[m]
            a, b = (q.last, p.first) if m < n else (p.last, q.first)
            if all(t.text == "," or t.low in lex.articles for t in toks[a + 1 : b]) and b - a <= 3:
                return roles[m]
    return None


def _coordinated(a: Phrase, b: Phrase, toks: list[Tok], lex: Lexicon) -> bool:
    between = [t.low for t in toks[a.last + 1 : b.first]]
    return bool(between) and between[0] in lex.coordinators and len(between) <= 3


def _filler(doc: Document, toks: list[Tok], first: int, last: int) -> RoleFiller:
    ev = Evidence.of(doc.text, toks[first].start, toks[last].end)
    return RoleFiller(text=ev.text, evidence=ev)


def extract_roles(
    doc: Document, mention: Mention, actors: ActorsValue | None, types: TypeValue | None,
    annotation: Annotation | None = None,
) -> dict[str, list[RoleFiller]]:
    """Perpetrators, targets, victims and weapons named in the mention, as written.

    ``annotation`` is the document's annotation (``ctx.annotation`` in the pipeline); standalone
    callers may leave it out and one is made here."""
    lex = lexicon()
    if annotation is None:
        annotation = annotate(doc, (ACRONYM_DETECTOR,))
    roles: dict[str, list[RoleFiller]] = {k: [] for k in ROLE_KEYS}
    spans = mention_ranges(mention, len(doc.text))
    cased = _is_cased(doc.text)
    acronyms = document_acronyms(annotation)
    sentences: list[tuple[int, int, list[Tok], list[Trigger], bool]] = []
    for s_start, s_end in spans:
        for a, b in annotation.sentences(s_start, s_end):
            toks = words(annotation, a, b)
            if not toks:
                continue
            sentence_low = doc.text[a:b].lower()
            triggers = _find_triggers(toks, lex)
            claim = any(c in sentence_low for c in lex.claim_cues) and not lex.denial.search(sentence_low)
            armed = lex.weapon_use.search(sentence_low) is not None
            prev: tuple[Phrase, str | None] | None = None
            prev_perp = False
            sentences.append((a, b, toks, triggers, claim or armed))
            found = _find_phrases(toks, lex, cased, acronyms)
            positional = [p.forced or _role_by_position(p, triggers, toks, lex) for p in found]
            for n, p in enumerate(found):
                role = positional[n]
                if role is None and p.kind == "name":
                    role = _appositive_role(found, positional, n, toks, lex)
                if role is None and prev is not None and _coordinated(prev[0], p, toks, lex):
                    role = prev[1]  # "four policemen and a woman"
                prev = (p, role)
                key = None
                if p.kind == "weapon":
                    key = "weapons" if triggers or armed else None
                elif p.kind == "perp":
                    if role == "patient":
                        key = "victims"
                    elif role == "agent" or triggers or claim or not PERP_NEEDS_ACT:
                        key = "perpetrators"  # not "the guerrillas' radio said" with no act
                elif p.kind in ("org", "acronym", "acronym_paren"):
                    if role == "agent" or claim or (p.kind == "acronym_paren" and prev_perp):
                        key = "perpetrators"
                elif p.kind in ("human", "name"):
                    key = {"agent": "perpetrators", "patient": "victims"}.get(role or "")
                elif p.kind == "target" and triggers:
                    key = "targets"
                prev_perp = key == "perpetrators"
                if key:
                    roles[key].append(_filler(doc, toks, p.first, p.last))
    if actors is not None:
        for value in [actors.actor1, *actors.assoc_actor_1]:
            for ev in value.evidence if value else []:
                if (
                    s_contains(spans, ev)
                    and len(words(annotation, ev.start, ev.end)) <= MAX_ACTOR_FILLER_TOKENS
                    and not _function_word_span(ev.text, lex, cased)
                    and (not ACTOR_EVIDENCE_ACTING or _acting(ev, sentences, roles["perpetrators"]))
                ):
                    roles["perpetrators"].append(RoleFiller(text=ev.text, evidence=ev))
    return {k: [f for f in _dedupe(v) if not _loaded(f.text)] for k, v in roles.items()}


#: actor1's evidence is a perpetrator filler only where the sentence has it act (MUC counts a
#: group as perpetrator where the text holds it responsible, not at every mention)
ACTOR_EVIDENCE_ACTING = True


def _acting(ev: Evidence, sentences: list[tuple[int, int, list[Tok], list[Trigger], bool]], perps: list[RoleFiller]) -> bool:
    """True when an actor's evidence span acts in its sentence: the subject of an attack or harm
    verb ("the Front ambushed ..."), the agent after "by" ("were killed by the Front"), part of a
    perpetrator phrase already found ("members of the Front"), named in a sentence that holds a
    party responsible ("claimed responsibility", "attributed to"; not a denial) or that uses a
    weapon ("planted", "fired", "hurled"), or (``ACTING_LOOSE``) named but not acted upon in a
    sentence with an attack or harm verb."""
    if any(f.evidence.start <= ev.start and ev.end <= f.evidence.end for f in perps):
        return True
    for a, b, toks, triggers, claim in sentences:
        if not (a <= ev.start < b):
            continue
        if claim:
            return True
        idx = [k for k, t in enumerate(toks) if t.end > ev.start and t.start < ev.end]
        if not idx:
            return False
        role = _role_by_position(Phrase("org", idx[0], idx[-1], idx[0]), triggers, toks, lexicon())
        return role == "agent" or (ACTING_LOOSE and bool(triggers) and role is None)
    return False


ACTING_LOOSE = True
#: an attacker noun is a perpetrator only in a sentence with an attack or harm verb or a claim
PERP_NEEDS_ACT = False


def _function_word_span(text: str, lex: Lexicon, cased: bool) -> bool:
    """An actor's evidence that is a function word of the sentence, not a name: in a case-less
    wire text the verb "IS" reads like the acronym of a group. A filler never is a function word
    (``np_stop``, ``passive_aux``), nor, in case-less text, a word of one or two letters."""
    low = text.strip().lower()
    last = low.split()[-1] if low.split() else low
    return low in lex.stop or low in lex.passive_aux or (not cased and len(low) <= 2) or last in lex.event_nouns


@lru_cache(maxsize=1)
def _loaded_terms() -> re.Pattern[str] | None:
    """One regex over every source term of data/neutral_terms.yaml (whole words, any case)."""
    terms = neutral_terms()
    if not terms:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)


def _loaded(text: str) -> bool:
    """True when a filler quotes a loaded term of the reviewed lexicon: such a filler is dropped
    (a role filler is a quote of the source, so it cannot be made neutral by renaming)."""
    rx = _loaded_terms()
    return rx is not None and rx.search(text) is not None


def _is_cased(text: str) -> bool:
    """False for all-lower or all-upper texts (wire transcripts), where case tells nothing."""
    sample = text[:5000]
    return any(c.islower() for c in sample) and any(c.isupper() for c in sample)


def s_contains(spans: list[tuple[int, int]], ev: Evidence) -> bool:
    return any(a <= ev.start and ev.end <= b for a, b in spans)


def _dedupe(items: list[RoleFiller]) -> list[RoleFiller]:
    """Drop repeated spans and spans inside another filler of the same role; keep text order."""
    items = sorted(items, key=lambda f: (f.evidence.start, -f.evidence.end))
    out: list[RoleFiller] = []
    for f in items:
        if any(o.evidence.start <= f.evidence.start and f.evidence.end <= o.evidence.end for o in out):
            continue
        out.append(f)
    return out
