"""The language data files: every file has a schema and holds to it, and the files agree."""

from __future__ import annotations

import copy
import re
from collections import Counter

import pytest
from pydantic import ValidationError

from sitrep import data_schemas
from sitrep.data_schemas import YAML_SCHEMAS, check_data, data_files
from sitrep.resources import load_tsv, load_yaml


def test_every_data_file_has_a_schema_and_validates():
    assert check_data() == []


@pytest.mark.parametrize("name", sorted(YAML_SCHEMAS))
def test_each_yaml_file_validates_on_its_own(name):
    YAML_SCHEMAS[name].model_validate(load_yaml(name))


def test_a_schema_rejects_a_broken_file():
    bad = dict(load_yaml("segment_cues.yaml"))
    bad["list_marker"] = "(unclosed"
    with pytest.raises(Exception, match="list_marker"):
        YAML_SCHEMAS["segment_cues.yaml"].model_validate(bad)
    bad = dict(load_yaml("attribution.yaml"))
    bad["channels"] = [*bad["channels"], bad["channels"][0].upper()]
    with pytest.raises(Exception, match="duplicate"):
        YAML_SCHEMAS["attribution.yaml"].model_validate(bad)
    bad = {"units": [{"name": "x", "country": "y", "anchor": "z", "typo_key": 1}]}
    with pytest.raises(Exception, match="typo_key"):
        YAML_SCHEMAS["geo_admin1_names.yaml"].model_validate(bad)


def test_yaml_booleans_do_not_stand_in_for_country_codes():
    # "Norwegian: NO" once read as False: every demonym maps to a two-letter code or to nothing
    demonyms = load_yaml("geo_lexicon.yaml")["demonyms"]
    assert demonyms["Norwegian"] == "NO"
    assert all(v is None or re.fullmatch(r"[A-Z]{2}", v) for v in demonyms.values())


def test_no_loaded_term_matches_its_own_neutral_name():
    terms = load_yaml("neutral_terms.yaml")["terms"]
    outputs = {t["maps_to"] for t in terms} | {v for t in terms for v in t.get("by_country", {}).values()}
    for t in terms:
        for out in outputs:
            assert not re.search(t["term"], out, re.IGNORECASE), (t["term"], out)


def test_actor_group_names_are_unique():
    names = Counter(g["name"] for g in load_yaml("actors.yaml")["groups"])
    assert [n for n, c in names.items() if c > 1] == []


def test_number_words_agree_across_files():
    dates = load_yaml("date_words.yaml")["number_words"]
    counts: dict[str, int] = {}
    for table in load_yaml("count_patterns.yaml")["number_words"].values():
        counts.update(table)
    assert {w: (dates[w], counts[w]) for w in dates if w in counts and dates[w] != counts[w]} == {}


def test_each_country_is_in_one_acled_region():
    seen = Counter(iso for row in load_tsv("acled_regions.tsv") for iso in row["iso3"].split())
    assert [iso for iso, n in seen.items() if n > 1] == []


def test_every_hijri_month_has_a_latin_spelling():
    rows = load_tsv("hijri_months.tsv")
    assert {int(r["month"]) for r in rows if r["script"] == "latin"} == set(range(1, 13))


def test_generated_files_are_named_and_present():
    assert data_schemas.GENERATED <= set(data_files())


def test_a_pattern_table_must_hold_the_patterns_its_reader_uses():
    data = copy.deepcopy(load_yaml("type_model_text.yaml"))
    del data["patterns"]["word"]
    with pytest.raises(ValidationError, match="missing from the table"):
        YAML_SCHEMAS["type_model_text.yaml"].model_validate(data)
    data["patterns"]["word"] = "([a-z]"
    with pytest.raises(ValidationError, match="not a valid pattern"):
        YAML_SCHEMAS["type_model_text.yaml"].model_validate(data)


@pytest.mark.parametrize("name", ["place_aliases.yaml", "geo_admin1_names.yaml", "geo_regions.yaml"])
def test_a_list_file_refuses_other_keys_and_fields(name):
    data = copy.deepcopy(load_yaml(name))
    (key,) = data
    schema = YAML_SCHEMAS[name]
    schema.model_validate(data)
    with pytest.raises(ValidationError):
        schema.model_validate({**data, "other": []})
    data[key][0]["bogus"] = 1
    with pytest.raises(ValidationError):
        schema.model_validate(data)


@pytest.mark.parametrize(("name", "table"), [("acled_format.yaml", "disorder_types"), ("evaluation.yaml", "short_types")])
def test_an_event_type_table_must_name_every_event_type(name, table):
    data = copy.deepcopy(load_yaml(name))
    del data[table]["Riots"]
    with pytest.raises(ValidationError, match="event types"):
        YAML_SCHEMAS[name].model_validate(data)
