"""Segment: a document -> sections (under headers) -> event mentions.

``sections(doc)`` (:mod:`.headers`) finds header lines (region names, markdown headings, bold
lines, all-caps lines, numbered headings, a headline) and cuts the document into
:class:`~sitrep.model.Section` runs; a header is context for the events below it and never an
event itself.

``mentions(doc, sections, annotation)`` (:mod:`.grouping`) splits each section into paragraphs
and sentences (the one sentence source, :mod:`sitrep.sentences`), and groups sentences into event
mentions with the cues in ``data/segment_cues.yaml`` (:mod:`.cues`): new-event cues
("Meanwhile", "In a separate attack", "On <date>", a new list item, a new place or date with a
new act), continuation cues ("The attack killed", pronouns, quotes, officials' comments,
tallies, claims of responsibility), and patterns for what is not an event (aggregates,
background references, sentences without an act). Dates come from the annotation's date spans
(:mod:`sitrep.extractors.dates`), places from its toponym spans when that detector ran.

``restore_layout(text)`` (:mod:`.layout`) gives text that lost its line breaks its inline
headers and list items back. The rules are documented in docs/rules/segmentation.md.

Pure functions; the compiled cue tables are a read-only module-level cache.
"""

from __future__ import annotations

# the public names of the package, re-exported ("import x as x")

from ..sentences import is_upper_document as is_upper_document
from ..sentences import sentence_spans as _sentences  # noqa: F401 (tests import it from here)
from .headers import sections as sections
from .layout import restore_layout as restore_layout
from .grouping import CASUALTY_STATEMENT_RULE as CASUALTY_STATEMENT_RULE
from .grouping import mentions as mentions
