"""Every evidence span of every extractor points at the text it quotes (doc.text[start:end])."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.ingest import iter_documents
from sitrep.model import Document
from sitrep.pipeline import process_document

ROOT = Path(__file__).resolve().parents[1]
DOCS = [d for d in iter_documents([ROOT / "examples", ROOT / "benchmarks" / "gold" / "docs"]) if isinstance(d, Document)]


@pytest.mark.parametrize("doc", DOCS, ids=[Path(d.path or "").name for d in DOCS])
def test_invariants_every_evidence_span_matches_document_text(doc: Document) -> None:
    for ev in process_document(doc):
        spans = [ev.evidence] + [s for spans in ev.field_evidence.values() for s in spans]
        spans += [r.evidence for r in (*ev.perpetrators, *ev.targets, *ev.victims, *ev.weapons)]
        for s in spans:
            assert doc.text[s.start : s.end] == s.text
        assert ev.doc_id == doc.doc_id
