"""Fit the weights of the named role cues (src/sitrep/data/actor_role_weights.yaml) on gold.

    python benchmarks/train_actor_roles.py [--workers 2] [--write]

Gold: the realworld-dev `tune` split (../shared/data/realworld-dev; never `report`). For each record
whose text states its perpetrator, every actor phrase of the record's first event mention is a
candidate (`actors.role_candidates`: the phrase with its named features); a candidate is positive
when its neutral name matches the row's perpetrator by the set's own scorer (`score.py perp_ok`).
A logistic regression (scikit-learn, fixed seed) over the features and the phrase kind is fitted;
positive feature weights become agent weights and negative ones patient weights, scaled so that
`right-agent` keeps the weight 2.0 the extractor's thresholds were written for. Prints the fitted
and current weights side by side; `--write` replaces the weights file (the file says it was fitted).
Exits 0 with a plain message when ../shared is missing.
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "realworld-dev"
WEIGHTS = HERE.parent / "src" / "sitrep" / "data" / "actor_role_weights.yaml"


def _candidates(rec: dict) -> list[tuple[dict[str, float], str, int]]:
    sys.path.insert(0, str(DATA))
    from score import perp_ok  # noqa: PLC0415 - the set's own name comparison

    from sitrep.config import get_settings  # noqa: PLC0415
    from sitrep.extractors.actors import role_candidates  # noqa: PLC0415
    from sitrep.geo.gazetteer import get_gazetteer  # noqa: PLC0415
    from sitrep.model import Document  # noqa: PLC0415
    from sitrep.pipeline import build_context  # noqa: PLC0415
    from sitrep import segment  # noqa: PLC0415

    settings = get_settings()
    doc = Document(text=rec["text"], published=rec["published"], source=rec["id"])
    ctx = build_context(doc, get_gazetteer(settings), settings)
    mentions = segment.mentions(doc, ctx.sections)
    if not mentions:
        return []
    gold = rec["gold"]["perpetrator"]
    return [(f, p.kind, int(perp_ok(p.name, gold))) for p, f in role_candidates(doc, mentions[0], ctx)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args(argv)
    events = DATA / "events.jsonl"
    if not events.exists():
        print(f"train_actor_roles: {events} is missing (no ../shared beside the clone); nothing fitted")
        return 0
    import yaml  # noqa: PLC0415
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    recs = [json.loads(line) for line in events.open(encoding="utf-8")]
    recs = [r for r in recs if r["split"] == "tune" and r["mentions"].get("perpetrator") and r["gold"].get("perpetrator")]
    with ProcessPoolExecutor(a.workers) as pool:
        per_rec = list(pool.map(_candidates, recs, chunksize=16))
    rows = [c for cs in per_rec if any(y for _, _, y in cs) for c in cs]  # records where a candidate is right
    X = [{**f, f"kind={k}": 1.0} for f, k, _ in rows]
    y = [lab for _, _, lab in rows]
    vec = DictVectorizer()
    model = LogisticRegression(C=1.0, max_iter=2000, random_state=13).fit(vec.fit_transform(X), y)
    coef = dict(zip(vec.get_feature_names_out(), model.coef_[0]))
    current = yaml.safe_load(WEIGHTS.read_text(encoding="utf-8"))
    names = sorted({*current["agent"], *current["patient"], *(k for k in coef if "=" not in k)})
    scale = 2.0 / coef["right-agent"] if coef.get("right-agent", 0) > 0 else 1.0
    agent = {k: round(float(coef[k] * scale), 3) for k in names if coef.get(k, 0) > 0}
    patient = {k: round(float(-coef[k] * scale), 3) for k in names if coef.get(k, 0) < 0}
    print(f"{len(recs)} records, {len(rows)} candidates ({sum(y)} positive)")
    print(f"{'feature':28s} {'fitted':>8s} {'agent':>7s} {'patient':>8s}   (current agent / patient)")
    for k in names:
        print(f"{k:28s} {coef.get(k, 0.0):8.3f} {agent.get(k, 0):7.2f} {patient.get(k, 0):8.2f}   "
              f"({current['agent'].get(k, 0)} / {current['patient'].get(k, 0)})")
    if a.write:
        head = ("# Weights of the role cues (actors.role_features -> actors.role_scores), fitted by\n"
                "# benchmarks/train_actor_roles.py (logistic regression, seed 13) on the realworld-dev tune split:\n"
                f"# {len(rows)} candidate phrases of {len(recs)} records. Positive weights are agent weights,\n"
                "# negative ones patient weights, scaled so that right-agent weighs 2.0.\n")
        body = {"agent": agent, "patient": patient, "kind_scale": current["kind_scale"]}
        WEIGHTS.write_text(head + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
        print(f"written: {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
