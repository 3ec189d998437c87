"""Look-alikes of an attack that tell none: missiles deployed or installed (an arms posture), missile
defence named by its abbreviation, a raid by immigration, tax or drug agents, a murder only planned
(docs/rules/event-types.md, "Steps", masks). Each yields no event; a strike or a raid on an armed party
still does. Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors import types as T


@pytest.mark.parametrize("text", [
    "Short-range missiles would be installed in the enclave to destroy those bases on short notice.",
    "But the ABM missiles are in the wrong place to intercept the bombers, officials said.",
    "The government plans to deploy nuclear-capable missiles near the border next year.",
    "Claims dismissed in Worthington immigration raid.",
    "Prosecutors said he planned to murder the official at home and film it.",
    "Iran has neither missiles capable of reaching the United States nor any warheads to put on them.",
    "Moscow thought the system was really intended to shoot down Russian missiles.",
])
def test_types_arms_posture_and_law_enforcement_are_masked(text: str) -> None:
    _, _, _, cues, value = T.analyse_text(text)
    assert cues.masked
    assert not value.is_event
    assert sitrep.extract(text) == []


@pytest.mark.parametrize("text", [
    "Rebels fired missiles at the port city on Monday, killing three dockworkers.",
    "Missiles struck an apartment block in the city on Tuesday, killing four residents.",
])
def test_types_a_missile_strike_stays_an_event(text: str) -> None:
    events = sitrep.extract(text)
    assert events, text
    assert events[0].event_type is not None and events[0].event_type.value == "Explosions/Remote violence"


def test_types_a_raid_on_an_armed_party_stays_an_event() -> None:
    events = sitrep.extract("Soldiers raided a militant hideout near the border on Monday, killing three fighters.")
    assert events and events[0].in_scope
