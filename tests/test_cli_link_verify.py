"""link and verify through the CLI on a few documents of the linking dev set."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.store import Store

DOCS = Path(__file__).resolve().parents[1] / "benchmarks" / "linking" / "docs"
# one claim and two independent reports of one convoy attack, and a grenade attack in another town
CLUSTER = ["002-afgooye-convoy-claim.txt", "025-afgooye-road-radio.txt", "052-afgoye-convoy-wire.txt"]
OTHER = ["081-kismayo-tea-shop-grenade.txt"]
runner = CliRunner()


def _db(tmp_path: Path) -> Path:
    db = tmp_path / "x.db"
    args = ["extract", *[str(DOCS / n) for n in CLUSTER + OTHER], "--db", str(db), "-o", str(tmp_path / "e.jsonl"), "-q"]
    assert runner.invoke(app, args).exit_code == 0
    return db


def test_cli_link_puts_reports_of_one_event_in_one_cluster(tmp_path: Path) -> None:
    db = _db(tmp_path)
    result = runner.invoke(app, ["link", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        docs = {d.doc_id: Path(d.path or "").name for d in store.iter_documents()}
        by_doc = {docs[e.doc_id]: e.cluster_id for e in store.iter_events()}
        clusters = list(store.iter_clusters())
    assert len({by_doc[n] for n in CLUSTER}) == 1
    assert by_doc[OTHER[0]] != by_doc[CLUSTER[0]]
    merged = next(c for c in clusters if c.cluster_id == by_doc[CLUSTER[0]])
    assert merged.n_sources == 3
    assert merged.fatalities_basis == "independent reports"
    assert merged.fatalities == min(s.fatalities for s in merged.sources if s.source_kind == "report" and s.fatalities is not None)


def test_cli_verify_writes_claim_checks(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert runner.invoke(app, ["verify", "--db", str(db)]).exit_code == 1  # not linked yet
    assert runner.invoke(app, ["link", "--db", str(db)]).exit_code == 0
    out_csv, out_json = tmp_path / "checks.csv", tmp_path / "checks.json"
    result = runner.invoke(app, ["verify", "--db", str(db), "-o", str(out_csv)])
    assert result.exit_code == 0, result.output
    assert "Shabaab" in result.stdout  # the party table (names may wrap in a narrow terminal)
    rows = list(csv.DictReader(out_csv.open(encoding="utf-8")))
    assert len(rows) == 1 and rows[0]["claimed_by"] == "Al Shabaab" and rows[0]["corroborated"] == "True"
    assert float(rows[0]["fatalities_ratio"]) > 1.0  # the claim's toll is higher than the reports'
    assert runner.invoke(app, ["verify", "--db", str(db), "-o", str(out_json), "-f", "json"]).exit_code == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["parties"][0]["claims"] == 1 and data["parties"][0]["share_corroborated"] == 1.0


def test_cli_verify_json_has_one_record_per_claim_with_status(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert runner.invoke(app, ["link", "--db", str(db)]).exit_code == 0
    out = tmp_path / "checks.json"
    result = runner.invoke(app, ["verify", "--db", str(db), "-o", str(out), "-f", "json"])
    assert result.exit_code == 0, result.output
    assert "only relayed" in result.stdout
    (rec,) = json.loads(out.read_text(encoding="utf-8"))["claims"]
    assert rec["claimed_by"] == "Al Shabaab" and rec["status"] == "corroborated"
    assert len(rec["corroborating"]) == 2 and rec["relaying"] == []
    assert rec["claimed_fatalities"] > rec["reported_fatalities"] and rec["fatalities_ratio"] > 1


def test_cli_export_clusters_writes_one_row_per_cluster(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert runner.invoke(app, ["export", "--db", str(db), "--clusters"]).exit_code == 1  # not linked yet
    assert runner.invoke(app, ["link", "--db", str(db)]).exit_code == 0
    out = tmp_path / "clusters.csv"
    result = runner.invoke(app, ["export", "--db", str(db), "--clusters", "-f", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    with Store(db) as store:
        n_events = store.counts()["events"]
        n_clusters = len({e.cluster_id for e in store.iter_events()})
    assert len(rows) == n_clusters < n_events
    big = max(rows, key=lambda r: int(r["n_sources"]))
    assert big["n_sources"] == "3" and big["n_claims"] == "1" and big["n_independent"] == "2"
    assert int(big["fatalities_min"]) <= int(big["fatalities"]) <= int(big["fatalities_max"])
    assert big["fatalities_basis"] == "independent reports" and "claim by Al Shabaab" in big["sources"]
    jl = tmp_path / "clusters.jsonl"
    assert runner.invoke(app, ["export", "--db", str(db), "--clusters", "-o", str(jl)]).exit_code == 0
    recs = [json.loads(x) for x in jl.read_text(encoding="utf-8").splitlines()]
    assert all("evidence" in s for r in recs for s in r["sources"])


def test_cli_clusters_shows_sources_side_by_side(tmp_path: Path) -> None:
    db = _db(tmp_path)
    assert runner.invoke(app, ["link", "--db", str(db)]).exit_code == 0
    result = runner.invoke(app, ["clusters", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "claim by Al Shabaab" in result.stdout and "3 sources" in result.stdout
    assert "(!) fatalities" in result.stdout  # the claim's toll differs from the reports'
