"""Concept frames of the event-type triggers: an actor class + a verb class + an object class.

The frames live in ``data/event_frames.yaml`` (docs/rules/event-types.md, "Concept frames"): verb
classes are lemma lists whose inflected forms are generated here, object and actor classes are noun
patterns, and each frame says which trigger class (or type cue) a match writes, with which trigger
kinds. The spaCy component ``sitrep_triggers`` (:func:`sitrep.extractors.types.detect`) runs
:func:`find` once per document beside the ordinary trigger patterns.

A frame matches within one clause: the words between its parts are plain words (no comma or full
stop, and no conjunction or relative word between the actor and the verb). With ``passive`` the object
may also come first, followed by a form of "be" and the verb's participle, or by the participle and
"by" ("a truce brokered by elders"); ``passive_only`` frames match only that order and may ask for the
agent (``by``: "three traders were taken by armed men").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_yaml

__all__ = ["Frame", "FrameMatch", "find", "frames", "verb_forms"]

_VOWELS = "aeiou"


def verb_forms(entry: str) -> tuple[list[str], list[str]]:
    """(every form, the past participles) of a verb entry of ``event_frames.yaml``: a lemma ("sign",
    "hand over": the first word inflects) or "base|3sg|past|participle|ing" for an irregular verb."""
    if "|" in entry:
        parts = entry.split("|")
        if len(parts) != 5:
            raise ValueError(f"event_frames.yaml: an irregular verb needs five forms: {entry!r}")
        return list(dict.fromkeys(parts)), [parts[3]]
    head, _, rest = entry.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith("e") and not head.endswith("ee"):
        past, ing, third = head + "d", head[:-1] + "ing", head + "s"
    elif head.endswith("ee"):
        past, ing, third = head + "d", head + "ing", head + "s"
    elif head.endswith("y") and len(head) > 1 and head[-2] not in _VOWELS:
        past, ing, third = head[:-1] + "ied", head + "ing", head[:-1] + "ies"
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        past, ing, third = head + "ed", head + "ing", head + "es"
    elif (len(head) <= 4 and len(head) >= 3 and head[-1] not in _VOWELS + "wxy" and head[-2] in _VOWELS
          and head[-3] not in _VOWELS):
        # a short consonant-vowel-consonant verb doubles its last letter: "swap" -> "swapped", "grab" -> "grabbing"
        past, ing, third = head + head[-1] + "ed", head + head[-1] + "ing", head + "s"
    else:
        past, ing, third = head + "ed", head + "ing", head + "s"
    forms = [head, third, past, ing]
    return [f + tail for f in dict.fromkeys(forms)], [past + tail]


def _alt(items: list[str]) -> str:
    # longest first, so "take control of" is tried before "take"
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


def _phrase(form: str) -> str:
    return r"\s+".join(re.escape(w) for w in form.split())


#: a plain word between the parts of a frame (no punctuation)
_WORD = r"[\w'’-]+"
#: words that end the actor's clause when the actor is often the speaker (``across_said``): conjunctions, relative
#: words, accusations and denials
_CLAUSE_WORDS = r"and|or|but|who|whom|which|after|before|when|while|as|because|since|if|then|accus\w*|alleg\w*|deny|denied"
_CLAUSE_SAID = rf"(?:{_CLAUSE_WORDS})"
#: ... and, for every other frame, the reporting verbs too: an actor followed by one of them is not the verb's subject
_CLAUSE = rf"(?:{_CLAUSE_WORDS}|that|said|says|say|saying|reported|report|reports|claim\w*|told)"
#: a verb form used as an adjective after a determiner ("the abandoned town hall") is no verb of a frame, and
#: neither is an infinitive or a modal's verb: a plan, a demand or the content of a deal ("agreed to hand over
#: checkpoints", "will withdraw from the town"), not an act done
_DETERMINERS = ("the", "a", "an", "its", "their", "his", "her", "our")
_MODALS = ("to", "will", "would", "could", "may", "might", "should", "must", "shall", "can")
_NOT_ADJECTIVE = "".join(rf"(?<!\b{w}\s)" for w in (*_DETERMINERS, *_MODALS))
#: ... for frames whose announcement is the event even in the future tense (``allow_modal``)
_NOT_ADJECTIVE_ONLY = "".join(rf"(?<!\b{w}\s)" for w in _DETERMINERS)
_BE = r"(?:is|are|was|were|being|has\s+been|have\s+been|had\s+been)"  # (not "will be": a modal is no act done)


def _gap(n: int, clause_words: bool = False, said: bool = False, gap_not: list[str] | None = None,
         least: int = 0) -> str:
    """Up to ``n`` plain words (between an actor and its verb, ``clause_words``: no conjunction or relative word, and
    a place in apposition set off by commas may come in: "A crowd in Mukuru, Nairobi, beat ...")."""
    # ``gap_not``: words none of them may be ("took place", "handed over to")
    if n <= 0:
        return ""
    word = rf"(?!{_CLAUSE_SAID if said else _CLAUSE}\b){_WORD}" if clause_words else _WORD
    if gap_not:
        if not all(isinstance(w, str) for w in gap_not):  # YAML reads a bare off / on / no as a boolean
            raise ValueError(f"event_frames.yaml: quote the words of gap_not: {gap_not!r}")
        word = rf"(?!(?:{'|'.join(map(re.escape, gap_not))})\b){word}"
    if clause_words:
        return rf"(?:\s+{word}|,\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,){{{least},{n}}}?"
    return rf"(?:\s+{word}){{{least},{n}}}?"


@dataclass(frozen=True)
class Frame:
    name: str
    #: the trigger class written (event_patterns.yaml ``triggers``), or None for a type cue
    cls: str | None
    #: the type cue written (rule ``cue:<name>``), or None for a trigger
    cue: str | None
    kinds: frozenset[str]
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class FrameMatch:
    frame: Frame
    start: int
    end: int
    #: where the frame's core (verb to object, or object to participle) starts
    core_start: int
    text: str


def _frame_pattern(spec: dict, verbs: dict[str, list[str]], nouns: dict[str, list[str]]) -> str:
    forms: list[str] = []
    participles: list[str] = []
    excluded = set(spec.get("exclude_verbs", ()))
    for entry in verbs[spec["verbs"]]:
        if entry in excluded:
            continue
        f, p = verb_forms(entry)
        forms += f
        participles += p
    guard = _NOT_ADJECTIVE_ONLY if spec.get("allow_modal") else _NOT_ADJECTIVE
    verb = guard + _alt([_phrase(f) for f in dict.fromkeys(forms)])
    if spec.get("verb_pairs"):  # two verbs of the class joined: "chased and beat", "beat and burned"
        verb = rf"{verb}(?:\s+and\s+{_alt([_phrase(f) for f in dict.fromkeys(forms)])})?"
    part = _alt([_phrase(f) for f in dict.fromkeys(participles)])
    objs = spec["objects"]
    obj = _alt([p for o in ([objs] if isinstance(objs, str) else objs) for p in (nouns[o] if o in nouns else [o])])
    # a deal or a truce that is only talked about is no agreement ("agreed to peace talks")
    not_talk = r"(?!\s+(?:talks|negotiations|process|proposals?|plans?|conference|summit|initiative|framework|bid|offer|envoy))"
    gap = int(spec.get("gap", 3))
    alts: list[str] = []
    if not spec.get("passive_only"):
        core = rf"(?P<core>{verb}{_gap(gap, gap_not=spec.get('gap_not'), least=int(spec.get('min_gap', 0)))}\s+{obj}){not_talk}"
        if spec.get("actors"):
            actors = _alt([p for a in spec["actors"] for p in nouns[a]])
            not_after = spec.get("actor_not_after") or []
            guard = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in not_after)
            alts.append(rf"{guard}{actors}(?:['’]s)?{_gap(int(spec.get('actor_gap', 6)), clause_words=True, said=bool(spec.get('across_said')))}\s+{core}")
        else:
            alts.append(core)
    if spec.get("passive") or spec.get("passive_only"):
        by = rf"{_gap(4)}\s+by\s+(?:(?:the|a|an|some|several|\d+|two|three|four|five)\s+)?{_alt(nouns[spec['by']])}" \
            if spec.get("by") else ""
        name = "pcore" if alts else "core"
        passive = rf"(?P<{name}>{obj}{_gap(3)}\s+{_BE}\s+(?:\w+ly\s+)?{part}{by})"
        if not by:
            passive = rf"(?:{passive}|(?P<{name}b>{obj}\s+{part}\s+by))"
        alts.append(passive)
    return "|".join(f"(?:{a})" for a in alts)


@lru_cache(maxsize=1)
def frames() -> list[Frame]:
    """The compiled frames of ``event_frames.yaml``."""
    data = load_yaml("event_frames.yaml")
    verbs, nouns = data["verbs"], data["nouns"]
    out: list[Frame] = []
    for spec in data["frames"]:
        pat = _frame_pattern(spec, verbs, nouns)
        out.append(Frame(spec["name"], spec.get("class"), spec.get("cue"), frozenset(spec.get("kinds", ())),
                         re.compile(rf"(?<![\w-])(?:{pat})(?![\w-])", re.I)))
    return out


def find(text: str) -> list[FrameMatch]:
    """Every frame match in ``text`` (frames may overlap one another)."""
    out: list[FrameMatch] = []
    for fr in frames():
        for m in fr.pattern.finditer(text):
            core = next((m.start(g) for g in ("core", "pcore", "coreb", "pcoreb")
                         if g in fr.pattern.groupindex and m.start(g) >= 0), m.start())
            out.append(FrameMatch(fr, m.start(), m.end(), core, m.group()))
    return out
