"""Document identity: doc_id = hash(origin + content hash). A changed file replaces its earlier
version's events; an unchanged file is skipped; the same text from two outlets keeps both."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.ingest import document_from_text
from sitrep.store import Store

runner = CliRunner()
V1 = "On 2 June 2022 gunmen killed 3 people in Baidoa."
V2 = "On 2 June 2022 gunmen killed 5 people in Baidoa."


def _extract(*args: str) -> str:
    r = runner.invoke(app, ["extract", *args, "--published", "2022-06-03"])
    assert r.exit_code == 0, r.output
    return r.output


def test_store_changed_file_replaces_its_earlier_version(tmp_path: Path) -> None:
    f, db = tmp_path / "story.txt", tmp_path / "s.db"
    f.write_text(V1, encoding="utf-8")
    _extract(str(f), "--db", str(db), "-o", str(tmp_path / "a.jsonl"))
    f.write_text(V2, encoding="utf-8")
    _extract(str(f), "--db", str(db), "-o", str(tmp_path / "b.jsonl"))
    with Store(db) as store:
        assert store.counts()["documents"] == 1
        assert [e.fatalities for e in store.iter_events()] == [5]


def test_store_unchanged_file_is_skipped(tmp_path: Path) -> None:
    f, db = tmp_path / "story.txt", tmp_path / "s.db"
    f.write_text(V1, encoding="utf-8")
    _extract(str(f), "--db", str(db), "-o", str(tmp_path / "a.jsonl"))
    out = _extract(str(f), "--db", str(db), "-o", str(tmp_path / "b.jsonl"))
    assert "1 unchanged" in out and "0 documents" in out
    with Store(db) as store:
        assert store.counts()["documents"] == 1


def test_store_same_text_from_two_outlets_keeps_both_sources(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    for outlet in ("Wire A", "Wire B"):
        d = tmp_path / outlet.replace(" ", "")
        d.mkdir()
        (d / "story.txt").write_text(V1, encoding="utf-8")
        _extract(str(d), "--db", str(db), "--source", outlet, "-o", str(tmp_path / f"{outlet}.jsonl"))
    with Store(db) as store:
        docs = list(store.iter_documents())
        evs = list(store.iter_events())
    assert sorted(d.source for d in docs) == ["Wire A", "Wire B"]
    assert len({d.content_hash for d in docs}) == 1 and len({d.doc_id for d in docs}) == 2
    assert sorted(e.source for e in evs) == ["Wire A", "Wire B"]


def test_store_same_text_on_stdin_from_two_sources_keeps_both(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        for outlet in ("Wire A", "Wire B"):
            doc = document_from_text(V1, source=outlet)
            store.save(doc, [])
        assert store.counts()["documents"] == 2


def test_store_event_ids_derive_from_doc_id_and_span(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(V1, encoding="utf-8")
    _extract(str(f), "-o", str(tmp_path / "a.jsonl"))
    _extract(str(f), "--source", "Other", "-o", str(tmp_path / "b.jsonl"))
    a = json.loads((tmp_path / "a.jsonl").read_text())
    b = json.loads((tmp_path / "b.jsonl").read_text())
    assert a["content_hash"] == b["content_hash"]
    assert a["doc_id"] != b["doc_id"] and a["event_id"] != b["event_id"]
