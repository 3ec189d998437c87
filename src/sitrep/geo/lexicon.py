"""The place vocabulary and patterns, read from data (``data/geo_lexicon.yaml``,
``data/geo_patterns.yaml``): shared by the toponym finder (:mod:`sitrep.extractors.places`)
and the resolver (:mod:`sitrep.geo.resolve`), so neither reaches into the other.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..resources import load_yaml

#: the span group the toponym detector (``sitrep_toponyms``) writes; each finding's value is a
#: :class:`~sitrep.model.Toponym`
TOPONYMS = "toponyms"
#: the rule tag of a toponym inside a named armed group's name ("United Liberation Front of Assam")
GROUP_NAME = "places:group-name"
#: the rule tag of a country named as the owner of a building ("the United States embassy")
FOREIGN_PREMISES = "places:foreign-premises"
#: the span group of weak place cues (an unknown name after "in"/"at" or before ", Iraq"): read
#: only by the event stage's last resort (``resolve._unlisted``), never as toponyms of the document
PLACE_CUES = "place_cues"
#: rule tags of an unknown name vouched for by a unit after a comma ("Madaen, Iraq") or by a
#: locative word before it ("in Damadola"): an unlisted place, never looked up fuzzily
UNIT_AFTER = "places:unit-after"
LOCATIVE = "places:locative"
#: rule tag of an unknown name that an event's title names at the start of a line ("2005 Mong
#: shootings: ...", "Mamasapano clash: ..."): a weak place cue like the two above
TITLE_EVENT = "places:title-event"


def weak_place_cue(rules: list[str]) -> bool:
    """A toponym's ``rules`` say it is an unknown name vouched for only by a unit after a comma or a locative word
    or an event's title (:data:`UNIT_AFTER`, :data:`LOCATIVE`, :data:`TITLE_EVENT`): kept apart from the document's toponyms (span group :data:`PLACE_CUES`)
    and by name, never matched fuzzily to another place."""
    return UNIT_AFTER in rules or LOCATIVE in rules or TITLE_EVENT in rules


@lru_cache(maxsize=1)
def geo_lexicon() -> dict[str, Any]:
    """``data/geo_lexicon.yaml`` as read."""
    return load_yaml("geo_lexicon.yaml") or {}


@lru_cache(maxsize=1)
def qualifier_levels() -> dict[str, str]:
    """qualifier word (lower case) -> the level of entry it asks for (admin1, admin2, place...)."""
    return {k.lower(): v for k, v in geo_lexicon()["qualifiers"].items()}


def qualifier_level(qualifier: str | None) -> str:
    return qualifier_levels().get(qualifier or "", "")


@lru_cache(maxsize=1)
def part_levels() -> frozenset[str]:
    """Qualifier levels that name a part of a region, not a point (``part_levels``)."""
    return frozenset(geo_lexicon()["part_levels"])


@lru_cache(maxsize=1)
def name_marks() -> dict[int, str]:
    """A ``str.translate`` table: marks of transliterated names -> their ASCII writing."""
    return str.maketrans(geo_lexicon()["name_marks"])


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality words -> ISO2 (``demonyms``), with their plurals as nouns for people
    ("Afghans", "Iraqis", "Filipinos"); words in -s, -sh, -ch and -ese have none ("Swiss",
    "British", "Sudanese")."""
    out = {k: v for k, v in geo_lexicon()["demonyms"].items() if v}
    for w, code in list(out.items()):
        if not w.endswith(("s", "sh", "ch", "ese", "x", "z")):
            out.setdefault(w + "s", code)
    return out


@lru_cache(maxsize=1)
def continent_demonyms() -> dict[str, str]:
    """Adjectives of a continent -> the continent's name ("European" -> Europe): a toponym
    resolved alone (``resolve.resolve_toponym``) gives the continent, never a country."""
    out = dict(geo_lexicon().get("continent_demonyms") or {})
    for w, name in list(out.items()):
        out.setdefault(w + "s", name)
    return out


def words(key: str) -> frozenset[str]:
    """A word list of geo_lexicon.yaml, in lower case."""
    return _words(key)


@lru_cache(maxsize=None)
def _words(key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in geo_lexicon().get(key) or ())


def alternation(items, spaces: bool = False) -> str:  # noqa: ANN001
    """A regex alternation of literal words, longest first (``spaces``: any run of white space
    between the words of a phrase)."""
    out = []
    for w in sorted(items, key=len, reverse=True):
        e = re.escape(str(w))
        out.append(e.replace(r"\ ", r"\s+") if spaces else e)
    return "|".join(out)


@lru_cache(maxsize=None)
def pattern(name: str) -> re.Pattern[str]:
    """A named pattern of data/geo_patterns.yaml, compiled."""
    entry = (load_yaml("geo_patterns.yaml") or {})["patterns"][name]
    flags = re.I if "i" in str(entry.get("flags", "")) else 0
    return re.compile(entry["pattern"], flags)


@lru_cache(maxsize=None)
def word_pattern(template_name: str) -> re.Pattern[str]:
    """A template of data/geo_patterns.yaml (``word_templates``) with each ``{list}`` filled by the
    alternation of that word list of geo_lexicon.yaml, compiled."""
    entry = (load_yaml("geo_patterns.yaml") or {})["word_templates"][template_name]
    lex = geo_lexicon()
    spaced = set(entry.get("spaced") or ())

    def fill(m: re.Match[str]) -> str:
        return alternation(lex[m.group(1)], spaces=m.group(1) in spaced)

    flags = re.I if "i" in str(entry.get("flags", "")) else 0
    return re.compile(TEMPLATE_SLOT.sub(fill, entry["pattern"]), flags)


#: a word-list slot of a template: ``{road_words}``; counted quantifiers (``{0,2}``) never match
TEMPLATE_SLOT = re.compile(r"\{([a-z_]+)\}")


@lru_cache(maxsize=1)
def country_cues() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(ISO2, compiled pattern) for every country cue (``country_cues``: names of
    geo_patterns.yaml patterns that one country's local press writes)."""
    return tuple((cc, pattern(name)) for cc, names in geo_lexicon()["country_cues"].items() for name in names)
