"""Places in US local news (issue 15's linking recall): person names, streets, holidays and
namesakes in other states must not become the event's place; the dateline and "Town, ST" give
the document's own state. Texts are written for the tests."""

from __future__ import annotations

import pytest

from sitrep.geo.datelines import dateline_unit
from sitrep.geo.resolve import doc_admin1_prior
from sitrep.model import Document, Section
from sitrep.pipeline import place_context

from .geo_helpers import event_place as _place, toponym_texts as _tops


@pytest.mark.parametrize(("text", "person", "place"), [
    # a given name and a middle initial before the name
    ("Police identified Lawrence D. Reddick in Selma. Reddick remains at large.", "Reddick", "Selma"),
    # a given name the gazetteer knows only as a minor place ("Laura") before a minor place's name
    ("The bodies of Laura Coleman and her son were found near Fairdealing. Coleman was 32.",
     "Coleman", "Fairdealing"),
])
def test_places_surname_after_a_given_name_is_a_person_in_the_whole_document(gz, text, person, place):  # noqa: ANN001
    found = _tops(gz, text)
    assert person not in found and place in found


def test_places_name_before_a_street_noun_or_at_a_corner_is_a_street(gz):  # noqa: ANN001
    assert _tops(gz, "It happened at a home on Cranford Road in Selma.") == ["Selma"]
    assert "Prospect" not in _tops(gz, "Shots were fired near 19th and Prospect on Sunday.")
    assert "Odessa" not in _tops(gz, "The shooting was near Odessa and Franklin streets.")
    # a road between two places stays a road
    assert _tops(gz, "A bomb hit a bus on the Kabul-Jalalabad Road.") == ["Kabul", "Jalalabad"]


def test_places_holiday_is_not_a_town(gz):  # noqa: ANN001
    assert _tops(gz, "Gunmen robbed a store during an early Christmas morning raid in Medford.") == ["Medford"]


def test_places_postal_code_after_a_town_is_its_state(gz):  # noqa: ANN001
    text = "News for Columbus, GA and the valley. Police in Albany said two men were shot."
    assert "GA" in _tops(gz, text)
    ctx = place_context(Document(text=text), [Section(start=0, end=len(text))], gz)
    georgia = next(p for p in gz.lookup("Georgia", iso2="US", limit=5) if p.is_admin1)
    assert ctx.place_prior.get(("US", georgia.admin1_code), 0) > 0.5
    # capitals read alone stay words: "IN" is no state
    assert "IN" not in _tops(gz, "SHOTS FIRED IN THE NIGHT")


def test_places_dateline_state_gives_the_country_and_the_town(gz):  # noqa: ANN001
    doc = Document(text="Mother held\n\nBEDFORD, N.H. - A woman was shot at her home on Friday.")
    unit, town = dateline_unit(doc, gz)
    assert unit is not None and unit.name == "New Hampshire"
    assert town is not None and town.name == "Bedford" and town.iso2 == "US"


def test_places_capital_dateline_sets_no_state(gz):  # noqa: ANN001
    assert dateline_unit(Document(text="KABUL (Agency) - A bomb exploded."), gz) == (None, None)


def test_places_minor_place_in_another_state_yields_to_the_dateline_town(gz):  # noqa: ANN001
    text = ("HORN LAKE, Miss. -- A woman was killed on Friday.\n\n"
            "Police said Marvin fled before officers arrived.")
    pv = _place(gz, text, text.index("Police"))
    assert pv is not None and pv.location == "Horn Lake" and pv.admin1 == "Mississippi"
    assert "geo:outside-doc-admin1" in pv.rules


def test_places_a_place_the_sentence_names_in_a_report_datelined_elsewhere_is_kept(gz):  # noqa: ANN001
    # a wire dateline writes no state: "in Konduga" places the event, far from Lagos
    text = "LAGOS, Jan 3 (Agency) - Gunmen killed four villagers in Konduga on Sunday."
    pv = _place(gz, text)
    assert pv is not None and pv.location == "Konduga"


def test_places_neighbouring_unit_town_near_the_document_town_is_kept(gz):  # noqa: ANN001
    text = ("A car bomb exploded in Qatana, about 25 km southwest of Damascus, killing 16. "
            "Damascus residents heard the blast.")
    pv = _place(gz, text)
    assert pv is not None and pv.location == "Qatana"


def test_places_region_prior_counts_the_dateline_unit(gz):  # noqa: ANN001
    doc = Document(text="ALIQUIPPA, Pa. (Station) - A teen was shot in Beaver County.")
    ctx = place_context(doc, [Section(start=0, end=len(doc.text))], gz)
    prior = doc_admin1_prior(doc, gz, "US", [])
    pa = next(p for p in gz.lookup("Pennsylvania", iso2="US", limit=5) if p.is_admin1)
    assert prior == {("US", pa.admin1_code): 1.0}
    assert ctx.place_prior.get(("US", pa.admin1_code)) == 1.0


def test_places_abbreviated_saint_joins_the_name_or_makes_it_a_saints(gz):  # noqa: ANN001
    assert _tops(gz, "He was shot in St. Louis on Friday.") == ["St. Louis"]
    assert _tops(gz, "She was taken to St. Christopher's Hospital in Camden.") == ["Camden"]


def test_places_side_of_a_city_and_headline_nouns_are_not_places(gz):  # noqa: ANN001
    assert _tops(gz, "Two men were shot on the South Side of Chicago.") == ["Chicago"]
    assert _tops(gz, "Boy, 14, shot in Tacoma") == ["Tacoma"]
    # a compass region of a country is still a place
    assert "Southwest" in _tops(gz, "Fighting in the Southwest region of Cameroon.")
