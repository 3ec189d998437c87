"""A total told as such continues a section's one event (docs/rules/segmentation.md, 1, "the one
event's total"); with two events, a date or a later paragraph it stays an aggregate."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors.counts import extract_counts
from sitrep.model import Document
from sitrep.segment import mentions, sections


def _mentions(text: str):
    doc = Document(text=text)
    return doc, mentions(doc, sections(doc))


@pytest.mark.parametrize("total, killed, injured", [
    ("A total of 18 people were killed and 52 others injured in the blasts.", 18, 52),
    ("A total of three people were killed and dozens wounded.", 3, 12),
    ("12 people were injured in total in both attacks.", None, 12),
    # an anaphor re-telling the act with its total
    ("The bombing killed a total of eight people and injured seventy others.", 8, 70),
])
def test_total_of_the_one_event_is_its_toll(total: str, killed, injured) -> None:
    first = "A series of car bombs hit markets in Baghdad, Iraq, on Monday."
    doc, ms = _mentions(f"{first} {total}")
    assert len(ms) == 1
    assert total in ms[0].text
    c = extract_counts(doc, ms[0])
    assert (c.killed.best, c.injured.best) == (killed, injured)


@pytest.mark.parametrize("text", [
    # two events: whose total would it be?
    "Gunmen killed two guards in Gao on Monday. A bomb killed three soldiers in Menaka on Tuesday. "
    "A total of 5 people were killed.",
    # a period of its own
    "Gunmen killed two guards in Gao on Monday. A total of 40 people were killed in the region this year.",
    # a later paragraph
    "Gunmen killed two guards in Gao on Monday.\n\nA total of 40 people were killed.",
])
def test_total_stays_an_aggregate_otherwise(text: str) -> None:
    _, ms = _mentions(text)
    assert not any("total of" in m.text for m in ms)


def test_total_sentence_keeps_its_claim_in_the_event() -> None:
    ev = sitrep.extract("A suicide bomber detonated his explosives next to a bus carrying troops in Kabul, killing "
                        "two soldiers. A total of 22 people were injured in the attack which was claimed by the "
                        "Taliban.", published="2010-06-01")[0]
    assert (ev.actor1, ev.injured) == ("Taliban", 22)
