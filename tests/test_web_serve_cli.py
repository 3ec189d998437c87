"""`sitrep serve`: refuses a missing database, documents its options, binds to localhost by default."""

from __future__ import annotations

import inspect
from pathlib import Path

from typer.testing import CliRunner

from sitrep import cli


def test_web_serve_refuses_a_missing_database(tmp_path: Path) -> None:
    r = CliRunner().invoke(cli.app, ["serve", "--db", str(tmp_path / "nope.db")])
    assert r.exit_code == 2
    assert "no such database" in r.output


def test_web_serve_defaults_to_localhost_read_only() -> None:
    params = inspect.signature(cli.serve).parameters
    assert params["host"].default == "127.0.0.1"
    assert params["allow_ingest"].default is False
    r = CliRunner().invoke(cli.app, ["serve", "--help"])
    assert r.exit_code == 0
    for opt in ("--db", "--host", "--port", "--allow-ingest"):
        assert opt in r.output
