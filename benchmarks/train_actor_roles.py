"""Fit the weights of the named role cues (src/sitrep/data/actor_role_weights.yaml) on gold.

    python benchmarks/train_actor_roles.py [--workers 2] [--sources realworld,dev] [--kind-columns] [--no-nobody] [--write]

Gold: the realworld-dev `tune` split (../shared/data/realworld-dev; never `report`) and the dev gold
set (benchmarks/gold: its actor1 names). For each gold event, every actor phrase of its mention is a
candidate (`actors.role_candidates`: the phrase with its named features); a candidate is positive when
its neutral name is the event's perpetrator (realworld: the set's own `score.py perp_ok`; dev gold:
the gold actor1, exactly). The extractor chooses one candidate per mention, so the weights are fitted
as a ranking: a logistic regression (scikit-learn, seed 13, no intercept) on the feature differences
of (positive, negative) pairs of one mention, each source weighted equally. Each mention also has a
"nobody named acts" candidate (no cue fires: score 0, the extractor's level for taking no phrase as
the agent): it is a negative beside a gold perpetrator, and the positive in a dev gold mention whose
actor1 is no phrase of it (a fallback), so the level of the weights is fitted too (`--no-nobody`: without it).
The clash cues (`between-first`, `between-second`) and "arrested / killed members of X"
(`left-members-of-patient`) are coding conventions and keep their set weights
(CONVENTION below). Positive weights become agent weights and negative ones patient weights, scaled so that `right-agent` keeps the weight 2.0 the
extractor's thresholds were written for. Prints the fitted and current weights side by side; `--write`
replaces the weights file (the file says how it was fitted). `--kind-columns` fits the phrase's kind
(state forces, civilians, group ...) beside the cues as a nuisance column that is never written, so
that the sources' different base rates of who is the perpetrator are not learnt by the cues. Exits 0
with a plain message when ../shared is missing (then only the dev gold is used). How the shipped
weights were chosen: docs/rules/actors.md, "Role weights".
"""
from __future__ import annotations

import argparse
import json
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "realworld-dev"
GOLD = HERE / "gold"
WEIGHTS = HERE.parent / "src" / "sitrep" / "data" / "actor_role_weights.yaml"


def _mention_candidates(text: str, published: str | None, source: str, span: tuple[int, int] | None):
    from sitrep import segment  # noqa: PLC0415
    from sitrep.config import get_settings  # noqa: PLC0415
    from sitrep.extractors.actors import role_candidates  # noqa: PLC0415
    from sitrep.geo.gazetteer import get_gazetteer  # noqa: PLC0415
    from sitrep.model import Document  # noqa: PLC0415
    from sitrep.pipeline import build_context  # noqa: PLC0415

    settings = get_settings()
    doc = Document(text=text, published=published, source=source)
    ctx = build_context(doc, get_gazetteer(settings), settings)
    mentions = segment.mentions(doc, ctx.sections, ctx.annotation)
    if not mentions:
        return []
    if span is None:
        m = mentions[0]
    else:  # the mention that overlaps the gold evidence most
        def overlap(m):
            return max(0, min(m.end, span[1]) - max(m.start, span[0]))
        m = max(mentions, key=overlap)
        if overlap(m) == 0:
            return []
    return role_candidates(doc, m, ctx)


def _realworld(rec: dict) -> list[tuple[dict[str, float], int]]:
    sys.path.insert(0, str(DATA))
    from score import perp_ok  # noqa: PLC0415 - the set's own name comparison

    gold = rec["gold"]["perpetrator"]
    return [(_with_kind(p, f), int(perp_ok(p.name, gold))) for p, f in
            _mention_candidates(rec["text"], rec["published"], rec["id"], None)]


def _dev(ev: dict) -> list[tuple[dict[str, float], int]]:
    text = (GOLD / ev["doc"]).read_text(encoding="utf-8")
    span = (ev["evidence"]["start"], ev["evidence"]["end"])
    return [(_with_kind(p, f), int(p.name == ev["actor1"])) for p, f in
            _mention_candidates(text, ev.get("published") or ev.get("event_date"), ev["doc"], span)]


#: cues of a coding convention, not fitted: in a clash "between X and Y" the first-named side is actor1
#: and the other side actor2 (docs/conventions.md). The realworld rows follow another convention (their
#: perpetrator is the non-state side, wherever it is named), so a fit on them flips the second side to an
#: agent and makes the bystanders killed in the fighting actor2; the weights are the rule's own.
#: Likewise "arrested / killed N members of X": ACLED codes X as the side acted upon, while the rows name
#: X as the perpetrator whose members were the casualties (a fit makes the cue an agent cue, and "police
#: arrested five suspected members of the TTP" then makes the TTP actor1).
CONVENTION = {"between-first": ("agent", 1.5), "between-second": ("patient", 2.5),
              "left-members-of-patient": ("patient", 3.0)}

#: how the weights file names the fit with the "nobody named acts" candidate
NOBODY_NOTE = " with a 'nobody acts' candidate"

#: prefix of the nuisance columns: the phrase's kind, fitted beside the cues and never written
KIND = "kind="


def _with_kind(p, f: dict[str, float]) -> dict[str, float]:
    """The cue features plus the phrase's kind (state forces, unidentified, civilians, group ...) as a
    nuisance column: how often a kind is the perpetrator differs between the sources (the Wikipedia
    rows never name the state), and without the column that base rate is learnt by the cues that
    co-occur with a kind (``tactic-head``, ``between-first`` with state phrases)."""
    return {**f, f"{KIND}{p.kind}": 1.0}


def _with_nobody(cands: list[tuple[dict[str, float], int]], null_may_win: bool) -> list[tuple[dict[str, float], int]]:
    """The mention's candidates plus the "nobody named here acts" candidate: no cue fires for it, so its
    score is 0, the level at which the extractor stops taking a phrase as the agent (agent > patient)
    and falls back to the claimant, the weapon's unnamed user or `Unidentified Armed Group`. It is the
    positive one when no phrase is the perpetrator and the source says that nobody named acts
    (``null_may_win``: the dev gold, whose actor1 is then a fallback); otherwise it is a negative, so
    the gold perpetrator must score above 0 and the level of the weights is fitted, not only their
    differences (docs/rules/actors.md, "Role weights")."""
    if any(y for _, y in cands):
        return [*cands, ({}, 0)]
    return [*cands, ({}, 1)] if null_may_win and cands else cands


def _pairs(groups: list[list[tuple[dict[str, float], int]]], weight: float):
    """(difference, label, weight) rows: every (positive, negative) pair of one mention, both ways."""
    rows = []
    for cands in groups:
        pos = [f for f, y in cands if y]
        neg = [f for f, y in cands if not y]
        if not pos or not neg:
            continue
        n = len(pos) * len(neg)
        for fp in pos:
            for fn in neg:
                d = {k: fp.get(k, 0.0) - fn.get(k, 0.0) for k in {*fp, *fn}}
                rows.append((d, 1, weight / n))
                rows.append(({k: -v for k, v in d.items()}, 0, weight / n))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--sources", default="realworld,dev", help="comma-separated: realworld, dev")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--kind-columns", action="store_true",
                    help="fit the phrase kind beside the cues as a nuisance column (never written)")
    ap.add_argument("--no-nobody", action="store_true",
                    help="leave out the 'nobody named acts' candidate (the earlier, level-free fit)")
    a = ap.parse_args(argv)
    import yaml  # noqa: PLC0415
    from sklearn.feature_extraction import DictVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    sources = set(a.sources.split(","))
    groups: dict[str, list] = {}
    with ProcessPoolExecutor(a.workers) as pool:
        if "realworld" in sources:
            events = DATA / "events.jsonl"
            if not events.exists():
                print(f"train_actor_roles: {events} is missing (no ../shared beside the clone); realworld not used")
            else:
                recs = [json.loads(line) for line in events.open(encoding="utf-8")]
                recs = [r for r in recs if r["split"] == "tune" and r["mentions"].get("perpetrator")
                        and r["gold"].get("perpetrator")]
                groups["realworld"] = list(pool.map(_realworld, recs, chunksize=16))
        if "dev" in sources:
            evs = [json.loads(line) for f in sorted(GOLD.glob("events*.jsonl"))
                   for line in f.open(encoding="utf-8") if line.strip()]
            evs = [e for e in evs if e.get("actor1")]
            groups["dev"] = list(pool.map(_dev, evs, chunksize=8))
    if not a.kind_columns:
        groups = {src: [[({k: v for k, v in f.items() if not k.startswith(KIND)}, y) for f, y in cands] for cands in g]
                  for src, g in groups.items()}
    # the coding conventions are not fitted: their cues are dropped from the rows and written with their set weights
    groups = {src: [[({k: v for k, v in f.items() if k not in CONVENTION}, y) for f, y in cands] for cands in g]
              for src, g in groups.items()}
    if not a.no_nobody:  # realworld rows always name a perpetrator: there the null candidate only loses
        groups = {src: [_with_nobody(c, null_may_win=src == "dev") for c in g] for src, g in groups.items()}
    rows = [r for g in groups.values() for r in _pairs(g, 1.0 / max(1, len(g)))]
    if not rows:
        print("train_actor_roles: no gold rows; nothing fitted")
        return 0
    vec = DictVectorizer()
    X = vec.fit_transform([d for d, _, _ in rows])
    y = [lab for _, lab, _ in rows]
    w = [wt for _, _, wt in rows]
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000, random_state=13)
    model.fit(X, y, sample_weight=[x * len(rows) for x in w])
    coef = dict(zip(vec.get_feature_names_out(), model.coef_[0]))
    current = yaml.safe_load(WEIGHTS.read_text(encoding="utf-8"))
    # "relation" marks a phrase that is no party of the act (role_features returns it alone): not weighed
    names = sorted({*current["agent"], *current["patient"], *(k for k in coef if not k.startswith(KIND))}
                   - {"relation"} - set(CONVENTION))
    scale = 2.0 / coef["right-agent"] if coef.get("right-agent", 0) > 0 else 1.0
    agent = {k: round(float(coef[k] * scale), 3) for k in names if coef.get(k, 0) > 0}
    patient = {k: round(float(-coef[k] * scale), 3) for k in names if coef.get(k, 0) < 0}
    for k, (side, weight) in CONVENTION.items():
        (agent if side == "agent" else patient)[k] = weight
    for src, g in groups.items():
        print(f"{src}: {len(g)} mentions, {sum(1 for c in g if any(y for _, y in c) and not all(y for _, y in c))} "
              "with a positive and a negative candidate")
    print(f"{len(rows) // 2} pairs")
    print(f"{'feature':28s} {'fitted':>8s} {'agent':>7s} {'patient':>8s}   (current agent / patient)")
    for k in [*names, *CONVENTION]:
        print(f"{k:28s} {coef.get(k, 0.0):8.3f} {agent.get(k, 0):7.2f} {patient.get(k, 0):8.2f}   "
              f"({current['agent'].get(k, 0)} / {current['patient'].get(k, 0)})")
    for k in sorted(k for k in coef if k.startswith(KIND)):
        print(f"{k:28s} {coef[k]:8.3f}   (nuisance column, not written)")
    if a.write:
        head = ("# Weights of the role cues (actors.role_features -> actors.role_scores), fitted by\n"
                "# benchmarks/train_actor_roles.py (pairwise logistic ranking"
                f"{'' if a.no_nobody else NOBODY_NOTE}, seed 13) on "
                f"{', '.join(sorted(groups))}: {len(rows) // 2} candidate pairs.\n"
                "# Positive weights are agent weights, negative ones patient weights, scaled so that right-agent weighs 2.0;\n"
                "# between-first / between-second / left-members-of-patient are the coding convention's set weights (not fitted).\n")
        body = {"agent": agent, "patient": patient, "kind_scale": current["kind_scale"]}
        WEIGHTS.write_text(head + yaml.safe_dump(body, sort_keys=False), encoding="utf-8")
        print(f"written: {WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
