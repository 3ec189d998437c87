"""claims._speaker_said tries the speaker cue only where a match can start; it must find exactly
the matches of the cue's own finditer, on real documents and on random text."""

import random
from pathlib import Path

from sitrep.extractors import claims

DOCS = sorted((Path(__file__).resolve().parent.parent / "benchmarks" / "gold" / "docs").glob("*.txt"))


def _spans(matches) -> list[tuple[int, int, int]]:
    return [(m.start(), m.start("sp"), m.end()) for m in matches]


def _same(text: str) -> None:
    assert _spans(claims._speaker_said(text)) == _spans(claims._SPEAKER_SAID.finditer(text)), text[:200]


def test_same_matches_as_the_cue_on_the_gold_documents() -> None:
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        _same(text)
        for para in text.split("\n\n"):
            _same(para)


def test_same_matches_as_the_cue_on_random_text() -> None:
    rng = random.Random(11)
    words = ["the army", "said", "Said", "says", "officials", "stated", ",", ".", ";", ":", "\n", " ", "  ",
             "announced", "reported", "added", "addedly", "police", "a", "in a statement", "x" * 80]
    for _ in range(3000):
        _same("".join(rng.choice(words) + rng.choice(["", " "]) for _ in range(rng.randint(0, 30))))


def test_a_speaker_and_verb_are_found() -> None:
    text = "Troops killed 12 fighters near the town, the army said in a statement."
    (m,) = list(claims._speaker_said(text))
    assert m.group("sp") == "the army"
