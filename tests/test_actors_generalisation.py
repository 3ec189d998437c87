"""Actors, round 4: role cues that recur across sentence structures - a state named by its tactic
("Russian shelling"), "fired from X positions", "came under attack from X", "an attack blamed on X",
security operations, pursuits, pirates and crews (docs/rules/actors.md)."""

from __future__ import annotations

import pytest

from sitrep.extractors.actors import extract_actors
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue, SourceKind


def actors(text: str, country: str):
    doc = Document(text=text)
    m = Mention(start=0, end=len(text), text=text)
    v = extract_actors(doc, m, DocContext(doc=doc), PlaceValue(country=country), ClaimValue())
    return (v.actor1.name if v.actor1 else None), (v.actor2.name if v.actor2 else None)


DRC = "Democratic Republic of the Congo"
CASES = [
    # nationality + tactic: the state's military is the user of the tactic
    ("Russian shelling of a market in Kherson killed three civilians.", "Ukraine",
     "Military Forces of Russia", "Civilians (Ukraine)"),
    ("A Russian missile strike on Odesa killed four civilians.", "Ukraine",
     "Military Forces of Russia", "Civilians (Ukraine)"),
    ("Civilians in Kherson were killed by Russian shelling.", "Ukraine",
     "Military Forces of Russia", "Civilians (Ukraine)"),
    ("Israeli artillery shelled the outskirts of a village near the border.", "Lebanon",
     "Military Forces of Israel", None),
    ("An Israeli air strike on a house in Tyre killed a woman.", "Lebanon",
     "Military Forces of Israel", "Civilians (Lebanon)"),
    # a tactic noun followed by a target noun names a target
    ("Hezbollah fighters fired rockets at an Israeli artillery position near the border.", "Lebanon",
     "Hezbollah", "Military Forces of Israel"),
    # fired from / attack from X
    ("A mortar round fired from M23 positions landed near a school in Sake, wounding three children.", DRC,
     "M23: March 23 Movement", f"Civilians ({DRC})"),
    ("A police post near Bannu came under attack from TTP militants overnight.", "Pakistan",
     "TTP: Tehreek-i-Taliban Pakistan", "Police Forces of Pakistan"),
    # blamed on X: the nearer agent cue wins over "attack"
    ("Two farmers were killed in an attack blamed on Boko Haram near Gwoza.", "Nigeria",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Civilians (Nigeria)"),
    # the operation names its state user
    ("Eight militants were killed in a security operation near Mir Ali.", "Pakistan",
     "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ("Three bandits were killed in a police operation in Zamfara.", "Nigeria",
     "Police Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    # pursuit and exchange of fire
    ("Troops pursued the gunmen into the forest and exchanged fire with them.", "Nigeria",
     "Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)"),
    # abductions: crews and staff are civilians, pirates an unidentified armed group
    ("Armed men stopped an aid vehicle and abducted two staff members.", DRC,
     f"Unidentified Armed Group ({DRC})", f"Civilians ({DRC})"),
    ("Pirates boarded a tanker off Bonny and kidnapped six crew members.", "Nigeria",
     "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    # telegraphic passive: "N X killed." is acted upon; "X and Y repelled the attack" defends
    ("A landmine hit a VDP pickup near Djibo. 3 VDP members killed.", "Burkina Faso",
     "Unidentified Armed Group (Burkina Faso)", "VDP: Volunteers for the Defense of the Homeland"),
    ("Armed men attacked the army post in Djibo. Troops and VDP repelled the attack; 11 assailants and "
     "2 soldiers killed, according to security sources.", "Burkina Faso",
     "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso"),
    ("Three gunmen killed a farmer in Kano.", "Nigeria",
     "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
    # the other side of a fight outranks bystander victims; "at least" is no target cue
    ("Heavy fighting between the army and Fano militia took place in Gondar; at least 12 civilians were killed.",
     "Ethiopia", "Military Forces of Ethiopia", "Fano Militia"),
    ("Unknown gunmen shot dead an assistant chief outside his home in Wajir.", "Kenya",
     "Unidentified Armed Group (Kenya)", "Civilians (Kenya)"),
    # unchanged structures
    ("Four soldiers were killed by Al Shabaab fighters near Afgoye on Monday.", "Somalia",
     "Al Shabaab", "Military Forces of Somalia"),
    ("Security forces killed eight militants in a raid near Mir Ali.", "Pakistan",
     "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ("Twelve villagers were kidnapped by gunmen in Kajuru.", "Nigeria",
     "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"),
]


@pytest.mark.parametrize("text,country,a1,a2", CASES)
def test_roles_across_structures(text: str, country: str, a1: str | None, a2: str | None) -> None:
    assert actors(text, country) == (a1, a2)


def test_made_in_is_not_the_user() -> None:
    # "Iranian-made missiles" do not make Iran a party
    a1, a2 = actors("Houthi forces fired Iranian-made missiles at a ship in the Red Sea.", "Yemen")
    assert a1 != "Military Forces of Iran"


def _claim_actors(text: str, country: str, claimant: str):
    doc = Document(text=text)
    m = Mention(start=0, end=len(text), text=text)
    claim = ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=claimant)
    v = extract_actors(doc, m, DocContext(doc=doc), PlaceValue(country=country), claim)
    return (v.actor1.name if v.actor1 else None), (v.actor2.name if v.actor2 else None)


@pytest.mark.parametrize("text,a1,a2", [
    # the state's statement names an attacker its forces repelled: the attacker is actor1
    ("On 3 May, troops repelled an attack by Boko Haram fighters on a base in Mora. Four attackers were killed.",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", "Military Forces of Cameroon"),
    # its own operation stays its own
    ("On 3 May, troops raided a camp near Mora, killing six fighters.",
     "Military Forces of Cameroon", "Unidentified Armed Group (Cameroon)"),
])
def test_attacker_in_state_statement(text: str, a1: str, a2: str) -> None:
    assert _claim_actors(text, "Cameroon", "Military Forces of Cameroon") == (a1, a2)


def test_said_it_detected_is_a_report_not_an_act() -> None:
    text = ("Hezbollah said its fighters fired rockets at an Israeli army post near the border. The Israeli "
            "military said it had detected five launches and that there were no injuries.")
    assert _claim_actors(text, "Lebanon", "Military Forces of Israel") == ("Hezbollah", "Military Forces of Israel")


def test_said_it_had_carried_out_is_a_self_report() -> None:
    assert actors("A suicide bomber rammed a truck into an army base near Tal Afar. Islamic State said it had "
                  "carried out the attack.", "Iraq") == ("Islamic State", "Military Forces of Iraq")
