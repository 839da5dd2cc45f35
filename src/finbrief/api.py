"""The Python API: one call per job, the same functions the CLI and batch use."""

from __future__ import annotations

import os

from finbrief.model import Document
from finbrief.options import Options


def parse(path: str | os.PathLike[str], options: Options | None = None) -> Document:
    """Read a file (``-`` for stdin) and return its structured document."""
    from finbrief import ingest, structure

    opts = options or Options()
    return structure.run(ingest.read_path(path, opts), opts)


def parse_bytes(data: bytes, source: str | None = None, options: Options | None = None) -> Document:
    """Structured document from bytes already in memory (an upload, a test)."""
    from finbrief import ingest, structure

    opts = options or Options()
    return structure.run(ingest.run(data, source, opts), opts)
