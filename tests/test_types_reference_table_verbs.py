"""Verb forms of reference tables open an event (docs/rules/event-types.md, "Triggers"): the historical
present ("A bomb explodes", "guerrillas assassinate"), passives of bombing ("is bombed"), killings of
captives ("beheads", "executes the union leader", "burned eight people alive") and hijackings.
Every text is written for the project; the rules alone decide (`analyse_text`)."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T

EXPLOSION, CIVILIANS, BATTLE = "Explosions/Remote violence", "Violence against civilians", "Battles"
BY_TYPE = {
    EXPLOSION: [
        "A bomb explodes in the post office in the old town, leaving 12 wounded.",
        "Two bombs go off at an army barracks near the river.",
        "The party's head office in the capital is bombed.",
        "Militants firebombed a department store in the city centre.",
        "A carbomb partially destroys government buildings in the port city.",
    ],
    CIVILIANS: [
        "Guerrillas assassinate an army colonel when he left the town.",
        "A militant beheads a militiaman near the airport.",
        "The group executes the union leader whom it had held since February.",
        "Militants burned eight people alive in the western province.",
        "Three men hijack a passenger plane on its way to the capital.",
        "Seven people died in three shootings in the capital on Saturday.",
    ],
    BATTLE: ["A fierce shootout between troops and guerrillas left ten dead near the border."],
}
CASES = [(text, event_type) for event_type, texts in BY_TYPE.items() for text in texts]


@pytest.mark.parametrize(("text", "event_type"), CASES)
def test_types_reference_table_verbs_open_an_event(text: str, event_type: str) -> None:
    _, _, _, _, value = T.analyse_text(text)
    assert value.is_event and value.event_type is not None, (text, value.rules)
    assert value.event_type.value == event_type, (text, value.rules, value.sub_event_type)


@pytest.mark.parametrize("text", [
    "The committee will execute the plan next year.",
    "Engineers executing the project said the bridge would open in May.",
    "Fireworks explode over the harbour every new year.",
])
def test_types_reference_table_verbs_need_their_object(text: str) -> None:
    _, _, _, _, value = T.analyse_text(text)
    assert not value.is_event, (text, value.rules)
