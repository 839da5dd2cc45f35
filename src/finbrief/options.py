"""One options object per run, passed down through every stage."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES
    """Inputs larger than this are refused before they are read whole."""
    media_type: str | None = None
    """Force a reader (``text/plain``, ``text/html``, ``application/pdf``, ...) instead of the extension."""
    lang: str = "source"
    """Output language for later stages: ``en``, ``zh-Hans``, ``zh-Hant`` or ``source``."""
    backend: str = "extractive"
    """Summarizer backend (``finbrief.summarize.base.BACKENDS``): ``extractive``; ``llm`` to come."""
