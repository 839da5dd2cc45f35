"""Each file type read from a real file built at test time, and each bad file refused with a clear error."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from finbrief.errors import InputError
from finbrief.ingest import read_path, run
from finbrief.ingest.readers import html_title, markdown_title, plain_title, strip_tags
from finbrief.options import Options
from tests.ingest.builders import (
    BOILERPLATE_MARKERS,
    ENGLISH,
    HANS,
    article_html,
    make_docx,
    make_pdf,
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- good files


def test_txt(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "call.txt", HANS.encode()))
    assert doc.media_type == "text/plain"
    assert doc.language == "zh-Hans"
    assert doc.title is None
    assert [p.n for p in doc.paragraphs] == [1, 2, 3]
    assert doc.paragraphs[0].text == HANS.split("\n")[0]
    assert doc.source == str(tmp_path / "call.txt")


def test_txt_obvious_title(tmp_path: Path) -> None:
    text = "NovaSky Q3 2025 Earnings Call\n\n" + ENGLISH
    doc = read_path(write(tmp_path, "call.txt", text.encode()))
    assert doc.title == "NovaSky Q3 2025 Earnings Call"
    assert doc.paragraphs[0].text == "NovaSky Q3 2025 Earnings Call"  # the title stays a paragraph


def test_md(tmp_path: Path) -> None:
    text = "# 星穹科技第三季度业绩\n\n" + HANS + "\n## 展望\n\n- 利润率继续提升\n"
    doc = read_path(write(tmp_path, "notes.md", text.encode()))
    assert doc.media_type == "text/markdown"
    assert doc.title == "星穹科技第三季度业绩"
    assert doc.paragraphs[0].text == "# 星穹科技第三季度业绩"  # markdown is kept as written
    assert doc.paragraphs[-1].text == "- 利润率继续提升"


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    table = "<table><tr><td>Cloud revenue</td><td>4.1 billion yuan</td></tr></table>"
    doc = read_path(write(tmp_path, "page.html", article_html(table).encode()))
    assert doc.media_type == "text/html"
    assert doc.title == "NovaSky posts record cloud revenue"
    assert doc.language == "en"
    text = doc.text
    assert "12.3 billion yuan" in text
    assert "unit turned a profit" in text.replace("\n", " ")
    assert "Cloud revenue" in text and "4.1 billion yuan" in text
    for marker in BOILERPLATE_MARKERS:
        assert marker not in text


def test_html_declared_charset(tmp_path: Path) -> None:
    body = "<p>" + "</p><p>".join(HANS.strip().split("\n")) + "</p>"
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>{body}</body></html>'
    doc = read_path(write(tmp_path, "page.htm", page.encode("gb18030")))
    assert doc.language == "zh-Hans"
    assert "星穹科技公布第三季度业绩" in doc.text


def test_html_fallback_strips_furniture() -> None:
    markup = "<html><head><title>T</title></head><body><nav>Menu</nav><p>NovaSky&amp;Co rose.</p><script>x()</script></body></html>"
    assert strip_tags(markup) == "NovaSky&Co rose."


def test_tiny_html_page_still_gives_text() -> None:
    doc = run(b"<html><body><p>NovaSky revenue rose 18%.</p></body></html>", "tiny.html")
    assert doc.paragraphs[0].text == "NovaSky revenue rose 18%."


def test_pdf(tmp_path: Path) -> None:
    lines = ["NovaSky Technology reported revenue of 12.3 billion yuan.", "Cloud revenue grew 26% (record)."]
    doc = read_path(write(tmp_path, "report.pdf", make_pdf(lines, title="NovaSky Q3 report")))
    assert doc.media_type == "application/pdf"
    assert doc.title == "NovaSky Q3 report"
    assert doc.language == "en"
    assert [p.text for p in doc.paragraphs] == lines


def test_docx(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "minutes.docx", make_docx()))
    assert doc.media_type.endswith("wordprocessingml.document")
    assert doc.title == "NovaSky third-quarter results"
    texts = [p.text for p in doc.paragraphs]
    assert texts == [
        "NovaSky third-quarter results",
        "星穹科技第三季度总收入为123亿元，同比增长18%。",
        "Metric | Value",
        "Cloud revenue | 4.1 billion yuan",
        "Management expects margins to improve next year.",
    ]


def test_docx_core_title_wins(tmp_path: Path) -> None:
    doc = read_path(write(tmp_path, "minutes.docx", make_docx(title="NovaSky board minutes")))
    assert doc.title == "NovaSky board minutes"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    class FakeStdin:
        buffer = io.BytesIO(make_pdf(["NovaSky revenue rose 18%."]))

    monkeypatch.setattr("sys.stdin", FakeStdin)
    doc = read_path("-")
    assert doc.source == "-"
    assert doc.media_type == "application/pdf"
    assert doc.paragraphs[0].text == "NovaSky revenue rose 18%."


# ---------------------------------------------------------------- titles


def test_title_helpers() -> None:
    assert markdown_title("intro\n\n# NovaSky results #\ntext") == "NovaSky results"
    assert markdown_title("NovaSky results\n===\n\ntext") == "NovaSky results"
    assert markdown_title("no heading here") is None
    assert html_title("<html><body><h1>NovaSky <b>Q3</b></h1></body></html>") == "NovaSky Q3"
    assert html_title("<title> NovaSky &amp; peers </title>") == "NovaSky & peers"
    assert plain_title(ENGLISH) is None  # no blank line after the first line
    assert plain_title("星穹科技发布业绩。\n\n收入增长。\n利润增长。") is None  # a sentence, not a title
    assert plain_title("吴总:\n\n大家好。\n谢谢。") is None  # a speaker label
    assert plain_title("星穹科技业绩快报\n\n收入增长。\n利润增长。") == "星穹科技业绩快报"


# ---------------------------------------------------------------- bad files


def assert_input_error(path: Path | str, problem: str, options: Options | None = None) -> None:
    with pytest.raises(InputError) as info:
        read_path(path, options) if options else read_path(path)
    message = str(info.value)
    assert message.startswith(f"{path}: "), message
    assert problem in message, message


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("random.txt", bytes(range(256)) * 8, "looks like a binary file, not text"),
        (
            "image.txt",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
            "looks like a binary file, not text",
        ),
        ("broken.pdf", b"%PDF-1.4\n" + b"\x9c garbage ]] >> obj endobj " * 20, "corrupt or unreadable PDF"),
        ("fake.pdf", b"NovaSky revenue rose", "not a PDF file"),
        ("scan.pdf", make_pdf([]), "no text layer (scanned PDF?)"),
        ("garbage.docx", b"this is not a word document at all", "corrupt or unreadable .docx file"),
        ("empty.txt", b"", "empty document (no text)"),
        ("blank.txt", b" \n\t\r\n  \n", "empty document (no text)"),
        ("blank16.txt", "\u3000 \n  \n".encode("utf-16"), "empty document (no text)"),
        ("empty.pdf", b"", "empty document (no text)"),
        ("odd.txt", b"NovaSky \x81 revenue \xff\xfe\x80 rose " * 5, "cannot decode text"),
    ],
)
def test_bad_files(tmp_path: Path, name: str, data: bytes, problem: str) -> None:
    assert_input_error(write(tmp_path, name, data), problem)


def test_zip_without_document_xml(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/styles.xml", "<styles/>")
    assert_input_error(write(tmp_path, "nodoc.docx", buffer.getvalue()), "corrupt or unreadable .docx file")


def test_docx_with_broken_document_xml(tmp_path: Path) -> None:
    source = zipfile.ZipFile(io.BytesIO(make_docx()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            data = b"<w:document><unclosed" if item.filename == "word/document.xml" else source.read(item)
            archive.writestr(item, data)
    assert_input_error(write(tmp_path, "broken.docx", buffer.getvalue()), "corrupt or unreadable .docx file")


def test_encrypted_pdf(tmp_path: Path) -> None:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=io.BytesIO(make_pdf(["NovaSky secret plan."])))
    writer.encrypt("s3cret", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert_input_error(write(tmp_path, "locked.pdf", buffer.getvalue()), "encrypted PDF")


def test_over_size_limit_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "big.txt", ENGLISH.encode())

    def no_read(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("file read despite being over the limit")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    monkeypatch.setattr(Path, "open", no_read)
    assert_input_error(path, "file too large", Options(max_bytes=10))


def test_over_size_limit_in_run_and_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(InputError, match="file too large"):
        run(ENGLISH.encode(), "x.txt", Options(max_bytes=10))

    class FakeStdin:
        buffer = io.BytesIO(ENGLISH.encode())

    monkeypatch.setattr("sys.stdin", FakeStdin)
    assert_input_error("-", "too large", Options(max_bytes=10))


def test_unknown_extension(tmp_path: Path) -> None:
    assert_input_error(write(tmp_path, "deck.xyz", b"NovaSky"), "unsupported file type '.xyz'")


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert_input_error(tmp_path / "absent.txt", "no such file")
    assert_input_error(tmp_path, "is a directory")
    with pytest.raises(InputError, match="no file given"):  # not the working folder read as "a directory"
        read_path("")


def test_a_transcripts_opening_section_heading_is_not_its_title() -> None:
    roster = "CORPORATE PARTICIPANTS\n \nJane Roe\nNovaSky Technology Group - CFO\n \nJohn Doe\nNovaSky - CEO\n"
    assert plain_title(roster) is None
    assert plain_title("问答环节\n\n张三：收入增长了吗？\n李四：增长了。") is None
    assert plain_title("NovaSky Q2 2026 Earnings Call Transcript\n\nOperator: Welcome.\nJane Roe: Thanks.") == (
        "NovaSky Q2 2026 Earnings Call Transcript"
    )


def test_xml_event_file_is_read_from_the_element_holding_the_transcript() -> None:
    """A transcript vendor's XML event file keeps the call's text in one element (``Body``, entities
    escaped, Windows line ends) beside the event's fields: that text is the document, the event title its title."""
    body = "Operator   [1]\r\n----\r\nWelcome to the Kestrel &amp; Vane call.\r\n\r\nRevenue rose 4%."
    data = (
        '<?xml version="1.0" encoding="UTF-8"?>\r\n<Event Id="7"><EventStory action="publish">'
        "<eventTitle>Q1 2027 Kestrel &amp; Vane Earnings Call</eventTitle><companyTicker>KVN</companyTicker>"
        f"<Body>{body}</Body></EventStory></Event>"
    ).encode()
    doc = run(data, "event.xml")
    assert doc.title == "Q1 2027 Kestrel & Vane Earnings Call"
    assert [p.text for p in doc.paragraphs][-2:] == ["Welcome to the Kestrel & Vane call.", "Revenue rose 4%."]
    loose = data.replace(b"Kestrel &amp; Vane call", b"Kestrel & Vane call")  # an ampersand left unescaped
    assert [p.text for p in run(loose, "loose.xml").paragraphs][-2] == "Welcome to the Kestrel & Vane call."
    with pytest.raises(InputError, match="not valid XML"):
        run(b"<Event><Body>unclosed", "broken.xml")
