"""Actors: who acted (actor1, assoc_actor_1) and who was acted upon (actor2, assoc_actor_2).

Rules are documented in docs/rules/actors.md. In short:

1. *Find* every actor phrase in the mention with matchers compiled once from
   ``data/actors.yaml`` (named groups, named state units, "<Adjective> troops", generic words
   such as "soldiers", "police", "villagers", "gunmen") and ``data/neutral_terms.yaml`` (loaded
   vocabulary, mapped to neutral names). Longest match wins.
2. *Name* each phrase with a neutral standard name (docs/conventions.md): the country of the
   event (place -> section header place -> document place -> text) turns "the army" into
   "Military Forces of <Country>"; a state's forces acting outside their country are type 8.
3. *Assign roles* from the words around each phrase in its sentence: subject of an attack verb,
   "by X", "X attack" -> agent; object of an attack verb, subject of a passive ("were killed"),
   "clashed with X" -> patient; a speaker ("police said") is not a participant.
4. actor1 = best agent (in a claim, the claiming party); actor2 = best patient of another name;
   linked phrases ("X and Y attacked", "backed by Y") become associated actors.

Output names come only from the lexicons, never from the text, so no loaded term can reach them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate import Annotation, add_spans, annotate, doc_text, mention_ranges
from ..data_schemas import ActorRoleWeightsFile, ActorRolesFile
from ..model import (
    ActorsValue,
    ActorType,
    ActorValue,
    ClaimValue,
    DocContext,
    Document,
    Evidence,
    Mention,
    PlaceValue,
    SourceKind,
)
from ..resources import load_yaml

__all__ = [
    "derived_rule",
    "extract_actors",
    "find_actor_phrases",
    "neutral_terms",
    "side_derived_by",
    "neutral_term_entries",
    "term_samples",
    "resolve_group",
    "group_type",
    "country_iso3",
    "ActorPhrase",
    "in_relation",
]

# countries whose English name takes "the" in "Military Forces of the United States"
_THE = {"United States", "United Kingdom", "United Arab Emirates", "Philippines", "Central African Republic"}

#: guard placed once before a large alternation (a word start not preceded by a hyphen)
_WORD_START = r"\b(?=\w)(?<![\w-])"
_WS = re.compile(r"[\s\-\u2010-\u2015]+")
_APOS = re.compile(r"['\u2019\u2018`]")


@lru_cache(maxsize=4096)
def _bare_letter(ch: str) -> str:
    """``ch`` without its diacritics when it is a Latin letter with marks ("í" -> "i"), else ``ch``."""
    parts = unicodedata.normalize("NFKD", ch)
    if len(parts) > 1 and parts[0].isascii() and all(unicodedata.combining(c) for c in parts[1:]):
        return parts[0]
    return ch


def fold_marks(text: str) -> str:
    """``text`` with the diacritics of Latin letters dropped, one character for one (offsets are kept):
    an alias the lexicon writes "Medellin Cartel" matches "Medellín cartel", and "Séléka" matches "Seleka"."""
    if text.isascii():
        return text
    return "".join(_bare_letter(c) if not c.isascii() else c for c in text)


def norm(s: str) -> str:
    """Key for alias lookup: lower case, diacritics and apostrophes dropped, spaces/hyphens as one space,
    dots kept."""
    return _WS.sub(" ", _APOS.sub("", fold_marks(s).lower())).strip()


def _alias_pattern(alias: str) -> str:
    """A literal alias as a regex tolerant of hyphen/space and apostrophe variation."""
    out = []
    for ch in alias:
        if ch in " -":
            out.append(r"[\s\-\u2010-\u2015]+")
        elif ch in "'\u2019":
            out.append(r"['\u2019\u2018`]?")
        else:
            out.append(re.escape(ch))
    return "".join(out)


_SEP, _OPT_APOS = "\x00sep", "\x00apos"


def _trie_symbols(alias: str) -> list[str]:
    """An alias as the symbols of the alias trie (not a tokenizer of text): lower-cased characters, one
    separator symbol for any run of spaces and dashes, one optional-apostrophe symbol."""
    out: list[str] = []
    for ch in alias.lower():
        if ch in " -\u2010\u2011\u2012\u2013\u2014\u2015":
            if not out or out[-1] != _SEP:
                out.append(_SEP)
        elif ch in "'\u2019\u2018`":
            out.append(_OPT_APOS)
        else:
            out.append(ch)
    return out


def _alternation(aliases: list[str]) -> str:
    """One trie-shaped regex for many literal aliases (shared prefixes factored: fast to scan)."""
    trie: dict[str, Any] = {}
    for a in set(aliases):
        node = trie
        for tok in _trie_symbols(a):
            node = node.setdefault(tok, {})
        node[""] = True

    def gen(node: dict[str, Any]) -> str:
        end = "" in node
        alts = []
        for tok in sorted(k for k in node if k):
            if tok == _SEP:
                piece = r"[\s\-\u2010-\u2015]+"
            elif tok == _OPT_APOS:
                piece = r"['\u2019\u2018`]?"
            else:
                piece = re.escape(tok)
            alts.append(piece + gen(node[tok]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return gen(trie)


# --------------------------------------------------------------------------------------------
# Lexicon (read-only, built once)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Entry:
    kind: str  # group | military | police | civilians | civ_weak | unidentified | default
    name: str | None = None  # group name (before branch resolution)
    country: str | None = None  # state units: the state
    actor_type: int | None = None


@dataclass
class _Lexicon:
    groups: dict[str, dict[str, Any]]
    countries: dict[str, dict[str, Any]]
    adjective_country: dict[str, str]
    alias_map: dict[str, _Entry]
    exact_map: dict[str, _Entry]
    alias_re: re.Pattern[str]
    exact_re: re.Pattern[str] | None
    adj_force_re: re.Pattern[str]
    country_name_re: re.Pattern[str]
    terms: list[dict[str, Any]]
    terms_re: re.Pattern[str]
    country_defaults: dict[str, dict[str, str]]
    media: dict[str, str]  # normalised media/spokesman alias -> group name
    media_re: re.Pattern[str]
    communities: dict[str, str]  # normalised community name -> its spelling in actors.yaml
    community_re: re.Pattern[str] | None  # "<Community> (community/ethnic) militia"
    raiding_re: re.Pattern[str] | None  # "<Community> raiders", "<Community> raided" (raiding_communities)
    between_communities_re: re.Pattern[str] | None  # "between <Community> and <Community>"
    shared_aliases: dict[str, tuple[str, ...]]  # an alias that several groups list -> those groups
    # attackers described by an identity ("Sikh militants"): the pattern, and normalised identity ->
    # (spelling, ACLED type), normalised noun -> output noun (actors.yaml described_attackers)
    described_re: re.Pattern[str] | None = None
    described_identities: dict[str, tuple[str, int]] = field(default_factory=dict)
    described_nouns: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class _RoleCues:
    fragments: dict[str, str]
    cues: dict[str, re.Pattern[str]]
    vocabularies: dict[str, frozenset[str]]


def _load_role_cues() -> _RoleCues:
    """The role cues of data/actor_roles.yaml, validated, with their {FRAGMENT}s filled in, compiled."""
    data = ActorRolesFile.model_validate(load_yaml("actor_roles.yaml"))
    frags = {k: "".join(v) for k, v in data.fragments.items()}
    return _RoleCues(frags, data.compiled(), {k: frozenset(v) for k, v in data.vocabularies.items()})


_ROLE_CUES = _load_role_cues()
_MIL_NOUNS = _ROLE_CUES.fragments["MIL_NOUNS"]
# "an Israeli artillery position" names a target, not a tactic
_RIGHT_TACTIC_TARGET = _ROLE_CUES.cues["right_tactic_target"]
# the head noun of a state phrase that names its own act ("Russian shelling", "an Israeli air strike",
# "a security operation"): the state is the user of the tactic, the agent
_TACTIC_HEAD = _ROLE_CUES.cues["tactic_head"]
_POL_NOUNS = _ROLE_CUES.fragments["POL_NOUNS"]


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    data = load_yaml("actors.yaml")
    groups: dict[str, dict[str, Any]] = {}
    alias_map: dict[str, _Entry] = {}
    exact_map: dict[str, _Entry] = {}
    media: dict[str, str] = {}
    shared: dict[str, list[str]] = {}  # alias -> every group that lists it, in file order
    for g in data["groups"]:
        groups[g["name"]] = g
        entry = _Entry("group", g["name"], None, int(g["type"]))
        for a in [g["name"], *g.get("aliases", [])]:
            alias_map.setdefault(norm(a), entry)
            shared.setdefault(norm(a), [])
            if g["name"] not in shared[norm(a)]:
                shared[norm(a)].append(g["name"])
        for a in g.get("exact", []) or []:
            exact_map[a] = entry
        for m in g.get("media", []) or []:
            media[norm(m)] = g["name"]
    countries: dict[str, dict[str, Any]] = {}
    adjective_country: dict[str, str] = {}
    for c in data["countries"]:
        countries[c["name"]] = c
        for adj in c.get("adjectives", []) or []:
            adjective_country[norm(adj)] = c["name"]
        adjective_country.setdefault(norm(c["name"]), c["name"])
        for u in c.get("military", []) or []:
            alias_map.setdefault(norm(u), _Entry("military", None, c["name"], 1))
        for u in c.get("police", []) or []:
            alias_map.setdefault(norm(u), _Entry("police", None, c["name"], 1))
    gen = data["generic"]
    for kind, key in (
        ("military", "military"),
        ("police", "police"),
        ("civilians", "civilians"),
        ("civ_weak", "civilians_weak"),
        ("unidentified", "unidentified"),
        ("protesters", "protesters"),
        ("rioters", "rioters"),
        ("none", "not_actors"),
    ):
        for w in gen.get(key, []) or []:
            alias_map.setdefault(norm(w), _Entry(kind))
    country_defaults = {c: {norm(k): v for k, v in m.items()} for c, m in (data.get("country_defaults") or {}).items()}
    for m in country_defaults.values():
        for k in m:
            alias_map.setdefault(norm(k), _Entry("unidentified"))

    # literal aliases: case-insensitive; acronyms of <= 3 letters are matched on their exact case
    # unless the text is all one case (handled in find_actor_phrases)
    alias_re = re.compile(_WORD_START + r"(?:" + _alternation([fold_marks(a) for a in alias_map_keys_display(data)]) + r")"
                          + _ROLE_CUES.fragments["ALIAS_END"], re.I)
    exact_re = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(exact_map, key=len, reverse=True)) + r")"
                          + _ROLE_CUES.fragments["ALIAS_END"]) if exact_map else None

    # "<Adjective> [word] troops", "Nigeria's army", "the army of Nigeria"
    adjs = sorted({a for c in data["countries"] for a in [*(c.get("adjectives") or []), c["name"]]}, key=len, reverse=True)
    ci_adjs = [a for a in adjs if not (a.isupper() or "." in a)]
    cs_adjs = [a for a in adjs if a.isupper() or "." in a]
    adj_alt = "(?:" + "|".join(_alias_pattern(a) for a in ci_adjs) + ")"
    if cs_adjs:
        adj_alt = "(?:" + adj_alt + "|(?-i:" + "|".join(re.escape(a) for a in cs_adjs) + "))"
    adj_force_re = re.compile(
        r"(?<![\w-])(?P<adj>" + adj_alt + r")(?:['\u2019]s)?(?:\s+|-)"
        # "Iranian-made missiles", "Russian-supplied drones" name where a weapon comes from, not its user
        r"(?!(?:made|built|supplied|designed|manufactured|produced|provided|origin|type)\b)"
        r"(?:(?:led|backed|[a-z]+-?)\s+){0,2}?"
        r"(?:(?P<pol>" + _POL_NOUNS + r")|(?P<mil>" + _MIL_NOUNS + r"))(?![\w-])"
        r"|(?<![\w-])(?:(?P<pol2>police)|(?P<mil2>army|armed forces|military|troops|soldiers|forces))\s+of\s+(?:the\s+)?(?P<adj2>"
        + adj_alt + r")(?![\w-])",
        re.I,
    )
    country_name_re = re.compile(
        r"(?<![\w-])(?:" + "|".join(_alias_pattern(c["name"]) for c in sorted(data["countries"], key=lambda c: -len(c["name"])))
        + r")(?![\w-])",
        re.I,
    )
    terms = list(load_yaml("neutral_terms.yaml")["terms"])
    terms_re = re.compile(
        _WORD_START + "(?:" + "|".join(rf"(?P<t{i}>{t['term']})" for i, t in enumerate(terms)) + r")(?![\w-])", re.I
    )
    communities = sorted(data.get("communities") or [], key=len, reverse=True)
    community_re = re.compile(
        r"(?<![\w-])(?:ethnic\s+)?(?P<c>" + "|".join(_alias_pattern(c) for c in communities) + r")"
        r"(?:\s+(?:ethnic|community|clan|tribal|self-defen[cs]e))?\s+(?:militia(?:s|men)?|vigilantes|self-defen[cs]e groups?)(?![\w-])",
        re.I,
    ) if communities else None
    raiding = sorted(data.get("raiding_communities") or [], key=len, reverse=True)
    raiding_re = re.compile(
        r"(?<![\w-])(?P<c>" + "|".join(_alias_pattern(c) for c in raiding) + r")(?:s(?=[\s,]))?"
        r"(?:(?P<head>\s+(?:raiders|warriors|morans|bandits|(?:cattle\s+)?rustlers|gunmen|attackers|assailants|fighters|militants))"
        r"|(?=\s+(?:raid(?:s|ed)?|attack(?:s|ed)?|clash(?:es|ed)?|kill(?:s|ed)?|fought|invaded|stormed|ambushed|torched)\b))"
        r"(?![\w-])",
    ) if raiding else None
    raid_alt = "(?:" + "|".join(_alias_pattern(c) for c in raiding) + ")"
    #: "fighting between (the) Kalenjin and (the) Maasai": both communities are parties (raiding_communities)
    between_communities_re = re.compile(
        rf"\b(?i:between)\s+(?:(?i:the)\s+)?(?P<a>{raid_alt})s?\s+(?i:and)\s+(?:(?i:the)\s+)?(?P<b>{raid_alt})s?(?![\w-])"
    ) if raiding else None
    media_re = re.compile(r"(?<![\w-])(?:" + _alternation(list({m for g in data["groups"] for m in g.get("media", []) or []})) + r")(?![\w-])", re.I)
    described_re, described_ids, described_nouns = _described_lexicon(data.get("described_attackers") or {})
    return _Lexicon(
        groups, countries, adjective_country, alias_map, exact_map, alias_re, exact_re, adj_force_re,
        country_name_re, terms, terms_re, country_defaults, media, media_re,
        {norm(c): c for c in communities + raiding}, community_re, raiding_re, between_communities_re,
        {k: tuple(v) for k, v in shared.items() if len(v) > 1},
        described_re, described_ids, described_nouns,
    )


def _described_lexicon(data: dict[str, Any]) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, int]], dict[str, str]]:
    """The pattern of attackers described by an identity ("Sikh militants", "right-wing extremists", "a
    Palestinian gunman", "Islamists") and its tables: normalised identity -> (spelling, type), normalised
    noun -> the noun written to output. A singular noun before an organisation or activity word is a
    modifier ("the Palestinian militant group Hamas"), so `not_before` words may not follow the match."""
    if not data:
        return None, {}, {}
    ids = {norm(k): (k, int(v)) for k, v in data["identities"].items()}
    nouns = {norm(k): v for k, v in data["nouns"].items()}
    alone = {norm(k): v for k, v in data["alone"].items()}
    for k, v in alone.items():
        nouns[k] = v
        ids.setdefault(k, (v, 4 if norm(v) in ("islamists", "salafists") else 3))
    id_alt = "|".join(_alias_pattern(k) for k in sorted(data["identities"], key=len, reverse=True))
    noun_alt = "|".join(_alias_pattern(k) for k in sorted(data["nouns"], key=len, reverse=True))
    alone_alt = "|".join(_alias_pattern(k) for k in sorted(data["alone"], key=len, reverse=True))
    stop = "|".join(re.escape(w) for w in sorted(data["not_before"], key=len, reverse=True))
    pat = re.compile(
        r"(?<![\w-])(?:(?P<id>" + id_alt + r")(?:\s+|-)(?P<noun>" + noun_alt + r")|(?P<alone>" + alone_alt + r"))"
        r"(?![\w-])(?!['\u2019]?\s+(?:" + stop + r")\b)",
        re.I,
    )
    return pat, ids, nouns


def alias_map_keys_display(data: dict[str, Any]) -> set[str]:
    """Every literal alias as written in actors.yaml (for the matcher)."""
    out: set[str] = set()
    for g in data["groups"]:
        out.update([g["name"], *g.get("aliases", [])])
    for c in data["countries"]:
        out.update(c.get("military") or [])
        out.update(c.get("police") or [])
    for key in ("military", "police", "civilians", "civilians_weak", "unidentified", "protesters", "rioters", "not_actors"):
        out.update(data["generic"].get(key) or [])
    for m in (data.get("country_defaults") or {}).values():
        out.update(m)
    # short all-caps acronyms that are also English words are matched case-sensitively
    return {a for a in out if a}


# --------------------------------------------------------------------------------------------
# Neutral terms (shared with types, claims and the neutrality tests)
# --------------------------------------------------------------------------------------------
def neutral_term_entries() -> list[dict[str, Any]]:
    """The entries of data/neutral_terms.yaml (term, maps_to, kind, note[, by_country])."""
    return list(lexicon().terms)


def neutral_terms() -> list[str]:
    """The source terms (regular expressions) of data/neutral_terms.yaml."""
    return [t["term"] for t in lexicon().terms]


def term_samples(term: str) -> list[str]:
    """Literal strings a term's regex matches: the shortest form and the fullest form.

    Alternations take their first branch (and, for the full form, every branch is tried once);
    optional parts are dropped (short) or included (full). Used to generate neutrality inputs.
    """
    import re._parser as sre  # noqa: PLC0415 - stdlib, only needed here

    def expand(items: Any, full: bool, pick: int) -> str:
        out = []
        for op, av in items:
            name = str(op)
            if name == "LITERAL":
                out.append(chr(av))
            elif name == "SUBPATTERN":
                out.append(expand(av[-1], full, pick))
            elif name == "BRANCH":
                branches = av[1]
                out.append(expand(branches[min(pick, len(branches) - 1)], full, 0))
            elif name in ("MAX_REPEAT", "MIN_REPEAT"):
                lo, hi, sub = av
                n = max(lo, 1 if full else 0) if hi != 0 else 0
                out.append(expand(sub, full, pick) * n)
            elif name == "IN":
                lits = [chr(v) for o, v in av if str(o) == "LITERAL"]
                ranges = [v for o, v in av if str(o) == "RANGE"]
                if lits:
                    out.append(lits[0])
                elif ranges:
                    out.append(chr(ranges[0][0]))
                elif any(str(o) == "CATEGORY" for o, _ in av):
                    out.append("a")
            elif name == "AT":
                continue
            elif name == "NOT_LITERAL":
                out.append("a")
            elif name == "ANY":
                out.append("a")
        return "".join(out)

    parsed = sre.parse(term)
    n_branches = 1
    for op, av in parsed:
        if str(op) == "BRANCH":
            n_branches = len(av[1])
    samples = {expand(parsed, False, 0), expand(parsed, True, 0)}
    for i in range(1, n_branches):
        samples.add(expand(parsed, True, i))
        samples.add(expand(parsed, False, i))
    return sorted(s.strip() for s in samples if s.strip())


# --------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------
def of_country(country: str) -> str:
    return f"the {country}" if country in _THE else country


def country_iso3(country: str | None) -> str | None:
    if not country:
        return None
    c = lexicon().countries.get(country)
    return c["iso3"] if c else None


def resolve_group(name: str, country: str | None, when: Any = None) -> str:
    """A group's standard name in ``country`` (Islamic State -> its province there).

    ``when`` (a date) selects the branch that published for that country then (``eras`` in
    actors.yaml): claims use it, since the claimant is the branch whose name the claim carries.
    """
    g = lexicon().groups.get(name)
    if g and country:
        if when is not None:
            for era in g.get("eras") or []:
                if country in era.get("countries", []) and _in_era(when, era):
                    return str(era["name"])
        by = g.get("by_country") or {}
        if country in by:
            return by[country]
    return name


def former_name(name: str, alias: str, when: Any) -> str | None:
    """The name that group ``name`` went by at ``when`` (a date) when the text names it by ``alias``,
    one of a renamed or merged group's own aliases (``former_names`` in actors.yaml; docs/rules/actors.md,
    "Names by date"): "al-Nusra Front" in 2015 is Jabhat al-Nusra, not Hayat Tahrir al-Sham."""
    g = lexicon().groups.get(name)
    if not g or when is None:
        return None
    key = norm(alias)
    for former in g.get("former_names") or []:
        if _in_era(when, former) and key in {norm(a) for a in former["aliases"]}:
            return str(former["name"])
    return None


def _in_era(when: Any, era: dict[str, Any]) -> bool:
    lo, hi = era.get("from"), era.get("until")
    return (lo is None or str(lo) <= str(when)) and (hi is None or str(when) <= str(hi))


def region_branch(name: str, region_iso2: str) -> str | None:
    """The branch of ``name`` that a claims header naming a region of ``region_iso2`` denotes."""
    g = lexicon().groups.get(name)
    if not g:
        return None
    by = g.get("by_region_country") or {}
    return by.get(region_iso2)


def is_group_family(name: str | None, base: str) -> bool:
    """``name`` is ``base`` or one of its branches (a ``by_country`` / ``by_region_country`` name)."""
    if not name:
        return False
    if name == base:
        return True
    g = lexicon().groups.get(base) or {}
    return name in (g.get("by_country") or {}).values() or name in (g.get("by_region_country") or {}).values()


def group_type(name: str) -> ActorType | None:
    g = lexicon().groups.get(name)
    return ActorType(int(g["type"])) if g else None


def _template_type(name: str, event_country: str | None) -> ActorType:
    if name.startswith(("Military Forces of ", "Police Forces of ", "Government of ")):
        state = name.split(" of ", 1)[1]
        state = state[4:] if state.startswith("the ") else state
        return ActorType.STATE_FORCES if (event_country is None or state == event_country) else ActorType.EXTERNAL_OTHER
    if name.startswith("Civilians"):
        return ActorType.CIVILIANS
    if name.startswith("Unidentified Armed Group"):
        return ActorType.POLITICAL_MILITIA
    if name.startswith("Protesters"):
        return ActorType.PROTESTERS
    if name.startswith("Rioters"):
        return ActorType.RIOTERS
    t = group_type(name)
    if t is not None:
        return t
    if name and name[0].isupper() and " of " not in name[:20]:  # a derived name: its type words decide
        from .actor_names import actor_type_of  # noqa: PLC0415

        return ActorType(actor_type_of(name))
    return ActorType.EXTERNAL_OTHER


def _fill(template: str, country: str | None, claimant: str | None) -> str | None:
    if "{claimant}" in template:
        if claimant:
            return claimant
        template = "Unidentified Armed Group ({country})"
    if "{country}" in template:
        if not country:
            return template.split(" ({country})")[0] if " ({country})" in template else None
        if template.startswith(("Military Forces of", "Police Forces of", "Government of")):
            return template.replace("{country}", of_country(country))
        return template.replace("{country}", country)
    return resolve_group(template, country)


# --------------------------------------------------------------------------------------------
# Phrase finding
# --------------------------------------------------------------------------------------------
@dataclass
class ActorPhrase:
    """An actor phrase found in the text, with its neutral name."""

    start: int
    end: int
    text: str
    kind: str  # group | military | police | civilians | civ_weak | unidentified | term
    name: str | None = None
    actor_type: ActorType | None = None
    rule: str = ""
    agent: float = 0.0
    patient: float = 0.0
    speaker: bool = False
    self_ref: bool = False  # "{claimant}" self-label or "its fighters"
    generic_word: str = ""


_PRIORITY = {"term": 0, "group": 1, "military": 2, "police": 2, "unidentified": 3, "protesters": 3, "rioters": 3,
             "civilians": 4, "civ_weak": 5}


def _reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]] | None:
    """``spans`` sorted by start, with the furthest end reached by each prefix: :func:`_inside`
    asks whether a position lies strictly inside one of them with one bisection, not a scan."""
    if not spans:
        return None
    spans = sorted(spans)
    ends, far = [], -1
    for _, e in spans:
        far = max(far, e)
        ends.append(far)
    return [s for s, _ in spans], ends


def _inside(pos: int, reach: tuple[list[int], list[int]]) -> bool:
    """Whether ``pos`` lies strictly inside a span of :func:`_reach` (start < pos < end)."""
    starts, ends = reach
    i = bisect_left(starts, pos)  # the spans that start before pos
    return i > 0 and ends[i - 1] > pos


def _raw_phrases(text: str, base: int) -> list[ActorPhrase]:
    lex = lexicon()
    found: list[ActorPhrase] = []
    one_case = text.islower() or text.isupper()
    for m in lex.terms_re.finditer(text):
        idx = int(m.lastgroup[1:]) if m.lastgroup else -1
        t = lex.terms[idx]
        if t["kind"] in ("attack-label", "death-euphemism"):
            continue
        found.append(ActorPhrase(base + m.start(), base + m.end(), m.group(), "term", rule=f"neutral-term:{t['kind']}",
                                 generic_word=str(idx)))
    if lex.community_re is not None:
        # a community's militia: "<Community> Ethnic Militia (<Country>)" (named in _name_phrase);
        # found before the aliases so that it wins a tie with a country-bound alias ("Fulani militia")
        for m in lex.community_re.finditer(text):
            c = lex.communities.get(norm(m.group("c")), m.group("c"))
            found.append(ActorPhrase(base + m.start(), base + m.end(), m.group(), "group", name=_COMMUNITY + c,
                                     rule="actor-community-militia"))
    if lex.described_re is not None:
        # an attacker described by an identity: "<Identity> <Noun> (<Country>)" (named in _name_phrase);
        # found before the generic words, so the longer phrase wins over "militants" alone
        for m in lex.described_re.finditer(text):
            ident = m.group("id") or m.group("alone")
            noun = m.group("noun") or m.group("alone")
            found.append(ActorPhrase(base + m.start(), base + m.end(), m.group(), "unidentified",
                                     name=_DESCRIBED + norm(ident) + "|" + norm(noun), rule=DESCRIBED_RULE,
                                     generic_word=norm(noun)))
    if lex.raiding_re is not None:
        # a raiding community's armed men named by a raiding word or by the community acting ("Pokot raided")
        taken = [(p.start, p.end) for p in found]
        spans = [(m.start(), m.end(), m.group("c")) for m in lex.raiding_re.finditer(text)]
        if lex.between_communities_re is not None:
            for m in lex.between_communities_re.finditer(text):
                spans += [(m.start(g), m.end(g), m.group(g)) for g in ("a", "b")]
        for ms, me, cname in sorted(set(spans)):
            s, e = base + ms, base + me
            if any(a < e and s < b for a, b in taken):
                continue
            c = lex.communities.get(norm(cname), cname)
            found.append(ActorPhrase(s, e, text[ms:me], "group", name=_COMMUNITY + c, rule="actor-community-militia"))
            taken.append((s, e))
    for m in lex.adj_force_re.finditer(text):
        adj = m.group("adj") or m.group("adj2")
        country = lex.adjective_country.get(norm(adj))
        if not country:
            continue
        kind = "police" if (m.group("pol") or m.group("pol2")) else "military"
        found.append(ActorPhrase(base + m.start(), base + m.end(), m.group(), kind, rule="state-forces-named",
                                 generic_word=country))
    for m in lex.alias_re.finditer(fold_marks(text)):  # one character for one: offsets are the text's
        s = text[m.start():m.end()]
        key = norm(s)
        entry = lex.alias_map.get(key)
        if entry is None:
            continue
        # a short named alias ("ADF", "LeT", "ANA") must be written as listed in mixed-case text
        # ("let" is a verb); in one-case text (wire copy in capitals) a short alias that is also
        # an English function word ("IS", "AS") carries no signal and is skipped
        if (entry.kind == "group" or entry.country) and len(key.replace(" ", "").replace("-", "")) <= 4:
            if one_case:
                if key in _english_function_words():
                    continue
            elif s not in _short_alias_spellings():
                continue
        kind = entry.kind
        if kind == "group":
            found.append(ActorPhrase(base + m.start(), base + m.end(), s, "group", name=entry.name, rule=ALIAS_RULE))
        elif entry.country:
            found.append(ActorPhrase(base + m.start(), base + m.end(), s, kind, rule="state-forces-named",
                                     generic_word=entry.country))
        else:
            found.append(ActorPhrase(base + m.start(), base + m.end(), s, kind, rule=f"actor-generic:{kind}",
                                     generic_word=key))
    if lex.exact_re is not None and not text.isupper():  # case-sensitive aliases mean nothing in capitals
        for m in lex.exact_re.finditer(text):
            entry = lex.exact_map[m.group()]
            found.append(ActorPhrase(base + m.start(), base + m.end(), m.group(), "group", name=entry.name, rule=ALIAS_RULE))
    # a country word that ends a group's name is no state's force ("Tehrik-i-Taliban Pakistan dressed in
    # military uniforms"): a state phrase that starts inside a group alias yields to it
    groups = _reach([(p.start, p.end) for p in found if p.kind == "group"])
    if groups is not None:
        found = [p for p in found if not (p.rule == "state-forces-named" and _inside(p.start, groups))]
    # longest first, then by priority; keep non-overlapping
    found.sort(key=lambda p: (-(p.end - p.start), _PRIORITY.get(p.kind, 9), p.start))
    # the kept spans are disjoint, so sorted by start their ends are sorted too: a phrase overlaps
    # one of them iff it overlaps the last one starting before its end (bisect, not a scan of all)
    kept: list[ActorPhrase] = []
    starts: list[int] = []
    ends: list[int] = []
    for p in found:
        k = bisect_left(starts, p.end)
        if k and ends[k - 1] > p.start:
            continue
        kept.append(p)
        starts.insert(k, p.start)
        ends.insert(k, p.end)
    kept.sort(key=lambda p: p.start)
    return kept


@lru_cache(maxsize=1)
def _short_alias_spellings() -> frozenset[str]:
    """Named aliases of up to four letters exactly as the lexicon writes them ("ADF", "LeT", "M23")."""
    data = load_yaml("actors.yaml")
    names = [a for g in data["groups"] for a in [g["name"], *g.get("aliases", [])]]
    names += [a for c in data["countries"] for a in [*(c.get("military") or []), *(c.get("police") or [])]]
    return frozenset(a for a in names if len(a.replace(" ", "").replace("-", "")) <= 4)


@lru_cache(maxsize=1)
def _english_function_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # noqa: PLC0415

    return frozenset(STOP_WORDS) | {"let", "sl"}


def _event_country(doc: Document, mention: Mention, ctx: DocContext | None, place: PlaceValue | None,
                   phrases: list[ActorPhrase]) -> tuple[str | None, str]:
    if place is not None and place.country:
        return place.country, "country-from-place"
    if ctx is not None:
        sp = ctx.section_places.get(mention.section)
        if sp is not None and sp.country:
            return sp.country, "country-from-section"
        if ctx.doc_place is not None and ctx.doc_place.country:
            return ctx.doc_place.country, "country-from-document"
    lex = lexicon()
    m = lex.country_name_re.search(doc.text, mention.start, mention.end)
    if m:
        return lex.adjective_country.get(norm(m.group()), m.group()), "country-from-text"
    for p in phrases:
        if p.kind in ("military", "police") and p.generic_word in lex.countries:
            return p.generic_word, "country-from-state-forces"
    for p in phrases:
        if p.kind == "group" and p.name:
            cs = (lex.groups.get(p.name) or {}).get("countries") or []
            if len(cs) == 1:
                return cs[0], "country-from-group"
    m = lex.country_name_re.search(doc.text)
    if m:
        return lex.adjective_country.get(norm(m.group()), m.group()), "country-from-document-text"
    return None, "country-unknown"


_COMMUNITY = "\x00community:"
_DESCRIBED = "\x00described:"
#: the rule of an attacker described by an identity ("Sikh militants" -> `Sikh Militants (India)`)
DESCRIBED_RULE = "actor-described"


def _described_name(p: ActorPhrase, country: str | None) -> None:
    """Name an identity-described attacker: the event country's default for the phrase or its noun
    wins ("Islamist militants" in Somalia -> Al Shabaab); otherwise `<Identity> <Noun> (<Country>)`."""
    lex = lexicon()
    ident, _, noun = (p.name or "")[len(_DESCRIBED):].partition("|")
    defaults = lex.country_defaults.get(country or "", {})
    default = defaults.get(norm(p.text)) or defaults.get(noun)
    if default:
        p.name = resolve_group(default, country)
        p.actor_type = _template_type(p.name, country)
        p.rule = "actor-country-default"
        return
    spelling, kind = lex.described_identities.get(ident, (ident.title(), 3))
    out_noun = lex.described_nouns.get(noun, noun.title())
    label = out_noun if norm(out_noun) == norm(spelling) or norm(spelling) == norm(out_noun).rstrip("s") \
        else f"{spelling[0].upper()}{spelling[1:]} {out_noun}"
    p.name = f"{label} ({country})" if country else label
    p.actor_type = ActorType.IDENTITY_MILITIA if kind == 4 else ActorType.POLITICAL_MILITIA


def _name_phrase(p: ActorPhrase, country: str | None, claimant: str | None, when: Any = None) -> None:
    lex = lexicon()
    if p.rule.startswith("actor-derived"):
        return  # named and typed from the text (actor_names.derive_names)
    if p.rule == DESCRIBED_RULE and (p.name or "").startswith(_DESCRIBED):
        _described_name(p, country)
        return
    if p.kind == "group" and p.name and p.name.startswith(_COMMUNITY):
        community = p.name[len(_COMMUNITY):]
        p.name = f"{community} Ethnic Militia ({country})" if country else f"{community} Ethnic Militia"
        p.actor_type = ActorType.IDENTITY_MILITIA
    elif p.kind == "group" and p.name:
        # an alias that several groups share ("Ansar al-Sunna") names the one active in the event's country
        # (the first listed when none or several are; rule actor-alias-by-country)
        sharing = lex.shared_aliases.get(norm(p.text)) if country else None
        if sharing:
            here = [n for n in sharing if country in (lex.groups[n].get("countries") or [])]
            if len(here) == 1 and here[0] != p.name:
                p.name, p.rule = here[0], "actor-alias-by-country"
        former = former_name(p.name, p.text, when)
        if former:  # the name the group went by at the event's date (rule actor-name-by-date)
            p.actor_type = _template_type(p.name, country)
            p.name, p.rule = former, "actor-name-by-date"
            return
        p.name = resolve_group(p.name, country)
        p.actor_type = _template_type(p.name, country)
    elif p.kind in ("military", "police") and p.generic_word in lex.countries:
        state = p.generic_word
        p.name = f"{'Police' if p.kind == 'police' else 'Military'} Forces of {of_country(state)}"
        p.actor_type = ActorType.STATE_FORCES if (country is None or state == country) else ActorType.EXTERNAL_OTHER
        if p.actor_type == ActorType.EXTERNAL_OTHER:
            p.rule = "state-forces-abroad"
    elif p.kind in ("military", "police"):
        if country:
            p.name = f"{'Police' if p.kind == 'police' else 'Military'} Forces of {of_country(country)}"
            p.actor_type = ActorType.STATE_FORCES
            p.rule = "state-forces-from-context"
    elif p.kind in ("civilians", "civ_weak"):
        p.name = f"Civilians ({country})" if country else "Civilians"
        p.actor_type = ActorType.CIVILIANS
    elif p.kind in ("protesters", "rioters"):
        label = "Protesters" if p.kind == "protesters" else "Rioters"
        p.name = f"{label} ({country})" if country else label
        p.actor_type = ActorType.PROTESTERS if p.kind == "protesters" else ActorType.RIOTERS
    elif p.kind == "unidentified":
        default = lex.country_defaults.get(country or "", {}).get(p.generic_word)
        if default:
            p.name = resolve_group(default, country)
            p.actor_type = _template_type(p.name, country)
            p.rule = "actor-country-default"
        else:
            p.name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
            p.actor_type = ActorType.POLITICAL_MILITIA
            p.rule = "actor-unidentified"
    elif p.kind == "term":
        t = lex.terms[int(p.generic_word)]
        template = (t.get("by_country") or {}).get(country or "", t["maps_to"])
        if "{claimant}" in template:
            p.self_ref = True
        p.name = _fill(template, country, claimant)
        if p.name:
            p.actor_type = _template_type(p.name, country)


#: the span group of the actor-phrase detector, and its spaCy component
ACTORS_GROUP = "actors"
DETECTOR = "sitrep_actors"
#: the rule id of a phrase that is a lexicon group's alias (its label in the span group)
ALIAS_RULE = "actor-alias"


@Language.component(DETECTOR)
def detect_actor_phrases(doc: Doc) -> Doc:
    """The actor-phrase detector: every lexicon phrase of the text (aliases, state forces, generic
    words, reviewed terms, community militias), found once per document and written to the
    ``actors`` span group; the rule id is the phrase's rule and the value the unnamed phrase."""
    add_spans(doc, ACTORS_GROUP, [(p.start, p.end, p.rule, p) for p in _raw_phrases(doc_text(doc), 0)])
    return doc


def annotation_for(doc: Document, ctx: DocContext | None = None, annotation: Annotation | None = None) -> Annotation:
    """The document's annotation (the context's, or one made here for a standalone caller), with
    the actor phrases detected on it once."""
    ann = annotation if annotation is not None else (ctx.annotation if ctx is not None else None)
    if ann is None:
        ann = annotate(doc, (DETECTOR,))
    if ACTORS_GROUP not in ann.doc.spans:  # an annotation made without this detector
        detect_actor_phrases(ann.doc)
    return ann


def raw_phrases(ann: Annotation, start: int, end: int) -> list[ActorPhrase]:
    """The detected actor phrases inside ``text[start:end]``, unnamed, as fresh copies the caller may
    name and score."""
    return [replace(f.value) for f in ann.spans(ACTORS_GROUP, start, end)]


def find_actor_phrases(doc: Document, start: int, end: int, country: str | None = None,
                       claimant: str | None = None, annotation: Annotation | None = None,
                       when: Any = None) -> list[ActorPhrase]:
    """Every actor phrase in ``doc.text[start:end]`` with its neutral name (no roles); ``when`` names a
    renamed group as it was called on that date ("Names by date")."""
    phrases = raw_phrases(annotation_for(doc, annotation=annotation), start, end)
    for p in phrases:
        _name_phrase(p, country, claimant, when)
    return [p for p in phrases if p.name]


# --------------------------------------------------------------------------------------------
# Roles
# --------------------------------------------------------------------------------------------
_RIGHT_AGENT = _ROLE_CUES.cues["right_agent"]
_RIGHT_NOUN_AGENT = _ROLE_CUES.cues["right_noun_agent"]
_LEFT_IN_EVENT = _ROLE_CUES.cues["left_in_event"]
_RIGHT_EVENT_NOUN = _ROLE_CUES.cues["right_event_noun"]
_RIGHT_PASSIVE = _ROLE_CUES.cues["right_passive"]
# "troops came under fire", "soldiers were pursuing militants when they came under attack"
_RIGHT_CAME_UNDER = _ROLE_CUES.cues["right_came_under"]
_RIGHT_DEFEND = _ROLE_CUES.cues["right_defend"]
_RIGHT_SPEAKER = _ROLE_CUES.cues["right_speaker"]
# a headline's source: "Fresno police: Teen shot in head"
_RIGHT_COLON_SOURCE = _ROLE_CUES.cues["right_colon_source"]
_LEFT_HEADLINE_SOURCE = _ROLE_CUES.cues["left_headline_source"]
_COLON_SOURCE_FIGHT = _ROLE_CUES.cues["colon_source_fight"]
# the police investigating or responding: "police were called to", "police are looking for a suspect"
_RIGHT_RESPONDER = _ROLE_CUES.cues["right_responder"]
_RESPONDER_FIRE = _ROLE_CUES.cues["responder_fire"]
_SELF_REPORT = _ROLE_CUES.cues["self_report"]
# "the army said it had detected launches" is a report, not a self-report: a bare pronoun subject
# ("it", "they", "we") must be followed by an act
_PRONOUN_END = _ROLE_CUES.cues["pronoun_end"]
# "a spokesman for X said the group carried out the attack": X reports its own act
_LEFT_SPOKESMAN = _ROLE_CUES.cues["left_spokesman"]
_RIGHT_GROUP_ACT = _ROLE_CUES.cues["right_group_act"]
_RIGHT_MEDIA_GROUP_ACT = _ROLE_CUES.cues["right_media_group_act"]
_AFTER_PRONOUN_ACT = _ROLE_CUES.cues["after_pronoun_act"]


def _self_report_acts(sr: re.Match[str], right: str) -> bool:
    if not _PRONOUN_END.search(sr.group()):
        return True
    return _AFTER_PRONOUN_ACT.match(right[sr.end():]) is not None


# "X was behind the attack", "X were blamed for the attack", "X is responsible for": X acted
_RIGHT_RESPONSIBLE = _ROLE_CUES.cues["right_responsible"]
# "by X" names the agent after an act word ("an attack by X", "killed by X"), not after any verb
# ("a road used by troops": fragment BY_WORDS of the cues)
_LEFT_AGENT = _ROLE_CUES.cues["left_agent"]
_LEFT_AUTHOR_OF_EVENT = _ROLE_CUES.cues["left_author_of_event"]
_LEFT_BY_NAMED = _ROLE_CUES.cues["left_by_named"]
_LEFT_BY_NOT_AGENT = _ROLE_CUES.cues["left_by_not_agent"]
_LEFT_SPEAKER = _ROLE_CUES.cues["left_speaker"]
# "..., said the police chief": a speaker after "said" - unless the phrase is the subject of the
# reported clause ("police said gunmen shot dead a headman": gunmen act)
# "police blamed X for the attack", "authorities blamed the Shining Path."
_LEFT_BLAMED = _ROLE_CUES.cues["left_blamed"]
_RIGHT_BLAMED_END = _ROLE_CUES.cues["right_blamed_end"]
_LEFT_SAID = _ROLE_CUES.cues["left_said"]
_LEFT_PATIENT = _ROLE_CUES.cues["left_patient"]
# "suspected X" names a perpetrator, unless X is in an acted-upon position ("strikes on suspected X positions")
_LEFT_SUSPECTED = _ROLE_CUES.cues["left_suspected"]
# "X are suspected", "X is believed to be behind": the attribution is a suspicion (rule actor1-suspected)
_RIGHT_SUSPECTED = _ROLE_CUES.cues["right_suspected"]
_LEFT_WEAK_PATIENT = _ROLE_CUES.cues["left_weak_patient"]
_LEFT_BETWEEN_FIRST = _ROLE_CUES.cues["left_between_first"]
_LEFT_FIGHT_OPPONENT = _ROLE_CUES.cues["left_fight_opponent"]
_FIGHT_EVENT = _ROLE_CUES.cues["fight_event"]
_APPOSITION_NAME = _ROLE_CUES.cues["apposition_name"]
_RELATION_LEFT = _ROLE_CUES.cues["relation_left"]
_RELATION_RIGHT = _ROLE_CUES.cues["relation_right"]
_APPOSITION_LEFT = _ROLE_CUES.cues["apposition_left"]
_RELATION_PREMODIFIER = _ROLE_CUES.cues["relation_premodifier"]


def in_relation(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is named only in an appositive, as what another named party belongs
    to or is tied to ("X, a faction of the TTP, ...", "X, an Al-Qaeda linked group"), or as a premodifier
    of another name ("the Al-Qaeda-linked Abu Sayyaf group"): not a party of the act."""
    left = text[max(0, start - 80):start]
    return bool(_RELATION_LEFT.search(left) or (_APPOSITION_LEFT.search(left) and _RELATION_RIGHT.match(text[end:end + 20]))
                or _RELATION_PREMODIFIER.match(text[end:end + 80]))
_LEFT_BETWEEN_SECOND = _ROLE_CUES.cues["left_between_second"]
_LINK = _ROLE_CUES.cues["link"]
_COORDINATION = _ROLE_CUES.cues["coordination"]
_POSSESSIVE_SELF = _ROLE_CUES.cues["possessive_self"]
_AIR = _ROLE_CUES.cues["air"]
_VIOLENT = _ROLE_CUES.cues["violent"]
# a weapon that acts by itself in the text ("a roadside bomb struck", "a landmine killed", "their vehicle
# struck an explosive device", "a suicide bomber blew himself up"): its user is the perpetrator
_EXPLOSIVE = _ROLE_CUES.cues["explosive"]
_DISRUPTED_CUE = _ROLE_CUES.cues["disrupted_cue"]
# the object of a protest is not force used on it: "protested against the killings of ..."
_PROTEST_OBJECT = _ROLE_CUES.cues["protest_object"]
# generic words for security forces that, facing a crowd, are the police (ACLED codes crowd control as police)
_CROWD_POLICE_WORDS = _ROLE_CUES.vocabularies["crowd_police_words"]
_LETHAL = _ROLE_CUES.cues["lethal"]
_ABSORBABLE = _ROLE_CUES.vocabularies["absorbable"]

# "arrested four members of X", "killed fighters belonging to X": X is acted upon, not the agent
_LEFT_MEMBERS_OF_PATIENT = _ROLE_CUES.cues["left_members_of_patient"]
_LEFT_MEMBERS_OF = _ROLE_CUES.cues["left_members_of"]
# telegraphic passive (bulletins, tables): "3 VDP members killed.", "11 assailants and 2 soldiers killed;"
_LEFT_QUANT = _ROLE_CUES.cues["left_quant"]
_RIGHT_BARE_PASSIVE = _ROLE_CUES.cues["right_bare_passive"]
# a parenthetical acronym or gloss after a name: "the Counter Terrorism Department (CTD) arrested"
_RIGHT_PAREN = _ROLE_CUES.cues["right_paren"]


_AGENTIVE_KINDS = ("group", "term", "unidentified", "military", "police")


def role_features(text: str, p: ActorPhrase, sent: tuple[int, int]) -> dict[str, float]:
    """The named role cues that fire for phrase ``p`` in sentence ``sent`` (docs/rules/actors.md,
    "Roles"): its left and right context read with the cues of data/actor_roles.yaml, in their order
    of precedence (a decisive cue - named responsible, "by" after an act, a speaker - stops the
    reading). Scoring is separate (:func:`role_scores`, weights in data/actor_role_weights.yaml)."""
    s0, s1 = sent
    f: dict[str, float] = {}
    left = text[max(s0, p.start - 90):p.start]
    right = text[p.end:min(s1, p.end + 120)]
    paren = _RIGHT_PAREN.match(right)
    if paren and paren.group().strip():
        right = " " + right[paren.end():]
    if p.kind in ("group", "term") and in_relation(text, p.start, p.end):
        f["relation"] = 1.0
        return f
    if _RIGHT_RESPONSIBLE.match(right) or (_LEFT_BLAMED.search(left) and _RIGHT_BLAMED_END.match(right)):
        f["named-responsible"] = 1.0
        return f
    # "a car bombing of a pub ... by the UDA", "massacred by X militants": a named group after "by" in a
    # sentence that reports an act is its author ("backed by", "held by" X are not)
    if p.kind in ("group", "term") and _LEFT_BY_NAMED.search(left) and _VIOLENT.search(left) \
            and not _LEFT_BY_NOT_AGENT.search(left):
        f["by-after-act"] = 1.0
        return f
    if p.kind in ("group", "term") and ((_LEFT_SPOKESMAN.search(left) and _RIGHT_GROUP_ACT.match(right))
                                        or _RIGHT_MEDIA_GROUP_ACT.match(right)):
        f["self-report"] = 1.0
        return f
    acts = _RIGHT_AGENT.match(right) or _RIGHT_PASSIVE.match(right) or _RIGHT_CAME_UNDER.match(right)
    if _RIGHT_COLON_SOURCE.match(right) and _LEFT_HEADLINE_SOURCE.match(text, s0, p.start) \
            and not _COLON_SOURCE_FIGHT.match(text, p.end, min(len(text), p.end + 200)):
        f["speaker"] = 1.0  # "Fresno police: Teen shot in head", "Army: 12 militants killed"
        return f
    if p.kind == "police" and _RIGHT_RESPONDER.match(right) and not _RESPONDER_FIRE.match(right):
        f["speaker"] = 1.0  # "Topeka police were called to ...", "police are looking for a suspect"
        return f
    if _LEFT_SPEAKER.search(left) or (_LEFT_SAID.search(left) and not acts) \
            or (_RIGHT_SPEAKER.match(right) and not _RIGHT_AGENT.match(right)):
        if (sr := _SELF_REPORT.match(right)) and p.kind in ("group", "term", "military", "police") \
                and _self_report_acts(sr, right):
            f["self-report"] = 1.0
        else:
            f["speaker"] = 1.0
        return f
    bare = _LEFT_QUANT.search(left) is not None and _RIGHT_BARE_PASSIVE.match(right) is not None
    if _RIGHT_PASSIVE.match(right) or _RIGHT_CAME_UNDER.match(right) or bare:
        f["right-passive"] = 1.0
    elif _RIGHT_DEFEND.match(right):
        f["right-defend"] = 1.0
    elif _RIGHT_AGENT.match(right):
        f["right-agent"] = 1.0
    elif p.kind in _AGENTIVE_KINDS and _RIGHT_NOUN_AGENT.match(right):
        f["right-noun-agent"] = 1.0
    tactic = (p.kind in ("military", "police") and _TACTIC_HEAD.search(p.text) is not None
              and not _RIGHT_TACTIC_TARGET.match(right))
    if tactic:  # "Russian shelling of a market", "killed in a security operation": the user acted
        f["tactic-head"] = 1.0
    left_agent = False
    # "killed in a (suspected) Taliban attack": the victims' verb belongs to the attack, whose author X is
    if p.kind in ("group", "term", "unidentified") and _LEFT_IN_EVENT.search(left) and _RIGHT_EVENT_NOUN.match(right):
        f["left-in-event"] = 1.0
        left_agent = True
    elif _LEFT_MEMBERS_OF_PATIENT.search(left) or ("right-passive" in f and _LEFT_MEMBERS_OF.search(left)):
        f["left-members-of-patient"] = 1.0
    elif _LEFT_AGENT.search(left):
        f["left-agent"] = 1.0
        left_agent = True
        if _LEFT_AUTHOR_OF_EVENT.search(left):  # "an attack attributed to X is dead": the verb is not X's
            f.pop("right-passive", None)
    elif (sus := _LEFT_SUSPECTED.search(left)) and not (_LEFT_PATIENT.search(left[:sus.start()])
                                                       or _LEFT_WEAK_PATIENT.search(left[:sus.start()])):
        f["left-suspected"] = 1.0
    if _POSSESSIVE_SELF.search(left) and p.kind in ("unidentified", "term", "military"):
        f["possessive-self"] = 1.0
    if _LEFT_BETWEEN_SECOND.search(left):  # the other side of a fight outranks its bystander victims
        f["between-second"] = 1.0
    elif _LEFT_BETWEEN_FIRST.search(left):
        f["between-first"] = 1.0
    elif left_agent or tactic:  # "an attack blamed on X": the agent cue is nearer than "attack"
        pass
    elif _LEFT_PATIENT.search(left):
        f["left-patient"] = 1.0
    elif _LEFT_WEAK_PATIENT.search(left):
        f["left-weak-patient"] = 1.0
    return f


@lru_cache(maxsize=1)
def _role_weights() -> ActorRoleWeightsFile:
    return ActorRoleWeightsFile.model_validate(load_yaml("actor_role_weights.yaml"))


def role_scores(kind: str, features: dict[str, float]) -> tuple[float, float]:
    """(agent, patient) scores of a phrase of ``kind`` with the named ``features``."""
    w = _role_weights()
    scale = w.kind_scale.get(kind, 1.0)
    agent = sum(w.agent.get(k, 0.0) * v for k, v in features.items())
    patient = sum(w.patient.get(k, 0.0) * v for k, v in features.items())
    return agent * scale, patient * scale


#: features that already place a phrase (acted upon, outside the act, or decisive): no coordination overrides them
_PLACING_CUES = frozenset(_ROLE_CUES.vocabularies["placing_features"])


def _score_roles(text: str, phrases: list[ActorPhrase], sent: tuple[int, int]) -> None:
    feats = [role_features(text, p, sent) for p in phrases]
    # "the Taliban and Hizb-i-Islami were involved": the responsibility said of the last of a coordination
    # is said of each party before it that no patient cue places (the first named stays first)
    for i in range(len(phrases) - 2, -1, -1):
        nxt = feats[i + 1]
        if "named-responsible" in nxt and not _PLACING_CUES.intersection(feats[i]) \
                and _COORDINATION.match(text[phrases[i].end:phrases[i + 1].start]):
            feats[i] = dict(nxt)
    for p, f in zip(phrases, feats):
        agent, patient = role_scores(p.kind, f)
        p.agent += agent
        p.patient += patient
        if "speaker" in f:
            p.speaker = True
        if "self-report" in f or "possessive-self" in f:
            p.self_ref = True
    # a parenthetical acronym repeats the name before it and takes its role: "the Pakistani Taliban (TTP)"
    for prev, p in zip(phrases, phrases[1:]):
        gap = text[prev.end:p.start]
        if prev.name == p.name and gap.strip() == "(" and not prev.speaker:
            p.agent, p.patient, p.speaker = prev.agent, prev.patient, prev.speaker


def _value(p: ActorPhrase, others: list[ActorPhrase], doc: Document, rules: list[str]) -> ActorValue:
    same = [o for o in others if o.name == p.name]
    ev = [Evidence.of(doc.text, o.start, o.end) for o in same[:3]] or [Evidence.of(doc.text, p.start, p.end)]
    rs = [r for r in dict.fromkeys([p.rule, *rules]) if r]
    assert p.name is not None and p.actor_type is not None
    return ActorValue(name=p.name, actor_type=p.actor_type, evidence=ev, rules=rs)


def _claimant_name(claim: ClaimValue, ctx: DocContext | None, doc: Document, ann: Annotation, country: str | None,
                   derive: bool = False, when: Any = None) -> str | None:
    if claim.source_kind == SourceKind.CLAIM and claim.claimed_by:
        return claim.claimed_by
    if ctx is not None and ctx.claim.source_kind == SourceKind.CLAIM and ctx.claim.claimed_by:
        return ctx.claim.claimed_by
    if "responsibility-claim" in claim.rules:
        for ev in claim.evidence:
            related: set[str] = set()  # names met in an appositive relation ("a wing of the PKK (PKK)")
            for p in find_actor_phrases(doc, ev.start, ev.end, country, annotation=ann, when=when):
                if in_relation(doc.text, p.start, p.end) or (p.name in related and doc.text[:p.start].rstrip().endswith("(")):
                    related.add(p.name or "")
                    continue
                if p.kind == "group" or (p.kind == "term" and p.actor_type in (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA)
                                         and not (p.name or "").startswith("Unidentified Armed Group")):
                    return p.name  # a generic "linked group" names no claimant
        if derive:  # a report naming a claimant the lexicon does not know
            for ev in claim.evidence:
                for d in _with_derived(doc, [(ev.start, ev.end)], []):
                    if not _is_individual(d.rule):
                        return d.name
    return None


_ATTRIB_CUE = _ROLE_CUES.cues["attrib_cue"]
#: the cue with which segmentation opens the first event of a section (segment.grouping): no event before it
_FIRST_EVENT_CUE = "first"


def _attributed_party(doc: Document, ann: Annotation, mention: Mention, ranges: list[tuple[int, int]],
                      country: str | None, before: bool = False) -> ActorPhrase | None:
    """A non-state party that an attribution sentence after the mention, on its line, names as
    the perpetrator ("The attack was claimed by X.", "X is suspected."); sentences that report a
    new act are not attribution sentences. With ``before``, the sentences of the mention's line before
    it that no event opened: the party that acts there ("X is kidnapped by Hamas, who threatened ...
    He was murdered.", "P rammed 11 people ... Bystanders shot the assailant"), a named person too."""
    text = doc.text
    if before:
        end = min(s for s, _ in ranges)
        start = max(text.rfind("\n", 0, end) + 1, end - 800)
    else:
        start = max(e for _, e in ranges)
        para = text.find("\n", start)  # the mention's own line (a list item or table row is an event of its own)
        end = min(len(text), start + 800, para if para >= 0 else len(text))
    for s0, s1 in ann.sentences(start, end):
        sent = text[s0:s1]
        if not before and not _ATTRIB_CUE.search(sent):
            continue
        found = _with_derived(doc, [(s0, s1)], raw_phrases(ann, s0, s1))
        for p in found:
            _name_phrase(p, country, None)
        found = [p for p in found if p.name and (p.kind == "group" or p.rule == DESCRIBED_RULE
                                                 or (p.kind == "term" and p.actor_type in
                                                                           (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA)))
                 and p.actor_type not in _STATE_TYPES and (before or not _is_individual(p.rule))]
        if not found:
            continue
        _score_roles(text, found, (s0, s1))
        best = sorted((p for p in found if p.agent >= 2.0 and p.agent > p.patient and not p.speaker),
                      key=lambda p: (-p.agent, p.start))
        if best:
            return best[0]
    return None


#: role features that keep a party out of a fight as a side (the object of an act, a speaker, a relation)
_NOT_A_SIDE = _ROLE_CUES.vocabularies["not_a_side_features"]


def _side_in_fight(text: str, p: ActorPhrase, ann: Annotation) -> bool:
    """``p`` takes part in the act of its sentence as a side: some role cue places it (it acts, its people
    are killed, it is the other side of "a shootout with X"), and it is not merely the object of an act
    ("troops captured an Abu Sayyaf camp", "gunmen shot a Taliban commander"), a speaker or a relation.
    A group only named ("an Abu Sayyaf stronghold") takes no part."""
    sent = ann.sentence_of(p.start) or (p.start, p.end)
    feats = role_features(text, p, sent)
    if _LEFT_FIGHT_OPPONENT.search(text[max(0, p.start - 120):p.start]):
        return True
    return bool(feats) and not (_NOT_A_SIDE & feats.keys())


#: the frames of a derived name that names a person (``individual``, ``individual-subject``, ...): no group
INDIVIDUAL_FRAME = "individual"


def derived_rule(side: str, frame: str) -> str:
    """The rule id of a party derived from the text by ``frame`` (data/actor_derivation.yaml): ``actor-derived:<frame>``
    on a phrase, ``actor1-derived:<frame>`` (``actor2``, ``assoc_actor_1``, ...) on the event's rules. Readers of
    the rules (the scope rule, the linker) test them with :func:`side_derived_by`, never with a literal."""
    return f"{side}-derived:{frame}"


def side_derived_by(rules: Iterable[str], side: str, frames: Iterable[str] = (INDIVIDUAL_FRAME,)) -> bool:
    """Whether ``side`` ("actor1", "actor2", ...) of an event or mention with ``rules`` is a party derived by one
    of ``frames`` (a frame matches its extensions: ``individual`` matches ``individual-subject``)."""
    prefixes = tuple(derived_rule(side, f) for f in frames)
    return bool(prefixes) and any(r.startswith(prefixes) for r in rules)


def _is_individual(rule: str) -> bool:
    """A derived name of a person (frames ``individual`` and ``individual-subject``): no group."""
    return rule.startswith(derived_rule("actor", INDIVIDUAL_FRAME))


_GENERIC_KINDS = {"military", "police", "unidentified", "civilians", "civ_weak", "protesters", "rioters"}
_AGENT_FRAMES = frozenset(load_yaml("actor_derivation.yaml")["agent_frames"])
_TEMPLATE_PREFIXES = ("Military Forces of", "Police Forces of", "Government of", "Civilians", "Unidentified Armed Group",
                      "Protesters", "Rioters")


def _is_derived_name(name: str | None) -> bool:
    """A name that is neither in the lexicon nor a template: derived from the text."""
    from .actor_names import is_generic_actor  # noqa: PLC0415

    if not name or name.startswith(_TEMPLATE_PREFIXES) or "Ethnic Militia" in name or is_generic_actor(name):
        return False
    lex = lexicon()
    if name in lex.groups:
        return False
    return not any(name in (g.get("by_country") or {}).values() or name in (g.get("by_region_country") or {}).values()
                   or any(e.get("name") == name for e in [*(g.get("eras") or []), *(g.get("former_names") or [])])
                   for g in lex.groups.values())


def _is_known_name(name: str) -> bool:
    """A country, demonym or lexicon alias: not a derived organisation name."""
    lex = lexicon()
    k = norm(name)
    return k in lex.adjective_country or k in lex.alias_map or norm(name.split(": ", 1)[0]) in lex.alias_map


def _place_name(name: str) -> bool:
    from ..config import get_settings  # noqa: PLC0415
    from ..geo.gazetteer import get_gazetteer  # noqa: PLC0415

    try:
        return bool(get_gazetteer(get_settings()).has_name(name))
    except Exception:  # noqa: BLE001 - no gazetteer: no place filter
        return False


#: the frame of a person the text names as the attacker ("a gunman identified as P", "the attacker, P,")
_ATTACKER_FRAME = "individual-attacker"
#: single attacker words: before the named attacker in the mention they are that person
_LONE_ATTACKER = frozenset(_ROLE_CUES.vocabularies["lone_attacker_words"])
#: the most characters between an attacker noun and the name that identifies it (frame individual-attacker)
_ATTACKER_NAME_GAP = 60
_CLAUSE_BREAKS = frozenset(".;:!?\n")


def _community_of(name: str) -> str | None:
    """The community of ``communities`` / ``raiding_communities`` (actors.yaml) a derived name is, plural included."""
    lex = lexicon()
    for cand in (name, name[:-1] if name.endswith("s") else None):
        if cand and norm(cand) in lex.communities:
            return lex.communities[norm(cand)]
    return None


def _with_derived(doc: Document, ranges: list[tuple[int, int]], raw: list[ActorPhrase]) -> list[ActorPhrase]:
    """``raw`` plus the organisations (and lone attackers) the text names as a party and the
    lexicon does not know (actor_names.derive_names), where no lexicon phrase overlaps them."""
    from .actor_names import derive_names  # noqa: PLC0415

    out = list(raw)
    for d in derive_names(doc.text, ranges, doc.text, places=_place_name, known=_is_known_name):
        over = [p for p in out if p.start < d.end and d.start < p.end]
        # a derived name that contains only generic words ("Red Army Fraction", "Army of Republika Srpska")
        # replaces them; one that overlaps a lexicon name gives way
        if any(not (p.rule.startswith(("actor-generic", "actor-unidentified")) or p.rule == "")
               or p.kind not in _GENERIC_KINDS or p.start < d.start or p.end > d.end for p in over):
            continue
        out = [p for p in out if p not in over]
        if d.frame == _ATTACKER_FRAME:  # "a gunman identified as P": the gunman is P, no other party
            out = [p for p in out if not (p.kind == "unidentified" and p.end <= d.start and (
                (not any(c in _CLAUSE_BREAKS for c in doc.text[p.end:d.start]) and d.start - p.end <= _ATTACKER_NAME_GAP)
                or p.generic_word in _LONE_ATTACKER))]  # "A gunman opened fire ... The attacker, P, was arrested"
        community = _community_of(d.name)
        if community:  # "killed by Pokots", "Degodia men": a listed community's armed men (actor-community-militia)
            out.append(ActorPhrase(d.start, d.end, d.text, "group", name=_COMMUNITY + community,
                                   rule="actor-community-militia"))
            continue
        out.append(ActorPhrase(d.start, d.end, d.text, "group", name=d.name, actor_type=ActorType(d.actor_type),
                               rule=derived_rule("actor", d.frame)))
    out.sort(key=lambda p: p.start)
    return out


def acting_party(doc: Document, mention: Mention, country: str | None,
                 within: tuple[int, int] | None = None, annotation: Annotation | None = None) -> ActorPhrase | None:
    """The best agent by the role rules of :func:`extract_actors` (no claimant, no defaults).

    ``within`` limits the search to one span (a sentence) of the mention. A name that is acted
    upon at least as much as it acts in that span is not an agent. Used by the claims extractor
    to tell whether a state speaker ("the army said ...") speaks of its own forces' operation.
    """
    text = doc.text
    ann = annotation_for(doc, annotation=annotation)
    ranges = [within] if within is not None else mention_ranges(mention)
    phrases: list[ActorPhrase] = []
    for s, e in ranges:
        phrases.extend(raw_phrases(ann, s, e))
    for p in phrases:
        _name_phrase(p, country, None)
    phrases = [p for p in phrases if p.name]
    if any(p.kind == "group" and p.actor_type not in _STATE_TYPES for p in phrases):
        phrases = [p for p in phrases if not (p.kind == "unidentified" and p.generic_word in _ABSORBABLE
                                              and p.rule != "actor-country-default")]
    for s, e in ranges:
        for sent in ann.sentences(s, e):
            _score_roles(text, [p for p in phrases if sent[0] <= p.start < sent[1]], sent)
    agents = sorted((p for p in phrases if not p.speaker and p.agent > 0 and p.agent > p.patient),
                    key=lambda p: (-(p.agent - p.patient), p.start))
    for a in agents:
        same = [p for p in phrases if p.name == a.name and not p.speaker]
        if sum(p.agent for p in same) > sum(p.patient for p in same):
            return a
    return None


def role_candidates(doc: Document, mention: Mention, ctx: DocContext | None,
                    place: PlaceValue | None = None) -> list[tuple[ActorPhrase, dict[str, float]]]:
    """Every named actor phrase of ``mention`` (lexicon phrases and derived names, report voice)
    with the named role features of :func:`role_features` in its sentence: the candidates among which
    the extractor chooses, and the rows the role weights are fitted on (benchmarks/train_actor_roles.py)."""
    ann = annotation_for(doc, ctx)
    ranges = mention_ranges(mention)
    raw = [p for s, e in ranges for p in raw_phrases(ann, s, e)]
    country, _ = _event_country(doc, mention, ctx, place, raw)
    raw = _with_derived(doc, ranges, raw)
    out = []
    for p in raw:
        _name_phrase(p, country, None)
        sent = ann.sentence_of(p.start) or (p.start, p.end)
        if p.name:
            out.append((p, role_features(doc.text, p, sent)))
    return out


def _is_state_name(name: str | None) -> bool:
    return bool(name) and name.startswith(("Military Forces of ", "Police Forces of ", "Government of "))  # type: ignore[union-attr]


@lru_cache(maxsize=1)
def _crowd_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Protest triggers, and violent-crowd triggers (riot + mob), from data/event_patterns.yaml."""
    trig = load_yaml("event_patterns.yaml")["triggers"]

    def rx(pats: list[str]) -> re.Pattern[str]:
        return re.compile(_WORD_START + "(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?![\w-])", re.I)

    return rx(trig["protest"]), rx([*trig["riot"], *trig["mob"]])


_NOT_LETHAL_FIRE = _ROLE_CUES.cues["not_lethal_fire"]


def _crowd_mode(mtext: str, participants: list[ActorPhrase]) -> tuple[str, tuple[int, int]] | None:
    """("rioters" | "protesters", trigger span in the first range) when the mention is a crowd's act."""
    protest_re, violent_re = _crowd_res()
    armed_agent = any(p.kind in ("group", "unidentified", "term") and p.agent > p.patient and p.agent > 0
                      for p in participants)
    if armed_agent:
        return None
    v = violent_re.search(mtext)
    if v:
        return "rioters", v.span()
    pr = protest_re.search(mtext)
    has_protesters = any(p.kind == "protesters" for p in participants)
    if pr is None and not has_protesters:
        return None
    lethal = _LETHAL.search(_PROTEST_OBJECT.sub(" ", _NOT_LETHAL_FIRE.sub(" ", mtext)))
    if lethal:
        return None
    return "protesters", pr.span() if pr else (0, 0)


_STATE_TYPES = (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER)


def _weapon_is_subject(text: str, ann: Annotation, ranges: list[tuple[int, int]],
                       participants: list[ActorPhrase]) -> tuple[int, int] | None:
    """(sentence start, explosive word start) when the first sentence naming an explosive (not an air
    strike) has no acting party in it, else None."""
    for s, e in ranges:
        for s0, s1 in ann.sentences(s, e):
            m = _EXPLOSIVE.search(text, s0, s1)
            if m is None or _DISRUPTED_CUE.search(text, s0, s1):  # explosives found or defused: no user acted
                continue
            if _AIR.search(text, s0, s1):
                return None
            if any(s0 <= p.start < s1 and p.agent > 0 and p.agent > p.patient for p in participants):
                return None
            return s0, m.start()
    return None


def extract_actors(
    doc: Document,
    mention: Mention,
    ctx: DocContext | None,
    place: PlaceValue | None,
    claim: ClaimValue,
    when: Any = None,
) -> ActorsValue:
    """actor1 / assoc_actor_1 / actor2 / assoc_actor_2 with neutral names (docs/rules/actors.md).

    ``when`` is the event's date (else the document's publication date): a renamed group takes the
    name it went by then ("Names by date")."""
    text = doc.text
    ann = annotation_for(doc, ctx)
    ranges = mention_ranges(mention)
    raw: list[ActorPhrase] = []
    for s, e in ranges:
        raw.extend(raw_phrases(ann, s, e))
    country, country_rule = _event_country(doc, mention, ctx, place, raw)
    is_claim = claim.source_kind == SourceKind.CLAIM or (ctx is not None and ctx.claim.source_kind == SourceKind.CLAIM)
    if not is_claim:  # derived names come only from report voice (design: open-vocabulary actors)
        raw = _with_derived(doc, ranges, raw)
    when = when if when is not None else doc.published
    claimant = _claimant_name(claim, ctx, doc, ann, country, derive=not is_claim, when=when)
    for p in raw:
        _name_phrase(p, country, claimant, when)
    phrases = [p for p in raw if p.name]
    rules: list[str] = [country_rule]

    # generic words for fighters refer to the named group when one is named in the mention
    # (a mission or coalition - type 1/8 - is not what "fighters" or "militants" refer to)
    named_groups = [p for p in phrases if (p.kind == "group" and p.actor_type not in _STATE_TYPES
                                           and not _is_individual(p.rule)  # a person is no group
                                           and not lexicon().groups.get(p.name or "", {}).get("pro_government"))
                    or (p.kind == "term" and not p.self_ref and
                                                                 p.actor_type in (ActorType.REBEL_GROUP,))]
    group_claimant = claimant if claimant and not _is_state_name(claimant) else None
    if named_groups or group_claimant:
        # a generic word after the one named group refers back to it ("Kurdish PKK rebels ... The rebels
        # attacked the camp"): in report voice it takes the group's name and keeps its own role cues
        # (rule actor-generic-anaphor); before the name it does so only where the state's forces are in
        # the mention, the other side of the fight ("Militants attacked two checkpoints; 30 soldiers and 16
        # Taliban fighters were killed": rule actor-generic-cataphor); with several groups named it is dropped
        named = {p.name for p in named_groups}
        head = named_groups[0] if len(named) == 1 and not is_claim and group_claimant in (None, *named) else None
        state_side = head is not None and any(p.kind in ("military", "police") for p in phrases) \
            and _side_in_fight(text, head, ann)
        kept = []
        for p in phrases:
            if p.kind in ("unidentified", "term") and ((p.name or "").startswith("Unidentified Armed Group")
                                                       or p.rule == DESCRIBED_RULE) and any(
                    g.start >= p.end and _APPOSITION_NAME.match(text[p.end:g.start]) for g in named_groups):
                continue  # "terrorist group ELN": the generic words name the group after them (rule actor-apposition)
            if p.kind == "unidentified" and p.generic_word in _ABSORBABLE and p.rule != "actor-country-default":
                if head is not None and (p.start >= head.end or state_side):
                    p.kind, p.name, p.actor_type = head.kind, head.name, head.actor_type
                    p.rule = "actor-generic-anaphor" if p.start >= head.end else "actor-generic-cataphor"
                    kept.append(p)
                continue
            kept.append(p)
        phrases = kept
    # in a claim, "its fighters" and the group's self-labels (the lexicon) are the claimant
    if is_claim and group_claimant:
        for p in phrases:
            if p.self_ref or (p.kind == "unidentified" and p.generic_word in _ABSORBABLE):
                p.name = claimant
                p.actor_type = _template_type(claimant, country)
                p.rule = "actor-claimant-self-reference"

    for s, e in ranges:
        for sent in ann.sentences(s, e):
            _score_roles(text, [p for p in phrases if sent[0] <= p.start < sent[1]], sent)
    for p in phrases:  # the frame that licensed a derived name is itself an agent cue when no other cue fired
        frame = p.rule.split(":", 1)[-1]
        if not (p.rule.startswith("actor-derived") and frame in _AGENT_FRAMES):
            continue
        if frame == _ATTACKER_FRAME:  # the attacker noun names the one who acted: "the attacker, P, was arrested"
            p.agent, p.patient = max(p.agent, 2.0), 0.0
        elif p.agent == p.patient == 0:
            p.agent = 2.0
    participants = [p for p in phrases if not p.speaker]

    # crowds: rioters are actor1 of a riot (a protest that turns violent, mob violence); protesters
    # are actor1 of a protest unless lethal force was used on them; the state forces that
    # intervene are actor2; the crowd's own members ("residents protested") are not actor2
    mtext = " ".join(text[s:e] for s, e in ranges)
    crowd = _crowd_mode(mtext, participants)
    if crowd is not None:
        kind, trig = crowd
        label = "Rioters" if kind == "rioters" else "Protesters"
        crowd_name = f"{label} ({country})" if country else label
        crowd_type = ActorType.RIOTERS if kind == "rioters" else ActorType.PROTESTERS
        members = [p for p in participants if p.kind in ("protesters", "rioters")]
        for p in members:
            p.kind, p.name, p.actor_type, p.rule = kind, crowd_name, crowd_type, f"actor-crowd:{kind}"
            p.agent, p.patient = 5.0, 0.0
        if not members:
            ts, te = ranges[0][0] + trig[0], ranges[0][0] + trig[1]
            synth = ActorPhrase(ts, te, text[ts:te], kind, name=crowd_name, actor_type=crowd_type,
                                rule=f"actor-crowd:{kind}", agent=5.0)
            participants.append(synth)
            phrases.append(synth)
        if kind == "protesters":
            participants = [p for p in participants if not (p.kind in ("civilians", "civ_weak") and p.patient <= p.agent)]
        else:  # the people a violent crowd turns on are its targets
            for p in participants:
                if p.kind in ("civilians", "civ_weak") and p.agent == 0:
                    p.patient = max(p.patient, 1.0)
        for p in participants:
            if p.kind in ("military", "police"):
                p.agent, p.patient = 0.0, 4.0
            if p.kind == "military" and p.rule == "state-forces-from-context" and p.generic_word in _CROWD_POLICE_WORDS:
                p.kind, p.name, p.rule = "police", f"Police Forces of {of_country(country)}", "state-forces-crowd-control"
    # a weapon that acts by itself in the first sentence that names it (no agent there): the
    # perpetrator is its unnamed user (or the party named responsible), never the state forces that
    # act in other sentences (responders, background)
    weapon_at = _weapon_is_subject(text, ann, ranges, participants) if crowd is None else None
    implied = weapon_at is not None
    # ---- actor1
    actor1: ActorPhrase | None = None
    a1_rules: list[str] = []
    # a state's statement names the attacker its forces repelled ("troops repelled an attack by X") or
    # an act of others it reports ("the killing of a teacher by X"): the attacker is actor1
    attacker: ActorPhrase | None = None
    if is_claim and claimant and _is_state_name(claimant):
        own_score = max((p.agent - p.patient for p in participants if p.name == claimant), default=0.0)
        others = sorted((p for p in participants if p.name != claimant and not p.speaker
                         and p.kind in ("group", "unidentified", "term") and p.agent >= 2.0 and p.agent > p.patient),
                        key=lambda p: (-(p.agent - p.patient), p.start))
        if others and others[0].agent - others[0].patient > own_score:
            attacker = others[0]
    if attacker is not None:
        actor1 = attacker
        a1_rules.append("actor1-attacker-in-state-claim")
    elif is_claim and claimant:
        own = [p for p in participants if p.name == claimant]
        actor1 = own[0] if own else None
        if actor1 is None:
            ev = (claim.evidence or (ctx.claim.evidence if ctx else []))[:1]
            actor1 = ActorPhrase(ev[0].start if ev else mention.start, ev[0].end if ev else mention.start,
                                 ev[0].text if ev else "", "group", name=claimant,
                                 actor_type=_template_type(claimant, country))
        a1_rules.append("actor1-claimant")
    else:
        agents = sorted((p for p in participants if p.agent > 0 and p.agent > p.patient
                         and not (implied and p.kind in ("military", "police"))),
                        key=lambda p: (-(p.agent - p.patient), p.start))
        if implied:
            a1_rules.append("actor1-implied-by-weapon")
        # a group that claimed the attack is its author, not the state forces that fought or killed
        # its attackers ("The two assailants were killed by the police. X claimed responsibility.")
        # the attacker described first is the author, not the state forces that respond later in the
        # text ("X stabbed four people before being shot by police"; rule actor1-first-attacker)
        if agents and agents[0].kind in ("military", "police"):
            first = [p for p in agents if p.kind not in ("military", "police") and p.actor_type not in _STATE_TYPES
                     and p.start < agents[0].start and p.agent >= 2.0]
            if first:
                agents = [first[0]] + [p for p in agents if p is not first[0]]
                a1_rules.append("actor1-first-attacker")
        if agents and group_claimant and agents[0].name != group_claimant and (
                agents[0].kind in ("military", "police") or _is_state_name(agents[0].name)):
            agents = []
        if agents:
            actor1 = agents[0]
            a1_rules.append("actor1-agent")
        elif claimant:
            own = [p for p in participants if p.name == claimant]
            actor1 = own[0] if own else ActorPhrase(
                claim.evidence[0].start, claim.evidence[0].end, claim.evidence[0].text, "group",
                name=claimant, actor_type=_template_type(claimant, country))
            a1_rules.append("actor1-responsibility-claim")
        else:
            groups = [p for p in participants if p.kind in ("group", "unidentified") and p.patient == 0]
            # near a bomb, only a group named before it in its sentence is its user; one merely named
            # elsewhere is not ("... as the army prepared to retake the town from IS")
            if weapon_at is not None:
                groups = [p for p in groups if weapon_at[0] <= p.start < weapon_at[1]]
            if groups:
                actor1 = groups[0]
                a1_rules.append("actor1-named-group")
    # a person described by a civilian word who uses violence ("a man opened fire", "two women stabbed") is
    # armed, and civilians are unarmed by definition (docs/conventions.md): an unidentified armed person,
    # whom a responsibility claim or a later attribution may name (rule actor1-armed-person)
    if actor1 is not None and crowd is None and actor1.kind in ("civilians", "civ_weak") and _VIOLENT.search(mtext):
        actor1.kind, actor1.rule, actor1.actor_type = "unidentified", "actor-unidentified", ActorType.POLITICAL_MILITIA
        actor1.name = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
        a1_rules.append("actor1-armed-person")
    # a responsibility claim names the perpetrator behind "gunmen" / "a suicide bomber"
    # (or behind attackers described by an identity: "Kurdish militants ... the PKK claimed responsibility")
    if (actor1 is not None and claimant and not is_claim and actor1.kind == "unidentified"
            and actor1.rule in ("actor-unidentified", DESCRIBED_RULE)):
        actor1 = ActorPhrase(actor1.start, actor1.end, actor1.text, "group", name=claimant,
                             actor_type=_template_type(claimant, country))
        a1_rules = ["actor1-responsibility-claim"]

    # the state's forces are the casualties of a fight with a named non-state party ("two soldiers were
    # killed in a shootout against PKK militants"): that party is the author, not the state forces nor an
    # unnamed one (rule actor1-fight-opponent)
    if not is_claim and crowd is None and (actor1 is None or actor1.kind in ("military", "police", "unidentified")) \
            and any(p.kind in ("military", "police") and p.patient > p.agent for p in participants):
        opponents = [p for p in participants if p.kind in ("group", "term") and p.actor_type not in _STATE_TYPES
                     and _LEFT_FIGHT_OPPONENT.search(text[max(0, p.start - 120):p.start])]
        if opponents:
            actor1 = opponents[0]
            a1_rules = ["actor1-fight-opponent"]
    # a fight (shootout, firefight, encounter, clashes) between the state's forces and one named non-state
    # party, with casualties on either side and no side named as acting: the non-state party is the author,
    # not an unnamed group (rule actor1-fight-party); a side that acts keeps its role
    if not is_claim and crowd is None and (actor1 is None or actor1.kind == "unidentified") \
            and _FIGHT_EVENT.search(mtext) and any(p.kind in ("military", "police") for p in participants):
        sides = [p for p in participants if p.kind in ("group", "term") and p.actor_type not in _STATE_TYPES
                 and not _is_individual(p.rule) and not in_relation(text, p.start, p.end)
                 and _side_in_fight(text, p, ann)]
        if len({p.name for p in sides}) == 1:
            actor1 = sides[0]
            a1_rules = ["actor1-fight-party"]

    # the party a later attribution sentence of the same paragraph names ("... the attack was claimed by
    # X", "X is suspected") replaces an unidentified perpetrator (rule actor1-attributed-later)
    if not is_claim and (actor1 is None or (actor1.kind == "unidentified" and not actor1.rule == "actor-country-default")
                         or "actor1-unidentified-default" in a1_rules):
        later = _attributed_party(doc, ann, mention, ranges, country)
        if later is not None:
            actor1 = later
            a1_rules = ["actor1-attributed-later"]
            phrases.append(later)
    # no one acts in the mention, and a sentence before it on its line that opened no event names the
    # party that acted (rule actor1-named-before): only the first event of its section (segmentation cue
    # "first") has no other event before it, whose party that sentence could be
    if not is_claim and crowd is None and actor1 is None and mention.cue == _FIRST_EVENT_CUE:
        earlier = _attributed_party(doc, ann, mention, ranges, country, before=True)
        if earlier is not None:
            actor1 = earlier
            a1_rules = ["actor1-named-before"]
            phrases.append(earlier)

    # ---- actor2
    pool = [p for p in participants if actor1 is None or p.name != actor1.name]
    patients = sorted((p for p in pool if p.patient > 0 and p.patient >= p.agent),
                      key=lambda p: (-(p.patient - p.agent), p.kind == "civ_weak", p.start))
    actor2: ActorPhrase | None = None
    a2_rules: list[str] = []
    if patients:
        actor2 = patients[0]
        a2_rules.append("actor2-patient")
    else:
        rest = [p for p in pool if p.kind != "civ_weak" and not in_relation(text, p.start, p.end)]
        if rest:
            actor2 = rest[0]
            a2_rules.append("actor2-other-party")

    # unnamed perpetrator of an attack on someone
    if actor1 is None and (actor2 is not None or (implied and not _DISRUPTED_CUE.search(mtext))):
        if _VIOLENT.search(mtext) and not _AIR.search(mtext):
            uag = f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group"
            if actor2 is None or actor2.name != uag:
                actor1 = ActorPhrase(mention.start, mention.start, "", "unidentified", name=uag,
                                     actor_type=ActorType.POLITICAL_MILITIA)
                a1_rules.append("actor1-unidentified-default")

    # ---- associates: phrases linked to actor1 / actor2 by "and", "backed by" ...
    assoc1: list[ActorPhrase] = []
    assoc2: list[ActorPhrase] = []
    taken = {x.name for x in (actor1, actor2) if x is not None}
    for head, bucket in ((actor1, assoc1), (actor2, assoc2)):
        if head is None or head.end <= head.start:
            continue
        chain_end = head.end
        for p in sorted(pool, key=lambda q: q.start):
            if p.start < chain_end or p.name in taken:
                continue
            gap = text[chain_end:p.start]
            if len(gap) <= 40 and _LINK.match(gap) and p.kind != "civ_weak":
                bucket.append(p)
                taken.add(p.name)
                chain_end = p.end
            elif p.start > chain_end:
                break

    value = ActorsValue(rules=[r for r in dict.fromkeys(rules) if r])
    if actor1 is not None and actor1.end > actor1.start:
        sent = next(((a, b) for s_, e_ in ranges for a, b in ann.sentences(s_, e_) if a <= actor1.start < b),
                    (actor1.start, actor1.end))
        if _LEFT_SUSPECTED.search(text[max(sent[0], actor1.start - 30):actor1.start]) \
                or _RIGHT_SUSPECTED.match(text[actor1.end:sent[1]]):
            a1_rules.append("actor1-suspected")
    if actor1 is not None:
        ev_src = [p for p in phrases if p.name == actor1.name and not p.speaker] if actor1.end > actor1.start else []
        value.actor1 = ActorValue(
            name=actor1.name or "",
            actor_type=actor1.actor_type or ActorType.POLITICAL_MILITIA,
            evidence=[Evidence.of(text, o.start, o.end) for o in ev_src[:3]]
            or ([Evidence.of(text, actor1.start, actor1.end)] if actor1.end > actor1.start else []),
            rules=[r for r in dict.fromkeys([*a1_rules, actor1.rule]) if r],
        )
    if actor2 is not None:
        value.actor2 = _value(actor2, [p for p in participants], doc, a2_rules)
    value.assoc_actor_1 = [_value(p, participants, doc, ["assoc-linked"]) for p in assoc1]
    value.assoc_actor_2 = [_value(p, participants, doc, ["assoc-linked"]) for p in assoc2]
    if actor1 is not None and not actor1.rule.startswith("actor-derived") and _is_derived_name(actor1.name):
        actor1.rule = "actor-derived:claim"  # a claimant named from the report's text
    derived = [derived_rule(fld, p.rule.split(':', 1)[1]) for fld, ps in
               (("actor1", [actor1]), ("actor2", [actor2]), ("assoc_actor_1", assoc1), ("assoc_actor_2", assoc2))
               for p in ps if p is not None and p.rule.startswith("actor-derived")]
    value.rules = [r for r in dict.fromkeys([*value.rules, *a1_rules, *a2_rules, *derived]) if r]
    return value
