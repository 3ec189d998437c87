"""Look-alikes of an act that tell none: a protest planned or called for, an earlier act told for context
("It comes a week after ..."), blame for acts named only in general (docs/rules/event-types.md, "Steps",
masks). Each look-alike yields no event; the real act beside it still does. Every sentence is written for
the project."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors import types as T
from sitrep.extractors.type_model import load_model


@pytest.mark.parametrize("text", [
    "Opposition parties are planning to launch street protest rallies from April 9 to demand the "
    "president's resignation.",
    "The union called for protests and a general strike next week over the new fuel prices.",
    "Student groups vowed to stage demonstrations if the fees are raised.",
    "It comes a week after 44 people were killed in an attack in the capital.",
    "The decision came days after a bombing killed nine people at a bus station.",
    "The group, which has been blamed for attacks in the region, denied any role.",
    # a past act named by its date, as a known event
    "He was regarded as the group's top computer expert before he was killed in an August 2015 drone strike.",
    "Two soldiers were killed in the 2016 attack on the base, the minister recalled.",
    "Sunday's rampage happened just weeks after a man killed 10 people in the state.",
])
def test_types_planned_protests_and_earlier_acts_are_masked(text: str) -> None:
    _, _, _, cues, value = T.analyse_text(text)
    assert cues.masked
    assert not value.is_event
    assert sitrep.extract(text) == []


@pytest.mark.parametrize(("text", "sub"), [
    ("Hundreds of opposition supporters staged a protest rally in the capital on Monday to demand the "
     "president's resignation.", "Peaceful protest"),
    ("Thousands of workers held a rally outside parliament on Friday, calling for higher wages.", "Peaceful protest"),
    ("Gunmen killed 44 people in an attack on a market in the capital on Saturday, police said.", "Attack"),
    ("Police arrested three men on Monday, days after a bombing killed nine people at a bus station.", "Arrests"),
    ("On 3 August 2015, a drone strike killed five militants in the valley, officials said.", "Air/drone strike"),
])
def test_types_the_real_act_beside_a_lookalike_stays_an_event(text: str, sub: str) -> None:
    events = sitrep.extract(text)
    assert events, text
    assert events[0].sub_event_type is not None and events[0].sub_event_type.value == sub


@pytest.mark.parametrize("text", [
    "Movement of forces: On 10 July 2025, regional police forces were deployed in a border town. The deployment "
    "comes days after the region assisted the security forces with weapons and ammunition.",
    "On 20 August 2025, regional forces took control over an area near the coast from an armed group. There "
    "were no clashes.",
])
def test_types_a_context_clause_or_a_negated_fight_leaves_a_note_to_the_model(text: str) -> None:
    # soft masks (mask:context, mask:negated) hide their words but do not mark the mention masked
    doc, m, actors, cues, _ = T.analyse_text(text)
    assert not cues.masked
    if load_model() is None:
        pytest.skip("no shipped type model")
    assert T.classify(doc, m, None, actors).is_event
