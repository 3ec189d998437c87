"""A figure with no named group that is smaller than a named group's figure is neither the named
group's total nor another report of it: it counts other people and is added
(`sum:distinct-groups`, docs/rules/counts.md "Sums, subsets, updates and conflicts")."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed", [
    ("Eight policemen were killed and 11 others wounded in an attack, while the militants had three killed.", 11),
    ("A drone strike killed 11 militants near the border while a car bomb exploded in Quetta, "
     "killing one and wounding 12 others.", 12),
    ("Rockets struck a border town, killing three Syrian children and a Syrian man. One person died later.", 5),
])
def test_counts_smaller_unnamed_figure_is_added(text: str, killed: int) -> None:
    c = counts(text)
    assert c.killed.best == killed
    assert "sum:distinct-groups" in c.killed.rules


@pytest.mark.parametrize("text, killed", [
    # an unnamed figure at least as large stays the total of the named one
    ("A bomb killed 12 people. Three soldiers were killed.", 12),
    # two unnamed figures are two reports of one toll: the lowest
    ("Police said 5 people were killed while residents said 8 people were killed.", 5),
    # a toll of lives is no named group: the lowest, as before
    ("At least four killed in an attack, which comes two days after explosions that claimed 16 lives.", 4),
])
def test_counts_unnamed_figure_rules_unchanged(text: str, killed: int) -> None:
    assert counts(text).killed.best == killed
