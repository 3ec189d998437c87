"""Line-break robustness: every gold document with its lines joined into one paragraph scores within 0.02.

Text pasted from a PDF or a web page loses its line breaks: headers and list items then run
inline between sentences (docs/rules/segmentation.md, "Lost line breaks"). For each gold set
(dev gold, held-out, claim bulletins) this test joins every document's lines into one paragraph
(each run of white space holding a newline becomes one space; the gold evidence is moved with
it), runs the pipeline on both forms and checks that event F1 and every field's accuracy drop by
at most 0.02 (or one event's worth on a small field: design.md, "Small sets").

Exempt, and listed here: documents where one line is one event (tables, live feeds, dated logs),
whose line breaks are the only thing that separates their events.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.evaluate import GoldDoc, GoldSet, evaluate, load_gold
from sitrep.ingest import Failure, iter_documents
from sitrep.model import Document
from sitrep.pipeline import process_document

ROOT = Path(__file__).resolve().parents[1] / "benchmarks"
SETS = ["gold", "heldout", "bulletins"]

#: one line is one event: tables, live feeds and dated logs (design.md, "Small sets")
EXEMPT = {
    "gold": {
        "docs/047-central-sahel-lake-chad-weekly.txt",  # "17/03 - Lac, Bol: ..." one dated line per event
        "docs/055-al-shabaab-claims-log-gedo-galmudug.txt",  # "07 Mar | Baardheere, Gedo | ..." a table
    },
    "heldout": set(),
    "bulletins": set(),
}

_BREAK = re.compile(r"[ \t]*\n\s*")


def join_lines(text: str) -> tuple[str, list[int]]:
    """``text`` as one paragraph, and the new offset of every old offset (len(text) + 1 entries)."""
    out: list[str] = []
    where = [0] * (len(text) + 1)
    pos = 0
    n = 0
    for m in _BREAK.finditer(text):
        for i in range(pos, m.start()):
            where[i] = n
            n += 1
        out.append(text[pos:m.start()])
        for i in range(m.start(), m.end()):
            where[i] = n
        if m.start() > 0 and m.end() < len(text):
            out.append(" ")
            n += 1
        pos = m.end()
    for i in range(pos, len(text)):
        where[i] = n
        n += 1
    out.append(text[pos:])
    where[len(text)] = n
    return "".join(out), where


def _documents(root: Path, gold: GoldSet) -> dict[str, Document]:
    """The gold set's documents read through ingest, under the gold's own doc_id (matched by path)."""
    by_path = {g.path: doc_id for doc_id, g in gold.docs.items()}
    docs = {}
    for g_path, doc_id in by_path.items():
        [d] = list(iter_documents([root / g_path]))
        assert not isinstance(d, Failure), d
        docs[doc_id] = d.model_copy(update={"doc_id": doc_id})
    return docs


def _score(gold: GoldSet, docs: dict[str, Document]):  # noqa: ANN202
    preds = [e.model_dump(mode="json") for d in docs.values() for e in process_document(d)]
    return evaluate(gold, preds)


def _without(gold: GoldSet, exempt: set[str]) -> GoldSet:
    keep = {k: v for k, v in gold.docs.items() if v.path not in exempt}
    return GoldSet(events=[e for e in gold.events if e["doc_id"] in keep], docs=keep)


def _joined(gold: GoldSet, docs: dict[str, Document]) -> tuple[GoldSet, dict[str, Document]]:
    new_docs: dict[str, GoldDoc] = {}
    new_text: dict[str, Document] = {}
    maps = {}
    for doc_id, g in gold.docs.items():
        text, where = join_lines(g.text)
        maps[doc_id] = (text, where)
        new_docs[doc_id] = GoldDoc(doc_id=doc_id, path=g.path, text=text)
        new_text[doc_id] = docs[doc_id].model_copy(update={"text": text})
    events = []
    for e in gold.events:
        text, where = maps[e["doc_id"]]
        s, t = where[e["evidence"]["start"]], where[e["evidence"]["end"]]
        events.append({**e, "evidence": {"start": s, "end": t, "text": text[s:t]}})
    return GoldSet(events=events, docs=new_docs), new_text


def test_segment_join_lines_moves_offsets_with_the_text():
    text = "Title\n\nSinai\nOn 3 May, gunmen attacked.\n  Next line."
    joined, where = join_lines(text)
    assert joined == "Title Sinai On 3 May, gunmen attacked. Next line."
    i = text.index("gunmen")
    assert joined[where[i]:where[i] + 6] == "gunmen"


@pytest.mark.parametrize("name", SETS)
def test_segment_lost_line_breaks_cost_at_most_002_per_set(name):
    root = ROOT / name
    if not (root / "docs").is_dir():
        pytest.skip(f"benchmarks/{name} is not in this checkout")
    gold = _without(load_gold(root), EXEMPT[name])
    docs = _documents(root, gold)
    before = _score(gold, docs)
    j_gold, j_docs = _joined(gold, docs)
    after = _score(j_gold, j_docs)
    drops = []
    if after.f1 < before.f1 - 0.02:
        drops.append(f"event F1 {before.f1:.4f} -> {after.f1:.4f}")
    b_acc, a_acc = before.field_accuracy(), after.field_accuracy()
    small = before.n_gold < 100  # design.md, "Small sets": one event's worth of change is allowed
    for field, acc in b_acc.items():
        total = before.fields[field].total
        allowed = max(0.02, 1.0 / total + 1e-9) if small and total else 0.02
        got = a_acc.get(field)
        if acc is not None and got is not None and got < acc - allowed:
            drops.append(f"{field} {acc:.4f} -> {got:.4f}")
    assert not drops, f"benchmarks/{name} with lines joined: " + "; ".join(drops)
