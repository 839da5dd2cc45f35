"""Chinese contract wins, one-firm bracketed items, goods sold and hotel rooms: the amount of a bid won is the
contract's value, never revenue; a product named before a quantity in an item on one firm is what the firm counts;
"X销售收入" of goods is the revenue of X; a chain's rooms are read as its room count.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def head(short: str, full: str, title: str) -> str:
    return f"证券代码：603990　　证券简称：{short}　　公告编号：2025-033\n{full}{title}\n"


def test_a_bid_won_is_the_contracts_value_never_revenue() -> None:
    facts = run(
        build(
            "衡川科技：中标2.45亿元轨道交通信号项目 占去年营收逾两成\n"
            "衡川科技（688123）11月19日晚间公告，公司中标金额为2.45亿元。今年以来公司累计中标12.47亿元。"
            "同日，公司预中标约5,600万元的隧道监测项目。\n"
        )
    ).facts
    assert {f.metric for f in facts if f.value == 245_000_000} == {"contract value"}
    assert one(facts, value=1_247_000_000).metric == "contract value"
    assert one(facts, value=56_000_000).metric == "contract value"
    assert not [f for f in facts if f.metric == "revenue"]


def test_a_pre_award_in_a_headline_is_no_revenue_of_the_year_before() -> None:
    facts = run(build("青峦建设：预中标1.2亿元学校项目\n青峦建设（002999）公告，公司前三季度营业收入8.6亿元。\n")).facts
    assert one(facts, value=120_000_000).metric == "contract value"
    assert one(facts, value=860_000_000).metric == "revenue"


def test_a_product_counted_in_a_one_firm_item_is_the_firms_quantity() -> None:
    facts = run(
        build(
            "行业周报\n三、公司动态\n"
            "【岚川汽车】公司公告，11月整车销量3.2万辆，同比增长12%。\n"
            "【岱川能源】公司公告，11月电池出货量12.4GWh，同比增长55.2%；其中储能电池出货量3.1GWh。\n"
        )
    ).facts
    cars = one(facts, value=32_000)
    assert (cars.subject, cars.metric) == ("岚川汽车", "volumes")
    assert one(facts, value=12).subject == "岚川汽车"
    cells = one(facts, value=12.4)
    assert (cells.subject, cells.metric, cells.unit) == ("岱川能源", "shipments", "GWh")
    assert one(facts, value=3.1).subject == "储能电池"  # the part after 其中 stays the part


def test_a_line_of_revenue_in_a_one_firm_item_stays_the_line() -> None:
    facts = run(build("公司动态\n【晨峰乳业】公司公告，前三季度液态奶营业收入42.1亿元，同比增长3.2%。\n")).facts
    assert one(facts, value=4_210_000_000).subject == "液态奶"


def test_goods_sold_are_the_line_of_their_sales_revenue() -> None:
    facts = run(
        build(
            head("青岚超市", "青岚超市股份有限公司", "2025年第三季度经营数据公告")
            + "2025年前三季度，公司实现主营业务收入96.4亿元，同比增长3.1%；其中日用百货销售收入21.3亿元，同比增长2.2%；"
            "服装销售收入8.7亿元。\n"
        )
    ).facts
    goods = one(facts, value=2_130_000_000)
    assert (goods.subject, goods.metric, goods.period) == ("日用百货", "revenue", "2025Q1-2025Q3")
    assert one(facts, value=870_000_000).subject == "服装"


def test_property_sales_stay_a_business_of_their_own() -> None:
    facts = run(build("青岚集团(01999)公布中期业绩,集团物业销售收入86.4亿元,按年升5%。\n"))
    assert (one(facts.facts, value=8_640_000_000).subject, one(facts.facts, value=8_640_000_000).metric) == (
        "物业销售",
        "revenue",
    )


def test_a_chains_rooms_are_its_room_count_at_the_period_end() -> None:
    facts = run(
        build(
            head("青岚酒店", "青岚酒店股份有限公司", "2025年第三季度酒店经营数据公告")
            + "截至报告期末，公司共有已开业酒店1,220家，客房约11.3万间；其中直营酒店150家。"
            "报告期内客房出租率为78.5%，客房收入12.3亿元。\n"
        )
    ).facts
    rooms = one(facts, value=113_000)
    assert (rooms.subject, rooms.metric, rooms.unit, rooms.period, rooms.qualifier) == (
        "青岚酒店",
        "rooms",
        "count",
        "2025Q3",
        "approx",
    )
    assert one(facts, value=78.5).metric == "occupancy"
    assert one(facts, value=1_230_000_000).metric == "revenue"
