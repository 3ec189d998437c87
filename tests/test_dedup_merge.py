"""Within-document de-duplication (sitrep.dedup): same event told twice -> one record."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from sitrep.dedup import MERGED_RULE, date_compatible, merge_duplicates, place_compatible, same_event
from sitrep.model import Document, Event, EventType, Evidence, GeoPrecision, SourceKind, SubEventType, TimePrecision, make_event_id

TEXT = (
    "Gunmen killed four people at a market in Maiduguri on Saturday.\n\n"
    "MAIDUGURI, Nigeria, 9 March (Example Wire) - Gunmen on motorcycles opened fire on traders at "
    "the Monday Market in Maiduguri on Saturday afternoon, killing four people and wounding nine, "
    "police said.\n\n"
    "Separately, gunmen killed four farmers in Konduga on Saturday."
)
DOC = Document(text=TEXT)
SUMMARY = (0, TEXT.index("\n\n"))
DETAIL = (TEXT.index("Gunmen on motorcycles"), TEXT.index("police said.") + len("police said."))
OTHER = (TEXT.index("Separately"), len(TEXT))

MAIDUGURI = dict(
    country="Nigeria", iso3="NGA", admin1="Borno", admin2="Maiduguri", location="Maiduguri",
    latitude=11.8464, longitude=13.1603, geo_precision=GeoPrecision.PLACE,
)
DAY = dict(event_date=date(2024, 3, 9), event_date_end=date(2024, 3, 9), time_precision=TimePrecision.DAY)
VAC = dict(
    event_type=EventType.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=SubEventType.ATTACK,
    actor1="Unidentified Armed Group (Nigeria)", actor2="Civilians (Nigeria)",
)


def ev(span: tuple[int, int], **kw: Any) -> Event:
    start, end = span
    base: dict[str, Any] = dict(
        event_id=make_event_id(DOC.doc_id, start, end), doc_id=DOC.doc_id,
        evidence=Evidence.of(TEXT, start, end),
    )
    base.update(kw)
    return Event(**base)


def summary(**kw: Any) -> Event:
    return ev(SUMMARY, **{**DAY, **MAIDUGURI, **VAC, "fatalities": 4, **kw})


def detail(**kw: Any) -> Event:
    return ev(DETAIL, **{**DAY, **MAIDUGURI, **VAC, "fatalities": 4, "injured": 9, "rules": ["x"], **kw})


def test_dedup_summary_and_detail_become_one_record_with_both_spans() -> None:
    out = merge_duplicates([summary(), detail()])
    assert len(out) == 1
    merged = out[0]
    spans = [(e.start, e.end) for e in merged.field_evidence["event"]]
    assert spans == [SUMMARY, DETAIL]
    assert merged.injured == 9  # the fuller value
    assert MERGED_RULE in merged.rules and "x" in merged.rules
    for e in merged.field_evidence["event"]:
        assert TEXT[e.start : e.end] == e.text


def test_dedup_keeps_fuller_fields_from_either_side() -> None:
    short = summary(location=None, admin2=None, latitude=None, longitude=None, geo_precision=GeoPrecision.REGION,
                    fatalities=None, event_date=None, event_date_end=None, time_precision=None)
    full = detail()
    out = merge_duplicates([short, detail(), ])
    # short has only admin1 and no counts/date: place not comparable at fine level, so no merge
    assert len(out) == 2
    out = merge_duplicates([summary(fatalities=None), full])
    assert len(out) == 1
    assert out[0].fatalities == 4 and out[0].location == "Maiduguri"


@pytest.mark.parametrize(
    "change, merged",
    [
        ({}, True),
        ({"location": "Konduga", "admin2": "Konduga"}, False),  # same day, other place
        ({"event_date": date(2024, 3, 10), "event_date_end": date(2024, 3, 10)}, False),
        ({"event_type": EventType.EXPLOSIONS, "sub_event_type": SubEventType.REMOTE_EXPLOSIVE}, False),
        ({"fatalities": 7}, False),  # conflicting tolls
        ({"fatalities": 4, "fatalities_low": 4, "fatalities_high": None}, True),
        ({"actor1": "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"}, True),  # unidentified is a wildcard
        ({"source_kind": SourceKind.CLAIM, "claimed_by": "Example Group"}, False),
        ({"background": True}, False),
        ({"doc_id": "another-document"}, False),
        ({"country": "Cameroon", "iso3": "CMR"}, False),
    ],
)
def test_dedup_same_event_rule(change: dict[str, Any], merged: bool) -> None:
    assert same_event(detail(), summary(**change)) is merged
    assert len(merge_duplicates([summary(**change), detail()])) == (1 if merged else 2)


def test_dedup_at_least_range_is_compatible_with_larger_figure() -> None:
    a = summary(fatalities=5, fatalities_low=5, fatalities_high=None)
    b = detail(fatalities=7)
    # "at least 5" and "7": compatible counts, place + date + type agree
    assert same_event(a, b)


def test_dedup_never_merges_two_attacks_same_day_in_different_places() -> None:
    a = detail()
    b = ev(OTHER, **{**DAY, **VAC, "fatalities": 4, "country": "Nigeria", "iso3": "NGA", "admin1": "Borno",
                     "admin2": "Konduga", "location": "Konduga", "geo_precision": GeoPrecision.PLACE})
    assert merge_duplicates([a, b]) == [a, b]


def test_dedup_without_places_needs_same_day_and_same_toll() -> None:
    a = ev(SUMMARY, **DAY, **VAC, fatalities=4)
    b = ev(DETAIL, **DAY, **VAC, fatalities=4, injured=9)
    c = ev(OTHER, **DAY, **VAC, fatalities=2)
    assert len(merge_duplicates([a, b])) == 1
    assert len(merge_duplicates([a, c])) == 2


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ((date(2024, 3, 9), TimePrecision.DAY), (date(2024, 3, 9), TimePrecision.DAY), True),
        ((date(2024, 3, 9), TimePrecision.DAY), (date(2024, 3, 10), TimePrecision.DAY), False),
        ((date(2024, 3, 1), TimePrecision.MONTH), (date(2024, 3, 27), TimePrecision.DAY), True),
        ((date(2024, 3, 1), TimePrecision.MONTH), (date(2024, 4, 2), TimePrecision.DAY), False),
        ((date(2024, 3, 9), TimePrecision.WEEK), (date(2024, 3, 11), TimePrecision.DAY), True),
        ((None, None), (date(2024, 3, 11), TimePrecision.DAY), None),
    ],
)
def test_dedup_date_compatibility_uses_precision(a: tuple, b: tuple, expected: bool | None) -> None:
    ea = summary(event_date=a[0], event_date_end=a[0], time_precision=a[1])
    eb = summary(event_date=b[0], event_date_end=b[0], time_precision=b[1])
    assert date_compatible(ea, eb) is expected


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ({"location": "Maiduguri"}, {"location": "Maiduguri"}, True),
        ({"location": "Maiduguri"}, {"location": "Konduga", "admin2": "Konduga"}, False),
        ({"location": None, "admin2": None}, {"location": "Maiduguri"}, None),
        ({"location": None, "admin2": None}, {"location": None, "admin2": None}, True),
        ({"location": None, "admin2": None, "admin1": "Yobe"}, {"location": None, "admin2": None}, False),
    ],
)
def test_dedup_place_compatibility_by_admin_level(a: dict, b: dict, expected: bool | None) -> None:
    assert place_compatible(summary(**a), summary(**b)) is expected


def test_dedup_keeps_order_and_unrelated_events() -> None:
    a, b = summary(), detail()
    c = ev(OTHER, **DAY, event_type=EventType.BATTLES, sub_event_type=SubEventType.ARMED_CLASH,
           country="Nigeria", location="Konduga")
    out = merge_duplicates([c, a, b])
    assert [e.evidence.start for e in out][0] == OTHER[0]
    assert len(out) == 2


def test_dedup_three_tellings_merge_into_one() -> None:
    third = ev(OTHER, **{**DAY, **MAIDUGURI, **VAC, "fatalities": 4})
    out = merge_duplicates([summary(), detail(), third])
    assert len(out) == 1
    assert len(out[0].field_evidence["event"]) == 3


def test_dedup_empty_and_single() -> None:
    assert merge_duplicates([]) == []
    one = summary()
    assert merge_duplicates([one]) == [one]


def test_dedup_part_of_month_does_not_swallow_a_later_day() -> None:
    mid = summary(event_date=date(2024, 3, 11), event_date_end=date(2024, 3, 20),
                  time_precision=TimePrecision.MONTH)
    day = summary(event_date=date(2024, 3, 24), event_date_end=date(2024, 3, 24),
                  time_precision=TimePrecision.DAY)
    inside = summary(event_date=date(2024, 3, 15), event_date_end=date(2024, 3, 15),
                     time_precision=TimePrecision.DAY)
    assert date_compatible(mid, day) is False
    assert date_compatible(mid, inside) is True
