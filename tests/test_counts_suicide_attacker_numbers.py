"""How many suicide attackers died (docs/rules/counts.md, "The attacker's own death"): the figure
before "suicide bombers" (names and a few adjectives may stand between), one attacker per suicide
bombing ("two suicide car bombings"), "double" / "triple"; never a figure of the victims."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed, attackers", [
    ("A suicide bomber killed 5 people at a market.", 6, 1),
    ("Two suicide truck bombers killed 14 people as the convoy passed.", 16, 2),
    ("Four suspected Boko Haram suicide bombers attacked a market. The blasts killed at least 28 people.", 32, 4),
    ("At least 40 people were killed after two Taliban suicide bombers attacked police cadets.", 42, 2),
    ("Two suicide car bombings killed 6 soldiers at a base.", 8, 2),
    ("Five people were killed in a double suicide bombing near the bus station.", 7, 2),
    ("24 troops were killed in a triple suicide bombing in the town.", 27, 3),
])
def test_suicide_attackers_counted_by_their_number(text: str, killed: int, attackers: int) -> None:
    c = counts(text)
    assert (c.killed.best, c.perpetrators_killed.best) == (killed, attackers)


@pytest.mark.parametrize("text, killed, attackers", [
    # the victims' figure before "after a suicide bombing" is not a number of attackers
    ("3 people were killed and 10 injured after a suicide bombing at the camp.", 4, 1),
    ("Five people were killed and 6 injured after a suicide bombing targeting policemen.", 6, 1),
])
def test_victims_figure_is_not_a_number_of_attackers(text: str, killed: int, attackers: int) -> None:
    c = counts(text)
    assert (c.killed.best, c.perpetrators_killed.best) == (killed, attackers)


def test_suicide_attackers_arrested_add_nothing() -> None:
    c = counts("Two suicide bombers were arrested before the attack; a bomb killed 3.")
    assert (c.killed.best, c.perpetrators_killed.best) == (3, None)
