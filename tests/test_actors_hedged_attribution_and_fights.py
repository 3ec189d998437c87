"""Hedged attributions ("X was most likely behind", "X is presumed to be behind", "X could be behind"),
a group's weapon, sniper, cell or attack named as a premodifier ("an X bomb blast", "an X sniper shot",
"a X-fired mortar round"), and fights between the state's forces and one named party where both sides
take casualties and no side is said to act (docs/rules/actors.md, issue 12 seventh pass)."""

import pytest

from .test_actors_real_text_perpetrators import actor1

IS = "Islamic State"
TALIBAN = "Taliban"
ASG = "Abu Sayyaf Group"
BIFF = "BIFF: Bangsamoro Islamic Freedom Fighters"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # hedged attribution in a later sentence
        ("A car bomb went off near a market in Kirkuk, killing three. The Islamic State was most likely behind the "
         "attack.", "Iraq", IS),
        ("A car bomb went off near a market in Kirkuk, killing three. The Islamic State is presumed to be behind the "
         "attack.", "Iraq", IS),
        ("A grenade hit a bus stop in Srinagar, wounding six. Police said Lashkar-e-Taiba could be behind the attack.",
         "India", "LeT: Lashkar-e-Taiba"),
        ("A bomb killed two farmers near Kirkuk. The attackers are believed to be of the Islamic State.", "Iraq", IS),
        ("A suicide bomber struck a mosque in Kirkuk. Investigators said the bomber belonged to the Islamic State.",
         "Iraq", IS),
        ("Twin blasts hit a village in Maguindanao, probably the handwork of the Bangsamoro Islamic Freedom Fighters.",
         "Philippines", BIFF),
        ("A grenade went off outside a shop in Cotabato, wounding five. Police blamed a faction of the Bangsamoro "
         "Islamic Freedom Fighters for the bombing.", "Philippines", BIFF),
        # the group's attack, weapon, sniper or cell as a premodifier
        ("Nine villagers were hurt due to an Islamic State chemical attack on a suburb of Mosul.", "Iraq", IS),
        ("A police captain died in an Islamic State bomb blast in Tikrit.", "Iraq", IS),
        ("Twelve people were killed in simultaneous Taliban attacks on checkpoints in Kunduz.", "Afghanistan", TALIBAN),
        ("An Islamic State sniper shot dead a soldier near Baqubah.", "Iraq", IS),
        ("An Islamic State cell assassinated a tribal elder in Raqqa.", "Syria", IS),
        ("A Taliban-fired mortar round hit a house in Helmand, killing four children.", "Afghanistan", TALIBAN),
        ("Eight soldiers were hurt when an Abu Sayyaf explosive went off in Patikul.", "Philippines", ASG),
        # "from / caused by / by presumed" the group (or its remnants)
        ("An explosion caused by the remnants of the Islamic State killed a farmer near Rutba.", "Iraq", IS),
        ("A farmer was shot dead by presumed Islamic State militants near Tikrit.", "Iraq", IS),
        ("Four civilians died in an attack by the terror group Boko Haram near Maiduguri.", "Nigeria",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        ("A soldier was wounded in an attack apparently from ELN guerrillas in Arauca.", "Colombia",
         "ELN: National Liberation Army"),
        ("Presumed Eln guerrillas blew up a stretch of pipeline in Arauca.", "Colombia", "ELN: National Liberation Army"),
        # former members of a group are not the group acting
        ("Three ex-members of the Farc who carried out chores on a farm in Narino were abducted and later killed by "
         "ELN militants.", "Colombia", "ELN: National Liberation Army"),
        # translated copy writes the agent with "for" (Spanish "por")
        ("A policeman was shot dead for suspected FARC dissidents in Arauquita.", "Colombia", "FARC Dissidents"),
        ("Three soldiers were kidnapped for ELN militants near Tame.", "Colombia", "ELN: National Liberation Army"),
    ],
)
def test_hedged_attributions_and_premodifiers_name_the_group(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # both sides lose people in a fight and no side is said to act: the named non-state side
        ("Five Abu Sayyaf gunmen were killed and six soldiers were wounded in a firefight in Patikul.", "Philippines",
         ASG),
        ("A soldier and a rebel of the New People's Army died in a shootout in Zamboanga del Norte.", "Philippines",
         "NPA: New People's Army"),
        ("Three Jaish-e-Mohammed militants were killed and four security personnel injured in a gunfight in Tral.",
         "India", "JeM: Jaish-e-Mohammed"),
        # the state's casualties in a shooting or clash with the named side
        ("Four soldiers were killed during a shooting against Islamic State militants near Mosul.", "Iraq", IS),
        ("Two soldiers died in clashes with Taliban fighters in Ghazni.", "Afghanistan", TALIBAN),
        # an unnamed attacker word before the one named group, with the state's forces as the other side
        ("Twenty soldiers died after militants stormed two checkpoints in Badghis; 16 Taliban fighters were also "
         "killed.", "Afghanistan", TALIBAN),
    ],
)
def test_fights_with_one_named_side_name_that_side(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a side that acts keeps its role: the state's forces that killed the group's members
        ("Soldiers killed five Abu Sayyaf gunmen in a firefight in Patikul.", "Philippines",
         "Military Forces of the Philippines"),
        # no state's forces in the mention: the named group is the victim, not the unnamed gunmen
        ("Gunmen shot dead a former Taliban commander in Kunduz.", "Afghanistan", "Unidentified Armed Group (Afghanistan)"),
        # the named group takes no part in the act: it is its object
        ("Gunmen shot a Taliban commander and two policemen in Kunduz.", "Afghanistan",
         "Unidentified Armed Group (Afghanistan)"),
        # an arrest "for" membership names no agent of the group: the arresting forces act
        ("Soldiers arrested a trader in Maiduguri for Boko Haram membership.", "Nigeria", "Military Forces of Nigeria"),
        # a denied attribution is none
        ("A car bomb went off near a market in Kirkuk, killing three. Police said the Islamic State could not have "
         "been behind it.", "Iraq", "Unidentified Armed Group (Iraq)"),
    ],
)
def test_acting_sides_and_habits_are_not_overridden(text, country, expected):
    assert actor1(text, country) == expected
