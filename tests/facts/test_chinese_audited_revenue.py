"""An audit's mark between a year and its metric ("2024年度经审计营业收入") names no business line: the figure is
the company's.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str) -> tuple[Fact, ...]:
    return run(build(text, "zh-Hans"))


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.raw, f.subject, f.metric, f.value, f.period) for f in facts])
    return hits[0]


def test_a_contract_s_share_of_audited_revenue_is_the_company_s() -> None:
    facts = facts_of(
        "证券代码：603999 证券简称：澄衡电气 公告编号：2025-061\n"
        "澄衡电气股份有限公司关于签订日常经营重大合同的公告\n"
        "近日，公司与华东联合电网有限公司签订了《2025年度配网设备采购合同》，合同金额为人民币3.26亿元（含税），"
        "约占公司2024年度经审计营业收入的12.4%。\n"
    )
    share = one(facts, value=12.4)
    assert (share.subject, share.metric, share.period) == ("澄衡电气", "share of revenue", "2024")


def test_audited_revenue_of_a_year_is_the_company_s_revenue() -> None:
    facts = facts_of("澄衡电气（603999）公布业绩，公司2024年度经审计营业收入为26.3亿元，同比增长8.1%。\n")
    revenue = one(facts, value=2_630_000_000)
    assert (revenue.subject, revenue.metric, revenue.period) == ("澄衡电气", "revenue", "2024")
    assert one(facts, value=8.1).subject == "澄衡电气"
