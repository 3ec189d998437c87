"""Linking synthetic events on a local Dask cluster: time, and peak memory of each worker.

    python benchmarks/link_dask_scale.py                       # 1,000,000 events, 2 workers
    python benchmarks/link_dask_scale.py --events 100000 --check

The events come from the generator of benchmarks/link_scale.py (20 countries with a skewed share,
about 140 reports a day, so a larger corpus is a longer period). ``dask_engine.link_on_dask``
splits them into partitions that the linker's blocking (country x date window) can never pair
across, links the partitions on the workers and builds the clusters on the client.

Prints the seconds of each step, and the peak resident memory (VmHWM, reset before linking) of
each worker and of the client, which holds the events themselves. ``--check`` also links the
events in this process alone and says whether the clusters are the same (it doubles the time;
on by default up to 200,000 events).
"""

from __future__ import annotations

import argparse
import os
import sys
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--check", action=argparse.BooleanOptionalAction, default=None,
                    help="compare with a single-process run (default: up to 200,000 events)")
    a = ap.parse_args()
    from link_scale import synthesise  # type: ignore[import-not-found]

    from sitrep.dask_engine import client_for, link_on_dask
    from sitrep.link import independent_partitions, link_events, score_clustering

    load0 = os.getloadavg()[0]
    t0 = time.perf_counter()
    events, truth = synthesise(a.events)
    t_gen = time.perf_counter() - t0
    parts = independent_partitions(events)
    sizes = sorted((len(p) for p in parts), reverse=True)
    print(f"{len(events):,} synthetic events in {t_gen:.1f} s; {len(parts)} independent partitions "
          f"(largest {sizes[0]:,}, {sizes[0] / len(events):.0%} of the events)")
    with client_for(local_workers=a.workers) as client:
        client.run(reset_peak)
        reset_peak()
        t0 = time.perf_counter()
        assignment, records = link_on_dask(events, client)
        secs = time.perf_counter() - t0
        peaks = client.run(peak_rss_mb)
    client_peak = peak_rss_mb()
    scores = score_clustering(truth, assignment)
    print(f"link on a {a.workers}-worker local Dask cluster: {len(events):,} events -> {len(records):,} clusters "
          f"in {secs:.1f} s (B3 F1 {scores['bcubed_f1']:.3f} against the synthetic truth)")
    print("peak resident memory per worker: " + ", ".join(f"{v:,.0f} MB" for v in peaks.values())
          + f"; client (holds the events and the clusters): {client_peak:,.0f} MB")
    print(f"load average (1 min) at start {load0:.1f}, at end {os.getloadavg()[0]:.1f}, on {os.cpu_count()} cores")
    check = a.check if a.check is not None else a.events <= 200_000
    if check:
        t0 = time.perf_counter()
        want = link_events(events)
        same = want == assignment
        print(f"single-process link: {time.perf_counter() - t0:.1f} s; same clusters as on the cluster: {same}")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
