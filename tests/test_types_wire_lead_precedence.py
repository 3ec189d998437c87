"""Sub-types in wire leads (docs/rules/event-types.md, "Lookalikes in wire leads"): serious injuries to protesters
(an eye lost, bones broken, a death from a canister) are Excessive force against protesters; looting or burning
outranks the arrests that follow or answer it; "no arrests" is no intervention; a party entering a place the
other side has just left, or "without a single shot", is a Non-violent transfer of territory; parties that agree
to withdraw forces made an Agreement, and the attacks a truce bans are not done. Each is paired with
the case that keeps the other reading. Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


def _first(text: str) -> str | None:
    evs = sorted(sitrep.extract(text), key=lambda e: e.evidence.start)
    return evs[0].sub_event_type.value if evs and evs[0].sub_event_type else None


@pytest.mark.parametrize("text, sub", [
    # serious harm on a peaceful protest
    ("A 22-year-old student lost an eye after being hit by a police pellet during a march in Valparaiso on Friday, "
     "a rights group said.", "Excessive force against protesters"),
    ("At least 12 protesters were treated for broken bones after riot police broke up a rally outside the "
     "parliament in Yerevan overnight, medics said.", "Excessive force against protesters"),
    ("A protester died after a tear gas canister fired by police hit him in the head during a march in Conakry on "
     "Thursday, his family said.", "Excessive force against protesters"),
    # ... and light force stays an intervention
    ("Police fired tear gas to disperse a march of teachers in Conakry on Thursday; two people were slightly hurt.",
     "Protest with intervention"),
    # looting or burning with the arrests after it
    ("Unpaid soldiers looted shops and a clinic in Uvira on Tuesday; the army said it had arrested nine of them.",
     "Looting/property destruction"),
    ("Members of a criminal group set fire to 15 buses in Culiacan on Wednesday after the army arrested their "
     "leader, officials said.", "Looting/property destruction"),
    # ... and an arrest alone stays an arrest
    ("Police arrested the deputy leader of the opposition party in Mbeya on Saturday, the party said.", "Arrests"),
    # no arrests: a peaceful protest
    ("Several hundred people rallied in Denver on Sunday against new housing rules; police said the gathering was "
     "peaceful and there were no arrests.", "Peaceful protest"),
    ("Police arrested 14 people as several hundred rallied in Denver on Sunday against new housing rules.",
     "Protest with intervention"),
    # ground left and entered without a fight
    ("Militants entered a town in the Est region of Burkina Faso on Saturday, a day after soldiers withdrew, "
     "residents said.", "Non-violent transfer of territory"),
    ("The army entered the town of Sinja on Monday after rebel fighters withdrew overnight; they came in without a "
     "single shot, residents said.", "Non-violent transfer of territory"),
    # two states agreeing to move their forces back; the acts a truce bans are not done
    ("Armenia and Azerbaijan agreed on Friday to withdraw troops from two villages on their border, officials said.",
     "Agreement"),
    ("The government and the rebel coalition signed a three-month ceasefire in Doha on Sunday. The deal bans attacks "
     "on civilians and offensive operations by both sides.", "Agreement"),
    # ... and troops that do withdraw after a fight are no agreement
    ("Rebels attacked an army post near Kidal on Sunday, killing three soldiers, the army said.", "Armed clash"),
    # ... and a town taken in a fight stays a takeover
    ("Militants seized the town of Djibo on Saturday after heavy fighting with soldiers, residents said.",
     "Non-state actor overtakes territory"),
])
def test_wire_lead_sub_types(text: str, sub: str) -> None:
    assert _first(text) == sub, text


@pytest.mark.parametrize("text, sub", [
    # a protest's reason told as a rise in prices is no trend of acts
    ("Protesters burned tyres and threw stones at police in Lagos on Monday over a rise in fuel prices, witnesses said.",
     "Violent demonstration"),
    ("Hundreds of traders marched in Accra on Tuesday against an increase in market fees.", "Peaceful protest"),
    # a count before the burned object
    ("Armed men burned at least 60 houses in a village near Bambari on Wednesday, a UN official said.",
     "Looting/property destruction"),
    ("Gunmen destroyed more than 40 homes in a village near Jos on Sunday, residents said.",
     "Looting/property destruction"),
])
def test_protest_reasons_and_counted_objects_keep_the_act(text: str, sub: str) -> None:
    assert _first(text) == sub, text


@pytest.mark.parametrize("text", [
    "Attacks rose in the region last year, with a sharp rise in the number of kidnappings.",
    "Officials reported a rise in attacks on police across the state.",
])
def test_a_trend_in_the_number_of_acts_is_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize("text, sub", [
    # residents who speak are not the crowd that beats: the soldiers' beating is theirs
    ("Residents say soldiers beat a taxi driver to death at a checkpoint near Mandalay on Monday.", "Attack"),
    # ... and residents who beat are a mob
    ("Angry residents beat a suspected thief to death in Kisumu on Monday, police said.", "Mob violence"),
])
def test_a_crowd_that_speaks_is_not_the_crowd_that_beats(text: str, sub: str) -> None:
    assert _first(text) == sub, text


@pytest.mark.parametrize("text, sub", [
    # a tax or a fare told as a share is a protest's reason, not a share of acts
    ("Thousands of workers marched in Nairobi on Tuesday against a 16 percent tax on fuel, witnesses said.",
     "Peaceful protest"),
    ("Protesters clashed with police in Lagos on Monday over a 20% rise in bus fares.", "Violent demonstration"),
])
def test_a_share_in_a_protest_reason_keeps_the_act(text: str, sub: str) -> None:
    assert _first(text) == sub, text


@pytest.mark.parametrize("text", [
    "Attacks on police rose by 40 percent last year, the ministry said.",
    "About 60 per cent of the attacks were attributed to the group.",
])
def test_a_share_of_acts_is_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize("text, sub", [
    # a declaration whose content is the truce
    ("The government and a coalition of armed groups signed a declaration in Goma on Friday committing both sides to "
     "a permanent ceasefire, mediators said.", "Agreement"),
])
def test_a_declaration_of_a_truce_is_an_agreement(text: str, sub: str) -> None:
    assert _first(text) == sub, text


def test_a_declaration_of_something_else_is_no_event() -> None:
    assert sitrep.extract("The parliament adopted a declaration on Tuesday marking the anniversary of independence.") == []


@pytest.mark.parametrize("text, sub", [
    # harm prevented or denied with the people named is no harm done
    ("A grenade found under a seat of a bus in Gitega was removed by bomb disposal officers before anyone was hurt, "
     "police said.", "Disrupted weapons use"),
    ("A gang emptied a warehouse of a food agency in Port-au-Prince on Sunday, taking about 200 tonnes of rice. No "
     "staff were injured, the agency said.", "Looting/property destruction"),
    # ... and harm done stays
    ("Gunmen attacked a school in Kaduna on Monday, killing a teacher. No students were hurt, police said.", "Attack"),
    # a protester blinded
    ("Police fired rubber bullets at close range at a peaceful march in Cali, blinding a student in one eye, his "
     "family said.", "Excessive force against protesters"),
])
def test_prevented_harm_stores_emptied_and_blinding(text: str, sub: str) -> None:
    assert _first(text) == sub, text


@pytest.mark.parametrize("text, sub", [
    # a crowd's violence with no protest told is mob violence
    ("An angry crowd set fire to a truck and beat its driver after it hit a child in Nakuru on Monday, police said.",
     "Mob violence"),
    ("A crowd attacked and looted shops owned by foreign traders in a township near Durban on Friday night.",
     "Mob violence"),
    # ... and a crowd of demonstrators, or one that marched, riots
    ("A crowd of protesters set fire to the governor's office in Lagos on Monday.", "Violent demonstration"),
    ("Crowds marched through Lagos on Monday and set fire to the governor's office.", "Violent demonstration"),
])
def test_a_crowd_without_a_protest_is_a_mob(text: str, sub: str) -> None:
    assert _first(text) == sub, text
