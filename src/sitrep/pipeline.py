"""The pipeline, stage by stage: ingest -> segment -> extract -> geo -> assemble.

Every stage is a pure function of its inputs (plus read-only cached data such as the gazetteer
and lexicons), so documents can be processed in any number of processes or on a cluster.

Contracts (each extractor returns values carrying absolute evidence offsets into ``doc.text``):

- ``annotate.annotate(doc, DETECTORS, gazetteer) -> Annotation`` -- the document parsed once; kept
  in ``DocContext.annotation``: ``sentences(a, b)``, ``tokens(a, b)``, ``spans(group, a, b)``;
  ``annotate.mention_ranges(mention)`` gives a mention's text ranges

- ``segment.sections(doc) -> list[Section]``
- ``segment.mentions(doc, sections, annotation=None) -> list[Mention]``
- ``extractors.dates.document_anchor(doc, sections, annotation=None) -> DateValue | None`` (dateline / header date)
- ``extractors.dates.resolve_mention(doc, mention, ctx, anchor, country=None) -> DateValue | None``
  ``anchor`` is the date of the previous event in the same section (for "the following day").
- ``extractors.places.find_toponyms(doc, start, end, gazetteer, annotation) -> list[Toponym]``
  (chooses among the toponyms that the ``sitrep_toponyms`` detector found once per document)
- ``geo.resolve.resolve_context(doc, sections, gazetteer, toponyms, groups) -> (PlaceValue | None, dict[int, PlaceValue])``
- ``geo.resolve.doc_admin1_prior(doc, gazetteer, doc_iso2, toponyms) -> dict`` (``DocContext.place_prior``)
- ``geo.resolve.resolve_mention(toponyms, ctx, mention, gazetteer) -> PlaceValue | None``
- ``extractors.claims.document_claim(doc, annotation) -> ClaimValue``
- ``extractors.claims.mention_claim(doc, mention, ctx) -> ClaimValue``
- ``extractors.actors.extract_actors(doc, mention, ctx, place, claim) -> ActorsValue``
- ``extractors.types.classify(doc, mention, ctx, actors) -> TypeValue``
- ``extractors.counts.extract_counts(doc, mention, annotation) -> CountsValue``
- ``extractors.roles.extract_roles(doc, mention, actors, types) -> dict[str, list[RoleFiller]]``
- ``assemble.build_event(doc, mention, ctx, MentionFields(date, place, actors, types, counts, claim, roles)) -> Event | None``
- ``assemble.merge_duplicates(events) -> list[Event]``
"""

from __future__ import annotations

import inspect
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import date
from functools import partial
from typing import Any

from . import assemble, segment
from .annotate import annotate
from .config import Settings, get_settings
from .errors import InputError, SitrepWarning, TimeBudgetExceeded
from .extractors import actors as actors_mod
from .extractors import attribution as attribution_mod
from .extractors import claims as claims_mod
from .extractors import counts as counts_mod
from .extractors import dates as dates_mod
from .extractors import places as places_mod
from .extractors import roles as roles_mod
from .extractors import types as types_mod
from .geo import datelines as geo_datelines
from .geo import mention_cues as geo_cues
from .geo import resolve as geo_resolve
from .geo.gazetteer import Gazetteer, get_gazetteer
from .model import DateValue, DocContext, Document, Event, Evidence, SourceKind

#: the detectors that annotate every document, in the order they run (spaCy component names,
#: registered by the stage modules above; each writes one span group, see sitrep.annotate)
DETECTORS: tuple[str, ...] = (
    dates_mod.DATES_COMPONENT,
    actors_mod.DETECTOR,
    types_mod.DETECTOR,
    "sitrep_numbers",  # extractors/numbers.py: number expressions -> span group "numbers"
    roles_mod.ACRONYM_DETECTOR,  # extractors/roles.py: acronyms a document defines -> "role_acronyms"
    places_mod.DETECTOR,
)


def build_context(doc: Document, gazetteer: Gazetteer, settings: Settings) -> DocContext:
    """Document-level context: the annotated document, sections, dateline date, voice
    (claim/report), header places."""
    annotation = annotate(doc, DETECTORS, gazetteer)
    sections = segment.sections(doc)
    dateline = dates_mod.document_anchor(doc, sections, annotation)
    claim = claims_mod.document_claim(doc, annotation)
    if doc.source_kind is not None:
        claim = claims_mod.force_source_kind(claim, doc.source_kind)
    places = place_context(doc, sections, gazetteer, annotation)
    return places.model_copy(update={"dateline": dateline, "claim": claim, "settings": settings})


def place_context(doc: Document, sections: list, gazetteer: Gazetteer,
                  annotation: Any = None) -> DocContext:
    """The places of the document context, from the toponyms detected once: the document's
    country, each header's place and the document's admin1 prior (also for callers that make
    their own sections, such as the geoparsing benchmark and the geo tests)."""
    if annotation is None:
        annotation = annotate(doc, (places_mod.DETECTOR,), gazetteer)
    toponyms = places_mod.find_toponyms(doc, 0, len(doc.text), gazetteer, annotation)
    groups = places_mod.group_countries(annotation, gazetteer)
    doc_place, section_places = geo_resolve.resolve_context(doc, sections, gazetteer, toponyms, groups)
    tops = geo_resolve.context_toponyms(toponyms)
    dateline = geo_datelines.dateline_unit(doc, gazetteer)
    prior = geo_resolve.doc_admin1_prior(doc, gazetteer, geo_resolve.iso2_of(doc_place, gazetteer), tops,
                                         dateline)
    ctx = DocContext(doc=doc, sections=sections, doc_place=doc_place,
                     section_places=section_places, annotation=annotation, place_prior=prior,
                     place_cells=geo_resolve.doc_place_cells(gazetteer, tops),
                     group_countries=geo_cues.group_country_shares(groups))
    # the document's own first-level unit and town, read once (not per mention)
    return ctx.model_copy(update={"place_unit": geo_resolve.doc_unit(ctx, gazetteer, dateline)})


def process_document(
    doc: Document, gazetteer: Gazetteer | None = None, settings: Settings | None = None
) -> list[Event]:
    """Run every stage on one document and return its events (validated, de-duplicated)."""
    settings = settings or get_settings()
    if gazetteer is None:  # not ``gazetteer or``: a gazetteer's truth is its length, a COUNT(*) query
        gazetteer = get_gazetteer(settings)
    # text that lost its line breaks: every stage reads the restored layout (same offsets), and
    # the events' evidence is read back from the document's own text
    laid = segment.restore_layout(doc.text, _header_names(gazetteer))
    if laid != doc.text:
        original = doc
        events = process_document(doc.model_copy(update={"text": laid}), gazetteer, settings)
        return [_evidence_from(e, original.text) for e in events]
    ctx = build_context(doc, gazetteer, settings)
    events: list[Event] = []
    anchors: dict[int, DateValue | None] = {}
    for mention in segment.mentions(doc, ctx.sections, ctx.annotation):
        anchor = anchors.get(mention.section, ctx.dateline)
        toponyms = places_mod.find_toponyms(doc, mention.start, mention.end, gazetteer, ctx.annotation, cues=True)
        where = geo_resolve.resolve_mention(toponyms, ctx, mention, gazetteer)
        # the place first: a country's own holiday ("on Independence Day") is read with its country
        when = dates_mod.resolve_mention(doc, mention, ctx, anchor, where.iso3 if where else None)
        claim = claims_mod.mention_claim(doc, mention, ctx)
        who = actors_mod.extract_actors(doc, mention, ctx, where, claim, when.start if when else None)
        what = types_mod.classify(doc, mention, ctx, who)
        how_many = claims_mod.add_own_dead(
            doc, mention, claim, partial(counts_mod.extract_counts, annotation=ctx.annotation)
        )
        roles = roles_mod.extract_roles(doc, mention, who, what, ctx.annotation)
        event = assemble.build_event(
            doc, mention, ctx, assemble.MentionFields(when, where, who, what, how_many, claim, roles)
        )
        if event is None or (settings.scope_filter and not event.in_scope):
            continue
        relay = attribution_mod.relay_of(doc, mention, ctx, claim, event.actor1, event.country, event.actor2)
        if relay is not None:
            party, spans, rule = relay
            event = event.model_copy(update={
                "independent": False, "relayed_from": party, "rules": [*event.rules, rule],
                "field_evidence": {**event.field_evidence, "relay": spans},
            })
        if when is not None and when.start is not None:
            anchors[mention.section] = when
        events.append(event)
    return assemble.merge_duplicates(events)


def _header_names(gazetteer: Gazetteer):  # noqa: ANN202
    """Is a short run of words a region header: a group's region, a country or a first-level unit?"""
    from functools import lru_cache

    @lru_cache(maxsize=512)
    def known(name: str) -> bool:
        if geo_resolve.group_region(name) is not None:
            return True
        try:
            return any(p.is_country or p.is_admin1 for p in gazetteer.lookup(name, limit=20))
        except Exception:  # noqa: BLE001 - a gazetteer that cannot answer knows no header
            return False

    return known


def _evidence_from(event: Event, text: str) -> Event:
    """The event with every evidence text read from ``text`` (same offsets, original characters)."""

    def ev(e: Evidence) -> Evidence:
        return Evidence.of(text, e.start, e.end)

    update = {
        "evidence": ev(event.evidence),
        "field_evidence": {k: [ev(x) for x in v] for k, v in event.field_evidence.items()},
    }
    for role in ("perpetrators", "targets", "victims", "weapons"):
        update[role] = [r.model_copy(update={"evidence": ev(r.evidence), "text": r.text.replace("\n", " ")})
                        for r in getattr(event, role)]
    return event.model_copy(update=update)


_HTML_START = re.compile(r"\s*<(?:!doctype|html|head|body|article|div|p|section|main|table)\b", re.I)


@dataclass
class Extraction:
    """What :func:`extract_document` returns: the document as sitrep read it and its events.

    Offsets of ``events`` index ``text`` (``document.text``): the input with front matter taken
    out, newlines normalised and, for HTML, reduced to its readable text."""

    document: Document
    events: list[Event]

    @property
    def text(self) -> str:
        return self.document.text

    def to_dataframe(self) -> Any:
        from .export import to_dataframe

        return to_dataframe(self.events)


def _read_input(text: Any) -> tuple[str, bool]:
    """The caller's text as a str, and whether it is an HTML page."""
    if text is None or not isinstance(text, (str, bytes, bytearray)):
        raise InputError(f"the text must be a str (or bytes), not {type(text).__name__}")
    if isinstance(text, (bytes, bytearray)):
        from .ingest import decode_bytes

        text = decode_bytes(bytes(text))
    return text, bool(_HTML_START.match(text[:2000]))


@dataclass(frozen=True)
class ExtractOptions:
    """What a caller may tell about one text given to :func:`extract` or :func:`extract_document`
    (after the text, by position or by name). ``source_kind`` is "claim", "report" or "auto";
    ``keep_out_of_scope=True`` keeps incidents outside ACLED's scope (``Event.in_scope`` False)."""

    published: date | str | None = None
    source: str | None = None
    source_kind: str | SourceKind | None = "auto"
    keep_out_of_scope: bool = False

    def kind(self) -> SourceKind | None:
        if self.source_kind in (None, "auto"):
            return None
        try:
            return SourceKind(self.source_kind)
        except ValueError:
            raise InputError(f"source_kind must be claim, report or auto, not {self.source_kind!r}") from None

    def settings(self) -> Settings:
        """The settings, with the scope filter off when out-of-scope incidents are to be kept."""
        settings = get_settings()
        return settings.model_copy(update={"scope_filter": False}) if self.keep_out_of_scope else settings


def _takes_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn(text, *args, **kwargs)`` shown (help, inspect) with the fields of
    :class:`ExtractOptions` as its parameters after ``text``; one list serves both public functions."""
    sig = inspect.signature(fn)
    text = next(iter(sig.parameters.values()))
    fn.__signature__ = sig.replace(parameters=[text, *(  # type: ignore[attr-defined]
        inspect.Parameter(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=f.default, annotation=f.type)
        for f in fields(ExtractOptions))])
    return fn


@_takes_options
def extract_document(text: str | bytes, *args: Any, **kwargs: Any) -> Extraction:
    """Public API: the document sitrep reads from ``text`` (plain text, HTML or bytes) and its
    events, with offsets into ``Extraction.text``. Options: :class:`ExtractOptions`."""
    from .ingest import document_from_text, html_to_text, normalise_text

    opts = ExtractOptions(*args, **kwargs)
    raw, is_html = _read_input(text)
    title = None
    if is_html:
        raw, title = html_to_text(normalise_text(raw))
    doc = document_from_text(raw, published=opts.published, source=opts.source, source_kind=opts.kind(),
                             title=title)
    _warn(doc)
    return Extraction(doc, process_document(doc, None, opts.settings()))


def _warn(doc: Document) -> None:
    """Issue each of the document's ingest warnings (an unreadable front-matter date) as a
    :class:`~sitrep.errors.SitrepWarning` to the caller of the public functions."""
    for message in doc.warnings:
        warnings.warn(message, SitrepWarning, stacklevel=3)


@_takes_options
def extract(text: str | bytes, *args: Any, **kwargs: Any) -> list[Event]:
    """Public API: events from one text. Options: :class:`ExtractOptions`.

    For plain text, every evidence offset indexes the caller's own string (``text[start:end] ==
    evidence.text``), even with front matter, Windows line endings, a BOM or control characters.
    HTML is reduced to its readable text first; its offsets index that text, which
    :func:`extract_document` returns."""
    opts = ExtractOptions(*args, **kwargs)
    raw, is_html = _read_input(text)
    if is_html:
        return extract_document(raw, **asdict(opts)).events
    from .ingest import document_from_text, normalise_with_offsets, split_front_matter

    doc = document_from_text(raw, published=opts.published, source=opts.source, source_kind=opts.kind())
    _warn(doc)
    events = process_document(doc, None, opts.settings())
    norm, starts, ends = normalise_with_offsets(raw)
    _, body = split_front_matter(norm)
    shift = len(norm) - len(body)
    if raw == doc.text:
        return events
    return [_remap_event(e, raw, starts, ends, shift) for e in events]


def _remap_event(ev: Event, raw: str, starts: list[int], ends: list[int], shift: int) -> Event:
    """``ev`` with every evidence span moved from the normalised body into the caller's string."""

    def move(span: dict[str, Any]) -> dict[str, Any]:
        s, e = span["start"] + shift, span["end"] + shift
        if e > s:
            ns, ne = starts[s], ends[e - 1]
        else:
            ns = ne = starts[s] if s < len(starts) else len(raw)
        return {"start": ns, "end": ne, "text": raw[ns:ne]}

    def walk(x: Any) -> Any:
        if isinstance(x, dict):
            if set(x) == {"start", "end", "text"} and isinstance(x["start"], int):
                return move(x)
            return {k: walk(v) for k, v in x.items()}
        if isinstance(x, list):
            return [walk(v) for v in x]
        return x

    return Event.model_validate(walk(ev.model_dump()))


def process_many(
    docs: Iterable[Document], settings: Settings | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """Stream documents through the pipeline (constant memory in the number of documents)."""
    settings = settings or get_settings()
    gazetteer = get_gazetteer(settings)
    for doc in docs:
        yield doc, process_document(doc, gazetteer, settings)


@contextmanager
def time_budget(seconds: float, name: str) -> Iterator[None]:
    """Raise :class:`TimeBudgetExceeded` in the block after ``seconds`` (SIGALRM; only in a
    process's main thread on POSIX, elsewhere no budget applies)."""
    import signal
    import threading

    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(_sig: int, _frame: object) -> None:
        raise TimeBudgetExceeded(f"{name}: took longer than the time budget of {seconds:g} s "
                                 "(SITREP_TIME_BUDGET); skipped")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def _safe_process(doc: Document, settings: Settings) -> list[Event] | str:
    """process_document within the time budget, turning an unexpected error into a one-line
    message (the batch goes on)."""
    name = doc.path or doc.doc_id[:12]
    try:
        with time_budget(getattr(settings, "time_budget_s", 0), name):
            return process_document(doc, None, settings)
    except TimeBudgetExceeded as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - reported per document, never silently dropped
        return f"E900 {name}: internal error while extracting ({exc.__class__.__name__}: {exc})"[:500]


#: a short report that runs every stage, so that everything a stage loads lazily (gazetteer, NLP
#: pipeline, models, lexicons) is loaded by :func:`warm_up`; long enough (``language.MIN_WORDS``)
#: for the language check to load its stop-word lists too
_WARM_UP_TEXT = ("On 2 May 2022 gunmen killed 3 people and wounded 5 in Baidoa, Somalia, police said. "
                 "It was the second attack on the market of the town in a week.")

#: a batch sent to a worker holds at most this many documents, or this many characters of text
BATCH_DOCS = 32
BATCH_CHARS = 200_000


def warm_up(settings: Settings | None = None) -> None:
    """Load every resource of the pipeline in this process, by running it on one short document.

    Called before worker processes are forked (they inherit what is loaded) and on Dask workers
    when they start, so no batch pays for loading the gazetteer or the models."""
    from .language import detect

    settings = settings or get_settings()
    detect(_WARM_UP_TEXT)
    try:
        process_document(Document(text=_WARM_UP_TEXT, published=date(2022, 5, 3)), None, settings)
    except Exception:  # noqa: BLE001, S110 - the same error is then reported per document, on its line
        pass


def process_item(doc: Document, settings: Settings) -> tuple[str | None, list[Event] | str]:
    """One document on a worker: ``(language, events)``; ``language`` is the code of a language
    sitrep does not read (no events then), ``events`` a one-line error message if it failed."""
    from .language import detect

    lang = detect(doc.text)
    if not lang.supported:
        # English rules on other languages only invent events: none are read, and the caller says so
        return lang.code, []
    return None, _safe_process(doc, settings)


def process_batch(docs: list[Document], settings: Settings) -> list[tuple[str | None, list[Event] | str]]:
    """:func:`process_item` for each document of a batch (the unit of work sent to a worker)."""
    return [process_item(d, settings) for d in docs]


def batches(items: Iterable[object], max_docs: int = BATCH_DOCS, max_chars: int = BATCH_CHARS) -> Iterator[list[object]]:
    """``items`` in consecutive batches of at most ``max_docs`` documents and ``max_chars``
    characters of text (items that are not documents ride along in their place)."""
    batch: list[object] = []
    n_docs = chars = 0
    for item in items:
        if isinstance(item, Document):
            if n_docs and (n_docs >= max_docs or chars + len(item.text) > max_chars):
                yield batch
                batch, n_docs, chars = [], 0, 0
            n_docs += 1
            chars += len(item.text)
        batch.append(item)
    if batch:
        yield batch


def merge_batch(
    batch: list[object], results: list[tuple[str | None, list[Event] | str]]
) -> Iterator[tuple[object, list[Event]]]:
    """The items of ``batch`` with their results, in order: a document that failed becomes an
    ``ingest.Failure``; a document in a language sitrep does not read gets its ``language``."""
    from .ingest import Failure

    it = iter(results)
    for item in batch:
        if not isinstance(item, Document):
            yield item, []
            continue
        lang, evs = next(it)
        if lang is not None:
            item.language = lang
        if isinstance(evs, str):
            yield Failure(item.path or item.doc_id, evs), []
        else:
            yield item, evs


_POOL_SETTINGS: Settings | None = None


def _init_pool_worker(settings: Settings) -> None:
    global _POOL_SETTINGS
    _POOL_SETTINGS = settings
    warm_up(settings)  # a no-op cost after fork (inherited), a real load under spawn


def _pool_batch(docs: list[Document]) -> list[tuple[str | None, list[Event] | str]]:
    assert _POOL_SETTINGS is not None
    return process_batch(docs, _POOL_SETTINGS)


def process_many_parallel(
    items: Iterable[object], settings: Settings | None = None, workers: int = 1,
    max_docs: int = BATCH_DOCS, max_chars: int = BATCH_CHARS,
) -> Iterator[tuple[object, list[Event]]]:
    """Stream ``Document``/``ingest.Failure`` items through the pipeline on ``workers`` processes.

    Order is preserved; failures (unreadable inputs, or a document whose extraction raised) come
    out as ``ingest.Failure`` with one line of explanation, and the batch goes on.

    With several workers, the resources are loaded once in this process before the pool is
    forked (the workers inherit them), documents go to the workers in batches (``batches``: one
    task, one message each way per batch, whichever input they came from: files, or the records
    of one JSONL file), and at most ``2 * workers`` batches are in flight, so memory does not grow
    with the input.
    """
    settings = settings or get_settings()
    if workers <= 1:
        for item in items:
            yield from merge_batch([item], [process_item(item, settings)] if isinstance(item, Document) else [])
        return
    import multiprocessing as mp
    from collections import deque

    warm_up(settings)
    pool = mp.get_context().Pool(workers, initializer=_init_pool_worker, initargs=(settings,))
    pending: deque[tuple[list[object], Any]] = deque()

    def drain() -> Iterator[tuple[object, list[Event]]]:
        done, res = pending.popleft()
        return merge_batch(done, res.get() if res is not None else [])

    try:
        for batch in batches(items, max_docs, max_chars):
            docs = [d for d in batch if isinstance(d, Document)]
            pending.append((batch, pool.apply_async(_pool_batch, (docs,)) if docs else None))
            while len(pending) > 2 * workers:
                yield from drain()
        while pending:
            yield from drain()
    except BaseException:  # an error, or the caller stopped reading: no work left behind
        pool.terminate()
        pool.join()
        raise
    pool.close()
    pool.join()
