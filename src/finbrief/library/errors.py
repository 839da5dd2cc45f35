"""What can go wrong with a library, one class per thing a caller acts on differently.

Every class is a ``LibraryError`` (a ``FinbriefError``: one line naming the library file or the
document and the problem). Front ends map the class, not the message: the CLI prints the line and
exits 2; an HTTP server would answer 404 for the not-found pair, 400 for bad input and an
ambiguous id, 409 for a newer schema, 423/503 for busy, 403 for read-only, 500 for a damaged or
unusable file.
"""

from __future__ import annotations

from finbrief.errors import FinbriefError

CHECK_HINT = "run `finbrief library check` for details"


class LibraryError(FinbriefError):
    """The library cannot do what was asked; the subclass says why."""


class LibraryNotFound(LibraryError):
    """No library at that path (only ``add`` and ``init`` create one)."""


class LibraryUnavailable(LibraryError):
    """The file cannot be opened or created at all: a folder in its path is a file, no permission, disk error."""


class LibraryReadOnly(LibraryError):
    """A write (or a needed schema upgrade) on a library that this process may only read."""


class LibraryBusy(LibraryError):
    """Another process held the write lock past the busy timeout; trying again later works."""


class NewerSchema(LibraryError):
    """Written by a newer finbrief than this one: upgrade finbrief, never downgrade the file."""


class LibraryDamaged(LibraryError):
    """Not a finbrief library, or a damaged one (SQLite integrity, undecodable rows, outputs that do not load)."""


class NotFound(LibraryError):
    """Nothing stored matches: no facts for the metric or subject asked for."""


class DocumentNotFound(NotFound):
    """No document with that id or id prefix."""


class AmbiguousId(LibraryError):
    """An id prefix that matches several documents: more digits are needed."""


class InvalidQuery(LibraryError):
    """A request the library cannot understand: not an id, not a period, an unknown section or format."""
