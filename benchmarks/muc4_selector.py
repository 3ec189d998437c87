#!/usr/bin/env python
"""Fit the role-filler selector (sitrep.extractors.role_selector) on the MUC-4 train split.

    python benchmarks/muc4_selector.py [--data DIR] [--seed 13] [--out src/sitrep/data/role_selector.npz]
                                       [--events FILE]

Reads only the train split (the MUC-3 DEV set, 1,300 documents, ../shared/data/muc4 next to the
repository or $SITREP_MUC4); the dev split is for reporting and is not read. A candidate span is
positive for a role when its normalised text is a mention of a gold entity of that role in the
document (templates merged). Every positive and a seeded sample of the negatives are kept. One
L2 logistic regression per role is fitted five times, each time on four fifths of the documents;
the threshold per role that gives the best F1 of distinct selected strings in the documents that
hold a template, pooled over the five held-apart fifths (each scored out of fold), is kept; then
the weights are refitted on all documents. ``--fold-out FILE`` also writes the model fitted without the fifth ``--held`` (default
0), for scoring that fifth with ``benchmarks/muc4.py --split train --fold K --model FILE`` (its
thresholds saw that fifth among the five).

The incident-type classifier (one class-balanced logistic regression per type over the
document's TF-IDF vector, ``role_selector.doc_vector``; the idf is fitted on the train documents) is fitted the same way; its out-of-fold probabilities on the train split (five
folds) feed the template decision, with the out-of-fold highest filler probability per role
(``role_selector.role_maxima``): a logistic regression over the named features of
``role_selector.template_features`` (the type's probability, whether it is the likeliest, how many
of sitrep's events map to it, the role maxima ...), with the threshold that gives the best F1 of (document,
incident type) decisions on the train split. Over the (document, type) pairs it keeps (out of fold), the extra-template
decision (``role_selector.extra_template_features``: a logistic regression whose label is "the keys
hold more templates of the type than sitrep's incidents of it") is fitted the same way. sitrep's events of the train documents come from
running the pipeline (about 20 minutes), or from ``--events FILE`` written by
``python benchmarks/muc4.py --split train --cache FILE`` (which is read when it exists and
written otherwise).

The output holds hashed weights, biases and thresholds only (no text). Exits 0 saying so when the
data is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "sitrep" / "data" / "role_selector.npz"
NEG_RATE = 0.15
C = 0.5
#: the incident-type classifier: class-balanced, over the document's TF-IDF vector (sublinear term
#: frequency, L2-normalised), C 4. Train split, five folds out of fold, (document, type) F1 at the
#: best threshold: 70.1 (binary words and lead words, C 2: 67.4; TF-IDF C 1 / 16: 68.7 / 70.0;
#: unbalanced 67.7)
TYPE_C = 4.0


def _muc4():
    spec = importlib.util.spec_from_file_location("sitrep_bench_muc4", HERE / "muc4.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader
    spec.loader.exec_module(mod)
    return mod


def gold_mentions(templates: list[dict], roles: tuple[str, ...], normalise) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {r: set() for r in roles}
    for t in templates:
        for r in roles:
            for ent in t.get(r, []):
                out[r].update(normalise(m[0]) for m in ent)
    return out


def _matrix(rows: list[list[str]]):
    from scipy.sparse import csr_matrix

    from sitrep.extractors.role_selector import HASH_BITS, _hash

    indptr, indices = [0], []
    for f in rows:
        indices.extend(_hash(x) for x in f)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float32)
    return csr_matrix((data, indices, indptr), shape=(len(rows), 1 << HASH_BITS))


def _fit(X, Y, seed: int, c: float = C, class_weight: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    coefs, bias = [], []
    for k in range(Y.shape[1]):
        if Y[:, k].min() == Y[:, k].max():  # one class only: a constant
            coefs.append(np.zeros(X.shape[1], dtype=np.float32))
            bias.append(10.0 if Y[0, k] else -10.0)
            continue
        lr = LogisticRegression(C=c, max_iter=300, solver="liblinear", random_state=seed, class_weight=class_weight)
        lr.fit(X, Y[:, k])
        coefs.append(lr.coef_[0].astype(np.float32))
        bias.append(lr.intercept_[0])
    return np.vstack(coefs), np.array(bias, dtype=np.float64)


def _idf(rows: list[list[str]]) -> np.ndarray:
    """Inverse document frequency per hashed column: ln((1 + n) / (1 + df)) + 1."""
    from sitrep.extractors.role_selector import HASH_BITS, _hash

    df = np.zeros(1 << HASH_BITS)
    for f in rows:
        df[list({_hash(x) for x in f})] += 1
    return (np.log((1 + len(rows)) / (1 + df)) + 1).astype(np.float32)


def _doc_matrix(rows: list[list[str]], idf: np.ndarray, sel):
    """Documents' TF-IDF vectors (``role_selector.doc_vector``) as a sparse matrix."""
    from scipy.sparse import csr_matrix

    indptr, indices, data = [0], [], []
    for f in rows:
        idx, values = sel.doc_vector(f, idf)
        indices.extend(idx.tolist())
        data.extend(values.tolist())
        indptr.append(len(indices))
    return csr_matrix((np.array(data), indices, indptr), shape=(len(rows), len(idf)))


def _doc_rows(docs: list[dict], annotations: list, sel) -> tuple[list[list[str]], np.ndarray]:
    """Document rows for the incident-type classifier: features and one 0/1 column per type."""
    rows, ys = [], []
    for d, annotation in zip(docs, annotations, strict=True):
        rows.append(sel.doc_features(annotation))
        types = {x.strip() for t in d["templates"] for x in t["incident_type"].split("/")}
        ys.append([int(t in types) for t in sel.INCIDENT_TYPES])
    return rows, np.array(ys, dtype=np.int8)


#: folds of the out-of-fold type probabilities; C of the template decision (train split, out of
#: fold: with the role maxima, C 0.3 / 1.0 give (document, type) F1 72.2 / 72.0, GTT F1 39.5 / 39.3)
FOLDS = 5
TEMPLATE_C = 0.3
#: C and probability threshold of the extra-template decision (train split, out of fold, GTT F1:
#: see docs/rules/roles.md)
EXTRA_C = 1.0
EXTRA_THRESHOLD = 0.2


def _fit_template_decision(m, sel, docs: list[dict], X, Y: np.ndarray, maxima: list[dict], args) -> dict[str, np.ndarray]:
    """The template decision: out-of-fold type probabilities and role maxima (``maxima``, per
    document), sitrep's events, a logistic regression over ``sel.template_features`` and the
    threshold of best (document, type) F1."""
    from sklearn.linear_model import LogisticRegression

    oof = np.zeros(Y.shape, dtype=np.float64)
    fold = np.array([n % FOLDS for n in range(len(docs))])
    for k in range(FOLDS):
        c, b = _fit(X[fold != k], Y[fold != k], args.seed, TYPE_C, "balanced")
        z = X[fold == k] @ c.astype(np.float64).T + b
        oof[fold == k] = 1.0 / (1.0 + np.exp(-z))
    by_doc, failures = m.sitrep_events(docs, args.events)
    rows, ys = [], []
    incidents: list[dict[str, int]] = []  # per document and type, sitrep's incidents (at least one)
    for n, d in enumerate(docs):
        events = by_doc.get(d["docid"], ("", []))[1]
        event_types: dict[str, int] = {}
        spans: dict[str, list] = {}
        for t in m.event_templates(events):
            event_types[t["incident_type"]] = event_types.get(t["incident_type"], 0) + 1
            spans.setdefault(t["incident_type"], []).append(t["_span"])
        incidents.append({ty: max(1, len(m._incident_spans(spans.get(ty, [])))) for ty in sel.INCIDENT_TYPES})
        probs = dict(zip(sel.INCIDENT_TYPES, oof[n].tolist(), strict=True))
        for k, ty in enumerate(sel.INCIDENT_TYPES):
            f = sel.template_features(ty, probs, event_types, maxima[n])
            rows.append([f[name] for name in sel.TEMPLATE_FEATURES])
            ys.append(int(Y[n, k]))
    tx, ty_ = np.array(rows), np.array(ys)
    lr = LogisticRegression(C=TEMPLATE_C, max_iter=1000, random_state=args.seed).fit(tx, ty_)
    p = lr.predict_proba(tx)[:, 1]
    grid = np.round(np.arange(0.1, 0.9, 0.025), 3)
    f1 = []
    for th in grid:
        tp = int(((p >= th) & (ty_ == 1)).sum())
        pred, gold = int((p >= th).sum()), int(ty_.sum())
        f1.append(2 * tp / max(pred + gold, 1))
    g = int(np.argmax(f1))
    print(f"template decision ({failures} pipeline failures): weights "
          + ", ".join(f"{k} {w:+.2f}" for k, w in zip(sel.TEMPLATE_FEATURES, lr.coef_[0], strict=True))
          + f"; threshold {grid[g]:.3f}, (document, type) F1 {100 * f1[g]:.1f} on train (out-of-fold type probabilities)")
    # out-of-fold template probabilities, for the extra-template decision
    row_fold = np.repeat(fold, len(sel.INCIDENT_TYPES))
    p_oof = np.zeros(len(ty_))
    for k in range(FOLDS):
        lk = LogisticRegression(C=TEMPLATE_C, max_iter=1000, random_state=args.seed)
        p_oof[row_fold == k] = lk.fit(tx[row_fold != k], ty_[row_fold != k]).predict_proba(tx[row_fold == k])[:, 1]
    model = {"template_coef": lr.coef_[0].astype(np.float64), "template_intercept": np.array(lr.intercept_[0]),
             "template_threshold": np.array(grid[g])}
    return model, oof, p_oof.reshape(len(docs), len(sel.INCIDENT_TYPES)), incidents


def _fit_extra_templates(sel, docs: list[dict], probs: np.ndarray, p_template: np.ndarray, threshold: float,
                         incidents: list[dict[str, int]], info: list[tuple], args) -> dict[str, np.ndarray]:
    """The extra-template decision (``role_selector.extra_template``): over the (document, type)
    pairs the template decision keeps (out of fold), a logistic regression over
    ``sel.extra_template_features`` whose label is "the keys hold more templates of the type than
    sitrep's incidents of it"; the probability threshold ``EXTRA_THRESHOLD`` was chosen by GTT
    F1 on the train split, out of fold."""
    from sklearn.linear_model import LogisticRegression

    rows, ys = [], []
    for n, d in enumerate(docs):
        kept = [k for k in range(len(sel.INCIDENT_TYPES)) if p_template[n, k] >= threshold]
        if not kept:
            continue
        top = max(kept, key=lambda k: p_template[n, k])
        ctx, fillers = info[n]
        for k in kept:
            ty = sel.INCIDENT_TYPES[k]
            f = sel.extra_template_features(float(p_template[n, k]), float(probs[n, k]), incidents[n][ty], k == top,
                                            ctx, fillers)
            rows.append([f[name] for name in sel.EXTRA_TEMPLATE_FEATURES])
            gold = sum(ty in {x.strip() for x in t["incident_type"].split("/")} for t in d["templates"])
            ys.append(int(gold > incidents[n][ty]))
    lr = LogisticRegression(C=EXTRA_C, max_iter=3000, random_state=args.seed).fit(np.array(rows), np.array(ys))
    print(f"extra templates: {sum(ys)} of {len(ys)} kept (document, type) pairs hold more templates than sitrep's "
          "incidents; weights " + ", ".join(f"{k} {w:+.2f}" for k, w in zip(sel.EXTRA_TEMPLATE_FEATURES, lr.coef_[0], strict=True)))
    return {"extra_coef": lr.coef_[0].astype(np.float64), "extra_intercept": np.array(lr.intercept_[0]),
            "extra_threshold": np.array(EXTRA_THRESHOLD)}


def main(argv: list[str] | None = None) -> int:
    m = _muc4()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=m.DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--events", type=Path, help="sitrep's events of the train documents (JSON lines of "
                    "benchmarks/muc4.py --cache; read when present, else the pipeline runs and writes it)")
    ap.add_argument("--fold-out", type=Path, help="also save the model fitted on four fifths (for tuning the mapping)")
    ap.add_argument("--held", type=int, default=0, choices=range(5),
                    help="the held-apart fifth: train documents n with n %% 5 == HELD (default 0); with a value "
                    "other than 0 only the --fold-out model is written (for scoring every fifth out of fold)")
    args = ap.parse_args(argv)
    if not (args.data / "gtt_processed" / "train.json").exists():
        print(f"MUC-4 data not found under {args.data} (set --data or SITREP_MUC4); nothing fitted.")
        return 0
    from sitrep.evaluate_muc4 import normalise
    from sitrep.extractors import role_selector as sel

    t0 = time.perf_counter()
    rng = random.Random(args.seed)
    docs = m.load_muc(args.data, "upper", None, "train")
    rows: list[list[str]] = []
    labels: list[list[int]] = []
    fold: list[int] = []
    annotations = [sel.annotation_of(d["text"]) for d in docs]
    for n, d in enumerate(docs):
        gold = gold_mentions(d["templates"], sel.ROLES, normalise)
        found, ctx = sel.spans(annotations[n])
        for c in found:
            y = [int(normalise(d["text"][c.start : c.end]) in gold[r]) for r in sel.ROLES]
            if not any(y) and rng.random() > NEG_RATE:
                continue
            rows.append(sel.features(c, ctx))
            labels.append(y)
            fold.append(n % FOLDS)
    X, Y, F = _matrix(rows), np.array(labels, dtype=np.int8), np.array(fold)
    print(f"{len(docs)} train documents, {X.shape[0]} sampled candidates, positives per role "
          f"{dict(zip(sel.ROLES, Y.sum(axis=0).tolist(), strict=True))} ({time.perf_counter() - t0:.0f}s)")
    # thresholds: best F1 of distinct selected strings per role in the documents that hold a template
    # (the only ones whose fillers the metrics score), pooled over the five fifths, each scored with
    # the weights fitted on the other four (out of fold). Over all documents the thresholds come out
    # higher (Target 0.6, Weapon 0.7 against 0.35, 0.4) and train fifths 0-1 read CEAF-REE 43.5
    # against 45.3 (GTT F1 40.1 either way)
    grid = np.round(np.arange(0.2, 0.95, 0.05), 2)
    tp = np.zeros((len(sel.ROLES), len(grid)))
    n_pred = np.zeros_like(tp)
    n_gold = np.zeros(len(sel.ROLES))
    held_coef = None
    maxima: list[dict] = [{} for _ in docs]  # per document, the highest filler probability per role, out of fold
    scored: list[tuple] = [None] * len(docs)  # per document, its context and the candidates of a role's grid, out of fold
    for k in range(FOLDS):
        coef, bias = _fit(X[F != k], Y[F != k], args.seed)
        if k == args.held:
            held_coef = (coef, bias)
        model = {"coef": coef, "intercept": bias}
        for n, d in enumerate(docs):
            if n % FOLDS != k:
                continue
            found, ctx = sel.spans(annotations[n])
            cands = [(c, sel.features(c, ctx)) for c in found]
            probs = sel.score([f for _, f in cands], model) if cands else np.zeros((0, len(sel.ROLES)))
            maxima[n] = dict(zip(sel.ROLES, (probs.max(axis=0) if len(cands) else np.zeros(len(sel.ROLES))).tolist(), strict=True))
            keep = probs.max(axis=1) >= grid[0] if len(cands) else np.zeros(0, dtype=bool)
            scored[n] = (ctx, [c for c, k_ in zip(found, keep, strict=True) if k_], probs[keep])
            if not d["templates"]:
                continue  # fillers are scored only in documents that hold a template
            text = d["text"]
            ents = {r: [{normalise(m[0]) for m in e} for t in d["templates"] for e in t.get(r, [])] for r in sel.ROLES}
            for g, th in enumerate(grid):
                chosen = sel.choose([c for c, _ in cands], probs, np.full(len(sel.ROLES), th))
                for j, r in enumerate(sel.ROLES):
                    strings = {normalise(text[s:e]) for s, e, _ in chosen[r]}
                    n_pred[j, g] += len(strings)
                    tp[j, g] += sum(any(x in e for e in ents[r]) for x in strings)
            for j, r in enumerate(sel.ROLES):
                n_gold[j] += len({frozenset(e) for e in ents[r]})
    tdx, tdy = _doc_rows(docs, annotations, sel)
    tdf = np.array([n % FOLDS == args.held for n in range(len(docs))])
    best = []
    for k, r in enumerate(sel.ROLES):
        p = tp[k] / np.maximum(n_pred[k], 1)
        rc = tp[k] / max(n_gold[k], 1)
        f = np.where(p + rc > 0, 2 * p * rc / np.maximum(p + rc, 1e-9), 0)
        g = int(np.argmax(f))
        best.append(float(grid[g]))
        print(f"  {r:<8} threshold {grid[g]:.2f}: P {100 * p[g]:.1f} R {100 * rc[g]:.1f} F1 {100 * f[g]:.1f} (train, out of fold)")
    # the idf is fitted on every train document (it reads no label)
    idf = _idf(tdx)
    tdm = _doc_matrix(tdx, idf, sel)
    template, oof, p_template, incidents = _fit_template_decision(m, sel, docs, tdm, tdy, maxima, args)
    info = [(ctx, sel.distinct_fillers(sel.choose(found, probs, np.array(best)), d["text"]))
            for d, (ctx, found, probs) in zip(docs, scored, strict=True)]
    template.update(_fit_extra_templates(sel, docs, oof, p_template, float(template["template_threshold"]), incidents,
                                         info, args))
    if args.fold_out:
        tcoef, tbias = _fit(tdm[~tdf], tdy[~tdf], args.seed, TYPE_C, "balanced")
        coef, bias = held_coef
        np.savez_compressed(args.fold_out, coef=coef.astype(np.float16), intercept=bias, thresholds=np.array(best),
                            type_coef=tcoef.astype(np.float16), type_intercept=tbias, type_idf=idf, **template)
    if args.held:
        print(f"wrote {args.fold_out} only (held-apart fifth {args.held}) in {time.perf_counter() - t0:.0f}s")
        return 0
    coef, bias = _fit(X, Y, args.seed)
    tcoef, tbias = _fit(tdm, tdy, args.seed, TYPE_C, "balanced")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, coef=coef.astype(np.float16), intercept=bias, thresholds=np.array(best),
                        type_coef=tcoef.astype(np.float16), type_intercept=tbias, type_idf=idf, **template)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
