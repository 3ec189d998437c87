"""Troops sent "to the area" or "to the scene" are the security response to an event told beside them, not a
Change to group/activity of their own (event_patterns.yaml, the deployment trigger; docs/rules/event-types.md):
the event keeps its own source's voice. A deployment to a named place is still a development."""

from __future__ import annotations

import sitrep


def test_troops_sent_to_the_area_do_not_take_over_the_event_told_after_them() -> None:
    text = ("The governor's office said police units had been dispatched to the area. Residents said gunmen "
            "shot dead nine farmers near Kaura on Sunday.")
    events = sitrep.extract(text, keep_out_of_scope=True)
    assert [e.sub_event_type.value for e in events] == ["Attack"]
    assert events[0].claimed_by is None


def test_troops_deployed_to_a_named_town_are_still_a_development() -> None:
    text = "Government troops were deployed to the border town of Kidal on Thursday, officials said."
    events = sitrep.extract(text, keep_out_of_scope=True)
    assert [e.sub_event_type.value for e in events] == ["Change to group/activity"]
