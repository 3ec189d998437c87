"""Which kinds of text stay outside ACLED's scope, and which political violence stays inside it
(docs/rules/event-types.md, "Scope"). Every text is written for the project."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors import types as T

# police named as the reporter or the arresting force, with nothing political: not armed conflict
OUT_OF_SCOPE = [
    "A pickup truck crash on the county road killed two men on Sunday, the city police department said.",
    "A cyclist, 41, was struck and killed by a car on Main Street on Friday, police said.",
    "Police arrested two men on drug and theft charges after a string of car break-ins at the mall.",
    "The defending champions were beaten 2-0 at home, and the head coach said the league title race was open.",
    "The senator strongly attacked the governor's proposal to cut school funding.",
]
IN_SCOPE = [
    # a political target keeps an arrest inside the scope whatever the charge words
    ("Police arrested an opposition leader on charges of plotting a coup against the president.", "Arrests"),
    # a crowd's violence after a road accident is Mob violence, not an accident
    ("A mob of drivers stoned a traffic officer after a road accident in the town on Monday, killing him.",
     "Mob violence"),
    # villagers turning on a suspect
    ("Villagers assaulted and killed a suspected thief in the market on Tuesday.", "Mob violence"),
    # stones and burning tyres make a demonstration violent
    ("Residents burned tires on the highway and pelted police with stones to demand water.", "Violent demonstration"),
]


@pytest.mark.parametrize("text", OUT_OF_SCOPE)
def test_types_scope_accidents_crime_sport_and_words_yield_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize(("text", "sub"), IN_SCOPE)
def test_types_scope_political_and_crowd_violence_stays_in_scope(text: str, sub: str) -> None:
    evs = sitrep.extract(text)
    assert evs and evs[0].in_scope, text
    assert evs[0].sub_event_type is not None and evs[0].sub_event_type.value == sub


def test_types_scope_assault_during_an_epidemic_is_still_an_event() -> None:
    evs = sitrep.extract("Soldiers assaulted a family at their house during the cholera outbreak lockdown in Kadugli.")
    assert evs and evs[0].in_scope


def test_types_mask_that_hides_no_trigger_leaves_mention_unmasked() -> None:
    # "No fatalities were reported" is a mask, but it hides no trigger: the model may still type the act
    _, _, _, cues, _ = T.analyse_text("Government aircraft pounded rebel positions north of the river. "
                                      "No fatalities were reported.")
    assert not cues.masked
    # a threat hides its trigger: the mention is masked and stays no event
    _, _, _, cues, value = T.analyse_text("The group threatened to attack the village.")
    assert cues.masked and not value.is_event


def test_types_point_tally_is_an_event_but_a_regional_total_is_masked() -> None:
    _, _, _, cues, value = T.analyse_text("Monitors observed a total of 14 explosions near the village on Tuesday.")
    assert cues.triggers and value.is_event
    _, _, _, cues, value = T.analyse_text("A total of 31 bombings hit the province this year.")
    assert cues.masked and not value.is_event
