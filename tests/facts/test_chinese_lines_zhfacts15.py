"""Chinese lines of more kinds: a share count written in full before 股, a market's own figures in a company story,
an estimate of the reported period in a preannouncement, and a flash roll of several firms' one-line items.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

ANNUAL_HEAD = (
    "证券代码：002917　　　　证券简称：澄川精工　　　　公告编号：2025-021\n"
    "\n"
    "江苏澄川精工股份有限公司2024年年度报告摘要\n"
    "\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_share_count_in_thousands_groups_before_gu_is_the_company_share_count() -> None:
    d = build(
        ANNUAL_HEAD + "董事会审议通过的利润分配预案为：以总股本286,450,000股为基数，向全体股东每10股派发现金红利2.50元（含税）。\n"
    )
    facts = run(d).facts
    shares = one(facts, value=286_450_000)
    assert shares.metric == "share count" and shares.subject in ("company", "澄川精工")
    assert one(facts, metric="dividend").value == 0.25
    assert not [f for f in facts if f.value == 10]  # "每10股" is the ratio a dividend is paid on


PREANNOUNCEMENT_HEAD = (
    "证券代码：002731        证券简称：岚石科技        公告编号：2026-003\n"
    "\n"
    "浙江岚石科技股份有限公司\n2025年度业绩预告\n"
    "\n"
    "1、业绩预告期间：2025年1月1日至2025年12月31日\n"
    "\n"
)


def test_an_estimate_of_the_reported_period_is_a_result_not_guidance() -> None:
    d = build(
        PREANNOUNCEMENT_HEAD + "2、预计报告期内非经常性损益对净利润的影响金额约为1,800万元，上年同期为1,203.45万元，主要为政府补助。\n"
    )
    facts = run(d).facts
    this_year = one(facts, value=18_000_000)
    assert this_year.metric == "non-recurring items" and this_year.period == "2025" and this_year.qualifier == "approx"
    last_year = one(facts, value=12_034_500)
    assert last_year.metric == "non-recurring items" and last_year.period == "2024" and last_year.basis == "prior"
