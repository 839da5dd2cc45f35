"""Rows of a Hong Kong statement under year heads: a period word inside a row's name ("本公司擁有人應佔期內溢利")
does not change what the row names.

Pages are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

_STATEMENT = (
    "霖川環保科技控股有限公司\n"
    "（股份代號：3317）\n"
    "截至二零二五年六月三十日止六個月\n"
    "中期業績公告\n"
    "簡明綜合損益表\n"
    "附註 二零二五年 二零二四年\n"
    "人民幣千元 人民幣千元\n"
    "（未經審核） （未經審核）\n"
    "收益 4 905,214 842,630\n"
    "其他收入 5 11,208 9,774\n"
    "本公司擁有人應佔期內溢利 87,315 70,942\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.unit, f.period, f.basis) for f in facts])
    return hits[0]


def test_owners_profit_for_the_period_is_net_income_of_each_half() -> None:
    facts = run(build(_STATEMENT, "zh-Hant")).facts
    profit = one(facts, value=87_315_000)
    assert (profit.metric, profit.unit, profit.period, profit.basis) == ("net income attributable to shareholders", "CNY", "2025Q1-2025Q2", None)
    prior = one(facts, value=70_942_000)
    assert (prior.metric, prior.period, prior.basis) == ("net income attributable to shareholders", "2024Q1-2024Q2", "prior")


def test_other_income_is_still_no_revenue() -> None:
    facts = run(build(_STATEMENT, "zh-Hant")).facts
    assert not [f for f in facts if f.value in (11_208_000, 9_774_000)]
