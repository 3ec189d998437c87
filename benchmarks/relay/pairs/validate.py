"""Check the claim-report pairs with the linking set's validator (benchmarks/linking/validate.py), run on this folder.

    python benchmarks/relay/pairs/validate.py [events.jsonl]
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("linking_validate", HERE.parents[1] / "linking" / "validate.py")
linking = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(linking)
linking.HERE = HERE  # documents and events.jsonl are looked up here
linking.gold.HERE = HERE

if __name__ == "__main__":
    sys.exit(linking.main(sys.argv[1:]))
