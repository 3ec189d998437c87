"""Golden segmentation documents: expected headers and event mentions (tests/golden/segment/).

Each ``NAME.txt`` has a ``NAME.json`` beside it:
``headers`` (texts of the section headers, in order), ``mentions`` (each ``from``/``to`` are
exact substrings where the event's text begins and ends; ``background`` its flag), and
``outside`` (substrings that no mention may cover: aggregates, announcements, comments).

Run ``python -m tests.test_segment_golden`` to print the event-level span-overlap F1.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sitrep.model import Document, Mention
from sitrep.segment import mentions, sections

GOLDEN = Path(__file__).parent / "golden" / "segment"
NAMES = sorted(p.stem for p in GOLDEN.glob("*.txt"))


def load(name: str) -> tuple[Document, dict]:
    text = (GOLDEN / f"{name}.txt").read_text(encoding="utf-8")
    spec = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    return Document(text=text), spec


def gold_spans(text: str, spec: dict) -> list[tuple[int, int, bool]]:
    out = []
    for m in spec["mentions"]:
        start = text.index(m["from"])
        end = text.index(m["to"], start) + len(m["to"])
        out.append((start, end, bool(m.get("background", False))))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def jaccard(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = overlap(a, b)
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def match(
    pred: list[tuple[int, int]], gold: list[tuple[int, int]], threshold: float
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by Jaccard overlap; pairs (pred index, gold index)."""
    cands = sorted(
        ((jaccard(p, g), i, j) for i, p in enumerate(pred) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for score, i, j in cands:
        if score <= threshold or i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        pairs.append((i, j))
    return pairs


def segment(doc: Document) -> list[Mention]:
    return mentions(doc, sections(doc))


@pytest.mark.parametrize("name", NAMES)
def test_segment_golden_headers(name: str) -> None:
    doc, spec = load(name)
    got = [s.header.text for s in sections(doc) if s.header is not None]
    assert got == spec["headers"]


@pytest.mark.parametrize("name", NAMES)
def test_segment_golden_mentions_match_spans(name: str) -> None:
    doc, spec = load(name)
    gold = gold_spans(doc.text, spec)
    got = segment(doc)
    pred = [(m.start, m.end) for m in got]
    assert len(got) == len(gold), [m.text for m in got]
    pairs = match(pred, [(s, e) for s, e, _ in gold], threshold=0.8)
    assert len(pairs) == len(gold), [m.text for m in got]
    for i, j in pairs:
        assert got[i].background == gold[j][2], got[i].text


@pytest.mark.parametrize("name", NAMES)
def test_segment_golden_outside_text_not_in_any_event(name: str) -> None:
    doc, spec = load(name)
    got = segment(doc)
    for phrase in spec.get("outside", []):
        at = doc.text.index(phrase)
        span = (at, at + len(phrase))
        for m in got:
            for ev in m.spans:
                assert overlap((ev.start, ev.end), span) == 0, (phrase, m.text)


@pytest.mark.parametrize("name", NAMES)
def test_segment_golden_evidence_offsets_hold(name: str) -> None:
    doc, _ = load(name)
    for m in segment(doc):
        assert doc.text[m.start : m.end] == m.text
        assert m.spans and m.spans[-1].end == m.end
        own = [ev for ev in m.spans if ev.start >= m.start]
        assert own and own[0].start == m.start
        # a later event of a split sentence carries the sentence's shared head before its start
        heads = [ev for ev in m.spans if ev.start < m.start]
        assert not heads or (m.cue or "").startswith("split-")
        assert all(ev.end <= m.start for ev in heads)
        for ev in m.spans:
            assert doc.text[ev.start : ev.end] == ev.text


def scores(threshold: float) -> tuple[int, int, int]:
    tp = n_pred = n_gold = 0
    for name in NAMES:
        doc, spec = load(name)
        gold = [(s, e) for s, e, _ in gold_spans(doc.text, spec)]
        pred = [(m.start, m.end) for m in segment(doc)]
        tp += len(match(pred, gold, threshold))
        n_pred += len(pred)
        n_gold += len(gold)
    return tp, n_pred, n_gold


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def test_segment_golden_f1_at_least_090() -> None:
    p, r, f = f1(*scores(0.5))
    assert f >= 0.9, (p, r, f)


if __name__ == "__main__":
    for label, thr in (("any overlap", 0.0), ("Jaccard>0.5", 0.5), ("Jaccard>0.8", 0.8)):
        tp, n_pred, n_gold = scores(thr)
        p, r, f = f1(tp, n_pred, n_gold)
        print(f"{label:12s} docs={len(NAMES)} gold={n_gold} pred={n_pred} tp={tp} P={p:.3f} R={r:.3f} F1={f:.3f}")
