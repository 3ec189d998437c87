"""benchmarks/event_types.py --floors: a measured set below its floor fails the run, a set the run did not measure
(its data missing) is named and not checked, and the shipped floors file names only sets the benchmark measures."""

from __future__ import annotations

import json
from pathlib import Path

from .bench_helpers import load_benchmark

ROOT = Path(__file__).resolve().parents[1]


def _bench():  # noqa: ANN202
    return load_benchmark("event_types")


def _floors(tmp_path: Path) -> Path:
    p = tmp_path / "floors.json"
    p.write_text(json.dumps({"_comment": "x", "news_leads dev": {"sub_event_type.weighted_f1": 0.8},
                             "acled-notes dev": {"event_type.weighted_f1": 0.9}}), encoding="utf-8")
    return p


def test_a_set_at_or_above_its_floor_passes_and_an_unmeasured_set_is_named(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    report = {"news_leads dev": {"sub_event_type": {"weighted_f1": 0.8}}}
    assert _bench().check_floors(report, _floors(tmp_path)) == 0
    assert "acled-notes dev not measured" in capsys.readouterr().out


def test_a_set_below_its_floor_fails(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    report = {"news_leads dev": {"sub_event_type": {"weighted_f1": 0.79}}}
    assert _bench().check_floors(report, _floors(tmp_path)) == 1
    assert "floor broken: news_leads dev" in capsys.readouterr().out


def test_shipped_floors_name_the_benchmarks_sets() -> None:
    floors = json.loads((ROOT / "benchmarks" / "floors_types.json").read_text(encoding="utf-8"))
    bench = _bench()
    names = {f"{n} dev" for n in bench.BLIND_SETS} | {"news-types dev", "acled-notes dev"}
    assert {k for k in floors if not k.startswith("_")} <= names
