"""A later article that dates its incident itself ("the March 3 shooting") is compared with the
reports of that day, and the place one report is resolved to may be named in another's text."""

from __future__ import annotations

from datetime import date

from sitrep.link import (
    FEATURE_NAMES,
    candidate_pairs,
    features,
    incident_windows,
    independent_partitions,
    iter_pair_vectors,
    pair_vector,
)
from sitrep.model import Event, TimePrecision
from tests.link_helpers import link_event


def ev(text: str, **kw: object) -> Event:
    """A report dated 3 March 2016, published the next day."""
    return link_event(text, **{"event_date": date(2016, 3, 3), "published": date(2016, 3, 4), **kw})


PUBLISHED = date(2016, 3, 28)


def test_link_incident_windows_read_the_date_a_text_gives_its_incident() -> None:
    (w,) = incident_windows("A man was charged Monday in the March 3 shooting of a teenager.", PUBLISHED)
    assert w[0] <= date(2016, 3, 3) <= w[1] and w[1] < date(2016, 3, 10)
    (w,) = incident_windows("Police made an arrest in Tuesday's shooting on the West Side.", PUBLISHED)
    assert w[0] <= date(2016, 3, 22) <= w[1]


def test_link_incident_windows_skip_dates_that_are_not_the_incident() -> None:
    # a reporting date, a date with no word naming the incident near it, a date after publication
    assert incident_windows("The mayor said Friday that the budget will be voted on March 3.", PUBLISHED) == ()
    assert incident_windows("The council meets on March 3 to vote on the new park.", PUBLISHED) == ()
    assert incident_windows("The trial in the shooting opens April 20, 2016.", PUBLISHED) == ()
    assert incident_windows("the March 3 shooting", None) == ()


def test_link_follow_up_dated_by_its_incident_reference_is_a_candidate() -> None:
    """A follow-up dated by its publication three weeks later, which shares no name with the first
    report, meets it through the date it gives its incident."""
    first = ev("A teenager was shot on a porch in the 4800 block of a South Side street")
    later = ev("Police charged a 19-year-old in the March 3 shooting of a teenager",
               event_date=PUBLISHED, published=PUBLISHED, time_precision=TimePrecision.WEEK,
               rules=["date-from-published"])
    other = ev("Police charged a 19-year-old in a robbery", event_date=PUBLISHED, published=PUBLISHED,
               time_precision=TimePrecision.WEEK, rules=["date-from-published"])
    assert list(candidate_pairs([first, later])) == []
    texts = [e.evidence.text for e in (first, later)]
    refs = [features(e, t).ref_windows for e, t in zip((first, later), texts)]
    assert sorted({tuple(sorted(p)) for p in candidate_pairs([first, later], refs)}) == [(0, 1)]
    ((i, j, x),) = list(iter_pair_vectors([first, later]))
    assert (i, j) == (0, 1) and x[FEATURE_NAMES.index("date_ref")] == 1.0
    assert list(iter_pair_vectors([first, other])) == []
    # the Dask linker's partitions still hold the pair together
    assert any({0, 1} <= set(p) for p in independent_partitions([first, later]))


def test_link_place_named_in_the_other_text_agrees_where_resolved_names_differ() -> None:
    a = ev("A man was shot in Lakewood after a night of partying", location="Lakewood", latitude=39.70,
           longitude=-105.08, admin1="Colorado")
    b = ev("Police in Lakewood arrested a man who shot his friend", location="Denver", latitude=39.74,
           longitude=-104.99, admin1="Colorado")
    c = ev("A man was shot in Englewood after a night of partying", location="Englewood", latitude=39.65,
           longitude=-104.99, admin1="Colorado")
    k = FEATURE_NAMES.index("place_in_text")
    fa, fb, fc = (features(e) for e in (a, b, c))
    assert pair_vector(fa, fb)[k] == 1.0  # type: ignore[index]
    assert pair_vector(fb, fc)[k] == 0.0  # type: ignore[index]
