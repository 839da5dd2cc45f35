"""Media type detection: extension first, magic bytes and sniffing when there is no extension."""

from __future__ import annotations

import pytest

from finbrief.errors import InputError
from finbrief.ingest import detect
from tests.ingest.builders import article_html, make_docx, make_pdf


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("call.txt", detect.TEXT),
        ("notes.MD", detect.MARKDOWN),
        ("notes.markdown", detect.MARKDOWN),
        ("page.html", detect.HTML),
        ("page.htm", detect.HTML),
        ("report.pdf", detect.PDF),
        ("minutes.docx", detect.DOCX),
        ("/some/dir/星穹科技.txt", detect.TEXT),
    ],
)
def test_extension_gives_media_type(name: str, expected: str) -> None:
    assert detect.media_type_from_name(name) == expected


def test_a_name_read_again_gives_the_same_type() -> None:
    """Reading checks a file's name before its bytes and detection reads it again: the same answer."""
    names = {"call.txt": detect.TEXT, "calls/q3.PDF/": detect.PDF, "calls/q3.": None, "calls/.txt": None}
    for name, expected in [*names.items(), *names.items()]:
        assert detect.media_type_from_name(name) == expected


@pytest.mark.parametrize("name", [None, "-", "transcript", "release-v1.2"])
def test_no_usable_extension_means_sniff(name: str | None) -> None:
    assert detect.media_type_from_name(name) is None


def test_unknown_extension_names_file_and_supported_types() -> None:
    with pytest.raises(InputError) as info:
        detect.media_type_from_name("slides.xyz")
    message = str(info.value)
    assert message.startswith("slides.xyz: ")
    assert "unsupported file type '.xyz'" in message
    assert ".txt" in message and ".docx" in message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (make_pdf(["NovaSky revenue rose."]), detect.PDF),
        (make_docx(), detect.DOCX),
        (article_html().encode(), detect.HTML),
        (b"  <html><body><p>NovaSky</p></body></html>", detect.HTML),
        (article_html().encode("utf-16"), detect.HTML),
        ("# 星穹科技业绩\n\n收入增长。".encode(), detect.MARKDOWN),
        ("星穹科技发布季度业绩。".encode(), detect.TEXT),
        (b"NovaSky Technology reported revenue.", detect.TEXT),
    ],
)
def test_sniff_without_extension(data: bytes, expected: str) -> None:
    assert detect.detect_media_type(data, "-") == expected
    assert detect.detect_media_type(data, None) == expected


def test_zip_without_word_document_is_not_docx() -> None:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "NovaSky")
    assert not detect.is_docx_zip(buffer.getvalue())
    assert detect.is_docx_zip(make_docx())


def test_pdf_saved_as_txt_is_read_as_pdf() -> None:
    assert detect.detect_media_type(make_pdf(["NovaSky"]), "report.txt") == detect.PDF


def test_extension_wins_over_html_sniff() -> None:
    assert detect.detect_media_type(article_html().encode(), "page.txt") == detect.TEXT


@pytest.mark.parametrize(
    ("forced", "expected"),
    [("pdf", detect.PDF), ("text/html", detect.HTML), ("MD", detect.MARKDOWN), (".txt", detect.TEXT)],
)
def test_forced_media_type(forced: str, expected: str) -> None:
    assert detect.detect_media_type(b"anything", "file.docx", forced) == expected


def test_forced_unknown_media_type() -> None:
    with pytest.raises(InputError, match="unsupported media type 'image/png'"):
        detect.detect_media_type(b"x", "a.txt", "image/png")
