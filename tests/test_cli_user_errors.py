"""What a new user hits first: every mistake is one clear line and a non-zero exit, never a
traceback, and nothing is silently dropped (issue: what users hit first)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[1]
STORY = "On 2 June 2022 gunmen killed 3 people in Baidoa, officials said."


def make_pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a text layer (no PDF writer needed)."""
    content = "BT /F1 11 Tf 50 750 Td 14 TL " + " ".join(f"({line}) Tj T*" for line in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = "%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out.encode()))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    xref = len(out.encode())
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode()


def _story(tmp_path: Path) -> Path:
    p = tmp_path / "story.txt"
    p.write_text(STORY, encoding="utf-8")
    return p


def _sitrep(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **(env or {})}
    return subprocess.run([sys.executable, "-m", "sitrep.cli", *args], capture_output=True, text=True,
                          env=full_env, timeout=300)


# --- -o picks the format ------------------------------------------------------------------
@pytest.mark.parametrize("suffix,check", [
    (".csv", lambda b: b.startswith(b"event_id_cnty,")),
    (".geojson", lambda b: json.loads(b)["type"] == "FeatureCollection"),
    (".parquet", lambda b: b.startswith(b"PAR1")),
    (".jsonl", lambda b: json.loads(b.splitlines()[0])["fatalities"] == 3),
])
def test_cli_output_suffix_picks_the_format(tmp_path: Path, suffix: str, check) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / f"out{suffix}"
    r = runner.invoke(app, ["extract", str(_story(tmp_path)), "-o", str(out), "-q", "--published", "2022-06-03"])
    assert r.exit_code == 0, r.output
    assert check(out.read_bytes())


def test_cli_unknown_output_suffix_asks_for_format(tmp_path: Path) -> None:
    r = runner.invoke(app, ["extract", str(_story(tmp_path)), "-o", str(tmp_path / "out.xyz")])
    assert r.exit_code == 2 and "--format" in r.output


# --- output paths -----------------------------------------------------------------------------
def test_cli_output_into_missing_folder_is_one_line(tmp_path: Path) -> None:
    r = runner.invoke(app, ["extract", str(_story(tmp_path)), "-o", str(tmp_path / "nope" / "x.jsonl")])
    assert r.exit_code == 2 and "does not exist" in r.output and "Traceback" not in r.output


def test_cli_output_onto_a_directory_is_one_line(tmp_path: Path) -> None:
    r = runner.invoke(app, ["extract", str(_story(tmp_path)), "-o", str(tmp_path)])
    assert r.exit_code == 2 and "is a directory" in r.output


# --- settings -----------------------------------------------------------------------------
def test_cli_bad_nlp_setting_is_one_line_and_info_fails(tmp_path: Path) -> None:
    r = _sitrep("extract", str(_story(tmp_path)), env={"SITREP_NLP": "bogus"})
    assert r.returncode == 2 and "SITREP_NLP" in r.stderr and "Traceback" not in r.stderr
    info = _sitrep("info", env={"SITREP_NLP": "bogus"})
    assert info.returncode != 0 and "SITREP_NLP" in info.stderr


def test_cli_missing_gazetteer_file_is_one_error_not_one_per_document(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"d{i}.txt").write_text(STORY, encoding="utf-8")
    env = {"SITREP_GAZETTEER": str(tmp_path / "missing.sqlite")}
    r = _sitrep("extract", str(tmp_path), env=env)
    assert r.returncode == 2
    assert r.stderr.count("E200") == 1 and "E900" not in r.stderr
    info = _sitrep("info", env=env)
    assert info.returncode != 0 and "E200" in info.stderr


# --- --published ------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["yesterday", "03/04/2024", "2024-13-01", "0000-00-00", "9999-12-31"])
def test_cli_published_must_be_a_plain_iso_date(tmp_path: Path, value: str) -> None:
    r = runner.invoke(app, ["extract", str(_story(tmp_path)), "--published", value])
    assert r.exit_code == 2 and ("YYYY-MM-DD" in r.output or "out of range" in r.output)


# --- inputs users have ------------------------------------------------------------------------
def test_cli_reads_pdf_and_docx_in_a_folder(tmp_path: Path) -> None:
    import docx

    (tmp_path / "a.pdf").write_bytes(make_pdf([STORY]))
    d = docx.Document()
    d.add_paragraph("On 5 June 2022 soldiers clashed with militants in Kismayo, killing 4 fighters.")
    d.save(str(tmp_path / "b.docx"))
    r = runner.invoke(app, ["extract", str(tmp_path), "--published", "2022-06-06", "-o", str(tmp_path / "o.jsonl")])
    assert r.exit_code == 0, r.output
    locs = sorted(json.loads(line)["location"] for line in (tmp_path / "o.jsonl").read_text().splitlines())
    assert locs == ["Baidoa", "Kismayo"]
    assert "2 documents" in r.output


def test_cli_unreadable_pdf_and_old_word_files_are_reported_per_file(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is no pdf")
    (tmp_path / "scan.pdf").write_bytes(make_pdf([]))
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 binary")
    r = runner.invoke(app, ["extract", str(tmp_path)])
    assert r.exit_code == 1
    lines = [line for line in r.output.splitlines() if line.startswith("sitrep: skipped")]
    assert len(lines) == 3
    assert all("encoding" not in line for line in lines)
    assert any("broken.pdf" in line and "PDF" in line for line in lines)
    assert any("scan.pdf" in line and "text layer" in line for line in lines)
    assert any("old.doc" in line and "not supported" in line for line in lines)
    assert "3 failures" in r.output


def test_cli_warns_per_document_on_unsupported_language(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(
        "Le 2 juin 2022, des hommes armés ont tué trois personnes dans un village près de Baidoa, "
        "selon les autorités locales qui ont confirmé le bilan dans la soirée.", encoding="utf-8")
    (tmp_path / "en.txt").write_text(STORY, encoding="utf-8")
    r = runner.invoke(app, ["extract", str(tmp_path), "--published", "2022-06-03"])
    assert r.exit_code == 0
    warnings = [line for line in r.output.splitlines() if "warning" in line and "fr.txt" in line]
    assert len(warnings) == 1 and "French" in warnings[0] and "not supported" in warnings[0]
    assert "1 warning" in r.output


# --- stores, evaluate, floors ---------------------------------------------------------------
def test_cli_export_refuses_a_foreign_sqlite_file_and_leaves_it_alone(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE customers (id INTEGER)")
    con.commit()
    con.close()
    r = runner.invoke(app, ["export", "--db", str(db)])
    assert r.exit_code == 1 and "not a sitrep database" in r.output
    r2 = runner.invoke(app, ["extract", str(_story(tmp_path)), "--db", str(db)])
    assert r2.exit_code == 1 and "not a sitrep database" in r2.output
    for command in ("link", "verify", "clusters"):
        r3 = runner.invoke(app, [command, "--db", str(db)])
        assert r3.exit_code == 1 and "not a sitrep database" in r3.output, command
    con = sqlite3.connect(db)
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    con.close()
    assert tables == {"customers"}


def test_cli_evaluate_with_empty_predictions_fails(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("", encoding="utf-8")
    r = runner.invoke(app, ["evaluate", str(ROOT / "benchmarks" / "heldout"), str(pred)])
    assert r.exit_code == 2


def test_cli_floors_with_an_unknown_key_are_rejected(tmp_path: Path) -> None:
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"f1": 0.5, "holds": True}), encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    runner.invoke(app, ["extract", str(ROOT / "benchmarks" / "heldout" / "docs"), "-q", "-o", str(pred)])
    r = runner.invoke(app, ["evaluate", str(ROOT / "benchmarks" / "heldout"), str(pred), "--floors", str(floors)])
    assert r.exit_code == 2


def test_cli_summary_counts_are_grammatical(tmp_path: Path) -> None:
    r = runner.invoke(app, ["extract", str(_story(tmp_path)), "--published", "2022-06-03", "-o", str(tmp_path / "o.jsonl")])
    assert "1 document, 1 event, 0 failures" in r.output


def test_cli_gazetteer_lookup_prints_headers_and_says_no_match() -> None:
    r = runner.invoke(app, ["gazetteer", "lookup", "Baidoa"])
    assert r.exit_code == 0 and r.output.splitlines()[0].startswith("geonameid\tname")
    r = runner.invoke(app, ["gazetteer", "lookup", "Qwxzplace"])
    assert r.exit_code == 1 and "no gazetteer entry" in r.output


def test_cli_schema_names_its_dialect_and_iso3_pattern() -> None:
    r = runner.invoke(app, ["schema"])
    schema = json.loads(r.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    iso3 = schema["properties"]["iso3"]
    assert any(opt.get("pattern") == "^[A-Z]{3}$" for opt in iso3.get("anyOf", [iso3]))
