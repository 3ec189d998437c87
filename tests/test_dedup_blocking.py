"""De-duplication is blocked (compared only within shared place names and counts) and gives the
same records as comparing every pair; its cost grows near-linearly with the events of a document."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep import dedup
from sitrep.dedup import merge_duplicates, merge_pair, merge_statement, same_event, statement_fits
from sitrep.model import Document, Event, EventType, Evidence, TimePrecision, make_event_id

TEXT = "x" * 4000
DOC = Document(text=TEXT)


def _reference(events: list[Event]) -> list[Event]:
    """The unblocked rule: every statement against every event, every event against every record."""
    out1: list[Event | None] = list(events)
    for i, e in enumerate(events):
        if not dedup.is_casualty_statement(e):
            continue
        for j in [*range(i - 1, -1, -1), *range(i + 1, len(out1))]:
            main = out1[j]
            if main is None or not statement_fits(main, e):
                continue
            try:
                out1[j] = merge_statement(main, e)
            except ValueError:
                continue
            out1[i] = None
            break
    out: list[Event] = []
    members: list[list[Event]] = []
    for e in [x for x in out1 if x is not None]:
        for i, kept in enumerate(out):
            if not all(same_event(m, e) for m in members[i]):
                continue
            base, other = (kept, e) if dedup._filled(kept) >= dedup._filled(e) else (e, kept)
            try:
                out[i] = merge_pair(base, other)
            except ValueError:
                continue
            members[i].append(e)
            break
        else:
            out.append(e)
            members.append([e])
    return out


PLACES = [None, ("Nigeria", "Borno", "Maiduguri", "Maiduguri"), ("Nigeria", "Borno", None, "Konduga"),
          ("Nigeria", "Borno", None, None), ("Mali", "Mopti", "Djenne", None), (None, None, None, "Gao")]
TYPES = [None, EventType.BATTLES, EventType.VIOLENCE_AGAINST_CIVILIANS]

event_st = st.fixed_dictionaries({
    "place": st.sampled_from(PLACES),
    "day": st.one_of(st.none(), st.integers(0, 4)),
    "type": st.sampled_from(TYPES),
    "actor": st.sampled_from([None, "Unidentified Armed Group (Nigeria)", "Boko Haram", "Military Forces of Nigeria"]),
    "killed": st.sampled_from([None, 0, 3, 4]),
    "injured": st.sampled_from([None, 2, 9]),
    "statement": st.booleans(),
})


def _event(i: int, d: dict[str, Any]) -> Event:
    start, end = i * 10, i * 10 + 8
    kw: dict[str, Any] = {}
    if d["place"] is not None:
        kw.update(zip(("country", "admin1", "admin2", "location"), d["place"], strict=True))
    if d["day"] is not None:
        day = date(2024, 3, 9) + timedelta(days=d["day"])
        kw.update(event_date=day, event_date_end=day, time_precision=TimePrecision.DAY)
    return Event(
        event_id=make_event_id(DOC.doc_id, start, end), doc_id=DOC.doc_id,
        evidence=Evidence.of(TEXT, start, end), event_type=d["type"], actor1=d["actor"],
        fatalities=d["killed"], injured=d["injured"],
        rules=[dedup.STATEMENT_RULE] if d["statement"] else [], **kw,
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(event_st, min_size=0, max_size=14))
def test_dedup_blocking_gives_the_records_of_the_pairwise_rule(specs: list[dict[str, Any]]) -> None:
    events = [_event(i, d) for i, d in enumerate(specs)]
    assert merge_duplicates(events) == _reference(events)


def test_dedup_compares_an_event_only_with_records_that_share_a_place_or_count(monkeypatch) -> None:
    """300 events in 300 places: no pair can be the same event, and none is compared (the
    pairwise rule made 44,850 comparisons); the cost grows with the events, not their pairs."""
    specs = [{"place": ("Nigeria", "Borno", f"District {i}", f"Town {i}"), "day": i % 5, "type": TYPES[1],
              "actor": "Boko Haram", "killed": i + 1, "injured": None, "statement": False} for i in range(300)]
    events = [_event(i, d) for i, d in enumerate(specs)]
    calls = 0
    real = dedup.same_event

    def counting(a: Event, b: Event) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(dedup, "same_event", counting)
    assert len(merge_duplicates(events)) == 300
    assert calls == 0
