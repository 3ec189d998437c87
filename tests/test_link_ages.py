"""The ages a report gives its people ("a 15-year-old boy", "Boy, 15, shot") are specifics of one
incident: two reports that give the same ages agree, two that give only different ones conflict."""

from __future__ import annotations

from sitrep.link import FEATURE_NAMES, ages, features, pair_vector
from tests.link_helpers import link_event

ev = link_event


def test_link_ages_are_read_in_both_styles() -> None:
    assert ages("Boy, 15, shot in Englewood; a 17-year-old was also hit") == {15, 17}
    assert ages("Justin Bailey, 26, was charged; the 6-year-old girl survived") == {26, 6}
    assert ages("On March 3, 2016, police said 3 people were shot") == frozenset()


def test_link_same_ages_agree_and_different_ages_conflict() -> None:
    agree, conflict = FEATURE_NAMES.index("age_agree"), FEATURE_NAMES.index("age_conflict")
    a = features(ev("A 15-year-old boy was shot on a porch"))
    b = features(ev("Boy, 15, wounded in a porch shooting"))
    c = features(ev("A 32-year-old man was shot on a porch"))
    d = features(ev("A man was shot on a porch"))
    x, y, z = pair_vector(a, b), pair_vector(a, c), pair_vector(a, d)
    assert x is not None and y is not None and z is not None
    assert x[agree] == 1.0 and x[conflict] == 0.0
    assert y[agree] == 0.0 and y[conflict] == 1.0
    assert z[agree] == 0.0 and z[conflict] == 0.0  # one report gives no age: nothing to compare
