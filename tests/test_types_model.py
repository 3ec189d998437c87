"""The learned event-type model and how it combines with the rules (docs/rules/event-types.md)."""

from __future__ import annotations

import zipfile
from importlib import resources

import numpy as np
import pytest

from sitrep.extractors import types as T
from sitrep.extractors.type_model import NONE_LABEL, RuleView, TypeModel, featurize, load_model, normalise
from sitrep.model import SubEventType


def test_type_model_normalise_strips_coder_date_prefix_and_brackets() -> None:
    got = normalise("On 3 April 2023, gunmen killed 4 farmers in Kalgo (Bunza, Kebbi). [size=no report]")
    assert got == "gunmen killed 0 farmers in <name>"


def test_type_model_normalise_masks_numbers_dates_and_names() -> None:
    got = normalise("Police in Basra arrested 12 men on Tuesday, 5 May.")
    assert got == "police in <name> arrested 0 men on <date> 0 <date>"


def test_type_model_features_are_deterministic_and_include_rule_view() -> None:
    view = RuleView(triggers=["clash"], actor1=1, actor2=2, rule_sub="Armed clash")
    a = featurize(["Soldiers clashed with militants."], [view])
    b = featurize(["Soldiers clashed with militants."], [view])
    assert (a != b).nnz == 0
    bare = featurize(["Soldiers clashed with militants."], [RuleView()])
    assert (a != bare).nnz > 0  # the rules' view changes the features


def test_type_model_shipped_file_is_small_and_holds_no_text() -> None:
    ref = resources.files("sitrep.data").joinpath("type_model.npz")
    assert ref.is_file()
    with ref.open("rb") as f:
        data = f.read()
    assert len(data) <= 20_000_000
    with ref.open("rb") as f, zipfile.ZipFile(f) as z:
        assert sorted(z.namelist()) == ["classes.npy", "coef.npy", "intercept.npy", "meta.npy", "temperature.npy"]
    with ref.open("rb") as f, np.load(f, allow_pickle=False) as z:
        assert z["coef"].dtype.kind == "f"  # weights only
        labels = {str(c) for c in z["classes"]}
    assert labels == {s.value for s in SubEventType} | {NONE_LABEL}


def test_type_model_probabilities_are_calibrated_distributions() -> None:
    model = load_model()
    assert model is not None and model.temperature > 0
    p = model.proba(["Soldiers and rebels exchanged fire near the bridge."], [RuleView(triggers=["clash"])])
    assert p.shape == (1, len(model.classes)) and abs(float(p.sum()) - 1.0) < 1e-5


def test_type_model_save_and_load_round_trip(tmp_path) -> None:  # noqa: ANN001
    rng = np.random.default_rng(0)
    m = TypeModel(rng.normal(size=(featurize(["x"], [RuleView()]).shape[1], 2)), np.zeros(2), ["A", NONE_LABEL], 1.3)
    m.save(str(tmp_path / "m.npz"))
    back = TypeModel.load(str(tmp_path / "m.npz"))
    assert back.classes == ["A", NONE_LABEL] and back.temperature == pytest.approx(1.3)
    assert np.allclose(back.proba(["a b"], [RuleView()]), m.proba(["a b"], [RuleView()]), atol=1e-2)


def _probs() -> dict[str, float]:
    return {lab: 1.0 / 26 for lab in [s.value for s in SubEventType] + [NONE_LABEL]}


def _rules(text: str):  # noqa: ANN202
    return T.analyse_text(text)


def test_types_combine_model_overrides_rules_when_confident() -> None:
    doc, m, actors, trig, value = _rules("Police arrested 11 people on suspicion of recruiting for the insurgents.")
    probs = {k: 0.0 for k in _probs()}
    probs.update({"Arrests": 0.9, "Attack": 0.01, NONE_LABEL: 0.09})
    forced = value.model_copy(update={"sub_event_type": SubEventType.ATTACK})
    out = T.combine(doc, m, actors, trig, forced, probs)
    assert out.sub_event_type == SubEventType.ARRESTS
    assert "type-model-override" in out.rules and out.confidence == pytest.approx(0.9, abs=1e-3)
    assert any(r.startswith("type-model-alt:arrests=") for r in out.rules)


def test_types_combine_rules_keep_final_word_on_rare_classes() -> None:
    doc, m, actors, trig, value = _rules("A suicide bomber blew himself up at a checkpoint, killing four soldiers.")
    assert value.sub_event_type == SubEventType.SUICIDE_BOMB
    probs = {k: 0.0 for k in _probs()}
    probs["Remote explosive/landmine/IED"] = 1.0
    out = T.combine(doc, m, actors, trig, value, probs)
    assert out.sub_event_type == SubEventType.SUICIDE_BOMB and "type-rules-final" in out.rules


def test_types_combine_model_none_marks_incident_out_of_scope() -> None:
    doc, m, actors, trig, value = _rules("A fire at a garment factory killed twelve workers on Monday night.")
    probs = {k: 0.0 for k in _probs()}
    probs[NONE_LABEL] = 0.95
    probs["Attack"] = 0.05
    out = T.combine(doc, m, actors, trig, value, probs)
    assert out.in_scope is False and "scope-out:model-none" in out.rules


def test_types_combine_model_types_a_mention_without_trigger_words() -> None:
    doc, m, actors, trig, value = _rules("The two commanders met and announced that their units would merge.")
    if value.is_event:
        pytest.skip("the trigger lexicon now names this act")
    probs = {k: 0.0 for k in _probs()}
    probs["Change to group/activity"] = 0.9
    probs[NONE_LABEL] = 0.1
    out = T.combine(doc, m, actors, trig, value, probs)
    assert out.is_event and out.sub_event_type == SubEventType.CHANGE_TO_GROUP
    assert "type-model-only" in out.rules and out.evidence and out.evidence[0].text == doc.text


def test_types_combine_weak_model_leaves_no_event_alone() -> None:
    doc, m, actors, trig, value = _rules("The two commanders met and announced that their units would merge.")
    if value.is_event:
        pytest.skip("the trigger lexicon now names this act")
    probs = {k: 0.02 for k in _probs()}
    out = T.combine(doc, m, actors, trig, value, probs)
    assert not out.is_event
