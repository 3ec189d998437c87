"""The event-type head's learner in benchmarks/train_types.py: NB-SVM (log-count-ratio scaled features, Wang &
Manning 2012) folded into one linear head (docs/rules/event-types.md, "Seventh round: the learners").
Toy matrices and sentences are the project's own (no data under ../shared is needed)."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from .bench_helpers import load_benchmark


def _script():  # noqa: ANN202 - the module
    return load_benchmark("train_types")


def test_types_head_nb_ratio_is_the_smoothed_log_count_ratio_of_binarised_features() -> None:
    # rows 0-1 are the class, rows 2-3 the rest; values are weights, the counts binarise them
    x = sp.csr_matrix(np.array([[0.5, 0.0, 0.2],
                                [0.9, 0.0, 0.0],
                                [0.0, 0.7, 0.3],
                                [0.0, 0.1, 0.0]]))
    pos = np.array([True, True, False, False])
    r = _script().nb_ratios(x, pos, alpha=1.0)
    p = np.array([1 + 2, 1 + 0, 1 + 1])  # alpha + rows of the class holding each feature
    q = np.array([1 + 0, 1 + 2, 1 + 1])
    expected = np.log((p / p.sum()) / (q / q.sum()))
    assert np.allclose(r, expected)
    assert r[0] > 0 > r[1] and abs(r[2]) < 1e-12  # the class's feature, the rest's feature, a shared one


def test_types_head_nbsvm_folds_into_one_linear_column_per_class() -> None:
    mod = _script()
    rng = np.random.default_rng(13)
    # three classes, each marked by its own feature, plus noise features
    y = ["Battles", "Protests", "NONE"] * 20
    dense = np.zeros((60, 8))
    dense[:, 3:] = (rng.random((60, 5)) < 0.3) * 0.2  # sparse noise the classes share
    for i, lab in enumerate(y):
        dense[i, ["Battles", "Protests", "NONE"].index(lab)] += 1.0
    x = sp.csr_matrix(dense.astype(np.float32))
    coef, intercept, classes = mod.fit_nbsvm(x, y, c=1.0, seed=13)
    assert coef.shape == (8, 3) and intercept.shape == (3,) and classes == sorted(set(y))
    # the folded column scores exactly what the SVM over the scaled features scores
    from sklearn.svm import LinearSVC

    k = classes.index("Protests")
    pos = np.array([lab == "Protests" for lab in y])
    r = mod.nb_ratios(x, pos)
    svm = LinearSVC(C=1.0, random_state=13).fit(x @ sp.diags(r.astype(np.float32)), pos.astype(int))
    scaled = svm.decision_function(x @ sp.diags(r.astype(np.float32)))
    assert np.allclose(np.asarray(x @ coef[:, k]).ravel() + intercept[k], scaled, atol=1e-4)
    # and the head learns the toy classes
    pred = np.array(classes)[(np.asarray(x @ coef) + intercept).argmax(axis=1)]
    assert (pred == np.array(y)).mean() == 1.0


def test_types_head_learner_plain_svm_stays_available() -> None:
    mod = _script()
    x = sp.csr_matrix(np.eye(4, dtype=np.float32).repeat(3, axis=0))
    subs = ["Armed clash", "Peaceful protest", "Mob violence", "NONE"]
    y = [subs[i // 3] for i in range(12)]  # one feature per class; the head over event types maps them
    events = [["Battles", "Protests", "Riots", "NONE"][i // 3] for i in range(12)]
    for learner in ("svm", "nbsvm"):
        coef, intercept, classes = mod.fit_head(x, y, 1.0, 13, labels="event", learner=learner)
        assert coef.shape == (4, 4) and list(classes) == sorted(set(events))
        pred = np.array(classes)[(np.asarray(x @ coef) + intercept).argmax(axis=1)]
        assert list(pred) == events
