"""Common report styles that used to invent events or reverse roles: OCHA-style cumulative tolls,
police statements, protests that police fired on."""

from __future__ import annotations

import sitrep

OCHA = """Sudan: Clashes in El Geneina - Flash Update No. 2 (28 April 2023)

HIGHLIGHTS
- At least 27 killed, more than 130 injured in El Geneina since 24 April.
- Humanitarian partners have relocated staff.

SITUATION OVERVIEW
Fighting between armed groups in El Geneina, West Darfur, that started on 24 April has continued for five days. According to the Ministry of Health, at least 27 people have been killed and more than 130 injured.
"""

POLICE = """Press statement from the Zamfara State Police Command, 14 June 2022

On 12 June 2022 at about 1500 hours, operatives of the Command responded to a distress call that bandits had attacked Kabasa village in Bukkuyum LGA. The operatives engaged the bandits in a gun duel and two bandits were fatally shot, while others escaped with gunshot wounds.
The Command urges members of the public to provide information that may lead to the arrest of the fleeing gunmen.
"""


def _types(evs: list) -> list[str]:
    return [e.sub_event_type.value for e in evs if e.sub_event_type is not None]


def test_types_cumulative_toll_since_a_day_is_no_event_and_not_counted_twice() -> None:
    evs = sitrep.extract(OCHA, published="2023-04-28")
    assert len(evs) == 1
    ev = evs[0]
    assert not ev.evidence.text.startswith("- At least 27")  # the "since 24 April" toll is no event
    assert "dedup:merged" not in ev.rules
    assert ev.fatalities == 27


def test_types_fighting_with_a_toll_is_a_clash_not_an_attack_on_civilians() -> None:
    evs = sitrep.extract(OCHA, published="2023-04-28")
    assert _types(evs) == ["Armed clash"]
    assert not evs[0].civilian_targeting


def test_types_police_statement_counts_fatally_shot_and_invents_no_arrest() -> None:
    evs = sitrep.extract(POLICE, published="2022-06-14")
    assert _types(evs) == ["Armed clash"]
    assert evs[0].fatalities == 2


def test_types_appeal_for_information_leading_to_an_arrest_is_no_event() -> None:
    assert sitrep.extract("Police appealed for information that could lead to the arrest of the gunmen.") == []


def test_types_riot_police_are_police_not_rioters() -> None:
    evs = sitrep.extract("On 7 July 2023, protesters in Kisumu were shot at by riot police; two died.", published="2023-07-08")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.sub_event_type is not None and ev.sub_event_type.value == "Excessive force against protesters"
    assert ev.actor1 == "Police Forces of Kenya"
    assert ev.actor2 == "Protesters (Kenya)"


def test_types_police_firing_on_a_protest_is_excessive_force() -> None:
    evs = sitrep.extract("Police fired on a protest in Kisumu on 7 July 2023, killing two people.", published="2023-07-08")
    assert _types(evs) == ["Excessive force against protesters"]
    assert evs[0].actor1 == "Police Forces of Kenya"
