"""resolve_mention: a month that holds the reference date gives the reference date; a date after
the reference (a later development told in retrospect) is not the event's (docs/rules/dates.md)."""

from datetime import date

import pytest

from sitrep.config import Settings
from sitrep.extractors.dates import document_anchor, resolve_mention
from sitrep.model import DocContext, Document, Mention, Section, TimePrecision


def _resolve(text: str, published: date):
    doc = Document(text=text, published=published)
    ctx = DocContext(doc=doc, sections=[Section(start=0, end=len(text))], settings=Settings())
    return resolve_mention(doc, Mention(start=0, end=len(text), text=text), ctx, None)


def _with_heading(text: str, published: date, sentence: str, anchor=None):
    """The date of ``sentence`` in ``text`` whose heading gives the dateline (document_anchor)."""
    doc = Document(text=text, published=published)
    sections = [Section(start=0, end=len(text))]
    ctx = DocContext(doc=doc, sections=sections, settings=Settings(),
                     dateline=document_anchor(doc, sections))
    s = text.index(sentence)
    m = Mention(start=s, end=s + len(sentence), text=sentence)
    return resolve_mention(doc, m, ctx, anchor if anchor is not None else ctx.dateline)


@pytest.mark.parametrize(
    "text,published",
    [
        ("December 2016 Aden suicide bombings: 50 soldiers were killed in a suicide bombing.", date(2016, 12, 11)),
        ("In March, gunmen attacked a checkpoint near the border.", date(2016, 3, 20)),
    ],
)
def test_dates_month_holding_the_reference_gives_the_reference_date(text, published):
    v = _resolve(text, published)
    assert v.start == published and v.end == published
    assert v.precision == TimePrecision.MONTH and "month-holds-reference" in v.rules
    assert v.evidence and text[v.evidence[0].start : v.evidence[0].end] == v.evidence[0].text


def test_dates_month_ended_before_the_reference_keeps_its_range():
    v = _resolve("In November 2016, gunmen attacked a checkpoint near the border.", date(2016, 12, 11))
    assert (v.start, v.end) == (date(2016, 11, 1), date(2016, 11, 30))
    assert "month-holds-reference" not in v.rules


def test_dates_finer_date_in_the_month_wins_over_the_reference():
    v = _resolve("December 2016 Aden bombings: on 10 December 2016 a bomber struck a base.", date(2016, 12, 11))
    assert v.start == date(2016, 12, 10) and "month-holds-reference" not in v.rules


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # the later release is no date of the kidnapping: the published date stands
        ("Militants kidnapped an agronomist, released on 21 March 1971 after a heart attack.",
         date(1970, 8, 8), date(1970, 8, 8)),
        # the arrest months later is dropped, the event's own date stays
        ("A bomb exploded on 30 August 1974 in Tokyo. Eight activists are arrested May 19, 1975.",
         date(1974, 8, 31), date(1974, 8, 30)),
    ],
)
def test_dates_after_the_reference_are_not_the_event_date(text, published, expected):
    assert _resolve(text, published).start == expected


def test_dates_a_calendar_date_within_the_tolerance_after_the_reference_still_counts():
    # time zones, late stamps: up to Settings.year_tolerance_days (7) after the published date
    v = _resolve("A bomb exploded on 14 March 2017 in the market.", date(2017, 3, 12))
    assert v.start == date(2017, 3, 14)
    # beyond it, a later development
    v = _resolve("A bomb exploded in the market. Police arrested two men on 24 March 2017.", date(2017, 3, 12))
    assert v.start == date(2017, 3, 12) and "date-from-published" in v.rules


@pytest.mark.parametrize(
    "text",
    [
        "At least four were killed in an attack, which comes two days after a series of explosions.",
        "A car bomb killed 15 people. The group claimed the attack and two days later joined al-Qaeda.",
        "Gunmen killed 4 officers. Responsibility was claimed in a press release the next day.",
    ],
)
def test_dates_relative_dates_after_the_reference_are_not_the_event_date(text):
    v = _resolve(text, date(2011, 5, 25))
    assert v.start == date(2011, 5, 25) and "date-from-published" in v.rules


def test_dates_relative_date_before_the_reference_still_counts():
    v = _resolve("Two days ago, gunmen killed 4 officers.", date(2011, 5, 25))
    assert v.start == date(2011, 5, 23)


def test_dates_heading_month_holding_the_published_date_gives_the_published_date():
    text = "Weekly update March 2020\n\nGunmen attacked a checkpoint near the border."
    body = "Gunmen attacked a checkpoint near the border."
    v = _with_heading(text, date(2020, 3, 19), body)
    assert v.start == date(2020, 3, 19) and "month-holds-reference" in v.rules
    # published after the month: the heading's month stands
    v2 = _with_heading(text, date(2020, 4, 19), body)
    assert (v2.start, v2.end) == (date(2020, 3, 1), date(2020, 3, 31))


@pytest.mark.parametrize(
    "text,published,expected,tag",
    [
        # past the first sentence, with nothing dated to count from: another event's date
        ("A car bomb killed 27 people outside a hotel. Troops had taken the city a week earlier.",
         date(2014, 3, 19), date(2014, 3, 19), "date-from-published"),
        # opening the mention it dates the event itself
        ("Two days earlier, gunmen attacked a checkpoint.", date(2014, 3, 19), date(2014, 3, 17),
         "relative-to-published"),
        # with a calendar date told before it, it counts from that date
        ("Gunmen attacked a post on 3 March 2014. A week earlier, troops had left the town.",
         date(2014, 3, 19), date(2014, 3, 3), "date-absolute"),
    ],
)
def test_dates_anaphoric_date_past_the_first_sentence_needs_something_to_count_from(text, published, expected, tag):
    v = _resolve(text, published)
    assert v.start == expected and tag in v.rules


def test_dates_relative_date_from_an_anchor_may_pass_the_dateline():
    # 'Two days later' counts from the event told before it (14 August): 16 August stands, though
    # the heading says 15 August (the document was published on the 16th)
    text = ("DAILY ROUNDUP - 15 August 2020\n\nA mortar round landed on a house on 14 August. "
            "Two days later, police arrested five men in the city.")
    v1 = _with_heading(text, date(2020, 8, 16), "A mortar round landed on a house on 14 August.")
    v2 = _with_heading(text, date(2020, 8, 16), "Two days later, police arrested five men in the city.", v1)
    assert v1.start == date(2020, 8, 14) and v2.start == date(2020, 8, 16)
