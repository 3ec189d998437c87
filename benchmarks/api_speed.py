"""Speed of the web API on a large store: page load and filtered pages at 100,000 events.

One generator writes synthetic documents and their events together (each event's evidence spans
are real offsets into its document's text), with link_scale.py's distributions of countries,
types and dates; the store is then served by uvicorn on localhost and timed over HTTP with the
requests the page makes.

    python benchmarks/api_speed.py                    # 100,000 events in /tmp/sitrep_api_speed.db
    python benchmarks/api_speed.py --events 20000 --store /tmp/small.db --rebuild
    python benchmarks/api_speed.py --store postgresql://user@host/dbname   # an existing PostgreSQL database
    python benchmarks/api_speed.py --store throwaway-postgresql           # a PostgreSQL server of its own

``throwaway-postgresql`` starts a server with the tests' helper (tests/pg_server.py: initdb and
pg_ctl on a Unix socket in a temporary folder, fsync off) and removes it afterwards.

Prints the median and worst of several runs per request; target: a filtered page < 200 ms.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))  # tests.pg_server, for throwaway-postgresql

from link_scale import COUNTRIES, GROUPS, RATE_PER_DAY, TYPES  # noqa: E402
from sqlalchemy import delete, func, insert, select  # noqa: E402

from sitrep.model import Document, Event, Evidence, GeoPrecision, SourceKind, make_event_id  # noqa: E402
from sitrep.store import Store, _event_row, documents, events, field_evidence  # noqa: E402

TARGET_MS = 200.0
OUTLETS = ["Example Wire", "Example Radio", "Monitor Daily", "Field Bulletin", "Regional Post"]
VICTIMS = ["soldiers", "civilians", "police officers", "fighters", "villagers"]


def generate(n_events: int, seed: int = 11) -> Iterator[tuple[Document, list[Event]]]:
    """Documents of 1-3 events each, with the text, evidence and fields written together."""
    rng = random.Random(seed)
    weights = [1 / (k + 1) for k in range(len(COUNTRIES))]
    start = date(2021, 1, 1)
    span_days = max(30, n_events // RATE_PER_DAY)
    made = 0
    n_doc = 0
    while made < n_events:
        n_doc += 1
        published = start + timedelta(days=rng.randrange(span_days))
        claim = rng.random() < 0.25
        group = rng.choice(GROUPS)
        outlet = f"{group} statement" if claim else rng.choice(OUTLETS)
        parts: list[str] = [f"Report {n_doc} ({outlet}, {published.isoformat()})\n\n"]
        specs = []
        for _ in range(min(rng.choice([1, 1, 2, 3]), n_events - made)):
            iso3, country, (la0, la1), (lo0, lo1) = rng.choices(COUNTRIES, weights)[0]
            place = f"Town {rng.randrange(400)}"
            day = published - timedelta(days=rng.randrange(3))
            et, st = rng.choice(TYPES)
            killed = rng.choice([0, 1, 2, 3, 5, 8, 12, 20])
            victims = rng.choice(VICTIMS)
            offset = sum(len(p) for p in parts)
            date_s = f"On {day.strftime('%d %B %Y')}"
            actor_s = group
            place_s = f"{place}, {country}"
            kill_s = f"killing {killed} {victims}"
            sentence = f"{date_s}, fighters of {actor_s} attacked positions near {place_s}, {kill_s}. "
            parts.append(sentence)
            specs.append((offset, sentence, date_s, actor_s, place_s, kill_s, iso3, country, day, et, st, killed,
                          rng.uniform(la0, la1), rng.uniform(lo0, lo1), place))
            made += 1
        text = "".join(parts)
        doc = Document(text=text, doc_id=f"synthetic-{seed}-{n_doc}", published=published, source=outlet,
                       source_kind=SourceKind.CLAIM if claim else SourceKind.REPORT, path=f"synthetic/{n_doc}.txt")
        evs = []
        for (offset, sentence, date_s, actor_s, place_s, kill_s, iso3, country, day, et, st, killed, lat, lon,
             place) in specs:
            def span(piece: str, _o: int = offset, _s: str = sentence) -> list[Evidence]:
                i = _o + _s.index(piece)
                return [Evidence.of(text, i, i + len(piece))]

            evs.append(Event(
                event_id=make_event_id(doc.doc_id, offset, offset + len(sentence) - 1),
                doc_id=doc.doc_id, evidence=Evidence.of(text, offset, offset + len(sentence) - 1),
                field_evidence={"date": span(date_s), "actor1": span(actor_s), "place": span(place_s),
                                "fatalities": span(kill_s)},
                event_date=day, time_precision=1, event_type=et, sub_event_type=st, actor1=actor_s,
                actor2=f"Military Forces of {country}", country=country, iso3=iso3, admin1=f"{country} Region",
                location=place, latitude=round(lat, 4), longitude=round(lon, 4), geo_precision=GeoPrecision.PLACE,
                fatalities=killed, source_kind=doc.source_kind, claimed_by=group if claim else None,
                source=outlet, published=published, notes="synthetic",
            ))
        yield doc, evs


def build(db: str, n_events: int, batch: int = 2000) -> float:
    """Write the store in batches of documents (one transaction each); returns seconds."""
    t0 = time.perf_counter()
    store = Store(db)
    with store.engine.begin() as conn:  # --rebuild of a database URL: empty it first
        for table in (field_evidence, events, documents):
            conn.execute(delete(table))
    docs_rows: list[dict] = []
    ev_rows: list[dict] = []
    fe_rows: list[dict] = []

    def flush() -> None:
        with store.engine.begin() as conn:
            conn.execute(insert(documents), docs_rows)
            conn.execute(insert(events), ev_rows)
            conn.execute(insert(field_evidence), fe_rows)
        docs_rows.clear(), ev_rows.clear(), fe_rows.clear()

    for doc, evs in generate(n_events):
        docs_rows.append({"doc_id": doc.doc_id, "text": doc.text, "published": doc.published, "source": doc.source,
                          "source_kind": doc.source_kind.value if doc.source_kind else None, "path": doc.path,
                          "title": None, "ingested_at": "2026-01-01T00:00:00+00:00"})
        for e in evs:
            ev_rows.append(_event_row(e))
            for field, spans in (("event", [e.evidence]), *e.field_evidence.items()):
                for s in spans:
                    fe_rows.append({"event_id": e.event_id, "field": field, "start": s.start, "end": s.end,
                                    "text": s.text})
        if len(docs_rows) >= batch:
            flush()
    if docs_rows:
        flush()
    store.close()
    return time.perf_counter() - t0


def serve(db: str) -> tuple[str, object]:
    import uvicorn

    from sitrep.web import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=srv.run, daemon=True).start()
    deadline = time.monotonic() + 30
    while not srv.started:
        if time.monotonic() > deadline:
            raise SystemExit("api_speed: the server did not start")
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", srv


def timed(client, url: str, params: dict, runs: int) -> tuple[float, float, float, int]:  # type: ignore[no-untyped-def]
    """First call (statistics and facets are cached after it), median and worst of ``runs``."""
    times = []
    size = 0
    for _ in range(runs):
        t = time.perf_counter()
        r = client.get(url, params=params)
        times.append((time.perf_counter() - t) * 1000)
        if r.status_code != 200:
            raise SystemExit(f"api_speed: {url} {params} -> {r.status_code} {r.text[:200]}")
        size = len(r.content)
    return times[0], statistics.median(times), max(times), size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--store", "--db", dest="store", default="/tmp/sitrep_api_speed.db",
                    help="a SQLite path, a postgresql:// URL, or throwaway-postgresql")
    ap.add_argument("--rebuild", action="store_true", help="build the store again even if it exists")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    server = None
    if args.store == "throwaway-postgresql":
        from tests.pg_server import PostgresServer

        server = PostgresServer.find()
        if server is None:
            raise SystemExit("api_speed: no PostgreSQL binaries (initdb, pg_ctl) installed")
        server.start()
        args.store = server.new_database()
    try:
        run(args)
    finally:
        if server is not None:
            server.stop()


def run(args: argparse.Namespace) -> None:
    import httpx

    is_url = "://" in args.store
    if args.rebuild or not (is_url or Path(args.store).exists()) or (is_url and _count(args.store) == 0):
        if not is_url:
            for suffix in ("", "-wal", "-shm"):
                Path(args.store + suffix).unlink(missing_ok=True)
        secs = build(args.store, args.events)
        print(f"built {_shown(args.store)}: {args.events} events in {secs:.1f} s")
    n, n_docs = _count(args.store), _count(args.store, documents)
    if n != args.events:
        raise SystemExit(f"api_speed: {_shown(args.store)} holds {n} events, not {args.events}: use --rebuild")
    base, srv = serve(args.store)
    backend = "SQLite" if not is_url else "PostgreSQL" if args.store.startswith("postgres") else args.store.split(":")[0]
    print(f"store ({backend}): {n} events in {n_docs} documents; server {base}; first / median / worst of "
          f"{args.runs} runs, ms")
    page = {"limit": 50, "sort": "-event_date"}
    cases = [
        ("page load", "/api/facets", {}),
        ("page load", "/api/events", page),
        ("page load", "/api/stats", {"interval": "auto"}),
        ("page load", "/api/events", {"format": "geojson", "limit": 20000, "properties": "map"}),
        ("filtered page", "/api/events", {**page, "country": "Nigeria"}),
        ("filtered page", "/api/events", {**page, "country": "Nigeria", "event_type": "Battles",
                                          "date_from": "2021-03-01", "date_to": "2021-06-30"}),
        ("filtered page", "/api/events", {**page, "source_kind": "claim", "claimed_by": "Group B",
                                          "sort": "-fatalities"}),
        ("filtered page", "/api/events", {**page, "bbox": "3,4.5,14.5,13.5"}),
        ("filtered page", "/api/events", {**page, "q": "town 17"}),
        ("filtered page", "/api/events", {**page, "country": "SYR", "offset": 5000}),
        ("filtered stats", "/api/stats", {"country": "Nigeria", "event_type": "Battles"}),
        ("filtered map", "/api/events", {"format": "geojson", "limit": 20000, "properties": "map",
                                         "country": "Nigeria", "event_type": "Battles"}),
        ("one event", "/api/events/" + "{first}", {}),
    ]
    worst_filtered = 0.0
    load_total = 0.0
    with httpx.Client(base_url=base, timeout=60) as client:
        first_id = client.get("/api/events", params={"limit": 1}).json()["events"][0]["event_id"]
        for kind, url, params in cases:
            url = url.replace("{first}", first_id)
            first, med, worst, size = timed(client, url, params, args.runs)
            label = " ".join(f"{k}={v}" for k, v in params.items())
            print(f"  {kind:14s} {url:22s} {label:64s} first {first:7.1f}  median {med:7.1f}  worst {worst:7.1f} ms"
                  f"  {size / 1024:7.1f} kB")
            if kind == "page load":
                load_total += first
            if kind == "filtered page":
                worst_filtered = max(worst_filtered, med)
    srv.should_exit = True  # type: ignore[attr-defined]
    print(f"page load, first visit (the four requests one after another, uncached): {load_total:.0f} ms")
    verdict = "meets" if worst_filtered < TARGET_MS else "MISSES"
    print(f"slowest filtered page (median): {worst_filtered:.1f} ms -> {verdict} the {TARGET_MS:.0f} ms target")


def _count(db: str, table=events) -> int:  # type: ignore[no-untyped-def]
    with Store(db) as st, st.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)


def _shown(db: str) -> str:
    """The store's name without a password."""
    from sqlalchemy.engine import make_url

    return make_url(db).render_as_string(hide_password=True) if "://" in db else db


if __name__ == "__main__":
    main()
