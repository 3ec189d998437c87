"""roles._acronym_definitions seeks the acronym-definition pattern only before a parenthesis; it
must find exactly the matches of the pattern's own finditer, on real documents and random text."""

import random
from pathlib import Path

from sitrep.extractors import roles

DOCS = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "gold" / "docs").glob("*.txt"))


def _same(text: str) -> None:
    rx = roles.lexicon().acronym_definition
    fast = [m.span(0) + m.span(2) for m in roles._acronym_definitions(rx, text)]
    assert fast == [m.span(0) + m.span(2) for m in rx.finditer(text)], text[:200]


def test_same_matches_as_the_pattern_on_the_gold_documents() -> None:
    for path in DOCS:
        _same(path.read_text(encoding="utf-8"))


def test_same_matches_as_the_pattern_on_random_text() -> None:
    rng = random.Random(7)
    parts = ["national", "Revolutionary", "unity", "front", " ", "  ", "-", " (", "(", ")", ") ", "URNG", "NRU",
             "Ab", "x", "3", "_", ",", "é", "Ünited", "\n", "( ", " )", "((", "²", "NF"]
    for _ in range(4000):
        _same("".join(rng.choice(parts) for _ in range(rng.randint(0, 25))))


def test_an_acronym_defined_in_brackets_is_found() -> None:
    found = roles.find_acronym_definitions("Gunmen of the Guatemalan national revolutionary unity (URNG) attacked.")
    assert [f[3] for f in found] == ["urng"]
