"""Extraction on a local Dask cluster: the same events in the same order as one process, and a
worker killed in the middle of a batch loses no document."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from sitrep.ingest import Failure, iter_documents
from sitrep.pipeline import process_many_parallel

distributed = pytest.importorskip("distributed") if os.environ.get("CI") != "true" else __import__("distributed")

from sitrep.dask_engine import client_for, parse_cluster_spec, process_many_dask  # noqa: E402
from sitrep.errors import ClusterUnavailable  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DOCS = sorted((ROOT / "benchmarks" / "linking" / "docs").glob("*.txt"))


def _ids(results) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    out = []
    for item, evs in results:
        key = item.path if isinstance(item, Failure) else item.doc_id
        out.append((str(key), [e.event_id for e in evs]))
    return out


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    with client_for(local_workers=2) as c:
        yield c


def test_dask_extract_gives_the_same_events_in_the_same_order(client) -> None:  # type: ignore[no-untyped-def]
    docs = DOCS[:20]
    want = _ids(process_many_parallel(iter_documents(docs)))
    got = _ids(process_many_dask(iter_documents(docs), client, batch_size=3, max_in_flight=3))
    assert got == want
    assert sum(len(e) for _, e in got) > 0


def test_dask_extract_passes_unreadable_documents_through_in_order(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    inputs = [DOCS[0], bad, DOCS[1]]
    got = list(process_many_dask(iter_documents(inputs), client, batch_size=2))
    assert [type(i).__name__ for i, _ in got] == ["Document", "Failure", "Document"]
    assert "empty" in got[1][0].message


def test_dask_extract_flags_unsupported_languages_as_the_pool_does(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    french = tmp_path / "fr.txt"
    french.write_text("Des hommes armés ont attaqué le village dans la nuit de lundi à mardi et ont tué trois "
                      "personnes, selon les autorités locales qui ont annoncé une enquête.", encoding="utf-8")
    inputs = [DOCS[0], french, DOCS[1]]
    want = [(getattr(i, "language", None), [e.event_id for e in evs])
            for i, evs in process_many_parallel(iter_documents(inputs))]
    got = [(getattr(i, "language", None), [e.event_id for e in evs])
           for i, evs in process_many_dask(iter_documents(inputs), client, batch_size=2)]
    assert got == want
    assert [lang for lang, _ in got] == [None, "fr", None]


def test_dask_a_killed_worker_loses_no_document(client) -> None:  # type: ignore[no-untyped-def]
    """SIGKILL a worker while it holds tasks: every document still comes back exactly once."""
    docs = DOCS[:40]
    want = _ids(process_many_parallel(iter_documents(docs)))
    pids = client.run(os.getpid)
    killed: list[str] = []

    def killer() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            busy = [w for w, keys in client.processing().items() if keys and w in pids]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(busy[0])
                return
            time.sleep(0.01)

    t = threading.Thread(target=killer, daemon=True)
    t.start()
    got = _ids(process_many_dask(iter_documents(docs), client, batch_size=2, max_in_flight=8))
    t.join(timeout=5)
    assert killed, "a worker holding tasks was killed"
    assert got == want


def test_dask_cluster_spec_is_checked() -> None:
    assert parse_cluster_spec("local:3") == 3
    for bad in ("local", "local:0", "remote:2", "local:x"):
        with pytest.raises(ClusterUnavailable):
            parse_cluster_spec(bad)


def test_dask_cli_cluster_output_equals_one_process(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    runner = CliRunner()
    examples = str(ROOT / "examples")
    one, dask_out = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert runner.invoke(app, ["extract", examples, "-o", str(one), "-q"]).exit_code == 0
    result = runner.invoke(app, ["extract", examples, "-o", str(dask_out), "-q", "--cluster", "local:2"])
    assert result.exit_code == 0, result.output
    assert dask_out.read_text(encoding="utf-8") == one.read_text(encoding="utf-8")
    bad = runner.invoke(app, ["extract", examples, "--cluster", "local:2", "--workers", "2"])
    assert bad.exit_code == 2


def test_dask_link_gives_the_same_clusters_as_one_process(client) -> None:  # type: ignore[no-untyped-def]
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from link_scale import synthesise  # type: ignore[import-not-found]

    from sitrep import dask_engine
    from sitrep.link import build_clusters, independent_partitions, link_events

    import random

    from sitrep.model import Evidence

    events, truth = synthesise(4000)
    # varied evidence texts, so that the text similarity (TF-IDF over all events) matters
    rng = random.Random(3)
    words = [f"w{k}" for k in range(300)]
    texts = [" ".join([truth[e.event_id], *rng.sample(words, 6)]) for e in events]
    events = [e.model_copy(update={"evidence": Evidence(start=0, end=len(t), text=t)}) for e, t in zip(events, texts)]
    parts = independent_partitions(events)
    assert sorted(i for p in parts for i in p) == list(range(len(events)))
    assert len(parts) > 1
    want = link_events(events)
    old = dask_engine.PACK
    dask_engine.PACK = 500  # several tasks, several partitions per task
    try:
        got, records = dask_engine.link_on_dask(events, client)
    finally:
        dask_engine.PACK = old
    assert got == want
    assert records == build_clusters(events, want)


def test_dask_link_from_the_store_gives_the_same_clusters_as_one_process(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """`sitrep link --cluster`: the workers read the events block by block from the store and write
    the clusters back; the stored clusters equal a single-process link of the same store (each
    document's main event compared by the document's lead, read from the store on both sides)."""
    import random
    import shutil
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from link_scale import synthesise  # type: ignore[import-not-found]

    from sitrep import dask_engine
    from sitrep.link import build_clusters, lead_texts, link_events
    from sitrep.model import Document, Evidence
    from sitrep.store import Store

    events, truth = synthesise(3000)
    rng = random.Random(5)
    words = [f"w{k}" for k in range(300)]
    varied = []
    for k, e in enumerate(events):
        t = " ".join([truth[e.event_id], *rng.sample(words, 6)])
        update: dict[str, object] = {"evidence": Evidence(start=0, end=len(t), text=t)}
        if k % 50 == 0:
            update["iso3"] = None  # blocked by country name
        if k % 97 == 0:
            update["event_date"] = None  # never linked: a cluster of its own
        varied.append(e.model_copy(update=update))
    one, dask_db = tmp_path / "one.db", tmp_path / "dask.db"
    with Store(one) as store:
        store.save_many((Document(text=f"{e.evidence.text} reported {k % 7}", doc_id=e.doc_id), [e])
                        for k, e in enumerate(varied))
    shutil.copy(one, dask_db)

    with Store(one) as store:
        evs = list(store.iter_events())
        assignment = link_events(evs, texts=lead_texts(evs, {d.doc_id: d.text for d in store.iter_documents()}))
        store.set_clusters(assignment, build_clusters(evs, assignment))
        want = ({e.event_id: e.cluster_id for e in store.iter_events()}, list(store.iter_clusters()))
    with Store(dask_db) as store:
        assert len(store.event_blocks()) > 2 and None in dict(store.event_blocks())
        n_events, n_clusters, multi = dask_engine.link_store_on_dask(store, client)
        got = ({e.event_id: e.cluster_id for e in store.iter_events()}, list(store.iter_clusters()))
    assert (n_events, n_clusters) == (len(varied), len(want[1]))
    assert multi == sum(1 for r in want[1] if r.n_sources > 1) > 0
    assert got == want


def test_text_model_from_frequencies_equals_the_fitted_model() -> None:
    import random
    from collections import Counter

    import numpy as np

    from sitrep.dask_engine import text_model_from_frequencies
    from sitrep.link import text_vectorizer

    rng = random.Random(1)
    words = [f"w{k}" for k in range(200)] + ["the", "and"]
    texts = [" ".join(rng.sample(words, 8)) for _ in range(300)] + ["the and"]
    analyzer = text_vectorizer().build_analyzer()
    df: Counter[str] = Counter()
    for t in texts:
        df.update(set(analyzer(t)))
    model = text_model_from_frequencies(len(texts), dict(df))
    fitted = text_vectorizer().fit(texts)
    assert model.vocabulary_ == fitted.vocabulary_
    assert np.array_equal(model.transform(texts).toarray(), fitted.transform(texts).toarray())
    assert text_model_from_frequencies(1, {}) is None


def test_dask_cli_link_on_a_cluster_stores_the_clusters_of_one_process(tmp_path: Path) -> None:
    import shutil

    from typer.testing import CliRunner

    from sitrep.cli import app
    from sitrep.store import Store

    runner = CliRunner()
    one, dask_db = tmp_path / "one.db", tmp_path / "dask.db"
    docs = [str(p) for p in DOCS[:30]]
    assert runner.invoke(app, ["extract", *docs, "--db", str(one), "-o", str(tmp_path / "x.jsonl"), "-q"]).exit_code == 0
    shutil.copy(one, dask_db)
    assert runner.invoke(app, ["link", "--db", str(one)]).exit_code == 0
    result = runner.invoke(app, ["link", "--db", str(dask_db), "--cluster", "local:2"])
    assert result.exit_code == 0, result.output

    def stored(db: Path) -> tuple[dict[str, str | None], list[object]]:
        with Store(db) as store:
            return {e.event_id: e.cluster_id for e in store.iter_events()}, list(store.iter_clusters())

    want, got = stored(one), stored(dask_db)
    assert got == want
    assert any(r.n_sources > 1 for r in want[1])  # type: ignore[attr-defined]
