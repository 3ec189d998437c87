"""Issue #4 quality rules: precision of districts/areas, labels and datelines as context,
standard English admin1 names, spelling variants, ALL-CAPS text (embedded gazetteer)."""

from __future__ import annotations

import pytest

from sitrep.extractors.places import find_toponyms
from sitrep.geo.resolve import resolve_mention
from sitrep.geo.schema import spelling_variants
from sitrep.model import Document, Mention, Section
from sitrep.pipeline import place_context


def _place(gz, text: str):  # noqa: ANN001, ANN202
    doc = Document(text=text)
    sections = [Section(start=0, end=len(text))]
    ctx = place_context(doc, sections, gz)
    m = Mention(start=0, end=len(text), text=text)
    return resolve_mention(find_toponyms(doc, 0, len(text), gz, ctx.annotation), ctx, m, gz)


PRECISION_CASES = [
    # (text, location, geo_precision)
    ("Gunmen attacked a police post in Achin district of Nangarhar province, Afghanistan.", "Achin", 2),
    ("Fighting was reported in the Beni area of North Kivu, Congo.", "Beni", 2),
    ("Mortar rounds hit Kismayo airport in Somalia on Tuesday.", "Kismayo", 2),
    ("Protesters gathered in Basra, Iraq, on Friday.", "Basra", 1),
    ("A bus was stopped on the Kabul-Kandahar highway near Ghazni city, Afghanistan.", "Ghazni", 2),
    ("A bomb went off in Mogadishu's Hodan district, Somalia.", "Mogadishu", 1),
]


@pytest.mark.parametrize("text,location,precision", PRECISION_CASES)
def test_geo_quality_precision_rules(gz, text, location, precision):  # noqa: ANN001
    pv = _place(gz, text)
    assert pv is not None
    assert location in (pv.location or ""), pv
    assert int(pv.geo_precision) == precision


ADMIN1_CASES = [
    ("An army checkpoint near Arish in Egypt was attacked.", "North Sinai"),
    ("A drone strike hit a house near Asadabad, Afghanistan.", "Kunar"),
    ("Gunmen attacked a camp near Bunia, Democratic Republic of the Congo.", "Ituri"),
]


@pytest.mark.parametrize("text,admin1", ADMIN1_CASES)
def test_geo_quality_standard_english_admin1(gz, text, admin1):  # noqa: ANN001
    pv = _place(gz, text)
    assert pv is not None and pv.admin1 == admin1


def test_geo_quality_english_admin1_name_is_looked_up(gz):  # noqa: ANN001
    hits = gz.lookup("Ituri")
    assert hits and hits[0].is_admin1 and hits[0].iso2 == "CD"


def test_geo_quality_spelling_variants_and_aliases(gz):  # noqa: ANN001
    assert "tall rifaat" in spelling_variants("tal rifaat")
    assert gz.lookup("Sheikh Zuweid")[0].iso2 == "EG"  # alias + article ("Ash Shaykh Zuwayd")
    assert gz.lookup("U.S.")[0].is_country


def test_geo_quality_dateline_is_context_not_event_place(gz):  # noqa: ANN001
    text = "LAGOS, Jan 3 (Agency) - Gunmen killed four villagers in Konduga, Nigeria, on Sunday."
    pv = _place(gz, text)
    assert pv is not None and pv.location == "Konduga"


def test_geo_quality_label_is_context_not_event_place(gz):  # noqa: ANN001
    text = "Marib - Fighting between two armed groups in Harib district of Yemen displaced families."
    pv = _place(gz, text)
    assert pv is not None and pv.location == "Harib" and int(pv.geo_precision) == 2


def test_geo_quality_hiraan_region_fuzzy_admin1(gz):  # noqa: ANN001
    pv = _place(gz, "In Somalia, a landmine exploded in Hiraan region, killing two herders.")
    assert pv is not None and pv.admin1 == "Hiiraan" and int(pv.geo_precision) == 3
