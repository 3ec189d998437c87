"""Relayed claims: a report event whose account is attributed to a party to the event.

An outlet that writes "the group said in a statement that it killed 30 soldiers" or "according
to its news agency" does not report the event independently: it repeats the party. Such an
event is stored with ``independent = False``, ``relayed_from`` = the party's neutral name and
the attribution span as ``field_evidence["relay"]``; ``sitrep verify`` never counts it as
corroboration (docs/rules/linking.md, "Relayed claims"). Two ways in, in a document that is
not itself the party's statement:

* ``relay-claim-voice``: the voice rules (docs/rules/claims.md) found the party speaking of its
  own action inside a report (claim-attributed-sentence, claim-according-to-statement,
  claim-state-operation): a claim relayed by the outlet.
* ``relay-acting-party``: the event's figures or account are attributed ("<speaker> said",
  "according to <speaker>") to the event's acting party (actor1), resolved through the actor
  lexicon, "the group"/"it" to the group named before. Victims, officials not party to the act,
  police, hospitals and witnesses stay independent sources (a state speaking of someone else's
  act is a report).
* ``relay-state-own-forces``: a state organ is the speaker and that state's forces are a side
  of the event: no acting party was named and the mention tells its own forces acting ("the
  ministry of defence said its forces killed 40 militants", "according to the army, soldiers
  repelled an attack") or its own positions attacked ("militants attacked army positions,
  Niger's defence ministry said"), or the event's actor1 or actor2 is that state's forces (a
  state's army telling an attack on its own positions). A state organ the actor lexicon does
  not resolve ("the country's information ministry") speaks for the state's forces named as a
  side.
A figure handed to its source without a speech verb ("the toll of 17 dead given by the group in
a statement", "came from a statement by its leader") reads like "according to". A statement
that denies the act ("said it had nothing to do with the massacre") tells no account of it.
An independent source for the account in the same mention ("according to hospital staff",
"residents said") keeps the event independent.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, NamedTuple

from ..model import ActorType, ClaimValue, DocContext, Document, Evidence, Mention, SourceKind
from ..resources import load_yaml
from . import claims as claims_mod
from .actor_names import canonical_party, is_generic_actor
from .actors import annotation_for, group_type

RELAY_RULES = ("relay-claim-voice", "relay-acting-party", "relay-state-own-forces")


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class _Cues(NamedTuple):
    said: re.Pattern[str]  # speech verbs
    according: re.Pattern[str]  # "according to <speaker>"
    refs: re.Pattern[str]  # references to a party ("the group", "its agency")
    own: re.Pattern[str]  # the outlet's own, independent sources
    own_forces_act: re.Pattern[str]  # "its forces killed ..."
    own_forces_passive: re.Pattern[str]  # "were killed by soldiers"
    own_positions: re.Pattern[str]  # "army positions", "its base"
    state_organs: re.Pattern[str]  # "the country's information ministry"
    denials: re.Pattern[str]  # "nothing to do with"
    own_losses: re.Pattern[str]  # "killing 4 soldiers"


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The patterns of data/attribution.yaml, read and compiled once."""
    data = load_yaml("attribution.yaml")

    def words(key: str) -> re.Pattern[str]:
        return re.compile(rf"\b(?:{_alt(data[key])})\b", re.I)

    return _Cues(
        said=words("speech_verbs"),
        according=re.compile(
            rf"\b(?:{_alt(data['according_to'] + data['source_of_figures'])})\s+(?P<speaker>[^,.;\n]{{2,80}})", re.I
        ),
        refs=words("party_references"),
        own=words("independent_sources"),
        own_forces_act=re.compile(
            rf"\b(?:{_alt(data['own_forces'])})\s+(?:(?!(?:were|was|had been|have been)\b)[\w'-]+\s+){{0,2}}?"
            rf"(?:{_alt(data['own_forces_acts'])})\b",
            re.I,
        ),
        own_forces_passive=re.compile(
            data["own_forces_passive"].replace("ACTS", _alt(data["own_forces_acts"])).replace(
                "FORCES", _alt(data["own_forces"])),
            re.I,
        ),
        own_positions=words("own_positions"),
        state_organs=words("state_organs"),
        denials=words("denials"),
        own_losses=re.compile(
            data["own_loss_pattern"].replace("NUMBERS", _alt(data["number_words"])).replace(
                "NOUNS", _alt(data["own_loss_nouns"])),
            re.I,
        ),
    )


def _own_sources(plain: str) -> bool:
    """The mention gives an independent source for its account ("according to hospital staff")."""
    cues = _cues()
    said, according, own = cues.said, cues.according, cues.own
    for m in according.finditer(plain):
        if own.search(m.group("speaker")):
            return True
    for m in said.finditer(plain):
        sp = claims_mod.speaker_start(plain, m.start())
        if own.search(plain[sp : m.start()]):
            return True
    return False


def _party(name: str | None) -> str:
    return canonical_party(name) if name else ""


def _denied(text: str, ann: Any, evidence: list[Evidence]) -> bool:
    """A claim whose statement denies the act: a denial cue after the claim's evidence, in its
    sentence ("JNIM said in a statement it had nothing to do with the massacre")."""
    for ev in evidence:
        sent = ann.sentence_of(ev.start)
        end = sent[1] if sent is not None else ev.end
        if _cues().denials.search(text[ev.start : end]):
            return True
    return False


def _state_side(name: str, actor1: str | None, actor2: str | None, plain: str) -> bool:
    """Is the state that ``name`` (its forces) stands for a side of the event whose account it
    tells: named as actor1; or, unless the mention counts the state's own losses (a victim's
    account), named as actor2 of a named attacker with its forces acting in the mention ("soldiers
    repelled them", "were killed by soldiers"; a state that only tells an attack on itself is a
    victim), or, with no acting party named (none, or an unidentified one; the state's forces may be
    actor2), its forces acting or its positions attacked in the mention?"""
    party = _party(name)
    if actor1 and _party(actor1) == party:
        return True
    cues = _cues()
    if cues.own_losses.search(plain):
        return False  # the state counts its own dead: a victim's account, not a claim of its act
    acting = bool(cues.own_forces_act.search(plain) or cues.own_forces_passive.search(plain))
    unnamed = not actor1 or (is_generic_actor(actor1) and not _is_state(actor1))
    if actor2 and _party(actor2) == party and not unnamed:
        return acting  # the attacked side tells how its forces answered ("soldiers repelled them")
    # no acting party named: its forces acting or its positions attacked, also when its forces are
    # coded actor2 ("assailants were killed when they attacked army positions, the ministry said")
    return unnamed and (acting or bool(cues.own_positions.search(plain)))


def relay_of(
    doc: Document, mention: Mention, ctx: DocContext | None, claim: ClaimValue, actor1: str | None,
    country: str | None = None, actor2: str | None = None,
) -> tuple[str, list[Evidence], str] | None:
    """(party, attribution evidence, rule) when the mention only relays a party's account."""
    if ctx is not None and ctx.claim.source_kind == SourceKind.CLAIM:
        return None  # the party's own statement: the claim itself, not a relay
    text = doc.text
    ann = annotation_for(doc, ctx)
    plain = claims_mod.strip_quotes(text[mention.start : mention.end])
    base = mention.start
    if _own_sources(plain):
        return None  # the outlet has its own source for the figures (a hospital, witnesses)
    if claim.source_kind == SourceKind.CLAIM and claim.claimed_by:
        if _denied(text, ann, list(claim.evidence)):
            return None  # the party denies the act: it tells no account of it
        return claim.claimed_by, list(claim.evidence), "relay-claim-voice"
    generic = is_generic_actor(actor1) and not (actor1 or "").lower().startswith(("military forces", "police forces"))
    target = "" if generic else _party(actor1)
    country = country or claims_mod.mention_country(ctx, mention)
    cues = _cues()
    refs, said, according = cues.refs, cues.said, cues.according
    spans: list[tuple[int, int, int]] = []  # speaker start, speaker end, cue end
    for m in said.finditer(plain):
        sp = claims_mod.speaker_start(plain, m.start())
        sp = max(sp, plain.rfind(",", sp, m.start()) + 1)  # the phrase right before the verb
        while sp < m.start() and (plain[sp].isspace() or sp > 0 and plain[sp - 1].isalnum()):
            sp += 1  # never start inside a word
        if sp >= m.start():
            continue
        after = plain[m.end() : claims_mod.statement_end(ann, base + m.end(), mention.end) - base]
        after = re.sub(r"^\s*(?:in an? [\w\s-]{1,30}?|on \w+|later|also|that)\b", " ", after, flags=re.I)
        sent_start = max(plain.rfind(c, 0, sp) for c in ".;\n") + 1
        before = plain[sent_start:sp]
        if claims_mod._OUTCOME.search(after):
            if claims_mod._RESP_ONLY.match(re.sub(r"^\s*(?:it|they|the group)\s+", " ", after, flags=re.I)):
                continue  # "X said it carried out the attack": responsibility only, the figures are the outlet's
        elif not claims_mod._OUTCOME.search(before):
            continue  # the speaker says something else (talks, reinforcements)
        spans.append((sp, m.start(), m.end()))
    for m in according.finditer(plain):
        spans.append((m.start("speaker"), m.end("speaker"), m.end()))
    for s0, s1, cue_end in spans:
        phrase = plain[s0:s1]
        if claims_mod._NEGATED.search(phrase[-30:]):
            continue
        lo, hi = min(s0, s1), max(cue_end, s1)
        cue = [Evidence.of(text, base + lo, base + hi)]
        if target and refs.search(phrase) and not generic:
            return actor1 or "", cue, "relay-acting-party"  # "the faction said", "a spokesman for the movement"
        name, _ = claims_mod.resolve_speaker(doc, ann, base + s0, base + s1, base + s0, country)
        if not name and cues.state_organs.search(phrase):
            # a state organ the lexicon does not resolve speaks for its state's forces named as a side
            name = next((a for a in (actor1, actor2) if a and _is_state(a) and (not country or country in a)), None)
        if not name:
            continue
        name = claims_mod.resolve_group(name, country)
        if target and _party(name) == target:
            return actor1 or "", cue, "relay-acting-party"
        if generic and _is_armed_group(name):
            return name, cue, "relay-acting-party"  # an unnamed attacker, and a group tells the act
        if _is_state(name) and _state_side(name, actor1, actor2, plain):
            return name, cue, "relay-state-own-forces"  # "the ministry said its forces killed 40"
    return None


def _is_state(name: str) -> bool:
    return name.lower().startswith(("military forces of", "police forces of"))


def _is_armed_group(name: str) -> bool:
    return group_type(name) in (ActorType.REBEL_GROUP, ActorType.POLITICAL_MILITIA, ActorType.IDENTITY_MILITIA)
