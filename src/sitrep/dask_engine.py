"""Extraction and linking on a Dask cluster (dask.distributed), for volumes beyond one machine.

``extract --scheduler tcp://host:8786`` sends documents to an existing cluster; ``--cluster local:N``
starts a local cluster of N single-threaded worker processes for the run. The pipeline stages are
pure functions of a document, so a worker needs nothing but the package and its data.

How documents flow:

- each worker loads the gazetteer, NLP pipeline and models once when it joins (the ``WarmUp``
  worker plugin), never per task;
- documents are read lazily on the client and grouped into batches (``pipeline.batches``: at most
  32 documents or 200,000 characters, so one task carries about a third of a second of work and
  one message each way); at most ``max_in_flight`` batches (2 per worker) are submitted at a
  time, so the client's memory does not grow with the corpus;
- results come back in input order (a reorder buffer), so the store and the output receive the same
  sequence as in a single-process run;
- a worker that dies mid-batch loses nothing: the scheduler re-runs its tasks on another worker
  (up to ``distributed.scheduler.allowed-failures`` times). A batch that keeps killing workers, or
  raises, is retried document by document, and a document that still fails is reported as a
  ``Failure`` on one line naming it; every document is stored once or reported.

Linking on the cluster partitions events by country and by runs of dates that no blocking window
can bridge (``link.partition_keys``), links each partition on a worker with the same function as the
single-process run, and so gives the same clusters.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .config import Settings, get_settings
from .errors import ClusterUnavailable
from .model import Document, Event

try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - without the dask extra, client_for says what to install
    WorkerPlugin = object  # type: ignore[assignment,misc]


#: Dask settings of a local cluster (``--cluster local:N``). Dask's defaults suit interactive
#: work: a statistical profiler sampling every task's stack every 10 ms, an event-loop health
#: tick every 20 ms and a memory monitor every 100 ms in each worker and nanny. On a small
#: machine they cost about 8% of a core while the cluster is up (measured on 2 workers); sitrep's
#: tasks are uniform batches, so these run rarely and the profiler not at all. For an existing
#: cluster (``--scheduler``), set the same keys in the workers' Dask configuration
#: (docs/deployment.md).
LOCAL_CLUSTER_CONFIG: dict[str, Any] = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}


def _require_distributed() -> Any:
    try:
        import distributed
    except ImportError as exc:  # pragma: no cover - the extra is part of the test install
        raise ClusterUnavailable(
            "Dask is not installed: pip install 'sitrep[dask]' (dask[distributed])"
        ) from exc
    return distributed


def parse_cluster_spec(spec: str) -> int:
    """``local:N`` -> N (N >= 1)."""
    kind, _, n = spec.partition(":")
    if kind != "local" or not n.isdigit() or int(n) < 1:
        raise ClusterUnavailable(f"--cluster takes local:N with N >= 1, not {spec!r}")
    return int(n)


@contextmanager
def client_for(scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Any]:
    """A connected ``distributed.Client``: to ``scheduler``, or to a new local cluster."""
    distributed = _require_distributed()
    cluster = None
    try:
        if scheduler:
            client = distributed.Client(scheduler, timeout="20s", set_as_default=False)
        else:
            import dask

            with dask.config.set(LOCAL_CLUSTER_CONFIG):  # the workers' nannies pass it on to them
                cluster = distributed.LocalCluster(
                    n_workers=local_workers or 2, threads_per_worker=1, processes=True,
                    dashboard_address=":0", host="127.0.0.1", silence_logs=logging.CRITICAL,
                )
            client = distributed.Client(cluster, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterUnavailable(f"cannot reach the Dask scheduler {scheduler or 'local'}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


class WarmUp(WorkerPlugin):  # type: ignore[misc,valid-type]
    """A Dask worker plugin: on each worker that joins (at start, or a replacement for one that
    died), load the gazetteer, NLP pipeline and models once (``pipeline.warm_up``), before any
    batch runs there."""

    name = "sitrep-warm-up"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from .pipeline import warm_up

        warm_up(self.settings)


def _process_batch(docs: list[Document], settings: Settings) -> list[tuple[str | None, list[Event] | str]]:
    """On a worker: each document's ``(language, events or a one-line error message)``."""
    from .pipeline import process_batch

    return process_batch(docs, settings)


def process_many_dask(
    items: Iterable[object],
    client: Any,
    settings: Settings | None = None,
    batch_size: int | None = None,
    max_in_flight: int | None = None,
    max_chars: int | None = None,
) -> Iterator[tuple[object, list[Event]]]:
    """Stream ``Document``/``ingest.Failure`` items through the pipeline on a Dask cluster.

    Yields ``(item, events)`` in input order, like ``pipeline.process_many_parallel`` (the same
    batches, the same per-document work, the same results); documents that fail come out as
    ``ingest.Failure`` with a one-line message.
    """
    from .pipeline import BATCH_CHARS, BATCH_DOCS, batches, merge_batch

    settings = settings or get_settings()
    client.register_plugin(WarmUp(settings), name=WarmUp.name)  # every worker warm before the first batch
    if max_in_flight is None:
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        max_in_flight = 2 * n_workers
    pending: deque[tuple[list[object], Any]] = deque()  # (items of a batch, future or None)

    def submit(batch: list[object]) -> None:
        docs = [d for d in batch if isinstance(d, Document)]
        fut = client.submit(_process_batch, docs, settings, pure=False, retries=1) if docs else None
        pending.append((batch, fut))

    def drain_one() -> Iterator[tuple[object, list[Event]]]:
        batch, fut = pending.popleft()
        docs = [d for d in batch if isinstance(d, Document)]
        results: list[tuple[str | None, list[Event] | str]] = []
        if fut is not None:
            try:
                results = fut.result()
            except Exception:  # noqa: BLE001 - KilledWorker or an error: retry one by one
                results = [_one_by_one(client, d, settings) for d in docs]
            finally:
                fut.release()
        return merge_batch(batch, results)

    for batch in batches(items, batch_size or BATCH_DOCS, max_chars or BATCH_CHARS):
        submit(batch)
        while len(pending) > max_in_flight:
            yield from drain_one()
    while pending:
        yield from drain_one()


def _one_by_one(client: Any, doc: Document, settings: Settings) -> tuple[str | None, list[Event] | str]:
    try:
        return client.submit(_process_batch, [doc], settings, pure=False, retries=1).result()[0]
    except Exception as exc:  # noqa: BLE001 - reported for this document, the batch goes on
        name = doc.path or doc.doc_id[:12]
        return None, f"E701 {name}: lost on the Dask cluster ({exc.__class__.__name__}: {exc})"


def _link_part(events: list[Event], cfg: Any, text_model: Any) -> dict[str, str]:
    from .link import link_events

    return link_events(events, cfg, text_model)


def link_on_dask(
    events: list[Event], client: Any, cfg: Any = None
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """``link.link_events`` and ``link.build_clusters`` on a Dask cluster.

    Events are split by ``link.independent_partitions`` (country block x runs of overlapping date
    windows), so no candidate pair crosses a partition and the clusters equal a single-process
    run's. Small partitions are packed together into tasks of about ``PACK`` events.
    """
    from .link import LinkConfig, build_clusters, fit_text_model, independent_partitions

    cfg = cfg or LinkConfig()
    # the text model (vocabulary, IDF) of all events, as in a single-process run, sent once
    [text_model] = client.scatter([fit_text_model(events)], broadcast=True)
    parts = independent_partitions(events)
    packs: list[list[Event]] = []
    current: list[Event] = []
    for part in sorted(parts, key=len, reverse=True):
        current.extend(events[i] for i in part)
        if len(current) >= PACK:
            packs.append(current)
            current = []
    if current:
        packs.append(current)
    assignment: dict[str, str] = {}
    futures = [client.submit(_link_part, pack, cfg, text_model, pure=False, retries=2) for pack in packs]
    for fut in futures:
        assignment.update(fut.result())
        fut.release()
    return assignment, build_clusters(events, assignment)


#: events per linking task on the cluster
PACK = 20_000
