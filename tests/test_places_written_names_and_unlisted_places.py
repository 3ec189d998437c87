"""The event's location as the text writes it: one of the entry's own GeoNames names keeps the
text's spelling, and a place the gazetteer lacks that the text names with its noun ("the village
of X", "X district") is kept by name over the coarser place that gives its coordinates. Texts are
written for the tests."""

from __future__ import annotations

from sitrep.geo.resolve import ascii_name

from .geo_helpers import event_place as _place


def test_places_location_keeps_the_texts_spelling_of_a_geonames_name(gz):  # noqa: ANN001
    p = _place(gz, "A car bomb went off near a market in Sana'a on Friday.")
    assert (p.location, p.country) == ("Sana'a", "Yemen")
    assert p.geonameid is not None and "geo:unlisted-place" not in p.rules
    p = _place(gz, "Two rockets fell on Sederot, injuring a woman.")
    assert (p.location, p.country) == ("Sederot", "Israel")


def test_places_location_keeps_the_gazetteer_name_for_a_variant_spelling(gz):  # noqa: ANN001
    # "Mahmoudiyah" reaches Al Mahmudiyah through a letter variant, not one of its own names
    p = _place(gz, "A roadside bomb killed two soldiers in Mahmoudiyah, Iraq.")
    assert p.location == "Al Mahmudiyah"


def test_places_location_written_in_capitals_is_not_kept(gz):  # noqa: ANN001
    p = _place(gz, "A CAR BOMB EXPLODED IN SANA'A ON FRIDAY.")
    assert p is None or p.location != "SANA'A"


def test_places_location_written_with_its_unit_noun_drops_the_noun(gz):  # noqa: ANN001
    p = _place(gz, "Gunmen attacked a checkpoint in Paktika Province.")
    assert p.admin1 == "Paktika" and p.location != "Paktika Province"


def test_places_ascii_name_writes_letters_unicode_does_not_decompose():
    assert ascii_name("Doğubayazıt") == "Dogubayazit"
    assert ascii_name("Łódź") == "Lodz"


def test_places_unlisted_village_is_kept_by_name_at_its_countrys_point(gz):  # noqa: ANN001
    p = _place(gz, "Armed men raided the village of Ngamdu, Nigeria, and killed 11 people.")
    assert (p.location, p.country, p.geonameid) == ("Ngamdu", "Nigeria", None)
    assert p.geo_precision == 3 and "geo:unlisted-place" in p.rules
    assert any(e.text == "Ngamdu" for e in p.evidence)


def test_places_unlisted_village_near_a_known_town_is_kept_near_it(gz):  # noqa: ANN001
    p = _place(gz, "Gunmen attacked a checkpoint in the vicinity of Zaghniya village (15 km northeast "
                   "of Baqubah), killing a policeman.")
    assert (p.location, p.admin1, p.country, p.geo_precision) == ("Zaghniya", "Diyala", "Iraq", 2)


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
