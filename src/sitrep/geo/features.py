"""Named features of a toponym reading (a toponym and the gazetteer entry it resolved to), and
the learned model that scores them.

The features are computed here and only here; the weights are fitted on gold by
``python benchmarks/train_toponyms.py`` (logistic regression, fixed seed, on the geoparsing
``tune`` documents and realworld-dev ``tune`` records) and shipped as
``data/toponym_model.json`` (feature names, weights, intercept, threshold: no text).
``resolve._choose`` drops a suspect reading (``judged``) whose probability is below the
threshold, in event mentions only: a common word or
a part of a longer name that a namesake village elsewhere happens to carry ("Justice" of
"Justice Ministry", "Battle" of "Battle of Mosul", "Congo" in Brazil beside "North Kivu").
Countries, continents, named regions and qualified names ("Zorbagh village") are never dropped.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

from ..model import Toponym
from ..resources import read_text
from .gazetteer import Place
from .lexicon import words
from .schema import name_key

#: feature names, in the model's order
FEATURES = (
    "log_pop",           # log10(population + 1) of the entry
    "populated",         # a town or village
    "admin",             # a first- or second-level unit
    "main_name",         # the text is the entry's own name, not one of its alternate names
    "tokens",            # words in the toponym
    "log_candidates",    # log2(1 + entries known by this name)
    "same_country",      # the entry lies in the context / named country
    "other_country",     # there is a context country and the entry lies elsewhere
    "cap_before",        # a capitalised word just before (part of a longer name)
    "cap_after",         # a capitalised word just after ("Justice Ministry", "Old Bailey")
    "of_after",          # followed by "of" ("Battle of Mosul", "Liberation of")
    "prep_before",       # after in/at/near/from/to/outside/of
    "sentence_start",    # first word of a sentence
    "fuzzy",             # found by fuzzy matching
)

def _word_before(text: str, start: int) -> str:
    i = start - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    j = i
    while j >= 0 and (text[j].isalnum() or text[j] in "'-"):
        j -= 1
    return text[j + 1:i + 1] if i >= 0 and i - j > 0 and i >= j + 1 else ("." if i >= 0 and text[i] in ".!?\n" else "")


def _word_after(text: str, end: int) -> str:
    i = end
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    j = i
    while j < n and (text[j].isalnum() or text[j] in "'-"):
        j += 1
    return text[i:j]


def toponym_features(t: Toponym, p: Place, n_candidates: int, text: str | None,
                     context_iso2: str | None, countries: set[str], fuzzy: bool) -> dict[str, float]:
    s, e = t.evidence.start, t.evidence.end
    before = _word_before(text, s) if text else ""
    after = _word_after(text, e) if text else ""
    target = set(countries) or ({context_iso2} if context_iso2 else set())
    return {
        "log_pop": min(math.log10(p.population + 1), 7.0),
        "populated": float(p.is_populated),
        "admin": float(p.is_admin1 or p.is_admin2),
        "main_name": float(name_key(p.name) == name_key(t.text)),
        "tokens": float(min(len(t.text.split()), 4)),
        "log_candidates": math.log2(1 + n_candidates),
        "same_country": float(bool(target) and p.iso2 in target),
        "other_country": float(bool(target) and p.iso2 not in target),
        "cap_before": float(bool(before) and before[:1].isupper() and before != "."
                            and before.lower() not in words("feature_prepositions")),
        "cap_after": float(bool(after) and after[:1].isupper()),
        "of_after": float(after == "of"),
        "prep_before": float(before.lower() in words("feature_prepositions")),
        "sentence_start": float(before in ("", ".")),
        "fuzzy": float(fuzzy),
    }


@lru_cache(maxsize=1)
def model() -> dict | None:
    """The fitted model (``data/toponym_model.json``), or None before one is trained."""
    try:
        data = json.loads(read_text("toponym_model.json"))
    except (FileNotFoundError, OSError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None  # trained on other features: retrain (benchmarks/train_toponyms.py)
    return data


def probability(features: dict[str, float]) -> float | None:
    m = model()
    if m is None:
        return None
    z = m["intercept"] + sum(w * features[f] for f, w in zip(m["features"], m["weights"]))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def judged(features: dict[str, float]) -> bool:
    """The model judges only suspect readings: glued to another capitalised word or followed
    by "of" (part of a longer name: "Justice Ministry", "Old Bailey", "Battle of Mosul").
    (Judging sentence-initial words too was tried: dev-gold and held-out places fell, labels
    such as "Marib - In the last week" open their line.)
    Other readings are kept: many conflict towns carry no population in GeoNames, which the
    model would read as weak evidence, and a place abroad may be right in a multi-country
    report (a namesake elsewhere is handled by the country the mention agrees on)."""
    return any(features[k] > 0 for k in ("cap_before", "cap_after", "of_after"))


def exempt(t: Toponym, p: Place) -> bool:
    """Readings the model never drops: countries, continents, named regions, qualified names."""
    return (p.is_country or p.is_continent or p.is_region or t.kind in ("country", "region")
            or bool(t.qualifier) or any(r.startswith(("places:qualifier", "places:prefix"))
                                        for r in t.rules))
