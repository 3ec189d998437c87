"""Protest sub-types told in news wording (docs/rules/event-types.md, the protest rows of the rules table):
lethal or serious force against protesters is Excessive force, beating them alone is Protest with
intervention, and supporters of a candidate or a party who burn or storm offices riot (Violent
demonstration). Each is tested with a near miss. Every sentence is written for the project."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T

from .type_helpers import rules_sub


#: (wording that fires, its sub-type, a near miss, the near miss's sub-type)
PAIRS = {
    "serious harm to people named as protesters": (
        "Men in plain clothes, accompanied by police, beat students holding a sit-in at the university with iron "
        "bars, leaving three in critical condition.", "Excessive force against protesters",
        "Police beat demonstrators with batons to break up a sit-in outside the ministry on Monday.",
        "Protest with intervention"),
    "a death from the beating of demonstrators": (
        "A student died after police beat demonstrators with batons during a peaceful rally on Tuesday.",
        "Excessive force against protesters",
        "Demonstrators threw stones at police and set fire to a car, leaving two officers in critical condition.",
        "Violent demonstration"),
    "a death after a gathering was broken up": (
        "Soldiers used whips and rifle butts to break up a peaceful gathering of vendors, and one man later died "
        "of his injuries.", "Excessive force against protesters",
        "Soldiers used whips to break up a peaceful gathering of vendors in the market on Friday.",
        "Protest with intervention"),
    "fire on a crowd of marchers": (
        "Police opened fire on a crowd of peaceful marchers in the city centre on Sunday, wounding 14.",
        "Excessive force against protesters",
        "Thousands of teachers marched through the capital on Monday to demand higher pay.", "Peaceful protest"),
    "party supporters burning offices and ballot boxes": (
        "Supporters of a losing candidate burned ballot boxes and set the local electoral office on fire on "
        "Sunday.", "Violent demonstration",
        "A mob beat a man accused of stealing a motorcycle to death in a market on Friday.", "Mob violence"),
    "sexual violence done to a held protester": (
        "An activist detained after a rally said police officers sexually assaulted her at a station on Friday.",
        "Sexual violence",
        "Students held a sit-in on the campus on Sunday to protest against rape and sexual violence, and police "
        "arrested two of them.", "Protest with intervention"),
    "rape named as a protest's cause": (
        "Soldiers raped two women who had taken part in a march, after arresting them at a checkpoint.",
        "Sexual violence",
        "Women marched through the capital on Sunday to protest against rape.", "Peaceful protest"),
    "crowd-control grenades are no Grenade": (
        "Police fired stun grenades at protesters outside the parliament on Monday; no one was seriously hurt.",
        "Protest with intervention",
        "A man threw a hand grenade into a crowd of protesters on Sunday, wounding seven.", "Grenade"),
    "a baton charge on students": (
        "Police lathi-charged a group of students protesting against exam results in the city on Tuesday.",
        "Protest with intervention",
        "A group of students protested against exam results in the city on Tuesday.", "Peaceful protest"),
    "pepper spray on demonstrators": (
        "Officers used pepper spray on demonstrators who tried to enter the ministry on Friday.",
        "Protest with intervention",
        "Demonstrators tried to enter the ministry on Friday but were turned back at the gate.", "Peaceful protest"),
}


@pytest.mark.parametrize("case", sorted(PAIRS))
def test_types_protest_wording_fires_and_its_near_miss_does_not(case: str) -> None:
    text, sub, near, near_sub = PAIRS[case]
    assert rules_sub(text) == sub, T.analyse_text(text)[-1].rules
    assert rules_sub(near) == near_sub, T.analyse_text(near)[-1].rules
