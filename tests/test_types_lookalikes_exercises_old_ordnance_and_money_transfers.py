"""Lookalikes from press releases and local briefs: exercises of two kinds of arms ("live-fire artillery and air
exercises"), ordnance of a world war defused, and "a money transfer" shop robbed (the noun is no handover of ground).
Each beside the act it could be mistaken for; every sentence is written for the project (docs/rules/event-types.md,
"Genres beyond wire copy")."""

from __future__ import annotations

import pytest

import sitrep


def _subs(text: str) -> list[str]:
    return [e.sub_event_type.value for e in sitrep.extract(text, published="2024-03-01") if e.sub_event_type]


@pytest.mark.parametrize("text", [
    "The armed forces will conduct live-fire artillery and air exercises in the northern training area next week.",
    "Experts defused a 500-kilogram Second World War bomb found during construction work near the river on Sunday.",
    "Police defused a WWII-era grenade found in a garden on Monday.",
    "Four armed men entered a money transfer shop in the market quarter on Friday evening and took the cash box.",
])
def test_lookalike_yields_no_political_violence_event(text: str) -> None:
    assert _subs(text) == []


@pytest.mark.parametrize("text,sub", [
    ("Artillery shelled the outskirts of the town on Monday, killing three civilians.",
     "Shelling/artillery/missile attack"),
    ("Soldiers defused a roadside bomb planted by militants near the bridge on Sunday.", "Disrupted weapons use"),
    ("The army transferred control of the town to a local militia on Monday without a fight.",
     "Non-violent transfer of territory"),
])
def test_the_act_beside_the_lookalike_still_counts(text: str, sub: str) -> None:
    assert _subs(text)[:1] == [sub]
