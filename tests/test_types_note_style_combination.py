"""In the style of an ACLED coder's note the model decides; in news style the rules' precedence stands.

Sentences written for the project (docs/rules/event-types.md, "Rules and the model")."""

from __future__ import annotations

import pytest

from sitrep.extractors import types as T
from sitrep.extractors.types import note_style
from sitrep.extractors.type_model import NONE_LABEL
from sitrep.model import SubEventType

NOTE = "On 4 March 2021, militiamen attacked villagers in Kambo (Ruzizi, Sud-Kivu). 2 fatalities."
NEWS = "Militiamen attacked villagers in Kambo on Thursday, killing two, local officials said."


def _probs(chosen: dict[str, float]) -> dict[str, float]:
    return {lab: 0.0 for lab in [s.value for s in SubEventType] + [NONE_LABEL]} | chosen


def test_note_style_is_the_coders_date_opening() -> None:
    assert note_style(NOTE)
    assert note_style("On or about 2 May 2020, police dispersed a march in Lira.")
    assert note_style("Movement of forces: On 6 August 2025, fighters of the group gathered near Bulo.")
    assert not note_style("WASHINGTON: On 6 August 2025, fighters of the group gathered near Bulo.")
    assert not note_style(NEWS)
    assert not note_style("On Thursday, militiamen attacked villagers in Kambo.")
    assert not note_style("In 2011, the company signed a deal with a rival.")
    assert not note_style("On Tuesday, 13 September 2022, aircraft struck hideouts.")


@pytest.mark.parametrize("text, rule", [(NOTE, "style:note"), (NEWS, None)])
def test_style_settings_name_the_style(text: str, rule: str | None) -> None:
    got = T.style_settings(text)
    assert got["rules"] == ([rule] if rule else [])
    assert got["override_min"] == (0.0 if rule else T.combine_settings()["override_min"])


def test_in_note_style_the_models_best_event_class_replaces_the_rules() -> None:
    doc, m, actors, cues, value = T.analyse_text(NOTE)
    assert value.sub_event_type == SubEventType.ATTACK
    # a weak preference: below override_min and override_margin, so news style would keep the rules
    probs = _probs({"Armed clash": 0.4, "Attack": 0.35, NONE_LABEL: 0.25})
    out = T.combine(doc, m, actors, cues, value, probs)
    assert out.sub_event_type == SubEventType.ARMED_CLASH
    assert "type-model-override" in out.rules and "style:note" in out.rules


def test_in_news_style_a_weak_model_preference_leaves_the_rules_choice() -> None:
    doc, m, actors, cues, value = T.analyse_text(NEWS)
    assert value.sub_event_type == SubEventType.ATTACK
    out = T.combine(doc, m, actors, cues, value, _probs({"Armed clash": 0.4, "Attack": 0.35, NONE_LABEL: 0.25}))
    assert out.sub_event_type == SubEventType.ATTACK and "style:note" not in out.rules


def test_in_note_style_a_mention_without_trigger_is_typed_even_under_none() -> None:
    text = "On 9 June 2022, the two factions announced that their units would answer to a single council from now on."
    doc, m, actors, cues, value = T.analyse_text(text)
    if value.is_event:
        pytest.skip("the trigger lexicon now names this act")
    probs = _probs({NONE_LABEL: 0.6, "Change to group/activity": 0.3, "Agreement": 0.1})
    out = T.combine(doc, m, actors, cues, value, probs)
    assert out.is_event and out.sub_event_type == SubEventType.CHANGE_TO_GROUP and "type-model-only" in out.rules
    news = text.replace("On 9 June 2022, the", "The")
    doc, m, actors, cues, value = T.analyse_text(news)
    assert not T.combine(doc, m, actors, cues, value, probs).is_event


def test_rare_classes_keep_the_rules_final_word_in_note_style() -> None:
    text = "On 2 May 2021, soldiers raped two women in Kambo (Ruzizi, Sud-Kivu). 0 fatalities."
    doc, m, actors, cues, value = T.analyse_text(text)
    assert value.sub_event_type == SubEventType.SEXUAL_VIOLENCE
    out = T.combine(doc, m, actors, cues, value, _probs({"Attack": 0.9, NONE_LABEL: 0.1}))
    assert out.sub_event_type == SubEventType.SEXUAL_VIOLENCE and "type-rules-final" in out.rules
