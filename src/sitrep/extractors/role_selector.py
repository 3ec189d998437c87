"""A learned selector of role-filler spans (MUC-4 roles: PerpInd, PerpOrg, Target, Victim, Weapon).

Every span of up to ``MAX_LEN`` words (:func:`sitrep.extractors.roles.words`, read from the
annotated document's tokens) inside one of the annotation's sentences that starts and ends with a word
(not a function word) is a candidate. Each candidate is described by named, case-free features
(:func:`span_features`): its words, first and last word, the last word's suffix, the words around
it, the role lexicon's kind of its last word (``data/roles.yaml``), the nearest trigger verb on
either side and whether it is passive, "by" before the span, whether the span is a person's name
or an acronym the document defines, where the sentence stands in the document, and how often the
span recurs. Features are hashed (:func:`_hash`, CRC-32) into ``2 ** HASH_BITS`` columns, so the
model holds weights only, never a word of its training text.

One logistic regression per role (scikit-learn at training time; numpy only at prediction) gives
each candidate a probability per role; :func:`select` keeps, per role, the candidates above the
role's threshold, the better of two overlapping spans, and each distinct string once.

For the MUC-4 template decision, :func:`type_probabilities` gives each incident type's probability
from the document's TF-IDF vector over the same hashed columns (:func:`doc_vector`), and
:func:`template_types` weighs it with sitrep's events and the role maxima (:func:`role_maxima`).

The model (``data/role_selector.npz``: weights, biases, thresholds, the idf per column) is fitted on the MUC-4 train
split (the MUC-3 DEV set, 1,300 documents) with a fixed seed by::

    python benchmarks/muc4_selector.py

which also tunes the thresholds on a held-apart part of the train split. Upper-case text works
because every feature is lower-cased.
"""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np

from ..annotate import Annotation, annotate
from ..model import Document
from ..resources import load_yaml
from .roles import (
    ACRONYM_DETECTOR,
    Lexicon,
    Tok,
    document_acronyms,
    lexicon,
    match_at,
    name_word,
    words,
)

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
INCIDENT_TYPES: tuple[str, ...] = ("attack", "bombing", "kidnapping", "arson", "robbery", "forced work stoppage")
MAX_LEN = 7
HASH_BITS = 18
MODEL_FILE = "role_selector.npz"
#: words around the span, the sentence's trigger verbs and claim cues as features: measured on the
#: held-apart train fifth and left off (mean F1 over the roles 46.7 without, 45.9 / 47.0 with, at
#: C 0.25 / 1.0; no role gains consistently)
CONTEXT_FEATURES = False
#: case-free features of a span against a person's name (:func:`name_features`)
NAME_FEATURES = True


@dataclass(frozen=True)
class Candidate:
    start: int  # character offsets into the text
    end: int
    first: int  # token indices in the sentence
    last: int
    sentence: int  # index of the sentence in the scanned range


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & ((1 << HASH_BITS) - 1)


def _is_word(t: Tok) -> bool:
    return t.text[:1].isalnum() or t.text[:1] == "_"


def _edge_ok(t: Tok, lex: Lexicon, edge_stop: frozenset[str]) -> bool:
    """Can the word start or end a candidate (a word, not a function word)?"""
    return _is_word(t) and t.low not in lex.stop and t.low not in edge_stop and t.low not in lex.passive_aux


@lru_cache(maxsize=1)
def _edge_stop() -> frozenset[str]:
    """Words that neither start nor end a filler beyond the lexicon's np_stop (roles.yaml)."""
    return frozenset(w.lower() for w in load_yaml("roles.yaml")["selector_edge_stop"])


def _kind(toks: list[Tok], i: int, lex: Lexicon) -> str:
    t = toks[i].low
    if match_at(toks, i, lex.weapons) or t in lex.weapons.words:
        return "weapon"
    if t in lex.perp:
        return "perp"
    if t in lex.org:
        return "org"
    if t in lex.human.words:
        return "human"
    if t in lex.target.words:
        return "target"
    if t in lex.given:
        return "given"
    if t in lex.trigger_words:
        return "trigger"
    return "other"


def _trigger_positions(toks: list[Tok], lex: Lexicon) -> list[tuple[int, int, bool]]:
    out, i = [], 0
    while i < len(toks):
        n = max(match_at(toks, i, lex.harm), match_at(toks, i, lex.attack))
        if n:
            passive = i > 0 and toks[i - 1].low in lex.passive_aux
            out.append((i, i + n - 1, passive))
            i += n
        else:
            i += 1
    return out


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n < 6 else "6+")


def span_features(
    toks: list[Tok], first: int, last: int, triggers: list[tuple[int, int, bool]], lex: Lexicon,
    sent_index: int, acronyms: frozenset[str], recurrence: int, claim: bool = False,
) -> list[str]:
    """Named features of the span ``toks[first..last]`` (all lower case)."""
    words = [t.low for t in toks[first : last + 1]]
    head = words[-1]
    f = [f"w={w}" for w in words]
    f += [f"first={words[0]}", f"head={head}", f"suf={head[-3:]}", f"len={min(len(words), 5)}"]
    if len(words) > 1:
        f.append(f"head2={words[-2]}_{head}")
    kinds = [_kind(toks, k, lex) for k in range(first, last + 1)]
    f.append(f"hk={kinds[-1]}")
    f += [f"k={k}" for k in sorted(set(kinds))]  # sorted: the scores sum in one order whatever the hash seed
    if "of" in words:
        f.append("has_of")
        f.append(f"of_head={words[words.index('of') - 1] if words.index('of') else ''}")
    for d in (1, 2, 3):
        f.append(f"p{d}={toks[first - d].low if first - d >= 0 else '<s>'}")
        f.append(f"n{d}={toks[last + d].low if last + d < len(toks) else '</s>'}")
    f.append(f"p1n1={toks[first - 1].low if first else '<s>'}|{toks[last + 1].low if last + 1 < len(toks) else '</s>'}")
    f.append(f"hk_p1={kinds[-1]}|{toks[first - 1].low if first else '<s>'}")
    before = [tr for tr in triggers if tr[1] < first]
    after = [tr for tr in triggers if tr[0] > last]
    if before:
        s, e, passive = before[-1]
        verb = " ".join(t.low for t in toks[s : e + 1])
        f += [f"tl={verb}", f"tl_d={_bucket(first - e - 1)}", f"tl_pass={passive}", f"hk_tl={kinds[-1]}|{passive}"]
        f.append(f"by_tl={'by' in [t.low for t in toks[e + 1 : first]]}")
    else:
        f.append("tl=none")
    if after:
        s, e, passive = after[0]
        verb = " ".join(t.low for t in toks[s : e + 1])
        f += [f"tr={verb}", f"tr_d={_bucket(s - last - 1)}", f"tr_pass={passive}", f"hk_tr={kinds[-1]}|{passive}"]
    else:
        f.append("tr=none")
    if any(first <= s and e <= last for s, e, _ in triggers):
        f.append("has_trigger")
    f.append(f"sent={_bucket(sent_index)}")
    f.append(f"rec={_bucket(recurrence)}")
    if len(words) == 1 and head in acronyms:
        f.append("doc_acronym")
    if any(c.isdigit() for c in head):
        f.append("digit_head")
    if NAME_FEATURES:
        f += name_features(toks, first, last, lex)
    if CONTEXT_FEATURES:
        f += [f"cl={t.low}" for t in toks[max(0, first - 5) : first]]
        f += [f"cr={t.low}" for t in toks[last + 1 : last + 6]]
        verbs = sorted({" ".join(t.low for t in toks[s : e + 1]) for s, e, _ in triggers})
        f += [f"st={v}" for v in verbs] + [f"hk_st={kinds[-1]}|{v}" for v in verbs]
        if claim:
            f += ["claim", f"hk_claim={kinds[-1]}"]
    f.append("bias")
    return f


def _name_like(t: Tok, lex: Lexicon) -> bool:
    return t.low in lex.given or name_word(t, lex, cased=False)


def _name_run(toks: list[Tok], lex: Lexicon) -> bool:
    """Every word can be part of a person's name (a name word, a given name or a joiner)."""
    return all(_name_like(t, lex) or t.low in lex.name_joiners for t in toks)


def name_features(toks: list[Tok], first: int, last: int, lex: Lexicon) -> list[str]:
    """Where the span stands against a person's name, case-free: whether it starts at a given
    name (lexicon ``given_names``), whether all its words can be name words, whether the words
    on either side could continue a name (a span cut out of "Jose Antonio Rodriguez Porth"), and
    whether a title ("analyst", "mayor") stands before it."""
    f = []
    span = toks[first : last + 1]
    all_name = _name_run(span, lex)
    left = first > 0 and _name_like(toks[first - 1], lex)
    right = last + 1 < len(toks) and _name_like(toks[last + 1], lex)
    if span[0].low in lex.given:
        f.append("first_given")
    if all_name:
        f.append(f"all_name|left={left}|right={right}")
        f.append(f"all_name|first_given={span[0].low in lex.given}|len={min(len(span), 4)}")
    if first > 0 and toks[first - 1].low in lex.given:
        f.append("p1_given")
    if first > 0 and match_at(toks, first - 1, lex.titles) == 1:
        f.append("p1_title")
    if match_at(toks, first, lex.titles):
        f.append("starts_title")
    f.append(f"name_edges={left}|{right}")
    return f


@dataclass
class SpanContext:
    """What features need besides the span: the sentence's tokens and triggers, and counts."""

    sentences: list[list[Tok]]
    triggers: list[list[tuple[int, int, bool]]]
    counts: Counter[str]
    acronyms: frozenset[str]
    claims: list[bool]


def annotation_of(source: Annotation | str) -> Annotation:
    """The annotation of a text (made here, with the acronym detector), or the one given."""
    if isinstance(source, Annotation):
        return source
    return annotate(Document(text=source), (ACRONYM_DETECTOR,))


def spans(
    source: Annotation | str, start: int = 0, end: int | None = None
) -> tuple[list[Candidate], SpanContext]:
    """Every candidate span of the annotated text's ``[start:end]`` (features are computed by
    :func:`features`)."""
    annotation = annotation_of(source)
    text = annotation.text
    end = len(text) if end is None else end
    lex = lexicon()
    edge_stop = _edge_stop()
    sents = [toks for a, b in annotation.sentences(start, end) if (toks := words(annotation, a, b))]
    out: list[Candidate] = []
    counts: Counter[str] = Counter()
    for si, toks in enumerate(sents):
        ok = [_edge_ok(t, lex, edge_stop) for t in toks]
        for i in range(len(toks)):
            if not ok[i]:
                continue
            for j in range(i, min(len(toks), i + MAX_LEN)):
                if not _is_word(toks[j]) and toks[j].text != "-":
                    break
                if ok[j]:
                    out.append(Candidate(toks[i].start, toks[j].end, i, j, si))
                    counts[" ".join(t.low for t in toks[i : j + 1])] += 1
    claims = [any(c in " ".join(t.low for t in toks) for c in lex.claim_cues) for toks in sents]
    ctx = SpanContext(sents, [_trigger_positions(t, lex) for t in sents], counts, document_acronyms(annotation), claims)
    return out, ctx


def features(c: Candidate, ctx: SpanContext) -> list[str]:
    toks = ctx.sentences[c.sentence]
    key = " ".join(t.low for t in toks[c.first : c.last + 1])
    return span_features(toks, c.first, c.last, ctx.triggers[c.sentence], lexicon(), c.sentence, ctx.acronyms,
                         ctx.counts[key], ctx.claims[c.sentence])


def candidates(
    source: Annotation | str, start: int = 0, end: int | None = None
) -> list[tuple[Candidate, list[str]]]:
    """Every candidate span of the annotated text's ``[start:end]`` with its features."""
    found, ctx = spans(source, start, end)
    return [(c, features(c, ctx)) for c in found]


def doc_features(source: Annotation | str) -> list[str]:
    """Features of a whole document for the incident-type classifier: its lower-cased words (the
    annotation's alphabetic tokens), once per occurrence (hashed like the span features)."""
    annotation = annotation_of(source)
    return [f"d={t.lower_}" for a, b in annotation.sentences() for t in annotation.tokens(a, b) if t.is_alpha]


def doc_vector(features: list[str], idf: Any) -> tuple[Any, Any]:
    """The document's TF-IDF vector over hashed columns (``idx``, ``values``): sublinear term
    frequency (1 + log count) times the column's inverse document frequency (``idf``, fitted on
    the train split), L2-normalised."""
    counts = Counter(_hash(x) for x in features)
    idx = np.fromiter(counts, dtype=np.int64, count=len(counts))
    values = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[idx]
    norm = float(np.sqrt((values**2).sum()))
    return idx, values / norm if norm else values


def type_probabilities(source: Annotation | str, model: dict[str, Any] | None = None) -> dict[str, float]:
    """Probability per MUC incident type that the document reports an incident of that type."""
    model = model or load_model()
    if model is None or "type_coef" not in model:
        return {}
    idx, values = doc_vector(doc_features(source), model["type_idf"])
    z = model["type_coef"][:, idx].astype(np.float64) @ values + model["type_intercept"]
    return dict(zip(INCIDENT_TYPES, (1.0 / (1.0 + np.exp(-z))).tolist(), strict=True))


def role_maxima(probs: Any) -> dict[str, float]:
    """Per role, the highest probability of any candidate span (``probs``: :func:`scored_spans`'
    matrix; 0 without a candidate)."""
    top = probs.max(axis=0).tolist() if len(probs) else [0.0] * len(ROLES)
    return dict(zip(ROLES, top, strict=True))


#: the named features of the template decision (:func:`template_features`), in the model's order
TEMPLATE_FEATURES: tuple[str, ...] = (
    "p_type", "logit_p_type", "p_best", "type_is_best", "has_event_of_type", "events_of_type",
    "has_event", "events_of_other_types", "p_type_with_event",
    *(f"max_{r}" for r in ROLES),
)


def template_features(
    incident_type: str, probs: dict[str, float], event_types: dict[str, int], maxima: dict[str, float] | None = None
) -> dict[str, float]:
    """Named features of the decision "the document holds a template of ``incident_type``":
    the document classifier's probabilities (``probs``, :func:`type_probabilities`), how many
    of sitrep's events map to each incident type (``event_types``) and, per role, the highest
    probability of a filler in the document (``maxima``, :func:`role_maxima`: MUC templates an
    incident only when the text names at least the nature of its target or of the attack)."""
    p = min(max(probs[incident_type], 1e-4), 1 - 1e-4)
    best = max(probs.values())
    n_type = event_types.get(incident_type, 0)
    n_all = sum(event_types.values())
    return {
        "p_type": p,
        "logit_p_type": float(np.log(p / (1 - p))),
        "p_best": best,
        "type_is_best": float(probs[incident_type] >= best),
        "has_event_of_type": float(n_type > 0),
        "events_of_type": min(n_type, 3) / 3,
        "has_event": float(n_all > 0),
        "events_of_other_types": min(n_all - n_type, 3) / 3,
        "p_type_with_event": p * (n_type > 0),
        **{f"max_{r}": float((maxima or {}).get(r, 0.0)) for r in ROLES},
    }


def template_probability(features: dict[str, float], model: dict[str, Any]) -> float:
    """Probability that the document holds a template, from :func:`template_features` and the
    fitted weights (``template_coef`` over ``TEMPLATE_FEATURES``, ``template_intercept``)."""
    x = np.array([features[k] for k in TEMPLATE_FEATURES])
    z = float(x @ model["template_coef"] + model["template_intercept"])
    return 1.0 / (1.0 + float(np.exp(-z)))


def template_probabilities(
    probs: dict[str, float], event_types: dict[str, int], model: dict[str, Any], maxima: dict[str, float] | None = None
) -> dict[str, float]:
    """Per incident type, the probability that the document holds a template of it
    (:func:`template_probability` of :func:`template_features`)."""
    return {ty: template_probability(template_features(ty, probs, event_types, maxima), model) for ty in INCIDENT_TYPES}


def template_types(
    probs: dict[str, float], event_types: dict[str, int], model: dict[str, Any], maxima: dict[str, float] | None = None
) -> list[str]:
    """The incident types the document holds templates of: those whose template probability
    reaches the fitted ``template_threshold``, the likeliest first (a filler as near to two
    templates goes to the likelier one)."""
    th = float(model["template_threshold"])
    p = template_probabilities(probs, event_types, model, maxima)
    return sorted((ty for ty in INCIDENT_TYPES if p[ty] >= th), key=lambda ty: -p[ty])


class ExtraTemplateFeatures(NamedTuple):
    """The document-level features of the extra-template decision (:func:`extra_template_features`)."""

    p_template: float
    p_type: float
    incidents: float
    sentences: float
    trigger_sentences: float
    type_is_likeliest: float


#: the named features of the decision "one more template of this type than sitrep's incidents"
#: (:func:`extra_template_features`), in the model's order
EXTRA_TEMPLATE_FEATURES: tuple[str, ...] = (*ExtraTemplateFeatures._fields, *(f"fillers_{r}" for r in ROLES))


def distinct_fillers(chosen: dict[str, list[tuple[int, int, float]]], text: str) -> dict[str, int]:
    """Per role, how many distinct strings (lower case, spaces collapsed) are selected."""
    return {r: len({" ".join(text[s:e].lower().split()) for s, e, _ in chosen.get(r, [])}) for r in ROLES}


def extra_template_features(
    p_template: float, p_type: float, incidents: int, likeliest: bool, ctx: SpanContext, fillers: dict[str, int]
) -> dict[str, float]:
    """Named features of the decision "the document holds one more template of this incident
    type than the incidents sitrep found of it" (MUC templates are incidents: 187 of the 828
    (document, type) pairs of the train split's keys hold two or more): the template
    probability (:func:`template_probabilities`), the type's document probability, how many
    incidents of the type sitrep found (events whose evidence does not overlap), the document's
    length in sentences, how many of its sentences hold a trigger, whether the type is the
    likeliest, and per role how many distinct fillers are selected (:func:`distinct_fillers`)."""
    document = ExtraTemplateFeatures(
        p_template=p_template,
        p_type=p_type,
        incidents=min(incidents, 3) / 3,
        sentences=min(len(ctx.sentences), 40) / 40,
        trigger_sentences=min(sum(1 for t in ctx.triggers if t), 10) / 10,
        type_is_likeliest=float(likeliest),
    )
    return document._asdict() | {f"fillers_{r}": min(fillers.get(r, 0), 5) / 5 for r in ROLES}


def extra_template(features: dict[str, float], model: dict[str, Any]) -> bool:
    """Whether the document holds one more template of the type than sitrep's incidents
    (:func:`extra_template_features` weighed by ``extra_coef``, ``extra_intercept``; the
    probability reaches ``extra_threshold``); False with a model that has no such weights."""
    if "extra_coef" not in model:
        return False
    x = np.array([features[k] for k in EXTRA_TEMPLATE_FEATURES])
    z = float(x @ model["extra_coef"] + model["extra_intercept"])
    return 1.0 / (1.0 + float(np.exp(-z))) >= float(model["extra_threshold"])


@lru_cache(maxsize=1)
def load_model() -> dict[str, Any] | None:
    """The shipped weights, or None when the file is absent (the selector then selects nothing)."""
    path = resources.files("sitrep.data").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    with path.open("rb") as fh:
        z = np.load(fh)
        return {k: (z[k].astype("float32") if k in ("coef", "type_coef") else z[k]) for k in z.files}


def score(feats: list[list[str]], model: dict[str, Any]) -> Any:
    """Probabilities, one row per candidate and one column per role."""
    coef = model["coef"]  # (roles, 2 ** HASH_BITS)
    out = np.empty((len(feats), coef.shape[0]), dtype="float64")
    for n, f in enumerate(feats):
        idx = [_hash(x) for x in f]
        out[n] = coef[:, idx].sum(axis=1)
    out += model["intercept"]
    return 1.0 / (1.0 + np.exp(-out))


def scored_spans(
    source: Annotation | str, start: int = 0, end: int | None = None, model: dict[str, Any] | None = None
) -> tuple[list[Candidate], SpanContext, Any]:
    """Every candidate span of the annotated text's ``[start:end]``, its context and its
    probabilities (one row per candidate, one column per role; no rows without a model)."""
    model = model or load_model()
    found, ctx = spans(source, start, end)
    if model is None or not found:
        return found, ctx, np.zeros((0, len(ROLES)))
    return found, ctx, score([features(c, ctx) for c in found], model)


def select(
    source: Annotation | str, start: int = 0, end: int | None = None, model: dict[str, Any] | None = None,
    thresholds: Any = None, scored: tuple[list[Candidate], SpanContext, Any] | None = None,
) -> dict[str, list[tuple[int, int, float]]]:
    """Per role, the selected spans (start, end, probability) of the annotated text's
    ``[start:end]``, in text order (``scored``: the :func:`scored_spans` of the same range, when
    the caller has them already)."""
    model = model or load_model()
    out: dict[str, list[tuple[int, int, float]]] = {r: [] for r in ROLES}
    if model is None:
        return out
    found, ctx, probs = scored or scored_spans(source, start, end, model)
    if not found or not len(probs):
        return out
    chosen = choose(found, probs, model["thresholds"] if thresholds is None else thresholds)
    return resolve_short_names(chosen, found, ctx)


#: roles whose selected persons' names take the fuller form the document writes
#: (:func:`resolve_short_names`; train fifth 0: Victim GTT F1 42 -> 45, CEAF-REE 45.4 -> 46.5)
NAME_COREF_ROLES: tuple[str, ...] = ("Victim",)


def _name_words(c: Candidate, ctx: SpanContext) -> tuple[str, ...] | None:
    """The span's lower-cased words when every one can be part of a person's name, else None."""
    lex = lexicon()
    toks = ctx.sentences[c.sentence][c.first : c.last + 1]
    if _name_run(toks, lex):
        return tuple(t.low for t in toks)
    return None


def resolve_short_names(
    chosen: dict[str, list[tuple[int, int, float]]], cands: list[Candidate], ctx: SpanContext,
    roles: tuple[str, ...] = NAME_COREF_ROLES,
) -> dict[str, list[tuple[int, int, float]]]:
    """A name and its later short form are one entity: a selected span of ``roles`` made of name
    words that ends a fuller name written in the document ("Rodriguez Porth" after "Jose Antonio
    Rodriguez Porth": two or more name words from a given name on) is replaced by the fuller
    name's first mention (the longest such name), keeping its probability; a span that becomes a
    duplicate is dropped."""
    lex = lexicon()
    by_pos = {(c.start, c.end): c for c in cands}
    full: dict[tuple[str, ...], Candidate] = {}
    for c in sorted(cands, key=lambda c: c.start):
        ws = _name_words(c, ctx)
        if ws and len(ws) >= 2 and ws[0] in lex.given:
            full.setdefault(ws, c)
    out = dict(chosen)
    for role in roles:
        kept: dict[tuple[int, int], tuple[int, int, float]] = {}
        for s, e, p in chosen.get(role, []):
            ws = _name_words(by_pos[(s, e)], ctx) if (s, e) in by_pos else None
            longer = [n for n in full if ws and len(n) > len(ws) and n[-len(ws) :] == ws]
            if longer:
                c = full[max(longer, key=len)]
                s, e = c.start, c.end
            if (s, e) not in kept or kept[(s, e)][2] < p:
                kept[(s, e)] = (s, e, p)
        out[role] = sorted(kept.values())
    return out


def choose(cands: list[Candidate], probs: Any, thresholds: Any) -> dict[str, list[tuple[int, int, float]]]:
    """Per role, candidates at or above the threshold; of two overlapping spans the likelier."""
    out: dict[str, list[tuple[int, int, float]]] = {}
    for k, role in enumerate(ROLES):
        chosen = sorted(((probs[n, k], c) for n, c in enumerate(cands) if probs[n, k] >= thresholds[k]),
                        key=lambda x: -x[0])
        kept: list[tuple[int, int, float]] = []
        for p, c in chosen:
            if any(c.start < e and s < c.end for s, e, _ in kept):
                continue
            kept.append((c.start, c.end, float(p)))
        out[role] = sorted(kept)
    return out
