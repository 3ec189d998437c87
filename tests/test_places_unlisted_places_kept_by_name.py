"""Places the gazetteer lacks: one that the text names with its noun ("the village of X", "X
district"), a unit after a comma ("X, Iraq") or a locative word ("in X") is kept by name over the coarser place that gives its coordinates; names are written
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


def test_places_unlisted_name_without_any_cue_is_not_a_location(gz):  # noqa: ANN001
    # an unknown capitalised word with no place noun, locative word or unit after it is not
    # taken as the place
    p = _place(gz, "Zorbaghtu elders said gunmen killed two men in Nigeria.")
    assert p is None or p.location != "Zorbaghtu"


def test_places_unlisted_name_after_a_locative_word_is_kept_by_name(gz):  # noqa: ANN001
    p = _place(gz, "Gunmen killed two men at Zorbaghtu in Nigeria.")
    assert (p.location, p.country, p.geo_precision, p.geonameid) == ("Zorbaghtu", "Nigeria", 3, None)
    assert "geo:unlisted-place" in p.rules


def test_places_unlisted_name_before_a_comma_and_its_country_is_kept_by_name(gz):  # noqa: ANN001
    p = _place(gz, "A roadside bomb killed three soldiers near a school; Qarzabil, Pakistan, mourned them.")
    assert (p.location, p.country) == ("Qarzabil", "Pakistan")


def test_places_unlisted_name_before_a_comma_and_its_province_is_kept_by_name(gz):  # noqa: ANN001
    p = _place(gz, "Two soldiers were shot dead by snipers near the market of Qarzabil, Paktika, on Monday.")
    assert (p.location, p.admin1, p.country) == ("Qarzabil", "Paktika", "Afghanistan")


def test_places_unlisted_name_with_no_country_is_kept_without_coordinates(gz):  # noqa: ANN001
    # nothing else in the text places the event: the name alone, with no point
    p = _place(gz, "Gunmen opened fire at a wedding in Zorbaghtu, killing four guests.")
    assert (p.location, p.country, p.latitude, p.geo_precision) == ("Zorbaghtu", None, None, None)


def test_places_unlisted_locative_name_does_not_replace_a_known_town(gz):  # noqa: ANN001
    p = _place(gz, "A bomb exploded in Zorbaghtu market, south of Kandahar, killing six people.")
    assert p.location != "Zorbaghtu"


def test_places_unlisted_locative_name_is_not_matched_fuzzily_to_another_place(gz):  # noqa: ANN001
    # "in Kandahr" (a misspelling the gazetteer does not know) is not read as a fuzzy namesake;
    # it stays an unlisted name in the country the text gives
    p = _place(gz, "Gunmen killed a police officer in Qandaharrab, Afghanistan.")
    assert p.location == "Qandaharrab" and "geo:fuzzy" not in p.rules


def test_places_country_after_a_comma_is_not_the_unlisted_place(gz):  # noqa: ANN001
    # a known name before ", Iraq" keeps its gazetteer reading
    p = _place(gz, "A car bomb killed nine people in Kirkuk, Iraq.")
    assert (p.location, p.geonameid is not None) == ("Kirkuk", True)



def test_places_unlisted_name_keeps_its_capitalised_arabic_article(gz):  # noqa: ANN001
    p = _place(gz, "Snipers fired at civilians in the town of Al-Zorbaghtu, Syria, killing two.")
    assert (p.location, p.country) == ("Al-Zorbaghtu", "Syria")


def test_places_unlisted_name_after_a_lower_case_article_keeps_the_name_alone(gz):  # noqa: ANN001
    # a lower-case article joins the name as before ("the al-Zorbaghtu area"): the name is kept
    p = _place(gz, "Two fighters were killed in the al-Zorbaghtu area of Iraq.")
    assert p.location is not None and "Zorbaghtu" in p.location


def test_places_unlisted_name_after_near_is_kept_when_nothing_else_places_the_event(gz):  # noqa: ANN001
    p = _place(gz, "Three police officers were shot dead by snipers near Zorbaghtu on Monday.")
    assert p.location == "Zorbaghtu" and "geo:unlisted-place" in p.rules


def test_places_name_after_near_before_a_facility_noun_is_not_an_unlisted_place(gz):  # noqa: ANN001
    # "near the Zorbaghtu Assembly building", "near the Zorbaghtu river": the building's or the
    # river's name
    for text in ("Two blasts went off near the Zorbaghtu Assembly building, killing two people.",
                 "Four men were killed near the Zorbaghtu river on Monday."):
        p = _place(gz, text)
        assert p is None or p.location is None


def test_places_religious_adjective_before_a_place_noun_is_not_a_place(gz):  # noqa: ANN001
    p = _place(gz, "Twin blasts killed 60 people in the mainly Shi'ite neighbourhood of the city.")
    assert p is None or p.location != "Shi'ite"


def test_places_weak_cues_are_not_document_toponyms(gz):  # noqa: ANN001
    # "in Zorbaghtu" is kept apart (span group place_cues): geoparsing and the document's
    # context read only the toponyms; the event's place reads the cues as a last resort
    from sitrep.extractors.places import find_toponyms
    from sitrep.model import Document

    text = "Gunmen killed two men in Zorbaghtu, Nigeria."
    doc = Document(text=text)
    assert "Zorbaghtu" not in [t.text for t in find_toponyms(doc, 0, len(text), gz)]
    assert "Zorbaghtu" in [t.text for t in find_toponyms(doc, 0, len(text), gz, cues=True)]
