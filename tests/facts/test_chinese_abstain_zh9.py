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


def test_a_parent_announcing_its_subsidiarys_results_gives_them_to_the_subsidiary() -> None:
    facts = facts_of(
        "来源 :和讯网2022-10-28\n"
        "中航远达(02999)发布子公司远达精工(600999)第三季业绩,首3季录得营收17.37亿元(人民币,下同),"
        "同比下降16.4%;归母净利润1371.29万元,同比下降36.6%。\n"
        "第3季录得营收5.18亿元,同比下降25.5%。\n"
    )
    assert {f.subject for f in facts if f.value in (1_737_000_000, 13_712_900, 518_000_000)} <= {"远达精工", "600999"}


def test_a_source_marker_ends_its_item() -> None:
    facts = facts_of(
        "北岭运动(NLS)\n"
        "各地区净营收 - 北美地区4.2亿美元,同比下降2.9% [3] 各产品净营收 - 鞋类1.1亿美元,同比下降1% [3]\n"
    )
    assert not [f for f in facts if f.value == -2.9 and "产品" in f.subject]


def test_a_marker_before_an_adverb_opens_the_next_figures_comparison() -> None:
    facts = facts_of("星海半导体2025年第二季度毛利4.5亿美元 环比下降11.1% 同比大幅增长69.7%\n")
    assert one(facts, value=-11.1).change == "qoq"
    assert one(facts, value=69.7).change == "yoy"


def test_an_index_move_is_no_companys_figure() -> None:
    facts = facts_of("星海半导体2025年第二季度营收12.4亿美元。过去一个月股价下跌5.6% 同期标普500指数上涨0.5%\n")
    assert not [f for f in facts if f.value == 0.5]


def test_a_profit_or_loss_label_measures_the_profit() -> None:
    facts = facts_of("金港置業2025年中期除稅前溢利 / (虧損)按年下跌2.986%至3.79億港元。\n", "zh-Hant")
    assert one(facts, value=-2.986).metric == "pre-tax profit"


def test_a_forecasts_period_named_at_the_start_of_its_item() -> None:
    facts = facts_of(
        "星海半导体:Q2营收同比增8.2%\n"
        "格林快讯· 2025-08-07 17:51\n"
        "业绩展望 - 预计第三季度收入环比增长5%-7% [1] - 第三季度毛利率指引介于18%-20% 低于第二季度的20.4% [1]\n"
    )
    assert one(facts, value=18).period == "2025Q3"


def test_owners_share_of_profit_and_operating_outlays() -> None:
    facts = facts_of(
        "星海半导体2025年第二季度公司拥有人应占利润1.3亿美元,同比下降9.5%;经营开支达2.9亿美元,同比增长8.1%。\n"
    )
    assert one(facts, value=130_000_000).metric == "net income attributable to shareholders"
    assert one(facts, value=290_000_000).metric == "operating expenses"


def test_a_list_of_related_stories_ends_the_pages_own_story() -> None:
    facts = facts_of(
        "星海科技第三季度营收12.4亿元,同比增长8.2%。\n"
        "相关阅读\n"
        "- 北辰科技第三季营收19.28亿元同比增15%\n"
        "- 云岭物流上半年净利润3.2亿元\n"
    )
    assert sorted(f.value for f in facts) == [8.2, 1_240_000_000]


def test_a_related_headline_in_its_own_paragraph_is_furniture() -> None:
    facts = facts_of("星海科技第三季度营收12.4亿元,按年增長8.2%。\n相關閱讀：北辰科技第三季營收19.28億元按年增15%\n", "zh-Hant")
    assert sorted(f.value for f in facts) == [8.2, 1_240_000_000]


def test_a_date_in_the_text_names_no_year_of_a_figure() -> None:
    facts = facts_of("2025-11-12 星海科技公布第三季度营收12亿元,同比增长5%。\n")
    assert one(facts, value=5).period == "2025Q3"


def test_a_rival_named_as_such_is_named_without_the_word() -> None:
    facts = facts_of("星海科技2025年第三季度营收12亿元。作为对比,竞争对手北辰科技同期营收为8亿元,同比下降3%。\n")
    assert one(facts, value=800_000_000).subject == "北辰科技"


def test_a_close_in_a_market_aside_is_no_result() -> None:
    facts = facts_of("星海科技(00999)第三季度营收12亿元,同比增长5%。消息公布后,星海科技股价收涨3.5%。\n")
    assert not [f for f in facts if f.value == 3.5]


def test_a_taiwanese_monthly_sales_story_is_in_new_taiwan_dollars() -> None:
    facts = facts_of("星海電子(2399)10月營收12.5億元,月增5.2%,年增10.3%。\n", "zh-Hant")
    assert one(facts, value=1_250_000_000).unit == "TWD"


def test_a_markets_count_of_firms_makes_their_total_a_market_statistic() -> None:
    facts = facts_of("据统计,A股今年前三季度共有5300家公司披露业绩,合计实现营业收入53万亿元,净利润4.3万亿元。\n")
    assert not facts


def test_actual_before_a_metric_is_no_name() -> None:
    facts = facts_of("彭博调查显示,分析师平均预期星海科技第三季度营收为11.8亿元。星海科技第三季度实际营收12亿元。\n")
    assert one(facts, value=1_200_000_000).subject == "星海科技"


def test_total_profit_is_the_pre_tax_profit() -> None:
    facts = facts_of("星海科技2025年第三季度营业总收入12亿元,营业利润2.3亿元,利润总额2.4亿元,净利润2亿元。\n")
    assert one(facts, value=240_000_000).metric == "pre-tax profit"


def test_a_rate_in_a_table_row_whose_column_the_row_cannot_tell_is_left_out() -> None:
    facts = facts_of(
        "2025/06 - 中期 港元(千$) | 與去年中期 比較 | 2024/06 港元(千$) |\n"
        "營業額 / 收益 | 1,461,540 | 19.448% | 1,223,581 |\n",
        "zh-Hant",
    )
    assert not [f for f in facts if f.value == 19.448]
