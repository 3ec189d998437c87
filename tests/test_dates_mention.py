"""document_anchor and resolve_mention on hand-built documents (no other module needed)."""

from datetime import date

import pytest

from sitrep.config import Settings
from sitrep.extractors.dates import document_anchor, resolve_mention
from sitrep.model import DocContext, Document, Evidence, Mention, Section


def _mention(doc: Document, sentence: str, section: int = 0) -> Mention:
    start = doc.text.index(sentence)
    return Mention(start=start, end=start + len(sentence), text=sentence, section=section)


def _ctx(doc: Document, sections=None, dateline=None, **settings) -> DocContext:
    return DocContext(doc=doc, sections=sections or [Section(start=0, end=len(doc.text))],
                      dateline=dateline, settings=Settings(**settings))


@pytest.mark.parametrize(
    "text,published,expected,tag",
    [
        ("KABUL, Aug 2 (Example Wire) - Gunmen attacked a checkpoint.", date(2017, 8, 3), date(2017, 8, 2), "dateline"),
        ("MOGADISHU, 3 March 2019 - A blast hit a market.", None, date(2019, 3, 3), "dateline"),
        ("Daily report, 12 May 2021\n\nShelling continued in the north.", None, date(2021, 5, 12), "date-from-heading"),
        ("Situation report \u2013 3 March 2020\nClashes were reported.", None, date(2020, 3, 3), "date-from-heading"),
        ("KANDAHAR, Afghanistan, Monday (Example Wire) - A blast hit a market.", date(2017, 8, 9), date(2017, 8, 7), "dateline"),
    ],
)
def test_dates_document_anchor_forms(text, published, expected, tag):
    doc = Document(text=text, published=published)
    v = document_anchor(doc, [Section(start=0, end=len(text))])
    assert v is not None and v.start == expected and tag in v.rules
    for ev in v.evidence:
        assert text[ev.start : ev.end] == ev.text


def test_dates_document_anchor_none_without_a_date():
    doc = Document(text="Gunmen attacked a checkpoint in the district, officials said.")
    assert document_anchor(doc, [Section(start=0, end=len(doc.text))]) is None


def test_dates_document_anchor_ignores_dates_deep_in_long_lines():
    text = ("Officials in the province said that a long series of attacks on checkpoints and "
            "convoys had continued for weeks before the operation that began on 3 March 2019.")
    assert document_anchor(Document(text=text), [Section(start=0, end=len(text))]) is None


def test_dates_mention_relative_to_dateline_and_chained():
    text = ("KABUL, Aug 2 (Example Wire) - Gunmen attacked a checkpoint on Monday night. "
            "The following day, a roadside bomb hit a patrol.")
    doc = Document(text=text, published=date(2017, 8, 2))
    ctx = _ctx(doc)
    ctx = ctx.model_copy(update={"dateline": document_anchor(doc, ctx.sections)})
    m1 = _mention(doc, "Gunmen attacked a checkpoint on Monday night.")
    v1 = resolve_mention(doc, m1, ctx, ctx.dateline)
    assert v1.start == date(2017, 7, 31) and "relative-to-dateline" in v1.rules
    m2 = _mention(doc, "The following day, a roadside bomb hit a patrol.")
    v2 = resolve_mention(doc, m2, ctx, v1)
    assert v2.start == date(2017, 8, 1) and "relative-to-anchor" in v2.rules
    assert text[v2.evidence[0].start : v2.evidence[0].end] == "The following day"


def test_dates_mention_without_date_inherits_anchor():
    text = "On 24 July 2017 gunmen attacked a post. Separately, a bomb hit a bus."
    doc = Document(text=text, published=date(2017, 8, 1))
    ctx = _ctx(doc)
    first = resolve_mention(doc, _mention(doc, "On 24 July 2017 gunmen attacked a post."), ctx, None)
    v = resolve_mention(doc, _mention(doc, "Separately, a bomb hit a bus."), ctx, first)
    assert v.start == date(2017, 7, 24) and "date-inherited" in v.rules


def test_dates_mention_without_anything_uses_published():
    doc = Document(text="A bomb hit a bus.", published=date(2017, 8, 1))
    v = resolve_mention(doc, _mention(doc, "A bomb hit a bus."), _ctx(doc), None)
    assert v.start == date(2017, 8, 1) and v.precision == 2 and "date-from-published" in v.rules
    doc2 = Document(text="A bomb hit a bus.")
    assert resolve_mention(doc2, _mention(doc2, "A bomb hit a bus."), _ctx(doc2), None) is None


def test_dates_mention_uses_section_header_date():
    text = "Nangarhar Province, 5 June 2018\nGunmen attacked a checkpoint.\n"
    doc = Document(text=text)
    hdr_end = text.index("\n")
    sections = [Section(start=0, end=len(text), header=Evidence.of(text, 0, hdr_end), level=1)]
    ctx = _ctx(doc, sections)
    v = resolve_mention(doc, _mention(doc, "Gunmen attacked a checkpoint."), ctx, None)
    assert v.start == date(2018, 6, 5) and "date-from-header" in v.rules


def test_dates_mention_prefers_event_date_over_report_date():
    text = "The ministry said on Monday that gunmen killed five people on Sunday."
    doc = Document(text=text, published=date(2017, 8, 10))
    v = resolve_mention(doc, _mention(doc, text), _ctx(doc), None)
    assert v.start == date(2017, 8, 6)


def test_dates_mention_prefers_day_over_month_level():
    text = "In August, fighting intensified; on 12 August 2017 a convoy was ambushed."
    doc = Document(text=text)
    v = resolve_mention(doc, _mention(doc, text), _ctx(doc), None)
    assert v.start == date(2017, 8, 12) and v.precision == 1


def test_dates_mention_scans_only_its_spans():
    text = "On 3 May 2018 a post was hit. On 9 May 2018 gunmen raided a village."
    doc = Document(text=text)
    s = text.index("On 9 May")
    m = Mention(start=0, end=len(text), text=text, spans=[Evidence.of(text, s, len(text))])
    assert resolve_mention(doc, m, _ctx(doc), None).start == date(2018, 5, 9)
    # a span without a date does not borrow one from outside it
    g = text.index("gunmen")
    m2 = Mention(start=0, end=len(text), text=text, spans=[Evidence.of(text, g, len(text))])
    assert resolve_mention(doc, m2, _ctx(doc), None) is None


def test_dates_mention_numeric_follows_dayfirst_setting():
    text = "Incident date: 03/08/2017. Gunmen attacked a post."
    doc = Document(text=text)
    m = _mention(doc, text)
    assert resolve_mention(doc, m, _ctx(doc, dayfirst=True), None).start == date(2017, 8, 3)
    assert resolve_mention(doc, m, _ctx(doc, dayfirst=False), None).start == date(2017, 3, 8)


def test_dates_mention_year_tolerance_setting():
    text = "On 20 August gunmen attacked a post."
    doc = Document(text=text, published=date(2017, 8, 10))
    m = _mention(doc, text)
    assert resolve_mention(doc, m, _ctx(doc, year_tolerance_days=7), None).start == date(2016, 8, 20)
    assert resolve_mention(doc, m, _ctx(doc, year_tolerance_days=15), None).start == date(2017, 8, 20)
