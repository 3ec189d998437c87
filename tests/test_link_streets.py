"""The street of an incident is a specific of it: two reports of one shooting name one street
("North 41st Street", "the 1800 block of Larkspur Lane", "at Juniper and Cobalt streets"), two
shootings in one city name two."""

from __future__ import annotations

from sitrep.link import FEATURE_NAMES, features, pair_vector, streets
from tests.link_helpers import link_event

ev = link_event


def test_link_streets_are_read_without_direction_or_street_word() -> None:
    assert streets("A man was wounded on North 41st Street before dawn") == {"41st"}
    assert streets("A patrol answered a call from the 1800 block of Larkspur Lane, police said.") == {"larkspur"}
    assert streets("Two cars collided at Juniper and Cobalt streets") == {"juniper", "cobalt"}
    assert streets("Hit on the town's Ninth Avenue") == streets("Found at 300 West Ninth Avenue") == {"ninth"}
    assert streets("A man was wounded in his home on Tuesday") == frozenset()


def test_link_same_street_agrees_and_two_streets_conflict() -> None:
    shared, conflict = FEATURE_NAMES.index("street_shared"), FEATURE_NAMES.index("street_conflict")
    a = features(ev("A man was wounded in the 4100 block of South Quarry Street"))
    b = features(ev("Police said the victim was found on Quarry Street"))
    c = features(ev("A man was wounded on West 52nd Street"))
    d = features(ev("A man was wounded"))
    ab, ac, ad = pair_vector(a, b), pair_vector(a, c), pair_vector(a, d)
    assert ab is not None and ac is not None and ad is not None
    assert (ab[shared], ab[conflict]) == (1.0, 0.0)
    assert (ac[shared], ac[conflict]) == (0.0, 1.0)
    assert (ad[shared], ad[conflict]) == (0.0, 0.0)
