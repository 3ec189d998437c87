"""Fit the toponym model (src/sitrep/geo/features.py) on gold and write data/toponym_model.json.

    python benchmarks/train_toponyms.py [--check]

Training data (``tune`` splits only; ``report`` is never read):
- geoparsing (../shared/data/geoparsing): every toponym sitrep finds in a ``tune`` document and
  the entry it resolves to; label 1 when its span overlaps a gold toponym and the entry lies
  within 161 km of the gold point, else 0;
- realworld-dev (../shared/data/realworld-dev): every reading made while extracting a ``tune``
  record; label 1 when the entry's country is the record's gold country, else 0.
Only readings the model may drop are used (outside the named or context country, and not
countries, regions, qualified names: see ``features.judged`` and ``features.exempt``). A logistic regression (scikit-learn, lbfgs, fixed seed) is fitted on the
named features; the threshold is the one, among 0.05..0.5, that makes the most right keep/drop
decisions on the same rows. The file holds feature names, weights, intercept and threshold only.

The candidate ranker (``data/toponym_ranker.json``, ``features.candidate_features``): for every
gold toponym of a geoparsing ``tune`` document resolved alone (as the benchmark's oracle run
does) and every toponym read while extracting a realworld-dev ``tune`` record, the candidates
the gazetteer offers, labelled 1 when within 161 km of the gold point (geoparsing) or in the
record's gold country and, where the toponym is the record's city, named as it (realworld).
The weights minimise a pairwise logistic loss (each right candidate against each wrong one of
the same toponym, at most 40 pairs a toponym, each toponym weighing the same) plus an L2 pull
towards the hand-set prior weights kept in the file (``--rank-lambda``), with SLSQP (scipy,
fixed seed for the pair sample), under one constraint: the country the text names outranks a
namesake elsewhere however large (``target_country - outside_target >= 7 * log_pop + 0.5``). The prior keeps the scale the resolver's thresholds assume
and the weight of features the gold never tells apart.
The ranker's weights are written only with ``--fit-ranker``: the shipped weights are the prior
(fitted weights raise geoparsing Acc@161 on tune but cost realworld-dev tune-600 two records of
country and one of city; docs/rules/places.md). ``--check`` fits and prints without writing.
Exits 0 with a plain message when the data is missing.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared" / "data"
OUT = HERE.parent / "src" / "sitrep" / "data" / "toponym_model.json"
RANKER = HERE.parent / "src" / "sitrep" / "data" / "toponym_ranker.json"
PAIRS_PER_TOPONYM = 40
#: how far the named country's weakest candidate stays ahead of the largest namesake elsewhere
COUNTRY_MARGIN = 0.5
SEED = 20261206
DROP_PRECISION = 0.85


def _scorer():
    """realworld-dev's own scorer module (``score.py``: country_ok, name_ok)."""
    spec = importlib.util.spec_from_file_location("rw_score", SHARED / "realworld-dev" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    return score


def _labelled(cands: list, label) -> list[tuple[tuple[float, ...], int]]:  # noqa: ANN001
    """A candidate list (entry, features) as (feature vector, label) rows."""
    from sitrep.geo.features import rank_features

    names = rank_features()
    return [(tuple(f[k] for k in names), int(label(p))) for p, f in cands]


def _geoparsing_rows() -> tuple[list[tuple[dict, int]], list[list]]:
    """Rows for the drop model and candidate groups for the ranker (geoparsing ``tune``)."""
    sys.path.insert(0, str(HERE))
    import geoparsing as G

    from sitrep.extractors.places import find_toponyms
    from sitrep.geo import features as F
    from sitrep.geo import resolve as R
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.model import Document, Evidence, Mention, Section, Toponym
    from sitrep.pipeline import place_context

    gz = get_gazetteer()
    rows, groups = [], []
    for corpus in G.FILES:
        if not (G.ROOT / G.FILES[corpus]).exists():
            continue
        for text, gold in G.load(corpus, "tune"):
            doc = Document(text=text)
            sections = [Section(start=0, end=len(text))]
            ctx = place_context(doc, sections, gz)
            mention = Mention(start=0, end=len(text), text=text)
            found = find_toponyms(doc, 0, len(text), gz, ctx.annotation)
            for t in found:
                R.RECORD = []
                R.resolve_toponym(t, ctx, mention, gz)
                got, R.RECORD = R.RECORD, None
                for tt, p, f in got:
                    if tt.evidence.start != t.evidence.start or F.exempt(tt, p) or not F.judged(f):
                        continue
                    s, e = tt.evidence.start, tt.evidence.end
                    ok = any(a < e and s < b and G.haversine(lat, lon, p.latitude, p.longitude) <= 161
                             for a, b, lat, lon in gold)
                    rows.append((f, int(ok)))
            # the ranker: each gold span resolved alone, its candidates against the gold point
            countries = {f.evidence.start for f in found if f.kind == "country"}
            for s, e, lat, lon in gold:
                if not (0 <= s < e <= len(text)) or s in countries:
                    continue
                R.RANK_RECORD = []
                R.resolve_toponym(Toponym(text=text[s:e], evidence=Evidence.of(text, s, e)), ctx, mention, gz)
                got, R.RANK_RECORD = R.RANK_RECORD, None
                if got and got[-1][1]:
                    groups.append(_labelled(got[-1][1], lambda p, la=lat, lo=lon:
                                            G.haversine(la, lo, p.latitude, p.longitude) <= 161))
    return rows, groups


def _realworld_rows() -> tuple[list[tuple[dict, int]], list[list]]:
    """Rows for the drop model and candidate groups for the ranker (realworld-dev ``tune``)."""
    import sitrep
    from sitrep.geo import features as F
    from sitrep.geo import resolve as R

    score = _scorer()
    rows, groups = [], []
    with (SHARED / "realworld-dev" / "events.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["split"] != "tune":
                continue
            R.RECORD, R.RANK_RECORD = [], []
            sitrep.extract(r["text"], published=r["published"])
            got, ranked = R.RECORD, R.RANK_RECORD
            R.RECORD = R.RANK_RECORD = None
            gold = r["gold"]
            seen = set()
            for t, p, f in got:
                k = (t.evidence.start, p.geonameid)
                if k in seen or F.exempt(t, p) or not F.judged(f):
                    continue
                seen.add(k)
                rows.append((f, int(score.country_ok(p.country, gold["country"]))))
            city = gold.get("city") if (r.get("mentions") or {}).get("city") else None
            spans = set()
            for t, cands in ranked:
                if (t.evidence.start, t.evidence.end) in spans or len(cands) < 2:
                    continue
                spans.add((t.evidence.start, t.evidence.end))
                named = bool(city) and score.name_ok(t.text, city)
                groups.append(_labelled(cands, lambda p, named=named: score.country_ok(p.country, gold["country"]) and (
                    not named or any(score.name_ok(R.ascii_name(x), city) for x in (p.name, p.admin1, p.admin2) if x))))
    return rows, groups


def fit_ranker(groups: list[list], prior, lam: float, seed: int = SEED):  # noqa: ANN001, ANN201
    """Weights minimising a pairwise logistic loss over each toponym's (right, wrong) candidate
    pairs plus ``lam`` times the mean squared distance to ``prior`` (SLSQP, under the
    named-country constraint)."""
    import random

    import numpy as np
    from scipy.optimize import minimize

    rng = random.Random(seed)
    diffs, weights = [], []
    for rows in groups:
        pos = [np.array(x) for x, y in rows if y]
        neg = [np.array(x) for x, y in rows if not y]
        pairs = [(a, b) for a in pos for b in neg]
        if len(pairs) > PAIRS_PER_TOPONYM:
            pairs = rng.sample(pairs, PAIRS_PER_TOPONYM)
        for a, b in pairs:
            diffs.append(a - b)
            weights.append(1.0 / len(pairs))
    prior = np.asarray(prior, dtype=float)
    if not diffs:
        return prior
    D, W = np.array(diffs), np.array(weights)
    n, k = W.sum(), len(prior)

    def loss(w):  # noqa: ANN001, ANN202
        return np.sum(W * np.logaddexp(0, -(D @ w))) / n + lam * np.sum((w - prior) ** 2) / k

    def grad(w):  # noqa: ANN001, ANN202
        return -(D.T @ (W / (1 + np.exp(D @ w)))) / n + 2 * lam * (w - prior) / k

    # the country the text names outranks a namesake elsewhere however large:
    # target_country - outside_target >= LOG_POP_CAP * log_pop + COUNTRY_MARGIN
    from sitrep.geo.features import LOG_POP_CAP, rank_features

    names = rank_features()
    a = np.zeros(k)
    a[names.index("target_country")] = 1.0
    a[names.index("outside_target")] = -1.0
    a[names.index("log_pop")] = -LOG_POP_CAP
    cons = [{"type": "ineq", "fun": lambda w: a @ w - COUNTRY_MARGIN, "jac": lambda w: a}]
    return minimize(loss, prior.copy(), jac=grad, method="SLSQP", constraints=cons,
                    options={"maxiter": 500}).x


def top1(groups: list[list], w) -> float:  # noqa: ANN001
    """Share of toponyms whose best-scored candidate is a right one."""
    import numpy as np

    hits = [rows[int(np.argmax(np.array([x for x, _ in rows]) @ w))][1] for rows in groups if rows]
    return sum(hits) / len(hits) if hits else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fit and print, do not write")
    ap.add_argument("--fit-ranker", action="store_true",
                    help="write the fitted ranker weights (default: fit and print only; the shipped "
                         "weights are the prior, see docs/rules/places.md)")
    ap.add_argument("--rank-lambda", type=float, default=0.03,
                    help="pull of the ranker's weights towards the prior (chosen by 2-fold document CV on tune)")
    a = ap.parse_args(argv)
    if not (SHARED / "geoparsing").exists() or not (SHARED / "realworld-dev").exists():
        print(f"train_toponyms: {SHARED} lacks geoparsing/ or realworld-dev/; nothing trained")
        return 0
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from sitrep.geo.features import FEATURES

    geo_rows, geo_groups = _geoparsing_rows()
    rw_rows, rw_groups = _realworld_rows()
    rows = geo_rows + rw_rows
    X = np.array([[f[k] for k in FEATURES] for f, _ in rows])
    y = np.array([lab for _, lab in rows])
    clf = LogisticRegression(C=1.0, max_iter=2000, random_state=SEED).fit(X, y)
    prob = clf.predict_proba(X)[:, 1]
    # the highest threshold whose dropped readings are wrong at least DROP_PRECISION of the
    # time: dropping a right reading loses a place, so the model only drops what it is sure of
    th = 0.0
    for cand in [i / 100 for i in range(2, 51)]:
        drop = prob < cand
        if drop.sum() and (y[drop] == 0).mean() >= DROP_PRECISION:
            th = cand
        if cand in (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5):
            print(f"  threshold {cand}: drops {int(drop.sum())}, wrong share "
                  f"{(y[drop] == 0).mean() if drop.sum() else float('nan'):.2f}")
    kept_bad = int(((prob >= th) & (y == 0)).sum())
    dropped_good = int(((prob < th) & (y == 1)).sum())
    print(f"rows {len(y)} (positive {int(y.sum())}); threshold {th}: drops {int((prob < th).sum())} "
          f"readings, {dropped_good} of them right; keeps {kept_bad} wrong ones")
    for name, w in zip(FEATURES, clf.coef_[0]):
        print(f"  {name:16s} {w:+.3f}")
    model = {"features": list(FEATURES), "weights": [round(float(w), 4) for w in clf.coef_[0]],
             "intercept": round(float(clf.intercept_[0]), 4), "threshold": th,
             "trained_on": "geoparsing tune + realworld-dev tune (benchmarks/train_toponyms.py)",
             "rows": len(y)}
    if not a.check:
        OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        print(f"-> {OUT}")
    _write_ranker(geo_groups, rw_groups, a.rank_lambda, a.check or not a.fit_ranker)
    return 0


def _write_ranker(geo_groups: list[list], rw_groups: list[list], lam: float, check: bool) -> None:
    from sitrep.geo.features import rank_features

    names = rank_features()
    ranker = json.loads(RANKER.read_text(encoding="utf-8"))
    prior = [float(ranker["prior"][k]) for k in names]
    w = fit_ranker(geo_groups + rw_groups, prior, lam)
    print(f"ranker: {len(geo_groups)} geoparsing and {len(rw_groups)} realworld toponyms; top-1 on them "
          f"prior {top1(geo_groups, prior):.3f} / {top1(rw_groups, prior):.3f}, "
          f"fitted {top1(geo_groups, w):.3f} / {top1(rw_groups, w):.3f}")
    for name, p0, p1 in zip(names, prior, w):
        print(f"  {name:22s} prior {p0:+.2f} fitted {p1:+.3f}")
    ranker.update({"features": list(names), "weights": [round(float(x), 4) for x in w],
                   "lambda": lam, "seed": SEED, "toponyms": len(geo_groups) + len(rw_groups),
                   "trained_on": "geoparsing tune + realworld-dev tune "
                                 "(python benchmarks/train_toponyms.py --fit-ranker)"})
    if not check:
        RANKER.write_text(json.dumps(ranker, indent=1) + "\n", encoding="utf-8")
        print(f"-> {RANKER}")


if __name__ == "__main__":
    sys.exit(main())
