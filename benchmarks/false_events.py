"""List every event sitrep writes on text that holds none: the errors to study on tuning splits only.

    python benchmarks/false_events.py [--set geo-tune|news-dev|own] [--limit N] [--json]

- `geo-tune`: GeoVirus, LGL and TR-News documents of the `tune` split (geoparsing/splits.json): real
  news with no political-violence event. The `report` split is never listed here: it is where the
  figure is reported (benchmarks/event_types.py), and its errors must not steer the rules.
- `news-dev`: the NONE snippets of news-types `dev` (never `test`).
- `own`: benchmarks/negatives.jsonl (written for the project).

Each false event is printed with its sub-event type (and, on geo-tune, the document's label of
benchmarks/geoparsing_labels: a document labelled `event` reports a real one and is no false alarm), the
trigger evidence, the rule ids that decided its type and scope, and the sentence around it; a summary
counts false events by deciding rule.
Sets under ../shared that are missing are reported as missing.
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))

from event_types import geo_docs, geo_labels  # the benchmarks folder is on the path (above)


def texts(which: str) -> list[tuple[str, str]] | None:
    if which == "geo-tune":
        if not (DATA / "geoparsing" / "splits.json").exists():
            return None
        return [(f"{corpus}:{key}", text) for corpus, key, text in geo_docs("tune")]
    if which == "news-dev":
        f = DATA / "news-types" / "snippets.jsonl"
        if not f.exists():
            return None
        rows = map(json.loads, f.open(encoding="utf-8"))
        return [(r["id"], r["text"]) for r in rows if r["split"] == "dev" and r["sub_event_type"] == "NONE"]
    rows = [json.loads(line) for line in (HERE / "negatives.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return [(r["id"], r["text"]) for r in rows]


def _deciding_rule(rules: list[str]) -> str:
    """The rule that chose the sub-type: a ``type-`` rule that is not a model alternative."""
    return next((r for r in rules if r.startswith("type-") and not r.startswith("type-model-alt")
                 and r not in ("type-rules-agree", "type-rules-kept", "type-rules-final")), "?")


def false_events(item: tuple[str, str]) -> list[dict]:
    import sitrep

    doc_id, text = item
    out = []
    for ev in sitrep.extract(text):
        s, e = ev.evidence.start, ev.evidence.end
        a, b = max(0, text.rfind("\n", 0, s) + 1, s - 200), min(len(text), e + 200)
        nl = text.find("\n", e)
        b = min(b, nl) if nl >= 0 else b
        out.append({"doc": doc_id, "sub_event_type": ev.sub_event_type.value if ev.sub_event_type else None,
                    "rule": _deciding_rule(ev.rules), "evidence": ev.evidence.text,
                    "triggers": [x.text for x in ev.field_evidence.get("event_type", [])][:4],
                    "actor1": ev.actor1, "actor2": ev.actor2,
                    "rules": [r for r in ev.rules if not r.startswith(("gtd-", "type-model-alt"))],
                    "alts": [r.split(":", 1)[1] for r in ev.rules if r.startswith("type-model-alt")],
                    "context": " ".join(text[a:b].split())})
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default="geo-tune", choices=["geo-tune", "news-dev", "own"])
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    items = texts(a.set)
    if items is None:
        print(f"false_events: the data of {a.set} under {DATA} is missing; nothing listed")
        return 0
    if a.limit:
        items = items[: a.limit]
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(2) as pool:
        found = [ev for evs in pool.map(false_events, items, chunksize=4) for ev in evs]
    docs_hit = len({f["doc"] for f in found})
    labels = {f"{c}:{k}": v for (c, k), v in geo_labels().items()} if a.set == "geo-tune" else {}
    for f in found:
        f["label"] = labels.get(f["doc"])
    if a.json:
        print(json.dumps(found, indent=1))
        return 0
    for f in found:
        tag = f"  (labelled {f['label']})" if f["label"] else ""
        print(f"- {f['doc']}{tag}  {f['sub_event_type']}  [{f['rule']}]  triggers={f['triggers']}")
        print(f"    evidence={f['evidence']!r}")
        print(f"    actors: {f['actor1']} / {f['actor2']}   rules: {' '.join(f['rules'])}   alts: {' '.join(f['alts'])}")
        print(f"    {f['context']}")
    print(f"\n{a.set}: {len(items) - docs_hit} of {len(items)} texts ({(len(items) - docs_hit) / max(1, len(items)):.3f}) "
          f"yield no event; {len(found)} false events in {docs_hit} texts")
    if labels:  # benchmarks/geoparsing_labels: documents that do report an event ACLED would code are no negatives
        neg = [doc for doc, _ in items if labels.get(doc) != "event"]
        hit = {f["doc"] for f in found if f["label"] != "event"}
        pos = [doc for doc, _ in items if labels.get(doc) == "event"]
        found_pos = {f["doc"] for f in found if f["label"] == "event"}
        print(f"  labelled none or background: {len(neg) - len(hit)} of {len(neg)} "
              f"({(len(neg) - len(hit)) / max(1, len(neg)):.3f}) yield no event; "
              f"labelled event: sitrep finds one in {len(found_pos)} of {len(pos)}")
    for rule, n in collections.Counter(f["rule"] for f in found if f["label"] != "event").most_common():
        print(f"  {n:4d}  {rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
