"""Short aliases: written as listed in mixed case; function words ignored in capitals."""

import pytest

from sitrep.extractors.actors import find_actor_phrases
from sitrep.model import Document


def _names(text: str) -> list[str]:
    doc = Document(text=text)
    return [p.name for p in find_actor_phrases(doc, 0, len(text), None) if p.name]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("THIS IS THE FIRST TIME THAT GUERRILLAS HAVE ATTACKED THE TOWN.", [], ["Islamic State"]),
        ("Let us be clear, said the mayor, after gunmen attacked the market.", [], ["LeT: Lashkar-e-Taiba"]),
        ("LeT militants attacked a police post in Kupwara.", ["LeT: Lashkar-e-Taiba"], []),
        ("ADF rebels attacked a village near Beni.", ["ADF: Allied Democratic Forces"], []),
        ("IS fighters attacked a checkpoint near Kirkuk.", ["Islamic State"], []),
    ],
)
def test_actors_short_alias_case_rules(text: str, present: list[str], absent: list[str]) -> None:
    names = _names(text)
    assert all(n in names for n in present), names
    assert not any(n in names for n in absent), names
