"""Segmentation: casualty statements, antecedents, roundup items, multi-event sentences."""

from __future__ import annotations

import pytest

from sitrep import extract
from sitrep.model import Document
from sitrep.segment import CASUALTY_STATEMENT_RULE, mentions, sections


def segs(text: str):
    doc = Document(text=text)
    return mentions(doc, sections(doc))


def segment(text: str) -> list[str]:
    return [m.text for m in segs(text)]


# ---- casualty statements --------------------------------------------------------------------
@pytest.mark.parametrize(
    "stmt, tagged",
    [
        ("A police spokesman said two officers had been wounded in Baidoa.", True),
        ("An army officer said one soldier was killed in Baidoa in the attack.", True),
        ("Officials said three people were injured in Baidoa and did not comment on the second incident.", True),
        # an act of its own in the active voice: a new event, not a statement
        ("A police spokesman said gunmen had shot dead two officers in Baidoa.", False),
        ("Officials said a roadside bomb wounded three soldiers in Baidoa.", False),
    ],
)
def test_segment_casualty_statement_is_tagged(stmt: str, tagged: bool) -> None:
    text = (
        "The group said its fighters attacked an army base in Baidoa on Monday, killing six soldiers.\n\n"
        "It also said it shelled a police station in Marka on Tuesday.\n\n" + stmt
    )
    got = segs(text)
    last = got[-1]
    assert last.text == stmt
    assert (CASUALTY_STATEMENT_RULE in last.rules) is tagged


@pytest.mark.parametrize(
    "none_stmt",
    ["No casualties were reported.", "Nobody was hurt.", "There were no casualties."],
)
def test_segment_none_statement_never_opens_an_event(none_stmt: str) -> None:
    first = "Armed men set fire to a truck on the road north of Gao on 4 May."
    assert segment(f"{first} {none_stmt}") == [f"{first} {none_stmt}"]
    # in a later paragraph it is about nothing in particular: no mention of its own
    assert segment(f"{first}\n\n{none_stmt}") == [first]


def test_segment_casualty_statement_merges_with_the_event_of_its_place() -> None:
    text = (
        "KADUNA, Nigeria, 20 May (Example Wire) - Boko Haram said in a statement that its fighters "
        "attacked an army base in Birnin Gwari on Monday and killed nine soldiers. It said its fighters "
        "also ambushed a convoy near Giwa on Tuesday, killing four soldiers.\n\n"
        "An army spokesman said two soldiers had been wounded in Birnin Gwari and gave no other figure."
    )
    evs = extract(text, published="2021-05-20")
    assert len(evs) == 2
    main = next(e for e in evs if e.location and "Birnin" in e.location)
    # the claim keeps its voice and its own figures; the official's figure is kept as a rule
    assert main.source_kind.value == "claim" and main.fatalities == 9 and main.injured is None
    assert "dedup:casualty-statement" in main.rules
    assert "dedup:statement-figure:injured=2" in main.rules
    assert any("army spokesman" in ev.text for ev in main.field_evidence["event"])


# ---- antecedents, roundup items, indefinite subjects ---------------------------------------
def test_segment_antecedent_with_its_own_date_is_a_separate_event() -> None:
    first = "Protesters stormed the governor's office in Kut on Tuesday and clashed with police."
    second = "The unrest followed a peaceful sit-in on Monday outside the water directorate in Kut."
    assert segment(f"{first}\n\n{second}") == [first, second]
    got = segs(f"{first}\n\n{second}")
    assert got[1].cue == "antecedent"


def test_segment_antecedent_without_a_new_date_continues() -> None:
    first = "Protesters stormed the governor's office in Kut on Tuesday and clashed with police."
    second = "The unrest followed a sit-in outside the office in Kut."
    assert segment(f"{first} {second}") == [f"{first} {second}"]


def test_segment_roundup_item_never_swallows_the_next_item() -> None:
    text = (
        "Incidents\n"
        "Hajjah - On 3 June, shelling hit a market in Abs, killing four civilians.\n\n"
        "Al Bayda - In the last week of June, fighting in Radman district displaced dozens of families. "
        "No civilian casualties were reported.\n"
    )
    got = segment(text)
    assert got[0] == "Hajjah - On 3 June, shelling hit a market in Abs, killing four civilians."
    assert got[1].startswith("Al Bayda - In the last week of June")
    assert got[1].endswith("No civilian casualties were reported.")


def test_segment_bullet_item_without_act_does_not_continue_previous_item() -> None:
    text = (
        "- Gunmen killed two herders near Bankass on 2 May.\n"
        "- Aid deliveries to Bandiagara resumed on 3 May. No incidents were reported.\n"
    )
    got = segment(text)
    assert got == ["Gunmen killed two herders near Bankass on 2 May."]


@pytest.mark.parametrize(
    "lead, is_background",
    [
        ("Earlier this month, a group of armed men attacked a village near Ansongo, killing five herders.", False),
        ("Earlier this year, gunmen attacked a village near Ansongo, killing five herders.", True),
    ],
)
def test_segment_recent_time_lead_with_indefinite_subject_is_current(lead: str, is_background: bool) -> None:
    first = "A car bomb exploded outside a hotel in Gao today, killing two guards."
    got = segs(f"{first}\n\n{lead}")
    current = [m.text for m in got if not m.background]
    # "earlier this year" stays a background reference (dropped here: no day or month date)
    assert current == ([first] if is_background else [first, lead])


def test_segment_upper_case_indefinite_subject_opens_a_new_event() -> None:
    text = (
        "THE ARMY SAID TODAY THAT REBELS ATTACKED A FARM NEAR THE TOWN OF ESCUINTLA AND BURNED "
        "THE STORES.\n\n"
        "A NAVY PATROL CLASHED WITH A REBEL UNIT ON THE RIVER AND KILLED TWO REBELS, THE OFFICER "
        "ADDED.\n"
    )
    got = segs(text)
    assert len(got) == 2 and got[1].cue == "indefinite"
    assert got[1].text.startswith("A NAVY PATROL CLASHED")


# ---- multi-event sentences -------------------------------------------------------------------
def test_segment_while_clauses_are_two_events_with_own_figures() -> None:
    text = (
        "Gunmen attacked a police post in Ghazni on Monday, killing two officers, while a roadside "
        "bomb struck an army truck in Zabul, killing three soldiers."
    )
    evs = extract(text, published="2021-05-05")
    assert [(e.location, e.fatalities) for e in evs] == [("Ghazni", 2), ("Zabul", 3)]


def test_segment_separate_attacks_gapped_object_is_its_own_event() -> None:
    text = "In separate attacks on Monday, gunmen killed two farmers in Gwoza and a teacher in Bama, officials said."
    got = segs(text)
    assert [m.text for m in got] == [
        "In separate attacks on Monday, gunmen killed two farmers in Gwoza",
        "a teacher in Bama, officials said.",
    ]
    # the gapped event carries the shared head (date, subject, verb) as evidence
    assert got[1].spans[0].text == "In separate attacks on Monday, gunmen killed"
    evs = extract(text, published="2021-05-05")
    assert [(e.location, e.fatalities, str(e.event_date)) for e in evs] == [
        ("Gwoza", 2, "2021-05-03"),
        ("Bama", 1, "2021-05-03"),
    ]


def test_segment_gapped_object_needs_a_separate_signal() -> None:
    text = "Gunmen killed two farmers in Gwoza and a teacher in Bama on Monday, officials said."
    assert len(segs(text)) == 1


@pytest.mark.parametrize(
    "text, n",
    [
        # a second act verb with a place of its own: two events sharing subject and date
        ("Between 3 and 9 June, troops arrested 11 suspects in Gwoza and defused two bombs near Bama.", 2),
        # one place (or only the first piece has one): one event
        ("Gunmen stormed a checkpoint near Baidoa and killed three soldiers, officials said.", 1),
        ("Militants attacked a village in Sangha and burned several houses, residents said.", 1),
    ],
)
def test_segment_verb_conjunction_split(text: str, n: int) -> None:
    got = segs(text)
    assert len(got) == n
    if n == 2:
        assert got[1].cue == "split-conj"
        assert got[1].spans[0].text == "Between 3 and 9 June, troops"


def test_segment_split_offsets_hold() -> None:
    text = "In separate raids on Friday, militants shot dead three traders near Kidal and a nurse in Gao."
    for m in segs(text):
        assert text[m.start : m.end] == m.text
        for sp in m.spans:
            assert text[sp.start : sp.end] == sp.text
