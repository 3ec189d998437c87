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
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from collections import Counter
from pathlib import Path

import numpy as np

from .config import Settings, get_settings
from .errors import ClusterUnavailable
from .link import (
    LinkConfig,
    build_clusters,
    independent_partitions,
    link_events,
    linking_texts,
    stored_lead_texts,
    text_vectorizer,
)
from .model import Document, Event
from .store import Store

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


def _link_part(events: list[Event], cfg: Any, text_model: Any, texts: dict[str, str] | None = None) -> dict[str, str]:
    from .link import link_events

    return link_events(events, cfg, text_model, texts)


def link_on_dask(
    events: list[Event], client: Any, cfg: Any = None, texts: dict[str, str] | None = None
) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """``link.link_events`` and ``link.build_clusters`` on a Dask cluster.

    Events are split by ``link.independent_partitions`` (country block x runs of overlapping date
    windows), so no candidate pair crosses a partition and the clusters equal a single-process
    run's. Small partitions are packed together into tasks of about ``PACK`` events. ``texts``:
    as ``link.link_events``'s (``link.lead_texts``).
    """
    from .link import LinkConfig, build_clusters, fit_text_model, independent_partitions

    cfg = cfg or LinkConfig()
    # the text model (vocabulary, IDF) of all events, as in a single-process run, sent once
    texts = texts or {}
    [text_model] = client.scatter([fit_text_model(events, texts)], broadcast=True)
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
    # the events travel inside the tasks (Dask warns about graphs over 10 MB): scattered data
    # would die with a killed worker, while a task is re-run elsewhere with its own input
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Sending large graph", category=UserWarning)
        futures = [client.submit(_link_part, pack, cfg, text_model, {e.event_id: texts[e.event_id] for e in pack if e.event_id in texts},
                                 pure=False, retries=2) for pack in packs]  # fmt: skip
    for fut in futures:
        assignment.update(fut.result())
        fut.release()
    return assignment, build_clusters(events, assignment)


#: events per linking task on the cluster
PACK = 20_000


def _store_url(store: Any) -> str:
    """The store's URL as a worker can open it (a SQLite path made absolute)."""
    url = store.engine.url
    if store.is_sqlite and url.database:
        return f"sqlite:///{Path(url.database).resolve()}"
    return url.render_as_string(hide_password=False)  # type: ignore[no-any-return]


def _block_frequencies(url: str, iso3: str | None) -> tuple[int, dict[str, int]]:
    """On a worker: the number of events of one block and the document frequency of each term of
    their linking texts (``link.linking_texts``, with ``link.text_vectorizer``'s analyzer)."""
    analyzer = text_vectorizer().build_analyzer()
    df: Counter[str] = Counter()
    with Store(url, create=False) as store:
        events = list(store.iter_events(iso3=iso3))
        for text in linking_texts(events, stored_lead_texts(store, events)):
            df.update(set(analyzer(text)))
    return len(events), dict(df)


def text_model_from_frequencies(n: int, df: dict[str, int]) -> Any:
    """The TF-IDF model ``link.fit_text_model`` fits on ``n`` texts, from their document
    frequencies alone (the same vocabulary and IDF; None when there is no term)."""
    model = text_vectorizer()
    params = model.get_params()
    if params["min_df"] != 1 or params["max_df"] != 1.0 or params["max_features"] is not None:
        raise ValueError("text_model_from_frequencies reproduces a TF-IDF model without frequency cut-offs only")
    if not df:
        return None
    terms = sorted(df)
    model.vocabulary_ = {t: i for i, t in enumerate(terms)}
    smooth = int(model.smooth_idf)
    freq = np.array([df[t] for t in terms], dtype=np.float64)
    model.idf_ = np.log((n + smooth) / (freq + smooth)) + 1
    return model


def _link_block(url: str, iso3: str | None, cfg: Any, text_model: Any) -> tuple[int, int, int]:
    """On a worker: link one block's events (each independent partition alone) and write their
    clusters to the store; returns (events, clusters, clusters with several sources)."""
    with Store(url, create=False) as store:
        events = list(store.iter_events(iso3=iso3))
        texts = stored_lead_texts(store, events)
        assignment: dict[str, str] = {}
        for part in independent_partitions(events):
            assignment.update(link_events([events[i] for i in part], cfg, text_model, texts))
        records = build_clusters(events, assignment)
        store.add_clusters(assignment, records)
    return len(events), len(records), sum(1 for r in records if r.n_sources > 1)


def link_store_on_dask(store: Any, client: Any, cfg: Any = None) -> tuple[int, int, int]:
    """Link the events of ``store`` on a Dask cluster and write the clusters back; returns
    (events, clusters, clusters with several sources). The client never holds the events.

    The workers read the events themselves, one country block at a time (the linker never pairs
    across countries), so they need access to the database (a PostgreSQL URL, or a SQLite file on
    a file system they share). Two passes: the workers count the terms of each block's evidence
    texts, the client adds the counts up into the TF-IDF model of all events (the one a
    single-process run fits) and broadcasts it; then each worker links a block, partition by
    partition (``link.independent_partitions``), and writes its clusters. The client holds the
    list of blocks and the vocabulary, nothing that grows with the number of events, and the
    clusters equal a single-process run's. A task lost with its worker is re-run; its block's
    clusters are written again, never twice. If the run stops half-way, some events have no
    cluster until ``link`` is run again.
    """
    cfg = cfg or LinkConfig()
    url = _store_url(store)
    blocks = [iso3 for iso3, _ in store.event_blocks()]  # largest first: they finish last
    futures = [client.submit(_block_frequencies, url, b, pure=False, retries=2) for b in blocks]
    n, df = 0, Counter[str]()
    for fut in futures:
        k, counts = fut.result()
        fut.release()
        n += k
        df.update(counts)
    [text_model] = client.scatter([text_model_from_frequencies(n, dict(df))], broadcast=True)
    del df
    store.clear_clusters()
    futures = [client.submit(_link_block, url, b, cfg, text_model, pure=False, retries=2) for b in blocks]
    totals = [0, 0, 0]
    for fut in futures:
        totals = [a + b for a, b in zip(totals, fut.result())]
        fut.release()
    return totals[0], totals[1], totals[2]
