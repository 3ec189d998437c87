"""Open-vocabulary actor names: organisations (and lone attackers) that a report names as a party.

Rules in docs/rules/actors.md ("Derived names"); vocabulary in data/actor_derivation.yaml.

A name is derived only from a *frame* that makes its bearer a party to the event:

=====================  =====================================================================
frame                  example
=====================  =====================================================================
``claim``              "the Kenyan People Liberation Front claimed responsibility"
``claimed-by``         "responsibility was claimed by the Movement for the Emancipation ..."
``blamed``             "blamed on X", "attributed to X", "carried out by X", "linked to X"
``blamed-after``       "X was blamed / is suspected / was behind ..."
``members-of``         "militants of the MIR", "members of the guerrilla Montoneros"
``name-members``       "ETA militants", "FARC guerrillas", "Hamas suicide bomber"
``by``                 "shot dead by Montoneros guerrillas", "bombed by the Charles Martel Group"
``group-called``       "the Basque separatist group ETA", "the group Black September"
``subject``            a sentence that opens with the name and an act verb ("FALN sets off ...")
``individual``         a named lone attacker ("identified as Justin Bourque", "Mark Essex ... shot")
=====================  =====================================================================

The derived name is the text's own capitalised name (leading articles, titles and generic words
trimmed), or ``ACRONYM: Expansion`` when the document pairs an acronym with its expansion (in
parentheses, or by initials: NDFB / National Democratic Front of Bodoland). Names that a loaded
term of data/neutral_terms.yaml matches are dropped, so no loaded word becomes a name. The caller
(:func:`sitrep.extractors.actors.extract_actors`) derives names only in report voice: inside a
party's own statement names come from the lexicon alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..resources import load_yaml

__all__ = ["DerivedName", "derive_names", "canonical_name", "is_neutral_name", "actor_type_of",
           "canonical_party", "is_generic_actor"]

_UP = "A-Z\u00c0-\u00d6\u00d8-\u00de"
# a capitalised word: "Montoneros", "al-Qassam", "Lashkar-e-Taiba", "U.S.", "M-19", "Séléka"
_PREFIX = r"(?:al|el|an|ad|as|ash|at|ul|ar|abu|bin|ibn|wal|wa|lil|bil)"
_CAPW = rf"(?:{_PREFIX}-)?[{_UP}](?:[\w'\u2019\-]|\.(?=\w))*"
_NUMW = r"\d{1,3}(?:st|nd|rd|th)?"
_CONN = r"(?:of|the|for|and|de|del|la|las|los|le|les|el|al|du|des|di|da|do|dos|y|e|et|&|wal|lil|li|bin|ibn|fi)"
_NAME = rf"{_CAPW}(?:[ \t]+(?:{_CONN}[ \t]+){{0,2}}(?:{_CAPW}|{_NUMW}(?=[ \t]+{_CAPW})))*"
_ACR = r"[ \t]*\([ \t]*(?P<acr>[" + _UP + r"][A-Za-z0-9\-\.]{1,9})[ \t]*\)"
_ACRONYM_RE = re.compile(rf"^[{_UP}][{_UP}0-9\-\.]{{1,8}}$")
_ADJ = r"(?:[a-z][\w\-]*[ \t]+){0,3}"  # lower-case modifiers: "anti-Arab", "guerrilla"


def is_generic_actor(name: str | None) -> bool:
    """A party that names no one: empty, unidentified, civilians, a state's forces in general
    (``actor_equivalents.yaml: generic_prefixes``), or attackers described only by an identity
    ("Sikh Militants (India)": ``generic_heads`` before the country, rule actor-described)."""
    n = (name or "").lower()
    if not n or n.startswith(_equivalents_data().generic_prefixes):
        return True
    head, sep, rest = n.rpartition(" (")
    return bool(sep) and rest.endswith(")") and head.rsplit(" ", 1)[-1] in _equivalents_data().generic_heads


def canonical_party(name: str) -> str:
    """The key under which names of the same party compare equal: lower case, hyphens and
    apostrophes dropped, and the first name of its ``actor_equivalents.yaml`` group."""
    n = party_key(name)
    return _equivalents_data().canonical.get(n, n)


def party_key(s: str | None) -> str:
    """A party name normalised for comparison: lower case, "-" as a space, no apostrophes."""
    return " ".join((s or "").lower().replace("-", " ").replace("'", "").split())


@dataclass(frozen=True)
class _Equivalents:
    canonical: dict[str, str]
    generic_prefixes: tuple[str, ...]
    generic_heads: frozenset[str]


@lru_cache(maxsize=1)
def _equivalents_data() -> _Equivalents:
    """Names that sources use for the same armed group, and the generic prefixes
    (data/actor_equivalents.yaml)."""
    data = load_yaml("actor_equivalents.yaml")
    out: dict[str, str] = {}
    for group in data["equivalent"]:
        names = [party_key(n) for n in group["names"]]
        for n in names:
            out[n] = names[0]
    return _Equivalents(out, tuple(p.lower() for p in data["generic_prefixes"]),
                        frozenset(h.lower() for h in data.get("generic_heads") or []))


@dataclass(frozen=True)
class DerivedName:
    """A derived actor name with the span that names it."""

    start: int
    end: int
    text: str
    name: str
    actor_type: int
    frame: str
    individual: bool = False


@dataclass(frozen=True)
class _Vocab:
    member_re: str
    org_nouns: str
    org_words: frozenset[str]
    type_words: tuple[tuple[int, frozenset[str]], ...]
    stop: frozenset[str]
    not_org: frozenset[str]
    not_names: frozenset[str]
    place_of: re.Pattern[str]
    #: a preposition of place right before a name ("... by herders in X"): X is where, not who
    at_place: re.Pattern[str]
    #: a place, community or property noun right after a name ("a Turkana village"): X is no organisation
    before_noun: re.Pattern[str]
    organisation_frames: frozenset[str]
    frames: tuple[tuple[str, re.Pattern[str]], ...]
    person_frames: tuple[tuple[str, re.Pattern[str]], ...]


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) + ")"


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415

    data: dict[str, Any] = load_yaml("actor_derivation.yaml")
    member = _alt(data["member_nouns"])
    org_nouns = _alt(data["organisation_nouns"])
    parts = data["frame_parts"]
    slots = {"{n}": rf"(?P<n>{_NAME})(?:{_ACR})?", "{member}": member, "{org_nouns}": org_nouns, "{adj}": _ADJ,
             "{capw}": _CAPW, "{act}": parts["act"], "{adv}": parts["adv"], "{lead}": parts["lead"], "{called}": parts["called"],
             "{person}": rf"(?P<n>[{_UP}][a-z\u00df-\u00ff'\-]+(?:[ \t]+(?:(?:de|da|van|von|al|bin|el|la|le|di)[ \t]+|(?:al|el|ad|as|ash|abu|bin|ibn)-)?"
                         rf"[{_UP}][a-z\u00df-\u00ff'\-]+){{1,3}})"}

    def frame(template: str) -> re.Pattern[str]:
        for slot, part in slots.items():
            template = template.replace(slot, part)
        return re.compile(template, re.M)

    stop = {w.lower() for w in data["not_name_words"]} | {w.lower() for w in STOP_WORDS}
    return _Vocab(
        member_re=member,
        org_nouns=org_nouns,
        org_words=frozenset(w.lower() for w in data["organisation_words"]),
        type_words=tuple((int(k), frozenset(v)) for k, v in data["type_words"].items()),
        stop=frozenset(stop),
        not_org=frozenset(w.lower() for w in data["not_organisation_words"]),
        not_names=frozenset(_key(n) for n in data.get("not_names") or []),
        organisation_frames=frozenset(data["organisation_frames"]),
        place_of=re.compile(r"\b" + _alt(data["place_nouns"]) + r"[ \t]+of[ \t]+(?:the[ \t]+)?$", re.I),
        at_place=re.compile(r"\b" + _alt(data["place_prepositions"]) + r"[ \t]+(?:the[ \t]+)?$", re.I),
        before_noun=re.compile(r"^[ \t]+" + _alt(data["not_before_nouns"]) + r"\b", re.I),
        frames=tuple((f, frame(p)) for f, p in data["frames"]),
        person_frames=tuple((f, frame(p)) for f, p in data["person_frames"]),
    )


def _key(s: str) -> str:
    return re.sub(r"[\s\-]+", " ", re.sub(r"['\u2019]", "", s.lower())).strip()


@lru_cache(maxsize=1)
def _loaded_terms() -> re.Pattern[str]:
    terms = [t["term"] for t in load_yaml("neutral_terms.yaml")["terms"]]
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in terms) + r")(?![\w-])", re.I)


def is_neutral_name(name: str) -> bool:
    """True when no loaded term of data/neutral_terms.yaml occurs in ``name`` (the neutrality filter)."""
    return _loaded_terms().search(name) is None


_TOKEN = re.compile(r"\S+")
# hyphenated modifiers that open a phrase but are no part of a name: "IS-affiliated", "US-appointed",
# "NATO-led", "Anti-government", "Kuwaiti-born", "21-year-old"
_LEAD_MODIFIER = re.compile(r"^(?:anti-.*|.*-(?:led|backed|appointed|affiliated|linked|based|born|aligned|allied|inspired|"
                            r"supported|sponsored|funded|old))$")
_CALENDAR = frozenset("january february march april may june july august september october november december".split())
# adjectives of nationality, religion or ideology ("Cuban", "Irish", "Islamist", "Iraqi"): not a name
_DEMONYM = re.compile(r"(?:an|ans|ian|ians|ese|ish|ist|ists|ic|i|is)$")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Drop leading/trailing words that never begin/end a name (articles, titles, generic words)."""
    v = _vocab()
    toks = [(m.start() + s, m.end() + s) for m in _TOKEN.finditer(text[s:e])]

    def low(t: tuple[int, int]) -> str:
        return re.sub(r"(?:['\u2019]s)$", "", text[t[0]:t[1]]).lower()

    def lead_modifier() -> bool:  # "Anti-government", "IS-affiliated"; not the head of "Anti-Gentrification Front"
        return bool(_LEAD_MODIFIER.search(low(toks[0]))) and not (len(toks) > 1 and all(low(t) in v.org_words for t in toks[1:]))

    while toks and not _org_of(toks, low, v) and (low(toks[0]) in v.stop or lead_modifier()
                    or not re.match(rf"[{_UP}0-9]|(?:al|el|abu)-", text[toks[0][0]:toks[0][1]])
                    or (len(toks) > 2 and _DEMONYM.search(low(toks[0])) and low(toks[0]) not in v.org_words
                        and ((low(toks[1]) in v.stop and low(toks[1]) not in v.org_words) or _DEMONYM.search(low(toks[1]))))):
        toks.pop(0)
    while toks and ((low(toks[-1]) in v.stop and low(toks[-1]) not in _CALENDAR or low(toks[-1]) in _member_words())
                    and low(toks[-1]) not in v.org_words
                    or not re.match(rf"[{_UP}0-9]|{_PREFIX}-[{_UP}]", text[toks[-1][0]:toks[-1][1]])):
        toks.pop()
    if not toks:
        return s, s
    s2, e2 = toks[0][0], toks[-1][1]
    if text[s2:e2].endswith(("'s", "\u2019s")):
        e2 -= 2
    return s2, e2


def _org_of(toks: list[tuple[int, int]], low: Any, v: _Vocab) -> bool:
    """A name that opens with an organisation word and "of"/"for" ("Army of Republika Srpska",
    "Front for the Liberation of ..."): the word is the name's head, not a generic word to trim."""
    return len(toks) > 2 and low(toks[0]) in v.org_words and low(toks[1]) in ("of", "for")


@lru_cache(maxsize=1)
def _member_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_yaml("actor_derivation.yaml")["member_nouns"] if " " not in w)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(rf"[{_UP}][\w'\-]*", name)).upper()


def canonical_name(name: str, doc_text: str) -> str:
    """``ACR: Expansion`` when the document pairs the acronym with its expansion, else the name."""
    v = _vocab()
    if _ACRONYM_RE.match(name):
        m = re.search(rf"(?P<n>{_NAME})[ \t]*\([ \t]*{re.escape(name)}[ \t]*\)", doc_text)
        if m:
            s, e = _trim(doc_text, m.start("n"), m.end("n"))
            if e > s and _initials(doc_text[s:e])[:1] == name[:1]:
                return f"{name}: {doc_text[s:e]}"
        for m in re.finditer(rf"(?<![\w-]){_NAME}", doc_text):
            s, e = _trim(doc_text, m.start(), m.end())
            cand = doc_text[s:e]
            if " " in cand and _initials(cand) == name.replace("-", "").replace(".", "").upper() \
                    and any(w.lower() in v.org_words for w in cand.split()):
                return f"{name}: {cand}"
        return name
    m = re.search(rf"{re.escape(name)}{_ACR}", doc_text)
    if m and sum(c.isupper() for c in m.group("acr")) >= 2:
        return f"{m.group('acr')}: {name}"
    want = _initials(name)
    if len(want) >= 2:
        for m in re.finditer(rf"(?<![\w-])[{_UP}][{_UP}0-9\-]{{1,8}}(?![\w-])", doc_text):
            if m.group().replace("-", "") == want:
                return f"{m.group()}: {name}"
    return name


def actor_type_of(name: str, frame: str = "", individual: bool = False) -> int:
    if individual:
        return 3
    words = {w.lower() for w in re.findall(r"[\w']+", name)}
    for t, ws in _vocab().type_words:
        if words & ws:
            return t
    return 3


def _plausible(text: str, s: int, e: int, frame: str, places: Any) -> bool:
    v = _vocab()
    name = text[s:e]
    words = name.split()
    if not words or len(words) > 9 or len(name) < 2:
        return False
    if all(re.fullmatch(r"\d+(?:st|nd|rd|th)?", w) or w.lower() in _CALENDAR for w in words):
        return False  # a date ("16 February")
    if re.fullmatch(r"[IVXLC]+", name):
        return False  # a roman numeral ("Front IV")
    lows = [re.sub(r"['\u2019]s$", "", w).lower() for w in words]
    if _key(name) in v.not_names or any(w in v.not_org for w in lows):
        return False
    if not is_neutral_name(name):
        return False
    acronym = bool(_ACRONYM_RE.match(name))
    if not acronym and _DEMONYM.search(lows[-1]) and not any(w in v.org_words for w in lows):
        return False
    if len(words) == 1 and not acronym:
        if lows[0] in v.stop or len(name) < 3:
            return False
    if places is not None and not acronym and not any(w in v.org_words for w in lows) and places(name):
        return False
    if acronym and len(name.replace(".", "")) < 2:
        return False
    if frame in v.organisation_frames and not acronym and not any(w in v.org_words for w in lows):
        return False  # a capitalised subject without an organisation word is a person or a place
    return True


def derive_names(text: str, ranges: list[tuple[int, int]], doc_text: str | None = None,
                 places: Any = None, known: Any = None) -> list[DerivedName]:
    """Organisations and lone attackers named as a party in ``text`` within ``ranges``.

    ``places(name) -> bool`` rejects single capitalised words that are place names in the weak
    frames; ``known(name) -> bool`` rejects names the lexicons already cover (country names,
    demonyms). Overlapping finds keep the first frame in the order of the table above.
    """
    v = _vocab()
    doc_text = text if doc_text is None else doc_text
    out: list[DerivedName] = []
    for s0, e0 in ranges:
        seg = text[s0:e0]
        letters = [c for c in seg if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
            continue  # text in capitals: case says nothing about names
        for frame, rx in v.frames:
            for m in rx.finditer(seg):
                s, e = _trim(text, s0 + m.start("n"), s0 + m.end("n"))
                if e <= s or any(d.start < e and s < d.end for d in out):
                    continue
                if not _plausible(text, s, e, frame, places) or (known is not None and known(text[s:e])):
                    continue
                if v.place_of.search(text[max(0, s - 40):s]):
                    continue  # "the village of Safina fighters": the name is the place's
                if v.at_place.search(text[max(0, s0 + m.start(), s - 20):s]):
                    continue  # "killed by herders in X": X is where it happened
                if v.before_noun.match(text[m.end("n") + s0:m.end("n") + s0 + 30]):
                    continue  # "a raid on a Turkana village", "the Sengwer community": a place or a community
                if not is_neutral_name(m.group(0) if frame == "name-members" else m.group("n")):
                    # a group whose own name holds a loaded term ("<X> Mujahideen") is a self-label:
                    # it is not cut down to a stub of its name either
                    continue
                acr = m.groupdict().get("acr")
                name = text[s:e]
                if acr and sum(c.isupper() for c in acr) < 2:
                    acr = None
                if acr and s0 + m.start("acr") >= e and not _ACRONYM_RE.match(name):
                    name = f"{acr}: {name}"
                else:
                    name = canonical_name(name, doc_text)
                out.append(DerivedName(s, e, text[s:e], name, actor_type_of(name, frame, False), frame))
        for frame, rx in v.person_frames:
            for m in rx.finditer(seg):
                s, e = s0 + m.start("n"), s0 + m.end("n")
                while True:  # "Kuwaiti-born American P", "Thirty-nine-year-old P": the person is P
                    first_word = re.match(r"\S+", text[s:e])
                    w = first_word.group().lower() if first_word else ""
                    if first_word and e - s > len(w) and (_LEAD_MODIFIER.search(w) or _DEMONYM.search(w) and w.endswith(("an", "ian"))
                                                          or w in v.stop):
                        s += len(w) + len(text[s + len(w):e]) - len(text[s + len(w):e].lstrip())
                        continue
                    break
                if len(text[s:e].split()) < 2:
                    continue
                if v.at_place.search(text[max(0, s0 + m.start(), s - 20):s]):
                    continue  # "stabbed by thugs near X Y": X Y is where it happened
                name = text[s:e]
                lows = [w.lower() for w in name.split()]
                if any(d.start < e and s < d.end for d in out) or any(w in v.stop or w in v.org_words or w in v.not_org
                                                                       for w in lows):
                    continue
                if not is_neutral_name(name) or (known is not None and known(name)):
                    continue
                if places is not None and places(name):
                    continue
                out.append(DerivedName(s, e, name, name, 3, frame, individual=True))
    out.sort(key=lambda d: d.start)
    return out
