"""The GeoNames importer and the SQLite gazetteer it builds."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from sitrep.config import Settings
from sitrep.errors import GazetteerImportError, GazetteerUnavailable
from sitrep.geo.gazetteer import SQLiteGazetteer, get_gazetteer
from sitrep.geo.schema import name_key
from sitrep.geo.geonames_import import file_kind, import_geonames

from .geo_helpers import SAMPLE_FILES, SAMPLES, sample_gazetteer_path


def test_geo_import_builds_places_admin1_and_countries():
    gz = SQLiteGazetteer(sample_gazetteer_path())
    kabul = gz.lookup("Kabul")
    assert kabul[0].geonameid == 1138958 or kabul[0].is_admin1
    city = next(p for p in kabul if p.is_populated)
    assert (city.country, city.iso3, city.admin1, city.feature_code) == ("Afghanistan", "AFG", "Kabul", "PPLC")
    assert gz.country("IRQ").name == "Iraq"
    assert gz.country("Syria").iso2 == "SY"


def test_geo_import_alternate_names_from_column_are_indexed():
    gz = SQLiteGazetteer(sample_gazetteer_path())
    assert gz.has_name("Caboul")
    assert gz.lookup("Caboul")[0].name == "Kabul"


def test_geo_import_admin1_centroid_is_synthesised():
    gz = SQLiteGazetteer(sample_gazetteer_path())
    nang = [p for p in gz.lookup("Nangarhar") if p.is_admin1]
    assert len(nang) == 1 and nang[0].real_id is None
    assert 34.1 < nang[0].latitude < 34.5 and 70.4 < nang[0].longitude < 70.8


def test_geo_import_alternatenames_file_and_zip(tmp_path: Path):
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text(
        "1\t1138958\ten\tKabul City\t\t\t\t\t\t\n"
        "2\t1138958\tlink\thttps://example.org/Kabul\t\t\t\t\t\t\n"
        "3\t1138958\tar\tكابل\t\t\t\t\t\t\n"
        "4\t99999999\ten\tNowhere Town\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    zpath = tmp_path / "cities500.zip"
    with zipfile.ZipFile(zpath, "w") as zf:
        zf.write(SAMPLES / "cities500.txt", "cities500.txt")
    out = tmp_path / "gz.sqlite"
    counts = import_geonames([zpath, alt, *SAMPLE_FILES[1:]], out)
    assert counts["places"] > 20
    gz = SQLiteGazetteer(out)
    assert gz.lookup("Kabul City")[0].geonameid == 1138958
    assert not gz.has_name("Nowhere Town")  # its place is not in the gazetteer
    assert not gz.has_name("https example org kabul")


def test_geo_import_rejects_unknown_and_missing_files(tmp_path: Path):
    with pytest.raises(GazetteerImportError):
        file_kind(tmp_path / "notes.csv")
    with pytest.raises(GazetteerImportError):
        import_geonames([tmp_path / "missing.txt"], tmp_path / "x.sqlite")
    with pytest.raises(GazetteerImportError):
        import_geonames([SAMPLES / "countryInfo.txt"], tmp_path / "x.sqlite")
    assert not (tmp_path / "x.sqlite").exists()


def test_geo_import_progress_callback_reports(tmp_path: Path):
    seen: list[tuple[str, int, int]] = []
    import_geonames(SAMPLE_FILES, tmp_path / "g.sqlite", progress=lambda *a: seen.append(a))
    assert {s[0] for s in seen} >= {"cities500.txt", "countryInfo.txt"}
    assert all(done == total for name, done, total in seen[-1:])


def test_geo_get_gazetteer_missing_configured_file(tmp_path: Path):
    with pytest.raises(GazetteerUnavailable, match="not found"):
        get_gazetteer(Settings(gazetteer_path=tmp_path / "nope.sqlite"))


def test_geo_get_gazetteer_configured_file_is_cached():
    s = Settings(gazetteer_path=sample_gazetteer_path())
    assert get_gazetteer(s) is get_gazetteer(s)


@pytest.mark.parametrize("a,b", [
    ("Tall ‘Afar", "tall afar"), ("Deir ez-Zor", "deir ez zor"), ("Mazār-e Sharīf", "mazar e sharif"),
    ("Kabul's", "kabuls"), ("  Al   Qaim ", "al qaim"),
])
def test_geo_name_key_normalises(a, b):  # noqa: ANN001
    assert name_key(a) == b


def test_geo_gazetteer_pickles(tmp_path: Path):
    import pickle

    gz = SQLiteGazetteer(sample_gazetteer_path())
    gz2 = pickle.loads(pickle.dumps(gz))
    assert gz2.lookup("Mosul")[0].geonameid == 99072


def test_geo_cli_import(tmp_path: Path):
    from typer.testing import CliRunner

    from sitrep.geo.cli import app

    out = tmp_path / "cli.sqlite"
    r = CliRunner().invoke(app, ["import", *map(str, SAMPLE_FILES), "--output", str(out)])
    assert r.exit_code == 0, r.output
    assert out.is_file() and "places" in r.output
    r = CliRunner().invoke(app, ["import", str(tmp_path / "nope.txt"), "--output", str(out)])
    assert r.exit_code == 1 and "E201" in r.output
