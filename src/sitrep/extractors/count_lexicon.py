"""The count reader's vocabulary (``data/count_patterns.yaml``, ``data/vague_numbers.tsv``), read
once into :class:`CountLexicon`; used by :mod:`sitrep.extractors.counts` (docs/rules/counts.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any

from ..nlp import get_nlp
from ..resources import load_tsv, load_yaml

def _phrases(items: Any) -> dict[tuple[str, ...], Any]:
    out: dict[tuple[str, ...], Any] = {}
    if isinstance(items, dict):
        for k, v in items.items():
            out[tuple(vocab_words(str(k)))] = v
    else:
        for k in items:
            out[tuple(vocab_words(str(k)))] = True
    return out


def vocab_words(s: str) -> list[str]:
    """The lower-cased words of a vocabulary phrase, split by the one tokenizer (spaCy's), as
    the words of a text are."""
    return [low_word(t.text) for t in get_nlp().tokenizer(s) if not t.is_space]


def low_word(word: str) -> str:
    return word.lower().replace("’", "'")


class PhraseTable:
    """Multi-token phrases, matched longest first, forward from or backward to a position."""

    __slots__ = ("table", "maxlen")

    def __init__(self, table: dict[tuple[str, ...], Any]):
        self.table = table
        self.maxlen = max((len(k) for k in table), default=0)

    def forward(self, lows: list[str], i: int, limit: int) -> tuple[int, Any] | None:
        for n in range(min(self.maxlen, limit - i), 0, -1):
            key = tuple(lows[i : i + n])
            if key in self.table:
                return n, self.table[key]
        return None

    def backward(self, lows: list[str], j: int, floor: int) -> tuple[int, Any] | None:
        """A phrase ending at token ``j - 1`` (exclusive end ``j``) and starting at >= floor."""
        for n in range(min(self.maxlen, j - floor), 0, -1):
            key = tuple(lows[j - n : j])
            if key in self.table:
                return n, self.table[key]
        return None


@dataclass
class CountLexicon:
    """The vocabulary, read once. A field with ``metadata["listed"]`` is the set of words listed
    under that key of count_patterns.yaml (None: the field's own name)."""

    units: dict[str, int]
    tens: dict[str, int]
    hundred: dict[str, int]
    scales: dict[str, int]
    dozen: dict[str, int]
    vague: PhraseTable  # phrase -> (value, kind, multiplier, rule)
    hedge_prefix: PhraseTable  # phrase -> (kind, tag)
    hedge_suffix: PhraseTable
    person: PhraseTable  # plural/singular -> (singular lemma, is_singular)
    generic: set[str] = field(metadata={"listed": "generic_person_nouns"})
    non_person: set[str] = field(metadata={"listed": "non_person_nouns"})
    category_nouns: dict[str, str]
    life_nouns: set[str] = field(metadata={"listed": None})
    life_verbs: set[str] = field(metadata={"listed": None})
    left: PhraseTable  # phrase -> category
    right: PhraseTable
    active: dict[tuple[str, ...], str]
    hostage_verbs: set[str] = field(metadata={"listed": None})
    hostage_words: set[str] = field(metadata={"listed": None})
    toll: PhraseTable
    toll_gap: set[str] = field(metadata={"listed": None})
    toll_update: set[str] = field(metadata={"listed": "toll_update_words"})
    right_gap: set[str]
    passive_aux: set[str] = field(metadata={"listed": None})
    singular_aux: set[str] = field(metadata={"listed": None})
    left_gap: set[str] = field(metadata={"listed": None})
    subset_before: PhraseTable
    subset_after: PhraseTable
    subset_of: dict[str, str | None]
    additive: set[str] = field(metadata={"listed": "additive_words"})
    chain: set[str]
    designators: set[str]
    months: set[str] = field(metadata={"listed": None})
    negations: set[str] = field(metadata={"listed": None})
    modals: set[str] = field(metadata={"listed": None})
    not_one: set[str] = field(metadata={"listed": "not_one_person"})
    sing_det: set[str] = field(metadata={"listed": "singular_determiners"})
    obj_pronouns: dict[str, int]
    none_patterns: list[tuple[re.Pattern[str], tuple[str, ...], str]]
    suicide_cues: list[re.Pattern[str]]
    suicide_foiled: list[re.Pattern[str]]
    suicide_included: list[re.Pattern[str]]
    suicide_count: re.Pattern[str]
    suicide_more: re.Pattern[str]  # 'another suicide bomber': more attackers, added
    multiple_words: dict[str, int]  # "double" -> 2
    np_stop: set[str]
    number_starts: set[str]
    hedge_prefix_firsts: set[str]
    invariant: set[str]
    cumulative_tolls: list[re.Pattern[str]]
    stated_totals: list[re.Pattern[str]]
    incident_parts: list[re.Pattern[str]]
    prenominal: dict[str, str]  # 'seven wounded people': participle -> category
    to_death: list[re.Pattern[str]]
    gap_adverb_suffix: str
    gap_adverb_min: int
    pronoun_quantifiers: dict[str, dict[str, int]]
    none_hint: re.Pattern[str]
    suicide_hint: re.Pattern[str]
    w: dict[str, frozenset[str]]  # count_patterns.yaml: word_classes
    participle_suffix: str
    clause_ing: str  # count_patterns.yaml: clause_to_verb
    clause_max: int
    participle_reach: int
    name_run_max: int  # count_patterns.yaml: clause_to_verb.name_run_max_tokens
    to_death_words: list[str]  # count_patterns.yaml: to_death_tail
    modifier_skips: int  # count_patterns.yaml: clause_to_verb.modifier_skips
    left_gap_reach: int  # count_patterns.yaml: left_gap_reach


@lru_cache(maxsize=1)
def count_lexicon() -> CountLexicon:
    d = load_yaml("count_patterns.yaml")
    nw = d["number_words"]
    classes = {k: frozenset(str(w) for w in v) for k, v in d["word_classes"].items()}
    vague: dict[tuple[str, ...], Any] = {}
    for row in load_tsv("vague_numbers.tsv"):
        vague[tuple(vocab_words(row["phrase"]))] = (
            int(row["value"]),
            row["kind"].strip(),
            row["multiplier"].strip() == "yes",
            row["rule"].strip(),
        )
    prefix: dict[tuple[str, ...], Any] = {}
    for kind, words in d["hedges"]["prefix"].items():
        for w in words:
            prefix[tuple(vocab_words(w))] = (kind, "hedge:" + "-".join(vocab_words(w)))
    suffix: dict[tuple[str, ...], Any] = {}
    for kind, words in d["hedges"]["suffix"].items():
        for w in words:
            suffix[tuple(vocab_words(w))] = (kind, "hedge:" + "-".join(vocab_words(w)).strip("-"))
    person: dict[tuple[str, ...], Any] = {}
    for plural, singular in d["person_nouns"].items():
        lemma = singular or plural
        person[tuple(vocab_words(plural))] = (lemma, False)
        if singular:
            person[tuple(vocab_words(singular))] = (lemma, True)
    category_nouns = {w: cat for cat, ws in d["category_nouns"].items() for w in ws}
    left: dict[tuple[str, ...], str] = {}
    right: dict[tuple[str, ...], str] = {}
    active: dict[tuple[str, ...], str] = {}
    for cat, t in d["triggers"].items():
        for w in t.get("left", []):
            left[tuple(vocab_words(w))] = cat
        for w in t.get("right", []):
            right[tuple(vocab_words(w))] = cat
        for w in t.get("active", []):
            active[tuple(vocab_words(w))] = cat
    toll = {tuple(vocab_words(k)): v for k, v in d["toll_nouns"].items()}
    nones = []
    for group in d["none_patterns"]:
        cats = tuple(group["categories"])
        for p in group["patterns"]:
            nones.append((re.compile(p, re.IGNORECASE), cats, group["rule"]))
    units = {k: int(v) for k, v in nw["units"].items()}
    tens = {k: int(v) for k, v in nw["tens"].items()}
    hundred = {k: int(v) for k, v in nw["hundred"].items()}
    scales = {k: int(v) for k, v in nw["scales"].items()}
    trigger_words = {k[0] for k in list(left) + list(right)}
    right_gap = set(d["right_gap"])
    chain = set(d["chain_connectors"])
    np_stop = (
        right_gap
        | chain
        | trigger_words
        | classes["prepositions"]
        | classes["np_stop"]
    )
    number_starts = set(units) | set(tens) | {k[0] for k in vague} | classes["articles"]
    listed = {f.name: set(d[f.metadata["listed"] or f.name]) for f in fields(CountLexicon) if "listed" in f.metadata}
    return CountLexicon(
        **listed,
        units=units,
        tens=tens,
        hundred=hundred,
        scales=scales,
        dozen={k: int(v) for k, v in nw["dozen"].items()},
        vague=PhraseTable(vague),
        hedge_prefix=PhraseTable(prefix),
        hedge_suffix=PhraseTable(suffix),
        person=PhraseTable(person),
        category_nouns=category_nouns,
        left=PhraseTable(left),
        right=PhraseTable(right),
        active=active,
        toll=PhraseTable(toll),
        right_gap=right_gap,
        subset_before=PhraseTable(_phrases(d["subset_before"])),
        subset_after=PhraseTable(_phrases(d["subset_after"])),
        subset_of=dict(d["subset_of_nouns"]),
        chain=chain,
        designators={str(x) for x in d["designators"]},
        obj_pronouns={k: int(v) for k, v in d["object_pronouns"].items()},
        none_patterns=nones,
        suicide_cues=[re.compile(p, re.IGNORECASE) for p in d["suicide_cues"]],
        suicide_foiled=[re.compile(p, re.IGNORECASE) for p in d["suicide_foiled"]],
        suicide_included=[re.compile(p, re.IGNORECASE) for p in d["suicide_included"]],
        suicide_count=re.compile(d["suicide_count"], re.IGNORECASE),
        suicide_more=re.compile(d["suicide_more"], re.IGNORECASE),
        multiple_words={str(k): int(v) for k, v in d["multiple_words"].items()},
        np_stop=np_stop,
        number_starts=number_starts,
        hedge_prefix_firsts={k[0] for k in prefix},
        invariant={str(k) for k, v in d["person_nouns"].items() if v is None},
        cumulative_tolls=[re.compile(p, re.IGNORECASE) for p in d.get("cumulative_tolls") or []],
        stated_totals=[re.compile(p, re.IGNORECASE) for p in d.get("stated_totals") or []],
        incident_parts=[re.compile(p, re.IGNORECASE) for p in d.get("incident_parts") or []],
        prenominal={str(k): str(v) for k, v in (d.get("prenominal_categories") or {}).items()},
        to_death=[re.compile(p, re.IGNORECASE) for p in d.get("to_death_patterns") or []],
        gap_adverb_suffix=str(d["right_gap_adverb"]["suffix"]),
        gap_adverb_min=int(d["right_gap_adverb"]["min_length"]),
        pronoun_quantifiers={k: {q: int(n) for q, n in v.items()} for k, v in d["pronoun_quantifiers"].items()},
        none_hint=re.compile(d["none_hint"], re.IGNORECASE),
        suicide_hint=re.compile(d["suicide_hint"], re.IGNORECASE),
        w=classes,
        participle_suffix=str(d["participle_suffix"]),
        clause_ing=str(d["clause_to_verb"]["participle_suffix"]),
        clause_max=int(d["clause_to_verb"]["max_tokens"]),
        participle_reach=int(d["clause_to_verb"]["participle_and_reach"]),
        name_run_max=int(d["clause_to_verb"]["name_run_max_tokens"]),
        modifier_skips=int(d["clause_to_verb"]["modifier_skips"]),
        left_gap_reach=int(d["left_gap_reach"]),
        to_death_words=str(d["to_death_tail"][0]).split(),
    )
