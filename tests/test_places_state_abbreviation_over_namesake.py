"""A state's abbreviation after "Town," is the state, even where the abbreviation without its period
is some other place's alternate name ("Fla", a name of Florencia in Colombia) (own test sentences)."""

from __future__ import annotations

import sitrep
from sitrep.extractors.places import find_toponyms
from sitrep.model import Document


def _tops(gz, text: str) -> dict[str, list[str]]:  # noqa: ANN001
    return {t.text: t.rules for t in find_toponyms(Document(text=text), 0, len(text), gz)}


def test_state_abbreviation_replaces_a_namesake_read_inside_it(gz) -> None:  # noqa: ANN001
    tops = _tops(gz, "A man was wounded at a mall, police in Naples, Fla., said on Sunday.")
    assert tops.get("Fla.") == ["places:abbreviation"]
    assert "Fla" not in tops


def test_state_abbreviation_places_the_event_in_that_state() -> None:
    ev = sitrep.extract("A man was shot dead outside a mall on Sunday, police in Naples, Fla., said.",
                        published="2016-08-15")
    assert ev and (ev[0].country, ev[0].admin1, ev[0].location) == ("United States", "Florida", "Naples")


def test_abbreviation_without_a_town_before_it_is_not_read_as_a_state(gz) -> None:  # noqa: ANN001
    # no "Town," before it: the trailing-unit rule does not apply
    assert "places:abbreviation" not in sum(_tops(gz, "Fla. officials met on Monday.").values(), [])
