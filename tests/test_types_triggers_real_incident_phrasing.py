"""Trigger entries for the phrasing of real incident lists (event_patterns.yaml `triggers`;
docs/rules/event-types.md): booby traps, bombs thrown or planted, mine strikes in the passive, the
historical present ("ETA bombs a convoy", "takes the ambassador hostage", "rebels shoot down a
helicopter"), arson with the object before the fire or in the passive, shots fired, petrol bombs
thrown, bombs deactivated; and the phrases they must not take."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T


@pytest.mark.parametrize("text, cls", [
    ("A booby-trapped house went off on an army patrol.", "ied"),
    ("A man threw a bomb against storefronts during the parade.", "ied"),
    ("The group planted a bomb on a passenger airliner.", "ied"),
    ("A soldier died after being hit by a mine near the border.", "ied"),
    ("ETA bombs a police convoy on its way to a football match.", "ied"),
    ("Militants set the cinema on fire.", "looting"),
    ("Four trucks were burned by militants in southern Chile.", "looting"),
    ("Two gunmen take the ambassador hostage at the embassy.", "abduction"),
    ("They fire shots against his head and body.", "attack"),
    ("Rebels shoot down a Russian helicopter carrying soldiers.", "attack"),
    ("The group claimed a suicide mission in Kabul.", "suicide"),
    ("About fifty petrol bombs were thrown at police officers in Derry.", "riot"),
    ("Police deactivate a bomb left by the group in front of a newspaper.", "disrupted"),
])
def test_real_incident_phrasing_has_its_trigger(text: str, cls: str) -> None:
    _, _, _, cues, _ = T.analyse_text(text)
    assert cls in {t.cls for t in cues.triggers}


@pytest.mark.parametrize("text, cls", [
    ("Soldiers fired warning shots into the air to scatter the crowd.", "attack"),
    ("The striker set the match alight with a late goal.", "looting"),
    ("Police arrested five men suspected of planting explosives.", "ied"),
    ("Two car bombs a day hit the capital last year.", "ied-verb"),
])
def test_lookalike_phrases_take_no_new_trigger(text: str, cls: str) -> None:
    _, _, _, cues, _ = T.analyse_text(text)
    found = {(t.cls, t.text.lower()) for t in cues.triggers}
    if cls == "ied-verb":  # "car bombs" is a trigger of its own; "bombs a day" is no verb
        assert ("ied", "bombs") not in found
    else:
        assert cls not in {c for c, _ in found}
