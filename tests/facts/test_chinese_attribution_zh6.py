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
