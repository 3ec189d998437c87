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

from pydantic import BaseModel, ConfigDict, Field, field_validator
from sqlalchemy import and_, func, or_, select
from sqlalchemy.sql import Select

from ..model import ClusterRecord
from ..store import clusters, documents, events, field_evidence

#: most events in one JSON page
MAX_LIMIT = 1000
#: most features in one GeoJSON answer (the map draws every filtered event up to this many)
MAX_GEO_LIMIT = 20000
#: deepest offset a page may start at; past it, narrow the filters instead
MAX_OFFSET = 200_000
#: longest free-text query
MAX_Q = 200

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
    q: str | None = Field(None, max_length=MAX_Q, description="free text in place, actor and mention text")

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, v: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
        if v is None:
            return v
        w, s, e, n = v
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat within WGS84 bounds")
        return v

    def clauses(self, skip: frozenset[str] = frozenset()) -> list[Any]:
        """SQL conditions of this filter (``skip`` leaves named filters out, e.g. the dates)."""
        c = events.c
        out: list[Any] = []
        if self.date_from and "date" not in skip:
            out.append(func.coalesce(c.event_date_end, c.event_date) >= self.date_from)
        if self.date_to and "date" not in skip:
            out.append(c.event_date <= self.date_to)
        if self.country:
            names = [x for x in self.country if not (len(x) == 3 and x.isupper())]
            codes = [x for x in self.country if len(x) == 3 and x.isupper()]
            parts = ([c.country.in_(names)] if names else []) + ([c.iso3.in_(codes)] if codes else [])
            out.append(parts[0] if len(parts) == 1 else or_(*parts))
        if self.admin1:
            out.append(c.admin1.in_(self.admin1))
        if self.event_type:
            out.append(c.event_type.in_(self.event_type))
        if self.sub_event_type:
            out.append(c.sub_event_type.in_(self.sub_event_type))
        if self.actor:
            a = self.actor.strip().lower()
            out.append(or_(func.lower(c.actor1) == a, func.lower(c.actor2) == a))
        if self.source_kind:
            out.append(c.source_kind == self.source_kind)
        if self.claimed_by:
            out.append(c.claimed_by == self.claimed_by)
        if self.cluster:
            out.append(c.cluster_id == self.cluster)
        if self.bbox:
            w, s, e, n = self.bbox
            lat = and_(c.latitude >= s, c.latitude <= n)
            # a box across the antimeridian has min_lon > max_lon
            lon = and_(c.longitude >= w, c.longitude <= e) if w <= e else or_(c.longitude >= w, c.longitude <= e)
            out.append(and_(lat, lon))
        if self.q and self.q.strip():
            pat = "%" + _escape_like(self.q.strip().lower()) + "%"
            cols = (c.location, c.admin1, c.country, c.actor1, c.actor2, c.claimed_by)
            in_cols = [func.lower(col).like(pat, escape="\\") for col in cols]
            mention = select(field_evidence.c.event_id).where(
                field_evidence.c.field == "event", func.lower(field_evidence.c.text).like(pat, escape="\\")
            )
            out.append(or_(*in_cols, c.event_id.in_(mention)))
        return out


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def parse_sort(sort: str | None) -> list[Any]:
    """``sort=-fatalities,event_date``: comma-separated columns, ``-`` for descending."""
    keys = [k.strip() for k in (sort or "-event_date").split(",") if k.strip()]
    if len(keys) > 3:
        raise QueryError("sort takes at most 3 columns")
    order = []
    for k in keys:
        name = k.lstrip("-")
        if name not in SORTABLE:
            raise QueryError(f"cannot sort by {name!r}; sortable: {', '.join(sorted(SORTABLE))}")
        col = SORTABLE[name]
        # NULLs last either way, on SQLite and PostgreSQL alike
        order.append(col.is_(None))
        order.append(col.desc() if k.startswith("-") else col.asc())
    order.append(events.c.event_id.asc())  # a stable order, so pages never overlap
    return order


def _filtered(stmt: Select[Any], flt: EventFilter) -> Select[Any]:
    cl = flt.clauses()
    return stmt.where(and_(*cl)) if cl else stmt


def list_stmt(flt: EventFilter, sort: str | None, limit: int, offset: int) -> Select[Any]:
    stmt = select(*LIST_COLUMNS, documents.c.source).join(documents, documents.c.doc_id == events.c.doc_id)
    return _filtered(stmt, flt).order_by(*parse_sort(sort)).limit(limit).offset(offset)


def count_stmt(flt: EventFilter) -> Select[Any]:
    return _filtered(select(func.count()).select_from(events), flt)


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


def stats_stmts(flt: EventFilter) -> dict[str, Select[Any]]:
    """Counts by period, country, event type and source kind (the timeline ignores the date filter
    so that a brush can widen again)."""
    c = events.c
    cl = flt.clauses()
    cl_nodate = flt.clauses(skip=frozenset({"date"}))
    day = c.event_date
    out: dict[str, Select[Any]] = {}
    base = select(day.label("day"), func.count().label("n"), func.sum(c.fatalities).label("fatalities"))
    base = base.where(and_(day.is_not(None), *cl_nodate)).group_by(day).order_by(day)
    out["by_day"] = base
    for key, col in (("by_country", c.country), ("by_type", c.event_type), ("by_source_kind", c.source_kind)):
        s = select(col.label("key"), func.count().label("n"), func.sum(c.fatalities).label("fatalities"))
        if cl:
            s = s.where(and_(*cl))
        out[key] = s.group_by(col).order_by(func.count().desc(), col)
    tot = select(func.count().label("n"), func.sum(c.fatalities).label("fatalities"),
                 func.min(c.event_date).label("first"), func.max(c.event_date).label("last"))
    out["total"] = tot.where(and_(*cl)) if cl else tot
    return out


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
    col = {"country": events.c.country, "event_type": events.c.event_type,
           "sub_event_type": events.c.sub_event_type, "claimed_by": events.c.claimed_by,
           "admin1": events.c.admin1}[column]
    return select(col, func.count()).where(col.is_not(None)).group_by(col).order_by(col)


def cluster_record(conn: Any, cluster_id: str) -> ClusterRecord | None:
    row = conn.execute(select(clusters.c.record).where(clusters.c.cluster_id == cluster_id)).first()
    return ClusterRecord.model_validate_json(row[0]) if row else None


__all__ = [
    "EventFilter", "QueryError", "MAX_LIMIT", "MAX_GEO_LIMIT", "MAX_OFFSET", "SORTABLE",
    "list_stmt", "count_stmt", "row_dict", "geojson_feature", "stats_stmts", "bucket",
    "distinct_values", "cluster_record",
]
