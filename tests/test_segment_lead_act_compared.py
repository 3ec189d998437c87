"""The first act of a section, compared with older acts or told with its own total, opens its event
(docs/rules/segmentation.md, 1.3); a tally over a period, or the same phrases after the section's
first event, are still read as aggregates and background."""

from __future__ import annotations

import pytest

from sitrep.model import Document
from sitrep.segment import mentions, sections


def _mentions(text: str):
    doc = Document(text=text)
    return mentions(doc, sections(doc))


@pytest.mark.parametrize("text", [
    "A suicide bomb and gun assault on a government building in central Kabul killed at least 28 people, "
    "in the most deadly single attack in the Afghan capital since 2011.",
    "In the first suicide bombing since the start of the war, a bomber detonated himself outside a cafe "
    "in Netanya, wounding nearly 40 people.",
    "A grenade explosion at a market in Kigali killed 2 and injured at least 16 in the latest in a string "
    "of similar attacks.",
    "The army launched a mortar at a market, similar to an attack they launched the previous year.",
    "The group executes the union leader, whom it had held hostage since February.",
    "Three suicide bombers attacked two mosques, killing at least 22 people in total.",
    "A bomb exploded at a graveyard while a group of women were visiting the grave of a relative who was "
    "killed last year.",
    "An Egyptian judge who tried the former president in 2015 survived an assassination attempt on Friday "
    "when a parked car exploded as his vehicle drove by.",
])
def test_lead_act_compared_or_totalled_opens_its_event(text: str) -> None:
    ms = _mentions(text)
    assert len(ms) == 1
    assert not ms[0].background
    assert ms[0].text == text


@pytest.mark.parametrize("text", [
    # a tally over a period is an aggregate, even as the first sentence
    "Gunmen have killed a total of 200 people in the region since January.",
    # a comparison does not excuse a second aggregate cue
    "Attacks killed 40 people in the past two weeks, the deadliest spell since 2011.",
    # without its relative clause the sentence tells no act: an older act, background
    "A man who killed three people in 2015 was sentenced on Monday.",
])
def test_tally_over_a_period_stays_an_aggregate(text: str) -> None:
    assert _mentions(text) == []


def test_comparison_after_the_first_event_is_not_a_new_event() -> None:
    text = ("A car bomb killed 12 people at a market in Hilla on Monday. "
            "The blast was the deadliest in the province since March 3, when a roadside bomb struck a bus "
            "in Khalis, killing four passengers.")
    ms = [m for m in _mentions(text) if not m.background]
    assert len(ms) == 1
    assert "Khalis" not in ms[0].text


def test_comparison_phrase_is_left_out_of_the_mention_pieces() -> None:
    text = ("Artillery shells slammed into the main market of El Fasher on Sunday, killing 14 people, in one of "
            "the deadliest single incidents since fighting reached the city.")
    ms = _mentions(text)
    assert len(ms) == 1
    pieces = " ".join(s.text for s in ms[0].spans)
    assert "killing 14 people" in pieces
    assert "fighting" not in pieces


def test_calendar_day_after_a_weekday_lead_opens_its_own_event() -> None:
    text = ("Artillery shells hit the main market of El Fasher on Sunday, killing 14 people.\n\n"
            "El Fasher is the last city in the region not held by the rebels. On May 26, an air strike on the "
            "weekly market in Kutum killed at least 11 civilians.")
    ms = [m for m in _mentions(text) if not m.background]
    assert len(ms) == 2
    assert ms[1].text.startswith("On May 26")


def test_casualties_in_the_attack_at_a_new_place_continue_the_event() -> None:
    text = ("The death toll in a suicide bombing in Iraq's eastern province of Diyala rose to 24. A further 55 "
            "people were wounded in the attack at a funeral for a militia fighter in Muqdadiya.")
    ms = [m for m in _mentions(text) if not m.background]
    assert len(ms) == 1
    assert "Muqdadiya" in ms[0].text


def test_a_new_act_at_a_new_place_still_opens_an_event() -> None:
    text = ("Gunmen killed three guards at a checkpoint in Gao on Monday. Five people were wounded in the attack "
            "when another group raided a market in Menaka.")
    assert len([m for m in _mentions(text) if not m.background]) == 2
