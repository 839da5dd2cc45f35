"""Chinese news stories and calls (simplified and traditional): currency, cumulative periods,
segments and metric scope as a reader of the story understands them.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build


def facts_of(text: str, language: str = "zh-Hans") -> tuple[Fact, ...]:
    return run(build(text, language))  # type: ignore[arg-type]


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


# --- currency ------------------------------------------------------------------------------


def test_taiwanese_results_words_mean_new_taiwan_dollars() -> None:
    text = "晶宇科技公布去年第四季財報，單季合併營收350.2億元，年增8.8％，稅後純益40.1億元，季減9.3％。\n"
    d = build(text, "zh-Hant")
    assert identify(d).currency == "TWD"
    assert one(run(d), value=35_020_000_000).unit == "TWD"


def test_one_taiwanese_word_alone_is_not_enough() -> None:
    d = build("星宇集团公布第三季度业绩，营业收入350.2亿元，法人代表未出席。\n")
    assert identify(d).currency == "CNY"


def test_a_listed_company_s_home_currency_comes_from_the_lexicon() -> None:
    d = build("鴻海公布第三季業績。\n鴻海營收2.1兆元，主要受雲端產品帶動。\n", "zh-Hant")
    assert identify(d).currency == "TWD"
    d = build("長江和記公布中期業績。\n長江和記收入1,400億元，按年升3%。\n", "zh-Hant")
    assert identify(d).currency == "HKD"


# --- cumulative periods --------------------------------------------------------------------


def test_first_nine_months_is_the_year_to_date() -> None:
    facts = facts_of("星河银行公布2025年第三季度业绩。\n集团表示，今年首9月净利差1.77%，前9个月营业收入300.5亿元。\n")
    assert one(facts, value=1.77).period == "2025Q1-2025Q3"
    assert one(facts, value=30_050_000_000).period == "2025Q1-2025Q3"


def test_in_the_period_holds_for_the_whole_paragraph() -> None:
    facts = facts_of(
        "星河銀行公布截至2025年9月底止首三季業績，淨利潤100.5億元。\n"
        "期內，集團營業淨收入300.2億元，按年跌2.9%。淨利息收入200.1億元，按年下降3.07%。\n",
        "zh-Hant",
    )
    assert one(facts, value=20_010_000_000).period == "2025Q1-2025Q3"


def test_a_quarter_given_alone_makes_the_report_s_figures_cumulative() -> None:
    facts = facts_of(
        "星河銀行公告截至2025年9月底止第三季度報告，期內，集團營業收入301.2億元，按年減0.51%；"
        "純利為110.7億元，按年增長0.52%。單計第三季，營業收入為98.4億元，按年增2.11%。\n"
        "截至9月底止，集團實現非利息淨收入91.3億元，較去年成長0.90%，其他淨收入35.1億元，較去年降11.42%。\n",
        "zh-Hant",
    )
    ytd = "2025Q1-2025Q3"
    assert one(facts, value=30_120_000_000).period == ytd
    assert one(facts, value=11_070_000_000).period == ytd
    assert one(facts, value=9_840_000_000).period == "2025Q3"
    assert one(facts, value=9_130_000_000).period == ytd
    growth = one(facts, value=0.9)
    assert (growth.change, growth.period, growth.basis) == ("yoy", ytd, None)
    fall = one(facts, value=-11.42)
    assert (fall.change, fall.period) == ("yoy", ytd)


# --- segments ------------------------------------------------------------------------------


def test_a_share_of_revenue_belongs_to_the_business_line_it_introduces() -> None:
    facts = facts_of(
        "星辰集團公布第三季業績。分部表現方面，佔集團總收入40.6%的智能手錶業務，上季收入45.9億元；"
        "佔總收入24.4%的 家居與生活產品，上季收入27.5億元，增5.5%。\n",
        "zh-Hant",
    )
    watch = one(facts, value=40.6)
    assert (watch.subject, watch.metric) == ("智能手表业务", "share of revenue")
    home = one(facts, value=24.4)
    assert (home.subject, home.metric) == ("家居与生活产品", "share of revenue")
    assert one(facts, value=2_750_000_000).subject == "家居与生活产品"


def test_a_clause_after_a_semicolon_keeps_the_segment_before_it() -> None:
    facts = facts_of(
        "星辰集团公布第三季度业绩。集团又透露，无人机及机器人等创新业务分部首次实现经营盈利，经营收益为7.1亿元；"
        "单季收入则达29.3亿元，创历史新高。\n"
    )
    assert one(facts, value=2_930_000_000).subject == "无人机及机器人等创新业务"


def test_this_segment_points_at_the_line_named_as_a_segment() -> None:
    facts = facts_of(
        "星辰集团公布第三季度业绩。\n"
        "- 无人机及机器人等创新业务分部收入29.3亿元，同比增长99.2%\n"
        "- 无人机收入28.3亿元，同比增长97.9%\n"
        "- 该分部收入占总收入比重升至25.6%\n"
        "财报亮点之一是智能家居业务的突破性进展。该板块当季收入达12.4亿元。\n"
    )
    assert one(facts, value=25.6).subject == "无人机及机器人等创新业务"
    assert one(facts, value=1_240_000_000).subject == "智能家居业务"


# --- forecasts, effects and thresholds -----------------------------------------------------


def test_a_forecast_s_semicolons_enumerate_it_and_period_words_are_no_subject() -> None:
    facts = facts_of(
        "晶宇科技公布2025年第三季度財報。\n"
        "董事長預期，第4季整體營收將介於142億至150億元，較第3季持平至成長6%；毛利率約44.5%至47.5%。"
        "若以中間值計算，2025年營收可望超越19億美元。\n",
        "zh-Hant",
    )
    revenue = one(facts, value=14_200_000_000)
    # (the headline opens on the firm's name: the story's company)
    assert (revenue.subject, revenue.metric, revenue.period) == ("晶宇科技", "revenue guidance", "2025Q4")
    margin = one(facts, value=44.5)
    assert (margin.metric, margin.period) == ("gross margin guidance", "2025Q4")
    assert one(facts, value=1_900_000_000).qualifier == "over"


def test_an_effect_on_a_figure_and_a_threshold_passed_are_not_facts() -> None:
    facts = facts_of(
        "晶宇科技公布2025年第三季度财报。\n"
        "第三季毛利率较前季减少，主要因前季毛利率包含一次性项目带来的1.9个百分点正面影响。"
        "公司当季营业收入131.2亿元，连续四个季度营收突破百亿元大关。\n"
    )
    assert not [f for f in facts if f.value in (1.9, 10_000_000_000)]
    assert all(f.subject != "前季" for f in facts)


def test_beating_the_market_s_expectation_is_no_forecast() -> None:
    facts = facts_of(
        "星辰控股公布2025年第三季業績。\n"
        "非國際財務報告準則純利70.5億元，按年增長18%，勝市場預期；非國際財務報告準則每股基本盈利為7.769元。\n",
        "zh-Hant",
    )
    assert not one(facts, value=7.769).metric.endswith("guidance")


# --- metric scope --------------------------------------------------------------------------


def test_an_adjusted_loss_is_the_adjusted_net_income_and_a_line_s_loss_its_operating_result() -> None:
    facts = facts_of(
        "星辰集团公布2025年第三季度业绩。\n"
        "星辰集团上季经调整转蚀16.2亿\n"
        "本地零售大蚀14.1亿\n"
        "期内本地零售分部收入67.4亿元，并录得经营亏损达14.1亿元，去年同期经营溢利为14.6亿元。\n"
        "新业务多蚀4%\n"
    )
    group = one(facts, value=-1_620_000_000)
    assert group.metric == "non-GAAP net income"
    headline = [f for f in facts if f.value == -1_410_000_000 and f.paragraph == 3]
    assert [(f.subject, f.metric) for f in headline] == [("本地零售", "operating income")]
    before = one(facts, value=1_460_000_000)
    assert (before.metric, before.period, before.basis) == ("operating income", "2024Q3", "prior")
    assert one(facts, value=4).metric == "operating loss"


def test_payments_beside_capex_are_what_they_pay_for() -> None:
    facts = facts_of(
        "星辰控股公布2025年第三季業績。\n"
        "第三季，公司自由現金流為58.5億元，部分被資本開支付款20.1億元、媒體內容付款4.9億元及租賃負債付款1.9億元所抵銷。\n",
        "zh-Hant",
    )
    assert one(facts, value=490_000_000).metric == "media content payments"
    assert one(facts, value=190_000_000).metric == "lease payments"


def test_a_share_of_revenue_after_an_expense_is_its_ratio() -> None:
    facts = facts_of(
        "晶宇科技公布2025年第四季財報。\n第四季合併營業費用達47.4億元，其中研發費用高達39.2億元，占營收比重達26.1%。\n",
        "zh-Hant",
    )
    assert one(facts, value=26.1).metric == "R&D expense ratio"


def test_a_constant_currency_figure_in_brackets_is_not_the_figure_before_it() -> None:
    facts = facts_of(
        "星辰控股公布2025年第三季業績。\n國際市場遊戲收入為20.8億元，增長43%（按固定匯率計算為42%），主要得益於新遊戲。\n",
        "zh-Hant",
    )
    assert one(facts, value=43).metric == "revenue"


def test_earning_more_with_adjusted_is_adjusted_net_income() -> None:
    facts = facts_of("星辰控股第三季經調整多賺18% 總收入192.9億元人幣\n星辰控股公布第三季業績。\n", "zh-Hant")
    assert one(facts, value=18).metric == "non-GAAP net income"


def test_a_base_in_a_year_on_year_story_is_a_year_earlier() -> None:
    facts = facts_of(
        "星辰集团公布2025年第三季度业绩。收入同比增长12%，毛利同比增长10%。\n"
        "- 智能手表平均售价由每部1102.2元下降3.6%至每部1062.8元\n"
    )
    base = one(facts, value=1102.2)
    assert (base.period, base.basis) == ("2024Q3", "prior")


def test_a_count_of_things_is_no_business_line_and_a_weak_word_repeats_the_metric() -> None:
    facts = facts_of(
        "星辰集团公布2025年第三季度业绩。\n"
        "- 拥有五件及以上连接至AIoT平台的用户数达2160万，同比增长26.1%\n"
        "星辰集团持续加大研发投入。前三季度累计投入达235亿元。\n"
    )
    assert one(facts, value=21_600_000).subject == "星辰集团"  # the company its headline opens on
    assert one(facts, value=23_500_000_000).metric == "R&D expense"


def test_the_company_s_own_name_opens_no_business_line() -> None:
    facts = facts_of("小米集团公布2025年第三季度业绩。小米表示业务稳健。\n全球化布局方面，小米智能手表出货量达433万台。\n")
    assert one(facts, value=4_330_000).subject == "智能手表"
    assert one(facts, value=4_330_000).subject == "智能手表"


def test_a_share_price_moved_from_is_a_price_of_its_day_not_a_year_earlier() -> None:
    facts = facts_of(
        "星辰集团公布2024年第四季度业绩，收入同比增长8%，利润同比增长5%。\n"
        "1月24日以来，星辰集团股价经历了一轮上涨。股价从当日开盘价86.71美元，上涨至1月30日的103美元。\n"
    )
    assert one(facts, value=86.71).period == "2025Q1"
    assert one(facts, value=86.71).period == "2025Q1"


def test_hong_kong_growth_words_continue_the_figure_before_them() -> None:
    facts = facts_of(
        "星辰控股公布2025年第三季業績。\n"
        "公司純利63.1億元，按年升19%、按季增13%；非國際財務報告準則純利70.5億元，按年增長18%、按季升12%。"
        "收入按年增14%至557.4億元。\n",
        "zh-Hant",
    )
    got = {f.value: (f.metric, f.change) for f in facts if f.unit == "%"}
    assert got == {
        19: ("net income", "yoy"),
        13: ("net income", "qoq"),
        18: ("non-GAAP net income", "yoy"),
        12: ("non-GAAP net income", "qoq"),
        14: ("revenue", "yoy"),
    }


def test_next_quarter_said_short_is_the_quarter_after_and_no_business_line() -> None:
    facts = facts_of(
        "星辰控股公布2025年第三季業績。\n管理層預期下季收入按季增長5%至200億元；下一季毛利率約40%。\n", "zh-Hant"
    )
    revenue = one(facts, value=20_000_000_000)
    # (the headline opens on a firm-form name, so the document's company is named)
    assert (revenue.subject, revenue.metric, revenue.period) == ("星辰控股", "revenue guidance", "2025Q4")
    assert one(facts, value=40).period == "2025Q4"


def test_a_figure_restated_for_the_year_ago_period_keeps_the_metric_before_it() -> None:
    facts = facts_of(
        "星辰集团公布2025年第三季度业绩。\n"
        "该板块经调整EBITA亏损为9.8亿元，去年同期亏损为21.5亿元。"
        "本季度自由现金流为净流出42亿元，去年同期为净流入156亿元。\n"
    )
    ebita = one(facts, value=-2_150_000_000)
    assert (ebita.metric, ebita.period, ebita.basis) == ("adjusted EBITA", "2024Q3", "prior")
    flow = one(facts, value=15_600_000_000)
    assert (flow.subject, flow.metric, flow.period, flow.basis) == ("星辰集团", "free cash flow", "2024Q3", "prior")


def test_parallel_lines_and_places_that_are_no_companies() -> None:
    facts = facts_of(
        "星辰控股(HKEX:7788)公布第三季業績，於港交所上市。\n本土市場遊戲收入增15% 國際市場增43%\n"
        "收入成長和利潤改善，收入為12.3億元。\n",
        "zh-Hant",
    )
    assert one(facts, value=43).subject == "国际市场"
    assert one(facts, value=1_230_000_000).subject == "星辰控股"


# --- page furniture ------------------------------------------------------------------------


def test_a_news_page_s_related_links_are_furniture_not_facts() -> None:
    from finbrief.api import parse_bytes

    page = (
        "星辰集团第三季收入增长12%\n\n2025-11-13\n\n"
        "星辰集团(NYSE:NVSK)公布2025年第三季度业绩，收入为120.5亿元，同比增长12%。\n\n"
        "相关报道称，星辰集团云业务收入同比增长30%。\n\n"
        "相关新闻：\n字节跳动第三季广告收入增长25%至300亿元\n腾讯第三季净利润同比增长19%\n"
    )
    doc = parse_bytes(page.encode("utf-8"), "news.txt")
    roles = {p.text: p.role for p in doc.paragraphs}
    assert roles["腾讯第三季净利润同比增长19%"] == "boilerplate"
    assert roles["相关报道称，星辰集团云业务收入同比增长30%。"] != "boilerplate"
    assert sorted(f.value for f in run(doc)) == [12.0, 12.0, 30.0, 12_050_000_000.0]


# --- industry roundups ---------------------------------------------------------------------


def test_a_roundup_s_its_is_the_firm_the_sentence_before_names() -> None:
    """"…青禾乳业净利润下滑明显。前三季度，其营业收入…": 其 is that firm, whose name ends in a kind of firm."""
    facts = facts_of(
        "截至10月底，18家上市乳企三季报披露完毕，行业整体承压。\n"
        "“低温奶第一股”青禾乳业净利润下滑较为明显。前三季度，其营业收入15.2亿元，同比下滑11.3%。\n"
        "同样承压的还有“国内乳业四强”之一的北原集团。报告期内，其营收微降1.2%至120.5亿元。\n"
    )
    assert one(facts, value=1_520_000_000).subject == "青禾乳业"
    assert one(facts, value=-11.3).subject == "青禾乳业"
    assert one(facts, value=12_050_000_000).subject == "北原集团"
    assert one(facts, value=-1.2).subject == "北原集团"


def test_a_firm_a_roundup_paragraph_opens_with_owns_its_later_figures() -> None:
    facts = facts_of(
        "2025-11-03\n"
        "主流新势力先后公布了各自的10月交付数据。\n"
        "星途汽车10月份共交付新车6055台，同比增长90%。前10个月累计交付41430台，同比上涨101.4%。\n"
        "北辰集团营收超越青禾乳业。前三季度营收增长8.2%。\n"
    )
    assert one(facts, value=41430).subject == "星途汽车"
    assert one(facts, value=101.4).subject == "星途汽车"
    assert one(facts, value=8.2).subject == "北辰集团"  # not the firm it is compared with
