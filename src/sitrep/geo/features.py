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

#: a possessive ends the name before it: after a country the mention names ("Pakistan's North
#: Waziristan") a reading in that country is no part of a longer name ("New Year's Eve" is)
POSSESSIVE = ("'s", "\u2019s")


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
                            and before.lower() not in words("feature_prepositions")
                            # "Pakistan's North Waziristan": a named country's possessive
                            and not (before.endswith(POSSESSIVE) and p.iso2 in countries)),
        # (not the reading's own country after it: "Maiduguri Nigeria", "North Waziristan Pakistan")
        "cap_after": float(bool(after) and after[:1].isupper() and not (
            bool(p.country) and text[e:e + 60].lstrip(" \t").startswith(str(p.country)))),
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


# ------------------------------------------------------------------------------------------
# candidate ranking: one toponym, its gazetteer candidates
# ------------------------------------------------------------------------------------------
#: the largest log10(population) a candidate's size counts for
LOG_POP_CAP = 7.0
#: the longest name in capitals read as a possible abbreviation ("EU", "UN"), not a town's name
CAPITALS_MAX = 3


@lru_cache(maxsize=1)
def _ranker() -> dict:
    data = json.loads(read_text("toponym_ranker.json"))
    if set(data["prior"]) != set(data["features"]) or len(data["weights"]) != len(data["features"]):
        raise ValueError("data/toponym_ranker.json: features, weights and prior disagree")
    return data


@lru_cache(maxsize=1)
def rank_features() -> tuple[str, ...]:
    """The ranker's feature names, in the order of its weights (``data/toponym_ranker.json``)."""
    return tuple(_ranker()["features"])


def candidate_features(p: Place, level: str, text: str, ctx) -> dict[str, float]:  # noqa: ANN001
    """The named features of candidate ``p`` for a toponym written ``text`` whose qualifier
    asks for ``level`` (``geo_lexicon.yaml: qualifiers``: "X province" -> admin1, "X district"
    -> admin2); ``ctx``: the mention's context (``resolve._Context``: target country, named
    countries, admin units, document prior). The features (docs/rules/places.md):
    ``<level>_asked_<kind>`` the level the qualifier asks for against the entry's kind;
    ``bare_<kind>`` no qualifier; ``country`` / ``continent`` / ``region`` the entry's kind;
    ``log_pop`` min(log10(population + 1), 7); ``target_country[_weak]`` the entry lies in
    the country the text names or the context's (weak: a weak majority);
    ``other_named_country``; ``outside_target[_weak]`` there is a target and the entry lies
    elsewhere; ``mention_admin`` / ``mention_admin2`` inside a unit the mention names;
    ``context_admin1`` inside the context's province; ``doc_admin1_share`` the document's
    region prior for its unit; ``main_name`` the text is the entry's own name;
    ``capitals_not_name`` a short name in capitals ("EU") whose entry is not so written;
    ``group_country`` the share of the document's named armed groups that operate in the
    entry's country (``DocContext.group_countries``); ``capital`` a national capital called by
    its own name (not "Philadelphia" for Amman); ``doc_neighbours`` the document's other place
    names with a candidate near this one (``doc_neighbours``)."""
    text_key = name_key(text)
    f = dict.fromkeys(rank_features(), 0.0)
    if level == "admin1":
        f["admin1_asked_admin1"] = float(p.is_admin1)
        f["admin1_asked_town"] = float(p.is_populated and not p.is_admin1)
    elif level in ("admin2", "admin3"):
        f["admin2_asked_admin2"] = float(p.is_admin2)
        f["admin2_asked_town"] = float(p.is_populated and not p.is_admin2)
    elif level == "place":
        f["place_asked_town"] = float(p.is_populated)
        f["place_asked_other"] = float(not p.is_populated)
    else:
        f["bare_town"] = float(p.is_populated)
        f["bare_admin1"] = float(p.is_admin1 and not p.is_populated)
        f["bare_admin2"] = float(p.is_admin2 and not p.is_populated)
    f["country"] = float(p.is_country)
    f["continent"] = float(p.is_continent)
    f["region"] = float(p.is_region and not p.is_continent)
    f["log_pop"] = min(math.log10(p.population + 1), LOG_POP_CAP)
    target = next(iter(ctx.countries)) if len(ctx.countries) == 1 else ctx.iso2
    if target:
        soft = ctx.soft and target == ctx.iso2 and not ctx.countries
        if p.iso2 == target:
            f["target_country_weak" if soft else "target_country"] = 1.0
        elif p.iso2 in ctx.also or p.iso2 in ctx.countries:
            f["other_named_country"] = 1.0
        elif not (p.is_continent or (p.is_region and not p.iso2)):
            f["outside_target_weak" if soft else "outside_target"] = 1.0
    if p.admin1_code and (p.iso2, p.admin1_code) in ctx.admins and not p.is_admin1:
        f["mention_admin"] = 1.0
    elif ctx.admin1 and p.admin1_code == ctx.admin1 and p.iso2 == ctx.iso2:
        f["context_admin1"] = 1.0
    elif ctx.prior and p.admin1_code and not p.is_country:
        f["doc_admin1_share"] = ctx.prior.get((p.iso2, p.admin1_code), 0.0)
    if p.admin2_code and (p.iso2, p.admin1_code or "", p.admin2_code) in ctx.admin2s and not p.is_admin2:
        f["mention_admin2"] = 1.0
    if p.iso2 and not p.is_continent:
        f["group_country"] = ctx.groups.get(p.iso2, 0.0)
    if ctx.cells and (p.is_populated or p.is_admin2):
        f["doc_neighbours"] = doc_neighbours(p, text_key, ctx.cells)
    f["main_name"] = float(name_key(p.name) == text_key)
    f["capital"] = float(p.feature_code == "PPLC" and f["main_name"] > 0)
    # an abbreviation in capitals is not the entry's name when the entry is not written so
    f["capitals_not_name"] = float(len(text) <= CAPITALS_MAX and text.isupper() and not p.name.isupper()
                                   and not (p.is_country or p.is_region or p.is_admin1))
    return f


#: the number of other names near a candidate at which ``doc_neighbours`` is full
NEIGHBOURS_FULL = 3


def cell_of(lat: float, lon: float) -> tuple[int, int]:
    """The 1-degree cell of a point (about 111 km north-south)."""
    return math.floor(lat), math.floor(lon)


def doc_neighbours(p, text_key: str, cells: dict[tuple[int, int], frozenset[str]]) -> float:  # noqa: ANN001
    """How many of the document's other place names have a town or district in the candidate's
    cell or the eight around it, up to :data:`NEIGHBOURS_FULL`, as a share."""
    la, lo = cell_of(p.latitude, p.longitude)
    near: set[str] = set()
    for da in (-1, 0, 1):
        for do in (-1, 0, 1):
            near |= cells.get((la + da, lo + do), frozenset())
    near.discard(text_key)
    return min(len(near), NEIGHBOURS_FULL) / NEIGHBOURS_FULL


@lru_cache(maxsize=1)
def rank_weights() -> tuple[float, ...]:
    """The ranker's weights, in :func:`rank_features` order (the prior unless fitted by
    ``python benchmarks/train_toponyms.py --fit-ranker``)."""
    return tuple(float(w) for w in _ranker()["weights"])


def candidate_score(features: dict[str, float]) -> float:
    """A candidate's score: the weighted sum of its named features."""
    return sum(w * features[k] for k, w in zip(rank_features(), rank_weights()))
