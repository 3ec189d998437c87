"""The pipeline, stage by stage: ingest -> segment -> extract -> geo -> assemble.

Every stage is a pure function of its inputs (plus read-only cached data such as the gazetteer
and lexicons), so documents can be processed in any number of processes or on a cluster.

Contracts (each extractor returns values carrying absolute evidence offsets into ``doc.text``):

- ``segment.sections(doc) -> list[Section]``
- ``segment.mentions(doc, sections) -> list[Mention]``
- ``extractors.dates.document_anchor(doc, sections) -> DateValue | None`` (dateline / header date)
- ``extractors.dates.resolve_mention(doc, mention, ctx, anchor) -> DateValue | None``
  ``anchor`` is the date of the previous event in the same section (for "the following day").
- ``extractors.places.find_toponyms(doc, start, end, gazetteer) -> list[Toponym]``
- ``geo.resolve.resolve_context(doc, sections, gazetteer) -> (PlaceValue | None, dict[int, PlaceValue])``
- ``geo.resolve.resolve_mention(toponyms, ctx, mention, gazetteer) -> PlaceValue | None``
- ``extractors.claims.document_claim(doc) -> ClaimValue``
- ``extractors.claims.mention_claim(doc, mention, ctx) -> ClaimValue``
- ``extractors.actors.extract_actors(doc, mention, ctx, place, claim) -> ActorsValue``
- ``extractors.types.classify(doc, mention, ctx, actors) -> TypeValue``
- ``extractors.counts.extract_counts(doc, mention) -> CountsValue``
- ``extractors.roles.extract_roles(doc, mention, actors, types) -> dict[str, list[RoleFiller]]``
- ``assemble.build_event(doc, mention, ctx, date, place, actors, types, counts, claim, roles) -> Event | None``
- ``assemble.merge_duplicates(events) -> list[Event]``
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from . import assemble, segment
from .config import Settings, get_settings
from .extractors import actors as actors_mod
from .extractors import claims as claims_mod
from .extractors import counts as counts_mod
from .extractors import dates as dates_mod
from .extractors import places as places_mod
from .extractors import roles as roles_mod
from .extractors import types as types_mod
from .geo import resolve as geo_resolve
from .geo.gazetteer import Gazetteer, get_gazetteer
from .model import DateValue, DocContext, Document, Event, SourceKind


def build_context(doc: Document, gazetteer: Gazetteer, settings: Settings) -> DocContext:
    """Document-level context: sections, dateline date, voice (claim/report), header places."""
    sections = segment.sections(doc)
    dateline = dates_mod.document_anchor(doc, sections)
    claim = claims_mod.document_claim(doc)
    if doc.source_kind is not None:
        claim = claims_mod.force_source_kind(claim, doc.source_kind)
    doc_place, section_places = geo_resolve.resolve_context(doc, sections, gazetteer)
    return DocContext(
        doc=doc,
        sections=sections,
        dateline=dateline,
        claim=claim,
        doc_place=doc_place,
        section_places=section_places,
        settings=settings,
    )


def process_document(
    doc: Document, gazetteer: Gazetteer | None = None, settings: Settings | None = None
) -> list[Event]:
    """Run every stage on one document and return its events (validated, de-duplicated)."""
    settings = settings or get_settings()
    gazetteer = gazetteer or get_gazetteer(settings)
    ctx = build_context(doc, gazetteer, settings)
    events: list[Event] = []
    anchors: dict[int, DateValue | None] = {}
    for mention in segment.mentions(doc, ctx.sections):
        anchor = anchors.get(mention.section, ctx.dateline)
        when = dates_mod.resolve_mention(doc, mention, ctx, anchor)
        toponyms = places_mod.find_toponyms(doc, mention.start, mention.end, gazetteer)
        where = geo_resolve.resolve_mention(toponyms, ctx, mention, gazetteer)
        claim = claims_mod.mention_claim(doc, mention, ctx)
        who = actors_mod.extract_actors(doc, mention, ctx, where, claim)
        what = types_mod.classify(doc, mention, ctx, who)
        how_many = counts_mod.extract_counts(doc, mention)
        roles = roles_mod.extract_roles(doc, mention, who, what)
        event = assemble.build_event(
            doc, mention, ctx, when, where, who, what, how_many, claim, roles
        )
        if event is None or (settings.scope_filter and not event.in_scope):
            continue
        if when is not None and when.start is not None:
            anchors[mention.section] = when
        events.append(event)
    return assemble.merge_duplicates(events)


def extract(
    text: str,
    published: date | str | None = None,
    source: str | None = None,
    source_kind: str | SourceKind | None = "auto",
    keep_out_of_scope: bool = False,
) -> list[Event]:
    """Public API: events from one text. ``source_kind`` is "claim", "report" or "auto".

    ``keep_out_of_scope=True`` keeps incidents outside ACLED's scope (``Event.in_scope`` False).
    """
    from .ingest import document_from_text

    kind = None if source_kind in (None, "auto") else SourceKind(source_kind)
    doc = document_from_text(text, published=published, source=source, source_kind=kind)
    settings = get_settings()
    if keep_out_of_scope:
        settings = settings.model_copy(update={"scope_filter": False})
    return process_document(doc, None, settings)


def process_many(
    docs: Iterable[Document], settings: Settings | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """Stream documents through the pipeline (constant memory in the number of documents)."""
    settings = settings or get_settings()
    gazetteer = get_gazetteer(settings)
    for doc in docs:
        yield doc, process_document(doc, gazetteer, settings)


def _safe_process(doc: Document, settings: Settings) -> list[Event] | str:
    """process_document, turning an unexpected error into a one-line message (the batch goes on)."""
    try:
        return process_document(doc, None, settings)
    except Exception as exc:  # noqa: BLE001 - reported per document, never silently dropped
        name = doc.path or doc.doc_id[:12]
        return f"E900 {name}: internal error while extracting ({exc.__class__.__name__}: {exc})"


def _worker(args: tuple[object, Settings]) -> tuple[object, list[Event] | str]:
    item, settings = args
    if not isinstance(item, Document):
        return item, []
    return item, _safe_process(item, settings)


def process_many_parallel(
    items: Iterable[object], settings: Settings | None = None, workers: int = 1
) -> Iterator[tuple[object, list[Event]]]:
    """Stream ``Document``/``ingest.Failure`` items through the pipeline on ``workers`` processes.

    Order is preserved; failures (unreadable inputs, or a document whose extraction raised) come
    out as ``ingest.Failure`` with one line of explanation, and the batch goes on.
    """
    from .ingest import Failure

    settings = settings or get_settings()
    jobs = ((item, settings) for item in items)
    if workers <= 1:
        results: Iterable[tuple[object, list[Event] | str]] = map(_worker, jobs)
        pool = None
    else:
        import multiprocessing as mp

        pool = mp.get_context().Pool(workers)
        results = pool.imap(_worker, jobs, chunksize=4)
    try:
        for item, evs in results:
            if isinstance(evs, str):
                assert isinstance(item, Document)
                yield Failure(item.path or item.doc_id, evs), []
            else:
                yield item, evs
    finally:
        if pool is not None:
            pool.close()
            pool.join()
