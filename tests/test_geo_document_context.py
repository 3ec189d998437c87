"""Places in a document's context: the document region prior, named regions, country short
names, nationality plurals, and Hijri month names that are not places (own test sentences)."""

from __future__ import annotations

import pytest

from sitrep.extractors.places import find_toponyms
from sitrep.geo.resolve import doc_admin1_prior
from sitrep.model import Document

from .geo_helpers import resolve_phrase


_resolve = resolve_phrase


@pytest.mark.parametrize(
    ("text", "phrase", "admin1"),
    [
        ("Lawmakers in Texas approved the budget on Monday. In Dublin, the county school board "
         "met to discuss the plan.", "Dublin", "Texas"),
        ("The Ohio Department of Transportation closed the ramp. Drivers in Dublin were told to "
         "expect delays through the weekend.", "Dublin", "Ohio"),
        ("Officials from Indiana said the storm hit overnight. Residents of Richmond lost power "
         "for several hours.", "Richmond", "Indiana"),
    ],
)
def test_geo_document_region_prior(gz, text, phrase, admin1):
    pv = resolve_toponym_in(text, phrase, gz)
    assert pv is not None and pv.admin1 == admin1


def resolve_toponym_in(text, phrase, gz):
    return _resolve(text, phrase, gz)


def test_geo_prior_counts_units_and_trailing_states(gz):
    text = "The fire started in Dublin, Ga., on Friday. Crews from across Georgia helped."
    doc = Document(text=text)
    prior = doc_admin1_prior(doc, gz, "US", find_toponyms(doc, 0, len(text), gz))
    assert prior == {("US", "GA"): 1.0}


@pytest.mark.parametrize(
    ("text", "phrase", "lat", "lon"),
    [
        ("Aid agencies said the camps in Darfur were short of water.", "Darfur", 13.0, 24.0),
        ("Oil prices rose on fears of unrest across the Middle East.", "Middle East", 29.0, 41.0),
        ("Piracy off the Horn of Africa has fallen.", "Horn of Africa", 8.0, 45.0),
    ],
)
def test_geo_named_regions(gz, text, phrase, lat, lon):
    pv = _resolve(text, phrase, gz)
    assert pv is not None and abs(pv.latitude - lat) < 1 and abs(pv.longitude - lon) < 1


@pytest.mark.parametrize(
    ("name", "iso2"),
    [("Netherlands", "NL"), ("Holland", "NL"), ("Burma", "MM"), ("Czech Republic", "CZ"),
     ("Swaziland", "SZ"), ("Cape Verde", "CV")],
)
def test_geo_country_short_names(gz, name, iso2):
    cp = gz.country(name)
    assert cp is not None and cp.iso2 == iso2
    text = f"The minister flew to {name} on Tuesday for talks."
    tops = find_toponyms(Document(text=text), 0, len(text), gz)
    assert any(t.text == name and t.kind == "country" for t in tops)


@pytest.mark.parametrize(
    ("text", "word", "code"),
    [
        ("Two Afghans and three Iraqis were among the passengers.", "Iraqis", "IQ"),
        ("Georgian troops left the town on Sunday.", "Georgian", "GE"),
        ("Sri Lankan officials denied the report.", "Lankan", None),
        ("Dutch police arrested a man.", "Dutch", "NL"),
    ],
)
def test_geo_demonyms_and_plurals(gz, text, word, code):
    tops = find_toponyms(Document(text=text), 0, len(text), gz)
    hit = [t for t in tops if t.text == word and t.qualifier == "demonym"]
    if code is None:
        return  # multi-word nationality words are not single-token demonyms
    assert hit and f"places:demonym={code}" in hit[0].rules


def test_geo_hijri_months_are_not_places(gz):
    text = "On 27 Dhu al-Hijjah, the group said its fighters attacked a checkpoint near Rafah."
    tops = find_toponyms(Document(text=text), 0, len(text), gz)
    assert [t.text for t in tops] == ["Rafah"]


def test_geo_us_short_form_not_dropped_in_foreign_context(gz):
    text = ("MEXICO CITY, Mexico (Wire) - Mexican health officials said the outbreak had spread. "
            "Officials in the US said they were watching the border.")
    pv = _resolve(text, "US", gz)
    assert pv is not None and pv.country == "United States"
