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
    #: seconds one document may take before it is reported and skipped (0 = no budget); the last
    #: resort against hostile input, enforced in the process's main thread (SIGALRM)
    time_budget_s: float = Field(default=300.0, ge=0)
    #: drop incidents outside ACLED's scope (Event.in_scope False: disasters, accidents, ordinary crime...)
    scope_filter: bool = True


#: environment variable -> setting it fills
ENV_VARS = {
    "SITREP_MAX_BYTES": "max_bytes",
    "SITREP_DAYFIRST": "dayfirst",
    "SITREP_NLP": "nlp",
    "SITREP_GAZETTEER": "gazetteer_path",
    "SITREP_TIME_BUDGET": "time_budget_s",
    "SITREP_SCOPE_FILTER": "scope_filter",
}


def _env_settings() -> Settings:
    """Settings from the environment; a bad value is one clear :class:`ConfigError` naming the
    variable (never a pydantic traceback)."""
    from pydantic import ValidationError

    from .errors import ConfigError

    data: dict[str, object] = {}
    if v := os.environ.get("SITREP_MAX_BYTES"):
        data["max_bytes"] = v
    if v := os.environ.get("SITREP_DAYFIRST"):
        data["dayfirst"] = v.lower() not in ("0", "false", "no")
    if v := os.environ.get("SITREP_NLP"):
        data["nlp"] = v
    if v := os.environ.get("SITREP_GAZETTEER"):
        data["gazetteer_path"] = Path(v)
    if v := os.environ.get("SITREP_TIME_BUDGET"):
        data["time_budget_s"] = v
    if v := os.environ.get("SITREP_SCOPE_FILTER"):
        data["scope_filter"] = v.lower() not in ("0", "false", "no")
    try:
        return Settings(**data)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first.get("loc") else "?"
        var = next((k for k, f in ENV_VARS.items() if f == field), field)
        allowed = ""
        if field == "nlp":
            allowed = " (use auto, blank or model)"
        raise ConfigError(f"{var}={os.environ.get(var, '')!r} is not valid: {first['msg']}{allowed}") from None


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return _env_settings()
