#!/usr/bin/env python
"""How the pipeline's cost grows with the size of one document.

    python benchmarks/size_scaling.py [--sizes 10,50,200,1000] [--full] [--shapes normal,oneline,nopunct]
                                      [--budget 120] [--json]

Documents of 10 KB, 50 KB, 200 KB and 1 MB (5 MB too with --full) are built by concatenating the
dev gold documents (benchmarks/gold/docs, front matter removed) until the size is reached, in three
shapes: ``normal`` (as written), ``oneline`` (no line breaks: every newline becomes a space) and
``nopunct`` (no sentence punctuation: . ! ? ; removed). Each is processed as one document, and for
comparison the same text as separate documents (the gold texts one by one, shape applied to each).

Printed per shape and size: seconds as one document, seconds as separate documents, their ratio,
and the seconds per KB relative to the smallest size (1.0 means linear growth; a quadratic stage
makes it grow with the size). A size that takes longer than --budget seconds is stopped (SIGALRM)
and the larger sizes of that shape are skipped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
GOLD_DOCS = REPO / "benchmarks" / "gold" / "docs"
SHAPES = ("normal", "oneline", "nopunct")


def gold_texts() -> list[str]:
    from sitrep.ingest import Failure, iter_documents

    texts = [d.text for d in iter_documents([GOLD_DOCS]) if not isinstance(d, Failure)]
    if not texts:
        sys.exit(f"size_scaling: no documents in {GOLD_DOCS}")
    return texts


def shape(text: str, kind: str) -> str:
    if kind == "oneline":
        return re.sub(r"\s*\n\s*", " ", text)
    if kind == "nopunct":
        return re.sub(r"[.!?;]", "", text)
    return text


def pieces(texts: list[str], size_kb: int, kind: str) -> list[str]:
    """Gold texts (shaped) in order, cycled, until their joined length reaches ``size_kb`` KB."""
    out: list[str] = []
    total, i, target = 0, 0, size_kb * 1000
    while total < target:
        t = shape(texts[i % len(texts)], kind)
        if total + len(t) > target:
            cut = t[: target - total]
            t = cut[: cut.rfind(" ")] if " " in cut else cut
        out.append(t)
        total += len(t) + 2
        i += 1
    return out


def run(texts: list[str], budget: float) -> float | None:
    """Seconds to process ``texts`` (each one document); None when over the budget."""
    from sitrep.errors import TimeBudgetExceeded
    from sitrep.ingest import document_from_text
    from sitrep.pipeline import process_document, time_budget

    t0 = time.perf_counter()
    try:
        with time_budget(budget, "size_scaling"):
            for t in texts:
                process_document(document_from_text(t, published="2024-01-15"), None)
    except TimeBudgetExceeded:
        return None
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10,50,200,1000", help="sizes in KB, comma-separated")
    ap.add_argument("--full", action="store_true", help="add the 5 MB size")
    ap.add_argument("--shapes", default=",".join(SHAPES))
    ap.add_argument("--budget", type=float, default=120.0, help="seconds allowed per run")
    ap.add_argument("--no-separate", action="store_true", help="skip the separate-documents runs")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.full:
        sizes.append(5000)
    texts = gold_texts()
    run(texts[:1], args.budget)  # load models and the gazetteer before timing

    rows = []
    for kind in args.shapes.split(","):
        base = None
        for kb in sizes:
            parts = pieces(texts, kb, kind)
            whole = "\n\n".join(parts)
            one = run([whole], args.budget)
            sep = None if args.no_separate else run(parts, args.budget)
            row = {"shape": kind, "kb": round(len(whole) / 1000, 1), "one_doc_s": one, "separate_s": sep}
            if one is not None:
                per_kb = one / (len(whole) / 1000)
                base = base or per_kb
                row["per_kb_ratio"] = per_kb / base
                row["one_vs_separate"] = one / sep if sep else None
            rows.append(row)
            if not args.json:
                f = lambda v, p=2: "over budget" if v is None else f"{v:.{p}f}"  # noqa: E731
                print(f"{kind:8} {row['kb']:8.1f} KB  one doc {f(one):>11} s  separate {f(sep):>11} s  "
                      f"one/separate {f(row.get('one_vs_separate')):>6}  s/KB vs smallest "
                      f"{f(row.get('per_kb_ratio')):>6}", flush=True)
            if one is None:
                break
    if args.json:
        print(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
