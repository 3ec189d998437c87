"""Segmentation: cumulative-figure blocks are no events; any ACLED event trigger opens an act."""

from __future__ import annotations

import sitrep

TALLY = """Flash update: Northern region

KEY FIGURES
- 27 killed
- 130 injured
- 45,000 displaced

On 3 May 2022, gunmen killed 3 people in Baidoa.
"""


def test_a_key_figures_block_yields_no_event():
    events = sitrep.extract(TALLY, published="2022-05-05")
    assert [e.fatalities for e in events] == [3]
    assert "Baidoa" in events[0].evidence.text


def test_a_dated_placed_item_under_a_tally_header_is_still_an_event():
    text = TALLY.replace("- 27 killed", "- Baidoa, 2 May: gunmen killed 27 people")
    events = sitrep.extract(text, published="2022-05-05")
    assert sorted(e.fatalities for e in events) == [3, 27]


def test_the_same_items_without_a_tally_header_are_read_as_before():
    text = TALLY.replace("KEY FIGURES", "Incidents")
    assert len(sitrep.extract(text, published="2022-05-05")) >= 1


def test_an_agreement_sentence_is_an_act_of_its_own():
    text = ("On 3 May 2022, gunmen killed 3 people in Baidoa. "
            "On 5 May 2022, clan elders and the regional administration signed a ceasefire agreement in Kismayo.")
    events = sitrep.extract(text, published="2022-05-06")
    subs = {e.sub_event_type for e in events}
    assert len(events) == 2, [(e.sub_event_type, e.evidence.text) for e in events]
    assert "Agreement" in subs
