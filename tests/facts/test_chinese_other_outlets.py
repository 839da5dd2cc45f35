"""Chinese results stories of the kinds other outlets write: interim and nine-month reports, quote-page
summaries, bulleted call notes and broker-style lists, as a reader of them understands the figures.

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


def test_an_interim_report_gives_its_figures_for_the_half_year() -> None:
    facts = facts_of(
        "星河饮品上半年多赚两成\n2025-08-20\n星河饮品（8123）公布中期业绩，纯利按年增20.5%至30.2亿元。\n"
        "期内，总收益达120.4亿元，按年增长10.1%。\n"
    )
    assert one(facts, value=12_040_000_000).period == "2025Q1-2025Q2"
    assert one(facts, value=3_020_000_000).metric == "net income"


def test_a_balance_in_a_nine_month_report_is_at_the_quarter_end() -> None:
    facts = facts_of(
        "远星银行前三季度净利润增长1.2%\n盈利能力 - 2025年前三季度实现净利润500.1亿元,同比增长1.2% [1]\n"
        "资产质量 - 不良贷款率1.25%,拨备覆盖率230.5% [2]\n"
    )
    assert one(facts, value=50_010_000_000).period == "2025Q1-2025Q3"
    assert one(facts, value=1.25).period == "2025Q3"
    assert one(facts, value=230.5).metric == "provision coverage ratio"


def test_quote_page_decimals_and_listed_items() -> None:
    d = build(
        "远星保险(集团)股份有限公司 股票代號:  08888\n業績表現:\n"
        " - 截至2025年3月止三個月,集團股東應佔溢利減少12﹒4%至170﹒16億元(人民幣;下同)。\n"
        " - 2024年度,集團股東應佔溢利上升7﹒8%至866﹒07億元。年內,業績概述如下:\n"
        "   (一)保險服務收入上升2﹒7%至3511﹒86億元;\n",
        "zh-Hant",
    )
    facts = run(d)
    assert one(facts, value=17_016_000_000).period == "2025Q1"
    assert one(facts, value=-12.4).metric == "net income attributable to shareholders"
    assert one(facts, value=351_186_000_000).period == "2024"
    assert not [f for f in facts if f.value == 8888]  # a listing code is no share count


def test_chinese_numeral_amounts_and_years() -> None:
    facts = facts_of(
        "远星制药集团有限公司\n截至二零二五年六月三十日止六个月的中期业绩公告\n"
        "• 收入约人民币七十四点三四亿元,较上年同期增长约百分之十四点三;\n"
    )
    f = one(facts, value=7_434_000_000)
    assert (f.metric, f.period, f.qualifier) == ("revenue", "2025Q1-2025Q2", "approx")


def test_bullets_do_not_carry_a_business_line_or_next_year() -> None:
    facts = facts_of(
        "星途汽车2025年第三季度业绩会纪要\n"
        "核心财务 - 汽车销售收入为92亿元,同比增长15% [7] - 第三季度净亏损14.8亿元,同比收窄31.2% [13]\n"
        "展望 - 公司有信心明年实现全年盈利 [2] - 第四季度车辆交付指引为6万至6.5万台 [17]\n"
    )
    loss = one(facts, value=-1_480_000_000)
    assert loss.subject != "汽车"
    assert one(facts, value=60_000).period == "2025Q4"


def test_a_count_of_banks_and_a_month_are_no_subjects() -> None:
    facts = facts_of(
        "9家股份行三季报透视\n2025-11-04\n整体 - 9家股份制银行中,5家银行净利润同比下降 [1]\n"
        "吉星汽车 - 前10月累计销量为178.8万辆,同比增长21.8% [1]\n"
    )
    assert not [f for f in facts if f.value in (9, 5)]
    f = one(facts, value=1_788_000)
    assert f.period == "2025-01-2025-10" and not f.subject.startswith("月")


def test_listing_code_after_a_chinese_name_names_the_company() -> None:
    d = build("長和（0001）公布中期業績，基本溢利按年增加11%至113.21億元。\n", "zh-Hant")
    assert identify(d).currency == "HKD"


def test_each_firm_of_a_comparison_keeps_its_own_figures() -> None:
    facts = facts_of(
        "5家股份行三季报透视\n2025-11-04\n"
        "整体 - 营收规模前两名为远星银行(2514.20亿元)、近海银行(1612.34亿元) [2] - "
        "东岳银行净利润同比大增10.21%为增长最亮眼 [3]\n"
    )
    assert one(facts, value=251_420_000_000).subject == "远星银行"
    assert one(facts, value=161_234_000_000).subject == "近海银行"
    assert one(facts, value=10.21).subject == "东岳银行"


def test_a_period_compared_with_is_no_period_of_the_figure() -> None:
    facts = facts_of(
        "远星保险2024年度业绩\n- 2024年度,集团溢利上升7.8%至866.07亿元。年内,业绩概述如下:\n"
        "(二)银行业务:净息差由去年之2.38%收窄至1.87%。不良贷款率为1.06%,与去年相若;\n"
    )
    assert one(facts, value=1.87).period == "2024"
    assert one(facts, value=2.38).period == "2023"


def test_a_change_since_the_year_end_is_the_year_to_dates_and_the_level_is_the_quarters() -> None:
    facts = facts_of(
        "远星银行前三季度业绩\n2025-10-30\n资产质量 - 2025年前三季度,不良贷款率较上年末下降0.07个百分点至1.29%,"
        "总资产9000.5亿元,较上年末增长8.18% [1]\n"
    )
    assert one(facts, value=1.29).period == "2025Q3"
    assert one(facts, value=-0.07).change == "ytd"
    assert one(facts, value=8.18).change == "ytd"


def test_a_change_continuing_one_since_the_year_end_is_since_the_year_end_too() -> None:
    facts = facts_of(
        "远星银行前三季度业绩\n2025-10-30\n资产质量 - 不良贷款余额88.5亿元,较上年末增加3.2亿元,不良贷款率1.31%,"
        "下降0.02个百分点;净利润同比增长4.5%,净息差1.60%,下降0.05个百分点 [1]\n"
    )
    assert one(facts, value=1.31).period == "2025Q3"
    assert one(facts, value=-0.02).change == "ytd"
    assert one(facts, value=-0.05).change == "yoy"
    assert one(facts, value=4.5).change == "yoy"


def test_a_subsidiary_named_in_its_clause_keeps_its_figures_from_the_parent() -> None:
    facts = facts_of(
        "远星集团前三季业绩\n2025-10-30\n远星集团（8999）公布首三季业绩，净利润按年增长5%至100.5亿元。\n"
        "期内，远星产险实现原保险保费收入256.47亿元，按年增长7.1%。至于银行业务，远星银行实现营业收入106.68亿元，"
        "按年下降9.8%；实现净利润下跌3.5%至38.3亿元。截至2025年9月末，远星银行核心一级资本充足率9.52%。\n"
    )
    assert one(facts, value=25_647_000_000).subject == "远星产险"
    assert one(facts, value=25_647_000_000).metric == "written premium"
    assert one(facts, value=3_830_000_000).subject == "远星银行"
    assert one(facts, value=9.52).subject == "远星银行"
    assert one(facts, value=10_050_000_000).subject == "远星集团"


def test_a_product_line_before_its_verb_is_the_subject_of_the_metric_after() -> None:
    facts = facts_of(
        "星河酒业三季报\n2025-10-29\n星河酒业（600999）公布三季报，营业收入同比增长5.1%。\n"
        "经计算,第三季度,窖藏酒实现营收34.92亿元,同比增长约7.3%。第三季度,系列酒实现营收4.12亿元。\n"
    )
    assert one(facts, value=3_492_000_000).subject == "窖藏酒"
    assert one(facts, value=412_000_000).subject == "系列酒"


def test_new_loans_are_an_amount_lent_not_a_change() -> None:
    facts = facts_of(
        "远星银行前三季度业绩\n2025-10-30\n远星银行(03999.HK)公布首三季业绩。前三季度新增贷款1,520.50亿元,"
        "净利润按年增长3.1%。\n"
    )
    f = one(facts, value=152_050_000_000)
    assert (f.metric, f.change) == ("new loans", None)


def test_a_result_that_reaches_the_guidance_is_no_guidance() -> None:
    facts = facts_of(
        "星晶科技第3季財報\n2025-10-31\n星晶科技（2999）31日公布第3季財報，毛利率下探至45.1%，達財測下緣區間，"
        "單季稅後純益120.5億元，季減8.2%。\n",
        "zh-Hant",
    )
    f = one(facts, value=12_050_000_000)
    assert (f.metric, f.period) == ("net income", "2025Q3")


def test_names_listed_before_respectively_take_their_figures_in_order() -> None:
    facts = facts_of(
        "险企中报综述\n2018年09月03日\n上半年,甲保、乙寿、丙险NBV同比增速分别为0.2%、-17.5%和-8.9%。"
        "其中三季度销量同比、环比分别增长超31%和14%。\n"
    )
    assert [one(facts, value=v).subject for v in (0.2, -17.5, -8.9)] == ["甲保", "乙寿", "丙险"]
    assert one(facts, value=14).subject not in ("同比", "环比")


def test_a_monthly_report_keeps_its_month_down_its_list() -> None:
    facts = facts_of(
        "11月星途汽车销量解读\n新能源业务 - 11月新能源车销量18.8万辆,同比增长53.4% [1] - 新能源销量占比达到60.5% [1]\n"
    )
    assert one(facts, value=60.5).period == one(facts, value=188_000).period


def test_a_forecast_by_the_market_or_a_broker_is_no_fact_of_the_company() -> None:
    facts = facts_of(
        "星河科技第三季业绩胜预期\n2025-11-14\n"
        "星河科技（8123）公布第三季业绩，收入按年增长12%至300.5亿元，胜于市场预期的290亿元。\n"
        "中信里昂亦预计星河科技第四季业绩稳健，经调整利润料按年增长15%至80亿元。按业务划分，游戏收入按年增长18.4%至61亿元。\n"
    )
    assert one(facts, value=30_050_000_000).metric == "revenue"
    assert not [f for f in facts if f.value in (29_000_000_000, 8_000_000_000, 6_100_000_000, 18.4)]


def test_a_results_preview_reports_no_figures_of_the_coming_period() -> None:
    facts = facts_of(
        "星河外卖周五放榜\n2025-11-26\n"
        "星河外卖（3690）将于本周五公布截至今年9月底止第3季业绩。市场平均预料星河外卖上季营收为974.7亿元，按年增加4.2%。\n"
        "券商料其核心业务在第4季经营亏损将收窄至160亿元。\n"
    )
    assert not [f for f in facts if f.unit != "count"]


def test_a_year_that_dates_a_record_does_not_date_the_story() -> None:
    facts = facts_of(
        "远星电子第3季毛利率46.5% 17季低点\n2025-10-31\n"
        "远星电子第3季毛利率为46.5%，写下2021年第2季来低点。\n"
        "远星酒业前三季度营收1284.54亿元,同比增长6.36%,创下近十年来新低(除2014年行业低谷外)。第三季度单季营收390.64亿元。\n"
    )
    assert {f.period for f in facts if f.value == 46.5} == {"2025Q3"}
    assert one(facts, value=39_064_000_000).period == "2025Q3"


def test_a_third_quarter_report_of_several_banks_gives_nine_months() -> None:
    facts = facts_of(
        "5家城商行三季报透视\n2025-11-04\n"
        "整体业绩概览 - 营收规模前两名为远星银行(2514.20亿元)、星河银行(1612.34亿元) [2]\n"
    )
    assert one(facts, value=251_420_000_000).period == "2025Q1-2025Q3"


def test_a_groups_total_belongs_to_the_industry() -> None:
    facts = facts_of(
        "13家金控10月获利出炉 2025-11-11\n"
        "13 家金控 10 月自结税后纯益合计 737.56 亿元，月增 6.87%。远星金（2887-TW）单月税后纯益 194.4 亿元。\n"
    )
    total = one(facts, value=73_756_000_000)
    assert (total.subject, total.unit) == ("industry", "TWD")
    assert one(facts, value=19_440_000_000).subject != "industry"


def test_a_ratio_named_with_bi_is_a_level_not_a_comparison() -> None:
    facts = facts_of("远星银行(03999.HK)公布首三季业绩。至于营业费用1,727.02亿元,按年增长10.13%。成本收入比26.8%。\n")
    f = one(facts, value=26.8)
    assert (f.metric, f.basis) == ("efficiency ratio", None)


def test_a_share_of_some_revenue_is_the_earlier_lines_share() -> None:
    facts = facts_of(
        "远星通信（00999）公布中期业绩。期内数字化转型收入达1326亿元,同比增长19.6%,占通信服务收入比提升至29.3%。\n"
        "远星饮品（9999）公布中期业绩。包装饮用水产品收益按年增长10.7%至94.43亿元，占总收益36.9%。\n"
        "远星保险中国业务的新业务价值为7.4亿美元。\n"
    )
    share = one(facts, value=29.3)
    assert (share.subject, share.metric) == ("数字化转型", "share of revenue")
    assert one(facts, value=36.9).subject == "包装饮用水"
    assert one(facts, value=9_443_000_000).metric == "revenue"
    assert "中国" in one(facts, value=740_000_000).subject


def test_a_respectively_list_takes_names_the_lexicon_does_not_know() -> None:
    facts = facts_of(
        "远星地产（0999）公布中期业绩。从区域销售情况来看,北区和东区是远星地产的主要业绩贡献地,销售金额分别为240.5亿元和156.45亿元。\n"
    )
    assert one(facts, value=24_050_000_000).subject == "北区"
    assert one(facts, value=15_645_000_000).subject == "东区"
