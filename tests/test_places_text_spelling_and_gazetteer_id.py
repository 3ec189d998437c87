"""The location as the text spells it, with the gazetteer's own name and id beside it
(docs/rules/places.md, "The text's spelling, the gazetteer's id"). Texts are written for the
tests."""

from __future__ import annotations

import csv
import io

from sitrep.dedup import place_compatible
from sitrep.evaluate import field_correct
from sitrep.export import export
from sitrep.geo.resolve import as_written
from sitrep.model import Event, Evidence, GeoPrecision, PlaceValue, place_key

from .geo_helpers import event_place as _place


def test_places_location_keeps_the_texts_spelling_of_an_own_name(gz):  # noqa: ANN001
    p = _place(gz, "A rocket struck a house in Sederot, Israel, wounding two women.")
    assert (p.location, p.gazetteer_name, p.country) == ("Sederot", "Sderot", "Israel")
    assert p.geonameid is not None and "geo:text-spelling" in p.rules


def test_places_location_keeps_a_spelling_listed_in_the_aliases(gz):  # noqa: ANN001
    p = _place(gz, "A car bomb went off near a market in Baqouba, Iraq, killing six people.")
    assert (p.location, p.gazetteer_name, p.admin1) == ("Baqouba", "Baqubah", "Diyala")


def test_places_location_keeps_the_admin_word_off_the_texts_spelling(gz):  # noqa: ANN001
    p = _place(gz, "Clashes were reported across Nineveh Province, Iraq, on Sunday.")
    assert (p.location, p.gazetteer_name, p.admin1) == ("Nineveh", "Ninawa", "Ninawa")


def test_places_location_written_as_the_gazetteer_has_it_gets_no_spelling_rule(gz):  # noqa: ANN001
    p = _place(gz, "A rocket struck a house in Sderot, Israel, wounding two women.")
    assert (p.location, p.gazetteer_name) == ("Sderot", "Sderot")
    assert "geo:text-spelling" not in p.rules


def test_places_all_caps_writing_keeps_the_gazetteers_name(gz):  # noqa: ANN001
    p = _place(gz, "GUNMEN KILLED TWO POLICEMEN IN SEDEROT, ISRAEL, ON MONDAY.")
    assert p.location == "Sderot" and "geo:text-spelling" not in p.rules


def test_places_unlisted_place_has_no_gazetteer_name(gz):  # noqa: ANN001
    p = _place(gz, "Armed men raided the village of Ngamdu, Nigeria, and killed 11 people.")
    assert (p.location, p.gazetteer_name, p.geonameid) == ("Ngamdu", None, None)


def _value(written: str) -> PlaceValue:
    return PlaceValue(country="Israel", iso3="ISR", admin1="Southern", location="Sderot", gazetteer_name="Sderot",
                      geonameid=293619, geo_precision=GeoPrecision.PLACE,
                      evidence=[Evidence(start=0, end=len(written), text=written)])


def test_places_a_spelling_that_names_the_entry_becomes_the_location(gz):  # noqa: ANN001
    assert as_written(_value("Sederot"), gz).location == "Sederot"


def test_places_a_spelling_the_gazetteer_does_not_give_the_entry_is_not_written(gz):  # noqa: ANN001
    # a near miss (fuzzy match) or another place's name: the gazetteer's name stays
    assert as_written(_value("Sderrot"), gz).location == "Sderot"
    assert as_written(_value("Ashkelon"), gz).location == "Sderot"


def _event(location: str, gazetteer_name: str | None) -> Event:
    return Event(event_id="e" + location, doc_id="d" + location, country="Israel", iso3="ISR", admin1="Southern",
                 location=location, gazetteer_name=gazetteer_name, evidence=Evidence(start=0, end=1, text="x"))


def test_places_two_spellings_of_one_entry_are_one_place_for_dedup():
    assert place_key(_event("Sederot", "Sderot")) == "Sderot"
    assert place_compatible(_event("Sederot", "Sderot"), _event("Sderot", "Sderot")) is True
    assert place_compatible(_event("Sederot", "Sderot"), _event("Netivot", "Netivot")) is False


def test_places_evaluate_accepts_a_gold_location_in_either_spelling():
    pred = _event("Sederot", "Sderot").model_dump(mode="json")
    assert field_correct("location", {"location": "Sderot"}, pred)
    assert field_correct("location", {"location": "Sederot"}, pred)
    assert not field_correct("location", {"location": "Netivot"}, pred)


def test_places_csv_export_writes_the_gazetteer_name_and_id_beside_the_location():
    e = _event("Sederot", "Sderot").model_copy(update={"geonameid": 293619})
    buf = io.StringIO()
    export([e], "csv", buf)
    row = next(csv.DictReader(io.StringIO(buf.getvalue())))
    assert (row["location"], row["gazetteer_name"], row["geonameid"]) == ("Sederot", "Sderot", "293619")


def test_places_texts_spelling_is_written_without_its_place_noun(gz):  # noqa: ANN001
    p = _place(gz, "A rocket was fired at the Sederot settlement, wounding one man.")
    assert (p.location, p.gazetteer_name) == ("Sederot", "Sderot")


def test_places_texts_spelling_with_a_lower_case_article_is_written(gz):  # noqa: ANN001
    p = _place(gz, "A car bomb went off near a market in al-Mahmudiyah, Iraq, killing six people.")
    assert p.location == "al-Mahmudiyah" and p.gazetteer_name == "Al Mahmudiyah"


def test_places_unit_named_with_its_noun_keeps_the_texts_name(gz):  # noqa: ANN001
    # "Kasserine Governorate" is an alias of the unit GeoNames calls Al Qasrayn; bare
    # "Kasserine" is also the town's name, so the span is checked with its noun too
    p = _place(gz, "Gunmen ambushed an army patrol in Kasserine Governorate, Tunisia, killing four soldiers.")
    assert (p.location, p.gazetteer_name) == ("Kasserine", "Al Qasrayn")


def test_places_former_tribal_agency_is_known_with_its_noun(gz):  # noqa: ANN001
    p = _place(gz, "A drone struck a compound in the Datta Khel area of North Waziristan Agency, killing four.")
    assert (p.location, p.admin2, p.country) == ("Datta Khel", "North Waziristan", "Pakistan")
    p = _place(gz, "A rocket hit a market in Kurram Agency, Pakistan, killing two traders.")
    assert (p.gazetteer_name, p.admin2) == ("Kurram", "Kurram")
