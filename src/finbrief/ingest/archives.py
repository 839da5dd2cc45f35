"""Limits on what a compressed input may inflate to, checked before anything is parsed.

A .docx is a zip archive and a PDF holds compressed streams: a 2 MB file can inflate to gigabytes
(a decompression bomb) and exhaust memory long before a parser fails. Archives are checked from
their directory alone (declared sizes, which Python's zipfile enforces while reading): the total
inflated size, each large member's compression ratio, and the number of members. PDF page contents
are counted as they are decoded, page by page, against the same total.
"""

from __future__ import annotations

import io
import zipfile

from finbrief.errors import InputError
from finbrief.options import Options

INFLATE_FACTOR = 2
"""An archive may inflate to this many times ``--max-bytes`` (the limit on what is read) ..."""
MIN_INFLATE = 16 * 1024 * 1024
"""... and to this much whatever ``--max-bytes`` says (an empty Word document inflates to ~1 MB)."""
MAX_RATIO = 100
"""Compression ratio above which a large member is taken for a bomb (Word XML compresses ~10:1)."""
RATIO_FLOOR = 1 << 20
"""Members smaller than this inflated are never judged by their ratio."""
MAX_MEMBERS = 10_000


def inflate_limit(options: Options) -> int:
    """Bytes an input may inflate to: ``INFLATE_FACTOR`` × ``--max-bytes``, at least ``MIN_INFLATE``."""
    return max(INFLATE_FACTOR * options.max_bytes, MIN_INFLATE)


def _limit_text(limit: int) -> str:
    return f"limit {limit:,} bytes, {INFLATE_FACTOR} × --max-bytes"


def check_zip(data: bytes, source: str | None, options: Options) -> None:
    """Refuse an archive that would inflate past the limit, holds a member compressed past
    ``MAX_RATIO``:1, or has too many members; a damaged archive is left to its reader to name."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    if len(members) > MAX_MEMBERS:
        raise InputError(f"archive holds {len(members):,} files (limit {MAX_MEMBERS:,})", source)
    limit = inflate_limit(options)
    total = sum(m.file_size for m in members)
    if total > limit:
        raise InputError(
            f"archive inflates to {total:,} bytes ({_limit_text(limit)}); a decompression bomb?", source
        )
    for m in members:
        ratio = m.file_size / max(1, m.compress_size)
        if m.file_size >= RATIO_FLOOR and ratio > MAX_RATIO:
            raise InputError(
                f"archive member {m.filename} is compressed {ratio:,.0f}:1 (limit {MAX_RATIO}:1); "
                "a decompression bomb?",
                source,
            )


class InflateBudget:
    """Bytes decoded so far from one input (PDF page contents), refused past the limit."""

    def __init__(self, source: str | None, options: Options) -> None:
        self.source = source
        self.limit = inflate_limit(options)
        self.used = 0

    def spend(self, size: int, what: str) -> None:
        self.used += size
        if self.used > self.limit:
            raise InputError(
                f"{what} inflate to over {self.used:,} bytes ({_limit_text(self.limit)}); a decompression bomb?",
                self.source,
            )
