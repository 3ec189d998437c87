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


def test_a_person_derived_on_one_side_is_read_from_the_rule_ids_the_actor_stage_writes():
    from sitrep.extractors.actors import derived_rule, side_derived_by

    rules = [derived_rule("actor2", "individual-subject"), derived_rule("actor1", "claim")]
    assert side_derived_by(rules, "actor2")  # "individual" covers its extensions
    assert not side_derived_by(rules, "actor1")  # a claimant named from the text is no person
    assert side_derived_by(rules, "actor1", ("claim",))
    assert not side_derived_by(rules, "actor2", ())
