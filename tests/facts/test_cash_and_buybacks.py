"""A balance of cash and liquid investments is cash, no investment plan; shares bought back in the quarter
are a buyback even when a later clause speaks of the buyback plan. Texts written for these tests about the
fictional NovaSky Technology; the figures are invented."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of, find

HEAD_ZH = "星穹科技2025年第三季度业绩电话会\n"


def _facts(text: str) -> tuple[Fact, ...]:
    return run(build(HEAD_ZH + text, "zh-Hans"))  # type: ignore[arg-type]


def test_cash_and_other_liquid_investments_is_cash() -> None:
    facts = _facts("截至9月30日，公司现金及其他流动投资合计为3,210.5亿元，资产负债表稳健。\n")
    hit = [f for f in facts if f.value == 321050000000.0]
    assert hit and hit[0].metric == "cash", [(f.metric, f.value) for f in facts]


def test_a_buyback_done_is_no_authorization_because_a_later_clause_names_the_plan() -> None:
    facts = _facts("本季度我们回购了9亿美元，未来我们会继续根据股价和现金流情况灵活执行回购计划。\n")
    hit = [f for f in facts if f.value == 900000000.0]
    assert hit and hit[0].metric == "buyback", [(f.metric, f.value) for f in facts]


def test_cash_and_marketable_securities_is_cash() -> None:
    text = "NovaSky Technology third quarter 2025 earnings call\nWe ended the quarter with cash and marketable securities of $4.2 billion.\n"
    facts = run(build(text, "en"))
    hit = [f for f in facts if f.value == 4.2e9]
    assert hit and hit[0].metric == "cash", [(f.metric, f.value) for f in facts]


def test_the_price_new_shares_sold_at_is_no_eps() -> None:
    facts = facts_of(
        "In the quarter, we sold 714,000 common shares through our ATM program at $30.22 per share.",
        "Net income was $13 million or $0.20 per share.",
    )
    assert find(facts, raw="$30.22").metric == "share sale price"
    assert find(facts, raw="$0.20").metric == "EPS"


def test_a_return_to_a_topic_returns_no_capital_and_a_pipeline_is_not_invested() -> None:
    facts = facts_of(
        "Returning to our $150 million committed investment pipeline, we expect to fund it over the next year.",
        "We are returning to shareholders $40 million through dividends this quarter.",
    )
    assert find(facts, raw="$150 million").metric == "investment pipeline"
    assert find(facts, raw="$40 million").metric == "capital returned"
