"""The rules' sub-type for news wordings of each kind of act (docs/rules/event-types.md, "Rules").
The rules alone decide here (`classify_rules` through `analyse_text`); every text is written for the project."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T

CASES = [
    # state forces as the subject of a recapture, whoever the actor stage names first
    ("Nigerian troops dislodged insurgents from the fishing settlement after a firefight on Wednesday.",
     "Government regains territory"),
    ("The army said on state television that it had recaptured the town from a rebel alliance.",
     "Government regains territory"),
    # ... while a named group that recaptures ground still overtakes it
    ("Al-Shabaab fighters recaptured the village from government troops on Monday.",
     "Non-state actor overtakes territory"),
    # chemical agents named by their effect or their name
    ("Militants fired shells containing a toxic substance at army positions, and seven soldiers were treated "
     "for chemical exposure.", "Chemical weapon"),
    ("Troops threw grenades filled with chloropicrin into the trenches near the village.", "Chemical weapon"),
    # a curfew imposed is a change to the activity of the authorities
    ("The governor imposed a 24-hour curfew on the town on Wednesday.", "Change to group/activity"),
    # remains found and truces brokered
    ("The remains of dozens of people were found in a forest near the village on Thursday.", "Other"),
    ("Clan elders brokered a truce between two sub-clans on Sunday.", "Agreement"),
    ("The government released 50 detainees under a deal with the armed group.", "Agreement"),
    # crowds and their violence
    ("A man accused of blasphemy was killed by a crowd that dragged him from a police station.", "Mob violence"),
    ("Hundreds of opposition supporters stormed the governor's office, smashing windows.", "Violent demonstration"),
    # a protest's purpose names an earlier act, not a new one
    ("Hundreds of residents marched through the town on Monday to denounce the killing of 12 villagers.",
     "Peaceful protest"),
    ("Women staged a protest demanding justice for a girl who was raped and killed.", "Peaceful protest"),
    # the act an arrest is for is told back; the arrest is the event
    ("Police arrested a man suspected of killing a farmer in the village.", "Arrests"),
    ("Police arrested five men in connection with last week's bombing of the market.", "Arrests"),
    # someone hurt beside an arrest: the violence is the event
    ("A suspected pickpocket was beaten by traders before being arrested.", "Attack"),
    ("Security forces fired on mourners marching to the cemetery, killing five.", "Excessive force against protesters"),
]


@pytest.mark.parametrize(("text", "sub"), CASES)
def test_types_rules_type_news_wordings(text: str, sub: str) -> None:
    _, _, _, _, value = T.analyse_text(text)
    assert value.is_event and value.sub_event_type is not None, text
    assert value.sub_event_type.value == sub, (text, value.rules)


def test_types_rules_a_state_of_emergency_alone_is_no_event() -> None:
    _, _, _, _, value = T.analyse_text("The government declared a state of emergency on 4 August.")
    assert not value.is_event
