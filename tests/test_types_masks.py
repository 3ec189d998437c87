"""Claims of responsibility: a back-reference ("for the attack") is masked; a new act with a victim,
or an act the claim introduces ("for a car bombing that killed 10"), is not."""

import pytest

import sitrep


@pytest.mark.parametrize(
    ("text", "n_events"),
    [
        ("Gunmen attacked a checkpoint in Kismayo on Monday, killing two soldiers. "
         "Al Shabaab claimed responsibility for the attack.", 1),
        ("Al Shabaab said on Monday that its fighters attacked an army base near Afgooye, killing five "
         "soldiers. The same day, it claimed responsibility for the killing of a district official in "
         "the Heliwaa district of Mogadishu.", 2),
        # "for a/an <act>" introduces the act (a record that tells it only through the claim)
        ("Al Shabaab claimed responsibility for a car bombing that killed 10 people in Mogadishu on "
         "Monday.", 1),
        ("The Taliban took responsibility for an attack on a police post in Kandahar on Monday.", 1),
        # ... while "for the <act>" after the act's own account still refers back
        ("A car bomb killed 10 people in Mogadishu on Monday. Al Shabaab claimed responsibility for "
         "the car bombing.", 1),
    ],
)
def test_types_responsibility_claim_masks_only_back_references(text: str, n_events: int) -> None:
    assert len(sitrep.extract(text, published="2019-05-06")) == n_events
