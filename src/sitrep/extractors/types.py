"""Event types: ACLED event_type / sub_event_type and GTD attack / target / weapon types.

Rules are documented in docs/rules/event-types.md. Trigger words live in
``data/event_patterns.yaml`` (plus the attack labels of ``data/neutral_terms.yaml``), GTD cues in
``data/gtd_types.yaml`` and the scope cues in ``data/type_combine.yaml``.

Detection runs once per document: the spaCy component ``sitrep_triggers`` (:func:`detect`, listed
in ``pipeline.DETECTORS``) writes the span groups ``triggers`` (rule ``trigger:<class>``),
``trigger_masks`` (``mask``), ``weapons`` (``weapon:<kind>``, ``gtd-weapon:<type>``) and
``type_cues`` (``cue:<name>``, ``gtd-attack:<type>``, ``gtd-target:<type>``, ``scope:<kind>``)
into the annotated document. For each mention the classifier then only chooses:

1. the trigger classes in the mention, ignoring triggers inside *masked* spans (aggregates such as
   "31 attacks have been recorded since January", references back such as "no group claimed the
   attack", threats and plans);
2. no trigger left -> ``is_event=False`` (the mention describes no act);
3. otherwise the named features of :func:`type_features` (actor types, explosion class, protest,
   killing, exchange of fire...) go through :func:`decide`, ACLED's precedence Battles > Protests >
   Riots > Explosions/Remote violence > Violence against civilians > Strategic developments: fire
   exchanged between two armed parties is Battles, an explosive or remote weapon without an
   exchange of fire is Explosions/Remote violence whoever it hits, violence by an armed party on
   civilians is Violence against civilians;
4. the learned model (:mod:`.type_model`) sees the same features and may override or scope out
   (:func:`combine`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..annotate import Annotation, Found, add_spans, annotate, doc_text, mention_ranges
from ..model import (
    SUB_EVENT_PARENT,
    ActorsValue,
    ActorType,
    ClaimValue,
    DocContext,
    Document,
    EventType,
    Evidence,
    Mention,
    PlaceValue,
    SubEventType,
    TypeValue,
)
from ..resources import load_yaml
from .actors import extract_actors, neutral_term_entries, side_derived_by
from . import type_frames
from .type_model import NONE_LABEL, RuleView, load_head, load_model, load_style

__all__ = ["classify", "detect", "decide", "type_features", "mention_cues", "Trigger", "TypeFeatures",
           "MentionCues", "DETECTOR", "scope_cue"]

#: the spaCy component that detects triggers, masks, weapons and cues once per document
DETECTOR = "sitrep_triggers"

_ARMED = {ActorType.STATE_FORCES, ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA,
          ActorType.EXTERNAL_OTHER}
_STATE = {ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER}
#: soft mask rules that hide their trigger words and never mark the mention masked (the model may still type an
#: act the triggers have no word for): a negated fight, an act named in general as what an inquiry is about
_UNMARKED_MASKS = frozenset({"mask:negated", "mask:reference"})


@dataclass(frozen=True)
class Trigger:
    cls: str
    start: int
    end: int
    text: str
    #: kinds of ``trigger_kinds`` (event_patterns.yaml) the trigger's text shows: "kill", "strong_clash"
    kinds: frozenset[str] = frozenset()


@dataclass
class _Patterns:
    trigger_re: re.Pattern[str]
    classes: list[str]
    mask_re: re.Pattern[str]
    outcome_mask_re: re.Pattern[str]
    #: ``soft_masks`` of event_patterns.yaml by kind (rule ``mask:<kind>``): they hide the triggers inside them
    #: but, unlike ``masks``, do not mark a mention masked by being there (``context``), or at all (``negated``,
    #: ``reference``)
    soft_mask_res: dict[str, re.Pattern[str]]
    kinds: dict[str, re.Pattern[str]]
    explosion_order: list[str]
    explosion_subs: dict[str, SubEventType]
    other_unless: frozenset[str]
    #: the trigger classes of ground changing hands, and the words of violence beside which a transfer word alone
    #: does not make it Non-violent transfer of territory (rule type-non-violent-transfer-unopposed)
    territorial: tuple[str, ...]
    transfer_unless: frozenset[str]
    #: explosion classes that, beside a disruption and no harm done, are the device found or made safe
    disrupted_explosions: frozenset[str]
    attack_rules: list[dict[str, Any]]
    weapon_rules: list[dict[str, Any]]
    no_attack_subs: frozenset[SubEventType]
    target_by_actor: dict[str, tuple[str, ...]]
    #: (span group, rule id, pattern) of every cue the detector writes besides triggers and masks
    cue_res: list[tuple[str, str, re.Pattern[str]]]
    target_names: list[str]
    scope_kinds: list[str]
    #: holds at every position where some pattern of ``cue_res`` matches (:func:`_cue_starts`)
    cue_starts: re.Pattern[str] | None = None


_WORD_START = r"\b(?=\w)(?<![\w-])"


def _wrap(p: str) -> str:
    return rf"(?<![\w-])(?:{p})(?![\w-])"


#: the leading bounds of the patterns of :func:`_any_word` and :func:`_words` (see :func:`_cue_starts`)
_ANY_WORD_BOUND = r"(?<![\w-])"
_WORD_BOUND = r"\b"


def _any_word(pats: list[str]) -> re.Pattern[str]:
    """One pattern for a list of word patterns, each bounded as :func:`_wrap` bounds it; the
    bounds are checked once per position, not once per alternative (five times faster)."""
    return re.compile(_ANY_WORD_BOUND + "(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?![\w-])", re.I)


def _words(pats: list[str]) -> re.Pattern[str]:
    return re.compile(_WORD_BOUND + "(?:" + "|".join(pats) + r")\b", re.I)


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_yaml("event_patterns.yaml")
    parts: list[str] = []
    classes: list[str] = []
    order = data["class_order"]
    order = [c for c in order if c in data["triggers"]] + [c for c in data["triggers"] if c not in order]
    for cls in order:
        pats = data["triggers"][cls]
        parts.append(f"(?P<c{len(classes)}>" + "|".join(f"(?:{p})" for p in pats) + ")")
        classes.append(cls)
    # attack labels from the reviewed neutral-terms lexicon
    label_cls = data["attack_label_classes"]
    label_pats: dict[str, list[str]] = {}
    for t in neutral_term_entries():
        if t["kind"] == "attack-label" and t.get("maps_to") in label_cls:
            label_pats.setdefault(label_cls[t["maps_to"]], []).append(t["term"])
    for cls, pats in label_pats.items():
        parts.insert(0, f"(?P<c{len(classes)}>" + "|".join(f"(?:{p})" for p in pats) + ")")
        classes.append(cls)
    # one word-boundary guard around the whole alternation: much faster than one per pattern
    trigger_re = re.compile(_WORD_START + "(?:" + "|".join(parts) + r")(?![\w-])", re.I)
    mask_re = re.compile(_WORD_START + "(?:" + "|".join(f"(?:{p})" for p in data["masks"]) + r")(?![\w-])", re.I)
    outcome_mask_re = re.compile(_WORD_START + "(?:" + "|".join(f"(?:{p})" for p in data["outcome_masks"])
                                 + r")(?![\w-])", re.I)
    cue_res: list[tuple[str, str, re.Pattern[str]]] = []
    for kind, pats in data["weapons"].items():
        cue_res.append(("weapons", f"weapon:{kind}", _words(pats)))
    for name, pats in data["cues"].items():
        cue_res.append(("type_cues", f"cue:{name}", _words(pats)))
    combine_cfg = combine_settings()
    cue_res.append(("weapons", "weapon:armed", _any_word(combine_cfg["scope_weapons"])))
    cue_res.append(("type_cues", "cue:political", _any_word(combine_cfg["scope_political"])))
    for kind, pats in combine_cfg["scope_cues"].items():
        cue_res.append(("type_cues", f"scope:{kind}", _any_word(pats)))
    gtd = load_yaml("gtd_types.yaml")
    for group, rules in (("type_cues", gtd["attack_types"]), ("weapons", gtd["weapon_types"])):
        prefix = "gtd-attack" if group == "type_cues" else "gtd-weapon"
        for rule in rules:
            if rule.get("cues"):
                cue_res.append((group, f"{prefix}:{rule['type']}", _any_word(rule["cues"])))
    for name, cues in gtd["target_types"].items():
        cue_res.append(("type_cues", f"gtd-target:{name}", _any_word(cues)))
    return _Patterns(
        trigger_re=trigger_re,
        classes=classes,
        mask_re=mask_re,
        outcome_mask_re=outcome_mask_re,
        soft_mask_res={k: re.compile(_WORD_START + "(?:" + "|".join(f"(?:{p})" for p in pats) + r")(?![\w-])", re.I)
                       for k, pats in data["soft_masks"].items()},
        kinds={k: re.compile(p, re.I) for k, p in data["trigger_kinds"].items()},
        explosion_order=list(data["explosion_order"]),
        explosion_subs={k: SubEventType(v) for k, v in data["explosion_subs"].items()},
        other_unless=frozenset(data["other_unless"]),
        territorial=tuple(data["territorial"]),
        transfer_unless=frozenset(data["transfer_unless"]),
        disrupted_explosions=frozenset(data["disrupted_explosions"]),
        attack_rules=gtd["attack_types"],
        weapon_rules=gtd["weapon_types"],
        no_attack_subs=frozenset(SubEventType(s) for s in gtd["no_attack_subs"]),
        target_by_actor={k: tuple(v) for k, v in gtd["target_by_actor"].items()},
        cue_res=cue_res,
        target_names=list(gtd["target_types"]),
        scope_kinds=list(combine_cfg["scope_cues"]),
        cue_starts=_cue_starts([rx for _, _, rx in cue_res]),
    )


_CUE_BOUNDS = (_ANY_WORD_BOUND, _WORD_BOUND)


def _cue_starts(patterns: list[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One zero-width pattern that holds exactly where some of ``patterns`` matches: each pattern
    after its leading bound as a lookahead, the bound checked once per position for them all.
    None when a pattern does not suit (another bound or flags, a back-reference)."""
    bodies: dict[str, list[str]] = {b: [] for b in _CUE_BOUNDS}
    for rx in patterns:
        bound = next((b for b in _CUE_BOUNDS if rx.pattern.startswith(b)), None)
        if bound is None or rx.flags != patterns[0].flags or "(?P=" in rx.pattern \
                or any(f"\\{d}" in rx.pattern for d in range(1, 10)):
            return None
        bodies[bound].append(rx.pattern[len(bound):])
    try:
        return re.compile("|".join(f"{b}(?=" + "|".join(f"(?:{x})" for x in xs) + ")"
                                   for b, xs in bodies.items() if xs), patterns[0].flags)
    except re.error:  # e.g. a group name used by two patterns
        return None


def _matches(rx: re.Pattern[str], text: str, starts: list[int] | None) -> list[tuple[int, int]]:
    """The spans of ``rx.finditer(text)``, trying ``rx`` only at ``starts`` (every position where
    it may match, in order) when given."""
    if starts is None:
        return [m.span() for m in rx.finditer(text)]
    out: list[tuple[int, int]] = []
    end = 0
    for p in starts:
        if p < end:
            continue
        m = rx.match(text, p)
        if m is not None:
            if m.end() == p:  # an empty match: finditer's own rules apply
                return [m.span() for m in rx.finditer(text)]
            out.append(m.span())
            end = m.end()
    return out


# -- detection, once per document -----------------------------------------------------------------

#: the span groups the detector writes
GROUPS = ("triggers", "trigger_masks", "weapons", "type_cues")


@lru_cache(maxsize=8192)
def _trigger_kinds(word: str) -> frozenset[str]:
    """The kinds (explosive, air, ...) a trigger word carries (cached per word, not per text)."""
    return frozenset(k for k, rx in _patterns().kinds.items() if rx.search(word))


@Language.component(DETECTOR)
def detect(doc: Doc) -> Doc:
    """Write the span groups of :data:`GROUPS`: every trigger (value :class:`Trigger`), masked span,
    weapon and type cue of the document, with its rule id."""
    pats = _patterns()
    text = doc_text(doc)
    add_spans(doc, "trigger_masks", [*((m.start(), m.end(), "mask", None) for m in pats.mask_re.finditer(text)),
                                     *((m.start(), m.end(), "mask:outcome", None)
                                       for m in pats.outcome_mask_re.finditer(text)),
                                     *((m.start(), m.end(), f"mask:{k}", None)
                                       for k, rx in pats.soft_mask_res.items() for m in rx.finditer(text))])
    found = []
    for m in pats.trigger_re.finditer(text):
        cls = pats.classes[int(m.lastgroup[1:])] if m.lastgroup else "attack"
        word = m.group()
        kinds = _trigger_kinds(word)
        found.append((m.start(), m.end(), f"trigger:{cls}", Trigger(cls, m.start(), m.end(), word, kinds)))
    # concept frames (event_frames.yaml): a frame's core supersedes the ordinary triggers inside it
    matches = type_frames.find(text)
    cores = [(fm.core_start, fm.end) for fm in matches if fm.frame.cls is not None]
    found = [f for f in found if not any(s <= f[0] and f[1] <= e for s, e in cores)]
    for fm in matches:
        if fm.frame.cls is not None:
            found.append((fm.start, fm.end, f"trigger:{fm.frame.cls}",
                          Trigger(fm.frame.cls, fm.start, fm.end, fm.text,
                                  _trigger_kinds(fm.text) | fm.frame.kinds | {"frame", f"frame:{fm.frame.name}"})))
    found.sort(key=lambda f: (f[0], f[1]))
    add_spans(doc, "triggers", found)
    groups: dict[str, list[tuple[int, int, str, Any]]] = {"weapons": [], "type_cues": []}
    groups["type_cues"].extend((fm.start, fm.end, f"cue:{fm.frame.cue}", None) for fm in matches
                               if fm.frame.cue is not None)
    starts = [m.start() for m in pats.cue_starts.finditer(text)] if pats.cue_starts is not None else None
    for group, rule, rx in pats.cue_res:
        groups[group].extend((s, e, rule, None) for s, e in _matches(rx, text, starts))
    for group, items in groups.items():
        add_spans(doc, group, items)
    return doc


def _annotation(doc: Document, ctx: DocContext | None) -> Annotation:
    """The document's annotation with this module's span groups (annotated here when the pipeline
    did not run the detector, e.g. a mention classified on its own)."""
    ann = ctx.annotation if ctx is not None else None
    if ann is None or "triggers" not in ann.doc.spans:
        ann = annotate(doc, (DETECTOR,))
    return ann


@dataclass
class MentionCues:
    """What the detector found inside one mention's text ranges."""

    ranges: list[tuple[int, int]]
    triggers: list[Trigger]
    #: a mask hid a trigger, or a mask other than a negated outcome lies in the mention
    masked: bool
    #: rule ids of the weapons and type cues in the mention
    rules: set[str] = field(default_factory=set)
    #: (start, target type) of the GTD target cues in the mention
    targets: list[tuple[int, str]] = field(default_factory=list)
    #: the scope cue kinds found anywhere in the document (rule ids ``scope:<kind>``)
    doc_scope: set[str] = field(default_factory=set)
    #: the trigger classes a mask hid in the mention ("a planned rally": protest)
    hidden: frozenset[str] = frozenset()

    def has(self, rule: str) -> bool:
        return rule in self.rules


def _inside(found: list[Found], ranges: list[tuple[int, int]]) -> list[Found]:
    return [f for f in found if any(s <= f.start and f.end <= e for s, e in ranges)]


def mention_cues(ann: Annotation, mention: Mention) -> MentionCues:
    """Triggers outside masked spans, whether the mention is masked, and the weapons and cues, in the
    mention's ranges (a mask counts from where it starts in a range). The mention is masked when a
    mask hid a trigger or when it holds a mask other than a negated outcome (an aggregate, a threat,
    an advisory): a negated outcome alone ("No fatalities were reported" beside an act the triggers
    have no word for) leaves the mention to the model."""
    ranges = mention_ranges(mention)
    masks = [f for f in ann.spans("trigger_masks") if any(s <= f.start < e for s, e in ranges)]
    triggers: list[Trigger] = []
    hidden = False
    hidden_classes: set[str] = set()
    for s, e in ranges:
        for f in ann.spans("triggers", s, e):
            covering = [m for m in masks if s <= m.start < e and m.start <= f.start < min(m.end, e)]
            if not covering:
                triggers.append(f.value)
            else:
                hidden_classes.add(f.value.cls)
                if any(m.rule not in _UNMARKED_MASKS for m in covering):
                    hidden = True  # (a negated fight, "there were no clashes", hides its word and no more)
    rules: set[str] = set()
    targets: list[tuple[int, str]] = []
    for s, e in ranges:
        for f in [*ann.spans("weapons", s, e), *ann.spans("type_cues", s, e)]:
            rules.add(f.rule)
            if f.rule.startswith("gtd-target:"):
                targets.append((f.start, f.rule.split(":", 1)[1]))
    masked = hidden or any(m.rule == "mask" for m in masks)
    doc_scope = {f.rule for f in ann.spans("type_cues") if f.rule.startswith("scope:")}
    return MentionCues(ranges, triggers, masked, rules, targets, doc_scope, frozenset(hidden_classes))


# -- the features of the decision, in one place ------------------------------------------------


@dataclass(frozen=True)
class TypeFeatures:
    """The named features the rules decide on (and the model sees through :class:`RuleView`)."""

    classes: frozenset[str]  # trigger classes in the mention
    actor1: ActorType | None
    actor2: ActorType | None
    a1_state: bool  # actor1 is a state or external force
    a1_named: bool  # actor1 is named in the text (not a default such as an unidentified armed group)
    a2_civilians: bool
    armed_pair: bool  # both actors are organised armed parties
    explosion: str | None  # the explosion class (explosion_order), if any
    disrupted_only: bool  # "exploded"/"detonated" beside a disruption, with no harm: no explosion
    protest_words: bool  # a protest, excessive-force or crowd-control trigger (not beside weapons)
    protest: bool  # ... or a crowd named as actor1
    kills: bool  # a harm trigger says someone died
    strong_clash: bool  # a clash trigger says fire was exchanged
    arrest_only: bool  # an arrest by state (or unnamed) forces with no killing, fight or protest
    mixed_arms: bool  # a grenade with small arms between armed parties
    firearms: bool  # small arms named
    armed_scope: bool  # an organised armed actor, a weapon trigger or an armed word: inside ACLED's scope
    political: bool  # a political target or motive named (opposition, activist, insurgents...)
    state_retakes: bool = False  # state forces are the subject of a recapture word
    armed_words: bool = False  # a weapon trigger other than a bare explosion, or an armed word (scope_weapons)
    #: an armed actor named in the text that is not an unidentified one (a gunman, a suspect:
    #: ``scope_cues_over_unidentified`` actors)
    organised_actor: bool = False
    no_fight: bool = False  # ground changing hands told as unopposed ("without a fight", "no clashes were reported")
    premature: bool = False  # a device set off while being planted or made, or prematurely (Disrupted weapons use)
    serious_harm: bool = False  # someone left critically or seriously hurt
    exchange: bool = False  # an exchange of captives or of the dead (an Agreement, not Arrests)
    party_noun_only: bool = False  # the only attack words name the armed party ("gunmen"), no act of its own
    harm_on_protesters: bool = False  # a harm word whose object is protesters ("beat demonstrators")
    stopped: bool = False  # an attacker stopped before the charge went off ("a would-be suicide bomber")
    sexual_done: bool = False  # a sexual act told as done ("sexually assaulted her"), not named as a cause
    #: a trigger of a concept frame whose object belongs to armed conflict (a truce, ground, operations, a curfew):
    #: the development is ACLED's whoever the text names (frame kind ``conflict``)
    conflict: bool = False
    #: a non-state party named as the subject of a takeover (frame kind ``nonstate``: "Rebels overran a base")
    nonstate_takes: bool = False
    #: a protest word a mask hid in the mention (a rally planned, a protest named as the reason of an arrest)
    protest_hidden: bool = False
    #: every riot trigger names a crowd as its subject ("a crowd set fire to a truck"), no demonstrators (trigger kind
    #: ``crowd``)
    crowd_riot: bool = False

    def has(self, cls: str) -> bool:
        return cls in self.classes


def _actor_type(actors: ActorsValue, which: str) -> ActorType | None:
    a = getattr(actors, which)
    return a.actor_type if a is not None else None


def type_features(cues: MentionCues, actors: ActorsValue) -> TypeFeatures:
    """All features of the type decision, computed from the mention's cues and its actors."""
    pats = _patterns()
    classes = frozenset(t.cls for t in cues.triggers)
    if any("beating" in t.kinds for t in cues.triggers if t.cls == "arrests"):
        classes |= {"harm"}  # "assault and arrest a reporter": someone hurt, not only arrested
    if ("disrupted" in classes and all("foil" in t.kinds for t in cues.triggers if t.cls == "disrupted")
            and not (classes | cues.hidden) & set(pats.explosion_order) and not cues.has("weapon:firearms")):
        # a plot or an attack foiled or thwarted with no weapon named (not even in a masked "bomb plot") is no weapon
        # stopped ("foiled a planned attack after a tip-off"; acled-notes train: none of 44 such notes is Disrupted
        # weapons use, 30 are armed clashes)
        classes -= {"disrupted"}
    has = classes.__contains__
    a1, a2 = _actor_type(actors, "actor1"), _actor_type(actors, "actor2")
    a1_state = a1 in _STATE
    armed_pair = a1 in _ARMED and a2 in _ARMED
    explosion = next((c for c in pats.explosion_order if has(c)), None)
    disrupted_only = (has("disrupted") and not cues.has("cue:outcome")
                      and (explosion is None or explosion in pats.disrupted_explosions))
    protest_words = has("protest") or has("excessive_force") or (has("intervention") and not (explosion or has("clash")))
    kills = any("kill" in t.kinds for t in cues.triggers if t.cls == "harm")
    strong_clash = any("strong_clash" in t.kinds for t in cues.triggers if t.cls == "clash")
    used_arms = cues.has("weapon:firearms")  # small arms used ("opened fire", "rifles"), for a mixed-arms attack
    firearms = used_arms or cues.has("weapon:armed_men")
    # (someone hurt, a crowd's or a riot's violence beside the arrest: the violence is the event)
    kinds = {k for t in cues.triggers for k in t.kinds}
    exchange = any("exchange" in t.kinds for t in cues.triggers if t.cls == "agreement")
    arrest_only = (has("arrests") and (a1_state or a1 is None) and not kills and not strong_clash and not exchange
                   and not protest_words and (explosion is None or has("disrupted")) and not has("sexual")
                   and not has("harm") and not has("mob") and not has("riot") and not has("looting"))
    mixed_arms = explosion == "grenade" and armed_pair and (has("attack") or has("clash")) and used_arms
    # (a crowd named as actor1 beside an arrest, whose protest word a mask hid - the organisers of a rally still ahead,
    # people held for calling a protest - is the arrest's object, not a protest)
    protest = (protest_words or (a1 == ActorType.PROTESTERS and not (has("arrests") and "protest" in cues.hidden))
               or (a1 == ActorType.RIOTERS and has("riot")))
    unarmed = tuple(combine_settings()["scope_unarmed_actors"])
    armed_named = [a for a in (actors.actor1, actors.actor2)
                   if a is not None and a.actor_type in _ARMED and a.evidence and not a.name.startswith(unarmed)]
    armed_actor = bool(armed_named)
    unidentified = tuple(combine_settings()["scope_cues_over_unidentified"]["actors"])
    # a person named by name (an individual the actor detector derived from the text) is no organised party
    individual = tuple(combine_settings()["scope_cues_over_unidentified"].get("derived", ()))
    persons = {which for which in ("actor1", "actor2") if side_derived_by(actors.rules, which, individual)}
    organised_actor = any(not a.name.startswith(unidentified) and not any(
        getattr(actors, which) is a for which in persons) for a in armed_named)
    armed_words = any(c in pats.explosion_subs and c != "ied" for c in classes) or cues.has("weapon:armed")
    a1_named = actors.actor1 is not None and bool(actors.actor1.evidence)
    return TypeFeatures(classes, a1, a2, a1_state, a1_named, a2 == ActorType.CIVILIANS, armed_pair, explosion, disrupted_only,
                        protest_words, protest, kills, strong_clash, arrest_only, mixed_arms, firearms,
                        armed_actor or armed_words, cues.has("cue:political"), cues.has("cue:state_retakes"),
                        armed_words, organised_actor, cues.has("cue:no_fight"),
                        any("premature" in t.kinds for t in cues.triggers if t.cls == "disrupted"),
                        "serious" in kinds and has("harm"), exchange,
                        has("attack") and all("party_noun" in t.kinds for t in cues.triggers if t.cls == "attack"),
                        any("on_protesters" in t.kinds for t in cues.triggers if t.cls == "harm"),
                        any("stopped" in t.kinds for t in cues.triggers if t.cls == "disrupted"),
                        any("done" in t.kinds for t in cues.triggers if t.cls == "sexual"),
                        any("conflict" in t.kinds for t in cues.triggers) or cues.has("cue:armed_party"),
                        any("nonstate" in t.kinds for t in cues.triggers if t.cls == "overtakes"),
                        "protest" in cues.hidden,
                        has("riot") and all("crowd" in t.kinds for t in cues.triggers if t.cls == "riot"))


# -- the rules' decision ------------------------------------------------------------------------

_S = SubEventType


def decide(f: TypeFeatures) -> tuple[SubEventType, str, tuple[str, ...]] | None:
    """ACLED's precedence over the features (docs/rules/event-types.md, "Rules"): the sub-event type,
    the rule id and the trigger classes it used; None when no rule applies (no event)."""
    has = f.has
    a1, expl = f.actor1, f.explosion
    armed_a1 = a1 in _ARMED
    harmish = has("attack") or has("harm")
    # ground changing hands with no fight told (unopposed, "no clashes were reported", or a withdrawal and no
    # word of violence at all): Non-violent transfer of territory, whoever took it
    pats = _patterns()
    territorial = f.classes & set(pats.territorial)
    # (not a base set up in a place taken over without a fight: "turned an abandoned hotel into their headquarters ...
    # moved in without a fight" is the base)
    if (territorial and not f.strong_clash and not f.kills and expl is None and not has("attack") and not f.protest
            and not has("headquarters") and not (has("looting") and not f.classes & {"overtakes", "gov_regains"})
            and (f.no_fight or (has("nonviolent_transfer") and not f.classes & pats.transfer_unless))):
        taken = territorial != {"nonviolent_transfer"}  # a takeover word told as unopposed
        return (_S.NON_VIOLENT_TRANSFER, "type-non-violent-transfer-unopposed" if taken else "type-non-violent-transfer",
                pats.territorial)
    # 1. Battles
    if has("gov_regains") and (f.a1_state or not a1 or not f.a1_named or f.state_retakes):
        return _S.GOVERNMENT_REGAINS_TERRITORY, "type-gov-regains-territory", ("gov_regains",)
    # a named non-state actor that "recaptured" ground takes it: Non-state actor overtakes territory
    if has("gov_regains") and not has("overtakes") and f.a1_named and a1 in _ARMED and expl is None:
        return _S.NON_STATE_OVERTAKES_TERRITORY, "type-nonstate-recaptures-territory", ("gov_regains",)
    # state forces the subject of a takeover or a push out ("Troops drove militants out of the town"): the state
    # regains ground, even when the fight is told too (the change of ground is the point of the event)
    if has("overtakes") and f.state_retakes and not f.nonstate_takes:
        return _S.GOVERNMENT_REGAINS_TERRITORY, "type-gov-regains-territory", ("overtakes",)
    # a non-state party the subject of a takeover ("Rebels overran a military base after a gun battle"), or a
    # takeover word with a non-state actor1: Non-state actor overtakes territory, even with the fight told
    if has("overtakes") and not has("gov_regains") and (f.nonstate_takes or (a1 is not None and not f.a1_state)):
        rule = "type-nonstate-takes-ground" if f.nonstate_takes else "type-nonstate-overtakes-territory"
        return _S.NON_STATE_OVERTAKES_TERRITORY, rule, ("overtakes",)
    if has("overtakes") and f.a1_state:
        return _S.GOVERNMENT_REGAINS_TERRITORY, "type-gov-regains-territory", ("overtakes",)
    # an arrest by state forces (or unnamed forces) is an arrest, even when the text mentions a raid,
    # explosives seized or shots in passing - unless someone was killed or fire was exchanged
    if f.arrest_only:
        return _S.ARRESTS, "type-arrests", ("arrests",)
    # ground changing hands "unopposed" / "after the troops withdrew": no fight, whatever else is named
    if (has("nonviolent_transfer") and not f.strong_clash and not f.kills and expl is None and not has("attack")
            and not f.protest and not has("headquarters") and not has("looting")):
        return _S.NON_VIOLENT_TRANSFER, "type-non-violent-transfer", ("nonviolent_transfer",)
    if has("clash") and not f.protest and (f.armed_pair or not f.a2_civilians) and not (expl and not f.strong_clash):
        return _S.ARMED_CLASH, "type-armed-clash", ("clash",)
    if (f.strong_clash and not f.protest and not expl and not (has("attack") and not f.party_noun_only)
            and not has("abduction") and not has("sexual") and (a1 is None or armed_a1)):
        # "fighting between armed groups ... 27 people have been killed": the dead of a fight are
        # its toll, not the target of an attack on civilians ("gunmen from two rival gangs fought": the noun
        # that names the party is no attack of its own)
        return _S.ARMED_CLASH, "type-armed-clash-with-casualties", ("clash",)
    if f.mixed_arms:
        return _S.ARMED_CLASH, "type-attack-mixed-arms", ("attack", "grenade")
    if has("attack") and f.armed_pair and not f.protest and expl is None and not f.disrupted_only:
        return _S.ARMED_CLASH, "type-attack-on-armed-party", ("attack",)
    # 2. Protests / 3. Riots
    # a crowd's violence with no protest word and no demonstrators is mob violence ("An angry crowd set fire to the
    # truck and beat its driver"; acled-notes train: 39 of 61 such notes, 8 violent demonstrations)
    if f.crowd_riot and not has("protest") and not has("excessive_force") and not (expl or f.strong_clash):
        return _S.MOB_VIOLENCE, "type-mob-crowd-riot", ("riot",)
    if f.protest and (has("riot") or (has("looting") and not has("excessive_force"))):
        return _S.VIOLENT_DEMONSTRATION, "type-violent-demonstration", ("protest", "riot", "looting")
    if f.protest and has("excessive_force"):
        return _S.EXCESSIVE_FORCE, "type-excessive-force", ("protest", "excessive_force")
    if (f.protest and not has("riot") and (f.serious_harm or f.kills)
            and (f.harm_on_protesters or f.a1_state or a1 is None or has("intervention"))):
        # peaceful protesters killed or left critically or seriously hurt (an eye lost, bones broken) by the force
        # used on them (with a crowd-control word, the force is the police's whoever actor coding put first)
        return _S.EXCESSIVE_FORCE, "type-excessive-force-serious-harm", ("harm",)
    if f.protest and f.a1_state and (f.kills or (has("attack") and f.firearms)):
        # state forces killing or shooting at protesters: lethal force, whatever the other words
        return _S.EXCESSIVE_FORCE, "type-excessive-force-state-lethal", ("protest", "harm", "attack")
    if f.protest and f.sexual_done and (has("arrests") or f.a1_state) and not has("excessive_force"):
        # sexual violence done by the forces holding a protester (an activist assaulted in custody after a
        # rally): the assault, not the protest (a protest against rape stays a protest)
        return _S.SEXUAL_VIOLENCE, "type-sexual-violence-protester", ("sexual",)
    if f.protest and (has("intervention") or has("arrests") or (has("harm") and (f.a1_state or f.harm_on_protesters))):
        return _S.PROTEST_WITH_INTERVENTION, "type-protest-intervention", ("protest", "intervention", "arrests")
    if f.protest and not (expl or has("attack") or has("harm") or has("abduction")):
        return _S.PEACEFUL_PROTEST, "type-peaceful-protest", ("protest",)
    if has("riot"):
        return _S.VIOLENT_DEMONSTRATION, "type-riot", ("riot",)
    if has("mob") and not expl:
        return _S.MOB_VIOLENCE, "type-mob-violence", ("mob",)
    # Other (a strategic development): a mass grave or remains found, a blast at an arms depot, with
    # no attack, fight or other violence named
    if has("other") and not (f.classes & _patterns().other_unless):
        return _S.OTHER, "type-other", ("other",)
    # a device that went off while it was being planted or made (its makers hurt): Disrupted weapons use
    if (f.premature and not has("attack") or f.stopped and expl is None) and not f.strong_clash:
        return _S.DISRUPTED_WEAPONS_USE, "type-disrupted-premature", ("disrupted",)
    # 4. Explosions / remote violence
    if expl is not None and not f.disrupted_only:
        return _patterns().explosion_subs[expl], f"type-explosion:{expl}", (expl,)
    # 5. Violence against civilians
    if has("sexual"):
        return _S.SEXUAL_VIOLENCE, "type-sexual-violence", ("sexual",)
    if has("abduction") and not (f.a1_state and has("arrests")) and not f.kills:
        return _S.ABDUCTION, "type-abduction", ("abduction",)
    # (a crowd does not detain: "Police detained five students for posting calls to join a protest", where actor
    # coding read the students of the masked protest as the crowd, is an arrest)
    if (has("arrests") and a1 is not None and f.a1_named and not f.a1_state and f.a2_civilians
            and not (a1 in (ActorType.PROTESTERS, ActorType.RIOTERS) and f.protest_hidden)):
        return _S.ABDUCTION, "type-abduction-by-non-state", ("arrests",)
    if f.party_noun_only and has("looting") and not has("harm"):
        # armed men named by their noun ("gunmen stole 200 head of cattle") who hurt no one: looting
        return _S.LOOTING, "type-looting-by-armed-party", ("looting",)
    if harmish and (f.a2_civilians or f.actor2 is None) and not (has("arrests") and not has("harm")):
        if has("attack") and f.actor2 is None and armed_a1 and not has("harm") and has("looting"):
            return _S.LOOTING, "type-property-destruction", ("looting",)
        return _S.ATTACK, "type-attack-on-civilians", ("attack", "harm")
    if harmish and f.armed_pair:
        return _S.ARMED_CLASH, "type-violence-between-armed-parties", ("attack", "harm")
    if harmish:
        return _S.ATTACK, "type-attack", ("attack", "harm")
    # 6. Strategic developments (an arrest outranks the explosives seized in it, not the looting or burning it
    # follows or answers: "soldiers looted shops; the army said it had arrested 12 of them")
    if f.exchange:  # captives released in exchange for others: an Agreement, whatever held them
        return _S.AGREEMENT, "type-agreement-exchange", ("agreement",)
    if has("arrests") and not has("looting") and not (a1 is not None and not f.a1_state and has("disrupted")):
        return _S.ARRESTS, "type-arrests", ("arrests",)
    for cls, sub, rule in _STRATEGIC:
        if has(cls):
            return sub, rule, (cls,)
    if has("overtakes") or has("gov_regains"):
        return _S.NON_VIOLENT_TRANSFER, "type-territory-without-fighting", ("overtakes", "gov_regains")
    if has("clash"):
        return _S.ARMED_CLASH, "type-armed-clash-weak", ("clash",)
    return None


#: strategic developments by their own trigger class, in precedence order
_STRATEGIC = [
    ("disrupted", _S.DISRUPTED_WEAPONS_USE, "type-disrupted-weapons-use"),
    ("looting", _S.LOOTING, "type-looting-property-destruction"),
    ("arrests", _S.ARRESTS, "type-arrests"),
    ("agreement", _S.AGREEMENT, "type-agreement"),
    ("headquarters", _S.HEADQUARTERS_ESTABLISHED, "type-headquarters"),
    ("change_group", _S.CHANGE_TO_GROUP, "type-change-to-group"),
    ("nonviolent_transfer", _S.NON_VIOLENT_TRANSFER, "type-non-violent-transfer"),
]


def classify_rules(doc: Document, mention: Mention, actors: ActorsValue, cues: MentionCues,
                   features: TypeFeatures | None = None) -> TypeValue:
    """The rules' decision alone (docs/rules/event-types.md, "Rules")."""
    if not cues.triggers:
        return TypeValue(is_event=False, rules=["no-event-trigger"])
    f = features or type_features(cues, actors)
    decision = decide(f)
    if decision is None:
        return TypeValue(is_event=False, rules=["no-event-trigger"])
    sub, rule, used = decision
    return _finish(doc, mention, actors, cues, sub, [rule], list(used))


def _finish(doc: Document, mention: Mention, actors: ActorsValue, cues: MentionCues, sub: SubEventType,
            rules: list[str], used: list[str]) -> TypeValue:
    """Event type, evidence, GTD types and civilian targeting once the sub-event type is chosen."""
    a2 = actors.actor2.actor_type if actors.actor2 else None
    event_type = SUB_EVENT_PARENT[sub]
    triggers = cues.triggers
    evidence_triggers = [t for t in triggers if t.cls in used] or triggers[:1]
    evidence = [Evidence.of(doc.text, t.start, t.end) for t in evidence_triggers[:4]]
    if not evidence:  # typed by the model alone: the mention is the evidence
        evidence = [Evidence.of(doc.text, s, e) for s, e in cues.ranges[:1]]
    civ = a2 == ActorType.CIVILIANS and event_type in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS)
    if event_type == EventType.VIOLENCE_AGAINST_CIVILIANS and a2 is None:
        civ = True
    attack: str | None
    weapon: str | None
    target: str | None
    if sub in _patterns().no_attack_subs:
        attack = weapon = target = None  # GTD types describe attacks only
    else:
        attack, weapon, target = _gtd(sub, actors, cues)
        rules.extend([f"gtd-attack:{attack}", f"gtd-weapon:{weapon}", f"gtd-target:{target}"])
    if civ:
        rules.append("civilian-targeting")
    if mention.background:
        rules.append("background-event")
    return TypeValue(
        event_type=event_type,
        sub_event_type=sub,
        attack_type=attack,
        target_type=target,
        weapon_type=weapon,
        civilian_targeting=civ,
        evidence=evidence,
        rules=rules,
        is_event=True,
    )


def _gtd(sub: SubEventType, actors: ActorsValue, cues: MentionCues) -> tuple[str, str, str]:
    pats = _patterns()
    harm = cues.has("cue:harm")
    attack = "Unknown"
    for rule in pats.attack_rules:
        if rule.get("no_harm") and harm:
            continue
        if sub.value in (rule.get("subs") or []) or cues.has(f"gtd-attack:{rule['type']}"):
            attack = rule["type"]
            break
    weapon = "Unknown"
    for rule in pats.weapon_rules:
        if sub.value in (rule.get("subs") or []) or cues.has(f"gtd-weapon:{rule['type']}"):
            weapon = rule["type"]
            break
    return attack, weapon, _target(actors, cues)


def _target(actors: ActorsValue, cues: MentionCues) -> str:
    pats = _patterns()
    a2 = actors.actor2
    if a2 is not None and a2.actor_type in _STATE:
        if a2.name.startswith(pats.target_by_actor["Police"]):
            return "Police"
        if a2.name.startswith(pats.target_by_actor["Military"]) or a2.actor_type == ActorType.STATE_FORCES:
            return "Military"
    # the cue nearest after the first trigger, else the earliest cue (ties: the earlier type)
    first = min((t.start for t in cues.triggers), default=0)
    order = {name: i for i, name in enumerate(pats.target_names)}
    best: tuple[int, int, str] | None = None
    for start, name in cues.targets:
        if name in ("Military", "Police") and a2 is not None and a2.actor_type == ActorType.CIVILIANS:
            continue
        key = start - first if start >= first else 10_000 + (first - start)
        if best is None or (key, order[name]) < best[:2]:
            best = (key, order[name], name)
    if best is not None and best[2] not in ("Terrorists/Non-State Militia",):
        return best[2]
    if a2 is not None:
        if a2.actor_type == ActorType.CIVILIANS:
            return "Private Citizens & Property"
        if a2.actor_type in (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA):
            return "Terrorists/Non-State Militia"
    if best is not None:
        return best[2]
    return "Unknown"


# -- rules and the learned model together (docs/rules/event-types.md, "Rules and the model") -----

def rule_view(features: TypeFeatures, cues: MentionCues, value: TypeValue) -> RuleView:
    """The rules' view of a mention as model features: triggers, actor types, killing, rules' sub-type."""
    return RuleView(
        triggers=[t.cls for t in cues.triggers],
        actor1=int(features.actor1) if features.actor1 else None,
        actor2=int(features.actor2) if features.actor2 else None,
        kills=features.kills,
        rule_sub=value.sub_event_type.value if value.is_event and value.sub_event_type else None,
    )


def analyse_text(text: str, country: str | None = None) -> tuple[Document, Mention, ActorsValue, MentionCues, TypeValue]:
    """Run the rules on one short text taken as one mention (training and benchmarks)."""
    doc = Document(text=text)
    mention = Mention(start=0, end=len(text), text=text)
    actors = extract_actors(doc, mention, DocContext(doc=doc), PlaceValue(country=country), ClaimValue())
    cues = mention_cues(annotate(doc, (DETECTOR,)), mention)
    return doc, mention, actors, cues, classify_rules(doc, mention, actors, cues)


@lru_cache(maxsize=1)
def combine_settings() -> dict[str, Any]:
    return load_yaml("type_combine.yaml")


@lru_cache(maxsize=1)
def _note_opening() -> re.Pattern[str]:
    return re.compile(combine_settings()["note_style"]["opening"], re.I)


def note_style(text: str) -> bool:
    """The text opens the way an ACLED coder's note does, with a full date ("On 3 April 2023, ...",
    "On or about 2 May 2020, ..."): the style the model was trained on."""
    return bool(_note_opening().match(text))


def mention_text(doc: Document, cues: MentionCues) -> str:
    """The text of a mention's ranges, as the sub-type model, the event-type head, the style gate
    and :func:`style_settings` read it."""
    return " ".join(doc.text[s:e] for s, e in cues.ranges)


def style_settings(text: str) -> dict[str, Any]:
    """The combination settings for a mention's text: ``type_combine.yaml``'s, or in the style of an
    ACLED coder's note (:func:`note_style`) those of its ``note_style`` block, where the model decides
    (selected on acled-notes dev). ``rules`` holds the style's rule id, if any."""
    cfg = combine_settings()
    note = {k: v for k, v in cfg["note_style"].items() if k != "opening"}
    if note_style(text):
        return note | {"rules": ["style:note"]}
    return {k: cfg[k] for k in note} | {"rules": []}


def scope_cue(cues: MentionCues, f: TypeFeatures, exempt: dict[str, list[str]] | None = None) -> str | None:
    """The scope cue kind (disaster, accident, crime, ...) that puts an incident outside ACLED's scope, or
    None (docs/rules/event-types.md, "Scope"). A cue applies when nothing points to organised political
    violence: no political or armed word, no trigger beyond the generic ones (``scope_generic_triggers``,
    plus ``scope_cue_triggers`` of the kind: a shootout in a police-blotter story), and no organised armed
    actor, except for the kinds of ``scope_cues_over_actors`` (soldiers killed in a crash or a flood, when
    only harm is told) and of ``scope_cues_over_unidentified`` (a gunman, a suspect: a parolee shooting
    officers). The kinds of ``scope_cues_in_document`` count anywhere in the document. ``exempt``: the trigger
    classes that lift a cue kind (``scope_cue_exempt`` of the mention's style, :func:`style_settings`; by default
    the news style's)."""
    cfg = combine_settings()
    if f.political or f.armed_words:
        return None
    exempt, over = cfg["scope_cue_exempt"] if exempt is None else exempt, cfg["scope_cues_over_actors"]
    over_unidentified = cfg["scope_cues_over_unidentified"]["kinds"]
    doc_kinds, generic = cfg["scope_cues_in_document"], set(cfg["scope_generic_triggers"])
    harm_only = not f.firearms and f.classes <= set(over["triggers"])
    for k in _patterns().scope_kinds:
        if not (cues.has(f"scope:{k}") or (k in doc_kinds and f"scope:{k}" in cues.doc_scope)):
            continue
        allowed = generic | set(cfg["scope_cue_triggers"].get(k, ()))
        if not all(t.cls in allowed for t in cues.triggers) or f.classes & set(exempt.get(k, ())):
            continue
        if (not f.armed_scope or (k in over["kinds"] and harm_only)
                or (k in over_unidentified and not f.organised_actor)):
            return k
    return None


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def classify(doc: Document, mention: Mention, ctx: DocContext | None, actors: ActorsValue) -> TypeValue:
    """ACLED event / sub-event type, GTD types and scope for one mention: the rules, then the model.

    The rules decide whether there is an incident at all (a trigger outside masked spans) and keep the
    final word for the sub-types in ``rules_final``; otherwise the model's calibrated choice replaces
    theirs when it is confident enough. The model's "NONE" class marks an incident out of ACLED's
    scope (``in_scope=False``). A whole short text that the style gate reads as a coder's note or a
    headline then gets the event-type head's word (:func:`combine_head`). See docs/rules/event-types.md.
    """
    cues = mention_cues(_annotation(doc, ctx), mention)
    features = type_features(cues, actors)
    value = classify_rules(doc, mention, actors, cues, features)
    model = load_model()
    text = mention_text(doc, cues)
    # a masked aggregate, reference back, threat or negated outcome stays no event, unless the event-type
    # head reads the whole text as a note (``head_style.head_types_masked``)
    style = style_settings(text)
    masked = not value.is_event and cues.masked and not style["type_masked"]
    head_cfg = combine_settings()["head_style"]
    if model is None or (masked and not (head_cfg["head_types_masked"] and style["rules"])):
        return value
    view = rule_view(features, cues, value)
    probs = dict(zip(model.classes, model.proba([text], [view])[0].tolist()))
    out = value.model_copy(update={"rules": [*value.rules, MASKED]}) if masked \
        else combine(doc, mention, actors, cues, value, probs, features)
    head, gate = load_head(), load_style()
    if head is None or gate is None or not whole_text(doc, cues):
        return out
    note = float(gate.proba([text], [view])[0][gate.classes.index("note")])
    if note < head_cfg["min"]:
        return out  # news style: the rules and the sub-type model decide
    return combine_head(doc, mention, actors, cues, out, probs, head_scores(head.classes, head.logits([text], [view])[0]))


def combine(doc: Document, mention: Mention, actors: ActorsValue, cues: MentionCues, value: TypeValue,
            probs: dict[str, float], features: TypeFeatures | None = None) -> TypeValue:
    """The rules' value adjusted by the model's class probabilities (``probs``: label -> probability),
    with the settings of the mention's style (:func:`style_settings`)."""
    cfg = combine_settings()
    f = features or type_features(cues, actors)
    style = style_settings(mention_text(doc, cues))
    ranked = sorted(probs.items(), key=lambda kv: -kv[1])
    top, p_top = ranked[0]
    alts = [f"type-model-alt:{_slug(lab)}={p:.2f}" for lab, p in ranked[: int(cfg["alternatives"])]]
    p_none = probs.get(NONE_LABEL, 0.0)
    if not value.is_event:
        # no trigger (and nothing masked, or a coder's note): the model alone may type an act the rules
        # have no word for
        if style["create_over_none"]:
            top, p_top = next((lab, p) for lab, p in ranked if lab != NONE_LABEL)
        if top == NONE_LABEL or p_top < style["create_min"]:
            return value
        out = _finish(doc, mention, actors, cues, SubEventType(top), [f"type-model:{_slug(top)}"], [])
        return out.model_copy(update={"rules": [*out.rules, "type-model-only", *style["rules"], *alts],
                                      "confidence": round(float(p_top), 3)})
    assert value.sub_event_type is not None
    rule_sub = value.sub_event_type.value
    if rule_sub in style["rules_final"] or _frame_final(rule_sub, style, cues, f):
        out, conf, how = value, max(probs.get(rule_sub, 0.0), 0.5), "type-rules-final"
    else:
        seen = {t.cls for t in cues.triggers}
        needs = cfg["model_needs_trigger"] if style["rules"] else {**cfg["model_needs_trigger"],
                                                                    **cfg["model_needs_trigger_news"]}
        armed = not style["rules"] and between_armed(actors)
        events = [(lab, p) for lab, p in ranked if lab != NONE_LABEL and (lab not in needs or seen & set(needs[lab]))
                  and not (armed and SUB_EVENT_PARENT[SubEventType(lab)].value in cfg["model_not_between_armed"])]
        best, p_best = events[0]
        p_rule = probs.get(rule_sub, 0.0)
        if best != rule_sub and p_best / (1.0 - p_none + 1e-9) >= style["override_min"] \
                and p_best - p_rule >= style["override_margin"]:
            sub = SubEventType(best)
            out = _finish(doc, mention, actors, cues, sub, [f"type-model:{_slug(best)}"],
                          [t.cls for t in cues.triggers])
            conf, how = p_best, "type-model-override"
        else:
            out, conf, how = value, p_rule, "type-rules-agree" if best == rule_sub else "type-rules-kept"
    armed = f.armed_scope
    sub = out.sub_event_type.value if out.sub_event_type is not None else None
    rules_scope = sub is not None and p_none < cfg["scope_rules_final_none_max"] and (
        (sub in cfg["scope_rules_final"]
         and (armed or f.political or f.conflict or sub not in cfg["scope_rules_final_armed"]))
        or (f.political and sub in cfg["scope_rules_final_political"]))
    rules_scope = rules_scope or (sub is not None and armed_party_scope(sub, actors, p_none))
    in_scope = rules_scope or not (top == NONE_LABEL and p_none >= cfg["none_min_armed" if armed or f.political
                                                                      else "none_min"])
    rules = [*out.rules, how, *style["rules"], *alts]
    if in_scope and sub in cfg["scope_needs_party"] and not (armed or f.political) and not any(
            "pact" in t.kinds for t in cues.triggers if t.cls == "agreement"):
        # a deal between companies or people: an ACLED agreement binds parties to a conflict
        in_scope = False
        rules.append("scope-out:no-party")
    elif not in_scope:
        rules.append("scope-out:model-none")
    else:
        kind = scope_cue(cues, f, style["scope_cue_exempt"])
        if kind is not None:
            in_scope = False
            rules.append(f"scope-out:cue:{kind}")
    return out.model_copy(update={"rules": rules, "confidence": round(float(conf), 3), "in_scope": in_scope})


def armed_party_scope(sub: str, actors: ActorsValue, p_none: float) -> bool:
    """The rules' sub-type is ACLED's by its perpetrator, whatever the model's "NONE" says (below
    ``none_max``; settings ``scope_armed_party``): sexual violence whose actor1 is an armed party named in
    the text other than the police ("fighters had sexually assaulted them"), not a person the actor rules
    only took for armed because he is the agent of the act ("a man raped ...": ``not_by``). The model's
    NONE class is news about other things and saw these sub-types only in coders' notes
    (docs/rules/event-types.md, "Scope")."""
    cfg = combine_settings()["scope_armed_party"]
    unarmed = tuple(combine_settings()["scope_unarmed_actors"])
    a1 = actors.actor1
    return (sub in cfg["perpetrator"] and a1 is not None and a1.actor_type in _ARMED and bool(a1.evidence)
            and not a1.name.startswith(unarmed) and not set(actors.rules) & set(cfg["not_by"])
            and p_none < cfg["none_max"])


def _frame_final(sub: str, style: dict[str, Any], cues: MentionCues, f: TypeFeatures) -> bool:
    """In news style, the rules keep the final word on a sub-type of ``frame_final`` when a concept frame's trigger
    (event_frames.yaml) is among the triggers that decided it: a frame names the actor, the act and its object."""
    if style["rules"] or sub not in combine_settings().get("frame_final", ()):
        return False
    decision = decide(f)
    used = set(decision[2]) if decision else set()
    return any(t.cls in used and "frame" in t.kinds for t in cues.triggers)


def between_armed(actors: ActorsValue) -> bool:
    """Violence between two organised armed parties, for the guards that keep the learned models out of
    violence against civilians (``model_not_between_armed``, ``head_not_between_armed``): actor1 armed and
    actor2 of a type in ``between_armed_actor2`` (ACLED inter codes)."""
    victims = {ActorType(c) for c in combine_settings()["between_armed_actor2"]}
    return _actor_type(actors, "actor1") in _ARMED and _actor_type(actors, "actor2") in victims


def whole_text(doc: Document, cues: MentionCues) -> bool:
    """The mention's ranges cover (nearly) the whole document, ``head_min_cover`` of its characters: a
    one- to three-sentence text like those the event-type head and the style gate learned from, not a
    mention cut from a longer report."""
    covered = sum(e - s for s, e in cues.ranges)
    return covered >= combine_settings()["head_min_cover"] * len(doc.text.strip())


#: rule id of a mention whose triggers a mask hid, handed to :func:`combine_head` (no event unless the head types it)
MASKED = "type-masked"


def _parent_label(label: str) -> str:
    """The event type of a sub-type label of the model, or NONE."""
    return label if label == NONE_LABEL else SUB_EVENT_PARENT[SubEventType(label)].value


def _model_chose(value: TypeValue) -> bool:
    """The sub-type was the sub-type model's choice (an override of the rules' or a type for a text they left
    untyped), not the rules'."""
    return any(r in ("type-model-override", "type-model-only") for r in value.rules)


def head_scores(classes: list[str], margins: Any) -> dict[str, float]:
    """The event-type head's score of each event type (and NONE): a head over the event types (shipped,
    ``train_types.py --head-labels event``) maps each class to itself; a head over the sub-event types
    (``--head-labels sub``) scores an event type by its best sub-type's margin."""
    out: dict[str, float] = {}
    for label, m in zip(classes, margins):
        event = label if label in _EVENT_NAMES else _parent_label(label)  # (NONE is its own parent)
        out[event] = max(out.get(event, float("-inf")), float(m))
    return out


_EVENT_NAMES = frozenset(e.value for e in EventType)


def combine_head(doc: Document, mention: Mention, actors: ActorsValue, cues: MentionCues, value: TypeValue,
                 probs: dict[str, float], scores: dict[str, float]) -> TypeValue:
    """The event-type head's word on a whole short text that the style gate reads as an ACLED coder's
    note or a headline (settings ``head_style``; ``scores``: event type or NONE -> SVM margin).

    The head's best class, NONE included, replaces the chosen event type (NONE when the rules found no
    event or the mention is out of scope) when its margin over it reaches ``head_margin``: it may type a
    text the rules left without an event or out of scope, and put one out of scope (rule
    ``scope-out:type-head``). Not for a chosen sub-type where the rules keep the final word
    (``rules_final`` of the mention's style, and ``head_rules_final`` when the rules chose it), nor when the chosen event type or
    the sub-type model's best class is in ``head_keep``, nor into an event type of
    ``head_not_between_armed`` when both actors are organised armed parties, nor against a scope rule of
    ``head_keeps_scope`` (a disaster, accident or crime cue). The sub-type becomes the
    sub-type model's most probable sub-type within the head's event type (other than those where the
    rules keep the final word: the rules did not choose them), so sub-event and event type stay
    consistent. The caller checks the style gate and :func:`whole_text`."""
    cfg = combine_settings()
    gate = cfg["head_style"]
    typed = value.is_event and value.in_scope and value.sub_event_type is not None
    if any(r.startswith(tuple(gate["head_keeps_scope"])) for r in value.rules):
        return value  # out of scope by a precise cue (a disaster, an accident, ordinary crime)
    style = style_settings(mention_text(doc, cues))
    if typed and value.sub_event_type.value in style["rules_final"]:
        return value
    if typed and value.sub_event_type.value in gate["head_rules_final"] and not _model_chose(value):
        return value  # the codebook's protest precedence, as the rules applied it (not the sub-type model's guess)
    current = value.event_type.value if typed and value.event_type else NONE_LABEL
    top = max((lab for lab in probs if lab != NONE_LABEL), key=probs.__getitem__)
    best = max(scores, key=scores.__getitem__)
    if best not in gate["head_keep"] and (
            current in gate["head_keep"] or SUB_EVENT_PARENT[SubEventType(top)].value in gate["head_keep"]):
        return value  # the rules or the sub-type model see a strategic development the head would move away from
    masked = MASKED in value.rules
    need = gate["head_masked_margin"] if masked else gate["head_margin"] if typed else gate["head_only_margin"]
    if best == current or current not in scores or scores[best] - scores[current] < need:
        return value
    if best in gate["head_not_between_armed"] and between_armed(actors):
        return value  # violence between two organised armed parties is no violence against civilians
    if masked and best != _parent_label(max(probs, key=probs.__getitem__)):
        return value  # a mask hid the triggers: the head types the text only when the sub-type model agrees
    margin = f"type-head-margin={scores[best] - scores[current]:.2f}"
    if best == NONE_LABEL:  # a note-like text the head reads as no political-violence event
        return value.model_copy(update={"rules": [*value.rules, "scope-out:type-head", margin], "in_scope": False})
    subs = [lab for lab in probs if lab != NONE_LABEL and SUB_EVENT_PARENT[SubEventType(lab)].value == best
            and lab not in style["rules_final"]]
    if not subs:
        return value
    sub = max(subs, key=probs.__getitem__)
    out = _finish(doc, mention, actors, cues, SubEventType(sub), [f"type-head:{_slug(best)}"],
                  [t.cls for t in cues.triggers])
    carried = [r for r in value.rules if r.startswith(tuple(cfg["head_carried_rules"]))]
    how = "type-head-override" if typed else "type-head-only"
    return out.model_copy(update={"rules": [*out.rules, how, margin, "style:note-like", *carried],
                                  "confidence": round(float(probs[sub]), 3)})
