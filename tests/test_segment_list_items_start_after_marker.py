"""A list item's mention starts after its bullet or number, on every line of a document, not only
the first (the marker's pattern is anchored; segmentation matches it on the unit's own text)."""

from __future__ import annotations

import pytest

from sitrep.model import Document
from sitrep.segment import mentions, sections

LIST = (
    "Weekly security update\n\n"
    "Incidents\n"
    "{m1} On 3 May, gunmen killed two farmers near Damboa.\n"
    "{m2} On 5 May, an explosive device killed four soldiers near Geidam.\n"
)


@pytest.mark.parametrize("m1, m2", [("-", "-"), ("•", "•"), ("1.", "2."), ("(a)", "(b)")])
def test_every_list_item_mention_starts_at_its_text_not_its_marker(m1: str, m2: str) -> None:
    doc = Document(text=LIST.format(m1=m1, m2=m2))
    found = mentions(doc, sections(doc))
    assert [m.text[:8] for m in found] == ["On 3 May", "On 5 May"]
    assert all(doc.text[m.start : m.end] == m.text for m in found)
