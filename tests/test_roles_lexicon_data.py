"""The role lexicon (data/roles.yaml) follows its schema, and the schema refuses what YAML
silently turns into something else."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from sitrep.data_schemas import RolesFile
from sitrep.extractors.roles import lexicon, roles_data
from sitrep.resources import load_yaml


def test_roles_lexicon_data_follows_its_schema() -> None:
    data = roles_data()
    assert data["subject_breaks"] and all(isinstance(w, str) for w in data["subject_breaks"])
    assert "on" in data["subject_breaks"]  # a bare `on` in YAML would be the boolean True
    lex = lexicon()
    assert lex.denial.search("the front denied any responsibility")
    assert lex.acronym_definition.search("national revolutionary unity (URNG)")


def test_roles_lexicon_data_refuses_booleans_and_unknown_keys() -> None:
    raw = load_yaml("roles.yaml")
    with pytest.raises(ValidationError):
        RolesFile.model_validate({**raw, "coordinators": ["and", True]})
    with pytest.raises(ValidationError):
        RolesFile.model_validate({**raw, "surprise": ["x"]})
    with pytest.raises(ValidationError):
        RolesFile.model_validate({**raw, "denial_pattern": "(unclosed"})
