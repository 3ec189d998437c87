"""Read-side queries of the web API over the store's tables: filters, sorting, pages, counts.

The filters are one validated object (:class:`EventFilter`) shared by the event list, the GeoJSON
output and the statistics, so the map, the timeline and the table always show the same selection.
Queries select indexed columns of ``events`` (never the JSON ``record``) for lists, and decode
the full record only for a single event. Limits (:data:`MAX_LIMIT`, :data:`MAX_OFFSET`,
:data:`MAX_GEO_LIMIT`) keep any one request bounded.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator
from sqlalchemy import and_, false, func, literal_column, or_, select
from sqlalchemy.sql import Select

from ..model import ClusterRecord
from ..store import clusters, documents, events

#: most events in one JSON page
MAX_LIMIT = 1000
#: most features in one GeoJSON answer (the map draws every filtered event up to this many)
MAX_GEO_LIMIT = 20000
#: deepest offset a page may start at; past it, narrow the filters instead
MAX_OFFSET = 200_000
#: longest free-text query
MAX_Q = 200
#: the text columns ``q`` searches
TEXT_COLUMNS = ("location", "admin1", "actor1", "actor2")
#: most matching names ``q`` is resolved to before it falls back to LIKE
TEXT_MATCH_MAX = 2000

#: columns a page can be sorted by (API name -> column)
SORTABLE = {
    "event_date": events.c.event_date,
    "fatalities": events.c.fatalities,
    "injured": events.c.injured,
    "country": events.c.country,
    "admin1": events.c.admin1,
    "location": events.c.location,
    "event_type": events.c.event_type,
    "sub_event_type": events.c.sub_event_type,
    "actor1": events.c.actor1,
    "actor2": events.c.actor2,
    "source_kind": events.c.source_kind,
    "claimed_by": events.c.claimed_by,
    "event_id": events.c.event_id,
}

#: the columns of an event in a list (the full record is at /api/events/{id})
LIST_COLUMNS = [
    events.c.event_id,
    events.c.doc_id,
    events.c.event_date,
    events.c.event_date_end,
    events.c.time_precision,
    events.c.event_type,
    events.c.sub_event_type,
    events.c.actor1,
    events.c.actor2,
    events.c.country,
    events.c.iso3,
    events.c.admin1,
    events.c.location,
    events.c.latitude,
    events.c.longitude,
    events.c.geo_precision,
    events.c.fatalities,
    events.c.injured,
    events.c.source_kind,
    events.c.claimed_by,
    events.c.cluster_id,
]


class QueryError(ValueError):
    """A filter or page request the API refuses (answered as 400 with the message)."""


class EventFilter(BaseModel):
    """Which events: every parameter narrows the selection; a list means any of its values."""

    model_config = ConfigDict(extra="forbid")

    date_from: date | None = Field(None, description="first event date (inclusive), YYYY-MM-DD")
    date_to: date | None = Field(None, description="last event date (inclusive), YYYY-MM-DD")
    country: list[str] = Field(default_factory=list, description="country name(s) or ISO3 code(s)")
    admin1: list[str] = Field(default_factory=list, description="first-level region(s)")
    event_type: list[str] = Field(default_factory=list, description="ACLED event type(s)")
    sub_event_type: list[str] = Field(default_factory=list, description="ACLED sub-event type(s)")
    actor: str | None = Field(None, description="actor name (actor1 or actor2), exact, case-insensitive")
    source_kind: Literal["claim", "report"] | None = None
    claimed_by: str | None = Field(None, description="claiming party's neutral name, exact")
    cluster: str | None = Field(None, description="cluster id (after `sitrep link`)")
    bbox: tuple[float, float, float, float] | None = Field(
        None, description="min_lon,min_lat,max_lon,max_lat (WGS84)"
    )
    q: str | None = Field(None, max_length=MAX_Q, description="free text in place, region and actor names")

    _text_matches: dict[str, list[str]] | None = PrivateAttr(default=None)

    def with_text_matches(self, names: dict[str, list[str]]) -> EventFilter:
        """Resolve ``q`` against the distinct names of each text column (``names``: column ->
        values): the query then tests membership in the matching names, which is much cheaper
        than a LIKE per row. Many matches (a one-letter query) keep the LIKE."""
        if not (self.q and self.q.strip()):
            return self
        needle = self.q.strip().lower()
        found = {col: [v for v in vals if needle in v.lower()] for col, vals in names.items()}
        if sum(len(v) for v in found.values()) > TEXT_MATCH_MAX:
            return self
        out = self.model_copy()
        out._text_matches = found
        return out

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, v: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
        if v is None:
            return v
        w, s, e, n = v
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat within WGS84 bounds")
        return v

    def clauses(self, skip: frozenset[str] = frozenset(), covering: bool = False) -> list[Any]:
        """SQL conditions of this filter (``skip`` leaves named filters out, e.g. the dates).

        ``covering`` (SQLite): the columns are written ``+events.col``, SQLite's documented way to
        keep a term from choosing an index, so that the planner reads the covering summary index
        (store ``ix_events_summary``) instead of a one-column index plus a wide table row per
        match; the date range still searches that index, whose first column is the date.
        """
        ev = events.c

        def c(name: str) -> Any:
            col = ev[name]
            return literal_column(f"+events.{name}", type_=col.type) if covering else col

        out: list[Any] = []
        if self.date_from and "date" not in skip:
            # an event overlaps the range when its (end) date is on or after the first day
            out.append(or_(ev.event_date >= self.date_from, c("event_date_end") >= self.date_from))
        if self.date_to and "date" not in skip:
            out.append(ev.event_date <= self.date_to)
        if self.country:
            names = [x for x in self.country if not (len(x) == 3 and x.isupper())]
            codes = [x for x in self.country if len(x) == 3 and x.isupper()]
            parts = ([c("country").in_(names)] if names else []) + ([c("iso3").in_(codes)] if codes else [])
            out.append(parts[0] if len(parts) == 1 else or_(*parts))
        if self.admin1:
            out.append(c("admin1").in_(self.admin1))
        if self.event_type:
            out.append(c("event_type").in_(self.event_type))
        if self.sub_event_type:
            out.append(c("sub_event_type").in_(self.sub_event_type))
        if self.actor:
            a = self.actor.strip().lower()
            out.append(or_(func.lower(ev.actor1) == a, func.lower(ev.actor2) == a))
        if self.source_kind:
            out.append(c("source_kind") == self.source_kind)
        if self.claimed_by:
            out.append(c("claimed_by") == self.claimed_by)
        if self.cluster:  # a handful of rows: its own index is best
            out.append(ev.cluster_id == self.cluster)
        if self.bbox:
            w, s, e, n = self.bbox
            lat = and_(c("latitude") >= s, c("latitude") <= n)
            # a box across the antimeridian has min_lon > max_lon
            lon = and_(c("longitude") >= w, c("longitude") <= e) if w <= e else or_(c("longitude") >= w, c("longitude") <= e)
            out.append(and_(lat, lon))
        if self.q and self.q.strip():
            if self._text_matches is not None:  # names already matched (text_matches)
                parts = [c(col).in_(vals) for col, vals in self._text_matches.items() if vals]
                out.append(or_(*parts) if parts else false())
                return out
            pat = "%" + _escape_like(self.q.strip().lower()) + "%"
            cols = [ev[n] for n in TEXT_COLUMNS]
            # SQLite's LIKE ignores ASCII case by itself; ILIKE elsewhere
            out.append(or_(*[(col.like(pat, escape="\\") if covering else col.ilike(pat, escape="\\"))
                             for col in cols]))
        return out


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_sort(sort: str | None, sqlite: bool = True) -> list[Any]:
    """``sort=-fatalities,event_date``: comma-separated columns, ``-`` for descending. Empty
    values sort last either way; ties break on the event id in the first column's direction, so
    pages never overlap and SQLite can walk the summary index backwards for the newest first."""
    keys = [k.strip() for k in (sort or "-event_date").split(",") if k.strip()]
    if len(keys) > 3:
        raise QueryError("sort takes at most 3 columns")
    order = []
    for k in keys:
        name = k.lstrip("-")
        if name not in SORTABLE:
            raise QueryError(f"cannot sort by {name!r}; sortable: {', '.join(sorted(SORTABLE))}")
        col = SORTABLE[name]
        desc = k.startswith("-")
        if sqlite:  # NULL is the smallest value: last in DESC already, moved last in ASC
            order += [col.desc()] if desc else [col.is_(None), col.asc()]
        else:
            order.append((col.desc() if desc else col.asc()).nulls_last())
    order.append(events.c.event_id.desc() if keys[0].startswith("-") else events.c.event_id.asc())
    return order


def _filtered(stmt: Select[Any], flt: EventFilter, covering: bool = False) -> Select[Any]:
    cl = flt.clauses(covering=covering)
    return stmt.where(and_(*cl)) if cl else stmt


#: the properties of a map point (``properties=map``): enough for a marker and its tooltip
MAP_COLUMNS = [events.c.event_id, events.c.event_date, events.c.event_type, events.c.location, events.c.country,
               events.c.fatalities, events.c.latitude, events.c.longitude]


def page_stmt(
    flt: EventFilter, sort: str | None, limit: int, offset: int, covering: bool = False,
    columns: list[Any] | None = None, with_total: bool = False,
) -> Select[Any]:
    """One page of the list columns, filtered and sorted: every column is in the covering summary
    index, so no wide table row is read. ``with_total`` adds the filtered count to every row (a
    window over the same scan), for filters that must scan every row anyway."""
    cols = list(columns or LIST_COLUMNS)
    if with_total:
        cols.append(func.count().over().label("_total"))
    stmt = _filtered(select(*cols), flt, covering)
    return stmt.order_by(*parse_sort(sort, sqlite=covering)).limit(limit).offset(offset)


def page_rows(
    conn: Any, flt: EventFilter, sort: str | None, limit: int, offset: int, covering: bool = False,
    with_source: bool = True, compact: bool = False,
) -> tuple[int, list[dict[str, Any]]]:
    """The filtered count and one page of events as dicts, in the requested order, with each
    document's source name (looked up for the page's documents only)."""
    # newest or oldest first walks the index and stops after the page; any other order or a
    # free-text filter reads every row once, so on SQLite the count comes from the same scan.
    # Not on PostgreSQL: its planner costs the window count as if it streamed, walks the
    # newest-first index through every row to feed it (1.6 s for a free-text page of 100,000
    # events), while a separate count reads a narrow index (under 1 ms) and the page stops early.
    one_scan = covering and (bool(flt.q) or (sort or "-event_date").split(",")[0].lstrip("-") != "event_date")
    cols = MAP_COLUMNS if compact else LIST_COLUMNS
    rows = []
    total = None
    for r in conn.execute(page_stmt(flt, sort, limit, offset, covering, cols, with_total=one_scan)):
        d = row_dict(r)
        if one_scan:
            total = d.pop("_total")
        rows.append(d)
    if total is None:
        total = int(conn.execute(count_stmt(flt, covering)).scalar() or 0)
    if with_source and rows:
        doc_ids = sorted({r["doc_id"] for r in rows})
        src: dict[str, Any] = {}
        for i in range(0, len(doc_ids), 900):  # stay under SQLite's bound-parameter limit
            q = select(documents.c.doc_id, documents.c.source).where(documents.c.doc_id.in_(doc_ids[i : i + 900]))
            src.update(dict(conn.execute(q).all()))
        for r in rows:
            r["source"] = src.get(r["doc_id"])
    return total, rows


def count_stmt(flt: EventFilter, covering: bool = False) -> Select[Any]:
    return _filtered(select(func.count()).select_from(events), flt, covering)


def row_dict(row: Any) -> dict[str, Any]:
    d = dict(row._mapping)
    for k in ("event_date", "event_date_end"):
        if d.get(k) is not None:
            d[k] = d[k].isoformat()
    return d


def geojson_feature(d: dict[str, Any]) -> dict[str, Any]:
    geom = None
    if d.get("latitude") is not None and d.get("longitude") is not None:
        geom = {"type": "Point", "coordinates": [d["longitude"], d["latitude"]]}
    props = {k: v for k, v in d.items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": d["event_id"], "geometry": geom, "properties": props}


def stats_stmts(flt: EventFilter, covering: bool = False) -> dict[str, Select[Any]]:
    """Counts by day (the timeline ignores the date filter, so that a brush can widen again) and by
    country, event type and source kind together (one pass; :func:`group_counts` splits them)."""
    c = events.c
    cl = flt.clauses(covering=covering)
    cl_nodate = flt.clauses(skip=frozenset({"date"}), covering=covering)
    by_day = select(c.event_date.label("day"), func.count().label("n"), func.sum(c.fatalities).label("fatalities"))
    by_day = by_day.where(and_(c.event_date.is_not(None), *cl_nodate)).group_by(c.event_date).order_by(c.event_date)
    keys = [literal_column(f"+events.{n}") if covering else c[n] for n in ("country", "event_type", "source_kind")]
    groups = select(*keys, func.count().label("n"), func.sum(c.fatalities).label("fatalities"),
                    func.min(c.event_date).label("first"), func.max(c.event_date).label("last"))
    if cl:
        groups = groups.where(and_(*cl))
    groups = groups.group_by(*keys)
    return {"by_day": by_day, "groups": groups}


def group_counts(rows: list[Any]) -> dict[str, Any]:
    """Totals and counts by country, event type and source kind from the combined group-by."""
    out: dict[str, Any] = {}
    for key, idx in (("by_country", 0), ("by_type", 1), ("by_source_kind", 2)):
        acc: dict[Any, list[int]] = {}
        for r in rows:
            a = acc.setdefault(r[idx], [0, 0])
            a[0] += int(r.n)
            a[1] += int(r.fatalities or 0)
        out[key] = [{"key": k, "n": v[0], "fatalities": v[1]}
                    for k, v in sorted(acc.items(), key=lambda kv: (-kv[1][0], str(kv[0])))]
    firsts = [r.first for r in rows if r.first is not None]
    lasts = [r.last for r in rows if r.last is not None]
    out["total"] = sum(int(r.n) for r in rows)
    out["fatalities"] = sum(int(r.fatalities or 0) for r in rows)
    out["first"] = _iso(min(firsts)) if firsts else None
    out["last"] = _iso(max(lasts)) if lasts else None
    return out


def _iso(d: Any) -> Any:
    return d.isoformat() if isinstance(d, date) else d


def auto_interval(days: list[Any]) -> Literal["day", "week", "month"]:
    """Days for a span up to 120 days, ISO weeks up to 3 years, months beyond."""
    if not days:
        return "day"
    ds = [d if isinstance(d, date) else date.fromisoformat(str(d)) for d in days]
    span = (max(ds) - min(ds)).days
    return "day" if span <= 120 else "week" if span <= 3 * 366 else "month"


def bucket(days: list[tuple[date, int, int | None]], interval: str) -> list[dict[str, Any]]:
    """Group per-day counts into days, ISO weeks (starting Monday) or months."""
    from datetime import timedelta

    acc: dict[date, list[int]] = {}
    for d, n, f in days:
        if isinstance(d, str):
            d = date.fromisoformat(d)
        if interval == "week":
            k = d - timedelta(days=d.weekday())
        elif interval == "month":
            k = d.replace(day=1)
        else:
            k = d
        a = acc.setdefault(k, [0, 0])
        a[0] += int(n)
        a[1] += int(f or 0)
    return [{"period": k.isoformat(), "n": v[0], "fatalities": v[1]} for k, v in sorted(acc.items())]


def distinct_values(column: str) -> Select[Any]:
    col = events.c[column]
    return select(col, func.count()).where(col.is_not(None)).group_by(col).order_by(col)


def cluster_record(conn: Any, cluster_id: str) -> ClusterRecord | None:
    row = conn.execute(select(clusters.c.record).where(clusters.c.cluster_id == cluster_id)).first()
    return ClusterRecord.model_validate_json(row[0]) if row else None


__all__ = [
    "EventFilter", "QueryError", "MAX_LIMIT", "MAX_GEO_LIMIT", "MAX_OFFSET", "SORTABLE",
    "page_rows", "page_stmt", "count_stmt", "row_dict", "geojson_feature", "stats_stmts",
    "group_counts", "bucket",
    "distinct_values", "cluster_record",
]
