"""Segmentation opens a mention for an act at a funeral (the funeral is the act's site, not the
non-act it is alone) and for the verb forms of reference tables ("beheads", "is gunned down",
"hijacks", "buried ... alive"); a funeral alone still tells no act (docs/rules/segmentation.md, 3).
Every text is written for the project."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize("text", [
    "A car bomb exploded near a funeral tent in the market district of the city, killing four people.",
    "At least seven people were killed after a suicide bomber blew himself up at a policeman's funeral in the town.",
    "A militant beheads a militiaman near the airport of the provincial capital.",
    "A local councillor was gunned down by militants in the northern district.",
    "Militants buried 45 men alive near the village of the northern province.",
    "Three men hijack a passenger plane on its way to the capital and demand the release of prisoners.",
])
def test_segment_acts_at_funerals_and_table_verbs_open_a_mention(text: str) -> None:
    assert sitrep.extract(text, published="2016-05-02"), text


@pytest.mark.parametrize("text", [
    "The funeral of the three victims was held in the town on Sunday.",
    "Thousands of mourners attended the funeral of the killed councillor on Monday.",
])
def test_segment_a_funeral_alone_opens_no_mention(text: str) -> None:
    assert sitrep.extract(text, published="2016-05-02") == [], text
