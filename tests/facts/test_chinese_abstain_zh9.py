"""Chinese pages: what a figure's own sentence cannot pin on one company is left out (analysts'
estimates and the beat against them, the whole market's totals), a headline that opens on a firm
names the subject of its story, a list item is a statement of its own, and a story that only ever
compares with a year before does so when it leaves the marker out.

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


_DIGESTS = (
    "财报分析\n"
    "星海半导体:Q2营收同比增8.2%,净利同比降4.5%\n"
    "格林快讯· 2025-08-07 17:51\n"
    "财务表现 - 2025年第二季度营收12.4亿美元 同比增长8.2% [1] 成本结构 - 经营开支达3.1亿美元 同比增长12% "
    "成为最大预期差 [3] - 销售成本环比增长2.0%至8.2亿美元 同比增长6.5% [3]\n"
    "Bluewave (BWV) Reports Q2 Earnings: What Key Metrics Have to Say\n"
    "ZK研究· 2025-08-07 08:01\n"
    "财务表现 - 2025年第二季度营收达1.2亿美元 同比增长11% [1] - 每股收益0.12美元 超共识预期3.2% [1] "
    "- 北美地区8100万美元,高于三位分析师平均预估的7900万美元,同比增长9.5% [3] "
    "- 其他服务收入520万美元 较分析师600万美元预估略低但同比增长18% [4]\n"
)


def test_a_headline_opening_on_a_firm_names_the_subject_of_its_story() -> None:
    facts = facts_of(_DIGESTS)
    assert one(facts, value=1_240_000_000).subject == "星海半导体"
    assert one(facts, value=120_000_000).subject == "Bluewave"


def test_a_list_item_is_a_statement_of_its_own() -> None:
    facts = facts_of(_DIGESTS)
    assert one(facts, value=820_000_000).metric == "cost of revenue"  # not a forecast: "预期差" is an item before


def test_analysts_estimates_and_the_beat_against_them_are_left_out() -> None:
    facts = facts_of(_DIGESTS)
    assert not [f for f in facts if f.value in (79_000_000, 6_000_000, 3.2)]


def test_an_estimate_makes_no_figure_after_it_a_forecast() -> None:
    facts = facts_of(_DIGESTS)
    assert one(facts, value=18).metric == "revenue"


def test_growth_on_an_undated_page_that_compares_year_on_year() -> None:
    facts = facts_of(
        "《經濟通通訊社30日專訊》明川醫藥(02999)公布,截至9月30日止第三季純利約5﹒2億元(人民幣.下同),"
        "升35﹒4%,營業收入88億元,升7﹒3%。經營活動產生的現金流量淨額9﹒87億元,同比增長11﹒33%。\n",
        "zh-Hant",
    )
    assert one(facts, value=35.4).change == "yoy"
    assert one(facts, value=7.3).change == "yoy"


def test_the_whole_markets_totals_are_no_firms_facts() -> None:
    facts = facts_of(
        "今年前10个月台湾上市公司营收同比减少10.15%\n"
        "台湾证券交易所13日发布最新统计显示,今年1至10月,台湾上市公司营收总计303752亿元(新台币,下同),"
        "较去年同期减少10.15%。10月,台湾上市公司营收34885亿元,较去年同期减少1.41%。\n"
    )
    assert not facts
