"""The annotated document: each document is parsed once, and every detector runs once.

:func:`annotate` turns a :class:`~sitrep.model.Document` into an :class:`Annotation`: one spaCy
``Doc`` made by the pipeline of :mod:`sitrep.nlp` (a blank English tokenizer with sitrep's own
sentence component by default, the statistical model's entities as well in model mode), with
the detectors' findings stored as typed spans in ``doc.spans[group]``. Each span's ``label_`` is
the rule id that found it; :meth:`Annotation.spans` returns each finding with its exact
offsets and the detector's structured value (a ``DateExpr``, a number, a lexicon entry...).

Stages read the annotation; they do not re-detect. The annotation offers:

- :meth:`Annotation.sentences` -- the one sentence source (:mod:`sitrep.sentences`);
- :meth:`Annotation.tokens` -- the one tokenizer (spaCy's);
- :meth:`Annotation.spans` -- the spans of one group inside a character range;
- :func:`mention_ranges` -- the one helper that turns a mention into its text ranges.

Detectors are spaCy components registered with ``@Language.component`` or
``@Language.factory`` in the module of the stage that owns the knowledge (their names start with
``sitrep_``); each writes one span group with :func:`add_spans`. ``pipeline.DETECTORS`` lists
them in the order they run (docs/architecture.md, "The annotated document"), so this module
depends on no stage. A detector that needs the gazetteer declares it with
:func:`needs_gazetteer` and receives it as the keyword argument ``gazetteer`` through spaCy's
``component_cfg``.

The annotation lives in ``DocContext.annotation`` for one document and is never cached across
documents, so the stages stay pure functions of their inputs.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from .model import Document, Mention
from .nlp import SENTENCES_KEY, TEXT_KEY, doc_text, get_nlp
from .sentences import text_sentences

#: components whose ``__call__`` takes the gazetteer as a keyword argument
_NEEDS_GAZETTEER: set[str] = set()


def needs_gazetteer(name: str) -> str:
    """Declare that the component ``name`` is called with ``gazetteer=...``; returns ``name``."""
    _NEEDS_GAZETTEER.add(name)
    return name


class Annotation:
    """One document parsed once: sentences, tokens and the detectors' span groups."""

    __slots__ = ("_sent_starts", "_sents", "_tok_starts", "doc", "text")

    def __init__(self, doc: Doc, sentences: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self._sents = sentences
        self._sent_starts = [s for s, _ in sentences]
        self._tok_starts = doc.to_array("IDX").tolist()

    # -- sentences ---------------------------------------------------------------------------
    def sentences(self, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
        """Sentences that overlap ``text[start:end]``, clipped to it (character offsets)."""
        end = len(self.text) if end is None else end
        i = max(0, bisect_right(self._sent_starts, start) - 1)
        out: list[tuple[int, int]] = []
        for s, e in self._sents[i:]:
            if s >= end:
                break
            a, b = max(s, start), min(e, end)
            if a < b:
                out.append((a, b))
        return out

    def sentence_of(self, pos: int) -> tuple[int, int] | None:
        """The sentence that holds character ``pos``, or None between sentences."""
        i = bisect_right(self._sent_starts, pos) - 1
        if i >= 0 and self._sents[i][0] <= pos < self._sents[i][1]:
            return self._sents[i]
        return None

    # -- tokens --------------------------------------------------------------------------------
    def tokens(self, start: int = 0, end: int | None = None) -> Span:
        """The tokens that start inside ``text[start:end]``, as a spaCy ``Span``."""
        end = len(self.text) if end is None else end
        i = bisect_left(self._tok_starts, start)
        j = bisect_left(self._tok_starts, end)
        return self.doc[i:j]

    # -- span groups ---------------------------------------------------------------------------
    def spans(self, group: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Findings of ``group`` that lie inside ``text[start:end]``, in text order."""
        found: list[Found] = self.doc.user_data.get((_FOUND, group), [])
        end = len(self.text) if end is None else end
        i = bisect_left(found, (start,), key=lambda f: (f.start,))
        out = []
        for f in found[i:]:
            if f.start >= end:
                break
            if f.end <= end:
                out.append(f)
        return out


_FOUND = "sitrep.found"


@dataclass(frozen=True, slots=True)
class Found:
    """One detector finding: exact character offsets, the rule id, the detector's value, and the
    finding as a token-aligned spaCy span (also in ``doc.spans[group]``)."""

    start: int
    end: int
    rule: str
    value: Any
    span: Span | None

    @property
    def text(self) -> str:
        return self.span.doc.text[self.start : self.end] if self.span is not None else ""


def add_spans(doc: Doc, group: str, found: Iterable[tuple[int, int, str, Any]]) -> None:
    """Store ``(start, end, rule_id, value)`` findings of ``group`` on ``doc``: as spaCy spans in
    ``doc.spans[group]`` (label = rule id; offsets widened to token boundaries) and, with their
    exact offsets and values, for :meth:`Annotation.spans`."""
    spans: list[Span] = []
    kept: list[Found] = []
    for start, end, rule, value in sorted(found, key=lambda f: (f[0], -f[1])):
        span = doc.char_span(start, end, label=rule, alignment_mode="expand")
        if span is None:
            continue
        spans.append(span)
        kept.append(Found(start, end, rule, value, span))
    doc.spans[group] = spans
    doc.user_data[(_FOUND, group)] = kept


def mention_ranges(mention: Mention, text_length: int | None = None) -> list[tuple[int, int]]:
    """The text ranges of a mention: its evidence spans (or its extent), sorted and merged,
    clipped to the text when its length is given. The one range helper every stage uses."""
    raw = [(e.start, e.end) for e in mention.spans] if mention.spans else [(mention.start, mention.end)]
    if text_length is not None:
        raw = [(max(0, s), min(text_length, e)) for s, e in raw]
    merged: list[tuple[int, int]] = []
    for s, e in sorted(raw):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


#: the detectors :func:`annotation_pipeline` has added to the shared pipeline
_DETECTORS_ADDED: set[str] = set()


@lru_cache(maxsize=8)
def annotation_pipeline(detectors: tuple[str, ...]) -> Language:
    """The pipeline of :func:`sitrep.nlp.get_nlp` with ``detectors`` added after it, once.

    The pipeline is shared: it holds every detector any caller asked for, and :func:`annotate`
    runs only the ones its caller names. A detector is added before those already there that the
    caller lists after it, so the order a caller asks for holds whatever was added before (the
    toponym detector reads the actor phrases: asked for alone first, it must not end up running
    before the actors of a later full pipeline)."""
    nlp = get_nlp()
    for i, name in enumerate(detectors):
        if name not in nlp.pipe_names:
            later = [d for d in detectors[i + 1:] if d in nlp.pipe_names]
            if later:
                nlp.add_pipe(name, before=min(later, key=nlp.pipe_names.index))
            else:
                nlp.add_pipe(name)
        _DETECTORS_ADDED.add(name)
    return nlp


def annotate(document: Document, detectors: tuple[str, ...] = (), gazetteer: Any = None) -> Annotation:
    """Parse ``document`` once and run the ``detectors`` (spaCy component names) on it: the base
    pipeline (tokenizer, sentences, the model's entities in model mode) and those detectors only,
    not the others earlier callers added to the shared pipeline."""
    detectors = tuple(detectors)
    nlp = annotation_pipeline(detectors)
    text = document.text
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text  # the tokenizer keeps every character: doc.text == text
    for name, proc in nlp.pipeline:
        if name in _DETECTORS_ADDED and name not in detectors:
            continue
        doc = proc(doc, gazetteer=gazetteer) if name in _NEEDS_GAZETTEER else proc(doc)
    sents = doc.user_data.get(SENTENCES_KEY)
    if sents is None:  # a pipeline without sitrep's sentence component
        sents = text_sentences(text)
    return Annotation(doc, sents)
