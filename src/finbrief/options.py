"""One options object per run, passed down through every stage."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_FILE_TIMEOUT = 300.0
"""Seconds one file may take in ``batch`` and ``library add`` before it is failed (0: no limit)."""
DEFAULT_LLM_FILE_TIMEOUT = 3600.0
"""The same with ``--backend llm``: a long call is many model requests."""


@dataclass(frozen=True)
class LLMOptions:
    """Endpoint choices for the ``llm`` backend; None defers to the environment, then the profile
    (``finbrief.summarize.llm.config``)."""

    profile: str | None = None
    base_url: str | None = None
    model: str | None = None
    context_budget: int | None = None
    """Tokens of context per request (prompt and answer); long documents are mapped and reduced within it."""
    max_concurrency: int | None = None
    """Requests in flight at once, per process."""
    timeout: float | None = None
    """Seconds to wait for one answer before the client retries."""
    max_retries: int | None = None
    cache: bool = True
    """Reuse answers cached by content (model, prompt version, input); False: neither read nor write."""
    fallback: str | None = None
    """``extractive``: when the endpoint cannot be used, write the extractive output with a warning."""


@dataclass(frozen=True)
class Options:
    max_bytes: int = DEFAULT_MAX_BYTES
    """Inputs larger than this are refused before they are read whole."""
    media_type: str | None = None
    """Force a reader (``text/plain``, ``text/html``, ``application/pdf``, ...) instead of the extension."""
    password: str | None = None
    """Password of an encrypted PDF (most open with none, and are opened without asking)."""
    lang: str = "source"
    """Output language for later stages: ``en``, ``zh-Hans``, ``zh-Hant`` or ``source``."""
    backend: str = "extractive"
    """Summarizer backend (``finbrief.summarize.base.BACKENDS``): ``extractive`` or ``llm``."""
    llm: LLMOptions = field(default_factory=LLMOptions)
    all_facts: bool = False
    """Keep every fact the facts stage finds. By default it withholds a fact whose metric, period or
    subject it had to guess between rivals its sentence names (``finbrief.facts.evidence``)."""
