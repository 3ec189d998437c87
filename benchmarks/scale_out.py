"""Documents per second: one process, `--workers 2`, and a 2-worker local Dask cluster, on one corpus.

    python benchmarks/scale_out.py [--limit N] [--modes one-process workers-2 dask-local-2]

The corpus is realworld-dev (6,718 real incident descriptions, ../shared/data/realworld-dev) plus the
dev gold documents: at least 5,000 documents. All three modes run in this one process, one after
the other, on the same documents, and their outputs (document order and event ids) must be
identical; the script says so, or exits 1. The main process and the Dask workers are warmed on a
few documents before timing. The one-process and `--workers 2` runs each happen in a child forked
from the warm main process (the pool is forked inside the timed run from that child, as in
`sitrep extract`, which loads everything before it forks), so no mode inherits the caches another
mode filled.

Each mode prints its wall-clock time and the CPU seconds of every process taking part (this
process, which also runs the Dask scheduler; the pool's processes; each Dask worker and nanny).
On a machine shared with other work, wall-clock ratios measure the load as much as sitrep, so
the script also gives the time each mode would take on an idle machine: no process can finish
sooner than its own CPU time, and all of them together share the cores (``idle_seconds``).

Linking on the cluster has its own benchmark, benchmarks/link_dask_scale.py. Without ../shared
it says so and measures the dev gold alone (too few documents to be meaningful).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
MODES = ("one-process", "workers-2", "dask-local-2")
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


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _proc_cpu() -> float:
    """CPU seconds of the calling process (run on each Dask worker and nanny)."""
    t = psutil.Process().cpu_times()
    return t.user + t.system


def run(mode: str, inputs: list[Path], limit: int | None) -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, float]]:
    """One mode over the corpus: its output (document ids and event ids, in order) and its
    wall-clock seconds and CPU seconds: this process, its pool processes, each Dask worker."""
    from itertools import islice

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import process_many_parallel

    def docs():  # type: ignore[no-untyped-def]
        it = iter_documents(inputs)
        return islice(it, limit) if limit else it

    def key(item: object, evs: list) -> tuple[str, tuple[str, ...]]:  # type: ignore[type-arg]
        return (getattr(item, "doc_id", getattr(item, "path", "")), tuple(e.event_id for e in evs))

    if mode == "dask-local-2":
        from sitrep.dask_engine import client_for, process_many_dask

        with client_for(local_workers=2) as client:
            # the same warm-up as this process had: 8 documents on each worker
            list(process_many_dask(islice(iter_documents(inputs), 16), client, batch_size=8))
            w0, n0 = client.run(_proc_cpu), client.run(_proc_cpu, nanny=True)
            c0, t0 = _cpu(resource.RUSAGE_SELF), time.perf_counter()
            out = [key(item, evs) for item, evs in process_many_dask(docs(), client)]
            wall, main = time.perf_counter() - t0, _cpu(resource.RUSAGE_SELF) - c0
            w1, n1 = client.run(_proc_cpu), client.run(_proc_cpu, nanny=True)
        workers = [w1[w] - w0[w] for w in w1 if w in w0]
        nannies = sum(n1[w] - n0[w] for w in n1 if w in n0)
        return out, {"wall": wall, "main": main + nannies, "workers": workers}
    n_workers = 2 if mode == "workers-2" else 1
    c0, k0, t0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN), time.perf_counter()
    out = [key(item, evs) for item, evs in process_many_parallel(docs(), None, n_workers)]
    wall, main = time.perf_counter() - t0, _cpu(resource.RUSAGE_SELF) - c0
    children = _cpu(resource.RUSAGE_CHILDREN) - k0  # the pool's processes, once they are joined
    # the pool's batches are of equal size, so its processes share the work about evenly
    workers = [children / n_workers] * n_workers if n_workers > 1 else []
    return out, {"wall": wall, "main": main, "workers": workers}


def run_forked(mode: str, inputs: list[Path], limit: int | None) -> tuple[list[tuple[str, tuple[str, ...]]], dict[str, float]]:
    """:func:`run` in a child forked from this warm process, so that what one mode leaves in the
    process's caches (spaCy's vocabulary, memoised lookups) does not speed up the next: every
    mode starts from the state `sitrep extract` has before its first document."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=lambda: send.send(run(mode, inputs, limit)))
    child.start()
    send.close()
    result = recv.recv()
    child.join()
    return result  # type: ignore[no-any-return]


def warm(inputs: list[Path]) -> None:
    """Load everything in this process (``pipeline.warm_up``) and run 16 documents, as each Dask
    worker does before timing."""
    from itertools import islice

    from sitrep.ingest import iter_documents
    from sitrep.pipeline import process_many_parallel, warm_up

    warm_up()
    list(process_many_parallel(islice(iter_documents(inputs), 16), None, 1))


def idle_seconds(cpu: dict[str, float], cores: int) -> float:
    """The wall-clock time the run would take on an otherwise idle machine of ``cores`` cores: no
    process can finish sooner than its own CPU time, and all of them share the cores."""
    total = cpu["main"] + sum(cpu["workers"])
    return max([cpu["main"], *cpu["workers"], total / cores])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N documents only")
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    a = ap.parse_args()
    cores = os.cpu_count() or 1
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        inputs = corpus(Path(tmp))
        results = {}
        print(f"{'mode':14s} {'docs':>6s} {'wall s':>8s} {'docs/s':>7s} {'CPU s: main':>12s} {'workers':>14s}"
              f" {'idle-machine s':>15s} {'docs/s':>7s}")
        warm(inputs)
        for mode in a.modes:
            out, cpu = run(mode, inputs, a.limit) if mode.startswith("dask") else run_forked(mode, inputs, a.limit)
            loads.append(os.getloadavg()[0])
            idle = idle_seconds(cpu, cores) if mode != "one-process" else cpu["main"]
            results[mode] = (out, cpu, idle)
            print(f"{mode:14s} {len(out):6d} {cpu['wall']:8.1f} {len(out) / cpu['wall']:7.1f} {cpu['main']:12.1f} "
                  f"{' + '.join(f'{w:.1f}' for w in cpu['workers']) or '-':>14s} {idle:15.1f} {len(out) / idle:7.1f}")
    base = results.get("one-process")
    if base is not None:
        for mode in a.modes:
            if mode == "one-process":
                continue
            _, cpu, idle = results[mode]
            total = cpu["main"] + sum(cpu["workers"])
            print(f"{mode}: {base[1]['wall'] / cpu['wall']:.2f}x one process measured (wall clock); "
                  f"{base[2] / idle:.2f}x on an idle {cores}-core machine (from CPU time); "
                  f"{total / base[1]['main']:.2f}x the CPU time of one process")
    same = all(r[0] == next(iter(results.values()))[0] for r in results.values())
    print(f"outputs identical across the modes: {same}")
    print(f"load average (1 min) before and after each mode: {' '.join(f'{x:.1f}' for x in loads)} on {cores} cores"
          " (a wall-clock ratio means little when the machine is shared; CPU time, and so the idle-machine"
          " figure, depends on the load much less)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
