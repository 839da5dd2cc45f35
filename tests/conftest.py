"""Fixtures shared by every test directory."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ``shared`` directory beside the checkout (corpus, eval data); skips the test when absent."""
    path = Path(__file__).parents[1].parent / "shared"
    if not path.is_dir():
        pytest.skip("../shared not found: corpus tests skipped")
    return path
