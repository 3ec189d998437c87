"""A document whose own metadata cannot be read (front matter, a JSON record's fields: a
publication date such as "2024-13-45" or "n/a", a bogus source kind) is read without that field,
with a warning naming the file, line and field; its events are kept and its relative dates stay
unresolved unless a dateline anchors them. A bad value the caller gives (the --published option,
the ``published`` argument) is the caller's mistake: a clear error."""

from __future__ import annotations

import json
import warnings
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sitrep
from sitrep.cli import app
from sitrep.errors import InputError, SitrepWarning
from sitrep.ingest import document_from_text, documents_from_bytes

runner = CliRunner()
BODY = "Armed men ambushed a supply convoy near Beledweyne on 4 March 2024, killing two drivers."


@pytest.mark.parametrize("value", ["2024-13-45", "yesterday", "n/a", "0000-00-00", "[1, 2]"])
def test_unreadable_front_matter_date_keeps_the_document(value: str) -> None:
    doc = document_from_text(f"---\nsource: Field Notes\npublished: {value}\n---\n{BODY}", path="notes.md")
    assert doc.published is None
    assert doc.text == BODY and doc.source == "Field Notes"
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("notes.md, line 3: front matter 'published': cannot read the date")
    assert doc.warnings[0].endswith("read without a publication date")


def test_readable_front_matter_date_gives_no_warning() -> None:
    doc = document_from_text(f"---\npublished: 2024-03-05\n---\n{BODY}")
    assert doc.published == date(2024, 3, 5) and doc.warnings == []


def test_unreadable_record_date_names_the_record_and_field() -> None:
    data = "\n".join(json.dumps(r) for r in (
        {"text": BODY, "published": "2024-02-30"},
        {"text": BODY, "published": "2024-03-05"},
    )).encode()
    docs = list(documents_from_bytes(data, "batch.jsonl", ".jsonl"))
    assert [d.published for d in docs] == [None, date(2024, 3, 5)]
    assert docs[0].warnings[0].startswith("batch.jsonl#1: field 'published': cannot read the date '2024-02-30'")
    assert docs[1].warnings == []


def test_callers_own_bad_date_is_an_error_naming_the_argument() -> None:
    with pytest.raises(InputError, match=r"published: cannot read the date '2024-13-45'"):
        document_from_text(BODY, published="2024-13-45")
    with pytest.raises(InputError, match="published"):
        sitrep.extract(BODY, published="someday")


def test_api_warns_and_keeps_events_when_front_matter_date_is_bad() -> None:
    text = f"---\npublished: not known\n---\n{BODY} Two days later gunmen shot a trader in the town."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        events = sitrep.extract(text)
    assert any(issubclass(w.category, SitrepWarning) and "line 2" in str(w.message) for w in caught)
    assert events and events[0].event_date == date(2024, 3, 4)
    assert all(e.published is None for e in events)


def test_relative_date_stays_unresolved_without_a_readable_date() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SitrepWarning)
        events = sitrep.extract("---\npublished: n/a\n---\nGunmen shot dead a shopkeeper in Beledweyne yesterday.")
    assert len(events) == 1
    assert events[0].event_date is None and "reference-unknown" in events[0].rules


def test_dateline_still_anchors_relative_dates_without_a_published_date() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SitrepWarning)
        events = sitrep.extract("---\npublished: n/a\n---\nBELEDWEYNE, 6 March 2024 (Field Notes) - "
                                "Gunmen shot dead a shopkeeper in the town yesterday.")
    assert len(events) == 1 and events[0].event_date == date(2024, 3, 5)


def test_cli_reads_the_document_and_prints_the_warning(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(f"---\npublished: 2024-13-45\n---\n{BODY}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    r = runner.invoke(app, ["extract", str(path), "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert f"sitrep: warning: {path}, line 2: front matter 'published': cannot read the date '2024-13-45'" in r.output
    assert "1 warning" in r.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == 1 and rows[0]["event_date"] == "2024-03-04"


def test_cli_refuses_a_bad_published_option(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text(BODY, encoding="utf-8")
    r = runner.invoke(app, ["extract", str(path), "--published", "2024-13-45"])
    assert r.exit_code == 2
    assert "--published" in r.output and "no such day" in r.output


def test_web_ingest_keeps_the_document_and_returns_the_warning(tmp_path: Path) -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from sitrep.store import Store
    from sitrep.web import create_app

    db = tmp_path / "ingest.db"
    Store(str(db)).close()
    client = TestClient(create_app(db, allow_ingest=True))
    r = client.post("/api/documents", json={"text": f"---\npublished: n/a\n---\n{BODY}"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert len(body["events"]) == 1
    assert body["warnings"] and "front matter 'published'" in body["warnings"][0]
    # the request's own field is validated as a date: a bad one is refused with the field named
    bad = client.post("/api/documents", json={"text": BODY, "published": "2024-13-45"})
    assert bad.status_code == 422 and "published" in bad.json()["error"]["message"]


def test_other_unreadable_metadata_is_left_empty_with_a_warning() -> None:
    doc = document_from_text(f"---\nsource_kind: bogus\ntitle: {{a: b}}\n---\n{BODY}", path="notes.md")
    assert doc.source_kind is None and doc.title is None and doc.text == BODY
    assert doc.warnings == [
        "notes.md, line 2: front matter 'source_kind': must be claim, report or auto, not 'bogus'; "
        "claim or report is detected from the text",
        "notes.md, line 3: front matter 'title': must be text, not dict; read without a title",
    ]
    data = json.dumps({"text": BODY, "source": ["a", "b"], "source_kind": "claim"}).encode()
    (rec,) = documents_from_bytes(data, "one.json", ".json")
    assert rec.source is None and rec.source_kind == "claim"
    assert rec.warnings == ["one.json#1: field 'source': must be text, not list; read without a source name"]


def test_callers_own_bad_source_kind_is_an_error_naming_it() -> None:
    with pytest.raises(InputError, match=r"source_kind: must be claim, report or auto"):
        document_from_text(BODY, source_kind="bogus")
