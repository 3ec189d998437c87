"""The event-type data files name only real sub-event types and trigger classes."""

from __future__ import annotations

from sitrep.model import SubEventType
from sitrep.resources import load_yaml

SUBS = {s.value for s in SubEventType}


def test_types_data_sub_event_names_are_acled_sub_types() -> None:
    ev, gtd, comb = load_yaml("event_patterns.yaml"), load_yaml("gtd_types.yaml"), load_yaml("type_combine.yaml")
    named = [*ev["explosion_subs"].values(), *ev["attack_label_classes"], *gtd["no_attack_subs"],
             *comb["rules_final"], *comb["scope_rules_final"], *comb["scope_rules_final_political"]]
    for rule in [*gtd["attack_types"], *gtd["weapon_types"]]:
        named.extend(rule.get("subs") or [])
    assert set(named) <= SUBS, set(named) - SUBS


def test_types_data_trigger_classes_are_defined() -> None:
    ev, comb = load_yaml("event_patterns.yaml"), load_yaml("type_combine.yaml")
    classes = set(ev["triggers"])
    used = [*ev["class_order"], *ev["explosion_order"], *ev["explosion_subs"], *ev["attack_label_classes"].values(),
            *comb["scope_generic_triggers"], *(c for cs in comb["scope_cue_exempt"].values() for c in cs)]
    assert set(used) <= classes, set(used) - classes
    assert set(comb["scope_cue_exempt"]) <= set(comb["scope_cues"])
