"""Fit the cross-source linker's pair model and write src/sitrep/data/link_weights.json.

    python benchmarks/fit_link_weights.py            # needs ../shared/data (linking-gva, realworld-dev)

Extraction of the real sets is cached outside the repository (see benchmarks/_linkdata.py);
``--cached-only`` fits on what the cache already holds.

What it fits, all on tune data (the figures are reported on other data, see linking_real.py):
- the inflation model: mean and spread of log((claimed+1)/(reported+1)) between a party's claim
  and an independent report of the same event (the project's linking set, gold fields), and the
  spread between two independent reports (linking set and linking-gva ``tune`` incidents);
- a logistic regression over the named pair features of ``sitrep.link.FEATURE_NAMES`` on the
  compatible candidate pairs of: linking-gva ``tune`` incidents (each article's first event as
  sitrep extracts it, compared by its article's lead; noisy pages left out), the project's
  linking set (gold fields, and end to end), the RW_MONTHS densest realworld-dev ``tune``
  months (every pair there is two different incidents) and the ``tune`` articles of linking-gva's
  densest weeks, each week a stream of its own (``gva_tune_weeks``), weighed SOURCE_WEIGHTS; classes are
  balanced within each; the signs of conflict and agreement features are constrained (NON_POSITIVE, NON_NEGATIVE; bounded L-BFGS, since sklearn's solvers take no
  bounds);
- the merge threshold and the cohesion margin (how far below the threshold the mean probability
  across two clusters may be for them to merge): the pair of values on a grid that maximises the mean B-cubed F1 of linking-gva
  ``tune`` and the linking set (gold fields and end to end), among those whose false links on the
  realworld-dev ``tune`` months stay at most 5 per 1,000 events with 80% confidence.
The file holds coefficients and numbers only, no text. Fixed seed; same input, same file.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _linkdata as L  # noqa: E402
from linking_dev import extracted_events  # noqa: E402
from linking_dev import load as load_linking_set  # noqa: E402
from linking_dev import oracle_events  # noqa: E402

from sitrep import link  # noqa: E402

OUT = ROOT / "src" / "sitrep" / "data" / "link_weights.json"
SEED = 0
#: total weight of linking-gva tune, the linking set (gold fields), the linking set end to end
#: (sitrep's own extraction of its documents), the realworld-dev tune months and linking-gva's
#: densest tune weeks, each linked alone (1 and 2 for the weeks left one or two false pairs on them
#: and no more F1 on linking-gva tune than 3; chosen on tune only): the dense months
#: weigh most, since a false link there is the error the brief is strictest about; the linking
#: set (claims against reports, the case sitrep exists for) counts four times linking-gva, most of
#: it as sitrep extracts it, which is what `sitrep link` sees (chosen on these tune sets: 1,1,1,10
#: and 1,2,2,10 left the end-to-end linking set at .947 and .938)
SOURCE_WEIGHTS = (1.0, 1.0, 3.0, 10.0, 3.0)
#: L2 regularisation (sklearn C)
C_REG = float(next((a.split("=")[1] for a in sys.argv if a.startswith("--C=")), "0.1"))
GRID = [round(0.30 + 0.05 * k, 2) for k in range(14)]
#: how far below the threshold the mean probability across two clusters may be for them to merge
#: (the cohesion margin, chosen on the grid with the threshold; 0 = average linkage at the threshold)
MARGINS = (0.0, 0.1, 0.2)
#: false links per 1,000 events allowed on the realworld-dev tune months when choosing the
#: threshold (the target of issue 15), met with one-sided 80% confidence: the Poisson upper
#: bound of the observed count must stay under it, so the observed rate keeps a margin below
#: the target
FALSE_LINKS_MAX = 5.0
CONFIDENCE = 0.8
#: the realworld-dev tune months used as negatives and for the threshold: the twelve densest
#: (every month of 2016, about 1,300 events), so that the threshold does not hang on the one or
#: two false pairs that five months (about 670 events) can show
RW_MONTHS = 12


def poisson_upper(k: int, confidence: float = CONFIDENCE) -> float:
    """The upper bound of a Poisson mean with ``k`` events observed (one-sided ``confidence``)."""
    from scipy.stats import chi2

    return float(chi2.ppf(confidence, 2 * (k + 1)) / 2)


CACHED_ONLY = "--cached-only" in sys.argv  # development: fit on what is already extracted

#: signs the fit may not flip: evidence of two different incidents (a conflict, a gap, names
#: that differ) can only lower the probability, agreement can only raise it. Unconstrained, the
#: soft-pair conflicts of the rare-name block took positive weights (they stood in for "the pair
#: shares a rare name"), so a place conflict raised the probability of a link.
NON_POSITIVE = (
    "date_gap", "air_vs_ground", "party_conflict", "target_conflict", "names_disjoint", "time_conflict",
    "weapon_conflict", "target_conflict_gtd", "window_miss", "place_conflict", "type_conflict",
    "specifics_conflict", "text_low", "street_conflict",
)  # fmt: skip
NON_NEGATIVE = (
    "date_same", "place_dist", "place_region", "place_name", "type_sub", "party_shared", "killed_fit",
    "injured_fit", "figures_equal", "text_sim", "names_shared", "fillers_shared", "time_agree",
    "weapon_agree", "target_agree", "same_day_and_place", "rare_names", "names_count", "place_in_text",
    "age_agree", "street_shared",
)  # fmt: skip


def fit_logistic(X: list[list[float]], y: list[int], w: list[float], c_reg: float) -> tuple[float, list[float]]:
    """Weighted L2-regularised logistic regression (sklearn's objective: C * weighted log loss
    + ||coef||² / 2, intercept free) under the sign constraints above, by bounded L-BFGS."""
    import numpy as np
    from scipy.optimize import minimize

    Xa, ya, wa = np.asarray(X, dtype=float), np.asarray(y, dtype=float), np.asarray(w, dtype=float)

    def loss(theta):  # noqa: ANN001, ANN202
        z = Xa @ theta[1:] + theta[0]
        p = 1.0 / (1.0 + np.exp(-z))
        value = c_reg * float(np.sum(wa * (np.logaddexp(0.0, z) - ya * z))) + 0.5 * float(theta[1:] @ theta[1:])
        g = c_reg * (wa * (p - ya))
        return value, np.concatenate([[g.sum()], Xa.T @ g + theta[1:]])

    bounds = [(None, None)] + [
        (None, 0.0) if n in NON_POSITIVE else (0.0, None) if n in NON_NEGATIVE else (None, None)
        for n in link.FEATURE_NAMES
    ]
    res = minimize(loss, np.zeros(Xa.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                   options={"maxiter": 5000})  # fmt: skip
    return float(res.x[0]), [float(c) for c in res.x[1:]]


def gva_tune() -> tuple[list, dict[str, str], dict[str, str]]:
    arts = [a for a in L.load_articles() if L.split_of(a["incident"]) == "tune" and not (set(a.get("flags", [])) & L.NOISY)]
    ex = L.extracted(arts, cached_only=CACHED_ONLY)
    events, truth = [], {}
    for a in arts:
        e = L.main_event(ex.get(a["id"], []))
        if e is not None:
            events.append(e)
            truth[e.event_id] = str(a["incident"])
    return events, truth, L.article_texts(arts)


def gva_tune_weeks() -> list[tuple[list, dict[str, str]]]:
    """The ``tune`` articles published in each of linking-gva's densest weeks (dense_weeks.json,
    ``published_in_week``; noisy pages left out), each week a stream of its own: where a week's
    few dozen articles come from the whole country, a name two of them share is rare by chance."""
    arts = {a["id"]: a for a in L.load_articles()
            if L.split_of(a["incident"]) == "tune" and not (set(a.get("flags", [])) & (L.NOISY | {"multi_incident"}))}
    ex = L.extracted(list(arts.values()), cached_only=CACHED_ONLY)
    weeks = json.loads((L.GVA / "dense_weeks.json").read_text(encoding="utf-8"))["weeks"]
    out = []
    for w in weeks:
        events, truth = [], {}
        for aid in w["published_in_week"]["articles"]:
            e = L.main_event(ex.get(aid, [])) if aid in arts else None
            if e is not None:
                events.append(e)
                truth[e.event_id] = str(arts[aid]["incident"])
        out.append((events, truth))
    return out


def realworld_tune() -> list[list]:
    months = L.dense_months("tune", RW_MONTHS)
    ex = L.realworld_extracted([r for recs in months.values() for r in recs], cached_only=CACHED_ONLY)
    return [[e for r in recs for e in ex.get(r["id"], [])] for recs in months.values()]


def log_diff(x: int, y: int) -> float:
    return math.log1p(x) - math.log1p(y)


def inflation(linkset: tuple[list, dict[str, str]], gva: tuple[list, dict[str, str]]) -> dict[str, float]:
    claim_d, report_d = [], []
    for events, truth in (linkset, gva):  # claims: the linking set only (see below)
        by = defaultdict(list)
        for e in events:
            if e.fatalities is not None:
                by[truth[e.event_id]].append(e)
        for members in by.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    ca, cb = link.features(a).is_claim, link.features(b).is_claim
                    if ca != cb and events is linkset[0]:
                        c, r = (a, b) if ca else (b, a)
                        claim_d.append(log_diff(c.fatalities, r.fatalities))
                    elif not ca:
                        report_d.append(log_diff(a.fatalities, b.fatalities))
    sd = lambda xs: max(0.25, statistics.pstdev(xs)) if len(xs) > 1 else 1.0  # noqa: E731
    # reports of one incident differ in both directions: spread around 0
    rep_sd = max(0.25, math.sqrt(sum(d * d for d in report_d) / len(report_d))) if report_d else 0.5
    return {
        "claim_mean": round(statistics.mean(claim_d), 4) if claim_d else 0.7,
        "claim_sd": round(sd(claim_d), 4),
        "report_sd": round(rep_sd, 4),
        "n_claim_pairs": len(claim_d),
        "n_report_pairs": len(report_d),
    }


def rows_of(events: list, truth: dict[str, str] | None, texts: dict[str, str]) -> tuple[list[list[float]], list[int]]:
    pairs, rows = link.pair_rows(events, link.lead_texts(events, texts))
    if truth is None:
        return rows, [0] * len(rows)
    ys = [int(truth[events[i].event_id] == truth[events[j].event_id]) for i, j in pairs]
    return rows, ys


def cluster_at(events: list, pairs: list, rows: list, threshold: float, margin: float = 0.0) -> dict[str, str]:
    """link.link_events with precomputed pair rows (the threshold search reuses them)."""
    probs = {(min(i, j), max(i, j)): link._probability(x) for (i, j), x in zip(pairs, rows)}
    root = link._average_linkage(len(events), [e.doc_id for e in events], probs, threshold, threshold - margin)
    members = defaultdict(list)
    for i, e in enumerate(events):
        members[root[i]].append(e.event_id)
    return {eid: link.cluster_id_for(ids) for ids in members.values() for eid in ids}


def main() -> None:
    if not (L.require(L.GVA, "linking-gva") and L.require(L.REALWORLD, "realworld-dev")):
        raise SystemExit(1)
    docs, gold = load_linking_set()
    linkset = oracle_events(docs, gold)
    *gva, gva_texts = gva_tune()
    # the linker reads the text of a document that reports one event (link.linking_texts)
    texts = {**L.realworld_texts(), **gva_texts, **{d.doc_id: d.text for d in docs.values()}}
    rw = realworld_tune()
    infl = inflation(linkset, gva)
    print("inflation model:", infl)
    # the features read the inflation model: write it first, with empty weights
    OUT.write_text(json.dumps({"inflation": infl, "coef": [0.0] * len(link.FEATURE_NAMES), "intercept": 0.0,
                               "threshold": 0.5, "features": list(link.FEATURE_NAMES)}, indent=1) + "\n")
    link.link_weights.cache_clear()

    X, y, w = [], [], []
    e2e_events, e2e_truth, _, e2e_texts = extracted_events(docs, gold)
    sources = [("linking-gva tune", *rows_of(*gva, texts)), ("linking set", *rows_of(*linkset, texts)),
               ("linking set end to end", *rows_of(e2e_events, e2e_truth, e2e_texts))]
    rw_rows = [r for evs in rw for r in rows_of(evs, None, texts)[0]]
    sources.append(("realworld-dev tune months", rw_rows, [0] * len(rw_rows)))
    week_rows = [rows_of(evs, truth, texts) for evs, truth in gva_tune_weeks()]
    sources.append(("linking-gva tune dense weeks", [r for rows, _ in week_rows for r in rows],
                    [y for _, ys in week_rows for y in ys]))
    for (name, rows, ys), weight in zip(sources, SOURCE_WEIGHTS):
        pos = sum(ys)
        neg = len(ys) - pos
        print(f"{name}: {len(rows)} candidate pairs, {pos} same-incident")
        for r, t in zip(rows, ys):
            X.append(r)
            y.append(t)
            # each source weighs 1 in total; within it, each class half (all negative: all of it)
            w.append(weight * ((0.5 / pos if t else 0.5 / neg) if pos and neg else 1.0 / max(len(ys), 1)))
    scale = len(X) / sum(SOURCE_WEIGHTS)
    intercept, coef_raw = fit_logistic(X, y, [v * scale for v in w], C_REG)
    coef = [round(c, 4) + 0.0 for c in coef_raw]  # + 0.0: no "-0.0" in the file
    weights = {"features": list(link.FEATURE_NAMES), "coef": coef, "intercept": round(intercept, 4),
               "inflation": infl, "threshold": 0.5, "seed": SEED}
    OUT.write_text(json.dumps(weights, indent=1) + "\n")
    link.link_weights.cache_clear()
    for name, c in sorted(zip(link.FEATURE_NAMES, coef), key=lambda t: -abs(t[1])):
        print(f"  {name:20s} {c:+.3f}")

    # the threshold is also scored on the linking set end to end (sitrep's own extraction): the
    # figure the target is on
    prepared = [(evs, truth, *link.pair_rows(evs, link.lead_texts(evs, t)))
                for evs, truth, t in ((*gva, texts), (*linkset, texts), (e2e_events, e2e_truth, e2e_texts))]
    rw_prepared = [(evs, *link.pair_rows(evs, link.lead_texts(evs, texts))) for evs in rw]
    best = None
    for t, margin in ((t, m) for t in GRID for m in MARGINS):
        f1s = []
        for evs, truth, pairs, rows in prepared:
            f1s.append(link.score_clustering(truth, cluster_at(evs, pairs, rows, t, margin))["bcubed_f1"])
        false = n = 0
        for evs, pairs, rows in rw_prepared:
            assignment = cluster_at(evs, pairs, rows, t, margin)
            docs = defaultdict(set)
            for e in evs:
                docs[assignment[e.event_id]].add(e.doc_id)
            false += sum(len(d) * (len(d) - 1) // 2 for d in docs.values())
            n += len(evs)
        fl = 1000 * false / max(n, 1)
        bound = 1000 * poisson_upper(false) / max(n, 1)
        print(f"threshold {t:.2f} (cohesion margin {margin:.2f}): B3 F1 linking-gva tune {f1s[0]:.3f}, linking set {f1s[1]:.3f} "
              f"(end to end {f1s[2]:.3f}); "
              f"realworld tune false links/1000 {fl:.1f} (80% bound {bound:.1f})")
        ok = bound <= FALSE_LINKS_MAX
        key = (ok, sum(f1s) / 3 if ok else -fl)  # else the fewest false links
        if best is None or key > best[0]:
            best = (key, t, margin)
    assert best is not None
    weights["threshold"], weights["cohesion_margin"] = best[1], best[2]
    OUT.write_text(json.dumps(weights, indent=1) + "\n")
    print(f"wrote {OUT.relative_to(ROOT)} (threshold {best[1]}, cohesion margin {best[2]})")


if __name__ == "__main__":
    main()
