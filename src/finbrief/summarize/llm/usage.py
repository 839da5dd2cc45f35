"""What the llm backend cost in this process, for the summary a command prints on stderr."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from finbrief.model import RunInfo


@dataclass
class Totals:
    documents: int = 0
    requests: int = 0
    cached: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated_prompt_tokens: int = 0
    seconds: float = 0.0
    dropped: int = 0

    def add(self, info: RunInfo) -> None:
        self.documents += 1
        self.requests += info.requests
        self.cached += info.cached
        self.prompt_tokens += info.prompt_tokens
        self.completion_tokens += info.completion_tokens
        self.estimated_prompt_tokens += info.estimated_prompt_tokens
        self.seconds += info.seconds
        self.dropped += info.dropped

    def merge(self, other: Totals) -> None:
        for name in (
            "documents",
            "requests",
            "cached",
            "prompt_tokens",
            "completion_tokens",
            "estimated_prompt_tokens",
            "seconds",
            "dropped",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self) -> str:
        """One line: requests, cache hits, tokens, seconds."""
        est = f" (+{self.estimated_prompt_tokens:,} estimated)" if self.estimated_prompt_tokens else ""
        return (
            f"llm: {self.requests} requests, {self.cached} from cache, {self.prompt_tokens:,} prompt{est} +"
            f" {self.completion_tokens:,} completion tokens, {self.seconds:.1f} s,"
            f" {self.dropped} statements dropped by verification"
        )


_lock = threading.Lock()
_totals = Totals()


def record(info: RunInfo) -> None:
    with _lock:
        _totals.add(info)


def take() -> Totals:
    """The totals since the last call, and start again from zero."""
    global _totals
    with _lock:
        out, _totals = _totals, Totals()
    return out


_listener: Callable[[bool], None] | None = None


def listen(callback: Callable[[bool], None] | None) -> None:
    """Have ``callback(cached)`` called after each answer in this process (a server job's progress)."""
    global _listener
    _listener = callback


def answered(cached: bool) -> None:
    if _listener is not None:
        _listener(cached)
