"""Chinese digests and notes: a firm's name heading a bulleted list is the subject of its items, a
framing word before a period names no firm, a broker's forecasts are not the company's, an amount
written in four digits is no year, and some metric words Chinese pages use.

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


_DIGEST = (
    "华岚证券晨会纪要-20250904\n"
    "核心观点\n"
    "- 多家公司2025年上半年业绩表现分化 部分企业扭亏为盈[4]\n"
    "晨曦集团\n"
    "- 2025年H1总营收812.5亿元同比+6.1% 归母净利润21.3亿元同比+12.4%[4]\n"
    "北辰科创\n"
    "- 2025年H1营收18.42亿元同比+27.5% 公司归母净利润1.06亿元同比-8.3%[9]\n"
    "医药行业\n"
    "- 2025年H1行业收入合计3200亿元同比+3.1%[12]\n"
)


def test_a_firm_heading_over_bullets_is_their_subject() -> None:
    facts = facts_of(_DIGEST)
    assert one(facts, value=81_250_000_000).subject == "晨曦集团"
    assert one(facts, value=2_130_000_000).subject == "晨曦集团"
    assert one(facts, value=1_842_000_000).subject == "北辰科创"
    assert one(facts, value=106_000_000).subject == "北辰科创"  # "公司" under the heading is that firm


def test_a_section_label_heading_ends_the_firm_heading() -> None:
    facts = facts_of(_DIGEST)
    assert all(f.subject != "北辰科创" for f in facts if f.value == 320_000_000_000)


def test_a_framing_word_before_a_period_names_no_firm() -> None:
    text = (
        "金鼎航运(00821)公布首三季度业绩,归属股东净利润12.4億元,按年下滑6.2%。"
        "至於第三季度,歸母淨利潤4.3億元,按年下降11.5%。\n"
    )
    facts = facts_of(text, "zh-Hant")
    assert one(facts, value=430_000_000).subject != "至于"


def test_a_particle_after_a_firm_is_no_part_of_its_name() -> None:
    facts = facts_of(
        "2024年公司营业收入156亿元,云岭物流在第四季度并表贡献归母净利润约2.6亿元。\n"
    )
    assert one(facts, value=260_000_000).subject == "云岭物流"


_NOTE = (
    "岳川电子(603377):中报业绩稳健,海外业务持续开拓\n"
    "投资评级\n"
    "- 维持“买入”评级 [6]\n"
    "财务表现\n"
    "- 2025年上半年实现收入14.2亿元 同比增长11% 归母净利润2.1亿元 同比增长9%\n"
    "- 2026年预测营业总收入3310百万元 同比增长19.4% 归母净利润512百万元 同比增长21.2%\n"
    "- **盈利预测**:预计公司2025年归母净利润可达4.35亿元,对应市盈率约为26倍\n"
)


def test_forecasts_in_a_brokers_note_are_not_the_companys() -> None:
    facts = facts_of(_NOTE)
    assert one(facts, value=1_420_000_000).period == "2025Q1-2025Q2"
    for value in (3_310_000_000, 19.4, 512_000_000, 21.2, 435_000_000):
        assert not [f for f in facts if f.value == value], value


def test_an_amount_in_four_digits_is_no_year() -> None:
    facts = facts_of(
        "2021年公司营业收入2072亿元,同比增长34.5%;嘉岭物流在第四季度并表贡献归母净利润约3.7亿元。\n"
    )
    assert one(facts, value=34.5).period == "2021"
    assert one(facts, value=370_000_000).period == "2021Q4"


def test_metric_words_of_chinese_results_pages() -> None:
    facts = facts_of(
        "2025年前三季度经营活动净现金流为4.28亿元,同比下降25.4%。"
        "2025年前三季度实现业务量98.5亿票,同比增长21.7%。\n"
        "截至2025年6月30日止六个月,本集团的纯利为人民币96百万元及本集团的纯利率为14.2%。\n"
    )
    assert one(facts, value=428_000_000).metric == "operating cash flow"
    assert one(facts, value=21.7).metric == "shipments"
    assert one(facts, value=14.2).metric == "net margin"


def test_profit_of_the_parents_holders_and_non_hkfrs_adjusted_profit() -> None:
    facts = facts_of(
        "《經濟通通訊社31日專訊》遠峰製藥(01488)公布,第三季度經調整非《香港財務報告準則》歸母淨利潤約5億元,"
        "較去年同期增長約41%,歸屬於母公司持有者盈利約9﹒2億元,較去年同期增長約36%。\n",
        "zh-Hant",
    )
    assert one(facts, value=500_000_000).metric == "non-GAAP net income"
    assert one(facts, value=920_000_000).metric == "net income attributable to shareholders"


def test_a_respective_list_of_a_rate_and_points_pairs_with_its_metrics() -> None:
    facts = facts_of(
        "截至2025年6月30日止六个月,本集团的毛利为人民币212百万元及本集团的毛利率为31.8%,"
        "较去年同期分别增长18.4%及4.6个百分点。\n"
    )
    growth = one(facts, value=18.4)
    assert (growth.metric, growth.change, growth.period) == ("gross profit", "yoy", "2025Q1-2025Q2")
    points = one(facts, value=4.6)
    assert (points.metric, points.unit, points.change, points.period) == ("gross margin", "pp", "yoy", "2025Q1-2025Q2")


def test_a_marker_after_a_figure_that_opens_the_next_ones_comparison() -> None:
    facts = facts_of(
        "- 2025年上半年Q2实现收入7.4亿元 同比增长9% 环比增长3% 归母净利润1.1亿元 同比下降4% 环比下降12%\n"
    )
    assert one(facts, value=9).change == "yoy"
    assert one(facts, value=3).change == "qoq"
    assert one(facts, value=-4).change == "yoy"
    assert one(facts, value=-12).change == "qoq"


def test_the_label_of_a_list_item_does_not_push_its_period_out_of_reach() -> None:
    facts = facts_of(
        "柏川电气(603418):收入盈利增速提升\n"
        "- **盈利能力**:2025年前三季度毛利率为28.64%,同比下降1.72个百分点;2025年第三季度单季毛利率为29.15%,同比下降0.84个百分点\n"
        "- **现金流**:2025年前三季度经营活动净现金流为3.16亿元,同比下降18.2%;其中第三季度单季经营净现金流为1.2亿元,同比下降6.5%\n"
    )
    assert one(facts, value=-1.72).period == "2025Q1-2025Q3"
    assert one(facts, value=-18.2).period == "2025Q1-2025Q3"
    assert one(facts, value=-0.84).period == "2025Q3"


def test_a_change_after_but_continues_the_metric_before() -> None:
    facts = facts_of("2025年第三季度单季毛利率为27.35%,同比下降1.12个百分点,但环比上升0.94个百分点。\n")
    points = one(facts, value=0.94)
    assert (points.metric, points.change, points.period) == ("gross margin", "qoq", "2025Q3")


_TW_MARKET = (
    "2025-11-15\n"
    "上市櫃公司第3季營運在AI需求帶動下，寫下單季獲利1.05兆元歷史新高。\n"
    "星辰投顧董事長林一鳴表示，預估第4季科技股獲利將維持高檔、季減幅度在4%以內。\n"
    "統計上市櫃公司第3季財報，加上長泰金（2899）等11家金控自結獲利，第3季獲利合計1.05兆元，季增31.2%、年增9.8%。\n"
    "單季獲利最高的是晶川科技（2391）3,812億元，其它賺逾一個股本的還有群鋒、華遠、晶川科技等27家。\n"
)


def test_profit_of_all_listed_companies_is_a_market_statistic() -> None:
    facts = facts_of(_TW_MARKET, "zh-Hant")
    assert not [f for f in facts if f.value in (1_050_000_000_000, 31.2, 9.8)]  # the whole market's totals
    assert one(facts, value=381_200_000_000).subject != "industry"


def test_a_ranked_firms_taiwanese_profit_is_its_net_income_and_counts_of_firms() -> None:
    facts = facts_of(_TW_MARKET, "zh-Hant")
    ranked = one(facts, value=381_200_000_000)
    assert (ranked.subject, ranked.metric, ranked.unit) == ("晶川科技", "net income", "TWD")
    assert not [f for f in facts if f.value == 27]  # "等27家": how many firms, no share count


def test_an_advisory_firms_forecast_is_not_a_fact() -> None:
    facts = facts_of(_TW_MARKET, "zh-Hant")
    assert not [f for f in facts if abs(f.value) == 4]


def test_contract_liabilities_and_earnings_per_share_in_taiwanese_words() -> None:
    facts = facts_of("2025年第三季度末存货达18.45亿元,同比增长12.1%;合同负债达11.37亿元,同比下降2.4%。\n")
    assert one(facts, value=1_137_000_000).metric == "contract liabilities"
    facts = facts_of("2025-11-12\n長川科技第三季稅後獲利12.8億元，每股獲利5.12元。\n", "zh-Hant")
    assert one(facts, value=5.12).metric == "EPS"


_SLASH = "青禾科技2025年前三季度销售/管理/研发费用率分别为4.6%/6.9%/8.7%,同比分别-0.5/+0.2/-0.9pct。\n"


def test_slash_joined_metric_heads_share_their_tail() -> None:
    facts = facts_of(_SLASH)
    assert [(f.metric, f.period) for f in sorted(facts, key=lambda f: f.start) if f.unit == "%"] == [
        ("selling expense ratio", "2025Q1-2025Q3"),
        ("G&A expense ratio", "2025Q1-2025Q3"),
        ("R&D expense ratio", "2025Q1-2025Q3"),
    ]


def test_a_slash_list_of_changes_writes_its_unit_once() -> None:
    facts = facts_of(_SLASH)
    points = sorted((f for f in facts if f.unit == "pp"), key=lambda f: f.start)
    assert [(f.metric, f.value, f.change) for f in points] == [
        ("selling expense ratio", -0.5, "yoy"),
        ("G&A expense ratio", 0.2, "yoy"),
        ("R&D expense ratio", -0.9, "yoy"),
    ]


def test_a_month_over_month_change_is_neither_yoy_nor_qoq() -> None:
    facts = facts_of("2025-11-12\n鼎泰電子自結10月營收新台幣38.4億元，月減2.7%，年增11.6%。\n", "zh-Hant")
    assert one(facts, value=-2.7).change is None
    assert one(facts, value=11.6).change == "yoy"
    facts = facts_of("2025-11-12\n鼎泰電子自結10月營收新台幣38.4億元，月增2.7%、年增11.6%。\n", "zh-Hant")
    assert one(facts, value=11.6).change == "yoy"


def test_a_unit_label_scales_the_bare_amounts_after_it() -> None:
    facts = facts_of("2025年上半年，公司实现营业收入(千元)为2,345,678，同比增长9.4%。\n")
    assert not [f for f in facts if f.value == 1000]  # "(千元)" is a unit, no 1,000 yuan
    assert one(facts, value=2_345_678_000).metric == "revenue"
    facts = facts_of("2025年上半年，归母净利润(人民币百万元)：1,234，同比增长6%。\n")
    got = one(facts, value=1_234_000_000)
    assert (got.metric, got.unit) == ("net income attributable to shareholders", "CNY")


def test_a_shareholder_returns_heading_is_no_firm() -> None:
    facts = facts_of(
        "财务表现\n"
        "- 收入同比增长4.12%至15.26亿港元 [1]\n"
        "股东回报\n"
        "- 拟派发中期股息每股9港仙 [1]\n"
    )
    assert one(facts, value=0.09).subject != "股东回报"
