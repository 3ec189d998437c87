"""Settings in one validated object (read from SITREP_* environment variables)."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field


class Settings(BaseModel):
    #: largest document accepted, in bytes (larger ones are reported and skipped)
    max_bytes: int = Field(default=5_000_000, gt=0)
    #: numeric dates like 03/08/2017: True reads day first (3 August), False month first
    dayfirst: bool = True
    #: spaCy pipeline: "auto" uses an installed statistical English model if any, else blank
    nlp: Literal["auto", "blank", "model"] = "auto"
    #: path of a SQLite gazetteer built by `sitrep gazetteer import`; None = embedded default
    gazetteer_path: Path | None = None
    #: tolerance in days when inferring a missing year (events up to this many days after the
    #: published date are still placed in the published year)
    year_tolerance_days: int = 7
    #: drop incidents outside ACLED's scope (Event.in_scope False: disasters, accidents, ordinary crime...)
    scope_filter: bool = True


def _env_settings() -> Settings:
    data: dict[str, object] = {}
    if v := os.environ.get("SITREP_MAX_BYTES"):
        data["max_bytes"] = int(v)
    if v := os.environ.get("SITREP_DAYFIRST"):
        data["dayfirst"] = v.lower() not in ("0", "false", "no")
    if v := os.environ.get("SITREP_NLP"):
        data["nlp"] = v
    if v := os.environ.get("SITREP_GAZETTEER"):
        data["gazetteer_path"] = Path(v)
    if v := os.environ.get("SITREP_SCOPE_FILTER"):
        data["scope_filter"] = v.lower() not in ("0", "false", "no")
    return Settings(**data)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return _env_settings()
