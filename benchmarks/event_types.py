"""Event types on both styles: ACLED notes, news-style snippets, the project's gold sets, negatives.

(Named event_types.py, not types.py: a types.py in this folder would shadow the standard library's
`types` module for every script run from here.)

    python benchmarks/event_types.py [--news-split dev|test|both] [--skip-gold] [--skip-geo] [--notes-limit N]
                               [--notes-split dev|test] [--set KEY=VALUE ...] [--json]
                               [--news-file PATH [--news-file-split dev|test|both]]

Prints, for each set, accuracy and weighted and macro F1 of the sub-event type and of the event type
("NONE" counts as a class where a set has it), then a confusion table of the most frequent errors:

- acled-notes `test` (real ACLED coders' notes; the classifier on each note as one mention, rules +
  model as shipped). Tune on train/dev, report test.
- news-types (written news-style snippets with a NONE class; sitrep end to end, label = the first
  event's sub-type or NONE when no in-scope event is written). Select on `dev`, report `test`.
- the project's blind news-style sets (`BLIND_SETS`, each written without seeing the extractor; README in each
  folder; scored as news-types, `--news-split` honoured; select on `dev`, report `test`):
  benchmarks/news_written/ (352 one- to three-sentence snippets, 12 per sub-type and 52 NONE) and
  benchmarks/news_leads/ (300 wire leads: a headline and two to four sentences with attribution, updated
  tolls, claims and background sentences; 10 per sub-type, 4 Chemical weapon, 56 NONE) and
  benchmarks/news_briefs/ (300 items of other genres: flash updates, NGO incident lines, local briefs, press
  releases in a party's own voice, digests whose first item decides, translated copy, eyewitness posts; same mix).
- the dev gold set, the held-out set and the held-out short reports (benchmarks/heldout_reports: 24 everyday
  reports, 6 of them with no event) (`sitrep evaluate` event F1 and field accuracy of event/sub-event type).
- `--news-file PATH`: any other labelled news-style set in the news-types format, the same measure on its `dev`
  (select) or `test` (report) split.
- negatives: the share of texts that yield no political-violence event, on news-types NONE, on
  benchmarks/negatives.jsonl and benchmarks/negatives_more.jsonl (both written for the project; the second
  written before sitrep was run on it, and reported on its own line) and on GeoVirus/LGL/TR-News `report`
  documents.

`--set override_min=0.7` (and the other keys of src/sitrep/data/type_combine.yaml) tries another
combination setting without editing the file: for selection on dev sets only.
Sets under ../shared that are missing are reported as missing and skipped.
"""
from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

NONE = "NONE"


def _parent(sub: str) -> str:
    from sitrep.model import SUB_EVENT_PARENT, SubEventType

    return NONE if sub == NONE else SUB_EVENT_PARENT[SubEventType(sub)].value


def scores(gold: list[str], pred: list[str]) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score

    labels = sorted(set(gold))
    return {"n": len(gold), "accuracy": round(accuracy_score(gold, pred), 3),
            "weighted_f1": round(f1_score(gold, pred, labels=labels, average="weighted", zero_division=0), 3),
            "macro_f1": round(f1_score(gold, pred, labels=labels, average="macro", zero_division=0), 3)}


def both_levels(gold: list[str], pred: list[str]) -> dict[str, dict[str, float]]:
    return {"sub_event_type": scores(gold, pred),
            "event_type": scores([_parent(g) for g in gold], [_parent(p) for p in pred])}


def classify_note(text: str, country: str | None) -> str:
    from sitrep.extractors import types as T

    doc, mention, actors, _, _ = T.analyse_text(text, country)
    value = T.classify(doc, mention, None, actors)
    if not value.is_event or not value.in_scope or value.sub_event_type is None:
        return NONE
    return value.sub_event_type.value


def first_label(text: str) -> str:
    import sitrep

    evs = sorted(sitrep.extract(text), key=lambda e: e.evidence.start)
    return evs[0].sub_event_type.value if evs and evs[0].sub_event_type else NONE


def acled_test(limit: int, split: str = "test") -> tuple[dict, list[tuple[str, str]]] | None:
    f = DATA / "acled-notes" / "events.jsonl"
    if not f.exists():
        print(f"acled-notes: {f} is missing; not measured")
        return None
    rows = [r for r in map(json.loads, f.open(encoding="utf-8")) if r["split"] == split]
    if limit:  # an evenly spaced sample, so that every export is in it
        rows = rows[:: max(1, len(rows) // limit)][:limit]
    gold = [r["sub_event_type"] for r in rows]
    pred = [classify_note(r["notes"], r.get("country")) for r in rows]
    res: dict = both_levels(gold, pred)
    # by source export: the Kenya export (2004-2019) reads like headlines, not like the coders' dated notes
    for name in sorted({r["file"] for r in rows}):
        sel = [(g, p) for r, g, p in zip(rows, gold, pred) if r["file"] == name]
        ev = scores([_parent(g) for g, _ in sel], [_parent(p) for _, p in sel])
        res[f"event_type, {name} export"] = {"n": ev["n"], "accuracy": ev["accuracy"], "weighted_f1": ev["weighted_f1"]}
    return res, list(zip(gold, pred))


def news_types(split: str, path: Path | None = None) -> tuple[dict, list[tuple[str, str]]] | None:
    """news-types (or another set of labelled news-style snippets in its format: ``path``) on ``split``."""
    f = path or DATA / "news-types" / "snippets.jsonl"
    if not f.exists():
        print(f"news-types: {f} is missing; not measured")
        return None
    rows = [r for r in map(json.loads, f.open(encoding="utf-8")) if r["split"] == split]
    gold = [r["sub_event_type"] for r in rows]
    pred = [first_label(r["text"]) for r in rows]
    res = both_levels(gold, pred)
    neg = [p for g, p in zip(gold, pred) if g == NONE]
    res["none_rows_without_event"] = round(sum(p == NONE for p in neg) / max(1, len(neg)), 3)
    return res, list(zip(gold, pred))


#: the blind news-style sets shipped in benchmarks/ (a README in each), scored like news-types
BLIND_SETS = {"news_written": HERE / "news_written" / "snippets.jsonl",
              "news_leads": HERE / "news_leads" / "snippets.jsonl",
              "news_briefs": HERE / "news_briefs" / "snippets.jsonl"}


def gold_set(name: str) -> dict | None:
    d = HERE / name
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        subprocess.run([sys.executable, "-m", "sitrep.cli", "extract", str(d / "docs"), "--quiet", "--output",
                        str(pred)], check=True, capture_output=True)
        out = subprocess.run([sys.executable, "-m", "sitrep.cli", "evaluate", str(d), str(pred), "--json"],
                             check=True, capture_output=True, text=True)
    rep = json.loads(out.stdout)
    fa = rep["field_accuracy"]
    return {"events_f1": rep["f1"], "matched": rep["matched"],
            "event_type": f'{fa["event_type"]["accuracy"]} ({fa["event_type"]["correct"]}/{fa["event_type"]["total"]})',
            "sub_event_type": f'{fa["sub_event_type"]["accuracy"]} ({fa["sub_event_type"]["correct"]}/'
                              f'{fa["sub_event_type"]["total"]})'}


def geo_docs(split: str = "report", data: Path = DATA) -> list[tuple[str, str, str]]:
    """(corpus, key, text) of the GeoVirus, LGL and TR-News documents of ``split`` (geoparsing/splits.json under
    ``data``: `tune` to study errors with benchmarks/false_events.py and to train the NONE class with
    benchmarks/train_types.py, `report` for the figure)."""
    splits = json.loads((data / "geoparsing" / "splits.json").read_text(encoding="utf-8"))
    files = {"lgl": "lgl/lgl.xml", "geovirus": "geovirus/GeoVirus.xml", "tr-news": "tr-news/TR-News.xml"}
    out = []
    for corpus, rel in files.items():
        assign = splits[corpus]["documents"]
        seen: dict[str, int] = {}
        for art in ET.parse(data / "geoparsing" / rel).getroot():
            if corpus == "geovirus":
                key = (art.findtext("source") or "").strip()
                seen[key] = seen.get(key, 0) + 1
                key = key if seen[key] == 1 else f"{key}#{seen[key] - 1}"
            else:
                key = art.get("docid") or ""
            if assign.get(key) == split:
                out.append((corpus, key, art.findtext("text") or ""))
    return out


def _no_event(text: str) -> bool:
    import sitrep

    return not sitrep.extract(text)


def negatives(skip_geo: bool) -> dict:
    res: dict[str, object] = {}
    own = [json.loads(line)["text"] for line in (HERE / "negatives.jsonl").read_text(encoding="utf-8").splitlines()
           if line.strip()]
    res["project negatives (benchmarks/negatives.jsonl)"] = f"{sum(map(_no_event, own)) / len(own):.3f} of {len(own)}"
    more = [json.loads(line)["text"] for line in (HERE / "negatives_more.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    res["project negatives, second set (benchmarks/negatives_more.jsonl)"] = (
        f"{sum(map(_no_event, more)) / len(more):.3f} of {len(more)}")
    if skip_geo:
        return res
    if not (DATA / "geoparsing" / "splits.json").exists():
        res["geoparsing report"] = "missing"
        return res
    from concurrent.futures import ProcessPoolExecutor

    docs = geo_docs("report")
    with ProcessPoolExecutor(2) as pool:
        ok = list(pool.map(_no_event, [t for _, _, t in docs], chunksize=8))
    for corpus in ("geovirus", "lgl", "tr-news"):
        sel = [o for (c, _, _), o in zip(docs, ok) if c == corpus]
        res[f"{corpus} report documents"] = f"{sum(sel) / max(1, len(sel)):.3f} of {len(sel)}"
    res["geoparsing report documents, all"] = f"{sum(ok) / max(1, len(ok)):.3f} of {len(ok)}"
    labels = geo_labels()
    neg = [o for (c, k, _), o in zip(docs, ok) if labels.get((c, k)) in ("none", "background")]
    pos = [not o for (c, k, _), o in zip(docs, ok) if labels.get((c, k)) == "event"]
    res["geoparsing report documents labelled none or background (the negatives; benchmarks/geoparsing_labels)"] = (
        f"{sum(neg) / max(1, len(neg)):.3f} of {len(neg)}")
    res["geoparsing report documents labelled event: share where sitrep finds one"] = (
        f"{sum(pos) / max(1, len(pos)):.3f} of {len(pos)}")
    return res


def geo_labels() -> dict[tuple[str, str], str]:
    """(corpus, key) -> "event", "background" or "none": whether a geoparsing document reports an event ACLED
    would code (benchmarks/geoparsing_labels/, labelled blind to sitrep)."""
    rows = map(json.loads, (HERE / "geoparsing_labels" / "labels.jsonl").read_text(encoding="utf-8").splitlines())
    return {(r["corpus"], r["key"]): r["label"] for r in rows}


def confusion(pairs: list[tuple[str, str]], n: int = 12) -> list[tuple[str, str, int]]:
    c = collections.Counter((g, p) for g, p in pairs if g != p)
    return [(g, p, k) for (g, p), k in c.most_common(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--news-split", default="both", choices=["dev", "test", "both"])
    ap.add_argument("--skip-gold", action="store_true")
    ap.add_argument("--skip-geo", action="store_true")
    ap.add_argument("--skip-notes", action="store_true")
    ap.add_argument("--notes-limit", type=int, default=0)
    ap.add_argument("--notes-split", default="test", choices=["dev", "test"],
                    help="acled-notes split: dev to select (meaningful with the train-only models of "
                         "`train_types.py --no-refit`: the shipped ones saw dev), test to report")
    ap.add_argument("--set", action="append", default=[], help="KEY=VALUE of type_combine.yaml (selection only)")
    ap.add_argument("--news-file", type=Path, default=None,
                    help="any other set of labelled news-style snippets in the news-types format, measured on "
                         "--news-file-split beside news-types and the blind sets")
    ap.add_argument("--news-file-split", default="dev", choices=["dev", "test", "both"])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--floors", type=Path, default=None,
                    help="exit 1 when a measured set is below its floor in this file (benchmarks/floors_types.json: "
                         "set name -> {field: floor}); a set whose data is missing says so and is not checked")
    a = ap.parse_args(argv)
    from sitrep.extractors import types as T
    from sitrep.extractors.type_model import load_model

    if load_model() is None:
        print("types: no shipped model (src/sitrep/data/type_model.npz); measuring the rules alone")
    cfg = T.combine_settings()
    for kv in a.set:
        k, v = kv.split("=", 1)
        cfg[k] = type(cfg[k])(v) if not isinstance(cfg[k], list) else v.split(",")
    report: dict[str, object] = {}
    errors: dict[str, list] = {}
    if not a.skip_notes:
        r = acled_test(a.notes_limit, a.notes_split)
        if r:
            report[f"acled-notes {a.notes_split}"], errors[f"acled-notes {a.notes_split}"] = r
    for split in (["dev", "test"] if a.news_split == "both" else [a.news_split]):
        r = news_types(split)
        if r:
            report[f"news-types {split}"], errors[f"news-types {split}"] = r
    for name, path in BLIND_SETS.items():
        for split in (["dev", "test"] if a.news_split == "both" else [a.news_split]):
            r = news_types(split, path)
            if r:
                report[f"{name} {split}"], errors[f"{name} {split}"] = r
    if a.news_file is not None:
        for split in (["dev", "test"] if a.news_file_split == "both" else [a.news_file_split]):
            r = news_types(split, a.news_file)
            if r:
                report[f"{a.news_file.parent.name} {split}"], errors[f"{a.news_file.parent.name} {split}"] = r
    if not a.skip_gold:
        report["dev gold (benchmarks/gold)"] = gold_set("gold")
        report["held-out (benchmarks/heldout)"] = gold_set("heldout")
        report["held-out short reports (benchmarks/heldout_reports)"] = gold_set("heldout_reports")
    report["negatives: share of texts with no political-violence event"] = negatives(a.skip_geo)
    report["most frequent errors (gold -> predicted)"] = {k: confusion(v) for k, v in errors.items()}
    if a.json:
        print(json.dumps(report, indent=1))
        return check_floors(report, a.floors) if a.floors else 0
    for name, val in report.items():
        print(f"== {name}")
        if isinstance(val, dict):
            for k, v in val.items():
                if isinstance(v, list):
                    print(f"  {k}:")
                    for g, p, n in v:
                        print(f"    {n:4d}  {g} -> {p}")
                else:
                    print(f"  {k}: {v}")
    return check_floors(report, a.floors) if a.floors else 0


def check_floors(report: dict, path: Path) -> int:
    """1 when a set of ``report`` is below a floor of ``path`` (``{"news-types dev": {"sub_event_type.weighted_f1":
    0.95}}``; a dotted field reads a nested figure), else 0. A set the run did not measure (its data missing, or
    skipped) is named and not checked."""
    floors = json.loads(path.read_text(encoding="utf-8"))
    broken = []
    for name, fields in floors.items():
        if name.startswith("_"):
            continue
        got = report.get(name)
        if not isinstance(got, dict):
            print(f"floors: {name} not measured in this run; not checked")
            continue
        for field, floor in fields.items():
            val: object = got
            for part in field.split("."):
                val = val.get(part) if isinstance(val, dict) else None
            if not isinstance(val, (int, float)):
                broken.append(f"{name} {field}: no figure")
            elif val < floor:
                broken.append(f"{name} {field}: {val} < floor {floor}")
    for b in broken:
        print(f"floor broken: {b}")
    if not broken:
        print(f"all floors in {path} hold")
    return 1 if broken else 0


if __name__ == "__main__":
    raise SystemExit(main())
