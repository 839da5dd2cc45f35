"""Chinese results stories, airline note digests and monthly sales stories: "报告期内" is the report's span,
a balance "at the start of the period" is last year's year-end, selling, administrative and finance costs
are metrics of their own, a shareholder's stake is no result, an airline's unit cost and yield are named,
a broker note's forecasts are the broker's, a target year does not date a story's months, and a monthly
sales story that names its year reports that year's months.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.options import Options

from .builders import build


def facts_of(text: str, language: str = "zh-Hans", options: Options | None = None) -> tuple[Fact, ...]:
    return run(build(text, language), options or Options())  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


NINE_MONTHS = (
    "青川酒业前三季度营收下降。\n\n"
    "10月30日,青川酒业披露2025年第三季度报告,公司前三季度实现营业收入120.50亿元,同比下降3.20%。\n\n"
    "报告期末,青川酒业合同负债为20.10亿元,较期初的22.40亿元下降10.27%。\n\n"
)


def test_report_period_words_give_the_reports_span_after_a_balance_paragraph() -> None:
    facts = facts_of(
        NINE_MONTHS + "报告期内,公司销售费用为12.30亿元,同比下降2.10%;管理费用为3.40亿元,同比下降5.00%;"
        "财务费用较去年同期减少0.80亿元。\n"
    )
    selling = one(facts, value=1_230_000_000)
    assert (selling.metric, selling.period) == ("sales and marketing expense", "2025Q1-2025Q3")
    assert one(facts, value=340_000_000).metric == "G&A expense"
    finance = one(facts, value=-80_000_000)
    assert (finance.metric, finance.change) == ("finance costs", "yoy")


def test_a_balance_at_the_start_of_the_period_is_last_years_year_end_and_its_change_no_yoy() -> None:
    facts = facts_of(NINE_MONTHS)
    start = one(facts, value=2_240_000_000)
    assert (start.metric, start.period, start.basis) == ("contract liabilities", "2024Q4", "prior")
    assert one(facts, value=2_010_000_000).period == "2025Q3"
    moved = one(facts, value=-10.27)  # "较期初…下降10.27%": the move since the year start, no YoY
    assert (moved.metric, moved.change, moved.period) == ("contract liabilities", "ytd", "2025Q3")


def test_a_shareholders_stake_is_not_a_fact() -> None:
    facts = facts_of(NINE_MONTHS + "据三季报,公司第一大股东为青川酒业集团有限公司,持股比例为31.20%。\n")
    assert not [f for f in facts if f.value == 31.2]


def test_an_increase_to_a_level_is_no_range() -> None:
    facts = facts_of(NINE_MONTHS + "第三季度期间费用合计同比提升350万元至5120万元。\n")
    change = one(facts, value=3_500_000)
    assert (change.metric, change.value_high) == ("operating expenses", None)


AIRLINE_NOTE = (
    "云途航空(600999)季报点评:国际航线恢复领先\n\n"
    "业绩概览 - 2025年第三季度营业收入205.10亿元,同比增长2.10% [1]\n\n"
    "收益与成本 - 2025年第三季度单位成本0.42元,同比下降3.1% [2] - 2025年第三季度客公里收益为0.55元,同比下降4.2% [2]\n\n"
    "盈利预测与估值 - 调整后2025-2027年归母净利润预测分别为8.10亿元、30.20亿元、52.30亿元 [3]\n"
)


def test_an_airlines_unit_cost_and_yield_are_named() -> None:
    facts = facts_of(AIRLINE_NOTE)
    assert one(facts, value=0.42).metric == "unit cost"
    assert one(facts, value=-3.1).metric == "unit cost"
    assert one(facts, value=0.55).metric == "passenger yield"


def test_a_broker_comment_titles_forecasts_are_the_brokers() -> None:
    facts = facts_of(AIRLINE_NOTE)
    assert one(facts, value=20_510_000_000).period == "2025Q3"
    assert not [f for f in facts if f.value in (810_000_000, 3_020_000_000, 5_230_000_000)]


def test_a_target_year_does_not_date_a_storys_months() -> None:
    facts = facts_of(
        "晶圆代工厂星辰半导体7日公告9月合并营收新台币120.50亿元，年增5.2%；第3季营收350.20亿元，仍创今年的单季新高。\n\n"
        "星辰半导体与合作伙伴的12纳米计划目标2028年量产。\n",
        "zh-Hant",
        Options(all_facts=True),  # (by default the undated months are withheld: the page names a year)
    )
    assert one(facts, value=12_050_000_000).period is None
    assert one(facts, value=35_020_000_000).period is None


def test_an_undated_monthly_sales_story_reports_months_of_the_year_it_names() -> None:
    facts = facts_of(
        "星辰半导体10月营收达130.20亿元，年减0.5%。\n\n"
        "星辰半导体公布内部自结2025年10月合并营收为新台币130.20亿元。今年1至10月累计营收达1210.40亿元，年增1.9%。\n",
        "zh-Hant",
    )
    assert one(facts, value=121_040_000_000).period == "2025-01-2025-10"


BROKERS = (
    "上市券商三季报已悉数披露。\n\n"
    "投行业务显露触底回升迹象,手续费净收入合计120.30亿元,同比增长18.20%。\n\n"
    "超六成券商归母净利润增幅超50%\n\n"
    "云岭证券前三季度实现归母净利润150.20亿元。北辰证券位居第二,净利润为120.70亿元。"
    "净利润百亿规模以上券商还有东海证券(117.33亿元)、南岳宏信(104.68亿元)。\n"
)


def test_a_business_lines_fee_income_is_named_for_that_line() -> None:
    fees = one(facts_of(BROKERS), value=12_030_000_000)
    assert (fees.subject, fees.metric) == ("investment banking", "net fee and commission income")


def test_a_share_of_unnamed_firms_gives_no_fact() -> None:
    assert not [f for f in facts_of(BROKERS) if f.value == 50]


def test_firms_listed_with_their_figures_in_brackets_own_them() -> None:
    facts = facts_of(BROKERS)
    assert one(facts, value=11_733_000_000).subject == "东海证券"
    assert one(facts, value=10_468_000_000).subject == "南岳宏信"


def test_a_bare_same_period_figure_is_the_year_ago_comparative() -> None:
    facts = facts_of("云杉电气2025年第三季度报告点评\n\n云杉电气前三季度归母净利润10.30亿元，同期为8.10亿元。\n")
    prior = one(facts, value=810_000_000)
    assert (prior.metric, prior.period, prior.basis) == ("net income attributable to shareholders", "2024Q1-2024Q3", "prior")


def test_an_investor_relations_records_filing_head_names_its_company() -> None:
    facts = facts_of(
        "证券代码：600999 证券简称：云杉电气\n\n云杉电气股份有限公司投资者关系活动记录表\n\n"
        "问：公司前三季度经营情况如何？\n\n"
        "公司（董事会秘书 柯安）：公司2025年前三季度实现营业收入120.50亿元，同比增长8.20%。\n"
    )
    assert one(facts, value=12_050_000_000).subject == "云杉电气"


def test_a_second_outlook_figure_keeps_the_quarter_the_outlook_named() -> None:
    facts = facts_of(
        "星辰半导体公布2025年10月营收达130.20亿元。\n\n"
        "星辰半导体曾于上周法说会提出Q4财测，估第四季毛利率约20%以上，产能利用率则约70%左右。\n"
    )
    assert one(facts, value=20).period == "2025Q4"
    utilization = one(facts, value=70)
    assert (utilization.metric, utilization.period) == ("utilization guidance", "2025Q4")


def test_an_estimated_effect_on_revenue_is_no_growth_of_it() -> None:
    facts = facts_of(
        "星辰半导体公布2025年10月营收达130.20亿元，年增1.9%。\n\n"
        "财务长表示，汇率、折旧等因素处于不利局面，预计对营收影响约3%。\n"
    )
    assert one(facts, value=1.9).metric == "revenue"
    assert not [f for f in facts if f.value == 3]


def test_a_thing_named_with_a_figureless_metric_owns_no_later_figure() -> None:
    facts = facts_of(
        "星辰半导体公布2025年10月营收达130.20亿元。\n\n"
        "星辰半导体估第四季晶圆出货量将与第三季持平，而美元平均售价维持坚挺，毛利率约20%以上。\n"
    )
    assert one(facts, value=20).subject == "星辰半导体"
