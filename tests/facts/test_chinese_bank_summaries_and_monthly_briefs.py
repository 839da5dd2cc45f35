"""Chinese pages of more kinds: a bank's annual report summary whose balance table compares the year ends and whose
regulatory ratios are rows in per cent, balances moved since the last year end, a contract won, a hog producer's
monthly sales brief with heads, a price per kilogram and tonnes.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

BANK_HEAD = (
    "证券代码：601999　　证券简称：青岚银行　　公告编号：2026-003\n"
    "\n"
    "江西青岚农村商业银行股份有限公司2025年年度报告摘要\n"
    "\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_bank_balance_table_compares_the_year_ends_and_its_change_is_since_the_last_one() -> None:
    facts = run(
        build(
            BANK_HEAD + "单位：人民币千元\n"
            "项目 2025年12月31日 2024年12月31日 本年末比上年末增减\n"
            "资产总额 120,500,000 110,000,000 9.55%\n"
            "吸收存款 98,000,000 90,000,000 8.89%\n"
        )
    ).facts
    assets = one(facts, metric="total assets", value=1.205e11)
    assert (assets.period, assets.basis) == ("2025Q4", None)
    assert one(facts, metric="total assets", value=1.1e11).basis == "prior"
    assert one(facts, metric="total assets", value=9.55).change == "ytd"
    assert one(facts, metric="deposits", value=8.89).change == "ytd"


def test_a_ratio_row_in_per_cent_reads_its_change_cell_as_points() -> None:
    facts = run(
        build(
            BANK_HEAD + "项目 2025年12月31日 2024年12月31日 本年末比上年末增减\n"
            "不良贷款率（%） 1.05 1.10 -0.05\n"
            "拨备覆盖率（%） 280.40 270.10 10.30\n"
        )
    ).facts
    assert one(facts, metric="NPL ratio", value=1.05).unit == "%"
    moved = one(facts, metric="NPL ratio", value=-0.05)
    assert (moved.unit, moved.change) == ("pp", "ytd")
    assert one(facts, metric="provision coverage ratio", value=10.30).unit == "pp"


def test_balances_moved_since_the_year_end_or_its_start_are_the_year_to_dates_changes() -> None:
    facts = run(
        build(
            BANK_HEAD + "截至报告期末，本行发放贷款和垫款总额800.50亿元，较上年末增加65.20亿元；吸收存款1,020.30亿元，"
            "较年初增长7.6%。全年净息差1.80%，同比收窄9个基点。\n"
        )
    ).facts
    assert one(facts, metric="loans", value=6.52e9).change == "ytd"
    assert one(facts, metric="deposits", value=7.6).change == "ytd"
    assert one(facts, metric="deposits", value=1.0203e11).subject != "吸收"
    assert one(facts, metric="net interest margin", value=-9).change == "yoy"


def test_a_contract_won_is_dated_by_the_announcement_not_the_span_reported() -> None:
    facts = run(
        build(
            "澄江股份：中标2.45亿元污水处理项目\n"
            "2025-11-12 18:30　来源：证券快讯\n"
            "澄江股份（301999）11月12日晚间公告，公司收到《中标通知书》，中标金额为2.45亿元。"
            "本次中标金额占公司2024年度经审计营业收入的9.8%。\n"
            "今年以来，公司累计中标金额达9.6亿元。\n"
            "公司前三季度实现营业收入18.6亿元，同比增长12.1%。\n"
            "同行业中，青川环境（300998）9月份中标金额为1.2亿元。\n"
        )
    ).facts
    won = [f for f in facts if f.value == 2.45e8]
    assert won and all((f.metric, f.period) == ("contract value", "2025Q4") for f in won)
    assert one(facts, value=1.86e9).period == "2025Q1-2025Q3"  # the audited year of the share sets no report year
    assert one(facts, value=9.6e8).period == "2025"  # the year's wins so far, to the page's day
    peer = one(facts, value=1.2e8)
    assert (peer.subject, peer.metric, peer.period) == ("青川环境", "contract value", "2025-09")


def test_a_hog_producers_monthly_brief_gives_its_heads_sold_price_and_sow_herd() -> None:
    facts = run(
        build(
            "证券代码：002999　　证券简称：岭南牧业　　公告编号：2025-101\n"
            "岭南牧业股份有限公司关于2025年10月份生猪销售情况简报\n"
            "公司2025年10月份销售生猪30.12万头，销售收入4.56亿元。\n"
            "2025年10月份，公司商品猪销售均价12.05元/公斤，同比下降25.10%；生猪销售量同比增长11.20%。\n"
            "截至2025年10月末，公司能繁母猪存栏约18.2万头，较年初增加1.1万头；饲料销量1.52万吨。\n"
        )
    ).facts
    sold = one(facts, value=301200)
    assert (sold.subject, sold.metric, sold.period) == ("岭南牧业", "volumes", "2025-10")
    assert one(facts, value=12.05).metric == "average selling price"
    assert (one(facts, value=11.2).metric, one(facts, value=11.2).change) == ("volumes", "yoy")
    sows = one(facts, value=11000)
    assert (sows.metric, sows.change) == ("sow inventory", "ytd")
    feed = one(facts, value=15200)
    assert (feed.subject, feed.unit) == ("饲料", "t")  # tonnes kept as tonnes, not a bare count


def test_an_airlines_passengers_counted_in_person_trips_date_its_months_load_factor() -> None:
    facts = run(
        build(
            "周四晚间重要公告速递\n2025-12-04 21:38　来源：证券日讯\n"
            "2、云帆航空（600999）：11月份旅客运输量256.4万人次，同比增长6.2%；客座率83.1%，同比提升1.2个百分点。\n"
        )
    ).facts
    carried = one(facts, value=2_564_000)
    assert (carried.subject, carried.metric, carried.unit, carried.period) == ("云帆航空", "passengers", "count", "2025-11")
    assert one(facts, value=83.1).period == "2025-11"


def test_a_bracketed_part_of_a_total_is_the_parts_and_a_bracketed_metric_stays_the_firms() -> None:
    facts = run(
        build(
            "岭南牧业股份有限公司关于2025年10月份生猪销售情况简报\n"
            "公司2025年10月份销售生猪30.12万头（其中仔猪4.05万头），销售收入4.56亿元（其中销售收入0.38亿元来自种猪）。\n"
        )
    ).facts
    assert one(facts, value=40500).subject == "仔猪"
    assert one(facts, value=301200).subject != "仔猪"
    assert one(facts, value=3.8e7).subject != "销售收入"
