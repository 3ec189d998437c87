"""A party the actor extractor derived from a person's name (the victim, the accused) is the
detail that names one incident, so its words stay among the proper names two reports are
compared by; a group's name (shared by many incidents) does not."""

from __future__ import annotations

from sitrep.link import features
from tests.link_helpers import link_event

TEXT = "Police said Tomas Verbeck, 31, was wounded near a Hollow Creek market by members of Red Lantern"


def test_link_person_party_names_stay_names() -> None:
    person = features(link_event(TEXT, actor2="Tomas Verbeck", rules=["actor2-derived:individual"]))
    assert {"tomas", "verbeck", "hollow", "creek"} <= person.names


def test_link_group_party_names_are_no_names() -> None:
    group = features(link_event(TEXT, actor1="Red Lantern", rules=["actor1-named-group"]))
    assert not {"red", "lantern"} & group.names
    assert {"tomas", "verbeck"} <= group.names
