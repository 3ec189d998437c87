"""sitrep: structured, geocoded, neutral and verifiable event records from conflict reporting.

Public API::

    import sitrep
    events = sitrep.extract(text, published="2017-07-30", source="Example Wire")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]

if TYPE_CHECKING:
    from .model import Event


def extract(
    text: str, published: Any = None, source: str | None = None, source_kind: str | None = "auto",
    keep_out_of_scope: bool = False,
) -> list[Event]:
    """Events (one record per real event) read from ``text``; see :mod:`sitrep.pipeline`.

    Incidents outside ACLED's scope (disasters, accidents, ordinary crime...) are left out unless
    ``keep_out_of_scope`` is True; they then carry ``in_scope=False``.
    """
    from .pipeline import extract as _extract

    return _extract(text, published=published, source=source, source_kind=source_kind,
                    keep_out_of_scope=keep_out_of_scope)
