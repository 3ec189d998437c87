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
``--check`` fits and prints without writing. Exits 0 with a plain message when the data is missing.
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
SEED = 20261206
DROP_PRECISION = 0.85


def _geoparsing_rows() -> list[tuple[dict, int]]:
    sys.path.insert(0, str(HERE))
    import geoparsing as G

    from sitrep.extractors.places import find_toponyms
    from sitrep.geo import features as F
    from sitrep.geo import resolve as R
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.model import Document, Mention, Section
    from sitrep.pipeline import place_context

    gz = get_gazetteer()
    rows = []
    for corpus in G.FILES:
        if not (G.ROOT / G.FILES[corpus]).exists():
            continue
        for text, gold in G.load(corpus, "tune"):
            doc = Document(text=text)
            sections = [Section(start=0, end=len(text))]
            ctx = place_context(doc, sections, gz)
            mention = Mention(start=0, end=len(text), text=text)
            for t in find_toponyms(doc, 0, len(text), gz, ctx.annotation):
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
    return rows


def _realworld_rows() -> list[tuple[dict, int]]:
    import sitrep
    from sitrep.geo import features as F
    from sitrep.geo import resolve as R

    data = SHARED / "realworld-dev"
    spec = importlib.util.spec_from_file_location("rw_score", data / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    rows = []
    with (data / "events.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["split"] != "tune":
                continue
            R.RECORD = []
            sitrep.extract(r["text"], published=r["published"])
            got, R.RECORD = R.RECORD, None
            seen = set()
            for t, p, f in got:
                k = (t.evidence.start, p.geonameid)
                if k in seen or F.exempt(t, p) or not F.judged(f):
                    continue
                seen.add(k)
                rows.append((f, int(score.country_ok(p.country, r["gold"]["country"]))))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fit and print, do not write")
    a = ap.parse_args(argv)
    if not (SHARED / "geoparsing").exists() or not (SHARED / "realworld-dev").exists():
        print(f"train_toponyms: {SHARED} lacks geoparsing/ or realworld-dev/; nothing trained")
        return 0
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from sitrep.geo.features import FEATURES

    rows = _geoparsing_rows() + _realworld_rows()
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
