"""What a first-time user reads: the help says what --published and --max-bytes take and what
they override, the gazetteer lookup explains its arguments, and an error names the file and line
at fault; a date word opening a sentence is never read as the name of an armed group."""

from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

import sitrep
from sitrep.cli import app
from sitrep.errors import EvaluationError
from sitrep.evaluate import load_floors

runner = CliRunner()


def _plain(text: str) -> str:
    """Help text without the box drawing and line wrapping of the rich formatter."""
    text = re.sub(r"[│╭╮╰╯─]", " ", text)
    return " ".join(text.split())


def test_extract_help_says_what_published_overrides_and_max_bytes_counts() -> None:
    r = runner.invoke(app, ["extract", "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    text = _plain(r.output)
    assert "YYYY-MM-DD" in text and "front matter" in text and "'yesterday' count from it" in text
    assert "this many bytes" in text and "SITREP_MAX_BYTES" in text
    assert ".jsonl" in text and ".pdf" in text


def test_gazetteer_lookup_help_explains_each_argument() -> None:
    r = runner.invoke(app, ["gazetteer", "lookup", "--help"], env={"COLUMNS": "200"})
    assert r.exit_code == 0
    text = _plain(r.output)
    assert "Place name to look up" in text and "Two-letter ISO code" in text and "Most entries to show" in text


def test_gazetteer_lookup_refuses_a_limit_below_one() -> None:
    r = runner.invoke(app, ["gazetteer", "lookup", "Kabul", "--limit", "0"])
    assert r.exit_code == 2


def test_floors_file_error_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text('{\n  "f1": 0.9,\n  "recall" 0.8\n}\n', encoding="utf-8")
    try:
        load_floors(path)
    except EvaluationError as exc:
        assert f"{path}:3: invalid JSON" in str(exc)
    else:
        raise AssertionError("a broken floors file must be refused")


def test_date_word_opening_a_sentence_is_no_group_name() -> None:
    for text in ("Yesterday gunmen ambushed a fuel tanker near Kismayo, killing the driver.",
                 "Overnight militants shelled a ferry landing near Kismayo, killing a fisherman."):
        evs = sitrep.extract(text, published="2024-05-15")
        assert evs and evs[0].actor1 and not evs[0].actor1.startswith(("Yesterday", "Overnight")), evs[0].actor1
