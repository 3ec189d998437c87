"""More suicide attackers told apart from the first ("another suicide attacker", "another three
suicide bombers", "a second suicide bomber") add to the attackers counted in `fatalities` and
`perpetrator_fatalities` (`count_patterns.yaml: suicide_more`, docs/rules/counts.md)."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed, attackers", [
    ("A suicide bomber detonated himself in a suburb, killing four people. Minutes later another "
     "three suicide bombers detonated themselves but did not kill anyone.", 8, 4),
    ("A suicide bomber detonated himself in the town, killing seven people. Another suicide attacker "
     "detonated himself at the gate.", 9, 2),
    ("A suicide bomber blew himself up near a market, killing 19 people. Second suicide bomber "
     "blew himself up at the gate.", 21, 2),
    ("Three people were killed in two suicide bombing attack in the town.", 5, 2),
])
def test_counts_more_suicide_attackers_are_added(text: str, killed: int, attackers: int) -> None:
    c = counts(text)
    assert c.killed.best == killed
    assert c.perpetrators_killed.best == attackers


def test_counts_text_opening_with_another_suicide_bomber_counts_one() -> None:
    # 'another' refers to an earlier report, not to a second attacker of this text
    c = counts("Another suicide car bomber hit a headquarters of paramilitary troops, killing four people.")
    assert c.killed.best == 5
    assert c.perpetrators_killed.best == 1
