"""Events for the linking tests: by default one report of a shooting in Chicago on 14 May 2016,
each from its own document (its text numbered, so no two share a doc_id)."""

from __future__ import annotations

import itertools
from datetime import date

from sitrep.model import (
    Document,
    Event,
    EventType,
    Evidence,
    GeoPrecision,
    SubEventType,
    TimePrecision,
)

_ids = itertools.count(1)


def link_event(text: str, **kw: object) -> Event:
    """An event whose evidence is ``text``; ``kw`` overrides any field."""
    n = next(_ids)
    doc = Document(text=f"{text} ({n})")
    base: dict[str, object] = {
        "event_id": f"l{n}", "doc_id": doc.doc_id, "evidence": Evidence.of(doc.text, 0, len(text)),
        "event_date": date(2016, 5, 14), "time_precision": TimePrecision.DAY,
        "event_type": EventType.VIOLENCE_AGAINST_CIVILIANS, "sub_event_type": SubEventType.ATTACK,
        "country": "United States", "iso3": "USA", "admin1": "Illinois", "location": "Chicago",
        "latitude": 41.88, "longitude": -87.63, "geo_precision": GeoPrecision.PLACE, "fatalities": 1,
    }
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]
