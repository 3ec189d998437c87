"""Reliability: a generated hostile corpus of 2,000 inputs through the whole CLI, with and without
worker processes. Zero crashes (no traceback), zero hangs (a timeout and the per-document time
budget), zero lost documents (each stored or reported on one line naming it), the right exit
code, a consistent store and bounded memory. The figures are printed (run with -s to see them)."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
import hostile_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
N_DOCUMENTS = 2000
MAX_PEAK_MB = 2000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path]]:
    root = tmp_path_factory.mktemp("hostile")
    return root, hostile_corpus.build(root, N_DOCUMENTS)


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_cli_hostile_corpus_no_crash_no_hang_no_loss(corpus: tuple[Path, list[Path]], workers: int, tmp_path: Path) -> None:
    root, paths = corpus
    assert len(paths) >= N_DOCUMENTS
    db = tmp_path / "store.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SITREP_TIME_BUDGET": "30"}
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "sitrep.cli", "extract", str(root), "--db", str(db), "-o", str(tmp_path / "out.jsonl"),
         "--workers", str(workers)],
        capture_output=True, text=True, env=env, timeout=1500, stdin=subprocess.DEVNULL,
    )
    secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    err = proc.stderr
    assert "Traceback" not in err, err[-3000:]
    assert proc.returncode == 1, err[-2000:]  # the corpus holds unreadable inputs: failures, exit 1
    lines = err.splitlines()
    reported = [line for line in lines if line.startswith(("sitrep: skipped", "sitrep: warning"))]
    con = sqlite3.connect(db)
    stored = {row[0] for row in con.execute("SELECT path FROM documents")}
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    orphans = con.execute("SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)").fetchone()[0]
    con.close()
    stored_files = {s.split("#")[0] for s in stored}
    reported_text = "\n".join(reported)
    lost = [p for p in paths if str(p) not in stored_files and str(p) not in reported_text]
    summary = next((line for line in lines if line.startswith("sitrep: ") and " documents, " in line), "")
    print(f"\nhostile corpus (workers={workers}): {len(paths)} inputs, {len(stored)} documents stored, "
          f"{len(reported)} reported, crashes 0, lost {len(lost)}, peak memory {peak_mb:.0f} MB, {secs:.1f} s\n{summary}")
    assert not lost, [str(p) for p in lost[:10]]
    assert integrity == "ok" and orphans == 0
    assert all("\x1b" not in line and "\u202e" not in line for line in reported)  # control characters stripped
    assert peak_mb < MAX_PEAK_MB
