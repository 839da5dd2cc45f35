"""Chinese stories on documents outside the development set: currencies and report words that are no
business line, verbs that are no firm, causes that are no subject, Hong Kong periods written as "six
months ended", interim reports whose growth rates are year over year, and bank interest income.

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


def test_the_currency_a_revenue_is_stated_in_is_no_business_line() -> None:
    facts = facts_of(
        "晶澄半導體(6688)今(16)日召開法說會。\n"
        "晶澄半導體預估第一季美元營收達 12-13 億美元，新台幣營收約 380 億元至 410 億元。\n",
        "zh-Hant",
    )
    usd = one(facts, value=1_200_000_000)
    assert usd.subject != "美元" and usd.metric == "revenue guidance"
    assert one(facts, value=38_000_000_000).subject != "新台币"


def test_a_verb_before_a_period_word_is_no_firm() -> None:
    facts = facts_of(
        "晶澄半導體(6688)第四季毛利率與營益率雙雙超過財測高標，更雙雙創下單季新高，稅後純益 505 億元，季增 11.8%。\n",
        "zh-Hant",
    )
    assert one(facts, value=50_500_000_000).subject not in ("更双双创下", "更雙雙創下")
    assert one(facts, value=11.8).subject not in ("更双双创下", "更雙雙創下")


def test_what_a_company_benefits_from_is_no_subject() -> None:
    facts = facts_of(
        "晶澄半導體(6688)第四季受惠 3 奈米等先進製程貢獻，毛利率衝上 58.1%。\n",
        "zh-Hant",
    )
    assert one(facts, value=58.1).subject not in ("奈米等先进制程", "奈米等先進製程")


def test_a_report_word_and_a_date_word_are_no_subject() -> None:
    facts = facts_of(
        "柏嶺電力(00909)公布,截至6月底止中期業績,股東應佔溢利26.5億元,按年下跌3.2%。\n",
        "zh-Hant",
    )
    assert one(facts, value=2_650_000_000).subject != "截至"
    facts = facts_of("港股异动 | 青苗药业(03838)中期业绩股东应占溢利2.5亿元 同比增长15.1%\n")
    assert one(facts, value=250_000_000).subject != "中期业绩"


def test_a_hong_kong_six_months_ended_states_the_half_year() -> None:
    facts = facts_of(
        "青苗药业(03838)中期业绩股东应占溢利1.2亿元\n"
        "青苗药业(03838)发布截至2023年6月30日止六个月业绩,收入8.5亿元,同比增长12.3%;"
        "源自制药的收益占总收益的60.5%(2022年上半年:55.4%)。\n"
    )
    assert one(facts, value=120_000_000).period == "2023Q1-2023Q2"
    assert one(facts, value=850_000_000).period == "2023Q1-2023Q2"
    assert one(facts, value=12.3).period == "2023Q1-2023Q2"


def test_an_interim_report_with_no_year_written_grows_year_over_year() -> None:
    facts = facts_of(
        "北辰保險(2288)公布中期業績。期內新業務價值升12%至18.2億美元，年化新保費增長6%至30.5億美元。\n"
        "新業務價值利潤率增加2.1個百分點至55.0%。\n",
        "zh-Hant",
    )
    assert one(facts, value=12.0).change == "yoy"
    assert one(facts, value=6.0).change == "yoy"
    assert one(facts, value=2.1).change == "yoy"


def test_a_half_year_growth_with_no_marker_is_year_over_year() -> None:
    facts = facts_of("星川银行2025年上半年营业收入120亿元,增长3.1%。\n")
    assert one(facts, value=3.1).change == "yoy"


def test_hong_kong_operating_earnings_name_the_business_line_before_them() -> None:
    facts = facts_of(
        "柏嶺電力(00909)公布中期業績。\n期內,香港能源業務營運盈利20.5億元,按年增長5.3%;澳洲業務營運盈利跌30.1%至1.2億元。\n",
        "zh-Hant",
    )
    hk = one(facts, value=2_050_000_000)
    assert hk.subject in ("香港能源业务", "香港能源業務") and hk.metric == "operating profit attributable to shareholders"
    assert one(facts, value=120_000_000).subject in ("澳洲业务", "澳洲業務")


def test_interest_income_on_loans_is_the_banks_interest_income() -> None:
    facts = facts_of(
        "2025年上半年,星川银行实现利息净收入500亿元,同比下降3.1%。资产收益率的下降带动发放贷款和垫款利息收入下降8.2%至600亿元,"
        "带动存放中央银行及存拆放同业利息收入下降12.5%至80亿元。\n"
    )
    loans = one(facts, value=60_000_000_000)
    assert loans.metric == "interest income" and loans.subject != "发放"
    assert one(facts, value=50_000_000_000).metric == "net interest income"
    placed = one(facts, value=8_000_000_000)
    assert placed.metric == "interest income" and placed.subject != "央银行及存拆放同业利息"


def test_an_amount_written_right_before_its_metric_is_that_metrics() -> None:
    facts = facts_of("“龙头行”星川银行以3200.5亿元营收、1200.8亿元归母净利润继续领跑,澜湾银行(2900.1亿元)紧随其后。\n")
    assert one(facts, value=320_050_000_000).metric == "revenue"
    assert one(facts, value=120_080_000_000).metric == "net income attributable to shareholders"


def test_a_firm_named_after_a_verb_of_comparison_owns_its_figure() -> None:
    facts = facts_of("股份制银行中,星川银行以1500.2亿元营收超越澜湾银行的1300.6亿元,跻身前六。尽管其营收同比微降1.5%,但归母净利润仍增长0.3%。\n")
    assert one(facts, value=130_060_000_000).subject == "澜湾银行"
    assert one(facts, value=-1.5).subject == "星川银行"  # 其: the firm the sentence is about


def test_a_bound_each_big_bank_meets_is_no_figure_of_one() -> None:
    facts = facts_of("2025年上半年,星川银行以4100.5亿元营收领跑,四大行营收均超3000亿元。\n")
    assert not [f for f in facts if f.value == 300_000_000_000]


def test_what_a_whole_industry_adds_up_to_is_the_industrys() -> None:
    facts = facts_of(
        "8月29日,星川银行等上市银行半年报披露完毕,银行业交出了一份成绩单:合计实现营业收入2.5万亿元,归母净利润0.9万亿元。\n"
    )
    assert one(facts, value=2_500_000_000_000).subject == "industry"


def test_taiwanese_trillions_are_read_with_the_rest_of_the_amount() -> None:
    facts = facts_of(
        "晶澄半導體(6688)預估第一季新台幣營收約 1 兆 233 億元至 1 兆 512 億元，全年營收 3.8兆元。\n", "zh-Hant"
    )
    low = one(facts, value=1_023_300_000_000)
    assert low.value_high == 1_051_200_000_000 and low.unit == "TWD"


def test_a_megawatt_is_no_trillion() -> None:
    facts = facts_of("柏嶺電力(00909)上半年新增裝機容量100兆瓦,收入20.5億元。\n", "zh-Hant")
    assert not [f for f in facts if f.value >= 1e12]


def test_hong_kong_cents_are_hundredths_of_the_dollar() -> None:
    facts = facts_of(
        "北辰保險(2288)公布中期業績，派中期息52港仙，每股盈利20.15美仙。\n柏嶺電力(00909)中期息維持63仙。\n", "zh-Hant"
    )
    div = one(facts, value=0.52)
    assert div.unit == "HKD" and div.metric == "dividend"
    assert one(facts, value=0.2015).unit == "USD"


def test_a_share_move_in_a_market_aside_is_no_result() -> None:
    facts = facts_of(
        "港股异动 | 青苗药业(03838)绩后跌超6% 中期业绩股东应占溢利1.2亿元\n"
        "青苗药业(03838)绩后跌超6%,截止发稿跌6.52%,报2.15港元,成交额85.3万港元。\n"
    )
    assert not [f for f in facts if f.value in (-6.0, -6.52, 6.0, 6.52)]
    assert not [f for f in facts if f.value == 853_000]
    assert one(facts, value=120_000_000).metric == "net income attributable to shareholders"


def test_an_announcement_verb_before_a_date_is_no_firm() -> None:
    facts = facts_of("星河地产(01888)公布截至2025年6月30日止六个月中期业绩,收入为50.2亿元。\n")
    assert one(facts, value=5_020_000_000).subject != "公布截至"


def test_a_bracketed_same_period_comparative_is_the_prior_years() -> None:
    facts = facts_of(
        "星河地产(01888)公布截至2025年6月30日止六个月中期业绩,股东应占溢利3.2亿元(2024年同期:2.8亿元),"
        "经营溢利12.5亿元(去年同期:11.0亿元)。\n"
    )
    base = one(facts, value=280_000_000)
    assert (base.period, base.basis) == ("2024Q1-2024Q2", "prior")
    ago = one(facts, value=1_100_000_000)
    assert (ago.period, ago.basis) == ("2024Q1-2024Q2", "prior")


def test_a_fair_value_loss_is_no_profit() -> None:
    facts = facts_of("星河地产(01888)公布中期业绩。期内,集团录得投资物业公平值亏损3.5亿元,经营溢利为12.5亿元。\n")
    loss = one(facts, value=-350_000_000)
    assert loss.metric == "mark-to-market gain"


def test_operating_earnings_before_fair_value_movements_stay_operating_earnings() -> None:
    facts = facts_of("柏嶺電力(00909)公布中期業績。上半年,集團營運盈利在計入公平價值變動前下跌6%至30.27億元。\n", "zh-Hant")
    assert one(facts, value=3_027_000_000).metric == "operating profit attributable to shareholders"


def test_a_simplified_hong_kong_wire_naming_hong_kong_dollars_first_writes_them_as_bare_yuan() -> None:
    facts = facts_of(
        "柏岭电力(00909)公布截至2025年6月30日止六个月业绩,收入为120.5亿港元,同比增长3.1%;股东应占溢利40.2亿元,同比增长16%。\n"
    )
    assert one(facts, value=4_020_000_000).unit == "HKD"


def test_the_shares_turnover_in_hong_kong_dollars_says_nothing_of_the_reporting_currency() -> None:
    facts = facts_of(
        "港股异动 | 青苗药业(03838)绩后跌超6%\n"
        "青苗药业(03838)绩后跌超6%,报2.15港元,成交额85.3万港元。公司收益10.5亿元,股东应占溢利1.2亿元。\n"
    )
    assert one(facts, value=120_000_000).unit == "CNY"


def test_a_firm_that_announces_owns_its_figures() -> None:
    facts = facts_of("星河科技公布第三季度业绩,营收120亿元,同比增长15%。同日,澄江电子公布营收80亿元,同比增长8%。\n")
    assert one(facts, value=8_000_000_000).subject == "澄江电子"
    assert one(facts, value=8.0).subject == "澄江电子"


def test_a_buyback_in_hong_kong_dollars_says_nothing_of_the_reporting_currency() -> None:
    facts = facts_of(
        "曦光微电子（HKEX:6619）发布三季度业绩。董事会批准回购不超过8亿港元的股份。\n"
        "公司第三季度实现营业收入32.6亿元,同比增长18%。\n"
    )
    assert one(facts, value=3_260_000_000).unit == "CNY"


def test_a_bracketed_comparative_measures_what_the_figure_before_it_measures() -> None:
    facts = facts_of(
        "青苗药业(03838)发布截至2023年6月30日止六个月业绩。期内源自制药的收益增长约40.1%至6.5亿元,"
        "并占报告期间总收益的68.2%(2022年上半年:60.4%)。\n"
    )
    now, then = one(facts, value=68.2), one(facts, value=60.4)
    assert (then.subject, then.metric, then.basis) == (now.subject, now.metric, "prior")


def test_a_parts_contribution_share_is_left_out() -> None:
    facts = facts_of(
        "北辰保險(2288)公布中期業績。代理新業務價值升30%，為香港業務的整體新業務價值帶來超過65%的貢獻。\n", "zh-Hant"
    )
    assert not [f for f in facts if f.value == 65.0]


def test_annualised_premiums_in_a_headline() -> None:
    facts = facts_of("北辰保險上半年新業務價值增12% 派息45港仙 年化保費升6%\n", "zh-Hant")
    assert one(facts, value=6.0).metric == "annualised new premiums"


def test_the_full_year_after_this_year_is_this_year() -> None:
    facts = facts_of(
        "鉅亨網記者 台北 2026-01-16 10:46\n"
        "晶澄半導體(6688)今(16)日召開法說會，去年第四季財報超出市場預期，每股稅後純益 9.5 元，展望今年，"
        "全年美元營收預估年增近 3 成，資本支出更衝上 120-130 億美元。\n"
        "晶澄半導體去年第四季毛利率 58.3%，稅後純益 505 億元，季增 10.8%。\n",
        "zh-Hant",
    )
    assert one(facts, value=12_000_000_000).period == "2026"


def test_a_sentence_measuring_a_lines_metric_again_is_still_about_that_line() -> None:
    facts = facts_of(
        "北辰保險(2288)公布中期業績。\n"
        "北辰保險中國業務的新業務價值為5.2億美元，增長9%。計及相關影響後，新業務價值下降3%，而新業務價值利潤率則增至55.6%。\n",
        "zh-Hant",
    )
    assert one(facts, value=-3.0).subject in ("北辰保险中国业务", "北辰保險中國業務")
    assert one(facts, value=55.6).subject in ("北辰保险中国业务", "北辰保險中國業務")


def test_a_half_year_written_as_banniandu_is_the_first_half() -> None:
    facts = facts_of("8月23日,澄江电池晚间披露半年度报告,公司2022年半年度实现营业收入为500.5亿元,同比增长56.3%。\n")
    assert one(facts, value=50_050_000_000).period == "2022Q1-2022Q2"


def test_hong_kong_landlords_underlying_profit_and_rents() -> None:
    facts = facts_of(
        "嶺峰地產（0088）公布全年業績。期內，集團全年收入為300.2億元，按年升5.5%。撇除投資物業公平值變動的影響，"
        "基礎溢利為88.55億元，微升0.5%。\n"
        "租賃業務方面，集團全年租金收入為120.61億元，按年下跌2%；淨租金收入則下跌3%至90.92億元。集團權益合同銷售額為50億元。\n",
        "zh-Hant",
    )
    core = one(facts, value=8_855_000_000)
    assert core.metric == "underlying profit" and core.subject not in ("撇除", "撇除投资物业公平值变动的影响")
    assert one(facts, value=12_061_000_000).metric == "rental income"
    assert one(facts, value=9_092_000_000).metric == "net rental income"
    assert one(facts, value=5_000_000_000).metric == "contracted sales"


def test_a_conjunction_before_a_metric_is_no_subject() -> None:
    facts = facts_of(
        "晶峰電子（2399）今公布第三季財報，營業利益11.18億元，加上業外收益挹注3.26億元，帶動稅後淨利達14.8億元。\n", "zh-Hant"
    )
    assert one(facts, value=1_480_000_000).subject != "加上"


def test_a_share_move_with_a_time_word_in_a_market_aside_is_no_result() -> None:
    facts = facts_of(
        "星河电子（2388）公布第三季财报，税后净利210.3亿元，年增25%。\n"
        "星河电子股价今日上涨3.2%，收在512元；星河电子股价昨日盘中一度大跌4.5%。\n"
    )
    assert not [f for f in facts if abs(f.value) in (3.2, 4.5)]
    assert one(facts, value=25.0).metric == "net income"
