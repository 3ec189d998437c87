"""A headline's source ("Fresno police: Teen shot in head", "..., Milan police say") tells the story; it
is no party to the act, so an ordinary shooting it reports is no clash with the police. A source whose
line reports its own side's fight stays a party (own test sentences; docs/rules/actors.md)."""

from __future__ import annotations

import pytest

import sitrep


def _first(text: str):  # noqa: ANN202
    ev = sitrep.extract(text, published="2016-08-15")
    assert ev
    return ev[0]


@pytest.mark.parametrize("text", [
    "Fresno police: Teen shot in head outside a store",
    "Milan police: man shot dead in his car",
    "Teen shot in head outside a store, Fresno police say",
    "A man was shot dead outside a bar on Saturday, police in Naples, Fla., said.",
])
def test_headline_source_is_not_the_target(text: str) -> None:
    e = _first(text)
    assert e.actor2 is None or "Police" not in e.actor2
    assert e.event_type == "Violence against civilians"


def test_police_named_as_the_target_stay_the_target() -> None:
    e = _first("Gunmen shot dead two police officers at a checkpoint in Kano on Monday.")
    assert e.actor2 and "Police" in e.actor2
    assert e.event_type == "Battles"


def test_headline_source_reporting_its_own_fight_stays_a_party() -> None:
    e = _first("Police: 3 robbers shot dead in Lagos shootout")
    assert "Police Forces of Nigeria" in (e.actor1, e.actor2)


def test_colon_after_a_lower_case_clause_is_not_a_headline_source() -> None:
    # the phrase does not open its line: an ordinary sentence with a colon
    e = _first("Gunmen attacked the police in Kano on Monday: two officers were killed.")
    assert e.actor2 and "Police" in e.actor2


@pytest.mark.parametrize("text", [
    "A teen was shot dead in Dallas on Sunday. Dallas police are asking for the public's help.",
    "A man was shot in the neck in Chicago on Monday. Chicago police were called to the block late that evening.",
    "A man was shot in the neck in Chicago on Monday, according to Chicago Police.",
])
def test_police_investigating_or_responding_are_no_party(text: str) -> None:
    e = _first(text)
    assert "Police" not in (e.actor1 or "") + (e.actor2 or "")
    assert e.event_type == "Violence against civilians"


def test_police_responding_and_firing_stay_a_party() -> None:
    e = _first("Gunmen ambushed police officers who were responding to a call in Kano, killing two.")
    assert e.actor2 and "Police" in e.actor2
    assert e.event_type == "Battles"


@pytest.mark.parametrize("text", [
    "Police charged the demonstrators with batons in Dhaka on Monday, injuring 12.",
    "Police responded with tear gas as protesters marched in Nairobi on Monday.",
    "Police arrived and dispersed the protesters with tear gas in Nairobi on Monday.",
])
def test_police_using_force_on_a_crowd_stay_a_party(text: str) -> None:
    e = _first(text)
    assert "Police" in (e.actor1 or "") + (e.actor2 or "")
    assert e.sub_event_type == "Protest with intervention"
