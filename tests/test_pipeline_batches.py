"""Documents go to worker processes in batches: the batches respect their limits, and results come
back in input order across batch boundaries, with failures and language flags in their place."""

from pathlib import Path

from sitrep.ingest import Failure, iter_documents
from sitrep.model import Document
from sitrep.pipeline import batches, process_many_parallel

FRENCH = ("Des hommes armés ont attaqué le village dans la nuit de lundi à mardi et ont tué trois "
          "personnes, selon les autorités locales qui ont annoncé une enquête sur cette attaque.")


def _doc(text: str) -> Document:
    return Document(text=text, source="s", path=f"{text[:8]}.txt")


def test_pipeline_batches_hold_at_most_max_docs_and_max_chars() -> None:
    items: list[object] = [_doc("x" * 40) for _ in range(7)]
    items.insert(3, Failure("bad.txt", "E100 bad.txt: empty"))
    got = list(batches(items, max_docs=3, max_chars=100))
    assert [x for b in got for x in b] == items  # nothing lost, nothing reordered
    for b in got:
        docs = [d for d in b if isinstance(d, Document)]
        assert 1 <= len(docs) <= 3
        assert sum(len(d.text) for d in docs) <= 100 or len(docs) == 1
    assert len(got) == 4  # 40 + 40 chars fit under 100, a third does not
    big = list(batches([_doc("y" * 500), _doc("z" * 10)], max_docs=3, max_chars=100))
    assert [len(b) for b in big] == [1, 1]  # a document over the limit travels alone


def test_pipeline_workers_keep_order_failures_and_languages_across_batches(tmp_path: Path) -> None:
    lines = []
    for i in range(9):
        lines.append(f"Gunmen shot dead {i + 2} farmers near Kunduz on Monday, police said.")
    (tmp_path / "a.txt").write_text(lines[0], encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_text(FRENCH, encoding="utf-8")
    for i, line in enumerate(lines[1:]):
        (tmp_path / f"d{i}.txt").write_text(line, encoding="utf-8")

    def run(workers: int) -> list[tuple[str, str, str | None, list[str]]]:
        out = []
        for item, evs in process_many_parallel(iter_documents([tmp_path]), workers=workers, max_docs=2):
            if isinstance(item, Failure):
                out.append(("Failure", Path(item.path).name, None, []))
            else:
                out.append(("Document", Path(item.path).name, item.language, [e.event_id for e in evs]))
        return out

    one, two = run(1), run(2)
    assert two == one
    assert [k for k, *_ in one].count("Failure") == 1
    assert ("Document", "c.txt", "fr", []) in one
    assert sum(len(e) for *_, e in one) >= 9
