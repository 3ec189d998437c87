"""A mention that names no place takes the place its own line named before it
(docs/rules/places.md, "The place of the line before the mention"). Texts are written for the
tests."""

from __future__ import annotations

from sitrep.geo.resolve import LINE_PLACE_CUES, _with_line_place
from sitrep.model import Mention

from .geo_helpers import event_place as _place

TOWN = ("Vandals threw a petrol bomb at a parked patrol car in Winnipeg, Canada, on Saturday night. "
        "There were no reported casualties in the attack.")


def _second(text: str) -> int:
    return text.index(". ") + 2


def test_places_event_sentence_without_a_place_takes_its_lines_town(gz):  # noqa: ANN001
    p = _place(gz, TOWN, _second(TOWN))
    assert (p.location, p.country) == ("Winnipeg", "Canada")
    assert "geo:from-line" in p.rules and int(p.geo_precision) == 2


def test_places_event_sentence_without_a_place_takes_its_lines_province(gz):  # noqa: ANN001
    text = ("Fighters stormed a rebel post in the northern province of Idlib, Syria. "
            "Minutes later a car bomb exploded at the gate, killing six guards.")
    p = _place(gz, text, _second(text))
    assert (p.admin1, p.country, p.location) == ("Idlib", "Syria", "Idlib")
    assert "geo:from-line" in p.rules and int(p.geo_precision) == 3


def test_places_event_sentence_naming_its_own_place_keeps_it(gz):  # noqa: ANN001
    text = TOWN.replace("in the attack.", "in the attack in Brandon.")
    p = _place(gz, text, _second(text))
    assert p.location == "Brandon" and "geo:from-line" not in p.rules


def test_places_place_of_another_line_is_not_taken(gz):  # noqa: ANN001
    text = "Rebels were reported near Winnipeg, Canada.\nThere were no reported casualties in the attack."
    p = _place(gz, text, text.index("\n") + 1)
    assert p is None or "geo:from-line" not in p.rules


def test_places_new_event_cue_does_not_take_the_earlier_place(gz):  # noqa: ANN001
    # "Separately, ..." / "Meanwhile, ...": another incident, not the place named before it
    from sitrep.model import DocContext, Document, Section
    from sitrep.pipeline import place_context

    doc = Document(text=TOWN)
    ctx = place_context(doc, [Section(start=0, end=len(TOWN))], gz)
    start = _second(TOWN)
    assert "separately" not in LINE_PLACE_CUES
    m = Mention(start=start, end=len(TOWN), text=TOWN[start:], cue="separately")
    assert _with_line_place(None, ctx, m, gz) is None
    assert isinstance(ctx, DocContext)
