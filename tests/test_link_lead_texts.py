"""An article's main event is compared by its document's lead (title and first paragraphs), every
other event by its own evidence (link.lead_texts, link.linking_texts)."""

from __future__ import annotations

from datetime import date

from sitrep.link import DOC_TEXT_CHARS, features, lead_texts, linking_texts
from sitrep.model import Event, Evidence, TimePrecision

TEXT = (
    "Teen shot dead outside Kedzie Boulevard store\n\n"
    "Marquise Dellacroix, 17, was shot on Friday night. Police said a second shooting left a man hurt. "
    "Earlier this year a woman was killed nearby."
)


def ev(eid: str, start: int, end: int, doc: str = "d1", **kw: object) -> Event:
    base: dict[str, object] = dict(
        event_id=eid, doc_id=doc, evidence=Evidence.of(TEXT, start, end), event_date=date(2016, 5, 14),
        time_precision=TimePrecision.DAY, country="United States", iso3="USA",
    )
    base.update(kw)
    return Event(**base)  # type: ignore[arg-type]


def test_link_the_first_current_event_of_a_document_reads_its_lead() -> None:
    s1 = TEXT.index("Marquise")
    s2 = TEXT.index("a second")
    s3 = TEXT.index("Earlier")
    main = ev("e1", s1, s2)
    second = ev("e2", s2, s3)
    past = ev("e0", s3, len(TEXT), background=True)
    texts = lead_texts([second, past, main], {"d1": TEXT})
    assert texts == {"e1": TEXT[:DOC_TEXT_CHARS]}
    got = linking_texts([main, second, past], texts)
    assert got[0] == TEXT and got[1] == second.evidence.text and got[2] == past.evidence.text
    # the lead's names count for the main event only: its evidence does not hold "Kedzie"
    assert "kedzie" in features(main, got[0]).names and "kedzie" not in features(main).names


def test_link_lead_texts_are_chosen_per_country_and_need_the_document() -> None:
    s2 = TEXT.index("a second")
    here = ev("e1", 0, s2)
    abroad = ev("e2", s2, len(TEXT), iso3="CAN", country="Canada")
    assert set(lead_texts([here, abroad], {"d1": TEXT})) == {"e1", "e2"}
    assert lead_texts([here, abroad], {}) == {}
    assert linking_texts([here]) == [here.evidence.text]
