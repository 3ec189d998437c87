"""A duration ("the fighting continued for five days") widens the event's date to a range at the
precision of that range; it is no event date of its own and opens no new event."""

from datetime import date

import pytest

from sitrep.config import Settings
from sitrep.extractors.dates import find_dates, resolve_mention
from sitrep.model import DocContext, Document, Mention, Section, TimePrecision
from sitrep.segment import mentions, sections


def _ctx(doc: Document) -> DocContext:
    return DocContext(doc=doc, sections=[Section(start=0, end=len(doc.text))], settings=Settings())


def _whole(doc: Document) -> Mention:
    return Mention(start=0, end=len(doc.text), text=doc.text)


@pytest.mark.parametrize(
    "sentence,end,precision,tag",
    [
        ("The fighting continued for five days.", date(2024, 3, 16), TimePrecision.WEEK, "duration:five-days"),
        ("The clashes lasted two weeks.", date(2024, 3, 25), TimePrecision.MONTH, "duration:two-weeks"),
        ("The siege went on for 3 days.", date(2024, 3, 14), TimePrecision.WEEK, "duration:3-days"),
        ("Fighting raged for 36 hours.", date(2024, 3, 13), TimePrecision.WEEK, "duration:36-hours"),
    ],
)
def test_dates_duration_gives_a_range_from_the_first_day(sentence, end, precision, tag):
    doc = Document(text=f"On 12 March 2024, clashes broke out in Kidal. {sentence}", published=date(2024, 3, 30))
    v = resolve_mention(doc, _whole(doc), _ctx(doc), None)
    assert v is not None
    assert (v.start, v.end, v.precision) == (date(2024, 3, 12), end, precision)
    assert tag in v.rules
    # the duration is evidence of the date, next to the day it counts from
    assert [e.text for e in v.evidence][0] == "12 March 2024"
    assert any(e.text in sentence and e.text.split()[-1] in sentence for e in v.evidence[1:])


def test_dates_duration_under_a_day_changes_nothing():
    doc = Document(text="On 12 March 2024, clashes broke out in Kidal. They lasted for 12 hours.",
                   published=date(2024, 3, 30))
    v = resolve_mention(doc, _whole(doc), _ctx(doc), None)
    assert v is not None and (v.start, v.end, v.precision) == (date(2024, 3, 12), date(2024, 3, 12), TimePrecision.DAY)
    assert not any(r.startswith("duration:") for r in v.rules)


def test_dates_duration_is_no_date_of_its_own():
    # find_dates lists event dates only: the duration is a modifier, resolved with the mention
    assert find_dates("The fighting continued for five days.", published=date(2024, 3, 30)) == []


def test_dates_duration_sentence_opens_no_new_event():
    doc = Document(
        text="On 12 March 2024, clashes broke out between the army and militants in Kidal. "
        "The fighting continued for five days, killing 14 people.",
        published=date(2024, 3, 30),
    )
    found = mentions(doc, sections(doc))
    assert len(found) == 1 and found[0].end == len(doc.text)
