"""Role fillers read the annotated document: its sentences, its tokens (as words) and the
acronyms its detector found once per document."""

from __future__ import annotations

from sitrep.annotate import annotate
from sitrep.extractors.roles import ACRONYM_DETECTOR, ACRONYM_GROUP, document_acronyms, extract_roles, words
from sitrep.model import Document, Mention

TEXT = ("Left-wing guerrillas of the Guatemalan National Revolutionary Unity (URNG) blew up the army's "
        "car-bomb depot. URNG rebels killed Juan Perez.")


def _mention(text: str) -> Mention:
    return Mention(start=0, end=len(text), text=text)


def test_roles_words_keep_hyphens_and_clitics_inside_the_word() -> None:
    a = annotate(Document(text=TEXT))
    got = [w.text for w in words(a, 0, len(TEXT))]
    assert got[:2] == ["Left-wing", "guerrillas"]
    assert "army's" in got and "car-bomb" in got
    for w in words(a, 0, len(TEXT)):
        assert TEXT[w.start : w.end] == w.text


def test_roles_acronyms_are_detected_once_as_a_span_group() -> None:
    a = annotate(Document(text=TEXT), (ACRONYM_DETECTOR,))
    assert [f.text for f in a.spans(ACRONYM_GROUP)] == ["URNG"]
    assert document_acronyms(a) == frozenset({"urng"})
    # an annotation made without the detector gets the group on first use
    b = annotate(Document(text="The army spoke."))
    assert document_acronyms(b) == frozenset()


def test_roles_same_fillers_with_or_without_a_given_annotation() -> None:
    doc = Document(text=TEXT)
    given = extract_roles(doc, _mention(TEXT), None, None, annotate(doc, (ACRONYM_DETECTOR,)))
    made = extract_roles(doc, _mention(TEXT), None, None)
    assert {k: [f.text for f in v] for k, v in given.items()} == {k: [f.text for f in v] for k, v in made.items()}
    assert "Juan Perez" in [f.text for f in made["victims"]]
    for fillers in made.values():
        for f in fillers:
            assert TEXT[f.evidence.start : f.evidence.end] == f.text
