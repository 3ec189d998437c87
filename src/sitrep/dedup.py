"""Within-document de-duplication: the same event told twice in one document -> one record.

A story often tells an event twice: a summary line (or headline-like lead) and a detailed
paragraph. ``merge_duplicates`` merges two events of the same document when nothing conflicts
and enough agrees (the rule, documented in docs/rules/segmentation.md):

* never across documents, across claim/report voice, or between a background and a current event;
* **date** compatible: the two date ranges overlap after widening each by its precision (a day;
  a week for precision 2; the calendar month for precision 3). A missing date is compatible;
* **place** compatible: same country, and the finer names agree where both have them (location,
  then admin2, then admin1). A record known only to the admin1 is compatible with a location in
  that admin1. Different locations (or admin1s) never merge: two attacks of the same day in
  different places stay apart;
* **event type** equal when both are set;
* **actor1** equal when both are set, an "Unidentified Armed Group" being compatible with any;
* **counts** (fatalities, injured, casualties) non-conflicting: equal, or one inside the other's
  low..high range ("at least 5" is compatible with 7);
* and positive agreement: the place agrees (location or admin2 level, or admin1 when neither
  has finer names) plus at least one more of date, actor1, event type, an equal non-zero
  count; when a place cannot be compared (one side has none), the same date *and* an equal
  non-zero count are required.

The merged record takes the position of the earlier record in the list and keeps the fuller
record (more fields filled) as its base (its event_id and main evidence), fills its missing
fields from the other (date, place and count groups are taken whole, the more precise one
winning), lists both evidence spans under ``field_evidence["event"]``, unions the other
field evidence and rules, and adds the rule ``dedup:merged``.

A *casualty statement* (a mention the segmenter tagged ``segment:casualty-statement``: a toll
re-told without an act of its own, "A military spokesman said one soldier had been wounded in
Gubio") joins the nearest earlier event of the same place (location, else admin2), else the
nearest later one, whatever the voice, type or actors, unless it names its own date and that
date conflicts. The main event keeps its voice, type, actors and figures; the statement's
figures fill a missing count only in the same voice, and otherwise are kept as a rule
``dedup:statement-figure:<field>=<n>``; both evidence spans are kept.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from datetime import date, timedelta
from typing import Any

from .datemath import widen
from .model import Event, Evidence, SourceKind, place_key

#: rule tag on a merged record
MERGED_RULE = "dedup:merged"

_DATE_FIELDS = ("event_date", "event_date_end", "time_precision")
_PLACE_FIELDS = (
    "country",
    "iso3",
    "admin1",
    "admin2",
    "location",
    "gazetteer_name",
    "geonameid",
    "latitude",
    "longitude",
    "geo_precision",
)
#: the location entry's gazetteer name and id: moved with the place, not counted as filled fields
_PLACE_ID_FIELDS = ("gazetteer_name", "geonameid")
#: count groups, each taken whole: best, low, high (and, for the dead, the attackers among them)
_COUNT_GROUPS = (
    ("fatalities", "fatalities_low", "fatalities_high", "perpetrator_fatalities"),
    ("injured", "injured_low", "injured_high"),
)
_SCALARS = (
    "event_type",
    "sub_event_type",
    "attack_type",
    "target_type",
    "weapon_type",
    "actor1",
    "actor2",
    "inter1",
    "inter2",
    "interaction",
    "casualties",
    "captured",
    "claimed_by",
)
_LISTS = ("assoc_actor_1", "assoc_actor_2", "perpetrators", "targets", "victims", "weapons")
_UNKNOWN_ACTOR = "unidentified armed group"


def _norm(s: str | None) -> str | None:
    if s is None:
        return None
    return " ".join(s.lower().replace("-", " ").split())


def _enum_int(v: Any) -> int | None:
    if v is None:
        return None
    return int(v.value) if hasattr(v, "value") else int(v)


# --------------------------------------------------------------------------------------------
# compatibility tests (each returns None = unknown, True = agrees, False = conflicts)
# --------------------------------------------------------------------------------------------
def _date_window(e: Event) -> tuple[date, date] | None:
    if e.event_date is None:
        return None
    start, end = e.event_date, e.event_date_end or e.event_date
    prec = _enum_int(e.time_precision) or 1
    if prec >= 3 and (end == start or end - start >= timedelta(days=27)):
        # a month (or longer, or only a month-level date): the whole months; a part of a month
        # ("mid-March", 11-20) keeps its own range and never swallows a day outside it
        start = start.replace(day=1)
        end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
    elif prec == 2:
        start, end = widen(start, end, 3)
    return start, end


def date_compatible(a: Event, b: Event) -> bool | None:
    wa, wb = _date_window(a), _date_window(b)
    if wa is None or wb is None:
        return None
    return wa[0] <= wb[1] and wb[0] <= wa[1]


def place_compatible(a: Event, b: Event) -> bool | None:
    """None when either has no place; True when a shared fine name agrees."""
    if _norm(a.country) and _norm(b.country) and _norm(a.country) != _norm(b.country):
        return False
    agreed = None
    for name in ("location", "admin2", "admin1"):
        if name == "location":  # one place whatever the spelling
            va, vb = _norm(place_key(a)), _norm(place_key(b))
        else:
            va, vb = _norm(getattr(a, name)), _norm(getattr(b, name))
        if va is None or vb is None:
            continue
        if va != vb:
            return False
        if name in ("location", "admin2") or (
            a.location is None and b.location is None and a.admin2 is None and b.admin2 is None
        ):
            agreed = True
    return agreed


def _actor_compatible(a: Event, b: Event) -> bool | None:
    va, vb = _norm(a.actor1), _norm(b.actor1)
    if va is None or vb is None:
        return None
    if va == vb:
        return True
    if va.startswith(_UNKNOWN_ACTOR) or vb.startswith(_UNKNOWN_ACTOR):
        return None
    return False


def _range(e: Event, best: str, low: str, high: str) -> tuple[int, float] | None:
    vb, vl, vh = getattr(e, best), getattr(e, low), getattr(e, high)
    if vb is None and vl is None and vh is None:
        return None
    lo = vl if vl is not None else (vb if vb is not None else 0)
    if vh is not None:
        hi: float = vh
    elif vl is not None and (vb is None or vb == vl):
        hi = float("inf")  # "at least N" / "more than N": open upwards
    else:
        hi = vb if vb is not None else float("inf")
    return lo, hi


def counts_compatible(a: Event, b: Event) -> bool | None:
    """False when some count conflicts; True when a non-zero count is equal; else None."""
    agreed = None
    for best, low, high, *_ in _COUNT_GROUPS:
        ra, rb = _range(a, best, low, high), _range(b, best, low, high)
        if ra is None or rb is None:
            continue
        if not (ra[0] <= rb[1] and rb[0] <= ra[1]):
            return False
        ba, bb = getattr(a, best), getattr(b, best)
        if ba is not None and ba == bb and ba > 0:
            agreed = True
    ca, cb = a.casualties, b.casualties
    if ca is not None and cb is not None:
        if ca != cb:
            return False
        agreed = agreed or ca > 0 or None
    return agreed


def same_event(a: Event, b: Event) -> bool:
    """True when two events of one document are the same event told twice (rule above)."""
    if a.doc_id != b.doc_id or a.background != b.background:
        return False
    if SourceKind(a.source_kind) != SourceKind(b.source_kind):
        return False
    if a.event_type is not None and b.event_type is not None and a.event_type != b.event_type:
        return False
    checks = {
        "date": date_compatible(a, b),
        "place": place_compatible(a, b),
        "actor1": _actor_compatible(a, b),
        "counts": counts_compatible(a, b),
    }
    if any(v is False for v in checks.values()):
        return False
    positives = sum(1 for v in checks.values() if v)
    if a.event_type is not None and a.event_type == b.event_type:
        positives += 1
    if checks["place"]:
        return positives >= 2
    # no place to compare: only the same day with the same non-zero toll
    return bool(checks["date"] and checks["counts"])


# --------------------------------------------------------------------------------------------
# merging
# --------------------------------------------------------------------------------------------
def _filled(e: Event) -> int:
    place = tuple(f for f in _PLACE_FIELDS if f not in _PLACE_ID_FIELDS)  # the id is no more filled
    fields = _DATE_FIELDS + place + _SCALARS + ("fatalities", "injured")
    return sum(1 for f in fields if getattr(e, f) is not None) + sum(
        1 for f in _LISTS if getattr(e, f)
    )


def _ev_key(ev: Evidence) -> tuple[int, int]:
    return ev.start, ev.end


def _union_evidence(*groups: list[Evidence]) -> list[Evidence]:
    seen: dict[tuple[int, int], Evidence] = {}
    for g in groups:
        for ev in g:
            seen.setdefault(_ev_key(ev), ev)
    return [seen[k] for k in sorted(seen)]


def merge_pair(base: Event, other: Event) -> Event:
    """``base`` completed with ``other``'s fields; both evidence spans kept."""
    data = base.model_dump()
    odata = other.model_dump()
    # date: the more precise (or the only) one, as a group
    if base.event_date is None or (
        other.event_date is not None
        and (_enum_int(other.time_precision) or 9) < (_enum_int(base.time_precision) or 9)
    ):
        if other.event_date is not None:
            for f in _DATE_FIELDS:
                data[f] = odata[f]
    # place: the more precise (or the only) one, as a group
    bp, op = _enum_int(base.geo_precision), _enum_int(other.geo_precision)
    if (base.country is None and other.country is not None) or (
        op is not None and (bp is None or op < bp)
    ):
        for f in _PLACE_FIELDS:
            data[f] = odata[f]
    # counts: take the other's group when the base has none
    for group in _COUNT_GROUPS:
        if all(data[f] is None for f in group) and any(odata[f] is not None for f in group):
            for f in group:
                data[f] = odata[f]
    for f in _SCALARS:
        if data[f] is None and odata[f] is not None:
            data[f] = odata[f]
    if data["sub_event_type"] is not None and data["event_type"] is None:
        data["event_type"] = odata["event_type"]
    for f in _LISTS:
        seen = list(data[f])
        for item in odata[f]:
            if item not in seen:
                seen.append(item)
        data[f] = seen
    data["civilian_targeting"] = base.civilian_targeting or other.civilian_targeting
    fe: dict[str, list[Evidence]] = {k: list(v) for k, v in base.field_evidence.items()}
    for k, v in other.field_evidence.items():
        fe[k] = _union_evidence(fe.get(k, []), v)
    fe["event"] = _union_evidence(
        base.field_evidence.get("event", []) or [base.evidence],
        other.field_evidence.get("event", []) or [other.evidence],
    )
    data["field_evidence"] = fe
    rules = list(base.rules)
    for r in [*other.rules, MERGED_RULE]:
        if r not in rules:
            rules.append(r)
    data["rules"] = rules
    data["confidence"] = max(base.confidence, other.confidence)
    return Event.model_validate(data)


# --------------------------------------------------------------------------------------------
# casualty statements: a toll re-told without an act of its own
# --------------------------------------------------------------------------------------------
#: mention rule set by the segmenter (sitrep.segment.CASUALTY_STATEMENT_RULE)
STATEMENT_RULE = "segment:casualty-statement"
#: rule tag on a main event that absorbed a casualty statement
STATEMENT_MERGED_RULE = "dedup:casualty-statement"


def is_casualty_statement(e: Event) -> bool:
    return STATEMENT_RULE in e.rules and not e.background


def _same_spot(a: Event, b: Event) -> bool:
    """The same named place: location equal, or admin2 equal when neither has a location."""
    if _norm(a.country) != _norm(b.country):
        return False
    la, lb = _norm(place_key(a)), _norm(place_key(b))
    if la is not None or lb is not None:
        return la is not None and la == lb
    a2, b2 = _norm(a.admin2), _norm(b.admin2)
    return a2 is not None and a2 == b2


def _own_date(e: Event) -> bool:
    """The statement names a date of its own (date evidence inside its own span)."""
    return any(
        e.evidence.start <= ev.start < e.evidence.end for ev in e.field_evidence.get("date", [])
    )


def statement_fits(main: Event, stmt: Event) -> bool:
    """A casualty statement speaks of ``main``: same document and place, no date of its own
    that conflicts. Voice, event type, actors and figures are not compared (it has no act)."""
    if main.doc_id != stmt.doc_id or main.background or is_casualty_statement(main):
        return False
    if not _same_spot(main, stmt):
        return False
    return not (_own_date(stmt) and date_compatible(main, stmt) is False)


def merge_statement(main: Event, stmt: Event) -> Event:
    """``main`` with the statement's evidence; main's voice, type, actors and figures are kept.

    The statement's figures never overwrite the main event's. They fill a missing count group
    only when both are in the same voice (both reports, or the same claimant's claims); a figure
    left out is recorded as a rule ``dedup:statement-figure:<field>=<n>`` so it is not lost.
    """
    data = main.model_dump()
    same_voice = SourceKind(main.source_kind) == SourceKind(stmt.source_kind) and (
        main.claimed_by == stmt.claimed_by
    )
    rules = list(main.rules)
    fe: dict[str, list[Evidence]] = {k: list(v) for k, v in main.field_evidence.items()}
    count_fields = {f for g in _COUNT_GROUPS for f in g} | {"casualties"}
    for group in (*_COUNT_GROUPS, ("casualties",)):
        if all(getattr(stmt, f) is None for f in group):
            continue
        if same_voice and all(data[f] is None for f in group):
            for f in group:
                data[f] = getattr(stmt, f)
            for f in group:
                if f in stmt.field_evidence:
                    fe[f] = _union_evidence(fe.get(f, []), stmt.field_evidence[f])
            rules.append("dedup:statement-figures-filled")
        elif getattr(stmt, group[0]) != data[group[0]]:
            rules.append(f"dedup:statement-figure:{group[0]}={getattr(stmt, group[0])}")
    for k, v in stmt.field_evidence.items():
        if k not in count_fields and k not in ("event",):
            fe[k] = _union_evidence(fe.get(k, []), v)
    fe["event"] = _union_evidence(
        main.field_evidence.get("event", []) or [main.evidence],
        stmt.field_evidence.get("event", []) or [stmt.evidence],
    )
    data["field_evidence"] = fe
    for r in (STATEMENT_MERGED_RULE, MERGED_RULE):
        if r not in rules:
            rules.append(r)
    data["rules"] = rules
    return Event.model_validate(data)


def _spot_key(e: Event) -> tuple[str, str | None, str] | None:
    """The key under which :func:`_same_spot` holds: two events share a spot exactly when their
    keys are equal and not None."""
    loc = _norm(place_key(e))
    if loc is not None:
        return ("location", _norm(e.country), loc)
    adm2 = _norm(e.admin2)
    return ("admin2", _norm(e.country), adm2) if adm2 is not None else None


def _attach_statements(events: list[Event]) -> list[Event]:
    """Each casualty statement joins the nearest earlier event of its place (else the nearest
    later one); a statement that fits no event stays a record of its own.

    Events are blocked by their spot (:func:`_spot_key`): a statement is compared only with the
    events of its own spot, so the cost grows with the events per spot, not per document."""
    out: list[Event | None] = list(events)
    by_spot: dict[tuple[str, str | None, str], list[int]] = {}
    for i, ev in enumerate(events):
        key = _spot_key(ev)
        if key is not None:
            by_spot.setdefault(key, []).append(i)
    for i, ev in enumerate(events):
        if not is_casualty_statement(ev):
            continue
        key = _spot_key(ev)
        if key is None:
            continue  # no place: no main event can share it
        same = by_spot[key]
        k = bisect_left(same, i)
        order = [*reversed(same[:k]), *same[k + 1 :]]
        for j in order:
            main = out[j]
            if main is None or not statement_fits(main, ev):
                continue
            try:
                out[j] = merge_statement(main, ev)
            except ValueError:
                continue
            out[i] = None
            break
    return [e for e in out if e is not None]


#: the fields :func:`same_event` reads: members of a merged record that agree on all of them
#: give the same answer, so each such signature is compared once
_COMPARED = (
    "doc_id", "background", "source_kind", "event_type", *_DATE_FIELDS, "country", "location",
    "gazetteer_name", "admin2", "admin1", "actor1", *(f for g in _COUNT_GROUPS for f in g), "casualties",
)


def _signature(e: Event) -> tuple[Any, ...]:
    return tuple(getattr(e, f) for f in _COMPARED)


def _agreement_keys(e: Event, probe: bool = False) -> set[tuple[Any, ...]]:
    """Keys of which two events must share one to be the same event.

    :func:`same_event` needs a place that agrees (:func:`place_compatible`: an equal location,
    an equal admin2, or an equal admin1 when neither has a finer name), or, when the places
    cannot be compared, an equal non-zero count. A record is indexed under its keys; an event
    ``probe``s with the count keys of every record whose place it cannot compare with: one
    that lacks a location where the event has one (else the two would conflict or agree on
    it), and likewise for admin2."""
    keys: set[tuple[Any, ...]] = set()
    loc, adm2 = _norm(place_key(e)), _norm(e.admin2)
    if loc is not None:
        keys.add(("location", loc))
    if adm2 is not None:
        keys.add(("admin2", adm2))
    adm1 = _norm(e.admin1)
    if loc is None and adm2 is None and adm1 is not None:
        keys.add(("admin1", adm1))  # admin1 agrees only between records without finer names
    if probe:  # the records without the names the event has
        no_loc = [True] if loc is not None else [True, False]
        no_adm2 = [True] if adm2 is not None else [True, False]
    else:
        no_loc, no_adm2 = [loc is None], [adm2 is None]
    for name in ("fatalities", "injured", "casualties"):
        v = getattr(e, name)
        if v is not None and v > 0:
            keys.update((name, v, a, b) for a in no_loc for b in no_adm2)
    return keys


def merge_duplicates(events: list[Event]) -> list[Event]:
    """Merge events of one document that tell the same event (see the module docstring).

    Order is kept (a merged record takes the place of its earlier member); events that are
    not duplicates pass through unchanged. Casualty statements are attached first.

    Blocking keeps this near-linear in the events of a document: a record is indexed under the
    place names and non-zero counts of its members (:func:`_agreement_keys`), and an event is
    compared only with the records that share one of its keys, earliest first, which are
    exactly the records that can pass :func:`same_event`.
    """
    events = _attach_statements(events)
    out: list[Event] = []
    members: list[dict[tuple[Any, ...], Event]] = []  # the original records behind each output record
    index: dict[tuple[Any, ...], set[int]] = {}
    for ev in events:
        keys = _agreement_keys(ev)
        candidates = sorted({i for k in _agreement_keys(ev, probe=True) for i in index.get(k, ())})
        sig = _signature(ev)
        for i in candidates:
            if not all(same_event(m, ev) for m in members[i].values()):
                continue
            kept = out[i]
            base, other = (kept, ev) if _filled(kept) >= _filled(ev) else (ev, kept)
            try:
                merged = merge_pair(base, other)
            except ValueError:
                continue  # the two would not make one valid record: keep them apart
            out[i] = merged
            members[i].setdefault(sig, ev)
            break
        else:
            i = len(out)
            out.append(ev)
            members.append({sig: ev})
        for k in keys:
            index.setdefault(k, set()).add(i)
    return out
