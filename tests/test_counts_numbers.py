"""Number parsing for casualty counts: digits, words, vague words, hedges, ranges."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.extractors.counts import find_numbers, parse_number

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, hyphen: bool, use_and: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(f"{UNITS[n // 100]} hundred")
        n %= 100
        if n and use_and:
            parts.append("and")
    if n >= 20:
        t, u = divmod(n, 10)
        parts.append(f"{TENS[t]}-{UNITS[u]}" if u and hyphen else f"{TENS[t]} {UNITS[u]}" if u else TENS[t])
    elif n or not parts:
        parts.append(UNITS[n])
    return " ".join(parts)


def to_words(n: int, hyphen: bool = True, use_and: bool = True) -> str:
    """English words for n (0 <= n < 10**12), written independently of the parser."""
    if n == 0:
        return "zero"
    out = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"), (1, "")):
        chunk = (n // scale) % 1000
        if chunk:
            words = _below_thousand(chunk, hyphen, use_and)
            out.append(f"{words} {name}".strip())
    return " ".join(out)


@pytest.mark.parametrize(
    ("text", "best", "low", "high"),
    [
        ("12", 12, 12, 12),
        ("1,200", 1200, 1200, 1200),
        ("2 million", 2_000_000, 2_000_000, 2_000_000),
        ("1.5 million", 1_500_000, 1_500_000, 1_500_000),
        ("twenty-three", 23, 23, 23),
        ("twenty three", 23, 23, 23),
        ("one hundred and five", 105, 105, 105),
        ("a hundred", 100, 100, 100),
        ("two thousand three hundred", 2300, 2300, 2300),
        ("a dozen", 12, 12, 12),
        ("two dozen", 24, 24, 24),
        ("half a dozen", 6, 6, 6),
        ("a couple of", 2, 2, 2),
        ("THREE", 3, 3, 3),
    ],
)
def test_counts_parse_number_exact_figures(text, best, low, high):
    v = parse_number(text)
    assert v is not None
    assert (v.best, v.low, v.high) == (best, low, high)
    assert not v.vague


@pytest.mark.parametrize(
    ("text", "best", "rule"),
    [
        ("several", 3, "vague:several=3"),
        ("a few", 3, "vague:a-few=3"),
        ("a number of", 3, "vague:a-number-of=3"),
        ("many", 10, "vague:many=10"),
        ("tens", 10, "vague:tens=10"),
        ("dozens", 12, "vague:dozens=12"),
        ("scores", 20, "vague:scores=20"),
        ("hundreds", 100, "vague:hundreds=100"),
        ("thousands", 1000, "vague:thousands=1000"),
        ("tens of thousands", 10_000, "vague:tens-of-thousands=10000"),
        ("several hundred", 100, "vague:several-hundred=100"),
    ],
)
def test_counts_parse_number_vague_words_follow_acled(text, best, rule):
    v = parse_number(text)
    assert v is not None and v.vague
    assert v.best == best
    assert (v.low, v.high) == (None, None)
    assert rule in v.rules


@pytest.mark.parametrize(
    ("text", "best", "low", "high", "rule"),
    [
        ("at least 7", 7, 7, None, "hedge:at-least"),
        ("more than 20", 20, 20, None, "hedge:more-than"),
        ("over 20", 20, 20, None, "hedge:over"),
        ("20 or more", 20, 20, None, "hedge:or-more"),
        ("nearly 30", 30, None, 30, "hedge:nearly"),
        ("almost 30", 30, None, 30, "hedge:almost"),
        ("about 30", 30, None, None, "hedge:about"),
        ("around 30", 30, None, None, "hedge:around"),
        ("some 30", 30, None, None, "hedge:some"),
        ("an estimated 30", 30, None, None, "hedge:an-estimated"),
        ("up to 40", 40, None, 40, "hedge:up-to"),
        ("as many as 40", 40, None, 40, "hedge:as-many-as"),
        ("fewer than 10", 9, None, 9, "hedge:fewer-than"),
        ("between 10 and 15", 10, 10, 15, "range:lowest"),
        ("10 to 15", 10, 10, 15, "range:lowest"),
        ("10-15", 10, 10, 15, "range:lowest"),
        ("two or three", 2, 2, 3, "range:lowest"),
        ("more than a dozen", 12, 12, None, "hedge:more-than"),
    ],
)
def test_counts_parse_number_hedges_and_ranges(text, best, low, high, rule):
    v = parse_number(text)
    assert v is not None
    assert (v.best, v.low, v.high) == (best, low, high)
    assert rule in v.rules


@pytest.mark.parametrize("text", ["", "   ", "people", "at least", "12th", "killed 5", "the"])
def test_counts_parse_number_rejects_non_numbers(text):
    assert parse_number(text) is None


def test_counts_find_numbers_reports_offsets():
    text = "At least 7 soldiers and twenty-three civilians were killed."
    found = find_numbers(text)
    assert [(n.best, n.text) for n in found] == [(7, "At least 7"), (23, "twenty-three")]
    for n in found:
        assert text[n.start : n.end] == n.text


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans())
def test_counts_words_round_trip(n, hyphen, use_and):
    words = to_words(n, hyphen, use_and)
    v = parse_number(words)
    assert v is not None, words
    assert v.best == n, words


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**9))
def test_counts_digits_round_trip(n):
    assert parse_number(str(n)).best == n
    assert parse_number(f"{n:,}").best == n


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_counts_random_text_never_raises(text):
    v = parse_number(text)
    assert v is None or v.best >= 0
    for n in find_numbers(text):
        assert text[n.start : n.end] == n.text
