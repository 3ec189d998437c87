"""'left N dead and injured M': the second verb has a figure of its own, so the first figure is the
dead alone and not a combined casualty figure (docs/rules/counts.md "Combined casualties")."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed, injured", [
    ("A car bombing left at least 4 Peshmerga fighters dead and injured 3 in Mosul.", 4, 3),
    ("A bombing attack left at least 2 people dead and injured 5 others in Mora.", 2, 5),
    ("The blast left 6 dead and wounded 12 civilians.", 6, 12),
])
def test_counts_dead_and_injured_with_own_figure_split(text: str, killed: int, injured: int) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best, c.casualties.best) == (killed, injured, None)


@pytest.mark.parametrize("text", [
    "50 people were killed and wounded in the attack.",
    "The attack left 12 dead and injured.",
])
def test_counts_dead_and_injured_without_figure_stay_combined(text: str) -> None:
    c = counts(text)
    assert c.casualties.best is not None
    assert c.killed.best is None and c.injured.best is None
