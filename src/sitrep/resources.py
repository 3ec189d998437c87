"""Load lexicons kept as data under ``sitrep/data`` (importlib.resources, cached)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


def read_text(name: str) -> str:
    return resources.files("sitrep.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    return yaml.safe_load(read_text(name))


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file with a header line; lines starting with '#' are comments."""
    lines = [ln for ln in read_text(name).splitlines() if ln.strip() and not ln.startswith("#")]
    return tuple(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t"))


class Patterns:
    """The named regular expressions of a data-file section, compiled once and read as attributes:
    ``p.word`` is ``re.compile(section["word"], flags)``. Patterns a module derives from other data
    (a word list joined into one alternation, another flag) join by keyword."""

    def __init__(self, section: Mapping[str, str], flags: int = 0, **derived: re.Pattern[str]) -> None:
        self._by_name = {k: re.compile(v, flags) for k, v in section.items()} | derived

    def __getattr__(self, name: str) -> re.Pattern[str]:
        try:
            return self.__dict__["_by_name"][name]
        except KeyError:
            raise AttributeError(name) from None


class PatternFields:
    """For a dataclass of cues with a ``patterns: Patterns`` field: its patterns read as its own
    attributes (``cues.word``), so a module keeps one table instead of a field per pattern."""

    def __getattr__(self, name: str) -> re.Pattern[str]:
        patterns = self.__dict__.get("patterns")
        if patterns is None:
            raise AttributeError(name)
        return getattr(patterns, name)
