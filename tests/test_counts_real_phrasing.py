"""Counts on real phrasing (docs/rules/counts.md): attribution numbers, present-tense verbs,
'left injured', 'sustained slight injuries', 'N+'."""

from __future__ import annotations

import pytest

import sitrep
from tests.count_helpers import counts


def first(text: str):
    events = sitrep.extract(text, published="2010-06-01")
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, killed", [
    ("Gunmen attacked a market in Kano, Nigeria, killing 11 people, two officials said.", 11),
    ("Gunmen attacked a market in Kano, Nigeria, killing 11 people, according to two officials.", 11),
    ("FARC members murder 12 peasants in rural Cimitarra, Colombia.", 12),
    ("Gunmen killed 20+ people in Zamfara, Nigeria.", 20),
    ("A series of bombs exploded in Baghdad, Iraq. 41 people, 35 of them children, were killed.", 41),
    ("Twelve people (nine soldiers and three civilians) are killed by a bomb in Belfast, United Kingdom.", 12),
    ("A car bomb exploded in Zaragoza, Spain. Eleven people, five of them children, were killed and 88 people, "
     "mostly civilians, wounded.", 11),
])
def test_counts_real_phrasing_killed(text: str, killed: int) -> None:
    assert first(text).fatalities == killed


@pytest.mark.parametrize("text, injured", [
    ("A rocket was fired at the Sederot settlement in Israel. One person sustained slight injuries.", 1),
    ("Unidentified gunmen blocked two roads near Baghdad, Iraq. At least seven people were killed in the twin "
     "attacks and another twelve were left injured.", 12),
])
def test_counts_real_phrasing_injured(text: str, injured: int) -> None:
    assert first(text).injured == injured


@pytest.mark.parametrize("text, killed, rule", [
    ("Eight people, seven police officers and the police chief, were killed when a convoy was attacked.", 8, "breakdown"),
    ("Gunmen opened fire on a bar, killing five men, three Catholic and two Protestant.", 5, "breakdown"),
    ("Only two people, a professor and a guard, were killed.", 2, "breakdown"),
])
def test_counts_total_followed_by_its_breakdown_is_not_summed(text: str, killed: int, rule: str) -> None:
    c = counts(text)
    assert c.killed.best == killed and rule in c.rules


def test_counts_list_of_distinct_groups_after_a_comma_is_still_summed() -> None:
    assert counts("Gunmen killed 5 soldiers, 3 police and 2 civilians.").killed.best == 10


@pytest.mark.parametrize("text, killed, low", [
    ("At least six people, including a soldier were killed and 20 others were injured.", 6, 6),
    ("Militants raided a house, killing at least six civilians, including five women and a man.", 6, 6),
    ("Militants killed 12 people, including 5 children, and wounded 20.", 12, 12),
    ("Two soldiers, including an officer were killed and another one was wounded.", 2, 2),
])
def test_counts_parts_after_including_stay_inside_the_total(text: str, killed: int, low: int) -> None:
    c = counts(text)
    assert (c.killed.best, c.killed.low) == (killed, low)


@pytest.mark.parametrize("text, killed, injured", [
    ("Four Afghan civilians were mistakenly killed and two others injured in a drone strike.", 4, 2),
    ("Three soldiers were accidentally shot dead by their own unit.", 3, None),
])
def test_counts_ly_adverb_between_figure_and_verb(text: str, killed: int, injured: int | None) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


def test_counts_them_with_a_quantifier() -> None:
    c = counts("Militants opened fire on two civilians in the al-Fahama area, killing them both.")
    assert c.killed.best == 2 and "object-pronoun" in c.rules


def test_counts_shooting_to_death() -> None:
    c = counts("Gunmen ambushed a police patrol, shooting 4 officers to death.")
    assert c.killed.best == 4 and "to-death" in c.rules


def test_counts_toll_with_its_own_noun_is_a_group() -> None:
    assert counts("An attack was repelled, resulting in the deaths of 25 militants. Two soldiers were killed "
                  "during the attack.").killed.best == 27
    assert counts("A drone strike hit a car, killing two men. The group later announced the deaths of two of "
                  "its members.").killed.best == 2


@pytest.mark.parametrize("text, killed", [
    ("Car bombing of a pub. Two girls aged 6 and 4 are killed.", 2),
    ("Two people, aged 25 and 26, were shot dead by militiamen.", 2),
    ("Gunmen killed a man aged 45.", 1),
])
def test_counts_ages_after_aged_are_not_counts(text: str, killed: int) -> None:
    assert counts(text).killed.best == killed


@pytest.mark.parametrize("text, killed", [
    ("4 Russian tourists from Moscow were ambushed and killed on a ski lift.", 4),
    ("There have been 77 confirmed deaths.", 77),
    ("The bomb only managed to kill one passenger.", 1),
])
def test_counts_verb_phrases_of_real_reports(text: str, killed: int) -> None:
    assert counts(text).killed.best == killed


def test_counts_more_before_a_noun_adds_to_the_toll() -> None:
    c = counts("A bombing left two people dead. A separate bombing later in the day killed two more people.")
    assert c.killed.best == 4 and "sum:additive" in c.rules


def test_counts_a_purpose_is_still_no_count() -> None:
    assert counts("Gunmen came to kill 5 officials but were arrested.").killed.best is None
