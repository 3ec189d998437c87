"""Property tests: the parsers that read document text never raise on random input, at the
extremes of the calendar included, and keep their stated ranges."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.errors import InputError
from sitrep.extractors.counts import MAX_COUNT, extract_counts
from sitrep.extractors.dates import document_anchor, find_dates, resolve_expr, resolve_mention
from sitrep.ingest import decode_bytes, documents_from_bytes, html_to_text
from sitrep.model import DocContext, Document, Mention, Section

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

DATE_WORDS = st.sampled_from(
    ["The following day", "Overnight", "February", "yesterday", "last week", "next month", "31 December",
     "1 January", "Monday", "Ramadan", "1 Muharram 1500", "9999", "0001", "3 days ago", "earlier this year",
     "two weeks later", "on", "in", ",", ".", "\n", "late", "early", "mid-", "Dec. 31", "12/31", "29 February"]
)
DATE_TEXT = st.one_of(st.text(max_size=120), st.lists(DATE_WORDS, max_size=14).map(" ".join))
# the calendar's edges are where date arithmetic overflows
PUBLISHED = st.one_of(
    st.none(),
    st.sampled_from([date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(9999, 1, 1), date(1, 12, 31)]),
    st.dates(),
)


@FAST
@given(DATE_TEXT, PUBLISHED, st.booleans())
def test_dates_public_functions_never_raise_at_any_published_date(text, published, dayfirst):
    for expr in find_dates(text, published=published, dayfirst=dayfirst):
        assert text[expr.start : expr.end] == expr.text
        v = resolve_expr(text, expr, published)
        if v is not None and v.start is not None and v.end is not None:
            assert v.start <= v.end
    doc = Document(text=text if text.strip() else "x", published=published)
    sections = [Section(start=0, end=len(doc.text))]
    anchor = document_anchor(doc, sections)
    ctx = DocContext(doc=doc, sections=sections, dateline=anchor)
    m = Mention(start=0, end=len(doc.text), text=doc.text)
    resolve_mention(doc, m, ctx, anchor)


COUNT_WORDS = st.sampled_from(
    ["killed", "were", "at least", "dozens", "of", "people", "99999999999999999999", "1,000,000,000", "3",
     "three", "hundred", "thousand", "million", "billion", "injured", "wounded", "and", "civilians", "-",
     "10-20", "between", "more than", "soldiers", "captured", "1e9", "½", "٣", "0", "none", ".", ",", "\n"]
)
COUNT_TEXT = st.one_of(st.text(min_size=1, max_size=150), st.lists(COUNT_WORDS, min_size=1, max_size=25).map(" ".join))


@FAST
@given(COUNT_TEXT)
def test_counts_random_text_never_raises_and_values_stay_in_range(text):
    if not text.strip():
        text = "x"
    doc = Document(text=text)
    cv = extract_counts(doc, Mention(start=0, end=len(text), text=text))
    for c in (cv.killed, cv.injured, cv.casualties, cv.captured):
        for v in (c.best, c.low, c.high):
            assert v is None or 0 <= v <= MAX_COUNT
        for ev in c.evidence:
            assert text[ev.start : ev.end] == ev.text


@FAST
@given(st.binary(max_size=400))
def test_ingest_random_bytes_decode_to_text_or_a_one_line_input_error(data):
    try:
        text = decode_bytes(data, "x.bin")
    except InputError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert isinstance(text, str)
    for item in documents_from_bytes(data, "x.txt", ".txt"):
        if isinstance(item, Document):
            assert isinstance(item.text, str) and item.text
        else:
            assert "\n" not in item.message and item.message


SECRET = "SECRETSCRIPTBODY"
TAGS = st.sampled_from(["div", "p", "span", "b", "table", "tr", "td", "ul", "li", "section", "h1", "a"])


@st.composite
def html_pages(draw):
    depth = draw(st.integers(0, 400))
    tags = draw(st.lists(TAGS, min_size=1, max_size=5))
    words = draw(st.text(alphabet=st.characters(blacklist_characters="<>&"), max_size=40))
    opens = "".join(f"<{tags[i % len(tags)]}>" for i in range(depth))
    closes = "".join(f"</{tags[i % len(tags)]}>" for i in reversed(range(depth)))
    noise = draw(st.text(max_size=60))
    script = draw(st.sampled_from([f"<script>{SECRET}</script>", f"<SCRIPT type='x'>var a='{SECRET}';</SCRIPT>",
                                   f"<style>{SECRET}</style>", f"<noscript>{SECRET}</noscript>"]))
    return f"<html><body>{opens}{words}{script}{noise.replace(SECRET, '')}{closes}</body></html>"


@FAST
@given(html_pages())
def test_ingest_random_nested_html_reduces_to_text_without_script_content(html):
    text, _title = html_to_text(html)
    assert isinstance(text, str)
    assert SECRET not in text


@FAST
@given(st.text(max_size=300))
def test_ingest_random_text_as_html_never_raises(html):
    text, _ = html_to_text(html)
    assert isinstance(text, str)
