"""Segmentation's cue tables: the compiled patterns and vocabularies of
``data/segment_cues.yaml`` (a read-only cache) and the small text tests built on them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..resources import PatternFields, Patterns, load_yaml

CUES_FILE = "segment_cues.yaml"


# --------------------------------------------------------------------------------------------
# compiled cue tables (read-only cache)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cues(PatternFields):
    """Segmentation's vocabularies and sequences; every single pattern is in ``patterns`` and reads
    as an attribute (``cues().word``)."""

    abbreviations: frozenset[str]
    header: dict[str, Any]
    small_words: frozenset[str]
    lead_stop: frozenset[str]
    not_places: frozenset[str]
    place_generic: frozenset[str]
    also_passive: tuple[str, ...]
    terminals: str
    closers: str
    dateline_prefixes: tuple[re.Pattern[str], ...]
    new_event: tuple[tuple[str, re.Pattern[str]], ...]
    cont_start: tuple[tuple[str, re.Pattern[str]], ...]
    act_trigger_rules: frozenset[str]
    patterns: Patterns


def _alt(items: list[str]) -> str:
    return "|".join(sorted((re.escape(i) for i in items), key=len, reverse=True))


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One pattern for a list, tried at word starts only, on lower-cased text (fast)."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


@lru_cache(maxsize=1)
def cues() -> Cues:
    d = load_yaml(CUES_FILE)
    h, c = d["header"], d["compiled"]
    verbs = _alt(d["active_act_verbs"])
    aux = f"(?:{_alt(d['indefinite_aux'])})"
    patterns = Patterns(
        {k: d[k] for k in c["as_written"]} | {k: h[k] for k in c["header_as_written"]},
        dateline_line=re.compile(h["dateline"]),
        metadata=re.compile(h["metadata"], re.I),
        list_marker=re.compile(d["list_marker"], re.I),
        **{name: _any(d[key]) for name, key in c["word_start_lists"].items()},
        place_upper_suffix=re.compile(
            d["place_upper_suffix"].replace("{suffixes}", _alt([s.upper() for s in d["upper_place_suffixes"]]))
        ),
        place_upper_prefix=re.compile(
            d["place_upper_prefix"].replace("{prefixes}", _alt([s.upper() for s in d["upper_place_prefixes"]]))
        ),
        clause_split=re.compile("|".join(f"(?:{p})" for p in d["clause_splitters"])),
        active_verb=re.compile(rf"\b(?:{verbs})\b"),
        indefinite_act=re.compile(
            rf"^(?:[^,]{{0,50}},\s+)?{d['indefinite_subject']}\s+"
            rf"(?:(?!{aux}\b)[\w()'’\-]+\s+){{0,6}}?(?:{verbs})\b"
        ),
        verb_conjunction=re.compile(d["verb_conjunction"].replace("{verbs}", verbs)),
    )
    return Cues(
        abbreviations=frozenset(a.lower() for a in d["abbreviations"]),
        header=h,
        small_words=frozenset(w.lower() for w in h["small_words"]),
        lead_stop=frozenset(w.lower() for w in d["lead_stop"]),
        not_places=frozenset(w.lower() for w in d["not_places"]),
        place_generic=frozenset(w.lower() for w in d["place_generic"]),
        also_passive=tuple(d["also_passive"]),
        terminals=h["terminals"],
        closers=h["closers"],
        dateline_prefixes=tuple(re.compile(p) for p in d["dateline_prefixes"]),
        new_event=tuple((k, re.compile(v)) for k, v in d["new_event_cues"].items()),
        cont_start=tuple((k, re.compile(v)) for k, v in d["continuation_start"].items()),
        act_trigger_rules=frozenset(f"trigger:{k}" for k in d["act_trigger_classes"]),
        patterns=patterns,
    )


# --------------------------------------------------------------------------------------------
# small text helpers
# --------------------------------------------------------------------------------------------
def split_words(s: str) -> list[str]:
    return cues().word.findall(s)


@dataclass(frozen=True)
class Layout(PatternFields):
    """The cues that give text without line breaks its lines back (segment_cues.yaml: layout);
    its patterns read as attributes."""

    openers: frozenset[str]
    strict: frozenset[str]
    forms: tuple[re.Pattern[str], ...]
    max_words: int
    max_title_words: int
    patterns: Patterns


# --------------------------------------------------------------------------------------------
# lost line breaks: give inline headers and list items their lines back
# --------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def layout_cues() -> Layout:
    d = load_yaml(CUES_FILE)["layout"]
    forms = tuple(re.compile(f"(?:{p})$") for p in d["region_forms"])
    return Layout(
        openers=frozenset(d["openers"].lower().split()), strict=frozenset(d["strict_openers"].lower().split()),
        forms=forms, max_words=int(d["max_header_words"]), max_title_words=int(d["max_title_words"]),
        patterns=Patterns(d["patterns"]),
    )


def is_title_case(words: list[str], small: frozenset[str]) -> bool:
    seen = False
    for w in words:
        if w.lower() in small:
            continue
        if w[0].isupper() or w[0].isdigit() or w[0] in "(":
            seen = seen or w[0].isupper()
            continue
        # "al-Din", "el-Fasher": lower-case particle with a hyphen
        if "-" in w and w.split("-", 1)[0].lower() in small:
            continue
        return False
    return seen


def is_upper_line(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)
