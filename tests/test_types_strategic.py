"""Strategic developments, political arrests and non-events on news-style text (docs/rules/event-types.md).
All sentences are written for the project."""

from __future__ import annotations

import pytest

import sitrep
from sitrep.extractors import types as T


def _first(text: str) -> str | None:
    evs = sorted(sitrep.extract(text), key=lambda e: e.evidence.start)
    return evs[0].sub_event_type.value if evs and evs[0].sub_event_type else None


@pytest.mark.parametrize(("text", "sub", "rule"), [
    ("A mass grave holding the remains of at least 20 people was found near the river crossing on Friday.",
     "Other", "type-other"),
    ("Fire spread through an ammunition depot of the army outside the city, setting off explosions for hours.",
     "Other", "type-other"),
    ("The rebels opened a new operating base in the hills above the market town, residents said.",
     "Headquarters or base established", "type-headquarters"),
    ("The militia withdrew from the district capital ahead of an army offensive and troops entered it "
     "without resistance.", "Non-violent transfer of territory", "type-non-violent-transfer"),
    ("Armed men seized a school teacher and two pupils on the road to the village; the family has had no news.",
     "Abduction/forced disappearance", "type-abduction"),
    ("The interior ministry ordered the dissolution of the militia and gave its members a week to disarm.",
     "Change to group/activity", "type-change-to-group"),
])
def test_types_strategic_developments_by_their_own_triggers(text: str, sub: str, rule: str) -> None:
    *_, value = T.analyse_text(text)
    assert value.is_event and value.sub_event_type is not None
    assert (value.sub_event_type.value, value.rules[0]) == (sub, rule)


def test_types_an_arms_depot_attack_is_no_other() -> None:
    *_, value = T.analyse_text("Insurgents attacked an ammunition depot with rockets, killing three guards.")
    assert value.sub_event_type is not None and value.sub_event_type.value != "Other"


def test_types_rules_keep_scope_of_strategic_developments_and_political_arrests() -> None:
    doc, m, actors, cues, value = T.analyse_text("A mass grave holding the remains of 20 people was found.")
    probs = {lab: 0.0 for lab in T.load_model().classes} if T.load_model() else {}
    if not probs:
        pytest.skip("no shipped model")
    probs["NONE"] = 0.97
    probs["Other"] = 0.03
    assert T.combine(doc, m, actors, cues, value, probs).in_scope
    doc, m, actors, cues, value = T.analyse_text("Police arrested an opposition activist at his home before dawn.")
    assert "cue:political" in cues.rules
    assert T.combine(doc, m, actors, cues, value, probs).in_scope
    doc, m, actors, cues, value = T.analyse_text("Police arrested a man after a quarrel at a petrol station.")
    assert "cue:political" not in cues.rules
    assert not T.combine(doc, m, actors, cues, value, probs).in_scope


@pytest.mark.parametrize("text", [
    "The foreign ministry summoned the envoy and lodged a strongly worded protest over the remarks.",
    "Families gathered at the memorial to mark the fifth anniversary of the bombing of the bus station.",
    "Police said a man killed his brother after an argument over a plot of land.",
])
def test_types_no_event_in_diplomatic_protests_anniversaries_and_ordinary_crime(text: str) -> None:
    assert _first(text) is None
