"""Communities in livestock and land conflicts, and place or community names that are no armed group
(docs/rules/actors.md, `actor-community-militia` and "Derived names"). The sentences are the project's own."""

from __future__ import annotations

import pytest

from sitrep.extractors.actors import extract_actors
from sitrep.extractors.types import analyse_text, classify
from sitrep.model import ActorType, ClaimValue, DocContext, Document, Mention, PlaceValue


def actors_of(text: str, country: str = "Kenya"):
    doc = Document(text=text)
    mention = Mention(start=0, end=len(text), text=text)
    ctx = DocContext(doc=doc)
    return extract_actors(doc, mention, ctx, PlaceValue(country=country), ClaimValue())


def names(value) -> list[str]:
    return [a.name for a in (value.actor1, value.actor2) if a is not None]


@pytest.mark.parametrize("text, militia", [
    ("Samburu morans drove off two hundred goats from a manyatta near Baragoi and shot a herder.", "Samburu"),
    ("Pokot raiders stole cattle from a homestead and wounded two people.", "Pokot"),
    ("Pokots raided a homestead near the river at night, killing an elderly man.", "Pokot"),
    ("Three people died in a Turkana raid on a manyatta in the east of the county.", "Turkana"),
])
def test_raiding_community_named_by_raid_word_or_act_is_its_ethnic_militia(text, militia):
    a = actors_of(text)
    assert a.actor1 is not None
    assert a.actor1.name == f"{militia} Ethnic Militia (Kenya)"
    assert a.actor1.actor_type == ActorType.IDENTITY_MILITIA


def test_fighting_between_two_communities_names_both_militias():
    a = actors_of("Clashes between the Kalenjin and the Maasai over grazing land left four people dead.")
    assert set(names(a)) == {"Kalenjin Ethnic Militia (Kenya)", "Maasai Ethnic Militia (Kenya)"}


def test_fighting_between_two_communities_is_an_armed_clash():
    doc, mention, actors, _, _ = analyse_text("Clashes between the Kalenjin and the Maasai over grazing land left "
                                              "four people dead.", "Kenya")
    assert classify(doc, mention, None, actors).sub_event_type.value == "Armed clash"


def test_community_named_as_victims_or_as_owner_is_no_militia():
    a = actors_of("A man from the Turkana community was hacked to death by raiders who drove off Turkana livestock.")
    assert not any("Turkana" in n for n in names(a))


def test_community_words_do_not_make_broad_ethnic_fighters_a_militia():
    a = actors_of("Arab fighters stormed a checkpoint held by soldiers near the bridge.", "Syria")
    assert not any("Ethnic Militia" in n for n in names(a))


@pytest.mark.parametrize("text, place", [
    ("Two men were hacked to death by herders in Lomelo village on Sunday night.", "Lomelo"),
    ("A trader was shot dead by a gang at Githurai Kimbo on Tuesday.", "Githurai Kimbo"),
    ("A boda boda rider was stabbed by thugs near Kiamaiko Stage.", "Kiamaiko"),
])
def test_place_after_the_agent_of_a_by_phrase_is_not_an_actor(text, place):
    a = actors_of(text)
    assert not any(place in n for n in names(a))
    assert not any(r.endswith("derived:by") for r in a.rules)


def test_members_of_a_local_community_are_not_members_of_a_group():
    a = actors_of("A member of the local Ogiek community was shot dead by forest rangers in the forest.")
    assert not any(n.startswith("Ogiek") and "Militia" not in n for n in names(a))
    assert not any("derived" in r for r in a.rules)


def test_bare_herdsmen_outside_nigeria_are_not_the_fulani():
    a = actors_of("Armed herdsmen attacked a farm near the river and killed a farmer.", "Kenya")
    assert not any("Fulani" in n for n in names(a))


def test_bare_herdsmen_in_nigeria_stay_the_fulani_militia():
    a = actors_of("Armed herdsmen attacked a farm near the river and killed a farmer.", "Nigeria")
    assert a.actor1 is not None and a.actor1.name == "Fulani Ethnic Militia (Nigeria)"


def test_listed_community_found_by_a_derivation_frame_is_its_militia():
    a = actors_of("A police post was attacked by Pokots at night and two officers were killed.")
    assert a.actor1 is not None and a.actor1.name == "Pokot Ethnic Militia (Kenya)"
    assert a.actor1.actor_type == ActorType.IDENTITY_MILITIA
