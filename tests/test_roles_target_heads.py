"""sitrep.extractors.roles: physical targets MUC-4 names (stores, poles, posts, establishments,
taxis, a palace, a theater ...) are targets when a trigger acts on them; a highway the attack
happened on is a place, not a target."""

from __future__ import annotations

import pytest

from sitrep.extractors.roles import extract_roles
from sitrep.model import Document, Mention


def _targets(text: str) -> list[str]:
    doc = Document(text=text)
    out = extract_roles(doc, Mention(start=0, end=len(text), text=text), None, None)
    return [f.text for f in out["targets"]]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Guerrillas dynamited twelve electricity poles near the town.", "twelve electricity poles"),
        ("Unidentified men set fire to three stores in the market.", "three stores"),
        ("The rebels attacked two police posts on Sunday.", "two police posts"),
        ("A bomb damaged several commercial establishments downtown.", "commercial establishments"),
        ("Gunmen burned four taxis at the terminal.", "four taxis"),
        ("A car bomb exploded outside the presidential palace.", "presidential palace"),
    ],
)
def test_roles_muc_physical_targets_are_targets(text: str, target: str) -> None:
    assert target in _targets(text)


def test_roles_muc_physical_targets_work_in_upper_case() -> None:
    assert "TWELVE ELECTRICITY POLES" in _targets("GUERRILLAS DYNAMITED TWELVE ELECTRICITY POLES NEAR THE TOWN.")


def test_roles_highway_of_an_attack_is_no_target() -> None:
    targets = _targets("Gunmen attacked a passenger bus on the Kabul-Kandahar highway.")
    assert "passenger bus" in targets
    assert not any("highway" in t for t in targets)
