"""The store on SQLite and on a live PostgreSQL server: the same results through the CLI,
migrations and filter indexes, link and verify, and concurrent writers that lose and duplicate
nothing. PostgreSQL cases use the throwaway server of tests/pg_server.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import FILTER_INDEXES, MIGRATIONS, Store, database_url

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
LINKING = ROOT / "benchmarks" / "linking" / "docs"
runner = CliRunner()


def _export(db: str, tmp_path: Path, name: str) -> list[dict]:
    out = tmp_path / f"{name}.jsonl"
    result = runner.invoke(app, ["export", "--db", db, "-f", "jsonl", "-o", str(out)])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_store_export_is_identical_on_sqlite_and_postgresql(tmp_path: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    dbs = {"sqlite": str(tmp_path / "x.db"), "postgresql": pg_server.new_database()}
    exported = {}
    for name, db in dbs.items():
        result = runner.invoke(app, ["extract", str(EXAMPLES), "--db", db, "-o", str(tmp_path / f"{name}-e.jsonl"), "-q"])
        assert result.exit_code == 0, result.output
        exported[name] = _export(db, tmp_path, name)
    assert exported["sqlite"], "the examples yield events"
    assert exported["sqlite"] == exported["postgresql"]


def test_store_applies_every_migration_and_creates_the_filter_indexes(store_url: str) -> None:
    with Store(store_url) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        names = {ix["name"] for ix in inspect(store.engine).get_indexes("events")}
    assert {ix.name for ix in FILTER_INDEXES} <= names


def test_store_upgrades_a_database_created_by_an_older_version(store_url: str) -> None:
    """A database at version 1 gains the later migrations when it is opened, and only those."""
    from sitrep.store import metadata, migrations

    engine = create_engine(database_url(store_url))
    with engine.begin() as conn:
        MIGRATIONS[0][2](conn)
        metadata.create_all(conn, tables=[migrations])
        conn.execute(migrations.insert().values(version=1, name=MIGRATIONS[0][1], applied_at="2026-01-01T00:00:00"))
        for ix in FILTER_INDEXES:  # an old database has none of them
            ix.drop(conn, checkfirst=True)
    engine.dispose()
    with Store(store_url) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        with store.engine.connect() as conn:
            applied = [r[0] for r in conn.execute(migrations.select().with_only_columns(migrations.c.version))]
        names = {ix["name"] for ix in inspect(store.engine).get_indexes("events")}
    assert sorted(applied) == [v for v, _, _ in MIGRATIONS]
    assert {ix.name for ix in FILTER_INDEXES} <= names


def test_store_link_and_verify_run_on_each_backend(store_url: str, tmp_path: Path) -> None:
    docs = ["002-afgooye-convoy-claim.txt", "025-afgooye-road-radio.txt", "052-afgoye-convoy-wire.txt",
            "081-kismayo-tea-shop-grenade.txt"]
    args = ["extract", *[str(LINKING / n) for n in docs], "--db", store_url, "-o", str(tmp_path / "e.jsonl"), "-q"]
    assert runner.invoke(app, args).exit_code == 0
    result = runner.invoke(app, ["link", "--db", store_url])
    assert result.exit_code == 0, result.output
    with Store(store_url) as store:
        evs = list(store.iter_events())
        assert evs and all(e.cluster_id for e in evs)
        assert store.counts()["clusters"] >= 2
    result = runner.invoke(app, ["verify", "--db", store_url, "-o", str(tmp_path / "checks.json"), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "checks.json").read_text(encoding="utf-8"))


def _sitrep(*args: str) -> subprocess.Popen:  # type: ignore[type-arg]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "sitrep.cli", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_store_two_concurrent_extracts_lose_and_duplicate_nothing(store_url: str, tmp_path: Path) -> None:
    """Two `sitrep extract` processes write the same documents into one database at once."""
    docs = sorted(p for p in LINKING.glob("*.txt"))[:12]
    inputs = tmp_path / "in"
    inputs.mkdir()
    for p in docs:
        (inputs / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    # the reference: one process alone, into a database of its own
    ref = tmp_path / "ref.db"
    assert runner.invoke(app, ["extract", str(inputs), "--db", str(ref), "-o", os.devnull, "-q"]).exit_code == 0
    with Store(ref) as store:
        want = sorted((e.doc_id, e.event_id) for e in store.iter_events())
        want_docs = store.counts()["documents"]
    procs = [_sitrep("extract", str(inputs), "--db", store_url, "-o", os.devnull, "-q") for _ in range(2)]
    for p in procs:
        _out, errs = p.communicate(timeout=600)
        assert p.returncode == 0, errs
    with Store(store_url) as store:
        got = sorted((e.doc_id, e.event_id) for e in store.iter_events())
        assert store.counts()["documents"] == want_docs
    assert got == want
    assert len(set(got)) == len(got)


def test_store_export_while_extract_writes(tmp_path: Path, store_url: str) -> None:
    """A reader (export) during a writing extract neither fails nor blocks the writer."""
    docs = sorted(LINKING.glob("*.txt"))[:30]
    Store(store_url).close()  # the database exists before the writer starts
    writer = _sitrep("extract", *map(str, docs), "--db", store_url, "-o", os.devnull, "-q")
    exports = 0
    while writer.poll() is None and exports < 20:
        result = runner.invoke(app, ["export", "--db", store_url, "-f", "jsonl", "-o", str(tmp_path / "x.jsonl")])
        assert result.exit_code == 0, result.output
        exports += 1
    _out, errs = writer.communicate(timeout=600)
    assert writer.returncode == 0, errs
    assert exports >= 1
    with Store(store_url) as store:
        assert store.counts()["documents"] == len(docs)


@pytest.mark.parametrize("given", ["postgresql://u@h/db", "postgres://u@h/db"])
def test_store_postgresql_urls_use_psycopg3(given: str) -> None:
    assert database_url(given).startswith("postgresql+psycopg://")


def test_store_postgres_reads_the_api_default_page_in_index_order(store_url: str) -> None:
    """PostgreSQL cannot walk the summary index backwards as DESC NULLS LAST: the newest-first
    index (migration 6) must match the API's default order exactly, so that no sort is needed."""
    if not store_url.startswith("postgres"):
        pytest.skip("PostgreSQL only: SQLite walks ix_events_summary backwards")
    from sqlalchemy import text

    from sitrep.web.query import EventFilter, page_stmt

    stmt = page_stmt(EventFilter(), None, 50, 0, covering=False)
    with Store(store_url) as store, store.engine.connect() as conn:
        sql = str(stmt.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
        for knob in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):  # a sort stays only if unavoidable
            conn.execute(text(f"SET {knob} = off"))
        plan = "\n".join(r[0] for r in conn.execute(text("EXPLAIN " + sql)))
    assert "ix_events_newest" in plan, plan
    assert "Sort" not in plan, plan
