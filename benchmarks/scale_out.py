"""Documents per second: one process, `--workers 2`, and a 2-worker local Dask cluster, on one corpus.

    python benchmarks/scale_out.py [--limit N] [--link-events N]

The corpus is realworld-dev (6,718 real incident descriptions, ../shared/data/realworld-dev) plus the
dev gold documents: at least 5,000 documents. All three modes run in this one process, one after
the other, on the same documents, and their outputs (document order and event ids) must be
identical; the script says so, or exits 1. The main process and the Dask workers are warmed on a
few documents before timing; the `--workers 2` pool starts cold (it loads the gazetteer and
models inside the timed run), as it does in `sitrep extract`.

With --link-events N (for example 1000000), it also links N synthetic events (the generator of
benchmarks/link_scale.py) on the 2-worker local cluster, partitioned by the linker's blocking keys,
and prints the time and each worker's peak memory. Without ../shared it says so and measures the
dev gold alone (too few documents to be meaningful).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REALWORLD = HERE.parent.parent / "shared" / "data" / "realworld-dev" / "events.jsonl"


def corpus(tmp: Path) -> list[Path]:
    inputs = [HERE / "gold" / "docs"]
    if REALWORLD.exists():
        recs = tmp / "realworld.jsonl"
        with REALWORLD.open(encoding="utf-8") as f, recs.open("w", encoding="utf-8") as g:
            for line in f:
                r = json.loads(line)
                g.write(json.dumps({"text": r["text"], "published": r["published"], "source": r["id"]}) + "\n")
        inputs.insert(0, recs)
    else:
        print(f"scale_out: {REALWORLD} is missing (no ../shared beside the clone); measuring the dev gold only")
    return inputs


def run(mode: str, inputs: list[Path], limit: int | None) -> tuple[list[tuple[str, tuple[str, ...]]], float]:
    from itertools import islice

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import process_many_parallel

    def docs():  # type: ignore[no-untyped-def]
        it = iter_documents(inputs)
        return islice(it, limit) if limit else it

    out: list[tuple[str, tuple[str, ...]]] = []
    if mode == "dask-local-2":
        from sitrep.dask_engine import client_for, process_many_dask

        with client_for(local_workers=2) as client:
            list(process_many_dask(islice(iter_documents(inputs), 16), client))  # warm the workers
            t0 = time.perf_counter()
            for item, evs in process_many_dask(docs(), client):
                out.append((getattr(item, "doc_id", getattr(item, "path", "")), tuple(e.event_id for e in evs)))
            return out, time.perf_counter() - t0
    workers = 2 if mode == "workers-2" else 1
    list(process_many_parallel(islice(iter_documents(inputs), 16), None, 1))  # warm this process
    t0 = time.perf_counter()
    for item, evs in process_many_parallel(docs(), None, workers):
        out.append((getattr(item, "doc_id", getattr(item, "path", "")), tuple(e.event_id for e in evs)))
    return out, time.perf_counter() - t0


def link_on_cluster(n: int) -> None:
    sys.path.insert(0, str(HERE))
    from link_scale import synthesise  # type: ignore[import-not-found]

    from sitrep.dask_engine import client_for, link_on_dask

    events, _truth = synthesise(n)
    with client_for(local_workers=2) as client:
        client.run(_reset_peak)
        t0 = time.perf_counter()
        assignment, records = link_on_dask(events, client)
        secs = time.perf_counter() - t0
        peaks = client.run(_peak_rss_mb)
    print(f"link on a 2-worker local Dask cluster: {n:,} events, {len(records):,} clusters, {secs:.1f} s; "
          f"peak RSS per worker: " + ", ".join(f"{v:.0f} MB" for v in peaks.values()))


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--link-events", type=int, default=0)
    a = ap.parse_args()
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = corpus(Path(tmp))
        results = {}
        for mode in ("one-process", "workers-2", "dask-local-2"):
            out, secs = run(mode, inputs, a.limit)
            results[mode] = (out, secs)
            print(f"{mode:14s} {len(out):6d} documents {secs:7.1f} s {len(out) / secs:7.1f} docs/s")
    base = results["one-process"]
    for mode in ("workers-2", "dask-local-2"):
        out, secs = results[mode]
        print(f"{mode}: {base[1] / secs:.2f}x one process")
    same = all(results[m][0] == base[0] for m in results)
    print(f"outputs identical across the three modes: {same} (load average at start {load:.1f} on {os.cpu_count()} cores)")
    if a.link_events:
        link_on_cluster(a.link_events)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
