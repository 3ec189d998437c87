"""A database path that cannot be opened is one clear line: a folder, a missing folder, a driver
error without SQLAlchemy's "Background on this error" second line."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitrep.errors import StoreError
from sitrep.store import Store


def test_store_open_a_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path)
    assert "is a folder" in str(info.value) and "\n" not in str(info.value)


def test_store_open_in_a_missing_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "nowhere" / "events.db")
    assert str(info.value).endswith(f"the folder {tmp_path / 'nowhere'} does not exist")


def test_store_open_driver_error_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "events.db"
    bad.write_bytes(b"this is not a database file, just bytes" * 100)
    with pytest.raises(StoreError) as info:
        Store(bad)
    assert "\n" not in str(info.value) and "sqlalche.me" not in str(info.value)
