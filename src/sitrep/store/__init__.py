"""Storage of documents, events and their evidence (SQLite by default, PostgreSQL by URL).

One interface, :class:`Store`, over SQLAlchemy 2 Core. Writing a document replaces all its
events inside one transaction, so re-running the same input is idempotent and a failure never
leaves half a document written. Schema changes are recorded in the ``migrations`` table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from types import EllipsisType
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    delete,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..model import ClusterRecord, Document, Event, enum_value

metadata = MetaData()

documents = Table(
    "documents",
    metadata,
    Column("doc_id", String(64), primary_key=True),
    Column("text", Text, nullable=False),
    Column("published", Date),
    Column("source", Text),
    Column("source_kind", String(16)),
    Column("path", Text),
    Column("title", Text),
    Column("ingested_at", String(40), nullable=False),
    Column("origin", Text),  # absolute path / URL the document was read from (migration 4)
    Column("content_hash", String(64)),  # sha256 of text (migration 4)
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("doc_id", String(64), ForeignKey("documents.doc_id", ondelete="CASCADE"), nullable=False),
    Column("event_date", Date),
    Column("event_date_end", Date),
    Column("time_precision", Integer),
    Column("event_type", String(64)),
    Column("sub_event_type", String(64)),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("country", Text),
    Column("iso3", String(3)),
    Column("admin1", Text),
    Column("location", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("fatalities", Integer),
    Column("injured", Integer),
    Column("source_kind", String(16)),
    Column("claimed_by", Text),
    Column("background", Boolean),
    Column("independent", Boolean),  # False: the event only relays a party's statement
    Column("relayed_from", Text),
    Column("cluster_id", String(40)),
    Column("record", Text, nullable=False),  # the full Event as JSON
    Index("ix_events_doc", "doc_id"),
    Index("ix_events_country_date", "iso3", "event_date"),
    Index("ix_events_cluster", "cluster_id"),
)

field_evidence = Table(
    "field_evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
    Column("field", String(40), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_field_evidence_event", "event_id"),
)

clusters = Table(
    "clusters",
    metadata,
    Column("cluster_id", String(40), primary_key=True),
    Column("record", Text, nullable=False),  # merged view as JSON
)

migrations = Table(
    "migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", Text, nullable=False),
    Column("applied_at", String(40), nullable=False),
)

def _migration_initial(conn: Any) -> None:
    metadata.create_all(conn, tables=[documents, events, field_evidence, clusters])


def _migration_relayed_columns(conn: Any) -> None:
    have = {c["name"] for c in inspect(conn).get_columns("events")}
    for name, kind in (("independent", "BOOLEAN"), ("relayed_from", "TEXT")):
        if name not in have:
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {name} {kind}"))


#: documents of one origin (a changed file replaces its earlier version)
ORIGIN_INDEX = Index("ix_documents_origin", documents.c.origin)


def _migration_document_identity(conn: Any) -> None:
    have = {c["name"] for c in inspect(conn).get_columns("documents")}
    for name, kind in (("origin", "TEXT"), ("content_hash", "VARCHAR(64)")):
        if name not in have:
            conn.execute(text(f"ALTER TABLE documents ADD COLUMN {name} {kind}"))
    ORIGIN_INDEX.create(conn, checkfirst=True)


def _migration_filter_indexes(conn: Any) -> None:
    for ix in FILTER_INDEXES:
        ix.create(conn, checkfirst=True)


#: Indexes for the filters of ``export`` and the API: date, country, type, cluster, bounding box.
FILTER_INDEXES = [
    Index("ix_events_date", events.c.event_date),
    Index("ix_events_country", events.c.country),
    Index("ix_events_type", events.c.event_type, events.c.sub_event_type),
    Index("ix_events_latlon", events.c.latitude, events.c.longitude),
    Index("ix_events_source_kind", events.c.source_kind, events.c.claimed_by),
]

#: The columns that the API lists, filters and sorts, in one covering index: a filtered page, a
#: count or a group-by reads this index alone, never the wide rows (each carries the full record as
#: JSON), so a filtered page of a 100,000-event store stays well under 200 ms
#: (benchmarks/api_speed.py). Leading with the date serves the default newest-first order.
SUMMARY_INDEX = Index(
    "ix_events_summary",
    events.c.event_date, events.c.event_id, events.c.country, events.c.iso3, events.c.admin1,
    events.c.event_type, events.c.sub_event_type, events.c.source_kind, events.c.claimed_by,
    events.c.fatalities, events.c.injured, events.c.latitude, events.c.longitude, events.c.location,
    events.c.actor1, events.c.actor2, events.c.cluster_id, events.c.event_date_end, events.c.time_precision,
    events.c.geo_precision, events.c.doc_id,
)  # fmt: skip


def _migration_summary_index(conn: Any) -> None:
    SUMMARY_INDEX.create(conn, checkfirst=True)


#: PostgreSQL only: the API's default order (newest first, empty dates last, ties by event id) as
#: an index, alone and after the country (name or ISO3), so that a page reads its rows in order
#: instead of sorting every match (PostgreSQL can
#: walk ``ix_events_summary`` backwards only as DESC NULLS FIRST); and the columns that the free-text
#: filter ``q`` resolves to lists of names (``web.query.TEXT_COLUMNS``). SQLite walks the summary
#: index backwards and reads these columns from it (``web.query.EventFilter.clauses``).
POSTGRES_API_INDEXES = [
    "CREATE INDEX IF NOT EXISTS ix_events_newest ON events (event_date DESC NULLS LAST, event_id DESC)",
    "CREATE INDEX IF NOT EXISTS ix_events_country_newest ON events (country, event_date DESC NULLS LAST, event_id DESC)",
    "CREATE INDEX IF NOT EXISTS ix_events_iso3_newest ON events (iso3, event_date DESC NULLS LAST, event_id DESC)",
    "CREATE INDEX IF NOT EXISTS ix_events_location ON events (location)",
    "CREATE INDEX IF NOT EXISTS ix_events_admin1 ON events (admin1)",
    "CREATE INDEX IF NOT EXISTS ix_events_actor1 ON events (actor1)",
    "CREATE INDEX IF NOT EXISTS ix_events_actor2 ON events (actor2)",
]


def _migration_postgres_api_indexes(conn: Any) -> None:
    if conn.dialect.name == "postgresql":
        for ddl in POSTGRES_API_INDEXES:
            conn.execute(text(ddl))


#: Ordered, versioned schema migrations: (version, name, function of a connection). Each runs
#: once, inside the same transaction that records it in ``migrations``, so a database is never
#: left half-migrated; opening a store applies the ones it lacks. A new schema change is a new
#: entry at the end, never an edit of an applied one. (A list in code rather than Alembic: the
#: store has one metadata and a handful of tables, the same migrations must run on SQLite and
#: PostgreSQL on open without a separate tool, and the applied versions live in the database.)
MIGRATIONS: list[tuple[int, str, Callable[[Any], None]]] = [
    (1, "initial schema: documents, events, field_evidence, clusters", _migration_initial),
    (2, "indexes for the date, country, type, bounding-box and voice filters", _migration_filter_indexes),
    (3, "events.independent and events.relayed_from (relayed claims)", _migration_relayed_columns),
    (4, "documents.origin and documents.content_hash (document identity)", _migration_document_identity),
    (5, "covering index of the columns the web API lists, filters and sorts", _migration_summary_index),
    (6, "PostgreSQL: newest-first and free-text indexes for the web API", _migration_postgres_api_indexes),
]


#: the statements of ``Store.save``, built once (building them per document cost more than running them)
_OTHER_VERSIONS = select(documents.c.doc_id).where(
    documents.c.origin == bindparam("origin"), documents.c.doc_id != bindparam("doc_id")
)
_DELETE_DOCUMENTS = (  # a document and its events, children first
    delete(field_evidence).where(field_evidence.c.event_id.in_(
        select(events.c.event_id).where(events.c.doc_id.in_(bindparam("stale", expanding=True)))
    )),
    delete(events).where(events.c.doc_id.in_(bindparam("stale", expanding=True))),
    delete(documents).where(documents.c.doc_id.in_(bindparam("stale", expanding=True))),
)
_INSERT_DOCUMENT = insert(documents)
_INSERT_EVENT = insert(events)
_INSERT_EVIDENCE = insert(field_evidence)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def sqlite_path(db: str | Path) -> Path | None:
    """The file of a store given by its path (SQLite); None for a URL (``postgresql://...``)."""
    s = str(db)
    return None if "://" in s else Path(s).expanduser()


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a path (SQLite) or a URL (``postgresql://...``)."""
    path = sqlite_path(db)
    if path is not None:
        return f"sqlite:///{path}"
    s = str(db)
    for prefix in ("postgres://", "postgresql://"):
        if s.startswith(prefix):  # no driver named: psycopg 3 (the `postgres` extra)
            s = "postgresql+psycopg://" + s[len(prefix) :]
    return s


class Store:
    """Documents and events in one database."""

    def __init__(self, db: str | Path, echo: bool = False, create: bool = True) -> None:
        """Open (and migrate) a store. A database with other tables and no sitrep ones is refused
        (sitrep never writes its tables into it). ``create=False``: the database must already be
        sitrep's (the reading commands ``export``, ``link``, ``verify``)."""
        self.url = database_url(db)
        self._create = create
        path = sqlite_path(db)
        if path is not None:
            if path.is_dir():
                raise StoreError(f"{db} is a folder; give the path of a database file (e.g. {path / 'events.db'})")
            if not path.parent.is_dir():
                raise StoreError(f"cannot open the database {db}: the folder {path.parent} does not exist")
        try:
            self.is_sqlite = self.url.startswith("sqlite")
            if self.is_sqlite:
                self.engine: Engine = create_engine(
                    self.url, echo=echo, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S}
                )
                _sqlite_setup(self.engine)
            else:
                self.engine = create_engine(self.url, echo=echo, pool_pre_ping=True)

            self._migrate()
        except StoreError:
            raise
        except Exception as exc:  # SQLAlchemy / driver errors -> one clear line
            # the driver's own message, first line only (SQLAlchemy appends a "Background on this
            # error" link on a line of its own)
            cause = getattr(exc, "orig", None) or exc
            msg = str(cause).splitlines()[0][:200] if str(cause) else ""
            raise StoreError(f"cannot open the database {db}: {cause.__class__.__name__}: {msg}") from exc

    # -- schema ------------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self._write() as conn:
            self._lock(conn, "sitrep-migrations")  # two processes opening a new database at once
            existing = set(inspect(conn).get_table_names())
            name = self.url.split("///")[-1]
            if "migrations" not in existing:
                if existing:
                    raise StoreError(f"{name} is not a sitrep database (it has other tables: "
                                     f"{', '.join(sorted(existing)[:5])}); give a new file or one written by sitrep")
                if not self._create:
                    raise StoreError(f"{name} is not a sitrep database (no sitrep tables); write one with "
                                     "`sitrep extract --db`")
            metadata.create_all(conn, tables=[migrations])
            done = {r[0] for r in conn.execute(select(migrations.c.version))}
            for version, name, apply in MIGRATIONS:
                if version in done:
                    continue
                apply(conn)
                conn.execute(insert(migrations).values(version=version, name=name, applied_at=_now()))

    def _write(self) -> Any:
        """A write transaction (BEGIN IMMEDIATE on SQLite)."""
        return self.engine.execution_options(write=True).begin()

    def _lock(self, conn: Any, key: str) -> None:
        """Serialise writers of one key (a document) for the rest of the transaction.

        PostgreSQL: a transaction-level advisory lock on a hash of the key, so two processes that
        write the same document one after the other never both insert it. SQLite: every write
        transaction already holds the database's write lock from BEGIN IMMEDIATE.
        """
        if not self.is_sqlite:
            conn.execute(text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))"), {"k": key})

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(migrations.c.version))).scalar() or 0)

    # -- writing -----------------------------------------------------------------------------
    def save(self, doc: Document, evs: Iterable[Event]) -> int:
        """Replace ``doc``'s events with ``evs`` in one transaction; returns the number written.

        A document from the same origin (file path, URL) with other content is an earlier version:
        it and its events are deleted in the same transaction. Identical text from another origin
        or source is another document and stays. A value the database cannot hold (a 20-digit
        count) is a :class:`StoreError` for this document alone; nothing of it is written."""
        evs = list(evs)
        try:
            with self._write() as conn:
                self._lock(conn, doc.origin or doc.doc_id)
                stale = [doc.doc_id]
                if doc.origin:
                    stale += [r[0] for r in conn.execute(_OTHER_VERSIONS, {"origin": doc.origin, "doc_id": doc.doc_id})]
                for statement in _DELETE_DOCUMENTS:
                    conn.execute(statement, {"stale": stale})
                conn.execute(_INSERT_DOCUMENT, _document_row(doc))
                if evs:
                    conn.execute(_INSERT_EVENT, [_event_row(e) for e in evs])
                    ev_rows = [
                        {"event_id": e.event_id, "field": field, "start": s.start, "end": s.end, "text": s.text}
                        for e in evs
                        for field, spans in (("event", [e.evidence]), *e.field_evidence.items())
                        for s in spans
                    ]
                    if ev_rows:
                        conn.execute(_INSERT_EVIDENCE, ev_rows)
        except (OverflowError, ValueError, SQLAlchemyError) as exc:
            name = doc.path or doc.doc_id[:12]
            msg = str(exc).splitlines()[0][:200]
            raise StoreError(f"{name}: cannot store the document ({exc.__class__.__name__}: {msg})") from exc
        return len(evs)

    def has_document(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.doc_id).where(documents.c.doc_id == doc_id)).first() is not None

    def skip_unchanged(self, items: Iterable[Any], on_skip: Any = None) -> Iterator[Any]:
        """Pass ``items`` through, leaving out documents already stored unchanged (same doc_id:
        same origin, source and content). ``on_skip(doc)`` is called for each one left out."""
        for item in items:
            if isinstance(item, Document) and self.has_document(item.doc_id):
                if on_skip is not None:
                    on_skip(item)
                continue
            yield item

    def save_many(self, items: Iterable[tuple[Document, Iterable[Event]]]) -> int:
        """Bulk load: new documents and their events, all in one transaction (for imports and
        benchmarks; ``save`` replaces a document's earlier version, this only inserts)."""
        n = 0
        with self._write() as conn:
            doc_rows, event_rows = [], []
            for doc, evs in items:
                doc_rows.append(_document_row(doc))
                event_rows.extend(_event_row(e) for e in evs)
            if doc_rows:
                conn.execute(_INSERT_DOCUMENT, doc_rows)
            if event_rows:
                conn.execute(_INSERT_EVENT, event_rows)
                n = len(event_rows)
        return n

    def set_clusters(self, assignment: dict[str, str], records: Iterable[ClusterRecord]) -> None:
        """Store a linking result: event_id -> cluster_id, and the clusters' merged records
        (replacing the last linking result, in one transaction)."""
        with self._write() as conn:
            self._clear_clusters(conn)
            self._add_clusters(conn, assignment, records)

    def clear_clusters(self) -> None:
        """Forget the last linking result (before a linking run writes its clusters block by block)."""
        with self._write() as conn:
            self._clear_clusters(conn)

    def add_clusters(self, assignment: dict[str, str], records: Iterable[ClusterRecord]) -> None:
        """Store the clusters of some events (one linking block), in one transaction; writing the
        same block again replaces its clusters, so a re-run task writes nothing twice."""
        with self._write() as conn:
            self._add_clusters(conn, assignment, records)

    @staticmethod
    def _clear_clusters(conn: Any) -> None:
        conn.execute(update(events).values(cluster_id=None))
        conn.execute(delete(clusters))

    @staticmethod
    def _add_clusters(conn: Any, assignment: dict[str, str], records: Iterable[ClusterRecord]) -> None:
        recs = [{"cluster_id": r.cluster_id, "record": r.model_dump_json()} for r in records]
        ids = [r["cluster_id"] for r in recs]
        for i in range(0, len(ids), 500):
            conn.execute(delete(clusters).where(clusters.c.cluster_id.in_(ids[i : i + 500])))
        if recs:
            conn.execute(insert(clusters), recs)
        by_cluster: dict[str, list[str]] = {}
        for eid, cid in assignment.items():
            by_cluster.setdefault(cid, []).append(eid)
        for cid, eids in by_cluster.items():
            for i in range(0, len(eids), 500):
                conn.execute(
                    update(events).where(events.c.event_id.in_(eids[i : i + 500])).values(cluster_id=cid)
                )

    def event_blocks(self) -> list[tuple[str | None, int]]:
        """``(iso3, number of events)`` for each country code among the events, ``None`` for the
        events without one: the blocks that linking never pairs across (``link`` blocks by country)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(events.c.iso3, func.count()).group_by(events.c.iso3)).all()
        out: dict[str | None, int] = {}
        for iso3, n in rows:
            out[iso3 or None] = out.get(iso3 or None, 0) + int(n)
        return sorted(out.items(), key=lambda kv: (-kv[1], kv[0] or ""))

    # -- reading -----------------------------------------------------------------------------
    def iter_events(self, batch: int = 1000, iso3: str | None | EllipsisType = ...) -> Iterator[Event]:
        """All events, ordered by date then id, streamed in batches; with ``iso3``, only the
        events of that country code (``None``: the events without one), in the same order."""
        stmt = select(events.c.record, events.c.cluster_id)
        if iso3 is None:
            stmt = stmt.where((events.c.iso3.is_(None)) | (events.c.iso3 == ""))
        elif iso3 is not ...:
            stmt = stmt.where(events.c.iso3 == iso3)
        stmt = stmt.order_by(events.c.event_date, events.c.event_id).execution_options(yield_per=batch)
        with self.engine.connect() as conn:
            for record, cluster_id in conn.execute(stmt):
                ev = Event.model_validate_json(record)
                if cluster_id is not None:
                    ev = ev.model_copy(update={"cluster_id": cluster_id})
                yield ev

    def iter_documents(self) -> Iterator[Document]:
        with self.engine.connect() as conn:
            for row in conn.execute(select(documents).order_by(documents.c.doc_id)):
                yield _document_of(row)

    def get_document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
        if row is None:
            return None
        return _document_of(row)

    def iter_clusters(self) -> Iterator[ClusterRecord]:
        """The merged records of the last `sitrep link`, ordered by cluster id."""
        with self.engine.connect() as conn:
            for (record,) in conn.execute(select(clusters.c.record).order_by(clusters.c.cluster_id)):
                yield ClusterRecord.model_validate_json(record)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "documents": int(conn.execute(select(func.count()).select_from(documents)).scalar() or 0),
                "events": int(conn.execute(select(func.count()).select_from(events)).scalar() or 0),
                "field_evidence": int(conn.execute(select(func.count()).select_from(field_evidence)).scalar() or 0),
                "clusters": int(conn.execute(select(func.count()).select_from(clusters)).scalar() or 0),
            }

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


#: seconds a SQLite writer waits for another process's write transaction before giving up
SQLITE_BUSY_TIMEOUT_S = 60.0


def _sqlite_setup(engine: Engine) -> None:
    """Several processes may write one SQLite file: WAL (readers never block the writer), a busy
    timeout, foreign keys on, and BEGIN IMMEDIATE so that a write transaction takes the write lock
    at its start instead of failing with "database is locked" when it upgrades a read lock (write
    transactions open through ``Store._write()``; readers begin a plain deferred transaction)."""
    from sqlalchemy import event as sa_event

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # the driver's own BEGIN handling off; see _on_begin
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            # in WAL mode, NORMAL syncs the log at checkpoints instead of at every commit: a
            # process crash loses nothing committed, a power cut at most the last commits, and
            # the file stays consistent; FULL's fsync per document cost 10 ms, more than its extraction
            cur.execute("PRAGMA synchronous=NORMAL")
        except Exception:  # noqa: BLE001 - a read-only or in-memory database keeps its journal
            pass
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")


def _document_of(row: Any) -> Document:
    """A stored document: the columns are named as Document's fields (``ingested_at`` is the store's own)."""
    return Document.model_validate({**row._mapping, "content_hash": row.content_hash or ""})


def _document_row(doc: Document) -> dict[str, Any]:
    return dict(
        doc_id=doc.doc_id, text=doc.text, published=doc.published, source=doc.source,
        source_kind=doc.source_kind.value if doc.source_kind else None, path=doc.path, title=doc.title,
        ingested_at=_now(), origin=doc.origin, content_hash=doc.content_hash,
    )


def _event_row(e: Event) -> dict[str, Any]:
    return {
        "event_id": e.event_id,
        "doc_id": e.doc_id,
        "event_date": e.event_date,
        "event_date_end": e.event_date_end,
        "time_precision": enum_value(e.time_precision),
        "event_type": enum_value(e.event_type),
        "sub_event_type": enum_value(e.sub_event_type),
        "actor1": e.actor1,
        "actor2": e.actor2,
        "country": e.country,
        "iso3": e.iso3,
        "admin1": e.admin1,
        "location": e.location,
        "latitude": e.latitude,
        "longitude": e.longitude,
        "geo_precision": enum_value(e.geo_precision),
        "fatalities": e.fatalities,
        "injured": e.injured,
        "source_kind": enum_value(e.source_kind),
        "claimed_by": e.claimed_by,
        "background": e.background,
        "independent": e.independent,
        "relayed_from": e.relayed_from,
        "cluster_id": e.cluster_id,
        "record": e.model_dump_json(),
    }


def open_store(db: str | Path) -> Store:
    return Store(db)


__all__ = ["Store", "open_store", "database_url"]
