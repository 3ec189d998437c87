"""Claims: whose voice carries an event's information (docs/rules/claims.md).

``source_kind`` is ``claim`` when a *party to the event* is the source of the event's
information, ``report`` when a third party reports it:

- document level (:func:`document_claim`): the document is a party's own statement (first person
  plural "our fighters", a group's media outlet or spokesman as the voice, a claims digest, a
  ministry/army press release about its own forces' operations) -> claim by that party;
- mention level (:func:`mention_claim`): in a report, a sentence that attributes the event's
  details to a party speaking of its own action ("the group said its fighters killed 12
  soldiers", "the army said its troops killed 20 militants") -> claim by that party. A bare
  responsibility claim ("X claimed responsibility for the attack") leaves the figures a report
  by the outlet; it is recorded as rule ``responsibility-claim`` with its evidence, and the
  actors extractor uses it to name the perpetrator.

A claim's figures stay claimed figures: nothing downstream turns a claim into a report.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from ..annotate import Annotation, mention_ranges
from ..data_schemas import ClaimCuesFile
from ..model import (
    ClaimValue,
    CountsValue,
    CountValue,
    DocContext,
    Document,
    Evidence,
    Mention,
    SourceKind,
)
from ..resources import load_yaml
from .actors import (  # noqa: F401
    lexicon,
    norm,
    of_country,
    acting_party,
    annotation_for,
    country_iso3,
    find_actor_phrases,
    group_type,
    is_group_family,
    region_branch,
    resolve_group,
)

__all__ = ["document_claim", "mention_claim", "force_source_kind", "responsibility_claims", "add_own_dead",
           "mention_country", "resolve_speaker", "speaker_start", "strip_quotes", "statement_end"]

_CUE_DATA = ClaimCuesFile.model_validate(load_yaml("claim_cues.yaml"))
_CUES = _CUE_DATA.compiled()
_IT_SPEAKS = _CUES["it_speaks"]
_POLICE_WORD = _CUES["police_word"]
_FOUGHT_BACK = _CUES["fought_back"]
_QUOTED = _CUES["quoted"]
def _first_person() -> re.Pattern[str]:
    """First person plural of a party: "our fighters", "we attacked", or "our"/"we" + one of the
    group's self-labels or attack labels, read from the reviewed lexicon (data/neutral_terms.yaml)."""
    from .actors import neutral_term_entries  # noqa: PLC0415

    self_labels = "|".join(f"(?:{e['term']})" for e in neutral_term_entries()
                           if e.get("kind") in ("self-label", "attack-label"))
    head, tail = _CUE_DATA.expand("{FIRST_PERSON_HEAD}"), _CUE_DATA.expand("{FIRST_PERSON_TAIL}")
    return re.compile(head + (f"|{self_labels}" if self_labels else "") + tail, re.I)


_FIRST_PERSON = _first_person()
_DIGEST = _CUES["digest"]
_GROUP_SAID = _CUES["group_said"]
_DATELINE = _CUES["dateline"]
_INDEPENDENT_WORDS = _CUES["independent_words"]
_MINISTRY = _CUES["ministry"]
_OWN_FORCES = _CUES["own_forces"]
# a party speaking of its own action in a sentence of a report
_ATTRIBUTED = _CUES["attributed"]
_CLAIMED_TO = _CUES["claimed_to"]
_ACCORDING = _CUES["according"]
_RESP_ONLY = _CUES["resp_only"]
_RESPONSIBILITY = _CUES["responsibility"]
_NEGATED = _CUES["negated"]
_OUTCOME = _CUES["outcome"]
_STATE_SPEAKER = _CUES["state_speaker"]
# the head of a document in a state's voice (a release, a spokesperson, an organ that speaks):
# only then is a state named in the head the claimant, not a state that was merely attacked
_HEAD_STATE_VOICE = _CUES["head_state_voice"]
_GROUP_PRONOUN = _CUES["group_pronoun"]


# a state organ speaking ("the army said", "according to a statement by the defence ministry",
# "U.S. Africa Command said in a statement that", "a military statement said")
_STATE_VOICE_WORDS = _CUES["state_voice_words"]
# a voice that is not the state's own statement: anonymous sources, officials, residents ...
_NOT_STATE_VOICE = _CUES["not_state_voice"]
_SPEAKER_SAID = _CUES["speaker_said"]
_SPEAKER_MARK = _CUES["speaker_mark"]
_SAID_VERB = _CUES["said_verb"]
_ACCORDING_STATE = _CUES["according_state"]
_AIR_STRIKE = _CUES["air_strike"]


def _speaker_said(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``speaker_said`` in ``text`` (those of its ``finditer``), tried only where one
    can start: at the text's start or after a speaker mark, with a said-verb before the next mark
    (a speaker and the space before its verb hold no mark). Tried everywhere, the lazy speaker run
    cost about 6% of a document's time."""
    verbs = [m.start() for m in _SAID_VERB.finditer(text)]
    if not verbs:
        return
    marks = [m.start() for m in _SPEAKER_MARK.finditer(text)]
    end = 0
    for k, start in enumerate([0, *(p + 1 for p in marks)]):
        next_mark = marks[k] if k < len(marks) else len(text)
        i = bisect_left(verbs, start)
        if start < end or i == len(verbs) or verbs[i] >= next_mark:
            continue
        m = _SPEAKER_SAID.match(text, start)
        if m is not None:
            yield m
            end = m.end()


class _Independent:
    """A newswire dateline "(Agency) -" or a third-party attribution (officials, police, residents...)."""

    @staticmethod
    def search(text: str) -> re.Match[str] | None:
        return _DATELINE.search(text) or _INDEPENDENT_WORDS.search(text)


_INDEPENDENT = _Independent()


_CLAUSE_START = _CUES["clause_start"]


def speaker_start(text: str, pos: int, limit: int = 0) -> int:
    """Start of the speaker phrase before ``pos``: after the last clause break, at most 80 chars back."""
    lo = max(limit, pos - 80)
    cut = lo
    for m in _CLAUSE_START.finditer(text, lo, pos):
        cut = m.end()
    while cut < pos and text[cut].isspace():
        cut += 1
    return cut


def strip_quotes(text: str) -> str:
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def _group_in(doc: Document, ann: Annotation, start: int, end: int, country: str | None = None) -> tuple[str | None, Evidence | None]:
    """The first named armed group (or group media outlet) in ``doc.text[start:end]``."""
    lex = lexicon()
    best: tuple[int, str, Evidence] | None = None
    for p in find_actor_phrases(doc, start, end, country, annotation=ann):
        if p.kind == "group" or (p.kind == "term" and p.rule.endswith("self-label") and p.name and "Unidentified" not in p.name):
            best = (p.start, p.name or "", Evidence.of(doc.text, p.start, p.end))
            break
    m = lex.media_re.search(doc.text, start, end)
    if m and (best is None or m.start() < best[0]):
        name = lex.media.get(norm(m.group()))
        if name:
            best = (m.start(), resolve_group(name, country), Evidence.of(doc.text, m.start(), m.end()))
    if best is None:
        return None, None
    return best[1], best[2]


def _state_party(doc: Document, ann: Annotation, start: int, end: int, country: str | None) -> tuple[str | None, Evidence | None]:
    for p in find_actor_phrases(doc, start, end, country, annotation=ann):
        if p.kind in ("military", "police") and p.name:
            return p.name, Evidence.of(doc.text, p.start, p.end)
    m = _STATE_SPEAKER.search(doc.text, start, end)
    if m and country:
        kind = "Police" if "police" in m.group().lower() else "Military"
        return f"{kind} Forces of {of_country(country)}", Evidence.of(doc.text, m.start(), m.end())
    return None, None


def _doc_country(doc: Document) -> str | None:
    lex = lexicon()
    m = lex.country_name_re.search(doc.text)
    if m:
        return lex.adjective_country.get(norm(m.group()))
    return None


def document_claim(doc: Document, annotation: Annotation | None = None) -> ClaimValue:
    """The document's voice: claim when a party to the events reports its own actions."""
    text = doc.text
    ann = annotation_for(doc, annotation=annotation)
    plain = strip_quotes(text)
    country = _doc_country(doc)
    head_end = min(len(text), 400)
    # (1) first person plural of an armed party, outside quotations
    m = _FIRST_PERSON.search(plain)
    if m:
        # a ministry / army press release speaks for the state even when it names groups first
        name, ev = (None, None) if _MINISTRY.search(text, 0, head_end) else _group_in(doc, ann, 0, len(text), country)
        if name is None and (_MINISTRY.search(text) or _OWN_FORCES.search(plain)):
            name, ev = _state_party(doc, ann, 0, len(text), country)
        evs = [Evidence.of(text, m.start(), m.end())] + ([ev] if ev else [])
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name, evidence=evs, rules=["claim-first-person"])
    # (1b) a group's own bulletin: its self-labels and its enemy labels, in its own words
    own = _own_voice(doc, ann, plain, country)
    if own is not None:
        return own
    # (2) the voice is a group's media outlet (source field or opening lines)
    lex = lexicon()
    if doc.source and norm(doc.source) in lex.media:
        name = resolve_group(lex.media[norm(doc.source)], country)
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name, rules=["claim-group-media-source"])
    mm = lex.media_re.search(text, 0, head_end)
    independent = _INDEPENDENT.search(plain)
    if mm and not independent:
        name = resolve_group(lex.media[norm(mm.group())], country)
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name,
                          evidence=[Evidence.of(text, mm.start(), mm.end())], rules=["claim-group-media-voice"])
    # (3) a claims digest / a group's statement with no independent voice
    dg = _DIGEST.search(text, 0, head_end)
    gs = _GROUP_SAID.search(plain)
    if (dg or gs) and not independent:
        name, ev = _group_in(doc, ann, 0, len(text), country)
        anchor = dg or gs
        assert anchor is not None
        evs = [Evidence.of(text, anchor.start(), anchor.end())] + ([ev] if ev else [])
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name, evidence=evs,
                          rules=["claim-digest" if dg else "claim-group-voice"])
    # (4) a ministry / army press release about its own forces' operations
    mi = _MINISTRY.search(text, 0, head_end)
    if mi and _OWN_FORCES.search(plain) and not _INDEPENDENT.search(plain[: mi.start()]):
        name, ev = _state_party(doc, ann, 0, len(text), country)
        evs = [Evidence.of(text, mi.start(), mi.end())]
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name, evidence=evs, rules=["claim-state-statement"])
    return ClaimValue(source_kind=SourceKind.REPORT, rules=["report-third-party"])


_LABEL_KINDS = ("self-label", "enemy-label", "community-label", "attack-label")


# a report's own sources: officials, police, residents, witnesses or medics who speak
_REPORT_SOURCES = _CUES["report_sources"]


@dataclass(frozen=True)
class _Label:
    start: int
    end: int
    kind: str
    maps_to: str


def _label_phrases(doc: Document, plain: str) -> list[_Label]:
    """The lexicon's labels (data/neutral_terms.yaml) used outside quotations, in document order."""
    lex = lexicon()
    out = []
    for m in lex.terms_re.finditer(plain):
        idx = int(m.lastgroup[1:]) if m.lastgroup else -1
        entry = lex.terms[idx] if idx >= 0 else None
        if entry is not None and entry["kind"] in _LABEL_KINDS:
            out.append(_Label(m.start(), m.end(), entry["kind"], str(entry.get("maps_to") or "")))
    return out


def _own_voice(doc: Document, ann: Annotation, plain: str, country: str | None) -> ClaimValue | None:
    """A party's own bulletin, told in its own words (decision table, row 1).

    The group names itself with its self-labels ("soldiers of the caliphate", "the mujahideen",
    "the brothers") and its opponents with its enemy labels, outside any quotation, and no
    outlet's dateline frames the text: at least two self-labels, or a self-label and an enemy or
    community label. claimed_by is the group a self-label names ("soldiers of the caliphate" ->
    Islamic State), else the armed group the head names; per item, a region header names the
    branch (``mention_claim``).
    """
    if _DATELINE.search(doc.text, 0, min(len(doc.text), 300)) or _REPORT_SOURCES.search(plain):
        return None
    labels = _label_phrases(doc, plain)
    selves = {plain[p.start:p.end].lower() for p in labels if p.kind == "self-label"}
    others = any(p.kind != "self-label" for p in labels)
    if len(selves) < 2 and not (selves and others):
        return None
    name, ev = _own_name(doc, ann, labels, country)
    first = next(p for p in labels if p.kind == "self-label")
    evs = [Evidence.of(doc.text, first.start, first.end)] + ([ev] if ev is not None and ev.start != first.start else [])
    return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name, evidence=evs, rules=["claim-own-voice"])


def _own_name(doc: Document, ann: Annotation, labels: list[_Label], country: str | None) -> tuple[str | None, Evidence | None]:
    """The group a bulletin speaks for: a self-label that names it, else the group its head names."""
    for p in labels:
        if p.kind == "self-label" and p.maps_to and "{" not in p.maps_to and group_type(p.maps_to) is not None:
            return resolve_group(p.maps_to, country, doc.published), Evidence.of(doc.text, p.start, p.end)
    name, ev = _head_group(doc, ann)
    return (resolve_group(name, country, doc.published) if name else None), ev


def force_source_kind(claim: ClaimValue, kind: SourceKind) -> ClaimValue:
    """The user forced claim/report (--source-kind): keep claimed_by only for a claim."""
    kind = SourceKind(kind)
    rules = [*claim.rules, f"source-kind-forced:{kind.value}"]
    if kind == SourceKind.CLAIM:
        return claim.model_copy(update={"source_kind": SourceKind.CLAIM, "rules": rules})
    return ClaimValue(source_kind=SourceKind.REPORT, claimed_by=None, evidence=list(claim.evidence), rules=rules)


def mention_country(ctx: DocContext | None, mention: Mention) -> str | None:
    if ctx is None:
        return None
    sp = ctx.section_places.get(mention.section)
    if sp is not None and sp.country:
        return sp.country
    if ctx.doc_place is not None and ctx.doc_place.country:
        return ctx.doc_place.country
    return None


def resolve_speaker(doc: Document, ann: Annotation, s_start: int, s_end: int, before: int, country: str | None) -> tuple[str | None, Evidence | None]:
    """The neutral name of a speaker phrase; "the group" is the last group named before it."""
    name, ev = _group_in(doc, ann, s_start, s_end, country)
    if name:
        return name, ev
    span = doc.text[s_start:s_end]
    if _GROUP_PRONOUN.search(span) or _IT_SPEAKS.search(span):
        # coreference: the closest group named earlier in the document
        last = _last_group_before(doc, ann, before, country)
        if last is not None:
            return last.name, Evidence.of(doc.text, last.start, last.end)
        return None, None
    return _state_party(doc, ann, s_start, s_end, country)


_EDGE = 200  # characters at a window's left edge whose phrases may differ from a scan from 0


def _last_group_before(doc: Document, ann: Annotation, before: int, country: str | None):  # noqa: ANN202
    """The last group phrase in ``doc.text[:before]``. Windows ending at ``before`` widen fourfold
    until one holds a group clear of its left edge (an actor phrase is far shorter than the
    edge), so the cost follows the distance to that group, not the length of the document."""
    width = 2000
    while True:
        lo = max(0, before - width)
        edge = lo + _EDGE if lo else 0
        last = None
        for p in find_actor_phrases(doc, lo, before, country, annotation=ann):
            if p.kind == "group" and p.start >= edge:
                last = p
        if last is not None or lo == 0:
            return last
        width *= 4


def responsibility_claims(doc: Document, start: int = 0, end: int | None = None,
                          annotation: Annotation | None = None) -> list[Evidence]:
    """Spans where a party claims responsibility (not negated: "no group claimed" is excluded)."""
    end = len(doc.text) if end is None else end
    ann = annotation_for(doc, annotation=annotation)
    out = []
    for m in _RESPONSIBILITY.finditer(doc.text, start, end):
        s = speaker_start(doc.text, m.start(), start)
        if _NEGATED.search(doc.text[s:m.end()]):
            continue
        out.append(Evidence.of(doc.text, s, statement_end(ann, m.end(), end)))
    return out


def statement_end(ann: Annotation, pos: int, limit: int) -> int:
    """Where the statement that runs through ``pos`` ends: the end of its sentence (the annotation's
    one sentence source, without the closing stop) or an earlier semicolon, at most ``limit``."""
    text = ann.text
    sents = ann.sentences(pos, limit)
    end = sents[0][1] if sents else limit
    while end > pos and text[end - 1] in _CLOSING:
        end -= 1
    semi = text.find(";", pos, end)
    return semi if semi >= 0 else end


_CLOSING = " \t\n.!?"


_TRIGGER = _CUES["trigger"]


_HEAD_BREAK = _CUES["head_break"]


def _head_end(text: str) -> int:
    """End of a document's head: its title line and first paragraph (at most 600 characters)."""
    pos = 0
    for i in range(2):
        m = _HEAD_BREAK.search(text, pos)
        if m is None:
            if i == 0 and "\n" in text[:600]:
                # no blank line (a restored layout): the title and the line under it
                nl = text.find("\n", text.find("\n") + 1)
                return min(nl if nl > 0 else len(text), 600)
            # a title and then the body: the head is the title alone
            return min(pos if i else len(text), 600)
        pos = m.end()
    return min(pos, 600)


def _head_group(doc: Document, ann: Annotation) -> tuple[str | None, Evidence | None]:
    """The armed group (not a state, not a mission) a claim document names in its head as its voice."""
    end = _head_end(doc.text)
    lex = lexicon()
    for p in find_actor_phrases(doc, 0, end, annotation=ann):
        named_self = p.kind == "term" and p.rule.endswith("self-label") and p.name and "{" not in p.name
        if (p.kind == "group" or named_self) and p.name and group_type(p.name) is not None and (
            int(group_type(p.name) or 0) in (2, 3, 4)
        ):
            return p.name, Evidence.of(doc.text, p.start, p.end)
    m = lex.media_re.search(doc.text, 0, end)
    if m and norm(m.group()) in lex.media:
        return lex.media[norm(m.group())], Evidence.of(doc.text, m.start(), m.end())
    return None, None


def _header_branch(doc: Document, mention: Mention, ctx: DocContext | None, voice: str | None) -> tuple[str | None, Evidence | None]:
    """A claims item under a regional header ("West Africa", "Sinai"): the branch that region denotes.

    Only for Islamic State (named in the head, or no group named at all): the header region's
    primary country names the branch (actors.yaml ``by_region_country``), whatever country the
    item itself is in.
    """
    if ctx is None or not (0 <= mention.section < len(ctx.sections)):
        return None, None
    base = "Islamic State"
    if voice is not None and not is_group_family(voice, base):
        return None, None
    header = ctx.sections[mention.section].header
    if header is None or len(header.text) > 60:
        return None, None
    from ..geo.resolve import group_region  # noqa: PLC0415 - read-only lookup of data/group_regions.yaml

    region = group_region(header.text)
    if region is None:
        return None, None
    return region_branch(base, region.iso2), header


def _state_operation_claim(doc: Document, ann: Annotation, mention: Mention, plain: str, country: str | None) -> ClaimValue | None:
    """A state organ's statement about its own forces' operation in a sentence of a report.

    "Troops ambushed fighters near X, killing 12, the army said in a statement." -> claim by
    ``Military Forces of <state>``: the speaker is a state organ (army, ministry, military media
    wing, a command, a department; not "sources", "officials", "residents") and the acting party
    of the event is that state's forces (or, with no named actor, an air strike announced by a
    military speaker).
    """
    base = mention.start
    speakers = []
    for m in _speaker_said(plain):
        speakers.append((m.start("sp"), m.end("sp"), m.end()))
    for m in _ACCORDING_STATE.finditer(plain):
        speakers.append((m.start("sp"), m.end("sp"), m.end()))
    for s0, s1, e in speakers:
        sp = plain[s0:s1]
        if not _STATE_VOICE_WORDS.search(sp) or _NOT_STATE_VOICE.search(sp):
            continue
        lex = lexicon()
        spk_state = None
        # the speaker with a few characters before it: "U.S. Africa Command" is cut after "U.S."
        s_wide = max(0, s0 - 8)
        ma = lex.adj_force_re.search(plain[s_wide:s1])
        if ma:
            spk_state = lex.adjective_country.get(norm(ma.group("adj") or ma.group("adj2") or ""))
        if spk_state is None:
            for p in find_actor_phrases(doc, base + s_wide, base + s1, country, annotation=ann):
                if p.kind in ("military", "police") and p.generic_word in lex.countries:
                    spk_state = p.generic_word
                    break
        sents = [sb for s, e in mention_ranges(mention) for sb in ann.sentences(s, e)]
        here = next(((a, b) for a, b in sents if a <= base + s0 < b), None)
        agent = acting_party(doc, mention, country, here, annotation=ann)
        if agent is None and here is not None and sents and here != sents[0]:
            agent = acting_party(doc, mention, country, sents[0], annotation=ann)
        name = None
        if agent is not None and agent.kind in ("military", "police") and agent.name:
            agent_state = agent.generic_word if agent.generic_word in lex.countries else country
            if agent_state == (spk_state or country):
                name = agent.name
        elif agent is None and _AIR_STRIKE.search(plain) and not _POLICE_WORD.search(sp):
            state = spk_state or country
            if state:
                name = f"Military Forces of {of_country(state)}"
        if name:
            return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name,
                              evidence=[Evidence.of(doc.text, base + s0, base + e)], rules=["claim-state-operation"])
    return None


def mention_claim(doc: Document, mention: Mention, ctx: DocContext | None) -> ClaimValue:
    """Per event: claim when the party itself is the source of this event's information."""
    country = mention_country(ctx, mention)
    ann = annotation_for(doc, ctx)
    text = doc.text
    doc_claim = ctx.claim if ctx is not None else ClaimValue()
    if doc_claim.source_kind == SourceKind.CLAIM:
        name = doc_claim.claimed_by
        evs = list(doc_claim.evidence)
        rules = [*doc_claim.rules, "claim-document-voice"]
        voice, voice_ev = _head_group(doc, ann)
        branch, header = _header_branch(doc, mention, ctx, voice)
        if branch:
            return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=branch, evidence=[*evs, header] if header else evs,
                              rules=[*rules, "claim-region-header"])
        if voice:
            name = voice
            evs = [*evs, voice_ev] if voice_ev else evs
        elif not name:
            head_state, head_ev = (_state_party(doc, ann, 0, _head_end(text), country)
                                   if _HEAD_STATE_VOICE.search(text, 0, _head_end(text)) else (None, None))
            if head_state:
                name = head_state
                evs = [*evs, head_ev] if head_ev else evs
                rules.append("claim-head-state")
        if not name:
            for m in _ATTRIBUTED.finditer(text, mention.start, mention.end):
                sp = speaker_start(text, m.start(), mention.start)
                name, ev = resolve_speaker(doc, ann, sp, m.start(), mention.start, country)
                if name:
                    evs.append(Evidence.of(text, sp, m.end()))
                    break
        if name:
            name = resolve_group(name, country, doc.published)
        if name and _is_state_claimant(name) and (
            _STATE_DEPLORES.search(text, mention.start, mention.end) or not _state_took_part(doc, ann, mention, country, name)
        ):
            # a state's statement about an act of others (an attack on civilians, on its officers):
            # the state is not reporting its own action -> the statement is a report of that event
            return ClaimValue(source_kind=SourceKind.REPORT, evidence=evs, rules=[*rules, "report-state-on-others"])
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=name, evidence=evs, rules=rules)
    plain = strip_quotes(text[mention.start:mention.end])
    base = mention.start
    # a party speaking of its own action, with details (figures, outcome) of the event
    for rx in (_ATTRIBUTED, _CLAIMED_TO):
        for m in rx.finditer(plain):
            clause = m.group("clause")
            if _RESP_ONLY.match(clause) or not _OUTCOME.search(clause):
                continue
            sp = speaker_start(plain, m.start())
            if _NEGATED.search(plain[sp:m.start()][-30:]):
                continue
            s0, s1 = base + sp, base + m.start()
            name, _ = resolve_speaker(doc, ann, s0, s1, s0, country)
            if not name:
                continue
            return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=resolve_group(name, country),
                              evidence=[Evidence.of(text, s0, base + m.end())],
                              rules=["claim-attributed-sentence"])
    for m in _ACCORDING.finditer(plain):
        s0, s1 = base + m.start("speaker"), base + m.end("speaker")
        name, _ = resolve_speaker(doc, ann, s0, s1, s0, country)
        if name:
            return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=resolve_group(name, country),
                              evidence=[Evidence.of(text, base + m.start(), base + m.end())],
                              rules=["claim-according-to-statement"])
    state = _state_operation_claim(doc, ann, mention, plain, country)
    if state is not None:
        return state
    # a party's statement taking responsibility and giving the event's figures, relayed with no
    # source of the outlet's own (decision table, row 4)
    relayed = _responsibility_statement(doc, ann, mention, country)
    if relayed is not None:
        return relayed
    # a bare responsibility claim: the figures stay the outlet's report
    resp = responsibility_claims(doc, mention.start, mention.end, ann)
    if resp:
        return ClaimValue(source_kind=SourceKind.REPORT, evidence=resp[:1], rules=["report-third-party", "responsibility-claim"])
    # the document's only responsibility claim, for its first event
    all_resp = responsibility_claims(doc, annotation=ann)
    if len(all_resp) == 1 and all_resp[0].start >= mention.end:
        first = _TRIGGER.search(text, _body_start(text))
        if first is not None and mention.start <= first.start() < mention.end:
            return ClaimValue(source_kind=SourceKind.REPORT, evidence=all_resp, rules=["report-third-party", "responsibility-claim",
                                                                                        "responsibility-claim-document"])
    return ClaimValue(source_kind=SourceKind.REPORT, rules=["report-third-party"])


_FIGURES = _CUES["figures"]


def _responsibility_statement(doc: Document, ann: Annotation, mention: Mention, country: str | None) -> ClaimValue | None:
    """A party's statement taking responsibility that gives the event's figures: a relayed claim.

    'A spokesman for X said: "We take full responsibility for the attack ..., in which 12 soldiers
    were killed."' -> claim by X (docs/rules/claims.md, decision table row 4). The statement is the
    only source of the figures: a mention with a source of the outlet's own (police, officials,
    witnesses, a dateline) stays a report, and so does a bare claim with no figures of its own.
    """
    text = doc.text
    seg = text[mention.start:mention.end]
    if _INDEPENDENT.search(seg) or _DATELINE.search(text, 0, min(len(text), 200)):
        return None
    for m in _RESPONSIBILITY.finditer(seg):
        sp = speaker_start(seg, m.start())
        if _NEGATED.search(seg[sp:m.start()][-40:]):
            continue
        # the statement: from the responsibility words to the end of the quotation or sentence
        q_end = seg.find("\u201d", m.end()) if "\u201c" in seg[:m.start()] else seg.find('"', m.end())
        stmt_end = q_end if q_end > 0 else statement_end(ann, mention.start + m.end(), mention.end) - mention.start
        if not _FIGURES.search(seg, m.end(), stmt_end + 1):
            continue
        # the speaker: the group named in the mention up to the statement (speaker phrase or quote)
        s0 = mention.start
        name, ev = _group_in(doc, ann, s0, mention.start + m.end(), country)
        if not name:
            continue
        evs = [Evidence.of(text, mention.start + sp, mention.start + stmt_end)]
        return ClaimValue(source_kind=SourceKind.CLAIM, claimed_by=resolve_group(name, country), evidence=evs,
                          rules=["claim-responsibility-statement", "responsibility-claim"])
    return None


# a state's statement that deplores / condemns an act tells someone else's act, not its own operation
_STATE_DEPLORES = _CUES["state_deplores"]
_OWN_SIDE = _CUES["own_side"]


def _is_state_claimant(name: str) -> bool:
    return name.startswith(("Military Forces of ", "Police Forces of "))


def _state_took_part(doc: Document, ann: Annotation, mention: Mention, country: str | None, state_name: str) -> bool:
    """Did the claimant state's forces act in this event (not merely suffer it or be absent)?

    A ministry's or police statement is a claim for the operations its forces carried out or the
    fights they took part in ("troops repelled an attack by ..."); an attack by others on
    civilians or on its own officers (an IED that struck a police vehicle) is its report.
    """
    agent = acting_party(doc, mention, country, annotation=ann)
    state = state_name.split(" of ", 1)[1]
    state = state[4:] if state.startswith("the ") else state

    def is_state(p: object) -> bool:
        n = getattr(p, "name", None) or ""
        return n.startswith(("Military Forces of ", "Police Forces of ")) and n.endswith(state)

    if agent is None or is_state(agent):
        return True
    plain = doc.text[mention.start:mention.end]
    present = _OWN_SIDE.search(plain) is not None or any(
        is_state(p) for p in find_actor_phrases(doc, mention.start, mention.end, country, annotation=ann))
    if not present:
        return False
    # others acted: the state's forces took part only if they fought back
    return bool(_FOUGHT_BACK.search(plain))


def _body_start(text: str) -> int:
    """Skip a title line (a first line without a full stop) when looking for the first event."""
    nl = text.find("\n")
    if 0 < nl < 160 and "." not in text[:nl]:
        return nl + 1
    return 0


# --------------------------------------------------------------------------------------------
# the claimant's own dead
# --------------------------------------------------------------------------------------------
OWN_DEAD_RULE = "claim-own-dead"
_NUMBER = _CUE_DATA.expand("{NUMBER}")


def _own_dead_re() -> re.Pattern[str] | None:
    """'<N> (of the|of our) <self-label> <death euphemism>', both read from data/neutral_terms.yaml."""
    from .actors import neutral_term_entries  # noqa: PLC0415

    entries = neutral_term_entries()
    selves = [e["term"] for e in entries if e.get("kind") == "self-label" and e.get("maps_to") == "{claimant}"]
    deaths = [e["term"] for e in entries if e.get("kind") == "death-euphemism"]
    if not selves or not deaths:
        return None
    return re.compile(
        rf"\b(?P<n>{_NUMBER})\s+(?:of\s+(?:the|our|its)\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{'|'.join(f'(?:{s})' for s in selves)})\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(f'(?:{d})' for d in deaths)})\b",
        re.I,
    )


_OWN_DEAD = _own_dead_re()


def add_own_dead(doc: Document, mention: Mention, claim: ClaimValue,
                 count: Callable[[Document, Mention], CountsValue]) -> CountsValue:
    """The event's counts (``count(doc, mention)``) with a claim's own dead added to the killed figure.

    "..., killing four of them, and two of the brothers <euphemism>": the own-dead phrase is
    blanked (same offsets) before ``count`` reads the figures of the other side, then its
    figure is added: ACLED counts every death, the attackers' too. The figure stays the
    claimant's (rule ``claim-own-dead:N``, and the notes say so). Only in a claim: a report's
    words are not the party's own.
    """
    found = [] if claim.source_kind != SourceKind.CLAIM or _OWN_DEAD is None else list(
        _OWN_DEAD.finditer(doc.text, mention.start, mention.end))
    if not found:
        return count(doc, mention)
    text = doc.text
    masked = list(text)
    for m in found:
        masked[m.start():m.end()] = " " * (m.end() - m.start())
    counts = _evidence_in(count(doc.model_copy(update={"text": "".join(masked)}), mention), text)
    from .counts import parse_number  # noqa: PLC0415

    n, evs = 0, []
    for m in found:
        word = m.group("n").lower()
        if word in ("a", "an"):
            v = 1
        else:
            pv = parse_number(word)
            v = pv.best if pv is not None else None
        if not v:
            continue
        n += v
        evs.append(Evidence.of(doc.text, m.start(), m.end()))
    if not n:
        return counts
    k = counts.killed
    rule = f"{OWN_DEAD_RULE}:{n}"
    killed = CountValue(
        best=(k.best or 0) + n,
        low=(k.low + n) if k.low is not None else (n if k.best is None else None),
        high=(k.high + n) if k.high is not None else None,
        evidence=[*k.evidence, *evs],
        rules=[*k.rules, rule],
    )
    return counts.model_copy(update={"killed": killed, "rules": [*counts.rules, rule]})


def _evidence_in(counts: CountsValue, text: str) -> CountsValue:
    """``counts`` with every evidence span read from ``text`` (same offsets)."""

    def fix(cv: CountValue) -> CountValue:
        return cv.model_copy(update={"evidence": [Evidence.of(text, e.start, e.end) for e in cv.evidence]})

    return counts.model_copy(update={k: fix(getattr(counts, k)) for k in ("killed", "injured", "casualties", "captured")})
