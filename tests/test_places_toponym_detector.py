"""The toponym detector: toponyms are found once per document (span group ``toponyms`` of the
annotation) and the stages choose among them; the gazetteer Protocol covers what resolution
needs; the package has one haversine."""

from __future__ import annotations

import pytest

from sitrep.annotate import annotate
from sitrep.extractors import places
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Gazetteer
from sitrep.geo.lexicon import TOPONYMS
from sitrep.model import Document
from sitrep.pipeline import DETECTORS


TEXT = ("Gunmen attacked a checkpoint in Achin district of Nangarhar province.\n\n"
        "Later a bomb exploded near Jalalabad, Afghanistan.")


def test_toponym_detector_is_a_pipeline_detector():
    assert places.DETECTOR == "sitrep_toponyms"
    assert places.DETECTOR in DETECTORS


def test_toponym_detector_writes_the_span_group_with_rule_ids(gz):  # noqa: ANN001
    a = annotate(Document(text=TEXT), (places.DETECTOR,), gz)
    found = a.spans(TOPONYMS)
    assert [f.value.text for f in found] == ["Achin", "Nangarhar", "Jalalabad", "Afghanistan"]
    assert all(f.rule == f.value.rules[0] for f in found)
    assert [s.label_ for s in a.doc.spans[TOPONYMS]] == [f.rule for f in found]


def test_find_toponyms_chooses_among_the_detected_spans(gz, monkeypatch):  # noqa: ANN001
    doc = Document(text=TEXT)
    a = annotate(doc, (places.DETECTOR,), gz)

    def no_redetection(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("find_toponyms re-detected")

    monkeypatch.setattr(places, "detect_toponyms", no_redetection)
    second = TEXT.index("Later")
    got = places.find_toponyms(doc, second, len(TEXT), gz, a)
    assert [t.text for t in got] == ["Jalalabad", "Afghanistan"]
    assert got[0].kind == "near"


def test_toponym_detector_without_gazetteer_writes_nothing():
    a = annotate(Document(text=TEXT), (places.DETECTOR,))
    assert TOPONYMS not in a.doc.spans


def test_each_paragraph_decides_all_caps_on_its_own(gz):  # noqa: ANN001
    text = ("POLICE SAID GUNMEN ATTACKED A CHECKPOINT IN KANDAHAR ON FRIDAY NIGHT.\n\n"
            "Officials in Herat said the road to Kabul was closed by the Taliban after the attack.")
    tops = [t.text for t in places.find_toponyms(Document(text=text), 0, len(text), gz)]
    assert tops == ["KANDAHAR", "Herat", "Kabul"]


def test_sqlite_gazetteer_satisfies_the_protocol(gz):  # noqa: ANN001
    assert isinstance(gz, Gazetteer)
    keys, pool = gz.name_pool("AF", None, with_admin1=True)
    assert len(keys) == len(pool) and any(p.is_admin1 for p in pool)
    assert "burma" in gz.country_keys()


def test_haversine_is_the_one_great_circle_distance():
    from sitrep import evaluate, link

    assert link.haversine_km is haversine_km and evaluate.haversine_km is haversine_km
    assert haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.1)
