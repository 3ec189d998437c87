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
    from .pipeline import extract, extract_document


def __getattr__(name: str) -> Any:
    """``sitrep.extract`` and ``sitrep.extract_document`` are those of :mod:`sitrep.pipeline`
    (parameters: ``pipeline.ExtractOptions``), imported on first use so that ``import sitrep`` stays
    light. ``extract`` returns the events (one record per real event) read from the text, evidence
    offsets indexing the text itself; ``extract_document`` also the document as sitrep read it."""
    if name in ("extract", "extract_document"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")


def to_dataframe(events: Any) -> Any:
    """A pandas DataFrame of ``events``: the columns of ``sitrep export -f csv``, typed."""
    from .export import to_dataframe as _to_dataframe

    return _to_dataframe(events)


def write(events: Any, path: str, fmt: str | None = None) -> int:
    """Write ``events`` to ``path`` in ``fmt`` (default: from the suffix). Returns the count."""
    from .export import write_file

    return write_file(events, path, fmt)
