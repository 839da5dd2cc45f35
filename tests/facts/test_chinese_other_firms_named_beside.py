"""Chinese pages that name other firms beside the company (its customers, suppliers, rivals, a global peer): a
figure is the firm's that its clause is about, the document's own company by default.

Pages are written for these tests; the companies and figures are invented (real global firms appear only as the
third parties a fictional company mentions).
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build, ingest


def at(facts: tuple[Fact, ...], value: float) -> Fact:
    hits = [f for f in facts if abs(f.value - value) < 1e-6 * max(1.0, abs(value))]
    assert len(hits) == 1, (value, [(f.subject, f.metric, f.value) for f in facts])
    return hits[0]


def test_time_of_day_before_the_announcing_verb_is_no_firm() -> None:
    text = (
        "宁川材料：前三季度净利润同比增长12.5%\n"
        "2025-10-27 19:05　来源：金谷财讯\n"
        "金谷财讯10月27日电，宁川材料（300918）晚间公告，前三季度实现营业收入8.24亿元，同比增长6.1%。\n"
    )
    sheet = run(build(text))
    assert sheet.company == "宁川材料"
    assert at(sheet.facts, 8.24e8).subject == "宁川材料"


_PEER_FIRST = (
    "首页 > 科技\n"
    "墨川云三季度增速领先\n"
    "2025-11-14 09:32　来源：星河财经\n"
    "亚马逊日前公布的第三季度财报显示，AWS收入330亿美元，同比增长20%。\n"
    "墨川云（08812.HK）周四晚间发布第三季度业绩。利润同比增长42%，收入增长35%，至96.1亿元。\n"
)


def test_company_named_again_takes_back_the_figures_from_a_peer_named_before() -> None:
    facts = run(build(_PEER_FIRST)).facts
    assert at(facts, 42).subject == "墨川云"
    assert at(facts, 35).subject == "墨川云"
    assert at(facts, 3.3e10).subject == "Amazon"


def test_a_peers_dollar_amount_does_not_set_a_hong_kong_firms_currency() -> None:
    revenue = at(run(build(_PEER_FIRST)).facts, 9.61e9)
    assert (revenue.subject, revenue.unit) == ("墨川云", "CNY")


_NOTE = (
    "岳芯电子(688521)：三季度营收高增 台积电扩产利好封测\n\n"
    "华兴证券　2025-10-20　分析师：周明、李航\n\n"
    "事件：岳芯电子发布2025年三季报，前三季度实现营收11.32亿元，同比增长28.4%。\n\n"
    "台积电给出的第四季度收入指引为300亿至310亿美元；台积电预计全年资本开支约420亿美元。\n\n"
    "盈利预测：我们预计公司2025-2027年归母净利润分别为2.10/2.85/3.60亿元，维持“买入”评级。\n"
)


def test_a_title_with_the_firms_code_names_the_note_company_over_a_known_firm_beside_it() -> None:
    sheet = run(ingest(_NOTE))
    assert sheet.company == "岳芯电子"
    revenue = at(sheet.facts, 1.132e9)
    assert (revenue.subject, revenue.unit) == ("岳芯电子", "CNY")


def test_forecasts_in_a_sentence_that_rates_the_firm_after_them_are_the_brokers() -> None:
    facts = run(ingest(_NOTE)).facts
    assert not [f for f in facts if f.value in (2.10e8, 2.85e8, 3.60e8)]


def test_a_known_firm_opening_the_clause_owns_the_line_after_it() -> None:
    text = (
        "华芯光学（603927）投资者交流会纪要\n"
        "董秘：公司第三季度实现营业收入12.60亿元，同比增长18.2%。\n"
        "A：三星本季度手机出货量同比增长4%左右，对公司影响有限。\n"
    )
    facts = run(build(text)).facts
    assert at(facts, 4).subject == "Samsung Electronics"
    assert at(facts, 1.26e9).subject == "华芯光学"


def test_nvidia_under_its_taiwanese_name_in_a_customers_clause() -> None:
    text = (
        "晶曜科技（6788）2025年第三季法人說明會 逐字稿\n"
        "林怡真：晶曜第三季合併營收新台幣42.10億元，季增9.2%。\n"
        "張文翰：我們最大客戶輝達本季拉貨增加，輝達上一季資料中心營收年增48%。\n"
    )
    facts = run(ingest(text)).facts
    assert at(facts, 48).subject == "NVIDIA"


def test_a_fellow_supplier_described_before_its_name_is_the_clauses_firm() -> None:
    text = (
        "恒源精密三季度营收增三成\n"
        "恒源精密（002981）晚间披露三季报，第三季度实现营业收入31.20亿元，同比增长30.5%。\n"
        "同为苹果供应商的立岩光学三季度营收同比增长11.4%。\n"
    )
    facts = run(build(text)).facts
    assert at(facts, 11.4).subject == "立岩光学"


def test_a_peer_an_investors_question_names_after_tonghang_is_not_the_company() -> None:
    text = (
        "恒钒新材（688653）2025年第三季度业绩说明会文字实录\n"
        "孙佳：公司前三季度综合毛利率20.6%，同比提升1.2个百分点。\n"
        "问：同行远川材料前三季度毛利率约14%，公司毛利率为何更高？\n"
    )
    facts = run(build(text)).facts
    assert at(facts, 20.6).subject == "恒钒新材"
    assert [f.subject for f in facts if f.value == 14] in ([], ["远川材料"])


def test_a_data_centre_line_keeps_its_whole_name() -> None:
    facts = run(build("晶曜科技（6788）法說會\n林怡真：資料中心產品營收比重提升至41%。\n", "zh-Hant")).facts
    assert at(facts, 41).subject.endswith("中心产品")
