"""Zero loaded terms in any output field on the claim bulletins (issue 14, "Done when").

The bulletins (benchmarks/bulletins, and the four in benchmarks/heldout) are written in the
group's own voice with the enemy labels and self-labels of data/neutral_terms.yaml. Every output
field of every event - actors, claimed_by, notes, places, rules, role fillers - must hold none of
them; only the evidence spans quote the source, as they must.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sitrep.extractors.actors import neutral_terms
from sitrep.ingest import Failure, iter_documents
from sitrep.pipeline import process_document

ROOT = Path(__file__).resolve().parents[1] / "benchmarks"
QUOTES = {"evidence", "field_evidence"}


def _bulletins() -> list[Path]:
    files = sorted((ROOT / "bulletins" / "docs").glob("*.txt"))
    files += sorted(p for p in (ROOT / "heldout" / "docs").glob("*bulletin*.txt"))
    return files


def test_neutrality_no_loaded_term_in_any_output_field_of_the_bulletins():
    files = _bulletins()
    if not files:
        pytest.skip("benchmarks/bulletins is not in this checkout")
    rx = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{t})" for t in neutral_terms()) + r")(?![\w-])", re.I)
    leaks, n_events, n_claims = [], 0, 0
    for doc in iter_documents(files):
        assert not isinstance(doc, Failure), doc
        # the input really is in the group's voice: the test cannot pass vacuously
        assert rx.search(doc.text), doc.path
        for e in process_document(doc):
            n_events += 1
            n_claims += e.source_kind.value == "claim"
            for key, value in e.model_dump(mode="json", exclude=QUOTES).items():
                m = rx.search(json.dumps(value, ensure_ascii=False))
                if m:
                    leaks.append((doc.path, key, m.group()))
    assert n_events >= 50 and n_claims == n_events
    assert not leaks, leaks[:10]
