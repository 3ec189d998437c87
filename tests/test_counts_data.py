"""The count lexicons are well formed, and every rule tag sitrep emits is documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.data_schemas import YAML_SCHEMAS
from sitrep.extractors.counts import extract_counts, parse_number
from sitrep.model import Document, Mention
from sitrep.resources import load_tsv, load_yaml

DOC = Path(__file__).resolve().parents[1] / "docs" / "rules" / "counts.md"


def test_counts_vague_numbers_rows_are_valid():
    rows = load_tsv("vague_numbers.tsv")
    assert rows
    for row in rows:
        assert row["kind"] in ("vague", "exact", "unknown"), row
        assert row["multiplier"] in ("yes", "no"), row
        assert parse_number(row["phrase"]) is not None, row["phrase"]
        if row["kind"] == "unknown":  # 'an unknown number of': no figure of its own
            assert int(row["value"]) == 0 and row["rule"] == "unknown-number:open", row
            continue
        assert int(row["value"]) > 0, row
        assert re.fullmatch(r"(vague|word):[a-z-]+=\d+", row["rule"]), row


def test_counts_vague_rule_tags_state_their_value():
    for row in load_tsv("vague_numbers.tsv"):
        if row["kind"] != "unknown":
            assert row["rule"].endswith("=" + row["value"]), row


def test_counts_patterns_yaml_regexes_compile_and_categories_are_known():
    d = load_yaml("count_patterns.yaml")
    cats = {"killed", "injured", "casualties", "captured"}
    assert set(d["triggers"]) == cats
    assert set(d["category_nouns"]) <= cats
    assert set(d["toll_nouns"].values()) <= cats
    for group in d["none_patterns"]:
        assert set(group["categories"]) <= cats
        for p in group["patterns"]:
            re.compile(p)
    for p in d["suicide_cues"] + d["suicide_foiled"] + d["suicide_included"]:
        re.compile(p)


def test_counts_person_and_non_person_nouns_do_not_overlap():
    d = load_yaml("count_patterns.yaml")
    people = set(d["person_nouns"]) | {v for v in d["person_nouns"].values() if v}
    assert not people & set(d["non_person_nouns"])


# Texts that make every documented rule fire; the doc must name each tag it emits.
RULE_TEXTS = [
    "Several people were killed and at least 7 were wounded.",
    "A dozen villagers were abducted; half a dozen were hurt.",
    "Between 10 and 15 people were killed.",
    "7 guards and more than 20 others were killed.",
    "The death toll rose to 12.",
    "A 12-year-old boy was killed.",
    "He was wounded in the leg.",
    "A suicide bomber blew himself up, killing 5 people.",
    "Police said 5 people were killed while residents said 8 people were killed.",
    "Dozens were killed. Police said 40 people were killed.",
    "There were no casualties.",
    "There were no deaths.",
    "Two soldiers were among those killed.",
    "Three soldiers were killed in the first blast. Two civilians were also killed.",
    "Gunmen killed three soldiers on the road. They later killed two civilians.",
    "A bomb killed 12 people. Three soldiers were killed.",
    "Up to 40 people were killed and nearly 30 wounded.",
    "Fewer than 10 people were injured.",
]


@pytest.mark.parametrize("text", RULE_TEXTS)
def test_counts_every_emitted_rule_tag_is_documented(text):
    doc_text = DOC.read_text(encoding="utf-8")
    c = extract_counts(Document(text=text), Mention(start=0, end=len(text), text=text))
    assert c.rules, text
    for tag in c.rules:
        assert f"`{tag}`" in doc_text, f"rule tag {tag!r} is not documented in {DOC.name}"


def test_counts_word_lists_hold_no_yaml_booleans():
    """A bare `no` in a YAML list is false: "no" must stay a word of the negations, designators
    and the other word lists (the schema refuses a boolean there)."""
    d = load_yaml("count_patterns.yaml")
    assert "no" in d["negations"] and "no" in d["designators"] and "no" in d["not_one_person"]
    assert "no" in d["word_classes"]["before_no_count"] and "on" in d["word_classes"]["prepositions"]
    bad = dict(d, negations=[False, "not"])
    with pytest.raises(Exception, match="negations"):
        YAML_SCHEMAS["count_patterns.yaml"].model_validate(bad)
