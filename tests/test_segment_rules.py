"""Segmentation rules, one behaviour per test (sitrep.segment)."""

from __future__ import annotations

import pytest

from sitrep.model import Document
from sitrep.segment import _sentences, is_upper_document, mentions, sections


def headers(text: str) -> list[str]:
    return [s.header.text for s in sections(Document(text=text)) if s.header is not None]


def segment(text: str) -> list[str]:
    doc = Document(text=text)
    return [m.text for m in mentions(doc, sections(doc))]


BODY = "Gunmen killed two farmers near the village on Monday, officials said."


@pytest.mark.parametrize(
    "header_line, expected",
    [
        ("Nangarhar Province", "Nangarhar Province"),
        ("Iraq:", "Iraq"),
        ("East Asia", "East Asia"),
        ("NORTHEAST", "NORTHEAST"),
        ("## Salah al-Din", "Salah al-Din"),
        ("**Borno State**", "Borno State"),
        ("3. Lower Shabelle", "Lower Shabelle"),
        ("Gulf of Aden", "Gulf of Aden"),
    ],
)
def test_segment_header_lines_become_headers(header_line: str, expected: str) -> None:
    text = f"Intro line of the report.\n\n{header_line}\n{BODY}\n"
    assert headers(text) == [expected]


@pytest.mark.parametrize(
    "line",
    [
        "Gunmen killed two farmers near the village on Monday",  # an act, not a header
        "Police said the road was reopened.",  # a sentence
        "KABUL, Aug 2 (Example Wire) - Gunmen attacked a checkpoint.",  # a dateline
        "the attack took place at night",  # lower case
        "---",
    ],
)
def test_segment_non_header_lines(line: str) -> None:
    text = f"Intro line of the report.\n\n{line}\n{BODY}\n"
    assert headers(text) == []


def test_segment_dateline_is_not_a_header_and_not_in_the_mention() -> None:
    text = "KABUL, Aug 2 (Example Wire) - Gunmen attacked a checkpoint in Kabul, killing two police officers."
    assert headers(text) == []
    assert segment(text) == ["Gunmen attacked a checkpoint in Kabul, killing two police officers."]


def test_segment_no_header_gives_one_section() -> None:
    doc = Document(text=BODY)
    secs = sections(doc)
    assert len(secs) == 1 and secs[0].header is None and (secs[0].start, secs[0].end) == (0, len(BODY))


def test_segment_header_levels_nest() -> None:
    text = "# Report\n\n## Iraq\n\nNinawa:\n" + BODY
    doc = Document(text=text)
    levels = [(s.header.text, s.level) for s in sections(doc) if s.header]
    assert levels == [("Report", 1), ("Iraq", 2), ("Ninawa", 3)]


def test_segment_header_never_part_of_a_mention() -> None:
    text = "Kandahar Province\n" + BODY
    got = segment(text)
    assert got == [BODY]


@pytest.mark.parametrize(
    "text, n",
    [
        ("Gen. Ahmed said three soldiers were killed. The army confirmed it.", 2),
        ("The U.S. Embassy in Kabul was hit by a rocket. Nobody was hurt.", 2),
        ("He arrived at 10 a.m. Gunmen then attacked the convoy.", 2),
        ('"We were attacked," he said. "Two men died."', 2),
        ("No. 4 battalion clashed with rebels near St. Michel village.", 1),
        ("GEN. GARCIA SAID THE ATTACK FAILED. TWO REBELS WERE KILLED.", 2),
        ("Mr. J. Smith was shot dead on Main St. in the capital.", 1),
    ],
)
def test_segment_sentence_splitter_handles_abbreviations(text: str, n: int) -> None:
    assert len(_sentences(text, 0, len(text))) == n


@pytest.mark.parametrize(
    "second",
    [
        "Likewise, armed men ambushed a convoy on the Gao road, killing two drivers.",
        "Meanwhile, a rocket struck a house in Lashkar Gah, injuring a child.",
        "In a separate attack, gunmen shot dead a shopkeeper in the market.",
        "In another incident, a landmine wounded three herders.",
        "Elsewhere, militants stormed a police post.",
        "Separately, a drone strike hit a vehicle.",
        "The following day, gunmen abducted two teachers.",
        "On 5 March, an explosive device struck a minibus.",
        "Gunmen also attacked a checkpoint at the entrance of the town.",
    ],
)
def test_segment_new_event_cues_open_a_second_mention(second: str) -> None:
    first = "Militants attacked an army post in Djibo on 3 March, killing four soldiers."
    got = segment(f"{first} {second}")
    assert got == [first, second]


@pytest.mark.parametrize(
    "second",
    [
        "The attack killed four soldiers and wounded two.",
        "The explosion destroyed two vehicles.",
        "The blast was heard across the city.",
        "As a result, the road was closed.",
        "Afterwards, the attackers fled on motorcycles.",
        "He said the attackers fled towards the forest.",
        "They fled before reinforcements arrived.",
        '"We heard gunfire for an hour," a resident said.',
        "Four soldiers were killed and two were wounded.",
        "The group claimed responsibility for the attack in a statement.",
        "No group has claimed responsibility.",
        "Police said two of the wounded died in hospital.",
        "Three soldiers were also killed.",
        "The blast also destroyed two cars in Djibo.",
    ],
)
def test_segment_continuation_cues_stay_in_the_mention(second: str) -> None:
    first = "Militants attacked an army post in Djibo on 3 March."
    got = segment(f"{first} {second}")
    assert got == [f"{first} {second}"]


def test_segment_continuation_across_paragraphs() -> None:
    text = (
        "A car bomb exploded near a checkpoint in Mogadishu on Sunday.\n\n"
        "The blast killed five people, police said."
    )
    doc = Document(text=text)
    got = mentions(doc, sections(doc))
    assert len(got) == 1 and got[0].text == text and len(got[0].spans) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "So far this year, 300 people have been killed in the province.",
        "Since the start of the month, 23 vehicles have been destroyed in the district.",
        "A total of 120 attacks were recorded this year.",
        "In the past two weeks, at least 40 civilians were killed in the region.",
        "Armed groups carried out 46 attacks during the reporting period.",
    ],
)
def test_segment_aggregates_are_not_events(sentence: str) -> None:
    got = segment(f"Gunmen shot dead a farmer near Kaya on 2 May.\n\n{sentence}")
    assert got == ["Gunmen shot dead a farmer near Kaya on 2 May."]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry announced new security measures for the capital.",
        "The governor visited the displaced families on Tuesday.",
        "The group warned it would attack more convoys.",
    ],
)
def test_segment_announcements_without_an_act_are_not_events(sentence: str) -> None:
    assert segment(sentence) == []


def test_segment_background_with_date_and_place_is_flagged() -> None:
    text = (
        "Gunmen killed three worshippers at a mosque in Kano on Friday.\n\n"
        "In March, a similar attack on a church in Kaduna killed 10 people."
    )
    doc = Document(text=text)
    got = mentions(doc, sections(doc))
    assert [m.background for m in got] == [False, True]
    assert "background" in got[1].rules


def test_segment_background_without_own_date_and_place_is_dropped() -> None:
    text = (
        "Gunmen killed three worshippers at a mosque in Kano on Friday.\n\n"
        "Similar attacks have killed hundreds of people."
    )
    assert segment(text) == ["Gunmen killed three worshippers at a mosque in Kano on Friday."]


def test_segment_new_place_with_new_act_splits_roundup_paragraph() -> None:
    text = (
        "In Marib, government forces and Houthi fighters clashed west of the city. "
        "In Taiz, a sniper shot and wounded a girl. "
        "Shells struck a market in Hays, killing a vendor."
    )
    assert len(segment(text)) == 3


def test_segment_new_date_with_new_act_splits() -> None:
    text = "Gunmen attacked a bus in Kano on Monday. Gunmen attacked a bus in Kano on Wednesday."
    assert len(segment(text)) == 2


def test_segment_list_items_are_separate_events() -> None:
    text = "Borno State\n- Gunmen killed two farmers in Konduga.\n- A bomb wounded four traders in Konduga.\n"
    doc = Document(text=text)
    got = mentions(doc, sections(doc))
    assert [m.cue for m in got] == ["item", "item"]
    assert all(m.section == 0 for m in got)


def test_segment_bulletin_lines_without_markers_are_items() -> None:
    text = (
        "Gunmen killed two farmers in Konduga.\n"
        "A bomb wounded four traders in Konduga.\n"
        "Militants burned a school in Bama."
    )
    assert len(segment(text)) == 3


def test_segment_wrapped_lines_are_one_paragraph() -> None:
    text = (
        "   GUERRILLAS ATTACKED A MILITARY POST IN SAN MIGUEL DEPARTMENT YESTERDAY,\n"
        "KILLING TWO SOLDIERS AND WOUNDING FOUR OTHERS, ACCORDING TO A MILITARY\n"
        "SPOKESMAN.  THE ATTACK LASTED TWO HOURS.\n"
    )
    assert is_upper_document(text)
    got = segment(text)
    assert len(got) == 1 and got[0].startswith("GUERRILLAS") and got[0].endswith("TWO HOURS.")


def test_segment_fbis_dateline_and_tags_are_stripped() -> None:
    text = (
        "SAN SALVADOR, 3 JAN 90 (RADIO VENCEREMOS) -- [REPORT] [TEXT] REBELS AMBUSHED AN ARMY\n"
        "PATROL NEAR SUCHITOTO, KILLING FIVE SOLDIERS."
    )
    assert segment(text)[0].startswith("REBELS AMBUSHED")


def test_segment_discontinuous_spans_when_background_intervenes() -> None:
    text = (
        "A bomb exploded at a bus station in Kaduna on Monday, killing six people.\n\n"
        "In 2019, a similar bombing at a market in Kano killed 12 people.\n\n"
        "The blast also wounded 20 passengers, police said."
    )
    doc = Document(text=text)
    got = mentions(doc, sections(doc))
    main = [m for m in got if not m.background]
    assert len(main) == 1 and len(main[0].spans) == 2
    assert main[0].spans[1].text == "The blast also wounded 20 passengers, police said."
    assert main[0].text == text  # start..end covers from the first to the last piece


def test_segment_clause_split_two_acts_in_two_places() -> None:
    text = "Gunmen killed two police officers in Kandahar on Monday, while a roadside bomb wounded three soldiers in Helmand."
    assert len(segment(text)) == 2


def test_segment_mentions_in_document_order_with_paragraph_indices() -> None:
    text = "Gunmen attacked a bus in Kano on Monday.\n\nMeanwhile, rebels shelled a village in Bama."
    doc = Document(text=text)
    got = mentions(doc, sections(doc))
    assert [m.paragraph for m in got] == [0, 1]
    assert got[1].cue == "meanwhile"
    assert got[0].start < got[1].start


@pytest.mark.parametrize(
    "second",
    [
        "He said gunmen killed a trader in Kaya the same night.",
        "HE ALSO REPORTED THAT GUERRILLAS KILLED A PEASANT.",
        "Police said a bomb wounded two farmers in Kaya on 5 March.",
    ],
)
def test_segment_reported_new_act_in_new_place_opens_event(second: str) -> None:
    first = "Militants attacked an army post in Djibo on 3 March."
    assert segment(f"{first} {second}") == [first, second]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Iraq:", "# Report"])
def test_segment_empty_or_header_only_documents_have_no_mentions(text: str) -> None:
    doc = Document(text=text)
    secs = sections(doc)
    assert secs and secs[0].start == 0 and secs[-1].end == len(text)
    assert mentions(doc, secs) == []


def test_segment_sections_are_contiguous_and_cover_the_document() -> None:
    text = "Preface line here.\n\nIraq:\n" + BODY + "\n\nSyria:\n" + BODY
    secs = sections(Document(text=text))
    assert secs[0].start == 0 and secs[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(secs, secs[1:]))


# ---- sentence-case labels, aggregates over incidents, older acts, follow-ups ---------------
@pytest.mark.parametrize("label", ["Key figures", "Northern region", "Incidents during the reporting period"])
def test_segment_sentence_case_label_line_is_a_header(label: str) -> None:
    text = f"Intro line of the report.\n\n{label}\n{BODY}\n"
    assert headers(text) == [label]
    assert segment(text) == [BODY]


@pytest.mark.parametrize(
    "sentence",
    [
        "At least 40 people were killed in these incidents.",
        "More than 900 civilians were killed in the first half of the year, a monitoring group said.",
        "Most of the attacks were attributed to two armed groups.",
        "In March alone, 25 civilians were reported killed in the province.",
        "The northern districts accounted for more than half of all casualties.",
        "The group has stepped up attacks in the east in recent months.",
        "The items below summarise claims of attacks published by the group's outlets.",
    ],
)
def test_segment_aggregate_sentences_never_continue_an_event(sentence: str) -> None:
    first = "Gunmen attacked a checkpoint in Gao on 3 May, killing two guards."
    assert segment(f"{first} {sentence}") == [first]
    assert segment(sentence) == []


def test_segment_anaphor_telling_an_older_dated_act_is_background() -> None:
    text = (
        "A car bomb exploded near the market in Baqubah on Friday, killing six people. "
        "The blast was the deadliest in the province since March 3, when a roadside bomb struck "
        "a bus in Khalis, killing four passengers."
    )
    doc = Document(text=text)
    ms = mentions(doc, sections(doc))
    assert len(ms) == 2
    assert ms[1].background and ms[1].text.startswith("The blast was the deadliest")


def test_segment_pluperfect_act_with_relative_past_date_is_background() -> None:
    text = (
        "A bomb exploded at a bus station in Gombe on Sunday, killing five people. "
        "Villagers said armed men had abducted four traders near the town two weeks earlier."
    )
    doc = Document(text=text)
    ms = mentions(doc, sections(doc))
    assert [m.background for m in ms] == [False, True]
    assert ms[1].text.startswith("Villagers said armed men had abducted")


def test_segment_night_spanning_two_dates_opens_an_event() -> None:
    text = (
        "On 3 June, soldiers clashed with armed men near Tillaberi, killing two of them.\n\n"
        "The soldiers then withdrew to their base. On the night of 5 to 6 June, gunmen attacked "
        "a village near Ayorou, killing seven residents."
    )
    got = segment(text)
    assert len(got) == 2 and got[1].startswith("On the night of 5 to 6 June")


def test_segment_casualty_follow_up_naming_a_province_stays_with_the_event() -> None:
    text = (
        "Police fired on protesters in Kut on Monday, wounding 14 people. "
        "One protester died of his wounds in hospital, a health official in Wasit province said."
    )
    assert segment(text) == [text]
