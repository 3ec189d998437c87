"""The fast template alignment of sitrep.evaluate_muc4 gives exactly the official exhaustive result."""

from __future__ import annotations

import random

from sitrep.evaluate_muc4 import ROLES, best_alignment, best_alignment_exhaustive, gold_templates, pred_templates

_TYPES = ["attack", "bombing", "kidnapping", "attack / bombing"]
_WORDS = ["a1", "a2", "b1", "b2", "c1", "d1"]


def _random_template(rng: random.Random, gold: bool) -> dict:
    t = {"incident_type": rng.choice(_TYPES[:3] if not gold else _TYPES)}
    for role in ROLES:
        ents = []
        for _ in range(rng.randint(0, 2)):
            mentions = rng.sample(_WORDS, rng.randint(1, 2 if gold else 1))
            ents.append([[m, 0] for m in mentions] if gold else mentions)
        t[role] = ents
    return t


def test_evaluate_muc4_fast_alignment_equals_exhaustive_on_random_cases() -> None:
    rng = random.Random(20261206)
    for _ in range(300):
        golds = gold_templates([_random_template(rng, True) for _ in range(rng.randint(0, 4))])
        preds = pred_templates([_random_template(rng, False) for _ in range(rng.randint(0, 5))])
        m_fast, c_fast = best_alignment(preds, golds)
        m_slow, c_slow = best_alignment_exhaustive(preds, golds)
        assert m_fast == m_slow
        assert c_fast.c == c_slow.c


def test_evaluate_muc4_fast_alignment_handles_many_templates() -> None:
    rng = random.Random(7)
    golds = gold_templates([_random_template(rng, True) for _ in range(9)])
    preds = pred_templates([_random_template(rng, False) for _ in range(14)])
    mapping, counts = best_alignment(preds, golds)  # 10**14 alignments for the exhaustive search
    taken = [j for j in mapping if j != -1]
    assert len(mapping) == 14 and len(taken) == len(set(taken))
    assert counts.c["incident_type"][1] == 14
