"""Check the hand-annotated gold files: every line of every ``events*.jsonl`` next to this script.

For each gold event: the document exists, ``body[start:end] == evidence.text`` (body = the text after
the front matter, exactly as ``sitrep.ingest`` produces it), event/sub-event types are valid ACLED
values and belong together, dates are ISO and ordered, precisions are 1..3, counts are coherent,
claims name their claimant. Exits 1 with one line per problem, 0 when clean.

    python benchmarks/gold/validate.py [FILE.jsonl ...]
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from sitrep.ingest import normalise_text, split_front_matter
from sitrep.model import SUB_EVENT_PARENT, EventType, SubEventType

HERE = Path(__file__).resolve().parent
EVENT_TYPES = {e.value for e in EventType}
SUB_TYPES = {s.value: SUB_EVENT_PARENT[s].value for s in SubEventType}
SOURCE_KINDS = {"claim", "report"}
COUNT_KEYS = ("fatalities", "fatalities_low", "fatalities_high", "injured", "injured_low", "injured_high", "casualties")
REQUIRED = ("doc", "evidence", "event_date", "event_type", "sub_event_type", "country", "iso3")


def _body(path: Path, cache: dict[Path, str]) -> str:
    if path not in cache:
        cache[path] = split_front_matter(normalise_text(path.read_text(encoding="utf-8")))[1]
    return cache[path]


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def check_event(ev: dict, cache: dict[Path, str]) -> list[str]:
    errs: list[str] = []
    for key in REQUIRED:
        if key not in ev:
            errs.append(f"missing key {key!r}")
    if errs:
        return errs
    doc = HERE / ev["doc"]
    if not doc.is_file():
        return [f"document not found: {ev['doc']}"]
    body = _body(doc, cache)
    evid = ev["evidence"]
    try:
        start, end, text = int(evid["start"]), int(evid["end"]), evid["text"]
    except (KeyError, TypeError, ValueError):
        return ["evidence needs integer start/end and text"]
    if not (0 <= start <= end <= len(body)):
        errs.append(f"evidence span {start}:{end} outside the body (length {len(body)})")
    elif body[start:end] != text:
        errs.append(f"body[{start}:{end}] != evidence.text ({body[start:start + 40]!r}...)")
    if ev["event_type"] not in EVENT_TYPES:
        errs.append(f"unknown event_type {ev['event_type']!r}")
    sub = ev["sub_event_type"]
    if sub not in SUB_TYPES:
        errs.append(f"unknown sub_event_type {sub!r}")
    elif SUB_TYPES[sub] != ev["event_type"]:
        errs.append(f"sub_event_type {sub!r} belongs to {SUB_TYPES[sub]!r}, not {ev['event_type']!r}")
    d1 = _iso(ev["event_date"])
    if d1 is None:
        errs.append(f"event_date not ISO: {ev['event_date']!r}")
    if ev.get("event_date_end") is not None:
        d2 = _iso(ev["event_date_end"])
        if d2 is None:
            errs.append(f"event_date_end not ISO: {ev['event_date_end']!r}")
        elif d1 and d2 < d1:
            errs.append("event_date_end before event_date")
    for key in ("time_precision", "geo_precision"):
        if key in ev and ev[key] not in (1, 2, 3):
            errs.append(f"{key} must be 1, 2 or 3, not {ev[key]!r}")
    if not (isinstance(ev["iso3"], str) and len(ev["iso3"]) == 3 and ev["iso3"].isupper()):
        errs.append(f"iso3 must be three capital letters, not {ev['iso3']!r}")
    lat, lon = ev.get("latitude"), ev.get("longitude")
    if lat is not None and not (isinstance(lat, (int, float)) and -90 <= lat <= 90):
        errs.append(f"latitude out of range: {lat!r}")
    if lon is not None and not (isinstance(lon, (int, float)) and -180 <= lon <= 180):
        errs.append(f"longitude out of range: {lon!r}")
    for key in COUNT_KEYS:
        v = ev.get(key)
        if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
            errs.append(f"{key} must be a non-negative integer or null, not {v!r}")
    best, low, high = ev.get("fatalities"), ev.get("fatalities_low"), ev.get("fatalities_high")
    if isinstance(best, int) and isinstance(low, int) and low > best:
        errs.append("fatalities_low > fatalities")
    if isinstance(best, int) and isinstance(high, int) and high < best:
        errs.append("fatalities_high < fatalities")
    if ev.get("casualties") is not None and best is not None:
        errs.append("casualties set together with fatalities (casualties is for an unknown split)")
    kind = ev.get("source_kind")
    if kind is not None:
        if kind not in SOURCE_KINDS:
            errs.append(f"source_kind must be claim or report, not {kind!r}")
        elif kind == "claim" and not ev.get("claimed_by"):
            errs.append("source_kind claim without claimed_by")
        elif kind == "report" and ev.get("claimed_by"):
            errs.append("claimed_by set on a report")
    if "tags" in ev and not isinstance(ev["tags"], list):
        errs.append("tags must be a list")
    return errs


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or sorted(HERE.glob("events*.jsonl"))
    if not files:
        print("no events*.jsonl files found", file=sys.stderr)
        return 1
    cache: dict[Path, str] = {}
    problems = total = 0
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            total += 1
            try:
                ev = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{f.name}:{n}: invalid JSON ({exc.msg})")
                problems += 1
                continue
            if not isinstance(ev, dict):
                print(f"{f.name}:{n}: a line must be a JSON object")
                problems += 1
                continue
            for err in check_event(ev, cache):
                print(f"{f.name}:{n}: {ev.get('doc', '?')}: {err}")
                problems += 1
    print(f"{total} events in {len(files)} file(s), {problems} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
