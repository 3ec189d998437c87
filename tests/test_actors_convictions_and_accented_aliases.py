"""A court's finding names the author of an act ("X were convicted of the bombing", "a X hitman, P, was
sentenced for the attack"), also in a later sentence of the same paragraph; lexicon aliases match the
text's spelling with or without diacritics ("Medellín cartel" for "Medellin Cartel"), with the offsets of
the text kept (docs/rules/actors.md, issue 12 seventh pass)."""

import pytest

from sitrep.extractors.actors import fold_marks, norm

from .test_actors_real_text_perpetrators import actor1

CARTEL = "Medellin Cartel"


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a conviction in a later sentence names the party behind the act
        ("A bomb went off outside a cinema in Leeds, injuring nine people. Three men linked to Hezbollah were "
         "convicted of the bombing in 1996.", "United Kingdom", "Hezbollah"),
        ("A car bomb exploded at a market in Kano, killing five people. Two members of Boko Haram were later "
         "convicted for the attack.", "Nigeria", "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"),
        # "X hitman P was sentenced for the bombing": the hitman's group
        ("A bus was bombed in Bogota, killing eight. Medellín cartel hitman Juan Perez was sentenced for the "
         "bombing.", "Colombia", CARTEL),
        # accented and unaccented spellings of one alias
        ("Gunmen of the Medellín cartel shot dead a judge in Medellin.", "Colombia", CARTEL),
        ("Ex-Séléka fighters attacked a village near Bambari, killing four civilians.", "Central African Republic",
         "Seleka Militia"),
    ],
)
def test_convictions_and_accented_aliases_name_the_perpetrator(text, country, expected):
    assert actor1(text, country) == expected


@pytest.mark.parametrize(
    ("text", "country", "expected"),
    [
        # a conviction of someone who is not the party: a victim's relative, a court ruling on another case
        ("Gunmen shot dead a farmer in Kano. His brother was convicted of theft last year.", "Nigeria",
         "Unidentified Armed Group (Nigeria)"),
        # a sentence handed down for something other than the act: no finding of authorship
        ("A bomb exploded at a market in Kano, killing five people. A Boko Haram commander was sentenced to death "
         "for treason in 2012.", "Nigeria", "Unidentified Armed Group (Nigeria)"),
    ],
)
def test_convictions_for_other_matters_name_no_author(text, country, expected):
    assert actor1(text, country) == expected


def test_folding_keeps_offsets_and_reaches_the_lookup_key():
    text = "Le cartel de Medellín, l'Armée"
    folded = fold_marks(text)
    assert len(folded) == len(text)
    assert folded == "Le cartel de Medellin, l'Armee"
    assert fold_marks("plain ascii") == "plain ascii"
    # letters that are not a base letter with marks stay as they are
    assert fold_marks("Ø ß") == "Ø ß"
    assert norm("Medellín  Cartel") == norm("medellin cartel") == "medellin cartel"
