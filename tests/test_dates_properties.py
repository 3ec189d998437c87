"""Property tests: random text never raises; every evidence span matches the text."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extractors.dates import document_anchor, find_dates, resolve_mention
from sitrep.model import DocContext, Document, Mention, Section

PIECES = st.sampled_from(
    ["on", "Monday", "24", "July", "2017", "Ramadan", "1438", "AH", "-", "to", "and", "between",
     "the", "following", "day", "3rd", "of", "several", "days", "prior", "03/08/2017", "31",
     "February", "Dhul-Qa'dah", "\u0661\u0664\u0663\u0668", "\u0631\u0645\u0636\u0627\u0646",
     "early", "mid-", "late", "last", "week", "ago", ",", ".", "\n", "yesterday", "Rabi II",
     "2017-13-45", "99/99/9999", "overnight", "(", ")", "KABUL,", "hours", "later", "30", "Safar"]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=25).map(" ".join))
DATES = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2090, 12, 31)))


@settings(max_examples=300, deadline=None)
@given(TEXTS, DATES, st.booleans())
def test_dates_random_text_never_raises_and_evidence_matches(text, published, dayfirst):
    for expr in find_dates(text, published=published, dayfirst=dayfirst):
        assert text[expr.start : expr.end] == expr.text
        v = expr.value
        for ev in v.evidence:
            assert text[ev.start : ev.end] == ev.text
        if v.start is not None and v.end is not None:
            assert v.start <= v.end


@settings(max_examples=150, deadline=None)
@given(TEXTS, DATES, st.integers(0, 50), st.integers(0, 250))
def test_dates_mention_functions_never_raise(text, published, a, b):
    doc = Document(text=text or " ", published=published)
    sections = [Section(start=0, end=len(doc.text))]
    anchor = document_anchor(doc, sections)
    ctx = DocContext(doc=doc, sections=sections, dateline=anchor)
    start = min(a, len(doc.text))
    end = max(start, min(b, len(doc.text)))
    m = Mention(start=start, end=end, text=doc.text[start:end])
    v = resolve_mention(doc, m, ctx, anchor)
    if v is not None:
        for ev in v.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


@given(st.integers(0, 300), st.integers(0, 300))
def test_dates_find_dates_respects_bounds(a, b):
    text = "On 3 May 2018 a post was hit. On 9 May 2018 gunmen raided a village. " * 4
    for e in find_dates(text, a, b):
        assert a <= e.start and e.end <= max(a, b)
