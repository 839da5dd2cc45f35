"""Chinese pages: a listing announcement's table whose heads name a balance date and the span ending on it.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


LISTING = (
    "证券简称：青屿电子　证券代码：603871\n\n"
    "青屿电子股份有限公司首次公开发行股票主板上市公告书\n\n"
    "一、主要会计数据及财务指标\n\n"
    "单位：万元\n\n"
    "项目 2025年6月30日/2025年1-6月 2024年12月31日/2024年度 2023年12月31日/2023年度\n\n"
    "资产总额 95,210.40 90,118.25 81,604.77\n\n"
    "营业收入 41,806.12 80,214.63 72,509.38\n"
)


def test_a_slashed_head_gives_each_column_its_span_and_a_balance_its_end() -> None:
    facts = run(ingest(LISTING)).facts
    half = one(facts, metric="revenue", period="2025Q1-2025Q2")
    assert (half.subject, half.value, half.unit, half.basis) == ("青屿电子", 418061200.0, "CNY", None)
    year = one(facts, metric="revenue", period="2024")
    assert (year.value, year.basis) == (802146300.0, "prior")
    assets = one(facts, metric="total assets", value=952104000.0)
    assert (assets.period, assets.basis) == ("2025Q2", None)
    assert one(facts, metric="total assets", value=816047700.0).period == "2023"

