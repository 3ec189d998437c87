"""Country cues (geo_lexicon.yaml: country_cues): local institutions and addresses that only one
country's press writes vote for that country, so that a town with a larger namesake abroad is read
at home. Texts are written for the tests."""

from __future__ import annotations

from sitrep.geo.lexicon import country_cues

from .geo_helpers import event_place as _place


def test_places_block_address_makes_a_us_town_of_an_english_namesake(gz):  # noqa: ANN001
    text = ("Two men were wounded late Friday inside a house in Chelsea. Officers found them in "
            "the 300 block of Maple Street.")
    p = _place(gz, text)
    assert p.country == "United States"


def test_places_police_department_makes_a_us_town_of_a_foreign_unit(gz):  # noqa: ANN001
    text = ("A girl was hurt by a stray bullet in Toledo on Sunday, the Toledo Police Department "
            "said.")
    p = _place(gz, text)
    assert (p.country, p.admin1) == ("United States", "Ohio")


def test_places_without_a_cue_the_namesake_rules_stand(gz):  # noqa: ANN001
    # no cue: the country the text names decides, as before
    p = _place(gz, "A bomb exploded near a cafe in Toledo, Spain, injuring two people.")
    assert p.country == "Spain"


def test_places_conflict_phrasing_is_no_country_cue():
    text = ("Gunmen attacked a police station in Baqubah; the provincial police command said two "
            "officers died. The district governor blamed the Islamic State.")
    assert not any(rx.search(text) for _, rx in country_cues())


def test_places_metro_police_is_no_town(gz):  # noqa: ANN001
    from .geo_helpers import toponym_texts

    assert "Metro" not in toponym_texts(gz, "Metro police said a man was shot in Antioch on Sunday.")
