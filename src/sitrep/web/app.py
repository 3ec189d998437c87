"""The HTTP API and the single-page app (FastAPI), over one store.

``create_app(db)`` builds the application; ``sitrep serve`` runs it with uvicorn. The API is
read-only unless ``allow_ingest`` is set, and then only ``POST /api/documents`` writes. Every
error is one JSON shape::

    {"error": {"status": 404, "code": "not_found", "message": "no event 'x'"}}

Security: the page is static files from the package (no CDN, nothing fetched from outside);
every response carries a strict Content-Security-Policy (scripts, styles, images and requests
from this origin only; no inline script, no eval, no framing), ``nosniff`` and no referrer. The
page writes every string from a document with ``textContent``, never as HTML (docs/web.md).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import defaultdict
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Body, Depends, FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field, ValidationError
from sqlalchemy import func, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import SitrepError
from ..model import Event
from ..store import Store, documents, events, field_evidence
from . import query as Q

#: The page's Content-Security-Policy: only this origin, no inline script or style, no eval.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
#: most bytes of a document posted for ingest (with --allow-ingest)
MAX_INGEST_BYTES = 1_000_000
#: most bytes of any request body (the JSON around a document, escapes included), refused unread
MAX_BODY_BYTES = 4 * MAX_INGEST_BYTES

STATIC_NAMES = {"app.js", "app.css", "index.html"}


def static_dir() -> Path:
    return Path(str(resources.files("sitrep.web") / "static"))


def vendor_missing() -> list[str]:
    """Front-end library files the page needs that `npm ci` has not put in static/vendor/."""
    need = ("leaflet.js", "leaflet.css", "leaflet.markercluster.js", "MarkerCluster.css",
            "MarkerCluster.Default.css", "topojson-client.min.js", "countries-50m.json")
    vd = static_dir() / "vendor"
    return [n for n in need if not (vd / n).is_file()]


def _error(status: int, code: str, message: str, detail: Any = None) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "code": code, "message": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse({"error": body}, status_code=status)


_CODES = {400: "bad_request", 403: "read_only", 404: "not_found", 405: "method_not_allowed",
          409: "conflict", 413: "too_large", 422: "invalid_parameter"}


class IngestRequest(BaseModel):
    text: str = Field(description="document text (plain text; front matter allowed)")
    published: date | None = None
    source: str | None = Field(None, max_length=500)
    source_kind: Literal["claim", "report", "auto"] = "auto"
    title: str | None = Field(None, max_length=500)


# -- the shared filter parameters -------------------------------------------------------------------
def event_filter(
    date_from: Annotated[date | None, Query(description="first event date, YYYY-MM-DD")] = None,
    date_to: Annotated[date | None, Query(description="last event date, YYYY-MM-DD")] = None,
    country: Annotated[list[str], Query(description="country name or ISO3; repeat for several")] = [],  # noqa: B006
    admin1: Annotated[list[str], Query(description="first-level region; repeat for several")] = [],  # noqa: B006
    event_type: Annotated[list[str], Query(description="ACLED event type; repeat for several")] = [],  # noqa: B006
    sub_event_type: Annotated[list[str], Query(description="ACLED sub-event type; repeat")] = [],  # noqa: B006
    actor: Annotated[str | None, Query(description="actor1 or actor2, exact, case-insensitive")] = None,
    source_kind: Annotated[Literal["claim", "report"] | None, Query()] = None,
    claimed_by: Annotated[str | None, Query(description="claiming party, exact")] = None,
    cluster: Annotated[str | None, Query(description="cluster id")] = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    q: Annotated[str | None, Query(max_length=Q.MAX_Q, description="free text: place, actors, mention")] = None,
) -> Q.EventFilter:
    box = None
    if bbox:
        try:
            parts = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            raise Q.QueryError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from None
        if len(parts) != 4:
            raise Q.QueryError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat")
        box = parts
    if date_from and date_to and date_from > date_to:
        raise Q.QueryError("date_from is after date_to")
    try:
        return Q.EventFilter(
            date_from=date_from, date_to=date_to, country=country, admin1=admin1, event_type=event_type,
            sub_event_type=sub_event_type, actor=actor, source_kind=source_kind, claimed_by=claimed_by,
            cluster=cluster, bbox=box, q=q,
        )
    except ValidationError as exc:
        raise Q.QueryError(exc.errors()[0]["msg"]) from None

Filter = Annotated[Q.EventFilter, Depends(event_filter)]


def create_app(db: str | Path | Store, allow_ingest: bool = False) -> FastAPI:
    """The API and page over ``db`` (a path, a URL or an open :class:`Store`)."""
    store = db if isinstance(db, Store) else Store(db)
    app = FastAPI(
        title="sitrep API",
        version=__version__,
        description="Events with their evidence, documents, clusters and claim checks. "
        + ("Ingest is ON: POST /api/documents extracts and stores a document." if allow_ingest
           else "Read-only: writes are refused."),
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    cache: dict[tuple[Any, ...], Any] = {}

    def cached(key: tuple[Any, ...], compute: Any) -> Any:
        """Statistics and facets change only when the store does: keep recent answers keyed by
        the request and the store's document and event counts (a write changes them)."""
        with store.engine.connect() as conn:
            stamp = (conn.execute(select(func.count()).select_from(events)).scalar(),
                     conn.execute(select(func.count()).select_from(documents)).scalar())
        k = (*key, stamp)
        if k not in cache:
            if len(cache) >= 256:
                cache.clear()
            cache[k] = compute()
        return cache[k]

    # SQLite: steer filters onto the covering summary index (see query.EventFilter.clauses)
    covering = store.url.startswith("sqlite")
    app.state.allow_ingest = allow_ingest

    # -- errors: one JSON shape -----------------------------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_req: Request, exc: StarletteHTTPException) -> JSONResponse:
        msg = exc.detail if isinstance(exc.detail, str) else "error"
        return _error(exc.status_code, _CODES.get(exc.status_code, "error"), msg)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_req: Request, exc: RequestValidationError) -> JSONResponse:
        problems = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": e.get("msg", "")} for e in exc.errors()
        ]
        first = problems[0] if problems else {"where": "", "problem": "invalid request"}
        return _error(422, "invalid_parameter", f"{first['where']}: {first['problem']}", problems)

    @app.exception_handler(Q.QueryError)
    async def _query_error(_req: Request, exc: Q.QueryError) -> JSONResponse:
        return _error(400, "bad_request", str(exc))

    @app.exception_handler(SitrepError)
    async def _sitrep_error(_req: Request, exc: SitrepError) -> JSONResponse:
        return _error(400, "bad_request", str(exc))

    @app.exception_handler(Exception)
    async def _internal(_req: Request, exc: Exception) -> JSONResponse:  # never a traceback to clients
        return _error(500, "internal", f"internal error ({exc.__class__.__name__})")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            resp: Response = _error(413, "too_large", f"request body larger than {MAX_BODY_BYTES} bytes")
        else:
            resp = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            resp.headers.setdefault(k, v)
        resp.headers.setdefault("Content-Security-Policy", CSP)
        if request.url.path.startswith("/api/"):
            resp.headers.setdefault("Cache-Control", "no-store")
        return resp

    def text_resolved(flt: Q.EventFilter) -> Q.EventFilter:
        """``q`` matched against the cached distinct names of the text columns: the query then
        tests membership in a few names, which an index answers on either backend (PostgreSQL
        has one per text column, SQLite reads them from the covering index), instead of a
        LIKE on every row."""
        if not flt.q:
            return flt

        def names() -> dict[str, list[str]]:
            with store.engine.connect() as conn:
                return {col: [v for v, _n in conn.execute(Q.distinct_values(col))] for col in Q.TEXT_COLUMNS}

        return flt.with_text_matches(cached(("names",), names))

    # -- events -----------------------------------------------------------------------------------
    @app.get("/api/events", tags=["events"], summary="Filtered, sorted, paged events (JSON or GeoJSON)")
    def list_events(
        flt: Filter,
        sort: Annotated[str | None, Query(description="columns, '-' for descending: -fatalities,event_date")] = None,
        limit: Annotated[int, Query(ge=1, le=Q.MAX_GEO_LIMIT, description=f"page size (JSON at most {Q.MAX_LIMIT})")] = 100,
        offset: Annotated[int, Query(ge=0, le=Q.MAX_OFFSET)] = 0,
        format: Annotated[Literal["json", "geojson"], Query(description="json or geojson")] = "json",  # noqa: A002
        properties: Annotated[
            Literal["all", "map"], Query(description="GeoJSON properties: all list columns, or map (id, date, "
                                         "type, place, country, fatalities)")
        ] = "all",
    ) -> Any:
        if format == "json" and limit > Q.MAX_LIMIT:
            raise Q.QueryError(f"limit is at most {Q.MAX_LIMIT} for JSON pages ({Q.MAX_GEO_LIMIT} for GeoJSON)")
        flt = text_resolved(flt)
        with store.engine.connect() as conn:
            total, rows = Q.page_rows(conn, flt, sort, limit, offset, covering, with_source=format == "json",
                                      compact=format == "geojson" and properties == "map")
        if format == "geojson":
            return _json({
                "type": "FeatureCollection",
                "total": total,
                "limit": limit,
                "offset": offset,
                "truncated": offset + len(rows) < total,
                "features": [Q.geojson_feature(r) for r in rows],
            }, media_type="application/geo+json")
        return _json({"total": total, "limit": limit, "offset": offset, "events": rows})

    @app.get("/api/events/{event_id}", tags=["events"], summary="One event: every field, its evidence and the document")
    def get_event(event_id: str) -> Any:
        with store.engine.connect() as conn:
            row = conn.execute(
                select(events.c.record, events.c.cluster_id, events.c.doc_id).where(events.c.event_id == event_id)
            ).first()
            if row is None:
                raise HTTPException(404, f"no event {event_id!r}")
            doc = conn.execute(select(documents).where(documents.c.doc_id == row.doc_id)).first()
        ev = Event.model_validate_json(row.record)
        data = ev.model_dump(mode="json")
        data["cluster_id"] = row.cluster_id
        data["document"] = _doc_dict(doc) if doc is not None else None
        return data

    # -- documents --------------------------------------------------------------------------------
    @app.get("/api/documents/{doc_id}", tags=["documents"], summary="A stored document's text and its events")
    def get_document(doc_id: str) -> Any:
        with store.engine.connect() as conn:
            doc = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
            if doc is None:
                raise HTTPException(404, f"no document {doc_id!r}")
            rows = conn.execute(
                select(*Q.LIST_COLUMNS).where(events.c.doc_id == doc_id).order_by(events.c.event_id)
            ).all()
            spans = conn.execute(
                select(field_evidence.c.event_id, field_evidence.c.field, field_evidence.c.start, field_evidence.c.end)
                .join(events, events.c.event_id == field_evidence.c.event_id)
                .where(events.c.doc_id == doc_id)
                .order_by(field_evidence.c.start)
            ).all()
        by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for s in spans:
            by_event[s.event_id].append({"field": s.field, "start": s.start, "end": s.end})
        evs = []
        for r in rows:
            d = Q.row_dict(r)
            d["evidence"] = by_event.get(d["event_id"], [])
            evs.append(d)
        evs.sort(key=lambda d: min((s["start"] for s in d["evidence"] if s["field"] == "event"), default=0))
        out = _doc_dict(doc)
        out["events"] = evs
        return out

    @app.post("/api/documents", tags=["documents"], status_code=201,
              summary="Extract and store a document (only with `sitrep serve --allow-ingest`)")
    def post_document(req: Annotated[IngestRequest, Body()]) -> Any:
        if not app.state.allow_ingest:
            raise HTTPException(403, "this server is read-only; start it with --allow-ingest to accept documents")
        if len(req.text.encode("utf-8")) > MAX_INGEST_BYTES:
            raise HTTPException(413, f"document larger than {MAX_INGEST_BYTES} bytes")
        from ..ingest import document_from_text
        from ..pipeline import process_document

        kind = None if req.source_kind == "auto" else req.source_kind
        doc = document_from_text(req.text, published=req.published, source=req.source, source_kind=kind,
                                 title=req.title, path="api")
        evs = process_document(doc)
        store.save(doc, evs)
        # what ingest could not read in the text (a bad front-matter date) without refusing it
        return {"doc_id": doc.doc_id, "events": [e.event_id for e in evs], "warnings": doc.warnings}

    # -- clusters and claims ----------------------------------------------------------------------
    @app.get("/api/clusters", tags=["clusters"], summary="Clusters with several sources, claims first")
    def list_clusters(
        limit: Annotated[int, Query(ge=1, le=Q.MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0, le=Q.MAX_OFFSET)] = 0,
        min_sources: Annotated[int, Query(ge=1, le=1000)] = 2,
    ) -> Any:
        from sqlalchemy import case

        c = events.c
        has_claim = func.max(case((c.source_kind == "claim", 1), else_=0))
        stmt = (
            select(c.cluster_id, func.count().label("n_sources"), has_claim.label("has_claim"),
                   func.min(c.event_date).label("event_date"), func.max(c.country).label("country"),
                   func.max(c.location).label("location"))
            .where(c.cluster_id.is_not(None))
            .group_by(c.cluster_id)
            .having(func.count() >= min_sources)
            .order_by(has_claim.desc(), func.count().desc(), c.cluster_id)
            .limit(limit).offset(offset)
        )
        with store.engine.connect() as conn:
            rows = conn.execute(stmt).all()
        out = []
        for r in rows:
            d = dict(r._mapping)
            d["has_claim"] = bool(d["has_claim"])
            if isinstance(d["event_date"], date):
                d["event_date"] = d["event_date"].isoformat()
            out.append(d)
        return {"clusters": out, "limit": limit, "offset": offset}

    @app.get("/api/clusters/{cluster_id}", tags=["clusters"],
             summary="A cluster's merged record (ClusterRecord), its sources, and its claims against the reports")
    def get_cluster(cluster_id: str) -> Any:
        from ..link import merge_cluster, verify_claims

        with store.engine.connect() as conn:
            rec = Q.cluster_record(conn, cluster_id)
            rows = conn.execute(select(events.c.record).where(events.c.cluster_id == cluster_id)).all()
        if rec is None and not rows:
            raise HTTPException(404, f"no cluster {cluster_id!r}")
        members = [Event.model_validate_json(r.record) for r in rows]
        if rec is None:  # events carry the id but the merged record is missing: rebuild it
            rec = merge_cluster(cluster_id, members)
        checks = verify_claims(members, {e.event_id: cluster_id for e in members})
        out = rec.model_dump(mode="json")
        out["claims"] = [_check_dict(ch) for ch in checks]
        return out

    @app.get("/api/verify", tags=["clusters"],
             summary="`sitrep verify -f json`: per-party results and one ClaimCheck per claim")
    def verify(claimed_by: Annotated[str | None, Query(description="one party only")] = None) -> Any:
        from dataclasses import asdict

        from ..link import summarise_parties, verify_claims

        c = events.c
        with store.engine.connect() as conn:
            unlinked = conn.execute(select(c.event_id).where(c.cluster_id.is_(None)).limit(1)).first()
            if unlinked is not None:
                raise HTTPException(409, "events are not linked yet: run `sitrep link --db ...` first")
            claim_clusters = select(c.cluster_id).where(c.source_kind == "claim")
            if claimed_by:
                claim_clusters = claim_clusters.where(c.claimed_by == claimed_by)
            rows = conn.execute(select(c.record, c.cluster_id).where(c.cluster_id.in_(claim_clusters))).all()
        evs = [Event.model_validate_json(r.record) for r in rows]
        assignment = {e.event_id: r.cluster_id for e, r in zip(evs, rows)}
        checks = verify_claims(evs, assignment)
        if claimed_by:
            checks = [ch for ch in checks if ch.claimed_by == claimed_by]
        parties = summarise_parties(checks)
        return {"parties": [asdict(p) for p in parties], "claims": [_check_dict(ch) for ch in checks]}

    # -- statistics -------------------------------------------------------------------------------
    @app.get("/api/stats", tags=["stats"], summary="Counts by period (timeline), country, type and voice")
    def stats(
        flt: Filter,
        interval: Annotated[
            Literal["auto", "day", "week", "month"],
            Query(description="timeline period; auto: days up to 120 days, weeks up to 3 years, else months"),
        ] = "auto",
    ) -> Any:
        flt = text_resolved(flt)

        def compute() -> Any:
            stmts = Q.stats_stmts(flt, covering)
            with store.engine.connect() as conn:
                by_day = [(r.day, r.n, r.fatalities) for r in conn.execute(stmts["by_day"])]
                groups = Q.group_counts(conn.execute(stmts["groups"]).all())
            iv = Q.auto_interval([d for d, _n, _f in by_day]) if interval == "auto" else interval
            return {**groups, "interval": iv, "timeline": Q.bucket(by_day, iv)}

        return cached(("stats", flt.model_dump_json(), interval), compute)

    @app.get("/api/facets", tags=["stats"], summary="Values for the filter menus, with counts")
    def facets() -> Any:
        def compute() -> Any:
            out: dict[str, Any] = {}
            with store.engine.connect() as conn:
                for col in ("country", "event_type", "sub_event_type", "claimed_by"):
                    out[col] = [{"value": v, "n": n} for v, n in conn.execute(Q.distinct_values(col))]
            return out

        return {**cached(("facets",), compute), "allow_ingest": app.state.allow_ingest}

    # -- the page and the docs --------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def index() -> Response:
        missing = vendor_missing()
        if missing:
            return _error(503, "assets_missing",
                          "the page's map libraries are not installed: run `npm ci` in the repository "
                          f"(missing: {', '.join(missing)}); the API works without them")
        return FileResponse(static_dir() / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    def static_file(name: str) -> Response:
        if name not in STATIC_NAMES:
            raise HTTPException(404, "no such file")
        return FileResponse(static_dir() / name)

    @app.get("/static/vendor/{name}", include_in_schema=False)
    def vendor_file(name: str) -> Response:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", name):
            raise HTTPException(404, "no such file")
        p = static_dir() / "vendor" / name
        if not p.is_file():
            raise HTTPException(404, "no such file")
        return FileResponse(p)

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        page = get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="sitrep API",
            swagger_js_url="/static/vendor/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui.css",
            swagger_favicon_url="data:,",
        )
        html = page.body.decode("utf-8")
        # the one inline script that starts Swagger UI is allowed by its hash, nothing else
        hashes = " ".join(
            "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
            for s in re.findall(r"<script>(.*?)</script>", html, re.S)
        )
        csp = CSP.replace("script-src 'self'", f"script-src 'self' {hashes}").replace(
            "style-src 'self'", "style-src 'self' 'unsafe-inline'"
        )
        return HTMLResponse(html, headers={"Content-Security-Policy": csp})

    return app


def _json(data: Any, media_type: str = "application/json") -> Response:
    """Plain data (str, numbers, None, lists, dicts) straight to JSON: large pages skip FastAPI's
    generic encoder, which costs seconds on 20,000 map features."""
    return Response(json.dumps(data, ensure_ascii=False, separators=(",", ":")), media_type=media_type)


def _check_dict(chk: Any) -> dict[str, Any]:
    """A ClaimCheck as ``sitrep verify -f json`` writes it, plus its two derived properties."""
    d = chk.model_dump(mode="json")
    d["corroborated"] = chk.corroborated
    d["n_reports"] = chk.n_reports
    return d


def _doc_dict(doc: Any) -> dict[str, Any]:
    return {
        "doc_id": doc.doc_id,
        "text": doc.text,
        "published": doc.published.isoformat() if isinstance(doc.published, date) else doc.published,
        "source": doc.source,
        "source_kind": doc.source_kind,
        "path": Path(doc.path).name if doc.path else None,  # never the server's directories
        "title": doc.title,
    }


def serve(db: str, host: str = "127.0.0.1", port: int = 8000, allow_ingest: bool = False) -> None:
    import uvicorn

    app = create_app(db, allow_ingest=allow_ingest)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)


__all__ = ["create_app", "serve", "CSP"]
