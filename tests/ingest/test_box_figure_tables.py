"""Financial tables drawn with box-drawing characters and no rule between their rows: each line is a row of its own.

The tables are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.ingest import run as ingest
from finbrief.ingest.qa_table import figure_rows, grid_tables_to_pipes

_BOX = (
    "单位：亿元\n"
    "┌──────────┬────────┬────────┬────────┐\n"
    "│ 项目     │ 2025年 │ 2024年 │ 同比   │\n"
    "├──────────┼────────┼────────┼────────┤\n"
    "│ 营业收入 │  52.10 │  47.36 │ 10.01% │\n"
    "│ 毛利率（%）│ 21.5 │ 20.2 │ 增加1.3个百分点 │\n"
    "│ 净利润   │ (1.20) │   0.85 │ 不适用 │\n"
    "└──────────┴────────┴────────┴────────┘\n"
)


def test_a_box_table_with_no_rule_between_rows_keeps_one_row_a_line() -> None:
    lines = grid_tables_to_pipes(_BOX).split("\n")
    assert "| 营业收入 | 52.10 | 47.36 | 10.01% |" in lines
    assert "| 毛利率（%） | 21.5 | 20.2 | 增加1.3个百分点 |" in lines
    assert "| 净利润 | (1.20) | 0.85 | 不适用 |" in lines


def test_the_rows_are_paragraphs_of_their_own_after_ingest() -> None:
    texts = [p.text for p in ingest(_BOX.encode(), "results.txt").paragraphs]
    assert "| 营业收入 | 52.10 | 47.36 | 10.01% |" in texts


def test_a_cell_wrapped_over_lines_is_still_one_row() -> None:
    """A wrapped row leaves cells blank on its later lines, or holds words: its lines are one row."""
    wrapped = ["| 归属于上市公司股东的 | 7.36 | 6.02 |", "| 净利润             |      |      |"]
    assert not figure_rows(wrapped, 3)
    answer = ["| 问题1 | 产能如何？ |", "| 回复 | 明年投产。 |"]
    assert not figure_rows(answer, 2)
    assert figure_rows(["| 营业收入 | 52.10 | 47.36 |", "| 净利润 | 3.2 | -0.4 |"], 3)


def test_a_box_tables_head_with_no_rule_under_it_stays_the_head() -> None:
    box = (
        "单位：亿元\n"
        "┌──────────┬────────┬────────┐\n"
        "│ 项目     │ 2025年 │ 2024年 │\n"
        "│ 营业收入 │  52.10 │  47.36 │\n"
        "│ 净利润   │   3.20 │   2.95 │\n"
        "└──────────┴────────┴────────┘\n"
    )
    lines = grid_tables_to_pipes(box).split("\n")
    assert lines[1:5] == ["| 项目 | 2025年 | 2024年 |", "| --- | --- | --- |", "| 营业收入 | 52.10 | 47.36 |", "| 净利润 | 3.20 | 2.95 |"]
    assert not figure_rows(["| 营业收入 | 52.10 | 47.36 |", "| 项目 | 2025年 | 2024年 |"], 3)
