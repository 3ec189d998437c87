"""A .jsonl file is JSON Lines whatever its first line holds: one bad line is one failure and the
other records are read (a first line like ``[1, 2]`` once made the whole file one invalid JSON)."""

from __future__ import annotations

import json

from sitrep.ingest import Failure, documents_from_bytes
from sitrep.model import Document

GOOD = json.dumps({"text": "On 2 May 2022 gunmen killed 3 people in Baidoa."})


def _read(data: str, suffix: str) -> tuple[list[Document], list[Failure]]:
    out = list(documents_from_bytes(data.encode(), f"batch{suffix}", suffix))
    return [d for d in out if isinstance(d, Document)], [f for f in out if isinstance(f, Failure)]


def test_ingest_jsonl_first_line_a_list_fails_alone() -> None:
    docs, fails = _read("\n".join(["[1, 2]", GOOD, GOOD]), ".jsonl")
    assert len(docs) == 2
    assert [f.path for f in fails] == ["batch.jsonl#1"]


def test_ingest_jsonl_first_line_broken_object_fails_alone() -> None:
    docs, fails = _read("\n".join(['{"text": "x"', GOOD]), ".ndjson")
    assert len(docs) == 1 and [f.path for f in fails] == ["batch.ndjson#1"]


def test_ingest_jsonl_holding_one_json_array_is_still_read() -> None:
    docs, fails = _read("[\n" + GOOD + ",\n" + GOOD + "\n]", ".jsonl")
    assert len(docs) == 2 and not fails


def test_ingest_json_file_with_a_syntax_error_is_one_failure() -> None:
    docs, fails = _read("[\n" + GOOD + ",\n" + GOOD + "\n", ".json")
    assert not docs and len(fails) == 1 and "invalid JSON" in fails[0].message
