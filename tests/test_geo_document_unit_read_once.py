"""The document's own first-level unit (dateline's unit or the region prior's dominant unit),
its town and whether the dateline writes the unit are read once per document by
``pipeline.place_context`` (``DocContext.place_unit``); a context built without it gives the
same places. Texts are written for the tests."""

from __future__ import annotations

from sitrep.extractors.places import find_toponyms
from sitrep.geo.resolve import DocUnit, doc_unit, resolve_mention
from sitrep.model import Document, Mention, Section
from sitrep.pipeline import place_context


def _ctx(gz, text: str):  # noqa: ANN001, ANN202
    return place_context(Document(text=text), [Section(start=0, end=len(text))], gz)


def test_place_context_reads_the_dateline_unit_and_town_once(gz):  # noqa: ANN001
    ctx = _ctx(gz, "HORN LAKE, Miss. -- A woman was killed on Friday.\n\nPolice said Marvin fled.")
    unit = ctx.place_unit
    assert isinstance(unit, DocUnit)
    ms = next(p for p in gz.lookup("Mississippi", iso2="US", limit=5) if p.is_admin1)
    assert unit.own == ("US", ms.admin1_code)
    assert unit.town is not None and unit.town[0].name == "Horn Lake"
    assert unit.written


def test_region_prior_gives_the_unit_without_a_dateline(gz):  # noqa: ANN001
    ctx = _ctx(gz, "Officials in Texas said a man was shot in Dublin. Texas police are searching.")
    tx = next(p for p in gz.lookup("Texas", iso2="US", limit=5) if p.is_admin1)
    assert ctx.place_unit.own == ("US", tx.admin1_code)
    assert not ctx.place_unit.written


def test_no_unit_for_a_capital_dateline(gz):  # noqa: ANN001
    assert _ctx(gz, "KABUL (Agency) - A bomb exploded in a market.").place_unit == DocUnit()


def test_a_context_without_the_unit_resolves_the_same(gz):  # noqa: ANN001
    text = ("HORN LAKE, Miss. -- A woman was killed on Friday.\n\n"
            "Police said Marvin fled before officers arrived.")
    ctx = _ctx(gz, text)
    start = text.index("Police")
    m = Mention(start=start, end=len(text), text=text[start:])
    tops = find_toponyms(ctx.doc, start, len(text), gz, ctx.annotation)
    by_hand = ctx.model_copy(update={"place_unit": None})
    assert doc_unit(by_hand, gz) == ctx.place_unit
    once, again = resolve_mention(tops, ctx, m, gz), resolve_mention(tops, by_hand, m, gz)
    assert once is not None and once.location == "Horn Lake"
    assert once == again
