"""One reader per media type, each turning bytes into plain text (and a title when there is one)."""

from __future__ import annotations

import codecs
import html
import io
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from finbrief.errors import InputError
from finbrief.ingest import detect
from finbrief.ingest.archives import InflateBudget, check_zip
from finbrief.ingest.decode import decode
from finbrief.lexicon.transcript import fold, vocab
from finbrief.options import Options

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from pypdf import PdfReader

INSTALL_HINT = "install it with: pip install {package}"


@dataclass(frozen=True)
class ReadResult:
    """What a reader found: the text to split into paragraphs, a title, and how it was decoded."""

    text: str
    title: str | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    """What the reader could not read as it should and says so (the text kept as it was)."""


def read(
    data: bytes, media_type: str, source: str | None = None, options: Options | None = None
) -> ReadResult:
    """Dispatch to the reader for ``media_type`` (PDF and Word readers also get the options: the
    limits on what they may inflate to, a PDF's password)."""
    opts = options or Options()
    if media_type in _COMPRESSED_READERS:
        return _COMPRESSED_READERS[media_type](data, source, opts)
    reader = _READERS.get(media_type)
    if reader is None:
        raise InputError(f"no reader for media type '{media_type}'", source)
    return reader(data, source)


# ---------------------------------------------------------------- plain text and markdown

_MD_ATX_RE = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_MD_SETEXT_RE = re.compile(r"^(?! {4})(\S[^\n]*)\n {0,3}=+[ \t]*$", re.MULTILINE)
# A title line does not end like a sentence, a clause or a speaker label.
_NOT_TITLE_END = tuple(".。!！?？,，;；:：、")
TITLE_MAX_CHARS = 100


def read_text(data: bytes, source: str | None = None) -> ReadResult:
    """Plain text is taken as is; a title only when the first line obviously is one. A transcript
    copied from a video page (a start time above each caption) is read as subtitles are; a question
    summary pasted from a spreadsheet (tab-separated, naming who asked or answered), or written as a pipe
    or grid table, as its CSV export."""
    from finbrief.ingest.qa_table import grid_tables_to_pipes
    from finbrief.ingest.records import cell_lines_table, field_blocks_text, named_qa_table
    from finbrief.ingest.subtitles import cues_to_text, stamped_cues

    decoded = decode(data, source)
    if (table := grid_tables_to_pipes(decoded.text)) is not decoded.text:
        return ReadResult(named_qa_table(table) or table, plain_title(decoded.text), decoded.encoding)
    if (named := named_qa_table(cell_lines_table(decoded.text) or decoded.text)) is not None:
        return ReadResult(named, plain_title(decoded.text), decoded.encoding)
    blocks = field_blocks_text(decoded.text)
    if blocks is not None:
        return ReadResult(blocks, plain_title(decoded.text), decoded.encoding)
    stamped = stamped_cues(decoded.text)
    if stamped is not None:
        head, cues = stamped
        text = cues_to_text(cues)
        return ReadResult(f"{head}\n\n{text}" if head else text, plain_title(decoded.text), decoded.encoding)
    return ReadResult(decoded.text, plain_title(decoded.text), decoded.encoding)


def read_markdown(data: bytes, source: str | None = None) -> ReadResult:
    """Markdown is kept as written (markers and all, a grid table's rows each joined into a pipe-table
    row, a question summary table naming who asked or answered read into turns); the title is the
    first level-1 heading."""
    from finbrief.ingest.qa_table import grid_tables_to_pipes
    from finbrief.ingest.records import named_qa_table

    decoded = decode(data, source)
    text = grid_tables_to_pipes(quoted_turns(decoded.text))
    return ReadResult(named_qa_table(text) or text, markdown_title(decoded.text), decoded.encoding)


# A heading, then a quoted block under it: an export that heads each turn with its speaker and quotes the
# speech ("### [16:30:04] Speaker 2" over "> Thank you, operator."). A callout ("> [!summary]") stays quoted.
_HEADED_QUOTE_RE = re.compile(r"(?m)^(#{1,6}[ \t][^\n]*\n(?:[ \t]*\n)?)((?:>(?![ \t]*\[!)[^\n]*(?:\n|$))+)")
_QUOTE_MARK_RE = re.compile(r"(?m)^>[ \t]?")
# A thematic break alone between blank lines ("---" between two turns) divides, it says nothing.
_RULE_RE = re.compile(r"(?m)(?<=\n\n)[ \t]*(?:-[ \t]*){3,}\n(?=[ \t]*\n|\Z)")
MIN_HEADED_QUOTES = 3


def quoted_turns(text: str) -> str:
    """A Markdown transcript whose every turn is a heading over a quoted block, the quote marks and the
    rules between turns dropped (at least MIN_HEADED_QUOTES such turns); any other text as given."""
    if len(_HEADED_QUOTE_RE.findall(text)) < MIN_HEADED_QUOTES:
        return text
    text = _HEADED_QUOTE_RE.sub(lambda m: m.group(1) + _QUOTE_MARK_RE.sub("", m.group(2)), text)
    return _RULE_RE.sub("", text)


def markdown_title(text: str) -> str | None:
    """First ``# Title`` (or ``Title`` underlined with ``===``) heading of a markdown text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    atx = _MD_ATX_RE.search(text)
    setext = _MD_SETEXT_RE.search(text)
    found = min((m for m in (atx, setext) if m), key=lambda m: m.start(), default=None)
    return found.group(1).strip() if found else None


_NOT_TITLE_HEADERS = frozenset(("roster_company", "roster_analyst", "roster_any", "prepared", "qa", "contents", "end"))
"""Section headers that open a transcript's body ("CORPORATE PARTICIPANTS", "问答环节"): never its title."""


def _section_heading(line: str) -> bool:
    return vocab().header(fold(line)) in _NOT_TITLE_HEADERS


def plain_title(text: str) -> str | None:
    """A first line that stands alone, is short and does not read like a sentence; else None."""
    lines = _lines(text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff"))
    first = next((line.strip() for line in lines if line.strip()), None)
    after = next(lines, None)
    if first is None or after is None or after.strip():
        return None
    if len(first) > TITLE_MAX_CHARS or first.endswith(_NOT_TITLE_END) or _section_heading(first):
        return None
    body = (line for line in lines if line.strip())  # two lines with text after it: a body, not a title alone
    return first if next(body, None) is not None and next(body, None) is not None else None


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time (``text.split("\\n")``): a title test reads only the first few."""
    pos = 0
    while (end := text.find("\n", pos)) >= 0:
        yield text[pos:end]
        pos = end + 1
    yield text[pos:]


# ---------------------------------------------------------------- html

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TITLE_RE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_H1_RE = re.compile(r"<h1[^>]*>(.*?)</h1\s*>", re.IGNORECASE | re.DOTALL)
_TAG_RE = re.compile(r"<[^>]+>")
_DROP_RE = re.compile(
    r"<(script|style|noscript|template|nav|header|footer|aside|form|svg|iframe)\b.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_BLOCK_RE = re.compile(
    r"<(?:br|/?p|/?div|/?h[1-6]|/?li|/?tr|/?table|/?section|/?article|/?blockquote|/?pre|hr)\b[^>]*>",
    re.IGNORECASE,
)


def _html_text(data: bytes, source: str | None) -> tuple[str, str]:
    """Decode HTML by its declared charset when that works, else by detection."""
    match = _META_CHARSET_RE.search(data[:4096])
    if match and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        name = match.group(1).decode("ascii", "ignore").lower()
        name = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "cp950"}.get(name, name)
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass
    decoded = decode(data, source)
    return decoded.text, decoded.encoding


def _clean_inline(fragment: str) -> str:
    """Text of an HTML fragment on one line: tags dropped, entities resolved, spaces collapsed."""
    return " ".join(html.unescape(_TAG_RE.sub(" ", fragment)).split())


def html_title(markup: str) -> str | None:
    """``<title>`` of the page, else its first ``<h1>``."""
    for pattern in (_TITLE_RE, _H1_RE):
        match = pattern.search(markup)
        if match:
            title = _clean_inline(match.group(1))
            if title:
                return title
    return None


def strip_tags(markup: str) -> str:
    """Crude main text when trafilatura finds none: page furniture dropped, blocks on their own lines."""
    body = _DROP_RE.sub(" ", markup)
    body = re.sub(r"<head\b.*?</head\s*>", " ", body, flags=re.IGNORECASE | re.DOTALL)
    body = _BLOCK_RE.sub("\n", body)
    body = html.unescape(_TAG_RE.sub("", body))
    lines = (" ".join(line.split()) for line in body.split("\n"))
    return "\n".join(line for line in lines if line)


_CELL_RE = re.compile(r"(<t[dh]\b[^>]*>)(.*?)(</t[dh]\s*>)", re.IGNORECASE | re.DOTALL)
_BR_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)
# A table cell this short is a label (a speaker cell: name, line break, title or firm), not speech.
MAX_LABEL_CELL = 100


def _label_cell(match: re.Match[str]) -> str:
    inner = match.group(2)
    if "<br" not in inner.lower() or len(_clean_inline(inner)) > MAX_LABEL_CELL:
        return match.group(0)
    return match.group(1) + _BR_RE.sub(", ", inner.strip()) + match.group(3)


def join_label_cells(markup: str) -> str:
    """A short table cell's line breaks as commas (``<b>Tom Becker</b><br><i>Vice President</i>`` reads
    "Tom Becker, Vice President"): the text extractor would run the name into the title."""
    if "<br" not in markup.lower() or "<t" not in markup.lower():
        return markup
    return _CELL_RE.sub(_label_cell, markup)


_DL_RE = re.compile(r"<dl\b[^>]*>(.*?)</dl\s*>", re.IGNORECASE | re.DOTALL)
_DT_RE = re.compile(r"<dt\b[^>]*>(.*?)</dt\s*>", re.IGNORECASE | re.DOTALL)
_DD_RE = re.compile(r"<(/?)dd\b[^>]*>", re.IGNORECASE)
# A definition list whose terms come back (one speaker's name heading several of their turns) is a
# dialogue: each term names a speaker, each description holds their words. A glossary's terms never repeat.
MIN_REPEATED_TERMS = 2


def _term_label(match: re.Match[str]) -> str:
    parts = (" ".join(html.unescape(piece).split()) for piece in _TAG_RE.split(match.group(1)))
    return "<p>" + html.escape(", ".join(part for part in parts if part)) + "</p>"


def _dialogue_list(match: re.Match[str]) -> str:
    terms = [_clean_inline(t) for t in _DT_RE.findall(match.group(1))]
    if len(terms) - len(set(terms)) < MIN_REPEATED_TERMS:
        return match.group(0)
    body = _DT_RE.sub(_term_label, match.group(1))
    return "<div>" + _DD_RE.sub(lambda m: f"<{m.group(1)}div>", body) + "</div>"


def dialogue_lists(markup: str) -> str:
    """A definition list used for a dialogue (``<dt>Name <span>Title</span></dt><dd>speech</dd>``) as a
    label line per term (its pieces joined by commas: "Name, Title") and a block per description: the text
    extractor would print both as bullets and run the name into the title."""
    if "<dt" not in markup.lower():
        return markup
    return _DL_RE.sub(_dialogue_list, markup)


def read_html(data: bytes, source: str | None = None) -> ReadResult:
    """Main text of a web page (trafilatura), so navigation, ads and footers stay out; a question
    summary table naming who asked or answered is read into turns."""
    markup, encoding = _html_text(data, source)
    markup = dialogue_lists(join_label_cells(markup))
    title = html_title(markup)
    text: str | None = None
    if markup.strip():
        import trafilatura

        try:
            text = trafilatura.extract(
                markup,
                include_comments=False,
                include_tables=True,
                include_images=False,
                include_links=False,
                favor_recall=True,
                deduplicate=False,
                output_format="txt",
            )
        except Exception:  # trafilatura/lxml can fail on odd markup; fall back below
            text = None
    if not text or not text.strip():
        text = strip_tags(markup)
    # a question summary table naming who asked or answered: read into turns, as in Markdown
    from finbrief.ingest.records import named_qa_table

    return ReadResult(named_qa_table(text) or text, title, encoding)


# ---------------------------------------------------------------- pdf


@contextmanager
def _quiet(logger_name: str) -> Iterator[None]:
    """Silence a library's warnings on damaged files while we read; our own error says it better."""
    logger = logging.getLogger(logger_name)
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _import_error(package: str, what: str, source: str | None) -> InputError:
    """The error for a missing optional reader dependency, with the command that fixes it."""
    return InputError(f"reading {what} files needs {package}; {INSTALL_HINT.format(package=package)}", source)


def _unlock(reader: PdfReader, source: str | None, password: str | None) -> None:
    """Open an encrypted PDF with ``password``, else the empty password most "protected" PDFs use."""
    try:
        unlocked = reader.decrypt(password or "")
    except Exception as exc:  # an unsupported or broken encryption dictionary
        raise InputError(f"encrypted PDF cannot be opened ({_describe(exc)})", source) from None
    if not unlocked:
        if password:
            raise InputError("encrypted PDF: the password given does not open it", source)
        raise InputError("encrypted PDF (password required: give it with --password)", source)


def read_pdf(data: bytes, source: str | None = None, options: Options | None = None) -> ReadResult:
    """Text layer of a PDF, page by page; a PDF without one (a scan) is refused, not guessed at.

    Page contents are counted as they are decoded (``archives.InflateBudget``), so a
    decompression bomb fails at the limit instead of filling memory.
    """
    try:
        import pypdf
    except ImportError:
        raise _import_error("pypdf", "PDF", source) from None
    opts = options or Options()
    if b"%PDF-" not in data[:1024]:
        raise InputError("not a PDF file (no %PDF header)", source)
    pages: list[str] = []
    title: str | None = None
    budget = InflateBudget(source, opts)
    with _quiet("pypdf"):
        try:
            reader = pypdf.PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                _unlock(reader, source, opts.password)
            for page in reader.pages:
                contents = page.get_contents()
                if contents is not None:
                    budget.spend(len(contents.get_data()), "page contents")
                text = page.extract_text() or ""
                budget.spend(len(text), "page texts")
                pages.append(text)
            meta = reader.metadata
            if meta is not None and meta.title and str(meta.title).strip():
                title = " ".join(str(meta.title).split())
        except InputError:
            raise
        except pypdf.errors.LimitReachedError as exc:
            raise InputError(f"PDF stream past pypdf's safety limit ({_describe(exc)})", source) from None
        except Exception as exc:  # pypdf raises many types on damaged files
            raise InputError(f"corrupt or unreadable PDF ({_describe(exc)})", source) from None
    if not any(page.strip() for page in pages):
        raise InputError("no text layer (scanned PDF?)", source)
    return ReadResult("\n\n".join(page.strip("\n") for page in pages), title)


# ---------------------------------------------------------------- docx


def _docx_blocks(document: DocxDocument) -> Iterator[str]:
    """Paragraph texts and table rows (cells joined by `` | ``) in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            yield item.text
        elif isinstance(item, Table):
            for row in item.rows:
                cells: list[str] = []
                for cell in row.cells:
                    text = " ".join(cell.text.split())
                    if text and (not cells or cells[-1] != text):  # merged cells repeat
                        cells.append(text)
                if cells:
                    yield " | ".join(cells)


def _docx_title(document: DocxDocument) -> str | None:
    """Core-properties title, else the first Title/Heading 1 paragraph."""
    title = (document.core_properties.title or "").strip()
    if title:
        return title
    for paragraph in document.paragraphs:
        style = (paragraph.style.name or "") if paragraph.style is not None else ""
        if (style == "Title" or style.startswith("Heading")) and paragraph.text.strip():
            return paragraph.text.strip()
    return None


def read_docx(data: bytes, source: str | None = None, options: Options | None = None) -> ReadResult:
    """Paragraphs and table rows of a Word document, one block each, in order; an archive that
    would inflate past the limit is refused before it is parsed (``archives.check_zip``)."""
    try:
        import docx
    except ImportError:
        raise _import_error("python-docx", "DOCX", source) from None
    if not detect.is_docx_zip(data):
        raise InputError("corrupt or unreadable .docx file (not a Word document archive)", source)
    check_zip(data, source, options or Options())
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_docx_blocks(document))
        title = _docx_title(document)
    except Exception as exc:  # python-docx/lxml raise many types on damaged files
        raise InputError(f"corrupt or unreadable .docx file ({_describe(exc)})", source) from None
    return ReadResult("\n\n".join(blocks), title)


def _describe(exc: BaseException) -> str:
    """One-line description of a library exception for an error message."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def read_subtitles(data: bytes, source: str | None = None) -> ReadResult:
    """A subtitle file (SubRip or WebVTT): its cues joined into paragraphs of speech."""
    from finbrief.ingest.subtitles import subtitle_text

    text, encoding, warnings = subtitle_text(data, source)
    return ReadResult(text, None, encoding, warnings)


def read_json(data: bytes, source: str | None = None) -> ReadResult:
    """A transcript exported as JSON records (turns of a speaker and a text)."""
    from finbrief.ingest.records import read_json_records

    return ReadResult(*read_json_records(data, source))


# An XML element whose name says it holds the event's title (``eventTitle``, ``title``).
_XML_TITLE_RE = re.compile(r"(?i)(?:event)?title")
_BARE_AMP_RE = re.compile(r"&(?!#?\w+;)")


def read_xml(data: bytes, source: str | None = None) -> ReadResult:
    """A transcript vendor's XML event file: the transcript is the element holding the most text (its
    ``Body``), read as plain text is; the title an element named for it (``eventTitle``)."""
    import xml.etree.ElementTree as ET

    decoded = decode(data, source)
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", decoded.text)
    try:  # (expat refuses entity expansion past its amplification limit)
        root = ET.fromstring(markup)
    except ET.ParseError as exc:
        try:  # an exporter that left a firm's "&" unescaped: that ampersand is read as itself
            root = ET.fromstring(_BARE_AMP_RE.sub("&amp;", markup))
        except ET.ParseError:
            raise InputError(f"not valid XML ({exc})", source) from None
    from finbrief.ingest.subtitles import cues_to_text, ttml_cues

    cues = ttml_cues(root)
    if cues is not None:  # timed-text captions: cues joined into paragraphs, as a subtitle file's are
        title = next((" ".join(el.itertext()).strip() for el in root.iter() if str(el.tag).endswith("}title")), None)
        return ReadResult(cues_to_text(cues), title or None, decoded.encoding)
    texts = [(el.tag, (el.text or "").strip()) for el in root.iter()]
    body = max((t for _, t in texts), key=len, default="")
    if not body:
        raise InputError("XML file holds no text", source)
    title = next((t for tag, t in texts if _XML_TITLE_RE.fullmatch(str(tag)) and t and "\n" not in t), None)
    text = read_text(body.encode("utf-8"), source).text
    return ReadResult(text, title, decoded.encoding)


def read_csv(data: bytes, source: str | None = None) -> ReadResult:
    """A transcript exported as CSV rows (speaker and text columns)."""
    from finbrief.ingest.records import read_csv_records

    return ReadResult(*read_csv_records(data, source))


_COMPRESSED_READERS: dict[str, Callable[[bytes, str | None, Options], ReadResult]] = {
    detect.PDF: read_pdf,
    detect.DOCX: read_docx,
}
"""Readers of compressed formats: they take the options (limits, password)."""
_READERS: dict[str, Callable[[bytes, str | None], ReadResult]] = {
    detect.SRT: read_subtitles,
    detect.VTT: read_subtitles,
    detect.TEXT: read_text,
    detect.MARKDOWN: read_markdown,
    detect.HTML: read_html,
    detect.JSON: read_json,
    detect.CSV: read_csv,
    detect.XML: read_xml,
}
