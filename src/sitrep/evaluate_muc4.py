"""MUC-4 template-filling metrics, written to give the same figures as the official scorers.

Two metrics are used for MUC-4 in the literature, each with its own script: the **GTT template
metric** (``eval.py`` of github.com/xinyadu/gtt, Du, Rush & Cardie 2021; also used for TempGen and
IterX) and **CEAF-REE** with ``phi_strict`` (``eval.py`` of github.com/xinyadu/grit_doc_event_entity,
Du et al. 2021). This module is an independent implementation of both, rule for rule; no code of
those scripts is copied. Every rule they apply is listed here.

Shared rules
  N1  Every mention string, gold and predicted, is normalised (:func:`normalise`): lower-cased,
      every ASCII punctuation character *deleted* (``"M-19"`` -> ``"m19"``, not ``"m 19"``), the
      whole words ``a``, ``an`` and ``the`` removed, runs of white space collapsed.
  N2  An entity is a list of mention strings. A predicted entity matches a gold entity when *every*
      one of its mentions is among the gold entity's mentions (``phi_strict``); a predicted entity
      with no mention matches any gold entity (the subset rule holds vacuously).
  N3  P = matched / predicted and R = matched / gold, each 0 when its numerator is 0;
      F1 = 2PR / (P + R), 0 when P + R = 0. Micro averages sum the numerators and denominators
      over the slots before dividing.
  N4  Gold entities with no mention are dropped when gold is read. Documents are those of the
      gold; a document without predictions has none (the official scripts require an entry).

GTT template metric (:func:`gtt_score`)
  G1  Gold templates of a document are de-duplicated when read: a template equal to an earlier one
      (same incident type and the same entities, mention strings as written, in the same order) is
      dropped. Predicted templates are scored as given.
  G2  Slots: ``incident_type`` and the roles PerpInd, PerpOrg, Target, Victim, Weapon.
  G3  A predicted incident type that is not a string counts as ``"attack"``. A predicted template
      can be aligned with a gold template only when its incident type is a *substring* of the
      gold's (``"attack"`` and ``"bombing"`` both fit the gold ``"attack / bombing"``).
  G4  For an aligned pair, the incident type scores 1 of 1 for precision and for recall (it is
      never wrong there, by G3). For each role, every predicted entity that matches (N2) *any*
      gold entity of the same role in the gold template counts correct for precision - several
      predicted entities may match the same gold entity and all are credited; every gold entity
      that *any* predicted entity matches counts correct for recall.
  G5  A predicted template aligned to nothing (or only to a gold template of another incident
      type) adds 1 (incident type) + its number of entities per role to the precision
      denominators; a gold template aligned to nothing adds the same to the recall denominators.
  G6  Alignment: each predicted template goes to one gold template or to none, no gold template
      takes two. Of all such alignments the scorer keeps the one with the highest micro F1 *of
      the document* (floating point, as the official script computes it). Ties go to the first
      alignment in the official enumeration order: predicted template 0 is the most significant
      position, and its choices run gold 0, gold 1, ..., then "none" (``itertools.product`` over
      ``[0, ..., n-1, -1]``). The document's per-slot counts under that alignment are summed over
      the documents (G7 then gives the figures).
  G7  Figures: per slot P/R/F1 from the summed counts, and the micro average over the six slots.

  The official script enumerates all ``(n + 1) ** k`` alignments of k predicted to n gold
  templates. :func:`best_alignment` gives the identical result (the same chosen alignment's counts,
  ties included) by a memoised search: the first best completion of a partial alignment depends
  only on the next template to place, the gold templates already taken and the counts so far, so
  each such state is searched once. :func:`best_alignment_exhaustive` is the plain enumeration,
  kept for the test that compares the two.

CEAF-REE (:func:`ceaf_ree`)
  C1  No templates: per document, gold is one entity list per role (the GRIT format, roles merged
      over the document's incidents); predictions are one entity list per role, scored as given
      (two identical predicted entities are two predictions).
  C2  Per document and role, each predicted entity is aligned to at most one gold entity and vice
      versa (Kuhn-Munkres in the official script) so that the number of pairs that match (N2) is
      largest; with 0/1 similarities that number is the size of a maximum bipartite matching,
      which is what :func:`_max_matching` computes (any maximum assignment gives the same figure).
  C3  Per role: matched pairs count for precision and recall alike; denominators are the numbers of
      predicted and of gold entities. Only roles present in the gold are scored (all five are).
  C4  Figures per role and the micro average over the five roles (N3).
"""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

ROLES: tuple[str, ...] = ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
SLOTS: tuple[str, ...] = ("incident_type", *ROLES)

_PUNCT = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b", re.UNICODE)

Entity = list[str]
Template = dict[str, Any]


def normalise(s: str) -> str:
    """N1: lower case, punctuation deleted, articles a/an/the removed, white space collapsed."""
    s = "".join(ch for ch in s.lower() if ch not in _PUNCT)
    return " ".join(_ARTICLES.sub(" ", s).split())


def prf(p_num: float, p_den: float, r_num: float, r_den: float) -> tuple[float, float, float]:
    """N3: (precision, recall, F1), computed in the order the official scripts use."""
    p = 0 if p_num == 0 else p_num / float(p_den)
    r = 0 if r_num == 0 else r_num / float(r_den)
    return float(p), float(r), _f1(p_num, p_den, r_num, r_den)


def _f1(p_num: float, p_den: float, r_num: float, r_den: float) -> float:
    p = 0 if p_den == 0 else p_num / float(p_den)
    r = 0 if r_den == 0 else r_num / float(r_den)
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def matches(gold: Sequence[str], pred: Sequence[str]) -> bool:
    """N2 (phi_strict): every predicted mention is one of the gold entity's mentions."""
    return all(m in gold for m in pred)


@dataclass
class Counts:
    """Numerators and denominators per slot: {slot: [p_num, p_den, r_num, r_den]}."""

    slots: tuple[str, ...] = SLOTS
    c: dict[str, list[float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for s in self.slots:
            self.c.setdefault(s, [0, 0, 0, 0])

    def add(self, other: Counts) -> None:
        for s in self.slots:
            for k in range(4):
                self.c[s][k] += other.c[s][k]

    def micro(self) -> list[float]:
        return [sum(self.c[s][k] for s in self.slots) for k in range(4)]

    def f1(self) -> float:
        return _f1(*self.micro())

    def figures(self) -> dict[str, tuple[float, float, float]]:
        """{slot: (P, R, F1)} and the micro average under "all"."""
        out = {s: prf(*self.c[s]) for s in self.slots}
        out["all"] = prf(*self.micro())
        return out


# --------------------------------------------------------------------------------------------
# reading gold and predictions
# --------------------------------------------------------------------------------------------
def _mention_text(m: Any) -> str:
    return m[0] if isinstance(m, list | tuple) else m


def _entities(raw: Iterable[Any], gold: bool) -> list[Entity]:
    """Entities as lists of mention strings ([string, offset] pairs are accepted; a bare string is
    an entity of one mention). N4: an empty gold entity is dropped; predictions are kept as given."""
    out = []
    for ent in raw or []:
        mentions = [_mention_text(m) for m in (ent if isinstance(ent, list | tuple) else [ent])]
        if mentions or not gold:
            out.append(mentions)
    return out


def gold_templates(raw_templates: Iterable[Mapping[str, Any]]) -> list[Template]:
    """G1 + N4: a document's gold templates with mention strings only, duplicates dropped
    (compared as written, before normalisation), then normalised."""
    out: list[Template] = []
    for raw in raw_templates:
        t: Template = {"incident_type": raw.get("incident_type")}
        for role in ROLES:
            t[role] = _entities(raw.get(role, []), gold=True)
        if t not in out:
            out.append(t)
    return [_normalised_template(t) for t in out]


def pred_templates(raw_templates: Iterable[Mapping[str, Any]]) -> list[Template]:
    """Predicted templates with normalised mentions (G3: a non-string incident type is "attack")."""
    out = []
    for raw in raw_templates:
        it = raw.get("incident_type")
        t: Template = {"incident_type": it if isinstance(it, str) else "attack"}
        for role in ROLES:
            t[role] = _entities(raw.get(role, []), gold=False)
        out.append(_normalised_template(t))
    return out


def _normalised_template(t: Template) -> Template:
    return {"incident_type": t["incident_type"], **{r: [[normalise(m) for m in e] for e in t[r]] for r in ROLES}}


# --------------------------------------------------------------------------------------------
# GTT template metric
# --------------------------------------------------------------------------------------------
def pair_counts(pred: Template, gold: Template) -> Counts | None:
    """G3-G4: counts for an aligned pair, or None when the incident types do not fit."""
    if not (isinstance(pred["incident_type"], str) and isinstance(gold["incident_type"], str)):
        return None
    if pred["incident_type"] not in gold["incident_type"]:
        return None
    c = Counts()
    c.c["incident_type"] = [1, 1, 1, 1]
    for role in ROLES:
        p_ents, g_ents = pred[role], gold[role]
        p_ok = sum(any(matches(g, p) for g in g_ents) for p in p_ents)
        r_ok = sum(any(matches(g, p) for p in p_ents) for g in g_ents)
        c.c[role] = [p_ok, len(p_ents), r_ok, len(g_ents)]
    return c


def _unaligned(t: Template, gold: bool) -> Counts:
    """G5: a template aligned to nothing adds to the denominators only."""
    c = Counts()
    k = 3 if gold else 1
    c.c["incident_type"][k] = 1
    for role in ROLES:
        c.c[role][k] = len(t[role])
    return c


def alignment_counts(mapping: Sequence[int], preds: list[Template], golds: list[Template]) -> Counts:
    """Counts of one document under an alignment (``mapping[i]`` = gold index of predicted
    template i, or -1)."""
    total = Counts()
    aligned_p, aligned_g = set(), set()
    for i, j in enumerate(mapping):
        if j == -1:
            continue
        c = pair_counts(preds[i], golds[j])
        if c is not None:
            total.add(c)
            aligned_p.add(i)
            aligned_g.add(j)
    for i, p in enumerate(preds):
        if i not in aligned_p:
            total.add(_unaligned(p, gold=False))
    for j, g in enumerate(golds):
        if j not in aligned_g:
            total.add(_unaligned(g, gold=True))
    return total


def best_alignment_exhaustive(preds: list[Template], golds: list[Template]) -> tuple[tuple[int, ...], Counts]:
    """G6 by plain enumeration of every alignment, in the official order (slow: (n+1)**k)."""
    choices = [*range(len(golds)), -1]
    best: tuple[tuple[int, ...], Counts] | None = None
    best_f1 = 0.0
    for mapping in itertools.product(choices, repeat=len(preds)):
        taken = [j for j in mapping if j != -1]
        if len(taken) != len(set(taken)):
            continue
        c = alignment_counts(mapping, preds, golds)
        f = c.f1()
        if best is None or f > best_f1:
            best, best_f1 = (mapping, c), f
    assert best is not None  # product() yields at least the empty or the all -1 alignment
    return best


def best_alignment(preds: list[Template], golds: list[Template]) -> tuple[tuple[int, ...], Counts]:
    """G6, identical to :func:`best_alignment_exhaustive` (same alignment, ties included), by a
    memoised depth-first search in the official order.

    Only a pair's micro numerators (p_num, r_num) depend on the alignment; the denominators are
    fixed by the document. The best completion of a partial alignment, and the first one in the
    official order among equals, depends only on the next predicted template to place, the gold
    templates taken so far (by a matching pair or not) and the numerators so far; the document F1
    of a complete alignment is computed exactly as the official script does, from its numerators,
    so comparisons (strictly greater replaces) behave the same.
    """
    k, n = len(preds), len(golds)
    base = alignment_counts([-1] * k, preds, golds)
    p_den, r_den = base.micro()[1], base.micro()[3]
    pair_nums: list[list[tuple[int, int] | None]] = []
    for p in preds:
        row = []
        for g in golds:
            c = pair_counts(p, g)
            row.append(None if c is None else (int(c.micro()[0]), int(c.micro()[2])))
        pair_nums.append(row)
    memo: dict[tuple[int, int, int, int], tuple[float, tuple[int, ...]]] = {}

    def search(i: int, taken: int, pn: int, rn: int) -> tuple[float, tuple[int, ...]]:
        if i == k:
            return _f1(pn, p_den, rn, r_den), ()
        key = (i, taken, pn, rn)
        if key in memo:
            return memo[key]
        best: tuple[float, tuple[int, ...]] | None = None
        for j in [*range(n), -1]:
            if j != -1 and taken >> j & 1:
                continue
            nums = pair_nums[i][j] if j != -1 else None
            a, b = nums if nums is not None else (0, 0)
            f, rest = search(i + 1, taken | (1 << j) if j != -1 else taken, pn + a, rn + b)
            if best is None or f > best[0]:
                best = (f, (j, *rest))
        assert best is not None
        memo[key] = best
        return best

    _f, mapping = search(0, 0, 0, 0)
    return mapping, alignment_counts(mapping, preds, golds)


def gtt_counts(
    pred_docs: Mapping[str, Iterable[Mapping[str, Any]]],
    gold_docs: Mapping[str, Iterable[Mapping[str, Any]]],
    exhaustive: bool = False,
) -> Counts:
    """G1-G7 summed counts over the documents of ``gold_docs`` (raw templates: entities as lists
    of mentions, each a string or a [string, offset] pair)."""
    total = Counts()
    align = best_alignment_exhaustive if exhaustive else best_alignment
    for docid, raw_gold in gold_docs.items():
        golds = gold_templates(raw_gold)
        preds = pred_templates(pred_docs.get(docid, []))
        total.add(align(preds, golds)[1])
    return total


def gtt_score(
    pred_docs: Mapping[str, Iterable[Mapping[str, Any]]],
    gold_docs: Mapping[str, Iterable[Mapping[str, Any]]],
    exhaustive: bool = False,
) -> dict[str, tuple[float, float, float]]:
    """GTT template metric: {slot: (P, R, F1)} and "all" (micro average over the six slots)."""
    return gtt_counts(pred_docs, gold_docs, exhaustive).figures()


# --------------------------------------------------------------------------------------------
# CEAF-REE
# --------------------------------------------------------------------------------------------
def _max_matching(adj: list[list[int]], n_right: int) -> int:
    """Size of a maximum bipartite matching (augmenting paths); ``adj[i]`` = right nodes of i."""
    match_right = [-1] * n_right

    def augment(i: int, seen: list[bool]) -> bool:
        for j in adj[i]:
            if not seen[j]:
                seen[j] = True
                if match_right[j] == -1 or augment(match_right[j], seen):
                    match_right[j] = i
                    return True
        return False

    return sum(augment(i, [False] * n_right) for i in range(len(adj)))


def ceaf_counts(
    pred_docs: Mapping[str, Mapping[str, Iterable[Any]]],
    gold_docs: Mapping[str, Mapping[str, Iterable[Any]]],
) -> Counts:
    """C1-C3 summed counts. ``pred_docs[doc][role]`` and ``gold_docs[doc][role]`` are entity lists
    (each entity a list of mentions, strings or [string, offset] pairs; a bare string is an entity
    of one mention)."""
    total = Counts(slots=ROLES)
    for docid, groles in gold_docs.items():
        proles = pred_docs.get(docid, {})
        for role in ROLES:
            if role not in groles:
                continue
            g_ents = [[normalise(m) for m in e] for e in _entities(groles[role], gold=True)]
            p_ents = [[normalise(m) for m in e] for e in _entities(proles.get(role, []), gold=False)]
            adj = [[j for j, g in enumerate(g_ents) if matches(g, p)] for p in p_ents]
            m = _max_matching(adj, len(g_ents))
            c = total.c[role]
            c[0] += m
            c[1] += len(p_ents)
            c[2] += m
            c[3] += len(g_ents)
    return total


def ceaf_ree(
    pred_docs: Mapping[str, Mapping[str, Iterable[Any]]],
    gold_docs: Mapping[str, Mapping[str, Iterable[Any]]],
) -> dict[str, tuple[float, float, float]]:
    """CEAF-REE (phi_strict): {role: (P, R, F1)} and "all" (micro average over the five roles)."""
    return ceaf_counts(pred_docs, gold_docs).figures()
