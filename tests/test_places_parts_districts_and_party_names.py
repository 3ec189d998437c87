"""Which named place is the event's when a part of a town is named with it ("the X square of
Y"), a town with its district ("the X area of Y district"), or a party whose name holds a place
word ("the Patriotic Union of Kurdistan"). Texts are written for the tests."""

from __future__ import annotations

from .geo_helpers import event_place as _place


def test_places_part_read_as_a_namesake_far_from_its_town_gives_the_town(gz):  # noqa: ANN001
    # "Azadi" alone is a village in another province: the square lies in Sanandaj
    p = _place(gz, "Gunmen fired on a patrol in the Azadi square of Sanandaj in Kurdistan Province.")
    assert (p.location, p.admin1) == ("Sanandaj", "Kordestan")


def test_places_part_of_a_city_named_as_a_district_gives_the_city(gz):  # noqa: ANN001
    p = _place(gz, "A bomb went off near the town hall in the Rafael Uribe district of Bogotá on Sunday.")
    assert (p.location, p.gazetteer_name) == ("Bogotá", "Bogota")


def test_places_part_inside_its_town_keeps_its_rank(gz):  # noqa: ANN001
    # Datta Khel lies in North Waziristan: the finer place stays the location
    p = _place(gz, "A drone struck a compound in the Datta Khel area of North Waziristan, killing four.")
    assert p.location == "Datta Khel"


def test_places_part_read_in_another_country_is_left_to_the_countries(gz):  # noqa: ANN001
    # two readings in two countries: the mention's countries decide, not the "of" cue
    p = _place(gz, "A bomb exploded in the northern Baghdad neighborhood of al-Shaab, killing nine.")
    assert p.country == "Iraq"


def test_places_town_named_with_its_district_gets_the_district(gz):  # noqa: ANN001
    p = _place(gz, "Forty people were killed in a drone strike in the remote Datta Khel area in North Waziristan.")
    assert (p.location, p.admin2) == ("Datta Khel", "North Waziristan")
    assert "geo:admin2-named" in p.rules


def test_places_town_named_with_its_province_gets_no_district(gz):  # noqa: ANN001
    # a province, even one the gazetteer also keeps as a second-level entry, is no district
    p = _place(gz, "Rebels attacked an army base near Beni, in North Kivu, killing six soldiers.")
    assert p.location == "Beni" and "geo:admin2-named" not in p.rules


def test_places_kurdish_party_name_is_not_a_place(gz):  # noqa: ANN001
    p = _place(gz, "A car bomb exploded outside the Patriotic Union of Kurdistan headquarters in Mosul, killing 15.")
    assert (p.location, p.country) == ("Mosul", "Iraq")


def test_places_kurdistan_alone_is_still_a_place(gz):  # noqa: ANN001
    p = _place(gz, "Gunmen killed two border guards in Kurdistan Province on Monday.")
    assert p is not None and p.admin1 is not None
