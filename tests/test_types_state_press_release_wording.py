"""Press releases and statements in a state's or a group's own voice: an air force's "air interdiction" and
"battle damage assessment", "safely detonated" a device found, an "unauthorised gathering" dispersed, a
"redeployment from" a camp, a driver who "detonated" the "vehicle laden with explosives" he drove, a
"unilateral cessation of offensive operations", "detained persons" exchanged. Each beside the ordinary act it
could be taken for; every sentence is written for the project (docs/rules/event-types.md, "Genres beyond wire
copy")."""

from __future__ import annotations

import pytest

import sitrep


def _first_sub(text: str) -> str | None:
    ev = sitrep.extract(text, published="2024-03-01")
    return ev[0].sub_event_type.value if ev and ev[0].sub_event_type else None


@pytest.mark.parametrize("text,sub", [
    ("The Air Component conducted precision air interdiction on a logistics hub near the lake on Saturday. Battle "
     "damage assessment confirmed the destruction of structures.", "Air/drone strike"),
    ("Troops on patrol discovered and safely detonated an improvised explosive device planted near a culvert on the "
     "main road on Sunday.", "Disrupted weapons use"),
    ("An unauthorised gathering took place today in the main square. Officers dispersed the participants and "
     "twenty-three individuals were taken into custody.", "Protest with intervention"),
    ("Units of the national army completed their redeployment from the camp at Tarkint to Bourem on Monday; the camp "
     "is now under the responsibility of allied local forces.", "Non-violent transfer of territory"),
    ("A man driving a vehicle laden with explosives detonated it against the wall of the district compound this "
     "morning, killing two guards.", "Suicide bomb"),
    ("The movement's leadership announces a unilateral cessation of offensive operations for 15 days.",
     "Change to group/activity"),
    ("The army and the rebels exchanged dozens of detained persons at the parish on Monday.", "Agreement"),
])
def test_press_release_wording_is_read(text: str, sub: str) -> None:
    assert _first_sub(text) == sub


@pytest.mark.parametrize("text,sub", [
    ("A fierce battle raged for hours near the town on Saturday, killing six fighters.", "Armed clash"),
    ("Troops detonated a bomb under a bridge near the town on Sunday, killing two fighters.",
     "Remote explosive/landmine/IED"),
    ("Rebels and soldiers clashed for hours near the town on Monday, and four soldiers were killed.", "Armed clash"),
    ("The army and the rebels exchanged fire at the parish on Monday.", "Armed clash"),
])
def test_the_ordinary_act_beside_it_is_unchanged(text: str, sub: str) -> None:
    assert _first_sub(text) == sub


@pytest.mark.parametrize("text", [
    "Police arrested the organiser of Sunday's march at his home on Monday; he was charged with holding an "
    "unauthorised gathering.",
    "Security forces arrested four student leaders on Wednesday, accusing them of organising unauthorised gatherings.",
])
def test_unlawful_assembly_named_as_a_charge_leaves_an_arrest(text: str) -> None:
    assert _first_sub(text) == "Arrests"


def test_a_gathering_alone_is_no_protest() -> None:
    assert _first_sub("A family gathering took place today in the main square to celebrate a wedding.") is None
