"""Whole-CLI behaviour on the bundled examples (runs the full pipeline)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


def test_cli_extract_examples_twice_into_db_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    first = runner.invoke(app, ["extract", str(EXAMPLES), "--db", str(db), "-o", str(tmp_path / "a.jsonl"), "-q"])
    assert first.exit_code == 0, first.output
    with Store(db) as store:
        n1 = store.counts()
    second = runner.invoke(app, ["extract", str(EXAMPLES), "--db", str(db), "-o", str(tmp_path / "b.jsonl"), "-q"])
    assert second.exit_code == 0, second.output
    with Store(db) as store:
        n2 = store.counts()
    assert n1 == n2 and n1["events"] > 0
    assert n1["documents"] == len(list(EXAMPLES.glob("*"))) + 1  # roundup.jsonl holds two records


def test_cli_bad_document_is_skipped_with_one_line_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("MOSUL, March 3 (Example Wire) - Gunmen shot dead two shopkeepers in Mosul on Tuesday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path), "--published", "2021-03-04"])
    assert result.exit_code == 1
    assert "empty.txt" in result.stderr and "document is empty" in result.stderr
    assert len([ln for ln in result.stderr.splitlines() if "skipped" in ln]) == 1
    assert [json.loads(ln)["country"] for ln in result.stdout.splitlines()] == ["Iraq"]


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "does-not-exist.txt"],
        ["extract", "examples", "--format", "xml"],
        ["extract", "examples", "--format", "parquet"],
        ["extract", "examples", "--published", "the day after"],
        ["extract", "examples", "--source-kind", "rumour"],
        ["export", "--db", "no-such.db"],
    ],
)
def test_cli_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.output


def test_cli_reads_stdin_and_exports_acled_csv_from_db(tmp_path: Path) -> None:
    text = "KABUL, Aug 2 (Example Wire) - A roadside bomb killed three soldiers in Kabul on Tuesday."
    db = tmp_path / "x.db"
    result = runner.invoke(app, ["extract", "-", "--published", "2017-08-02", "--db", str(db), "-q"], input=text)
    assert result.exit_code == 0, result.output
    out = runner.invoke(app, ["export", "--db", str(db), "--format", "csv"])
    assert out.exit_code == 0
    df = pd.read_csv(io.StringIO(out.stdout))
    assert df.loc[0, "country"] == "Afghanistan"
    assert df.loc[0, "fatalities"] == 3
    assert df.columns[0] == "event_id_cnty"


def test_cli_summary_names_counts_and_nlp_mode(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 0, result.output
    assert "documents" in result.stderr and "events" in result.stderr and "failures" in result.stderr
    assert "pipeline" in result.stderr or "model" in result.stderr
