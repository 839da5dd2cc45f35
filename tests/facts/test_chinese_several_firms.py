"""Chinese pages whose figures belong to several firms, to an industry leader or to a broker's forecast: a data desk's
roundup of preannouncements, a wire flash with the leader's month set against the firm's, a story quoting a broker's
rating and forecast, an industry story with an unnamed insider's outlook.

Pages and sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period, f.basis) for f in facts])
    return hits[0]


_ROUNDUP = (
    "某某网 > 数据\n\n年度业绩预告陆续披露\n\n2026-01-21 20:30　来源：某某网　作者：数据组\n\n"
    "从预告净利润下限来看，其中，澄岭化学预计2025年实现归属于上市公司股东的净利润18亿元至21亿元，同比增长30%至52%。\n\n"
    "机械企业衡川精工1月20日晚间披露，预计2025年度归母净利润为1.4亿元至1.7亿元，同比增长40%至70%。\n\n"
    "与衡川精工同一天披露预告的岭南电子则预计全年亏损，净利润为-0.9亿元至-0.6亿元。\n\n"
    "增幅居前的还有沐川生物，公司预计全年净利润同比增长90%至110%。\n"
)


def test_a_roundups_firms_named_by_their_short_names_own_their_clauses_figures() -> None:
    facts = run(build(_ROUNDUP)).facts
    assert one(facts, value=1.8e9).subject == "澄岭化学"
    assert one(facts, value=1.4e8).subject == "衡川精工"  # introduced by its kind ("机械企业")
    assert one(facts, value=-0.9e8).subject == "岭南电子"  # introduced by a description, not the firm named before it
    assert one(facts, value=90.0).subject == "沐川生物"  # the next clause calls it "公司"


def test_an_announcements_day_dates_none_of_its_figures() -> None:
    facts = run(build(_ROUNDUP)).facts
    growth = one(facts, value=40.0)
    assert (growth.period, growth.change) == ("2025", "yoy")  # not the quarter of "1月20日"


_FLASH = (
    "某社 > 电报\n\n储能电芯出货放量\n\n2025-12-03 09:12\n\n"
    "某社12月3日电，电池厂商澄源储能公告，11月出货量3.2GWh，同比增长40%；1-11月累计出货30.5GWh。\n\n"
    "相比之下，行业龙头远江新能11月出货量为10.1GWh，同比增长25%。\n\n"
    "东岭证券维持澄源储能“买入”评级，预计公司2025年归母净利润为5.6亿元，目标价38元。\n"
)


def test_a_wire_datelines_outlet_is_no_firm() -> None:
    facts = run(build(_FLASH)).facts
    assert one(facts, value=30.5).subject != "某社"


def test_the_industry_leader_set_against_the_firm_owns_its_figures() -> None:
    facts = run(build(_FLASH)).facts
    assert one(facts, value=10.1).subject == "远江新能"
    assert one(facts, value=25.0).subject == "远江新能"


def test_a_forecast_in_a_sentence_rating_the_firm_is_the_brokers() -> None:
    facts = run(build(_FLASH)).facts
    assert not [f for f in facts if f.value in (5.6e8, 38.0)]


_INDUSTRY = (
    "首页 > 产业\n\n11月挖掘机销量增长\n\n2025-12-09 16:40　来源：某某网\n\n"
    "据行业协会统计，2025年11月销售各类挖掘机16,300台，同比增长12.1%。\n\n"
    "业内人士预计，2026年行业销量有望增长8%左右。\n"
)


def test_an_unnamed_insiders_outlook_is_no_fact() -> None:
    facts = run(build(_INDUSTRY)).facts
    assert not [f for f in facts if f.value == 8.0]


_TALLY = (
    "某某网 > 数据\n\n年度业绩预告陆续披露\n\n2026-01-21 20:30　来源：某某网\n\n"
    "截至1月21日，两市共有150家公司披露2025年度业绩预告，其中预喜公司96家，占比64%。\n\n"
    "澄岭化学预计2025年实现归属于上市公司股东的净利润18亿元至21亿元。\n"
)


def test_a_share_of_a_count_of_firms_is_a_market_tally() -> None:
    facts = run(build(_TALLY)).facts
    assert not [f for f in facts if f.value == 64.0]
    assert one(facts, value=1.8e9).subject == "澄岭化学"


def test_a_firm_announcing_owns_the_figures_of_its_announcement_when_the_page_has_no_company_of_its_own() -> None:
    facts = run(build(_FLASH)).facts
    assert one(facts, value=30.5).subject == "澄源储能"  # "澄源储能公告，…1-11月累计出货30.5GWh"
