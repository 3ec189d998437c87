"""Claims: a state's statement about its own forces' operation; regional headers of claims bulletins."""

from __future__ import annotations

import pytest

from sitrep import extract
from sitrep.ingest import document_from_text
from sitrep.pipeline import process_document


def extract_claim(text: str, published: str):  # noqa: ANN201 - list[Event]
    """Events of a document the user declared a claim (--source-kind claim)."""
    return process_document(document_from_text(text, published=published, source_kind="claim"))

STATE_CASES = [
    # (text, expected source_kind, expected claimed_by)
    ("KANO, Nigeria, March 3 (Wire) - Soldiers raided a camp near Bama on Tuesday, killing 14 fighters, "
     "the army said in a statement.", "claim", "Military Forces of Nigeria"),
    ("MOGADISHU, Somalia, May 2 (Wire) - A U.S. air strike hit a training camp near Jilib on Friday. "
     "U.S. Africa Command said in a statement that the strike killed three fighters.",
     "claim", "Military Forces of the United States"),
    ("KABUL, Afghanistan, June 9 (Wire) - An air strike destroyed a compound in Baghlan province on Monday, "
     "killing six Taliban fighters, the Ministry of Defence said.", "claim", "Military Forces of Afghanistan"),
    # the state speaks, but the acting party is a group: a report
    ("KABUL, Afghanistan, June 9 (Wire) - Taliban fighters attacked an army outpost in Kunduz province on "
     "Monday, killing three soldiers, the army said.", "report", None),
    # anonymous sources are not the state's statement
    ("KANO, Nigeria, March 3 (Wire) - Troops raided a camp near Bama on Tuesday, killing 14 fighters, "
     "military sources said.", "report", None),
]


@pytest.mark.parametrize("text,kind,by", STATE_CASES)
def test_claims_state_operation(text: str, kind: str, by: str | None) -> None:
    events = extract(text, published="2020-06-10")
    assert events
    ev = events[0]
    assert ev.source_kind.value == kind
    assert ev.claimed_by == by
    if kind == "claim":
        assert ev.actor1 == by


BULLETIN = """CLAIMS ROUND-UP (items of the week)

The items below summarise attack claims published by Islamic State outlets. They are unverified.

{header}
On {day} Shawwal, the group said its fighters attacked an army post near {place} and killed 5 soldiers.
"""

REGION_CASES = [
    # header, place, published, expected claimant
    ("West Africa", "Monguno, in Borno state", "2021-06-01", "Islamic State (West Africa Province)"),
    # before 2022 the West Africa header also covered Mali: the header wins over the country
    ("West Africa", "Menaka, in eastern Mali", "2021-06-01", "Islamic State (West Africa Province)"),
    ("Sahel", "Menaka, in eastern Mali", "2023-05-01", "Islamic State (Sahel Province)"),
    ("Central Africa", "Mocimboa da Praia, in Cabo Delgado, Mozambique", "2020-07-01",
     "Islamic State (Central Africa Province)"),
    ("Sinai", "Sheikh Zuweid", "2018-07-01", "Islamic State (Sinai Province)"),
]


@pytest.mark.parametrize("header,place,published,claimant", REGION_CASES)
def test_claims_region_header_branch(header: str, place: str, published: str, claimant: str) -> None:
    text = BULLETIN.format(header=header, day=3, place=place)
    events = [e for e in extract_claim(text, published) if "killed 5" in e.evidence.text]
    assert events
    ev = events[0]
    assert ev.claimed_by == claimant
    assert ev.actor1 == claimant


def test_claims_unnamed_group_takes_header_not_target() -> None:
    # the group is never named; another group named as the target must not become the claimant
    text = ("CLAIMS BULLETIN: SAHEL\n\nSahel\nOn 4 Shawwal, the group said its fighters clashed with JNIM "
            "fighters near Gossi, in Mali, and killed 9 of them.\n")
    ev = extract_claim(text, "2023-05-01")[0]
    assert ev.claimed_by == "Islamic State (Sahel Province)"
    assert ev.actor1 == "Islamic State (Sahel Province)"


def test_claims_head_group_beats_mission_named_later() -> None:
    text = ("AL SHABAAB CLAIMS - 3 to 5 May\n\nAl Shabaab published these claims through its outlets.\n\n"
            "Shabeellaha Hoose\nOn Monday, the group said its fighters shelled an AMISOM base near Marka.\n"
            "On Tuesday, it said its fighters attacked a Somali army post near Afgooye, killing four soldiers.\n")
    events = extract_claim(text, "2018-05-06")
    assert events
    assert {e.claimed_by for e in events} == {"Al Shabaab"}
    assert {e.actor1 for e in events} == {"Al Shabaab"}


def test_claims_state_voice_in_claim_document_head() -> None:
    text = ("CAIRO, July 23 - The Egyptian Armed Forces spokesman said in a statement that operations continued.\n\n"
            "On Sunday, ground forces raided a hideout near Rafah and killed four armed militants, the statement said.\n")
    ev = extract_claim(text, "2019-07-24")[-1]
    assert ev.claimed_by == "Military Forces of Egypt"
    assert ev.actor1 == "Military Forces of Egypt"
