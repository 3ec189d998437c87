"""The role selector's handling of persons' names: case-free name-boundary features and the
rule that a short form of a name the document writes in full is that name (one entity)."""

from __future__ import annotations

import numpy as np

from sitrep.extractors import role_selector as sel

TEXT = ("Gunmen killed Jose Antonio Rodriguez Porth, the minister of the presidency, yesterday. "
        "Police said Rodriguez Porth was shot at his home.")


def _cand(text: str, phrase: str, nth: int = 0) -> tuple[sel.Candidate, sel.SpanContext]:
    found, ctx = sel.spans(text)
    hits = [c for c in found if text[c.start : c.end] == phrase]
    return hits[nth], ctx


def test_role_selector_name_features_mark_a_cut_name() -> None:
    full, ctx = _cand(TEXT, "Jose Antonio Rodriguez Porth")
    cut, _ = _cand(TEXT, "Antonio Rodriguez Porth")
    f_full, f_cut = sel.features(full, ctx), sel.features(cut, ctx)
    assert "first_given" in f_full and "all_name|left=False|right=False" in f_full
    assert "all_name|left=True|right=False" in f_cut  # a name word continues it on the left
    assert "p1_given" in f_cut


def test_role_selector_name_features_ignore_case() -> None:
    lower = [f for _, f in sel.candidates(TEXT)]
    upper = [f for _, f in sel.candidates(TEXT.upper())]
    assert lower == upper


def test_role_selector_short_name_takes_the_full_name() -> None:
    short, ctx = _cand(TEXT, "Rodriguez Porth", nth=1)  # the mention in the second sentence
    found, _ = sel.spans(TEXT)
    chosen = {r: [] for r in sel.ROLES}
    chosen["Victim"] = [(short.start, short.end, 0.8)]
    out = sel.resolve_short_names(chosen, found, ctx)
    (s, e, p), = out["Victim"]
    assert TEXT[s:e] == "Jose Antonio Rodriguez Porth" and p == 0.8


def test_role_selector_short_name_merges_with_its_full_mention() -> None:
    full, ctx = _cand(TEXT, "Jose Antonio Rodriguez Porth")
    short, _ = _cand(TEXT, "Rodriguez Porth", nth=1)
    found, _ = sel.spans(TEXT)
    chosen = {r: [] for r in sel.ROLES}
    chosen["Victim"] = [(full.start, full.end, 0.6), (short.start, short.end, 0.9)]
    out = sel.resolve_short_names(chosen, found, ctx)
    assert out["Victim"] == [(full.start, full.end, 0.9)]


def test_role_selector_other_words_and_other_roles_are_kept() -> None:
    found, ctx = sel.spans(TEXT)
    police = next(c for c in found if TEXT[c.start : c.end] == "Police")
    short, _ = _cand(TEXT, "Rodriguez Porth", nth=1)
    chosen = {r: [] for r in sel.ROLES}
    chosen["Victim"] = [(police.start, police.end, 0.7)]
    chosen["PerpInd"] = [(short.start, short.end, 0.7)]
    out = sel.resolve_short_names(chosen, found, ctx)
    assert out["Victim"] == chosen["Victim"] and out["PerpInd"] == chosen["PerpInd"]


def test_role_selector_select_returns_spans_of_the_text() -> None:
    out = sel.select(TEXT)
    for role in sel.ROLES:
        for s, e, p in out[role]:
            assert 0 <= s < e <= len(TEXT) and 0.0 <= p <= 1.0
    assert np.all([a[0] <= b[0] for role in sel.ROLES for a, b in zip(out[role], out[role][1:])])
