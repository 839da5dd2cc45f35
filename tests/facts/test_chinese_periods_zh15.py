"""Chinese results stories and digests: a change written after "YYYY年同期为…" is that year's, a fiscal quarter
named after another firm is on its calendar, a segment heading of a management discussion names the
subject of the paragraphs below it, the market's price of a company is no fact.

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


def test_a_change_after_the_current_years_same_period_is_the_current_periods() -> None:
    facts = facts_of(
        "2025-11-20\n青禾科技第三季度业绩\n\n"
        "2024年第三季度净收入为4.64亿美元,2025年同期为4.42亿美元,同比下降4.8%。\n"
    )
    assert one(facts, value=-4.8).period == "2025Q3"
    assert one(facts, value=464_000_000).period == "2024Q3"


def test_the_same_period_of_another_year_is_the_span_named_before_it() -> None:
    facts = facts_of(
        "2025-11-20\n青禾科技第三季度业绩\n\n"
        "2024年前九个月净收入为12.98亿美元,2025年同期为12.84亿美元,同比下降1.1%。\n"
    )
    assert one(facts, value=-1.1).period == "2025Q1-2025Q3"


def test_a_change_on_a_named_years_same_period_is_still_a_base() -> None:
    facts = facts_of("2025-11-20\n青禾科技2025年第三季度净收入4.42亿美元,较2024年同期下降4.8%。\n")
    assert (one(facts, value=-4.8).period, one(facts, value=442_000_000).period) == ("2025Q3", "2025Q3")


def test_a_digest_names_another_firms_fiscal_quarter_on_that_firms_calendar() -> None:
    facts = facts_of(
        "某某证券晨会纪要-20250902\n\n"
        "互联网行业 - 阿里巴巴2026财年1季度收入同比增长2% 调整后EBITA同比下降14%[8]\n"
        "家电行业 - 青禾电器2025财年1季度收入同比增长5%[9]\n"
    )
    assert one(facts, value=2).period == "2025Q2"  # Alibaba's fiscal year ends in March
    assert one(facts, value=-14).period == "2025Q2"
    assert one(facts, value=5).period == "2025Q1"  # a firm of no known calendar keeps the calendar year


def test_market_value_and_multiples_are_the_markets_price_not_the_companys_figures() -> None:
    facts = facts_of(
        "青禾科技2025年中报点评\n\n"
        "青禾科技上半年营业收入12.3亿元,同比增长8%。当前总市值111亿元,流通市值29亿元,对应2026年市盈率9倍。\n"
    )
    assert [f.value for f in facts if f.unit in ("CNY", "x")] == [1_230_000_000]


def test_a_segment_heading_of_a_management_discussion_carries_to_its_paragraphs() -> None:
    facts = facts_of(
        "青禾集团发布2024年年度财务报告,报告中的管理层讨论与分析如下:\n\n"
        "业务回顾-港口及相关服务\n\n"
        "此部门在24个国家53个港口拥有经营泊位之权益。\n\n"
        "部门包括集团于青禾港口集团旗下公司之80%权益。\n\n"
        "呈报收益总额为港币452亿8,200万元,较去年上升11%。\n\n"
        "EBITDA较2023年上升19%至港币161亿7,200万元。\n\n"
        "财务回顾\n\n"
        "集团收益总额为港币2,000亿元。\n"
    )
    assert one(facts, value=45_282_000_000).subject == "港口及相关服务"
    assert one(facts, value=16_172_000_000).subject == "港口及相关服务"
    assert one(facts, value=200_000_000_000).subject != "港口及相关服务"  # the next section is the group's
    assert one(facts, value=45_282_000_000).period == "2024"  # the year of the annual report the head names


def test_an_undated_page_takes_neither_a_forward_year_nor_a_year_its_figures_are_set_against() -> None:
    facts = facts_of(
        "記者某某／台北即時報導\n\n"
        "13家金控前三季稅後純益達4,291億元，季增高達73%，累計獲利已達2024年全年的七成。"
        "加上獲利跳升，有助推升金控2026年可分配盈餘。\n",
        "zh-Hant",
    )
    assert one(facts, value=429_100_000_000).period == "2025Q1-2025Q3"


def test_a_respectively_list_of_banks_takes_its_fair_value_losses_in_order() -> None:
    facts = facts_of(
        "某某研究\n\n"
        "非利息收入 - 江海银行、北岸银行、南山银行公允价值变动净亏损分别为88.27亿元、49.82亿元、45.05亿元,"
        "均同比由盈转亏 [10]\n"
    )
    got = [(f.subject, f.metric, f.value) for f in sorted(facts, key=lambda f: f.start) if f.unit == "CNY"]
    assert got == [
        ("江海银行", "mark-to-market gain", -8_827_000_000),
        ("北岸银行", "mark-to-market gain", -4_982_000_000),
        ("南山银行", "mark-to-market gain", -4_505_000_000),
    ]


def test_taiwan_financial_groups_named_by_their_rank_or_by_the_month_they_profit_in() -> None:
    facts = facts_of(
        "金控9月獲利出爐\n\n"
        "累計前三季獲利方面，北岸金賺進 909.2 億元居冠，南山金以 747.8 億元位居第二，東灣金 607.6 億元登上第三。"
        "西嶺新光金登上第四，9 月獲利 75 億元。\n\n"
        "湖畔銀 10 月獲利 10.09 億元，累計稅後淨利 107.94 億元。\n",
        "zh-Hant",
    )
    assert one(facts, value=60_760_000_000).subject == "东湾金"
    assert one(facts, value=7_500_000_000).subject == "西岭新光金"
    assert one(facts, value=1_009_000_000).subject == "湖畔银"
    assert not [f for f in facts if f.subject in ("亿元", "累计")]


def test_two_listed_groups_then_their_cumulative_profits_respectively() -> None:
    facts = facts_of(
        "金控前10月獲利出爐\n\n"
        "北岸金（2991-TW）與南山金（2992-TW） 的累計前 10 月獲利也分別達到 234.07 億元和 180.12 億元。\n",
        "zh-Hant",
    )
    assert [f.subject for f in sorted(facts, key=lambda f: f.start) if f.unit == "TWD"] == ["北岸金", "南山金"]


def test_comma_joined_metric_heads_share_their_tail() -> None:
    facts = facts_of(
        "青禾电器2025年一季报点评\n\n"
        "25Q1销售、管理、研发费用率分别为9.6%、3.1%、4.2%。扣非后归母净利润53.6亿元,YOY+15.6%。\n"
    )
    assert [f.metric for f in sorted(facts, key=lambda f: f.start) if f.unit == "%" and f.change is None] == [
        "selling expense ratio",
        "G&A expense ratio",
        "R&D expense ratio",
    ]
    assert one(facts, value=5_360_000_000).metric == "net income excluding non-recurring items"
