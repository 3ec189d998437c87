"""Candidate pairs beyond the place-and-week block: rare shared names, publication-dated events,
and the partitions the Dask linker relies on."""

from __future__ import annotations

from datetime import date, timedelta

from sitrep.link import (
    NAME_CAP,
    NAME_LONG_DAYS,
    NAME_SLACK_DAYS,
    candidate_pairs,
    date_window,
    independent_partitions,
    iter_pair_vectors,
    name_pairs,
    pair_score,
)
from sitrep.model import Document, Event, EventType, Evidence, GeoPrecision, SubEventType, TimePrecision

_n = 0


def ev(text: str, **kw: object) -> Event:
    global _n
    _n += 1
    doc = Document(text=f"{text} ({_n})")
    base: dict[str, object] = dict(
        event_id=f"b{_n}", doc_id=doc.doc_id, evidence=Evidence.of(doc.text, 0, len(text)),
        event_date=date(2016, 5, 14), time_precision=TimePrecision.DAY,
        event_type=EventType.VIOLENCE_AGAINST_CIVILIANS, sub_event_type=SubEventType.ATTACK,
        country="United States", iso3="USA", admin1="Illinois", location="Chicago",
        latitude=41.88, longitude=-87.63, geo_precision=GeoPrecision.PLACE, fatalities=1,
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


SHOOTING = "Police said Marquise Dellacroix was shot outside a store on Kedzie Boulevard"
FOLLOW_UP = "A man was charged in the killing of Marquise Dellacroix outside a store on Kedzie Boulevard"


def test_link_shared_rare_name_makes_a_candidate_beyond_the_date_window() -> None:
    """A follow-up dated three weeks later, geocoded to another city of the state: no ordinary
    candidate, but the victim's name and the street make it one, under soft constraints."""
    a = ev(SHOOTING)
    b = ev(FOLLOW_UP, event_date=date(2016, 6, 4), location="Springfield", latitude=39.8, longitude=-89.65)
    assert list(candidate_pairs([a, b])) == []
    assert name_pairs([a, b]) == {(0, 1): 3}  # marquise, dellacroix, kedzie (not the street word)
    assert [(i, j) for i, j, _ in iter_pair_vectors([a, b])] == [(0, 1)]
    assert pair_score(a, b) > 0.0


def test_link_shared_name_never_bridges_countries_or_more_than_the_name_slack() -> None:
    a = ev(SHOOTING)
    abroad = ev(FOLLOW_UP, iso3="CAN", country="Canada")
    late = ev(FOLLOW_UP, event_date=date(2016, 5, 14) + timedelta(days=NAME_LONG_DAYS + 10))
    assert pair_score(a, abroad) == 0.0 and pair_score(a, late) == 0.0


def test_link_a_follow_up_months_later_needs_two_shared_rare_names() -> None:
    """Beyond NAME_SLACK_DAYS, up to NAME_LONG_DAYS, a pair is compared only when it shares
    NAME_LONG_MIN rare names (the victim's first and last name), not one."""
    later = date(2016, 5, 14) + timedelta(days=NAME_SLACK_DAYS + 40)
    a = ev(SHOOTING)
    two = ev("A man was charged in the killing of Marquise Dellacroix", event_date=later)
    one = ev("A man was charged in the killing of a teenager on Kedzie Boulevard", event_date=later)
    assert NAME_SLACK_DAYS + 40 < NAME_LONG_DAYS
    assert name_pairs([a, two]) == {(0, 1): 2}
    assert [(i, j) for i, j, _ in iter_pair_vectors([a, two])] == [(0, 1)]
    assert name_pairs([a, one]) == {}
    assert list(iter_pair_vectors([a, one])) == []


def test_link_a_common_name_is_no_blocking_key() -> None:
    """A word that NAME_CAP or more events carry in one country and window pairs nothing."""
    evs = [ev(f"Officers from Kedzie station answered call {k}", location=f"Town {k}",
              latitude=30.0 + 2 * k, longitude=-100.0 + 2 * k) for k in range(NAME_CAP)]  # fmt: skip
    assert name_pairs(evs) == {}
    assert name_pairs(evs[:2]) == {(0, 1): 1}


def test_link_a_date_from_the_publication_date_reaches_back() -> None:
    """An event dated only by its document's publication date happened on or before it."""
    e = ev(SHOOTING, time_precision=TimePrecision.WEEK, rules=["date-from-published"])
    start, end = date_window(e)  # type: ignore[misc]
    assert (e.event_date - start).days > (end - e.event_date).days >= 0


def test_link_partitions_hold_every_name_pair() -> None:
    """The Dask linker links partitions apart: no candidate of either kind may cross one."""
    a = ev(SHOOTING)
    b = ev(FOLLOW_UP, event_date=date(2016, 6, 4), location="Springfield", latitude=39.8, longitude=-89.65)
    far = ev("A shooting on a farm", event_date=date(2018, 5, 1))
    parts = independent_partitions([a, b, far])
    where = {i: k for k, part in enumerate(parts) for i in part}
    assert where[0] == where[1] != where[2]
