"""The ages a report gives its people ("a 15-year-old boy", "Boy, 15, shot") are specifics of one
incident: two reports that give the same ages agree, and the more ages only one of them gives, the
less."""

from __future__ import annotations

from sitrep.link import FEATURE_NAMES, ages, features, pair_vector
from tests.link_helpers import link_event

ev = link_event


def test_link_ages_are_read_in_both_styles() -> None:
    assert ages("Boy, 15, shot in Englewood; a 17-year-old was also hit") == {15, 17}
    assert ages("Justin Bailey, 26, was charged; the 6-year-old girl survived") == {26, 6}
    assert ages("On March 3, 2016, police said 3 people were shot") == frozenset()


def test_link_same_ages_agree_and_a_long_list_of_ages_agrees_less() -> None:
    agree = FEATURE_NAMES.index("age_agree")
    a = features(ev("A 15-year-old boy was shot on a porch"))
    b = features(ev("Boy, 15, wounded in a porch shooting"))
    c = features(ev("A 32-year-old man was shot on a porch"))
    d = features(ev("A man was shot on a porch"))
    e = features(ev("Police named the victims: a 15-year-old, a 19-year-old, a 24-year-old and a 40-year-old"))
    pairs = [pair_vector(a, b), pair_vector(a, c), pair_vector(a, d), pair_vector(a, e)]
    assert all(x is not None for x in pairs)
    assert [x[agree] for x in pairs] == [1.0, 0.0, 0.0, 0.25]  # type: ignore[index]
