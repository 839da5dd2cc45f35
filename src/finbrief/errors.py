"""Errors a user can act on: each names the file and the problem in one line."""

from __future__ import annotations

import re

# Line breaks and other control characters (from a library's message, a file name) would split the
# one line a user or a log reads; each becomes a space.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]+")


class FinbriefError(Exception):
    """Base of every error finbrief reports to a user instead of a traceback."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        text = f"{self.source}: {self.message}" if self.source else self.message
        return _CONTROL_RE.sub(" ", text)


class InputError(FinbriefError):
    """The input cannot be read as a document (empty, binary, too large, undecodable, unknown type)."""
