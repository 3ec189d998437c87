"""sitrep: structured, geocoded, neutral and verifiable event records from conflict reporting.

Public API::

    import sitrep
    events = sitrep.extract(text, published="2017-07-30", source="Example Wire")
    sitrep.to_dataframe(events)            # a pandas DataFrame (ACLED columns, then sitrep's)
    sitrep.write(events, "events.csv")     # jsonl, csv, acled, geojson or parquet, by suffix
    result = sitrep.extract_document(html) # the text sitrep read (HTML reduced) and its events
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "extract_document", "to_dataframe", "write", "__version__"]

if TYPE_CHECKING:
    from .model import Event
    from .pipeline import Extraction


def extract(
    text: str | bytes, published: Any = None, source: str | None = None, source_kind: str | None = "auto",
    keep_out_of_scope: bool = False,
) -> list[Event]:
    """Events (one record per real event) read from ``text``; see :func:`sitrep.pipeline.extract`.
    Evidence offsets index ``text`` itself (for HTML: the readable text, see ``extract_document``).
    Incidents outside ACLED's scope (disasters, accidents, ordinary crime...) are left out unless
    ``keep_out_of_scope`` is True; they then carry ``in_scope=False``."""
    from .pipeline import extract as _extract

    return _extract(text, published=published, source=source, source_kind=source_kind,
                    keep_out_of_scope=keep_out_of_scope)


def extract_document(
    text: str | bytes, published: Any = None, source: str | None = None, source_kind: str | None = "auto",
    keep_out_of_scope: bool = False,
) -> Extraction:
    """The document as sitrep read it (``.text``, ``.document``) and its ``.events``."""
    from .pipeline import extract_document as _extract_document

    return _extract_document(text, published=published, source=source, source_kind=source_kind,
                             keep_out_of_scope=keep_out_of_scope)


def to_dataframe(events: Any) -> Any:
    """A pandas DataFrame of ``events``: the columns of ``sitrep export -f csv``, typed."""
    from .export import to_dataframe as _to_dataframe

    return _to_dataframe(events)


def write(events: Any, path: str, fmt: str | None = None) -> int:
    """Write ``events`` to ``path`` in ``fmt`` (default: from the suffix). Returns the count."""
    from .export import write_file

    return write_file(events, path, fmt)
