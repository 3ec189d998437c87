"""The GTT template metric of sitrep.evaluate_muc4, one hand-made key/response pair per rule."""

from __future__ import annotations

import pytest

from sitrep.evaluate_muc4 import ROLES, gold_templates, gtt_counts, gtt_score, normalise


def _gold(it: str, **roles: list[list[str]]) -> dict:
    """A gold template in the GTT file shape: entities are lists of [mention, offset] pairs."""
    t = {"incident_type": it, **{r: [] for r in ROLES}}
    for role, ents in roles.items():
        t[role] = [[[m, 0] for m in ent] for ent in ents]
    return t


def _pred(it, **roles: list[list[str]]) -> dict:
    return {"incident_type": it, **{r: [] for r in ROLES}, **roles}


def _c(pred: list[dict], gold: list[dict]) -> dict[str, list[float]]:
    return gtt_counts({"d": pred}, {"d": gold}).c


def test_evaluate_muc4_normalise_deletes_punctuation_and_articles() -> None:
    assert normalise('The "Santo Tomas" Farm.') == "santo tomas farm"
    assert normalise("M-19") == "m19"  # deleted, not replaced by a space
    assert normalise("an ANTHEM of a theatre") == "anthem of theatre"


def test_evaluate_muc4_gold_templates_deduplicated() -> None:
    t = _gold("bombing", Target=[["bank"]])
    assert len(gold_templates([t, t, _gold("bombing", Target=[["house"]])])) == 2
    # a document keyed twice with the same template counts once in the recall denominators
    c = _c([], [t, t])
    assert c["incident_type"][3] == 1 and c["Target"][3] == 1


def test_evaluate_muc4_templates_align_only_when_incident_types_match() -> None:
    gold = [_gold("kidnapping", Victim=[["mayor"]])]
    pred = [_pred("attack", Victim=[["mayor"]])]
    c = _c(pred, gold)
    # no alignment: the matching victim earns nothing, everything is spurious or missing
    assert c["Victim"] == [0, 1, 0, 1]
    assert c["incident_type"] == [0, 1, 0, 1]


def test_evaluate_muc4_incident_type_is_a_substring_of_the_gold_type() -> None:
    gold = [_gold("attack / bombing", Weapon=[["bomb"]])]
    for it in ("attack", "bombing"):
        c = _c([_pred(it, Weapon=[["bomb"]])], gold)
        assert c["incident_type"] == [1, 1, 1, 1] and c["Weapon"] == [1, 1, 1, 1]
    c = _c([_pred("arson", Weapon=[["bomb"]])], gold)
    assert c["Weapon"] == [0, 1, 0, 1]


def test_evaluate_muc4_non_string_incident_type_counts_as_attack() -> None:
    c = _c([_pred(None, Target=[["bus"]])], [_gold("attack", Target=[["bus"]])])
    assert c["Target"] == [1, 1, 1, 1]


def test_evaluate_muc4_every_matching_prediction_is_credited() -> None:
    gold = [_gold("bombing", PerpOrg=[["manuel rodriguez patriotic front", "fpmr"]])]
    pred = [_pred("bombing", PerpOrg=[["FPMR"], ["the Manuel Rodriguez Patriotic Front"]])]
    c = _c(pred, gold)
    assert c["PerpOrg"] == [2, 2, 1, 1]  # both predictions correct, one gold entity recalled


def test_evaluate_muc4_multi_mention_prediction_needs_every_mention_in_gold() -> None:
    gold = [_gold("attack", Target=[["embassy", "embassy building"]])]
    assert _c([_pred("attack", Target=[["embassy", "embassy building"]])], gold)["Target"] == [1, 1, 1, 1]
    assert _c([_pred("attack", Target=[["embassy", "consulate"]])], gold)["Target"] == [0, 1, 0, 1]


def test_evaluate_muc4_no_partial_string_credit() -> None:
    gold = [_gold("attack", Victim=[["jesuit priests"]])]
    assert _c([_pred("attack", Victim=[["six jesuit priests"]])], gold)["Victim"] == [0, 1, 0, 1]


def test_evaluate_muc4_unaligned_templates_count_in_denominators() -> None:
    gold = [_gold("kidnapping", Victim=[["mayor"]])]
    pred = [_pred("kidnapping", Victim=[["mayor"]]), _pred("bombing", Weapon=[["bomb"], ["dynamite"]])]
    c = _c(pred, gold)
    assert c["incident_type"] == [1, 2, 1, 1]
    assert c["Weapon"] == [0, 2, 0, 0]
    p, r, _ = gtt_score({"d": pred}, {"d": gold})["all"]
    assert r == 1.0 and p == pytest.approx(2 / 5)


def test_evaluate_muc4_alignment_maximises_document_f1() -> None:
    gold = [_gold("attack", Victim=[["peasant"]]), _gold("arson", Target=[["tank truck", "truck"]])]
    pred = [_pred("arson", Target=[["truck"]]), _pred("attack", Victim=[["peasant"]])]
    assert gtt_score({"d": pred}, {"d": gold})["all"] == (1.0, 1.0, 1.0)


def test_evaluate_muc4_alignment_ties_go_to_the_first_gold_template() -> None:
    # the prediction fits both golds equally (document F1 is the same): gold 0 is chosen, so
    # the victim of gold 0 is recalled and that of gold 1 missed, per role
    gold = [_gold("attack", Victim=[["mayor"]]), _gold("attack", Target=[["bus"]])]
    pred = [_pred("attack")]
    c = _c(pred, gold)
    assert c["incident_type"] == [1, 1, 1, 2]
    assert c["Victim"][2:] == [0, 1] and c["Target"][2:] == [0, 1]


def test_evaluate_muc4_documents_without_predictions_and_empty_gold_entities() -> None:
    gold = {"d1": [_gold("attack", Victim=[["mayor"], []])], "d2": []}
    c = gtt_counts({"d2": [_pred("bombing")]}, gold).c
    assert c["Victim"] == [0, 0, 0, 1]  # the empty gold entity is dropped
    assert c["incident_type"] == [0, 1, 0, 1]
