"""A mention that names no place takes the place its own line named before it
(docs/rules/places.md, "The place of the line before the mention"). Texts are written for the
tests."""

from __future__ import annotations

from sitrep.extractors.places import find_toponyms
from sitrep.geo.resolve import LINE_PLACE_CUES, _with_line_place, resolve_mention
from sitrep.model import Document, Mention, Section
from sitrep.pipeline import place_context

from .geo_helpers import event_place as _place

TOWN = ("Vandals threw a petrol bomb at a parked patrol car in Winnipeg, Canada, on Saturday night. "
        "There were no reported casualties in the attack.")


def _second(text: str) -> int:
    return text.index(". ") + 2


def test_places_event_sentence_without_a_place_takes_its_lines_town(gz):  # noqa: ANN001
    # a second town elsewhere in the document: the document's sole town does not apply
    text = TOWN + "\nIn another incident police in Brandon arrested a man."
    doc = Document(text=text)
    ctx = place_context(doc, [Section(start=0, end=len(text))], gz)
    start = _second(TOWN)
    m = Mention(start=start, end=len(TOWN), text=text[start:len(TOWN)])
    p = resolve_mention(find_toponyms(doc, start, len(TOWN), gz, ctx.annotation, cues=True), ctx, m, gz)
    assert (p.location, p.country) == ("Winnipeg", "Canada")
    assert "geo:from-line" in p.rules and int(p.geo_precision) == 2


def test_places_event_sentence_without_a_place_takes_its_lines_province(gz):  # noqa: ANN001
    text = ("Fighters stormed a rebel post in the northern province of Idlib, Syria. "
            "Minutes later a car bomb exploded at the gate, killing six guards.")
    p = _place(gz, text, _second(text))
    assert (p.admin1, p.country, p.location) == ("Idlib", "Syria", "Idlib")
    assert "geo:from-line" in p.rules and int(p.geo_precision) == 3


def test_places_line_naming_two_towns_gives_neither(gz):  # noqa: ANN001
    text = ("Vandals threw petrol bombs at patrol cars in Winnipeg and Brandon, Canada, on Saturday night. "
            "There were no reported casualties in the attacks.")
    p = _place(gz, text, _second(text))
    assert p is None or (p.location is None and "geo:from-line" not in p.rules)


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
    from sitrep.model import DocContext

    doc = Document(text=TOWN)
    ctx = place_context(doc, [Section(start=0, end=len(TOWN))], gz)
    start = _second(TOWN)
    assert "separately" not in LINE_PLACE_CUES
    m = Mention(start=start, end=len(TOWN), text=TOWN[start:], cue="separately")
    assert _with_line_place(None, ctx, m, gz) is None
    assert isinstance(ctx, DocContext)
