"""The attackers' own deaths are kept apart in ``perpetrator_fatalities`` (GTD nkillter), part of
``fatalities`` (every death, ACLED/GTD); docs/rules/counts.md "The attackers' own deaths, kept apart"."""

from __future__ import annotations

import pytest

from sitrep.dedup import merge_duplicates
from sitrep.extractors.counts import extract_counts
from sitrep.model import Document, Event, Evidence, Mention

from .bench_helpers import load_benchmark


def _counts(text: str):
    doc = Document(doc_id="t", text=text)
    return extract_counts(doc, Mention(start=0, end=len(text), text=text))


@pytest.mark.parametrize(
    "text, killed, perpetrators, rule",
    [
        # the suicide attacker the text implies: in the total, and apart
        ("A suicide bomber blew himself up at a market, killing 5 people.", 6, 1, "perpetrators-killed:inferred"),
        ("Two suicide bombers attacked a market, killing 24 people.", 26, 2, "perpetrators-killed:inferred"),
        # the attacker stated among the dead
        ("A gunman killed himself and 5 others at a school.", 6, 1, "perpetrators-killed:stated"),
        ("Gunmen stormed a hotel, killing 5 guests. Two gunmen were killed.", 7, 2, "perpetrators-killed:stated"),
        ("Three attackers were killed by security forces.", 3, 3, "perpetrators-killed:stated"),
        # a side in a fight is not the attacker; no attacker's death: null
        ("Soldiers killed 10 militants in a raid.", 10, None, None),
        ("Gunmen killed 4 farmers.", 4, None, None),
        # the attacker did not die
        ("A suicide bomber was arrested before he could detonate his vest; 2 guards were wounded.", None, None, None),
    ],
)
def test_perpetrator_deaths_are_a_part_of_the_killed(text, killed, perpetrators, rule):
    c = _counts(text)
    assert c.killed.best == killed
    assert c.perpetrators_killed.best == perpetrators
    if rule is None:
        assert not c.perpetrators_killed.evidence
    else:
        assert rule in c.perpetrators_killed.rules and rule in c.rules
        for ev in c.perpetrators_killed.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_a_total_over_its_parts_leaves_the_attackers_unknown():
    # the 12 is the total (total-over-subset): which of them were attackers is not said
    c = _counts("A bomb killed 12 people at the market. Three attackers were killed.")
    assert c.killed.best == 12
    assert c.perpetrators_killed.best is None


def _event(**kw) -> Event:
    base = dict(event_id="e1", doc_id="d", evidence=Evidence(start=0, end=4, text="text"))
    return Event(**{**base, **kw})


def test_the_record_refuses_more_attackers_dead_than_dead():
    assert _event(fatalities=6, perpetrator_fatalities=1).perpetrator_fatalities == 1
    with pytest.raises(ValueError):
        _event(fatalities=1, perpetrator_fatalities=2)
    with pytest.raises(ValueError):
        _event(fatalities=None, perpetrator_fatalities=1)


def test_extracted_event_carries_the_field_and_its_evidence():
    import sitrep

    text = "A suicide bomber blew himself up at a market in Kabul, Afghanistan on Monday, killing 5 people."
    (ev,) = sitrep.extract(text, published="2020-01-07")
    assert (ev.fatalities, ev.perpetrator_fatalities) == (6, 1)
    assert [e.text for e in ev.field_evidence["perpetrator_fatalities"]] == ["suicide bomber"]


def test_dedup_takes_the_dead_with_their_attackers_as_one_group():
    a = _event(event_id="a", country="Iraq", location="Baghdad", event_date="2020-01-01")
    b = _event(event_id="b", country="Iraq", location="Baghdad", event_date="2020-01-01",
               fatalities=6, fatalities_low=6, perpetrator_fatalities=1)
    (merged,) = merge_duplicates([a, b])
    assert (merged.fatalities, merged.perpetrator_fatalities) == (6, 1)


def _realworld():  # noqa: ANN202
    return load_benchmark("realworld")


def test_realworld_rows_read_the_dead_without_the_attackers():
    conv = _realworld().source_convention
    assert conv({"fatalities": 6, "perpetrator_fatalities": 1})["fatalities"] == 5
    assert conv({"fatalities": 6, "perpetrator_fatalities": None})["fatalities"] == 6
    assert conv({"fatalities": None, "perpetrator_fatalities": None})["fatalities"] is None
