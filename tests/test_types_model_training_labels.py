"""The training script of the event-type model (benchmarks/train_types.py) computes the rules' view
of a text as prediction does, and reads realworld-dev `type` cells as weak labels by rule.
The records are written for the project (no data under ../shared is needed)."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.extractors.type_model import RuleView

from .bench_helpers import load_benchmark


def _script():  # noqa: ANN202 - the module
    return load_benchmark("train_types")


def test_types_training_view_is_the_rules_view_of_prediction() -> None:
    view = _script()._view(("Gunmen shot dead three farmers in the village on Monday.", None))
    assert isinstance(view, RuleView)
    assert view.triggers and view.rule_sub == "Attack"


def _weak_rows(tmp_path: Path, cells: list[str]) -> list[dict]:
    mod = _script()
    folder = tmp_path / "realworld-dev"
    folder.mkdir()
    with (folder / "events.jsonl").open("w", encoding="utf-8") as f:
        for i, cell in enumerate(cells):
            f.write(json.dumps({"text": f"Text {i}.", "split": "tune", "gold": {"type": cell, "country": None}}) + "\n")
        f.write(json.dumps({"text": "Later.", "split": "report", "gold": {"type": "Bombing", "country": None}}) + "\n")
    return mod.load_weak(tmp_path, mod.WEAK + mod.WEAK_COMMON)


def test_types_weak_labels_map_cells_and_leave_out_attempts_and_mixtures(tmp_path: Path) -> None:
    rows = _weak_rows(tmp_path, ["Suicide car bombing", "Bombing", "Attempted bombing", "Bombing, shooting",
                                 "Shooting", "Unknown"])
    labels = [r["label"] for r in rows]
    mod = _script()
    assert labels == ["Suicide bomb", "Remote explosive/landmine/IED", mod.BY_TARGET]  # report split left out too


def test_types_weak_violence_by_hand_is_a_clash_against_armed_parties() -> None:
    mod = _script()
    rows = [{"label": mod.BY_TARGET}, {"label": mod.BY_TARGET}, {"label": "Grenade"}]
    views = [RuleView(actor2=1), RuleView(actor2=7), RuleView(actor2=1)]
    mod.resolve_by_target(rows, views)
    assert [r["label"] for r in rows] == ["Armed clash", "Attack", "Grenade"]
