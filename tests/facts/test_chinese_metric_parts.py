"""Chinese metric words read as a reader does: a % followed by where part of a money measure lies or comes
from is a share of that measure, not its level or growth; a gain word right after a money metric's name
says the result was a gain and leaves the metric as named.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_percentage_of_loans_placed_in_a_region_is_a_share_of_loans() -> None:
    facts = facts_of(
        "区域银行2024年贷款分布\n"
        "青禾银行86.1%贷款集中于浙江，星河银行贷款64.4%投放于江苏，21.6%在安徽。\n"
    )
    for value in (86.1, 64.4, 21.6):
        assert one(facts, value=value).metric == "share"
    assert one(facts, value=86.1).subject == "青禾银行"


def test_a_percentage_of_revenue_coming_from_abroad_is_a_share_not_revenue() -> None:
    facts = facts_of("青禾科技2024年年报\n青禾科技2024年营业收入120亿元，约60%的收入来自海外。\n")
    assert one(facts, value=60).metric == "share"
    assert one(facts, value=12_000_000_000).metric == "revenue"


def test_growth_of_loans_stays_growth_of_loans() -> None:
    facts = facts_of("青禾银行2024年年报\n青禾银行2024年末贷款余额1000亿元，同比增长10%，在同业中领先。\n")
    growth = one(facts, value=10)
    assert (growth.metric, growth.change) == ("loans", "yoy")


def test_net_income_said_to_be_a_gain_is_net_income_not_profit() -> None:
    facts = facts_of(
        "青禾药业2023年度业绩预告\n"
        "预计2023年1-12月归属于上市公司股东的净利润盈利:12.1亿元至13.1亿元。\n"
        "预计2023年1-12月扣除非经常性损益后的净利润盈利:11.5亿元至12.7亿元。\n"
    )
    assert one(facts, value=1_210_000_000).metric == "net income attributable to shareholders guidance"
    assert one(facts, value=1_150_000_000).metric == "net income excluding non-recurring items guidance"


def test_a_bare_gain_word_is_still_profit() -> None:
    facts = facts_of("青禾集团2024年年报\n青禾集团2024年营收50亿元，盈利3亿元。\n")
    assert one(facts, value=300_000_000).metric == "profit"
