"""Event mentions: paragraphs, sentences and clauses of each section grouped into mentions with
the cues of ``data/segment_cues.yaml`` and the document's annotation (date spans; toponym spans
when that detector ran). The rules are documented in docs/rules/segmentation.md."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..annotate import Annotation
from ..extractors.dates import DateExpr, dated, dates_in
from ..model import Calendar, Document, Evidence, Mention, Section
from ..sentences import Unit as _Unit
from ..sentences import is_upper_document, list_marker_end
from ..sentences import paragraphs as _paragraphs
from ..sentences import sentence_spans as _sentences
from ..sentences import trim as _trim
from .cues import cues, is_title_case, is_upper_line, split_words
from .headers import body_start


def _strip_furniture(text: str, a: int, b: int) -> tuple[int, bool]:
    """Skip a wire dateline and bracketed editorial tags; (new start, dateline found)."""
    c = cues()
    seg = text[a:b]
    found = False
    if True:
        for p in c.dateline_prefixes:
            m = p.match(seg)
            if m and m.end() < len(seg):
                lead = seg[: m.end()]
                place = lead.split(",", 1)[0]
                # keep "Kandahar, 3 May: gunmen ..." (a roundup lead) but strip wire datelines
                if is_upper_line(place) or "(" in lead or "--" in lead:
                    a += m.end()
                    seg = text[a:b]
                    found = True
                break
    m = c.bracket_tags.match(seg)
    if m and m.end() < len(seg):
        a += m.end()
    return a, found


# --------------------------------------------------------------------------------------------
# sentence features
# --------------------------------------------------------------------------------------------
@dataclass
class _Feat:
    start: int
    end: int
    act: bool
    cue: str | None
    cont_start: str | None
    cont_any: bool
    cont_weak: bool
    aggregate: bool
    background: bool
    dates: dict[str, set[str]]
    month_or_year: bool
    places: set[str]
    also: bool
    followup: bool = False  # "died of his wounds", "the toll rose": about the current casualties
    rel_past: bool = False  # "several days prior": a date of its own, relative to the story
    any_place: bool = False  # a named place or an anaphoric one ("near the town")
    casualty_only: bool = False  # a toll re-told without an act of its own ("... had been wounded")
    refers_back: bool = False  # casualties whose only act word names the current act ("... in the attack")
    none_stmt: bool = False  # "No casualties were reported"
    total: bool = False  # "A total of 18 people were killed": a total told as such
    antecedent: bool = False  # "The unrest followed a peaceful sit-in on Saturday ..."
    indefinite: bool = False  # all-caps text: "A MILITARY PATROL CLASHED ..." (a new act)
    recent_new_act: bool = False  # "Earlier this month, a column attacked ...": not background
    head: tuple[int, int] | None = None  # shared subject/date/verb of a split sentence
    qualified: bool = False  # an act whose aggregate/background cues only compare it or total it (1.3)
    cuts: tuple[tuple[int, int], ...] = ()  # phrases left out of the mention's pieces (1.3: comparisons)
    split: str | None = None  # "conj" / "gap": a later piece of a multi-event sentence
    lone_rel: bool = False  # an act set apart only by a vague relative date ("last month"): 3.1
    lone: bool = False  # such an act read as the document's news (no other event in it)


def _date_keys(exprs: list[DateExpr]) -> tuple[dict[str, set[str]], bool]:
    """What the sentence's date expressions say, as comparable keys (docs/rules/segmentation.md,
    "new date"): ``md`` a calendar day (month-day), ``num`` a numeric day, ``wd`` a weekday,
    ``rel`` a day relative to the report ("yesterday", "last night"); and whether a month or a
    year is told (a month alone, a year alone, a date with its year)."""
    keys: dict[str, set[str]] = {}
    vague = False

    def add(kind: str, v: str) -> None:
        keys.setdefault(kind, set()).add(v)

    for e in exprs:
        cal = "h" if e.calendar == Calendar.HIJRI else ""
        if e.kind in ("date", "range") and e.m1 is not None and e.d1 is not None:
            kind = "num" if e.rules[0].startswith(("numeric", "date-iso")) else "md"
            add(kind, f"{cal}{e.m1}-{e.d1}")
            if e.kind == "range" and e.d2 is not None:
                add(kind, f"{cal}{e.m2 or e.m1}-{e.d2}")
            if e.weekday is not None:
                add("wd", str(e.weekday))
        elif e.kind == "weekday" and e.weekday is not None:
            add("wd", str(e.weekday))
        elif e.kind == "holiday":
            add("hol", f"{e.mode}:{e.lo}:{e.hi}")  # "on Christmas Eve", "the eve of Eid" (a day)
        elif e.kind == "deictic" and e.rules[0].startswith("deictic:") and e.hi - e.lo <= 1:
            add("rel", f"{e.lo}:{e.hi}")
        if e.kind in ("month", "year") or (e.y1 is not None and e.calendar == Calendar.GREGORIAN):
            vague = True
    return keys, vague


def _place_words(ann: Annotation, a: int, b: int, upper_doc: bool, lead: str | None = None) -> set[str]:
    """Words of the places a sentence names, by the gazetteer-free cue (a capitalised run after a
    locative preposition; in an all-caps text, a run before or after a place word such as
    "VILLAGE"). The toponym detector's spans were tried here and measured worse (dev gold F1
    0.984 -> 0.974: every gazetteer name became a new-place cue); docs/rules/segmentation.md."""
    c = cues()
    s = ann.text[a:b]
    found: list[str] = []
    if upper_doc:
        found += [m.group(1) for m in c.place_upper_suffix.finditer(s)]
        found += [m.group(1) for m in c.place_upper_prefix.finditer(s)]
    else:
        found += [m.group(1) for m in c.place_mixed.finditer(s)]
    if lead:
        found.append(lead)
    out: set[str] = set()
    for f in found:
        ws = [w.lower().removesuffix("'s").removesuffix("’s") for w in split_words(f)]
        if ws and ws[0] in c.not_places:
            continue
        for w in ws:
            if w in c.place_generic or w in c.not_places or w in c.small_words or w.isdigit():
                continue
            out.add(w)
    return out


#: span groups of the event-type detector (extractors/types.py), read when the annotation has them
TRIGGERS_GROUP, TRIGGER_MASKS_GROUP = "triggers", "trigger_masks"


def _typed_acts(ann: Annotation, a: int, b: int) -> list[int]:
    """Start offsets (relative to ``a``) of the event triggers of a class the violence cue does not cover
    (agreement, base established, transfer of territory...: ``act_trigger_classes``) outside the type
    detector's masks: acts, as the violence cue's are (docs/rules/segmentation.md)."""
    if TRIGGERS_GROUP not in ann.doc.spans:
        return []
    found = [t for t in ann.spans(TRIGGERS_GROUP, a, b) if t.rule in cues().act_trigger_rules]
    if not found:
        return []
    masks = ann.spans(TRIGGER_MASKS_GROUP, a, b)
    return [t.start - a for t in found if not any(m.start <= t.start < m.end for m in masks)]


def _only_qualified(low: str, typed: list[int] = ()) -> bool:
    """The sentence's aggregate and background cues all lie in phrases that compare its act with older
    ones ("the deadliest since 2011", "the latest in a string of attacks"), date a participant in a
    relative clause ("a relative who was killed last year") or give its own total ("killing 22 people
    in total"): without those phrases no cue is left and an act still is (docs/rules/segmentation.md, 1.3).
    ``typed``: where the sentence's typed acts start (:func:`_typed_acts`); one outside the phrases is an act
    too ("Insurgents sexually abused women, according to three who escaped last week")."""
    c = cues()
    spans = [m.span() for m in c.comparison.finditer(low)]
    typed_left = any(not any(s <= t < e for s, e in spans) for t in typed)
    compared = c.comparison.sub(" ", low)
    if c.event_total.search(compared) and c.event_total_period.search(compared):
        return False  # "a total of 200 killed since January": a tally over a period
    rest = c.event_total.sub(" ", compared)
    # (``typed``: the sentence's act is a development the type triggers name - a deal, an exchange - which the
    # violence cue does not: "freed 12 soldiers it had held since last year" under a deal)
    return (rest != low and not c.aggregate.search(rest) and not c.background.search(rest)
            and (bool(c.triggers.search(rest)) or typed_left) and not c.non_act.search(c.act_sites.sub(" ", rest)))


def _features(ann: Annotation, a: int, b: int, upper_doc: bool, lead: str | None = None) -> _Feat:
    c = cues()
    text = ann.text
    s = text[a:b]
    low = s.lower()
    core = low.lstrip("\"'“‘«([ ")
    marker = c.list_marker.match(core)
    if marker:
        core = core[marker.end() :]
    typed = _typed_acts(ann, a, b)
    act = (bool(c.triggers.search(low)) and not c.non_act.search(c.act_sites.sub(" ", low))) or bool(typed)
    cue = next((k for k, p in c.new_event if p.match(core)), None)
    cont = next((k for k, p in c.cont_start if p.match(low)), None)
    places = _place_words(ann, a, b, upper_doc, lead)
    casualty_only = act and not c.triggers.search(c.casualty_masks.sub(" ", low)) if act else False
    aggregate, background = bool(c.aggregate.search(low)), bool(c.background.search(low))
    exprs = dates_in(ann, a, b)
    dates, vague = _date_keys(exprs)
    return _Feat(
        start=a,
        end=b,
        act=act,
        cue=cue,
        cont_start=cont,
        cont_any=bool(c.cont_any.search(low)),
        cont_weak=bool(c.cont_weak.search(low)),
        aggregate=aggregate,
        background=background,
        qualified=act and (aggregate or background) and _only_qualified(low, typed),
        dates=dates,
        month_or_year=vague,
        places=places,
        followup=bool(c.followup.search(low)),
        rel_past=bool(c.relative_past.search(low)),
        any_place=bool(places) or bool(c.anaphoric_place.search(low)),
        casualty_only=casualty_only,
        refers_back=act and bool(c.definite_act.search(low))
        and not c.triggers.search(c.definite_act.sub(" ", c.casualty_masks.sub(" ", low))),
        none_stmt=casualty_only and bool(c.casualty_none.search(low)),
        # a total and nothing else of an aggregate ("this year", "in these incidents")
        total=(casualty_only or cont == "anaphor") and bool(c.event_total.search(low))
        and not c.aggregate.search(c.event_total.sub(" ", low)) and not c.event_total_period.search(low),
        antecedent=act and bool(c.antecedent.search(low)),
        indefinite=upper_doc and act and bool(c.indefinite_act.match(core)),
        recent_new_act=act and not upper_doc and bool(c.recent_time_lead.match(core))
        and bool(c.indefinite_act.match(core)),
        also=any(not m.group(0).startswith(c.also_passive)
                 for m in c.also_verb.finditer(low)) if "also" in low else False,
        lone_rel=act and (aggregate or background) and _only_vague_relative(low, a, exprs),
    )


def _only_vague_relative(low: str, a: int, exprs: list[DateExpr]) -> bool:
    """The sentence's aggregate and background cues all lie in vague dates relative to the report
    ("last month", "last week", "earlier this year", "in recent days": the date detector's
    ``deictic:`` phrases): without them no cue is left (docs/rules/segmentation.md, 3.1)."""
    vague = [(e.start - a, e.end - a) for e in exprs
             if e.kind in ("deictic", "period") and e.rules and e.rules[0].startswith("deictic:")]
    if not vague:
        return False
    masked = list(low)
    for x, y in vague:
        masked[max(0, x):max(0, y)] = " " * (max(0, y) - max(0, x))
    rest = "".join(masked)
    c = cues()
    if not c.triggers.search(c.comparison.sub(" ", low)):
        return False  # its act is only what a trial, an arrest or a protest is over (1.3): background still
    return not c.aggregate.search(rest) and not c.background.search(rest)


_Piece = tuple[int, int, "tuple[int, int] | None", "str | None"]


def _split_clauses(ann: Annotation, a: int, b: int, upper_doc: bool) -> list[_Piece]:
    """Split one sentence that tells several events (docs/rules/segmentation.md, 2.1).

    Returns (start, end, head, kind) pieces: ``head`` is the span of the sentence's shared
    subject / date (and verb, for a gapped object) that a later piece lacks, ``kind`` how the
    piece was split off (None for the first piece and for the clause splitters).
    """
    whole: list[_Piece] = [(a, b, None, None)]
    text = ann.text
    parts = _split_on(ann, a, b, upper_doc, cues().clause_split)
    if parts:
        return [(x, y, None, None) for x, y in parts]
    if upper_doc:
        return whole
    c = cues()
    low = text[a:b].lower()
    # "forces arrested 14 suspects in A and destroyed three devices around B"
    parts = _split_on(ann, a, b, upper_doc, c.verb_conjunction)
    if parts:
        v = c.active_verb.search(low, 0, parts[0][1] - a)
        head = _trim(text, a, a + v.start()) if v else None
        head = head if head and head[0] < head[1] else None
        return [(parts[0][0], parts[0][1], None, None)] + [(x, y, head, "conj") for x, y in parts[1:]]
    # "In separate attacks on Monday, gunmen killed two farmers in A and a teacher in B"
    if c.separate_signal.search(low):
        parts = _split_on(ann, a, b, upper_doc, c.gap_conjunction, gapped=True)
        if parts:
            v = c.active_verb.search(low, 0, parts[0][1] - a)
            if v:
                head = (a, a + v.end())
                return [(parts[0][0], parts[0][1], None, None)] + [(x, y, head, "gap") for x, y in parts[1:]]
    return whole


def _split_on(
    ann: Annotation, a: int, b: int, upper_doc: bool, splitter: re.Pattern[str], gapped: bool = False
) -> list[tuple[int, int]] | None:
    """Pieces of text[a:b] cut at ``splitter`` when each piece is its own act in its own place.

    ``gapped``: the later pieces are objects of the first piece's verb ("... and a teacher in
    B"): they need a place of their own but no act word.
    """
    text = ann.text
    low = text[a:b].lower()
    cuts = list(splitter.finditer(low))
    if not cuts:
        return None
    bounds: list[tuple[int, int]] = []
    pos = a
    for m in cuts:
        bounds.append((pos, a + m.start()))
        sep = m.group(0)
        # ", and in Helmand ...": the place phrase stays with the second clause
        pos = a + (m.end() if not sep.rstrip().endswith(" in") else m.start() + sep.rindex(" in") + 1)
    bounds.append((pos, b))
    parts = [_trim(text, x, y) for x, y in bounds]
    parts = [p for p in parts if p[0] < p[1]]
    if len(parts) < 2:
        return None
    feats = [_features(ann, x, y, upper_doc) for x, y in parts]
    if gapped:
        if not (feats[0].act and feats[0].places) or not all(f.places and not f.act for f in feats[1:]):
            return None
    elif not all(f.act and (f.places or f.dates) for f in feats):
        return None
    places = [frozenset(f.places) for f in feats]
    if len(set(places)) < len(places) or any(p1 & p2 for i, p1 in enumerate(places) for p2 in places[i + 1 :]):
        return None
    if gapped or splitter is not cues().clause_split:
        # a conjunction split needs a place in every piece (a date alone is not enough)
        if not all(places):
            return None
    # each clause keeps the text up to the next clause (separator included in the earlier one)
    out = []
    for i, (x, _) in enumerate(parts):
        y = parts[i + 1][0] if i + 1 < len(parts) else b
        x2, y2 = _trim(text, x, y)
        while y2 > x2 and text[y2 - 1] in ",;":
            y2 -= 1
        if i + 1 < len(parts):
            # drop the conjunction itself from the end of the earlier piece ("... in A and")
            tail = cues().conjunction_tail.search(text[x2:y2])
            if tail:
                y2 = x2 + tail.start()
        out.append((x2, y2))
    return out


# --------------------------------------------------------------------------------------------
# grouping sentences into mentions
# --------------------------------------------------------------------------------------------
@dataclass
class _Open:
    section: int
    paragraph: int
    cue: str
    pieces: list[tuple[int, int]] = field(default_factory=list)
    dates: dict[str, set[str]] = field(default_factory=dict)
    places: set[str] = field(default_factory=set)
    words: set[str] = field(default_factory=set)
    last_unit: int = -1
    rules: list[str] = field(default_factory=list)
    background: bool = False
    heads: list[tuple[int, int]] = field(default_factory=list)
    orphan: bool = False  # opened by a sentence that refers back to an act not told (3.1)

    def add(self, text: str, f: _Feat, unit: int) -> None:
        pos = f.start
        for x, y in f.cuts:  # the sentence without the phrases cut from it
            if x > pos:
                self.pieces.append(_trim(text, pos, x))
            pos = max(pos, y)
        if f.end > pos:
            self.pieces.append(_trim(text, pos, f.end))
        if f.head is not None and f.head not in self.heads:
            self.heads.append(f.head)
        for k, v in f.dates.items():
            self.dates.setdefault(k, set()).update(v)
        self.places |= f.places
        self.words |= {w.lower() for w in split_words(text[f.start : f.end])}
        self.last_unit = unit

    def add_lead(self, text: str, f: _Feat) -> None:
        """Put a dated lead sentence (no act of its own) in front of this event."""
        self.pieces.insert(0, (f.start, f.end))
        for k, v in f.dates.items():
            self.dates.setdefault(k, set()).update(v)
        self.places |= f.places
        self.words |= {w.lower() for w in split_words(text[f.start : f.end])}


def _new_date(f: _Feat, cur: _Open) -> bool:
    common = set(f.dates) & set(cur.dates)
    return any(not (f.dates[k] & cur.dates[k]) for k in common)


def _calendar_day_after_weekday(f: _Feat, cur: _Open) -> bool:
    """The sentence names a calendar day and the current event only a weekday or a day relative to the
    report ("on Sunday", "yesterday"): keys that cannot be compared, where an "On <day month>" lead
    tells a day of its own."""
    return "md" in f.dates and not ({"md", "num"} & set(cur.dates))


def _own_date(f: _Feat, cur: _Open) -> bool:
    """The sentence names a day date the current event does not have ("since Aug. 14")."""
    return any(k not in cur.dates or not (f.dates[k] & cur.dates[k]) for k in f.dates)


def _toll_of_the_one_event(f: _Feat, cur: _Open | None, done: list[_Open], unit: _Unit) -> bool:
    """An aggregate sentence that only re-tells casualties ("A total of 18 people were killed in
    the blasts"), with no date or place of its own, in the paragraph of the section's one event so
    far: that event's toll, not a tally over many events (docs/rules/segmentation.md, 1.2)."""
    return (
        cur is not None and not cur.background and f.total and not f.dates
        and not f.month_or_year and not f.rel_past and not (f.places and _new_place(f, cur))
        and cur.last_unit == unit.index and cur.section == done[-1].section
        and [o for o in done if not o.background and o.section == cur.section] == [cur]
    )


def _new_place(f: _Feat, cur: _Open) -> bool:
    if not f.places or not cur.places:
        return False
    return not (f.places & cur.words)


def _to_mention(text: str, o: _Open) -> Mention:
    pieces = sorted(o.pieces)
    merged: list[list[int]] = []
    for a, b in pieces:
        if merged and (a <= merged[-1][1] or not text[merged[-1][1] : a].strip()):
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    start, end = merged[0][0], merged[-1][1]
    # the shared subject / date of a split sentence is evidence, outside the main span
    heads = [h for h in o.heads if not any(a <= h[0] and h[1] <= b for a, b in merged)]
    spans = [Evidence.of(text, a, b) for a, b in sorted(heads + [tuple(m) for m in merged])]
    return Mention(
        start=start,
        end=end,
        text=text[start:end],
        spans=spans,
        section=o.section,
        paragraph=o.paragraph,
        cue=o.cue,
        rules=o.rules,
        background=o.background,
    )


def mentions(doc: Document, sections: list[Section], annotation: Annotation | None = None) -> list[Mention]:
    """One Mention per event mention, in document order (see docs/rules/segmentation.md).

    ``annotation`` is the document's :class:`~sitrep.annotate.Annotation` (dates, and toponyms
    when that detector ran); None annotates the document here (standalone callers)."""
    ann = dated(doc, annotation)
    done, lone_seen = _group(doc, sections, ann, False)
    if lone_seen and all(o.background or o.orphan for o in done if o.pieces):
        # the document tells no event but acts dated only by a vague relative phrase ("Gunmen
        # attacked a checkpoint last month"): those acts are its news, not background (3.1)
        done, _ = _group(doc, sections, ann, True)
    text = doc.text
    mentions_out = [_to_mention(text, o) for o in done if o.pieces]
    mentions_out.sort(key=lambda m: (m.start, m.end))
    return mentions_out


def _group(doc: Document, sections: list[Section], ann: Annotation, lone_ok: bool) -> tuple[list[_Open], bool]:
    """The open mentions of the document, and whether a sentence was set apart only by a vague
    relative date (``lone_ok``: read such sentences as events, 3.1)."""
    text = doc.text
    c = cues()
    upper_doc = is_upper_document(text)
    done: list[_Open] = []
    lone_seen = False
    par_index = 0
    for si, sec in enumerate(sections):
        units = _paragraphs(text, body_start(text, sec), sec.end)
        tally = sec.header is not None and bool(c.tally_header.search(sec.header.text.lower()))
        cur: _Open | None = None
        for unit in units:
            unit.index = par_index
            par_index += 1
            ua, dateline = _strip_furniture(text, unit.start, unit.end)
            if dateline:
                cur = None  # a dateline starts a new story
            # the pattern is anchored with ^, which Pattern.match(text, pos) only finds at pos 0:
            # list_marker_end matches the unit's own text
            marker_end = list_marker_end(text, ua, unit.end)
            if marker_end is not None:
                ua = marker_end
            lead = None
            if not upper_doc:
                lm = c.place_lead.match(text[ua : unit.end])
                if lm and not c.triggers.search(lm.group(1).lower()) and is_title_case(
                    split_words(lm.group(1)), c.small_words
                ) and lm.group(1).split()[0].lower() not in c.lead_stop:
                    lead = lm.group(1)
            sents: list[_Piece] = []
            for sa, sb in _sentences(text, ua, unit.end, upper_doc):
                sents.extend(_split_clauses(ann, sa, sb, upper_doc))
            item = unit.kind == "bullet" or lead is not None
            if tally and unit.kind != "para" and lead is None:
                f0 = _features(ann, ua, unit.end, upper_doc)
                if not f0.dates and not f0.places:
                    continue  # "KEY FIGURES / - 27 killed": a cumulative figure, no event (1.1)
            pending: _Feat | None = None  # a dated lead sentence without an act (3.2)
            for k, (sa, sb, head, split) in enumerate(sents):
                f = _features(ann, sa, sb, upper_doc, lead if k == 0 else None)
                f.head, f.split = head, split
                if f.lone_rel:
                    lone_seen = True
                    if lone_ok:
                        f.aggregate = f.background = False
                        f.lone = True
                first_in_unit = k == 0
                if split is not None and cur is not None:
                    # a later piece of a multi-event sentence: its own event (2.1)
                    cur = _open(done, text, f, si, unit, f"split-{split}", [f"segment:split:{split}"])
                    continue
                before = cur
                n_done = len(done)
                n_pieces = len(before.pieces) if before is not None else 0
                if (
                    pending is not None and cur is not None and f.act and k == 1
                    and not pending.dates and _new_place(pending, cur)
                    and not (f.places and not _new_place(f, cur))
                    and not (f.followup or f.casualty_only or f.aggregate or f.background)
                ):
                    # "By midday the group had moved to the outskirts of X. There, the gunmen
                    # shot at traders.": a paragraph led by a move to a new place is a new event
                    cur = _open(done, text, f, si, unit, "new-place", ["segment:new-place", "segment:place-lead-sentence"])
                    cur.add_lead(text, pending)
                    pending = None
                    continue
                cur = _step(text, f, cur, done, si, unit, first_in_unit, lead is not None and k == 0)
                if len(done) > n_done and pending is not None and not done[-1].background:
                    # "On 20 October, troops carried out an operation near X. Six fighters were
                    # killed.": the dated lead belongs to the event the next sentence opens
                    done[-1].add_lead(text, pending)
                    pending = None
                elif (
                    not f.act
                    and f.dates
                    and len(done) == n_done
                    and (cur is None or cur is not before or len(cur.pieces) == n_pieces)
                ):
                    pending = f
                elif (
                    first_in_unit and not f.act and not f.dates and f.places and unit.kind == "para"
                    and cur is not None and len(done) == n_done and len(cur.pieces) == n_pieces
                    and _new_place(f, cur) and not (f.aggregate or f.background)
                ):
                    pending = f  # a paragraph led by a sentence naming a new place only
                if item and first_in_unit and cur is before and (
                    before is None or before.last_unit != unit.index
                ):
                    # a new roundup item (list item, "Place - ..." lead) never continues the
                    # previous item's event: its later sentences stay with its own (background)
                    # mention or with none (3.0)
                    cur = done[-1] if len(done) > n_done else None
        # sections close their events
    return done, lone_seen


#: mention rule of a casualty statement that opened a mention in prose (dedup may merge it)
CASUALTY_STATEMENT_RULE = "segment:casualty-statement"
#: mention rule of an act dated only by a vague relative phrase, kept as the document's only news (3.1)
LONE_RELATIVE_RULE = "segment:lone-relative-date"


def _open(done: list[_Open], text: str, f: _Feat, si: int, unit: _Unit, cue: str, rules: list[str]) -> _Open:
    if f.casualty_only and unit.kind == "para" and cue in ("first", "new-place", "new-date", "on_date"):
        rules = [*rules, CASUALTY_STATEMENT_RULE]
    if f.lone:
        rules = [*rules, LONE_RELATIVE_RULE]
    o = _Open(section=si, paragraph=unit.index, cue=cue, rules=rules)
    # an act told by a pronoun or an anaphor with no event before it ("They killed three
    # officers."): it speaks of an act told before, which may be a lone relative-dated one (3.1)
    o.orphan = cue == "first" and f.cont_start in ("pronoun", "anaphor", "result") and not f.lone
    o.add(text, f, unit.index)
    done.append(o)
    return o


def _step(
    text: str,
    f: _Feat,
    cur: _Open | None,
    done: list[_Open],
    si: int,
    unit: _Unit,
    first_in_unit: bool,
    place_lead: bool,
) -> _Open | None:
    """Decide what one sentence does: open an event, continue one, or stay outside any."""
    day_dated = bool(f.dates)
    # 0. the first act of a section, compared with older acts or told with its own total, is an act (1.3)
    if f.qualified and cur is None:
        f.aggregate = f.background = False
        # the comparison is not part of the act's description: "fighting" in "the deadliest since
        # fighting reached the city" is no trigger of this event
        low = text[f.start : f.end].lower()
        f.cuts = tuple((f.start + m.start(), f.start + m.end()) for m in cues().comparison.finditer(low))
    # 1. aggregates are never events
    if f.aggregate and not (day_dated and f.act and f.cue):
        if _toll_of_the_one_event(f, cur, done, unit):
            # "A series of car bombs hit Baghdad. A total of 18 people were killed in the blasts.":
            # the total of the passage's one event is its toll (1.2)
            cur.add(text, f, unit.index)
            return cur
        if not (cur is not None and f.cont_start in ("anaphor", "result") and day_dated):
            return cur
    # 2. background references: kept apart only with their own date and place
    # "The bombing was the deadliest since Aug. 14, when ...": an anaphor that goes on to tell an
    # older act with its own date and place is a background reference, not the current event
    older = (
        f.background and f.act and cur is not None and f.cont_start == "anaphor"
        and day_dated and f.places and _own_date(f, cur)
    )
    speaks_of_current = cur is not None and not older and (
        f.cont_start in ("claim", "pronoun", "quote", "result")
        or (f.cont_start == "anaphor" and not f.month_or_year)
    )
    if f.background and not speaks_of_current and not f.recent_new_act and not (
        f.cue and f.act and day_dated and not f.month_or_year
    ):
        if older or (f.act and (day_dated or f.month_or_year or f.rel_past) and f.any_place and not (
            cur is not None and f.cont_start in ("anaphor", "result")
        )):
            o = _Open(section=si, paragraph=unit.index, cue="background", rules=["background"], background=True)
            o.add(text, f, unit.index)
            done.append(o)
        return cur
    # 3. a list item opens a new event when it tells an act
    if unit.kind == "bullet" and first_in_unit:
        if f.act:
            return _open(done, text, f, si, unit, "item", ["segment:item"])
        return None
    # 4. explicit new-event cue at the start of the sentence
    cue = f.cue
    if cue == "on_date" and cur is not None and not _new_date(f, cur):
        # "On Tuesday, the bomber ..." re-tells the current event; "On May 26, an air strike ..." after
        # a lead dated by its weekday alone names a calendar day of its own (3, "on_date")
        if (cur.dates and not _calendar_day_after_weekday(f, cur)) or f.cont_start or f.cont_any:
            cue = None
    if cue is not None:
        if f.act:
            return _open(done, text, f, si, unit, cue, [f"segment:cue:{cue}"])
        if cue in ("at_time", "on_date", "later", "hours_later") and cur is not None:
            cur.add(text, f, unit.index)
            return cur
        return None
    # 5. a lead place ("Kandahar: ...") opens a roundup item
    if place_lead and f.act and (cur is None or _new_place(f, cur) or not f.cont_start):
        return _open(done, text, f, si, unit, "place-lead", ["segment:place-lead"])
    # 6. continuation cues at the start attach to the current event
    if (
        f.cont_start == "attribution"
        and not f.act
        and cur is not None
        and cur.last_unit != unit.index
        and not f.cont_any
    ):
        return cur  # an official's comment in a later paragraph, not about the act itself
    if f.antecedent and cur is not None and _new_date(f, cur) and not f.casualty_only:
        # "The unrest followed a peaceful sit-in on Saturday ...": the earlier act is its own event
        o = _open(done, text, f, si, unit, "antecedent", ["segment:antecedent"])
        return cur if o is not cur else o
    if f.none_stmt and not f.dates and not f.places:
        # "No casualties were reported.": about the current event (same unit) or about nothing
        if cur is not None and cur.last_unit == unit.index:
            cur.add(text, f, unit.index)
        return cur
    if f.cont_start and cur is not None and not (
        f.act
        and (_new_date(f, cur) or _new_place(f, cur) or f.also)
        and f.cont_start not in ("anaphor", "result")
    ):
        cur.add(text, f, unit.index)
        return cur
    if f.act:
        if cur is not None and f.indefinite and first_in_unit and cur.last_unit != unit.index and not (
            f.cont_start or f.cont_any
        ):
            # all caps, a new paragraph: "A MILITARY PATROL CLASHED WITH ..." tells a new act
            return _open(done, text, f, si, unit, "indefinite", ["segment:indefinite"])
        if cur is None:
            cue0 = "item" if unit.kind == "line" else "first"
            return _open(done, text, f, si, unit, cue0, [f"segment:{cue0}"])
        if _new_date(f, cur):
            return _open(done, text, f, si, unit, "new-date", ["segment:new-date"])
        if _new_place(f, cur) and not f.followup and not (f.refers_back and cur.last_unit == unit.index):
            # "One protester died of his wounds, a source in X said" and, in the same paragraph, "A
            # further 55 people were wounded in the attack at a funeral in X" still tell the current
            # event (a statement in a later paragraph is merged by its place: dedup, 4.1)
            return _open(done, text, f, si, unit, "new-place", ["segment:new-place"])
        if unit.kind == "line" and first_in_unit and not f.cont_start and not f.cont_any and not f.cont_weak:
            return _open(done, text, f, si, unit, "item", ["segment:item"])
        if f.also and f.cont_start not in ("anaphor", "result"):
            return _open(done, text, f, si, unit, "also", ["segment:cue:also"])
        cur.add(text, f, unit.index)
        return cur
    # 7. no act: stays with the current event when it plainly speaks about it
    if cur is not None and (
        cur.last_unit == unit.index
        or (f.cont_start and f.cont_start != "attribution")
        or f.cont_any
    ):
        cur.add(text, f, unit.index)
        return cur
    return cur
