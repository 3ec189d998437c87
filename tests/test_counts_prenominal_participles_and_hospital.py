"""A participle before a person noun gives a figure its category when no verb does ("seven other
wounded people"; `count_patterns.yaml: prenominal_categories`), and more hospital phrases are the
wounded ("to report to hospital", "treated in hospital"); docs/rules/counts.md "Real phrasing"."""

from __future__ import annotations

import pytest

from tests.count_helpers import counts


@pytest.mark.parametrize("text, killed, injured", [
    ("The aftermath of the attack was a killed guard and seven other wounded people.", None, 7),
    ("Police found 4 dead soldiers near the road.", 4, None),
    # a verb's category wins over the participle
    ("Gunmen killed 3 wounded soldiers in the hospital.", 3, None),
    ("Two bombs exploded, causing six police officers to report to hospital with injuries.", None, 6),
    ("Five people were treated in hospital after the blast.", None, 5),
    ("At least eight Assam Rifles personnels have been killed.", 8, None),
])
def test_counts_participle_and_hospital_phrases(text: str, killed: int | None, injured: int | None) -> None:
    c = counts(text)
    assert (c.killed.best, c.injured.best) == (killed, injured)


def test_counts_wounded_told_again_with_participle_counts_once() -> None:
    assert counts("Two soldiers were wounded. The two wounded soldiers were taken to hospital.").injured.best == 2


def test_counts_participle_figure_yields_to_a_stated_figure() -> None:
    # another report of the wounded ('23 wounded people had been brought in') is not added to the
    # figure the attack's own sentence gives ('wounding more than 20 others')
    c = counts("A suicide bomber detonated a vest, killing at least 11 people and wounding more than 20 "
               "others, officials said. A doctor said 23 wounded people had been brought in.")
    assert c.injured.best == 20
