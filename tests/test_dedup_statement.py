"""Casualty statements (a toll re-told without an act) join the event of their place (sitrep.dedup)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.dedup import STATEMENT_MERGED_RULE, STATEMENT_RULE, merge_duplicates
from sitrep.model import Event, Evidence, EventType, SourceKind, SubEventType, TimePrecision
from tests.test_dedup_merge import DAY, DETAIL, MAIDUGURI, OTHER, SUMMARY, TEXT, VAC, ev

KONDUGA = {**MAIDUGURI, "admin2": "Konduga", "location": "Konduga"}
CLAIM = dict(source_kind=SourceKind.CLAIM, claimed_by="Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad")


def main_event(**kw: Any) -> Event:
    return ev(SUMMARY, **{**DAY, **MAIDUGURI, **VAC, **CLAIM, "fatalities": 4, **kw})


def statement(**kw: Any) -> Event:
    base = dict(
        **DAY, **MAIDUGURI, event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
        sub_event_type=SubEventType.ATTACK, injured=2, source_kind=SourceKind.REPORT,
        rules=[STATEMENT_RULE],
    )
    base.update(kw)
    return ev(DETAIL, **base)


def test_dedup_statement_joins_main_event_across_voice_keeping_main_figures() -> None:
    out = merge_duplicates([main_event(), statement()])
    assert len(out) == 1
    m = out[0]
    assert m.source_kind == SourceKind.CLAIM and m.fatalities == 4 and m.injured is None
    assert STATEMENT_MERGED_RULE in m.rules and "dedup:statement-figure:injured=2" in m.rules
    assert [(e.start, e.end) for e in m.field_evidence["event"]] == [SUMMARY, DETAIL]


def test_dedup_statement_fills_missing_figures_in_the_same_voice() -> None:
    out = merge_duplicates([main_event(**{"source_kind": SourceKind.REPORT, "claimed_by": None}), statement()])
    assert len(out) == 1 and out[0].injured == 2 and out[0].fatalities == 4


def test_dedup_statement_prefers_the_nearest_earlier_event_of_its_place() -> None:
    other_place = ev(OTHER, **{**DAY, **KONDUGA, **VAC, **CLAIM, "fatalities": 4})
    out = merge_duplicates([main_event(), other_place, statement()])
    assert len(out) == 2
    assert STATEMENT_MERGED_RULE in out[0].rules and STATEMENT_MERGED_RULE not in out[1].rules


@pytest.mark.parametrize(
    "kw",
    [
        dict(KONDUGA),  # another place
        dict(location=None, admin2=None),  # no place to compare
    ],
)
def test_dedup_statement_without_its_place_stays_apart(kw: dict) -> None:
    out = merge_duplicates([main_event(), statement(**kw)])
    assert len(out) == 2


def test_dedup_statement_with_a_conflicting_own_date_stays_apart() -> None:
    d = date(2024, 3, 2)
    own = Evidence.of(TEXT, DETAIL[0], DETAIL[0] + 5)
    st = statement(event_date=d, event_date_end=d, time_precision=TimePrecision.DAY, field_evidence={"date": [own]})
    assert len(merge_duplicates([main_event(), st])) == 2
