"""Resolution: toponyms + context -> one place (names from the gazetteer, precision)."""

from __future__ import annotations

import pytest

from sitrep.extractors.places import find_toponyms
from sitrep.geo.resolve import group_region, resolve_mention
from sitrep.model import GeoPrecision

from .geo_helpers import context, doc_with_headers, sample_gazetteer

GZ = sample_gazetteer()


def resolve_line(parts, line_index=0):  # noqa: ANN001, ANN201
    doc, sections, mentions = doc_with_headers(parts)
    ctx = context(doc, sections, GZ)
    m = mentions[line_index]
    tops = find_toponyms(doc, m.start, m.end, GZ)
    return resolve_mention(tops, ctx, m, GZ)


CASES = [
    # (header, body line, country, admin1, location, precision)
    ("Sindh Province", "Gunmen opened fire in Hyderabad on Monday.", "Pakistan", "Sindh", "Hyderabad", 1),
    (None, "Gunmen opened fire in Hyderabad on Monday.", "India", "Telangana", "Hyderabad", 1),
    ("Lebanon:", "A bomb exploded in Tripoli.", "Lebanon", "North Lebanon", "Tripoli", 1),
    (None, "A bomb exploded in Tripoli.", "Libya", "Tripoli", "Tripoli", 1),
    ("Nangarhar Province", "Clashes were reported near Jalalabad.", "Afghanistan", "Nangarhar", "Jalalabad", 2),
    ("Nangarhar Province", "Clashes were reported on the outskirts of Jalalabad city.", "Afghanistan", "Nangarhar", "Jalalabad", 2),
    (None, "A roadside bomb struck a patrol in Nangarhar province.", "Afghanistan", "Nangarhar", "Nangarhar", 3),
    (None, "A roadside bomb exploded in Tal Afar.", "Iraq", "Ninawa", "Tall Afar", 1),
    (None, "A roadside bomb exploded in Telafer.", "Iraq", "Ninawa", "Tall Afar", 1),
    (None, "Fighters attacked a checkpoint in Ningarhar province.", "Afghanistan", "Nangarhar", "Nangarhar", 3),
    ("Wilayat Khurasan", "Fighters attacked a checkpoint in the village of Zorbagh.", "Afghanistan", None, None, 3),
    ("East Asia", "An attack on soldiers was reported in Jolo.", "Philippines", None, "Jolo", 1),
    ("Iraq:", "A police officer was shot dead in an unnamed village.", "Iraq", None, None, 3),
    ("Sinai", "An explosive device struck a vehicle in Arish.", "Egypt", "North Sinai", "Arish", 1),
    (None, "Shelling hit the road between Mosul and Tall Afar.", "Iraq", "Ninawa", "Mosul", 2),
]


@pytest.mark.parametrize("header,line,country,admin1,location,precision", CASES)
def test_geo_resolve_table(header, line, country, admin1, location, precision):  # noqa: ANN001
    pv = resolve_line([(header, line)])
    assert pv is not None
    assert pv.country == country
    if admin1 is not None:
        assert pv.admin1 == admin1
    if location is not None:  # the gazetteer's name of the entry, whatever the text's spelling
        assert pv.gazetteer_name == location
    assert pv.geo_precision == GeoPrecision(precision)


def test_geo_resolve_region_only_uses_centroid_of_members():
    pv = resolve_line([(None, "Fighting continued in Kirkuk province.")])
    assert pv.geo_precision == GeoPrecision.REGION
    assert pv.admin1 == "Kirkuk" and pv.geonameid is None  # synthetic centroid entry
    assert pv.latitude == pytest.approx(35.46806, abs=0.01)


def test_geo_resolve_no_match_falls_back_to_header_country():
    pv = resolve_line([("Iraq:", "Gunmen attacked a checkpoint at night.")])
    assert (pv.country, pv.iso3, pv.geo_precision) == ("Iraq", "IRQ", GeoPrecision.REGION)
    assert "geo:from-context" in pv.rules


def test_geo_resolve_nothing_at_all_gives_none():
    assert resolve_line([(None, "Gunmen attacked a checkpoint at night.")]) is None


def test_geo_resolve_output_names_come_from_gazetteer():
    # the entry's own name and id from the gazetteer; the location keeps the text's spelling
    pv = resolve_line([(None, "A bomb exploded in Telafer, Iraq.")])
    assert pv.gazetteer_name == "Tall Afar" and pv.geonameid == 90393
    assert pv.location == "Telafer"


def test_geo_resolve_evidence_points_into_text():
    doc, sections, mentions = doc_with_headers([(None, "Two soldiers died near Kunduz in Afghanistan.")])
    ctx = context(doc, sections, GZ)
    tops = find_toponyms(doc, mentions[0].start, mentions[0].end, GZ)
    pv = resolve_mention(tops, ctx, mentions[0], GZ)
    assert pv.evidence and all(doc.text[e.start:e.end] == e.text for e in pv.evidence)
    assert pv.evidence[0].text == "Kunduz"


@pytest.mark.parametrize("text,iso2,admin1", [
    ("Wilayat Khurasan", "AF", None),
    ("Khorasan Province", "AF", None),
    ("West Africa Province", "NG", None),
    ("Wilayat Sina", "EG", "North Sinai"),
    ("Wilayat al-Khayr", "SY", "Deir ez-Zor"),
    ("Central Africa", "CD", None),
    ("Wilayat Ninawa:", "IQ", "Ninawa"),
])
def test_geo_group_regions_map_to_real_units(text, iso2, admin1):  # noqa: ANN001
    reg = group_region(text)
    assert reg is not None and reg.iso2 == iso2 and reg.admin1 == admin1


def test_geo_group_region_unknown_text():
    assert group_region("Weekly security update") is None
