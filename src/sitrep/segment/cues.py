"""Segmentation's cue tables: the compiled patterns and vocabularies of
``data/segment_cues.yaml`` (a read-only cache) and the small text tests built on them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..resources import load_yaml

CUES_FILE = "segment_cues.yaml"


# --------------------------------------------------------------------------------------------
# compiled cue tables (read-only cache)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cues:
    abbreviations: frozenset[str]
    header: dict[str, Any]
    small_words: frozenset[str]
    dateline_line: re.Pattern[str]
    separator: re.Pattern[str]
    metadata: re.Pattern[str]
    list_marker: re.Pattern[str]
    dateline_prefixes: tuple[re.Pattern[str], ...]
    bracket_tags: re.Pattern[str]
    triggers: re.Pattern[str]
    non_act: re.Pattern[str]
    new_event: tuple[tuple[str, re.Pattern[str]], ...]
    cont_start: tuple[tuple[str, re.Pattern[str]], ...]
    cont_any: re.Pattern[str]
    cont_weak: re.Pattern[str]
    followup: re.Pattern[str]
    aggregate: re.Pattern[str]
    tally_header: re.Pattern[str]
    act_trigger_rules: frozenset[str]
    background: re.Pattern[str]
    place_mixed: re.Pattern[str]
    place_lead: re.Pattern[str]
    place_upper_suffix: re.Pattern[str]
    place_upper_prefix: re.Pattern[str]
    not_places: frozenset[str]
    place_generic: frozenset[str]
    clause_split: re.Pattern[str]
    also_verb: re.Pattern[str]
    relative_past: re.Pattern[str]
    anaphoric_place: re.Pattern[str]
    casualty_masks: re.Pattern[str]
    casualty_none: re.Pattern[str]
    antecedent: re.Pattern[str]
    active_verb: re.Pattern[str]
    indefinite_act: re.Pattern[str]
    verb_conjunction: re.Pattern[str]
    separate_signal: re.Pattern[str]
    gap_conjunction: re.Pattern[str]
    recent_time_lead: re.Pattern[str]
    lead_stop: frozenset[str]
    also_passive: tuple[str, ...]
    conjunction_tail: re.Pattern[str]
    word: re.Pattern[str]
    markdown: re.Pattern[str]
    bold: re.Pattern[str]
    colon_not_header: re.Pattern[str]
    terminals: str
    closers: str


def _alt(items: list[str]) -> str:
    return "|".join(sorted((re.escape(i) for i in items), key=len, reverse=True))


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One pattern for a list, tried at word starts only, on lower-cased text (fast)."""
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{p})" for p in patterns) + ")")


@lru_cache(maxsize=1)
def cues() -> Cues:
    d = load_yaml(CUES_FILE)
    h = d["header"]
    verbs = _alt(d["active_act_verbs"])
    aux = f"(?:{_alt(d['indefinite_aux'])})"
    return Cues(
        abbreviations=frozenset(a.lower() for a in d["abbreviations"]),
        header=h,
        small_words=frozenset(w.lower() for w in h["small_words"]),
        dateline_line=re.compile(h["dateline"]),
        separator=re.compile(h["separator"]),
        metadata=re.compile(h["metadata"], re.I),
        list_marker=re.compile(d["list_marker"], re.I),
        dateline_prefixes=tuple(re.compile(p) for p in d["dateline_prefixes"]),
        bracket_tags=re.compile(d["bracket_tags"]),
        triggers=_any(d["violence_triggers"]),
        non_act=_any(d["non_act_patterns"]),
        new_event=tuple((k, re.compile(v)) for k, v in d["new_event_cues"].items()),
        cont_start=tuple((k, re.compile(v)) for k, v in d["continuation_start"].items()),
        cont_any=_any(d["continuation_anywhere"]),
        cont_weak=_any(d["continuation_weak"]),
        followup=_any(d["casualty_followup"]),
        aggregate=_any(d["aggregate_patterns"]),
        tally_header=_any(d["tally_headers"]),
        act_trigger_rules=frozenset(f"trigger:{k}" for k in d["act_trigger_classes"]),
        background=_any(d["background_patterns"]),
        place_mixed=re.compile(d["place_mixed"]),
        place_lead=re.compile(d["place_lead"]),
        place_upper_suffix=re.compile(
            d["place_upper_suffix"].replace("{suffixes}", _alt([s.upper() for s in d["upper_place_suffixes"]]))
        ),
        place_upper_prefix=re.compile(
            d["place_upper_prefix"].replace("{prefixes}", _alt([s.upper() for s in d["upper_place_prefixes"]]))
        ),
        not_places=frozenset(w.lower() for w in d["not_places"]),
        place_generic=frozenset(w.lower() for w in d["place_generic"]),
        clause_split=re.compile("|".join(f"(?:{p})" for p in d["clause_splitters"])),
        relative_past=re.compile(d["relative_past"]),
        casualty_masks=_any(d["casualty_masks"]),
        casualty_none=re.compile(d["casualty_none"]),
        antecedent=re.compile(d["antecedent"]),
        active_verb=re.compile(rf"\b(?:{verbs})\b"),
        indefinite_act=re.compile(
            rf"^(?:[^,]{{0,50}},\s+)?{d['indefinite_subject']}\s+"
            rf"(?:(?!{aux}\b)[\w()'’\-]+\s+){{0,6}}?(?:{verbs})\b"
        ),
        verb_conjunction=re.compile(d["verb_conjunction"].replace("{verbs}", verbs)),
        separate_signal=re.compile(d["separate_signal"]),
        gap_conjunction=re.compile(d["gap_conjunction"]),
        recent_time_lead=re.compile(d["recent_time_lead"]),
        anaphoric_place=re.compile(d["anaphoric_place"]),
        also_verb=re.compile(d["also_verb"]),
        lead_stop=frozenset(w.lower() for w in d["lead_stop"]),
        also_passive=tuple(d["also_passive"]),
        conjunction_tail=re.compile(d["conjunction_tail"]),
        word=re.compile(d["word"]),
        markdown=re.compile(h["markdown"]),
        bold=re.compile(h["bold"]),
        colon_not_header=re.compile(h["colon_not_header"]),
        terminals=h["terminals"],
        closers=h["closers"],
    )


# --------------------------------------------------------------------------------------------
# small text helpers
# --------------------------------------------------------------------------------------------
def split_words(s: str) -> list[str]:
    return cues().word.findall(s)


@dataclass(frozen=True)
class Layout:
    openers: frozenset[str]
    strict: frozenset[str]
    forms: tuple[re.Pattern[str], ...]
    max_words: int
    max_title_words: int
    inline_break: re.Pattern[str]
    inline_word: re.Pattern[str]
    inline_marker: re.Pattern[str]
    header_word: re.Pattern[str]
    upper_word: re.Pattern[str]
    dateline_start: re.Pattern[str]
    source_dateline: re.Pattern[str]
    not_in_header: re.Pattern[str]
    sentence_end: re.Pattern[str]


# --------------------------------------------------------------------------------------------
# lost line breaks: give inline headers and list items their lines back
# --------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def layout_cues() -> Layout:
    d = load_yaml(CUES_FILE)["layout"]
    forms = tuple(re.compile(f"(?:{p})$") for p in d["region_forms"])
    patterns = {k: re.compile(d[k]) for k, f in Layout.__dataclass_fields__.items() if f.type == "re.Pattern[str]"}
    return Layout(
        openers=frozenset(d["openers"].lower().split()), strict=frozenset(d["strict_openers"].lower().split()),
        forms=forms, max_words=int(d["max_header_words"]), max_title_words=int(d["max_title_words"]), **patterns,
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
