"""Actors, round 2: the user of a weapon, a group named responsible later, responders, air assets,
words that look like actors but name no party (docs/rules/actors.md)."""

from __future__ import annotations

import pytest

from sitrep.extractors.actors import extract_actors
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue


def actors(text: str, country: str):
    doc = Document(text=text)
    m = Mention(start=0, end=len(text), text=text)
    v = extract_actors(doc, m, DocContext(doc=doc), PlaceValue(country=country), ClaimValue())
    return (v.actor1.name if v.actor1 else None), (v.actor2.name if v.actor2 else None), v.rules


# (text, country, actor1, actor2)
IMPLIED_BY_WEAPON = [
    ("A suicide bomber drove a car packed with explosives into a checkpoint near the Ministry of Interior in "
     "central Mogadishu on Tuesday, killing six soldiers. Troops later sealed off the area.", "Somalia",
     "Unidentified Armed Group (Somalia)", "Military Forces of Somalia"),
    ("A roadside bomb struck an army patrol near Kandahar on Monday, killing three soldiers. The device had been "
     "buried beside a road used by troops.", "Afghanistan",
     "Unidentified Armed Group (Afghanistan)", "Military Forces of Afghanistan"),
    ("An IED destroyed a power pylon near Baiji on Sunday, cutting power to several towns.", "Iraq",
     "Unidentified Armed Group (Iraq)", None),
    ("A landmine killed a shepherd near Al-Bab on Friday.", "Syria",
     "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    ("Two soldiers were killed on Thursday when their vehicle struck an explosive device near Ansongo.", "Mali",
     "Unidentified Armed Group (Mali)", "Military Forces of Mali"),
    # a group merely named elsewhere in the sentence is not the bomb's user
    ("A car bomb exploded near a police station in Mosul on Saturday, killing three policemen, as the army "
     "prepared an offensive to retake nearby villages from Islamic State.", "Iraq",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    # the party that published a self-report of the attack is its user
    ("A suicide bomber rammed a truck into an army base near Tal Afar on Monday, killing five soldiers. "
     "Islamic State said in an online statement that one of its fighters had carried out the attack.", "Iraq",
     "Islamic State", "Military Forces of Iraq"),
    # explosives found in an arrest are not a bombing
    ("Police arrested four suspected members of a banned group in a raid in Karachi on Monday. Weapons and "
     "explosives were recovered.", "Pakistan", "Police Forces of Pakistan", None),
]


@pytest.mark.parametrize("text,country,a1,a2", IMPLIED_BY_WEAPON)
def test_actors_implied_by_weapon(text: str, country: str, a1: str, a2: str | None) -> None:
    got1, got2, _ = actors(text, country)
    assert (got1, got2) == (a1, a2)


RESPONSIBLE_LATER = [
    ("Militants attacked a police station in Bannu on Monday, killing three policemen. Police said TTP "
     "militants were behind the attack.", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"),
    ("Gunmen attacked a checkpoint in North Waziristan on Monday, killing two soldiers. The Pakistani Taliban "
     "were blamed for the attack.", "Pakistan", "TTP: Tehreek-i-Taliban Pakistan", "Military Forces of Pakistan"),
    ("A suicide bomber blew himself up outside a cafe in Mogadishu on Friday, killing four people. Police "
     "blamed Al Shabaab for the bombing.", "Somalia", "Al Shabaab", "Civilians (Somalia)"),
    ("A car bomb exploded outside a police station in Lima on Monday, wounding six policemen. Authorities "
     "blamed the Shining Path.", "Peru", "Shining Path", "Police Forces of Peru"),
    ("Suspected Boko Haram fighters attacked a village near Gwoza on Friday, killing five farmers.", "Nigeria",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
    # "said X" + verb: X is the subject of the reported clause, not a speaker
    ("In Diyala province, police said gunmen shot dead a village headman outside his home on Tuesday.", "Iraq",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    # "suspected X" after "strikes on" stays the target
    ("On Monday, FDS helicopters carried out air strikes on suspected NSAG positions near Mueda.", "Mozambique",
     "Military Forces of Mozambique", "Unidentified Armed Group (Mozambique)"),
]


@pytest.mark.parametrize("text,country,a1,a2", RESPONSIBLE_LATER)
def test_actors_responsible_party_named_later(text: str, country: str, a1: str, a2: str) -> None:
    got1, got2, _ = actors(text, country)
    assert (got1, got2) == (a1, a2)


RESPONDERS = [
    ("Insurgents stormed a district compound in Ghazni province on Monday; troops repelled the assault after "
     "a two-hour gunfight.", "Afghanistan", "Taliban", "Military Forces of Afghanistan"),
    ("Residents of Bunia protested on Monday against the recent killings of civilians. Police fired tear gas "
     "to disperse the demonstrators.", "Democratic Republic of the Congo",
     "Protesters (Democratic Republic of the Congo)", "Police Forces of Democratic Republic of the Congo"),
    ("Hundreds of graduates demonstrated outside the oil ministry in Basra on Sunday. Security forces fired "
     "tear gas to disperse them.", "Iraq", "Protesters (Iraq)", "Police Forces of Iraq"),
    # troops who "came under fire" did not start the fight
    ("Troops were patrolling near Patikul on Sunday when they came under fire from Abu Sayyaf militants; "
     "two soldiers were killed.", "Philippines", "Abu Sayyaf Group", "Military Forces of the Philippines"),
]


@pytest.mark.parametrize("text,country,a1,a2", RESPONDERS)
def test_actors_responders_are_not_actor1(text: str, country: str, a1: str, a2: str) -> None:
    got1, got2, _ = actors(text, country)
    assert (got1, got2) == (a1, a2)


LEXICON = [
    # air assets of a state with no other actor phrase
    ("Government helicopters struck positions of armed groups near Mocimboa da Praia on Monday.", "Mozambique",
     "Military Forces of Mozambique"),
    ("The air force bombed positions near Boni on Sunday.", "Mali", "Military Forces of Mali"),
    # a coalition's aircraft: "fighters" killed by them are not the coalition
    ("Coalition aircraft struck hideouts south of Kirkuk on Tuesday, killing six fighters.", "Iraq",
     "Coalition Forces"),
    # a country name ending a dateline is not the adjective of the next words
    ("KIRKUK, Iraq - Coalition aircraft struck hideouts south of Kirkuk on Tuesday.", "Iraq", "Coalition Forces"),
]


@pytest.mark.parametrize("text,country,a1", LEXICON)
def test_actors_air_assets_and_missions(text: str, country: str, a1: str) -> None:
    assert actors(text, country)[0] == a1


ACTOR2_LEXICON = [
    ("A United Nations peacekeeper was killed on Sunday when a mine exploded near Tessalit.", "Mali",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ("A Turkish drone strike hit a car near Sinjar on Monday, killing two members of the Sinjar Resistance "
     "Units (YBS).", "Iraq", "YBS: Sinjar Resistance Units"),
    ("Armed men at an illegal checkpoint near Jowhar shot dead a truck driver on Monday.", "Somalia",
     "Civilians (Somalia)"),
    ("Hayat Tahrir al-Sham detained three media activists in Ariha on Monday.", "Syria", "Civilians (Syria)"),
    ("A suicide bomber blew himself up at the gate of a hotel in Kismayo, killing two guards.", "Somalia",
     "Civilians (Somalia)"),
]


@pytest.mark.parametrize("text,country,a2", ACTOR2_LEXICON)
def test_actors_target_lexicon(text: str, country: str, a2: str) -> None:
    assert actors(text, country)[1] == a2


def test_actors_market_levies_are_not_police() -> None:
    text = "Hundreds of traders protested in Lagos on Monday against new market levies."
    assert actors(text, "Nigeria")[1] is None
