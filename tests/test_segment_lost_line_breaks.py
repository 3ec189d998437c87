"""Line-break robustness: every gold document with its lines joined into one paragraph scores within 0.02.

Text pasted from a PDF or a web page loses its line breaks (docs/rules/segmentation.md, "Lost
line breaks"). benchmarks/line_breaks.py joins every document's lines of each gold set (dev gold,
held-out, claim bulletins), runs the pipeline on both forms and compares the scores; this test
checks that event F1 and every field's accuracy drop by at most 0.02 per set (one event's worth
on a set under 100 events, design.md "Small sets"). Documents where one line is one event
(tables, dated logs) are exempt and listed in the benchmark's EXEMPT.
"""

from __future__ import annotations

import pytest

from .bench_helpers import load_benchmark

bench = load_benchmark("line_breaks")


def test_segment_join_lines_moves_offsets_with_the_text():
    text = "Title\n\nSinai\nOn 3 May, gunmen attacked.\n  Next line."
    joined, where = bench.join_lines(text)
    assert joined == "Title Sinai On 3 May, gunmen attacked. Next line."
    i = text.index("gunmen")
    assert joined[where[i]:where[i] + 6] == "gunmen"
    assert where[len(text)] == len(joined)


def test_segment_exempt_documents_are_tables_or_dated_logs_that_exist():
    for name, paths in bench.EXEMPT.items():
        for p in paths:
            assert (bench.ROOT / name / p).is_file(), p


@pytest.mark.parametrize("name", bench.SETS)
def test_segment_lost_line_breaks_cost_at_most_002_per_set(name):
    got = bench.score_set(name)
    if got is None:
        pytest.skip(f"benchmarks/{name} is not in this checkout")
    before, after = got
    assert before.n_gold > 0
    fell = bench.drops(before, after)
    assert not fell, f"benchmarks/{name} with lines joined: " + "; ".join(fell)
