"""Names written with another transliteration's letters (geo_lexicon.yaml: letter_variants;
docs/rules/places.md, "spelling") are found and looked up like the gazetteer's spelling."""

from __future__ import annotations

from sitrep.extractors.places import find_toponyms
from sitrep.geo.schema import letter_variants
from sitrep.model import Document


def test_letter_variants_rewrite_one_letter_group_at_a_time() -> None:
    assert "mahmudiyah" in letter_variants("mahmoudiyah")
    assert letter_variants("kabul") == []


def test_transliteration_with_other_letters_is_known_and_looked_up(gz):  # noqa: ANN001
    assert gz.has_name("Mahmoudiyah")
    assert {p.iso2 for p in gz.lookup("Mahmoudiyah")} >= {"IQ"}
    assert [p.iso2 for p in gz.lookup("Tikreet")][:1] == ["IQ"]


def test_transliteration_with_other_letters_is_a_toponym_in_text(gz):  # noqa: ANN001
    text = "A suicide bomber detonated an explosive device in Mahmoudiyah, killing 13 people."
    assert "Mahmoudiyah" in {t.text for t in find_toponyms(Document(text=text), 0, len(text), gz)}


def test_person_names_do_not_become_places_through_letter_variants(gz):  # noqa: ANN001
    assert not gz.has_name("Mahmoud")
    assert not gz.has_name("Youssef")
