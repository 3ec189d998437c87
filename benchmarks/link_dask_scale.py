"""Linking synthetic events on a local Dask cluster: time, and peak memory of each worker and of the client.

    python benchmarks/link_dask_scale.py                       # 1,000,000 events, 2 workers
    python benchmarks/link_dask_scale.py --events 100000 --check

The events come from the generator of benchmarks/link_scale.py (20 countries with a skewed share,
about 140 reports a day, so a larger corpus is a longer period). A child process generates them and
writes them to a throwaway SQLite store (``--db`` keeps it elsewhere), so this process never holds
them. ``dask_engine.link_store_on_dask`` then links the store as ``sitrep link --cluster local:N``
does: the workers read the events one country block at a time, link each independent partition
and write the clusters back; the client only hands out the blocks and adds up the term counts.

Prints the seconds of each step, and the peak resident memory (VmHWM, reset before linking) of
each worker and of the client. ``--check`` also links a copy of the store in one process (a child,
which holds every event) and says whether the stored clusters are the same, with the B-cubed F1
of both against the synthetic truth (on by default up to 200,000 events; it doubles the time).
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))


def reset_peak() -> None:
    """Reset this process's peak resident memory (Linux: /proc/self/clear_refs)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def peak_rss_mb() -> float:
    """This process's peak resident memory since the last reset, in MB (VmHWM)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_store(n: int, db: Path, truth_file: Path) -> None:
    """In a child: generate ``n`` events, write them (one document each) and the truth."""
    from link_scale import synthesise  # type: ignore[import-not-found]

    from sitrep.model import Document
    from sitrep.store import Store

    events, truth = synthesise(n)
    with Store(db) as store:
        for k in range(0, len(events), 20_000):
            store.save_many((Document(text=f"doc {e.doc_id}", doc_id=e.doc_id), [e]) for e in events[k : k + 20_000])
    truth_file.write_bytes(pickle.dumps(truth))


def link_one_process(db: Path, out: Path) -> None:
    """In a child: ``sitrep link`` without a cluster (every event in this process)."""
    from sitrep.link import build_clusters, link_events
    from sitrep.store import Store

    t0 = time.perf_counter()
    with Store(db) as store:
        evs = list(store.iter_events())
        assignment = link_events(evs)
        store.set_clusters(assignment, build_clusters(evs, assignment))
    out.write_text(f"{time.perf_counter() - t0:.1f}")


def in_child(target, *args) -> None:  # type: ignore[no-untyped-def]
    p = mp.get_context("fork").Process(target=target, args=args)
    p.start()
    p.join()
    if p.exitcode != 0:
        raise SystemExit(f"{target.__name__} failed (exit code {p.exitcode})")


def stored_assignment(db: Path) -> dict[str, str | None]:
    from sitrep.store import Store

    with Store(db) as store:
        return {e.event_id: e.cluster_id for e in store.iter_events()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--db", type=Path, default=None, help="write the store here (default: a temporary folder)")
    ap.add_argument("--check", action=argparse.BooleanOptionalAction, default=None,
                    help="compare with a single-process run (default: up to 200,000 events)")
    a = ap.parse_args()
    from sitrep.dask_engine import client_for, link_store_on_dask
    from sitrep.store import Store

    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or Path(tmp) / "events.db"
        truth_file = Path(tmp) / "truth.pickle"
        t0 = time.perf_counter()
        in_child(write_store, a.events, db, truth_file)
        print(f"{a.events:,} synthetic events written to {db} in {time.perf_counter() - t0:.1f} s "
              f"({db.stat().st_size / 2**20:,.0f} MB)")
        with Store(db) as store, client_for(local_workers=a.workers) as client:
            blocks = store.event_blocks()
            print(f"{len(blocks)} country blocks, the largest {blocks[0][1]:,} events ({blocks[0][1] / a.events:.0%})")
            client.run(reset_peak)
            reset_peak()
            base = peak_rss_mb()
            t0 = time.perf_counter()
            n_events, n_clusters, multi = link_store_on_dask(store, client)
            secs = time.perf_counter() - t0
            peaks = client.run(peak_rss_mb)
        client_peak = peak_rss_mb()
        print(f"link on a {a.workers}-worker local Dask cluster: {n_events:,} events -> {n_clusters:,} clusters "
              f"({multi:,} with several sources) in {secs:.1f} s, clusters written to the store")
        print("peak resident memory per worker: " + ", ".join(f"{v:,.0f} MB" for v in peaks.values())
              + f"; client: {client_peak:,.0f} MB (of which {base:,.0f} MB before linking: Python, sitrep, Dask)")
        print(f"load average (1 min) at start {load0:.1f}, at end {os.getloadavg()[0]:.1f}, on {os.cpu_count()} cores")
        check = a.check if a.check is not None else a.events <= 200_000
        if not check:
            return 0
        from sitrep.link import score_clustering

        copy, secs_file = Path(tmp) / "one.db", Path(tmp) / "secs.txt"
        shutil.copy(db, copy)
        in_child(link_one_process, copy, secs_file)
        got, want = stored_assignment(db), stored_assignment(copy)
        truth = pickle.loads(truth_file.read_bytes())
        f1 = score_clustering(truth, {k: v or k for k, v in got.items()})["bcubed_f1"]
        print(f"single-process link: {secs_file.read_text()} s; same clusters as on the cluster: {got == want} "
              f"(B3 F1 {f1:.3f} against the synthetic truth)")
        return 0 if got == want else 1


if __name__ == "__main__":
    sys.exit(main())
