"""Every CLI command and every configuration setting is documented."""

from pathlib import Path

import typer.main

from sitrep import errors
from sitrep.cli import app
from sitrep.config import Settings

ROOT = Path(__file__).resolve().parents[1]


def test_docs_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    group = typer.main.get_group(app)
    missing = [n for n in group.commands if f"sitrep {n}" not in readme]
    assert not missing, f"commands missing from README.md: {missing}"


def test_docs_every_setting_is_documented() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [f for f in Settings.model_fields if f"`{f}`" not in text]
    assert not missing, f"settings missing from docs/architecture.md: {missing}"


def test_docs_every_error_code_is_documented() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    classes = [c for c in vars(errors).values() if isinstance(c, type) and issubclass(c, errors.SitrepError)]
    missing = sorted({c.code for c in classes if c is not errors.SitrepError and c.code not in text})
    assert not missing, f"error codes missing from docs/architecture.md: {missing}"
