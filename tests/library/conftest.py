"""Fixtures for library tests: a fresh library file, and one holding the NovaSky fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from finbrief.library import Library
from tests.library.builders import library_with_fixtures


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "lib" / "library.sqlite"


@pytest.fixture
def lib(db_path: Path) -> Iterator[Library]:
    with Library(db_path) as library:
        yield library


@pytest.fixture
def filled(db_path: Path) -> Iterator[Library]:
    library = library_with_fixtures(db_path)
    try:
        yield library
    finally:
        library.close()
