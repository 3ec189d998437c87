"""Places on real reporting (issue 12): the countries of the named armed groups, place words
inside a group's name, capitals, embassies, nationality words before "capital" and "border",
a country's possessive, facility nouns after a prominent city (docs/rules/places.md)."""

from __future__ import annotations

import sitrep
from sitrep.annotate import annotate
from sitrep.extractors.places import find_toponyms
from sitrep.model import Document
from sitrep.pipeline import DETECTORS


def _place(text: str) -> tuple[str | None, str | None, str | None, list[str]]:
    events = sitrep.extract(text, published="2010-01-01")
    assert events
    e = events[0]
    return e.country, e.location, e.admin1, e.rules


def _tops(gz, text: str) -> dict[str, list[str]]:  # noqa: ANN001
    """The toponyms as the pipeline detects them (the actor phrases found first)."""
    doc = Document(text=text)
    return {t.text: t.rules for t in find_toponyms(doc, 0, len(text), gz, annotate(doc, DETECTORS, gz))}


def test_places_named_group_picks_the_namesake_in_its_country(gz) -> None:  # noqa: ANN001
    # Trujillo alone is a town of Venezuela or Peru; the ELN operates in Colombia
    assert _place("A bomb exploded in Trujillo, killing two policemen.")[0] != "Colombia"
    text = "A bomb exploded in Trujillo, killing two policemen. The ELN claimed responsibility."
    assert _place(text)[0] == "Colombia"


def test_places_group_of_one_country_alone_gives_the_document_country(gz) -> None:  # noqa: ANN001
    country, location, _, rules = _place("FARC rebels attacked a police station in the country's south, killing two.")
    assert (country, location) == ("Colombia", None)
    assert "geo:group-country" in rules


def test_places_place_word_inside_a_group_name_is_read_only_alone(gz) -> None:  # noqa: ANN001
    text = "Fighters of the Moro Islamic Liberation Front clashed with soldiers, killing four."
    assert "places:group-name" in _tops(gz, text).get("Moro", [])
    # "Moro" is a town in Pakistan: not the place of a group that operates in the Philippines
    assert _place(text)[:2] == ("Philippines", None)
    # alone, the place word of the name is still the best the text gives
    assert _place("United Liberation Front of Assam militants threw a grenade, injuring seven people.")[2] == "Assam"


def test_places_capital_called_by_its_own_name_beats_a_province_namesake(gz) -> None:  # noqa: ANN001
    assert _place("A car bomb exploded near a military base in Santiago, wounding five people.")[0] == "Chile"
    # an alternate name of a capital is not its own name ("Philadelphia", an old name of Amman)
    assert _place("A gunman shot a police officer in Philadelphia, wounding him.")[0] == "United States"


def test_places_country_before_embassy_is_not_the_place(gz) -> None:  # noqa: ANN001
    text = "Nine people were killed by a car bomb which went off near the United States embassy in Lima."
    assert "places:foreign-premises" in _tops(gz, text)["United States"]
    assert _place(text)[:2] == ("Peru", "Lima")


def test_places_nationality_word_before_capital_is_the_capital(gz) -> None:  # noqa: ANN001
    country, location, _, rules = _place("Militants attacked the Supreme Court building in the Somalian capital, killing 35.")
    assert (country, location) == ("Somalia", "Mogadishu")
    assert "geo:demonym-capital" in rules


def test_places_nationality_word_before_border_is_the_neighbour(gz) -> None:  # noqa: ANN001
    text = "Boko Haram militants raided a village in Niger close to the Nigerian border, killing 15 civilians."
    assert "places:border-with" in _tops(gz, text)["Nigerian"]
    assert _place(text)[0] == "Niger"


def test_places_named_country_possessive_does_not_glue_the_next_name(gz) -> None:  # noqa: ANN001
    text = "U.S. drone strikes on Monday killed 10 suspected militants in a compound in Pakistan's North Waziristan."
    assert _place(text)[:2] == ("Pakistan", "North Waziristan")


def test_places_facility_noun_ending_a_short_run_keeps_a_prominent_city(gz) -> None:  # noqa: ANN001
    assert "London" in _tops(gz, "The IRA detonated a bomb at the London Stock Exchange, causing damage.")
    # a lesser name before such a run stays part of a longer name
    assert "Konduga" not in _tops(gz, "Gunmen stormed the Konduga Development Committee office.")


def test_places_republic_spelled_ia_or_iya(gz) -> None:  # noqa: ANN001
    assert _place("Unknown gunmen shot a senior police officer in Ingushetia at his house.")[0] == "Russia"
