"""The batch pipeline gives the same events on several processes, in order, and survives errors."""

from pathlib import Path

from sitrep.ingest import iter_documents
from sitrep.model import Document
from sitrep.pipeline import process_many_parallel

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _run(workers: int) -> list[tuple[str, list[str]]]:
    out = []
    for item, evs in process_many_parallel(iter_documents([EXAMPLES]), workers=workers):
        assert isinstance(item, Document)
        out.append((item.doc_id, [e.event_id for e in evs]))
    return out


def test_pipeline_two_workers_match_one_worker_in_order() -> None:
    assert _run(2) == _run(1)


def test_pipeline_failures_pass_through_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Gunmen shot dead two farmers near Kunduz on Monday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    kinds = [type(item).__name__ for item, _ in process_many_parallel(iter_documents([tmp_path]), workers=2)]
    assert kinds == ["Document", "Failure"]
