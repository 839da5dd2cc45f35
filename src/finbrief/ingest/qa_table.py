"""Question-and-answer tables cut into a question paragraph and an answer paragraph per row.

A Q&A platform's export or a record laid out as a table holds a whole exchange in one row
(``| 2026-05-06 | 请问…？ | 您好，… |`` under ``| 日期 | 提问 | 回复 |``). A row is one paragraph, but a
question and its answer must be two, for the structure stage to pair them and for each to be cited
on its own: under a header row naming a question column and, after it, an answer column, each row of
as many cells is cut before the answer cell. The first piece keeps the row's start up to the end of
the question cell, the second is the answer cell's text; both are exact substrings of the row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

# Header cells of the question and of the answer column (case-folded, spaces removed).
QUESTION_HEADS = frozenset(
    {"提问", "问题", "提问内容", "问题内容", "投资者提问", "提問", "問題", "question", "questions", "q"}
)
ANSWER_HEADS = frozenset(
    {
        "回复", "回答", "答复", "回复内容", "回答内容", "公司回复", "董秘回复", "董秘回答", "回覆", "答覆",
        "回覆内容", "答覆内容",
        "answer", "answers", "reply", "response", "a",
    }
)  # fmt: skip
# A Markdown table's rule row under its header: "|---|:---:|".
RULE_ROW_RE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")


def _cells(row: str) -> list[tuple[int, int]] | None:
    """(start, end) of each cell's trimmed text in a table row, or None when it is no row."""
    t = row.rstrip()
    if t.count("|") < 2:
        return None
    bars = [i for i, c in enumerate(t) if c == "|"]
    if bars[0] != 0:
        bars.insert(0, -1)
    if bars[-1] != len(t) - 1:
        bars.append(len(t))
    out = []
    for a, b in pairwise(bars):
        s, e = a + 1, b
        while s < e and t[s].isspace():
            s += 1
        while e > s and t[e - 1].isspace():
            e -= 1
        out.append((s, e))
    return out


def _head(cell: str) -> str:
    return re.sub(r"\s+", "", cell).casefold()


_HAN_RE = re.compile(r"[\u4e00-\u9fff]")


def simplified_head(head: str) -> str:
    """A folded header cell in simplified script, so a traditional header (``回覆內容``) is the heading
    the tables name (``回复内容``)."""
    if not _HAN_RE.search(head):
        return head
    from finbrief.text.script import to_simplified

    return to_simplified(head)


def qa_columns(text: str) -> tuple[int, int, int] | None:
    """(cells per row, question column, answer column) of a header row naming both, else None."""
    cells = _cells(text) if "|" in text else None
    if cells is None:
        return None
    heads = [simplified_head(_head(text[s:e])) for s, e in cells]
    q = next((k for k, h in enumerate(heads) if h in QUESTION_HEADS), None)
    a = next((k for k, h in enumerate(heads) if h in ANSWER_HEADS), None) if q is not None else None
    return (len(cells), q, a) if q is not None and a is not None and q < a else None


def question_cell(text: str, columns: tuple[int, int, int]) -> int | None:
    """Where the question cell starts in the first piece of a row cut by ``split_qa_rows``."""
    cells = _cells(text + " |")
    return cells[columns[1]][0] if cells is not None and len(cells) == columns[1] + 1 else None


def split_qa_rows(texts: Iterable[str]) -> list[str]:
    """``texts`` with each row of a question-and-answer table cut in two (see the module)."""
    out: list[str] = []
    columns: tuple[int, int, int] | None = None  # (cells per row, question column, answer column)
    for text in texts:
        cells = _cells(text) if "|" in text else None
        if cells is None:
            columns = None
            out.append(text)
            continue
        header = qa_columns(text)
        if header is not None:
            columns = header
            out.append(text)
            continue
        if columns is None or RULE_ROW_RE.fullmatch(text.strip()) or len(cells) != columns[0]:
            out.append(text)
            continue
        (_qs, qe), (as_, ae) = cells[columns[1]], cells[columns[2]]
        if qe <= cells[columns[1]][0] or ae <= as_:
            out.append(text)  # an empty question or answer cell: the row stays whole
            continue
        out.extend((text[:qe], text[as_:ae]))
    return out


# An HTML line break inside a Markdown table cell: a document converted to Markdown keeps a form's
# long field (a record's 主要内容, questions and answers and all) in one cell, its lines joined by these.
CELL_BREAK_RE = re.compile(r"\s*<br\s*/?>\s*", re.IGNORECASE)


def split_cell_breaks(texts: Iterable[str]) -> list[str]:
    """``texts`` with each table row whose cells hold ``<br>`` line breaks cut at every break, so each
    line of the cell is a paragraph of its own; a piece is an exact substring of the row (the first
    keeps the row's start, the last ends with its cell when that cell closes the row)."""
    out: list[str] = []
    for text in texts:
        if "|" not in text or not text.lstrip().startswith("|") or ("<br" not in text and "<BR" not in text):
            # (a bar anywhere first: most paragraphs hold none, and lstrip copies an indented one)
            out.append(text)
            continue
        cells = _cells(text)
        breaks = list(CELL_BREAK_RE.finditer(text))
        if cells is None or not breaks:
            out.append(text)
            continue
        last_cell = cells[-1] if cells[-1][1] > cells[-1][0] else cells[-2] if len(cells) > 1 else cells[-1]
        start = 0
        for m in breaks:
            piece = text[start : m.start()].strip()
            if piece:
                out.append(piece)
            start = m.end()
        end = last_cell[1] if last_cell[0] <= start <= last_cell[1] else len(text)
        tail = text[start:end].strip()
        if tail:
            out.append(tail)
    return out


# A grid table (``+----+----+`` rules, each cell hard-wrapped over ``| … |`` lines at its column's
# width), as a document converter writes a form's table: each row is joined into one pipe-table row,
# a cell's wrapped lines run together and its paragraphs kept apart by ``<br>``, so the row reads as a
# converter's pipe table does.
# A converted form opens with its table: only a text whose opening characters hold a rule is searched.
GRID_LOOK_CHARS = 8192
GRID_RULE_RE = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*")
_ASCII_WORD_END_RE = re.compile(r"[A-Za-z0-9,.;:!?%)]$")
_ASCII_WORD_START_RE = re.compile(r"^[A-Za-z0-9(]")


def _join_wrapped(lines: list[str]) -> str:
    """A cell's wrapped lines as one text: a space between two Latin words, none inside Chinese text."""
    out = ""
    for line in lines:
        sep = " " if out and _ASCII_WORD_END_RE.search(out) and _ASCII_WORD_START_RE.match(line) else ""
        out += sep + line
    return out


# A Chinese cell line ends its paragraph with a sentence's end, or short of the cell's width by more
# than a character (the wrap of a full line leaves at most one column free).
CJK_PARAGRAPH_ENDS = "。？！：；"


def _width(line: str) -> int:
    return sum(2 if ord(c) >= 0x2E80 else 1 for c in line)


def _cjk_paragraph_ends(cell: list[str]) -> list[str]:
    """A cell's lines with a blank line after each that ends a Chinese paragraph: one closed by a
    sentence's end, or a Chinese line well short of the cell's widest (a heading, a paragraph's last
    line). Latin lines wrap at words, short or not, and are left as they are."""
    if len(cell) < 3:
        return cell
    full = max(_width(line) for line in cell)
    out: list[str] = []
    for line in cell:
        out.append(line)
        last = line[-1:]
        if last in CJK_PARAGRAPH_ENDS or (last >= "\u2e80" and _width(line) < full - 3):
            out.append("")
    return out


# A cell of figures: an amount, a per cent or a change in points, maybe signed or in brackets, or "not applicable".
_FIGURE_CELL_RE = re.compile(
    r"[(（]?[-+]?\d[\d,]*(?:\.\d+)?%?[)）]?|(?:增加|减少|上升|下降|增長|減少)?[-+]?\d+(?:\.\d+)?\s?(?:个|個)?百分(?:点|點)"
    r"|不适用|不適用|--|—|-"
)


def figure_rows(block: list[str], columns: int) -> bool:
    """Whether the lines between two rules of a grid are rows of their own, not one row's wrapped lines: a financial
    table drawn with no rule between its rows (``│ 营业收入 │ 86.42 │ 74.15 │``) has a name in every line's first cell
    and a figure in each of its other cells, where a wrapped row leaves cells blank or holds words. Its first line may
    be its head, every cell filled ("│ 项目 │ 2025年 │ 2024年 │"), when no rule parts it from the rows."""
    if len(block) < 2 or columns < 2:
        return False
    for k, line in enumerate(block):
        parts = [part.strip() for part in line.strip()[1:-1].split("|")]
        if len(parts) != columns or not parts[0]:
            return False
        if any(not _FIGURE_CELL_RE.fullmatch(c) for c in parts[1:]) and (k > 0 or not all(parts)):
            return False
    return True


def _grid_row(lines: list[str], columns: int) -> str | None:
    cells: list[list[str]] = [[] for _ in range(columns)]
    for line in lines:
        parts = line.strip()[1:-1].split("|")
        if len(parts) != columns:
            return None
        for cell, part in zip(cells, parts, strict=True):
            cell.append(part.strip())
    texts = []
    for cell in cells:
        if "" not in cell:  # no blank line parts the cell's paragraphs: where a Chinese line ends them
            cell = _cjk_paragraph_ends(cell)
        paragraphs, run = [], []
        for line in [*cell, ""]:
            if line:
                run.append(line)
            elif run:
                paragraphs.append(_join_wrapped(run))
                run = []
        texts.append("<br>".join(paragraphs))
    return "| " + " | ".join(texts) + " |"


# A pipe-table row hard-wrapped at a fixed width: it opens with a bar but does not close with one.
_OPEN_ROW_RE = re.compile(r"^[ \t]*\|[^\n]*[^|\s][ \t]*\r?$", re.MULTILINE)
# The most lines a wrapped row or page furniture inside a table is looked for over.
WRAP_MAX_LINES = 60
FURNITURE_MAX_LINES = 4


# A hard wrap can cut a cell's ``<br>`` tag in two, where no space belongs.
_OPEN_TAG_RE = re.compile(r"</?[A-Za-z]*$")


def _join_lines(a: str, b: str) -> str:
    """Two pieces of a hard-wrapped line: a space between two Latin words, none inside Chinese text or a tag."""
    a, b = a.rstrip(), b.strip()
    word = _ASCII_WORD_END_RE.search(a) and _ASCII_WORD_START_RE.match(b) and not _OPEN_TAG_RE.search(a)
    return a + (" " if word else "") + b


def join_cut(a: str, b: str) -> str:
    """Two pieces of a hard-wrapped row whose cells tabs split: ``_join_lines``, a tab at the cut kept."""
    a, b = a.rstrip(" \r"), b.lstrip(" ")
    word = _ASCII_WORD_END_RE.search(a) and _ASCII_WORD_START_RE.match(b)
    return a + (" " if word else "") + b


def _closed_row(line: str) -> bool:
    t = line.strip()
    return len(t) > 1 and t[0] == "|" and t[-1] == "|"


def _rejoin_pipe_rows(lines: list[str]) -> bool:
    """Join each pipe-table row a hard wrap cut over several lines back into one line, when the joined
    row has as many cells as the table's row above or below it; True when any was joined. A row with
    fewer bars than the whole row above it is cut too: the wrap may fall right before or after a bar,
    so the next line may open with one, or the cut line close with one."""
    changed = False
    bars = 0  # (the bars of the table's last whole row: its header, rule or a row)
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.lstrip().startswith("|"):
            bars = 0
            i += 1
            continue
        if _closed_row(line) and line.count("|") >= bars:
            bars = line.count("|")
            i += 1
            continue
        if line.count("|") < 2:
            i += 1
            continue
        row, j = line, i + 1
        while (
            j < len(lines)
            and j - i <= WRAP_MAX_LINES
            and lines[j].strip()
            and (not lines[j].lstrip().startswith("|") or row.count("|") < bars)
        ):
            row = _join_lines(row, lines[j])
            j += 1
            if row.endswith("|") and row.count("|") >= bars:
                break
        near = [lines[k].count("|") for k in (i - 1, j) if 0 <= k < len(lines) and _closed_row(lines[k])]
        if j > i + 1 and row.endswith("|") and row.count("|") in near:
            lines[i:j] = [row]
            changed = True
        i += 1
    return changed


def _grid_lines(lines: list[str], i: int, columns: int) -> tuple[list[str], list[str], int]:
    """The lines of the grid table whose top rule is ``lines[i]``, each hard-wrapped line joined back
    and page furniture between two of its lines set aside: (table lines, furniture, index after)."""
    table, furniture = [lines[i]], []
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if GRID_RULE_RE.fullmatch(line):
            table.append(line)
            j += 1
            continue
        if line.lstrip().startswith("|"):
            k = j + 1  # a line cut short of its bars continues on the lines below
            while (
                line.count("|") < columns + 1
                and k < len(lines)
                and k - j <= columns + 1
                and lines[k].strip()
                and not GRID_RULE_RE.fullmatch(lines[k])
            ):
                line = _join_lines(line, lines[k])
                k += 1
            table.append(line)
            j = k
            continue
        k = j  # a page footer between two lines of a row, or between a row line and a rule
        while (
            k < len(lines)
            and k - j < FURNITURE_MAX_LINES
            and "|" not in lines[k]
            and not GRID_RULE_RE.fullmatch(lines[k])
        ):
            k += 1
        inside = (
            k < len(lines)
            and k > j
            and (lines[k].lstrip().startswith("|") or GRID_RULE_RE.fullmatch(lines[k]))
        )
        if not inside or (GRID_RULE_RE.fullmatch(table[-1]) and GRID_RULE_RE.fullmatch(lines[k])):
            break
        furniture.extend(lines[j:k])
        j = k
    return table, furniture, j


# A table a PDF or word processor draws with box-drawing characters ("┌──┬──┐", "│字段│内容│"): the
# same grid in other strokes, read once its rules and bars are written as "+--+" and "|".
BOX_STROKES = str.maketrans("┌┬┐├┼┤└┴┘╔╦╗╠╬╣╚╩╝┏┳┓┣╋┫┗┻┛─━═│┃║", "+++++++++++++++++++++++++++---|||")
BOX_RULE_RE = re.compile(r"[ \t]*[┌├└╔╠╚┏┣┗][─━═┬┼┴╦╬╩┳╋┻]*[┐┤┘╗╣╝┓┫┛][ \t]*")
BOX_ROW_RE = re.compile(r"[ \t]*[│┃║].*[│┃║][ \t]*")
BOX_BARS_RE = re.compile(r"[│┃║]")
BOX_BOTTOM_CORNERS = "└╚┗"


def box_tables_to_grid(text: str) -> str:
    """``text`` with every box-drawn table's rule and row lines written in ASCII grid strokes (other
    lines as they are); ``text`` itself when its opening draws no box."""
    head = text[:GRID_LOOK_CHARS]
    if "─" not in head and "━" not in head and "═" not in head:
        return text
    lines = text.split("\n")
    changed = False
    inside = False  # (between a box's top rule and its bottom one)
    for i, line in enumerate(lines):
        rule = BOX_RULE_RE.fullmatch(line) is not None
        if rule:
            inside = line.lstrip()[:1] not in BOX_BOTTOM_CORNERS
        elif not (inside and BOX_BARS_RE.search(line)) and not (line[:1] in " \t│┃║" and BOX_ROW_RE.fullmatch(line)):
            continue  # (inside a box, a row's line a hard wrap cut goes on under it, its rest holding the bar)
        lines[i] = line.translate(BOX_STROKES)
        changed = True
    return "\n".join(lines) if changed else text


def grid_tables_to_pipes(text: str) -> str:
    """``text`` with every grid table written as a pipe table, one line a row, and every pipe-table row a
    hard wrap cut over lines joined back (``text`` itself when it has neither)."""
    text = box_tables_to_grid(text)
    head = text[:GRID_LOOK_CHARS]
    grid = "+-" in head or "+=" in head
    open_row = "|" in head and _OPEN_ROW_RE.search(head) is not None
    if not grid and not open_row:
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    joined = open_row and _rejoin_pipe_rows(lines)
    if not grid:
        return "\n".join(lines) if joined else text
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        if not GRID_RULE_RE.fullmatch(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        columns = lines[i].strip().count("+") - 1
        table, furniture, after = _grid_lines(lines, i, columns)
        lines[i:after] = [*table, *furniture]
        rows: list[str] = []
        j = start = i + 1  # start: the first line of the row being read
        while j < len(lines) and lines[j].lstrip().startswith("|"):
            if j + 1 < len(lines) and GRID_RULE_RE.fullmatch(lines[j + 1]):
                block = lines[start : j + 1]
                if figure_rows(block, columns):
                    rows.extend(_grid_row([line], columns) or "" for line in block)
                    j = start = j + 2
                    continue
                row = _grid_row(block, columns)
                if row is None:
                    break
                rows.append(row)
                j = start = j + 2
            else:
                j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out.extend([rows[0], "| " + " | ".join(["---"] * columns) + " |", *rows[1:]])
        i = start  # the line after the last row's closing rule
        changed = True
    return "\n".join(out) if changed or joined else text
