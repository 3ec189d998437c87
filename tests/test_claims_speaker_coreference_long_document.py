"""Speaker coreference ("the group said") finds the last group named before the speaker by reading
back in widening windows; it must name the same group as a scan of the document from its start,
however far back that group is named, and cost no whole-document scan per speaker."""

from __future__ import annotations

import pytest

from sitrep.extractors.actors import annotation_for, find_actor_phrases
from sitrep.extractors.claims import _last_group_before
from sitrep.ingest import document_from_text

FILLER = "Traders in the market said prices of flour and fuel had risen again over the past week. "


def _full_scan(doc, before):
    last = None
    for p in find_actor_phrases(doc, 0, before, None):
        if p.kind == "group":
            last = p
    return last


@pytest.mark.parametrize("gap", [0, 5, 40, 300, 2000])
def test_last_group_before_matches_a_scan_from_the_start(gap):
    text = ("Al-Shabaab fighters attacked a base near Kismayo. " + FILLER * 3
            + "Boko Haram gunmen raided a village. " + FILLER * gap + "The group said it ")
    doc = document_from_text(text, published="2024-01-15")
    before = len(doc.text) - len("The group said it ")
    got, want = _last_group_before(doc, annotation_for(doc), before, None), _full_scan(doc, before)
    assert want is not None
    assert got is not None and (got.start, got.end, got.name) == (want.start, want.end, want.name)
    assert "Boko Haram" in got.name


def test_no_group_named_before_gives_none():
    doc = document_from_text(FILLER * 500 + "The group said it ", published="2024-01-15")
    assert _last_group_before(doc, annotation_for(doc), len(doc.text) - 18, None) is None
