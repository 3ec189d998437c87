"""CEAF-REE (phi_strict) of sitrep.evaluate_muc4 on hand-made key/response pairs."""

from __future__ import annotations

import pytest

from sitrep.evaluate_muc4 import ceaf_counts, ceaf_ree


def _gold(**roles: list[list[str]]) -> dict:
    return {r: [[[m, 0] for m in e] for e in ents] for r, ents in roles.items()}


def test_evaluate_muc4_ceaf_multi_mention_gold_needs_all_predicted_mentions_inside() -> None:
    gold = {"d": _gold(Target=[["pilmai telephone company building", "telephone company building",
                               "telephone company offices"], ["water pipes"], ["public telephone booth"]])}
    # every predicted entity lies inside one gold entity: 3 of 4 predictions align one to one
    pred = {"d": {"Target": [["water pipes"], ["Pilmai telephone company building"], ["public telephone booth"],
                             ["telephone company offices"]]}}
    assert ceaf_counts(pred, gold).c["Target"] == [3, 4, 3, 3]
    # a predicted entity with one mention outside the gold entity does not match it
    pred = {"d": {"Target": [["telephone company building", "telephone booth"]]}}
    assert ceaf_counts(pred, gold).c["Target"] == [0, 1, 0, 3]


def test_evaluate_muc4_ceaf_one_to_one_alignment() -> None:
    gold = {"d": _gold(PerpInd=[["m1", "m2", "m3"], ["m4"], ["m5"], ["m6"]])}
    pred = {"d": {"PerpInd": [["m4"], ["m1"], ["m5"], ["m6"], ["m3"]]}}
    p, r, f = ceaf_ree(pred, gold)["PerpInd"]
    assert (p, r) == (pytest.approx(4 / 5), 1.0)
    pred = {"d": {"PerpInd": [["m1", "m2", "m3", "m4"], ["m5"], ["m6"]]}}
    assert ceaf_counts(pred, gold).c["PerpInd"] == [2, 3, 2, 4]


def test_evaluate_muc4_ceaf_alignment_is_maximum_not_greedy() -> None:
    # greedy in text order would pair "a" with the first gold entity and lose one match
    gold = {"d": _gold(Victim=[["a1", "b1"], ["a1"]])}
    pred = {"d": {"Victim": [["a1"], ["b1"]]}}
    assert ceaf_counts(pred, gold).c["Victim"] == [2, 2, 2, 2]


def test_evaluate_muc4_ceaf_duplicate_predictions_are_two_predictions() -> None:
    gold = {"d": _gold(Weapon=[["dynamite"]])}
    pred = {"d": {"Weapon": [["dynamite"], ["Dynamite"]]}}
    assert ceaf_counts(pred, gold).c["Weapon"] == [1, 2, 1, 1]


def test_evaluate_muc4_ceaf_micro_average_and_strings_as_one_mention() -> None:
    gold = {"d1": _gold(Weapon=[["bomb"]], Victim=[["juan perez"]]), "d2": _gold(Weapon=[["rifles"]])}
    pred = {"d1": {"Weapon": ["a bomb"], "Victim": ["Juan Perez", "mayor"]}}
    s = ceaf_ree(pred, gold)
    assert s["Weapon"] == (1.0, 0.5, pytest.approx(2 / 3))
    assert s["all"][:2] == (pytest.approx(2 / 3), pytest.approx(2 / 3))
