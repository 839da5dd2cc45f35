"""Hostile inputs get one clear line: decompression bombs (Word and PDF), encrypted PDFs, files of no
known type, files over the size limit; nothing in a file name or page reaches a title or a Markdown
view as control characters or live HTML."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path

import pytest

from finbrief.errors import InputError
from finbrief.ingest import read_path
from finbrief.options import Options
from tests.ingest.builders import make_docx, make_pdf
from tests.test_cli import finbrief


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def docx_with_document_xml(filler: bytes, repeat: int) -> bytes:
    """The fixture Word document with ``filler`` repeated inside its body (highly compressible)."""
    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>", 1)
                data = head + b"<w:body>" + filler * repeat + tail
            archive.writestr(info.filename, data)
    return out.getvalue()


def test_a_word_file_inflating_past_the_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    bomb = docx_with_document_xml(b"<w:p/>", 20_000_000)  # 120 MB of XML in a ~150 KB file
    path = write(tmp_path, "bomb.docx", bomb)
    assert path.stat().st_size < 300_000
    with pytest.raises(
        InputError, match=r"archive inflates to [\d,]+ bytes \(limit 104,857,600 bytes, 2 × --max-bytes\)"
    ):
        read_path(path)
    done = finbrief("parse", str(path))
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.count("\n") == 1 and "decompression bomb" in err and "Traceback" not in err


def test_a_word_member_compressed_like_a_bomb_is_refused(tmp_path: Path) -> None:
    bomb = docx_with_document_xml(b"<w:p/>", 1_000_000)  # 6 MB of XML in a ~10 KB file
    with pytest.raises(
        InputError, match=r"archive member word/document.xml is compressed [\d,]+:1 \(limit 100:1\)"
    ):
        read_path(write(tmp_path, "bomb.docx", bomb))  # within the default size limit, not the ratio


def test_an_ordinary_word_file_is_within_every_limit(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "minutes.docx", make_docx()), Options(max_bytes=200_000))
    assert "NovaSky third-quarter results" in doc.text


def flate_pdf(content: bytes) -> bytes:
    """A one-page PDF whose content stream is ``content``, deflated."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_whose_page_inflates_past_the_limit_is_refused(tmp_path: Path) -> None:
    content = b"BT /F1 12 Tf 72 720 Td (NovaSky revenue rose 18%.) Tj ET\n" + b" " * 20_000_000
    path = write(tmp_path, "bomb.pdf", flate_pdf(content))
    assert path.stat().st_size < 100_000
    with pytest.raises(InputError, match=r"page contents inflate to over [\d,]+ bytes .*decompression bomb"):
        read_path(path, Options(max_bytes=1_000_000))
    ok = read_path(path)  # under the default limit the same page reads
    assert ok.paragraphs[0].text == "NovaSky revenue rose 18%."


def encrypted_pdf(user_password: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(
        clone_from=io.BytesIO(make_pdf(["NovaSky revenue rose 18% to RMB 12.3 billion."]))
    )
    writer.encrypt(user_password=user_password, owner_password="owner-only", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def test_an_aes_encrypted_pdf_that_needs_no_password_is_read(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "protected.pdf", encrypted_pdf("")))
    assert doc.paragraphs[0].text == "NovaSky revenue rose 18% to RMB 12.3 billion."


def test_a_pdf_that_needs_a_password_says_so_and_opens_with_it(tmp_path: Path) -> None:
    path = write(tmp_path, "locked.pdf", encrypted_pdf("hunter2"))
    with pytest.raises(InputError, match="password required: give it with --password"):
        read_path(path)
    with pytest.raises(InputError, match="the password given does not open it"):
        read_path(path, Options(password="wrong"))
    assert "12.3 billion" in read_path(path, Options(password="hunter2")).text
    done = finbrief("facts", str(path), "--password", "hunter2", "-f", "json")
    assert done.returncode == 0 and b"12300000000" in done.stdout
    done = finbrief("parse", str(path))
    assert done.returncode == 2 and done.stderr.decode().count("\n") == 1


def test_a_file_without_an_extension_is_an_unknown_type(tmp_path: Path) -> None:
    path = write(tmp_path, "notes", b"NovaSky revenue rose 18% in the quarter.\n")
    done = finbrief("parse", str(path))
    assert done.returncode == 2
    assert (
        done.stderr.decode()
        == f"finbrief: error: {path}: unknown file type (no extension; supported: "
        + (".txt, .md, .markdown, .html, .htm, .pdf, .docx, .srt, .vtt, .ass, .ssa, .sbv, .json, .csv, .tsv, .xml, .ttml, .dfxp)\n")
    )
    assert finbrief("parse", "-", stdin=path.read_bytes()).returncode == 0  # stdin is sniffed


def test_the_size_error_names_the_option_that_raises_it(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"NovaSky revenue rose 18%.\n" * 100)
    done = finbrief("parse", str(path), "--max-bytes", "100")
    assert done.returncode == 2 and "see --max-bytes" in done.stderr.decode()
    done = finbrief("parse", "-", "--max-bytes", "100", stdin=path.read_bytes())
    assert done.returncode == 2 and "see --max-bytes" in done.stderr.decode()


def test_raw_html_in_a_document_is_text_in_its_markdown_view(tmp_path: Path) -> None:
    page = "NovaSky update\n\nRevenue <script>alert(1)</script> rose <img src=x onerror=alert(2)> 9% &amp; more.\n"
    done = finbrief("parse", str(write(tmp_path, "page.txt", page.encode())), "-f", "md")
    out = done.stdout.decode()
    assert re.search(r"(?<!\\)[<>]", out) is None  # every angle bracket escaped: no tag for a viewer
    assert r"\<script\>alert(1)\</script\>" in out and r"\&amp;" in out


def test_bidi_controls_of_a_file_name_reach_no_title_or_error_line(tmp_path: Path) -> None:
    name = "report\u202etxt.md"
    path = write(tmp_path, name, b"NovaSky revenue rose 18% to RMB 12.3 billion in the quarter.\n")
    for args in (("parse", "-f", "md"), ("brief",), ("brief", "-f", "html"), ("minutes",)):
        out = finbrief(*args, str(path)).stdout.decode()
        assert "\u202e" not in out and "reporttxt.md" in out, args
    err = finbrief("parse", str(path), "--max-bytes", "10").stderr.decode()
    assert "\u202e" not in err and err.count("\n") == 1
