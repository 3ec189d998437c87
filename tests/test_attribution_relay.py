"""Relayed claims: a report that only repeats a party's account is not independent."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import extract

PUB = date(2021, 5, 4)
HEAD = "MOGADISHU (Wire) - Al Shabaab fighters attacked an army base in Afgooye on Monday"


@pytest.mark.parametrize(
    "text",
    [
        HEAD + ". The group said in a statement that it killed 30 soldiers.",
        HEAD + ", killing 30 soldiers, according to the group's Andalus radio.",
        HEAD + ", killing 30 soldiers, Al Shabaab said.",
        "ABUJA (Wire) - Islamic State West Africa Province fighters ambushed a convoy near Damboa on Monday, "
        "killing 12 soldiers, according to the group's Amaq news agency.",
    ],
)
def test_attribution_account_of_the_acting_party_is_relayed(text: str) -> None:
    (e,) = extract(text, published=PUB)
    assert e.independent is False
    assert e.relayed_from == e.actor1
    (span,) = e.field_evidence["relay"]
    assert text[span.start : span.end] == span.text
    assert any(r.startswith("relay-") for r in e.rules)


@pytest.mark.parametrize(
    "text",
    [
        HEAD + ", killing 4 soldiers, a military officer told the agency.",
        HEAD + ", killing 4 soldiers, police said.",
        HEAD + ", killing 4 soldiers, residents said.",
        HEAD + ", killing 4 soldiers.",
        HEAD + ", killing 4 soldiers, a military officer said. Al Shabaab said it carried out the attack.",
    ],
)
def test_attribution_own_sources_and_victims_stay_independent(text: str) -> None:
    (e,) = extract(text, published=PUB)
    assert e.independent is True and e.relayed_from is None and "relay" not in e.field_evidence


def test_attribution_party_own_statement_is_the_claim_not_a_relay() -> None:
    text = "Statement of Al Shabaab\n\nOur fighters attacked an army base in Afgooye on Monday and killed 30 soldiers."
    evs = extract(text, published=PUB, source_kind="claim")
    assert evs and all(e.independent for e in evs)
