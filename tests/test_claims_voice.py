"""Claims: document voice, per-mention attribution, forced source kind (docs/rules/claims.md)."""

from __future__ import annotations

import pytest

from sitrep.extractors.claims import document_claim, force_source_kind, mention_claim, responsibility_claims
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue, SourceKind

# (document text, source, expected kind, expected claimed_by, expected rule)
DOC_CASES = [
    ("Our fighters attacked a checkpoint of the Nigerian army in Gubio and killed seven soldiers. "
     "Statement of Islamic State West Africa Province.", None, "claim", "Islamic State (West Africa Province)",
     "claim-first-person"),
    ("Amaq News Agency: fighters of the Islamic State attacked a position of the Iraqi army near Tikrit.", None,
     "claim", "Islamic State", "claim-group-media-voice"),
    ("Fighters attacked an army post near Jilib on Tuesday.", "Al-Kataib", "claim", "Al Shabaab",
     "claim-group-media-source"),
    ("Claims summary (as published by the group)\n- The group said its fighters attacked a checkpoint of the "
     "Egyptian army west of Al-Arish.", None, "claim", None, "claim-digest"),
    ("Inter-Services Public Relations (ISPR): our troops conducted an operation in North Waziristan and killed "
     "six militants.", None, "claim", "Military Forces of Pakistan", "claim-first-person"),
    ("MAIDUGURI, 20 November (Example Wire) - Islamic State West Africa Province claimed responsibility for two "
     "attacks. A military spokesman said one soldier had been wounded.", None, "report", None, "report-third-party"),
    ("KABUL, 3 May (Example Wire) - A roadside bomb killed three soldiers in Ghazni, officials said.", None,
     "report", None, "report-third-party"),
    # a quotation in a news report is not the document's voice
    ('KABUL (Example Wire) - "We attacked the checkpoint," a Taliban spokesman told reporters, officials said.', None,
     "report", None, "report-third-party"),
]


@pytest.mark.parametrize("text,source,kind,by,rule", DOC_CASES, ids=[c[0][:40] for c in DOC_CASES])
def test_claims_document_voice(text, source, kind, by, rule):
    c = document_claim(Document(text=text, source=source))
    assert c.source_kind.value == kind
    assert c.claimed_by == by
    assert rule in c.rules
    for ev in c.evidence:
        assert text[ev.start:ev.end] == ev.text


def mention_of(text: str, sentence: str, country: str | None = None) -> tuple[Document, Mention, DocContext]:
    doc = Document(text=text)
    start = text.index(sentence)
    m = Mention(start=start, end=start + len(sentence), text=sentence)
    ctx = DocContext(doc=doc, claim=document_claim(doc), doc_place=PlaceValue(country=country) if country else None)
    return doc, m, ctx


REPORT = (
    "MAIDUGURI, 20 November (Example Wire) - Islamic State West Africa Province claimed responsibility for two "
    "attacks in Borno State.\n\nIn a statement, the group said its fighters attacked an army position in Gubio and "
    "killed 7 soldiers.\n\nA military spokesman said one soldier had been wounded in Gubio.\n\n"
    "The army said its troops killed 20 militants near Bama on Friday.\n\n"
    "Separately, gunmen killed two farmers near Konduga, residents said."
)

# (sentence, expected kind, claimed_by, rule)
MENTION_CASES = [
    ("In a statement, the group said its fighters attacked an army position in Gubio and killed 7 soldiers.", "claim",
     "Islamic State (West Africa Province)", "claim-attributed-sentence"),
    ("The army said its troops killed 20 militants near Bama on Friday.", "claim", "Military Forces of Nigeria",
     "claim-attributed-sentence"),
    ("A military spokesman said one soldier had been wounded in Gubio.", "report", None, "report-third-party"),
    ("Separately, gunmen killed two farmers near Konduga, residents said.", "report", None, "report-third-party"),
]


@pytest.mark.parametrize("sentence,kind,by,rule", MENTION_CASES, ids=[c[0][:40] for c in MENTION_CASES])
def test_claims_mention_attribution(sentence, kind, by, rule):
    doc, m, ctx = mention_of(REPORT, sentence, "Nigeria")
    c = mention_claim(doc, m, ctx)
    assert c.source_kind.value == kind
    assert c.claimed_by == by
    assert rule in c.rules


def test_claims_bare_responsibility_claim_stays_a_report():
    text = ("MOGADISHU (Example Wire) - A suicide bomber killed 9 people at a checkpoint, police said. "
            "Al Shabaab claimed responsibility for the attack.")
    doc, m, ctx = mention_of(text, text, "Somalia")
    c = mention_claim(doc, m, ctx)
    assert c.source_kind == SourceKind.REPORT
    assert c.claimed_by is None
    assert "responsibility-claim" in c.rules
    assert c.evidence and "Al Shabaab" in c.evidence[0].text


def test_claims_document_responsibility_applies_to_first_event():
    text = ("MOGADISHU (Example Wire) - A suicide bomber killed 9 people at a checkpoint, police said.\n\n"
            "Al Shabaab said in a statement that it had carried out the attack.")
    first = text.split("\n\n")[0]
    doc, m, ctx = mention_of(text, first, "Somalia")
    c = mention_claim(doc, m, ctx)
    assert c.source_kind == SourceKind.REPORT
    assert "responsibility-claim-document" in c.rules


@pytest.mark.parametrize("text", [
    "No group claimed responsibility for the attack.",
    "Nobody has claimed the bombing yet.",
    "The Taliban denied they had carried out the attack.",
])
def test_claims_negated_responsibility_is_ignored(text):
    assert responsibility_claims(Document(text=text)) == []


def test_claims_claim_document_keeps_claim_per_mention():
    text = ("Claims summary (as published by the group)\n"
            "- The group said its fighters attacked a checkpoint of the Egyptian army and said 5 soldiers were killed.")
    sentence = text.split("\n")[1]
    doc, m, ctx = mention_of(text, sentence, "Egypt")
    c = mention_claim(doc, m, ctx)
    assert c.source_kind == SourceKind.CLAIM
    assert "claim-document-voice" in c.rules


@pytest.mark.parametrize("start,kind,expect_by", [
    (ClaimValue(source_kind=SourceKind.CLAIM, claimed_by="Taliban"), SourceKind.REPORT, None),
    (ClaimValue(source_kind=SourceKind.CLAIM, claimed_by="Taliban"), SourceKind.CLAIM, "Taliban"),
    (ClaimValue(source_kind=SourceKind.REPORT), SourceKind.CLAIM, None),
])
def test_claims_force_source_kind(start, kind, expect_by):
    c = force_source_kind(start, kind)
    assert c.source_kind == kind
    assert c.claimed_by == expect_by
    assert f"source-kind-forced:{kind.value}" in c.rules


def test_claims_claimed_figures_stay_claims_in_the_event():
    """A claim's figures keep source_kind=claim and claimed_by when assembled into an Event."""
    pytest.importorskip("sitrep.assemble")
    from sitrep import assemble
    from sitrep.extractors.actors import extract_actors
    from sitrep.extractors.types import classify
    from sitrep.model import CountsValue, CountValue

    doc, m, ctx = mention_of(REPORT, MENTION_CASES[0][0], "Nigeria")
    claim = mention_claim(doc, m, ctx)
    actors = extract_actors(doc, m, ctx, PlaceValue(country="Nigeria"), claim)
    types = classify(doc, m, ctx, actors)
    counts = CountsValue(killed=CountValue(best=7, low=7, high=7))
    fields = assemble.MentionFields(None, PlaceValue(country="Nigeria"), actors, types, counts, claim)
    ev = assemble.build_event(doc, m, ctx, fields)
    assert ev is not None
    assert ev.source_kind == SourceKind.CLAIM
    assert ev.claimed_by == "Islamic State (West Africa Province)"
    assert ev.fatalities == 7
    assert "claimed-figures" in ev.rules
