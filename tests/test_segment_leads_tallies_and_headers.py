"""Segmentation: dated leads, tallies and labels, elections, all-caps headers, moves to a new place."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep import extract
from sitrep.model import Document
from sitrep.segment import mentions, sections


def segment(text: str) -> list[str]:
    doc = Document(text=text)
    return [m.text for m in mentions(doc, sections(doc))]


def test_segment_dated_lead_without_act_joins_the_next_sentence() -> None:
    text = (
        "Operations report\n\n"
        "1. Eastern sector. On 3 June 2023, a navy unit carried out an operation near Port Town. "
        "Four fighters were killed.\n\n"
        "2. Western sector. On 4 June 2023, troops repelled an attack on a post in Hilltown.\n"
    )
    ms = segment(text)
    assert any(m.startswith("On 3 June 2023") and "Four fighters were killed" in m for m in ms)
    evs = extract(text, published="2023-06-05")
    assert sorted(e.event_date for e in evs) == [date(2023, 6, 3), date(2023, 6, 4)]


def test_segment_dated_lead_alone_opens_nothing() -> None:
    text = "Update\n\nOn 3 June 2023, the governor visited Port Town. Schools reopened.\n"
    assert segment(text) == []


@pytest.mark.parametrize(
    "line",
    [
        "Totals: 12 incidents, at least 9 killed.",
        "North: 5 attacks - 3 in Alpha, 2 in Beta - 11 killed",
        "Incidents listed by the group (unverified):",
        "The monthly infographic lists the attacks claimed in each province.",
        "Kidnappings on the main roads remain the main threat.",
        "Since the last week of May, fighting has spread to several districts of the region.",
    ],
)
def test_segment_tallies_labels_and_assessments_are_no_events(line: str) -> None:
    assert segment(f"Weekly note\n\n{line}\n") == []


def test_segment_march_for_elections_is_an_act() -> None:
    text = "Report\n\nOn Tuesday, thousands of people marched through Port Town to demand new elections.\n"
    assert len(segment(text)) == 1


def test_segment_elections_as_subject_are_no_act() -> None:
    text = "Report\n\nThe elections were held in a calm atmosphere in most polling stations of Port Town.\n"
    assert segment(text) == []


def test_segment_on_election_day_opens_a_new_event() -> None:
    text = (
        "Report\n\n"
        "On Friday, gunmen shot dead a candidate at his home in Alpha.\n\n"
        "On election day, youths attacked polling officials at a centre in Beta, beating four.\n"
    )
    assert len(segment(text)) == 2


def test_segment_hours_later_without_a_number_opens_a_new_event() -> None:
    text = (
        "Report\n\n"
        "A drone strike hit a car near Alpha on Monday, killing two men, officials said.\n\n"
        "Hours later, artillery shelled the outskirts of Beta. No casualties were reported.\n"
    )
    assert len(segment(text)) == 2


@pytest.mark.parametrize(
    "line",
    [
        "CHECK: Did armed men kill 12 soldiers near Alpha?",
        "The agency recorded 14 incidents involving explosive remnants in Alpha and Beta.",
    ],
)
def test_segment_questions_and_incident_counts_are_no_events(line: str) -> None:
    assert segment(f"Note\n\n{line}\n") == []


def test_segment_long_all_caps_title_is_a_header() -> None:
    text = (
        "PRESS STATEMENT\n\n"
        "ATTACK ON A CONVOY IN ALPHA COUNTY AND OPERATION IN BETA COUNTY\n\n"
        "On Monday, gunmen attacked a convoy near Alpha, killing two officers.\n"
    )
    ms = segment(text)
    assert len(ms) == 1 and ms[0].startswith("On Monday")


def test_segment_paragraph_led_by_a_move_to_a_new_place_is_a_new_event() -> None:
    text = (
        "Report\n\n"
        "At dawn on 4 June, gunmen attacked a village near Alpha, killing 12 residents, officials said.\n\n"
        "By midday the same group had moved to the outskirts of Betatown. There, residents said, "
        "the gunmen shot at traders in the market.\n"
    )
    ms = segment(text)
    assert len(ms) == 2 and ms[1].startswith("By midday")
