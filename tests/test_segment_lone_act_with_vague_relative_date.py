"""A document whose only act is dated by a vague phrase relative to the report ("last month", "last
week", "earlier this year", "in recent days") tells that act as its news: it is kept as an event,
dated with the phrase's window and precision (docs/rules/segmentation.md, 3.1). The same phrase
beside a dated main event still marks an older act, left out or kept apart as background."""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.model import Document
from sitrep.segment import mentions, sections

PUBLISHED = "2023-09-20"  # a Wednesday


def _events(text: str, published: str | None = PUBLISHED):
    return sitrep.extract(text, published=published)


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("Armed men raided a cattle market outside Garissa last month, shooting dead four herders.",
     date(2023, 8, 1), date(2023, 8, 31), 3),
    ("Last week, armed men raided a cattle market outside Garissa, shooting dead four herders.",
     date(2023, 9, 11), date(2023, 9, 17), 2),
    ("Earlier this year, armed men raided a cattle market outside Garissa, shooting dead four herders.",
     date(2023, 1, 1), date(2023, 9, 20), 3),
    ("In recent days, armed men raided a cattle market outside Garissa, shooting dead four herders.",
     date(2023, 9, 13), date(2023, 9, 19), 2),
])
def test_only_act_of_a_report_dated_by_a_vague_phrase_is_kept(text, start, end, precision) -> None:
    evs = _events(text)
    assert len(evs) == 1
    e = evs[0]
    assert not e.background
    assert (e.event_date, e.event_date_end, int(e.time_precision)) == (start, end, precision)
    assert "segment:lone-relative-date" in e.rules
    assert e.fatalities == 4
    assert e.location == "Garissa"


def test_lone_act_keeps_the_phrase_as_date_evidence() -> None:
    text = "Armed men raided a cattle market outside Garissa last month, shooting dead four herders."
    e = _events(text)[0]
    spans = [(ev.start, ev.end) for ev in e.field_evidence["date"]]
    assert spans == [(text.index("last month"), text.index("last month") + len("last month"))]


def test_sentence_after_the_lone_act_continues_it() -> None:
    text = ("Armed men raided a cattle market outside Garissa last week. "
            "They shot dead four herders and drove off the cattle.")
    evs = _events(text)
    assert len(evs) == 1
    assert evs[0].event_date == date(2023, 9, 11)
    assert evs[0].fatalities == 4


def test_lone_act_without_a_publication_date_stays_undated() -> None:
    evs = _events("Armed men raided a cattle market outside Garissa last month, shooting dead four herders.",
                  published=None)
    assert len(evs) == 1
    assert evs[0].event_date is None
    assert "reference-unknown" in evs[0].rules


def test_vague_phrase_beside_a_dated_event_is_still_no_event() -> None:
    text = ("Armed men raided a cattle market outside Garissa on Monday, shooting dead four herders. "
            "Last month, armed men attacked a bus near Mandera, killing two passengers.")
    evs = _events(text)
    assert [e.location for e in evs if not e.background] == ["Garissa"]
    assert all(e.event_date == date(2023, 9, 18) for e in evs if not e.background)


def test_a_tally_over_recent_days_stays_an_aggregate() -> None:
    doc = Document(text="Armed groups have carried out several attacks on markets in recent days, officials said.")
    assert mentions(doc, sections(doc)) == []


def test_a_trend_dated_last_month_is_no_lone_event() -> None:
    # a rise over many incidents is an aggregate, whatever its date
    doc = Document(text="Raids on border posts have increased sharply since the truce collapsed last month.")
    assert mentions(doc, sections(doc)) == []
