"""Score sitrep on real incident descriptions (../shared/data/realworld-dev) with the set's own scorer.

    python benchmarks/realworld.py [--split tune|report] [--sample N] [--seed S] [--workers N]
                                   [--floors FILE] [--json] [--keep PRED.jsonl] [--derived] [--misses]

Runs `score.py make-input`, extracts with sitrep's Python API (in --workers processes), and scores
with `score.py score`, the scorer the sealed set uses. Tune on `tune`; report `report`.
The predictions are scored exactly as sitrep writes them (`sitrep extract --format jsonl`), never
transformed on the way to the scorer: the sealed set scores sitrep's own output with this scorer, so
a figure computed on altered predictions (for example `fatalities` less the attackers) would not be
the figure the sealed set gives. Informational variants may be printed beside, never instead:
`killed_rows` (informational) scores `fatalities - perpetrator_fatalities`, the rows' own convention
for the dead (attackers apart as "(+N)"; see `source_convention`).
`--derived` prints every actor name derived from the text (open vocabulary, rule `actor-derived:*`)
with its frame and record id, so a reviewer can read them all. `--misses` (tune split only: the
report split is read for figures alone) prints every record that yields no event at all, id and
text, so the records that lose every field can be grouped by cause. `--sample N` takes a fixed random sample (seeded) of the split; CI runs a 600-record `tune` sample
against benchmarks/floors_realworld.json. Exits 0 when the data is missing, saying so plainly
(a user's clone has no ../shared); with --floors, exits 1 when a figure is below its floor.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data" / "realworld-dev"


def _extract(rec: dict) -> list[dict]:
    import sitrep

    events = sitrep.extract(rec["text"], published=rec["published"], source=rec["source"])
    return [json.loads(e.model_dump_json()) for e in events]


def source_convention(event: dict) -> dict:
    """The record as the realworld-dev rows count the dead: their "dead" cell leaves the attackers
    out and gives them apart as "(+N)" (README: ``killed_perpetrators``), while sitrep's
    ``fatalities`` counts every death, as ACLED and GTD do. So the rows' dead are ``fatalities``
    less ``perpetrator_fatalities`` (docs/rules/counts.md, "The attackers' own deaths"); the
    scorer accepts the dead alone or the dead plus the row's attackers."""
    k, p = event.get("fatalities"), event.get("perpetrator_fatalities")
    if k is None or not p:
        return event
    return {**event, "fatalities": k - p}


def _score(gold: Path, pred: Path, split: str) -> dict:
    out = subprocess.run([sys.executable, str(DATA / "score.py"), "score", str(gold), str(pred),
                          "--split", split, "--json"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def _print_derived(recs: list[dict], results: list[list[dict]]) -> None:
    """Every derived actor name, one line each: record, field, frame, name (rules `<field>-derived:<frame>`)."""
    seen = 0
    for rec, evs in zip(recs, results):
        for e in evs:
            for r in e.get("rules") or []:
                field, sep, frame = r.partition("-derived:")
                if not sep or field not in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
                    continue
                val = e.get(field)
                for name in (val if isinstance(val, list) else [val]):
                    if name:
                        print(f"derived\t{rec['source']}\t{field}\t{frame}\t{name}")
                        seen += 1
    print(f"derived names printed: {seen}")


def _print_misses(recs: list[dict], results: list[list[dict]]) -> None:
    """Every record with no event, one line each: record id and text (the `detected` misses)."""
    missed = [rec for rec, evs in zip(recs, results) if not evs]
    for rec in missed:
        print(f"missed\t{rec['source']}\t{rec['text']}")
    print(f"records with no event: {len(missed)} of {len(recs)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="report", choices=["tune", "report"])
    ap.add_argument("--sample", type=int, default=0, help="fixed random sample of N records (0: all)")
    ap.add_argument("--seed", type=int, default=20261206)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--floors", type=Path)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--keep", type=Path, help="keep the predictions in this file")
    ap.add_argument("--derived", action="store_true", help="print every actor name derived from the text")
    ap.add_argument("--misses", action="store_true",
                    help="print every record with no event (tune split only)")
    a = ap.parse_args(argv)
    if a.misses and a.split != "tune":
        ap.error("--misses lists records: tune split only (report is read for figures alone)")

    events_file = DATA / "events.jsonl"
    if not events_file.exists():
        print(f"realworld: {events_file} is missing (no ../shared beside the clone); nothing measured")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        inp = Path(tmp) / "in.jsonl"
        subprocess.run([sys.executable, str(DATA / "score.py"), "make-input", str(events_file), str(inp),
                        "--split", a.split], check=True)
        recs = [json.loads(line) for line in inp.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold = events_file
        if a.sample and a.sample < len(recs):
            recs = sorted(random.Random(a.seed).sample(recs, a.sample), key=lambda r: r["source"])
            keep = {r["source"] for r in recs}
            gold = Path(tmp) / "gold.jsonl"
            with events_file.open(encoding="utf-8") as f, gold.open("w", encoding="utf-8") as g:
                for line in f:
                    if line.strip() and json.loads(line)["id"] in keep:
                        g.write(line)
        t0 = time.perf_counter()
        if a.workers > 1:
            with ProcessPoolExecutor(a.workers) as pool:
                results = list(pool.map(_extract, recs, chunksize=32))
        else:
            results = [_extract(r) for r in recs]
        secs = time.perf_counter() - t0
        pred = a.keep or Path(tmp) / "pred.jsonl"
        with pred.open("w", encoding="utf-8") as f:
            for evs in results:
                for e in evs:
                    f.write(json.dumps(e) + "\n")
        # sitrep's predictions as written, unaltered: the sealed set's scorer reads the same output
        scores = _score(gold, pred, a.split)
        # informational, beside: the dead in the rows' convention (attackers apart)
        rows = Path(tmp) / "pred-rows.jsonl"
        with rows.open("w", encoding="utf-8") as f:
            for evs in results:
                for e in evs:
                    f.write(json.dumps(source_convention(e)) + "\n")
        killed_rows = _score(gold, rows, a.split)["acc_killed"]
    if a.derived:
        _print_derived(recs, results)
    if a.misses:
        _print_misses(recs, results)
    scores["acc_killed_rows"] = killed_rows
    scores["split"] = a.split
    scores["sample"] = a.sample or len(recs)
    scores["seconds"] = round(secs, 1)
    if a.json:
        print(json.dumps(scores))
    else:
        print(f"realworld-dev {a.split} ({len(recs)} records, {secs:.1f} s): "
              + " ".join(f"{k[4:]} {v}" for k, v in scores.items() if k.startswith("acc_")))
    if a.floors:
        floors = json.loads(a.floors.read_text(encoding="utf-8"))
        unknown = [k for k in floors if f"acc_{k}" not in scores]
        if unknown:
            print(f"realworld: unknown floor keys {unknown}", file=sys.stderr)
            return 2
        broken = {k: (scores[f"acc_{k}"], v) for k, v in floors.items()
                  if scores[f"acc_{k}"] is None or scores[f"acc_{k}"] < v}
        for k, (got, floor) in broken.items():
            print(f"FLOOR BROKEN {k}: {got} < {floor}", file=sys.stderr)
        if broken:
            return 1
        print(f"realworld floors hold ({len(floors)} fields)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
