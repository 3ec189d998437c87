"""Golden whole-document tests: the bundled examples must keep producing the same records.

The golden files hold the fields a reviewer checks (dates, types, actors, place, counts, voice,
evidence span). After an intended change, regenerate them and review the diff:

    SITREP_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_examples.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sitrep.ingest import iter_documents
from sitrep.model import Document, Event
from sitrep.pipeline import process_document

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).parent / "golden" / "examples"
FIELDS = (
    "event_date", "event_date_end", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "inter1", "inter2", "country", "iso3", "admin1", "location", "geo_precision", "fatalities", "injured",
    "casualties", "captured", "source_kind", "claimed_by",
)  # fmt: skip
DOCS = [d for d in iter_documents([ROOT / "examples"]) if isinstance(d, Document)]


def golden_record(ev: Event) -> dict[str, object]:
    data = json.loads(ev.model_dump_json(include=set(FIELDS)))
    data["evidence"] = [ev.evidence.start, ev.evidence.end]
    return data


def golden_name(doc: Document) -> str:
    return Path(doc.path or "doc").name.replace("#", "-") + ".json"


@pytest.mark.parametrize("doc", DOCS, ids=[golden_name(d) for d in DOCS])
def test_golden_example_output_is_unchanged(doc: Document) -> None:
    got = [golden_record(e) for e in process_document(doc)]
    path = GOLDEN / golden_name(doc)
    if os.environ.get("SITREP_UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected


def test_golden_every_example_has_a_golden_file_and_events() -> None:
    names = {golden_name(d) for d in DOCS}
    assert names == {p.name for p in GOLDEN.glob("*.json")}
    assert all(json.loads((GOLDEN / n).read_text(encoding="utf-8")) for n in names)
