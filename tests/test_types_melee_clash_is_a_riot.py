"""A clash fought with a brawl's weapons (sticks, machetes, stones) by people who are no armed party is a riot:
Mob violence, or a Violent demonstration when a protest is told. With a firearm, an explosive, an armed group or a
state force on a side it stays a fight of armed parties (docs/rules/event-types.md, "Genres beyond wire copy";
own test sentences)."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T


def _rules(text: str) -> tuple[str | None, list[str]]:
    *_, value = T.analyse_text(text)
    sub = value.sub_event_type.value if value.is_event and value.sub_event_type else None
    return sub, list(value.rules)


@pytest.mark.parametrize("text,sub", [
    ("Young men from two neighbouring villages clashed with sticks and machetes over a water point on Monday, leaving "
     "one dead.", "Mob violence"),
    ("Students protesting fee increases clashed with each other using sticks and stones on campus on Monday.",
     "Violent demonstration"),
])
def test_clash_with_a_brawls_weapons_is_a_riot(text: str, sub: str) -> None:
    got, rules = _rules(text)
    assert got == sub
    assert any(r in rules for r in ("type-mob-melee-clash", "type-riot-melee-clash"))


@pytest.mark.parametrize("text", [
    "Villagers clashed with gunmen who opened fire on them near the village on Monday, leaving one dead.",
    "Young men from two villages clashed with sticks and rifles over a water point on Monday, leaving one dead.",
    "Soldiers clashed with villagers armed with machetes near the market on Monday, leaving one dead.",
])
def test_clash_with_arms_or_an_armed_side_is_not_the_melee_rule(text: str) -> None:
    _, rules = _rules(text)
    assert "type-mob-melee-clash" not in rules and "type-riot-melee-clash" not in rules
