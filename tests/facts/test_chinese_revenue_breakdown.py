"""An annual report's revenue breakdown (营业收入构成) whose head of metrics runs straight into its first row, as a page
that ran its lines together prints it.

Tables and sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_RUN_ON_BREAKDOWN = (
    "证券代码：603771　　证券简称：岚峰电器\n\n岚峰电器股份有限公司2024年年度报告（节选）\n\n"
    "（一）营业收入构成\n"
    "单位：元 币种：人民币\n"
    "主营业务分产品情况\n"
    "分产品 营业收入 营业成本 毛利率（%） 营业收入比上年增减（%） 营业成本比上年增减（%） 毛利率比上年增减（%）"
    "空气净化器 812,406,220.18 601,330,415.02 25.98 -4.12 -2.05 减少1.56个百分点\n"
    "新风系统 402,118,903.40 280,556,120.77 30.23 12.40 10.86 增加0.97个百分点\n"
)


def test_a_breakdowns_first_row_run_on_after_its_head_is_its_product_with_each_columns_metric() -> None:
    facts = run(build(_RUN_ON_BREAKDOWN)).facts
    revenue = one(facts, value=812_406_220.18)
    assert (revenue.subject, revenue.metric, revenue.unit, revenue.period) == ("空气净化器", "revenue", "CNY", "2024")
    assert one(facts, value=601_330_415.02).metric == "cost of revenue"
    fall = one(facts, value=-4.12)
    assert (fall.subject, fall.metric, fall.change) == ("空气净化器", "revenue", "yoy")
    margin = one(facts, value=-1.56)
    assert (margin.metric, margin.unit) == ("gross margin", "pp")
    assert one(facts, value=402_118_903.40).subject == "新风系统"
