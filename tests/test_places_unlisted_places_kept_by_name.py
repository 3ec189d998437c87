"""Places the gazetteer lacks: one that the text names with its noun ("the village of X", "X
district") is kept by name over the coarser place that gives its coordinates; names are written
in ASCII. Texts are written for the tests."""

from __future__ import annotations

from sitrep.geo.resolve import ascii_name

from .geo_helpers import event_place as _place


def test_places_ascii_name_writes_letters_unicode_does_not_decompose():
    assert ascii_name("Doğubayazıt") == "Dogubayazit"
    assert ascii_name("Łódź") == "Lodz"


def test_places_unlisted_village_is_kept_by_name_at_its_countrys_point(gz):  # noqa: ANN001
    p = _place(gz, "Armed men raided the village of Ngamdu, Nigeria, and killed 11 people.")
    assert (p.location, p.country, p.geonameid) == ("Ngamdu", "Nigeria", None)
    assert p.geo_precision == 3 and "geo:unlisted-place" in p.rules
    assert any(e.text == "Ngamdu" for e in p.evidence)


def test_places_unlisted_village_inside_a_named_province_is_kept_at_its_centroid(gz):  # noqa: ANN001
    p = _place(gz, "Gunmen stormed the village of Zorbaghtu in Paktika Province, killing a teacher.")
    assert (p.location, p.admin1, p.country, p.geo_precision) == ("Zorbaghtu", "Paktika", "Afghanistan", 3)


def test_places_known_town_the_event_lies_near_stays_the_location(gz):  # noqa: ANN001
    # the nearest known place, as ACLED codes it: the unlisted village does not replace it
    p = _place(gz, "Gunmen attacked a checkpoint in the vicinity of Zaghniya village (15 km northeast "
                   "of Baqubah), killing a policeman.")
    assert (p.location, p.admin1, p.geo_precision) == ("Baqubah", "Diyala", 2)
    assert "geo:unlisted-place" not in p.rules


def test_places_unlisted_district_goes_to_admin2(gz):  # noqa: ANN001
    p = _place(gz, "A roadside bomb killed a police commander in Hesarak District of Afghanistan.")
    assert (p.admin2, p.location, p.country) == ("Hesarak", None, "Afghanistan")


def test_places_known_town_is_not_replaced_by_an_unlisted_name(gz):  # noqa: ANN001
    p = _place(gz, "Gunmen killed two men in Kabul; the village of Ngamdu mourned.")
    assert p.location == "Kabul" and "geo:unlisted-place" not in p.rules


def test_places_unlisted_name_without_a_place_noun_is_not_a_location(gz):  # noqa: ANN001
    # an unknown capitalised word with no noun to vouch for it is not taken as the place
    p = _place(gz, "Gunmen killed two men at Zorbaghtu in Nigeria.")
    assert p is None or p.location != "Zorbaghtu"

