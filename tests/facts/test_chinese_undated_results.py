"""On a Chinese page that names a period somewhere (a date, a year), a result over a span (revenue, profit, a growth
rate) whose reading found no period is withheld by default: the page had a span to give it, and which one would be a
guess; a true number under a guessed span is a wrong fact. A page that names no period at all keeps such a figure with
its period unset, and a running tally read as of the page (a buyback's shares, their share of the capital) is kept
either way, as is a result whose span is named."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.options import Options

from .builders import ingest

DATED_PAGE = """澄岭科技经营简报

澄岭科技披露，公司实现营业收入12.3亿元，同比增长8.5%；归母净利润1.6亿元。

公司累计回购股份120万股，占公司总股本的0.52%。

公司董事会于2025年10月28日审议通过上述事项。
"""
"""A brief of a fictional firm whose last line dates a board meeting: its revenue and profit name no span."""

UNDATED_PAGE = DATED_PAGE.rsplit("\n\n", 1)[0] + "\n"
"""The same brief without its dated line: the page names no period at all."""

SPAN_NAMED = DATED_PAGE.replace("公司实现营业收入", "公司2025年前三季度实现营业收入")
"""The dated brief with the span of its results named."""


def _by_value(facts: object) -> dict[float, tuple[str, str | None]]:
    return {f.value: (f.metric, f.period) for f in facts}  # type: ignore[attr-defined]


def test_a_result_with_no_period_on_a_page_that_names_one_is_withheld() -> None:
    shown = _by_value(run(ingest(DATED_PAGE)))
    assert 1.23e9 not in shown
    assert 1.6e8 not in shown
    assert 8.5 not in shown


def test_a_running_tally_with_no_period_is_kept() -> None:
    shown = _by_value(run(ingest(DATED_PAGE)))
    assert shown.get(1.2e6) == ("shares repurchased", None)
    assert shown.get(0.52) == ("share", None)


def test_a_page_that_names_no_period_keeps_its_results_undated() -> None:
    shown = _by_value(run(ingest(UNDATED_PAGE)))
    assert shown.get(1.23e9) == ("revenue", None)
    assert shown.get(8.5) == ("revenue", None)


def test_the_same_result_with_its_span_named_is_kept() -> None:
    shown = _by_value(run(ingest(SPAN_NAMED)))
    assert shown.get(1.23e9) == ("revenue", "2025Q1-2025Q3")
    assert shown.get(8.5) == ("revenue", "2025Q1-2025Q3")


def test_the_withheld_result_is_kept_when_every_fact_is_asked_for() -> None:
    shown = _by_value(run(ingest(DATED_PAGE), Options(all_facts=True)))
    assert shown.get(1.23e9) == ("revenue", None)
