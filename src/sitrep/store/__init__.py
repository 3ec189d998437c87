"""Storage of documents, events and their evidence (SQLite by default, PostgreSQL by URL).

One interface, :class:`Store`, over SQLAlchemy 2 Core. Writing a document replaces all its
events inside one transaction, so re-running the same input is idempotent and a failure never
leaves half a document written. Schema changes are recorded in the ``migrations`` table.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
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

#: ordered schema migrations: (version, name). Version 1 creates the tables above.
MIGRATIONS: list[tuple[int, str]] = [
    (1, "initial schema: documents, events, field_evidence, clusters"),
    (2, "events.independent and events.relayed_from (relayed claims)"),
]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def database_url(db: str | Path) -> str:
    """A SQLAlchemy URL from a path (SQLite) or a URL (``postgresql://...``)."""
    s = str(db)
    if "://" in s:
        if s.startswith("postgres://"):
            s = "postgresql://" + s[len("postgres://") :]
        return s
    return f"sqlite:///{Path(s).expanduser()}"


class Store:
    """Documents and events in one database."""

    def __init__(self, db: str | Path, echo: bool = False) -> None:
        self.url = database_url(db)
        try:
            self.engine: Engine = create_engine(self.url, echo=echo, future=True)
            if self.url.startswith("sqlite"):
                from sqlalchemy import event as sa_event

                @sa_event.listens_for(self.engine, "connect")
                def _fk_on(dbapi_conn: Any, _record: Any) -> None:  # pragma: no cover - trivial
                    cur = dbapi_conn.cursor()
                    cur.execute("PRAGMA foreign_keys=ON")
                    cur.close()

            self._migrate()
        except StoreError:
            raise
        except Exception as exc:  # SQLAlchemy / driver errors -> one clear line
            raise StoreError(f"cannot open the database {db}: {exc.__class__.__name__}: {exc}") from exc

    # -- schema ------------------------------------------------------------------------------
    def _migrate(self) -> None:
        with self.engine.begin() as conn:
            metadata.create_all(conn, tables=[migrations])
            done = {r[0] for r in conn.execute(select(migrations.c.version))}
            for version, name in MIGRATIONS:
                if version in done:
                    continue
                if version == 1:
                    metadata.create_all(conn)
                elif version == 2:
                    have = {c["name"] for c in inspect(conn).get_columns("events")}
                    for name, kind in (("independent", "BOOLEAN"), ("relayed_from", "TEXT")):
                        if name not in have:
                            conn.execute(text(f"ALTER TABLE events ADD COLUMN {name} {kind}"))
                conn.execute(insert(migrations).values(version=version, name=name, applied_at=_now()))

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(migrations.c.version))).scalar() or 0)

    # -- writing -----------------------------------------------------------------------------
    def save(self, doc: Document, evs: Iterable[Event]) -> int:
        """Replace ``doc``'s events with ``evs`` in one transaction; returns the number written."""
        evs = list(evs)
        with self.engine.begin() as conn:
            old = select(events.c.event_id).where(events.c.doc_id == doc.doc_id)
            conn.execute(delete(field_evidence).where(field_evidence.c.event_id.in_(old)))
            conn.execute(delete(events).where(events.c.doc_id == doc.doc_id))
            conn.execute(delete(documents).where(documents.c.doc_id == doc.doc_id))
            conn.execute(
                insert(documents).values(
                    doc_id=doc.doc_id,
                    text=doc.text,
                    published=doc.published,
                    source=doc.source,
                    source_kind=doc.source_kind.value if doc.source_kind else None,
                    path=doc.path,
                    title=doc.title,
                    ingested_at=_now(),
                )
            )
            if evs:
                conn.execute(insert(events), [_event_row(e) for e in evs])
                ev_rows = [
                    {"event_id": e.event_id, "field": field, "start": s.start, "end": s.end, "text": s.text}
                    for e in evs
                    for field, spans in (("event", [e.evidence]), *e.field_evidence.items())
                    for s in spans
                ]
                if ev_rows:
                    conn.execute(insert(field_evidence), ev_rows)
        return len(evs)

    def set_clusters(self, assignment: dict[str, str], records: Iterable[ClusterRecord]) -> None:
        """Store a linking result: event_id -> cluster_id, and the clusters' merged records."""
        with self.engine.begin() as conn:
            conn.execute(update(events).values(cluster_id=None))
            conn.execute(delete(clusters))
            recs = [{"cluster_id": r.cluster_id, "record": r.model_dump_json()} for r in records]
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

    # -- reading -----------------------------------------------------------------------------
    def iter_events(self, batch: int = 1000) -> Iterator[Event]:
        """All events, ordered by date then id, streamed in batches."""
        stmt = (
            select(events.c.record, events.c.cluster_id)
            .order_by(events.c.event_date, events.c.event_id)
            .execution_options(yield_per=batch)
        )
        with self.engine.connect() as conn:
            for record, cluster_id in conn.execute(stmt):
                ev = Event.model_validate_json(record)
                if cluster_id is not None:
                    ev = ev.model_copy(update={"cluster_id": cluster_id})
                yield ev

    def iter_documents(self) -> Iterator[Document]:
        with self.engine.connect() as conn:
            for row in conn.execute(select(documents).order_by(documents.c.doc_id)):
                yield Document(
                    text=row.text,
                    doc_id=row.doc_id,
                    published=row.published,
                    source=row.source,
                    source_kind=row.source_kind,
                    path=row.path,
                    title=row.title,
                )

    def get_document(self, doc_id: str) -> Document | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(documents).where(documents.c.doc_id == doc_id)).first()
        if row is None:
            return None
        return Document(text=row.text, doc_id=row.doc_id, published=row.published, source=row.source,
                        source_kind=row.source_kind, path=row.path, title=row.title)

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
