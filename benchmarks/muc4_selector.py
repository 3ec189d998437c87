#!/usr/bin/env python
"""Fit the role-filler selector (sitrep.extractors.role_selector) on the MUC-4 train split.

    python benchmarks/muc4_selector.py [--data DIR] [--seed 13] [--out src/sitrep/data/role_selector.npz]

Reads only the train split (the MUC-3 DEV set, 1,300 documents, ../shared/data/muc4 next to the
repository or $SITREP_MUC4); the dev split is for reporting and is not read. A candidate span is
positive for a role when its normalised text is a mention of a gold entity of that role in the
document (templates merged). Every positive and a seeded sample of the negatives are kept. One
L2 logistic regression per role is fitted on four fifths of the documents; the threshold per role
that gives the best F1 of distinct selected strings on the other fifth is kept; then the weights
are refitted on all documents. The output holds hashed weights, biases and thresholds only
(no text). Exits 0 saying so when the data is missing.
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
#: the incident-type classifier: class-balanced, C 2 (held-apart fifth: F1 attack 0.68, bombing
#: 0.76, kidnapping 0.56, any incident 0.75; unbalanced over all words and pairs 0.61/0.70/0.22/0.67)
TYPE_C = 2.0


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


def _doc_rows(docs: list[dict], sel) -> tuple[list[list[str]], np.ndarray]:
    """Document rows for the incident-type classifier: features and one 0/1 column per type."""
    rows, ys = [], []
    for d in docs:
        rows.append(sel.doc_features(d["text"]))
        types = {x.strip() for t in d["templates"] for x in t["incident_type"].split("/")}
        ys.append([int(t in types) for t in sel.INCIDENT_TYPES])
    return rows, np.array(ys, dtype=np.int8)


def main(argv: list[str] | None = None) -> int:
    m = _muc4()
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=m.DEFAULT_DATA)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--fold-out", type=Path, help="also save the model fitted on four fifths (for tuning the mapping)")
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
    tune_docs = []
    for n, d in enumerate(docs):
        gold = gold_mentions(d["templates"], sel.ROLES, normalise)
        held = n % 5 == 0
        if held:
            tune_docs.append((d, gold))
        found, ctx = sel.spans(d["text"])
        for c in found:
            y = [int(normalise(d["text"][c.start : c.end]) in gold[r]) for r in sel.ROLES]
            if not any(y) and rng.random() > NEG_RATE:
                continue
            rows.append(sel.features(c, ctx))
            labels.append(y)
            fold.append(held)
    X, Y, F = _matrix(rows), np.array(labels, dtype=np.int8), np.array(fold, dtype=bool)
    print(f"{len(docs)} train documents, {X.shape[0]} sampled candidates, positives per role "
          f"{dict(zip(sel.ROLES, Y.sum(axis=0).tolist(), strict=True))} ({time.perf_counter() - t0:.0f}s)")
    coef, bias = _fit(X[~F], Y[~F], args.seed)
    model = {"coef": coef, "intercept": bias, "thresholds": np.zeros(len(sel.ROLES))}
    # thresholds: best F1 of distinct selected strings per role on the held-apart fifth
    grid = np.round(np.arange(0.2, 0.95, 0.05), 2)
    tp = np.zeros((len(sel.ROLES), len(grid)))
    n_pred = np.zeros_like(tp)
    n_gold = np.zeros(len(sel.ROLES))
    for d, gold in tune_docs:
        text = d["text"]
        ents = {r: [{normalise(m[0]) for m in e} for t in d["templates"] for e in t.get(r, [])] for r in sel.ROLES}
        cands = sel.candidates(text)
        probs = sel.score([f for _, f in cands], model) if cands else np.zeros((0, len(sel.ROLES)))
        for g, th in enumerate(grid):
            chosen = sel.choose([c for c, _ in cands], probs, np.full(len(sel.ROLES), th))
            for k, r in enumerate(sel.ROLES):
                strings = {normalise(text[s:e]) for s, e, _ in chosen[r]}
                n_pred[k, g] += len(strings)
                tp[k, g] += sum(any(x in e for e in ents[r]) for x in strings)
        for k, r in enumerate(sel.ROLES):
            n_gold[k] += len({frozenset(e) for e in ents[r]})
    tdx, tdy = _doc_rows(docs, sel)
    tdf = np.array([n % 5 == 0 for n in range(len(docs))])
    best = []
    for k, r in enumerate(sel.ROLES):
        p = tp[k] / np.maximum(n_pred[k], 1)
        rc = tp[k] / max(n_gold[k], 1)
        f = np.where(p + rc > 0, 2 * p * rc / np.maximum(p + rc, 1e-9), 0)
        g = int(np.argmax(f))
        best.append(float(grid[g]))
        print(f"  {r:<8} threshold {grid[g]:.2f}: P {100 * p[g]:.1f} R {100 * rc[g]:.1f} F1 {100 * f[g]:.1f} (held-apart train fifth)")
    if args.fold_out:
        tcoef, tbias = _fit(_matrix(tdx)[~tdf], tdy[~tdf], args.seed, TYPE_C, "balanced")
        np.savez_compressed(args.fold_out, coef=coef.astype(np.float16), intercept=bias, thresholds=np.array(best),
                            type_coef=tcoef.astype(np.float16), type_intercept=tbias)
    coef, bias = _fit(X, Y, args.seed)
    tcoef, tbias = _fit(_matrix(tdx), tdy, args.seed, TYPE_C, "balanced")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, coef=coef.astype(np.float16), intercept=bias, thresholds=np.array(best),
                        type_coef=tcoef.astype(np.float16), type_intercept=tbias)
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
