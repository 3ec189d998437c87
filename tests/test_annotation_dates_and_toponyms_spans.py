"""Dates are detected once per document by the sitrep_dates component (span group "dates"), and
segmentation and date resolution read those spans instead of re-detecting."""

from datetime import date

from sitrep.annotate import add_spans, annotate
from sitrep.config import Settings
from sitrep.extractors.dates import DATES_COMPONENT, DATES_GROUP, DateExpr, resolve_mention
from sitrep.model import DocContext, Document, Mention, Section
from sitrep.segment import mentions, sections

TWO_DAYS = (
    "Gunmen attacked a convoy on 3 May 2022, killing two soldiers. "
    "Gunmen attacked a convoy on 9 May 2022, killing four soldiers."
)


def test_dates_detector_writes_one_group_with_rule_ids_and_values():
    doc = Document(text="On 3 May 2022 gunmen struck; yesterday a bomb exploded; the fighting lasted three days.")
    found = annotate(doc, (DATES_COMPONENT,)).spans(DATES_GROUP)
    assert [(f.text, f.rule) for f in found] == [
        ("3 May 2022", "date-absolute"), ("yesterday", "deictic:yesterday"),
        ("lasted three days", "duration:three-days"),
    ]
    assert all(isinstance(f.value, DateExpr) and f.value.start == f.start for f in found)


def test_segment_new_date_comes_from_the_date_spans():
    doc = Document(text=TWO_DAYS, published=date(2022, 5, 10))
    ann = annotate(doc, (DATES_COMPONENT,))
    assert len(mentions(doc, sections(doc), ann)) == 2
    # the same annotation without its date findings: nothing tells the two days apart
    add_spans(ann.doc, DATES_GROUP, [])
    assert len(mentions(doc, sections(doc), ann)) == 1


def test_dates_resolve_mention_reads_the_date_spans():
    doc = Document(text=TWO_DAYS, published=date(2022, 5, 10))
    ann = annotate(doc, (DATES_COMPONENT,))
    m = Mention(start=0, end=TWO_DAYS.index(" Gunmen", 5), text=TWO_DAYS[: TWO_DAYS.index(" Gunmen", 5)])
    ctx = DocContext(doc=doc, sections=[Section(start=0, end=len(doc.text))], settings=Settings(), annotation=ann)
    assert resolve_mention(doc, m, ctx, None).start == date(2022, 5, 3)
    add_spans(ann.doc, DATES_GROUP, [])
    assert "date-from-published" in resolve_mention(doc, m, ctx, None).rules


def test_dates_numeric_reading_follows_the_setting_from_one_detection():
    doc = Document(text="Gunmen attacked a convoy on 03/08/2017.")
    ann = annotate(doc, (DATES_COMPONENT,))
    m = Mention(start=0, end=len(doc.text), text=doc.text)
    whole = [Section(start=0, end=len(doc.text))]
    first = DocContext(doc=doc, sections=whole, settings=Settings(dayfirst=True), annotation=ann)
    second = DocContext(doc=doc, sections=whole, settings=Settings(dayfirst=False), annotation=ann)
    assert resolve_mention(doc, m, first, None).start == date(2017, 8, 3)
    assert resolve_mention(doc, m, second, None).start == date(2017, 3, 8)
    assert "numeric-monthfirst" in resolve_mention(doc, m, second, None).rules


