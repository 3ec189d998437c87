"""Lookalikes (docs/rules/event-types.md, "Labelled geoparsing negatives"): a weapon held, sought or charged is not
used; an act told as a possibility did not happen; a candidate elected "unopposed" took no ground. Each is paired
with the act itself, which stays an event. Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type.value if e.sub_event_type else None for e in sitrep.extract(text)]


@pytest.mark.parametrize("text", [
    "A man was convicted on Friday of attempting to possess a chemical weapon after buying ricin online, a London court heard.",
    "The student admitted trying to acquire a biological agent from a dealer abroad, prosecutors said on Monday.",
    "He was charged on Tuesday under the Chemical Weapons Act for the possession of chemical agents in his garage.",
    "Police said they had received reports of a possible gang shooting at the mall on Friday but found nothing.",
    "Turner was elected unopposed two decades ago and won the seat again on Tuesday.",
    "The mayor, who went through unopposed in the last race, conceded on Tuesday night.",
])
def test_a_weapon_held_an_act_possible_or_an_unopposed_candidate_is_no_event(text: str) -> None:
    assert _subs(text) == [], text


@pytest.mark.parametrize("text, sub", [
    ("Government forces used a chemical weapon on the besieged suburb on Tuesday, killing 30 people, rescuers said.",
     "Chemical weapon"),
    ("Gunmen opened fire at a mall in Kano on Saturday, killing four people, police said.", "Attack"),
    ("Rebels entered the town of Kidal unopposed on Sunday after government troops withdrew, residents said.",
     "Non-violent transfer of territory"),
])
def test_the_act_itself_stays_an_event(text: str, sub: str) -> None:
    assert _subs(text)[:1] == [sub], text
