"""A figure's noun phrase read through a bracketed aside, a participle before the person noun and a
list of sex-and-age nouns that names one group (docs/rules/counts.md "Real phrasing")."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed, injured", [
    # a bracketed aside, whatever it holds, stands between the figure and its verb
    ("In the town of Sousse, 38 people (mostly Western tourists, with the majority being British) "
     "were killed by gunmen.", 38, None),
    ("Twelve people (nine soldiers and three civilians) are killed", 12, None),
    # a participle before the person noun
    ("42 confirmed civilians and seven militiamen were killed in the attack.", 49, None),
    # 'men, women and children' is one group with one figure
    ("Five people were killed in the blast and over 100 men, women and children were injured.", 5, 100),
    ("Gunmen killed 10 men, women and children and wounded 4 soldiers.", 10, 4),
])
def test_counts_noun_phrase_read_through(text: str, killed: int | None, injured: int | None) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


def test_counts_list_of_groups_with_figures_still_added() -> None:
    assert counts("Five children, two women and four men were killed").killed.best == 11
    assert counts("Two men and a woman were killed").killed.best == 3
