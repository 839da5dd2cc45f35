"""Media type of an input, from its file extension and its first bytes (magic numbers, HTML sniff)."""

from __future__ import annotations

import io
import re
from functools import lru_cache
from pathlib import PurePath

from finbrief.errors import InputError

TEXT = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SRT = "application/x-subrip"
VTT = "text/vtt"
JSON = "application/json"
CSV = "text/csv"
XML = "application/xml"

EXTENSIONS: dict[str, str] = {
    ".txt": TEXT,
    ".md": MARKDOWN,
    ".markdown": MARKDOWN,
    ".html": HTML,
    ".htm": HTML,
    ".pdf": PDF,
    ".docx": DOCX,
    ".srt": SRT,
    ".vtt": VTT,
    # a subtitle editor's SubStation Alpha file: read by the subtitle reader, which knows its sections
    ".ass": SRT,
    ".ssa": SRT,
    # YouTube's SubViewer captions: SubRip's cues with a comma between the times, no arrow
    ".sbv": SRT,
    ".json": JSON,
    ".csv": CSV,
    # a tab-separated export of an ASR or subtitle tool: the CSV reader sniffs the tab
    ".tsv": CSV,
    # a transcript vendor's event file: the transcript's text inside one element
    ".xml": XML,
    # timed-text captions (TTML, DFXP): XML whose ``<p>`` cues name their speaker as an agent
    ".ttml": XML,
    ".dfxp": XML,
}
MEDIA_TYPES: tuple[str, ...] = (TEXT, MARKDOWN, HTML, PDF, DOCX, SRT, VTT, JSON, CSV, XML)
# Short names accepted wherever a media type can be forced (``--media-type pdf``).
ALIASES: dict[str, str] = {
    "txt": TEXT,
    "text": TEXT,
    "plain": TEXT,
    "md": MARKDOWN,
    "markdown": MARKDOWN,
    "html": HTML,
    "htm": HTML,
    "pdf": PDF,
    "docx": DOCX,
    "srt": SRT,
    "subrip": SRT,
    "vtt": VTT,
    "webvtt": VTT,
    "ass": SRT,
    "ssa": SRT,
    "json": JSON,
    "csv": CSV,
    "tsv": CSV,
    "xml": XML,
    "sbv": SRT,
    "ttml": XML,
    "dfxp": XML,
}
SUPPORTED_EXTENSIONS = ", ".join(EXTENSIONS)

# A suffix that looks like a file-type extension (``.txt``), not part of a name (``v1.2``).
_EXTENSION_RE = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,9}")
_HTML_SNIFF_RE = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
_MD_HEADING_RE = re.compile(r"#{1,6}\s+\S")
# SubRip cues, perhaps under a line or two of a filing's heading ("Exhibit 99.2"), perhaps with the arrow
# typeset as a dash ("00:00:08.610 —> 00:00:16.529": captions pasted into a document).
_SRT_SNIFF_RE = re.compile(
    rb"(?:[^\r\n]{1,40}\r?\n){0,2}?\d+\s*\r?\n\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*(?:-->|\xe2\x80[\x93\x94]>|->)"
)
# SubViewer captions (``.sbv``) open on a timing line with a comma between the two times.
_SBV_SNIFF_RE = re.compile(rb"\d{1,2}:\d{2}:\d{2}\.\d{1,3},\d{1,2}:\d{2}:\d{2}\.\d{1,3}[ \t]*\r?\n")


def normalize_media_type(value: str, source: str | None = None) -> str:
    """Accept a full media type or a short alias, so users can force a reader either way."""
    key = value.strip().lower()
    if key in MEDIA_TYPES:
        return key
    if key.lstrip(".") in ALIASES:
        return ALIASES[key.lstrip(".")]
    raise InputError(f"unsupported media type '{value}' (supported: {', '.join(MEDIA_TYPES)})", source)


@lru_cache(maxsize=16)
def _suffix(source: str) -> str:
    """The extension of ``source``'s file name, worked out once a file (reading checks the name before
    the bytes, and detection reads it again)."""
    return PurePath(source).suffix


def media_type_from_name(source: str | None) -> str | None:
    """Media type implied by the file extension; None when there is no extension to go by."""
    if not source or source == "-":
        return None
    suffix = _suffix(source)
    if not suffix or not _EXTENSION_RE.fullmatch(suffix):
        return None
    media_type = EXTENSIONS.get(suffix.lower())
    if media_type is None:
        raise InputError(f"unsupported file type '{suffix}' (supported: {SUPPORTED_EXTENSIONS})", source)
    return media_type


def is_docx_zip(data: bytes) -> bool:
    """A zip archive is a Word document when it holds ``word/document.xml``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError):  # a damaged header's "version 6.4"
        return False


def sniff(data: bytes) -> str:
    """Media type from content alone, for stdin and extension-less names."""
    if data.lstrip()[:5] == b"%PDF-":
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return DOCX if is_docx_zip(data) else TEXT  # other zips fall through to the binary check
    head = data[:2048]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped[:6].upper() == b"WEBVTT":
        return VTT
    if _SRT_SNIFF_RE.match(stripped) or _SBV_SNIFF_RE.match(stripped):
        return SRT
    if stripped[:13].lower() == b"[script info]":  # a SubStation Alpha subtitle file
        return SRT
    if b"\x00" in head:  # UTF-16: sniff the ASCII part
        head = head.replace(b"\x00", b"")
    if _HTML_SNIFF_RE.search(head):
        return HTML
    first = head.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
    if _MD_HEADING_RE.match(first.decode("utf-8", "ignore")):
        return MARKDOWN
    return TEXT


def detect_media_type(data: bytes, source: str | None = None, forced: str | None = None) -> str:
    """Forced type, else the extension's, else sniffed; PDF/DOCX magic wins over a text name."""
    if forced:
        return normalize_media_type(forced, source)
    by_name = media_type_from_name(source)
    if by_name is None:
        return sniff(data)
    if by_name == TEXT and sniff(data) in (SRT, VTT):
        return sniff(data)  # subtitles saved as .txt: read the cues, not the timings
    if by_name in (TEXT, MARKDOWN) and data.startswith((b"%PDF-", b"PK\x03\x04")):
        # A PDF or Word file saved under a text name: reading it as text would only produce noise.
        sniffed = sniff(data)
        return sniffed if sniffed in (PDF, DOCX) else by_name
    return by_name
