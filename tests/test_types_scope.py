"""Scope: incidents outside ACLED's scope are a field and a filter (docs/rules/event-types.md, "Scope").

The texts are written for the project (benchmarks/negatives.jsonl holds more of them).
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import sitrep
from sitrep.cli import app

NEGATIVES = Path(__file__).resolve().parents[1] / "benchmarks" / "negatives.jsonl"

OUT_OF_SCOPE = [
    "A bus plunged into a ravine on the highway north of the capital, killing 22 passengers, police said.",
    "A gas cylinder exploded in a restaurant kitchen, injuring six customers; investigators blamed a faulty valve.",
    "Floods swept through three districts of the province on Sunday, killing 14 people, the disaster agency said.",
]
IN_SCOPE = [
    "Gunmen shot dead three farmers in the village of Kalgo on Monday, residents said.",
    "Soldiers and militants exchanged fire for two hours near Bama on Tuesday, killing four fighters.",
    "A roadside bomb struck an army patrol near Jalalabad on Sunday, killing three soldiers.",
]


def test_types_scope_out_of_scope_incidents_are_filtered_by_default() -> None:
    for text in OUT_OF_SCOPE:
        assert sitrep.extract(text) == [], text


def test_types_scope_switch_keeps_out_of_scope_incidents_marked() -> None:
    for text in OUT_OF_SCOPE:
        kept = sitrep.extract(text, keep_out_of_scope=True)
        assert kept and all(not e.in_scope for e in kept), text
        assert all(any(r.startswith("scope-out:") for r in e.rules) for e in kept)


def test_types_scope_political_violence_stays_in_scope() -> None:
    for text in IN_SCOPE:
        evs = sitrep.extract(text)
        assert evs and all(e.in_scope for e in evs), text


def test_types_scope_most_project_negatives_yield_no_event() -> None:
    texts = [json.loads(line)["text"] for line in NEGATIVES.read_text(encoding="utf-8").splitlines() if line.strip()]
    quiet = sum(not sitrep.extract(t) for t in texts)
    assert quiet >= 0.9 * len(texts)


def test_types_scope_cli_flag_keeps_out_of_scope(tmp_path) -> None:  # noqa: ANN001
    src = tmp_path / "fire.txt"
    src.write_text(OUT_OF_SCOPE[0], encoding="utf-8")
    default = CliRunner().invoke(app, ["extract", str(src), "--quiet", "--output", "-"])
    kept = CliRunner().invoke(app, ["extract", str(src), "--quiet", "--keep-out-of-scope", "--output", "-"])
    assert default.exit_code == 0 and kept.exit_code == 0
    assert default.stdout.strip() == ""
    rows = [json.loads(line) for line in kept.stdout.splitlines() if line.strip()]
    assert rows and rows[0]["in_scope"] is False


def test_types_scope_accident_befalling_soldiers_is_out_of_scope() -> None:
    # ACLED codes no accident, whoever it befalls: the accident cue applies over an armed actor when
    # the only triggers say someone died
    assert sitrep.extract("Two soldiers were killed when their army truck crashed on the highway near Gao.") == []


def test_types_scope_attack_beside_an_accident_word_stays_in_scope() -> None:
    evs = sitrep.extract("Militants ambushed an army convoy near Gao, and one truck crashed into a ditch; "
                         "two soldiers were killed.")
    assert evs and all(e.in_scope for e in evs)
