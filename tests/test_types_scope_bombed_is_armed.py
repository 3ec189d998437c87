"""A building bombed or firebombed is an armed incident for the scope decision (type_combine.yaml
`scope_weapons`; docs/rules/event-types.md, "Scope"): the model's NONE needs `none_min_armed` to put it
out of scope, as for any other explosive."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T
from sitrep.extractors.type_model import NONE_LABEL, load_model


@pytest.mark.parametrize("text", [
    "The offices of the newspaper are firebombed in the Bronx.",
    "It was later confirmed that the aircraft had been bombed.",
])
def test_bombed_counts_as_armed_for_the_scope(text: str) -> None:
    doc, m, actors, cues, value = T.analyse_text(text)
    assert value.is_event
    assert T.type_features(cues, actors).armed_scope
    model = load_model()
    if model is None:
        pytest.skip("no shipped type model")
    probs = {k: 0.0 for k in model.classes}
    cfg = T.combine_settings()
    p_none = (cfg["none_min"] + cfg["none_min_armed"]) / 2  # NONE above none_min, below none_min_armed
    assert cfg["none_min"] < p_none < cfg["none_min_armed"]
    probs[NONE_LABEL], probs[value.sub_event_type.value] = p_none, 1 - p_none
    assert T.combine(doc, m, actors, cues, value, probs).in_scope


def test_a_garment_factory_fire_is_still_not_armed() -> None:
    doc, m, actors, cues, value = T.analyse_text("A fire at a garment factory killed twelve workers on Monday night.")
    assert not T.type_features(cues, actors).armed_scope
