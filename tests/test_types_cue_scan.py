"""The type detector tries each cue pattern only where the union of the cues holds
(types._cue_starts); it must find exactly what each pattern's own finditer finds."""

import random
import re
from pathlib import Path

from sitrep.extractors import types

DOCS = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "gold" / "docs").glob("*.txt"))


def _same(text: str) -> None:
    pats = types._patterns()
    starts = [m.start() for m in pats.cue_starts.finditer(text)]
    for _, rule, rx in pats.cue_res:
        assert types._matches(rx, text, starts) == [m.span() for m in rx.finditer(text)], (rule, text[:200])


def test_the_union_serves_every_cue() -> None:
    assert types._patterns().cue_starts is not None


def test_same_matches_as_each_cue_on_the_gold_documents() -> None:
    for path in DOCS:
        _same(path.read_text(encoding="utf-8"))


def test_same_matches_as_each_cue_on_random_text() -> None:
    rng = random.Random(5)
    words = ["gunmen", "rifle", "AK-47", "police", "school", "church", "flood", "football", "protest", "the",
             "-", " ", "  ", ",", ".", "\n", "pro-government", "bomb", "car", "crash", "earthquake", "robbery",
             "mosque", "bus", "knife", "machete", "election", "market", "Teachers", "ministry"]
    for _ in range(600):
        _same("".join(rng.choice(words) + rng.choice([" ", "", "-"]) for _ in range(rng.randint(0, 40))))


def test_an_empty_match_falls_back_to_finditer() -> None:
    rx = re.compile(r"\b(?:x?)\b", re.I)
    text = "a x b"
    assert types._matches(rx, text, [0, 1, 2, 3, 4]) == [m.span() for m in rx.finditer(text)]
