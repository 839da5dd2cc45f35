"""Per-user folders for configuration and caches (XDG on Linux, the platform's own elsewhere)."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def _xdg(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value) if value and os.path.isabs(value) else default


def config_dir() -> Path:
    """Where the user's finbrief settings live (``llm.toml``)."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming") / "finbrief"
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "finbrief"
    return _xdg("XDG_CONFIG_HOME", home / ".config") / "finbrief"


def cache_dir() -> Path:
    """Where finbrief keeps what it can recompute (answers of a language model)."""
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "finbrief" / "Cache"
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "finbrief"
    return _xdg("XDG_CACHE_HOME", home / ".cache") / "finbrief"
