"""'N of the <people>' (docs/rules/counts.md, "Sums, subsets, updates and conflicts"): a part of the
dead when its noun is generic or carries the verb ('one of the people killed'), the figure itself
after an active verb ('killed more than 10 of the attackers'), and a group of its own otherwise
('two of the attackers were also killed')."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed", [
    ("Two people were killed when gunmen fired on a bus. One of the people killed was a trader.", 2),
    ("Three villagers were killed in the raid. Two of the victims were children.", 3),
    ('Troops killed "more than 10" of the attackers. Two soldiers were killed.', 12),
    ("Militants attacked a police station, killing four policemen. Two of the attackers were also killed.", 6),
])
def test_partitive_figures(text: str, killed: int) -> None:
    assert counts(text).killed.best == killed


def test_a_partitive_alone_is_a_floor() -> None:
    c = counts("One of the people killed was a trader.")
    assert (c.killed.best, c.killed.low, c.killed.high) == (1, 1, None)
