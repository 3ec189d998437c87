"""Counts on real phrasing (docs/rules/counts.md): attribution numbers, present-tense verbs,
'left injured', 'sustained slight injuries', 'N+'."""

from __future__ import annotations

import pytest

import sitrep


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
