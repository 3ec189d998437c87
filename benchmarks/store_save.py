"""Milliseconds per document of `Store.save` (what `sitrep extract --db` adds to each document).

    python benchmarks/store_save.py [--docs 300] [--db PATH_OR_URL]

Extracts the first N realworld-dev records (../shared/data/realworld-dev; the dev gold documents
without it), then saves them to a new SQLite file (or the given store) and prints wall-clock and
CPU milliseconds per document, and the same for `Store.skip_unchanged` (the re-run check).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--db", default=None, help="a store to write to (default: a new SQLite file)")
    a = ap.parse_args()
    from scale_out import corpus  # type: ignore[import-not-found]

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import process_many_parallel
    from sitrep.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        items = list(process_many_parallel(islice(iter_documents(corpus(Path(tmp))), a.docs), None, 1))
        n, n_events = len(items), sum(len(evs) for _, evs in items)
        with Store(a.db or Path(tmp) / "store.db") as store:
            c0, t0 = _cpu(), time.perf_counter()
            for doc, evs in items:
                store.save(doc, evs)
            wall, cpu = time.perf_counter() - t0, _cpu() - c0
            print(f"Store.save: {n} documents, {n_events} events: {wall / n * 1000:.2f} ms/doc wall, "
                  f"{cpu / n * 1000:.2f} ms/doc CPU")
            c0, t0 = _cpu(), time.perf_counter()
            left = list(store.skip_unchanged(doc for doc, _ in items))
            wall, cpu = time.perf_counter() - t0, _cpu() - c0
            print(f"Store.skip_unchanged: {wall / n * 1000:.2f} ms/doc wall, {cpu / n * 1000:.2f} ms/doc CPU "
                  f"({len(left)} of {n} left to extract)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
