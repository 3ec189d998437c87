"""Segmentation: a sentence whose only act is a trigger the violence cue does not name (remains found, a
chemical agent, a protest, a crowd dispersed with tear gas, a detention not acknowledged) opens a mention
(`act_trigger_classes` in segment_cues.yaml); the same words inside a mask (a protest only planned) do
not. Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize(("text", "sub"), [
    ("Investigators exhumed the remains of 40 people from a trench near a former military camp on Tuesday, "
     "the prosecutor said.", "Other"),
    ("Doctors treated 20 people for breathing difficulties after barrels released chlorine over a residential "
     "district on Saturday, a monitoring group said.", "Chemical weapon"),
    ("Fishermen sailed their boats past the harbour on Sunday in a protest against a land reclamation project.",
     "Peaceful protest"),
    ("Police fired tear gas to disperse several hundred opposition supporters outside the electoral office "
     "on Tuesday. No injuries were reported.", "Protest with intervention"),
    ("Security agents took a union leader from his home before dawn on Monday, colleagues said. The "
     "authorities have not acknowledged holding him.", "Abduction/forced disappearance"),
])
def test_segment_a_typed_act_opens_a_mention(text: str, sub: str) -> None:
    events = sitrep.extract(text)
    assert events, text
    assert events[0].sub_event_type is not None and events[0].sub_event_type.value == sub


def test_segment_a_planned_protest_opens_no_mention() -> None:
    text = ("Opposition parties said on Monday that they are planning to launch street protest rallies from "
            "April 9 to demand early elections.")
    assert sitrep.extract(text) == []
