"""sitrep.extractors.roles: persons' names as victims and perpetrators, in cased and case-less text."""

from __future__ import annotations

import pytest

from sitrep.extractors.roles import extract_roles
from sitrep.model import Document, Mention


def _roles(text: str) -> dict[str, list[str]]:
    doc = Document(text=text)
    out = extract_roles(doc, Mention(start=0, end=len(text), text=text), None, None)
    for fillers in out.values():
        for f in fillers:
            assert doc.text[f.evidence.start : f.evidence.end] == f.text
    return {k: [f.text for f in v] for k, v in out.items()}


CASES = [
    # (text, role, expected filler)
    ("Unidentified men killed Roberto Mena Alvarez outside his shop on Friday.", "victims", "Roberto Mena Alvarez"),
    ("Maria Elena Castro was kidnapped near the market, police said.", "victims", "Maria Elena Castro"),
    ("police said the kidnapping of senator luis alberto ramos took place on monday.", "victims", "luis alberto ramos"),
    ("Gunmen shot Arturo Rivera y Damas near the square.", "victims", "Arturo Rivera y Damas"),
    ("Ana de Guerrero, the town's mayor, was shot by gunmen.", "victims", "Ana de Guerrero"),
]


@pytest.mark.parametrize("case", [str, str.upper, str.lower])
@pytest.mark.parametrize(("text", "role", "filler"), CASES)
def test_roles_names_person_name_takes_its_role(text: str, role: str, filler: str, case) -> None:
    out = _roles(case(text))
    assert case(filler) in out[role]


def test_roles_names_place_after_san_is_not_a_person() -> None:
    out = _roles("A BOMB EXPLODED IN SAN SALVADOR AND DAMAGED A BUS, KILLING TWO PASSENGERS.")
    assert not any("SALVADOR" in v for v in out["victims"])


def test_roles_names_a_name_runs_up_to_a_verb_in_uncased_text() -> None:
    out = _roles("GUNMEN KILLED CARLOS MENDEZ ORTIZ YESTERDAY IN THE CAPITAL.")
    assert out["victims"] == ["CARLOS MENDEZ ORTIZ"]


def test_roles_names_a_name_merely_mentioned_has_no_role() -> None:
    out = _roles("Minister Julio Perez opened the new bridge on Monday.")
    assert out["victims"] == [] and out["perpetrators"] == []
