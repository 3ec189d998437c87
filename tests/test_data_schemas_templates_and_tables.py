"""Schemas of the data files that the code reads by name: slot templates and name tables."""

from __future__ import annotations

import copy

import pytest

from sitrep.data_schemas import YAML_SCHEMAS
from sitrep.resources import load_yaml


def test_a_derived_name_frame_with_an_unknown_slot_is_rejected():
    bad = copy.deepcopy(load_yaml("actor_derivation.yaml"))
    bad["frames"][0][1] = bad["frames"][0][1] + "{nme}"
    with pytest.raises(Exception, match="unknown frame slots"):
        YAML_SCHEMAS["actor_derivation.yaml"].model_validate(bad)


def test_a_derived_name_frame_that_does_not_compile_once_filled_is_rejected():
    bad = copy.deepcopy(load_yaml("actor_derivation.yaml"))
    bad["person_frames"][0][1] = "({person}"
    with pytest.raises(Exception, match="not a valid pattern"):
        YAML_SCHEMAS["actor_derivation.yaml"].model_validate(bad)


def test_segmentation_compiles_only_names_its_file_holds():
    bad = copy.deepcopy(load_yaml("segment_cues.yaml"))
    bad["compiled"]["word_start_lists"]["triggers"] = "violence_trigger"
    with pytest.raises(Exception, match="violence_trigger"):
        YAML_SCHEMAS["segment_cues.yaml"].model_validate(bad)


def test_every_kind_of_place_has_feature_codes():
    bad = copy.deepcopy(load_yaml("geo_names.yaml"))
    del bad["feature_kinds"]["admin2"]
    with pytest.raises(Exception, match="admin2"):
        YAML_SCHEMAS["geo_names.yaml"].model_validate(bad)
