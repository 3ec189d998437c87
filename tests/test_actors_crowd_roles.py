"""Actors: crowds (protesters, rioters), parenthetical acronyms, members of a group, new lexicon entries."""

from __future__ import annotations

import pytest

from sitrep import extract

CROWD_CASES = [
    # text, actor1, actor2
    ("BAGHDAD, Iraq, May 4 (Wire) - Hundreds of residents of Kut protested against water shortages on Monday. "
     "The protest ended peacefully.", "Protesters (Iraq)", None),
    ("BAGHDAD, Iraq, May 4 (Wire) - Residents of Kut took to the streets on Monday to protest against water "
     "shortages. Police fired into the air to disperse them.", "Protesters (Iraq)", "Police Forces of Iraq"),
    ("BAGHDAD, Iraq, May 4 (Wire) - Demonstrators angry over water shortages set fire to the gate of the "
     "governorate building in Kut on Monday and clashed with police.", "Rioters (Iraq)", "Police Forces of Iraq"),
    ("MAPUTO, Mozambique, May 4 (Wire) - On Monday, a crowd in a market in Pemba beat a man to death after "
     "accusing him of theft.", "Rioters (Mozambique)", "Civilians (Mozambique)"),
]


@pytest.mark.parametrize("text,a1,a2", CROWD_CASES)
def test_actors_crowd_roles(text: str, a1: str, a2: str | None) -> None:
    ev = extract(text, published="2020-05-05")[0]
    assert ev.actor1 == a1
    assert ev.actor2 == a2


ROLE_CASES = [
    # a parenthetical acronym after the agent keeps it the agent; "members of X" are acted upon
    ("QUETTA, Pakistan, May 4 (Wire) - The Counter Terrorism Department (CTD) arrested three suspected members "
     "of the Pakistani Taliban in Quetta on Monday.", "Police Forces of Pakistan"),
    ("LAHORE, Pakistan, May 4 (Wire) - Police in Punjab's Rahim Yar Khan district arrested two suspected "
     "members of Lashkar-e-Jhangvi on Monday.", "Police Forces of Pakistan"),
    # lexicon: unknown men, ISM, FDS
    ("KARACHI, Pakistan, May 4 (Wire) - Unknown men abducted two engineers near Gwadar on Monday.",
     "Unidentified Armed Group (Pakistan)"),
    ("PEMBA, Mozambique, May 4 (Wire) - ISM fighters killed three farmers near Macomia on Monday.",
     "Islamic State (Mozambique Province)"),
    ("PEMBA, Mozambique, May 4 (Wire) - FDS troops attacked an insurgent camp near Macomia on Monday.",
     "Military Forces of Mozambique"),
]


@pytest.mark.parametrize("text,a1", ROLE_CASES)
def test_actors_roles_acronyms_members(text: str, a1: str) -> None:
    ev = extract(text, published="2020-05-05")[0]
    assert ev.actor1 == a1
