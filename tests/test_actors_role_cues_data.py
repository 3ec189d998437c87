"""data/actor_roles.yaml: the role cues of the actor extractor are valid data, and they read roles."""

import re

import pytest

from sitrep.data_schemas import ActorRolesFile
from sitrep.extractors import actors
from sitrep.resources import load_yaml


def test_every_cue_compiles_with_its_fragments_filled_in():
    data = ActorRolesFile.model_validate(load_yaml("actor_roles.yaml"))
    cues = actors._load_role_cues()
    assert set(cues.cues) == set(data.cues)
    for name, rx in cues.cues.items():
        assert not re.search(r"\{[A-Z_]+\}", rx.pattern), f"{name}: unknown fragment left in the pattern"
        assert set(data.cues[name].flags) <= {"i", "m"}


def test_unknown_keys_are_rejected():
    data = load_yaml("actor_roles.yaml")
    with pytest.raises(ValueError):
        ActorRolesFile.model_validate({**data, "extra": {}})
    broken = {**data, "cues": {**data["cues"], "x": {"flags": "i", "pattern": ["{NO_SUCH_FRAGMENT}"]}}}
    with pytest.raises(ValueError, match="unknown fragment"):
        ActorRolesFile.model_validate(broken)


def test_vocabularies_are_lower_case_word_lists():
    cues = actors._load_role_cues()
    for name, words in cues.vocabularies.items():
        assert words, name
        assert all(w == w.lower() and w.strip() == w for w in words), name


@pytest.mark.parametrize(
    ("cue", "text", "matches"),
    [
        ("right_agent", " attacked the convoy", True),
        ("right_agent", " were attacked", False),
        ("right_passive", " were killed in the blast", True),
        ("left_patient", "gunmen attacked the ", True),
        ("left_agent", "the attack was carried out by ", True),
        ("right_responsible", " was behind the attack", True),
        ("left_suspected", "suspected ", True),
    ],
)
def test_role_cues_read_agent_and_patient_contexts(cue, text, matches):
    rx = actors._load_role_cues().cues[cue]
    found = rx.match(text) if rx.pattern.startswith("^") else rx.search(text)
    assert (found is not None) == matches
