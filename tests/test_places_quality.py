"""Toponym finder rules of issue #4: bare articles, demonyms, organisation names, possessives,
ALL-CAPS telex text, near cues vouching for unknown names."""

from __future__ import annotations

import pytest

from sitrep.extractors.places import find_toponyms
from sitrep.model import Document


def _names(gz, text: str) -> list[tuple[str, str]]:  # noqa: ANN001
    doc = Document(text=text)
    return [(t.text, t.kind) for t in find_toponyms(doc, 0, len(text), gz)]


CASES = [
    # (text, expected (name, kind) subset, names that must not appear)
    ("Al Shabaab fighters attacked a Somali army base near Marka.", [("Marka", "near"), ("Somali", "country")], ["Al"]),
    ("Hayat Tahrir al-Sham fighters detained two men in Saraqib.", [("Saraqib", "place")], ["al-Sham"]),
    ("A bomb exploded in Kabul's Darulaman area.", [("Kabul", "place")], []),
    ("MOGADISHU, Aug 20 (Agency) - A blast hit Baidoa.", [("Baidoa", "place")], ["Aug"]),
    ("A drone struck a car near Tal Rifaat on Sunday.", [("Tal Rifaat", "near")], []),
]


@pytest.mark.parametrize("text,expected,absent", CASES)
def test_places_quality_finder(gz, text, expected, absent):  # noqa: ANN001
    got = _names(gz, text)
    for e in expected:
        assert e in got, got
    for a in absent:
        assert a not in [n for n, _ in got], got


def test_places_quality_all_caps_text(gz):  # noqa: ANN001
    text = ("BOGOTA, 7 SEP 89 (RADIO NETWORK) -- A CAR BOMB EXPLODED THIS MORNING OUTSIDE A BANK "
            "IN DOWNTOWN MEDELLIN, KILLING 3 PEOPLE, AND GUERRILLAS AMBUSHED A PATROL NEAR SEGOVIA.")
    got = [n for n, _ in _names(gz, text)]
    assert "MEDELLIN" in got and "SEGOVIA" in got and "BOGOTA" in got
    assert "BANK" not in got and "CAR" not in got
