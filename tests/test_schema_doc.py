import json
from pathlib import Path

from typer.testing import CliRunner

from sitrep.cli import app
from sitrep.model import event_json_schema

SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "event.schema.json"


def test_schema_checked_in_copy_equals_model() -> None:
    """docs/event.schema.json must be regenerated (`sitrep schema -o docs/event.schema.json`)."""
    assert json.loads(SCHEMA_DOC.read_text(encoding="utf-8")) == event_json_schema()


def test_schema_command_prints_json_schema() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Event"


def test_schema_every_field_is_documented_in_formats_doc() -> None:
    doc = (SCHEMA_DOC.parent / "formats.md").read_text(encoding="utf-8")
    missing = [f for f in event_json_schema()["properties"] if f"`{f}`" not in doc]
    assert not missing, f"fields missing from docs/formats.md: {missing}"
