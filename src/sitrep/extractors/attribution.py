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
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import ClaimValue, DocContext, Document, Evidence, Mention, SourceKind
from ..resources import load_yaml
from . import claims as claims_mod

RELAY_RULES = ("relay-claim-voice", "relay-acting-party")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_yaml("attribution.yaml")
    verbs = "|".join(re.escape(v) for v in data["speech_verbs"])
    acc = "|".join(re.escape(a) for a in data["according_to"])
    said = re.compile(rf"\b(?:{verbs})\b", re.I)
    according = re.compile(rf"\b(?:{acc})\s+(?P<speaker>[^,.;\n]{{2,80}})", re.I)
    return said, according


def _norm(name: str | None) -> str:
    from ..link import _canonical_party

    return _canonical_party(name) if name else ""


def relay_of(
    doc: Document, mention: Mention, ctx: DocContext | None, claim: ClaimValue, actor1: str | None
) -> tuple[str, list[Evidence], str] | None:
    """(party, attribution evidence, rule) when the mention only relays a party's account."""
    if ctx is not None and ctx.claim.source_kind == SourceKind.CLAIM:
        return None  # the party's own statement: the claim itself, not a relay
    if claim.source_kind == SourceKind.CLAIM and claim.claimed_by:
        return claim.claimed_by, list(claim.evidence), "relay-claim-voice"
    if not actor1:
        return None
    target = _norm(actor1)
    country = claims_mod._mention_country(ctx, mention)
    text = doc.text
    plain = claims_mod._strip_quotes(text[mention.start : mention.end])
    base = mention.start
    said, according = _patterns()
    spans: list[tuple[int, int, int]] = []  # speaker start, speaker end, cue end
    for m in said.finditer(plain):
        sp = claims_mod._speaker_start(plain, m.start())
        sp = max(sp, plain.rfind(",", sp, m.start()) + 1)  # the phrase right before the verb
        while sp < m.start() and (plain[sp].isspace() or sp > 0 and plain[sp - 1].isalnum()):
            sp += 1  # never start inside a word
        if sp < m.start():
            spans.append((sp, m.start(), m.end()))
    for m in according.finditer(plain):
        spans.append((m.start("speaker"), m.end("speaker"), m.end()))
    for s0, s1, cue_end in spans:
        if claims_mod._NEGATED.search(plain[s0:s1][-30:]):
            continue
        name, _ = claims_mod._resolve_speaker(doc, base + s0, base + s1, base + s0, country)
        if name and _norm(claims_mod.resolve_group(name, country)) == target or name and _norm(name) == target:
            lo, hi = min(s0, s1), max(cue_end, s1)
            return actor1, [Evidence.of(text, base + lo, base + hi)], "relay-acting-party"
    return None
