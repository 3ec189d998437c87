"""One exception hierarchy; messages are one clear line for users (tracebacks only with --debug)."""

from __future__ import annotations


class SitrepWarning(UserWarning):
    """Something in a document sitrep could not read but did not refuse the document for (an
    unreadable front-matter date); the Python API issues one per ``Document.warnings`` entry."""


class SitrepError(Exception):
    """Base class for every error sitrep raises on purpose."""

    code = "E000"

    def __str__(self) -> str:  # "E101 input.txt: document is empty"
        return f"{self.code} {super().__str__()}"


class InputError(SitrepError):
    """A document cannot be read: missing, undecodable, empty, too large, malformed record."""

    code = "E100"


class EmptyDocument(InputError):
    code = "E101"


class DocumentTooLarge(InputError):
    code = "E102"


class UndecodableDocument(InputError):
    code = "E103"


class MalformedRecord(InputError):
    code = "E104"


class UnsupportedFormat(InputError):
    """A file sitrep cannot read as text (e.g. a PDF or DOCX without its reader installed)."""

    code = "E105"


class ConfigError(SitrepError):
    """A SITREP_* environment variable or an option has an invalid value."""

    code = "E010"


class OutputError(SitrepError):
    """An output path cannot be written (missing folder, a directory, no permission)."""

    code = "E401"


class TimeBudgetExceeded(SitrepError):
    """A document took longer than ``Settings.time_budget_s`` (SITREP_TIME_BUDGET)."""

    code = "E901"


class GazetteerUnavailable(SitrepError):
    code = "E200"


class GazetteerImportError(SitrepError):
    code = "E201"


class StoreError(SitrepError):
    code = "E300"


class ExportError(SitrepError):
    code = "E400"


class EvaluationError(SitrepError):
    code = "E500"


class ClusterUnavailable(SitrepError):
    """A Dask scheduler cannot be reached or started, or Dask is not installed."""

    code = "E700"
