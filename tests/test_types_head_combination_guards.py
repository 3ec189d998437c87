"""How the event-type head and the sub-type model combine at the edges (docs/rules/event-types.md,
"The event-type head and the style gate"): strategic developments both learned models see, masked
whole-text notes, and sub-types the model may only reach beside a trigger of their own.
Sentences written for these tests; no ACLED note is quoted."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T
from sitrep.extractors.type_model import NONE_LABEL
from sitrep.model import SubEventType, TypeValue
from tests.type_head_helpers import Fixed as _Fixed
from tests.type_head_helpers import probs as _probs
from tests.type_head_helpers import scores as _scores


def test_types_head_types_a_strategic_development_when_the_sub_type_model_sees_it_too() -> None:
    doc, m, actors, cues, _ = T.analyse_text("Two militia commanders announced that their units had merged into one force.")
    untyped = TypeValue(is_event=False, rules=["no-event-trigger"])
    probs = _probs(**{"Change to group/activity": 0.7, "Armed clash": 0.1})
    out = T.combine_head(doc, m, actors, cues, untyped, probs, _scores("Strategic developments"))
    assert out.is_event and out.sub_event_type == SubEventType.CHANGE_TO_GROUP and "type-head-only" in out.rules
    # ... while a head that reads another type still does not move a text the sub-type model reads as one
    assert T.combine_head(doc, m, actors, cues, untyped, probs, _scores("Battles")) == untyped


def test_types_head_types_a_masked_note_only_when_the_sub_type_model_agrees() -> None:
    doc, m, actors, cues, _ = T.analyse_text("The ministry summoned the envoy and lodged a formal protest over remarks.")
    masked = TypeValue(is_event=False, rules=["no-event-trigger", T.MASKED])
    # the sub-type model reads no event: the mask stands
    none = _probs(**{NONE_LABEL: 0.8, "Peaceful protest": 0.1})
    assert T.combine_head(doc, m, actors, cues, masked, none, _scores("Protests")) == masked
    # both learned models read a protest: the head types it when its margin is wide enough
    protest = _probs(**{"Peaceful protest": 0.8, NONE_LABEL: 0.1})
    wide = T.combine_settings()["head_style"]["head_masked_margin"]
    assert T.combine_head(doc, m, actors, cues, masked, protest, _scores("Protests", margin=wide / 2)) == masked
    out = T.combine_head(doc, m, actors, cues, masked, protest, _scores("Protests", margin=wide + 0.1))
    assert out.is_event and out.sub_event_type == SubEventType.PEACEFUL_PROTEST


@pytest.mark.parametrize("types_masked", [True, False])
def test_types_classify_hands_a_masked_whole_note_to_the_head(monkeypatch, types_masked) -> None:  # noqa: ANN001
    text = "On 3 May 2021, the ministry summoned the envoy and lodged a formal protest over remarks."
    doc, m, actors, cues, value = T.analyse_text(text)
    assert not value.is_event and cues.masked and T.note_style(text)
    probs = _probs(**{"Peaceful protest": 0.8, NONE_LABEL: 0.1})
    scores = _scores("Protests", margin=5.0)
    monkeypatch.setattr(T, "load_model", lambda: _Fixed(list(probs), list(probs.values())))
    monkeypatch.setattr(T, "load_head", lambda: _Fixed(list(scores), list(scores.values())))
    monkeypatch.setattr(T, "load_style", lambda: _Fixed(["news", "note"], [0.0, 1.0]))
    monkeypatch.setitem(T.combine_settings()["head_style"], "head_types_masked", types_masked)
    out = T.classify(doc, m, None, actors)
    assert out.is_event is types_masked
    if types_masked:
        assert out.sub_event_type == SubEventType.PEACEFUL_PROTEST and "type-head-only" in out.rules
    # news style: the mask stands whatever the head reads
    monkeypatch.setattr(T, "load_style", lambda: _Fixed(["news", "note"], [1.0, 0.0]))
    assert not T.classify(doc, m, None, actors).is_event
    # ... and so it does in a text not dated like a coder's note, whatever the gate reads
    monkeypatch.setattr(T, "load_style", lambda: _Fixed(["news", "note"], [0.0, 1.0]))
    doc, m, actors, _, _ = T.analyse_text("The group threatened to attack polling stations during the election.")
    assert not T.classify(doc, m, None, actors).is_event


def test_types_combine_model_needs_a_word_of_stopping_to_reach_disrupted_weapons_use() -> None:
    probs = _probs(**{"Disrupted weapons use": 0.8, "Remote explosive/landmine/IED": 0.15})
    doc, m, actors, cues, value = T.analyse_text("Fighters detonated an explosive device against an army bulldozer and destroyed it.")
    assert value.sub_event_type == SubEventType.REMOTE_EXPLOSIVE
    out = T.combine(doc, m, actors, cues, value, probs)
    assert out.sub_event_type == SubEventType.REMOTE_EXPLOSIVE  # it went off: no disrupted weapons use
    doc, m, actors, cues, value = T.analyse_text("Soldiers defused a roadside bomb and then clashed with the militants.")
    assert "disrupted" in {t.cls for t in cues.triggers} and value.sub_event_type != SubEventType.DISRUPTED_WEAPONS_USE
    out = T.combine(doc, m, actors, cues, value, probs)
    assert out.sub_event_type == SubEventType.DISRUPTED_WEAPONS_USE and "type-model-override" in out.rules
