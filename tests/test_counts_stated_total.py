"""A figure whose sentence says it is the total ("a total of", "in total", "in all", "altogether")
is the mention's figure when no other figure for its category is larger (rule `total-stated`,
docs/rules/counts.md "Sums, subsets, updates and conflicts")."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed, injured", [
    ("Three car bombs detonated near markets killing 12 people and injuring dozens more. A fourth car "
     "bomb exploded, killing one person and wounding 11 others. The four bombings left a total of 23 "
     "dead and at least 66 wounded.", 23, 66),
    ("Two car bombs exploded, killing 11 people. A third car bomb exploded killing four. "
     "A total of 17 people were killed in the attacks.", 17, None),
    ("Gunmen opened fire on patrons. In total, 21 people were killed.", 21, None),
    ("A bomb killed 5 people at a market. Another bomb killed 2 people. Altogether 7 were killed.", 7, None),
])
def test_counts_stated_total_is_the_figure(text: str, killed: int, injured: int | None) -> None:
    c = counts(text)
    assert c.killed.best == killed
    assert "total-stated" in c.killed.rules
    assert c.injured.best == injured


def test_counts_stated_total_smaller_than_another_figure_is_not_taken() -> None:
    # the 'total' names one group only: the larger figure of another group is not a part of it
    c = counts("A total of 5 soldiers were killed. 20 civilians died.")
    assert c.killed.best == 25
    assert "total-stated" not in c.killed.rules


def test_counts_stated_total_keeps_later_additions() -> None:
    c = counts("A total of 18 people were killed in the blasts. Another 3 people died later.")
    assert c.killed.best == 21


def test_counts_without_total_word_keep_conflict_rule() -> None:
    # no sentence says 'total': the lowest of conflicting figures, as before
    c = counts("Police said 5 people were killed while residents said 8 people were killed.")
    assert c.killed.best == 5
