"""sitrep.evaluate: gold loading, matching, field tolerances, floors and the command."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from sitrep import evaluate as ev
from sitrep.errors import EvaluationError
from sitrep.model import Event, Evidence, EventType, SubEventType, make_event_id, sha256_text

DOC_A = """---
published: 2021-03-05
source: Example Wire
---
MOGADISHU, March 4 (Example Wire) - A roadside bomb struck a military convoy near Afgoye on Thursday, killing three soldiers and wounding five, officials said.

Separately, gunmen shot dead two traders at a market in Baidoa on Wednesday evening, residents said.
"""
DOC_B = """---
published: 2021-03-06
---
The regional council met on Friday to discuss road repairs and the school budget.
"""


def _body(text: str) -> str:
    return text.split("---\n", 2)[2]


def _span(body: str, needle: str) -> dict:
    start = body.index(needle)
    return {"start": start, "end": start + len(needle), "text": needle}


BOMB = "A roadside bomb struck a military convoy near Afgoye on Thursday, killing three soldiers and wounding five, officials said."
SHOOT = "Separately, gunmen shot dead two traders at a market in Baidoa on Wednesday evening, residents said."


@pytest.fixture()
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "001-afgoye.txt").write_text(DOC_A, encoding="utf-8")
    (tmp_path / "docs" / "002-council.txt").write_text(DOC_B, encoding="utf-8")
    body = _body(DOC_A)
    rows = [
        {
            "doc": "docs/001-afgoye.txt",
            "evidence": _span(body, BOMB),
            "event_date": "2021-03-04",
            "time_precision": 1,
            "event_type": "Explosions/Remote violence",
            "sub_event_type": "Remote explosive/landmine/IED",
            "actor1": "Al Shabaab",
            "actor2": "Military Forces of Somalia (2012-)",
            "country": "Somalia",
            "iso3": "SOM",
            "admin1": "Lower Shabelle",
            "location": "Afgoye",
            "latitude": 2.14,
            "longitude": 45.12,
            "geo_precision": 2,
            "fatalities": 3,
            "injured": 5,
            "source_kind": "report",
            "claimed_by": None,
            "tags": ["dateline"],
        },
        {
            "doc": "docs/001-afgoye.txt",
            "evidence": _span(body, SHOOT),
            "event_date": "2021-03-03",
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "fatalities": 2,
        },
    ]
    (tmp_path / "events-a.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    return tmp_path


def _pred(doc_text: str, needle: str, **fields) -> dict:
    body = _body(doc_text)
    start = body.index(needle)
    doc_id = sha256_text(body)
    event = Event(
        event_id=make_event_id(doc_id, start, start + len(needle)),
        doc_id=doc_id,
        evidence=Evidence.of(body, start, start + len(needle)),
        **fields,
    )
    return event.model_dump(mode="json")


def _good_bomb(**over) -> dict:
    fields = dict(
        event_date=date(2021, 3, 4),
        time_precision=1,
        event_type=EventType.EXPLOSIONS,
        sub_event_type=SubEventType.REMOTE_EXPLOSIVE,
        actor1="Al Shabaab",
        actor2="Military Forces of Somalia",
        country="Somalia",
        iso3="SOM",
        admin1="Lower Shabelle Region",
        location="Afgooye",
        latitude=2.1438,
        longitude=45.1213,
        geo_precision=2,
        fatalities=3,
        injured=5,
    )
    fields.update(over)
    return _pred(DOC_A, BOMB, **fields)


def test_evaluate_gold_doc_id_is_ingest_doc_id_of_body(gold_dir: Path) -> None:
    gold = ev.load_gold(gold_dir)
    assert len(gold.events) == 2
    assert gold.events[0]["doc_id"] == sha256_text(_body(DOC_A))
    assert len(gold.docs) == 2  # the event-free document is in scope too


def test_evaluate_gold_wrong_evidence_offsets_raise(gold_dir: Path) -> None:
    f = gold_dir / "events-a.jsonl"
    rows = [json.loads(x) for x in f.read_text().splitlines()]
    rows[0]["evidence"]["start"] += 1
    rows[0]["evidence"]["end"] += 1
    f.write_text("\n".join(json.dumps(r) for r in rows))
    with pytest.raises(EvaluationError, match="does not match"):
        ev.load_gold(gold_dir)


def test_evaluate_perfect_prediction_scores_one(gold_dir: Path) -> None:
    preds = [_good_bomb(), _pred(DOC_A, SHOOT, event_date=date(2021, 3, 3),
                                 event_type=EventType.VIOLENCE_AGAINST_CIVILIANS,
                                 sub_event_type=SubEventType.ATTACK, fatalities=2)]
    report = ev.evaluate(ev.load_gold(gold_dir), preds)
    assert (report.precision, report.recall, report.f1) == (1.0, 1.0, 1.0)
    acc = report.field_accuracy()
    assert all(v == 1.0 for v in acc.values()), {k: v for k, v in acc.items() if v != 1.0}
    assert "tags" not in acc and "coordinates" in acc


def test_evaluate_duplicate_prediction_is_false_positive(gold_dir: Path) -> None:
    shorter = "A roadside bomb struck a military convoy near Afgoye on Thursday"
    preds = [_good_bomb(), _pred(DOC_A, shorter)]
    report = ev.evaluate(ev.load_gold(gold_dir), preds)
    assert report.tp == 1
    assert len(report.false_positives) == 1
    assert report.false_positives[0]["reason"] == "duplicate of a matched gold event"
    assert report.false_positives[0]["text"] == shorter
    assert report.precision == 0.5 and report.recall == 0.5


def test_evaluate_matching_takes_best_overlap_first(gold_dir: Path) -> None:
    # the long prediction covers both gold spans; the short one covers only the shooting.
    body = _body(DOC_A)
    both = body[body.index(BOMB) : body.index(SHOOT) + len(SHOOT)]
    preds = [_pred(DOC_A, both), _pred(DOC_A, SHOOT)]
    report = ev.evaluate(ev.load_gold(gold_dir), preds)
    pairs = {(m.gold, m.pred) for m in report.matches}
    assert pairs == {(1, 1), (0, 0)}


def test_evaluate_prediction_on_event_free_doc_is_false_positive(gold_dir: Path) -> None:
    needle = "The regional council met on Friday"
    report = ev.evaluate(ev.load_gold(gold_dir), [_pred(DOC_B, needle)])
    assert report.n_pred == 1 and report.tp == 0
    assert report.false_positives[0]["reason"] == "no gold event overlaps"
    assert report.false_positives[0]["doc"] == "docs/002-council.txt"
    assert [m["text"] for m in report.misses] == [BOMB, SHOOT]


def test_evaluate_predictions_outside_gold_docs_are_ignored(gold_dir: Path) -> None:
    other = "---\n---\nAn unrelated text about the weather and a football match.\n"
    report = ev.evaluate(ev.load_gold(gold_dir), [_pred(other, "An unrelated text")])
    assert report.n_ignored == 1 and report.n_pred == 0


@pytest.mark.parametrize(
    ("prec", "gold_d", "pred_d", "ok"),
    [
        (1, "2021-03-04", "2021-03-05", True),
        (1, "2021-03-04", "2021-03-06", False),
        (2, "2021-03-04", "2021-03-10", True),
        (2, "2021-03-04", "2021-03-13", False),
        (3, "2021-03-01", "2021-03-30", True),
        (3, "2021-03-01", "2021-05-01", False),
    ],
)
def test_evaluate_date_tolerance_depends_on_precision(prec, gold_d, pred_d, ok) -> None:
    gold = {"event_date": gold_d, "time_precision": prec}
    assert ev.field_correct("event_date", gold, {"event_date": pred_d}) is ok


def test_evaluate_date_range_precision_two_accepts_inside_range() -> None:
    gold = {"event_date": "2021-03-01", "event_date_end": "2021-03-20", "time_precision": 2}
    assert ev.field_correct("event_date", gold, {"event_date": "2021-03-15"})


def test_evaluate_actor_names_normalised() -> None:
    assert ev.normalise_actor("Military Forces of the Philippines (2016-2022)") == ev.normalise_actor(
        "military forces of Philippines"
    )
    assert ev.field_correct("actor1", {"actor1": "Forces Armées du Mali"}, {"actor1": "Forces Armees du Mali"})
    assert not ev.field_correct("actor1", {"actor1": "Taliban"}, {"actor1": "Islamic State (Khorasan Province)"})


def test_evaluate_admin_suffix_article_and_fuzzy_spelling() -> None:
    assert ev.field_correct("admin1", {"admin1": "Anbar"}, {"admin1": "Al Anbar Governorate"})
    assert ev.field_correct("admin1", {"admin1": "Nangarhar"}, {"admin1": "Nangarhār Province"})
    assert ev.field_correct("admin1", {"admin1": "Lower Shabelle"}, {"admin1": "Lower Shebelle"})
    assert not ev.field_correct("admin1", {"admin1": "Kunar"}, {"admin1": "Kandahar"})


def test_evaluate_coordinates_tolerance_depends_on_geo_precision() -> None:
    gold = {"latitude": 34.43, "longitude": 70.45, "geo_precision": 1}
    near = {"latitude": 34.47, "longitude": 70.50}  # about 6 km
    far = {"latitude": 34.60, "longitude": 70.60}  # about 23 km
    assert ev.field_correct("coordinates", gold, near)
    assert not ev.field_correct("coordinates", gold, far)
    assert ev.field_correct("coordinates", {**gold, "geo_precision": 2}, far)


def test_evaluate_counts_exact_or_inside_gold_range() -> None:
    gold = {"fatalities": 12, "fatalities_low": 10, "fatalities_high": 15}
    assert ev.field_correct("fatalities", gold, {"fatalities": 14})
    assert not ev.field_correct("fatalities", gold, {"fatalities": 16})
    assert not ev.field_correct("injured", {"injured": 5}, {"injured": 6})
    assert ev.field_correct("injured", {"injured": 0}, {"injured": 0})


def test_evaluate_null_gold_expects_null_and_absent_key_is_not_scored(gold_dir: Path) -> None:
    assert ev.field_correct("claimed_by", {"claimed_by": None}, {"claimed_by": None})
    assert not ev.field_correct("fatalities", {"fatalities": None}, {"fatalities": 0})
    report = ev.evaluate(ev.load_gold(gold_dir), [_good_bomb(claimed_by=None)])
    assert report.fields["claimed_by"].total == 1  # only the first gold event names it
    assert report.fields["actor1"].gold_total == 1


def test_evaluate_field_errors_and_confusion_table(gold_dir: Path) -> None:
    wrong = _good_bomb(event_type=EventType.BATTLES, sub_event_type=SubEventType.ARMED_CLASH, fatalities=4)
    report = ev.evaluate(ev.load_gold(gold_dir), [wrong])
    assert report.fields["fatalities"].accuracy == 0.0
    assert report.fields["fatalities"].errors[0]["pred"] == 4
    assert report.confusion[("Explosions/Remote violence", "Battles")] == 1
    assert report.confusion[("Violence against civilians", ev.MISSING)] == 1


def test_evaluate_floors_report_one_line_per_broken_floor(gold_dir: Path) -> None:
    report = ev.evaluate(ev.load_gold(gold_dir), [_good_bomb(fatalities=4)])
    broken = ev.check_floors(report, {"f1": 0.9, "field_accuracy": {"fatalities": 0.5, "actor1": 0.5, "weapon_type": 0.1}})
    assert len(broken) == 3
    assert any("f1 0.667 < 0.900" in b for b in broken)
    assert any("fatalities" in b for b in broken)
    assert any("weapon_type not measured" in b for b in broken)
    assert ev.check_floors(report, {"f1": 0.5, "field_accuracy": {"actor1": 1.0}}) == []


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(ev.evaluate_command)
    return app


def test_evaluate_command_exits_1_on_broken_floor(gold_dir: Path, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(_good_bomb()) + "\n")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"f1": 0.9}))
    result = CliRunner().invoke(_app(), [str(gold_dir), str(pred), "--floors", str(floors)])
    assert result.exit_code == 1
    assert "floor broken: f1" in result.output
    floors.write_text(json.dumps({"f1": 0.5}))
    result = CliRunner().invoke(_app(), [str(gold_dir), str(pred), "--floors", str(floors), "--json"])
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["matched"] == 1 and out["broken_floors"] == []


def test_evaluate_command_bad_gold_is_one_line_error(tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text("")
    result = CliRunner().invoke(_app(), [str(tmp_path / "missing"), str(pred)])
    assert result.exit_code == 2
    assert "E500" in result.output


def test_evaluate_gold_events_on_one_span_are_matched_by_field_agreement() -> None:
    from sitrep.evaluate import match_events

    span = {"start": 0, "end": 100, "text": "x" * 100}
    gold = [
        {"doc_id": "d", "evidence": span, "sub_event_type": "Arrests"},
        {"doc_id": "d", "evidence": span, "sub_event_type": "Disrupted weapons use"},
    ]
    preds = [
        {"doc_id": "d", "evidence": {"start": 0, "end": 60, "text": "x" * 60}, "sub_event_type": "Disrupted weapons use"},
        {"doc_id": "d", "evidence": {"start": 60, "end": 100, "text": "x" * 40}, "sub_event_type": "Arrests"},
    ]
    matches, misses, fps = match_events(gold, preds)
    assert not misses and not fps
    assert {(m.gold, m.pred) for m in matches} == {(0, 1), (1, 0)}
