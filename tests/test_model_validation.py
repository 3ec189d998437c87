from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from sitrep.model import (
    SUB_EVENT_PARENT,
    Document,
    EventType,
    Evidence,
    SubEventType,
    interaction_code,
    document_id,
    sha256_text,
)

from .conftest import make_event


def test_model_has_25_sub_event_types_in_6_event_types() -> None:
    assert len(SubEventType) == 25
    assert set(SUB_EVENT_PARENT.values()) == set(EventType)
    assert set(SUB_EVENT_PARENT) == set(SubEventType)


def test_model_document_id_hashes_origin_and_content_hash() -> None:
    doc = Document(text="abc")
    assert doc.content_hash == sha256_text("abc")
    assert doc.doc_id == document_id("|", sha256_text("abc"))
    a = Document(text="abc", source="Wire A", origin="/data/a.txt")
    b = Document(text="abc", source="Wire B", origin="/data/b.txt")
    assert a.content_hash == b.content_hash and a.doc_id != b.doc_id


def test_model_evidence_rejects_text_that_does_not_fit_span() -> None:
    with pytest.raises(ValidationError):
        Evidence(start=0, end=3, text="ab")


def test_model_evidence_of_slices_document_text() -> None:
    ev = Evidence.of("hello world", 6, 11)
    assert ev.text == "world"


def test_model_event_rejects_sub_event_of_another_type(doc: Document) -> None:
    with pytest.raises(ValidationError):
        make_event(doc, 0, 5, event_type=EventType.BATTLES, sub_event_type=SubEventType.SUICIDE_BOMB)


def test_model_event_rejects_end_date_before_start(doc: Document) -> None:
    with pytest.raises(ValidationError):
        make_event(doc, 0, 5, event_date=date(2017, 7, 29), event_date_end=date(2017, 7, 28))


def test_model_event_rejects_unordered_count_range(doc: Document) -> None:
    with pytest.raises(ValidationError):
        make_event(doc, 0, 5, fatalities=5, fatalities_low=7)


def test_model_event_rejects_claimed_by_on_a_report(doc: Document) -> None:
    with pytest.raises(ValidationError):
        make_event(doc, 0, 5, claimed_by="Taliban")


@pytest.mark.parametrize(
    ("a", "b", "code"), [(1, 2, "12"), (2, 1, "12"), (3, 7, "37"), (8, None, "80"), (None, None, None)]
)
def test_model_interaction_code_orders_actor_types(a: int | None, b: int | None, code: str | None) -> None:
    assert interaction_code(a, b) == code
