"""The shared annotation pipeline keeps the order its callers ask for (docs/architecture.md, "Annotation"): a
detector asked for alone first, then a full pipeline that lists another detector before it, ends up after that
one, so the toponym detector always reads the actor phrases of a full run whatever ran before."""

from __future__ import annotations

import spacy

from sitrep import annotate as A
from sitrep.pipeline import DETECTORS


def test_a_detector_asked_for_first_alone_runs_after_those_a_full_pipeline_lists_before_it(monkeypatch) -> None:  # noqa: ANN001
    fresh = spacy.blank("en")
    monkeypatch.setattr(A, "get_nlp", lambda: fresh)
    A.annotation_pipeline.cache_clear()
    try:
        last = DETECTORS[-1]
        A.annotation_pipeline((last,))  # asked for alone first
        nlp = A.annotation_pipeline(tuple(DETECTORS))
        order = [n for n in nlp.pipe_names if n in DETECTORS]
        assert order == list(DETECTORS)
    finally:
        A.annotation_pipeline.cache_clear()
