"""Place rules for real reporting (docs/rules/places.md, round 5): the embedded gazetteer's
districts and spaceless names, the country a demonym names, the countries a mention agrees on,
"X, N km from Y" anchors, districts placed at their towns, and the learned toponym model."""

from __future__ import annotations

import math

import pytest

import sitrep
from sitrep.geo import features as F
from sitrep.model import Evidence, Toponym


def _first(text: str):
    events = sitrep.extract(text, published="2015-06-01")
    assert events, text
    return events[0]


def test_geo_gazetteer_finds_a_name_spelled_without_its_space(gz) -> None:
    hits = gz.lookup("Balad Ruz")
    assert hits and hits[0].iso2 == "IQ"


def test_geo_gazetteer_has_second_level_units_with_geonames_ids(gz) -> None:
    swat = [p for p in gz.lookup("Swat District") if p.is_admin2]
    assert swat and swat[0].iso2 == "PK" and swat[0].real_id is not None


def test_geo_alias_of_a_unit_makes_no_new_namesake(gz) -> None:
    # "Beni" is a town in North Kivu; Bolivia's El Beni does not take the name over
    assert all(p.iso2 == "CD" for p in gz.lookup("Beni"))


def test_geo_demonym_before_a_place_noun_names_the_country() -> None:
    ev = _first("A truck bomb exploded in the northern Iraqi city of Balad Ruz, killing nineteen people.")
    assert ev.country == "Iraq"
    assert "Balad" in (ev.location or "")


def test_geo_most_prominent_reading_sets_the_country_without_context() -> None:
    ev = _first("A suicide bomber detonated his vest outside the Taverna restaurant in Kabul, "
                "killing four people.")
    assert ev.country == "Afghanistan"


def test_geo_descriptor_anchor_comes_after_the_place_it_describes() -> None:
    ev = _first("An IED exploded next to an army vehicle in Tall Afar district, west of Mosul, "
                "killing two soldiers.")
    assert ev.location == "Tall Afar"
    assert int(ev.geo_precision) == 2


def test_geo_district_is_placed_at_its_namesake_town(gz) -> None:
    ev = _first("A roadside bomb exploded in Baiji, killing two policemen.")
    assert ev.country == "Iraq" and ev.gazetteer_name == "Bayji" and int(ev.geo_precision) == 1
    assert ev.location == "Baiji"  # the text's spelling of the entry


@pytest.mark.parametrize("name,iso2", [("Democratic Republic of Congo", "CD"),
                                       ("Congo-Brazzaville", "CG")])
def test_geo_congo_long_and_short_forms(gz, name: str, iso2: str) -> None:
    assert any(p.is_country and p.iso2 == iso2 for p in gz.lookup(name))


def test_geo_toponym_model_matches_its_features() -> None:
    m = F.model()
    assert m is not None, "data/toponym_model.json missing: python benchmarks/train_toponyms.py"
    assert tuple(m["features"]) == F.FEATURES and len(m["weights"]) == len(F.FEATURES)
    assert 0.0 < m["threshold"] < 1.0


def test_geo_toponym_model_judges_only_parts_of_longer_names(gz) -> None:
    text = "A car bomb exploded near the Justice Ministry in Kabul."
    s = text.index("Justice")
    t = Toponym(text="Justice", evidence=Evidence.of(text, s, s + 7))
    p = next(q for q in gz.lookup("Justice") if q.is_populated)
    f = F.toponym_features(t, p, 3, text, None, set(), False)
    assert f["cap_after"] == 1.0 and F.judged(f)
    prob = F.probability(f)
    assert prob is not None and 0.0 <= prob <= 1.0 and not math.isnan(prob)
    k = text.index("Kabul")
    tk = Toponym(text="Kabul", evidence=Evidence.of(text, k, k + 5))
    pk = next(q for q in gz.lookup("Kabul") if q.is_populated)
    assert not F.judged(F.toponym_features(tk, pk, 3, text, None, set(), False))
