"""Event types on the annotated document: the sitrep_triggers component detects once, classify chooses
(docs/rules/event-types.md, "Detection once per document, decision per mention")."""

from __future__ import annotations

from sitrep import pipeline
from sitrep.annotate import annotate
from sitrep.extractors import types as T
from sitrep.extractors.actors import extract_actors
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue

TEXT = ("Gunmen opened fire on a bus near Baidoa on Monday, killing four passengers. "
        "Since January, 31 attacks have been recorded in the region. "
        "Police officers said the blast at the depot injured two guards.")


def test_types_detector_is_listed_and_writes_its_span_groups_with_rule_ids() -> None:
    assert T.DETECTOR in pipeline.DETECTORS
    ann = annotate(Document(text=TEXT), (T.DETECTOR,))
    for group in T.GROUPS:
        assert group in ann.doc.spans
    triggers = ann.spans("triggers")
    assert all(f.rule == f"trigger:{f.value.cls}" and TEXT[f.start:f.end] == f.value.text for f in triggers)
    kill = next(f for f in triggers if f.value.text == "killing")
    assert kill.value.cls == "harm" and "kill" in kill.value.kinds
    masks = ann.spans("trigger_masks")
    assert any(TEXT[m.start:].startswith("Since January") for m in masks)
    assert {f.rule for f in ann.spans("weapons")} >= {"weapon:firearms"}
    assert "cue:harm" in {f.rule for f in ann.spans("type_cues")}


def test_types_masked_triggers_are_not_counted_in_a_mention() -> None:
    ann = annotate(Document(text=TEXT), (T.DETECTOR,))
    a = TEXT.index("Since")
    b = TEXT.index("Police")
    cues = T.mention_cues(ann, Mention(start=a, end=b, text=TEXT[a:b]))
    assert cues.masked and cues.triggers == []


def test_types_classify_reads_the_context_annotation_and_matches_a_standalone_call() -> None:
    doc = Document(text=TEXT)
    end = TEXT.index(" Since")
    m = Mention(start=0, end=end, text=TEXT[:end])
    ctx = DocContext(doc=doc, annotation=annotate(doc, pipeline.DETECTORS))
    actors = extract_actors(doc, m, ctx, PlaceValue(country="Somalia"), ClaimValue())
    with_ctx = T.classify(doc, m, ctx, actors)
    alone = T.classify(doc, m, None, actors)
    assert with_ctx == alone
    assert with_ctx.sub_event_type is not None and with_ctx.sub_event_type.value == "Attack"
    assert all(TEXT[e.start:e.end] == e.text for e in with_ctx.evidence)


def test_types_features_are_named_and_drive_the_decision() -> None:
    doc, m, actors, cues, value = T.analyse_text("Soldiers and militants exchanged fire near the bridge.")
    f = T.type_features(cues, actors)
    assert f.has("clash") and f.strong_clash and not f.kills and f.explosion is None
    sub, rule, used = T.decide(f)
    assert (sub.value, rule) == ("Armed clash", "type-armed-clash") and "clash" in used
    assert value.sub_event_type == sub
