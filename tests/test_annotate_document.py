"""The annotated document: parsed once, one sentence source, one tokenizer, one range helper."""

from __future__ import annotations

from spacy.language import Language

from sitrep.annotate import Annotation, add_spans, annotate, mention_ranges
from sitrep.model import Document, Evidence, Mention
from sitrep.nlp import get_nlp
from sitrep.sentences import sentence_spans, text_sentences

TEXT = (
    "On 3 May gunmen killed 3 people in Baidoa. Gen. Ali said the U.S. team left at 10 a.m. "
    "Police arrived later.\n\n- Item one\n- Item two. Second sentence."
)


def _sents(text: str) -> list[str]:
    return [text[s:e] for s, e in annotate(Document(text=text)).sentences()]


def test_sentences_respect_abbreviations_initials_and_list_items():
    assert _sents(TEXT) == [
        "On 3 May gunmen killed 3 people in Baidoa.",
        "Gen. Ali said the U.S. team left at 10 a.m.",
        "Police arrived later.",
        "- Item one",
        "- Item two.",
        "Second sentence.",
    ]


def test_spacy_sentences_start_where_the_sentence_rule_says():
    ann = annotate(Document(text=TEXT))
    starts = [s.start_char for s in ann.doc.sents]
    assert starts == [s for s, _ in ann.sentences()]


def test_sentences_are_clipped_to_the_range_asked_for():
    ann = annotate(Document(text=TEXT))
    a = TEXT.index("killed")
    b = TEXT.index("Police") + 6
    got = [TEXT[s:e] for s, e in ann.sentences(a, b)]
    assert got == ["killed 3 people in Baidoa.", "Gen. Ali said the U.S. team left at 10 a.m.", "Police"]
    assert ann.sentence_of(TEXT.index("Ali")) == ann.sentences()[1]


def test_wrapped_prose_lines_stay_one_sentence_but_bulletin_lines_do_not():
    wrapped = "Gunmen attacked a convoy near the\ntown of Baidoa on Monday and\nkilled two guards."
    assert _sents(wrapped) == [wrapped]
    bulletin = "1. Clash in Baidoa.\n2. Strike in Kismayo."
    assert _sents(bulletin) == ["1. Clash in Baidoa.", "2. Strike in Kismayo."]


def test_document_sentences_equal_the_rule_applied_to_each_unit():
    assert text_sentences("A b c. D e f.") == sentence_spans("A b c. D e f.")


def test_tokens_are_spacy_tokens_inside_the_range():
    ann = annotate(Document(text=TEXT))
    toks = ann.tokens(TEXT.index("gunmen"), TEXT.index(" in Baidoa"))
    assert [t.text for t in toks] == ["gunmen", "killed", "3", "people"]


def test_span_groups_hold_rule_ids_and_values_and_are_read_by_range():
    ann = annotate(Document(text=TEXT))
    a, b = TEXT.index("Baidoa"), TEXT.index("Baidoa") + 6
    add_spans(ann.doc, "places", [(a, b, "places:test", {"name": "Baidoa"}), (a + 1, a + 3, "x", 1)])
    spans = ann.spans("places")
    assert [(f.text, f.rule) for f in spans] == [("Baidoa", "places:test"), ("ai", "x")]
    assert spans[0].value == {"name": "Baidoa"} and spans[1].span.text == "Baidoa"
    assert [s.label_ for s in ann.doc.spans["places"]] == ["places:test", "x"]
    assert ann.spans("places", 0, a) == []
    assert ann.spans("no-such-group") == []


@Language.component("sitrep_test_numbers")
def _numbers(doc):
    add_spans(doc, "test_numbers", [(t.idx, t.idx + len(t), "test:digit", int(t.text)) for t in doc if t.is_digit])
    return doc


def test_a_registered_detector_runs_once_per_document():
    ann = annotate(Document(text=TEXT), ("sitrep_test_numbers",))
    assert [f.value for f in ann.spans("test_numbers")] == [3, 3, 10]
    assert "sitrep_test_numbers" in get_nlp().pipe_names


def test_annotations_of_two_documents_do_not_share_state():
    one = annotate(Document(text="Gunmen killed 3 people."))
    two = annotate(Document(text="Troops shelled the town. Two died."))
    assert isinstance(one, Annotation) and one.doc is not two.doc
    assert one.text == "Gunmen killed 3 people." and len(two.sentences()) == 2


def test_mention_ranges_sort_merge_and_clip():
    ev = [Evidence(start=20, end=30, text="x" * 10), Evidence(start=0, end=10, text="y" * 10),
          Evidence(start=8, end=12, text="z" * 4), Evidence(start=40, end=60, text="w" * 20)]
    m = Mention(start=0, end=60, text="", spans=ev)
    assert mention_ranges(m) == [(0, 12), (20, 30), (40, 60)]
    assert mention_ranges(m, 50) == [(0, 12), (20, 30), (40, 50)]
    assert mention_ranges(Mention(start=5, end=9, text="abcd")) == [(5, 9)]


def test_the_pipeline_keeps_the_annotation_in_the_document_context():
    from sitrep.config import get_settings
    from sitrep.geo.gazetteer import get_gazetteer
    from sitrep.pipeline import build_context

    ctx = build_context(Document(text=TEXT), get_gazetteer(get_settings()), get_settings())
    assert isinstance(ctx.annotation, Annotation) and ctx.annotation.text == TEXT


def test_a_list_marker_is_found_inside_the_text_not_only_at_its_start():
    from sitrep.sentences import list_marker_end

    text = "Weekly update\n- On 3 May, gunmen killed two people.\n(b) Troops withdrew."
    second = text.index("- On")
    assert list_marker_end(text, second) == second + 2
    assert list_marker_end(text, text.index("(b)")) == text.index("Troops")
    assert list_marker_end(text, text.index("On 3")) is None


def test_annotate_runs_only_the_detectors_it_is_asked_for():
    annotate(Document(text=TEXT), ("sitrep_test_numbers",))  # now in the shared pipeline
    ann = annotate(Document(text=TEXT))
    assert ann.spans("test_numbers") == [] and "test_numbers" not in ann.doc.spans
    assert len(ann.sentences()) == 6  # the base pipeline still runs
