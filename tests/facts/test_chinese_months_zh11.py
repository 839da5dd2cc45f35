"""Chinese monthly delivery and sales releases, broker digests and US-listed filers' results stories: a
month's figures are that month's (``2025-10``), the months to date a span of months, "其中" breaks down
the clause before it, broker quarters written "2024Q3", and the words around a business line's name
that are no part of it.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers, run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


MONTHLY = (
    "2025-11-03\n"
    "星驰汽车10月份共交付新车12,345台,同比增长35.2%,环比增长8.1%;1-10月累计交付98,765台。\n"
    "新势力车企陆续公布了各自的10月交付数据,其中星驰汽车交付12,345台,创单月新高。\n"
    "截至9月底,星驰汽车总资产为210.5亿元。\n"
)


def test_a_months_figures_are_that_months() -> None:
    facts = facts_of(MONTHLY)
    f = one(facts, value=12_345, paragraph=2)
    assert f.period == "2025-10" and f.subject != "份共"
    assert one(facts, value=35.2).period == "2025-10"
    assert one(facts, value=8.1).period == "2025-10"


def test_the_months_to_date_are_a_span_of_months() -> None:
    facts = facts_of(MONTHLY)
    assert one(facts, value=98_765).period == "2025-01-2025-10"
    assert not [f for f in facts if f.value == 1]  # "1-10月" opens a span of months, it is no figure
    assert [x.value for x in numbers.scan("1至10月累计交付9.8万台")] == [98_000]


def test_a_breakdown_keeps_the_period_of_the_clause_it_breaks_down() -> None:
    assert one(facts_of(MONTHLY), value=12_345, paragraph=3).period == "2025-10"


def test_a_month_end_balance_stays_the_quarters() -> None:
    assert one(facts_of(MONTHLY), value=21_050_000_000).period == "2025Q3"


def test_a_broker_quarter_with_a_four_digit_year() -> None:
    text = (
        "- 2024年前三季度实现营业收入190.5亿元(同比+12.1%)2024Q3实现营业收入70.2亿元(同比+20.3%,环比+15.6%)\n"
    )
    facts = facts_of(text)
    assert one(facts, value=19_050_000_000).period == "2024Q1-2024Q3"
    assert one(facts, value=7_020_000_000).period == "2024Q3"
    assert one(facts, value=15.6).period == "2024Q3"


def test_words_around_a_business_lines_name() -> None:
    text = (
        "2025-11-20\n"
        "云帆科技今日公布2025年第三季度财报。\n"
        "来自于移动游戏的营收为人民币13.9亿元,同比增长9%。\n"
        "来自于电商业务及其他业务的营收为人民币7.3亿元,同比增长18%。\n"
    )
    facts = facts_of(text)
    assert one(facts, value=1_390_000_000).subject == "移动游戏"
    assert one(facts, value=730_000_000).subject == "电商业务及其他业务"


def test_a_heading_on_an_aspect_names_no_subject() -> None:
    text = (
        "云帆科技2025年第三季度点评\n"
        "运营效率方面\n"
        "- 2025Q3公司毛利率为34.9%(同比+9.9pct),销售费用率为16.5%(同比-0.6pct)\n"
    )
    facts = facts_of(text)
    assert one(facts, value=34.9).subject != "运营效率方面"
    assert one(facts, value=16.5).subject != "运营效率方面"


def test_a_month_leading_its_sentence_holds_for_the_next() -> None:
    text = (
        "2025-11-02\n"
        "11月1日,星驰汽车公布2025年10月产销快报。10月,公司新能源汽车销量为41,234辆,同比增长12.3%;其中海外销量8,765辆。\n"
    )
    assert one(facts_of(text), value=8_765).period == "2025-10"


US_FILER = (
    "2025-11-20\n"
    "云帆科技(纳斯达克:YFTK)今日公布2025年第三季度未经审计财报。第三季度净收入为人民币45.2亿元,同比增长12%。"
    "净利润为人民币3.1亿元。\n"
    "公司净利润由上年同期亏损2.3亿元扭转为盈利3.1亿元。经营利润由盈利0.8亿元转为亏损1.5亿元。\n"
)


def test_a_us_listed_filers_net_revenues() -> None:
    facts = facts_of(US_FILER)
    assert one(facts, value=4_520_000_000).metric == "revenue"
    assert one(facts, value=12).metric == "revenue"
    assert "净收入" in US_FILER and one(facts, value=310_000_000, paragraph=2).metric == "net income"


def test_a_loss_turned_to_a_profit_is_the_same_measure() -> None:
    facts = facts_of(US_FILER)
    turned = one(facts, value=310_000_000, paragraph=3)
    assert turned.metric == "net income" and turned.period == "2025Q3"
    assert one(facts, value=-150_000_000).metric == "operating income"


def test_an_annual_reports_figures_are_the_years() -> None:
    text = (
        "云帆科技2024年营收增长18%\n"
        "2025-03-28\n"
        "云帆科技发布2024年年报,公司全年营收达56.7亿元,同比增长18%。\n"
        "公司表现亮眼,净利润为8.9亿元。\n"
    )
    assert one(facts_of(text), value=890_000_000).period == "2024"


def test_a_list_of_related_stories_ends_the_story() -> None:
    text = (
        "2025-11-20\n"
        "云帆科技今日公布2025年第三季度业绩,营收为45.2亿元,同比增长12%。\n"
        "相关推荐\n"
        "云帆科技二季度净利润增长30% 创历史新高\n"
    )
    facts = facts_of(text)
    assert not [f for f in facts if f.value == 30]


def test_the_own_company_named_after_a_rival() -> None:
    text = (
        "2025-03-28\n"
        "云帆科技(688123)发布2024年年报。\n"
        "与星驰科技营收下滑5%相比,云帆科技表现亮眼,净利润为8.9亿元。\n"
    )
    facts = facts_of(text)
    assert one(facts, value=890_000_000).subject != "星驰科技"
    assert one(facts, value=-5).subject == "星驰科技"


CONVERTED = (
    "北京时间11月17日晚间消息,云帆科技(Nasdaq:YFTK)今日发布了2025年第三季度财报,总净营收为人民币52.1亿元(约合7.3亿美元)。\n"
    "来自于广告的营收为人民币11.7亿元(约合1.6亿美元),同比增长10%。\n"
    "营收成本\n"
    "营收成本为人民币41.9亿元(约合5.9亿美元),同比增长7%。\n"
)


def test_a_bracketed_conversion_is_the_same_figure() -> None:
    facts = facts_of(CONVERTED)
    usd = one(facts, value=730_000_000)
    assert (usd.subject, usd.metric, usd.qualifier) == (one(facts, value=5_210_000_000).subject, "revenue", "approx")
    assert usd.subject != "北京时间"
    cost = one(facts, value=590_000_000)
    assert (cost.metric, cost.qualifier) == ("cost of revenue", "approx")


def test_a_metric_heading_ends_the_business_line_before() -> None:
    facts = facts_of(CONVERTED)
    assert one(facts, value=1_170_000_000).subject == "advertising" or one(facts, value=1_170_000_000).subject == "广告"
    assert one(facts, value=4_190_000_000).subject not in ("advertising", "广告")
