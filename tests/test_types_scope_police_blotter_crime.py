"""Police-blotter crime stays outside ACLED's scope even when a gunman or a suspect is named (an
unidentified armed party: type_combine.yaml `scope_cues_over_unidentified`), and a kidnapping told with
charges or jail words is ordinary crime (`abduction` in `scope_generic_triggers`); a named armed group, an
armed word or the same acts without crime words stay in scope (docs/rules/event-types.md, "Scope").
Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize("text", [
    "Two officers were gunned down when they pulled over a parolee on Saturday; the SWAT team later stormed "
    "the apartment where the suspected gunman was hiding, police said.",
    "A woman first reported kidnapped by her boyfriend is now in jail, charged with robbery, police said.",
    # a shootout with the SWAT team belongs to the police-blotter story
    "Two officers and the parolee died later in a shootout when the SWAT team stormed an apartment where the "
    "man was hiding.",
])
def test_types_scope_police_blotter_crime_yields_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize("text", [
    # a named armed group keeps the incident in scope, crime words or not
    "Boko Haram gunmen shot dead two police officers at a checkpoint in Maiduguri on Saturday; two suspects "
    "were later charged with murder.",
    # the same acts without crime words
    "Gunmen shot dead two police officers at a checkpoint in Maiduguri on Saturday, residents said.",
    "Gunmen kidnapped twelve passengers from a bus on the highway near Kaduna on Sunday, police said.",
    # the Swat district of Pakistan is no SWAT team (the blotter word is upper case only)
    "A gunman killed one man and wounded two others in Swat District on Monday, police said.",
    # a party leader's "accomplices" in a clash are no police-blotter word
    "A local party leader and his accomplices clashed with supporters of a rival party in the village on Sunday, "
    "killing one of them.",
    # a shootout with an armed group stays a clash, whatever the court words
    "Soldiers and Al-Shabaab fighters died in a shootout near the base on Monday; a captured fighter was later "
    "charged with murder.",
])
def test_types_scope_armed_violence_stays_in_scope(text: str) -> None:
    events = sitrep.extract(text)
    assert events and events[0].in_scope, text


def test_types_scope_police_blotter_words_count_anywhere_in_the_document() -> None:
    # the shooting and the parolee are told in different paragraphs
    text = ("Two officers were shot dead during a traffic stop in the east of the city on Saturday.\n\n"
            "The suspect, a parolee, was found hiding in an apartment, and the SWAT team killed him after a "
            "standoff, police said.")
    assert sitrep.extract(text) == []


def test_types_scope_a_charge_in_another_story_leaves_an_attack_in_scope() -> None:
    # ordinary charge words count only inside the mention: a bulletin's other story does not scope out an attack
    text = ("Gunmen killed five villagers in Tungan Maje on Saturday, residents said.\n\n"
            "In a separate case, a man was charged with theft in the town on Monday.")
    events = sitrep.extract(text)
    assert events and events[0].in_scope
