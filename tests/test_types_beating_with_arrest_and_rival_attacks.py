"""Violence told beside an arrest, a victim hurt by a first act, and an attack by a rival group
(docs/rules/event-types.md, "Fourth round"). The sentences are the project's own."""

from __future__ import annotations

import pytest

from sitrep.extractors.types import analyse_text, classify


def rules_choice(text: str, country: str = "Kenya") -> str | None:
    _, _, _, _, value = analyse_text(text, country)
    return value.sub_event_type.value if value.sub_event_type else None


def trigger_classes(text: str, country: str = "Kenya") -> set[str]:
    _, _, _, cues, _ = analyse_text(text, country)
    return {t.cls for t in cues.triggers}


@pytest.mark.parametrize("text", [
    "Officers assault and arrest a radio reporter outside the county offices.",
    "Soldiers beat and detained two traders at the market on Friday.",
])
def test_beating_told_with_an_arrest_is_violence_not_an_arrest(text):
    assert rules_choice(text) == "Attack"


def test_beating_and_arrest_of_protesters_is_protest_with_intervention():
    text = "Police beat and arrested ten demonstrators who were marching to the county offices to demand water."
    assert rules_choice(text) == "Protest with intervention"


def test_arrest_in_a_raid_with_nobody_hurt_stays_an_arrest():
    assert rules_choice("Police arrested four suspects in a raid on a house and seized two rifles.") == "Arrests"


def test_victim_beaten_and_hurt_is_an_attack_even_beside_an_arrest():
    text = "A boy was beaten and badly injured by two officers when he tried to stop the arrest of his brother."
    assert "harm" in trigger_classes(text)
    assert rules_choice(text) == "Attack"


def test_attacked_by_a_rival_group_is_an_act():
    text = "A ward councillor was attacked by a rival group after a quarrel over the party nominations."
    doc, mention, actors, cues, _ = analyse_text(text, "Kenya")
    assert not cues.masked
    assert classify(doc, mention, None, actors).is_event


@pytest.mark.parametrize("text", [
    "The senator sharply attacked his rivals in a long speech on Sunday.",
    "The governor attacked the budget proposals of the assembly.",
])
def test_verbal_attack_on_rivals_or_plans_stays_masked(text):
    _, _, _, cues, value = analyse_text(text, "Kenya")
    assert cues.masked or not value.is_event
