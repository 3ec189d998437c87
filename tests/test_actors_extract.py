"""Actors extractor: neutral names, ACLED actor types and roles (docs/rules/actors.md)."""

from __future__ import annotations

import pytest

from sitrep.extractors.actors import extract_actors, find_actor_phrases, resolve_group
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue, SourceKind


def run(text: str, country: str | None = "Afghanistan", claim: ClaimValue | None = None, doc_place: str | None = None):
    doc = Document(text=text)
    mention = Mention(start=0, end=len(text), text=text)
    ctx = DocContext(doc=doc, doc_place=PlaceValue(country=doc_place) if doc_place else None)
    place = PlaceValue(country=country) if country else None
    return doc, extract_actors(doc, mention, ctx, place, claim or ClaimValue())


# (text, country, actor1, inter1, actor2, inter2)
ROLE_CASES = [
    ("A roadside bomb struck an army patrol in Jalalabad, killing three soldiers.", "Afghanistan",
     "Unidentified Armed Group (Afghanistan)", 3, "Military Forces of Afghanistan", 1),
    ("Unidentified gunmen shot dead a schoolteacher in Behsud district.", "Afghanistan",
     "Unidentified Armed Group (Afghanistan)", 3, "Civilians (Afghanistan)", 7),
    ("Taliban fighters attacked a security checkpoint in Khogyani district.", "Afghanistan",
     "Taliban", 2, "Military Forces of Afghanistan", 1),
    ("Afghan forces repelled a Taliban attack on checkpoints near Lashkar Gah.", "Afghanistan",
     "Taliban", 2, "Military Forces of Afghanistan", 1),
    ("Police arrested five men suspected of planting explosives in Kandahar.", "Afghanistan",
     "Police Forces of Afghanistan", 1, "Civilians (Afghanistan)", 7),
    ("Fighters believed to belong to ISWAP attacked a military base in Dikwa.", "Nigeria",
     "Islamic State (West Africa Province)", 2, "Military Forces of Nigeria", 1),
    ("Islamic State militants killed four villagers near Dikwa.", "Nigeria",
     "Islamic State (West Africa Province)", 2, "Civilians (Nigeria)", 7),
    ("Daesh fighters ambushed an army convoy near Kunar.", "Afghanistan",
     "Islamic State (Khorasan Province)", 2, "Military Forces of Afghanistan", 1),
    ("US forces carried out an air strike against al-Shabaab militants near Jilib.", "Somalia",
     "Military Forces of the United States", 8, "Al Shabaab", 2),
    ("Clashes broke out between the FARDC and M23 rebels near Rutshuru.", "Democratic Republic of the Congo",
     "Military Forces of Democratic Republic of the Congo", 1, "M23: March 23 Movement", 2),
    ("Three soldiers were killed by Boko Haram fighters near Bama.", "Nigeria",
     "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad", 2, "Military Forces of Nigeria", 1),
    ("Armed men abducted three aid workers on the road to Damboa.", "Nigeria",
     "Unidentified Armed Group (Nigeria)", 3, "Civilians (Nigeria)", 7),
    ("Kenyan troops clashed with Al Shabaab fighters near Kolbiyow.", "Somalia",
     "Military Forces of Kenya", 8, "Al Shabaab", 2),
    ("Hundreds of protesters marched in Basra; police fired tear gas to disperse them.", "Iraq",
     "Protesters (Iraq)", 6, "Police Forces of Iraq", 1),
    ("Fulani herdsmen attacked farmers in Guma, killing seven.", "Nigeria",
     "Fulani Ethnic Militia (Nigeria)", 4, "Civilians (Nigeria)", 7),
    # MUC-4 era, lower-case transcripts
    ("the salvadoran army clashed with fmln guerrillas near san miguel.", "El Salvador",
     "Military Forces of El Salvador", 1, "FMLN: Farabundo Marti National Liberation Front", 2),
    ("sendero luminoso guerrillas murdered two peasants in ayacucho.", "Peru",
     "Shining Path", 2, "Civilians (Peru)", 7),
    ("Members of the Army of National Liberation dynamited the Cano Limon pipeline.", "Colombia",
     "ELN: National Liberation Army", 2, None, None),
    ("Communist rebels ambushed a Philippine Army patrol in Samar.", "Philippines",
     "NPA: New People's Army", 2, "Military Forces of the Philippines", 1),
]


@pytest.mark.parametrize("text,country,a1,i1,a2,i2", ROLE_CASES, ids=[c[0][:40] for c in ROLE_CASES])
def test_actors_roles_and_names(text, country, a1, i1, a2, i2):
    _, v = run(text, country)
    assert v.actor1 is not None and v.actor1.name == a1
    assert int(v.actor1.actor_type) == i1
    if a2 is None:
        assert v.actor2 is None
    else:
        assert v.actor2 is not None and v.actor2.name == a2
        assert int(v.actor2.actor_type) == i2


SPEAKER_CASES = [
    ("Gunmen killed two farmers near Kunduz, police said.", "Police Forces of Afghanistan"),
    ("According to the army, gunmen killed two farmers near Kunduz.", "Military Forces of Afghanistan"),
    ("Gunmen killed two farmers near Kunduz, a military spokesman said.", "Military Forces of Afghanistan"),
]


@pytest.mark.parametrize("text,speaker", SPEAKER_CASES)
def test_actors_speaker_is_not_a_participant(text, speaker):
    _, v = run(text)
    names = {v.actor1.name if v.actor1 else None, v.actor2.name if v.actor2 else None}
    assert speaker not in names
    assert v.actor1 is not None and v.actor1.name == "Unidentified Armed Group (Afghanistan)"


COUNTRY_CASES = [
    # (place country, doc place, text, expected actor2)
    (None, "Mali", "Gunmen attacked soldiers near Mopti.", "Military Forces of Mali"),
    ("Niger", "Mali", "Gunmen attacked soldiers near Tillaberi.", "Military Forces of Niger"),
    (None, None, "Gunmen attacked Nigerian soldiers in Borno.", "Military Forces of Nigeria"),
]


@pytest.mark.parametrize("place,doc_place,text,a2", COUNTRY_CASES)
def test_actors_state_forces_country_from_context(place, doc_place, text, a2):
    _, v = run(text, place, doc_place=doc_place)
    assert v.actor2 is not None and v.actor2.name == a2


def test_actors_claim_document_claimant_is_actor1():
    claim = ClaimValue(source_kind=SourceKind.CLAIM, claimed_by="Islamic State (West Africa Province)")
    _, v = run("The group said its fighters attacked an army position in Gubio and killed 7 soldiers.", "Nigeria", claim)
    assert v.actor1 is not None and v.actor1.name == "Islamic State (West Africa Province)"
    assert "actor1-claimant" in v.actor1.rules
    assert v.actor2 is not None and v.actor2.name == "Military Forces of Nigeria"


def test_actors_responsibility_claim_names_the_perpetrator():
    text = "A suicide bomber struck a checkpoint in Mogadishu. Al Shabaab claimed responsibility for the attack."
    doc = Document(text=text)
    mention = Mention(start=0, end=text.index(".") + 1, text=text[: text.index(".") + 1])
    claim_start = text.index("Al Shabaab")
    from sitrep.model import Evidence

    claim = ClaimValue(source_kind=SourceKind.REPORT, evidence=[Evidence.of(text, claim_start, len(text))],
                       rules=["responsibility-claim"])
    v = extract_actors(doc, mention, DocContext(doc=doc), PlaceValue(country="Somalia"), claim)
    assert v.actor1 is not None and v.actor1.name == "Al Shabaab"
    assert v.actor2 is not None and v.actor2.name == "Military Forces of Somalia"


def _lexicon_sample(kind: str, maps_to_prefix: str) -> str:
    """A literal source term of the reviewed lexicon (inputs are generated at test time, so no
    loaded term is written in this file)."""
    from sitrep.extractors.actors import neutral_term_entries, term_samples

    for e in neutral_term_entries():
        if e.get("kind") == kind and str(e.get("maps_to", "")).startswith(maps_to_prefix):
            return term_samples(e["term"])[0]
    raise AssertionError(f"no {kind} entry mapping to {maps_to_prefix}")


def test_actors_loaded_terms_map_to_neutral_names():
    claim = ClaimValue(source_kind=SourceKind.CLAIM, claimed_by="Islamic State")
    own = _lexicon_sample("self-label", "{claimant}")
    enemy = _lexicon_sample("enemy-label", "Military Forces of")
    _, v = run(f"Our {own} attacked the {enemy} at a checkpoint near Tikrit.", "Iraq", claim)
    assert v.actor1 is not None and v.actor1.name == "Islamic State"
    assert v.actor2 is not None and v.actor2.name == "Military Forces of Iraq"


@pytest.mark.parametrize("name,country,expected", [
    ("Islamic State", "Afghanistan", "Islamic State (Khorasan Province)"),
    ("Islamic State", "Iraq", "Islamic State"),
    ("Islamic State", "Mozambique", "Islamic State (Mozambique Province)"),
    ("Al Shabaab", "Mozambique", "Islamic State (Mozambique Province)"),
    ("Al Shabaab", "Somalia", "Al Shabaab"),
])
def test_actors_branch_by_country(name, country, expected):
    assert resolve_group(name, country) == expected


def test_actors_evidence_offsets_match_text():
    text = "Intro line.\nTaliban fighters attacked a police post in Ghazni, killing two policemen."
    doc = Document(text=text)
    start = text.index("Taliban")
    m = Mention(start=start, end=len(text), text=text[start:])
    v = extract_actors(doc, m, DocContext(doc=doc), PlaceValue(country="Afghanistan"), ClaimValue())
    for a in [v.actor1, v.actor2]:
        assert a is not None and a.evidence
        for ev in a.evidence:
            assert doc.text[ev.start:ev.end] == ev.text
    assert v.actor1.evidence[0].text == "Taliban"


def test_actors_short_acronym_needs_capitals_in_mixed_case_text():
    doc = Document(text="The ana is a river; IS fighters attacked.")
    phrases = find_actor_phrases(doc, 0, len(doc.text), "Iraq")
    names = [p.name for p in phrases]
    assert "Military Forces of Afghanistan" not in names
    assert "Islamic State" in names


def test_actors_associated_actor_linked_by_backed_by():
    _, v = run("Nigerian troops backed by the Civilian JTF attacked Boko Haram camps in Sambisa.", "Nigeria")
    assert v.actor1 is not None and v.actor1.name == "Military Forces of Nigeria"
    assert [a.name for a in v.assoc_actor_1] == ["CJTF: Civilian Joint Task Force"]
