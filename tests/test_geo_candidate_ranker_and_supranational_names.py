"""Places: the candidate ranker (named features, weights fitted on gold in
data/toponym_ranker.json), nationality and continent adjectives resolved alone, and names of
unions and short country names that must never land in a wrong country (own test phrases)."""

from __future__ import annotations

import json

import pytest

from sitrep.geo import features as F
from sitrep.geo.distance import haversine_km
from sitrep.geo.gazetteer import Place
from sitrep.resources import read_text

from .geo_helpers import resolve_phrase


class _Ctx:
    """The mention context the ranker reads (resolve._Context's fields)."""

    def __init__(self, iso2=None, countries=(), soft=False):  # noqa: ANN001
        self.iso2, self.admin1, self.also = iso2, None, ()
        self.countries, self.soft = set(countries), soft
        self.admins, self.admin2s, self.prior, self.groups = set(), set(), {}, {}
        self.cells = {}  # DocContext.place_cells: 1-degree cell -> the document's names there


def _town(iso2: str, population: int, gid: int) -> Place:
    return Place(geonameid=gid, name="Hamdaniya", latitude=1.0, longitude=1.0, feature_class="P",
                 feature_code="PPL", iso2=iso2, iso3=None, country=None, admin1_code="01", admin1=None,
                 admin2_code=None, admin2=None, population=population)


def test_geo_ranker_file_names_the_features_it_weighs() -> None:
    data = json.loads(read_text("toponym_ranker.json"))
    assert tuple(data["features"]) == F.rank_features()
    assert len(data["weights"]) == len(data["features"]) == len(set(data["features"]))
    assert set(data["prior"]) == set(data["features"])


def test_geo_ranker_features_computed_are_the_features_weighed() -> None:
    # a feature computed under a name the file does not weigh (a rename on one side) fails
    for level in ("", "admin1", "admin2", "place"):
        f = F.candidate_features(_town("IQ", 5000, 1), level, "Hamdaniya", _Ctx(iso2="IQ"))
        assert set(f) == set(F.rank_features())


def test_geo_ranker_features_are_named_and_bounded() -> None:
    f = F.candidate_features(_town("IQ", 10_000_000_000, 1), "", "Hamdaniya", _Ctx(iso2="IQ"))
    assert set(f) == set(F.rank_features())
    assert f["log_pop"] == 7.0 and f["target_country"] == 1.0 and f["bare_town"] == 1.0
    assert f["outside_target"] == 0.0 and f["main_name"] == 1.0


def test_geo_ranker_doc_neighbours_counts_other_names_in_the_cells_around() -> None:
    ctx = _Ctx(iso2="IQ")
    # the candidate lies at (1, 1): cell (1, 1); another name one cell away, its own name ignored
    ctx.cells = {(1, 1): frozenset({"hamdaniya"}), (2, 2): frozenset({"bartella"}), (9, 9): frozenset({"x"})}
    f = F.candidate_features(_town("IQ", 1000, 1), "", "Hamdaniya", ctx)
    assert f["doc_neighbours"] == pytest.approx(1 / 3)


@pytest.mark.parametrize("soft", [False])
def test_geo_named_country_outranks_a_large_namesake_elsewhere(soft: bool) -> None:
    # a village in the country the text names against a city of a million elsewhere
    ctx = _Ctx(iso2="IQ", countries={"IQ"}, soft=soft)
    home = F.candidate_score(F.candidate_features(_town("IQ", 0, 1), "", "Hamdaniya", ctx))
    away = F.candidate_score(F.candidate_features(_town("JP", 1_000_000, 2), "", "Hamdaniya", ctx))
    assert home > away


@pytest.mark.parametrize("phrase,iso2", [("Sri Lankan", "LK"), ("Latvians", "LV"), ("UAE", "AE"),
                                         ("Holy See", "VA")])
def test_geo_nationality_words_and_short_names_resolve_alone(gz, phrase: str, iso2: str) -> None:
    pv = resolve_phrase(f"Officials said the {phrase} delegation arrived on Monday.", phrase, gz)
    assert pv is not None and pv.iso3 == gz.country(iso2).iso3


def test_geo_continent_adjective_is_the_continent_not_a_country(gz) -> None:
    pv = resolve_phrase("European ministers met on Monday.", "European", gz)
    assert pv is not None and pv.iso3 is None
    assert haversine_km(pv.latitude, pv.longitude, 48.7, 9.1) < 300


def test_geo_eu_is_never_the_french_town_eu(gz) -> None:
    pv = resolve_phrase("The EU said it would send aid to the region.", "EU", gz)
    assert pv is None or pv.country in (None, "") or pv.iso3 is None


def test_geo_dc_abbreviation_is_the_capital_not_washington_state(gz) -> None:
    pv = resolve_phrase("Lawmakers in Washington, D.C., voted on Tuesday.", "D.C.", gz)
    assert pv is not None and haversine_km(pv.latitude, pv.longitude, 38.9, -77.0) < 50


def test_geo_name_placed_by_its_state_keeps_that_sense_when_it_recurs(gz) -> None:
    text = ("Parents met at a school in Santa Ana, California, on Monday. Santa Ana officials "
            "answered questions. Teachers in Santa Ana asked for tests. Santa Ana police attended.")
    pv = resolve_phrase(text, "Santa Ana", gz, occurrence=3)
    assert pv is not None and pv.iso3 == "USA" and pv.admin1 == "California"
