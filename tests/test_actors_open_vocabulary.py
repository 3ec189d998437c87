"""Open-vocabulary actors (docs/rules/actors.md, "Derived names"): organisations the text names as a
party become actors with names derived from the text; lone attackers; attribution after the mention;
the 'suspected' tag; the neutrality filter on every derived name; no derivation in a party's claim."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors.actor_names import canonical_name, derive_names, is_neutral_name


def first(text: str):
    events = sitrep.extract(text, published="2010-06-01")
    assert events, text
    return events[0]


@pytest.mark.parametrize("text, name", [
    ("The Kenyan People Liberation Front claimed responsibility for the blast on a bus in Nairobi that killed 26.",
     "Kenyan People Liberation Front"),
    # a group the lexicon does not list ("Montoneros" is listed now), in the same frame
    ("A former president was kidnapped and shot dead by Azulejos guerrillas in the district of Timote, Argentina.",
     "Azulejos"),
    ("Militants of the Tupamaros shot dead a police officer in Montevideo, Uruguay.", "Tupamaros"),
    ("The Algerian consulate in Marseilles, France, was bombed by the anti-Arab Charles Martel Group, killing four people.",
     "Charles Martel Group"),
])
def test_actors_open_vocabulary_frames_name_the_perpetrator(text: str, name: str) -> None:
    ev = first(text)
    assert ev.actor1 == name
    assert any(r.startswith("actor1-derived:") for r in ev.rules)


def test_actors_open_vocabulary_acronym_linked_to_expansion() -> None:
    text = ("Gunmen of the Popular Resistance Front (PRF) attacked a police post in Kandi, Benin. "
            "PRF fighters then withdrew.")
    names = {d.name for d in derive_names(text, [(0, len(text))])}
    assert "PRF: Popular Resistance Front" in names
    # an acronym alone takes the expansion whose initials it spells elsewhere in the document
    assert canonical_name("NDLF", "The National Democratic Liberation Front said ...") == \
        "NDLF: National Democratic Liberation Front"


def test_actors_open_vocabulary_types_from_name_words() -> None:
    ev = first("The Kenyan People Liberation Front claimed responsibility for the blast on a bus in Nairobi that killed 26.")
    assert ev.inter1 == 2  # "Liberation", "Front": a rebel group
    ev = first("A bomb exploded outside a bank in Athens. The Conspiracy of Fire Nuclei Cells claimed responsibility.")
    assert ev.actor1 and "Conspiracy of Fire Nuclei" in ev.actor1


def test_actors_open_vocabulary_named_lone_attacker_is_type_3() -> None:
    ev = first("Trollhattan school attack: 21-year-old Anton Lundin Pettersson attacked Kronan School in Trollhattan, "
               "Sweden, with a sword, killing a teaching assistant.")
    assert ev.actor1 == "Anton Lundin Pettersson"
    assert ev.inter1 == 3
    assert "actor1-derived:individual" in ev.rules


def test_actors_open_vocabulary_demonyms_and_places_are_not_names() -> None:
    text = "Four Palestinian gunmen opened fire on a bus near Hebron. Sikh militants attacked a train in Punjab."
    assert [d.name for d in derive_names(text, [(0, len(text))])] == []


def test_actors_open_vocabulary_neutrality_filter_applies_to_every_name() -> None:
    assert not is_neutral_name("Brigade of the Martyrs")
    text = "Fighters of the Martyrs Brigade of Kandi attacked a police post in Kandi, Benin."
    assert all(is_neutral_name(d.name) for d in derive_names(text, [(0, len(text))]))
    ev = first(text)
    assert "Martyrs" not in (ev.actor1 or "")


def test_actors_open_vocabulary_not_derived_inside_a_partys_claim() -> None:
    text = ("In a statement, the group said its fighters killed five members of the Kandi Defence Brigade "
            "near Kandi, Benin.")
    events = sitrep.extract(text, published="2020-01-01", source_kind="claim")
    for ev in events:
        assert "Kandi Defence Brigade" not in {ev.actor1, ev.actor2}
        assert not any("-derived:" in r for r in ev.rules)


def test_actors_attribution_after_the_mention_names_the_perpetrator() -> None:
    # the attribution stands in an aggregate sentence after the mention ("in these attacks"); a total
    # of the one event ("A total of 22 people were injured in the attack ...") now continues the
    # mention itself (docs/rules/segmentation.md, 1.2)
    ev = first("A suicide bomber detonated his explosives next to a bus carrying troops in Kabul, killing two "
               "soldiers. At least 22 people were injured in these attacks, which were claimed by the Taliban.")
    assert ev.actor1 == "Taliban"
    assert "actor1-attributed-later" in ev.rules


def test_actors_suspected_party_is_agent_and_tagged() -> None:
    ev = first("Militants detonated a bomb at a mosque in Maiduguri, Nigeria, killing 11. Boko Haram is suspected.")
    assert ev.actor1 and ev.actor1.startswith("Boko Haram")
    assert "actor1-suspected" in ev.rules
    ev = first("Four people were killed in a suspected Taliban attack in Kandahar, Afghanistan.")
    assert ev.actor1 == "Taliban"
    assert "actor1-suspected" in ev.rules


def test_actors_state_target_is_not_the_perpetrator() -> None:
    ev = first("Four Turkish soldiers were killed in PKK attacks across southeastern Turkey.")
    assert ev.actor1 == "PKK: Kurdistan Workers Party"
    assert ev.actor2 == "Military Forces of Turkey"


def test_actors_attribution_stays_on_its_own_line() -> None:
    text = ("- Borno, 2 June: Armed men abducted three aid workers near Maiduguri, Nigeria.\n"
            "- Borno, 3 June: Fighters believed to belong to Islamic State (West Africa Province) attacked a base.")
    ev = sitrep.extract(text, published="2021-06-10")[0]
    assert ev.actor1 == "Unidentified Armed Group (Nigeria)"
