"""Neutrality: no loaded source term from data/neutral_terms.yaml ever reaches an output field.

Inputs are generated at test time by inserting every source term into neutral, claim-style
templates (reports of what a group said); nothing loaded is written into test files.
Unit-level tests need only actors/claims; the whole-pipeline tests (``*_whole_pipeline_*``) need
every stage and skip while a stage is missing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.extractors.actors import extract_actors, neutral_term_entries, neutral_terms, term_samples
from sitrep.extractors.claims import document_claim, mention_claim
from sitrep.model import DocContext, Document, Mention, PlaceValue
from sitrep.resources import load_yaml

ROOT = Path(__file__).resolve().parents[1]
COUNTRIES = ["Iraq", "Syria", "Afghanistan", "Nigeria", "Somalia", "Mali", "Egypt", "Philippines", "Pakistan", "Yemen",
             "El Salvador"]
# neutral claim-style templates: a neutral report of what a group's statement said
TEMPLATES = [
    "In a statement, the group said its fighters attacked {term} near the town and killed 5 of them.",
    "The group said {term} were killed when its fighters targeted a checkpoint near the town.",
    "A statement attributed to the group said {term} attacked a position near the town on Monday.",
    "The statement said the group's fighters detonated an explosive device against {term}, killing 3.",
]
_TERM_RES = [re.compile(rf"(?<![\w-])(?:{t})(?![\w-])", re.I) for t in neutral_terms()]


def leaked(value: str | None) -> list[str]:
    if not value:
        return []
    return [rx.pattern for rx in _TERM_RES if rx.search(value)]


def generated_inputs() -> list[tuple[str, str, str]]:
    out = []
    for i, term in enumerate(neutral_terms()):
        for j, sample in enumerate(term_samples(term)):
            template = TEMPLATES[(i + j) % len(TEMPLATES)]
            out.append((term, template.format(term=sample), COUNTRIES[(i + j) % len(COUNTRIES)]))
    return out


INPUTS = generated_inputs()


def test_neutrality_lexicon_entries_are_complete():
    kinds = {"enemy-label", "self-label", "community-label", "attack-label", "death-euphemism"}
    entries = neutral_term_entries()
    assert len(entries) >= 40
    for e in entries:
        assert {"term", "maps_to", "kind", "note"} <= set(e)
        assert e["kind"] in kinds
        assert e["note"].strip()
        re.compile(e["term"])
        assert not leaked(e["maps_to"]), e


def test_neutrality_every_term_yields_samples_it_matches():
    for term in neutral_terms():
        samples = term_samples(term)
        assert samples, term
        rx = re.compile(rf"(?<![\w-])(?:{term})(?![\w-])", re.I)
        assert all(rx.search(s) for s in samples), (term, samples)


def test_neutrality_standard_names_contain_no_source_term():
    data = load_yaml("actors.yaml")
    names = [g["name"] for g in data["groups"]]
    names += [v for g in data["groups"] for v in (g.get("by_country") or {}).values()]
    names += [v for m in (data.get("country_defaults") or {}).values() for v in m.values()]
    for name in names:
        assert not leaked(name), name


@pytest.mark.parametrize("term,text,country", INPUTS, ids=[f"{i}-{t[0][:24]}" for i, t in enumerate(INPUTS)])
def test_neutrality_generated_claims_unit(term, text, country):
    doc = Document(text=text)
    m = Mention(start=0, end=len(text), text=text)
    ctx = DocContext(doc=doc, claim=document_claim(doc), doc_place=PlaceValue(country=country))
    claim = mention_claim(doc, m, ctx)
    actors = extract_actors(doc, m, ctx, PlaceValue(country=country), claim)
    fields = [claim.claimed_by, ctx.claim.claimed_by]
    for a in [actors.actor1, actors.actor2, *actors.assoc_actor_1, *actors.assoc_actor_2]:
        if a is not None:
            fields.append(a.name)
            fields.extend(a.rules)
    fields.extend(actors.rules)
    for f in fields:
        assert not leaked(f), (text, f)


def test_neutrality_loaded_terms_are_recognised_as_actors():
    """Each inserted actor term is read as an actor phrase (the tests above would pass vacuously otherwise)."""
    from sitrep.extractors.actors import find_actor_phrases

    missed = []
    for e in neutral_term_entries():
        if e["kind"] in ("attack-label", "death-euphemism"):  # tactics and deaths, not actors
            continue
        for sample in term_samples(e["term"]):
            text = TEMPLATES[0].format(term=sample)
            pos = text.index(sample)
            phrases = find_actor_phrases(Document(text=text), 0, len(text), "Iraq", "Islamic State")
            if not any(p.start <= pos < p.end for p in phrases):
                missed.append(sample)
    assert not missed


def _pipeline_or_skip():
    for mod in ("sitrep.segment", "sitrep.extractors.dates", "sitrep.extractors.places", "sitrep.extractors.counts",
                "sitrep.geo.resolve", "sitrep.dedup", "sitrep.extractors.roles"):
        pytest.importorskip(mod)
    from sitrep import extract

    return extract


def _event_fields(ev) -> list[str | None]:
    return [ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2, ev.claimed_by, ev.notes, ev.location,
            ev.admin1, ev.admin2, ev.country]


def test_neutrality_whole_pipeline_generated_claims():
    """WHOLE PIPELINE: needs every stage (skips while one is missing)."""
    extract = _pipeline_or_skip()
    for term, text, country in INPUTS[::3]:
        full = f"{text} The statement concerned the area of {country}."
        for ev in extract(full, published="2020-01-01"):
            for f in _event_fields(ev):
                assert not leaked(f), (full, f)


def _example_docs():
    ex = ROOT / "examples"
    if not ex.is_dir():
        return []
    from sitrep.ingest import iter_documents

    return [d for d in iter_documents([ex]) if isinstance(d, Document)]


@pytest.mark.parametrize("doc", _example_docs(), ids=lambda d: Path(d.path or "").name)
def test_neutrality_examples_unit(doc):
    """Every paragraph of every example through claims + actors: output names are neutral."""
    ctx = DocContext(doc=doc, claim=document_claim(doc))
    for m in re.finditer(r"[^\n]+", doc.text):
        men = Mention(start=m.start(), end=m.end(), text=m.group())
        claim = mention_claim(doc, men, ctx)
        a = extract_actors(doc, men, ctx, None, claim)
        for v in [a.actor1, a.actor2, *a.assoc_actor_1, *a.assoc_actor_2]:
            if v is not None:
                assert not leaked(v.name)
        assert not leaked(claim.claimed_by)


@pytest.mark.parametrize("doc", _example_docs(), ids=lambda d: Path(d.path or "").name)
def test_neutrality_whole_pipeline_examples(doc):
    """WHOLE PIPELINE over examples/: no source term in any actor/claim/notes/location field."""
    _pipeline_or_skip()
    from sitrep.pipeline import process_document

    for ev in process_document(doc):
        for f in _event_fields(ev):
            assert not leaked(f), f


def test_neutrality_yemen_aggression_wording_names_the_coalition_not_yemen() -> None:
    import sitrep

    text = ("SANAA, 3 March 2018 (Saba) - The US-Saudi aggression launched 12 airstrikes on Sirwah district "
            "in Marib province on Saturday. Its warplanes waged the raids, killing 4 citizens.")
    evs = sitrep.extract(text, published="2018-03-03")
    assert [e.actor1 for e in evs] == ["Military Forces of Saudi Arabia"]
    fields = [evs[0].actor1, evs[0].actor2, evs[0].notes, evs[0].claimed_by, *evs[0].assoc_actor_1]
    assert not any("aggress" in (f or "").lower() for f in fields)
