"""A data file's patterns as one table: compiled once, read by name (sitrep.resources.Patterns)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from sitrep.resources import PatternFields, Patterns


def test_a_pattern_reads_as_an_attribute_compiled_with_the_flags_given():
    p = Patterns({"word": r"[a-z]+"}, re.I, number=re.compile(r"\d+"))
    assert p.word.findall("Two Words") == ["Two", "Words"]
    assert p.number.search("at 12").group() == "12"


def test_a_name_the_table_lacks_is_an_attribute_error():
    p = Patterns({"word": r"\w+"})
    with pytest.raises(AttributeError):
        p.missing  # noqa: B018
    assert getattr(p, "missing", None) is None


@dataclass(frozen=True)
class _Cues(PatternFields):
    limit: int
    patterns: Patterns


def test_a_dataclass_of_cues_reads_its_patterns_as_its_own_attributes():
    cues = _Cues(limit=3, patterns=Patterns({"dash": r"[-\u2013]"}))
    assert cues.limit == 3 and cues.dash.search("a \u2013 b")
    with pytest.raises(AttributeError):
        cues.missing  # noqa: B018
