"""A section header's province beats a minor namesake in another province."""

from sitrep.pipeline import extract


def test_geo_minor_place_outside_header_province_falls_back_to_header() -> None:
    text = (
        "DAILY ROUNDUP\n\nNangarhar Province\n"
        "On 14 August, unidentified gunmen shot dead a schoolteacher in Behsud district.\n"
    )
    (ev,) = extract(text, published="2020-08-16")
    assert ev.admin1 == "Nangarhar"
    assert ev.geo_precision == 2
    assert "geo:outside-header-admin1" in ev.rules
    assert any(s.text.startswith("Behsud") for s in ev.field_evidence["place"])


def test_geo_place_in_header_province_is_kept() -> None:
    text = "DAILY ROUNDUP\n\nNangarhar Province\nOn 14 August, a roadside bomb struck a police vehicle in Jalalabad.\n"
    (ev,) = extract(text, published="2020-08-16")
    assert (ev.location, ev.admin1, ev.geo_precision) == ("Jalalabad", "Nangarhar", 1)
