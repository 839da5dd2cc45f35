"""Errors a user can act on: each names the file and the problem in one line."""

from __future__ import annotations


class FinbriefError(Exception):
    """Base of every error finbrief reports to a user instead of a traceback."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class InputError(FinbriefError):
    """The input cannot be read as a document (empty, binary, too large, undecodable, unknown type)."""
