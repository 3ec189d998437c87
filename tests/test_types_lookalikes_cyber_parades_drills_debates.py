"""Lookalikes in wire leads (docs/rules/event-types.md, "Lookalikes in wire leads"): attacks on computers, weapons
shown at a parade, live-fire exercises, attacks traded in a debate, a family killing and a suicide, a memorial whose
act is told in a relative clause, a football match, a film about a war and a plot foiled with no weapon named are no
political-violence events. Each is paired with the act
itself, which stays an event. Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize("text", [
    "Hackers attacked the websites of the election commission on Monday, knocking them offline for hours, officials said.",
    "The port said a cyber attack had crippled its booking systems since Friday.",
    "The army displayed new cruise missiles and drones at a military parade in the capital on Saturday, state media said.",
    "The navy held live-fire drills off the northern coast on Tuesday, firing missiles and artillery at floating targets.",
    "The two leading candidates traded attacks in a heated televised debate on Thursday night.",
    "A man shot dead his wife and two sons at their home on Sunday; he then turned the gun on himself, officers said.",
    "Thousands gathered on Friday to mark the anniversary of the 1995 massacre, in which more than 8,000 men and boys "
    "were killed by troops.",
    "Brazil's attack overwhelmed Argentina on Tuesday as they won the World Cup qualifier clash 3-0 in Rio.",
    # a film about a war, its scenes and its veterans in the audience
    "A documentary about the siege of the port premiered in the capital on Friday, with veterans of the fighting among "
    "the guests. Its battle scenes were filmed over six weeks.",
    # a team's attack against the opposition defence is no political cue
    "The visitors' attack pounded the opposition defence for an hour, but the match ended in a goalless draw.",
    # a plot foiled with no weapon named
    "Police said they had foiled a planned attack on a stadium after a tip-off; no one was hurt.",
])
def test_lookalikes_in_wire_leads_yield_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize("text", [
    "Gunmen attacked the offices of the election commission in Kano on Monday, killing a guard, police said.",
    "The army fired cruise missiles at rebel positions near Idlib on Saturday, killing 12 fighters, a monitor said.",
    "Artillery fired by the navy at rebel positions on the northern coast killed four fighters on Tuesday.",
    "Two rival militias traded attacks in the border district of Abyei on Sunday, leaving five people dead.",
    "Soldiers shot dead two farmers at a checkpoint near Mopti on Sunday, residents said.",
    # an attack foiled with a device defused stays a disrupted weapon; a foiled attack repelled in a fight, a clash
    "Police foiled a bomb attack on a market in Kano on Monday, defusing two devices, officials said.",
    "Police foiled a bomb plot in Jolo on Friday after finding a device in a bag left at the port, officials said.",
    # a show named beside a real act does not hide it
    "The drama series on state television was halted after gunmen attacked the studio in Kano on Monday, killing a guard.",
    "Soldiers foiled an attack by militants on their base near Mandera on Monday, killing four of the attackers.",
])
def test_the_act_itself_stays_an_event(text: str) -> None:
    assert sitrep.extract(text), text
