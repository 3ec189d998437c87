"""Month names that are also English words ("May", "March") are dates, never the modal verb
"may" (a possibility, masked) or the noun "march" (a protest)."""

from __future__ import annotations

import pytest

import sitrep

MONTHS = ("January February March April May June July August September October November December").split()


@pytest.mark.parametrize("month", MONTHS)
@pytest.mark.parametrize(
    "template",
    [
        "On 2 {m} 2022 gunmen killed 3 people in Baidoa.",
        "In {m} 2022 gunmen killed 3 people in Baidoa.",
        "On {m} 2, 2022 gunmen killed 3 people in Baidoa.",
    ],
)
def test_types_month_name_before_an_act_keeps_the_event(template: str, month: str) -> None:
    evs = sitrep.extract(template.format(m=month), published="2022-12-30")
    assert len(evs) == 1
    ev = evs[0]
    assert ev.event_type is not None and ev.event_type.value == "Violence against civilians"
    assert ev.fatalities == 3
    assert ev.event_date is not None and ev.event_date.month == MONTHS.index(month) + 1


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested 5 men in Baidoa on 2 March in a raid on a house.",
        "Soldiers clashed with militants in Baidoa on 9 March on the outskirts of the town.",
    ],
)
def test_types_month_march_is_no_protest(text: str) -> None:
    evs = sitrep.extract(text, published="2022-12-30")
    assert evs and all(e.event_type is not None and e.event_type.value != "Protests" for e in evs)


def test_types_lowercase_modal_may_still_masks_a_possibility() -> None:
    assert sitrep.extract("On 2 May 2022 officials said militants may attack Baidoa.", published="2022-12-30") == []


def test_types_lowercase_march_is_still_a_protest() -> None:
    evs = sitrep.extract("Thousands of people marched through Baidoa on 2 March.", published="2022-12-30")
    assert [e.event_type.value for e in evs if e.event_type] == ["Protests"]
