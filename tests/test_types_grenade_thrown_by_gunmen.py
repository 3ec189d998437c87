"""Mixed arms (docs/rules/event-types.md, rule table `type-attack-mixed-arms`): the actor noun "gunmen" is no small
arm used beside a grenade, so a grenade thrown by gunmen stays Grenade; grenades with gunfire on an armed party are an
armed clash. Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


def _subs(text: str) -> list[str | None]:
    return [e.sub_event_type.value if e.sub_event_type else None for e in sitrep.extract(text)]


@pytest.mark.parametrize("text, sub", [
    # "gunmen" names the attackers, not a weapon used beside the grenade
    ("Gunmen on a motorbike hurled a grenade at a police checkpoint outside Cucuta on Sunday; two officers were "
     "wounded, police said.", "Grenade"),
    # small arms used together with grenades on an armed party: an armed clash
    ("Gunmen attacked a police station in Mandera with grenades and opened fire, killing two policemen.", "Armed clash"),
])
def test_a_grenade_thrown_by_gunmen_is_a_grenade_and_mixed_arms_are_a_clash(text: str, sub: str) -> None:
    assert _subs(text)[:1] == [sub], text
