"""A crowd's road-blocking and stone-throwing are a violent demonstration (ACLED's codebook: demonstrators
who block roads with barricades or burning material, throw stones or fight the police riot), while the
police's barricades, people who barricade themselves in, a bonfire at a feast and a march that only blocks
traffic are no riot (docs/rules/event-types.md, the riot row of the rules table). Every sentence is written
for the project."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T

from .type_helpers import rules_sub


#: (wording that fires, its sub-type, a near miss, the near miss's sub-type)
PAIRS = {
    "a road barricaded by protesters": (
        "Traders barricaded the main road into the town on Monday to protest against new market fees.",
        "Violent demonstration",
        "Traders marched along the main road into the town on Monday to protest against new market fees.",
        "Peaceful protest"),
    "barricades set on fire": (
        "Villagers protested outside the district office behind burning barricades on Friday.",
        "Violent demonstration",
        "Police put up barricades outside the district office before villagers protested there on Friday.",
        "Peaceful protest"),
    "the police's barricades are not the crowd's": (
        "Students protesting against fee increases barricaded the highway near the campus on Tuesday.",
        "Violent demonstration",
        "Police barricaded the highway near the campus on Tuesday as students protested against fee increases.",
        "Peaceful protest"),
    "bonfires lit by demonstrators": (
        "Demonstrators lit bonfires at the junction and chanted against the governor on Wednesday.",
        "Violent demonstration",
        "Demonstrators gathered at the junction and chanted against the governor on Wednesday.", "Peaceful protest"),
    "fires lit on a road": (
        "Motorcycle taxi riders protesting against police harassment lit fires on the road to the airport.",
        "Violent demonstration",
        "Motorcycle taxi riders protesting against police harassment rode slowly along the road to the airport.",
        "Peaceful protest"),
    "tyres lit and a road blocked with burning material": (
        "Hundreds of traders lit tyres and blocked the market road with burning material on Friday.",
        "Violent demonstration",
        "Hundreds of traders protested and blocked the market road with their carts on Friday.", "Peaceful protest"),
    "stones thrown at passing vehicles": (
        "Striking workers stoned passing vehicles outside the factory on Thursday.", "Violent demonstration",
        "Striking workers picketed outside the factory on Thursday.", "Peaceful protest"),
    "stone-throwing youths": (
        "Police fired tear gas at stone-throwing youths protesting against a land sale.", "Violent demonstration",
        "Police fired tear gas at youths protesting against a land sale.", "Protest with intervention"),
    "a protest told as violent": (
        "Residents violently protested against the closure of the hospital on Saturday.", "Violent demonstration",
        "Residents peacefully protested against the closure of the hospital on Saturday.", "Peaceful protest"),
    "running battles with the police": (
        "University students protesting the death of a classmate engaged police in running battles on Monday.",
        "Violent demonstration",
        "University students protesting the death of a classmate marched to the police station on Monday.",
        "Peaceful protest"),
}


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_types_riot_wording_fires_and_its_near_miss_does_not(case: str) -> None:
    text, sub, near, near_sub = PAIRS[case]
    assert rules_sub(text) == sub, T.analyse_text(text)[-1].rules
    assert rules_sub(near) == near_sub, T.analyse_text(near)[-1].rules


@pytest.mark.parametrize("text", [
    "The gunman barricaded himself inside a house on the main road and held two hostages for six hours.",
    "Families lit a bonfire on the beach to celebrate the new year.",
])
def test_types_riot_wording_no_riot_outside_a_crowd(text: str) -> None:
    assert rules_sub(text) != "Violent demonstration", T.analyse_text(text)[-1].rules
