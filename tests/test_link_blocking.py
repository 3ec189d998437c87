"""Candidate pairs beyond the place-and-week block: rare shared names, publication-dated events,
and the partitions the Dask linker relies on."""

from __future__ import annotations

from datetime import date, timedelta

from sitrep.link import (
    FEATURE_NAMES,
    NAME_CAP,
    NAME_CAP_PAIR,
    NAME_LONG_DAYS,
    NAME_SLACK_DAYS,
    NAME_YEAR_DAYS,
    candidate_pairs,
    date_window,
    features,
    independent_partitions,
    iter_pair_vectors,
    name_pairs,
    pair_score,
    pair_vector,
)
from sitrep.model import Event, Evidence, TimePrecision
from tests.link_helpers import link_event

ev = link_event


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
    late = ev(FOLLOW_UP, event_date=date(2016, 5, 14) + timedelta(days=NAME_YEAR_DAYS + 10))
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
    far = ev("A shooting on a farm", event_date=date(2016, 5, 14) + timedelta(days=2 * NAME_YEAR_DAYS + 30))
    parts = independent_partitions([a, b, far])
    where = {i: k for k, part in enumerate(parts) for i in part}
    assert where[0] == where[1] != where[2]


def test_link_names_many_outlets_share_pair_when_two_are_shared() -> None:
    """An incident that NAME_CAP or more outlets report names its victim in every article: the
    first and last name are too common for one-name keys, but pairs that share two such names
    (carried by fewer than NAME_CAP_PAIR events) are candidates; one such name pairs nothing."""
    n = NAME_CAP + 2
    assert n < NAME_CAP_PAIR
    both = [ev(f"A memorial for Marquise Dellacroix drew crowds {k}", location=f"Town {k}",
               latitude=30.0 + 2 * k, longitude=-100.0 + 2 * k) for k in range(n)]  # fmt: skip
    assert set(name_pairs(both)) == {(i, j) for i in range(n) for j in range(i + 1, n)}
    assert all(v == 2 for v in name_pairs(both).values())
    one = [ev(f"A memorial for Dellacroix drew crowds {k}", location=f"Town {k}",
              latitude=30.0 + 2 * k, longitude=-100.0 + 2 * k) for k in range(n)]  # fmt: skip
    assert name_pairs(one) == {}


def _placed(text: str, written: str, **kw: object) -> Event:
    e = ev(text, **kw)
    start = e.evidence.text.index(written)
    place = Evidence(start=start, end=start + len(written), text=written)
    return e.model_copy(update={"field_evidence": {"place": [place]}})


def test_link_one_place_as_written_is_no_place_conflict_and_no_name() -> None:
    """Two reports that write one place name ("Toledo") may be one event however the geoparser
    resolved each: the resolved distance vetoes nothing and the names agree (``place_name``); the
    written place is the event's own place, never a shared name."""
    a = _placed("A man was shot in Toledo on Monday", "Toledo", location="Toledo")
    b = _placed("Toledo police said a man was shot Monday", "Toledo", location="Toledo", iso3="USA",
                latitude=16.3, longitude=-88.8)  # fmt: skip
    c = _placed("A man was shot in Dayton on Monday", "Dayton", location="Dayton", latitude=39.76, longitude=-84.19)
    fa, fb, fc = features(a), features(b), features(c)
    assert "toledo" not in fa.names | fb.names
    k, conflict = FEATURE_NAMES.index("place_name"), FEATURE_NAMES.index("place_conflict")
    x = pair_vector(fa, fb, rare=1)
    assert x is not None and x[k] == 1.0 and x[conflict] == 0.0
    assert pair_vector(fa, fc) is None  # resolved 400 km apart, written apart: no candidate
    y = pair_vector(fa, fc, rare=1)
    assert y is not None and y[conflict] == 1.0 and y[k] < 1.0


def test_link_a_trial_a_year_later_needs_three_shared_names() -> None:
    """Beyond NAME_LONG_DAYS, up to NAME_YEAR_DAYS, a pair is compared only when it shares
    NAME_YEAR_MIN names (the victim, the accused, the street), not two."""
    later = date(2016, 5, 14) + timedelta(days=NAME_LONG_DAYS + 60)
    assert NAME_LONG_DAYS + 60 < NAME_YEAR_DAYS
    a = ev(SHOOTING)
    three = ev("A jury convicted a man of killing Marquise Dellacroix on Kedzie Boulevard", event_date=later)
    two = ev("A jury convicted a man of killing Marquise Dellacroix", event_date=later)
    assert name_pairs([a, three]) == {(0, 1): 3}
    assert [(i, j) for i, j, _ in iter_pair_vectors([a, three])] == [(0, 1)]
    assert list(iter_pair_vectors([a, two])) == []
