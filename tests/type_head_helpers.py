"""Shared stand-ins for the tests of the event-type head and its combination (tests/test_types_event_head.py,
tests/test_types_head_combination_guards.py)."""

from __future__ import annotations

import numpy as np

from sitrep.extractors.type_model import NONE_LABEL
from sitrep.model import EventType, SubEventType


def probs(**best: float) -> dict[str, float]:
    """Sub-type model probabilities: 0.001 for every label but those given."""
    out = {lab: 0.001 for lab in [s.value for s in SubEventType] + [NONE_LABEL]}
    out.update(best)
    return out


def scores(best: str, margin: float = 1.0) -> dict[str, float]:
    """Head margins: -1 for every class, ``best`` ``margin`` above."""
    out = {e.value: -1.0 for e in EventType} | {NONE_LABEL: -1.0}
    out[best] = -1.0 + margin
    return out


class Fixed:
    """A stand-in model whose scores do not depend on the text."""

    def __init__(self, classes: list[str], row: list[float]) -> None:
        self.classes, self.row = classes, np.array([row])

    def proba(self, texts, views):  # noqa: ANN001, ANN201
        return self.row

    def logits(self, texts, views):  # noqa: ANN001, ANN201
        return self.row
