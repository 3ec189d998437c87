"""Toponym rules for real reporting (issue 12): person names that are also minor places, facility
nouns and nationality words after a town, countries across a border, abbreviated states,
names written without their Arabic article, possessives, country names without an article."""

from __future__ import annotations


import sitrep
from sitrep.extractors.places import find_toponyms
from sitrep.model import Document


def _tops(gz, text: str) -> dict[str, list[str]]:  # noqa: ANN001
    return {t.text: t.rules for t in find_toponyms(Document(text=text), 0, len(text), gz)}


def _first_place(text: str) -> tuple[str | None, str | None]:
    events = sitrep.extract(text, published="2016-01-01")
    assert events
    return events[0].country, events[0].location


def test_places_name_after_title_is_a_person_in_the_whole_document(gz):  # noqa: ANN001
    text = "Sgt. Bell was shot in Charleston on Friday. Bell was taken to a hospital."
    tops = _tops(gz, text)
    assert "Bell" not in tops
    assert "Charleston" in tops


def test_places_minor_place_before_said_is_a_person_but_a_capital_is_not(gz):  # noqa: ANN001
    assert "Hughes" not in _tops(gz, "\u201cThey took my dog,\u201d Hughes said in Dallas.")
    assert "Moscow" in _tops(gz, "Moscow said the strike hit Idlib.")
    assert "Konduga" in _tops(gz, "Residents of Konduga said gunmen had shot three herders.")


def test_places_facility_noun_or_demonym_after_a_town_keeps_the_town(gz):  # noqa: ANN001
    assert "Baku" in _tops(gz, "A bomb explodes on the Baku Metro, killing 13.")
    assert "Mogadishu" in _tops(gz, "Main article: 2013 Mogadishu Turkish embassy attack.")


def test_places_body_or_event_named_after_a_city_keeps_the_city(gz):  # noqa: ANN001
    # the capitalised words after the city end in, or are followed by, a facility noun
    assert "Kathmandu" in _tops(gz, "A bomb went off at the Kathmandu Development Committee office.")
    assert "Jalalabad" in _tops(gz, "Taliban fighters fired eight rockets at a Jalalabad NATO air base.")
    assert "Kabul" in _tops(gz, "August 2015 Kabul Bombing: a suicide bomber attacked recruits.")
    # a lesser name before a facility noun is the facility's own name
    assert "Konduga" not in _tops(gz, "Gunmen stormed the Konduga Development Committee office.")


def test_places_locative_word_opening_a_sentence_does_not_glue_the_name(gz):  # noqa: ANN001
    assert "Khartsyzk" in _tops(gz, "Near Khartsyzk, a commander was killed in a land mine blast.")
    assert _first_place("In Avdiivka, one person was wounded as a result of shelling.")[0] == "Ukraine"


def test_places_country_across_a_border_is_not_the_event_country(gz):  # noqa: ANN001
    text = "Two Malian soldiers were killed in an attack near the border with Burkina Faso."
    assert "places:border-with" in _tops(gz, text)["Burkina Faso"]
    assert _first_place(text)[0] == "Mali"


def test_places_abbreviated_state_after_a_comma_is_a_toponym(gz):  # noqa: ANN001
    tops = _tops(gz, "The fire started in Charleston, W.Va., on Friday.")
    assert tops.get("W.Va.") == ["places:abbreviation"]


def test_places_name_known_only_with_its_article_is_found(gz):  # noqa: ANN001
    assert gz.has_name("Qamishli")
    assert _first_place("Eight people were killed in a suicide bombing at a restaurant in Qamishli.") \
        == ("Syria", "Qamishli")


def test_places_number_word_opening_a_sentence_is_not_a_place(gz):  # noqa: ANN001
    assert "Seven" not in _tops(gz, "Seven people were injured in the explosion of two grenades.")


def test_places_possessor_place_comes_before_the_possessed_name(gz):  # noqa: ANN001
    text = "Two people were injured in a stabbing attack at Jerusalem's Damascus gate in the Old City."
    assert _first_place(text) == ("Israel", "Jerusalem")


def test_places_country_name_has_no_leading_article(gz):  # noqa: ANN001
    assert _first_place("A gunman in the Netherlands has killed six people.")[0] == "Netherlands"


def test_places_nationality_of_an_embassy_is_no_vote_for_the_country(gz):  # noqa: ANN001
    text = ("A fuel tanker exploded in the al-Mansur district of Baghdad, near the Libyan and "
            "Jordanian embassies. The Libyan embassy was damaged.")
    assert _first_place(text) == ("Iraq", "Baghdad")
