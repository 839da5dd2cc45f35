"""Quotes of statements written in another language carry no figure the statement does not state."""

from __future__ import annotations

import pytest

from finbrief.summarize.write import trim_quote

SOURCE = "本季度，自由现金流从上季度的565.4亿元下降31%，至390.2亿元，主要由于云基础设施投入增加。"


@pytest.mark.parametrize(
    ("statement", "quote"),
    [
        # every figure said: the whole sentence
        ("Free cash flow fell 31% to RMB 39.02 billion from RMB 56.54 billion.", SOURCE),
        # a prior quarter's level the statement does not say stands in a clause that also holds 31%:
        # the statement says less than its source, so it is not used
        ("Free cash flow fell 31% to RMB 39.02 billion.", None),
        # a statement that states no figure keeps only the clauses without figures
        ("Free cash flow fell.", "本季度，…主要由于云基础设施投入增加。"),
    ],
)
def test_clauses_with_figures_not_stated_are_left_out(statement: str, quote: str | None) -> None:
    assert trim_quote(SOURCE, statement) == quote


def test_a_trailing_clause_with_other_figures_is_left_out_with_an_ellipsis() -> None:
    source = "二季度云营收同比增长26%至333.98亿元，外部商业化收入中AI贡献已超过20%。"
    got = trim_quote(source, "Cloud revenue rose 26% to RMB 33.398 billion.")
    assert got == "二季度云营收同比增长26%至333.98亿元，…"


def test_thousands_separators_are_not_clause_ends() -> None:
    source = "营收为1,401亿元,同比增长8%"
    assert trim_quote(source, "Revenue rose 8% to RMB 140.1 billion.") == source
