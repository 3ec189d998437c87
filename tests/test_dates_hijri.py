"""Hijri dates: spellings from hijri_months.tsv, Umm al-Qura conversion, year inference."""

from datetime import date

import pytest
from hijridate import Gregorian, Hijri
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitrep.extractors.dates import find_dates, hijri_to_gregorian
from sitrep.resources import load_tsv

ROWS = load_tsv("hijri_months.tsv")
SPELLINGS = [(int(r["month"]), r["spelling"], r["script"]) for r in ROWS]
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_dates_hijri_known_check_dhul_qadah_1438():
    v = find_dates("on 1 Dhul-Qa'dah 1438")[0].value
    assert v.start == date(2017, 7, 24) == v.end
    assert v.calendar == "hijri" and v.precision == 1


def test_dates_hijri_every_month_has_latin_and_arabic_spellings():
    for m in range(1, 13):
        scripts = {s for mm, _, s in SPELLINGS if mm == m}
        assert scripts == {"latin", "arabic"}, m


@pytest.mark.parametrize(
    "text,expected",
    [
        ("1 Dhul-Qa'dah 1438", date(2017, 7, 24)),
        ("1 Dhu al-Qi\u2019dah 1438 AH", date(2017, 7, 24)),
        ("1 Dhul Qadah 1438H", date(2017, 7, 24)),
        ("1 Dhu'l-Qa'da 1438 H", date(2017, 7, 24)),
        ("5 Ramadan 1438", Hijri(1438, 9, 5).to_gregorian()),
        ("5 RAMADHAN 1438 A.H.", Hijri(1438, 9, 5).to_gregorian()),
        ("the 12th of Rabi' al-Awwal 1441", Hijri(1441, 3, 12).to_gregorian()),
        ("12 Rabi I 1441", Hijri(1441, 3, 12).to_gregorian()),
        ("12 Rabi II 1441", Hijri(1441, 4, 12).to_gregorian()),
        ("3 Jumada al-Thani 1440", Hijri(1440, 6, 3).to_gregorian()),
        ("3 Jumada I 1440", Hijri(1440, 5, 3).to_gregorian()),
        ("10 Dhul-Hijjah 1440", Hijri(1440, 12, 10).to_gregorian()),
        ("٥ رمضان ١٤٣٨ هـ", Hijri(1438, 9, 5).to_gregorian()),
        ("١ ذو القعدة ١٤٣٨", date(2017, 7, 24)),
        ("12 ربيع الأول 1441", Hijri(1441, 3, 12).to_gregorian()),
    ],
)
def test_dates_hijri_forms(text, expected):
    found = find_dates(text)
    assert len(found) == 1
    v = found[0].value
    assert v.start == date(expected.year, expected.month, expected.day)
    assert v.calendar == "hijri"
    assert text[found[0].start : found[0].end] == found[0].text


def test_dates_hijri_month_only_with_year_is_month_precision():
    v = find_dates("during Ramadan 1438")[0].value
    g1 = Hijri(1438, 9, 1).to_gregorian()
    assert v.start == date(g1.year, g1.month, g1.day)
    assert v.precision == 3 and v.end > v.start


def test_dates_hijri_bare_month_name_needs_a_cue():
    # "Rajab" is also a personal name: alone it is not a date
    assert find_dates("Rajab Ali told reporters the road was closed.") == []


def test_dates_hijri_without_year_across_year_boundary():
    # published on 5 Muharram 1439: a 10 Dhul-Hijjah date belongs to 1438
    pub_h = Hijri(1439, 1, 5).to_gregorian()
    pub = date(pub_h.year, pub_h.month, pub_h.day)
    v = find_dates("on 10 Dhul-Hijjah", published=pub)[0].value
    g = Hijri(1438, 12, 10).to_gregorian()
    assert v.start == date(g.year, g.month, g.day)
    assert "year-from-published" in v.rules
    # and a 2 Muharram date belongs to the current year 1439
    v2 = find_dates("on 2 Muharram", published=pub)[0].value
    g2 = Hijri(1439, 1, 2).to_gregorian()
    assert v2.start == date(g2.year, g2.month, g2.day)


def test_dates_hijri_without_year_or_published_is_unknown():
    v = find_dates("on 5 Ramadan")[0].value
    assert v.start is None and v.precision == 3 and "year-unknown" in v.rules


def test_dates_hijri_outside_umm_al_qura_uses_arithmetic():
    v = find_dates("on 1 Muharram 1300")[0].value
    assert v.start is not None and v.start.year == 1882
    assert "hijri-arithmetic" in v.rules


def test_dates_hijri_impossible_day_is_dropped():
    # Safar 1438 has 29 days in Umm al-Qura
    assert Hijri(1438, 2, 1).month_length() == 29
    assert hijri_to_gregorian(1438, 2, 30) is None
    assert [e for e in find_dates("30 Safar 1438") if e.kind == "date"] == []


def _render(d: int, spelling: str, script: str, y: int, form: int) -> str:
    if script == "arabic":
        s = f"{d} {spelling} {y}"
        return s.translate(ARABIC_DIGITS) if form % 2 else s + " هـ"
    curly = spelling.replace("'", "\u2019") if form in (1, 3) else spelling
    suffix = ["", " AH", "H", " H"][form]
    return f"{d} {curly} {y}{suffix}"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    y=st.integers(1343, 1500),
    row=st.sampled_from(SPELLINGS),
    day=st.integers(1, 30),
    form=st.integers(0, 3),
)
def test_dates_hijri_any_spelling_round_trips(y, row, day, form):
    m, spelling, script = row
    length = Hijri(y, m, 1).month_length()
    d = min(day, length)
    text = f"Reported on {_render(d, spelling, script, y, form)}, officials said."
    found = [e for e in find_dates(text) if e.kind == "date"]
    assert len(found) == 1, text
    g = Hijri(y, m, d).to_gregorian()
    assert found[0].value.start == date(g.year, g.month, g.day), text
    assert text[found[0].start : found[0].end] == found[0].text


@settings(max_examples=100, deadline=None)
@given(st.dates(min_value=date(1925, 1, 1), max_value=date(2077, 1, 1)))
def test_dates_hijri_round_trip_from_gregorian(g):
    h = Gregorian(g.year, g.month, g.day).to_hijri()
    spelling = next(s for m, s, sc in SPELLINGS if m == h.month and sc == "latin")
    found = find_dates(f"on {h.day} {spelling} {h.year} AH")
    assert found and found[0].value.start == g
