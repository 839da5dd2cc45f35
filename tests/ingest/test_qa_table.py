"""Question-and-answer table rows cut into a question and an answer paragraph."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
from finbrief.ingest.qa_table import grid_tables_to_pipes, split_cell_breaks, split_qa_rows


def test_rows_under_a_question_and_answer_header_are_cut_before_the_answer_cell() -> None:
    rows = ["| 日期 | 提问 | 回复 |", "|---|---|---|", "| 2027-03-02 | 产能如何？ | 您好，产能充足。 |"]
    assert split_qa_rows(rows) == [*rows[:2], "| 2027-03-02 | 产能如何？", "您好，产能充足。"]


def test_pieces_are_exact_substrings_of_the_row() -> None:
    row = "|  1  |  Will you buy back shares?  |  Not this year.  |"
    pieces = split_qa_rows(["| # | Question | Answer |", row])[1:]
    assert pieces == ["|  1  |  Will you buy back shares?", "Not this year."]
    assert all(p in row for p in pieces)


def test_other_tables_and_rows_of_another_width_stay_whole() -> None:
    rows = ["| Segment | Revenue |", "| Homes | 2.1 |"]
    assert split_qa_rows(rows) == rows
    odd = ["| 日期 | 提问 | 回复 |", "| 2027-03-02 | 只有两格 |", "| x | 问？ |  |"]
    assert split_qa_rows(odd) == odd  # a row with fewer cells, or an empty answer cell


def test_a_document_cites_question_and_answer_apart() -> None:
    doc = from_text(
        "| 日期 | 提问 | 回复 |\n|---|---|---|\n| 3月2日 | 产能如何？ | 您好，产能充足。 |\n", "qa.md"
    )
    assert [p.text for p in doc.paragraphs][-2:] == ["| 3月2日 | 产能如何？", "您好，产能充足。"]


def test_a_cell_of_lines_joined_by_br_is_cut_into_its_lines() -> None:
    """A converted form keeps a long field in one cell, lines joined by ``<br>``: each line is a
    paragraph, exact text of the row, and the row's closing bar is no part of the last one."""
    row = "| 主要内容介绍 | 一、交流环节<br>问题1：明年的扩产计划如何？<br/>回复：二期产线明年投产。 |"
    pieces = split_cell_breaks([row, "| 日期 | 2026年3月5日 |"])
    assert pieces == [
        "| 主要内容介绍 | 一、交流环节",
        "问题1：明年的扩产计划如何？",
        "回复：二期产线明年投产。",
        "| 日期 | 2026年3月5日 |",
    ]
    assert all(p in row for p in pieces[:3])


GRID = """\
+------------+--------------------------------+
| 参与单位名 | 鸿远证券 沈一舟；泽川基金 顾岚 |
| 称及人员   |                                |
+------------+--------------------------------+
| 主要内容   | 一、交流环节                   |
|            |                                |
|            | 问题1：明年的扩产计划如何？    |
|            |                                |
|            | 回复：二期产线明年投产，产能提 |
|            | 升约40%。                      |
+------------+--------------------------------+
| Time       | 10:00 to 11:30 on Tuesday,     |
|            | March 3                        |
+------------+--------------------------------+"""


def test_a_grid_table_reads_as_a_pipe_table_with_its_wrapped_cells_joined() -> None:
    """A converter's grid table wraps every cell at its column width: each row is one pipe-table row,
    a label or sentence broken mid-word joined again, the cell's paragraphs apart by ``<br>``."""
    table = grid_tables_to_pipes(f"# 投资者关系活动记录表\n\n{GRID}\n")
    assert table.split("\n")[2:7] == [
        "| 参与单位名称及人员 | 鸿远证券 沈一舟；泽川基金 顾岚 |",
        "| --- | --- |",
        "| 主要内容 | 一、交流环节<br>问题1：明年的扩产计划如何？<br>回复：二期产线明年投产，产能提升约40%。 |",
        "| Time | 10:00 to 11:30 on Tuesday, March 3 |",
        "",
    ]
    for data in (f"{GRID}\n".encode(), f"{GRID}\n".replace("\n", "\r\n").encode()):
        doc = ingest(data, "record.md")
        assert "回复：二期产线明年投产，产能提升约40%。" in [p.text for p in doc.paragraphs]


def test_text_without_a_grid_table_is_returned_as_it_is() -> None:
    text = "Revenue rose +-2% on a\n+--- rule\n| not | a row |\n"
    assert grid_tables_to_pipes(text) is text


def test_only_a_table_row_is_cut_at_its_line_breaks() -> None:
    """A ``<br>`` in prose is no cell's line break; a row indented under a list still is one."""
    prose = "The form reads line one<br>line two."
    assert split_cell_breaks([prose, "Plain text, no break."]) == [prose, "Plain text, no break."]
    assert split_cell_breaks(["  | Notes | first<BR>second |"]) == ["| Notes | first", "second"]


# A record's pipe table as an email client hard-wraps it at 60 columns: the long row runs over lines
# that open with no bar, one cutting a ``<br>`` tag in two.
WRAPPED_PIPES = """\
# 湖州青禾新能源股份有限公司投资者关系活动记录表

| 投资者关系活动类别 | ☑特定对象调研　□分析师会议　□业绩说明
会 |
| --- | --- |
| 上市公司接待人员姓名 | 董事会秘书 钟以宁 |
| 投资者关系活动主要内容介绍 | 问题1：储能订单的交付节奏如何？<b
r>回复：四季度将交付约三成，其余在明年上半年完成。<br>问题
2：海外工厂何时投产？<br>回复：预计明年三季度投产。 |
| 日期 | 2026年10月9日 |
"""


def test_a_hard_wrapped_pipe_table_row_is_joined_back_into_its_row() -> None:
    """Each wrapped row reads as written before the wrap, so its questions and replies are paragraphs."""
    lines = grid_tables_to_pipes(WRAPPED_PIPES).split("\n")
    assert lines[2] == "| 投资者关系活动类别 | ☑特定对象调研　□分析师会议　□业绩说明会 |"
    assert lines[5] == (
        "| 投资者关系活动主要内容介绍 | 问题1：储能订单的交付节奏如何？<br>回复：四季度将交付约三成，"
        "其余在明年上半年完成。<br>问题2：海外工厂何时投产？<br>回复：预计明年三季度投产。 |"
    )
    texts = [p.text for p in ingest(WRAPPED_PIPES.encode(), "record.md").paragraphs]
    assert "问题2：海外工厂何时投产？" in texts
    assert "回复：预计明年三季度投产。" in texts


# An English record's grid table wrapped at 40 columns, a page footer fallen between two lines of a row.
WRAPPED_GRID = """\
+------------+--------------------------------+
| Attendees  | Corvid Securities (Ada Mercer) |
+------------+--------------------------------+
| Discussion | Question 1: How fast is the    |
|            | Osprey line                    |
|            | ramping?                       |
|            |                                |

Page 1 of 2
Larkspur Components Inc. - Confidential

|            | Answer: Output doubled in the  |
|            | third quarter.                 |
+------------+--------------------------------+"""


def test_a_hard_wrapped_grid_table_keeps_its_rows_and_a_footer_out_of_them() -> None:
    """A grid line cut short of its bars continues on the next line; a page footer inside the table is
    set after it, so the row stays whole and the footer is no part of an answer."""
    wrapped = WRAPPED_GRID.replace(
        "|            | Osprey line                    |\n", "|            | Osprey line\n        |\n"
    )
    lines = grid_tables_to_pipes(wrapped).split("\n")
    assert lines[:5] == [
        "| Attendees | Corvid Securities (Ada Mercer) |",
        "| --- | --- |",
        "| Discussion | Question 1: How fast is the Osprey line ramping?<br>Answer: Output doubled in the third quarter. |",
        "",
        "Page 1 of 2",
    ]
    texts = [p.text for p in ingest(wrapped.encode(), "record.md").paragraphs]
    assert "Answer: Output doubled in the third quarter." in texts


def test_tables_apart_and_rows_not_cut_by_a_wrap_stay_as_written() -> None:
    """Two grid tables under a caption stay two; a bar-opened line that no row closes is no table row."""
    two = "+---+---+\n| a | b |\n+---+---+\n\nTable 2\n\n+---+---+\n| c | d |\n+---+---+"
    assert grid_tables_to_pipes(two).split("\n") == [
        "| a | b |",
        "| --- | --- |",
        "",
        "Table 2",
        "",
        "| c | d |",
        "| --- | --- |",
    ]
    text = "| Revenue | up 4%\nin the quarter\n\nNext paragraph |\n"
    assert grid_tables_to_pipes(text) is text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([" ", "\u3000", "\t", "\u2003", "|", "<br>", "<BR>", "<br/>", "Notes", "首页"]), max_size=8))
def test_a_paragraph_is_cut_only_when_a_bar_opens_it_after_any_spaces(pieces: list[str]) -> None:
    text = "".join(pieces)
    out = split_cell_breaks([text])
    if not text.lstrip().startswith("|"):
        assert out == [text]
    for piece in out:
        assert piece in text


def test_a_row_indented_with_wide_spaces_is_cut_at_its_breaks() -> None:
    assert split_cell_breaks(["\u3000\u2003| 备注 | 第一行<br>第二行 |"]) == ["| 备注 | 第一行", "第二行"]
