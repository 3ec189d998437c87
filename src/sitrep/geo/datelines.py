"""Datelines: where a report was filed ("KABUL, Afghanistan, Aug 20 (Agency) -", "HORN LAKE,
Miss. --", "<title> / LEBANON, Pa. -"), and the first-level unit or country written after a
place ("Dublin, Ga."). Read by :mod:`sitrep.geo.resolve` (docs/rules/places.md)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, Evidence
from .gazetteer import Gazetteer, Place, admin1_abbreviation
from .lexicon import pattern
from .schema import name_key


def trailing_unit(text: str, end: int, gazetteer) -> Place | None:  # noqa: ANN001
    """The first-level unit or country written after a place and a comma ("Dublin, Ga.",
    "Paris, Texas", "Red Deer, Alta.")."""
    m = pattern("trailing_unit").match(text, end, min(len(text), end + 40))
    if m is None:
        return None
    words = m.group(1)
    cands = [words] if admin1_abbreviation(words) else []
    parts = words.rstrip(".").split()
    cands += [" ".join(parts[:k]) for k in range(len(parts), 0, -1)]
    for w in cands:
        for p in gazetteer.lookup(w, limit=10):
            if (p.is_admin1 or p.is_country) and (
                "." in w or admin1_abbreviation(w) or name_key(p.name) == name_key(w)
            ):
                return p
    return None


#: the dateline is read in the document's first characters
DATELINE_CHARS = 400
#: paragraphs (short title lines: a title, the title again, "text size") a dateline ended by a
#: dash may follow; the dateline pattern itself allows one title line
DATELINE_PARAGRAPHS = 4


@dataclass(frozen=True)
class Dateline:
    """The dateline's town ("PINETOWN") and what follows it after a comma ("N.C.", "Ohio",
    "Afghanistan"), with absolute offsets."""

    town: str
    start: int
    end: int
    unit: str | None = None
    unit_start: int = 0
    unit_end: int = 0


def dateline_of(text: str) -> Dateline | None:
    """The document's dateline ("KABUL, Aug 20 (Agency) -"; geo_patterns.yaml ``dateline``), at
    its start or after a title line; in local news also after a few more short lines ("<title>
    / <the title again> / LEBANON, Pa. -"), there only when a dash ends it."""
    rx = pattern("dateline")
    m, shift = rx.match(text[:DATELINE_CHARS]), 0
    if m is None:
        for k, br in enumerate(pattern("paragraph_break").finditer(text, 0, DATELINE_CHARS + 200)):
            if k >= DATELINE_PARAGRAPHS:
                break
            m2 = rx.match(text[br.end():br.end() + DATELINE_CHARS])
            if m2 is not None and pattern("dash_end").search(m2.group(0)):
                m, shift = m2, br.end()
                break
    if m is None:
        return None
    if m.group(2):
        return Dateline(m.group(1), m.start(1) + shift, m.end(1) + shift, m.group(2),
                        m.start(2) + shift, m.end(2) + shift)
    return Dateline(m.group(1), m.start(1) + shift, m.end(1) + shift)


def dateline_span(doc: Document) -> tuple[int, int] | None:
    """Offsets of the dateline's place ("KABUL" in "KABUL, Aug 20 (Agency) -")."""
    d = dateline_of(doc.text)
    if d is None:
        return None
    return d.start, (d.unit_end if d.unit else d.end)


def dateline_places(doc: Document, gazetteer) -> tuple[Place | None, Place | None, list[Evidence]]:  # noqa: ANN001
    d = dateline_of(doc.text)
    if d is None:
        return None, None, []
    city_txt, country_txt = d.town, d.unit
    ev = [Evidence.of(doc.text, d.start, d.end)]
    country = gazetteer.country(country_txt) if country_txt else None
    # a first-level unit after the town ("BEDFORD, N.H. -"): the unit's country, and its town
    unit = written_unit(doc, d, gazetteer)
    if unit is not None:
        country = gazetteer.country(unit.iso2)
    if country is not None:
        ev.append(Evidence.of(doc.text, d.unit_start, d.unit_end))
    cands = gazetteer.lookup(city_txt.title(), iso2=country.iso2 if country else None, limit=20)
    cands = [p for p in cands if (p.is_populated or p.is_country or p.is_admin1) and (
        unit is None or p.admin1_code == unit.admin1_code)]
    city = max(cands, key=lambda p: p.population) if cands else None
    if city is not None and city.is_country:
        country, city = city, None
    if country is None and city is not None:
        country = gazetteer.country(city.iso2)
    return city, country, ev


def written_unit(doc: Document, d: Dateline | None, gazetteer) -> Place | None:  # noqa: ANN001
    """The first-level unit the dateline writes after its town ("HORN LAKE, Miss. --",
    "LEBANON, Pa. -"). A name that is both a country and a unit ("MACON, Georgia") is the unit
    when the town lies in that unit and not in the country."""
    if d is None or not d.unit:
        return None
    unit = trailing_unit(doc.text, d.end, gazetteer)
    if unit is None or unit.is_admin1:
        return unit
    if not unit.is_country:
        return None
    town = d.town.title()
    if gazetteer.lookup(town, iso2=unit.iso2, limit=1):
        return None  # "TBILISI, Georgia": the country
    for u in gazetteer.lookup(d.unit, limit=20):
        if u.is_admin1 and u.iso2 != unit.iso2 and name_key(u.name) == name_key(d.unit) and any(
                p.admin1_code == u.admin1_code for p in gazetteer.lookup(town, iso2=u.iso2, limit=20)):
            return u
    return None


def dateline_writes_unit(doc: Document, gazetteer) -> bool:  # noqa: ANN001
    """The dateline writes a first-level unit after its town ("HORN LAKE, Miss. --")."""
    return written_unit(doc, dateline_of(doc.text), gazetteer) is not None


def dateline_unit(doc: Document, gazetteer) -> tuple[Place | None, Place | None]:  # noqa: ANN001
    """The first-level unit and the town of the dateline: the unit written after the town
    ("HORN LAKE, Miss. --", "MEDFORD, N.Y. (CBSNewYork) --"), else the unit of the largest town
    of the dateline's name ("PHILADELPHIA (CBS) --"); (None, None) without a dateline or when
    the town is a national capital."""
    d = dateline_of(doc.text)
    if d is None:
        return None, None
    written = written_unit(doc, d, gazetteer)
    cands = [p for p in gazetteer.lookup(d.town.title(), iso2=written.iso2 if written else None, limit=20)
             if p.is_populated and p.admin1_code and (
                 written is None or p.admin1_code == written.admin1_code)]
    town = max(cands, key=lambda p: p.population) if cands else None
    if town is not None and town.feature_code == "PPLC":
        # a national capital's dateline ("KABUL (Reuters) -") is where the agency sits: the
        # report is on the country, not on the capital's province
        return None, None
    if written is not None:
        return written, town
    if town is None:
        return None, None
    return gazetteer.admin1(town.iso2, town.admin1_code), town


def local_dateline_town(doc: Document, gazetteer: Gazetteer) -> tuple[str, Place] | None:
    """The name key and the town of a dateline that writes its unit ("LEBANON, Pa. -")."""
    d = dateline_of(doc.text)
    if d is None or written_unit(doc, d, gazetteer) is None:
        return None
    _, town = dateline_unit(doc, gazetteer)
    return (name_key(d.town.title()), town) if town is not None else None
