"""An abduction or forced disappearance of a political target (a union leader, a journalist, an activist)
stays inside ACLED's scope whatever the model's NONE, as an arrest of one does (type_combine.yaml
`scope_rules_final_political`; docs/rules/event-types.md, "Scope"); the same act with no political cue is
left to the model. Every sentence is written for the project."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T
from sitrep.extractors.type_model import NONE_LABEL, load_model


def _in_scope(text: str, p_none: float) -> bool:
    doc, m, actors, cues, value = T.analyse_text(text)
    assert value.is_event and value.sub_event_type is not None
    assert value.sub_event_type.value == "Abduction/forced disappearance"
    model = load_model()
    if model is None:
        pytest.skip("no shipped type model")
    probs = {k: 0.0 for k in model.classes}
    probs[NONE_LABEL], probs[value.sub_event_type.value] = p_none, 1.0 - p_none
    return T.combine(doc, m, actors, cues, value, probs).in_scope


@pytest.mark.parametrize("who", ["a union leader", "a journalist", "an opposition activist"])
def test_types_scope_a_political_target_taken_stays_in_scope(who: str) -> None:
    text = f"Security agents took {who} from his home on Monday; the authorities have not acknowledged holding him."
    assert _in_scope(text, 0.9)


def test_types_scope_an_abduction_without_a_political_cue_is_left_to_the_model() -> None:
    text = "A man was kidnapped from his home on Monday, his family said."
    assert not _in_scope(text, 0.9)
    assert _in_scope(text, 0.3)
