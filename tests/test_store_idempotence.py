from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.model import Document, Event
from sitrep.model import ClusterRecord
from sitrep.store import Store, database_url


def test_store_rerunning_a_document_replaces_its_events(store_url: str, doc: Document, events: list[Event]) -> None:
    with Store(store_url) as store:
        store.save(doc, events)
        store.save(doc, events)
        assert store.counts()["events"] == 2
        assert store.counts()["documents"] == 1
        store.save(doc, events[:1])
        assert store.counts()["events"] == 1


def test_store_round_trips_events_exactly(store_url: str, doc: Document, events: list[Event]) -> None:
    with Store(store_url) as store:
        store.save(doc, events)
        back = sorted(store.iter_events(), key=lambda e: e.event_id)
    assert back == sorted(events, key=lambda e: e.event_id)


def test_store_keeps_document_text_for_evidence(store_url: str, doc: Document, events: list[Event]) -> None:
    with Store(store_url) as store:
        store.save(doc, events)
        stored = store.get_document(doc.doc_id)
    assert stored is not None
    for e in events:
        assert stored.text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_store_failed_write_leaves_previous_events(store_url: str, doc: Document, events: list[Event]) -> None:
    with Store(store_url) as store:
        store.save(doc, events)
        dup = [events[0], events[0]]  # duplicate primary key -> the transaction must roll back
        with pytest.raises(Exception):
            store.save(doc, dup)
        assert store.counts()["events"] == 2


def test_store_records_schema_migrations(store_url: str) -> None:
    with Store(store_url) as store:
        assert store.schema_version() >= 1
    with Store(store_url) as store:  # reopening applies nothing twice
        assert store.schema_version() >= 1


def test_store_clusters_are_saved_and_assigned(store_url: str, doc: Document, events: list[Event]) -> None:
    with Store(store_url) as store:
        store.save(doc, events)
        store.set_clusters({events[0].event_id: "c1"}, [ClusterRecord(cluster_id="c1", n_sources=1)])
        got = {e.event_id: e.cluster_id for e in store.iter_events()}
        assert got == {events[0].event_id: "c1", events[1].event_id: None}
        assert [c.cluster_id for c in store.iter_clusters()] == ["c1"]


@pytest.mark.parametrize(
    ("given", "url"),
    [("x.db", "sqlite:///x.db"), ("postgres://u@h/db", "postgresql+psycopg://u@h/db"), ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"), ("sqlite:///a.db", "sqlite:///a.db")],
)
def test_store_database_url_accepts_paths_and_urls(given: str, url: str) -> None:
    assert database_url(given) == url


def test_store_unreachable_database_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open the database"):
        Store(tmp_path / "missing-dir" / "x.db")
