"""The embedded default gazetteer (built once per machine from installed packages)."""

from __future__ import annotations

import pytest

from sitrep.geo.gazetteer import get_gazetteer


@pytest.mark.slow
@pytest.mark.parametrize("name,iso2,fcode", [
    ("Kabul", "AF", "PPLC"), ("Maiduguri", "NG", "PPL"), ("Nangarhar", "AF", "ADM1"),
    ("Tal Afar", "IQ", "PPL"), ("Raqqa", "SY", None), ("Afghanistan", "AF", "PCLI"),
])
def test_geo_default_gazetteer_knows_conflict_places(name, iso2, fcode):  # noqa: ANN001
    gz = get_gazetteer()
    hits = [p for p in gz.lookup(name) if p.iso2 == iso2]
    assert hits, name
    if fcode:
        assert any(p.feature_code == fcode for p in hits)
    assert all(p.country for p in hits)
