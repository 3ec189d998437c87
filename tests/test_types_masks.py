"""Claims of responsibility: a back-reference is masked, a new act with a victim is not."""

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
    ],
)
def test_types_responsibility_claim_masks_only_back_references(text: str, n_events: int) -> None:
    assert len(sitrep.extract(text, published="2019-05-06")) == n_events
