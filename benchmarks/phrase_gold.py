"""Shared helpers of the phrase-anchored annotation scripts (benchmarks/heldout/annotate.py and
benchmarks/bulletins/annotate.py): hand annotations written as code, so that evidence offsets are
computed from quoted phrases in the document body exactly as sitrep's ingest stores it (front
matter removed, newlines normalised), never typed by hand. sitrep's extractor is not run.

``PhraseGold(here, places, sub)``: ``places`` maps a place key to (country, iso3, admin1, location,
lat, lon), ``sub`` a type key to (event_type, sub_event_type). ``ev(...)`` builds one gold record;
``OMIT`` leaves a key out (not scored); ``write(events)`` writes ``here/events.jsonl``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.ingest import normalise_text, split_front_matter

OMIT: Any = object()  # a key left out is not scored


class PhraseGold:
    def __init__(self, here: Path, places: dict[str, tuple], sub: dict[str, tuple[str, str]]) -> None:
        self.here, self.places, self.sub = here, places, sub
        self._bodies: dict[str, str] = {}

    def body(self, doc: str) -> str:
        if doc not in self._bodies:
            text = (self.here / doc).read_text(encoding="utf-8")
            self._bodies[doc] = split_front_matter(normalise_text(text))[1]
        return self._bodies[doc]

    def span(self, doc: str, first: str, last: str) -> dict:
        b = self.body(doc)
        assert b.count(first) == 1, (doc, first, b.count(first))
        start = b.index(first)
        end = b.index(last, start) + len(last)
        return {"start": start, "end": end, "text": b[start:end]}

    def ev(self, doc, first, last, date, kind, a1, a2, place, gp, fat=None, inj=None, cas=None,  # noqa: ANN001, ANN201
           end=None, tp=1, claim=None, tags=()):
        """fat: None (unknown) | (best, low, high); inj: None | int; cas: None | int. OMIT leaves a key out."""
        country, iso3, admin1, location, lat, lon = self.places[place]
        et, st = self.sub[kind]
        rec = {"doc": f"docs/{doc}", "evidence": self.span(f"docs/{doc}", first, last),
               "event_date": date, "event_date_end": end or date, "time_precision": tp,
               "event_type": et, "sub_event_type": st, "actor1": a1, "actor2": a2,
               "country": country, "iso3": iso3, "admin1": admin1, "location": location,
               "latitude": lat, "longitude": lon, "geo_precision": gp}
        if fat is OMIT:
            pass
        elif fat is None:
            rec.update(fatalities=None, fatalities_low=None, fatalities_high=None)
        else:
            best, low, high = fat
            rec.update(fatalities=best, fatalities_low=low)
            if high is not OMIT:
                rec["fatalities_high"] = high
        if inj is not OMIT:
            rec["injured"] = inj
        if cas is not OMIT:
            rec["casualties"] = cas
        rec["source_kind"] = "claim" if claim else "report"
        rec["claimed_by"] = claim
        for k in ("actor1", "actor2"):
            if rec[k] is OMIT:
                del rec[k]
        rec["tags"] = list(tags)
        return rec

    def write(self, events: list[dict]) -> None:
        out = self.here / "events.jsonl"
        with out.open("w", encoding="utf-8") as f:
            for rec in events:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{len(events)} events in {len({e['doc'] for e in events})} documents -> {out}")
