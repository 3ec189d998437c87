"""The learned role-filler selector (sitrep.extractors.role_selector): candidate spans, the
selection rule, case-free features and the shipped model."""

from __future__ import annotations

import zipfile
from importlib import resources

import numpy as np
import pytest

from sitrep.extractors import role_selector as sel

TEXT = ("Urban guerrillas of the FMLN blew up the electricity tower in San Miguel with dynamite. "
        "Judge Juan Perez was killed by the gunmen.")


def test_role_selector_candidates_are_word_spans_with_offsets() -> None:
    cands = sel.candidates(TEXT)
    assert cands
    texts = {TEXT[c.start : c.end] for c, _ in cands}
    assert {"electricity tower", "dynamite", "Juan Perez"} <= texts
    for c, feats in cands:
        span = TEXT[c.start : c.end]
        assert span[0].isalnum() and span[-1].isalnum()
        assert len(span.split()) <= sel.MAX_LEN
        assert "." not in span  # never across a sentence end
        assert span.split()[0].lower() not in ("the", "of", "with") and "bias" in feats


def test_role_selector_choose_keeps_the_likelier_of_overlapping_spans() -> None:
    cands = [sel.Candidate(0, 10, 0, 1, 0), sel.Candidate(5, 10, 1, 1, 0), sel.Candidate(20, 25, 3, 3, 0)]
    probs = np.zeros((3, len(sel.ROLES)))
    probs[:, sel.ROLES.index("Target")] = [0.6, 0.9, 0.2]
    out = sel.choose(cands, probs, np.full(len(sel.ROLES), 0.5))
    assert out["Target"] == [(5, 10, 0.9)]
    assert out["Weapon"] == []


def test_role_selector_features_ignore_case() -> None:
    lower = [f for _, f in sel.candidates(TEXT)]
    upper = [f for _, f in sel.candidates(TEXT.upper())]
    assert lower == upper


def _model_path():
    return resources.files("sitrep.data").joinpath(sel.MODEL_FILE)


@pytest.mark.skipif(not _model_path().is_file(), reason="no shipped selector model")
def test_role_selector_model_holds_numbers_only_and_is_small() -> None:
    path = _model_path()
    assert path.stat().st_size < 20_000_000
    with path.open("rb") as fh, zipfile.ZipFile(fh) as z:
        assert sorted(z.namelist()) == sorted(
            f"{k}.npy" for k in ("coef", "intercept", "thresholds", "type_coef", "type_intercept", "type_idf",
                                 "template_coef", "template_intercept", "template_threshold",
                                 "extra_coef", "extra_intercept", "extra_threshold"))
    model = sel.load_model()
    assert model is not None
    assert all(np.issubdtype(v.dtype, np.number) for v in model.values())
    assert model["coef"].shape == (len(sel.ROLES), 1 << sel.HASH_BITS)
    assert model["template_coef"].shape == (len(sel.TEMPLATE_FEATURES),)
    assert model["extra_coef"].shape == (len(sel.EXTRA_TEMPLATE_FEATURES),)
    assert model["type_idf"].shape == (1 << sel.HASH_BITS,) and model["type_idf"].min() >= 1.0


@pytest.mark.skipif(not _model_path().is_file(), reason="no shipped selector model")
def test_role_selector_selects_the_same_spans_in_upper_case() -> None:
    low = sel.select(TEXT)
    up = sel.select(TEXT.upper())
    assert low == up
    assert [TEXT[s:e] for s, e, _ in low["Weapon"]] == ["dynamite"]
    assert "Juan Perez" in [TEXT[s:e] for s, e, _ in low["Victim"]]
    probs = sel.type_probabilities(TEXT)
    assert set(probs) == set(sel.INCIDENT_TYPES) and all(0 <= p <= 1 for p in probs.values())


def test_role_selector_template_features_are_named_and_bounded() -> None:
    probs = dict.fromkeys(sel.INCIDENT_TYPES, 0.1) | {"bombing": 0.7}
    f = sel.template_features("bombing", probs, {"bombing": 2, "attack": 1})
    assert set(f) == set(sel.TEMPLATE_FEATURES)
    assert f["type_is_best"] == 1.0 and f["has_event_of_type"] == 1.0 and f["events_of_other_types"] > 0
    g = sel.template_features("arson", probs, {})
    assert g["type_is_best"] == 0.0 and g["has_event"] == 0.0 and g["p_type_with_event"] == 0.0
    assert g["max_Target"] == 0.0
    h = sel.template_features("arson", probs, {}, {"Target": 0.8, "Weapon": 0.3})
    assert h["max_Target"] == 0.8 and h["max_Weapon"] == 0.3 and h["max_Victim"] == 0.0


def test_role_selector_role_maxima_are_the_highest_probability_per_role() -> None:
    probs = np.array([[0.1, 0.2, 0.9, 0.0, 0.4], [0.3, 0.1, 0.2, 0.6, 0.5]])
    assert sel.role_maxima(probs) == {"PerpInd": 0.3, "PerpOrg": 0.2, "Target": 0.9, "Victim": 0.6, "Weapon": 0.5}
    assert sel.role_maxima(np.zeros((0, len(sel.ROLES)))) == dict.fromkeys(sel.ROLES, 0.0)


def test_role_selector_doc_vector_is_sublinear_tf_idf_and_unit_length() -> None:
    idf = np.ones(1 << sel.HASH_BITS, dtype=np.float32)
    once = sel.doc_features("Bomb in the market.")
    assert once == ["d=bomb", "d=in", "d=the", "d=market"]
    idx, values = sel.doc_vector(["d=bomb", "d=bomb", "d=bomb", "d=market"], idf)
    assert abs(float((values**2).sum()) - 1.0) < 1e-9
    weight = dict(zip(idx.tolist(), values.tolist(), strict=True))
    bomb, market = weight[sel._hash("d=bomb")], weight[sel._hash("d=market")]
    assert abs(bomb / market - (1 + np.log(3))) < 1e-9  # 1 + log(count), not the count
    idf[sel._hash("d=market")] = 2.0  # a rarer word weighs more
    idx, values = sel.doc_vector(["d=bomb", "d=market"], idf)
    weight = dict(zip(idx.tolist(), values.tolist(), strict=True))
    assert abs(weight[sel._hash("d=market")] / weight[sel._hash("d=bomb")] - 2.0) < 1e-6
    assert sel.doc_features("BOMB IN THE MARKET.") == once


def test_role_selector_template_types_follow_the_weights() -> None:
    probs = dict.fromkeys(sel.INCIDENT_TYPES, 0.1) | {"kidnapping": 0.8}
    coef = np.zeros(len(sel.TEMPLATE_FEATURES))
    coef[sel.TEMPLATE_FEATURES.index("p_type")] = 10.0
    model = {"template_coef": coef, "template_intercept": np.array(-5.0), "template_threshold": np.array(0.5)}
    assert sel.template_types(probs, {}, model) == ["kidnapping"]
    coef[sel.TEMPLATE_FEATURES.index("has_event_of_type")] = 10.0
    # arson (an event: z = 1 + 10 - 5) is likelier than kidnapping (z = 8 - 5): it comes first
    assert sel.template_types(probs, {"arson": 1}, model) == ["arson", "kidnapping"]
    assert sel.template_types(probs, {"kidnapping": 1}, model) == ["kidnapping"]


def test_role_selector_extra_template_features_are_named_and_bounded() -> None:
    _found, ctx = sel.spans(TEXT)
    chosen = {"Victim": [(0, 4, 0.9), (11, 15, 0.8)], "Target": [(0, 4, 0.9)]}
    fillers = sel.distinct_fillers(chosen, "Juan PEREZ juan ")
    assert fillers == {"PerpInd": 0, "PerpOrg": 0, "Target": 1, "Victim": 1, "Weapon": 0}  # "Juan" = "juan"
    f = sel.extra_template_features(0.7, 0.6, 5, True, ctx, fillers | {"Victim": 9})
    assert tuple(f) == sel.EXTRA_TEMPLATE_FEATURES
    assert all(0.0 <= v <= 1.0 for v in f.values())
    assert f["incidents"] == 1.0 and f["fillers_Victim"] == 1.0 and f["type_is_likeliest"] == 1.0
    assert f["sentences"] == 2 / 40 and f["trigger_sentences"] == 2 / 10  # "blew up", "killed"


def test_role_selector_extra_template_follows_the_weights() -> None:
    _found, ctx = sel.spans(TEXT)
    f = sel.extra_template_features(0.9, 0.9, 1, True, ctx, {"Victim": 3})
    coef = np.zeros(len(sel.EXTRA_TEMPLATE_FEATURES))
    coef[sel.EXTRA_TEMPLATE_FEATURES.index("fillers_Victim")] = 10.0
    model = {"extra_coef": coef, "extra_intercept": np.array(-5.0), "extra_threshold": np.array(0.5)}
    assert sel.extra_template(f, model)  # z = 10 * 3 / 5 - 5 = 1
    assert not sel.extra_template(f | {"fillers_Victim": 0.2}, model)  # z = -3
    assert not sel.extra_template(f, {})  # a model without the decision adds no template
