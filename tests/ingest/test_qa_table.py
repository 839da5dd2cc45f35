"""Question-and-answer table rows cut into a question and an answer paragraph."""

from __future__ import annotations

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
