"""An event's title at the start of a line names its place ("2009 Kelmaro shootings: ..."): an
unknown name there is a weak place cue (docs/rules/places.md, rule ``places:title-event``).
Texts are written for the tests."""

from __future__ import annotations

from sitrep.extractors.places import find_toponyms
from sitrep.geo.lexicon import TITLE_EVENT
from sitrep.model import Document

from .geo_helpers import event_place as _place


def _cues(gz, text: str) -> list[str]:  # noqa: ANN001
    return [t.text for t in find_toponyms(Document(text=text), 0, len(text), gz, cues=True) if TITLE_EVENT in t.rules]


def test_places_unknown_name_in_an_event_title_is_a_place_cue(gz):  # noqa: ANN001
    text = "2009 Kelmaro shootings: Three gunmen opened fire on worshippers at a mosque, killing four."
    assert _cues(gz, text) == ["Kelmaro"]
    p = _place(gz, text)
    assert p.location == "Kelmaro" and "geo:unlisted-place" in p.rules


def test_places_event_title_with_month_and_year_is_read(gz):  # noqa: ANN001
    assert _cues(gz, "March 2011 Umbriqo Vastel bombings: Two car bombs went off near a market.") \
        == ["Umbriqo Vastel"]


def test_places_name_before_an_event_noun_mid_sentence_is_no_cue(gz):  # noqa: ANN001
    assert _cues(gz, "Witnesses described the Kelmaro shootings: three men fired at a mosque.") == []
    assert _cues(gz, "2009 Kelmaro shootings. Three gunmen opened fire on worshippers.") == []


def test_places_known_place_in_the_sentence_wins_over_the_title(gz):  # noqa: ANN001
    p = _place(gz, "2009 Kelmaro bombing: A car bomb exploded at a market in Kirkuk, killing five people.")
    assert p.location == "Kirkuk"
