"""Chinese balances moved since the year end, with their parts: a count of stores, branches or staff and its change,
then the same for each part after "其中". The change phrase's words are never a subject, the trade word in the
company's own name is the company's, and each part's figures are the part's.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build


def head(code: str, short: str, full: str) -> str:
    return f"证券代码：{code}　　证券简称：{short}　　公告编号：2025-041\n{full}2025年半年度报告摘要\n"


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_the_words_of_a_change_since_the_year_start_are_never_a_subject() -> None:
    facts = run(
        build(
            head("603998", "星河餐饮", "星河餐饮股份有限公司")
            + "截至2025年6月30日，星河餐饮门店总数为1,350家，较年初净减少5家。\n"
            + "截至2025年6月30日，公司门店总数为1,410家，较上年末净增加60家。\n"
        )
    ).facts
    assert all(f.subject not in ("初净", "末净") for f in facts)
    assert one(facts, value=-5).change == "ytd"
    assert one(facts, value=60).subject == one(facts, value=1410).subject


def test_the_trade_word_of_the_companys_own_name_is_the_companys_business() -> None:
    facts = run(
        build(
            head("603997", "青松火锅", "青松火锅股份有限公司")
            + "截至2025年6月30日，公司火锅门店共计812家，较上年末净增加12家。\n"
        )
    ).facts
    assert one(facts, value=812).subject == "青松火锅"
    assert one(facts, value=12).subject == "青松火锅"


def test_each_store_type_after_among_them_has_its_own_count_and_move_since_the_year_start() -> None:
    facts = run(
        build(
            head("603998", "星河餐饮", "星河餐饮股份有限公司")
            + "截至2025年6月30日，星河餐饮门店总数为1,350家，较年初净减少5家，其中直营店1,322家，较年初减少33家；"
            "加盟店28家，较年初增加28家。\n"
        )
    ).facts
    assert one(facts, value=1350).subject == "星河餐饮"
    assert one(facts, value=-5).subject == "星河餐饮"
    own = one(facts, value=1322)
    assert (own.subject, own.metric, own.change, own.period) == ("直营店", "stores", None, "2025Q2")
    assert one(facts, value=-33).subject == "直营店"
    franchised = [f for f in facts if f.value == 28]
    assert {(f.subject, f.change) for f in franchised} == {("加盟店", None), ("加盟店", "ytd")}
    assert all(f.period == "2025Q2" for f in franchised)


def test_staff_by_function_each_keep_their_headcount_and_its_move() -> None:
    facts = run(
        build(
            head("688997", "晨光科技", "晨光科技股份有限公司")
            + "截至2025年6月30日，公司员工总数为8,650人，较年初增加420人，其中研发人员3,200人，较年初增加260人；"
            "销售人员1,150人，较上年末减少30人。\n"
        )
    ).facts
    assert one(facts, value=420).subject == one(facts, value=8650).subject
    assert (one(facts, value=3200).subject, one(facts, value=260).subject) == ("研发人员", "研发人员")
    assert (one(facts, value=1150).subject, one(facts, value=-30).change) == ("销售人员", "ytd")
    assert one(facts, value=-30).subject == "销售人员"


def test_a_part_named_only_by_its_metric_is_left_out_rather_than_given_to_the_bank() -> None:
    facts = run(
        build(
            "证券代码：601998　　证券简称：远帆银行　　公告编号：2025-050\n远帆银行股份有限公司2025年半年度报告摘要\n"
            "截至报告期末，本行各项贷款余额5,200.5亿元，较上年末增长6.1%，其中公司贷款3,100.2亿元，较上年末增长8.3%；"
            "个人贷款2,100.3亿元，较上年末增长3.0%。\n"
        )
    ).facts
    assert one(facts, value=6.1).change == "ytd"
    assert not [f for f in facts if f.value in (3.1002e11, 8.3)]  # corporate loans: not the bank's total
    assert one(facts, value=3.0).subject == one(facts, value=2.1003e11).subject == "个人"


def test_a_count_reached_after_its_move_is_a_level_not_a_change() -> None:
    facts = run(
        build(
            head("601997", "远帆银行", "远帆银行股份有限公司")
            + "截至2025年6月30日，本行营业网点较上年末减少3个至356个。\n"
            + "截至2025年6月30日，公司员工人数较年初净增加120人至8,650人。\n"
        )
    ).facts
    assert one(facts, value=-3).change == "ytd"
    assert one(facts, value=356).change is None
    assert one(facts, value=120).change == "ytd"
    assert one(facts, value=8650).change is None
    assert not [f for f in facts if f.value in (-356, -8650)]


def test_a_banks_outlets_and_each_kind_of_branch_have_their_own_counts() -> None:
    facts = run(
        build(
            head("601997", "远帆银行", "远帆银行股份有限公司")
            + "截至9月末，本行营业网点共356个，较年初增加6个，其中支行310个，较年初增加5个；社区支行46个，较年初增加1个。\n"
        )
    ).facts
    outlets = one(facts, value=356)
    assert (outlets.metric, outlets.subject) == ("branches", "远帆银行")
    assert one(facts, value=6).subject == "远帆银行"
    assert {(f.subject, f.value, f.change) for f in facts if f.subject != "远帆银行"} == {
        ("支行", 310, None), ("支行", 5, "ytd"), ("社区支行", 46, None), ("社区支行", 1, "ytd")
    }


def test_a_hog_producers_external_feed_sales_are_the_feed_lines_and_a_months_tail_names_nothing() -> None:
    facts = run(
        build(
            "证券代码：002996　　证券简称：青丘牧业　　公告编号：2025-101\n"
            "青丘牧业股份有限公司关于2025年10月份生猪销售情况简报\n"
            "2025年10月份，公司生猪销售量30.12万头，同比增长11.20%；饲料外销量1.52万吨，同比下降3.1%。\n"
            "公司10月份商品猪销售量28.5万头，海外销量1.2万吨。\n"
        )
    ).facts
    assert (one(facts, value=15200).subject, one(facts, value=-3.1).subject) == ("饲料", "饲料")
    assert one(facts, value=285000).subject == "商品猪"  # the month's 份 is no part of the name
    assert one(facts, value=12000).subject == "海外"  # sales abroad keep their place
