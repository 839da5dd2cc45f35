"""Chinese morning digests, bank digests, sector reviews and Taiwan financial-group stories: a section or
headline names the firm or sector of its figures, slash-joined names take their slash-joined figures in
order, a year in a bracket or a growth target's span sets no period, a broker's multi-year forecast is
the broker's.

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


def test_a_digest_section_headed_by_a_firm_gives_it_its_figures_and_a_topic_heading_names_none() -> None:
    facts = facts_of(
        "某某证券晨会纪要-20250904\n\n"
        "核心观点 - 多家公司上半年业绩表现分化\n\n"
        "云岭科创 - 2025年H1归母净利润5.09亿元同比-19.26% 游戏收入20.28亿元同比-16.41%[11]\n\n"
        "财务表现 - 2025年H1营收17.26亿元同比+54.24%[23]\n"
    )
    assert one(facts, value=509_000_000).subject == "云岭科创"
    assert one(facts, value=-19.26).subject == "云岭科创"
    assert one(facts, value=1_726_000_000).subject != "财务表现"


def test_a_broker_item_opening_on_a_firm_and_its_half_year_names_that_firm() -> None:
    facts = facts_of("某某国际每日晨报\n\n半导体设备行业 - 北辰微电1H25收入161.4亿元 同比增长29.5%\n")
    assert one(facts, value=16_140_000_000).subject == "北辰微电"


def test_a_headline_opening_on_a_bank_names_the_document_s_company() -> None:
    facts = facts_of(
        "江海银行前三季度股东应享税后利润176.6亿元 同比增长1.08%\n\n"
        "盈利能力 - 2025年前三季度营业收入达492.15亿元,增长2.72% [1]\n"
    )
    profit = one(facts, value=17_660_000_000)
    assert (profit.subject, profit.metric, profit.period) == ("江海银行", "net income", "2025Q1-2025Q3")
    assert one(facts, value=49_215_000_000).subject == "江海银行"


def test_a_sector_heading_and_slash_joined_tiers_take_their_own_figures() -> None:
    facts = facts_of(
        "饮品行业2025三季报总结\n\n"
        "果酒:持续出清。2025 年果酒单三季度实现营收86.9 亿元、同比-18.4%(2013Q4净利达到最大降幅30.7%);"
        "前三季度累计收入320.1 亿元、同比-5.8%。分价格带看,2025Q3 高端果酒/大众果酒营收54.6/11.8 亿元、"
        "同比-15.0%/-13.3%。\n"
    )
    assert one(facts, value=8_690_000_000).subject == "果酒"
    total = one(facts, value=32_010_000_000)
    assert (total.subject, total.period) == ("果酒", "2025Q1-2025Q3")  # not the bracket's 2013
    assert one(facts, value=5_460_000_000).subject == "高端果酒"
    assert one(facts, value=1_180_000_000).subject == "大众果酒"
    assert one(facts, value=-15.0).subject == "高端果酒"
    assert one(facts, value=-13.3).subject == "大众果酒"


def test_a_growth_target_span_sets_no_year_for_the_half_year_after_it() -> None:
    facts = facts_of(
        "星岚保险(09999.HK)发布公告,2025年上半年,新业务价值上升14%至28.38亿美元。\n\n"
        "每股税后营运溢利自2023年至2026年的复合年均增长率目标为9%至11%,实现目标进展顺利。上半年中期股息增加10%至每股49.00港仙。\n"
    )
    dividend = one(facts, value=0.49)
    assert (dividend.metric, dividend.unit, dividend.period) == ("dividend", "HKD", "2025Q1-2025Q2")


def test_a_broker_s_forecast_over_a_span_of_years_is_not_the_company_s() -> None:
    facts = facts_of(
        "星海家电(06999):内销增长,25Q1净利YOY+15%\n某某证券· 2025-05-07\n\n"
        "报告公司投资评级 - 维持买进投资建议 [5] - 公司25Q1营收791.2亿元,YOY+10.0% [5] "
        "- 预计公司2025 - 2027年净利润分别为216.6亿元、237.3亿元、262.9亿元,EPS分别为2.3元、2.5元、2.8元 [5]\n"
    )
    assert one(facts, value=79_120_000_000).metric == "revenue"
    assert not [f for f in facts if f.value in (21_660_000_000, 23_730_000_000, 26_290_000_000, 2.3, 2.5, 2.8)]


def test_net_income_beside_a_net_profit_in_a_us_dollar_summary_is_net_revenue() -> None:
    facts = facts_of(
        "云雀社交(09899) - 2025 Q3 - 季度业绩\n\n"
        "收入和利润 - 净收入442.3百万美元,同比减少5%[5] - 净利润1.31亿美元,同比增长69.3%[18]\n"
    )
    assert one(facts, value=442_300_000).metric == "revenue"
    assert one(facts, value=131_000_000).metric == "net income"


def test_taiwan_financial_groups_named_by_code_or_by_what_they_earn() -> None:
    facts = facts_of(
        "公股金控前10月獲利出爐\n\n"
        "緊追在後的南山金（2899-TW） 表現亮眼，累計前 10 月獲利 224.33 億元，年增率高達 14.45%。\n\n"
        "累計前三季獲利方面，北岸金賺進 909.2 億元居冠。\n",
        "zh-Hant",
    )
    assert one(facts, value=22_433_000_000).subject == "南山金"
    assert one(facts, value=90_920_000_000).subject == "北岸金"
    assert one(facts, value=22_433_000_000).metric == "net income"  # a financial group's 獲利 is its net income


def test_a_story_of_many_listed_firms_has_no_ticker_of_its_own() -> None:
    facts = facts_of(
        "金控淨值創新高\n\n"
        "今日多頭給漲聲，北岸金（2991）、南山金（2992）、東灣金（2993）等更齊漲逾2%。\n\n"
        "13家金控前三季稅後純益達4,291億元。\n",
        "zh-Hant",
    )
    assert one(facts, value=429_100_000_000).subject != "2991"


def test_a_digest_section_headed_by_a_latin_name_gives_it_its_figures() -> None:
    facts = facts_of("某某证券晨会纪要\n\nEcho Media - 2025年H1总收入13.58亿元同比+46.9% 净利润0.68亿元实现扭亏[39]\n")
    assert one(facts, value=1_358_000_000).subject == "Echo Media"
    assert one(facts, value=46.9).subject == "Echo Media"


def test_a_bank_s_other_non_interest_income_is_its_own_line() -> None:
    facts = facts_of(
        "江海银行前三季度营业收入4921.15亿元\n\n"
        "收入结构 - 非利息收入1663.23亿元,增长16.22% [1] - 其他非利息收入1007.32亿元,增长22.23% [1]\n"
    )
    assert one(facts, value=166_323_000_000).metric == "non-interest income"
    assert one(facts, value=100_732_000_000).metric == "other net income"


def test_a_share_of_revenue_after_an_amount_in_the_same_clause_is_that_amount_s_ratio() -> None:
    facts = facts_of(
        "星河雷达(688999):军贸发力\n\n"
        "核心观点 - 研发投入保持强度 上半年研发费用4796.22万元(同比上升2.46%) 占营业收入比例9.24%[1]\n"
    )
    assert one(facts, value=9.24).metric == "R&D expense ratio"
    assert one(facts, value=47_962_200).metric == "R&D expense"


def test_a_count_of_joint_stock_banks_is_no_share_count() -> None:
    facts = facts_of("9家股份行三季报透视:5家不良率降\n\n整体业绩概览 - 9家A股上市股份制银行中,7家银行营业收入同比下降 [1]\n")
    assert not [f for f in facts if f.metric == "share count"]
