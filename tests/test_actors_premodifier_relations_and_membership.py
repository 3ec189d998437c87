"""A named group used as a premodifier of another name ("the Al-Qaeda-linked Abu Sayyaf group") is only
the other's relation; identity adjectives that do not end like a demonym ("the Basque separatist group
ETA") stand before a named party in the role cues; an attacker "identified as a member of X" names X,
a victim "identified as a member of X" names X's casualty (docs/rules/actors.md, issue 12 sixth pass)."""

import pytest

from .test_actors_real_text_perpetrators import actor1

ASG = "Abu Sayyaf Group"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # the name after the relation word is the party; the group before it is what it is tied to
        ("The ferry was bombed by the Al-Qaeda-linked Abu Sayyaf group in Manila Bay, killing 116 people.",
         "Philippines", ASG),
        ("Twelve civilians were killed by Al-Qaeda linked Abu Sayyaf militants in Sulu.", "Philippines", ASG),
        ("A ferry was bombed by the Al-Qaeda link Abu Sayyaf group, killing 116 people.", "Philippines", ASG),
        ("The al-Qaeda-linked Abu Sayyaf group attacked a village in Sulu, killing 12 civilians.", "Philippines", ASG),
        # look-alikes: a hyphenated affiliation before fighter nouns still names the group they belong to
        ("Five soldiers were killed by ISIL-affiliated militants in Sinai.", "Egypt", "Islamic State (Sinai Province)"),
        ("Five soldiers were killed by Al-Qaeda-linked Islamist militants in Mali.", "Mali",
         "JNIM: Group for Support of Islam and Muslims"),
        # identity adjectives before a named party
        ("Two small bombs exploded at a hotel, causing minor damage. Authorities received a warning call from the "
         "Basque separatist group ETA prior to the explosions.", "Spain", "ETA: Basque Homeland and Freedom"),
        ("A suicide bomber, from the Arab Hamas organization, blew himself up at a bus stop, wounding four "
         "teenagers.", "Israel", "Hamas Movement"),
        # the attacker identified as a member of a group: the group
        ("A suicide bomber blew herself up in Jerusalem, killing 2 people. The bomber, identified as a Fatah "
         "member, was armed with explosives.", "Israel", "Fatah Movement"),
        ("A gunman killed four policemen in Quetta. The attacker was identified as a member of Lashkar-e-Jhangvi.",
         "Pakistan", "LeJ: Lashkar-e-Jhangvi"),
        # a place or an institution that opens with an identity word is no party: no "Country Security Board"
        ("Gunmen shot dead a senator at his door. They blamed him because he was a member of the Basque Country "
         "Security Board.", "Spain", "Unidentified Armed Group (Spain)"),
        # the victim identified as a member of a group: the group's member was hit, the author is unnamed
        ("A man was shot dead in Quetta. The victim was identified as a member of Lashkar-e-Jhangvi.", "Pakistan",
         "Unidentified Armed Group (Pakistan)"),
        ("A man was shot dead in Quetta. The victim was identified as a Lashkar-e-Jhangvi commander.", "Pakistan",
         "Unidentified Armed Group (Pakistan)"),
    ],
)
def test_relations_identity_and_membership_name_the_perpetrator(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # the attacker noun with the person in apposition names the lone attacker, also when he "was arrested"
        ("A gunman opened fire at a mosque in Christchurch, killing 51 people. The attacker, Brenton Tarrant, was "
         "arrested.", "New Zealand", "Brenton Tarrant"),
        ("A bomber killed 3 people in Paris. The bomber, Salah Abdeslam (26), fled.", "France", "Salah Abdeslam"),
        # plural attackers stay unnamed: one of them named is not the group
        ("Gunmen killed five people at a bar in Texas. One of them was shot dead by police.", "United States",
         "Unidentified Armed Group (United States)"),
        # a former member of the forces acts as himself, not as the state's forces
        ("The gunman, a former soldier, killed five people in Texas.", "United States",
         "Unidentified Armed Group (United States)"),
        ("A former policeman shot dead three people at a bar in Lagos.", "Nigeria", "Unidentified Armed Group (Nigeria)"),
        ("Soldiers killed five people in a village near Lagos.", "Nigeria", "Military Forces of Nigeria"),
    ],
)
def test_named_lone_attacker_and_former_forces(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "not_expected"),
    [
        # the target of "an attack of" a theatre or a metro is no party
        ("During the attack of the Dubrovka Theatre, gunmen held 850 people hostage.", "Russia", "Dubrovka Theatre"),
        # a chemical agent read after "by" is the weapon, not its user
        ("Two hundred passengers were wounded by a Phosgene attack on a railway station.", "Japan", "Phosgene"),
        # a shout is no name
        ("A teacher was stabbed in Lyon by a man reportedly shouting Allahu Akbar.", "France", "Allahu Akbar"),
    ],
)
def test_targets_weapons_and_shouts_are_no_derived_party(text, country, not_expected):
    assert actor1(text, country) != not_expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a person described by a civilian word who uses violence is armed: never Civilians as the perpetrator
        ("A man opened fire in the Jewish Museum in Brussels, leaving four people dead.", "Belgium",
         "Unidentified Armed Group (Belgium)"),
        ("Two women opened fire on a police station in Istanbul. Police fired back and wounded one of the women.",
         "Turkey", "Unidentified Armed Group (Turkey)"),
        # a claim still names the armed person's group
        ("A man opened fire at a bar in Orlando, killing 49 people. Islamic State claimed responsibility.",
         "United States", "Islamic State"),
    ],
)
def test_violent_person_is_armed_not_civilian(text, country, expected):
    assert actor1(text, country) == expected
