"""The role selector's features come in one order whatever Python's string-hash seed, so its
float32 scores (summed in feature order) and a model fitted by benchmarks/muc4_selector.py are the
same from one run to the next."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# spans whose words are of several kinds (the features built from a set)
TEXT = ("Urban guerrillas of the FMLN attacked and burned the Santa Ana power station with dynamite "
        "yesterday. Police said the gunmen kidnapped and killed two soldiers near the bridge.")

SCRIPT = """
import json, sys
from sitrep.extractors import role_selector as sel
found, ctx = sel.spans(sys.argv[1])
print(json.dumps([sel.features(c, ctx) for c in found]))
"""


def _features(seed: str) -> list[list[str]]:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    out = subprocess.run([sys.executable, "-c", SCRIPT, TEXT], env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_role_selector_features_keep_their_order_across_hash_seeds() -> None:
    first = _features("1")
    assert any(len([x for x in f if x.startswith("k=")]) > 2 for f in first)  # the case is exercised
    for seed in ("2", "3", "4"):
        assert _features(seed) == first
