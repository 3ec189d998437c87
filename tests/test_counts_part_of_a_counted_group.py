"""'three of the four attackers': the group's size after "of the" is no second figure; the part is
the figure (docs/rules/counts.md "Sums, subsets, updates and conflicts")."""

from __future__ import annotations

from tests.count_helpers import counts


def test_counts_part_of_counted_attackers_is_the_figure() -> None:
    c = counts("Gunmen stormed the hotel, killing one person and injuring four. Three of the four attackers also died.")
    assert c.killed.best == 4
    assert c.perpetrators_killed.best == 3
    assert c.injured.best == 4


def test_counts_group_size_is_not_added_to_its_part() -> None:
    assert counts("Three of the four attackers also died.").killed.best == 3
    assert counts("Militants killed two of the three soldiers at the post.").killed.best == 2


def test_counts_part_of_counted_victims_stays_a_part() -> None:
    assert counts("Two of the 12 victims were children. 12 people were killed.").killed.best == 12
