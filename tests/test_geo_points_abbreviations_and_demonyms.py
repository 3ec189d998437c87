"""Places: country points, continents, state abbreviations, nationality adjectives,
"Town, State", prominence against a soft context (own test sentences)."""

from __future__ import annotations


import pytest

from sitrep.geo.distance import haversine_km

from .geo_helpers import resolve_phrase

from sitrep.geo.gazetteer import admin1_abbreviation


_km = haversine_km


_resolve = resolve_phrase


@pytest.mark.parametrize("code,lat,lon", [
    ("US", 39.76, -98.5),  # GeoNames: contiguous United States, not the middle of its towns
    ("CA", 60.0, -95.0),   # mainland Canada, not the southern border belt
    ("RU", 60.0, 100.0),   # GeoNames / Factbook points, not a polygon centroid (61.7/99.2)
    ("CN", 35.0, 105.0),
    ("EG", 27.0, 30.0),
])
def test_geo_country_point_is_representative(gz, code, lat, lon) -> None:
    c = gz.country(code)
    assert _km(c.latitude, c.longitude, lat, lon) < 50


@pytest.mark.parametrize("abbr,iso2,name", [
    ("W.Va.", "US", "West Virginia"), ("W. Va.", "US", "West Virginia"), ("Ga.", "US", "Georgia"),
    ("Calif.", "US", "California"), ("Alta.", "CA", "Alberta"), ("B.C.", "CA", "British Columbia"),
])
def test_geo_admin1_abbreviation_lookup(gz, abbr, iso2, name) -> None:
    assert admin1_abbreviation(abbr) == (iso2, name)
    top = gz.lookup(abbr)[0]
    assert top.is_admin1 and top.iso2 == iso2 and top.name == name


def test_geo_abbreviation_needs_its_full_stop() -> None:
    assert admin1_abbreviation("Miss") is None and admin1_abbreviation("Ill") is None


@pytest.mark.parametrize("text,phrase,iso2,admin1", [
    ("Officials in Dublin, Ga., said the bridge would reopen next week.", "Dublin", "US", "Georgia"),
    ("The fair in Paris, Tenn., drew a large crowd on Saturday.", "Paris", "US", "Tennessee"),
    ("Crews near Red Deer, Alta., cleared the highway overnight.", "Red Deer", "CA", "Alberta"),
])
def test_geo_town_comma_state(gz, text, phrase, iso2, admin1) -> None:
    pv = _resolve(text, phrase, gz)
    assert pv is not None and pv.admin1 == admin1 and pv.iso3 == gz.country(iso2).iso3


@pytest.mark.parametrize("text,phrase,country", [
    ("Russian officials met Kenyan envoys in Nairobi on Monday.", "Russian", "Russia"),
    ("Health ministers from Africa and Asia met in Geneva.", "Africa", None),
])
def test_geo_toponym_demonym_and_continent(gz, text, phrase, country) -> None:
    pv = _resolve(text, phrase, gz)
    assert pv is not None and pv.latitude is not None
    assert pv.country == country


def test_geo_known_city_survives_foreign_context(gz) -> None:
    text = ("Chinese officials in Beijing and Shanghai said on Monday that talks with "
            "negotiators in London would continue. China said the talks were useful.")
    pv = _resolve(text, "London", gz)
    assert pv is not None and pv.country == "United Kingdom"


def test_geo_country_name_that_is_a_state_of_the_context(gz) -> None:
    text = ("ATLANTA, Ga. (Wire) - Storms hit Georgia on Tuesday. Officials in Macon and "
            "Savannah in the United States said roads were closed.")
    pv = _resolve(text, "Georgia", gz)
    assert pv is not None and pv.country == "United States" and pv.admin1 == "Georgia"


def test_geo_province_name_is_not_a_lookalike_village(gz) -> None:
    text = "Farmers in Minnesota reported a late frost across the United States midwest."
    pv = _resolve(text, "Minnesota", gz)
    assert pv is not None and pv.location == "Minnesota"
