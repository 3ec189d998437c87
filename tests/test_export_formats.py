from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd

from sitrep.export import ACLED_COLUMNS, SITREP_COLUMNS, acled_region, export, iso_numeric, to_string
from sitrep.model import Event


def test_export_jsonl_round_trips_to_events(events: list[Event]) -> None:
    lines = to_string(events, "jsonl").splitlines()
    assert [Event.model_validate_json(line) for line in lines] == events


def test_export_csv_loads_in_pandas_with_acled_columns_first(events: list[Event]) -> None:
    df = pd.read_csv(io.StringIO(to_string(events, "csv")))
    assert list(df.columns) == ACLED_COLUMNS + SITREP_COLUMNS
    assert list(df["event_type"]) == ["Explosions/Remote violence", "Violence against civilians"]
    assert list(df["iso"]) == [4, 4]  # ACLED's iso is ISO 3166 numeric
    assert list(df["region"]) == ["South Asia", "South Asia"]
    assert list(df["inter1"]) == ["Political militia", "Political militia"]
    assert df["civilian_targeting"].fillna("").tolist() == ["", "Civilian targeting"]


def test_export_acled_format_has_exactly_acled_columns_and_zero_for_unknown(events: list[Event]) -> None:
    unknown = events[1].model_copy(update={"fatalities": None})
    df = pd.read_csv(io.StringIO(to_string([events[0], unknown], "acled")))
    assert list(df.columns) == ACLED_COLUMNS
    assert list(df["fatalities"]) == [3, 0]


def test_export_geojson_is_read_by_a_gis_reader(tmp_path: Path, events: list[Event]) -> None:
    import geopandas as gpd

    path = tmp_path / "events.geojson"
    path.write_text(to_string(events, "geojson"), encoding="utf-8")
    gdf = gpd.read_file(path, engine="pyogrio")
    assert len(gdf) == 2
    assert gdf.crs.to_epsg() == 4326
    pt = gdf.geometry.iloc[0]
    assert (round(pt.x, 4), round(pt.y, 4)) == (70.4515, 34.4265)  # lon, lat order (RFC 7946)
    assert gdf["actor2"].iloc[1] == "Civilians (Afghanistan)"


def test_export_geojson_skips_events_without_coordinates(events: list[Event]) -> None:
    nowhere = events[0].model_copy(update={"latitude": None, "longitude": None})
    fc = json.loads(to_string([nowhere, events[1]], "geojson"))
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 1
    assert "crs" not in fc


def test_export_parquet_is_read_by_pandas_and_duckdb(tmp_path: Path, events: list[Event]) -> None:
    import duckdb

    path = tmp_path / "events.parquet"
    assert export(events, "parquet", path=str(path)) == 2
    df = pd.read_parquet(path)
    assert df["fatalities"].tolist() == [3, 2]
    assert df["latitude"].dtype.kind == "f"
    n = duckdb.sql(f"select count(*) from read_parquet('{path}') where iso3 = 'AFG'").fetchall()[0][0]
    assert n == 2


def test_export_table_is_readable_text(events: list[Event]) -> None:
    out = to_string(events, "table")
    assert "Jalalabad" in out and "Explosions/Remote violence" in out


def test_export_region_and_iso_lookup() -> None:
    assert acled_region("NGA") == "Western Africa"
    assert acled_region("FRA") == "Europe"
    assert iso_numeric("IRQ") == 368
    assert acled_region(None) == "" and iso_numeric(None) is None
