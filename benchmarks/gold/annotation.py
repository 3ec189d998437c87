"""Shared helpers of the annotation scripts (annotate_b/c/d.py): the hand annotations are code,
so that evidence offsets are computed from quoted phrases, never typed by hand.

``Annotator.span(doc, first, last)`` finds the unique phrase ``first`` (text before the anchor
separator only anchors it) and runs to the end of the first ``last`` after it, in the document's
body exactly as sitrep's ingest stores it (front matter removed, newlines normalised).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sitrep.ingest import normalise_text, split_front_matter


class Annotator:
    def __init__(self, here: Path, places: dict[str, tuple], iso3: dict[str, str], sep: str = "|") -> None:
        self.docs = {p.name[:3]: p for p in sorted((here / "docs").glob("0*.txt"))}
        self.places, self.iso3, self.sep = places, iso3, sep
        self.out: list[dict[str, Any]] = []
        self._bodies: dict[str, str] = {}

    def body(self, doc: str) -> str:
        if doc not in self._bodies:
            self._bodies[doc] = split_front_matter(normalise_text(self.docs[doc].read_text(encoding="utf-8")))[1]
        return self._bodies[doc]

    def span(self, doc: str, first: str, last: str) -> tuple[int, int]:
        """Evidence from the (unique) phrase `first` to the end of the first `last` after it."""
        b = self.body(doc)
        ctx, _, first = first.rpartition(self.sep)  # text before the separator anchors, is not evidence
        assert b.count(ctx + first) == 1, (doc, ctx + first, b.count(ctx + first))
        s = b.index(ctx + first) + len(ctx)
        e = b.index(last, s) + len(last)
        return s, e

    def E(self, doc, first, last, date, etype, sub, a1, a2, place, geo, fat=None, low="=", high="=",  # noqa: N802, ANN001
          inj=None, cas=None, kind="report", by=None, end=None, prec=1, tags=(), omit=()) -> None:
        s, e = self.span(doc, first, last)
        country, admin1, admin2, loc, lat, lon = self.places[place]
        ev = {"doc": "docs/" + self.docs[doc].name, "evidence": {"start": s, "end": e, "text": self.body(doc)[s:e]},
              "event_date": date, "event_date_end": end or date, "time_precision": prec,
              "event_type": etype, "sub_event_type": sub,
              "actor1": a1.format(country) if a1 else a1, "actor2": a2.format(country) if a2 else a2,
              "country": country, "iso3": self.iso3[country], "admin1": admin1}
        if admin2:
            ev["admin2"] = admin2
        if loc:
            ev["location"] = loc
        ev.update({"latitude": lat, "longitude": lon, "geo_precision": geo,
                   "fatalities": fat, "fatalities_low": fat if low == "=" else low,
                   "fatalities_high": fat if high == "=" else high, "injured": inj, "casualties": cas,
                   "source_kind": kind, "claimed_by": by, "tags": list(tags)})
        for k in omit:
            ev.pop(k, None)
        self.out.append(ev)

    def write(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            for ev in self.out:
                f.write(json.dumps(ev, ensure_ascii=False) + "\n")
