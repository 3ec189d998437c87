"""The flat exports (csv, GeoJSON, Parquet) keep what an analyst needs to check a row: every field's
evidence offsets, whether the event only relays a party's statement, and the scope flag."""

from __future__ import annotations

import csv
import io
import json

import sitrep
from sitrep.export import to_string

TEXT = "On 3 May 2022, gunmen killed 4 people in Baidoa, police said."


def _events() -> list:
    events = sitrep.extract(TEXT, published="2022-05-04")
    assert events
    return events


def test_export_csv_field_evidence_offsets_index_the_text() -> None:
    rows = list(csv.DictReader(io.StringIO(to_string(_events(), "csv"))))
    spans = json.loads(rows[0]["field_evidence"])
    assert "date" in spans and "place" in spans
    for pieces in spans.values():
        for p in pieces:
            assert TEXT[p["start"] : p["end"]] == p["text"]


def test_export_csv_has_voice_and_scope_columns() -> None:
    row = next(csv.DictReader(io.StringIO(to_string(_events(), "csv"))))
    assert row["independent"] == "True" and row["in_scope"] == "True" and row["relayed_from"] == ""


def test_export_geojson_properties_carry_field_evidence() -> None:
    feats = json.loads(to_string(_events(), "geojson"))["features"]
    assert feats and json.loads(feats[0]["properties"]["field_evidence"])["place"][0]["text"] == "Baidoa"
    assert feats[0]["properties"]["independent"] is True


def test_export_dataframe_types_the_flags_as_booleans() -> None:
    df = sitrep.to_dataframe(_events())
    assert df["in_scope"].dtype == bool and df["independent"].dtype == bool
