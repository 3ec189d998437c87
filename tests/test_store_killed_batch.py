"""A `sitrep extract --db` batch killed with SIGKILL part-way leaves a consistent SQLite store, and
running the batch again completes it: the same events as one clean run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

PLACES = ["Baidoa", "Kismayo", "Mogadishu", "Beledweyne", "Jowhar", "Galkayo", "Afgooye", "Marka"]


def _corpus(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        day = 1 + i % 27
        text = (
            f"MOGADISHU, {day} March 2021 - Gunmen killed {2 + i % 9} civilians and wounded {1 + i % 5} others "
            f"in an attack on a market in {place} on {day} March 2021, local officials said.\n\n"
            f"On the following day a roadside bomb struck a military vehicle near {PLACES[(i + 3) % len(PLACES)]}, "
            f"killing {1 + i % 4} soldiers, a district commissioner told reporters.\n"
        )
        (folder / f"report-{i:03d}.txt").write_text(text, encoding="utf-8")


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from sitrep.cli import app; app()", *args]


def _env() -> dict[str, str]:
    src = str(Path(__file__).resolve().parents[1] / "src")
    return {**os.environ, "PYTHONPATH": src + os.pathsep + os.environ.get("PYTHONPATH", "")}


def _count(db: Path, table: str) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.Error:
        return 0


def _events(db: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(db) as conn:
        return sorted(conn.execute("SELECT event_id, doc_id, record FROM events"))


def test_store_survives_sigkill_mid_batch_and_rerun_completes_it(tmp_path: Path) -> None:
    corpus = tmp_path / "docs"
    n_docs = 40
    _corpus(corpus, n_docs)
    db = tmp_path / "killed.db"
    proc = subprocess.Popen(_cli("extract", str(corpus), "--db", str(db), "-o", os.devnull, "-q"), env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while _count(db, "documents") < 3:
            assert proc.poll() is None, f"extract ended before it could be killed: {proc.stderr.read()!r}"
            assert time.monotonic() < deadline, "no document was stored within 120 s"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL
    stored = _count(db, "documents")
    assert 3 <= stored < n_docs, "the kill must land mid-batch"

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        orphan_events = conn.execute(
            "SELECT count(*) FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE d.doc_id IS NULL"
        ).fetchone()[0]
        assert orphan_events == 0
        events_without_evidence = conn.execute(
            "SELECT count(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM field_evidence f WHERE f.event_id = e.event_id)"
        ).fetchone()[0]
        assert events_without_evidence == 0
        orphan_evidence = conn.execute(
            "SELECT count(*) FROM field_evidence f LEFT JOIN events e ON e.event_id = f.event_id "
            "WHERE e.event_id IS NULL"
        ).fetchone()[0]
        assert orphan_evidence == 0
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0

    # run again: the batch completes and holds what one clean run holds
    rerun = subprocess.run(_cli("extract", str(corpus), "--db", str(db), "-o", os.devnull, "-q"), env=_env(),
                           capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    clean = tmp_path / "clean.db"
    once = subprocess.run(_cli("extract", str(corpus), "--db", str(clean), "-o", os.devnull, "-q"), env=_env(),
                          capture_output=True, text=True, timeout=300)
    assert once.returncode == 0, once.stderr
    assert _count(db, "documents") == _count(clean, "documents") == n_docs
    assert _events(db) == _events(clean)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
