"""Counts over a mention whose spans are parts of one sentence (sitrep.extractors.counts)."""

from __future__ import annotations

import pytest

from sitrep.extractors.counts import extract_counts
from sitrep.model import Document, Evidence, Mention


def mention(text: str, pieces: list[str]) -> tuple[Document, Mention]:
    spans = []
    pos = 0
    for p in pieces:
        a = text.index(p, pos)
        spans.append(Evidence.of(text, a, a + len(p)))
        pos = a + len(p)
    own = spans[-1]
    return Document(text=text), Mention(start=own.start, end=own.end, text=own.text, spans=spans)


@pytest.mark.parametrize(
    "text, pieces, killed",
    [
        (
            "In separate attacks on Monday, gunmen killed two farmers in Gwoza and a teacher in Bama.",
            ["In separate attacks on Monday, gunmen killed", "a teacher in Bama."],
            1,
        ),
        (
            "In separate raids, militants shot dead four traders near Kidal and three herders near Gao.",
            ["In separate raids, militants shot dead", "three herders near Gao."],
            3,
        ),
        # spans from two sentences are never joined
        ("Gunmen killed. Two farmers were seen in Gwoza.", ["Gunmen killed.", "Two farmers were seen in Gwoza."], None),
    ],
)
def test_counts_split_spans_read_as_one_sentence(text: str, pieces: list[str], killed: int | None) -> None:
    doc, m = mention(text, pieces)
    got = extract_counts(doc, m)
    value = got.killed.best if got.killed is not None else None
    assert value == killed
