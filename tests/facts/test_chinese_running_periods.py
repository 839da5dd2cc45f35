"""Chinese digests: a look back at the same span of an earlier year holds for its own item only; the items after
it go on about the latest period the paragraph named, and a period named afresh still holds for what follows.

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


def test_an_earlier_years_gap_does_not_date_the_items_after_it() -> None:
    facts = facts_of(
        "湖畔城商行谁最强?\n财经网· 2025-04-25 08:25\n\n"
        "资产规模 - 青禾银行2024年总资产8520.42亿元,增速16.12% [1] - 青禾银行与白石银行差距缩小,2023年差距为370亿元 [4] "
        "营收表现 - 白石银行营收208.15亿元(+8.78%)、净利润81.43亿元(+10.76%) [10]\n"
    )
    assert one(facts, value=20_815_000_000).period == "2024"
    assert one(facts, value=8_143_000_000).period == "2024"


def test_a_recovery_against_an_earlier_years_same_quarter_does_not_date_the_next_item() -> None:
    facts = facts_of(
        "青禾航空:国际市场恢复领先\n财经网· 2025-10-31 10:00\n\n"
        "运营表现 - 2025年第三季度整体ASK同比增长6.02% [1] - 国际市场ASK恢复至2019年同期的113.63%,同比增长12.85% [1] "
        "- 国际客座率达84.41%,同比提升2.87个百分点 [1]\n"
    )
    assert one(facts, value=84.41).period == "2025Q3"


def test_a_year_named_afresh_after_a_later_quarter_holds_for_the_items_after_it() -> None:
    facts = facts_of(
        "青禾药玻:景气阶段回落\n财经网· 2025-05-12 10:28\n\n"
        "财务表现 - 2024年全年营收51.3亿元,同比+2.9% [1] - 25Q1营收12.4亿元,同比-2.0% [1] "
        "产品与区域 - 2024年模制瓶营收同比+3.9% [2] - 境内营收同比+0.5%,海外营收同比+8.3% [2]\n"
    )
    assert one(facts, value=0.5).period == "2024"
