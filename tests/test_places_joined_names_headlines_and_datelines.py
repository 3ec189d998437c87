"""Place names on real reporting: names joined by "and", a country written after a town without
a comma, "the Afghan province of X", a province's possessive, a local paper's dateline, repeated
names in the country vote, title-case headlines and compass words (docs/rules/places.md, "Real
text, session 3"). Texts are written for the tests."""

from __future__ import annotations

import pytest

from sitrep.extractors.places import find_toponyms
from sitrep.geo.datelines import dateline_of
from sitrep.model import Document, Evidence, Section
from sitrep.pipeline import place_context

from .geo_helpers import event_place as _place, toponym_texts as _tops



def test_names_joined_by_and_are_one_name_where_the_gazetteer_knows_it(gz):  # noqa: ANN001
    assert _tops(gz, "A bomb exploded in Bosnia and Herzegovina.") == ["Bosnia and Herzegovina"]
    text = "A police officer was shot dead in Jammu and Kashmir's Pulwama district."
    assert _tops(gz, text) == ["Jammu and Kashmir", "Pulwama"]
    pv = _place(gz, text)
    assert pv is not None and pv.location == "Pulwama"
    # two names the gazetteer does not know together stay two
    assert _tops(gz, "Gunmen attacked posts in Kunar and Nangarhar provinces.") == ["Kunar", "Nangarhar"]


@pytest.mark.parametrize(("text", "tops"), [
    ("Gunmen killed four farmers in Maiduguri Nigeria.", ["Maiduguri", "Nigeria"]),
    ("A grenade was thrown at a service in Yambio South Sudan.", ["Yambio", "South Sudan"]),
    # a name with no place of that country stays one longer name
    ("Michael Jordan visited Chicago.", ["Chicago"]),
])
def test_country_written_after_a_town_without_a_comma(gz, text, tops):  # noqa: ANN001
    assert _tops(gz, text) == tops


def test_nationality_word_before_a_province_prefix_keeps_the_prefix(gz):  # noqa: ANN001
    text = "Six policemen were killed in the Surobi district of the Afghan province of Kabul."
    doc = Document(text=text)
    kabul = next(t for t in find_toponyms(doc, 0, len(text), gz) if t.text == "Kabul")
    assert kabul.qualifier == "province"
    pv = _place(gz, text)
    assert pv is not None and pv.location == "Surobi" and pv.admin1 == "Kabul"


@pytest.mark.parametrize(("text", "start", "want"), [
    # a province's possessive gives its district
    ("A bomb exploded near a base in Kandahar's Maywand District, killing five soldiers.", None,
     {"location": "Maywand", "admin1": "Kandahar"}),
    # a town whose province has another name keeps its rank
    ("Gunmen attacked a market in Mogadishu's Hodan district, killing two.", None, {"location": "Mogadishu"}),
    # a local dateline's town is not read abroad (Pinetown, South Africa)
    ("6-year-old girl dies after accidental shooting\n\n"
     "PINETOWN, N.C. (Station) - A girl was fatally shot at a home in Pinetown on Tuesday.", "PINETOWN",
     {"country": "United States", "admin1": "North Carolina"}),
    # "north of the Iraqi capital Baghdad" describes the place
    ("Two people were killed in the province of Diyala, north of the Iraqi capital Baghdad.", None,
     {"admin1": "Diyala", "geo_precision": 3}),
    ("Militants attacked a village near the town of Al-Shirqat, some 280 km north of the Iraqi capital "
     "Baghdad, killing one.", None, {"location": "Al-Shirqat"}),
    # the nationality word alone still gives the capital
    ("A bomb exploded in the Somalian capital, killing two.", None, {"location": "Mogadishu"}),
    # a dateline after several title lines; a state named like a country
    ("Lebanon teenager faces assault count\n\nLebanon teenager faces assault count\n\n"
     "LEBANON, Pa. - A Lebanon teenager faces an assault count after a shooting.", "LEBANON",
     {"country": "United States", "admin1": "Pennsylvania"}),
    ("Macon driver wounded at gas station\n\nMACON, Georgia (Station) - A driver was wounded on Thursday.", "MACON",
     {"location": "Macon", "admin1": "Georgia", "country": "United States"}),
    # a town followed by its country is not glued
    ("Three were injured in a bomb blast in North Waziristan Pakistan.", None, {"location": "North Waziristan"}),
])
def test_event_place_on_real_phrasing(gz, text, start, want):  # noqa: ANN001
    pv = _place(gz, text, text.index(start) if start else 0)
    assert pv is not None
    assert {k: getattr(pv, k) for k in want} == want


def test_a_repeated_name_votes_once_against_the_dateline(gz):  # noqa: ANN001
    text = ("Suspect held after deadly gunfire\n\nMIAMI - A suspect was held on Thursday.\n\n"
            + "Police said Jean-Phillip fled. " * 5)
    ctx = place_context(Document(text=text), [Section(start=0, end=len(text))], gz)
    assert ctx.doc_place is not None and ctx.doc_place.country == "United States"


def test_headline_and_sentence_opening_common_words_are_not_places(gz):  # noqa: ANN001
    text = "Two Shot Outside South Memphis Corner Store\n\nPolice said both were hurt."
    assert "Shot" not in _tops(gz, text)
    text = "Arrest warrants were issued in Houma.\n\nPolice expect an arrest soon."
    assert _tops(gz, text) == ["Houma"]
    # a headline's place after a locative word stays
    assert "Memphis" in _tops(gz, "Man Shot Dead In Memphis Apartment\n\nPolice said he was shot.")


def test_compass_word_does_not_glue_a_town(gz):  # noqa: ANN001
    assert _tops(gz, "A man was shot dead in South Memphis on Sunday.") == ["Memphis"]
    assert _tops(gz, "A bomb exploded in South Sudan.") == ["South Sudan"]


def test_tbilisi_georgia_is_the_country(gz):  # noqa: ANN001
    ctx = place_context(Document(text="TBILISI, Georgia (Agency) - A blast hit the city."),
                        [Section(start=0, end=49)], gz)
    assert ctx.doc_place is not None and ctx.doc_place.country == "Georgia"


def test_a_compass_word_alone_is_no_place(gz):  # noqa: ANN001
    assert _tops(gz, "A man was shot in Southeast on Friday, police said.") == []
    assert _tops(gz, "Police responded to Northwest 64th Street.") == []
    assert "Southwest" in _tops(gz, "Separatists attacked a post in the Southwest region of Cameroon.")


def test_dateline_town_in_a_header_and_a_dash_on_the_next_line(gz):  # noqa: ANN001
    # a line break between the dateline and its dash (restored layout) keeps the dateline
    d = dateline_of("Teen faces count\n\nLEBANON, Pa.\n– A Lebanon teenager faces an assault count.")
    assert d is not None and d.town == "LEBANON" and d.unit == "Pa."
    # a header naming the dateline's town is that town, not the country
    text = ("Lebanon teenager faces assault count over shooting\n\n"
            "LEBANON, Pa. - A Lebanon teenager faces an assault count after a shooting.")
    header = Section(start=0, end=len(text), header=Evidence.of(text, 0, text.index("\n")))
    ctx = place_context(Document(text=text), [header], gz)
    pv = ctx.section_places.get(0)
    assert pv is not None and pv.country == "United States" and pv.location == "Lebanon"
