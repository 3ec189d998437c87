"""Shared by the count tests: the counts that one whole text, read as one mention, yields."""

from __future__ import annotations

from sitrep.extractors.counts import extract_counts
from sitrep.model import CountsValue, Document, Mention


def counts(text: str) -> CountsValue:
    """``extract_counts`` on ``text`` as one document holding one mention that spans all of it."""
    return extract_counts(Document(text=text), Mention(start=0, end=len(text), text=text))
