"""The document's only town: a mention that gives only the document's country is placed at the
one town the document names (rule geo:doc-sole-town). Texts are written for the tests."""

from __future__ import annotations

from sitrep.model import Document, Mention, Section
from sitrep.pipeline import place_context

from sitrep.extractors.places import find_toponyms
from sitrep.geo.resolve import resolve_mention


def _second_sentence_place(gz, text: str, second: str):  # noqa: ANN001, ANN202
    doc = Document(text=text)
    ctx = place_context(doc, [Section(start=0, end=len(text))], gz)
    s = text.index(second)
    m = Mention(start=s, end=s + len(second), text=second)
    return resolve_mention(find_toponyms(doc, m.start, m.end, gz, ctx.annotation), ctx, m, gz)


def test_places_mention_without_a_place_takes_the_documents_only_town(gz):  # noqa: ANN001
    second = "Four attackers then detonated explosives near the gate, killing nine guards."
    text = "Gunmen entered a guarded compound in Kabul, Afghanistan, on Monday. " + second
    p = _second_sentence_place(gz, text, second)
    assert (p.location, p.country, p.geo_precision) == ("Kabul", "Afghanistan", 2)
    assert "geo:doc-sole-town" in p.rules


def test_places_two_towns_leave_the_mention_at_the_country(gz):  # noqa: ANN001
    second = "Four attackers then detonated explosives near the gate, killing nine guards."
    text = "Gunmen moved from Kabul to Jalalabad, Afghanistan, on Monday. " + second
    p = _second_sentence_place(gz, text, second)
    assert p.location is None and "geo:doc-sole-town" not in p.rules


def test_places_unknown_place_name_leaves_the_mention_at_the_country(gz):  # noqa: ANN001
    # a name the gazetteer cannot place may be the event's own place
    second = "Four attackers then detonated explosives near the gate, killing nine guards."
    text = "Gunmen entered Kabul and the village of Zorbaghtu, Afghanistan, on Monday. " + second
    p = _second_sentence_place(gz, text, second)
    assert "geo:doc-sole-town" not in p.rules


def test_places_sizeable_only_town_is_the_place_when_no_country_is_named(gz):  # noqa: ANN001
    # no country vote (no country name, nationality word or dateline): the one sizeable town
    second = "The driver later told police he had wanted to kill soldiers."
    text = "A man drove his car into two guards at the entrance of a mosque in Valence. " + second
    p = _second_sentence_place(gz, text, second)
    assert (p.location, p.country, p.geo_precision) == ("Valence", "France", 2)
    assert "geo:doc-sole-town" in p.rules


def test_places_two_towns_and_no_country_leave_the_mention_without_a_place(gz):  # noqa: ANN001
    second = "The driver later told police he had wanted to kill soldiers."
    text = "A man drove his car into guards at a mosque in Valence and a church in Grenoble. " + second
    p = _second_sentence_place(gz, text, second)
    assert p is None or p.location is None
