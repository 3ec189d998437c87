"""Counts read through a clause between a figure's noun phrase and its verb, more verb forms of
killing and wounding, and a figure with a severity adverb as a part (docs/rules/counts.md,
"Real phrasing")."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed", [
    # a relative clause, a participle phrase or an adjective phrase before the verb
    ("Three soldiers who were in the car were killed in a bomb attack.", 3),
    ("Eight pilgrims returning from a shrine in Samarra were killed in a bombing.", 8),
    ("At least ten soldiers loyal to the exiled president were killed in a car bombing.", 10),
    ("Ten people attending a wedding died.", 10),
    # a part without its commas: the total takes the verb, the part is not added
    ("Five border policemen including a commander were killed.", 5),
    ("Seven civilians including two children were killed in shelling.", 7),
    ("At least 13 people including civilians, police cadets and a guard have been killed.", 13),
    # a passive participle's phrase before the 'and' that joins it to the verb
    ("Four contractors were dragged from their car and killed.", 4),
    ("Five soldiers were ambushed and killed.", 5),
    # verb forms
    ("Insurgents shoot dead 3 people.", 3),
    ("Gunmen slaughter 18 people.", 18),
    ("Seventeen villagers are kidnapped and murdered by militants.", 17),
    ("4 men were stoned to death near the river.", 4),
    ("A group of men hack three soldiers to death with knives.", 3),
    ("Three policemen were found beheaded on Monday.", 3),
    ("Three police constables were killed.", 3),
])
def test_killed_through_clauses_and_verb_forms(text: str, killed: int) -> None:
    assert counts(text).killed.best == killed


def test_a_clause_with_its_own_figure_does_not_lend_the_verb_to_the_first() -> None:
    # the participle clause holds a figure: the first figure ('Ten cars') reads no verb through it
    assert counts("Ten cars carrying 85 recruits were attacked and 4 recruits were killed.").killed.best == 4


def test_the_agent_before_a_participle_is_not_the_victim() -> None:
    assert counts("Militants attacking the base killed 5 soldiers.").killed.best == 5


@pytest.mark.parametrize("text, injured", [
    ("A bomb exploded, killing four people and sending 42 to the hospital.", 42),
    ("Five people were taken to hospital.", 5),
    ("Two bombers blew themselves up causing at least five deaths and injuries to 15 others.", 15),
    # a figure with a severity adverb after a comma is a part of the figure before it
    ("A bomb detonated, killing four civilians and injuring eight others, two critically.", 8),
    ("A roadside bomb exploded, injuring six UN soldiers, three seriously.", 6),
    ("Two people were killed and three wounded, one seriously.", 3),
])
def test_injured_hospital_phrases_and_severity_parts(text: str, injured: int) -> None:
    assert counts(text).injured.best == injured


@pytest.mark.parametrize("text, killed", [
    # the same people told again by sex and age: once
    ("Eleven members of a family were killed when their car hit a mine. Five children, two women and four "
     "men were killed.", 11),
    # a different group of the same size is more people
    ("Three soldiers were killed in the first blast. Two women and one child were killed in the second.", 6),
    ("Three soldiers were killed in the first blast. Two civilians and one policeman were killed in the "
     "second.", 6),
    # a list after the total whose items have no noun of their own is its breakdown
    ("Insurgents kill at least 5 special forces, 3 from Afghanistan and 2 others from the United States.", 5),
])
def test_a_total_told_again_by_parts_counts_once(text: str, killed: int) -> None:
    assert counts(text).killed.best == killed
