"""How precise each concept frame of the event-type triggers is on ACLED coders' notes.

    python benchmarks/frame_precision.py [--split train] [--words N] [--json]

For every frame of src/sitrep/data/event_frames.yaml (docs/rules/event-types.md, "Concept frames"): how
many notes of the acled-notes split it matches, and the share of those whose coded sub-event type is the
frame's own (a trigger frame's class -> its sub-type; the `state_retakes` cue -> Government regains
territory), with the three most frequent sub-types among its matches. With `--words N`, for each of the
frames' sub-types, the N most frequent words of the notes of that sub-type that no frame of it matches
(a word list to read when choosing verbs and nouns, never text).

Reads ../shared/data/acled-notes (ACLED's terms: no note is printed or written); says so and stops when it
is missing. Select on `train` (the default) or `dev`; `test` is for reporting only.
"""
from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "data"
sys.path.insert(0, str(HERE.parent / "src"))

#: the sub-type a frame's trigger class (or cue) stands for
SUB_OF = {
    "agreement": "Agreement",
    "gov_regains": "Government regains territory",
    "nonviolent_transfer": "Non-violent transfer of territory",
    "headquarters": "Headquarters or base established",
    "overtakes": "Non-state actor overtakes territory",
    "change_group": "Change to group/activity",
    "abduction": "Abduction/forced disappearance",
    "mob": "Mob violence",
    "state_retakes": "Government regains territory",
}
_STOP = set("""a an the of in on at to and or by for from with was were is are be been had has have it its their
his her they he she said that as after which who this these those into near over about also two three one four five
six seven eight nine ten other local reportedly district village town province region county state area""".split())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="train", choices=["train", "dev", "test"])
    ap.add_argument("--words", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    f = DATA / "acled-notes" / "events.jsonl"
    if not f.exists():
        print(f"acled-notes: {f} is missing; not measured")
        return 0
    from sitrep.extractors.type_frames import frames

    rows = [r for r in map(json.loads, f.open(encoding="utf-8")) if r["split"] == a.split]
    out: dict[str, dict] = {}
    matched_by_sub: dict[str, set[int]] = collections.defaultdict(set)
    for fr in frames():
        own = SUB_OF.get(fr.cls or fr.cue or "")
        hits = [i for i, r in enumerate(rows) if fr.pattern.search(r["notes"])]
        subs = collections.Counter(rows[i]["sub_event_type"] for i in hits)
        if own:
            matched_by_sub[own].update(i for i in hits if rows[i]["sub_event_type"] == own)
        out[fr.name] = {"sub_event_type": own, "matches": len(hits),
                        "precision": round(subs[own] / len(hits), 3) if hits else None,
                        "top": subs.most_common(3)}
    res: dict[str, object] = {"split": a.split, "notes": len(rows), "frames": out}
    if a.words:
        words: dict[str, list] = {}
        for sub in sorted(set(SUB_OF.values())):
            c: collections.Counter[str] = collections.Counter()
            for i, r in enumerate(rows):
                if r["sub_event_type"] == sub and i not in matched_by_sub[sub]:
                    c.update(w for w in set(re.findall(r"[a-z][a-z-]{2,}", r["notes"].lower())) if w not in _STOP)
            n = sum(1 for r in rows if r["sub_event_type"] == sub)
            words[f"{sub} ({n} notes, {len(matched_by_sub[sub])} matched)"] = c.most_common(a.words)
        res["words of unmatched notes"] = words
    if a.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"acled-notes {a.split}: {len(rows)} notes")
    for name, v in out.items():
        print(f"  {name:28s} {v['sub_event_type'] or '-':38s} matches {v['matches']:5d}  precision {v['precision']}  "
              f"top {v['top']}")
    for k, v in (res.get("words of unmatched notes") or {}).items():
        print(f"  {k}: {', '.join(w for w, _ in v)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
