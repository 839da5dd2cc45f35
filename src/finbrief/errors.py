"""Errors a user can act on: each names the file and the problem in one line."""

from __future__ import annotations

from finbrief.text.display import one_line

__all__ = ["FinbriefError", "InputError", "Interrupted", "one_line"]


class FinbriefError(Exception):
    """Base of every error finbrief reports to a user instead of a traceback."""

    def __init__(self, message: str, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return one_line(f"{self.source}: {self.message}" if self.source else self.message)


class InputError(FinbriefError):
    """The input cannot be read as a document (empty, binary, too large, undecodable, unknown type)."""


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: the command stops its workers, rolls back what it was writing, and
    exits with 128 + the signal number (130, 143) and one line. A ``BaseException``, like
    ``KeyboardInterrupt``, so that no ``except Exception`` swallows it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.detail: str | None = None
        """What was done and undone, added by the command that was running."""

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def __str__(self) -> str:
        import signal

        name = signal.Signals(self.signum).name
        return one_line(f"interrupted by {name}" + (f"; {self.detail}" if self.detail else ""))
