"""Relayed claims: a state that tells its own side of an event, figures handed to a party
without a speech verb, and denials (docs/rules/linking.md, "Relayed claims")."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import extract

PUB = date(2021, 5, 4)


def _relayed(text: str) -> list:
    return [e for e in extract(text, published=PUB) if not e.independent]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # a ministry the actor lexicon does not resolve speaks for the state's forces acting
        ("MOGADISHU (Wire) - Government forces killed 21 Al Shabaab fighters near Afgooye on Monday, "
         "the country's information ministry said.", "Military Forces of Somalia"),
        # a state's army telling an attack on its own positions that its forces repelled
        ("NIAMEY (Wire) - Twenty-five assailants were killed when they attacked army positions near Diffa "
         "on Monday, Niger's defence ministry said.", "Military Forces of Niger"),
        # the attacked state tells how its forces answered
        ("BAMAKO (Wire) - Gunmen attacked a military post near Kidal on Monday and were repelled, "
         "fifteen of them were killed by soldiers, Mali's armed forces said.", "Military Forces of Mali"),
        # a toll handed to a group without a speech verb
        ("BAGHDAD (Wire) - Gunmen attacked a checkpoint near Ramadi on Monday. The toll of 12 dead was "
         "given by the Islamic State group in a statement.", "Islamic State"),
    ],
)
def test_attribution_state_side_and_handed_toll_are_relayed(text: str, party: str) -> None:
    relayed = _relayed(text)
    assert relayed and relayed[0].relayed_from == party
    (span,) = relayed[0].field_evidence["relay"]
    assert text[span.start : span.end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        # the group denies the act: no account of it to relay
        "BAMAKO (Wire) - JNIM said in a statement it had nothing to do with the killing of 14 villagers "
        "near Bankass on Monday, where local officials counted the bodies.",
        # a state on someone else's act is a third-party source
        "ABUJA (Wire) - The interior ministry said gunmen killed nine villagers in Zamfara state on Monday.",
        # a state that only tells an attack on its own forces is a victim, not a party telling its act
        "LIMA (Wire) - A car bomb exploded on Monday outside a police station in Callao, wounding 12 "
        "people. Police sources said the blast also damaged 20 houses. Authorities blamed the Shining Path.",
        # a state counting its own losses tells a victim's account
        "NIAMEY (Wire) - Militants attacked an army post near Diffa on Monday, killing six soldiers, "
        "Niger's defence ministry said.",
    ],
)
def test_attribution_denials_third_party_states_and_own_losses_stay_independent(text: str) -> None:
    assert extract(text, published=PUB) and not _relayed(text)
