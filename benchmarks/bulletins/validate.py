"""Check the claim-bulletin gold file: the dev set's checks (benchmarks/gold/validate.py) plus neutrality.

The dev validator resolves each event's ``doc`` relative to its own folder; this wrapper reuses
its ``check_event`` and ``main`` with that folder set to benchmarks/bulletins/. It then checks that
no string field of a gold record (other than doc, evidence and tags) holds a term of the reviewed
lexicon ``src/sitrep/data/neutral_terms.yaml``, and that every record is a claim.

    python benchmarks/bulletins/validate.py [FILE.jsonl ...]    # default: benchmarks/bulletins/events*.jsonl
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parent.parent / "src" / "sitrep" / "data" / "neutral_terms.yaml"
_spec = importlib.util.spec_from_file_location("gold_validate", HERE.parent / "gold" / "validate.py")
gold_validate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold_validate)
gold_validate.HERE = HERE  # documents and default events*.jsonl are looked up here


def neutrality_problems(files: list[Path]) -> int:
    terms = [t["term"] for t in yaml.safe_load(LEXICON.read_text(encoding="utf-8"))["terms"]]
    pats = [re.compile(rf"\b(?:{t})\b", re.IGNORECASE) for t in terms]
    problems = 0
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            ev = json.loads(line)
            if ev.get("source_kind") != "claim":
                print(f"{f.name}:{n}: every bulletin event is a claim")
                problems += 1
            for key, value in ev.items():
                if key in ("doc", "evidence", "tags") or not isinstance(value, str):
                    continue
                for p in pats:
                    if p.search(value):
                        print(f"{f.name}:{n}: loaded term /{p.pattern}/ in {key}: {value!r}")
                        problems += 1
    return problems


def main(argv: list[str]) -> int:
    rc = gold_validate.main(argv)
    files = [Path(a) for a in argv] or sorted(HERE.glob("events*.jsonl"))
    bad = neutrality_problems(files)
    print(f"neutrality: {bad} problem(s)", file=sys.stderr)
    return 1 if rc or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
