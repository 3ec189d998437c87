"""A renamed or merged group takes the name it went by at the event's date (actors.yaml `former_names`;
docs/rules/actors.md, "Names by date")."""

from datetime import date

import pytest

from sitrep.extractors.actor_names import canonical_party
from sitrep.extractors.actors import extract_actors, former_name
from sitrep.model import ClaimValue, DocContext, Document, Mention, PlaceValue, SourceKind


def actors(text: str, country: str, when: date | None, published: date | None = None):
    doc = Document(text=text, published=published)
    mention = Mention(start=0, end=len(text), text=text)
    return extract_actors(doc, mention, DocContext(doc=doc), PlaceValue(country=country),
                          ClaimValue(source_kind=SourceKind.REPORT), when)


NUSRA = "Fighters of the al-Nusra Front shelled a district of Aleppo, killing six people."
DINE = "Ansar Dine fighters attacked a peacekeepers' camp near Kidal, killing two."
ABM = "Ansar Beit al-Maqdis militants attacked a checkpoint in el-Arish, killing five soldiers."
JNIM = "JNIM: Group for Support of Islam and Muslims"


@pytest.mark.parametrize(
    ("text", "country", "when", "expected"),
    [(NUSRA, "Syria", date(2015, 4, 2), "Jabhat al-Nusra"), (NUSRA, "Syria", date(2016, 10, 2), "Jabhat Fateh al-Sham"),
     (NUSRA, "Syria", date(2018, 10, 2), "Hayat Tahrir al-Sham"), (DINE, "Mali", date(2016, 5, 20), "Ansar Dine"),
     (DINE, "Mali", date(2018, 5, 20), JNIM), (ABM, "Egypt", date(2014, 1, 24), "Ansar Beit al-Maqdis"),
     (ABM, "Egypt", date(2015, 1, 24), "Islamic State (Sinai Province)"),
     # no date known: the group's standard name
     (NUSRA, "Syria", None, "Hayat Tahrir al-Sham")],
)
def test_a_renamed_group_takes_the_name_of_the_event_date(text, country, when, expected):
    value = actors(text, country, when)
    assert value.actor1 is not None and value.actor1.name == expected
    if expected in ("Jabhat al-Nusra", "Jabhat Fateh al-Sham", "Ansar Dine", "Ansar Beit al-Maqdis"):
        assert "actor-name-by-date" in value.actor1.rules


def test_the_publication_date_stands_in_for_a_missing_event_date():
    value = actors(NUSRA, "Syria", None, published=date(2014, 3, 1))
    assert value.actor1 is not None and value.actor1.name == "Jabhat al-Nusra"


def test_a_former_name_applies_only_to_the_aliases_it_was_written_with():
    # "JNIM" did not exist before 2017, so only the merged groups' own names go back
    assert former_name(JNIM, "Ansar Dine", date(2016, 1, 1)) == "Ansar Dine"
    assert former_name(JNIM, "JNIM", date(2016, 1, 1)) is None
    assert former_name("Hayat Tahrir al-Sham", "HTS", date(2015, 1, 1)) is None
    assert former_name("Hayat Tahrir al-Sham", "Jabhat al-Nusra", None) is None


def test_former_and_later_names_are_one_party_for_the_linker():
    assert canonical_party("Jabhat al-Nusra") == canonical_party("Hayat Tahrir al-Sham")
    assert canonical_party("Ansar Beit al-Maqdis") == canonical_party("Islamic State (Sinai Province)")
    assert canonical_party("Ansar Dine") == canonical_party(JNIM)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Real IRA set off a bomb outside a police station in Derry.", "Real IRA"),
        ("The New IRA claimed a bomb attack on a prison officer's car.", "New IRA"),
        ("The Continuity IRA planted a device near a hotel.", "Continuity IRA"),
        ("The Provisional IRA set off a bomb in a shopping street.", "PIRA: Provisional Irish Republican Army"),
    ],
)
def test_dissident_republican_groups_are_not_the_provisional_ira(text, expected):
    value = actors(text, "United Kingdom", date(2010, 1, 1))
    assert value.actor1 is not None and value.actor1.name == expected
