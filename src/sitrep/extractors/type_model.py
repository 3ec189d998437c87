"""The learned half of event typing: a linear model over style-robust text features and rule features.

Trained on ACLED data (the coders' notes of ``../shared/data/acled-notes``, train split), with real
non-conflict news as a "no event" class and weak labels for rare sub-types; rebuilt by
``python benchmarks/train_types.py`` (deterministic given its seed). The shipped file
``data/type_model.npz`` holds hashed-feature weights only, never text (see docs/rules/event-types.md).

Features, computed the same way at training and at prediction (:func:`featurize`):

- the text after :func:`normalise`: the coders' leading date ("On 3 April 2023,") and bracketed
  artefacts ("(Kismayo, Lower Juba)", "[size=no report]") removed, digits, month and weekday names
  and capitalised names masked, lower-cased; then hashed character 3-5-grams within words and word
  1-2-grams;
- the rules' view of the mention (:class:`RuleView`): trigger classes found, actor types of actor1 and
  actor2, whether a killing is stated, and the sub-type the rules chose; hashed as binary tokens;
- for the event-type head (``data/type_model_head.npz``, blocks "head"): the text as written,
  unmasked, as hashed word 1-3-grams and character 2-5-grams within word edges (the headline-style
  notes of older exports carry their event type in names and phrasing the masked blocks drop);
- for the style gate (``data/type_model_style.npz``, blocks "style"): those unmasked blocks alone; a
  logistic regression of ACLED coders' notes against news-style text, which tells the combination
  whether a short text reads like a note or a headline (the head then decides its event type) or
  like news (the rules and the sub-type model do).

Prediction is one vectorisation and one matrix product per mention; probabilities are a softmax with
a temperature fitted on held-out notes (calibration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from functools import lru_cache
from importlib import resources

import numpy as np

from ..resources import Patterns, load_yaml

__all__ = ["RuleView", "TypeModel", "featurize", "load_model", "normalise", "NONE_LABEL"]

NONE_LABEL = "NONE"
MODEL_FILE = "type_model.npz"
#: the event-type head: a linear model over the same features plus unmasked word and character n-grams
HEAD_FILE = "type_model_head.npz"
#: the style gate: a logistic regression over the unmasked text, ACLED notes against news-style text
STYLE_FILE = "type_model_style.npz"
TEXT_FILE = "type_model_text.yaml"

# -- style normalisation (patterns in data/type_model_text.yaml) -----------------------------------
#: mask capitalised words (names of people, places, groups) other than a sentence's first
MASK_NAMES = True


class _Text(Patterns):
    """The patterns of data/type_model_text.yaml, the masked date words and the word-edge characters."""

    def __init__(self, d: dict[str, Any]) -> None:
        months, days = "|".join(d["months"]), "|".join(d["weekdays"])
        super().__init__(
            d["patterns"],
            date_prefix=re.compile(d["date_prefix"], re.I),
            dateword=re.compile(rf"\b(?:{months})\b\.?|\b(?:{days})\b", re.I),
        )
        self.dashes = frozenset(d["dashes"])
        self.strip: str = d["strip"]


@lru_cache(maxsize=1)
def _text_patterns() -> _Text:
    return _Text(load_yaml(TEXT_FILE))


def normalise(text: str) -> str:
    """Style-neutral text: no coder's date prefix, no bracketed artefacts, numbers/dates/names masked."""
    p = _text_patterns()
    t = p.date_prefix.sub("", text, count=1)
    t = p.brackets.sub(" ", t)
    t = p.number.sub("0", t)
    t = p.dateword.sub(" <date> ", t)
    out: list[str] = []
    prev_end = True
    for w in t.split():
        core = w.strip(p.strip)
        if MASK_NAMES and core[:1].isupper() and not prev_end:
            out.append("<name>")
        else:
            out.append(core.lower())
        prev_end = bool(p.sentence_end.search(w)) or w in p.dashes
    return " ".join(x for x in out if x)


@dataclass
class RuleView:
    """What the rules saw in a mention, as model features."""

    triggers: list[str] = field(default_factory=list)
    actor1: int | None = None
    actor2: int | None = None
    kills: bool = False
    rule_sub: str | None = None

    def feature_names(self) -> list[str]:
        toks = [f"t:{c}" for c in sorted(set(self.triggers))]
        toks.append(f"a1:{self.actor1}")
        toks.append(f"a2:{self.actor2}")
        toks.append(f"a12:{self.actor1}-{self.actor2}")
        if self.kills:
            toks.append("k:kill")
        toks.append(f"r:{self.rule_sub or NONE_LABEL}")
        toks.extend(f"r:{self.rule_sub}|t:{c}" for c in sorted(set(self.triggers))[:6])
        return toks


def _text_features(norm: str) -> tuple[list[str], list[str]]:
    words = _text_patterns().word.findall(norm)
    chars: list[str] = []
    for w in words:
        if w.startswith("<"):
            continue
        p = f" {w} "
        n = len(p)
        for k in (3, 4, 5):
            chars.extend(p[i:i + k] for i in range(n - k + 1))
    wfeats = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
    return chars, wfeats


N_CHAR = 2 ** 17
N_WORD = 2 ** 16
N_RULE = 2 ** 10
RULE_SCALE = 0.3  # selected on acled-notes dev and news-types dev
N_RAW = 2 ** 18  # each of the head's unmasked word and character blocks


@lru_cache(maxsize=1)
def _vectorisers():  # noqa: ANN202 - sklearn objects
    from sklearn.feature_extraction.text import HashingVectorizer

    def ident(x):  # noqa: ANN001, ANN202
        return x

    common = dict(analyzer=ident, alternate_sign=False, dtype=np.float32)
    return (HashingVectorizer(n_features=N_CHAR, norm="l2", **common),
            HashingVectorizer(n_features=N_WORD, norm="l2", **common),
            HashingVectorizer(n_features=N_RULE, norm=None, binary=True, **common))


@lru_cache(maxsize=1)
def _raw_vectorisers():  # noqa: ANN202 - sklearn objects
    from sklearn.feature_extraction.text import HashingVectorizer

    common = dict(n_features=N_RAW, alternate_sign=False, norm="l2", dtype=np.float32)
    return (HashingVectorizer(ngram_range=(1, 3), **common),
            HashingVectorizer(analyzer="char_wb", ngram_range=(2, 5), lowercase=False, **common))


def featurize(texts: list[str], views: list[RuleView], blocks: str = "model"):  # noqa: ANN201 - scipy sparse
    """Sparse feature matrix (one row per text): char block | word block | rule block (``blocks``
    "model"), then the unmasked word block | unmasked char block ("head"), or those two alone ("style":
    features of how the text is written, for the style gate; ``views`` unused)."""
    import scipy.sparse as sp

    raw = [v.transform(texts) for v in _raw_vectorisers()] if blocks != "model" else []
    if blocks == "style":
        return sp.hstack(raw, format="csr")
    if blocks not in ("model", "head"):
        raise ValueError(f"unknown feature blocks {blocks!r}")
    vc, vw, vr = _vectorisers()
    chars, words = zip(*(_text_features(normalise(t)) for t in texts)) if texts else ((), ())
    xr = vr.transform([v.feature_names() for v in views]) * RULE_SCALE
    return sp.hstack([vc.transform(list(chars)), vw.transform(list(words)), xr, *raw], format="csr")


class TypeModel:
    """A linear model over :func:`featurize` features with temperature calibration (``blocks``: which
    features; the event-type head's scores are linear SVMs' margins, not calibrated (an NB-SVM head holds its
    log-count ratios folded into the weights), and the style gate's two classes are ``news`` and ``note``)."""

    def __init__(self, coef: np.ndarray, intercept: np.ndarray, classes: list[str], temperature: float = 1.0,
                 blocks: str = "model"):
        self.coef = coef.astype(np.float32)  # (n_features, n_classes)
        self.intercept = intercept.astype(np.float32)
        self.classes = list(classes)
        self.temperature = float(temperature)
        self.blocks = blocks

    def logits(self, texts: list[str], views: list[RuleView]) -> np.ndarray:
        x = featurize(texts, views, self.blocks)
        return np.asarray(x @ self.coef) + self.intercept

    def proba(self, texts: list[str], views: list[RuleView], temperature: float | None = None) -> np.ndarray:
        z = self.logits(texts, views) / (temperature or self.temperature)
        z -= z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def save(self, path: str, meta: dict[str, str] | None = None) -> None:
        extra = {"blocks": np.array(self.blocks)} if self.blocks != "model" else {}  # the model's file as it was
        np.savez_compressed(path, coef=self.coef.astype(np.float16), intercept=self.intercept,
                            classes=np.array(self.classes), temperature=np.array(self.temperature),
                            meta=np.array(sorted((meta or {}).items())), **extra)

    @classmethod
    def load(cls, path) -> TypeModel:  # noqa: ANN001 - str, Path or a file object
        with np.load(path, allow_pickle=False) as z:
            return cls(z["coef"].astype(np.float32), z["intercept"], [str(c) for c in z["classes"]],
                       float(z["temperature"]), str(z["blocks"]) if "blocks" in z.files else "model")


def _load(name: str) -> TypeModel | None:
    ref = resources.files("sitrep.data").joinpath(name)
    if not ref.is_file():
        return None
    with ref.open("rb") as f:
        return TypeModel.load(f)


@lru_cache(maxsize=1)
def load_model() -> TypeModel | None:
    """The shipped model, or None when the package holds none (the rules then decide alone)."""
    return _load(MODEL_FILE)


@lru_cache(maxsize=1)
def load_head() -> TypeModel | None:
    """The shipped event-type head (classes: the six event types and NONE), or None when absent."""
    return _load(HEAD_FILE)


@lru_cache(maxsize=1)
def load_style() -> TypeModel | None:
    """The shipped style gate (classes ``news`` and ``note``: is a short text written the way an ACLED
    coder's note or a headline is, or the way news is), or None when absent."""
    return _load(STYLE_FILE)
