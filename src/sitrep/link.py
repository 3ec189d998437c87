"""Cross-source linking and claim verification.

Linking clusters events from *different documents* that describe the same real-world event.
Candidate pairs come from blocking by country and a date window that respects each event's
time precision (events are swept in date order, so the cost grows with the number of events
times the number of events in the same country and window, not with n²); events that share a
rare name (a victim, a street) are compared over a wider window (``name_pairs``). Each candidate pair
gets a score from date gap, distance (respecting geo precision), event-type and actor
compatibility, casualty plausibility and fuzzy location names; pairs above a threshold are
merged greedily, best first, never putting two events of the same document in one cluster.

Verification compares, inside each cluster, the events whose source is a party's own claim
with the independent reports of the same event. The rules are documented in
docs/rules/linking.md.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
import json
import math
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from functools import lru_cache

from rapidfuzz import fuzz

from .datemath import shift_date, widen
from .extractors.dates.mention import find_dates
from .geo.distance import haversine_km
from .model import (
    ClaimCheck,
    ClaimStatus,
    ClusterRecord,
    ClusterSource,
    Disagreement,
    Event,
    EventType,
    GeoPrecision,
    SourceKind,
    SubEventType,
    TimePrecision,
    place_key,
)
from .model import enum_value as _v
from .resources import load_yaml, read_text
from .extractors.actor_names import canonical_party as _canonical_party, is_generic_actor as _is_generic_actor
from .extractors.actors import side_derived_by

#: days of slack on each side of an event's date, by time precision (unknown -> month)
DATE_SLACK = {TimePrecision.DAY: 2, TimePrecision.WEEK: 7, TimePrecision.MONTH: 31}
#: radius (km) within which two places can be the same event place, by the coarser precision
RADIUS_KM = {GeoPrecision.PLACE: 30.0, GeoPrecision.NEAR: 60.0, GeoPrecision.REGION: 250.0}
#: event types that different sources may use for one event (a claim's "attack" is a report's IED)
VIOLENT = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}


@dataclass(frozen=True)
class LinkConfig:
    #: pair probability from which two clusters are considered for a merge; None = the fitted threshold
    threshold: float | None = None

    def resolved_threshold(self) -> float:
        return float(link_weights()["threshold"]) if self.threshold is None else self.threshold

    def resolved_cohesion(self) -> float:
        """The mean probability across two clusters needed to merge them: the threshold less the
        fitted ``cohesion_margin`` (a pair at the threshold may bring in a member that the rest of
        the cluster matches a little less well)."""
        return self.resolved_threshold() - float(link_weights().get("cohesion_margin", 0.0))


#: an event dated only by its document's publication date ("date-from-published") happened on or
#: before it: (days before, days after) the publication date it may have happened on
PUBLISHED_LAG = (10, 1)
#: days beyond two events' date windows within which a pair that shares a rare name is compared
NAME_SLACK_DAYS = 30
#: a name is a blocking key only while fewer events than this carry it in one country and window
NAME_CAP = 6
#: days beyond two events' date windows within which a pair that shares at least NAME_LONG_MIN
#: rare names is compared: a follow-up (an arrest, a charge, a funeral) weeks or months later
#: that names the victim and the street
NAME_LONG_DAYS = 180
NAME_LONG_MIN = 2
#: days beyond two events' date windows within which a pair that shares at least NAME_YEAR_MIN
#: names (each carried by fewer than NAME_CAP_PAIR events in the window) is compared: a trial or
#: a sentencing a year later that names the victim, the accused and the street
NAME_YEAR_DAYS = 365
NAME_YEAR_MIN = 3
#: a name fewer than this many events carry in one country and window (but NAME_CAP or more) is
#: a key only for pairs that share NAME_LONG_MIN such names: an incident many outlets report
#: (its victim's first and last name in every article) must not lose its names to the cap
NAME_CAP_PAIR = 20


def date_window(e: Event) -> tuple[date, date] | None:
    """The days an event may have happened on, widened by the slack of its precision; an event
    dated only by the publication date of its document may have happened some days before it
    (news is published the same day or later, rarely earlier)."""
    if e.event_date is None:
        return None
    if "date-from-published" in e.rules and e.event_date_end is None:
        before, after = PUBLISHED_LAG
        return shift_date(e.event_date, -before), shift_date(e.event_date, after)
    prec = TimePrecision(e.time_precision) if e.time_precision else TimePrecision.MONTH
    return widen(e.event_date, e.event_date_end or e.event_date, DATE_SLACK[prec])


def name_window(e: Event, slack: int = NAME_SLACK_DAYS) -> tuple[date, date] | None:
    """The date window within which an event is compared with events that share a rare name
    (``slack``: NAME_SLACK_DAYS for one name, NAME_LONG_DAYS for NAME_LONG_MIN names)."""
    w = date_window(e)
    if w is None:
        return None
    return widen(w[0], w[1], slack)


def name_slack(rare: int) -> int:
    """Days two date windows may lie apart for a pair that shares ``rare`` rare names."""
    if rare >= NAME_YEAR_MIN:
        return NAME_YEAR_DAYS
    return NAME_LONG_DAYS if rare >= NAME_LONG_MIN else NAME_SLACK_DAYS if rare else 0


def _norm_name(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").replace("'", "").split())


def _sides(e: Event) -> set[str]:
    """The named parties of an event (both sides, and the claimant), normalised."""
    names = {e.actor1, e.actor2, e.claimed_by, *e.assoc_actor_1, *e.assoc_actor_2}
    return {_canonical_party(n) for n in names if n and not _is_generic_actor(n)}


def _target_kind(e: Event) -> int | None:
    """Who was hit, coarsely: civilians (7), state or external forces (1), armed groups (2)."""
    if e.inter2 is None:
        return None
    code = int(_v(e.inter2))
    return {7: 7, 1: 1, 8: 1, 2: 2, 3: 2, 4: 2}.get(code)


@dataclass(frozen=True)
class _Features:
    """What pair scoring reads of an event, computed once per event (enums resolved to plain values)."""

    doc_id: str
    window: tuple[date, date] | None
    day: date | None
    vague_date: bool
    iso3: str | None
    lat: float | None
    lon: float | None
    geo_prec: int
    admin1: str
    location: str
    event_type: str | None
    sub_event_type: str | None
    sides: frozenset[str]
    target: int | None
    fatalities: int | None
    injured: int | None
    is_claim: bool
    names: frozenset[str]
    time_of_day: str | None
    weapon_type: str | None
    target_type: str | None
    fillers: frozenset[str]
    places_written: frozenset[str]
    #: date windows of the incident as the text dates it ("the March 3 shooting"), see incident_windows
    ref_windows: tuple[tuple[date, date], ...] = ()
    #: the event's place as words (resolved location and the place as written)
    place_words: frozenset[str] = frozenset()
    #: every capitalised word of the linking text, lower-cased (the places it names among them)
    capitals: frozenset[str] = frozenset()
    #: the ages of people the linking text names ("a 15-year-old boy", "Boy, 15,")
    ages: frozenset[int] = frozenset()
    #: the streets the linking text names ("North 41st Street" -> "41st")
    streets: frozenset[str] = frozenset()


def event_text(e: Event) -> str:
    """The evidence text of an event: its mention and the spans of its fields, once each."""
    seen: list[str] = [e.evidence.text]
    for spans in e.field_evidence.values():
        for s in spans:
            if s.text and not any(s.text in t for t in seen):
                seen.append(s.text)
    return "\n".join(seen)


@lru_cache(maxsize=1)
def _cues() -> dict[str, Any]:
    data = load_yaml("link_cues.yaml")
    tod = []
    for bucket, words in data["time_of_day"].items():
        alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        tod.append((bucket, re.compile(rf"\b(?:{alt})\b", re.I)))
    hours: dict[int, str] = {}
    for bucket, spans in data["clock_hours"].items():
        for lo, hi in spans:
            for h in range(lo, hi + 1):
                hours[h] = bucket
    flags = {"clock": re.I}
    patterns = {k: re.compile(v, flags.get(k, 0)) for k, v in data["patterns"].items()}
    incident = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["incident_words"]) + r")\b", re.IGNORECASE)
    return dict(tod=tod, hours=hours, not_names=frozenset(data["not_names"].lower().split()), incident=incident,
                **patterns)




def time_of_day(text: str) -> str | None:
    """The part of the day a text names: night, morning, afternoon or evening (None if none)."""
    cues = _cues()
    m = cues["clock"].search(text)
    if m:
        h = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        return cues["hours"].get(h)
    for bucket, rx in cues["tod"]:
        if rx.search(text):
            return bucket
    return None


#: a word naming the incident (link_cues.yaml ``incident_words``) makes a date the incident's when
#: it comes at most INCIDENT_NEAR_BEFORE characters before the date, in the same sentence ("shot and
#: killed outside a nightclub on Aug. 29"), or right after it, at most INCIDENT_WORDS_BETWEEN words
#: on ("the March 3 shooting", "Tuesday night's shooting"; not "charged Monday in the shooting")
INCIDENT_NEAR_BEFORE = 50
INCIDENT_WORDS_BETWEEN = 2
#: characters before a word naming the incident that are scanned for a date right before it
INCIDENT_SCAN_BEFORE = 40
#: at most this many incident dates are read from one text (the first ones: the title and lead)
INCIDENT_DATES_MAX = 4


def incident_windows(text: str, published: date | None) -> tuple[tuple[date, date], ...]:
    """The date windows of the incident a text tells of, as the text itself dates it: a later
    article (an arrest, a funeral, a trial, victims named) is published days or weeks after the
    incident and names its day ("the March 3 shooting", "Tuesday's shooting", "killed on Aug.
    29"). Date expressions of the text (``find_dates``, read against ``published``) with a word
    naming the incident just before them or right after them (INCIDENT_NEAR_BEFORE,
    INCIDENT_WORDS_BETWEEN); not a reporting date ("said Friday"), precise to the day or week, on or before
    ``published`` and at most NAME_YEAR_DAYS before it (so ``independent_partitions`` still
    holds every pair), widened by the slack of their precision."""
    if published is None or not text:
        return ()
    rx = _cues()["incident"]
    earliest = shift_date(published, -NAME_YEAR_DAYS)
    out: list[tuple[date, date]] = []
    for x in _dates_near(text, published, rx):
        v = x.value
        if x.reporting or x.background or v is None or v.start is None or int(_v(v.precision)) > 2:
            continue
        end = v.end or v.start
        if end > published or v.start < earliest:
            continue
        before = text[max(0, x.start - INCIDENT_NEAR_BEFORE) : x.start]
        m = None
        for m in rx.finditer(before):
            pass  # the last incident word before the date
        near_before = m is not None and not any(c in before[m.end() :] for c in ".!?\n")
        after = rx.search(text, x.end, x.end + 40)
        near_after = after is not None and len(text[x.end : after.start()].split()) <= INCIDENT_WORDS_BETWEEN
        if not (near_before or near_after):
            continue
        w = widen(v.start, end, DATE_SLACK[TimePrecision(int(_v(v.precision)))])
        if w not in out:
            out.append(w)
        if len(out) >= INCIDENT_DATES_MAX:
            break
    return tuple(out)


def _dates_near(text: str, published: date, rx: re.Pattern[str]) -> Iterator[Any]:
    """The date expressions of ``text`` (``find_dates``) in the stretches around its words naming
    an incident, in text order: only there can a date be the incident's, and a whole article need
    not be scanned."""
    spans: list[list[int]] = []
    for m in rx.finditer(text):
        lo, hi = max(0, m.start() - INCIDENT_SCAN_BEFORE), min(len(text), m.end() + INCIDENT_NEAR_BEFORE + 30)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    for lo, hi in spans:
        yield from find_dates(text, lo, hi, published=published)


def _near(refs: tuple[tuple[date, date], ...], own: tuple[date, date] | None) -> tuple[tuple[date, date], ...]:
    """The incident windows that lie within NAME_YEAR_DAYS of the event's own date window (the
    reach of ``independent_partitions``)."""
    if own is None:
        return ()
    lo, hi = widen(own[0], own[1], NAME_YEAR_DAYS)
    return tuple(r for r in refs if r[0] >= lo and r[1] <= hi)


def ages(text: str) -> frozenset[int]:
    """The ages of people a text names ("a 15-year-old boy", "Boy, 15, shot"; the ``age`` cue)."""
    return frozenset(int(m.group(1) or m.group(2)) for m in _cues()["age"].finditer(text))


def streets(text: str) -> frozenset[str]:
    """The streets a text names ("North 41st Street", "the 1800 block of Larkspur Lane", "at Juniper
    and Cobalt streets"; the ``street`` and ``street_pair`` cues): the last word of each street's
    name, lower-cased, without its direction or street word ("the town's Ninth Avenue" and "West
    Ninth Avenue" -> "ninth"), unless that word names nothing (``not_names``)."""
    cues = _cues()
    raw = [m.group(1) for m in cues["street"].finditer(text)]
    raw += [g for m in cues["street_pair"].finditer(text) for g in m.groups()]
    out = set()
    for r in raw:
        word = r.lower().split()[-1]
        if word not in cues["not_names"]:
            out.add(word)
    return frozenset(out)


def capitalised_words(text: str) -> frozenset[str]:
    """Every capitalised word of ``text``, lower-cased (the ``name`` cue, unfiltered)."""
    return frozenset(m.group(1).lower() for m in _cues()["name"].finditer(text))


def proper_names(text: str, exclude: Iterable[str] = ()) -> frozenset[str]:
    """Capitalised words that name people, streets, buildings (not at a sentence start, not
    function words, months or titles, not the words of ``exclude``: the event's own country,
    admin1, admin2 and location and its parties, which many incidents share). A word the text
    also writes in lower case is an ordinary word capitalised by a headline ("Boy, 15, Shot in
    Englewood" above "a 15-year-old boy was shot"), not a name."""
    own = {w for x in exclude for w in _norm_name(x).split() if len(w) > 2}
    cues = _cues()
    stop = cues["not_names"] | own
    lower = {m.group(0) for m in cues["lower_word"].finditer(text)}
    out = set()
    for m in cues["name"].finditer(text):
        w = m.group(1).lower().strip("'’-")
        if w in stop or w in lower or len(w) < 3 or any(fuzz.ratio(w, o) >= 80 for o in own):
            continue  # a spelling of the event's own place ("Avdiivka" / "Avdiyivka") is no detail
        if cues["sentence_start"].search(text[max(0, m.start() - 3) : m.start()]):
            continue
        out.add(w)
    return frozenset(out)


def written_places(e: Event) -> frozenset[str]:
    """The event's place as its text writes it (the place evidence, normalised), whatever the
    geoparser resolved it to: two reports that write "Toledo" name one place even when one of
    them was resolved to another Toledo."""
    return frozenset(w for s in e.field_evidence.get("place", ()) if (w := _norm_name(s.text)))


def _filler_words(e: Event) -> frozenset[str]:
    words = set()
    for f in (*e.targets, *e.victims, *e.weapons):
        words |= {w for w in _norm_name(f.text).split() if len(w) > 2 and w not in _cues()["not_names"]}
    return frozenset(words)


#: characters of a document read as the linking text of the one event it reports (its title and
#: lead: where a news article names the victims, the street and the time)
DOC_TEXT_CHARS = 3000


def lead_texts(events: Iterable[Event], doc_texts: Mapping[str, str]) -> dict[str, str]:
    """event_id -> linking text of the events that are compared by their document's lead. A news
    article leads with its own incident: the first current (not background) event of a document
    in each country is compared by the document's lead (``doc_texts``: doc_id -> text; its first
    DOC_TEXT_CHARS, the title and first paragraphs, where the victims, the street and the time
    are named); every other event by its evidence text (``event_text``). Per country, so that
    linking the country blocks (iso3) apart, as the Dask linker does, reads the same texts."""
    lead: dict[tuple[str, str], Event] = {}
    for e in events:
        if not e.background and doc_texts.get(e.doc_id):
            key = (e.doc_id, e.iso3 or "")
            if key not in lead or e.evidence.start < lead[key].evidence.start:
                lead[key] = e
    return {e.event_id: doc_texts[e.doc_id][:DOC_TEXT_CHARS] for e in lead.values()}


def stored_lead_texts(store: Any, events: Sequence[Event]) -> dict[str, str]:
    """``lead_texts`` of ``events`` with their documents read from ``store`` (its
    ``get_document``): only the documents of current events, the ones a lead text can come from."""
    docs = {}
    for doc_id in {e.doc_id for e in events if not e.background}:
        doc = store.get_document(doc_id)
        if doc is not None:
            docs[doc_id] = doc.text
    return lead_texts(events, docs)


def linking_texts(events: Sequence[Event], texts: Mapping[str, str] | None = None) -> list[str]:
    """The text each event is compared by: ``texts`` (event_id -> text, see ``lead_texts``), else
    its evidence text."""
    return [(texts or {}).get(e.event_id) or event_text(e) for e in events]


def _group_parties(e: Event) -> list[str]:
    """The event's parties that are groups (both sides, associates, the claimant): their words are
    no specific detail, since many incidents share a group. A party derived from a person's name
    (the victim, the accused) is left out of them: a person is the detail that names one incident."""
    person = {side for side in ("actor1", "actor2") if side_derived_by(e.rules, side)}
    sides = [a for side, a in (("actor1", e.actor1), ("actor2", e.actor2)) if a and side not in person]
    return [*sides, e.claimed_by or "", *e.assoc_actor_1, *e.assoc_actor_2]


def features(e: Event, text: str | None = None) -> _Features:
    """What pair scoring reads of ``e``; ``text``: its linking text (default: ``event_text``)."""
    text = event_text(e) if text is None else text
    places = written_places(e)
    return _Features(
        doc_id=e.doc_id,
        window=date_window(e),
        day=e.event_date,
        vague_date=int(_v(e.time_precision) or 3) > 1,
        iso3=e.iso3,
        lat=e.latitude,
        lon=e.longitude,
        geo_prec=int(_v(e.geo_precision) or 3),
        admin1=_norm_name(e.admin1),
        location=_norm_name(place_key(e)),  # one place whatever the text's spelling
        event_type=_v(e.event_type),
        sub_event_type=_v(e.sub_event_type),
        sides=frozenset(_sides(e)),
        target=_target_kind(e),
        fatalities=e.fatalities,
        injured=e.injured,
        is_claim=_v(e.source_kind) == SourceKind.CLAIM.value,
        names=proper_names(text, (e.country or "", e.admin1 or "", e.admin2 or "", e.location or "", *places,
                                  *_group_parties(e))),
        time_of_day=time_of_day(text),
        weapon_type=e.weapon_type,
        target_type=e.target_type,
        fillers=_filler_words(e),
        places_written=places,
        ref_windows=_near(incident_windows(text, e.published), date_window(e)),
        place_words=frozenset(w for p in (place_key(e), *places) if p for w in [_norm_name(p)] if len(w) > 2),
        capitals=capitalised_words(text),
        ages=ages(text),
        streets=streets(text),
    )


_VIOLENT = {t.value for t in VIOLENT}
_AIR = SubEventType.AIR_DRONE_STRIKE.value


def _place_score(a: _Features, b: _Features) -> tuple[float, float, float] | None:
    """(distance agreement, region agreement, name similarity), each 0..1, or None when the
    places rule out one event.

    Two precise places (geo precision 1-2) must lie within the radius of the coarser precision.
    When one side only knows a region (precision 3), the regions must agree: the same admin1,
    or centroids within the region radius; when one side only knows the country, any place in
    that country is possible. Similar location names (transliterations) count. Two texts that
    write one place name ("Toledo") may be one event however the geoparser resolved each: the
    distance and region then say nothing, and the name agrees.
    """
    if a.places_written & b.places_written:
        same = (0.0, 0.0, 1.0)
        resolved = _resolved_place_score(a, b)
        return same if resolved is None else (resolved[0], resolved[1], 1.0)
    return _resolved_place_score(a, b)


def _resolved_place_score(a: _Features, b: _Features) -> tuple[float, float, float] | None:
    """``_place_score`` of the resolved places alone."""
    coarse = max(a.geo_prec, b.geo_prec)
    d = None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    dist = region = 0.0
    if coarse <= 2:
        radius = RADIUS_KM[GeoPrecision(coarse)]
        if d is not None:
            if d > radius:
                return None
            dist = 1.0 - d / radius
        elif a.admin1 and b.admin1:
            if a.admin1 != b.admin1:
                return None
            region = 1.0
    elif a.admin1 and b.admin1:
        radius = RADIUS_KM[GeoPrecision.REGION]
        if a.admin1 == b.admin1 or fuzz.ratio(a.admin1, b.admin1) >= 85:
            region = 1.0
        elif d is not None and d <= radius:
            region = 0.5 * (1.0 - d / radius)
        else:
            return None
    name = fuzz.ratio(a.location, b.location) / 100.0 if a.location and b.location else 0.0
    return dist, region, name


#: names of the pair features, in the order of the fitted weights (data/link_weights.json)
FEATURE_NAMES = (
    "date_same", "date_next", "date_two", "date_vague", "date_gap",
    "place_dist", "place_region", "place_name", "place_unknown",
    "type_sub", "type_event", "type_violent", "air_vs_ground",
    "party_shared", "party_conflict", "party_generic", "target_conflict",
    "killed_fit", "killed_unknown", "injured_fit", "figures_equal",
    "claim_vs_report",
    "text_sim", "names_shared", "names_disjoint", "fillers_shared",
    "time_agree", "time_conflict", "weapon_agree", "weapon_conflict", "target_agree", "target_conflict_gtd",
    "dense", "dense_x_place", "dense_x_date", "dense_x_text", "dense_x_names",
    "text_high", "vague_x_gap", "dense_x_gap", "same_day_and_place",
    "rare_names", "window_miss", "place_conflict", "type_conflict",
    "names_count", "specifics_conflict", "text_low",
    "date_ref", "place_in_text", "age_agree", "street_shared", "street_conflict",
)  # fmt: skip


@lru_cache(maxsize=1)
def link_weights() -> dict[str, Any]:
    """The fitted pair model: weights per feature, intercept, threshold and the inflation model
    (data/link_weights.json, written by ``python benchmarks/fit_link_weights.py``)."""
    return json.loads(read_text("link_weights.json"))


def _figure_fit(x: int | None, y: int | None, claim_vs_report: bool, claim_first: bool) -> float | None:
    """How well two figures fit one incident, 0..1 (None when either is unknown).

    The explicit inflation model: log((claimed+1)/(reported+1)) is normal with the fitted mean
    and spread of claims against reports; two reports differ by a normal of mean 0 and the
    reports' fitted spread. The fit is exp(-z²/2) of the observed difference."""
    if x is None or y is None:
        return None
    infl = link_weights()["inflation"]
    if claim_vs_report:
        c, r = (x, y) if claim_first else (y, x)
        z = (math.log1p(c) - math.log1p(r) - infl["claim_mean"]) / infl["claim_sd"]
    else:
        z = (math.log1p(x) - math.log1p(y)) / infl["report_sd"]
    return math.exp(-0.5 * z * z)


@dataclass(frozen=True)
class _Relation:
    """How two events' date, place and type relate: ``place`` is the place agreement (None when
    the places rule out one event), ``window_gap`` the days between their date windows (0 when
    they overlap), ``type_conflict`` whether their event types cannot describe one event."""

    place: tuple[float, float, float] | None
    window_gap: int
    type_conflict: bool
    #: the date windows meet only through a date one text gives for its incident (incident_windows)
    via_ref: bool = False


def _gap(wa: tuple[date, date], wb: tuple[date, date]) -> int:
    """Days between two date windows (0 when they overlap)."""
    return max(0, (wa[0] - wb[1]).days, (wb[0] - wa[1]).days)


def _relation(a: _Features, b: _Features, rare: int = 0) -> _Relation | None:
    """The hard constraints. A pair is ruled out (None) by one document, two countries, no date,
    and, unless the two share ``rare`` rare names (a victim, a street), by date windows that
    do not overlap, places too far apart or event types that cannot describe one event. For a
    pair that shares one, these are soft: the windows may be ``name_slack(rare)`` days apart, and
    the place and type conflicts become features the fitted model weighs."""
    if a.doc_id == b.doc_id:
        return None
    if a.iso3 and b.iso3 and a.iso3 != b.iso3:
        return None
    wa, wb = a.window, b.window
    if wa is None or wb is None:
        return None
    gap = _gap(wa, wb)
    via_ref = False
    if gap > 0 and (a.ref_windows or b.ref_windows):
        # a later article dates its incident itself ("the March 3 shooting")
        ref = min([_gap(r, wb) for r in a.ref_windows] + [_gap(wa, r) for r in b.ref_windows]
                  + [_gap(r, q) for r in a.ref_windows for q in b.ref_windows])
        if ref < gap:
            gap, via_ref = ref, ref == 0
    types = bool(a.event_type and b.event_type and a.event_type != b.event_type
                 and not (a.event_type in _VIOLENT and b.event_type in _VIOLENT))  # fmt: skip
    place = _place_score(a, b)
    if not rare and (gap > 0 or types or place is None):
        return None
    if gap > name_slack(rare):
        return None
    return _Relation(place, gap, types, via_ref)


def _compatible(a: _Features, b: _Features) -> tuple[float, float, float] | None:
    """The hard constraints of an ordinary pair: the place agreement when two events can be one,
    else None."""
    rel = _relation(a, b)
    return None if rel is None else rel.place


def pair_vector(
    a: _Features, b: _Features, text_sim: float = 0.0, dense: float = 0.0, rare: int = 0
) -> list[float] | None:
    """The named pair features (FEATURE_NAMES) of two events, or None when they cannot be one.
    ``rare``: the number of rare names the two share (name_pairs); a pair with one is compared
    under the soft constraints of ``_relation``."""
    rel = _relation(a, b, rare)
    if rel is None:
        return None
    place = rel.place or (0.0, 0.0, 0.0)
    f = dict.fromkeys(FEATURE_NAMES, 0.0)
    f["rare_names"] = min(rare, RARE_NAMES_CAP) / RARE_NAMES_CAP
    f["window_miss"] = math.log1p(rel.window_gap) / math.log1p(NAME_YEAR_DAYS)
    f["place_conflict"] = float(rel.place is None)
    f["type_conflict"] = float(rel.type_conflict)
    if a.day is not None and b.day is not None and not rel.via_ref:
        f["date_gap"] = min(abs((a.day - b.day).days), DATE_GAP_CAP) / DATE_GAP_CAP
    f["date_ref"] = float(rel.via_ref)
    if rel.via_ref:
        f["date_vague"] = 1.0  # the days compared are the incident's as a text dates it
    elif a.day is None or b.day is None or a.vague_date or b.vague_date:
        f["date_vague"] = 1.0
    else:
        gap = abs((a.day - b.day).days)
        f["date_same"], f["date_next"], f["date_two"] = float(gap == 0), float(gap == 1), float(gap == 2)
    f["place_dist"], f["place_region"], f["place_name"] = place
    f["place_unknown"] = float(max(place) == 0.0 and rel.place is not None)
    # the place one event is resolved to or written as is named in the other's text, where the
    # resolved names differ ("Boulder" in an article placed in Denver)
    if place[2] < PLACE_NAME_SAME:
        f["place_in_text"] = float(any(all(w in b.capitals for w in p.split()) for p in a.place_words)
                                   or any(all(w in a.capitals for w in p.split()) for p in b.place_words))
    if a.event_type and b.event_type and not rel.type_conflict:
        if a.event_type == b.event_type:
            f["type_sub" if a.sub_event_type == b.sub_event_type else "type_event"] = 1.0
        else:
            f["type_violent"] = 1.0
        f["air_vs_ground"] = float((a.sub_event_type == _AIR) != (b.sub_event_type == _AIR))
    if a.sides and b.sides:
        f["party_shared" if a.sides & b.sides else "party_conflict"] = 1.0
    else:
        f["party_generic"] = 1.0
    if a.target is not None and b.target is not None and a.target != b.target and 7 in (a.target, b.target):
        f["target_conflict"] = 1.0
    cvr = a.is_claim != b.is_claim
    f["claim_vs_report"] = float(cvr)
    kf = _figure_fit(a.fatalities, b.fatalities, cvr, a.is_claim)
    if kf is None:
        f["killed_unknown"] = 1.0
    else:
        f["killed_fit"] = kf
        f["figures_equal"] = float(a.fatalities == b.fatalities and (a.fatalities or 0) > 0)
    f["injured_fit"] = _figure_fit(a.injured, b.injured, cvr, a.is_claim) or 0.0
    f["text_sim"] = text_sim
    if a.names and b.names:
        shared = len(a.names & b.names)
        f["names_shared"] = shared / min(len(a.names), len(b.names))
        f["names_disjoint"] = float(shared == 0 and min(len(a.names), len(b.names)) >= 2)
        f["names_count"] = min(1.0, math.log1p(shared) / math.log1p(NAMES_COUNT_CAP))
    if a.fillers and b.fillers:
        f["fillers_shared"] = len(a.fillers & b.fillers) / min(len(a.fillers), len(b.fillers))
    if a.ages and b.ages:
        # the share of the ages the two name that both name: an article that lists many people's
        # ages shares one with another by chance
        f["age_agree"] = len(a.ages & b.ages) / len(a.ages | b.ages)
    if a.streets and b.streets:
        # the street of the incident: two reports of one incident name one street, two incidents
        # in one city two
        f["street_shared" if a.streets & b.streets else "street_conflict"] = 1.0
    if a.time_of_day and b.time_of_day:
        f["time_agree" if a.time_of_day == b.time_of_day else "time_conflict"] = 1.0
    if a.weapon_type and b.weapon_type:
        f["weapon_agree" if a.weapon_type == b.weapon_type else "weapon_conflict"] = 1.0
    if a.target_type and b.target_type:
        f["target_agree" if a.target_type == b.target_type else "target_conflict_gtd"] = 1.0
    # several specifics that disagree at once (another named party, another sub-event type of the
    # same event type, another toll, weapon or time of day): each alone is ordinary between two
    # reports of one event, together they describe two
    f["specifics_conflict"] = min(SPECIFICS_CAP, f["party_conflict"] + f["type_event"] + f["weapon_conflict"]
                                  + f["time_conflict"] + float(kf is not None and kf < FIGURE_MISFIT)) / SPECIFICS_CAP
    f["dense"] = dense
    f["dense_x_place"] = dense * max(place)
    f["dense_x_date"] = dense * f["date_same"]
    f["dense_x_text"] = dense * text_sim
    f["dense_x_names"] = dense * f["names_shared"]
    f["text_high"] = max(0.0, text_sim - 0.5) * 2.0
    f["text_low"] = max(0.0, TEXT_LOW - text_sim) / TEXT_LOW  # two accounts with next to no word in common
    f["vague_x_gap"] = f["date_vague"] * f["date_gap"]
    f["dense_x_gap"] = dense * f["date_gap"]
    f["same_day_and_place"] = f["date_same"] * max(place)
    return [f[k] for k in FEATURE_NAMES]


def _probability(x: Sequence[float]) -> float:
    w = link_weights()
    z = w["intercept"] + sum(c * v for c, v in zip(w["coef"], x))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


#: marks "fit the text model on the texts being compared"
_FIT_HERE: Any = object()


def text_vectorizer() -> Any:
    """The unfitted TF-IDF vectorizer of the evidence texts (its settings in one place: the Dask
    linker counts document frequencies with its analyzer, block by block)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=1)


def fit_text_model(events: Sequence[Event], texts: Mapping[str, str] | None = None) -> Any:
    """The TF-IDF model of the evidence texts of ``events`` (vocabulary and IDF from the events
    being linked), or None when they hold nothing but stop words. Linking a part of the events
    with the model of all of them (as the Dask linker does) gives the same similarities as
    linking them all at once."""
    try:
        return text_vectorizer().fit(linking_texts(events, texts))
    except ValueError:  # nothing but stop words
        return None


def _text_similarities(
    texts: Sequence[str], pairs: Sequence[tuple[int, int]], model: Any = _FIT_HERE
) -> list[float]:
    """TF-IDF cosine of the evidence texts of each pair: with ``model`` (see fit_text_model), or
    with a model fitted on ``texts`` themselves."""
    if not pairs:
        return []
    try:
        if model is _FIT_HERE:
            X = text_vectorizer().fit_transform(texts)
        elif model is None:
            raise ValueError("no vocabulary")
        else:
            X = model.transform(texts)
    except ValueError:  # nothing but stop words
        return [0.0] * len(pairs)
    import numpy as np

    i = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    j = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    out: list[float] = []
    step = 200_000
    for k in range(0, len(pairs), step):
        sims = np.asarray(X[i[k : k + step]].multiply(X[j[k : k + step]]).sum(axis=1)).ravel()
        out.extend(float(s) for s in sims)
    return out


#: a capitalised word is no name when more than this share of the linking texts (and at least
#: NAME_DF_FLOOR of them) use the word: "Crime Stoppers", "New Year's Day", "the South Side",
#: the city's own name or its trauma centre are written in many articles about many incidents
NAME_DF_SHARE = 0.01
NAME_DF_FLOOR = 3


def common_words(text_model: Any) -> frozenset[str]:
    """The words of the text model (fitted on the linking texts of the events being linked, or
    of the larger set they are part of) that too many of the texts use to name one incident: more
    than NAME_DF_SHARE of them and at least NAME_DF_FLOOR. Read from the model's IDF, so linking a
    part of the events with the model of all of them (the Dask linker) reads the same words. A
    name any of whose words (the model's analyzer: "year's" -> "year") is common is no name."""
    idf = getattr(text_model, "idf_", None)
    if idf is None or not len(idf):
        return frozenset()
    # smooth IDF: idf = ln((1 + n) / (1 + df)) + 1; a word of one text has the largest
    n = 2.0 * math.exp(float(idf.max()) - 1.0) - 1.0
    limit = max(NAME_DF_FLOOR, NAME_DF_SHARE * n)
    # df > limit  <=>  idf < ln((1 + n) / (1 + limit)) + 1
    cut = math.log((1.0 + n) / (1.0 + limit)) + 1.0
    vocab = text_model.vocabulary_
    return frozenset(w for w, k in vocab.items() if idf[k] < cut)


#: location-name similarity from which two events' resolved places count as one name (place_in_text
#: then adds nothing)
PLACE_NAME_SAME = 0.85
#: days at which the date gap feature saturates
DATE_GAP_CAP = 14
#: shared rare names at which the rare-name feature saturates
RARE_NAMES_CAP = 3
#: TF-IDF cosine below which two texts share next to nothing (the text_low feature)
TEXT_LOW = 0.15
#: conflicting specifics at which their feature saturates, and the figure fit below which two
#: tolls conflict (exp(-z²/2) < 0.1: about 2.1 spreads apart)
SPECIFICS_CAP = 3
FIGURE_MISFIT = 0.1
#: shared names (rare or not) at which the name-count feature saturates (log scale)
NAMES_COUNT_CAP = 8

#: candidate partners at which an event's neighbourhood counts as fully dense (log scale)
DENSE_AT = 50


def iter_pair_vectors(
    events: Sequence[Event], text_model: Any = _FIT_HERE, texts: Mapping[str, str] | None = None
) -> Iterator[tuple[int, int, list[float]]]:
    """The compatible candidate pairs of ``events`` with their feature vectors (FEATURE_NAMES).

    Density: the number of compatible candidates of an event (same country, window and place
    radius) on a log scale, 1 at DENSE_AT or more; a pair's density is the smaller of its two
    events', so the fit can weigh place and date less where incidents are many."""
    text_of = linking_texts(events, texts)
    if text_model is _FIT_HERE:
        try:
            text_model = text_vectorizer().fit(text_of)
        except ValueError:  # nothing but stop words
            text_model = None
    common = common_words(text_model)
    feats = [features(e, t) for e, t in zip(events, text_of)]
    if common:
        analyze = text_model.build_analyzer()
        feats = [replace(f, names=frozenset(n for n in f.names if not common.intersection(analyze(n)))) for f in feats]
    rare = name_pairs(events, feats)
    pairs: list[tuple[int, int]] = []
    seen: set[tuple[int, int]] = set()
    for i, j in candidate_pairs(events, [f.ref_windows for f in feats]):
        key = (i, j) if i < j else (j, i)
        if key in seen:
            continue
        seen.add(key)
        if _relation(feats[i], feats[j], rare.get(key, 0)) is not None:
            pairs.append(key)
    for key in sorted(rare.keys() - seen):
        if _relation(feats[key[0]], feats[key[1]], rare[key]) is not None:
            pairs.append(key)
    degree = [0] * len(events)
    for i, j in pairs:
        degree[i] += 1
        degree[j] += 1
    sims = _text_similarities(text_of, pairs, text_model)
    norm = math.log1p(DENSE_AT)
    for (i, j), sim in zip(pairs, sims):
        dense = min(1.0, math.log1p(min(degree[i], degree[j])) / norm)
        x = pair_vector(feats[i], feats[j], sim, dense, rare.get((i, j), 0))
        if x is not None:
            yield i, j, x


def pair_rows(
    events: Sequence[Event], texts: Mapping[str, str] | None = None
) -> tuple[list[tuple[int, int]], list[list[float]]]:
    """All compatible candidate pairs and their feature vectors (for fitting the weights)."""
    pairs, rows = [], []
    for i, j, x in iter_pair_vectors(events, texts=texts):
        pairs.append((i, j))
        rows.append(x)
    return pairs, rows


def pair_score(a: Event, b: Event, cfg: LinkConfig | None = None) -> float:
    """0..1 probability that two events (from different documents) are the same event, from
    the fitted pair model; 0 when a hard constraint rules it out (docs/rules/linking.md)."""
    fa, fb = features(a), features(b)
    sim = _text_similarities([event_text(a), event_text(b)], [(0, 1)])[0]
    x = pair_vector(fa, fb, sim, 0.0, len(fa.names & fb.names))
    return 0.0 if x is None else _probability(x)


CELL_DEG = 1.0  # spatial blocking cell (>= the 60 km radius of precise places)


def _cell(e: Event) -> tuple[int, int] | None:
    """Grid cell of a precisely placed event (geo precision 1-2); None for region-level or unplaced."""
    if e.latitude is None or e.longitude is None or int(_v(e.geo_precision) or 3) > 2:
        return None
    return math.floor(e.latitude / CELL_DEG), math.floor(e.longitude / CELL_DEG)


def candidate_pairs(
    events: Sequence[Event], incident: Sequence[tuple[tuple[date, date], ...]] | None = None
) -> Iterable[tuple[int, int]]:
    """Pairs that can be the same event: same country block, overlapping date windows, and, for
    two precisely placed events, neighbouring 1-degree grid cells (their radius is <= 60 km).
    Region-level or unplaced events are compared with every event of their country and window.
    A sweep over window starts keeps only the events whose window is still open. ``incident``:
    per event, the windows of its incident as its text dates it (``incident_windows``); an event
    then takes part in the sweep once more with each of them. A pair may come more than once."""
    blocks: dict[str, list[int]] = defaultdict(list)
    owner: list[int] = []
    windows: list[tuple[date, date]] = []
    cells: list[tuple[int, int] | None] = []
    for i, e in enumerate(events):
        w = date_window(e)
        if w is None:
            continue
        cell = _cell(e)
        for win in (w, *(incident[i] if incident else ())):
            blocks[e.iso3 or _norm_name(e.country) or "?"].append(len(owner))
            owner.append(i)
            windows.append(win)
            cells.append(cell)
    for idx in blocks.values():
        for j, i in _sweep(idx, windows, cells):
            if owner[j] != owner[i]:
                yield owner[j], owner[i]


def _sweep(idx: list[int], windows: Sequence[tuple[date, date]], cells: Sequence[tuple[int, int] | None]
           ) -> Iterator[tuple[int, int]]:
    """candidate_pairs' sweep over the entries ``idx`` of one country block (indices into
    ``windows`` and ``cells``), in order of window start."""
    idx.sort(key=lambda i: windows[i][0])
    by_cell: dict[tuple[int, int], list[int]] = defaultdict(list)
    coarse: list[int] = []

    def alive(lst: list[int], start: date) -> list[int]:
        return [j for j in lst if windows[j][1] >= start]

    for i in idx:
        start = windows[i][0]
        coarse[:] = alive(coarse, start)
        yield from ((j, i) for j in coarse)
        cell = cells[i]
        if cell is None:
            for key in list(by_cell):
                by_cell[key] = alive(by_cell[key], start)
                yield from ((j, i) for j in by_cell[key])
            coarse.append(i)
            continue
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                key = (cell[0] + dy, cell[1] + dx)
                if key in by_cell:
                    by_cell[key] = alive(by_cell[key], start)
                    yield from ((j, i) for j in by_cell[key])
        by_cell[cell].append(i)


def name_pairs(events: Sequence[Event], feats: Sequence[_Features] | None = None) -> dict[tuple[int, int], int]:
    """Pairs (i < j) of events that share a rare name, with the number of rare names shared.

    Token blocking: per country and name (``proper_names`` of the evidence: people, streets,
    buildings), events are swept in order of their name windows (``name_window``); a name is a
    key only while fewer than NAME_CAP events carry it in one country and window, so a common
    word pairs nothing and the cost stays linear in the events times NAME_CAP. Two sweeps: one
    name within NAME_SLACK_DAYS (NAME_LONG_MIN names carried by fewer than NAME_CAP_PAIR events),
    NAME_LONG_MIN names (rare within the wider window) within NAME_LONG_DAYS, and NAME_YEAR_MIN
    names carried by fewer than NAME_CAP_PAIR events within NAME_YEAR_DAYS."""
    feats = feats if feats is not None else [features(e) for e in events]
    out = _name_sweep(events, feats, NAME_SLACK_DAYS, NAME_CAP)
    for slack, cap, least in ((NAME_SLACK_DAYS, NAME_CAP_PAIR, NAME_LONG_MIN), (NAME_LONG_DAYS, NAME_CAP, NAME_LONG_MIN),
                              (NAME_YEAR_DAYS, NAME_CAP_PAIR, NAME_YEAR_MIN)):  # fmt: skip
        for key, n in _name_sweep(events, feats, slack, cap).items():
            if n >= least and n > out.get(key, 0):
                out[key] = n
    return out


def _name_sweep(events: Sequence[Event], feats: Sequence[_Features], slack: int, cap: int) -> dict[tuple[int, int], int]:
    """name_pairs for one name window (``slack`` days beyond the date window): names fewer than
    ``cap`` events carry in the window of each carrier."""
    windows = [name_window(e, slack) for e in events]
    postings: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, e in enumerate(events):
        if windows[i] is not None:
            for name in feats[i].names:
                postings[(e.iso3 or _norm_name(e.country) or "?", name)].append(i)
    out: dict[tuple[int, int], int] = defaultdict(int)
    for idx in postings.values():
        if len(idx) < 2:
            continue
        starts = sorted(windows[i][0] for i in idx)  # type: ignore[index]
        ends = sorted(windows[i][1] for i in idx)  # type: ignore[index]
        # carriers of the name whose windows overlap each carrier's (itself included)
        rare = [i for i in idx
                if bisect_right(starts, windows[i][1]) - bisect_left(ends, windows[i][0]) < cap]  # type: ignore[index]  # fmt: skip
        rare.sort(key=lambda i: (windows[i][0], i))  # type: ignore[index]
        open_: list[int] = []
        for i in rare:
            start = windows[i][0]  # type: ignore[index]
            open_ = [j for j in open_ if windows[j][1] >= start]  # type: ignore[index]
            for j in open_:
                out[(j, i) if j < i else (i, j)] += 1
            open_.append(i)
    return dict(out)


def independent_partitions(events: Sequence[Event]) -> list[list[int]]:
    """Indices of ``events`` split into groups that ``candidate_pairs`` never pairs across: one
    country block, cut where no open date window reaches the next event's window. Linking each
    group alone (on a cluster's workers) gives the same clusters as linking them all at once; each
    group keeps the input order."""
    blocks: dict[str, list[int]] = defaultdict(list)
    lonely: list[list[int]] = []
    windows = [name_window(e, NAME_YEAR_DAYS) for e in events]  # the widest window any pair is compared in
    for i, e in enumerate(events):
        if windows[i] is None:
            lonely.append([i])  # never paired: a cluster of its own
        else:
            blocks[e.iso3 or _norm_name(e.country) or "?"].append(i)
    parts: list[list[int]] = []
    for idx in blocks.values():
        run: list[int] = []
        run_end: date | None = None
        for i in sorted(idx, key=lambda i: windows[i][0]):  # type: ignore[index]
            start, end = windows[i]  # type: ignore[misc]
            if run and run_end is not None and start > run_end:
                parts.append(sorted(run))
                run, run_end = [], None
            run.append(i)
            run_end = end if run_end is None else max(run_end, end)
        if run:
            parts.append(sorted(run))
    return parts + lonely


def cluster_id_for(event_ids: Iterable[str]) -> str:
    return "c" + hashlib.sha256("|".join(sorted(event_ids)).encode()).hexdigest()[:16]


def _average_linkage(n: int, docs: Sequence[str], probs: dict[tuple[int, int], float], threshold: float,
                     cohesion: float | None = None) -> list[int]:
    """Clusters that cannot chain: pairs at or above ``threshold`` are taken best first, and two
    clusters merge only when every pair across them is compatible (a candidate that passed the
    hard constraints), the mean probability across them reaches ``cohesion`` (default: the
    threshold), and they share no document. So a new member must match the cluster as a whole,
    not one member. Returns a root per item."""
    cohesion = threshold if cohesion is None else cohesion
    root = list(range(n))
    members: list[list[int]] = [[i] for i in range(n)]
    docsets: list[set[str]] = [{d} for d in docs]
    for (i, j), p in sorted(probs.items(), key=lambda t: (-t[1], t[0])):
        if p < threshold:
            break
        ri, rj = root[i], root[j]
        if ri == rj or docsets[ri] & docsets[rj]:
            continue
        a, b = members[ri], members[rj]
        total, ok = 0.0, True
        for x in a:
            for y in b:
                q = probs.get((x, y) if x < y else (y, x))
                if q is None:
                    ok = False
                    break
                total += q
            if not ok:
                break
        if not ok or total / (len(a) * len(b)) < cohesion:
            continue
        if len(a) < len(b):
            ri, rj, a, b = rj, ri, b, a
        for y in b:
            root[y] = ri
        a.extend(b)
        members[rj] = []
        docsets[ri] |= docsets[rj]
    return root


def link_events(
    events: Sequence[Event], cfg: LinkConfig = LinkConfig(), text_model: Any = _FIT_HERE,
    texts: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """event_id -> cluster_id for every event (singletons get their own cluster). ``text_model``:
    the TF-IDF model of a larger set these events are part of (fit_text_model); by default one
    fitted on these events. ``texts``: event_id -> the text an event is compared by, for the
    events compared by their document's lead (``lead_texts``); the others by their evidence."""
    probs = {(min(i, j), max(i, j)): _probability(x) for i, j, x in iter_pair_vectors(events, text_model, texts)}
    root = _average_linkage(len(events), [e.doc_id for e in events], probs, cfg.resolved_threshold(),
                            cfg.resolved_cohesion())
    members: dict[int, list[str]] = defaultdict(list)
    for i, e in enumerate(events):
        members[root[i]].append(e.event_id)
    out: dict[str, str] = {}
    for ids in members.values():
        cid = cluster_id_for(ids)
        for eid in ids:
            out[eid] = cid
    return out


# ------------------------------------------------------------------------------------------
# merged cluster view
# ------------------------------------------------------------------------------------------
def _is_claim(e: Event) -> bool:
    return _v(e.source_kind) == SourceKind.CLAIM.value


def _is_independent_report(e: Event) -> bool:
    """A third party's own account: a report that does not only repeat a party's statement."""
    return not _is_claim(e) and e.independent


def _disagreements(members: Sequence[Event]) -> list[Disagreement]:
    """Fields on which the sources of one cluster differ: the attacker (named actor1, after the
    equivalent names of data/actor_equivalents.yaml), the event type, killed and injured."""
    out: list[Disagreement] = []

    def collect(field: str, value_of: Any, note: str) -> None:
        values: dict[str, list[str]] = defaultdict(list)
        for e in members:
            v = value_of(e)
            if v is not None:
                values[str(v)].append(e.event_id)
        if len(values) > 1:
            out.append(Disagreement(field=field, values=dict(sorted(values.items())), note=note))

    named: dict[str, str] = {}
    for e in members:
        if e.actor1 and not _is_generic_actor(e.actor1):
            named.setdefault(_canonical_party(e.actor1), e.actor1)
    collect("attacker", lambda e: named.get(_canonical_party(e.actor1)) if e.actor1 and not _is_generic_actor(e.actor1) else None,
            "sources name different attackers")
    collect("event_type", lambda e: _v(e.event_type), "sources code different event types")
    collect("fatalities", lambda e: e.fatalities, "sources give different death tolls")
    collect("injured", lambda e: e.injured, "sources give different numbers of injured")
    return out


def merge_cluster(cluster_id: str, members: Sequence[Event]) -> ClusterRecord:
    """The merged record of one cluster: every source with its evidence, best date and place,
    fatalities as a range across sources and a conservative best figure (ACLED: the lowest
    figure of an independent report; claims and relayed claims only when nothing else reports),
    and the fields on which the sources disagree."""
    reports = [e for e in members if _is_independent_report(e)]
    basis = reports or list(members)

    def prec(e: Event) -> int:
        return int(_v(e.time_precision) or 9)

    def gprec(e: Event) -> int:
        return int(_v(e.geo_precision) or 9)

    dated = [e for e in basis if e.event_date] or [e for e in members if e.event_date]
    best_date = min(dated, key=lambda e: (prec(e), e.event_date)) if dated else None
    placed = [e for e in basis if e.latitude is not None] or [e for e in members if e.latitude is not None]
    best_place = min(placed, key=gprec) if placed else None
    figures = [e.fatalities for e in members if e.fatalities is not None]
    report_figures = [e.fatalities for e in reports if e.fatalities is not None]
    injured = [e.injured for e in members if e.injured is not None]

    def most_common(values: Iterable[str | None]) -> str | None:
        vs = [v for v in values if v]
        return max(sorted(set(vs)), key=vs.count) if vs else None

    actors = [e.actor1 for e in basis if e.actor1 and not _is_generic_actor(e.actor1)] or [e.actor1 for e in basis]
    return ClusterRecord(
        cluster_id=cluster_id,
        n_sources=len(members),
        event_date=best_date.event_date.isoformat() if best_date and best_date.event_date else None,
        time_precision=_v(best_date.time_precision) if best_date else None,
        event_type=most_common(_v(e.event_type) for e in basis),
        sub_event_type=most_common(_v(e.sub_event_type) for e in basis),
        actor1=most_common(actors),
        actor2=most_common(e.actor2 for e in basis),
        country=(best_place or basis[0]).country,
        iso3=(best_place or basis[0]).iso3,
        admin1=(best_place or basis[0]).admin1,
        location=place_key(best_place) if best_place else None,
        latitude=best_place.latitude if best_place else None,
        longitude=best_place.longitude if best_place else None,
        geo_precision=_v(best_place.geo_precision) if best_place else None,
        fatalities=min(report_figures) if report_figures else (min(figures) if figures else None),
        fatalities_basis="independent reports" if report_figures else ("claims only" if figures else None),
        fatalities_min=min(figures) if figures else None,
        fatalities_max=max(figures) if figures else None,
        injured_min=min(injured) if injured else None,
        injured_max=max(injured) if injured else None,
        sources=[
            ClusterSource(
                event_id=e.event_id, doc_id=e.doc_id, source=e.source, source_kind=_v(e.source_kind),
                claimed_by=e.claimed_by, independent=e.independent, relayed_from=e.relayed_from,
                event_date=e.event_date.isoformat() if e.event_date else None,
                event_type=_v(e.event_type), sub_event_type=_v(e.sub_event_type), actor1=e.actor1, actor2=e.actor2,
                location=e.location, fatalities=e.fatalities, injured=e.injured, evidence=e.evidence,
            )
            for e in members
        ],
        disagreements=_disagreements(members),
    )


def build_clusters(events: Sequence[Event], assignment: dict[str, str]) -> list[ClusterRecord]:
    by_cluster: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_cluster[assignment[e.event_id]].append(e)
    return [merge_cluster(cid, members) for cid, members in sorted(by_cluster.items())]


# ------------------------------------------------------------------------------------------
# verification: claims against independent reports
# ------------------------------------------------------------------------------------------
def _ratio(claimed: int | None, reported: int | None) -> float | None:
    if claimed is None or reported is None:
        return None
    if reported == 0:
        return None  # undefined; both figures stay in the check for the reader
    return round(claimed / reported, 3)


def _median(values: list[int]) -> int | None:
    return int(statistics.median_low(values)) if values else None


def _date_agrees(c: Event, r: Event) -> bool | None:
    if c.event_date is None or r.event_date is None:
        return None
    return abs((r.event_date - c.event_date).days) <= 1


def _place_agrees(c: Event, r: Event) -> bool | None:
    if c.latitude is None or c.longitude is None or r.latitude is None or r.longitude is None:
        return None
    return haversine_km(c.latitude, c.longitude, r.latitude, r.longitude) <= 30


def verify_claims(events: Sequence[Event], assignment: dict[str, str]) -> list[ClaimCheck]:
    """One check per claim: its independent reports (``corroborating``), the events that only
    repeat it (``relaying``), date and place agreement, claimed against reported figures (median
    of the independent reports) and a status (docs/rules/linking.md, Verification).

    A claim relayed by an outlet (a claim event that is not independent) is checked on its own
    only when the party's own statement is not in the cluster; otherwise it is listed as relaying."""
    by_cluster: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_cluster[assignment[e.event_id]].append(e)
    checks: list[ClaimCheck] = []
    for cid, members in by_cluster.items():
        reports = [e for e in members if _is_independent_report(e)]
        claims = [e for e in members if _is_claim(e)]
        own = {e.claimed_by for e in claims if e.independent}
        for c in claims:
            if not c.independent and c.claimed_by in own:
                continue  # listed under the party's own statement as relaying it
            party = c.claimed_by or "unknown party"
            relaying = [
                e.event_id for e in members
                if e is not c and (not e.independent and (e.relayed_from or e.claimed_by) in (party, None)
                                   or _is_claim(e) and e.claimed_by == party)
            ]  # fmt: skip
            chk = ClaimCheck(
                claim_event_id=c.event_id, claimed_by=party, cluster_id=cid,
                event_date=c.event_date.isoformat() if c.event_date else None, location=c.location,
                corroborating=[r.event_id for r in reports], relaying=relaying,
                claimed_fatalities=c.fatalities, claimed_injured=c.injured,
            )  # fmt: skip
            if reports:
                dates = [d for d in (_date_agrees(c, r) for r in reports) if d is not None]
                places = [p for p in (_place_agrees(c, r) for r in reports) if p is not None]
                chk.date_agrees = any(dates) if dates else None
                chk.place_agrees = any(places) if places else None
                killed = [r.fatalities for r in reports if r.fatalities is not None]
                chk.reported_fatalities = _median(killed)
                chk.reported_injured = _median([r.injured for r in reports if r.injured is not None])
                chk.fatalities_ratio = _ratio(chk.claimed_fatalities, chk.reported_fatalities)
                chk.injured_ratio = _ratio(chk.claimed_injured, chk.reported_injured)
                no_deaths = bool(killed) and max(killed) == 0 and (c.fatalities or 0) > 0
                elsewhere = chk.date_agrees is False and chk.place_agrees is False
                chk.status = ClaimStatus.CONTRADICTED if no_deaths or elsewhere else ClaimStatus.CORROBORATED
            elif relaying:
                chk.status = ClaimStatus.ONLY_RELAYED
            checks.append(chk)
    checks.sort(key=lambda c: (c.claimed_by, c.event_date or "", c.claim_event_id))
    return checks


@dataclass
class PartySummary:
    claimed_by: str
    claims: int
    corroborated: int
    share_corroborated: float
    median_fatalities_ratio: float | None
    ratio_iqr: tuple[float, float] | None
    median_injured_ratio: float | None
    date_agreement: float | None
    place_agreement: float | None
    only_relayed: int = 0
    contradicted: int = 0
    uncorroborated_event_ids: list[str] = field(default_factory=list)


def _quantiles(values: list[float]) -> tuple[float, float] | None:
    if len(values) < 2:
        return None
    q = statistics.quantiles(values, n=4, method="inclusive")
    return round(q[0], 3), round(q[2], 3)


def summarise_parties(checks: Sequence[ClaimCheck]) -> list[PartySummary]:
    by_party: dict[str, list[ClaimCheck]] = defaultdict(list)
    for c in checks:
        by_party[c.claimed_by].append(c)
    out = []
    for party, cs in sorted(by_party.items()):
        corr = [c for c in cs if c.corroborated]
        ratios = [c.fatalities_ratio for c in corr if c.fatalities_ratio is not None]
        inj = [c.injured_ratio for c in corr if c.injured_ratio is not None]
        dates = [c.date_agrees for c in corr if c.date_agrees is not None]
        places = [c.place_agrees for c in corr if c.place_agrees is not None]
        out.append(
            PartySummary(
                claimed_by=party,
                claims=len(cs),
                corroborated=len(corr),
                share_corroborated=round(len(corr) / len(cs), 3),
                median_fatalities_ratio=round(statistics.median(ratios), 3) if ratios else None,
                ratio_iqr=_quantiles(ratios),
                median_injured_ratio=round(statistics.median(inj), 3) if inj else None,
                date_agreement=round(sum(dates) / len(dates), 3) if dates else None,
                place_agreement=round(sum(places) / len(places), 3) if places else None,
                only_relayed=sum(c.status == ClaimStatus.ONLY_RELAYED for c in cs),
                contradicted=sum(c.status == ClaimStatus.CONTRADICTED for c in cs),
                uncorroborated_event_ids=[c.claim_event_id for c in cs if c.status == ClaimStatus.UNCORROBORATED],
            )
        )
    return out


# ------------------------------------------------------------------------------------------
# scoring a linking against gold clusters
# ------------------------------------------------------------------------------------------
def score_clustering(gold: dict[str, str], pred: dict[str, str]) -> dict[str, float]:
    """Pairwise and B-cubed precision/recall/F1 of ``pred`` against ``gold`` (item -> cluster)."""
    items = sorted(set(gold) & set(pred))
    g_members: dict[str, set[str]] = defaultdict(set)
    p_members: dict[str, set[str]] = defaultdict(set)
    for i in items:
        g_members[gold[i]].add(i)
        p_members[pred[i]].add(i)

    def pairs(members: dict[str, set[str]]) -> set[tuple[str, str]]:
        return {(a, b) for m in members.values() for a in m for b in m if a < b}

    gp, pp = pairs(g_members), pairs(p_members)
    tp = len(gp & pp)
    pw_p = tp / len(pp) if pp else 1.0
    pw_r = tp / len(gp) if gp else 1.0
    b_p = b_r = 0.0
    for i in items:
        g, p = g_members[gold[i]], p_members[pred[i]]
        inter = len(g & p)
        b_p += inter / len(p)
        b_r += inter / len(g)
    n = len(items) or 1
    b_p, b_r = b_p / n, b_r / n

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    return {
        "pairwise_precision": round(pw_p, 4),
        "pairwise_recall": round(pw_r, 4),
        "pairwise_f1": round(f1(pw_p, pw_r), 4),
        "bcubed_precision": round(b_p, 4),
        "bcubed_recall": round(b_r, 4),
        "bcubed_f1": round(f1(b_p, b_r), 4),
        "items": len(items),
    }


def checks_as_json(checks: Sequence[ClaimCheck], parties: Sequence[PartySummary]) -> str:
    """``sitrep verify -f json``: the per-party summary and one record per claim event."""
    from dataclasses import asdict

    return json.dumps(
        {"parties": [asdict(p) for p in parties], "claims": [c.model_dump(mode="json") for c in checks]}, indent=2
    )
