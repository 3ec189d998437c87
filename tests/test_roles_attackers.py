"""sitrep.extractors.roles, round 2: attacker descriptions, act nouns, function words, time words."""

from __future__ import annotations

import pytest

from sitrep.extractors.roles import extract_roles
from sitrep.model import ActorsValue, ActorType, ActorValue, Document, Evidence, Mention


def _roles(text: str, actors: ActorsValue | None = None) -> dict[str, list[str]]:
    doc = Document(text=text)
    out = extract_roles(doc, Mention(start=0, end=len(text), text=text), actors, None)
    return {k: [f.text for f in v] for k, v in out.items()}


def _actor(text: str, span: str) -> ActorsValue:
    start = text.index(span)
    ev = Evidence(start=start, end=start + len(span), text=span)
    return ActorsValue(actor1=ActorValue(name="Some Group", actor_type=ActorType.REBEL_GROUP, evidence=[ev]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two heavily armed men shot the driver of the bus on the main road.", ["Two heavily armed men"]),
        ("Unidentified individuals set fire to the town hall late on Friday.", ["Unidentified individuals"]),
        ("The mayor was killed by masked persons outside his office.", ["masked persons"]),
    ],
)
def test_roles_attacker_modifier_makes_a_human_noun_a_perpetrator(text: str, expected: list[str]) -> None:
    assert _roles(text)["perpetrators"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The government condemned the terrorist attack on the power station.",
        "The guerrilla offensive damaged two bridges on the highway.",
        "Troops destroyed a guerrilla camp and seized rifles near the border.",
    ],
)
def test_roles_perpetrator_word_before_an_act_noun_is_a_modifier(text: str) -> None:
    perps = _roles(text)["perpetrators"]
    assert not any(p.lower() in ("terrorist", "guerrilla") for p in perps)


def test_roles_upper_case_verb_is_is_not_an_actor_filler() -> None:
    text = "GUNMEN KILLED A JUDGE IN THE CAPITAL. THE SITUATION IS TENSE, POLICE SAID."
    assert "IS" not in _roles(text, _actor(text, "IS"))["perpetrators"]


def test_roles_actor_evidence_naming_a_protest_is_not_a_perpetrator() -> None:
    text = "Police fired on the protest in the main square, wounding four people."
    assert "protest" not in _roles(text, _actor(text, "protest"))["perpetrators"]


def test_roles_actor_evidence_naming_a_group_still_counts() -> None:
    text = "The Southern Liberation Front attacked a police post on Monday."
    assert "Southern Liberation Front" in _roles(text, _actor(text, "Southern Liberation Front"))["perpetrators"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ON 1 NOVEMBER URBAN GUERRILLAS ATTACKED A BANK IN THE CAPITAL.", "URBAN GUERRILLAS"),
        ("A few hours later terrorists bombed the offices of the newspaper.", "terrorists"),
    ],
)
def test_roles_date_and_time_words_are_not_part_of_the_phrase(text: str, expected: str) -> None:
    assert _roles(text)["perpetrators"] == [expected]


@pytest.mark.parametrize(
    ("text", "span", "acting"),
    [
        ("The Southern Front's radio broadcast a statement on the peace talks.", "Southern Front", False),
        ("The Southern Front ambushed an army convoy near the river on Sunday.", "Southern Front", True),
        ("Two soldiers were killed by the Southern Front near the river.", "Southern Front", True),
        ("Police attributed the explosion at the bank to the Southern Front.", "Southern Front", True),
    ],
)
def test_roles_actor_evidence_counts_only_where_the_actor_acts(text: str, span: str, acting: bool) -> None:
    assert (span in _roles(text, _actor(text, span))["perpetrators"]) is acting


def test_roles_denied_responsibility_is_no_claim_cue() -> None:
    out = _roles("The Southern Liberation Front denied that it was responsible for the explosion.")
    assert "Southern Liberation Front" not in out["perpetrators"]
    out = _roles("The Southern Liberation Front said it was responsible for the explosion.")
    assert "Southern Liberation Front" in out["perpetrators"]


@pytest.mark.parametrize(
    "text",
    [
        "The Southern Front claimed credit for the blast in a leaflet left at the scene.",
        "In the capital, the Southern Front planted two bombs near the bridge.",
        "The union leaders said they blame the Southern Front for the explosion.",
    ],
)
def test_roles_actor_evidence_with_credit_weapon_or_blame_cues_counts(text: str) -> None:
    assert "Southern Front" in _roles(text, _actor(text, "Southern Front"))["perpetrators"]
