"""The event-type head, the style gate and how they combine with the rules and the sub-type model
(docs/rules/event-types.md, "The event-type head and the style gate")."""

from __future__ import annotations

import zipfile
from importlib import resources

import numpy as np
import pytest

from sitrep.extractors import types as T
from sitrep.extractors.type_model import NONE_LABEL, RuleView, TypeModel, featurize, load_head, load_style
from sitrep.model import ActorsValue, ActorType, ActorValue, EventType, SubEventType
from tests.type_head_helpers import Fixed as _Fixed
from tests.type_head_helpers import probs as _probs
from tests.type_head_helpers import scores as _scores

SHOOTING = "Gunmen opened fire on a bus, killing six passengers near the market."


def _typed(text: str):  # noqa: ANN202
    doc, m, actors, cues, _ = T.analyse_text(text)
    value = T.classify(doc, m, None, actors)
    assert value.is_event and value.in_scope
    return doc, m, actors, cues, value


def test_types_head_moves_event_type_and_picks_best_sub_type_within_it() -> None:
    doc, m, actors, cues, value = _typed(SHOOTING)
    assert value.event_type == EventType.VIOLENCE_AGAINST_CIVILIANS
    probs = _probs(**{"Attack": 0.5, "Armed clash": 0.2, "Government regains territory": 0.1})
    out = T.combine_head(doc, m, actors, cues, value, probs, _scores("Battles"))
    # the sub-type is the sub-type model's best within the head's event type: always consistent
    assert out.event_type == EventType.BATTLES and out.sub_event_type == SubEventType.ARMED_CLASH
    assert {"type-head-override", "type-head:battles", "style:note-like"} <= set(out.rules)
    assert out.confidence == pytest.approx(0.2, abs=1e-3) and out.in_scope


def test_types_head_leaves_the_value_when_it_agrees_or_its_margin_is_short(monkeypatch) -> None:  # noqa: ANN001
    doc, m, actors, cues, value = _typed(SHOOTING)
    probs = _probs(**{"Attack": 0.5, "Armed clash": 0.2})
    assert T.combine_head(doc, m, actors, cues, value, probs, _scores(value.event_type.value)) == value
    monkeypatch.setitem(T.combine_settings()["head_style"], "head_margin", 0.5)
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


def test_types_head_keeps_out_when_the_sub_type_model_sees_a_strategic_development() -> None:
    doc, m, actors, cues, value = _typed(SHOOTING)
    probs = _probs(**{"Disrupted weapons use": 0.6, "Attack": 0.3, "Armed clash": 0.05})
    assert T.combine_head(doc, m, actors, cues, value, probs, _scores("Battles")) == value


def test_types_head_types_a_note_the_rules_left_untyped_or_out_of_scope() -> None:
    doc, m, actors, cues, value = _typed(SHOOTING)
    probs = _probs(**{"Armed clash": 0.6, "Attack": 0.3})
    for untyped in (value.model_copy(update={"in_scope": False}), value.model_copy(update={"is_event": False})):
        out = T.combine_head(doc, m, actors, cues, untyped, probs, _scores("Battles"))
        assert out.is_event and out.in_scope and out.sub_event_type == SubEventType.ARMED_CLASH
        assert "type-head-only" in out.rules
    # ... but not against its own NONE
    none = value.model_copy(update={"is_event": False})
    assert T.combine_head(doc, m, actors, cues, none, probs, _scores(NONE_LABEL)) == none


def test_types_head_puts_a_note_it_reads_as_no_event_out_of_scope() -> None:
    doc, m, actors, cues, value = _typed(SHOOTING)
    out = T.combine_head(doc, m, actors, cues, value, _probs(**{"Attack": 0.6}), _scores(NONE_LABEL))
    assert out.in_scope is False and "scope-out:type-head" in out.rules
    assert out.sub_event_type == value.sub_event_type


def _classify(text: str) -> object:
    doc, m, actors, _, _ = T.analyse_text(text)
    return T.classify(doc, m, None, actors)


@pytest.mark.parametrize("p_note, moved", [(0.9, True), (0.1, False)])
def test_types_head_decides_only_text_the_style_gate_reads_as_a_note(monkeypatch, p_note, moved) -> None:  # noqa: ANN001
    if T.load_model() is None:
        pytest.skip("no shipped sub-type model")
    before = _classify(SHOOTING)
    scores = _scores("Battles", margin=5.0)
    monkeypatch.setattr(T, "load_head", lambda: _Fixed(list(scores), list(scores.values())))
    monkeypatch.setattr(T, "load_style", lambda: _Fixed(["news", "note"], [1 - p_note, p_note]))
    after = _classify(SHOOTING)
    assert (after.event_type == EventType.BATTLES) is moved
    if not moved:
        assert after == before  # news style: the rules and the sub-type model decide, exactly as before


def test_types_head_judges_only_a_mention_that_is_the_whole_text(monkeypatch) -> None:  # noqa: ANN001
    doc, m, actors, cues, value = _typed(SHOOTING)
    assert T.whole_text(doc, cues)
    longer = doc.model_copy(update={"text": doc.text + " The council met on Friday to discuss the budget." * 4})
    assert not T.whole_text(longer, cues)
    scores = _scores("Battles", margin=5.0)
    monkeypatch.setattr(T, "load_head", lambda: _Fixed(list(scores), list(scores.values())))
    monkeypatch.setattr(T, "load_style", lambda: _Fixed(["news", "note"], [0.0, 1.0]))
    evs = T.classify(longer, m, None, actors)
    assert evs.event_type == value.event_type


def test_types_head_and_gate_features_are_the_unmasked_text_blocks() -> None:
    view = RuleView(triggers=["clash"])
    masked = featurize(["Soldiers clashed with Al-Shabaab."], [view])
    head = featurize(["Soldiers clashed with Al-Shabaab."], [view], "head")
    style = featurize(["Soldiers clashed with Al-Shabaab."], [], "style")
    assert head.shape[1] == masked.shape[1] + style.shape[1] and head[:, masked.shape[1]:].nnz > 0
    assert (head[:, : masked.shape[1]] != masked).nnz == 0
    assert (head[:, masked.shape[1]:] != style).nnz == 0
    with pytest.raises(ValueError):
        featurize(["x"], [view], "other")


def test_types_head_round_trips_with_its_feature_blocks(tmp_path) -> None:  # noqa: ANN001
    n = featurize(["x"], [RuleView()], "head").shape[1]
    m = TypeModel(np.zeros((n, 2)), np.array([0.5, -0.5]), ["Battles", NONE_LABEL], blocks="head")
    m.save(str(tmp_path / "h.npz"))
    back = TypeModel.load(str(tmp_path / "h.npz"))
    assert back.blocks == "head" and back.logits(["a b"], [RuleView()]).shape == (1, 2)


def test_types_head_shipped_files_are_small_and_hold_no_text() -> None:
    size = 0
    for name in ("type_model.npz", "type_model_head.npz", "type_model_style.npz"):
        ref = resources.files("sitrep.data").joinpath(name)
        assert ref.is_file()
        with ref.open("rb") as f:
            size += len(f.read())
        if name != "type_model.npz":
            with ref.open("rb") as f, zipfile.ZipFile(f) as z:
                assert sorted(z.namelist()) == ["blocks.npy", "classes.npy", "coef.npy", "intercept.npy", "meta.npy",
                                                "temperature.npy"]
    assert size <= 20_000_000  # the model, its head and the style gate together
    head, gate = load_head(), load_style()
    assert head is not None and head.blocks == "head"
    # a one-vs-rest SVM over the event types (or the sub-event types) and NONE, scored per event type by T.head_scores
    assert set(T.head_scores(head.classes, np.zeros(len(head.classes)))) == {e.value for e in EventType} | {NONE_LABEL}
    assert gate is not None and gate.blocks == "style" and gate.classes == ["news", "note"]


def test_types_style_gate_reads_headlines_and_coders_notes_apart_from_news() -> None:
    gate = load_style()
    if gate is None:
        pytest.skip("no shipped style gate")
    note = gate.classes.index("note")
    # written for this test in the two styles (no ACLED note is quoted)
    notes = ["Residents of Kisumu protest over poor state of roads",
             "Police shoot dead two suspected thugs in Eastleigh, Nairobi",
             "On 4 March 2023, militia attacked a village in Hiraan region, killing two farmers."]
    news = ["GAO, Mali (Sahel Monitor) - Officials said on Tuesday that talks between the two parties had "
            "been postponed until next month, citing security concerns along the main road.",
            "The health ministry said the number of cholera cases had doubled since January, according to a "
            "statement released late on Thursday by the regional office."]
    p_notes = gate.proba(notes, [])[:, note]
    p_news = gate.proba(news, [])[:, note]
    assert p_notes.min() > p_news.max()
    assert (p_notes >= T.combine_settings()["head_style"]["min"]).all()


def test_types_head_keeps_the_codebooks_protest_types_and_battles_between_armed_parties() -> None:
    doc, m, actors, cues, value = _typed("Security forces opened fire on protesters in Baghdad, killing 5 demonstrators.")
    assert value.sub_event_type == SubEventType.EXCESSIVE_FORCE
    out = T.combine_head(doc, m, actors, cues, value, _probs(**{"Attack": 0.9}), _scores("Violence against civilians"))
    assert out == value
    doc, m, actors, cues, value = _typed(SHOOTING)
    rebels = ActorValue(name="Rebels", actor_type=ActorType.REBEL_GROUP)
    army = ActorValue(name="Military Forces", actor_type=ActorType.STATE_FORCES)
    armed = ActorsValue(actor1=rebels, actor2=army)
    battle = value.model_copy(update={"event_type": EventType.BATTLES, "sub_event_type": SubEventType.ARMED_CLASH})
    out = T.combine_head(doc, m, armed, cues, battle, _probs(**{"Attack": 0.9}), _scores("Violence against civilians"))
    assert out == battle  # two organised armed parties: a battle, not violence against civilians
    assert T.combine_head(doc, m, armed, cues, battle, _probs(**{"Violent demonstration": 0.9}),
                          _scores("Riots")).event_type == EventType.RIOTS
    doc, m, actors, cues, value = _typed("Protesters rallied in Basra; police fired tear gas to disperse them.")
    assert value.sub_event_type == SubEventType.PROTEST_WITH_INTERVENTION
    assert T.combine_head(doc, m, actors, cues, value, _probs(**{"Violent demonstration": 0.9}), _scores("Riots")) == value


def test_types_head_does_not_bring_back_what_a_scope_cue_put_out() -> None:
    doc, m, actors, cues, _ = T.analyse_text("Police said a man killed his brother after an argument over a plot of land.")
    value = T.classify(doc, m, None, actors)
    assert value.is_event and not value.in_scope and "scope-out:cue:crime" in value.rules
    out = T.combine_head(doc, m, actors, cues, value, _probs(**{"Mob violence": 0.9}), _scores("Riots"))
    assert out == value


def test_types_head_scores_an_event_type_by_its_best_sub_type() -> None:
    classes = ["Armed clash", "Government regains territory", "Attack", "Sexual violence", NONE_LABEL]
    scores = T.head_scores(classes, np.array([-0.4, 0.3, -1.0, -0.2, -0.8]))
    assert scores == pytest.approx({"Battles": 0.3, "Violence against civilians": -0.2, NONE_LABEL: -0.8})
    # a head over the event types themselves (as shipped before) keeps its scores
    assert T.head_scores(["Battles", "Riots", NONE_LABEL], [0.1, 0.5, -0.2]) == \
        pytest.approx({"Battles": 0.1, "Riots": 0.5, NONE_LABEL: -0.2})


def test_types_head_moves_a_protest_type_that_the_sub_type_model_chose() -> None:
    # the codebook's protest precedence holds for the rules' Protest with intervention ...
    doc, m, actors, cues, value = _typed("Protesters rallied in Basra; police fired tear gas to disperse them.")
    assert value.sub_event_type == SubEventType.PROTEST_WITH_INTERVENTION
    rules_chose = value.model_copy(update={"rules": [r for r in value.rules if not r.startswith("type-model")]})
    probs = _probs(**{"Violent demonstration": 0.9})
    assert T.combine_head(doc, m, actors, cues, rules_chose, probs, _scores("Riots")) == rules_chose
    # ... not for the same sub-type when the sub-type model overrode the rules' choice with it
    model_chose = rules_chose.model_copy(update={"rules": [*rules_chose.rules, "type-model-override"]})
    out = T.combine_head(doc, m, actors, cues, model_chose, probs, _scores("Riots"))
    assert out.event_type == EventType.RIOTS and out.sub_event_type == SubEventType.VIOLENT_DEMONSTRATION


def test_types_head_needs_head_only_margin_to_type_a_text_the_rules_left_untyped() -> None:
    doc, m, actors, cues, value = _typed(SHOOTING)
    probs = _probs(**{"Peaceful protest": 0.6})
    untyped = value.model_copy(update={"is_event": False})
    need = T.combine_settings()["head_style"]["head_only_margin"]
    assert need > T.combine_settings()["head_style"]["head_margin"]
    # a near tie with its own NONE: the head does not create an event the rules found no word for
    short = _scores(NONE_LABEL, 1.0) | {"Protests": need / 2}  # NONE at 0, Protests above it by less than need
    assert T.combine_head(doc, m, actors, cues, untyped, probs, short) == untyped
    # a clear margin: it does
    clear = _scores(NONE_LABEL, 1.0) | {"Protests": need * 2}
    out = T.combine_head(doc, m, actors, cues, untyped, probs, clear)
    assert out.is_event and out.sub_event_type == SubEventType.PEACEFUL_PROTEST and "type-head-only" in out.rules
