"""Check the held-out everyday-reports gold file with the dev set's checks (benchmarks/gold/validate.py).

The dev validator resolves each event's ``doc`` relative to its own folder; this wrapper reuses
its ``check_event`` and ``main`` with that folder set to benchmarks/heldout_reports/.

    python benchmarks/heldout_reports/validate.py [FILE.jsonl ...]   # default: benchmarks/heldout_reports/events*.jsonl
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("gold_validate", HERE.parent / "gold" / "validate.py")
gold_validate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(gold_validate)
gold_validate.HERE = HERE  # documents and default events*.jsonl are looked up here

if __name__ == "__main__":
    sys.exit(gold_validate.main(sys.argv[1:]))
