"""Perpetrators in real reporting phrasing that earlier cues missed (issue 12; docs/rules/actors.md):
a count before a named party after "by", attribution sentences, groups the lexicon does not know,
named lone attackers, and the state's forces as the casualties or the responders, never the author."""

import pytest

from sitrep.extractors.actors import extract_actors
from sitrep.extractors.actor_names import derive_names
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue, SourceKind


def actor1(text: str, country: str | None = None) -> str | None:
    doc = Document(text=text)
    mention = Mention(start=0, end=len(text), text=text)
    value = extract_actors(doc, mention, DocContext(doc=doc), PlaceValue(country=country) if country else None,
                           ClaimValue(source_kind=SourceKind.REPORT))
    return value.actor1.name if value.actor1 else None


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a count or a band between "by" and the named party
        ("A captain of the army was shot dead by four AQIM gunmen in Timbuktu.", "Mali",
         "AQIM: Al Qaeda in the Islamic Maghreb"),
        ("A teacher was killed by a group of PKK militants near the school.", "Turkey", "PKK: Kurdistan Workers Party"),
        # an attribution sentence after the act: "believed to have been behind", "to blame", "blame X for"
        ("Three people were killed when a car bomb exploded outside a police station. PKK is believed to have "
         "been behind the attack.", "Turkey", "PKK: Kurdistan Workers Party"),
        ("A remote control bomb kills seven police officers in Medellin. Authorities blame the Medellin Cartel "
         "for the attack.", "Colombia", "Medellin Cartel"),
        # "the group, X," names X
        ("The jihadist rebel group, Jund al-Aqsa, executed two men in the village.", "Syria", "Jund al-Aqsa"),
        # the state's forces are the casualties of a fight with the named party
        ("Two soldiers were killed in a shootout against PKK militants in the town of Lice.", "Turkey",
         "PKK: Kurdistan Workers Party"),
        ("Clashes between soldiers and PKK militants left four soldiers dead in the district.", "Turkey",
         "PKK: Kurdistan Workers Party"),
        # the attacker described first, not the police who shot the attacker
        ("Faisal Mohammad, armed with a hunting knife, stabbed four people at the university before being shot and "
         "killed by police.", "United States", "Faisal Mohammad"),
    ],
)
def test_perpetrator_in_real_phrasing(text, country, expected):
    assert actor1(text, country) == expected


def test_a_claiming_group_outranks_the_forces_that_killed_its_attackers():
    import sitrep

    events = sitrep.extract("Two assailants killed a priest in a church in Rouen. The two assailants were killed by "
                            "French police. Islamic State claimed responsibility for the attack.", published="2016-07-27")
    assert events[0].actor1 == "Islamic State"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tarak Yahya (20) stabbed two people in Afula.", "Tarak Yahya"),
        ("A businessman named Carlos Peralta stabbed the head of the community.", "Carlos Peralta"),
        ("Shooting: Muhand al-Okabi, an Israeli Bedouin shot and killed a soldier at the station.", "Muhand al-Okabi"),
        ("The Anti-Gentrification Front claimed responsibility for the fire.", "Anti-Gentrification Front"),
        ('A group calling itself "Warriors of the Boer Nation" claimed responsibility.', "Warriors of the Boer Nation"),
    ],
)
def test_named_party_is_derived(text, name):
    assert name in [d.name for d in derive_names(text, [(0, len(text))], text)]


def test_anti_modifier_is_still_trimmed_from_generic_words():
    text = "Anti-government militants claimed responsibility for the attack."
    assert not [d for d in derive_names(text, [(0, len(text))], text) if "Anti" in d.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party an appositive names as what the claimant belongs to is not the claimant
        ("An explosion killed eight people in Lahore. Jamaat-ul-Ahrar, a breakaway faction of the Tehrik-i-Taliban "
         "Pakistan, claimed responsibility for the attack.", "Jamaat-ul-Ahrar"),
        ("Two suicide bombers detonated their vests in Beirut. The Abdullah Azzam Brigades, an Al-Qaeda linked "
         "organization claimed responsibility for the attack.", "Abdullah Azzam Brigades"),
        # without an appositive the group of "the military wing of X" is the claimant
        ("A rocket was fired at Sderot. One person was injured. The military wing of Hamas claimed responsibility "
         "for the attack.", "Hamas Movement"),
    ],
)
def test_claimant_is_not_the_party_it_belongs_to(text, expected):
    import sitrep

    assert sitrep.extract(text, published="2015-02-18")[0].actor1 == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # "blaming / blame the attack on X", "which authorities blame on X"
        ("A bomb exploded near an armored carrier in Jolo. Authorities are blaming the attack on the Abu Sayyaf "
         "Group (ASG).", "Philippines", "Abu Sayyaf Group"),
        ("A car bomb exploded in Bali, which authorities blame on the Jemaah Islamiyah (JI).", "Indonesia",
         "Jemaah Islamiyah"),
        # "killed during the latest X raid": the raid's author
        ("At least four people were killed during the latest Boko Haram raid in the village of Tumpun.", "Nigeria",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ],
)
def test_blame_and_event_noun_name_the_perpetrator(text, country, expected):
    assert actor1(text, country) == expected


def test_to_blame_derives_a_group_the_lexicon_lacks():
    text = "Authorities say the Medellin Cartel is to blame for the attacks."
    assert "Medellin Cartel" in [d.name for d in derive_names(text, [(0, len(text))], text)]
