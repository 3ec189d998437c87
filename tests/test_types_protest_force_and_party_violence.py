"""Protest sub-types told in news wording (docs/rules/event-types.md, the protest rows of the rules table):
lethal or serious force against protesters is Excessive force, beating them alone is Protest with
intervention, and supporters of a candidate or a party who burn or storm offices riot (Violent
demonstration). Each is tested with a near miss. Every sentence is written for the project."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T


def _rules_sub(text: str) -> str | None:
    *_, value = T.analyse_text(text)
    return value.sub_event_type.value if value.is_event and value.sub_event_type else None


@pytest.mark.parametrize(("text", "sub"), [
    # serious harm or a death among people named as protesters
    ("Men in plain clothes, accompanied by police, beat students holding a sit-in at the university with iron "
     "bars, leaving three in critical condition.", "Excessive force against protesters"),
    ("A student died after police beat demonstrators with batons during a peaceful rally on Tuesday.",
     "Excessive force against protesters"),
    ("Soldiers used whips and rifle butts to break up a peaceful gathering of vendors, and one man later died of "
     "his injuries.", "Excessive force against protesters"),
    ("Police opened fire on a crowd of peaceful marchers in the city centre on Sunday, wounding 14.",
     "Excessive force against protesters"),
    # party supporters turning on offices and ballot boxes
    ("Supporters of a losing candidate burned ballot boxes and set the local electoral office on fire on Sunday.",
     "Violent demonstration"),
    # sexual violence told with a protest: the assault is the event
    ("An activist detained after a rally said police officers sexually assaulted her at a station on Friday.",
     "Sexual violence"),
])
def test_types_protest_wording_fires(text: str, sub: str) -> None:
    assert _rules_sub(text) == sub, T.analyse_text(text)[-1].rules


@pytest.mark.parametrize(("text", "sub"), [
    # beating protesters, nobody badly hurt: intervention
    ("Police beat demonstrators with batons to break up a sit-in outside the ministry on Monday.",
     "Protest with intervention"),
    # the protesters' own violence: a riot, whatever force is used on them
    ("Demonstrators threw stones at police and set fire to a car, leaving two officers in critical condition.",
     "Violent demonstration"),
    # a march with no force used
    ("Thousands of teachers marched through the capital on Monday to demand higher pay.", "Peaceful protest"),
    # rape named as the cause of a protest is no sexual violence of this event
    ("Students held a sit-in on the campus on Sunday to protest against rape and sexual violence, and police "
     "arrested two of them.", "Protest with intervention"),
    ("Women marched through the capital on Sunday to protest against rape.", "Peaceful protest"),
    # a crowd that is no party's supporters: mob violence
    ("A mob beat a man accused of stealing a motorcycle to death in a market on Friday.", "Mob violence"),
])
def test_types_protest_near_misses_keep_their_type(text: str, sub: str) -> None:
    assert _rules_sub(text) == sub, T.analyse_text(text)[-1].rules
