"""Event types: ACLED event_type / sub_event_type and GTD attack / target / weapon types.

Rules are documented in docs/rules/event-types.md. Trigger words live in
``data/event_patterns.yaml`` (plus the attack labels of ``data/neutral_terms.yaml``) and GTD
cues in ``data/gtd_types.yaml``; both are compiled once. The classifier:

1. finds trigger classes in the mention, ignoring *masked* spans (aggregates such as "31 attacks
   have been recorded since January", references back such as "no group claimed the attack",
   threats and plans);
2. no trigger left -> ``is_event=False`` (the mention describes no act);
3. otherwise decides with ACLED's precedence Battles > Protests > Riots > Explosions/Remote
   violence > Violence against civilians > Strategic developments, using the actor types:
   fire exchanged between two armed parties is Battles, an explosive or remote weapon without an
   exchange of fire is Explosions/Remote violence whoever it hits, violence by an armed party on
   civilians is Violence against civilians.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..annotate import mention_ranges
from ..model import (
    SUB_EVENT_PARENT,
    ActorsValue,
    ActorType,
    DocContext,
    Document,
    EventType,
    Evidence,
    Mention,
    SubEventType,
    TypeValue,
)
from ..resources import load_yaml
from .actors import neutral_term_entries
from .type_model import NONE_LABEL, RuleView, load_model

__all__ = ["classify", "find_triggers", "Trigger"]

_ARMED = {ActorType.STATE_FORCES, ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA,
          ActorType.EXTERNAL_OTHER}

_EXPLOSION_SUB = {
    "chemical": SubEventType.CHEMICAL_WEAPON,
    "suicide": SubEventType.SUICIDE_BOMB,
    "air": SubEventType.AIR_DRONE_STRIKE,
    "shelling": SubEventType.SHELLING,
    "grenade": SubEventType.GRENADE,
    "ied": SubEventType.REMOTE_EXPLOSIVE,
}
_LABEL_CLASS = {
    SubEventType.SUICIDE_BOMB.value: "suicide",
    SubEventType.ARMED_CLASH.value: "clash",
    SubEventType.ATTACK.value: "harm",
    SubEventType.REMOTE_EXPLOSIVE.value: "ied",
    SubEventType.AIR_DRONE_STRIKE.value: "air",
    SubEventType.SHELLING.value: "shelling",
}


#: trigger classes are tried in this order at each position (specific multi-word classes first)
_CLASS_ORDER = [
    "chemical", "suicide", "excessive_force", "intervention", "riot", "mob", "disrupted", "overtakes", "gov_regains",
    "nonviolent_transfer", "agreement", "headquarters", "change_group", "air", "shelling", "grenade", "looting", "ied",
    "sexual", "abduction", "arrests", "protest", "clash", "attack", "harm",
]
_NON_VIOLENT = {
    SubEventType.ARRESTS, SubEventType.AGREEMENT, SubEventType.CHANGE_TO_GROUP, SubEventType.HEADQUARTERS_ESTABLISHED,
    SubEventType.NON_VIOLENT_TRANSFER, SubEventType.OTHER, SubEventType.PEACEFUL_PROTEST,
    SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.DISRUPTED_WEAPONS_USE,
}


@dataclass(frozen=True)
class Trigger:
    cls: str
    start: int
    end: int
    text: str


@dataclass
class _Patterns:
    trigger_re: re.Pattern[str]
    classes: list[str]
    mask_re: re.Pattern[str]
    explosion_order: list[str]
    attack_rules: list[dict[str, Any]]
    weapon_rules: list[dict[str, Any]]
    target_res: list[tuple[str, re.Pattern[str]]]
    cue_res: dict[str, re.Pattern[str]]


_WORD_START = r"\b(?=\w)(?<![\w-])"


def _wrap(p: str) -> str:
    return rf"(?<![\w-])(?:{p})(?![\w-])"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load_yaml("event_patterns.yaml")
    parts: list[str] = []
    classes: list[str] = []
    order = [c for c in _CLASS_ORDER if c in data["triggers"]] + [c for c in data["triggers"] if c not in _CLASS_ORDER]
    for cls in order:
        pats = data["triggers"][cls]
        parts.append(f"(?P<c{len(classes)}>" + "|".join(f"(?:{p})" for p in pats) + ")")
        classes.append(cls)
    # attack labels from the reviewed neutral-terms lexicon
    label_pats: dict[str, list[str]] = {}
    for t in neutral_term_entries():
        if t["kind"] == "attack-label" and t.get("maps_to") in _LABEL_CLASS:
            label_pats.setdefault(_LABEL_CLASS[t["maps_to"]], []).append(t["term"])
    for cls, pats in label_pats.items():
        parts.insert(0, f"(?P<c{len(classes)}>" + "|".join(f"(?:{p})" for p in pats) + ")")
        classes.append(cls)
    # one word-boundary guard around the whole alternation: much faster than one per pattern
    trigger_re = re.compile(_WORD_START + "(?:" + "|".join(parts) + r")(?![\w-])", re.I)
    mask_re = re.compile(_WORD_START + "(?:" + "|".join(f"(?:{p})" for p in data["masks"]) + r")(?![\w-])", re.I)
    gtd = load_yaml("gtd_types.yaml")
    cue_res: dict[str, re.Pattern[str]] = {}
    for rule in [*gtd["attack_types"], *gtd["weapon_types"]]:
        if rule.get("cues"):
            cue_res[rule["type"]] = re.compile("|".join(_wrap(c) for c in rule["cues"]), re.I)
    target_res = [(name, re.compile("|".join(_wrap(c) for c in cues), re.I)) for name, cues in gtd["target_types"].items()]
    return _Patterns(trigger_re, classes, mask_re, list(data["explosion_order"]), gtd["attack_types"],
                     gtd["weapon_types"], target_res, cue_res)


def find_triggers(doc: Document, start: int, end: int) -> tuple[list[Trigger], list[tuple[int, int]]]:
    """Trigger words in ``doc.text[start:end]`` outside masked spans, and the masked spans."""
    pats = _patterns()
    text = doc.text
    masks = [(m.start(), m.end()) for m in pats.mask_re.finditer(text, start, end)]
    out = []
    for m in pats.trigger_re.finditer(text, start, end):
        if any(s <= m.start() < e for s, e in masks):
            continue
        cls = pats.classes[int(m.lastgroup[1:])] if m.lastgroup else "attack"
        out.append(Trigger(cls, m.start(), m.end(), m.group()))
    return out, masks


def _is_armed(t: ActorType | None) -> bool:
    return t is not None and t in _ARMED


def mention_triggers(doc: Document, mention: Mention, with_masks: bool = False):  # noqa: ANN201
    """Triggers in the mention's spans (and, with ``with_masks``, whether any span was masked)."""
    triggers: list[Trigger] = []
    masked = False
    for s, e in mention_ranges(mention):
        found, masks = find_triggers(doc, s, e)
        triggers.extend(found)
        masked = masked or bool(masks)
    return (triggers, masked) if with_masks else triggers


def classify_rules(doc: Document, mention: Mention, actors: ActorsValue,
                   triggers: list[Trigger] | None = None) -> TypeValue:
    """The rules' decision alone (docs/rules/event-types.md, "Rules")."""
    if triggers is None:
        triggers = mention_triggers(doc, mention)
    if not triggers:
        return TypeValue(is_event=False, rules=["no-event-trigger"])
    by_cls: dict[str, list[Trigger]] = {}
    for t in triggers:
        by_cls.setdefault(t.cls, []).append(t)
    has = by_cls.__contains__
    a1 = actors.actor1.actor_type if actors.actor1 else None
    a2 = actors.actor2.actor_type if actors.actor2 else None
    a1_state = a1 in (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER)
    a2_civ = a2 == ActorType.CIVILIANS
    armed_pair = _is_armed(a1) and _is_armed(a2)
    text = " ".join(doc.text[s:e] for s, e in mention_ranges(mention))
    explosion = next((c for c in _patterns().explosion_order if has(c)), None)
    # an explosion class that is only "exploded"/"detonated" next to a disruption is not an explosion
    disrupted_only = has("disrupted") and not re.search(
        r"\b(?:killed|killing|wounded|injured|went off|ripped)\b", text, re.I) and explosion in (None, "ied", "shelling", "air")
    rules: list[str] = []
    sub: SubEventType | None = None
    used: list[str] = []

    def pick(s: SubEventType, rule: str, *classes: str) -> None:
        nonlocal sub
        sub = s
        rules.append(rule)
        used.extend(classes)

    protest = has("protest") or has("excessive_force") or (has("intervention") and not (explosion or has("clash")))
    kills = any(_KILL.search(t.text) for t in by_cls.get("harm", []))
    strong_clash = has("clash") and _strong_clash(by_cls["clash"])
    # an arrest by state forces (or unnamed forces) is an arrest, even when the text mentions a raid,
    # explosives seized or shots in passing - unless someone was killed or fire was exchanged
    arrest_only = (has("arrests") and (a1_state or a1 is None) and not kills and not strong_clash
                   and not protest and (explosion is None or has("disrupted")) and not has("sexual"))
    # grenades used alongside small arms by an armed party against an armed party: an armed clash
    mixed_arms = (explosion == "grenade" and armed_pair and (has("attack") or has("clash"))
                  and _FIREARMS.search(text) is not None)
    # a crowd named as actor1 (actors rule actor-crowd): its clash with police is not a battle
    protest = protest or a1 == ActorType.PROTESTERS or (a1 == ActorType.RIOTERS and has("riot"))
    # 1. Battles
    if has("gov_regains") and (a1_state or not a1):
        pick(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "type-gov-regains-territory", "gov_regains")
    elif has("overtakes") and a1 is not None and not a1_state and not has("gov_regains"):
        pick(SubEventType.NON_STATE_OVERTAKES_TERRITORY, "type-nonstate-overtakes-territory", "overtakes")
    elif has("overtakes") and a1_state:
        pick(SubEventType.GOVERNMENT_REGAINS_TERRITORY, "type-gov-regains-territory", "overtakes")
    elif arrest_only:
        pick(SubEventType.ARRESTS, "type-arrests", "arrests")
    elif has("clash") and not protest and (armed_pair or not a2_civ) and not (explosion and not strong_clash):
        pick(SubEventType.ARMED_CLASH, "type-armed-clash", "clash")
    elif (strong_clash and not protest and not explosion and not has("attack") and not has("abduction")
          and not has("sexual") and (a1 is None or _is_armed(a1))):
        # "fighting between armed groups ... 27 people have been killed": the dead of a fight are
        # its toll, not the target of an attack on civilians
        pick(SubEventType.ARMED_CLASH, "type-armed-clash-with-casualties", "clash")
    elif mixed_arms:
        pick(SubEventType.ARMED_CLASH, "type-attack-mixed-arms", "attack", "grenade")
    elif has("attack") and armed_pair and not protest and explosion is None and not disrupted_only:
        pick(SubEventType.ARMED_CLASH, "type-attack-on-armed-party", "attack")
    # 2. Protests / 3. Riots
    elif protest and (has("riot") or (has("looting") and not has("excessive_force"))):
        pick(SubEventType.VIOLENT_DEMONSTRATION, "type-violent-demonstration", "protest", "riot", "looting")
    elif protest and has("excessive_force"):
        pick(SubEventType.EXCESSIVE_FORCE, "type-excessive-force", "protest", "excessive_force")
    elif protest and a1_state and (kills or (has("attack") and _FIREARMS.search(text) is not None)):
        # state forces killing or shooting at protesters: lethal force, whatever the other words
        pick(SubEventType.EXCESSIVE_FORCE, "type-excessive-force-state-lethal", "protest", "harm", "attack")
    elif protest and (has("intervention") or has("arrests") or (has("harm") and a1_state)):
        pick(SubEventType.PROTEST_WITH_INTERVENTION, "type-protest-intervention", "protest", "intervention", "arrests")
    elif protest and not (explosion or has("attack") or has("harm") or has("abduction")):
        pick(SubEventType.PEACEFUL_PROTEST, "type-peaceful-protest", "protest")
    elif has("riot"):
        pick(SubEventType.VIOLENT_DEMONSTRATION, "type-riot", "riot")
    elif has("mob") and not explosion:
        pick(SubEventType.MOB_VIOLENCE, "type-mob-violence", "mob")
    # 4. Explosions / remote violence
    elif explosion is not None and not disrupted_only:
        pick(_EXPLOSION_SUB[explosion], f"type-explosion:{explosion}", explosion)
    # 5. Violence against civilians
    elif has("sexual"):
        pick(SubEventType.SEXUAL_VIOLENCE, "type-sexual-violence", "sexual")
    elif has("abduction") and not (a1_state and has("arrests")) and not kills:
        pick(SubEventType.ABDUCTION, "type-abduction", "abduction")
    elif has("arrests") and a1 is not None and not a1_state and a2_civ:
        pick(SubEventType.ABDUCTION, "type-abduction-by-non-state", "arrests")
    elif (has("attack") or has("harm")) and (a2_civ or a2 is None) and not (has("arrests") and not has("harm")):
        if has("attack") and a2 is None and _is_armed(a1) and not has("harm") and has("looting"):
            pick(SubEventType.LOOTING, "type-property-destruction", "looting")
        else:
            pick(SubEventType.ATTACK, "type-attack-on-civilians", "attack", "harm")
    elif (has("attack") or has("harm")) and armed_pair:
        pick(SubEventType.ARMED_CLASH, "type-violence-between-armed-parties", "attack", "harm")
    elif has("attack") or has("harm"):
        pick(SubEventType.ATTACK, "type-attack", "attack", "harm")
    # 6. Strategic developments (an arrest outranks the explosives seized in it)
    elif has("arrests") and not (a1 is not None and not a1_state and has("disrupted")):
        pick(SubEventType.ARRESTS, "type-arrests", "arrests")
    elif has("disrupted"):
        pick(SubEventType.DISRUPTED_WEAPONS_USE, "type-disrupted-weapons-use", "disrupted")
    elif has("arrests"):
        pick(SubEventType.ARRESTS, "type-arrests", "arrests")
    elif has("looting"):
        pick(SubEventType.LOOTING, "type-looting-property-destruction", "looting")
    elif has("agreement"):
        pick(SubEventType.AGREEMENT, "type-agreement", "agreement")
    elif has("headquarters"):
        pick(SubEventType.HEADQUARTERS_ESTABLISHED, "type-headquarters", "headquarters")
    elif has("change_group"):
        pick(SubEventType.CHANGE_TO_GROUP, "type-change-to-group", "change_group")
    elif has("nonviolent_transfer"):
        pick(SubEventType.NON_VIOLENT_TRANSFER, "type-non-violent-transfer", "nonviolent_transfer")
    elif has("overtakes") or has("gov_regains"):
        pick(SubEventType.NON_VIOLENT_TRANSFER, "type-territory-without-fighting", "overtakes", "gov_regains")
    elif has("clash"):
        pick(SubEventType.ARMED_CLASH, "type-armed-clash-weak", "clash")
    else:
        return TypeValue(is_event=False, rules=["no-event-trigger"])

    assert sub is not None
    return _finish(doc, mention, actors, triggers, sub, rules, used)


def _finish(doc: Document, mention: Mention, actors: ActorsValue, triggers: list[Trigger], sub: SubEventType,
            rules: list[str], used: list[str]) -> TypeValue:
    """Event type, evidence, GTD types and civilian targeting once the sub-event type is chosen."""
    a2 = actors.actor2.actor_type if actors.actor2 else None
    text = " ".join(doc.text[s:e] for s, e in mention_ranges(mention))
    event_type = SUB_EVENT_PARENT[sub]
    evidence_triggers = [t for t in triggers if t.cls in used] or triggers[:1]
    evidence = [Evidence.of(doc.text, t.start, t.end) for t in evidence_triggers[:4]]
    if not evidence:  # typed by the model alone: the mention is the evidence
        evidence = [Evidence.of(doc.text, s, e) for s, e in mention_ranges(mention)[:1]]
    civ = a2 == ActorType.CIVILIANS and event_type in (EventType.VIOLENCE_AGAINST_CIVILIANS, EventType.EXPLOSIONS)
    if event_type == EventType.VIOLENCE_AGAINST_CIVILIANS and a2 is None:
        civ = True
    attack: str | None
    weapon: str | None
    target: str | None
    if sub in _NON_VIOLENT:
        attack = weapon = target = None  # GTD types describe attacks only
    else:
        attack, weapon, target = _gtd(text, sub, actors, triggers, doc, mention_ranges(mention))
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


_STRONG_CLASH = re.compile(r"clash|gun[- ]?battle|gunfight|fire[- ]?fight|exchange|traded fire|fighting|fought|skirmish|battle|counter-?attack", re.I)
# a killing (not only wounding) among the harm triggers
_KILL = re.compile(r"kill|shot dead|gunned down|behead|execut|massacr|murder|assassinat|slain|to death|burn(?:ed|t) alive|hack", re.I)
# small arms named beside a grenade
_FIREARMS = re.compile(
    r"\b(?:automatic (?:weapons|rifles)|rifles?|guns|gunfire|small arms|machine[- ]?guns?|AK-?47s?|Kalashnikovs?|"
    r"opened fire|firearms|shooting|gunmen)\b", re.I)


def _strong_clash(ts: list[Trigger]) -> bool:
    """An explicit exchange of fire (not only 'repelled' / 'returned fire')."""
    return any(_STRONG_CLASH.search(t.text) for t in ts)


def _gtd(text: str, sub: SubEventType, actors: ActorsValue, triggers: list[Trigger], doc: Document,
         ranges: list[tuple[int, int]]) -> tuple[str, str, str]:
    pats = _patterns()
    harm = bool(re.search(r"\b(?:kill\w*|dead|wound\w*|injur\w*|shot)\b", text, re.I))
    attack = "Unknown"
    for rule in pats.attack_rules:
        if rule.get("no_harm") and harm:
            continue
        cue = pats.cue_res.get(rule["type"])
        if sub.value in (rule.get("subs") or []) or (cue is not None and cue.search(text)):
            attack = rule["type"]
            break
    if sub in (SubEventType.ARRESTS, SubEventType.AGREEMENT, SubEventType.CHANGE_TO_GROUP,
               SubEventType.HEADQUARTERS_ESTABLISHED, SubEventType.NON_VIOLENT_TRANSFER, SubEventType.OTHER,
               SubEventType.PEACEFUL_PROTEST, SubEventType.PROTEST_WITH_INTERVENTION, SubEventType.DISRUPTED_WEAPONS_USE):
        attack = "Unknown"
    weapon = "Unknown"
    for rule in pats.weapon_rules:
        cue = pats.cue_res.get(rule["type"])
        if sub.value in (rule.get("subs") or []) or (cue is not None and cue.search(text)):
            weapon = rule["type"]
            break
    target = _target(text, actors, triggers, doc, ranges)
    return attack, weapon, target


def _target(text: str, actors: ActorsValue, triggers: list[Trigger], doc: Document,
            ranges: list[tuple[int, int]]) -> str:
    a2 = actors.actor2
    if a2 is not None and a2.actor_type in (ActorType.STATE_FORCES, ActorType.EXTERNAL_OTHER):
        if a2.name.startswith("Police Forces"):
            return "Police"
        if a2.name.startswith(("Military Forces", "Coalition", "AMISOM", "ATMIS", "MINUSMA", "MONUSCO", "MNJTF", "SAMIM")) \
                or a2.actor_type == ActorType.STATE_FORCES:
            return "Military"
    pats = _patterns()
    # the cue nearest after the first trigger, else the earliest cue
    first = min((t.start for t in triggers), default=0)
    best: tuple[int, str] | None = None
    for name, rx in pats.target_res:
        if name in ("Military", "Police") and a2 is not None and a2.actor_type == ActorType.CIVILIANS:
            continue
        for s, e in ranges:
            for m in rx.finditer(doc.text, s, e):
                key = m.start() - first if m.start() >= first else 10_000 + (first - m.start())
                if best is None or key < best[0]:
                    best = (key, name)
    if best is not None and best[1] not in ("Terrorists/Non-State Militia",):
        return best[1]
    if a2 is not None:
        if a2.actor_type == ActorType.CIVILIANS:
            return "Private Citizens & Property"
        if a2.actor_type in (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA):
            return "Terrorists/Non-State Militia"
    if best is not None:
        return best[1]
    return "Unknown"


# -- rules and the learned model together (docs/rules/event-types.md, "Rules and the model") -----

def rule_view(doc: Document, mention: Mention, actors: ActorsValue, triggers: list[Trigger],
              value: TypeValue) -> RuleView:
    """The rules' view of a mention as model features: triggers, actor types, killing, rules' sub-type."""
    return RuleView(
        triggers=[t.cls for t in triggers],
        actor1=int(actors.actor1.actor_type) if actors.actor1 and actors.actor1.actor_type else None,
        actor2=int(actors.actor2.actor_type) if actors.actor2 and actors.actor2.actor_type else None,
        kills=any(_KILL.search(t.text) for t in triggers if t.cls == "harm"),
        rule_sub=value.sub_event_type.value if value.is_event and value.sub_event_type else None,
    )


def analyse_text(text: str, country: str | None = None) -> tuple[Document, Mention, ActorsValue, list[Trigger], TypeValue]:
    """Run the rules on one short text taken as one mention (training and benchmarks)."""
    from ..model import ClaimValue, PlaceValue
    from .actors import extract_actors

    doc = Document(text=text)
    mention = Mention(start=0, end=len(text), text=text)
    actors = extract_actors(doc, mention, DocContext(doc=doc), PlaceValue(country=country), ClaimValue())
    triggers = mention_triggers(doc, mention)
    return doc, mention, actors, triggers, classify_rules(doc, mention, actors, triggers)


@lru_cache(maxsize=1)
def combine_settings() -> dict[str, Any]:
    return load_yaml("type_combine.yaml")


@lru_cache(maxsize=1)
def _scope_cues() -> dict[str, re.Pattern[str]]:
    return {kind: re.compile("|".join(_wrap(p) for p in pats), re.I)
            for kind, pats in combine_settings()["scope_cues"].items()}


@lru_cache(maxsize=1)
def _scope_weapons() -> re.Pattern[str]:
    return re.compile("|".join(_wrap(p) for p in combine_settings()["scope_weapons"]), re.I)


def _slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")


def classify(doc: Document, mention: Mention, ctx: DocContext | None, actors: ActorsValue) -> TypeValue:
    """ACLED event / sub-event type, GTD types and scope for one mention: the rules, then the model.

    The rules decide whether there is an incident at all (a trigger outside masked spans) and keep the
    final word for the sub-types in ``rules_final``; otherwise the model's calibrated choice replaces
    theirs when it is confident enough. The model's "NONE" class marks an incident out of ACLED's
    scope (``in_scope=False``). See docs/rules/event-types.md.
    """
    triggers, masked = mention_triggers(doc, mention, with_masks=True)
    value = classify_rules(doc, mention, actors, triggers)
    model = load_model()
    if model is None or (not value.is_event and masked):
        return value  # a masked aggregate, reference back, threat or negated outcome stays no event
    text = " ".join(doc.text[s:e] for s, e in mention_ranges(mention))
    probs = model.proba([text], [rule_view(doc, mention, actors, triggers, value)])[0]
    return combine(doc, mention, actors, triggers, value, dict(zip(model.classes, probs.tolist())))


def combine(doc: Document, mention: Mention, actors: ActorsValue, triggers: list[Trigger], value: TypeValue,
            probs: dict[str, float]) -> TypeValue:
    """The rules' value adjusted by the model's class probabilities (``probs``: label -> probability)."""
    cfg = combine_settings()
    ranked = sorted(probs.items(), key=lambda kv: -kv[1])
    top, p_top = ranked[0]
    alts = [f"type-model-alt:{_slug(lab)}={p:.2f}" for lab, p in ranked[: int(cfg["alternatives"])]]
    p_none = probs.get(NONE_LABEL, 0.0)
    if not value.is_event:
        # no trigger (and nothing masked): the model alone may type an act the rules have no word for
        if top == NONE_LABEL or p_top < cfg["create_min"]:
            return value
        out = _finish(doc, mention, actors, triggers, SubEventType(top), [f"type-model:{_slug(top)}"], [])
        return out.model_copy(update={"rules": [*out.rules, "type-model-only", *alts],
                                      "confidence": round(float(p_top), 3)})
    assert value.sub_event_type is not None
    rule_sub = value.sub_event_type.value
    if rule_sub in cfg["rules_final"]:
        out, conf, how = value, max(probs.get(rule_sub, 0.0), 0.5), "type-rules-final"
    else:
        events = [(lab, p) for lab, p in ranked if lab != NONE_LABEL]
        best, p_best = events[0]
        p_rule = probs.get(rule_sub, 0.0)
        if best != rule_sub and p_best / (1.0 - p_none + 1e-9) >= cfg["override_min"] \
                and p_best - p_rule >= cfg["override_margin"]:
            sub = SubEventType(best)
            out = _finish(doc, mention, actors, triggers, sub, [f"type-model:{_slug(best)}"],
                          [t.cls for t in triggers])
            conf, how = p_best, "type-model-override"
        else:
            out, conf, how = value, p_rule, "type-rules-agree" if best == rule_sub else "type-rules-kept"
    text = " ".join(doc.text[s:e] for s, e in mention_ranges(mention))
    armed = any(_is_armed(a.actor_type) and a.evidence for a in (actors.actor1, actors.actor2) if a is not None) \
        or any(t.cls in _EXPLOSION_SUB and t.cls != "ied" for t in triggers) or _scope_weapons().search(text) is not None
    in_scope = not (top == NONE_LABEL and p_none >= cfg["none_min_armed" if armed else "none_min"])
    rules = [*out.rules, how, *alts]
    if not in_scope:
        rules.append("scope-out:model-none")
    elif not armed and all(t.cls in cfg["scope_generic_triggers"] for t in triggers):
        kind = next((k for k, rx in _scope_cues().items() if rx.search(text)), None)
        if kind is not None:
            in_scope = False
            rules.append(f"scope-out:cue:{kind}")
    return out.model_copy(update={"rules": rules, "confidence": round(float(conf), 3), "in_scope": in_scope})
