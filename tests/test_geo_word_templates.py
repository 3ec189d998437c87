"""The word-list templates of geo_patterns.yaml: every slot names a word list of geo_lexicon.yaml,
and every template compiles once filled."""
import re

import pytest

from sitrep.geo.lexicon import TEMPLATE_SLOT, geo_lexicon, word_pattern
from sitrep.resources import load_yaml

TEMPLATES = load_yaml("geo_patterns.yaml")["word_templates"]


@pytest.mark.parametrize("name", sorted(TEMPLATES))
def test_word_template_slots_name_lexicon_lists(name: str) -> None:
    slots = TEMPLATE_SLOT.findall(TEMPLATES[name]["pattern"])
    assert slots and all(isinstance(geo_lexicon().get(s), list) and geo_lexicon()[s] for s in slots)
    assert isinstance(word_pattern(name), re.Pattern)


def test_counted_quantifiers_are_not_slots() -> None:
    assert TEMPLATE_SLOT.findall("^(?:[a-z]+){0,2}?(?:{road_words})") == ["road_words"]


def test_a_spaced_list_matches_its_phrases_across_spaces() -> None:
    cue = next(c for c in geo_lexicon()["border_cues"] if " " in c)
    assert word_pattern("border_before").search(f"{cue.replace(' ', '  ')} the ")


def test_unknown_template_is_an_error() -> None:
    with pytest.raises(KeyError):
        word_pattern("no_such_template")
