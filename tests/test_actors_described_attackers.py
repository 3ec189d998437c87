"""Attackers the text describes only by an identity ("Sikh militants", "right-wing extremists", "a Kurdish
gunman") are written "<Identity> <Noun> (<Country>)" (rule actor-described), GTD-style; a named group in
the mention, a responsibility claim or a country default still wins, and such a party names no one in
particular for the linker (docs/rules/actors.md, "Attackers described by an identity")."""

import pytest

from sitrep.extractors.actor_names import is_generic_actor
from sitrep.extractors.actors import find_actor_phrases
from sitrep.model import Document

from .test_actors_real_text_perpetrators import actor1


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        ("Armed Sikh militants stopped a bus near Amritsar and shot eleven travellers.", "India",
         "Sikh Militants (India)"),
        ("Four right-wing extremists set fire to a shelter for asylum seekers in Dresden.", "Germany",
         "Right-wing Extremists (Germany)"),
        ("A Hindu shopkeeper was stabbed to death by suspected Islamist militants in Khulna.", "Bangladesh",
         "Islamist Militants (Bangladesh)"),
        # the attacker word becomes "Militants"; the singular as well
        ("A Kurdish gunman opened fire on a police van in Mardin, wounding two officers.", "Turkey",
         "Kurdish Militants (Turkey)"),
        # an identity that is a noun by itself
        ("Islamists threw a grenade into a cafe in Sylhet, killing a waiter.", "Bangladesh", "Islamists (Bangladesh)"),
        # "X are suspected" after an unnamed attacker: the described party is the author
        ("Unknown gunmen shot two guards in Turbat. Baloch separatists are suspected.", "Pakistan",
         "Baloch Separatists (Pakistan)"),
    ],
)
def test_described_attackers_take_their_identity_and_noun(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a singular noun before an organisation word is a modifier of the group's name
        ("A bomb went off at a bus stop in Haifa. The Palestinian militant group Hamas said it carried out the "
         "attack.", "Israel", "Hamas Movement"),
        # a responsibility claim names the group behind the described attackers
        ("Kurdish militants ambushed a convoy near Lice, killing three soldiers. The PKK claimed responsibility.",
         "Turkey", "PKK: Kurdistan Workers Party"),
        # a country default keeps its group ("Islamist militants" in Somalia)
        ("Islamist militants stormed a hotel in Mogadishu, killing nine guests.", "Somalia", "Al Shabaab"),
        # no identity: the unidentified armed group as before
        ("Militants shot dead a teacher in Peshawar.", "Pakistan", "Unidentified Armed Group (Pakistan)"),
        # an identity word before a victim noun describes the victims, not the attackers
        ("Gunmen killed six Sikh pilgrims on a road near Jalalabad.", "Afghanistan",
         "Unidentified Armed Group (Afghanistan)"),
        # a lexicon group whose name starts with an identity word
        ("Islamic State militants attacked a checkpoint near Kirkuk, killing four policemen.", "Iraq", "Islamic State"),
    ],
)
def test_described_attackers_yield_to_named_parties(text, country, expected):
    assert actor1(text, country) == expected


def test_described_attacker_is_acted_upon_in_a_strike():
    text = "An air strike by the army killed five Kurdish militants near Hakkari."
    doc = Document(text=text)
    names = {p.name for p in find_actor_phrases(doc, 0, len(text), country="Turkey")}
    assert "Kurdish Militants (Turkey)" in names


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Sikh Militants (India)", True),
        ("Right-wing Extremists (Germany)", True),
        ("Islamists (Bangladesh)", True),
        # a lexicon group whose name ends with such a noun, without a country, is a named party
        ("Ambazonian Separatists", False),
        ("PKK: Kurdistan Workers Party", False),
        ("Unidentified Armed Group (Iraq)", True),
    ],
)
def test_described_attackers_name_no_one_for_the_linker(name, generic):
    assert is_generic_actor(name) is generic


@pytest.mark.parametrize(
    ("text", "country", "when", "expected"),
    [
        # another language's name of a group maps to its one standard name
        ("Fighters of the Ejército del Pueblo Paraguayo burned a ranch near Concepcion.", "Paraguay", None,
         "EPP: Paraguayan People's Army"),
        ("A cell calling itself the Conspiracy Nuclei of Fire sent parcel bombs to embassies in Athens.", "Greece", None,
         "Conspiracy of Fire Nuclei"),
        # a transliteration variant, named as the group was called on the event's date
        ("Ansar Bait al-Maqdis fighters shot two conscripts near El Arish.", "Egypt", "2013-05-01",
         "Ansar Beit al-Maqdis"),
        ("Ansar Bait al-Maqdis fighters shot two conscripts near El Arish.", "Egypt", "2015-05-01",
         "Islamic State (Sinai Province)"),
    ],
)
def test_group_spellings_map_to_one_standard_name(text, country, when, expected):
    import datetime

    doc = Document(text=text)
    day = datetime.date.fromisoformat(when) if when else None
    names = [p.name for p in find_actor_phrases(doc, 0, len(text), country=country, when=day)]
    assert expected in names
