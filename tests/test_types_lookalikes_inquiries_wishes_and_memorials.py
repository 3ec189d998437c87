"""Lookalikes of an event that tell none (issue 13, second round; docs/rules/event-types.md, "Masks"): an act named
as what an inquiry is about, an act that would follow or that someone wants, urges or supports, a class of people
described by what has befallen them, protests named in general or still ahead, an illness called an attack, a
killing someone is blamed for having ordered, a plan's later steps, an earlier act told as the reason of a law, a
past act remembered or named by its year, a walk-out "in protest", "demonstrated" meaning "showed", a weapon named
"assault rifle". Each is paired with a sentence that tells the act, which must still yield an event.
Every sentence is written for the project."""

from __future__ import annotations

import pytest

import sitrep


@pytest.mark.parametrize("text", [
    # an act as the object of an inquiry
    "Before he fled the country, the reporter had been investigating the shooting of a human rights lawyer in the "
    "capital.",
    # an act as the subject of a conditional
    "The surrender of the rebels' remaining neighbourhoods in Homs to government forces would be a turning point in the "
    "civil war, giving the army control of every large city.",
    # an act wished for, in a party's words
    "A rebel commander accused the army of blocking the evacuation: \"They want a massacre in the city, not a deal.\"",
    # a class of people described by what has befallen them
    "\"Many of our soldiers who have been wounded in Afghanistan have had a brain injury,\" the senator said.",
    # protests named only in general, or still ahead
    "The land reform caused social tension and numerous protests, the report said.",
    "Organisers expect tens of thousands of people at the opposition protests next month.",
    # a place used to acts
    "Pakistan has become accustomed to deadly attacks by militants, and the city was calm on Monday.",
    # an illness called an attack
    "A rebel commander died of a heart attack at his hideout in the hills on Sunday, the group said.",
    # a killing someone is blamed for having ordered
    "In a letter published after his death, the businessman blamed the security chief for having his brother killed.",
    # an act urged on someone, and acts supported in general
    "The recruiter encouraged the student to carry out an attack in the capital, prosecutors told the court.",
    "Investigators described the man as an online supporter of lone-wolf attacks.",
    # a plan's later steps, after its means
    "Prosecutors said he planned to kill a soldier at his home, film the killing for propaganda, and then use petrol "
    "bombs to attack a police station.",
    # an earlier act told as the reason of a law
    "The emergency powers were first introduced after a series of attacks left 130 people dead in the capital.",
    # a past act remembered, and memorials to it
    "Survivors gathered at the station on Sunday to honour the victims of the bombing that killed 40 people there.",
    "A memorial dedicated to the victims of the massacre was unveiled in the town square on Saturday.",
    "A plaque marks the spot; the mayor read out the names of those who were killed.",
    "Survivors of the massacre of 1972 in Kigoma met the president on Monday.",
    # a walk-out told "in protest"
    "Opposition senators walked out of the chamber in protest at the new tax law.",
    # "demonstrated" meaning "showed"
    "Judges demonstrated their independence by ruling against the governor's decree, lawyers said.",
    # a feared act, a possible one
    "Villagers near the border fear an attack by the rebels could come at any time.",
    "\"Which city will be liberated next depends on the terrorists,\" the president said in an interview.",
    # a weapon named "assault rifle"
    "A militant carrying an assault rifle was seen near the army base in Gao on Monday.",
])
def test_types_lookalike_yields_no_event(text: str) -> None:
    assert sitrep.extract(text) == [], text


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a human rights lawyer in the capital on Monday, police said.",
    "Police are investigating after gunmen shot dead a lawyer in Kirkuk on Monday.",
    "Soldiers massacred 30 villagers in Kidal on Monday, witnesses said.",
    "Rebel fighters in Homs surrendered to government forces on Monday after a week-long siege.",
    "Three soldiers were wounded by a roadside bomb near Kandahar on Monday.",
    "Hundreds of farmers protested outside the governor's office in Kisumu on Monday.",
    "Tens of thousands joined opposition protests in Tbilisi on Monday.",
    "Deadly attacks on two villages near Gao killed 12 people on Sunday.",
    "Gunmen attacked the former minister's home in Kismayo on Sunday, killing a guard.",
    "Gunmen killed the security chief's brother in Mogadishu on Friday, relatives said.",
    "Three gunmen carried out an attack on a police post in Bama on Friday, killing two officers.",
    "A man killed a soldier at his home in Bama and then attacked a police station with petrol bombs on Friday.",
    "Gunmen killed 13 people in the capital on Friday night, and the government introduced emergency powers the next "
    "day.",
    "A bomb killed 40 people at the station in Quetta on Sunday, police said.",
    "Militiamen massacred 40 villagers in the town square of Djugu on Saturday.",
    "Thousands marched in protest at the new tax law in Nairobi on Tuesday.",
    "Students demonstrated outside the university in Dhaka on Monday.",
    "Rebels attacked a village near the border on Monday, killing three farmers.",
    "Government forces liberated the town of Bulo Burde from Al-Shabaab on Sunday.",
    "Gunmen with assault rifles attacked a bus near Garissa on Friday, killing four passengers.",
])
def test_types_act_beside_a_lookalike_wording_is_still_an_event(text: str) -> None:
    events = sitrep.extract(text)
    assert events and events[0].in_scope, text
