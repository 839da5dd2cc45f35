"""Ingest stage: bytes of any supported file to a ``Document`` with numbered paragraphs.

The paragraph numbers assigned here are the citation ids used by every later stage.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from finbrief.errors import InputError
from finbrief.ingest.detect import (
    MARKDOWN,
    SUPPORTED_EXTENSIONS,
    TEXT,
    detect_media_type,
    media_type_from_name,
)
from finbrief.ingest.paragraphs import split_paragraphs
from finbrief.ingest.readers import ReadResult, markdown_title, plain_title, read
from finbrief.ingest.script import detect_language
from finbrief.model import Document
from finbrief.options import Options

__all__ = ["EMPTY_MESSAGE", "from_text", "read_path", "run"]

EMPTY_MESSAGE = "empty document (no text)"
DEFAULT_OPTIONS = Options()


def _too_large(size: int, limit: int) -> str:
    """The size error text, naming the limit and the option that sets it."""
    return f"file too large ({size:,} bytes; limit {limit:,} bytes, see --max-bytes)"


def _document(digest: str, result: ReadResult, media_type: str, source: str | None) -> Document:
    """Assemble the Document from a reader's result (shared by ``run`` and ``from_text``)."""
    paragraphs = tuple(split_paragraphs(result.text))
    if not paragraphs:
        raise InputError(EMPTY_MESSAGE, source)
    meta = (("encoding", result.encoding),) if result.encoding else ()
    return Document(
        id=digest,
        paragraphs=paragraphs,
        language=detect_language(p.text for p in paragraphs),
        title=result.title,
        source=source,
        media_type=media_type,
        meta=meta,
        warnings=result.warnings,
    )


def run(data: bytes, source: str | None = None, options: Options = DEFAULT_OPTIONS) -> Document:
    """The ingest stage: detect the type, decode, extract text, number paragraphs, detect language."""
    if len(data) > options.max_bytes:
        raise InputError(_too_large(len(data), options.max_bytes), source)
    media_type = detect_media_type(data, source, options.media_type)
    if not data.strip():
        raise InputError(EMPTY_MESSAGE, source)
    result = read(data, media_type, source, options)
    return _document(hashlib.sha256(data).hexdigest(), result, media_type, source)


def read_path(path: str | os.PathLike[str], options: Options = DEFAULT_OPTIONS) -> Document:
    """Read a file (or stdin for ``-``) with its size checked before it is read whole."""
    source = os.fspath(path)
    if source == "-":
        data = _read_limited(sys.stdin.buffer, options.max_bytes)
        if len(data) > options.max_bytes:
            raise InputError(f"input too large (over {options.max_bytes:,} bytes; see --max-bytes)", source)
        return run(data, source, options)
    if not source:
        raise InputError("no file given (an empty path)")
    file = Path(source)
    found = _stat(file)  # (one system call for whether it exists, whether it is a folder, its size)
    if found is None:
        raise InputError("no such file", source)
    if stat.S_ISDIR(found.st_mode):
        raise InputError("is a directory, not a file", source)
    if not options.media_type and media_type_from_name(source) is None:  # refused before reading anything
        raise InputError(f"unknown file type (no extension; supported: {SUPPORTED_EXTENSIONS})", source)
    size = found.st_size
    if size > options.max_bytes:
        raise InputError(_too_large(size, options.max_bytes), source)
    try:
        with open(file, "rb") as handle:
            data = _read_limited(handle, options.max_bytes, size)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", source) from None
    if len(data) > options.max_bytes:  # grew since stat, or a device/pipe without a size
        raise InputError(_too_large(len(data), options.max_bytes), source)
    return run(data, source, options)


_MISSING = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})
"""Errors of a file's status that mean there is no such file (as ``Path.exists`` reads them); any
other (no permission to a folder on the way) is raised as it is."""
_MISSING_WINDOWS = frozenset({21, 123, 1921})
"""The same on Windows: not ready, an invalid name, a link that cannot be followed."""


def _stat(file: Path) -> os.stat_result | None:
    """The status of ``file``, None when there is none."""
    try:
        return os.stat(file)
    except ValueError:  # a NUL in the name
        return None
    except OSError as exc:
        if exc.errno in _MISSING or getattr(exc, "winerror", None) in _MISSING_WINDOWS:
            return None
        raise


def _read_limited(handle: BinaryIO, limit: int, size: int = 0) -> bytes:
    """Up to ``limit + 1`` bytes (one more than allowed tells "too large"): the stated ``size`` at
    once, then 1 MB chunks, so a small file never costs a buffer of the whole limit."""
    first = handle.read(min(size, limit) + 1) if size > 0 else b""
    chunks, total = [first], len(first)
    while total <= limit and (size <= 0 or total > size):
        chunk = handle.read(min(1 << 20, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return first if len(chunks) == 1 else b"".join(chunks)


def from_text(text: str, source: str | None = None) -> Document:
    """A Document from a str (tests, builders): no decoding, id from its UTF-8 bytes."""
    data = text.encode("utf-8")
    is_markdown = source is not None and Path(source).suffix.lower() in (".md", ".markdown")
    media_type = MARKDOWN if is_markdown else TEXT
    title = markdown_title(text) if is_markdown else plain_title(text)
    return _document(hashlib.sha256(data).hexdigest(), ReadResult(text, title), media_type, source)
