"""Cross-source linking and claim verification.

Linking clusters events from *different documents* that describe the same real-world event.
Candidate pairs come from blocking by country and a date window that respects each event's
time precision (events are swept in date order, so the cost grows with the number of events
times the number of events in the same country and window, not with n²). Each candidate pair
gets a score from date gap, distance (respecting geo precision), event-type and actor
compatibility, casualty plausibility and fuzzy location names; pairs above a threshold are
merged greedily, best first, never putting two events of the same document in one cluster.

Verification compares, inside each cluster, the events whose source is a party's own claim
with the independent reports of the same event. The rules are documented in
docs/rules/linking.md.
"""

from __future__ import annotations

import hashlib
import json
import math
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from functools import lru_cache

from rapidfuzz import fuzz

from .model import Event, EventType, GeoPrecision, SourceKind, SubEventType, TimePrecision
from .model import enum_value as _v
from .resources import load_yaml

#: days of slack on each side of an event's date, by time precision (unknown -> month)
DATE_SLACK = {TimePrecision.DAY: 2, TimePrecision.WEEK: 7, TimePrecision.MONTH: 31}
#: radius (km) within which two places can be the same event place, by the coarser precision
RADIUS_KM = {GeoPrecision.PLACE: 30.0, GeoPrecision.NEAR: 60.0, GeoPrecision.REGION: 250.0}
#: event types that different sources may use for one event (a claim's "attack" is a report's IED)
VIOLENT = {EventType.BATTLES, EventType.EXPLOSIONS, EventType.VIOLENCE_AGAINST_CIVILIANS}
DEFAULT_THRESHOLD = 0.6


@dataclass(frozen=True)
class LinkConfig:
    threshold: float = DEFAULT_THRESHOLD
    max_casualty_ratio: float = 10.0  # figures further apart than this are implausible for one event


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def date_window(e: Event) -> tuple[date, date] | None:
    """The days an event may have happened on, widened by the slack of its precision."""
    if e.event_date is None:
        return None
    prec = TimePrecision(e.time_precision) if e.time_precision else TimePrecision.MONTH
    slack = timedelta(days=DATE_SLACK[prec])
    return e.event_date - slack, (e.event_date_end or e.event_date) + slack


def _norm_name(s: str | None) -> str:
    return " ".join((s or "").lower().replace("-", " ").replace("'", "").split())


def _is_generic_actor(name: str | None) -> bool:
    n = (name or "").lower()
    return not n or n.startswith(("unidentified", "civilians", "military forces", "police forces"))


def _sides(e: Event) -> set[str]:
    """The named parties of an event (both sides, and the claimant), normalised."""
    names = {e.actor1, e.actor2, e.claimed_by, *e.assoc_actor_1, *e.assoc_actor_2}
    return {_canonical_party(n) for n in names if n and not _is_generic_actor(n)}


def _canonical_party(name: str) -> str:
    n = _norm_name(name)
    return _equivalents().get(n, n)


@lru_cache(maxsize=1)
def _equivalents() -> dict[str, str]:
    """Names that sources use for the same armed group (data/actor_equivalents.yaml)."""
    out: dict[str, str] = {}
    for group in load_yaml("actor_equivalents.yaml")["equivalent"]:
        names = [_norm_name(n) for n in group["names"]]
        for n in names:
            out[n] = names[0]
    return out


def _target_kind(e: Event) -> int | None:
    """Who was hit, coarsely: civilians (7), state or external forces (1), armed groups (2)."""
    if e.inter2 is None:
        return None
    code = int(_v(e.inter2))
    return {7: 7, 1: 1, 8: 1, 2: 2, 3: 2, 4: 2}.get(code)


@dataclass(frozen=True)
class _Features:
    """What pair scoring reads of an event, computed once per event (enums resolved to ints)."""

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


def features(e: Event) -> _Features:
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
        location=_norm_name(e.location),
        event_type=_v(e.event_type),
        sub_event_type=_v(e.sub_event_type),
        sides=frozenset(_sides(e)),
        target=_target_kind(e),
        fatalities=e.fatalities,
    )


_VIOLENT = {t.value for t in VIOLENT}
_AIR = SubEventType.AIR_DRONE_STRIKE.value


def _date_score(a: _Features, b: _Features) -> float:
    """1 for the same day; a one-day difference is common between sources (claims dated at
    sunset, reports published the next day), two days rare; vague dates only need overlap."""
    if a.day is None or b.day is None:
        return 0.5
    if a.vague_date or b.vague_date:
        return 0.6
    return {0: 1.0, 1: 0.6, 2: 0.1}.get(abs((a.day - b.day).days), 0.0)


def pair_score(a: Event, b: Event, cfg: LinkConfig = LinkConfig()) -> float:
    """0..1 likelihood that two events (from different documents) are the same event; 0 = incompatible.

    Hard constraints: different documents, overlapping date windows, same country, distance
    within the radius allowed by the coarser geo precision, event types that can describe one
    event. Evidence (weights sum to 1): date (0.25), place (0.3), type (0.2), parties (0.15),
    figures (0.1); penalties for conflicting targets (civilians vs forces), an air strike
    against a ground attack, and named parties that differ. Rules: docs/rules/linking.md.
    """
    return _score(features(a), features(b), cfg)


def _place_score(a: _Features, b: _Features) -> float | None:
    """0..1 place agreement, or None when the places rule out one event.

    Two precise places (geo precision 1-2) must lie within the radius of the coarser precision.
    When one side only knows a region (precision 3), the regions must agree: the same admin1,
    or centroids within the region radius; when one side only knows the country, any place in
    that country is possible but earns little. Similar location names (transliterations) count.
    """
    coarse = max(a.geo_prec, b.geo_prec)
    d = None
    if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None:
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if coarse <= 2:
        radius = RADIUS_KM[GeoPrecision(coarse)]
        if d is not None:
            if d > radius:
                return None
            score = 1.0 - d / radius
        elif a.admin1 and b.admin1:
            if a.admin1 != b.admin1:
                return None
            score = 0.5
        else:
            score = 0.0
    elif a.admin1 and b.admin1:
        radius = RADIUS_KM[GeoPrecision.REGION]
        if a.admin1 == b.admin1 or fuzz.ratio(a.admin1, b.admin1) >= 85:
            score = 0.5
        elif d is not None and d <= radius:
            score = 0.3 * (1.0 - d / radius)
        else:
            return None
    else:
        score = 0.2  # one side knows only the country
    if a.location and b.location:
        score = max(score, fuzz.ratio(a.location, b.location) / 100.0)
    return score


def _score(a: _Features, b: _Features, cfg: LinkConfig) -> float:
    if a.doc_id == b.doc_id:
        return 0.0
    wa, wb = a.window, b.window
    if wa is None or wb is None or wa[0] > wb[1] or wb[0] > wa[1]:
        return 0.0
    if a.iso3 and b.iso3 and a.iso3 != b.iso3:
        return 0.0
    score = 0.25 * _date_score(a, b)
    place_score = _place_score(a, b)
    if place_score is None:
        return 0.0
    score += 0.3 * place_score
    # type: the same sub-event type, the same event type, or two kinds of political violence
    if a.event_type and b.event_type:
        if a.event_type == b.event_type:
            score += 0.2 if a.sub_event_type == b.sub_event_type else 0.12
        elif a.event_type in _VIOLENT and b.event_type in _VIOLENT:
            score += 0.06
        else:
            return 0.0
        if (a.sub_event_type == _AIR) != (b.sub_event_type == _AIR):
            score -= 0.2  # an air strike is rarely reported as a ground attack
    # parties: any shared named party supports; only different named parties conflict
    if a.sides and b.sides:
        score += 0.15 if a.sides & b.sides else -0.35
    else:
        score += 0.07
    if a.target is not None and b.target is not None and a.target != b.target and 7 in (a.target, b.target):
        score -= 0.25  # one source says civilians were hit, the other forces
    # casualties: plausible if within max ratio (claims inflate; reports lag)
    fa, fb = a.fatalities, b.fatalities
    if fa is not None and fb is not None:
        lo, hi = sorted((fa, fb))
        if hi > 0 and (lo == 0 and hi > 3 or lo > 0 and hi / lo > cfg.max_casualty_ratio):
            score -= 0.15
        else:
            score += 0.1 * (1.0 - (hi - lo) / max(hi, 1))
    else:
        score += 0.03
    return max(0.0, min(1.0, score))


class _UnionFind:
    def __init__(self, n: int, docs: Sequence[str]) -> None:
        self.parent = list(range(n))
        self.docs: list[set[str]] = [{d} for d in docs]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return False
        if self.docs[ri] & self.docs[rj]:  # never two events of one document in a cluster
            return False
        if len(self.docs[ri]) < len(self.docs[rj]):
            ri, rj = rj, ri
        self.parent[rj] = ri
        self.docs[ri] |= self.docs[rj]
        return True


CELL_DEG = 1.0  # spatial blocking cell (>= the 60 km radius of precise places)


def _cell(e: Event) -> tuple[int, int] | None:
    """Grid cell of a precisely placed event (geo precision 1-2); None for region-level or unplaced."""
    if e.latitude is None or e.longitude is None or int(_v(e.geo_precision) or 3) > 2:
        return None
    return math.floor(e.latitude / CELL_DEG), math.floor(e.longitude / CELL_DEG)


def candidate_pairs(events: Sequence[Event]) -> Iterable[tuple[int, int]]:
    """Pairs that can be the same event: same country block, overlapping date windows, and, for
    two precisely placed events, neighbouring 1-degree grid cells (their radius is <= 60 km).
    Region-level or unplaced events are compared with every event of their country and window.
    A sweep over window starts keeps only the events whose window is still open."""
    blocks: dict[str, list[int]] = defaultdict(list)
    windows = [date_window(e) for e in events]
    cells = [_cell(e) for e in events]
    for i, e in enumerate(events):
        if windows[i] is not None:
            blocks[e.iso3 or _norm_name(e.country) or "?"].append(i)
    for idx in blocks.values():
        idx.sort(key=lambda i: windows[i][0])  # type: ignore[index]
        by_cell: dict[tuple[int, int], list[int]] = defaultdict(list)
        coarse: list[int] = []

        def alive(lst: list[int], start: date) -> list[int]:
            return [j for j in lst if windows[j][1] >= start]  # type: ignore[index]

        for i in idx:
            start = windows[i][0]  # type: ignore[index]
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


def independent_partitions(events: Sequence[Event]) -> list[list[int]]:
    """Indices of ``events`` split into groups that ``candidate_pairs`` never pairs across: one
    country block, cut where no open date window reaches the next event's window. Linking each
    group alone (on a cluster's workers) gives the same clusters as linking them all at once; each
    group keeps the input order."""
    blocks: dict[str, list[int]] = defaultdict(list)
    lonely: list[list[int]] = []
    windows = [date_window(e) for e in events]
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


def link_events(events: Sequence[Event], cfg: LinkConfig = LinkConfig()) -> dict[str, str]:
    """event_id -> cluster_id for every event (singletons get their own cluster)."""
    feats = [features(e) for e in events]
    scored = []
    for i, j in candidate_pairs(events):
        s = _score(feats[i], feats[j], cfg)
        if s >= cfg.threshold:
            scored.append((s, i, j))
    scored.sort(key=lambda t: -t[0])
    uf = _UnionFind(len(events), [e.doc_id for e in events])
    for _, i, j in scored:
        uf.union(i, j)
    members: dict[int, list[str]] = defaultdict(list)
    for i, e in enumerate(events):
        members[uf.find(i)].append(e.event_id)
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


def merge_cluster(cluster_id: str, members: Sequence[Event]) -> dict[str, Any]:
    """The merged record of one cluster: every source with its evidence, best date and place,
    fatalities as a range across sources and a conservative best figure (ACLED: the lowest
    figure reported by an independent source; claims only when nothing else reports)."""
    reports = [e for e in members if not _is_claim(e)]
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
    return {
        "cluster_id": cluster_id,
        "n_sources": len(members),
        "event_date": best_date.event_date.isoformat() if best_date and best_date.event_date else None,
        "time_precision": _v(best_date.time_precision) if best_date else None,
        "event_type": _v(basis[0].event_type),
        "country": (best_place or basis[0]).country,
        "admin1": (best_place or basis[0]).admin1,
        "location": best_place.location if best_place else None,
        "latitude": best_place.latitude if best_place else None,
        "longitude": best_place.longitude if best_place else None,
        "geo_precision": _v(best_place.geo_precision) if best_place else None,
        "fatalities": min(report_figures) if report_figures else (min(figures) if figures else None),
        "fatalities_basis": "independent reports" if report_figures else ("claims only" if figures else None),
        "fatalities_min": min(figures) if figures else None,
        "fatalities_max": max(figures) if figures else None,
        "injured_min": min(injured) if injured else None,
        "injured_max": max(injured) if injured else None,
        "sources": [
            {
                "event_id": e.event_id,
                "doc_id": e.doc_id,
                "source": e.source,
                "source_kind": _v(e.source_kind),
                "claimed_by": e.claimed_by,
                "event_date": e.event_date.isoformat() if e.event_date else None,
                "location": e.location,
                "fatalities": e.fatalities,
                "injured": e.injured,
                "evidence": e.evidence.model_dump(),
            }
            for e in members
        ],
    }


def build_clusters(events: Sequence[Event], assignment: dict[str, str]) -> list[dict[str, Any]]:
    by_cluster: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_cluster[assignment[e.event_id]].append(e)
    return [merge_cluster(cid, members) for cid, members in sorted(by_cluster.items())]


# ------------------------------------------------------------------------------------------
# verification: claims against independent reports
# ------------------------------------------------------------------------------------------
@dataclass
class ClaimCheck:
    event_id: str
    claimed_by: str
    cluster_id: str
    event_date: str | None
    location: str | None
    corroborated: bool
    n_reports: int
    date_agrees: bool | None = None
    place_agrees: bool | None = None
    claimed_fatalities: int | None = None
    reported_fatalities: int | None = None
    fatalities_ratio: float | None = None
    claimed_injured: int | None = None
    reported_injured: int | None = None
    injured_ratio: float | None = None


def _ratio(claimed: int | None, reported: int | None) -> float | None:
    if claimed is None or reported is None:
        return None
    if reported == 0:
        return None  # undefined; both figures stay in the check for the reader
    return round(claimed / reported, 3)


def _median(values: list[int]) -> int | None:
    return int(statistics.median_low(values)) if values else None


def verify_claims(events: Sequence[Event], assignment: dict[str, str]) -> list[ClaimCheck]:
    """One check per claim-sourced event: is it corroborated, do date and place agree, and how
    do the claimed figures compare with the independent reports (median of reports)."""
    by_cluster: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_cluster[assignment[e.event_id]].append(e)
    checks: list[ClaimCheck] = []
    for cid, members in by_cluster.items():
        reports = [e for e in members if not _is_claim(e)]
        for c in (e for e in members if _is_claim(e)):
            chk = ClaimCheck(
                event_id=c.event_id,
                claimed_by=c.claimed_by or "unknown party",
                cluster_id=cid,
                event_date=c.event_date.isoformat() if c.event_date else None,
                location=c.location,
                corroborated=bool(reports),
                n_reports=len(reports),
                claimed_fatalities=c.fatalities,
                claimed_injured=c.injured,
            )
            if reports:
                if c.event_date:
                    chk.date_agrees = any(
                        r.event_date is not None and abs((r.event_date - c.event_date).days) <= 1 for r in reports
                    )
                if c.latitude is not None:
                    chk.place_agrees = any(
                        r.latitude is not None
                        and haversine_km(c.latitude, c.longitude, r.latitude, r.longitude) <= 30  # type: ignore[arg-type]
                        for r in reports
                    )
                chk.reported_fatalities = _median([r.fatalities for r in reports if r.fatalities is not None])
                chk.reported_injured = _median([r.injured for r in reports if r.injured is not None])
                chk.fatalities_ratio = _ratio(chk.claimed_fatalities, chk.reported_fatalities)
                chk.injured_ratio = _ratio(chk.claimed_injured, chk.reported_injured)
            checks.append(chk)
    checks.sort(key=lambda c: (c.claimed_by, c.event_date or "", c.event_id))
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
                uncorroborated_event_ids=[c.event_id for c in cs if not c.corroborated],
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
    from dataclasses import asdict

    return json.dumps({"parties": [asdict(p) for p in parties], "claims": [asdict(c) for c in checks]}, indent=2)
