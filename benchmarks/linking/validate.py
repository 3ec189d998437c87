"""Check the linking dev set: ``events.jsonl`` against ``docs/*.txt``.

Per event it runs the gold set's checks (benchmarks/gold/validate.py ``check_event``: span text
matches the body, ACLED types valid and paired, dates ISO, precisions 1..3, counts coherent, claims
name their claimant), then the linking-specific ones:

* ``cluster`` and ``role`` present; role is claim | report | distractor;
* role ``claim`` <=> source_kind ``claim`` with ``claimed_by``; reports have no claimed_by;
* a distractor is alone in its cluster; a cluster's members are in different documents;
* every document has exactly one event, and its front matter has ``published`` and ``source``,
  with ``source_kind`` equal to the event's; the event is not dated after ``published``;
* no loaded vocabulary in the documents (a short deny-list).

    python benchmarks/linking/validate.py [events.jsonl]
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

from sitrep.ingest import normalise_text, split_front_matter

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("gold_validate", HERE.parent / "gold" / "validate.py")
gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold)
gold.HERE = HERE  # resolve "docs/..." against this directory

ROLES = {"claim", "report", "distractor"}
# loaded vocabulary: the reviewed lexicon is the only list of it (plus two generic labels)
sys.path.insert(0, str(HERE.parents[1] / "src"))
from sitrep.extractors.actors import neutral_terms  # noqa: E402

LOADED = re.compile(r"\b(?:terrorists?|regime|" + "|".join(f"(?:{t})" for t in neutral_terms()) + r")\b", re.I)


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else HERE / "events.jsonl"
    cache: dict[Path, str] = {}
    problems: list[str] = []
    events = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            ev = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{n}: invalid JSON ({exc.msg})")
            continue
        events.append((n, ev))
        where = f"{n}: {ev.get('doc', '?')}"
        problems += [f"{where}: {e}" for e in gold.check_event(ev, cache)]
        role, kind = ev.get("role"), ev.get("source_kind")
        if not ev.get("cluster"):
            problems.append(f"{where}: missing cluster")
        if role not in ROLES:
            problems.append(f"{where}: role must be one of {sorted(ROLES)}, not {role!r}")
        if role == "claim" and (kind != "claim" or not ev.get("claimed_by")):
            problems.append(f"{where}: role claim needs source_kind claim and claimed_by")
        if role == "report" and kind != "report":
            problems.append(f"{where}: role report needs source_kind report")
        doc = HERE / ev["doc"]
        if doc.is_file():
            meta, body = split_front_matter(normalise_text(doc.read_text(encoding="utf-8")))
            for key in ("published", "source"):
                if key not in meta:
                    problems.append(f"{where}: front matter lacks {key}")
            if meta.get("source_kind") not in (None, "auto", kind):
                problems.append(f"{where}: front matter source_kind {meta.get('source_kind')!r} != {kind!r}")
            pub = meta.get("published")
            if isinstance(pub, date) and gold._iso(ev["event_date"]) and gold._iso(ev["event_date"]) > pub:
                problems.append(f"{where}: event_date after published {pub}")
            m = LOADED.search(body)
            if m:
                problems.append(f"{where}: loaded term {m.group(0)!r} in the document")

    by_cluster: dict[str, list[dict]] = defaultdict(list)
    by_doc: dict[str, int] = defaultdict(int)
    for _, ev in events:
        by_cluster[ev.get("cluster")].append(ev)
        by_doc[ev.get("doc")] += 1
    for cl, evs in by_cluster.items():
        docs = [e["doc"] for e in evs]
        if len(set(docs)) != len(docs):
            problems.append(f"cluster {cl}: two members in one document")
        if any(e.get("role") == "distractor" for e in evs) and len(evs) > 1:
            problems.append(f"cluster {cl}: a distractor must be alone in its cluster")
        if len({e.get("country") for e in evs}) > 1:
            problems.append(f"cluster {cl}: members in different countries")
    on_disk = {f"docs/{p.name}" for p in (HERE / "docs").glob("*.txt")}
    for d in sorted(on_disk - set(by_doc)):
        problems.append(f"{d}: document without an event")
    for d, k in by_doc.items():
        if k != 1:
            problems.append(f"{d}: {k} events (one expected)")

    for p in problems:
        print(p)
    roles = defaultdict(int)
    for _, ev in events:
        roles[ev.get("role")] += 1
    print(f"{len(events)} events, {len(by_cluster)} clusters, {len(on_disk)} documents, "
          f"roles {dict(roles)}: {len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
