"""Bytes to text: encodings are detected, never assumed, and binary input is refused early."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import cache

from finbrief.errors import InputError

BINARY_MESSAGE = "looks like a binary file, not text"
UNDECODABLE_MESSAGE = "cannot decode text (tried utf-8, utf-16, gb18030, big5)"

# Bytes that never occur in text: C0 controls except \t \n \v \f \r and ESC/SUB, plus DEL.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 26), *range(28, 32), 127])
_NOT_CONTROL = bytes(b for b in range(256) if b not in _CONTROL_BYTES)
_CONTROL_CHARS = frozenset(chr(b) for b in _CONTROL_BYTES)
# Share of control bytes above which input is treated as binary.
MAX_CONTROL_SHARE = 0.05
# Only this much of a large input is inspected by the heuristics.
SNIFF_BYTES = 64 * 1024
# A CJK decoding whose non-ASCII characters are less plausible than this is rejected.
MIN_PLAUSIBLE = 0.5
# A later candidate must beat an earlier one by this much (earlier ones are likelier on a tie).
TIE_MARGIN = 0.02
# Candidate legacy decodings, in tie-break order; the label is what we report.
_CJK_CANDIDATES: tuple[tuple[str, str], ...] = (
    ("gb18030", "gb18030"),
    ("big5", "cp950"),
    ("big5", "big5hkscs"),
    ("utf-16-le", "utf-16-le"),
    ("utf-16-be", "utf-16-be"),
)


# Characters that show nothing (zero-width space, word joiner, a byte-order mark inside the text) and
# spaces that only forbid a line break: web pages, editors and PDF text layers leave them in labels
# and headings, where they would keep "Jane\u00a0Doe:" or "\u200bOperator" from reading as one.
_INVISIBLE = str.maketrans(
    {"\u200b": None, "\u2060": None, "\ufeff": None, "\u00a0": " ", "\u2007": " ", "\u202f": " "}
)
# Zero-width (non-)joiners shape the letters of scripts that join; next to a space, Latin or CJK they
# join nothing.
_PLAIN = r"\s\x00-\x7f\u3000-\u9fff\uff00-\uffef"
_JOINER_RE = re.compile(rf"[\u200c\u200d](?=[{_PLAIN}]|$)|(?<=[{_PLAIN}])[\u200c\u200d]")


def visible_text(text: str) -> str:
    """``text`` without the characters that show nothing, and with plain spaces for no-break ones."""
    if text.isascii():
        return text
    text = text.translate(_INVISIBLE)
    # the pattern looks behind every character: run it only where a joiner is
    return _JOINER_RE.sub("", text) if "\u200c" in text or "\u200d" in text else text


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the name of the encoding it was found to be in."""

    text: str
    encoding: str


def decode(data: bytes, source: str | None = None) -> Decoded:
    """Decode ``data`` by detection (BOM, UTF-16 NUL pattern, strict UTF-8, GB18030/Big5 scoring);
    characters that show nothing are dropped (``visible_text``)."""
    found = _decode(data, source)
    text = visible_text(found.text)
    return found if text is found.text else Decoded(text, found.encoding)


def _decode(data: bytes, source: str | None) -> Decoded:
    """The decoding ``decode`` finds, as the bytes hold it."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_strict(data, "utf-8-sig", source), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16", source)
        _check_text_controls(text, source)
        return Decoded(text, "utf-16")
    head = data[:SNIFF_BYTES]
    if b"\x00" in head or _control_share(head) > MAX_CONTROL_SHARE:
        # Text never holds NULs or many control bytes, unless it is UTF-16 without a BOM.
        utf16 = _utf16_without_bom(data, head)
        if utf16 is None:
            raise InputError(BINARY_MESSAGE, source)
        return utf16
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = _best_legacy(data)
    if best is not None:
        return best
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(UNDECODABLE_MESSAGE, source) from None
    if _western_plausible(text):
        return Decoded(text, "cp1252")
    raise InputError(UNDECODABLE_MESSAGE, source)


def _strict(data: bytes, encoding: str, source: str | None) -> str:
    """Decode strictly, turning failure into the user-facing error."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise InputError(UNDECODABLE_MESSAGE, source) from None


def _control_share(data: bytes) -> float:
    """Share of bytes that are control characters no text file contains."""
    if not data or not any(map(data.__contains__, _CONTROL_BYTES)):
        return 0.0  # (each byte looked for at memory speed: most text holds none of them)
    return len(data.translate(None, _NOT_CONTROL)) / len(data)


def _check_text_controls(text: str, source: str | None) -> None:
    """Refuse decoded text that is mostly control characters (binary that happened to decode)."""
    sample = text[: SNIFF_BYTES // 2]
    if not sample:
        return
    controls = sum(1 for c in sample if c in _CONTROL_CHARS)
    if "\x00" in sample or controls / len(sample) > MAX_CONTROL_SHARE:
        raise InputError(BINARY_MESSAGE, source)


def _utf16_without_bom(data: bytes, head: bytes) -> Decoded | None:
    """BOM-less UTF-16 shows NULs (ASCII high bytes) mostly on one side, which gives the byte order."""
    if len(data) % 2:
        return None
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    for codec in order:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = text[: SNIFF_BYTES // 2]
        controls = sum(1 for c in sample if c in _CONTROL_CHARS)
        if not sample or "\x00" in sample or controls / len(sample) > MAX_CONTROL_SHARE:
            continue
        if sum(1 for c in sample if c > "\xff" and not ord(c) & 0xFF) > MAX_CONTROL_SHARE * len(sample):
            continue  # NULs on the wrong side of many pairs: NUL-laden single-byte data, not UTF-16
        ascii_share = sum(1 for c in sample if c < "\x80") / len(sample)
        if ascii_share >= 0.5 or plausibility(sample) >= MIN_PLAUSIBLE:
            return Decoded(text, codec)
    return None


@cache
def _common_han() -> frozenset[str]:
    """Frequently used Han characters in both scripts: GB2312 level 1 and its traditional forms."""
    chars = []
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.append(bytes([lead, trail]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    simplified = "".join(chars)
    from finbrief.ingest.script import to_traditional

    return frozenset(simplified) | frozenset(to_traditional(simplified))


def _is_cjk_punct(c: str) -> bool:
    """CJK and full-width punctuation, general punctuation (quotes, dashes) and symbols seen in text."""
    o = ord(c)
    return 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F or c in "·×÷°€£¥"


def plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common Han characters or CJK punctuation."""
    common = _common_han()
    good = total = 0
    for c in text[: SNIFF_BYTES // 2]:
        if c < "\x80":
            if c in _CONTROL_CHARS:
                total += 1
            continue
        total += 1
        if c in common or _is_cjk_punct(c):
            good += 1
    return good / total if total else 0.0


def _best_legacy(data: bytes) -> Decoded | None:
    """Decode strictly with each legacy CJK candidate and keep the most plausible result."""
    best: tuple[float, Decoded] | None = None
    for label, codec in _CJK_CANDIDATES:
        if label.startswith("utf-16") and len(data) % 2:
            continue
        if best is not None and best[1].encoding == label:
            continue  # big5hkscs only when cp950 failed
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = plausibility(text)
        if best is None or score > best[0] + TIE_MARGIN:
            best = (score, Decoded(text, label))
    if best is None or best[0] < MIN_PLAUSIBLE:
        return None
    return best[1]


_WESTERN = frozenset("‘’“”–—…•€£©®™°±×÷") | frozenset(chr(c) for c in range(0xA0, 0x100))


def _western_plausible(text: str) -> bool:
    """A cp1252 reading is believable when non-ASCII is rare and made of Western letters and quotes."""
    non_ascii = [c for c in text if c >= "\x80"]
    if not non_ascii or len(non_ascii) > 0.3 * len(text):
        return False
    return all(c in _WESTERN for c in non_ascii)
