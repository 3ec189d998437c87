"""Wordings of genres beyond wire copy: police-statement and Nigerian English ("whisked away", "gun duel"),
translated copy ("violated several women", "detonated himself"), eyewitness posts ("a drone just hit a car"),
NGO incident lines (a mobile mast destroyed, a road blocked to press a demand), and accidents told in the
same words as attacks (a truck overturned, a quarry's blasting charge). Each wording with a near miss; every
sentence is written for the project (docs/rules/event-types.md, "Genres beyond wire copy")."""

from __future__ import annotations

import pytest

import sitrep

from .type_helpers import rules_sub


#: (wording that fires, its sub-type, a near miss, the near miss's sub-type or None)
PAIRS = {
    "whisked away": (
        "Armed men stormed a school in Ekiti on Friday and whisked away a teacher and two pupils, police said.",
        "Abduction/forced disappearance",
        "The minister was whisked to the airport in a convoy on Friday after the ceremony in Ekiti.",
        None),
    "violated, a calque of French 'violer'": (
        "Soldiers entered the houses at night and violated several women, the women of the village told the commission.",
        "Sexual violence",
        "The new curfew violated the rights of traders, the women of the market told the commission.",
        None),
    "gun duel": (
        "Troops engaged bandits near the border on Sunday and after a fierce gun duel the group fled.",
        "Armed clash",
        "Troops patrolled near the border on Sunday and the group fled before they arrived.",
        None),
    "detonated himself": (
        "A man wearing an explosive belt detonated himself inside a mosque in Mosul during Friday prayers.",
        "Suicide bomb",
        "A bomb planted inside a mosque in Mosul was detonated during Friday prayers.",
        "Remote explosive/landmine/IED"),
    "a drone just hit": (
        "A drone just hit a car on the road near Sarmada, two men inside are dead.",
        "Air/drone strike",
        "A drone just flew over the road near Sarmada, everyone is inside.",
        None),
    "a mobile mast destroyed": (
        "Militants destroyed the mobile mast on the hill above the town overnight, residents said.",
        "Looting/property destruction",
        "Engineers replaced the mobile mast on the hill above the town overnight, residents said.",
        None),
    "a road blocked to press a demand": (
        "Hundreds of farmers blocked a highway with tractors on Wednesday to demand guaranteed crop prices.",
        "Peaceful protest",
        "A landslide blocked a highway on Wednesday and farmers waited for hours with their tractors.",
        None),
}


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_genre_wording_fires_and_its_near_miss_does_not(case: str) -> None:
    fires, sub, near, near_sub = PAIRS[case]
    assert rules_sub(fires) == sub
    assert rules_sub(near) == near_sub


@pytest.mark.parametrize("text", [
    "Eleven soldiers were killed when their truck overturned on the northern road after a tyre burst, the army said.",
    "Two workers were killed at a limestone quarry when a blasting charge went off early, a mines official said.",
    "At least 31 people were killed when an overturned fuel tanker exploded as villagers gathered to collect petrol.",
    "Six workers were killed in an explosion at a fireworks workshop on Tuesday, police said.",
])
def test_accident_told_in_attack_words_yields_no_event(text: str) -> None:
    assert sitrep.extract(text, published="2024-03-01") == []


def test_attack_on_a_truck_is_still_an_event() -> None:
    ev = sitrep.extract("Gunmen ambushed a truck on the northern road on Monday and set it on fire, killing eleven "
                        "passengers.", published="2024-03-01")
    assert ev and ev[0].in_scope
