"""Encoding detection: every supported encoding round-trips text and language; junk is refused."""

from __future__ import annotations

import os
import random

import pytest

from finbrief.errors import InputError
from finbrief.ingest import run
from finbrief.ingest.decode import BINARY_MESSAGE, UNDECODABLE_MESSAGE, decode
from finbrief.ingest.paragraphs import normalize_newlines
from tests.ingest.builders import ENGLISH, HANS, HANT, MIXED

# (text, expected language, encodings that can represent it)
SAMPLES = [
    (HANS, "zh-Hans", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030"]),
    (HANT, "zh-Hant", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5"]),
    (ENGLISH, "en", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]),
    (MIXED, "mixed", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030"]),
    (HANS + ENGLISH, "mixed", ["utf-16-le", "gb18030"]),
]
CASES = [(text, lang, enc) for text, lang, encodings in SAMPLES for enc in encodings]


@pytest.mark.parametrize(("text", "language", "encoding"), CASES)
def test_encoding_round_trips_text_and_language(text: str, language: str, encoding: str) -> None:
    data = text.encode(encoding)
    assert decode(data, "sample.txt").text.removeprefix("\ufeff") == text
    doc = run(data, "sample.txt")
    assert doc.language == language
    assert "\n".join(p.text for p in doc.paragraphs) == text.strip()


def test_big5_is_told_apart_from_gb18030() -> None:
    assert decode(HANT.encode("big5")).encoding == "big5"
    assert decode(HANT.encode("gb18030")).encoding == "gb18030"
    assert decode(HANS.encode("gb18030")).encoding == "gb18030"


@pytest.mark.parametrize("text", ["星穹科技", "營收增長", "雲業務收入創新高", "云业务收入创新高"])
def test_short_legacy_texts(text: str) -> None:
    for encoding in ("gb18030", "big5"):
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            continue
        assert decode(data).text == text


def test_crlf_and_bom_are_normalised_in_paragraphs() -> None:
    data = ("\ufeff" + HANS.replace("\n", "\r\n")).encode("utf-8")
    doc = run(data, "a.txt")
    assert [p.text for p in doc.paragraphs] == HANS.strip().split("\n")
    assert normalize_newlines("a\r\nb\rc") == "a\nb\nc"


def test_windows_1252_english_is_readable() -> None:
    data = "NovaSky’s revenue rose — the café chain said.".encode("cp1252")
    assert decode(data).text == "NovaSky’s revenue rose — the café chain said."


def test_encoding_is_recorded_in_meta() -> None:
    assert ("encoding", "big5") in run(HANT.encode("big5"), "a.txt").meta


@pytest.mark.parametrize(
    "data",
    [
        os.urandom(4096),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)) * 4,
        b"NovaSky\x00revenue\x00\x01\x02\x03 rose by a lot this quarter" * 3,
        b"\x01\x02\x03\x04\x05\x06\x07\x08 NovaSky \x0e\x0f\x10\x11\x12",
        # NULs between words: an even length must not make it UTF-16 (it would read as Han mojibake)
        b"Revenue\x00was\x00 5%\x00" * 100,
    ],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        run(data, "blob.txt")
    assert str(info.value) == f"blob.txt: {BINARY_MESSAGE}"


def test_undecodable_bytes_are_refused() -> None:
    data = b"NovaSky \x81 revenue \xff\xfe\xfd\x80 rose " * 5
    with pytest.raises(InputError) as info:
        run(data, "odd.txt")
    assert str(info.value) == f"odd.txt: {UNDECODABLE_MESSAGE}"


def test_random_binary_is_almost_never_taken_for_text() -> None:
    rng = random.Random(7)
    accepted = 0
    for _ in range(300):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(200, 2000)))
        try:
            decode(data)
            accepted += 1
        except InputError:
            pass
    assert accepted == 0


def test_characters_that_show_nothing_are_dropped() -> None:
    """Zero-width spaces, word joiners and a stray byte-order mark go, no-break spaces become spaces, and
    a joiner between two emoji (where it shapes one picture) stays."""
    text = "\u200bJane\u00a0Doe\u2060:\u202fRevenue rose 5\u00a0600 units.\ufeff 营收\u200d增长 \U0001f468\u200d\U0001f469"
    assert decode(text.encode("utf-8"), "a.txt").text == (
        "Jane Doe: Revenue rose 5 600 units. 营收增长 \U0001f468\u200d\U0001f469"
    )
    assert normalize_newlines("a\u200b\r\nb") == "a\nb"
