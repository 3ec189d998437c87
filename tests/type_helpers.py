"""Shared reading of a text by the event-type rules alone, for the tests of trigger wordings and precedence."""

from __future__ import annotations

from sitrep.extractors import types as T


def rules_sub(text: str) -> str | None:
    """The sub-event type the rules give ``text`` read as one mention (no model), or None when they find no event."""
    *_, value = T.analyse_text(text)
    return value.sub_event_type.value if value.is_event and value.sub_event_type else None
