"""Chinese notes and stories: a digest's item does not inherit a business line named in an earlier item, a
forecast's years do not date later bare quarters, a year named as a level surpassed and a span of months are read
as what they are; official statistics, a peer in a comparison, an industry average and a share's run are no
figures of the company; a topic's apposition, a scope word after the company's name, a report's name in a
headline and a period word before a line do not make wrong subjects; an area is in square metres.

Sentences are written for these tests; the figures (and all companies but one the lexicon knows) are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact
from finbrief.options import Options

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def _is(f: Fact, key: str, v: object) -> bool:
    got = getattr(f, key)
    if key == "value" and isinstance(v, (int, float)):
        return abs(got - v) <= 1e-6 * max(1.0, abs(v))
    return bool(got == v)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(_is(f, k, v) for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def none_of(facts: tuple[Fact, ...], **want: object) -> None:
    hits = [f for f in facts if all(_is(f, k, v) for k, v in want.items())]
    assert not hits, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in hits]


_NOTE = (
    "报告公司投资评级 - 买入(维持)[1] 报告的核心观点 - 青禾汽车 2025 年 Q2 业绩同环比高增,虽下调 2025 - 2027 年业绩预测,"
    "但考虑海外业务开拓,维持评级 [4] - 海外业务将成重要增长点 [6] 相关目录总结 财务数据 - 2025 年上半年营收 823.5 亿元,"
    "同比 +2.0%;单 Q2 营收 463.2 亿元,同环比 +6.1%/28.4%;归母/扣非归母净利分别为 35.12/18.40 亿元 [4]\n"
)


def test_a_digest_item_does_not_take_a_business_line_of_an_earlier_item() -> None:
    facts = facts_of(_NOTE)
    assert one(facts, value=2.0).subject != "international business"
    assert one(facts, value=46_320_000_000).subject != "international business"


def test_the_years_of_a_forecast_do_not_date_a_later_bare_quarter() -> None:
    facts = facts_of(_NOTE)
    assert one(facts, value=46_320_000_000).period == "2025Q2"


def test_the_first_of_a_slash_list_of_profits_is_net_income() -> None:
    facts = facts_of(_NOTE)
    assert one(facts, value=3_512_000_000).metric == "net income attributable to shareholders"
    assert one(facts, value=1_840_000_000).metric == "net income excluding non-recurring items"


def test_a_year_named_as_a_level_surpassed_does_not_date_the_next_sentence() -> None:
    facts = facts_of(
        "青禾地产26日公布2017年第三季度报告。\n"
        "前三季度,青禾地产销售金额861亿元,同比增长50.7%,销售金额超过2016年全年水平。累计实现营业收入371亿元。\n"
    )
    assert one(facts, value=37_100_000_000).period == "2017Q1-2017Q3"


def test_three_months_of_a_quarter_are_that_quarter() -> None:
    facts = facts_of("青禾地产2017年第三季度报告\n第三季度,7—9月青禾地产实现销售金额289.2亿元,同比增长63.3%。\n")
    assert one(facts, value=28_920_000_000).period == "2017Q3"


def test_an_area_is_in_square_metres() -> None:
    facts = facts_of("青禾地产2017年第三季度报告\n前三季度,青禾地产累计实现销售面积664.5万平方米,同比增长33.8%。\n")
    assert one(facts, value=6_645_000).unit == "sqm"


def test_a_statistics_office_figure_is_no_fact_and_its_scope_is_not_carried() -> None:
    facts = facts_of(
        "青禾地产26日公布2017年第三季度报告。\n"
        "国家统计局数据显示,第三季度全国商品住宅销售面积同比下降1.7%,商品住宅销售金额同比仅增长1.3%。\n"
        "由于结算不多,前三季度青禾地产累计贡献营收402.3亿元,同比减少1.5%。\n"
    )
    none_of(facts, value=-1.7)
    none_of(facts, value=1.3)
    assert one(facts, value=40_230_000_000).subject != "China"


def test_a_line_opening_its_sentence_before_an_apposition_is_the_subject() -> None:
    facts = facts_of(
        "青禾味业2025年三季报\n值得关注的是,酱油业务作为公司绝对支柱,前三季度实现收入111.56亿元,同比增长7.91%。\n"
    )
    assert one(facts, value=11_156_000_000).subject == "酱油业务"


def test_a_scope_word_after_the_company_names_no_product() -> None:
    # (a company the lexicon knows, whose name is followed by a word the text does not list as its product)
    facts = facts_of("联发科11月营收\n2025年1月至11月,联发科累计合并营收已达544.7亿元,年增率11.4%。\n", "zh-Hans")
    assert one(facts, value=54_470_000_000).subject != "联发科累计"


def test_a_period_word_is_no_part_of_a_line_name() -> None:
    # (its span is read nowhere: by default the figure is withheld, so its name is read among every fact)
    facts = run(build("嘉禾汽车2025年10月销量快报\n今年以来海外销量累计31.2万辆,同比增长42.3%。\n"), Options(all_facts=True)).facts
    assert one(facts, value=312_000).subject == "海外"


def test_a_peer_set_against_the_company_is_the_subject_of_its_figure() -> None:
    facts = facts_of(
        "星澜科技2025年三季报\n星澜科技前三季度营收增长12.3%。同行业可比公司远景动力同期营收增长20.5%,行业平均毛利率为28%。\n"
    )
    assert one(facts, value=20.5).subject == "远景动力"
    assert all(f.subject != "星澜科技" and f.subject != "company" for f in facts if f.value == 28)


def test_a_share_run_since_january_is_no_fact() -> None:
    facts = facts_of("星澜科技2025年三季报\n星澜科技前三季度营收增长12.3%。今年以来公司股价累计上涨35%。\n")
    none_of(facts, value=35)


def test_a_headline_report_name_is_no_part_of_the_firm() -> None:
    facts = facts_of(
        "青禾银行三季报:前三季度营收增2.1%\n"
        "青禾银行披露三季报,2025年1-9月实现营业收入302.4亿元。\n"
        "截至9月末,该行资产总额2.35万亿元,较上年末增长7.4%。\n"
    )
    assert one(facts, value=2_350_000_000_000).subject != "青禾银行三季报"


def test_a_firm_announcing_on_a_dated_day_is_the_company() -> None:
    doc = build(
        "星澜地产26日公布2017年第三季度报告显示,第三季度星澜地产实现营业收入472.9亿元。\n"
        "前三季度,星澜地产累计实现营业收入1171亿元。\n",
        "zh-Hans",
    )
    assert identify(doc).company == "星澜地产"


def test_a_headline_naming_a_firm_and_its_report_names_the_company() -> None:
    doc = build(
        "青禾银行2025年三季报\n前三季度,青禾银行净息差为1.62%。截至9月末,不良贷款率为0.98%。核心一级资本充足率为9.85%。\n",
        "zh-Hans",
    )
    assert identify(doc).company == "青禾银行"


def test_a_past_compound_growth_rate_is_no_figure_of_the_year() -> None:
    facts = facts_of("青禾服饰FY2025业绩点评\nFY2014-FY2025收入CAGR为13%,归母净利润CAGR为18%。FY2025收入55.5亿元。\n")
    none_of(facts, value=13)
    none_of(facts, value=18)


def test_the_terms_of_a_worked_formula_are_no_facts() -> None:
    facts = facts_of(
        "行业投资收益率分析\n2025年第二季度非上市寿险公司综合投资收益率加权平均值为2.67%。"
        "收益率拆解为:固收类(75%权重×1.76%)+权益类(20%×(2.76%+3.80%))+流动性资产(5%×0.7%)=2.67%。\n"
    )
    for value in (1.76, 3.80, 0.7):
        none_of(facts, value=value)
    assert len([f for f in facts if abs(f.value - 2.67) < 1e-9]) == 1
