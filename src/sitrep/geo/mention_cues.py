"""Text cues that order or read a mention's toponyms, apart from candidate ranking: nationality
words (their country, "the Iraqi capital"), descriptors ("X, 20 km south of Y"), possessives,
origins ("a Palestinian from Tulkarm"), and the countries of the document's named armed groups.
Used by :mod:`sitrep.geo.resolve` (docs/rules/places.md)."""

from __future__ import annotations

from ..model import Evidence, Toponym
from .distance import haversine_km
from .gazetteer import Place
from .lexicon import pattern, qualifier_level, word_pattern, words
from .schema import name_key


def demonym_iso2(t: Toponym) -> str | None:
    for r in t.rules:
        if r.startswith("places:demonym="):
            return r.split("=", 1)[1]
    return None


def group_country_shares(groups: list[tuple[tuple[str, ...], Evidence]]) -> dict[str, float]:
    """The countries of the document's named groups (``extractors.places.group_countries``):
    each group shares one vote among the countries it operates in, and the shares are divided
    by the number of groups named (FPMR alone: Chile 1.0; Islamic State: Iraq and Syria 0.5)."""
    shares: dict[str, float] = {}
    for codes, _ in groups:
        for code in codes:
            shares[code] = shares.get(code, 0.0) + 1.0 / (len(codes) * len(groups))
    return shares


def demonym_capital(t: Toponym, text: str | None, gazetteer) -> Place | None:  # noqa: ANN001
    """The capital city (GeoNames PPLC) of the country whose nationality word is written before
    "capital" ("the Iraqi capital"; ``geo_lexicon.yaml: capital_nouns``), else None."""
    code = demonym_iso2(t) if t.qualifier == "demonym" else None
    if code is None or not text or not word_pattern("capital_after").match(text[t.evidence.end:t.evidence.end + 20]):
        return None
    return next((p for p in gazetteer.places_in(code, limit=200) if p.feature_code == "PPLC"), None)


def descriptors(allt: list[Toponym], resolved: dict, text: str | None) -> set[int]:
    """"near" toponyms that only say where another place of the mention lies ("X, 20 km
    south of Y", "near the town of X, 280 km north of the Iraqi capital Y"): X is the event's
    place, Y comes after it (rule ``places:descriptor``)."""
    out: set[int] = set()
    if not text:
        return out
    for k in resolved:
        tk = allt[k]
        if tk.kind != "near":
            continue
        for j in resolved:
            tj = allt[j]
            if j == k or tj.kind == "country" or tj.evidence.end > tk.evidence.start:
                continue
            gap = text[tj.evidence.end:tk.evidence.start]
            if len(gap) <= 60 and pattern("descriptor_gap").match(gap):
                out.add(k)
                break
    return out


def _possessive_gap(gap: str) -> bool:
    """The text between two names is a possessive and a space ("Kandahar's Maywand")."""
    return gap.endswith(" ") and gap[:-1] in words("possessives")


def possessed(allt: list[Toponym], resolved: dict, text: str | None,
              units: dict[int, Place] | None = None) -> set[int]:
    """Toponyms named after another place's possessive whose reading lies outside that place
    ("Jerusalem's Damascus Gate" read as Damascus): a part of the possessor, which comes first
    (rule ``places:possessive``). A reading inside the possessor is its more specific place
    ("Iraq's Karbala", "Balochistan's Turbat district") and keeps its rank; ``units``: the
    possessors that name their first-level unit (:func:`unit_possessors`)."""
    out: set[int] = set()
    if not text:
        return out
    units = units or {}
    for k in resolved:
        s = allt[k].evidence.start
        if any(j != k and _possessive_gap(text[allt[j].evidence.end:s])
               and not inside(resolved[k][0], units.get(j, resolved[j][0])) for j in resolved):
            out.add(k)
    return out


def unit_possessors(allt: list[Toponym], resolved: dict, text: str | None, gazetteer) -> dict[int, Place]:  # noqa: ANN001
    """Toponyms read as a town that bears its first-level unit's name, before the possessive of
    another place of that unit ("Kandahar's Maywand District", "Kirkuk's Hawija", "Pattani's
    Yarang district"), with that unit: the possessor names the unit, so the place it possesses
    comes first (rule ``places:possessive``). A town whose unit has another name ("Mogadishu's
    Hodan district") keeps its rank."""
    out: dict[int, Place] = {}
    if not text:
        return out
    for j, (pj, _, _) in resolved.items():
        if not pj.is_populated or not pj.admin1_code:
            continue
        unit = gazetteer.admin1(pj.iso2, pj.admin1_code)
        if unit is None or name_key(unit.name) not in (name_key(pj.name), name_key(allt[j].text)):
            continue
        if any(k != j and _possessive_gap(text[allt[j].evidence.end:allt[k].evidence.start])
               and resolved[k][0].geonameid != pj.geonameid and inside(resolved[k][0], unit)
               for k in resolved):
            out[j] = unit
    return out


#: a part's reading farther than this from the town named after "of" is a namesake elsewhere
PART_OF_KM = 50.0


def parts_of(allt: list[Toponym], resolved: dict, text: str | None) -> set[int]:
    """Toponyms named as a part of another place ("the Azadi square of Sanandaj", "the Rafael
    Uribe district of Bogota", "the Kavakbasi area of Akkoy"; ``part_of_gap``) whose reading lies
    outside that place in the same country (not in its unit, or more than :data:`PART_OF_KM`
    from its town): a namesake elsewhere, so the place it is a part of comes first. A reading
    inside it ("the Hodan district of Mogadishu") keeps its rank."""
    out: set[int] = set()
    if not text:
        return out
    gap_rx = word_pattern("part_of_gap")
    for k in resolved:
        tk, pk = allt[k], resolved[k][0]
        for j in resolved:
            tj, pj = allt[j], resolved[j][0]
            if j == k or tj.evidence.start < tk.evidence.end or tj.kind == "country" or pk.is_country:
                continue
            if tj.evidence.start - tk.evidence.end > 60 or not gap_rx.match(text[tk.evidence.end:tj.evidence.start]):
                continue
            if (pj.is_admin2 and not pk.admin2_code and not pk.is_admin1) or (
                    pj.is_populated and qualifier_level(tj.qualifier) in ("admin1", "admin2")):
                # a town the gazetteer gives no district, or a district placed at its seat
                # ("the Pasni area of Gwadar district"): the province decides
                far = pk.iso2 != pj.iso2 or pk.admin1_code != pj.admin1_code
            elif pj.is_admin1 or pj.is_admin2 or pj.is_country:
                far = not inside(pk, pj)
            else:
                far = haversine_km(pk.latitude, pk.longitude, pj.latitude, pj.longitude) > PART_OF_KM
            if far and pk.iso2 == pj.iso2:
                # readings in two countries ("the Baghdad neighborhood of al-Shaab", al-Shaab
                # read abroad): the countries the mention agrees on decide, not this cue
                out.add(k)
            break
    return out


def origins(allt: list[Toponym], resolved: dict, text: str | None) -> set[int]:
    """Toponyms after an origin cue ("a Palestinian from Tulkarm", "fired from Khan Yunis";
    ``geo_lexicon.yaml: origin_cues``) while another place of the mention has none: where
    someone came from, not where the event happened. "From X to Y" names a route the event lay
    on (``route_ends``): X keeps its rank."""
    if not text:
        return set()
    rx, route = word_pattern("origin_before"), word_pattern("route_end_after")
    out = {k for k in resolved
           if rx.search(text, max(0, allt[k].evidence.start - 40), allt[k].evidence.start)
           and not route.match(text, allt[k].evidence.end)}  # "from Aguelhok towards Tessalit"
    return out if len(out) < len(resolved) else set()


def inside(p: Place, unit: Place) -> bool:
    """``p`` lies in ``unit``: a place of that country, first-level or second-level unit."""
    if unit.is_country:
        return p.iso2 == unit.iso2 and not p.is_country
    if unit.is_admin1:
        return p.iso2 == unit.iso2 and p.admin1_code == unit.admin1_code and not p.is_admin1
    if unit.is_admin2:
        return (p.iso2 == unit.iso2 and p.admin1_code == unit.admin1_code
                and p.admin2_code == unit.admin2_code and not p.is_admin2)
    return False
