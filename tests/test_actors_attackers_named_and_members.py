"""An attacker noun that names the person ("a gunman identified as P"), membership of victims
("a member of a mine clearance team was killed"), "inspired by X" (no author), "an attack attributed
to X is ...", fire from ground X holds, and the armed groups of real reporting that the lexicon now
lists (docs/rules/actors.md, issue 12 fourth pass)."""

import pytest

import sitrep

from .test_actors_real_text_perpetrators import actor1


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # the attacker noun identifies the person who acted: the person, not an unidentified gunman
        ("A gunman identified as Arab-Israeli Karim Haddad opened fire on a pub, killing two people.", "Israel",
         "Karim Haddad"),
        ("The attacker, named as Jonas Weber, stabbed three people at a station.", "Germany", "Jonas Weber"),
        ("Three people were killed at a market. The bomber was identified as Omar Farid.", "Pakistan", "Omar Farid"),
        # membership read with a passive names the victims' group, not the attackers'
        ("A member of a mine clearance team was killed when a device exploded near Ataq.", "Yemen",
         "Unidentified Armed Group (Yemen)"),
        # fighters "from" a group, read with a passive, are its casualties
        ("At least 15 fighters from the Syrian Democratic Forces were killed in two Islamic State attacks.", "Syria",
         "Islamic State"),
        # "compiled by the village head" is no "led by": the cue reads whole words
        ("Gunmen killed 23 villagers, according to a list compiled by the village head.", "Nigeria",
         "Unidentified Armed Group (Nigeria)"),
        # "inspired by X" names no author of the attack
        ("A gunman killed two people in a bar. Officials said the attack was inspired by Islamic State.", "Israel",
         "Unidentified Armed Group (Israel)"),
        # a reduced relative clause names the event's author; the verb after the name is the subject's
        ("A child hospitalized after a chemical attack attributed to Islamic State is dead.", "Iraq", "Islamic State"),
        ("A bombing blamed on Boko Haram killed twelve people in a market.", "Nigeria",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        # fire from ground a group holds is that group's
        ("Seven people were wounded when rockets fired from an area in Syria controlled by Islamic State crashed "
         "into the centre of Kilis.", "Turkey", "Islamic State"),
        # armed groups of real reporting that the lexicon lists
        ("ARSA fighters attacked police posts in northern Rakhine, killing twelve officers.", "Myanmar",
         "ARSA: Arakan Rohingya Salvation Army"),
        ("Jaish al-Adl militants ambushed a border patrol, killing ten guards.", "Iran", "Jaish al-Adl"),
        ("A bomb exploded near a stadium in Istanbul. The Kurdistan Freedom Falcons claimed responsibility.", "Turkey",
         "TAK: Kurdistan Freedom Falcons"),
        ("Wilayat Sayna militants attacked a checkpoint in El-Arish, killing five soldiers.", "Egypt",
         "Islamic State (Sinai Province)"),
        # one name, two groups: the one of the event's country
        ("Jundullah militants bombed a mosque in Shikarpur, killing 60 worshippers.", "Pakistan", "Jundullah"),
        ("Jundallah militants killed ten border guards near Saravan.", "Iran", "Jundallah"),
    ],
)
def test_real_phrasing_names_the_perpetrator(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "victim"),
    [
        # a verb between the attacker noun and the name: the name is the victim's
        ("A gunman shot John Smith dead outside his home.", "United States", "John Smith"),
        ("Gunmen killed a shopkeeper named Ali Raza in the market.", "Pakistan", "Ali Raza"),
    ],
)
def test_a_person_acted_upon_after_an_attacker_noun_is_not_the_attacker(text, country, victim):
    assert actor1(text, country) != victim


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a date or a time after "on" / "at" names no target
        ("On Monday the ELN bombed a pipeline in Arauca.", "Colombia", "ELN: National Liberation Army"),
        ("At dawn Boko Haram fighters attacked a village near Maiduguri, killing 12.", "Nigeria",
         "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
    ],
)
def test_a_date_after_on_or_at_is_no_target(text, country, expected):
    assert actor1(text, country) == expected


def test_a_claimant_takes_the_name_of_the_claims_date():
    text = ("A suicide bomber detonated a truck full of explosives at a building in Salamiyah, killing 42 people. "
            "On January 30 the Al-Nusra Front claimed responsibility for the attack.")
    (event,) = [e for e in sitrep.extract(text, published="2013-01-22")][:1]
    assert event.actor1 == "Jabhat al-Nusra"


def test_an_intensive_care_unit_is_no_group():
    assert actor1("Gunmen shot a trader, who was taken to the ICU in Mogadishu.", "Somalia") \
        == "Unidentified Armed Group (Somalia)"
