"""Cross-source linking on real text, end to end, and relayed-claim detection.

    python benchmarks/linking_real.py [--split report|tune] [--skip-gva] [--skip-realworld]
    python benchmarks/linking_real.py --split tune --sample 150 --floors benchmarks/floors_linking.json
    python benchmarks/linking_real.py --split tune --bounds

``--bounds``: only linking-gva: where B-cubed F1 (all pages) is lost, as the F1 of four clusterings
of the split's articles: every gold pair of the extracted events joined (what extraction leaves
to linking), the gold pairs among the compatible candidates joined (what blocking and the hard
constraints leave), the gold candidate pairs at or above the merge threshold joined (what the
pair model leaves), and the linker's own clustering.

``--sample N``: only linking-gva, on N incidents of the split drawn with a fixed seed, extracted
afresh (no cache) so the figure is today's code end to end; with ``--floors`` it exits 1 when the
B-cubed F1 (all pages) is below the file's ``gva_tune_sample`` floor (the CI check). When
../shared is missing it says so and exits 0. Without ``--sample``, ``--floors`` checks the relay
set's precision and recall against ``relay_test`` / ``relay_dev`` (the set is in the repository:
``--skip-gva --skip-realworld --floors ...`` needs no ../shared).

Prints, for the ``--split`` (default ``report``; the weights are fitted on ``tune``):
1. linking-gva (../shared/data/linking-gva): sitrep extracts every article; an article's event
   is its first current event; the articles' events are linked with `sitrep link`'s linker and
   scored against the incident ids, pairwise and B-cubed P/R/F1. An article with no event is
   a singleton. ``multi_incident`` records (one article about several incidents) are left out of
   scoring; scores are given with and without the noisy pages (short_content, wall_text,
   shared_body). The scope filter is not applied (the set is ordinary crime).
   Also the dense-week stream test: all articles of each week of dense_weeks.json that belong
   to the split, linked per week: false linked pairs per 1,000 articles and B-cubed precision.
2. realworld-dev dense months (../shared/data/realworld-dev): the 5 months of the split with the
   most records, every event of every record linked per month; every record is a different
   incident, so any pair of records in one cluster is a false link: false linked pairs per
   1,000 events.
3. relayed claims on benchmarks/relay/relay.jsonl (when present; ``report`` -> its ``test``
   split, ``tune`` -> ``dev``), each text read as an outlet's report: an item is predicted relayed
   when its event is not independent; precision and recall of the relayed class, and how often
   the relayed party is the gold one.
Extraction of the real sets is cached outside the repository (benchmarks/_linkdata.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import _linkdata as L  # noqa: E402

from sitrep.link import lead_texts, link_events, score_clustering  # noqa: E402

RELAY = ROOT / "benchmarks" / "relay" / "relay.jsonl"
SAMPLE_SEED = 15


def _line(name: str, s: dict[str, float]) -> str:
    return (f"{name}: {s['items']} articles | pairwise P {s['pairwise_precision']:.3f} R {s['pairwise_recall']:.3f} "
            f"F1 {s['pairwise_f1']:.3f} | B-cubed P {s['bcubed_precision']:.3f} R {s['bcubed_recall']:.3f} "
            f"F1 {s['bcubed_f1']:.3f}")  # fmt: skip


def _false_pairs(assignment: dict[str, str], owner: dict[str, str], truth: dict[str, str]) -> int:
    """Pairs of items (documents) in one predicted cluster whose gold clusters differ."""
    members: dict[str, set[str]] = defaultdict(set)
    for eid, cid in assignment.items():
        members[cid].add(owner[eid])
    n = 0
    for items in members.values():
        items_l = sorted(items)
        for i, a in enumerate(items_l):
            n += sum(1 for b in items_l[i + 1 :] if truth[a] != truth[b])
    return n


def article_events(arts: list[dict], ex: dict[str, list]) -> tuple[list, dict[str, str]]:
    """Each article's own event (those that have one) and event id -> article id."""
    events, owner = [], {}
    for a in arts:
        e = L.main_event(ex.get(a["id"], []))
        if e is not None:
            events.append(e)
            owner[e.event_id] = a["id"]
    return events, owner


def link_articles(arts: list[dict], ex: dict[str, list]) -> dict[str, str]:
    """article id -> predicted cluster (its event's cluster; its own when it has no event)."""
    events, owner = article_events(arts, ex)
    assignment = link_events(events, texts=lead_texts(events, L.article_texts(arts)))
    pred = {a["id"]: "solo:" + a["id"] for a in arts}
    for eid, cid in assignment.items():
        pred[owner[eid]] = cid
    return pred


def gva_sample(split: str, n: int, floors: Path | None) -> None:
    """B-cubed F1 on ``n`` incidents of ``split`` (fixed seed), extracted afresh; checked against
    the ``gva_tune_sample`` floor of ``floors``."""
    import random
    import tempfile

    if not L.require(L.GVA, "linking-gva"):
        return
    arts = [a for a in L.load_articles() if L.split_of(a["incident"]) == split]
    incidents = sorted({a["incident"] for a in arts})
    chosen = set(random.Random(SAMPLE_SEED).sample(incidents, min(n, len(incidents))))
    arts = [a for a in arts if a["incident"] in chosen and "multi_incident" not in a.get("flags", [])]
    with tempfile.TemporaryDirectory() as tmp:
        ex = L.extracted(arts, cache=Path(tmp) / "events.jsonl")
    pred = link_articles(arts, ex)
    s = score_clustering({a["id"]: str(a["incident"]) for a in arts}, pred)
    print(_line(f"linking-gva {split} sample ({len(chosen)} incidents, seed {SAMPLE_SEED})", s))
    if floors is not None:
        floor = json.loads(floors.read_text(encoding="utf-8"))["gva_tune_sample"]["bcubed_f1"]
        if s["bcubed_f1"] < floor:
            raise SystemExit(f"linking-gva sample B-cubed F1 {s['bcubed_f1']:.3f} is below its floor {floor}")
        print(f"linking-gva sample floor holds (B-cubed F1 {s['bcubed_f1']:.3f} >= {floor})")


def _joined(arts: list[dict], events: list, owner: dict[str, str], pairs: Iterable[tuple[int, int]]) -> dict[str, str]:
    """article id -> cluster when exactly ``pairs`` (indices into ``events``) are joined."""
    parent = list(range(len(events)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs:
        parent[find(i)] = find(j)
    pred = {a["id"]: "solo:" + a["id"] for a in arts}
    for i, e in enumerate(events):
        pred[owner[e.event_id]] = f"c{find(i)}"
    return pred


def gva_bounds(split: str) -> None:
    """The B-cubed F1 that extraction, blocking and the pair model each leave (``--bounds``)."""
    from itertools import combinations

    from sitrep.link import _probability, iter_pair_vectors, link_weights

    if not L.require(L.GVA, "linking-gva"):
        return
    arts = [a for a in L.load_articles()
            if L.split_of(a["incident"]) == split and "multi_incident" not in a.get("flags", [])]  # fmt: skip
    ex = L.extracted(arts)
    truth = {a["id"]: str(a["incident"]) for a in arts}
    events, owner = article_events(arts, ex)
    gold = [truth[owner[e.event_id]] for e in events]
    by: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by[g].append(i)
    every = [p for idx in by.values() for p in combinations(idx, 2)]
    scored = [(i, j, _probability(x)) for i, j, x in iter_pair_vectors(events, texts=lead_texts(events, L.article_texts(arts))) if gold[i] == gold[j]]
    threshold = float(link_weights()["threshold"])
    rows = (
        ("every gold pair of the extracted events joined", every),
        ("gold pairs among the compatible candidates joined", [(i, j) for i, j, _ in scored]),
        (f"gold candidate pairs with probability >= {threshold} joined", [(i, j) for i, j, p in scored if p >= threshold]),
    )
    print(f"\n== linking-gva {split}: where B-cubed F1 is lost ({len(arts)} articles, {len(events)} with an event, "
          f"{len(every)} gold pairs of events, {len(scored)} of them candidates)")
    for name, pairs in rows:
        s = score_clustering(truth, _joined(arts, events, owner, pairs))
        print(f"{name}: B-cubed F1 {s['bcubed_f1']:.3f} (R {s['bcubed_recall']:.3f})")
    s = score_clustering(truth, link_articles(arts, ex))
    print(f"the linker: B-cubed F1 {s['bcubed_f1']:.3f} (P {s['bcubed_precision']:.3f}, R {s['bcubed_recall']:.3f})")


def gva(split: str) -> None:
    if not L.require(L.GVA, "linking-gva"):
        return
    arts = [a for a in L.load_articles() if L.split_of(a["incident"]) == split]
    ex = L.extracted(arts)
    with_event = sum(1 for a in arts if L.main_event(ex.get(a["id"], [])) is not None)
    print(f"\n== linking-gva, {split} split: {len(arts)} articles, {with_event} with an event, "
          f"{len({a['incident'] for a in arts})} incidents")
    scored = [a for a in arts if "multi_incident" not in a.get("flags", [])]
    clean = [a for a in scored if not set(a.get("flags", [])) & L.NOISY]
    for name, subset in (("all pages (multi_incident left out)", scored), ("without noisy pages", clean)):
        pred = link_articles(subset, ex)
        truth = {a["id"]: str(a["incident"]) for a in subset}
        print(_line(name, score_clustering(truth, pred)))
    weeks = json.loads((L.GVA / "dense_weeks.json").read_text(encoding="utf-8"))["weeks"]
    by_id = {a["id"]: a for a in arts}
    false = n = 0
    bp: list[float] = []
    for w in weeks:
        ids = [i for i in w["published_in_week"]["articles"] if i in by_id]
        wa = [by_id[i] for i in ids if "multi_incident" not in by_id[i].get("flags", [])]
        if len(wa) < 2:
            continue
        pred = link_articles(wa, ex)
        truth = {a["id"]: str(a["incident"]) for a in wa}
        false += _false_pairs(pred, {a: a for a in pred}, truth)
        n += len(wa)
        s = score_clustering(truth, pred)
        bp.append(s["bcubed_precision"] * len(wa))
    if n:
        print(f"dense-week streams (published_in_week, {split} articles of the 10 densest weeks): {n} articles, "
              f"{1000 * false / n:.1f} false linked pairs per 1,000 articles, B-cubed precision {sum(bp) / n:.3f}")


def realworld(split: str) -> None:
    if not L.require(L.REALWORLD, "realworld-dev"):
        return
    months = L.dense_months(split)
    ex = L.realworld_extracted([r for recs in months.values() for r in recs])
    false = n = 0
    parts = []
    for m, recs in months.items():
        events, owner = [], {}
        for r in recs:
            for e in ex.get(r["id"], []):
                events.append(e)
                owner[e.event_id] = r["id"]
        assignment = link_events(events, texts=lead_texts(events, L.realworld_texts()))
        f = _false_pairs(assignment, owner, {r["id"]: r["id"] for r in recs})
        false += f
        n += len(events)
        parts.append(f"{m} {len(recs)} records/{len(events)} events/{f} false")
    print(f"\n== realworld-dev dense months, {split} split: {'; '.join(parts)}")
    print(f"false linked pairs per 1,000 events: {1000 * false / max(n, 1):.2f} ({false} pairs, {n} events)")


def relay(split: str, floors: Path | None = None) -> None:
    """Precision and recall of the relayed class on the relay set; with ``floors``, exit 1 when
    either is below the file's ``relay_<split>`` floor."""
    from sitrep import extract

    if not RELAY.exists():
        print(f"\n== relayed claims: {RELAY.relative_to(ROOT)} is not in this checkout yet; skipped")
        return
    items = [json.loads(x) for x in RELAY.read_text(encoding="utf-8").splitlines() if x.strip()]
    want = {"report": "test", "tune": "dev"}.get(split, split)
    rows = [r for r in items if r.get("split") in (want, None)] or items
    tp = fp = fn = tn = party_ok = 0
    misses = []
    for r in rows:
        evs = extract(r["text"], source_kind="report")  # the set is outlets' report texts
        relayed = [e for e in evs if not e.independent]
        pred = bool(relayed)
        if pred and r["relayed"]:
            tp += 1
            party_ok += any(e.relayed_from == r.get("party") for e in relayed)
        elif pred:
            fp += 1
            misses.append(f"  false relay {r['id']}: {r['text'][:100]}")
        elif r["relayed"]:
            fn += 1
            misses.append(f"  missed relay {r['id']}: {r['text'][:100]}")
        else:
            tn += 1
    p = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    print(f"\n== relayed claims ({RELAY.relative_to(ROOT)}, split {want}: {len(rows)} items, "
          f"{tp + fn} relayed): precision {p:.3f} recall {rec:.3f} (tp {tp} fp {fp} fn {fn} tn {tn}); "
          f"party right on {party_ok}/{tp}")
    for m in misses:
        print(m)
    if floors is not None:
        floor = json.loads(floors.read_text(encoding="utf-8")).get(f"relay_{want}")
        if floor is not None:
            low = [f"{k} {v:.3f} < {floor[k]}" for k, v in (("precision", p), ("recall", rec)) if v < floor[k]]
            if low:
                raise SystemExit(f"relayed claims ({want}) below their floors: {', '.join(low)}")
            print(f"relayed claims ({want}) floors hold (precision {p:.3f} >= {floor['precision']}, "
                  f"recall {rec:.3f} >= {floor['recall']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="report", choices=["report", "tune"])
    ap.add_argument("--skip-gva", action="store_true")
    ap.add_argument("--skip-realworld", action="store_true")
    ap.add_argument("--sample", type=int, help="only linking-gva: this many incidents, extracted afresh")
    ap.add_argument("--bounds", action="store_true",
                    help="only linking-gva: the B-cubed F1 that extraction, blocking and the pair model each leave")
    ap.add_argument("--floors", type=Path,
                    help="with --sample: exit 1 below the gva_tune_sample floor; otherwise below the relay floors")
    args = ap.parse_args()
    if args.sample:
        gva_sample(args.split, args.sample, args.floors)
        return
    if args.bounds:
        gva_bounds(args.split)
        return
    if not args.skip_gva:
        gva(args.split)
    if not args.skip_realworld:
        realworld(args.split)
    relay(args.split, args.floors)


if __name__ == "__main__":
    main()
