"""Event types, round 2: air assets, arrests, killings with abductions, negated harm, mixed arms,
plans, crowds dispersing, claims-digest intros (docs/rules/event-types.md)."""

from __future__ import annotations

import pytest

from sitrep.extractors.actors import extract_actors
from sitrep.extractors.types import classify
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue


def run(text: str, country: str):
    doc = Document(text=text)
    m = Mention(start=0, end=len(text), text=text)
    ctx = DocContext(doc=doc)
    actors = extract_actors(doc, m, ctx, PlaceValue(country=country), ClaimValue())
    return classify(doc, m, ctx, actors)


# (text, country, sub_event_type)
CASES = [
    # drones and aircraft as the subject of a strike verb
    ("A drone struck a car near Idlib on Monday, killing two people.", "Syria", "Air/drone strike"),
    ("A Turkish drone struck a vehicle near Tal Abyad, killing two SDF fighters.", "Syria", "Air/drone strike"),
    ("Coalition aircraft struck hideouts south of Kirkuk, killing six fighters.", "Iraq", "Air/drone strike"),
    ("Army helicopters strafed militant positions near Djibo on Tuesday.", "Burkina Faso", "Air/drone strike"),
    # arrests by state forces: a raid, seized explosives or a negated shot do not make a battle
    ("Police arrested five suspected members of a banned group in a raid on a house in Karachi on Monday and "
     "seized weapons and explosives.", "Pakistan", "Arrests"),
    ("Security forces arrested three suspects in Quetta on Sunday and destroyed two explosive devices found in "
     "their hideout.", "Pakistan", "Arrests"),
    ("Counter-terrorism police arrested four militants in Lahore on Friday. No shots were fired.", "Pakistan",
     "Arrests"),
    # but an arrest after a fatal gunfight is a battle
    ("Police killed two militants in a gunfight in Mardan and arrested a third on Sunday.", "Pakistan",
     "Armed clash"),
    ("A bomb disposal squad defused an explosive device planted under a bridge near Charsadda.", "Pakistan",
     "Disrupted weapons use"),
    # killing and abducting civilians together is an attack
    ("Gunmen killed three farmers and abducted two others near Bama on Monday.", "Nigeria", "Attack"),
    ("Armed men abducted four passengers from a bus near Gao on Monday.", "Mali",
     "Abduction/forced disappearance"),
    # negated harm: property destruction only
    ("Fighters burnt houses and a church in a village near Mueda on Friday. No one was hurt, as residents had "
     "already fled.", "Mozambique", "Looting/property destruction"),
    # grenades and small arms against an armed party: an armed clash
    ("Militants attacked a police station in Bannu on Monday with grenades and automatic rifles, killing two "
     "policemen.", "Pakistan", "Armed clash"),
    ("Militants threw a grenade at a police patrol in Srinagar, wounding two policemen.", "India", "Grenade"),
    # a counterattack with car bombs is a battle
    ("Islamic State fighters launched a counterattack on SDF positions near Hajin using suicide car bombs; "
     "dozens of fighters on both sides were killed.", "Syria", "Armed clash"),
    # a crowd dispersing by itself is not an intervention
    ("Hundreds of teachers rallied peacefully outside the education directorate in Basra on Sunday; the crowd "
     "dispersed in the afternoon.", "Iraq", "Peaceful protest"),
    ("Hundreds of teachers rallied outside the education directorate in Basra; police dispersed the crowd "
     "with batons.", "Iraq", "Protest with intervention"),
    # a planned offensive is not a recapture
    ("A suicide bomber drove a truck into an army checkpoint near Tal Afar, killing four soldiers, as "
     "government forces prepared an offensive to retake the town.", "Iraq", "Suicide bomb"),
]


@pytest.mark.parametrize("text,country,sub", CASES)
def test_types_sub_event_of_news_sentences(text: str, country: str, sub: str) -> None:
    tv = run(text, country)
    assert tv.is_event
    assert tv.sub_event_type is not None and tv.sub_event_type.value == sub


NOT_EVENTS = [
    "The group published 14 claims this week; the items below summarise the attacks it said its fighters "
    "carried out in each region.",
    "The outlet released 9 statements on Friday, most of them about attacks on military positions.",
    "The entries below list the operations claimed by the group between 1 and 7 Muharram.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_types_claims_digest_intro_is_not_an_event(text: str) -> None:
    assert run(text, "Nigeria").is_event is False
