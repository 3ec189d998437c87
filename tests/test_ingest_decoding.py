from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.config import Settings
from sitrep.errors import EmptyDocument, InputError
from sitrep.ingest import (
    Failure,
    decode_bytes,
    document_from_text,
    documents_from_bytes,
    html_to_text,
    iter_documents,
    normalise_text,
    split_front_matter,
)
from sitrep.model import Document, SourceKind, document_id, sha256_text

SAMPLE = "Gunmen attacked a checkpoint in Mosul on 3 March, officials said. Café owners closed early."


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "cp1252"],
)
def test_ingest_decodes_common_encodings(encoded: bytes) -> None:
    assert decode_bytes(encoded) == SAMPLE


def test_ingest_normalises_newlines_and_drops_control_characters() -> None:
    assert normalise_text("a\r\nb\rc\x00d\x07e\tf") == "a\nb\ncde\tf"


def test_ingest_content_hash_is_sha256_of_stored_text_and_doc_id_adds_the_origin() -> None:
    doc = document_from_text("line one\r\nline two")
    assert doc.text == "line one\nline two"
    assert doc.content_hash == sha256_text(doc.text)
    assert doc.doc_id == document_id("|", doc.content_hash)
    other = document_from_text("line one\r\nline two", source="Other Wire")
    assert other.content_hash == doc.content_hash and other.doc_id != doc.doc_id


def test_ingest_front_matter_supplies_metadata_and_is_removed() -> None:
    raw = "---\npublished: 2017-07-30\nsource: Example Wire\nsource_kind: claim\n---\nBody text here."
    doc = document_from_text(raw)
    assert doc.text == "Body text here."
    assert doc.published == date(2017, 7, 30)
    assert doc.source == "Example Wire"
    assert doc.source_kind is SourceKind.CLAIM


def test_ingest_explicit_arguments_override_front_matter() -> None:
    doc = document_from_text("---\npublished: 2017-07-30\n---\nBody.", published="2018-01-02", source="X")
    assert doc.published == date(2018, 1, 2)
    assert doc.source == "X"


def test_ingest_text_without_front_matter_is_unchanged() -> None:
    meta, body = split_front_matter("--- not front matter\nbody")
    assert meta == {} and body == "--- not front matter\nbody"


def test_ingest_empty_document_is_an_input_error() -> None:
    with pytest.raises(EmptyDocument):
        document_from_text("  \n\t ")


def test_ingest_too_large_document_is_reported_not_raised() -> None:
    items = list(documents_from_bytes(b"x" * 100, "big.txt", ".txt", settings=Settings(max_bytes=10)))
    assert len(items) == 1 and isinstance(items[0], Failure)
    assert "larger than the limit" in items[0].message


def test_ingest_html_drops_scripts_styles_and_keeps_paragraphs() -> None:
    html = (
        "<html><head><title>Blast in Kabul</title><style>p{color:red}</style>"
        "<script>alert('x'); fetch('http://example.invalid')</script></head>"
        "<body><nav><a href='/'>Home</a></nav><p>A bomb exploded.</p><p>Two people died.</p>"
        "<iframe src='http://example.invalid'></iframe></body></html>"
    )
    text, title = html_to_text(html)
    assert title == "Blast in Kabul"
    assert "alert" not in text and "fetch" not in text and "color" not in text
    assert "A bomb exploded.\n\nTwo people died." in text
    assert "Home" not in text  # navigation is not article text


def test_ingest_jsonl_records_become_documents_and_bad_lines_failures() -> None:
    data = b'{"text": "First report.", "published": "2020-01-02", "source": "A"}\nnot json\n{"no_text": 1}\n'
    items = list(documents_from_bytes(data, "batch.jsonl", ".jsonl"))
    docs = [i for i in items if isinstance(i, Document)]
    fails = [i for i in items if isinstance(i, Failure)]
    assert [d.text for d in docs] == ["First report."]
    assert docs[0].published == date(2020, 1, 2) and docs[0].path == "batch.jsonl#1"
    assert len(fails) == 2


def test_ingest_directory_is_read_recursively_and_bad_files_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text("Report A.", encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("Report B.", encoding="utf-8")
    (tmp_path / "sub" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "sub" / "image.png").write_bytes(b"\x89PNG")
    items = list(iter_documents([tmp_path]))
    assert sorted(i.text for i in items if isinstance(i, Document)) == ["Report A.", "Report B."]
    assert [Path(i.path).name for i in items if isinstance(i, Failure)] == ["empty.txt"]


def test_ingest_invalid_published_date_is_an_input_error() -> None:
    with pytest.raises(InputError):
        document_from_text("text", published="not a date at all")


@settings(deadline=None)  # a property test, not a timing test (the suite shares 2 cores)
@given(st.binary(max_size=400))
def test_ingest_random_bytes_never_raise(data: bytes) -> None:
    for item in documents_from_bytes(data, "random.txt", ".txt"):
        assert isinstance(item, (Document, Failure))
        if isinstance(item, Document):
            assert item.content_hash == sha256_text(item.text)
