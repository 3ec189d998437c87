"""Score cross-source linking on the hand-written linking dev set (benchmarks/linking/).

Two runs, printed side by side:
- oracle: events built from the gold annotations (linking alone, extraction errors removed);
- end-to-end: sitrep extracts events from the documents, each document's event is the one
  whose evidence overlaps the gold span most, then those events are linked.
Each prints pairwise and B-cubed precision/recall/F1, and the claim verification summary.

    python benchmarks/linking_dev.py [--threshold P] [--oracle-only] [--set benchmarks/relay/pairs]
    python benchmarks/linking_dev.py --floors benchmarks/floors_linking.json   # the CI check

``--floors``: exit 1 when the B-cubed F1 of a run is below the file's ``linking_dev`` floor
(``oracle``, ``end_to_end``). The set is in the repository, so this needs no ../shared.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.ingest import Failure, iter_documents  # noqa: E402
from sitrep.link import LinkConfig, lead_texts, link_events, score_clustering, summarise_parties, verify_claims  # noqa: E402
from sitrep.model import Document, Event, Evidence, make_event_id  # noqa: E402
from sitrep.pipeline import process_document  # noqa: E402

SET = ROOT / "benchmarks" / "linking"
GOLD_FIELDS = (
    "event_date", "event_date_end", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "country", "iso3", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities",
    "injured", "casualties", "source_kind", "claimed_by",
)  # fmt: skip


def load(root: Path = SET) -> tuple[dict[str, Document], list[dict]]:
    docs = {}
    for d in iter_documents([root / "docs"]):
        if isinstance(d, Failure):
            raise SystemExit(f"cannot read {d.path}: {d.message}")
        docs["docs/" + Path(d.path or "").name] = d
    gold = [json.loads(line) for line in (root / "events.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    return docs, gold


def oracle_events(docs: dict[str, Document], gold: list[dict]) -> tuple[list[Event], dict[str, str]]:
    events, truth = [], {}
    for g in gold:
        doc = docs[g["doc"]]
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        fields = {k: g.get(k) for k in GOLD_FIELDS if g.get(k) is not None}
        if fields.get("source_kind") != "claim":
            fields.pop("claimed_by", None)
        ev = Event(event_id=make_event_id(doc.doc_id, s, e), doc_id=doc.doc_id, evidence=Evidence.of(doc.text, s, e),
                   source=doc.source, published=doc.published, **fields)
        events.append(ev)
        truth[ev.event_id] = g["cluster"]
    return events, truth


def extracted_events(
    docs: dict[str, Document], gold: list[dict]
) -> tuple[list[Event], dict[str, str], int, dict[str, str]]:
    """The extracted event that best overlaps each gold event, the truth, the number of gold
    events with none, and the texts of the documents whose first current event is among them (the
    linker compares that event by its document's lead, link.linking_texts)."""
    events, truth, missing, single = [], {}, 0, {}
    for g in gold:
        doc = docs[g["doc"]]
        s, e = g["evidence"]["start"], g["evidence"]["end"]
        best, best_ov = None, 0
        found = list(process_document(doc))
        for ev in found:
            ov = min(e, ev.evidence.end) - max(s, ev.evidence.start)
            if ov > best_ov:
                best, best_ov = ev, ov
        if best is None:
            missing += 1
            continue
        events.append(best)
        truth[best.event_id] = g["cluster"]
        current = [ev for ev in found if not ev.background]
        if current and min(current, key=lambda ev: ev.evidence.start) is best:
            single[doc.doc_id] = doc.text
    return events, truth, missing, single


def report(name: str, events: list[Event], truth: dict[str, str], cfg: LinkConfig,
           doc_texts: dict[str, str] | None = None) -> float:
    """Print the scores of one run (``doc_texts``: the documents, as `sitrep link` reads them from
    the store); returns its B-cubed F1."""
    assignment = link_events(events, cfg, texts=lead_texts(events, doc_texts or {}))
    s = score_clustering(truth, assignment)
    print(f"\n== {name}: {len(events)} events, {len(set(truth.values()))} gold clusters, "
          f"{len(set(assignment.values()))} predicted clusters")
    print(f"pairwise P {s['pairwise_precision']:.3f} R {s['pairwise_recall']:.3f} F1 {s['pairwise_f1']:.3f} | "
          f"B-cubed P {s['bcubed_precision']:.3f} R {s['bcubed_recall']:.3f} F1 {s['bcubed_f1']:.3f}")
    # errors: gold clusters split, predicted clusters merging gold clusters
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for eid, c in truth.items():
        by_pred[assignment[eid]].add(c)
        by_gold[c].add(assignment[eid])
    merged = sorted("+".join(sorted(g)) for g in by_pred.values() if len(g) > 1)
    split = sorted(c for c, p in by_gold.items() if len(p) > 1)
    print(f"wrongly merged: {', '.join(merged) or 'none'}")
    print(f"split: {', '.join(split) or 'none'}")
    parties = summarise_parties(verify_claims(events, assignment))
    for p in parties:
        ratio = "" if p.median_fatalities_ratio is None else f", median claimed/reported killed {p.median_fatalities_ratio:.2f}"
        print(f"  {p.claimed_by}: {p.claims} claims, {p.corroborated} corroborated{ratio}")
    return s["bcubed_f1"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--threshold", type=float, default=LinkConfig().threshold)
    ap.add_argument("--oracle-only", action="store_true")
    ap.add_argument("--set", type=Path, default=SET,
                    help="a set in this format (default benchmarks/linking; also benchmarks/relay/pairs)")
    ap.add_argument("--floors", type=Path, help="exit 1 when a B-cubed F1 is below its linking_dev floor")
    args = ap.parse_args()
    cfg = LinkConfig(threshold=args.threshold)
    docs, gold = load(args.set)
    texts = {d.doc_id: d.text for d in docs.values()}
    f1 = {"oracle": report("oracle (gold event fields)", *oracle_events(docs, gold), cfg, texts)}
    if not args.oracle_only:
        events, truth, missing, single = extracted_events(docs, gold)
        if missing:
            print(f"\n(end-to-end: {missing} documents yielded no event overlapping the gold span)")
        f1["end_to_end"] = report("end-to-end (sitrep extraction)", events, truth, cfg, single)
    if args.floors:
        floors = json.loads(args.floors.read_text(encoding="utf-8"))["linking_dev"]
        broken = {k: (f1[k], v) for k, v in floors.items() if k in f1 and f1[k] < v}
        for k, (got, floor) in broken.items():
            print(f"FLOOR BROKEN linking_dev {k}: B-cubed F1 {got:.3f} < {floor}")
        if broken:
            raise SystemExit(1)
        print(f"linking_dev floors hold ({', '.join(f'{k} {f1[k]:.3f}' for k in floors if k in f1)})")


if __name__ == "__main__":
    main()
