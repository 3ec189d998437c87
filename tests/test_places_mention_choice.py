"""Which of a mention's resolved toponyms is the event's place (geo/resolve.py:
resolve_mention; docs/rules/places.md, "Resolution"): possessives and the countries the
mention agrees on."""

from __future__ import annotations

import sitrep


def _place(text: str) -> tuple[str | None, str | None]:
    events = sitrep.extract(text, published="2016-01-01")
    assert events
    return events[0].country, events[0].location


def test_mention_choice_place_inside_its_possessor_is_the_more_specific_place(gz):  # noqa: ANN001
    # "Balochistan's Turbat district": Turbat lies in Balochistan, so it is the event's place
    assert _place("A roadside bomb wounded two men in Balochistan's Turbat district on Monday.") \
        == ("Pakistan", "Turbat")


def test_mention_choice_possessed_name_read_outside_its_possessor_still_yields(gz):  # noqa: ANN001
    text = "Two people were injured in a stabbing attack at Jerusalem's Damascus gate in the Old City."
    assert _place(text) == ("Israel", "Jerusalem")


def test_mention_choice_document_country_agrees_beside_a_unit_of_another(gz):  # noqa: ANN001
    # the West Bank (a first-level unit of another country) does not outvote the report's
    # own country for the town the sentence names
    text = ("A bomb exploded at a bus stop in Tel Aviv, wounding five people. The blast damaged a "
            "bus. Israeli police said it was a response to a court ruling on the West Bank barrier.")
    assert _place(text) == ("Israel", "Tel Aviv")



def test_mention_choice_place_someone_came_from_comes_after_the_event_place(gz):  # noqa: ANN001
    text = "A police officer from Yarka was killed when a gunman opened fire on a restaurant in Tel Aviv."
    assert _place(text) == ("Israel", "Tel Aviv")
    # a place after "from" is still the event's place when the mention names no other
    assert _place("Rockets fired from Khan Yunis wounded two people.")[0] == "Palestinian Territory"
