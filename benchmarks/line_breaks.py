"""Line-break robustness: every gold document scored as written and with its lines joined.

Text pasted from a PDF or a web page loses its line breaks (docs/rules/segmentation.md, "Lost
line breaks"). For each gold set (dev gold, held-out, claim bulletins) this joins every document's
lines into one paragraph (each run of white space holding a newline becomes one space; the gold
evidence moves with it), runs the pipeline on both forms and prints event F1 and every field's
accuracy side by side. Documents where one line is one event (tables, dated logs) are exempt and
listed in EXEMPT. tests/test_segment_lost_line_breaks.py checks the drops (<= 0.02 per set).

    python benchmarks/line_breaks.py [gold heldout bulletins] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from sitrep.evaluate import EvaluationReport, GoldDoc, GoldSet, evaluate, load_gold
from sitrep.ingest import Failure, iter_documents
from sitrep.model import Document
from sitrep.pipeline import process_document

ROOT = Path(__file__).resolve().parent
SETS = ["gold", "heldout", "bulletins"]

#: one line is one event: tables and dated logs (design.md, "Small sets")
EXEMPT = {
    "gold": {
        "docs/047-central-sahel-lake-chad-weekly.txt",  # "17/03 - Lac, Bol: ..." one dated line per event
        "docs/055-al-shabaab-claims-log-gedo-galmudug.txt",  # "07 Mar | Baardheere, Gedo | ..." a table
    },
    "heldout": set(),
    "bulletins": set(),
}

_BREAK = re.compile(r"[ \t]*\n\s*")


def join_lines(text: str) -> tuple[str, list[int]]:
    """``text`` as one paragraph, and the new offset of every old offset (len(text) + 1 entries)."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    pos = 0
    n = 0
    for m in _BREAK.finditer(text):
        for i in range(pos, m.start()):
            where[i] = n
            n += 1
        out.append(text[pos:m.start()])
        for i in range(m.start(), m.end()):
            where[i] = n
        if m.start() > 0 and m.end() < len(text):
            out.append(" ")
            n += 1
        pos = m.end()
    for i in range(pos, len(text)):
        where[i] = n
        n += 1
    out.append(text[pos:])
    where[len(text)] = n
    return "".join(out), where


def _without(gold: GoldSet, exempt: set[str]) -> GoldSet:
    keep = {k: v for k, v in gold.docs.items() if v.path not in exempt}
    return GoldSet(events=[e for e in gold.events if e["doc_id"] in keep], docs=keep)


def _documents(root: Path, gold: GoldSet) -> dict[str, Document]:
    """The gold set's documents read through ingest, under the gold's own doc_id (matched by path)."""
    docs = {}
    for doc_id, g in gold.docs.items():
        [d] = list(iter_documents([root / g.path]))
        if isinstance(d, Failure):
            raise SystemExit(f"line_breaks: {d}")
        docs[doc_id] = d.model_copy(update={"doc_id": doc_id})
    return docs


def _joined(gold: GoldSet, docs: dict[str, Document]) -> tuple[GoldSet, dict[str, Document]]:
    new_docs: dict[str, GoldDoc] = {}
    new_text: dict[str, Document] = {}
    maps = {}
    for doc_id, g in gold.docs.items():
        text, where = join_lines(g.text)
        maps[doc_id] = (text, where)
        new_docs[doc_id] = GoldDoc(doc_id=doc_id, path=g.path, text=text)
        new_text[doc_id] = docs[doc_id].model_copy(update={"text": text})
    events = []
    for e in gold.events:
        text, where = maps[e["doc_id"]]
        s, t = where[e["evidence"]["start"]], where[e["evidence"]["end"]]
        events.append({**e, "evidence": {"start": s, "end": t, "text": text[s:t]}})
    return GoldSet(events=events, docs=new_docs), new_text


def _score(gold: GoldSet, docs: dict[str, Document]) -> EvaluationReport:
    preds = [e.model_dump(mode="json") for d in docs.values() for e in process_document(d)]
    return evaluate(gold, preds)


def score_set(name: str) -> tuple[EvaluationReport, EvaluationReport] | None:
    """(as written, lines joined) for one gold set; None when the set is not in this checkout."""
    root = ROOT / name
    if not (root / "docs").is_dir():
        return None
    gold = _without(load_gold(root), EXEMPT[name])
    docs = _documents(root, gold)
    before = _score(gold, docs)
    j_gold, j_docs = _joined(gold, docs)
    return before, _score(j_gold, j_docs)


def drops(before: EvaluationReport, after: EvaluationReport, limit: float = 0.02) -> list[str]:
    """The figures that fell by more than ``limit`` (one event's worth on a set under 100 events)."""
    out = []
    if after.f1 < before.f1 - limit:
        out.append(f"event F1 {before.f1:.4f} -> {after.f1:.4f}")
    small = before.n_gold < 100  # design.md, "Small sets"
    a_acc = after.field_accuracy()
    for field, acc in before.field_accuracy().items():
        total = before.fields[field].total
        allowed = max(limit, 1.0 / total + 1e-9) if small and total else limit
        got = a_acc.get(field)
        if got is not None and got < acc - allowed:
            out.append(f"{field} {acc:.4f} -> {got:.4f}")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help=f"any of {', '.join(SETS)} (default: all)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    unknown = [s for s in args.sets if s not in SETS]
    if unknown:
        ap.error(f"unknown set {unknown[0]!r}: choose from {', '.join(SETS)}")
    args.sets = args.sets or SETS
    report: dict[str, object] = {}
    bad = 0
    for name in args.sets:
        got = score_set(name)
        if got is None:
            print(f"line_breaks: benchmarks/{name} is not in this checkout; skipped", file=sys.stderr)
            continue
        before, after = got
        fell = drops(before, after)
        bad += bool(fell)
        report[name] = {
            "events": before.n_gold, "exempt": sorted(EXEMPT[name]),
            "f1": [round(before.f1, 4), round(after.f1, 4)],
            "fields": {k: [round(v, 4), round(after.field_accuracy().get(k, 0.0), 4)]
                       for k, v in before.field_accuracy().items()},
            "drops_over_limit": fell,
        }
        if not args.json:
            print(f"{name} ({before.n_gold} gold events, {len(EXEMPT[name])} exempt documents): "
                  f"event F1 {before.f1:.4f} -> {after.f1:.4f} with lines joined")
            for k, (b, a) in report[name]["fields"].items():  # type: ignore[index]
                mark = "  DROP" if any(x.startswith(k + " ") for x in fell) else ""
                print(f"  {k:16s} {b:.4f} -> {a:.4f}{mark}")
    if args.json:
        print(json.dumps(report, indent=2))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
