"""The event-type head and how it combines with the rules and the sub-type model
(docs/rules/event-types.md, "The event-type head")."""

from __future__ import annotations

import zipfile
from importlib import resources

import numpy as np
import pytest

from sitrep.extractors import types as T
from sitrep.extractors.type_model import NONE_LABEL, RuleView, TypeModel, featurize, load_head
from sitrep.model import EventType, SubEventType


def _probs(**best: float) -> dict[str, float]:
    probs = {lab: 0.001 for lab in [s.value for s in SubEventType] + [NONE_LABEL]}
    probs.update(best)
    return probs


def _scores(best: str, margin: float = 1.0) -> dict[str, float]:
    scores = {e.value: -1.0 for e in EventType} | {NONE_LABEL: -1.0}
    scores[best] = -1.0 + margin
    return scores


def _typed(text: str):  # noqa: ANN202
    doc, m, actors, cues, _ = T.analyse_text(text)
    value = T.classify(doc, m, None, actors)
    assert value.is_event and value.in_scope
    return doc, m, actors, cues, value


def test_types_head_moves_event_type_and_picks_best_sub_type_within_it() -> None:
    doc, m, actors, cues, value = _typed("Gunmen opened fire on a bus, killing six passengers near the market.")
    assert value.event_type == EventType.VIOLENCE_AGAINST_CIVILIANS
    probs = _probs(**{"Attack": 0.5, "Armed clash": 0.2, "Government regains territory": 0.1})
    out = T.combine_head(doc, m, actors, cues, value, probs, _scores("Battles"))
    # the sub-type is the sub-type model's best within the head's event type: always consistent
    assert out.event_type == EventType.BATTLES and out.sub_event_type == SubEventType.ARMED_CLASH
    assert "type-head-override" in out.rules and "type-head:battles" in out.rules
    assert out.confidence == pytest.approx(0.2, abs=1e-3) and out.in_scope


def test_types_head_leaves_the_value_when_it_agrees_or_its_margin_is_short(monkeypatch) -> None:  # noqa: ANN001
    doc, m, actors, cues, value = _typed("Gunmen opened fire on a bus, killing six passengers near the market.")
    probs = _probs(**{"Attack": 0.5, "Armed clash": 0.2})
    assert T.combine_head(doc, m, actors, cues, value, probs, _scores(value.event_type.value)) == value
    monkeypatch.setitem(T.combine_settings(), "head_margin", 0.5)
    scores = _scores(value.event_type.value) | {"Battles": 0.4}
    assert T.combine_head(doc, m, actors, cues, value, probs, scores) == value
    scores["Battles"] = 0.6
    assert T.combine_head(doc, m, actors, cues, value, probs, scores).event_type == EventType.BATTLES


def test_types_head_keeps_strategic_developments_and_rules_final_sub_types() -> None:
    doc, m, actors, cues, value = _typed("The two armed groups signed a ceasefire agreement in the capital.")
    assert value.event_type == EventType.STRATEGIC_DEVELOPMENTS
    assert T.combine_head(doc, m, actors, cues, value, _probs(**{"Attack": 0.9}), _scores("Battles")) == value
    doc, m, actors, cues, value = _typed("A suicide bomber blew himself up at a checkpoint, killing four soldiers.")
    assert value.sub_event_type == SubEventType.SUICIDE_BOMB
    assert T.combine_head(doc, m, actors, cues, value, _probs(**{"Armed clash": 0.9}), _scores("Battles")) == value


def test_types_head_neither_creates_incidents_nor_changes_scope() -> None:
    doc, m, actors, cues, value = _typed("Gunmen opened fire on a bus, killing six passengers near the market.")
    out_of_scope = value.model_copy(update={"in_scope": False})
    probs = _probs(**{"Armed clash": 0.9})
    assert T.combine_head(doc, m, actors, cues, out_of_scope, probs, _scores("Battles")) == out_of_scope
    none = value.model_copy(update={"is_event": False})
    assert T.combine_head(doc, m, actors, cues, none, probs, _scores("Battles")) == none


def test_types_head_features_add_unmasked_text_blocks() -> None:
    view = RuleView(triggers=["clash"])
    masked = featurize(["Soldiers clashed with Al-Shabaab."], [view])
    raw = featurize(["Soldiers clashed with Al-Shabaab."], [view], raw=True)
    assert raw.shape[1] > masked.shape[1] and raw[:, masked.shape[1]:].nnz > 0
    assert (raw[:, : masked.shape[1]] != masked).nnz == 0


def test_types_head_round_trips_with_its_feature_kind(tmp_path) -> None:  # noqa: ANN001
    n = featurize(["x"], [RuleView()], raw=True).shape[1]
    m = TypeModel(np.zeros((n, 2)), np.array([0.5, -0.5]), ["Battles", NONE_LABEL], raw=True)
    m.save(str(tmp_path / "h.npz"))
    back = TypeModel.load(str(tmp_path / "h.npz"))
    assert back.raw and back.logits(["a b"], [RuleView()]).shape == (1, 2)


def test_types_head_shipped_file_is_small_and_holds_no_text() -> None:
    ref = resources.files("sitrep.data").joinpath("type_model_head.npz")
    model = resources.files("sitrep.data").joinpath("type_model.npz")
    assert ref.is_file()
    with ref.open("rb") as f:
        size = len(f.read())
    with model.open("rb") as f:
        size += len(f.read())
    assert size <= 20_000_000  # the model and its head together
    with ref.open("rb") as f, zipfile.ZipFile(f) as z:
        assert sorted(z.namelist()) == ["classes.npy", "coef.npy", "intercept.npy", "meta.npy", "raw.npy",
                                        "temperature.npy"]
    head = load_head()
    assert head is not None and head.raw
    assert set(head.classes) == {e.value for e in EventType} | {NONE_LABEL}


def test_types_head_keeps_out_when_the_sub_type_model_sees_a_strategic_development() -> None:
    doc, m, actors, cues, value = _typed("Gunmen opened fire on a bus, killing six passengers near the market.")
    probs = _probs(**{"Disrupted weapons use": 0.6, "Attack": 0.3, "Armed clash": 0.05})
    assert T.combine_head(doc, m, actors, cues, value, probs, _scores("Battles")) == value


def test_types_head_judges_only_a_mention_that_is_the_whole_text() -> None:
    doc, m, actors, cues, value = _typed("Gunmen opened fire on a bus, killing six passengers near the market.")
    longer = doc.model_copy(update={"text": doc.text + " The council met on Friday to discuss the budget." * 4})
    probs = _probs(**{"Attack": 0.5, "Armed clash": 0.2})
    assert T.combine_head(longer, m, actors, cues, value, probs, _scores("Battles")) == value
    assert T.combine_head(doc, m, actors, cues, value, probs, _scores("Battles")).event_type == EventType.BATTLES
