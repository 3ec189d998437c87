"""Event place accuracy on linking-gva (US local news about shootings), end to end from the text.

Reads ../shared/data/linking-gva (internal development only: nothing from it is written into the
repository; extracted events go to a temporary file). For every article of the ``--split`` whose
incident has a gold record, sitrep extracts the article and its main event (the first current
event in text order, as the linking benchmark takes it) is compared with GVA's place:
- country: the event's country is the United States;
- admin1: the event's first-level unit is the gold state;
- city: the event's location is the gold city (GVA's city_or_county, or the part it names in
  brackets: "Chicago (Roseland)"; case, "St."/"Saint" and a trailing "County" ignored), or lies
  within 25 km of the gold point. GVA's "District of Columbia" is the gazetteer's "Washington,
  D.C.".
Misses are listed by class (``--misses``): no event, no place, a foreign place (a namesake abroad),
another US state (split by whether the text names the gold state), right state but another town
(split by whether the text names the gold city, and by "City, ST" written after it), and, for the
chosen surface word, whether it is a participant's name (a person read as a town) or a word the
text also writes in lower case (a common word).

Usage: python benchmarks/gva_places.py [--split tune|report] [--sample N] [--misses] [--workers 2]
Tune on ``tune``; report ``report``.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _linkdata as L  # noqa: E402

from sitrep.geo.distance import haversine_km  # noqa: E402

CITY_KM = 25.0
SEED = 20261207


#: GVA's state names that the gazetteer writes otherwise
STATE_NAMES = {"District of Columbia": "Washington, D.C."}


def _norm(name: str | None) -> str:
    s = (name or "").lower().replace("saint ", "st ").replace("st. ", "st ").replace("-", " ")
    s = re.sub(r"\s+(county|parish|city|township|borough)$", "", s.strip())
    return re.sub(r"[^a-z ]", "", s).strip()


def classify(art: dict, gold: dict, ev, text: str) -> str:  # noqa: ANN001
    """The class of a city miss (see the module doc)."""
    if ev is None:
        return "no event"
    if not ev.country:
        return "no place"
    surface = ""
    spans = ev.field_evidence.get("location") or ev.field_evidence.get("place") or []
    if spans:
        surface = spans[0].text
    people = {w.lower() for p in gold.get("participants") or [] for w in (p.get("name") or "").split()}
    word = surface.split(",")[0].strip()
    if word and all(w.lower() in people for w in word.split()):
        return "person's name read as a place"
    if word and re.search(rf"(?<![A-Za-z]){re.escape(word.lower())}(?![A-Za-z])", text):
        return "common word read as a place"
    if ev.country != "United States":
        return "foreign namesake"
    city = gold.get("city") or ""
    named_city = bool(city) and re.search(rf"\b{re.escape(city)}\b", text, re.I) is not None
    if ev.admin1 != STATE_NAMES.get(gold.get("state"), gold.get("state")):
        state = gold.get("state") or ""
        if re.search(rf"\b{re.escape(state)}\b", text):
            return "other state; gold state named in the text"
        return "other state; gold state not named"
    if named_city and re.search(rf"\b{re.escape(city)},\s+[A-Z][a-z]*\.?", text):
        return "right state; 'City, ST' of the gold city not used"
    if named_city:
        return "right state; gold city named, another chosen"
    return "right state; gold city not named"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="report", choices=["tune", "report"])
    ap.add_argument("--sample", type=int, default=0, help="fixed random sample of N articles (0: all)")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--misses", action="store_true", help="list every city miss with its class")
    ap.add_argument("--cache", type=Path, help="keep the extracted events here (default: a fresh temporary file)")
    args = ap.parse_args()
    if not L.require(L.GVA / "articles.jsonl", "linking-gva"):
        return 0
    import json

    incidents = {}
    with (L.GVA / "incidents.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if not r.get("gold_missing"):
                incidents[r["incident"]] = r
    arts = [a for a in L.load_articles() if L.split_of(a["incident"]) == args.split and a["incident"] in incidents]
    if args.sample:
        arts = sorted(random.Random(SEED).sample(arts, min(args.sample, len(arts))), key=lambda a: a["id"])
    cache = args.cache or Path(tempfile.mkdtemp()) / "gva-places-events.jsonl"
    events = L.extracted(arts, cache=cache, workers=args.workers, refresh=args.cache is None)
    n = len(arts)
    hits = Counter()
    classes: Counter = Counter()
    misses = []
    for a in arts:
        gold = incidents[a["incident"]]
        ev = L.main_event(events.get(a["id"], []))
        country = ev is not None and ev.country == "United States"
        state = STATE_NAMES.get(gold.get("state"), gold.get("state"))
        admin1 = country and ev.admin1 == state
        near = (ev is not None and ev.latitude is not None and gold.get("lat") is not None
                and (ev.geo_precision or 3) <= 2
                and haversine_km(ev.latitude, ev.longitude, gold["lat"], gold["lon"]) <= CITY_KM)
        # "Chicago (Roseland)": the city or the part GVA names in brackets
        names = {_norm(x) for x in re.split(r"[()]", gold.get("city") or "") if x.strip()}
        city = admin1 and (_norm(ev.location) in names or near)
        hits["country"] += country
        hits["admin1"] += admin1
        hits["city"] += city
        if not city:
            cls = classify(a, gold, ev, a["text"])
            classes[cls] += 1
            misses.append((cls, a["id"], gold.get("city"), gold.get("state"),
                           None if ev is None else (ev.location, ev.admin1, ev.country)))
    print(f"== linking-gva event places, {args.split} split: {n} articles with a gold record"
          + (f" (sample of {args.sample}, seed {SEED})" if args.sample else ""))
    for k in ("country", "admin1", "city"):
        print(f"  {k:8s} {hits[k] / n if n else 0:.3f} ({hits[k]}/{n})")
    print("  city misses by class:")
    for cls, c in classes.most_common():
        print(f"    {c:5d}  {cls}")
    if args.misses:
        for m in sorted(misses):
            print("   ", *m, sep=" | ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
