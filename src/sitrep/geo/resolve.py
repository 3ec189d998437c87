"""Toponyms + document context -> one place per event (GeoNames names, coordinates, precision).

Stages (Mordecai-style, with a "no match" option at every step; docs/rules/places.md):

1. **context** (:func:`resolve_context`): the document's country from a dateline ("KABUL,
   Afghanistan (Reuters) -") and from the countries / nationality adjectives / unambiguous
   places it names; each section header's place ("Nangarhar Province", "Iraq:", a group's
   self-declared region such as "Wilayat Khurasan" via ``data/group_regions.yaml``);
2. **candidates**: gazetteer entries for each toponym (aliases included; rapidfuzz over the
   places of the context admin1 only when nothing matched exactly);
3. **ranking**: context country and admin1, admin-hierarchy consistency with the other
   toponyms of the mention ("a village of Achin district, Nangarhar province"), the qualifier
   (province -> admin1, district -> admin2, village -> populated place), population;
4. **choice** (:func:`resolve_mention`): the most specific resolved toponym; "near X" gives
   geo_precision 2, a district alone 2, a province/region alone 3 (centroid), nothing at all ->
   the context's country/admin1 with precision 3.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from ..model import (
    DocContext,
    Document,
    Evidence,
    GeoPrecision,
    Mention,
    PlaceValue,
    Section,
    Toponym,
    place_key,
)
from ..resources import load_yaml
from . import features as F
from .datelines import (
    dateline_of,
    dateline_places,
    dateline_span,
    dateline_unit,
    local_dateline_town,
    trailing_unit,
    written_unit,
)
from .distance import haversine_km
from .gazetteer import Gazetteer, Place
from . import mention_cues as cues
from .lexicon import (
    FOREIGN_PREMISES,
    GROUP_NAME,
    LOCATIVE,
    PLACE_CUES,
    TITLE_EVENT,
    TOPONYMS,
    UNIT_AFTER,
    continent_demonyms,
    country_cues,
    demonyms,
    name_marks,
    part_levels,
    pattern,
    qualifier_level,
    qualifier_levels,
    weak_place_cue,
    word_pattern,
    words,
)
from .schema import clean_admin_name, name_key



def seat_name(name: str | None) -> str | None:
    """A district seat's name as places are written: 'Markaz-e Woluswali-ye Achin' -> 'Achin'.

    GeoNames names some seats "centre of the district of X" / "government (seat) of X"
    (``seat_prefixes`` in data/geo_lexicon.yaml); the output location is X.
    """
    if not name:
        return name
    rx = word_pattern("seat_prefix")
    out = rx.sub("", name, count=1)
    return out or name


def ascii_name(name: str | None) -> str | None:
    """Gazetteer name in plain ASCII letters ("Tall ‘Afar" -> "Tall Afar")."""
    if not name:
        return name
    s = unicodedata.normalize("NFKD", name.translate(name_marks()))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return " ".join(s.split())


# ------------------------------------------------------------------------------------------
# group self-declared regions
# ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GroupRegion:
    iso2: str
    admin1: str | None
    also: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def group_regions() -> dict[str, GroupRegion]:
    out: dict[str, GroupRegion] = {}
    for entry in (load_yaml("group_regions.yaml") or {}).get("regions", []):
        reg = GroupRegion(entry["country"], entry.get("admin1"), tuple(entry.get("also") or ()))
        for n in entry["names"]:
            out.setdefault(name_key(n), reg)
    return out


def group_region(text: str) -> GroupRegion | None:
    """A header or phrase naming a group's self-declared region ("Wilayat Khurasan")."""
    m = pattern("region_words").match(text.strip())
    core = m.group(1) if m else text
    key = name_key(core)
    hit = group_regions().get(key)
    if hit is None:
        for art in ("al ", "el "):
            if key.startswith(art):
                hit = group_regions().get(key[len(art):])
    return hit


# ------------------------------------------------------------------------------------------
# helpers
# ------------------------------------------------------------------------------------------
def iso2_of(place: PlaceValue | None, gazetteer) -> str | None:  # noqa: ANN001
    if place is None or not (place.iso3 or place.country):
        return None
    c = gazetteer.country(place.iso3 or place.country)
    return c.iso2 if c else None


def _admin1_code(place: PlaceValue | None, iso2: str | None, gazetteer) -> str | None:  # noqa: ANN001
    if place is None or not place.admin1 or not iso2:
        return None
    for p in gazetteer.lookup(place.admin1, iso2=iso2, limit=20):
        if p.is_admin1:
            return p.admin1_code
    return None


def _level(t: Toponym) -> str:
    return qualifier_level(t.qualifier)


def demonym_names_place(t: Toponym, text: str | None) -> bool:
    """A nationality word that modifies a place noun: "the northern Iraqi city of", "the
    Cameroonian town of" is a country the text names for that place
    (``geo_lexicon.yaml: qualifier_prefixes``), not a party's nationality ("Armenian secret
    services", "a Palestinian assailant")."""
    if not text or t.qualifier != "demonym":
        return False
    return word_pattern("demonym_place").match(text[t.evidence.end:t.evidence.end + 40]) is not None


def _entry_name(p: Place) -> str:
    """A gazetteer entry's own name as a record writes it (ASCII, a seat's suffix dropped): ``location`` unless the
    text spells the entry otherwise, and always ``gazetteer_name``."""
    return seat_name(ascii_name(p.name))


def place_value(
    p: Place,
    precision: GeoPrecision,
    evidence: list[Evidence],
    rules: list[str],
    gazetteer,  # noqa: ANN001
) -> PlaceValue:
    """A PlaceValue from a gazetteer entry (names from the gazetteer, in ASCII; a country's
    name without a leading article: "Netherlands", as ACLED and UCDP write it)."""
    country = p.country[4:] if p.country and p.country.startswith("The ") else p.country
    iso3 = p.iso3
    if p.is_country:
        return PlaceValue(
            country=country or p.name, iso3=iso3, latitude=p.latitude, longitude=p.longitude,
            geo_precision=precision, geonameid=p.real_id, evidence=evidence, rules=rules,
        )
    admin1 = ascii_name(p.admin1) if p.admin1 else (ascii_name(p.name) if p.is_admin1 else None)
    admin2 = ascii_name(p.admin2) if p.admin2 else (ascii_name(p.name) if p.is_admin2 else None)
    name = _entry_name(p)
    return PlaceValue(
        country=country,
        iso3=iso3,
        admin1=admin1,
        admin2=admin2,
        location=name,
        gazetteer_name=name,
        latitude=round(p.latitude, 5),
        longitude=round(p.longitude, 5),
        geo_precision=precision,
        geonameid=p.real_id,
        evidence=evidence,
        rules=rules,
    )


# ------------------------------------------------------------------------------------------
# candidate ranking
# ------------------------------------------------------------------------------------------
@dataclass
class _Context:
    iso2: str | None = None
    admin1: str | None = None  # admin1 code
    also: tuple[str, ...] = ()
    admins: set[tuple[str, str]] = field(default_factory=set)  # (iso2, admin1) in the mention
    admin2s: set[tuple[str, str, str]] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)  # countries named in the mention
    soft: bool = False  # the document's country is only a weak majority of its places
    prior: dict[tuple[str, str], float] = field(default_factory=dict)  # document admin1 shares
    cells: dict[tuple[int, int], frozenset[str]] = field(default_factory=dict)  # DocContext.place_cells
    groups: dict[str, float] = field(default_factory=dict)  # named groups' countries -> share


def _score(p: Place, t: Toponym, ctx: _Context) -> float:
    """A candidate's score: its named features (``features.candidate_features``) weighed by the
    ranker (``data/toponym_ranker.json``)."""
    return F.candidate_score(F.candidate_features(p, _level(t), t.text, ctx))


#: below this score a foreign best candidate against a clear context is no match (set on the
#: prior weights' scale; a fit is pulled towards them, so it keeps that scale)
WEAK_MATCH = 2.0


def _candidates(t: Toponym, ctx: _Context, gazetteer) -> list[tuple[float, Place, str]]:  # noqa: ANN001
    cands = gazetteer.lookup(t.text, limit=300)
    rule = "geo:exact"
    if not cands and (ctx.iso2 or ctx.admin1) and not weak_place_cue(t.rules):
        cands = _fuzzy(t.text, ctx, gazetteer, _level(t) in ("admin1", "admin2"))
        rule = "geo:fuzzy"
    ranked = sorted(((_score(p, t, ctx), p, rule) for p in cands), key=lambda x: -x[0])
    if RANK_RECORD is not None:
        level = _level(t)
        RANK_RECORD.append((t, [(p, F.candidate_features(p, level, t.text, ctx)) for p in cands]))
    if ranked and ctx.admin1 and ctx.iso2:
        # the province the context names outranks a minor namesake elsewhere ("Muqur
        # district" under "Ghazni Province" is Ghazni's Muqur, not Badghis's district)
        top = ranked[0][1]
        if top.admin1_code != ctx.admin1 and not _prominent(top) and not top.is_country:
            alt = next((x for x in ranked if x[1].iso2 == ctx.iso2 and x[1].admin1_code == ctx.admin1
                        and not x[1].is_admin1), None)
            if alt is not None:
                ranked = [alt, *[x for x in ranked if x is not alt]]
    if ranked and ranked[0][1].is_admin1 and not _level(t):
        # a bare name that is both a province and its namesake town ("Basra", "Ghazni",
        # "San Salvador") is the town
        top = ranked[0][1]
        names = {name_key(t.text), name_key(top.name)}
        for sc, q, r in ranked[1:]:
            # the namesake town: same name, or a sizeable town of the unit known by it
            # (not a village whose variant spelling matches: "Minnesota" / Minneota)
            if q.is_populated and q.iso2 == top.iso2 and q.admin1_code == top.admin1_code and (
                name_key(q.name) in names or q.population >= 20_000
            ):
                return [(ranked[0][0] + 0.01, q, r), *[x for x in ranked if x[1] is not q]]
    if ranked and ranked[0][1].is_admin2 and (_level(t) in ("", "place") or _level(t) in part_levels()):
        # the same for a district and its namesake seat ("Lawdar", "Mudiyah"; "Tall Afar
        # district" is placed at Tall Afar, precision 2): a town of the same province known by
        # the same name (GeoNames spells district and town apart: "Tel Afar" / "Tall 'Afar",
        # "Baiji" / "Bayji", "Oicha" / "Hyosha")
        top = ranked[0][1]
        for sc, q, r in ranked[1:]:
            if q.is_populated and q.iso2 == top.iso2 and q.admin1_code == top.admin1_code:
                return [(ranked[0][0] + 0.01, q, r), *[x for x in ranked if x[1] is not q]]
    return ranked


def _fuzzy(text: str, ctx: _Context, gazetteer: Gazetteer, admin_level: bool = False) -> list[Place]:
    """rapidfuzz over the context admin1's places (or the country's largest ones) only; for
    "Hiraan region" the country's admin1 names too ("Hiiraan")."""
    if not ctx.iso2 or len(text) < 4:
        return []
    keys, pool = gazetteer.name_pool(ctx.iso2, ctx.admin1, with_admin1=admin_level)
    if not pool:
        return []
    hits = process.extract(name_key(text), keys, scorer=fuzz.ratio, score_cutoff=88, limit=3)
    return [pool[i] for _, _, i in hits]


# ------------------------------------------------------------------------------------------
# mentions
# ------------------------------------------------------------------------------------------
def _specificity(p: Place) -> int:
    if p.is_populated:
        return 0
    if p.is_admin2:
        return 1
    if p.is_admin1 or p.is_region:
        return 2
    if p.is_country:
        return 4
    if p.is_continent:
        return 5
    return 1  # other features (areas, mountains...) sit between towns and districts


def _context_for(mention: Mention | None, dctx: DocContext | None, gazetteer) -> tuple[_Context, PlaceValue | None]:  # noqa: ANN001
    base = None
    if dctx is not None:
        if mention is not None:
            base = dctx.section_places.get(mention.section)
        base = base or dctx.doc_place
    c = _Context()
    if base is not None:
        c.iso2 = iso2_of(base, gazetteer)
        c.admin1 = _admin1_code(base, c.iso2, gazetteer)
        c.also = tuple(r.split("=", 1)[1] for r in base.rules if r.startswith("geo:also="))
        c.soft = "geo:doc-country-weak" in base.rules and base is (dctx.doc_place if dctx else None)
    if dctx is not None:
        c.prior = dict(dctx.place_prior)
        c.cells = dctx.place_cells
        c.groups = dict(dctx.group_countries)
    return c, base


#: the document's first characters that its context (country votes, region prior) is read from
CONTEXT_CHARS = 20_000


def doc_admin1_prior(doc: Document, gazetteer: Gazetteer, doc_iso2: str | None,
                     tops: list[Toponym],
                     dateline: tuple[Place | None, Place | None] | None = None) -> dict[tuple[str, str], float]:
    """The document's first-level units, (iso2, admin1 code) -> share of the votes: a unit
    named by its own name or abbreviation ("Georgia", "Ga.") or after a comma ("Dublin, Ga.")
    counts 2, a place whose sizeable namesakes all lie in one unit counts 1; a name once placed
    by the unit after it counts for that unit wherever it recurs. A unit needs a
    weight of 2 and the shares are over those units only ("Dublin" in a report that names
    Georgia is Georgia's Dublin: ``geo:doc-admin1``). ``tops``: the toponyms of the
    document's first :data:`CONTEXT_CHARS` characters; ``dateline``: the
    :func:`dateline_unit` already read (else it is read here). Computed once per document
    (``pipeline.build_context``) and kept in ``DocContext.place_prior``."""
    votes: dict[tuple[str, str], float] = {}
    # one sense per document: a name placed once by the unit after it ("Santa Ana,
    # California") is that place wherever it recurs, not the namesake unit elsewhere
    # the unit written after each toponym, looked up once (None for countries and demonyms)
    after = [trailing_unit(doc.text, t.evidence.end, gazetteer)
             if t.kind != "country" and t.qualifier != "demonym" else None for t in tops]
    placed: dict[str, Place] = {}
    for t, unit in zip(tops, after):
        if unit is not None and unit.is_admin1 and unit.admin1_code:
            placed.setdefault(name_key(t.text), unit)
    for t, unit in zip(tops, after):
        if t.qualifier == "demonym":
            continue
        k = name_key(t.text)
        if k in placed:
            u = placed[k]
            votes[(u.iso2, u.admin1_code)] = votes.get((u.iso2, u.admin1_code), 0.0) + 2.0
            continue
        cands = gazetteer.lookup(t.text, limit=50)
        units = [p for p in cands if p.is_admin1 and (name_key(p.name) == k or "." in t.text)]
        if t.kind == "country":
            # a country name is a unit only when the document is about that unit's country
            units = [p for p in units if doc_iso2 and p.iso2 == doc_iso2 and not
                     (gazetteer.country(t.text) or p).iso2 == doc_iso2]
        if len({(p.iso2, p.admin1_code) for p in units}) == 1 and units[0].admin1_code and not any(
                p.is_populated and p.population > units[0].population and name_key(p.name) == k
                and (p.iso2, p.admin1_code) != (units[0].iso2, units[0].admin1_code) for p in cands):
            # (not when a larger city elsewhere bears the name: "Santiago" is Chile's capital
            # before the Dominican province, which must not vote for itself)
            u = units[0]
            votes[(u.iso2, u.admin1_code)] = votes.get((u.iso2, u.admin1_code), 0.0) + 2.0
            continue
        if t.kind == "country":
            continue
        if unit is not None and unit.is_admin1 and unit.admin1_code:
            votes[(unit.iso2, unit.admin1_code)] = votes.get((unit.iso2, unit.admin1_code), 0.0) + 2.0
            continue
        where = {(p.iso2, p.admin1_code) for p in cands
                 if (p.population >= 1000 or p.is_admin2) and not p.is_country and p.admin1_code}
        if len(where) == 1 and not any(p.is_country or p.is_continent or p.is_region for p in cands):
            w = next(iter(where))
            votes[w] = votes.get(w, 0.0) + 1.0
    unit, _ = dateline if dateline is not None else dateline_unit(doc, gazetteer)
    if unit is not None:
        # the dateline's unit ("HORN LAKE, Miss. --", "PHILADELPHIA (CBS) --"): where a local
        # paper files its report, the strongest single cue
        k = (unit.iso2, unit.admin1_code)
        votes[k] = votes.get(k, 0.0) + DATELINE_VOTE
    strong = {k: v for k, v in votes.items() if v >= 2.0}
    total = sum(strong.values())
    return {k: v / total for k, v in strong.items()} if total else {}


def doc_place_cells(gazetteer: Gazetteer, tops: list[Toponym]) -> dict[tuple[int, int], frozenset[str]]:
    """Where the document's place names may lie: each 1-degree cell (``features.cell_of``) ->
    the name keys of the document's toponyms (``tops``: its first :data:`CONTEXT_CHARS`; not
    countries or nationality words) with a town or district of that name there (the 50
    largest). A candidate near other names' candidates is the reading of a document about one
    area (feature ``doc_neighbours``: Alexandria, Nelson and Kensington of a Minnesota paper).
    Computed once per document and kept in ``DocContext.place_cells``."""
    cells: dict[tuple[int, int], set[str]] = {}
    for key, text in {name_key(t.text): t.text for t in tops
                      if t.kind != "country" and t.qualifier != "demonym"}.items():
        for p in gazetteer.lookup(text, limit=50):
            if p.is_populated or p.is_admin2:
                cells.setdefault(F.cell_of(p.latitude, p.longitude), set()).add(key)
    return {k: frozenset(v) for k, v in cells.items()}


#: the dateline's first-level unit in the document's region prior (a unit named once counts 2)
DATELINE_VOTE = 4.0
#: the share of the region prior at which its first unit is the document's own
DOMINANT_SHARE = 0.5


def _choose(toponyms: list[Toponym], c: _Context, gazetteer, text: str | None = None,  # noqa: ANN001, ANN202
            learned: bool = False):
    """Resolve toponyms against context; returns [(toponym, best place, score, rule)].
    ``learned``: the toponym model may drop a reading (event mentions; a single toponym that
    is known to be a place, as in ``resolve_toponym``, keeps its best reading)."""
    # explicit countries in the mention steer everything else
    toponyms = [_as_context_admin1(t, c, gazetteer) for t in toponyms]
    for t in toponyms:
        if t.kind == "country":
            code = cues.demonym_iso2(t)
            if code is not None and demonym_names_place(t, text):
                c.countries.add(code)  # "the Iraqi city of Balad Ruz"
            if code is None:
                cp = gazetteer.country(t.text)
                code = cp.iso2 if cp else None
                if code:
                    c.countries.add(code)
    # pass 1: regions (admin units) fix the hierarchy for the places
    resolved: dict[int, tuple[Place, float, str]] = {}
    order = sorted(range(len(toponyms)), key=lambda i: 0 if toponyms[i].kind == "region" else 1)
    for i in order:
        t = toponyms[i]
        if t.kind == "country":
            continue
        cands = _candidates(t, c, gazetteer)
        if not cands:
            continue
        score, p, rule = cands[0]
        if c.iso2 and p.iso2 != c.iso2 and score < WEAK_MATCH and p.iso2 not in c.countries \
                and not (_prominent(p) and (name_key(p.name) == name_key(t.text) or p.is_country)):
            continue  # a weak foreign match against a clear context: no match
        if (learned or RECORD is not None) and not _reading_ok(t, p, len(cands), text, c, rule):
            continue  # the learned model: a common word or part of a longer name
        resolved[i] = (p, score, rule)
        if p.is_admin1:
            c.admins.add((p.iso2, p.admin1_code or ""))
        elif p.is_admin2:
            c.admins.add((p.iso2, p.admin1_code or ""))
            c.admin2s.add((p.iso2, p.admin1_code or "", p.admin2_code or ""))
    # pass 2: re-rank places now that the mention's admin units are known
    if c.admins:
        for i, t in enumerate(toponyms):
            if i in resolved and not (resolved[i][0].is_admin1 or resolved[i][0].is_admin2):
                cands = _candidates(t, c, gazetteer)
                if cands:
                    resolved[i] = (cands[0][1], cands[0][0], cands[0][2])
    return resolved


#: set by benchmarks/train_toponyms.py: every reading's features are appended here
RECORD: list | None = None
#: set by benchmarks/train_toponyms.py: every candidate list (toponym, [(entry, features)])
RANK_RECORD: list | None = None


def _reading_ok(t: Toponym, p: Place, n: int, text: str | None, c: _Context, rule: str) -> bool:
    """The learned toponym model (geo/features.py) keeps or drops one reading."""
    if RECORD is None and (F.model() is None or F.exempt(t, p)):
        return True
    f = F.toponym_features(t, p, n, text, c.iso2, c.countries, rule == "geo:fuzzy")
    if RECORD is not None:
        RECORD.append((t, p, f))
        return True
    if F.exempt(t, p) or not F.judged(f):
        return True
    prob = F.probability(f)
    return prob is None or prob >= F.model()["threshold"]


def _prominent(p: Place) -> bool:
    """A place readers know without context: a country, continent, sizeable first-level unit
    or a city of 100,000 or more. Called by its own name, it is never dropped as a stray
    foreign match ("London" in a report on China)."""
    return p.is_country or p.is_continent or p.is_region or (p.is_admin1 and p.population >= 1_000_000) or (
        p.is_populated and p.population >= 100_000)


def _as_context_admin1(t: Toponym, c: _Context, gazetteer) -> Toponym:  # noqa: ANN001
    """A country name that is also a first-level unit of the context country ("Georgia" in a
    US report) is that unit."""
    if t.kind != "country" or cues.demonym_iso2(t) or not c.iso2:
        return t
    cp = gazetteer.country(t.text)
    if cp is None or cp.iso2 == c.iso2:
        return t
    key = name_key(t.text)
    if any(p.is_admin1 and name_key(p.name) == key for p in gazetteer.lookup(t.text, iso2=c.iso2, limit=20)):
        return t.model_copy(update={"kind": "region", "rules": [*t.rules, "geo:country-name-is-admin1"]})
    return t


def resolve_toponym(
    t: Toponym, ctx: DocContext | None, mention: Mention | None, gazetteer  # noqa: ANN001
) -> PlaceValue | None:
    """One toponym -> its own gazetteer entry (no fallback to the context's place): toponym
    resolution as the geoparsing benchmarks score it. Nationality adjectives give their
    country; "Town, State" uses the state; continents are places here."""
    code = cues.demonym_iso2(t) or demonyms().get(t.text.strip())
    if code:
        cp = gazetteer.country(code)
        return place_value(cp, GeoPrecision.REGION, [t.evidence], ["geo:demonym-country"],
                           gazetteer) if cp is not None else None
    continent = continent_demonyms().get(t.text.strip())
    if continent is not None:
        # "European", "Asian": the continent, never a country
        cont = next((p for p in gazetteer.lookup(continent, limit=20) if p.is_continent), None)
        return place_value(cont, GeoPrecision.REGION, [t.evidence], ["geo:demonym-continent"],
                           gazetteer) if cont is not None else None
    c, _ = _context_for(mention, ctx, gazetteer)
    if ctx is not None and ctx.doc is not None and t.kind != "country":
        unit = trailing_unit(ctx.doc.text, t.evidence.end, gazetteer)
        if unit is not None:
            if unit.is_country:
                c.countries.add(unit.iso2)
            else:
                c.admins.add((unit.iso2, unit.admin1_code or ""))
                c.countries.add(unit.iso2)
    resolved = _choose([t], c, gazetteer,
                       ctx.doc.text if ctx is not None and ctx.doc is not None else None)
    if resolved:
        p, _, rule = resolved[0]
        spec = _specificity(p)
        precision = (GeoPrecision.PLACE if spec == 0 else
                     GeoPrecision.NEAR if spec == 1 else GeoPrecision.REGION)
        return place_value(p, precision, [t.evidence], [rule, *t.rules], gazetteer)
    if t.kind == "country":
        cp = gazetteer.country(t.text)
        if cp is not None:
            return place_value(cp, GeoPrecision.REGION, [t.evidence], ["geo:country-named"], gazetteer)
    return None


#: "the Iraqi capital Baghdad": the capital's name within this many characters after the
#: nationality word names the capital itself
CAPITAL_NAME_GAP = 12


def _unlisted(toponyms: list[Toponym], gazetteer, text: str | None = None) -> Toponym | None:  # noqa: ANN001
    """The first toponym that a place noun vouches for (a prefix or qualifier: "the village of
    X", "X district"; else a unit after a comma, "Madaen, Iraq"; else a locative word, "in
    Damadola") and that the gazetteer does not know by any spelling."""
    def strength(t: Toponym) -> int:
        return 2 if LOCATIVE in t.rules or TITLE_EVENT in t.rules or (t.kind == "near" and not t.qualifier) \
            else 1 if UNIT_AFTER in t.rules else 0
    for t in sorted(toponyms, key=lambda t: (strength(t), t.evidence.start)):
        # levels finer than a province: a town's noun or a part of a region ("the village of
        # Ngamdu", "Hesarak District", "the al-Sekak area")
        if t.kind in ("country", "road", "header"):
            continue
        if not weak_place_cue(t.rules) and t.kind != "near" and not (_level(t) == "place" or _level(t) in part_levels()):
            continue
        near_only = t.kind == "near" and "places:pattern" in t.rules and not (  # "near Ardboe"
            text is not None and word_pattern("facility_after").match(text, t.evidence.end))
        if not weak_place_cue(t.rules) and not near_only and not any(
                r.startswith(("places:prefix=", "places:qualifier=")) for r in t.rules):
            continue
        if GROUP_NAME in t.rules or not t.text[:1].isupper() or t.text.isupper():
            continue
        if not gazetteer.has_name(t.text):
            return t
    return None


def _with_unlisted(value: PlaceValue | None, t: Toponym | None) -> PlaceValue | None:
    """The event's place when the mention names a place the gazetteer lacks and nothing finer
    than a province (GTD's practice): the name as written in ``location`` (a district's in
    ``admin2``, a sub-district's in ``admin3``), the province's or country's coordinates and
    precision kept, and no GeoNames id. A known town or district, even one the event lies
    near, stays the location (the nearest known place, as ACLED codes it)."""
    if t is None:
        return value
    if value is None:
        # nothing else resolved (no country either): the place by name alone, no coordinates
        return PlaceValue(location=ascii_name(t.text), evidence=[t.evidence], rules=["geo:unlisted-place"])
    if not value.country or value.geo_precision != GeoPrecision.REGION:
        return value
    level = _level(t)
    field_ = level if level in ("admin2", "admin3") else "location"
    if field_ != "location" and getattr(value, field_):
        return value  # the province is itself a second-level unit (Burkina Faso's provinces)
    update = dict(geonameid=None, evidence=_dedupe([*value.evidence, t.evidence]),
                  rules=[*value.rules, "geo:unlisted-place"])
    update[field_] = ascii_name(t.text)
    if field_ == "location":
        update["gazetteer_name"] = None
    return value.model_copy(update=update)


def resolve_mention(
    toponyms: list[Toponym], ctx: DocContext, mention: Mention, gazetteer  # noqa: ANN001
) -> PlaceValue | None:
    """The event's place from its toponyms and the document/section context; a place the
    gazetteer lacks that the text names with its noun is kept by name (``_with_unlisted``)."""
    text = ctx.doc.text if ctx is not None and ctx.doc is not None else None
    value = _with_unlisted(_resolve_mention(toponyms, ctx, mention, gazetteer), _unlisted(toponyms, gazetteer, text))
    value = _with_line_place(_with_sole_town(value, ctx, gazetteer), ctx, mention, gazetteer)
    return as_written(value, gazetteer)


#: segmentation cues of a mention that may take its line's earlier place: none, or the first
#: mention of its section; a cue of a new event ("Meanwhile", "Separately", a new date or
#: place) tells another incident
LINE_PLACE_CUES = (None, "first")


def _one_place(prev: PlaceValue, tops: list[Toponym], ctx: DocContext, before: Mention,
               gazetteer) -> bool:  # noqa: ANN001
    """Every place name of ``tops`` (countries, nationality words and readings in another country
    aside) reads as ``prev`` itself or as a unit holding it (its province or district, or a name
    the text calls a district or province), as the document's sole town asks."""
    for t in tops:
        if t.kind == "country" or t.qualifier == "demonym":
            continue
        v = _resolve_mention([t], ctx, before, gazetteer)
        if v is None or not (v.location or v.admin1 or v.admin2):
            continue
        if v.country and prev.country and v.country != prev.country:
            continue  # a stray reading abroad ("a Woods near ..."), set aside by the line's own context
        same = place_key(v) == place_key(prev) and v.admin1 == prev.admin1
        unit = v.location is None or v.location in (v.admin1, v.admin2) or t.kind == "region" \
            or qualifier_level(t.qualifier) in ("admin1", "admin2", "admin3")  # "the Shali district"
        holds = unit and v.admin1 == prev.admin1 and (
            v.location == v.admin1 or v.admin2 is None or prev.admin2 is None or v.admin2 == prev.admin2)
        if not (same or holds):
            return False
    return True


def _with_line_place(value: PlaceValue | None, ctx: DocContext | None, mention: Mention | None,
                     gazetteer) -> PlaceValue | None:  # noqa: ANN001
    """A mention that names no place finer than a country, opened by no new-event cue
    (``LINE_PLACE_CUES``), takes the place its own line (paragraph) named before it: "Assailants threw a firebomb at a
    police car in Vancouver, Canada. There were no reported casualties in the attack." (the
    second sentence is the event) is Vancouver, as a reader reads it. The earlier text's
    toponyms and weak cues are resolved as a mention of their own; a place in another country
    than the mention's own does not carry over. Rule ``geo:from-line``; a town gets precision 2
    (the event is told apart from the sentence that names it), a province keeps 3."""
    if ctx is None or ctx.doc is None or ctx.annotation is None or mention is None \
            or mention.cue not in LINE_PLACE_CUES or mention.background:
        return value
    if value is not None and (value.admin1 or value.admin2 or value.location
                              or value.geo_precision != GeoPrecision.REGION):
        return value
    text = ctx.doc.text
    end = min([mention.start, *(s.start for s in mention.spans)])
    start = text.rfind("\n", 0, end) + 1
    if end - start < 3:
        return value
    tops = sorted((f.value for group in (TOPONYMS, PLACE_CUES) if group in ctx.annotation.doc.spans
                   for f in ctx.annotation.spans(group, start, end) if f.start + len(f.value.text) <= end),
                  key=lambda t: t.evidence.start)
    if not tops:
        return value
    before = Mention(start=start, end=end, text=text[start:end], section=mention.section,
                     paragraph=mention.paragraph)
    unlisted = _unlisted(tops, gazetteer, text)
    prev = _resolve_mention(tops, ctx, before, gazetteer)
    if prev is None or not prev.country:
        prev = value  # an unlisted name alone: placed in the mention's own country
    prev = _with_unlisted(prev, unlisted)
    if prev is None or prev is value or not (prev.admin1 or prev.admin2 or prev.location):
        return value
    if value is not None and value.iso3 and prev.iso3 and value.iso3 != prev.iso3:
        return value
    if not _one_place(prev, tops, ctx, before, gazetteer):
        return value  # "from Kabul to Jalalabad": two places, neither is the event's by itself
    precision = GeoPrecision.NEAR if prev.geo_precision == GeoPrecision.PLACE else prev.geo_precision
    ev = _dedupe([*prev.evidence, *(value.evidence if value is not None else [])])
    return prev.model_copy(update={"geo_precision": precision, "evidence": ev,
                                   "rules": [*prev.rules, "geo:from-line"]})


def _bare_name(text: str) -> str:
    """A place's evidence text without its place noun: "Pampore town", "Wah Cantonment area",
    "Nineveh Province" -> "Pampore", "Wah Cantonment", "Nineveh" (``qualifiers`` of
    geo_lexicon.yaml, then the admin affixes)."""
    parts = text.split()
    while len(parts) > 1 and parts[-1].lower() in qualifier_levels():
        parts.pop()
    return clean_admin_name(" ".join(parts))


def as_written(value: PlaceValue | None, gazetteer) -> PlaceValue | None:  # noqa: ANN001
    """The location as the text spells it ("Sederot", "Baqouba", "Sana'a"), when one of the place's
    evidence spans, as written or without its place noun ("Kasserine Governorate", "Kasserine"),
    is a name the gazetteer knows the same entry by (its own or alternate names, a spelling group
    of ``place_aliases.yaml``, the spellings ``lookup`` tries: ``lookup`` finds the entry under
    it); the location is then that name without its noun. ``gazetteer_name`` and ``geonameid``
    keep the entry's own name and id, so the place stays one key whatever the spelling. A fuzzy
    match, another place's name, a text in one case only (ALL-CAPS telex) keep the gazetteer's
    name (rule ``geo:text-spelling`` when changed)."""
    if value is None or not value.location or value.gazetteer_name is None or not value.iso3:
        return value
    for ev in value.evidence:
        written = _bare_name(ev.text)
        if not written or written == value.location or written.isupper() or written.islower():
            continue
        if any(p.iso3 == value.iso3 and _entry_name(p) == value.gazetteer_name
               for q in dict.fromkeys((written, " ".join(ev.text.split()))) for p in gazetteer.lookup(q)):
            # (the name alone, or with its noun: "Bogra District" is an alias of the unit,
            # "Bogra" the town's name)
            return value.model_copy(update={"location": written, "rules": [*value.rules, "geo:text-spelling"]})
    return value


def _with_sole_town(value: PlaceValue | None, ctx: DocContext | None, gazetteer) -> PlaceValue | None:  # noqa: ANN001
    """A mention that gives only the document's country (in another sentence than the town, or
    naming only the country) is placed at the document's only town (:func:`_sole_town`; rule
    ``geo:doc-sole-town``, precision 2), as a reader would place it."""
    if ctx is None or ctx.doc is None or (value is not None and (
            value.admin1 or value.location or value.geo_precision != GeoPrecision.REGION)):
        return value
    sole = _unit_of(ctx, gazetteer).sole
    if sole is None or (value is not None and value.iso3 != sole[0].iso3):
        return value
    ev = [sole[1], *(value.evidence if value is not None else [])]
    return place_value(sole[0], GeoPrecision.NEAR, _dedupe(ev), ["geo:doc-sole-town", "geo:from-context"], gazetteer)


def _resolve_mention(
    toponyms: list[Toponym], ctx: DocContext, mention: Mention, gazetteer  # noqa: ANN001
) -> PlaceValue | None:
    beyond = [t for t in toponyms if "places:border-with" in t.rules or FOREIGN_PREMISES in t.rules]
    if beyond and len(beyond) < len(toponyms):
        # "near the border with Mali": the neighbour across the border is not the place; nor
        # is the country whose embassy it is ("near the United States embassy in Lima")
        toponyms = [t for t in toponyms if t not in beyond]
    in_names = [t for t in toponyms if GROUP_NAME in t.rules]
    if in_names:
        # a place word of a group's name ("Liberation Front of Assam") is read only when the
        # mention names no other place, and a nationality word there ("Irish Republican Army")
        # never
        toponyms = [t for t in toponyms if GROUP_NAME not in t.rules or (
            len(in_names) == len(toponyms) and t.qualifier != "demonym")]
    c, base = _context_for(mention, ctx, gazetteer)
    text = ctx.doc.text if ctx is not None and ctx.doc is not None else None
    usable = [t for t in toponyms if t.qualifier != "demonym" or t.kind != "country"]
    demonyms = [t for t in toponyms if t.qualifier == "demonym"]
    allt = usable + demonyms
    resolved = _choose(allt, c, gazetteer, text, learned=True)
    for k in range(len(usable), len(allt)):
        capital = cues.demonym_capital(allt[k], text, gazetteer)
        if capital is not None and not any(  # "the Iraqi capital Baghdad": Baghdad names it
                q.geonameid == capital.geonameid and 0 < allt[j].evidence.start - allt[k].evidence.end <= CAPITAL_NAME_GAP
                for j, (q, _, _) in resolved.items()):
            resolved[k] = (capital, 0.0, "geo:demonym-capital")  # "the Somalian capital": Mogadishu
    if c.groups:
        # a group's name read as a place outside the countries the document's groups operate
        # in ("Moro" of the Moro Islamic Liberation Front, a town in Pakistan) is no place
        resolved = {k: v for k, v in resolved.items()
                    if GROUP_NAME not in allt[k].rules or v[0].iso2 in c.groups}
    if ctx is not None and ctx.doc is not None:
        du = _unit_of(ctx, gazetteer)
        dl = dateline_span(ctx.doc)
        if du.written and du.town is not None and dl is not None and resolved and all(
                dl[0] <= allt[k].evidence.start < dl[1] for k in resolved):
            # the mention names only the dateline's unit ("MACON, Georgia -", the town in
            # capitals): the dateline's town
            return place_value(du.town[0], GeoPrecision.NEAR, [du.town[1]], ["geo:dateline", "geo:doc-town"],
                               gazetteer)
        if du.dateline_key is not None and du.town is not None:
            # one sense per document: in a local paper datelined "LEBANON, Pa." every "Lebanon"
            # is the dateline's town, not the country
            for k, t in enumerate(allt):
                if t.qualifier != "demonym" and name_key(t.text) == du.dateline_key:
                    resolved[k] = (du.town[0], 0.0, "geo:exact")
    outside = _outside_doc_admin1(allt, resolved, c, ctx, gazetteer)
    if outside:
        # a minor place whose reading lies in another first-level unit than the document's own
        # ("Reddick", a town in Florida, in a report datelined "ALIQUIPPA (KDKA) --"): a
        # person's name or a namesake; the mention's other places, else the dateline's town
        resolved = {k: v for k, v in resolved.items() if k not in outside}
        if not resolved:
            anchor = _doc_anchor(ctx, gazetteer, [allt[k].evidence for k in outside])
            if anchor is not None:
                return anchor
    if resolved:
        # most specific first, then text order; roads count as places
        # a town named "near" beats the end points of a road ("on the Kabul-Kandahar highway
        # near Ghazni city")
        dl = dateline_span(ctx.doc) if ctx is not None and ctx.doc is not None else None
        # the dateline ("SAN SALVADOR, 12 JAN -") says where the report was filed: any other
        # place of the mention comes first
        namesakes = _unit_namesakes(resolved)
        # a road's end points yield only to a town named "near" ("the Kabul-Kandahar highway
        # near Ghazni"), not to a place of another sentence ("airlifted to Nairobi")
        has_near = any(allt[k].kind == "near" for k in resolved)
        # the countries the mention agrees on (named countries, its admin units, the context):
        # a namesake elsewhere ("Congo", a town in Brazil, beside "North Kivu") comes after
        agreed = set(c.countries) | {cc for cc, _ in c.admins}
        if c.iso2 and (not agreed or not c.soft):
            # the document's country agrees too, unless it is only a weak majority ("a bus
            # stop in Tel Aviv" beside "the West Bank barrier" in a report on Israel)
            agreed.add(c.iso2)
        if not agreed and len({q.iso2 for q, _, _ in resolved.values() if q.iso2}) > 1:
            # nothing else to go on: the country of the most prominent reading ("the Taverna
            # restaurant in Kabul": Kabul, not a village Taverna in Italy)
            big = max(resolved.values(), key=lambda x: x[0].population)[0]
            if _prominent(big):
                agreed = {big.iso2}
        described = cues.descriptors(allt, resolved, text)
        possessors = cues.unit_possessors(allt, resolved, text, gazetteer)
        possessed = cues.possessed(allt, resolved, text, possessors) | cues.parts_of(allt, resolved, text)
        origins = cues.origins(allt, resolved, text)
        i = min(
            resolved,
            key=lambda k: ((dl is not None and dl[0] <= allt[k].evidence.start < dl[1])
                           or _is_label(allt[k], mention, ctx),
                           k in described,
                           k in possessed,
                           k in possessors,
                           bool(agreed) and bool(resolved[k][0].iso2) and resolved[k][0].iso2 not in agreed,
                           k in namesakes,
                           k in origins,
                           _specificity(resolved[k][0]), allt[k].kind == "road" and has_near,
                           allt[k].kind == "country", allt[k].evidence.start),
        )
        t = allt[i]
        p, score, rule = resolved[i]
        outside = _outside_header_admin1(p, t, base, allt, resolved, gazetteer)
        if outside is not None and _header_names_admin1(p, base, ctx, gazetteer):
            outside = None  # "Abyan and Shabwa": the header names the place's province too
        if outside is not None:
            return outside
        # the same place named twice ("Bunia, 7 June: ... near Bunia"): the most qualified use
        for k, (q, _, _) in resolved.items():
            if k != i and q.geonameid == p.geonameid and allt[k].kind in ("near", "road") \
                    and t.kind not in ("near", "road"):
                t = allt[k]
                break
        ev = [t.evidence]
        rules = [rule if rule == "geo:demonym-capital" else f"geo:{'toponym' if rule == 'geo:exact' else 'fuzzy'}",
                 *t.rules]
        district = None
        for k, (q, _, _) in resolved.items():  # supporting admin units
            if k != i and (q.is_admin1 or q.is_admin2) and q.iso2 == p.iso2 and (
                q.admin1_code == p.admin1_code
            ):
                ev.append(allt[k].evidence)
                rules.append("geo:hierarchy")
                if q.is_admin2 and not p.admin2 and p.is_populated and district is None and not any(
                        u.is_admin1 and u.iso2 == q.iso2 and u.admin1_code == q.admin1_code
                        for u in gazetteer.lookup(allt[k].text, q.iso2, limit=20)):
                    # (a name that is also the province itself, "North Kivu", is not a district)
                    # "the Datta Khel area of North Waziristan": a town the gazetteer gives
                    # no district, named with a district of its province, lies in it
                    district = ascii_name(q.name)
                    rules.append("geo:admin2-named")
        if c.iso2 and p.iso2 == c.iso2:
            rules.append("geo:context-country")
        spec = _specificity(p)
        if t.kind == "near" or t.kind == "road":
            precision = GeoPrecision.NEAR
            rules.append("geo:precision=near" if t.kind == "near" else "geo:precision=road")
        elif _level(t) in part_levels() and spec <= 1:
            # "X district" / "the X area" / "X airport": a part of a region (conventions.md),
            # placed at the district's centre town when the gazetteer has no district entry
            precision = GeoPrecision.NEAR
            rules.append(f"geo:precision={_level(t)}")
        elif spec == 0:
            precision = GeoPrecision.PLACE
        elif spec == 1 and _level(t) == "admin1":
            # "Soum province": a province alone is the region (3), even where GeoNames keeps it
            # at the second level
            precision = GeoPrecision.REGION
            rules.append("geo:precision=region-centroid")
        elif spec == 1:
            precision = GeoPrecision.NEAR
            rules.append("geo:precision=district")
        else:
            precision = GeoPrecision.REGION
            rules.append("geo:precision=region-centroid")
        if p.is_continent and base is not None:
            return _from_base(base, GeoPrecision.REGION, base.evidence,
                              [*base.rules, "geo:continent", "geo:from-context"])
        if p.is_country:
            precision = GeoPrecision.REGION
            if base is not None and base.admin1 and iso2_of(base, gazetteer) == p.iso2:
                return _from_base(base, GeoPrecision.REGION, [*ev, *base.evidence],
                                  [*rules, "geo:context-admin1"])
        value = place_value(p, precision, _dedupe(ev), rules, gazetteer)
        return value.model_copy(update={"admin2": district}) if district else value
    named = [t for t in usable if t.kind == "country"]
    if len(c.countries) == 1 and named:
        code = next(iter(c.countries))
        ev = [t.evidence for t in named if (cp := gazetteer.country(t.text)) and cp.iso2 == code]
        if base is not None and base.admin1 and iso2_of(base, gazetteer) == code:
            return _from_base(base, GeoPrecision.REGION, _dedupe([*ev, *base.evidence]),
                              [*base.rules, "geo:country-named", "geo:context-admin1"])
        cp = gazetteer.country(code)
        if cp is not None:
            return place_value(cp, GeoPrecision.REGION, ev, ["geo:country-named"], gazetteer)
    if base is None and demonyms:
        codes = {cues.demonym_iso2(t) for t in demonyms}
        if len(codes) == 1 and (cp := gazetteer.country(codes.pop() or "")) is not None:
            return place_value(cp, GeoPrecision.REGION, [demonyms[0].evidence],
                               ["geo:demonym-country"], gazetteer)
    if base is not None:
        precision = GeoPrecision.REGION if base.geo_precision in (None, GeoPrecision.REGION) \
            else GeoPrecision.NEAR
        return _from_base(base, precision, base.evidence, [*base.rules, "geo:from-context"])
    return None


@dataclass(frozen=True)
class DocUnit:
    """The document's own first-level unit, read once per document and kept in
    ``DocContext.place_unit`` (:func:`doc_unit`): ``own`` is (iso2, admin1 code), the dateline's
    unit, else the unit holding at least :data:`DOMINANT_SHARE` of the region prior, or None;
    ``town`` the document's town inside it with its evidence (:func:`_doc_town`); ``written``
    whether the dateline writes its unit after its town (a local paper's), and then
    ``dateline_key``, the name key of its town."""

    own: tuple[str, str] | None = None
    town: tuple[Place, Evidence] | None = None
    written: bool = False
    #: the name key of the dateline's town when the dateline writes its unit
    dateline_key: str | None = None
    #: the only town the document names in its country, with its evidence (:func:`_sole_town`)
    sole: tuple[Place, Evidence] | None = None


def doc_unit(ctx: DocContext, gazetteer,  # noqa: ANN001
             dateline: tuple[Place | None, Place | None] | None = None) -> DocUnit:
    """The document's own unit (:class:`DocUnit`) from its dateline (``dateline``: the
    :func:`dateline_unit` already read, else it is read here), its region prior
    (``ctx.place_prior``) and its toponyms. ``pipeline.place_context`` computes it once."""
    doc = ctx.doc
    if doc is None:
        return DocUnit()
    sole = _sole_town(ctx, gazetteer)
    unit, town = dateline if dateline is not None else dateline_unit(doc, gazetteer)
    own = None
    if unit is not None and unit.admin1_code:
        own = (unit.iso2, unit.admin1_code)
    elif ctx.place_prior:
        town = None
        key, share = max(ctx.place_prior.items(), key=lambda kv: kv[1])
        if share >= DOMINANT_SHARE:
            own = key
    if own is None:
        return DocUnit(sole=sole)
    d = dateline_of(doc.text)
    written = written_unit(doc, d, gazetteer) is not None
    return DocUnit(own, _doc_town(ctx, own, town, gazetteer), written,
                   name_key(d.town.title()) if written else None, sole)


#: with no document country, the document's only town must be this large to be its place
SOLE_TOWN_NO_COUNTRY_POP = 10_000


def _sole_town(ctx: DocContext, gazetteer) -> tuple[Place, Evidence] | None:  # noqa: ANN001
    """The only town the document names (in its first :data:`CONTEXT_CHARS`), when every place
    name of it below the country reads as that one town of the document's country or as a unit
    holding it ("A bomb exploded in Tikrit. ... Twenty-nine people were killed": Tikrit)."""
    iso2 = iso2_of(ctx.doc_place, gazetteer)
    if ctx.doc is None or (not iso2 and ctx.doc_place is not None):
        return None
    tops = [t for t in context_toponyms(_document_toponyms(ctx)) if t.kind != "country"
            and not ({"places:border-with", GROUP_NAME, FOREIGN_PREMISES} & set(t.rules))
            and not weak_place_cue(t.rules)]  # "in Chiguaihue": a weak cue, kept by its own mention only
    if not tops:
        return None
    c = _Context(iso2=iso2, soft=ctx.doc_place is not None and "geo:doc-country-weak" in ctx.doc_place.rules,
                 prior=dict(ctx.place_prior or {}), cells=dict(ctx.place_cells or {}))
    resolved = _choose(tops, c, gazetteer, ctx.doc.text, learned=True)
    if len(resolved) < len(tops):
        return None  # a name the gazetteer does not place may be the event's own place
    towns = {p.geonameid: (p, tops[k].evidence) for k, (p, _, _) in resolved.items() if p.is_populated}
    if len(towns) != 1:
        return None
    town = next(iter(towns.values()))
    p = town[0]
    if not iso2:
        # no country votes ("a mosque in Valence, Drome. ... The driver said ..."): a sizeable
        # town named alone is the document's place, and its country the country
        if p.population < SOLE_TOWN_NO_COUNTRY_POP:
            return None
        iso2 = p.iso2
    if p.iso2 != iso2 or not all(q.is_populated or (q.iso2 == iso2 and (q.is_admin1 or q.is_admin2) and q.admin1_code == p.admin1_code)
                                 for q, _, _ in resolved.values()):
        return None
    return town


def _unit_of(ctx: DocContext, gazetteer) -> DocUnit:  # noqa: ANN001
    """``ctx.place_unit``, or read now for a context built by hand (tests)."""
    return ctx.place_unit if isinstance(ctx.place_unit, DocUnit) else doc_unit(ctx, gazetteer)


def _outside_doc_admin1(allt: list[Toponym], resolved: dict, c: _Context, ctx: DocContext | None,
                        gazetteer) -> set[int]:  # noqa: ANN001
    """The mention's minor places (towns and districts under 100,000, no qualifier, not "near")
    read in another first-level unit of the document's country than the document's own unit
    (``DocUnit.own``), when the document gives that other unit little weight (at most a
    quarter of its region prior) and the mention does not name it ("Council Bluffs, Iowa")."""
    if not resolved or ctx is None:
        return set()
    du = _unit_of(ctx, gazetteer)
    own = du.own
    if own is None:
        return set()
    if any((q.is_admin1 or q.is_admin2 or q.is_region) and (q.iso2, q.admin1_code) != own
           for q, _, _ in resolved.values()):
        return set()  # "Dhusamareb, Galmudug" in a log about Gedo: the mention names its own area
    ref = du.town[0] if du.town is not None else gazetteer.admin1(*own)
    # a dateline that writes its unit ("HORN LAKE, Miss. --") is a local paper's: even a place
    # after a locative word is then more often a namesake than a place in another unit
    written = du.written
    locative = word_pattern("locative_before")
    text = ctx.doc.text
    out: set[int] = set()
    for k, (p, _, rule) in resolved.items():
        t = allt[k]
        if du.dateline_key is not None and name_key(t.text) == du.dateline_key and (
                p.iso2, p.admin1_code) != own and _level(t) not in ("admin1", "admin2"):
            # the dateline's own town read outside the unit the dateline writes ("PINETOWN,
            # N.C." read as Pinetown, South Africa): a gap of the gazetteer, however large the
            # namesake
            out.add(k)
            continue
        part = (t.qualifier or "").lower() in words("town_part_qualifiers")  # "the Austin neighborhood"
        if not (p.is_populated or p.is_admin2) or (_prominent(p) and not part) or not p.admin1_code \
                or _level(t) in ("admin1", "admin2"):
            continue
        unit = (p.iso2, p.admin1_code)
        if p.iso2 != own[0] or unit == own or unit in c.admins or c.prior.get(unit, 0.0) > 0.25:
            continue
        if ref is not None and haversine_km(p.latitude, p.longitude, ref.latitude, ref.longitude) <= OUTSIDE_KM:
            continue  # "Qatana, 25 km southwest of Damascus": a neighbouring unit's town
        if not part and not written and locative.search(text, max(0, t.evidence.start - 30), t.evidence.start):
            continue  # "in Konduga" in a report datelined LAGOS: the sentence places the event
        out.add(k)
    return out


#: a minor place this close to the document's town (or unit) is a neighbour, not a namesake
OUTSIDE_KM = 161.0


def _doc_town(ctx: DocContext, own: tuple[str, str], dateline_town: Place | None,
              gazetteer) -> tuple[Place, Evidence] | None:  # noqa: ANN001
    """The document's own town inside its unit ``own``: the dateline's town, else the first town
    of that unit the document names by its name ("... in Bristol, Tennessee")."""
    span = dateline_span(ctx.doc)
    if dateline_town is not None and span is not None:
        return dateline_town, Evidence.of(ctx.doc.text, span[0], span[1])
    for t in context_toponyms(_document_toponyms(ctx)):
        if t.kind != "place" or t.qualifier:
            continue
        named = [p for p in gazetteer.lookup(t.text, iso2=own[0], limit=50)
                 if p.is_populated and p.admin1_code == own[1] and name_key(p.name) == name_key(t.text)]
        if named:
            return max(named, key=lambda p: p.population), t.evidence
    return None


def _doc_anchor(ctx: DocContext | None, gazetteer, evidence: list[Evidence]) -> PlaceValue | None:  # noqa: ANN001
    """The event's place when its only places lay outside the document's unit: the document's
    town (:func:`_doc_town`; rule ``geo:doc-town``, precision 2), else the unit itself
    (precision 3)."""
    if ctx is None or ctx.doc is None:
        return None
    du = _unit_of(ctx, gazetteer)
    own, found = du.own, du.town
    if own is None:
        return None
    if found is not None:
        return place_value(found[0], GeoPrecision.NEAR, _dedupe([found[1], *evidence]),
                           ["geo:outside-doc-admin1", "geo:doc-town"], gazetteer)
    unit = gazetteer.admin1(*own)
    if unit is None:
        return None
    return place_value(unit, GeoPrecision.REGION, _dedupe(evidence),
                       ["geo:outside-doc-admin1", "geo:doc-admin1"], gazetteer)


def _header_names_admin1(p: Place, base: PlaceValue, ctx: DocContext | None, gazetteer) -> bool:  # noqa: ANN001
    """The header line that gave the context also names the first-level unit of ``p`` (the
    line's toponyms as the annotation's detector found them)."""
    if ctx is None or ctx.doc is None or ctx.annotation is None:
        return False
    text = ctx.doc.text
    for ev in base.evidence:
        a = text.rfind("\n", 0, ev.start) + 1
        b = text.find("\n", ev.end)
        b = len(text) if b < 0 else b
        for t in _within(_document_toponyms(ctx), a, b):
            if any(q.is_admin1 and q.iso2 == p.iso2 and q.admin1_code == p.admin1_code
                   for q in gazetteer.lookup(t.text, iso2=p.iso2, limit=20)):
                return True
    return False


def _unit_namesakes(resolved: dict) -> set[int]:
    """Toponyms resolved to a town that shares its name with its first-level unit ("Tillaberi",
    "Mopti", "Diffa") while the mention also names another town of that unit: the name is read
    as the unit ("Tillaberi, Tera: ..."), so the other town is the event's place."""
    out: set[int] = set()
    for k, (p, _, _) in resolved.items():
        if not p.is_populated or not p.admin1 or ascii_name(p.name) != ascii_name(p.admin1):
            continue
        if any(j != k and q.is_populated and q.iso2 == p.iso2 and q.admin1_code == p.admin1_code
               and q.geonameid != p.geonameid for j, (q, _, _) in resolved.items()):
            out.add(k)
    return out


def _outside_header_admin1(p: Place, t: Toponym, base: PlaceValue | None, allt: list[Toponym],
                           resolved: dict, gazetteer) -> PlaceValue | None:  # noqa: ANN001
    """A section header names a province ("Nangarhar Province") and the only gazetteer match of a
    minor place lies in another province of the same country: the embedded gazetteer lacks many
    districts and villages, and names recur across provinces, so the header wins. The event gets
    the header's province (precision 2 for "X district"/"near X", else 3) with both spans as
    evidence, rule ``geo:outside-header-admin1``. Not applied when the mention itself names that
    other province, or when the place is prominent (a city of 100,000+, a province, a country)."""
    if base is None or not base.admin1 or "geo:header" not in base.rules:
        return None
    if base.geo_precision != GeoPrecision.REGION and ascii_name(base.location) != ascii_name(base.admin1):
        return None  # the header is a town ("Nairobi, 15th June"), not a province
    if p.is_country or p.is_continent or p.is_admin1 or _prominent(p) or not p.admin1:
        return None
    if iso2_of(base, gazetteer) != p.iso2 or ascii_name(p.admin1) == ascii_name(base.admin1):
        return None
    if any(q.is_admin1 and q.iso2 == p.iso2 and q.admin1_code == p.admin1_code for q, _, _ in resolved.values()):
        return None  # the mention names the other province itself
    if any(q.is_region and q.iso2 == p.iso2 for q, _, _ in resolved.values()):
        return None  # "Dhusamareb, Galmudug": the mention names its own (non-admin) region
    precision = GeoPrecision.NEAR if t.kind in ("near", "road") or _level(t) in part_levels() \
        else GeoPrecision.REGION
    return _from_base(base, precision, _dedupe([t.evidence, *base.evidence]),
                      [*base.rules, "geo:outside-header-admin1"])


def _is_label(t: Toponym, mention: Mention | None, ctx: DocContext | None) -> bool:
    """A place that opens the mention as a label ("Marib - In the last week...", "**Bunia
    (Ituri), 7 June:**"): like a header, it is context; a place in the sentence comes first."""
    if mention is None or ctx is None or ctx.doc is None:
        return False
    text = ctx.doc.text
    line_start = max(mention.start, text.rfind("\n", 0, t.evidence.start) + 1)
    if text[line_start:t.evidence.start].strip(" \t*#") != "":
        return False
    return pattern("label_after").match(text, t.evidence.end) is not None or (
        text[t.evidence.end:t.evidence.end + 1] == ","
        and pattern("label_date_after").match(text[t.evidence.end:t.evidence.end + 30]) is not None
    )


def _from_base(base: PlaceValue, precision: GeoPrecision | None, evidence: list[Evidence],
               rules: list[str]) -> PlaceValue:
    """The context's place (document, header) given as an event's place, with its precision,
    evidence and rule tags."""
    return base.model_copy(update={"geo_precision": precision, "evidence": evidence, "rules": rules})


def _dedupe(ev: list[Evidence]) -> list[Evidence]:
    seen: set[tuple[int, int]] = set()
    out = []
    for e in ev:
        if (e.start, e.end) not in seen:
            seen.add((e.start, e.end))
            out.append(e)
    return out


# ------------------------------------------------------------------------------------------
# document context
# ------------------------------------------------------------------------------------------
def _within(toponyms: list[Toponym], start: int, end: int) -> list[Toponym]:
    """The toponyms whose name lies inside ``[start, end)``."""
    return [t for t in toponyms
            if start <= t.evidence.start and t.evidence.start + len(t.text) <= end]


def _document_toponyms(ctx: DocContext) -> list[Toponym]:
    """The document's toponyms as the detector found them (span group ``toponyms``)."""
    if ctx.annotation is None or TOPONYMS not in ctx.annotation.doc.spans:
        return []
    return [f.value for f in ctx.annotation.spans(TOPONYMS)]


def context_toponyms(toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms the document context is read from (its first :data:`CONTEXT_CHARS`)."""
    return [t for t in toponyms if t.evidence.end <= CONTEXT_CHARS]


#: a country cue's vote (geo_lexicon.yaml: country_cues), as much as a country's name
COUNTRY_CUE_VOTE = 2.0


def resolve_context(
    doc: Document, sections: list[Section], gazetteer: Gazetteer, toponyms: list[Toponym],
    groups: list[tuple[tuple[str, ...], Evidence]] = (),
) -> tuple[PlaceValue | None, dict[int, PlaceValue]]:
    """The document's place (country) and each header's place, keyed by section index.
    ``toponyms``: the document's toponyms (``extractors.places.find_toponyms`` over the whole
    text, read from the annotation); ``groups``: its named groups with their countries, each
    a vote of 1 shared among them."""
    votes: dict[str, float] = {}
    evidence: dict[str, list[Evidence]] = {}

    def vote(iso2: str, w: float, ev: Evidence | None) -> None:
        votes[iso2] = votes.get(iso2, 0.0) + w
        if ev is not None:
            evidence.setdefault(iso2, []).append(ev)

    _, dcountry, dev = dateline_places(doc, gazetteer)
    if dcountry is not None:
        for e in dev:
            vote(dcountry.iso2, 3.0, e)
    tops = context_toponyms(toponyms)
    counted: set[str] = set()  # the names that voted by their candidates' one country
    for t in tops:
        if "places:border-with" in t.rules or GROUP_NAME in t.rules or FOREIGN_PREMISES in t.rules:
            continue  # the neighbour across a border says little about where the story is
        if t.kind == "country":
            code = cues.demonym_iso2(t)
            if code and word_pattern("foreign_premises").match(doc.text[t.evidence.end:t.evidence.end + 50]):
                continue  # "the Libyan and Jordanian embassies": whose building, not where
            if code:
                vote(code, 1.0, t.evidence)
            else:
                cp = gazetteer.country(t.text)
                if cp:
                    key = name_key(t.text)
                    unit = next((p for p in gazetteer.lookup(t.text, limit=20) if p.is_admin1
                                 and p.iso2 != cp.iso2 and name_key(p.name) == key), None)
                    if unit is not None:  # "Georgia": the country or a US state
                        vote(cp.iso2, 1.0, t.evidence)
                        vote(unit.iso2, 1.0, None)
                    else:
                        vote(cp.iso2, 2.0, t.evidence)
        else:
            reg = group_region(t.text) if t.kind == "region" else None
            cands = gazetteer.lookup(t.text, limit=50)
            strong = [p for p in cands if p.population >= 1000 or p.is_admin1]
            ccs = {p.iso2 for p in strong}
            if len(ccs) == 1 and name_key(t.text) not in counted:
                # once per name: a name written five times ("Jean-Phillip" read as Phillip,
                # Australia) is one cue, not five against the dateline's
                counted.add(name_key(t.text))
                vote(next(iter(ccs)), 1.0, t.evidence)
            elif reg is not None:
                vote(reg.iso2, 0.5, None)
    # local institutions and addresses only one country's press writes ("the 500 block of",
    # "the Toledo Police Department"): each cue once
    for code, rx in country_cues():
        m = rx.search(doc.text)
        if m is not None:
            vote(code, COUNTRY_CUE_VOTE, Evidence.of(doc.text, m.start(), m.end()))
    # the named groups vote last, so that the place names lead the evidence
    sole_group: set[str] = set()  # countries of a group that operates in one country only
    for codes, ev in groups:
        for code in codes:
            vote(code, 1.0 / len(codes), ev)
        if len(codes) == 1:
            sole_group.add(codes[0])
    doc_place: PlaceValue | None = None
    if votes:
        iso2, w = max(votes.items(), key=lambda kv: kv[1])
        cp = gazetteer.country(iso2)
        # a group that operates in one country only ("FARC", "the FPMR") names it when nothing
        # else votes as much: a weak prior (rule geo:group-country)
        by_group = w < 2.0 and w >= 1.0 and iso2 in sole_group and all(
            v < w for k, v in votes.items() if k != iso2)
        if cp is not None and (w >= 2.0 or by_group):
            by_dateline = dcountry is not None and dcountry.iso2 == iso2
            rules = ["geo:doc-country", "geo:dateline" if by_dateline else "geo:country-votes"]
            if by_group:
                rules += ["geo:group-country", "geo:doc-country-weak"]
            elif not by_dateline and w < 0.6 * sum(votes.values()):
                # world news naming many countries: the majority is only a soft prior
                rules.append("geo:doc-country-weak")
            doc_place = place_value(
                cp, GeoPrecision.REGION, _dedupe(evidence.get(iso2, [])[:5]), rules, gazetteer,
            )

    section_places: dict[int, PlaceValue] = {}
    # a local paper's dateline town ("LEBANON, Pa. -"): its name in a header is that town
    local = local_dateline_town(doc, gazetteer) if any(sec.header is not None for sec in sections) else None
    stack: list[tuple[int, PlaceValue | None]] = []  # (level, place) of enclosing headers
    for idx, sec in enumerate(sections):
        if sec.header is None:
            continue
        while stack and stack[-1][0] >= max(sec.level, 1):
            stack.pop()
        parent = next((p for _, p in reversed(stack) if p is not None), None) or doc_place
        place = _header_place(doc, sec, parent, gazetteer, toponyms, local)
        stack.append((max(sec.level, 1), place))
        if place is None:
            place = parent if parent is not doc_place else None
        if place is not None:
            section_places[idx] = place
    # sections without a header of their own inherit the enclosing header's place
    last: PlaceValue | None = None
    last_level = 0
    for idx, sec in enumerate(sections):
        if idx in section_places:
            last, last_level = section_places[idx], max(sec.level, 1)
        elif sec.header is None and last is not None and sec.level >= last_level:
            section_places[idx] = last
        elif sec.header is not None:
            last = None
    return doc_place, section_places


def _header_place(doc: Document, sec: Section, parent: PlaceValue | None, gazetteer: Gazetteer,
                  toponyms: list[Toponym], local: tuple[str, Place] | None = None) -> PlaceValue | None:
    h = sec.header
    assert h is not None
    if local is not None:
        for t in _within(toponyms, h.start, h.end):
            if t.qualifier != "demonym" and name_key(t.text) == local[0]:
                # one sense per document: "19-year-old Lebanon man charged" over "LEBANON, Pa. -"
                return place_value(local[1], GeoPrecision.PLACE, [t.evidence], ["geo:header", "geo:dateline"],
                                   gazetteer)
    reg = group_region(h.text)
    if reg is not None:
        rules = ["geo:header", "geo:group-region", *[f"geo:also={a}" for a in reg.also]]
        if reg.admin1:
            for p in gazetteer.lookup(reg.admin1, iso2=reg.iso2, limit=20):
                if p.is_admin1:
                    return place_value(p, GeoPrecision.REGION, [h], rules, gazetteer)
        cp = gazetteer.country(reg.iso2)
        if cp is not None:
            return place_value(cp, GeoPrecision.REGION, [h], rules, gazetteer)
    tops = _within(toponyms, h.start, h.end)
    if not tops:
        # a header that is only a country name, often in capitals ("SYRIA", "IRAQ:"), which
        # the finder skips as a possible acronym
        name = h.text.strip(" \t#*:-–—.")
        if len(name) > 3 and len(name.split()) <= 4:
            cp = gazetteer.country(name)
            if cp is not None and cp.is_country:
                return place_value(cp, GeoPrecision.REGION, [h], ["geo:header", "geo:header-country"],
                                   gazetteer)
        return None
    c = _Context()
    if parent is not None:
        c.iso2 = iso2_of(parent, gazetteer)
        c.admin1 = _admin1_code(parent, c.iso2, gazetteer)
    resolved = _choose(tops, c, gazetteer)
    if not resolved:
        for t in tops:
            if t.kind == "country" and not cues.demonym_iso2(t):
                cp = gazetteer.country(t.text)
                if cp is not None:
                    return place_value(cp, GeoPrecision.REGION, [t.evidence], ["geo:header"], gazetteer)
        return None
    i = min(resolved, key=lambda k: (_specificity(resolved[k][0]), tops[k].evidence.start))
    p = resolved[i][0]
    spec = _specificity(p)
    precision = GeoPrecision.PLACE if spec == 0 else GeoPrecision.NEAR if spec == 1 else GeoPrecision.REGION
    return place_value(p, precision, [tops[i].evidence], ["geo:header", *tops[i].rules], gazetteer)
