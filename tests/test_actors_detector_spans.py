"""The actor-phrase detector runs once per document and the stages read its span group."""

import spacy

from sitrep.annotate import Annotation, annotate
from sitrep.extractors.actors import ACTORS_GROUP, DETECTOR, find_actor_phrases
from sitrep.extractors.claims import document_claim
from sitrep.model import Document
from sitrep.sentences import text_sentences

TEXT = ("Al-Shabaab fighters attacked a police post in Mogadishu on Monday. "
        "The army said soldiers repelled the attack.")


def test_detector_writes_the_actors_span_group_with_rule_ids():
    ann = annotate(Document(text=TEXT), (DETECTOR,))
    found = ann.spans(ACTORS_GROUP)
    assert [f.text for f in found][:1] == ["Al-Shabaab"]
    assert all(f.rule for f in found)
    assert [s.label_ for s in ann.doc.spans[ACTORS_GROUP]] == [f.rule for f in found]


def test_phrases_in_a_range_come_from_the_shared_spans():
    doc = Document(text=TEXT)
    ann = annotate(doc, (DETECTOR,))
    cut = TEXT.index("The army")
    detected = [(f.value.name, f.value.kind, f.value.rule) for f in ann.spans(ACTORS_GROUP)]
    first = find_actor_phrases(doc, 0, cut, "Somalia", annotation=ann)
    second = find_actor_phrases(doc, cut, len(TEXT), "Somalia", annotation=ann)
    assert [p.text for p in first] == ["Al-Shabaab", "fighters", "police post"]
    assert [p.name for p in first][::2] == ["Al Shabaab", "Police Forces of Somalia"]
    assert [p.name for p in second] == ["Military Forces of Somalia", "Military Forces of Somalia"]
    # naming a phrase does not change the detector's findings
    again = find_actor_phrases(doc, 0, cut, None, annotation=ann)
    assert [(f.value.name, f.value.kind, f.value.rule) for f in ann.spans(ACTORS_GROUP)] == detected
    assert again[0].name == "Al Shabaab"


def test_an_annotation_without_the_detector_gets_the_group_added_once():
    doc = Document(text=TEXT)
    ann = Annotation(spacy.blank("en")(TEXT), text_sentences(TEXT))  # parsed by a pipeline without the detector
    assert ACTORS_GROUP not in ann.doc.spans
    find_actor_phrases(doc, 0, len(TEXT), annotation=ann)
    assert ACTORS_GROUP in ann.doc.spans
    assert document_claim(doc, ann).source_kind.value == "report"
