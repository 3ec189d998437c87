"""Place rules (docs/rules/places.md): English admin1
names, headers that are towns or country names, labels "Region, Town", district/town
namesakes, transliteration variants. Neutral sentences written for the tests."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import get_gazetteer
from sitrep.pipeline import extract


@pytest.mark.parametrize(
    "town, iso2, admin1",
    [
        ("El Fasher", "SD", "North Darfur"),
        ("El Obeid", "SD", "North Kordofan"),
        ("Nabatieh", "LB", "Nabatieh"),
        ("Monywa", "MM", "Sagaing"),
        ("Adama", "ET", "Oromia"),
        ("Charikar", "AF", "Parwan"),
        ("Chaghcharan", "AF", "Ghor"),
        ("Pul-e Alam", "AF", "Logar"),
        ("Lafia", "NG", "Nasarawa"),
        ("Derna", "LY", "Derna"),
    ],
)
def test_geo_standard_english_admin1_names(town: str, iso2: str, admin1: str) -> None:
    gz = get_gazetteer()
    assert any(p.iso2 == iso2 and p.admin1 == admin1 for p in gz.lookup(town))


@pytest.mark.parametrize(
    "variant, name",
    [("Heet", "Hit"), ("Tuz Khormato", "Tuz Khurmatu"), ("Baiji", "Bayji"), ("Elwak", "El Wak"),
     ("Shabwa", "Shabwah")],
)
def test_geo_transliteration_variants(variant: str, name: str) -> None:
    from sitrep.geo.resolve import ascii_name

    assert any(ascii_name(p.name) == name for p in get_gazetteer().lookup(variant))


def test_geo_hamza_kept_as_apostrophe() -> None:
    from sitrep.geo.resolve import ascii_name

    assert ascii_name("Al Qā’im") == "Al Qa'im"
    assert ascii_name("Tall ‘Afar") == "Tall Afar"


def test_geo_town_header_is_not_a_province_header() -> None:
    text = (
        "PRESS STATEMENT\n\nNairobi, 3rd May 2023\n\n"
        "On Tuesday, 2nd May 2023, gunmen shot dead a trader in Dadaab, Garissa County.\n"
    )
    (ev,) = extract(text, published="2023-05-04")
    assert (ev.location, ev.admin1) == ("Dadaab", "Garissa")
    assert "geo:outside-header-admin1" not in ev.rules


def test_geo_member_state_after_town_keeps_the_town() -> None:
    text = (
        "WEEKLY LOG | Gedo and Galmudug\n\n"
        "04 Apr | Adado, Galmudug | Gunmen attacked a checkpoint at the edge of Adado; 2 soldiers were killed.\n"
    )
    evs = extract(text, published="2022-04-06")
    assert [(e.location, e.admin1) for e in evs] == [("Adado", "Galguduud")]


def test_geo_label_region_then_town() -> None:
    text = "WEEKLY SUMMARY\n\n05/04 - Tillaberi, Ouallam: Gunmen attacked the market in Ouallam, killing 3 traders.\n"
    (ev,) = extract(text, published="2023-04-08")
    assert (ev.location, ev.admin1) == ("Ouallam", "Tillaberi")


def test_geo_capitalised_country_header() -> None:
    text = (
        "DAILY ROUNDUP - IRAQ / SYRIA\n\nIRAQ\n\nAnbar\n- Hit: A bomb wounded two soldiers in Hit on Monday.\n"
        "SYRIA\n\nDaraa\n- Tafas: Gunmen shot dead a teacher in Tafas on Monday.\n"
    )
    evs = extract(text, published="2020-03-04")
    assert [(e.country, e.admin1) for e in evs] == [("Iraq", "Anbar"), ("Syria", "Daraa")]


def test_geo_header_naming_two_provinces_keeps_the_second() -> None:
    text = (
        "Mine incidents, Abyan and Shabwa, May 2022\n\n"
        "On 4 May, a farmer was killed when a mine exploded in a field near Ataq.\n"
    )
    (ev,) = extract(text, published="2022-06-01")
    assert (ev.location, ev.admin1) == ("Ataq", "Shabwah")


def test_geo_district_name_is_its_namesake_town() -> None:
    text = "ADEN, Yemen, May 4 - A landmine exploded under a bus on the road between Lawdar and Mudiyah on Monday, killing 3 passengers."
    (ev,) = extract(text)
    assert ev.location == "Lawdar" and ev.geo_precision == 2


def test_places_between_two_places_is_near() -> None:
    text = "DAMASCUS, Syria, May 3 - An IED exploded next to an army vehicle between Jasim and Inkhil on Monday, killing two soldiers."
    (ev,) = extract(text)
    assert (ev.location, ev.geo_precision) == ("Jasim", 2)
    assert "places:between" in ev.rules


def test_places_road_to_an_unknown_end_point() -> None:
    text = ("KABUL, Afghanistan, May 3 - A roadside bomb exploded next to a minibus on the road "
            "between Jalalabad and Zorbaghistan on Monday, killing two passengers.")
    (ev,) = extract(text)
    assert (ev.location, ev.geo_precision) == ("Jalalabad", 2)
