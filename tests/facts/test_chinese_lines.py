"""Chinese lines of more kinds: a share count written in full before 股, a market's own figures in a company story,
an estimate of the reported period in a preannouncement, and a flash roll of several firms' one-line items.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact
from finbrief.options import Options

from .builders import build

ANNUAL_HEAD = (
    "证券代码：002917　　　　证券简称：澄川精工　　　　公告编号：2025-021\n"
    "\n"
    "江苏澄川精工股份有限公司2024年年度报告摘要\n"
    "\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_share_count_in_thousands_groups_before_gu_is_the_company_share_count() -> None:
    d = build(
        ANNUAL_HEAD + "董事会审议通过的利润分配预案为：以总股本286,450,000股为基数，向全体股东每10股派发现金红利2.50元（含税）。\n"
    )
    facts = run(d).facts
    shares = one(facts, value=286_450_000)
    assert shares.metric == "share count" and shares.subject in ("company", "澄川精工")
    assert one(facts, metric="dividend").value == 0.25
    assert not [f for f in facts if f.value == 10]  # "每10股" is the ratio a dividend is paid on


PREANNOUNCEMENT_HEAD = (
    "证券代码：002731        证券简称：岚石科技        公告编号：2026-003\n"
    "\n"
    "浙江岚石科技股份有限公司\n2025年度业绩预告\n"
    "\n"
    "1、业绩预告期间：2025年1月1日至2025年12月31日\n"
    "\n"
)


def test_an_estimate_of_the_reported_period_is_a_result_not_guidance() -> None:
    d = build(
        PREANNOUNCEMENT_HEAD + "2、预计报告期内非经常性损益对净利润的影响金额约为1,800万元，上年同期为1,203.45万元，主要为政府补助。\n"
    )
    facts = run(d).facts
    this_year = one(facts, value=18_000_000)
    assert this_year.metric == "non-recurring items" and this_year.period == "2025" and this_year.qualifier == "approx"
    last_year = one(facts, value=12_034_500)
    assert last_year.metric == "non-recurring items" and last_year.period == "2024" and last_year.basis == "prior"


def test_a_legal_name_on_a_flash_roll_binds_its_own_sentence_never_the_next_firm_s_figures() -> None:
    d = build(
        "7x24小时快讯\n"
        "2025-11-20 星期四\n"
        "10:32 苏州启衡生物科技股份有限公司（简称“启衡生物”）公告，2025年前三季度实现营业收入12.4亿元，同比增长18.6%。"
        "同日，华岭电气公告称前三季度净利润3.3亿元。\n"
        "10:28 华岭电气前三季度净利润3.3亿元，同比增长5%。\n"
        "10:15 杭州澜汀电子股份有限公司（简称“澜汀电子”）公告，第三季度营收5.6亿元；泓川重工第三季度营收3.3亿元，毛利率21.5%。\n"
    )
    facts = run(d).facts
    qiheng = [f for f in facts if f.subject == "苏州启衡生物科技股份有限公司"]
    assert sorted(f.value for f in qiheng) == [18.6, 1.24e9]
    assert one(facts, paragraph=4, value=3.3e8).subject == "华岭电气"
    assert one(facts, value=5.6e8).subject == "杭州澜汀电子股份有限公司"
    assert one(facts, value=3.3e8, metric="revenue").subject == "泓川重工"
    assert one(facts, metric="gross margin").subject == "泓川重工"


def test_a_market_s_retail_sales_and_penetration_in_a_company_notice_are_the_market_s() -> None:
    d = build(
        "证券代码：601238　　证券简称：澜途汽车　　公告编号：2025-088\n"
        "澜途汽车股份有限公司2025年11月产销快报\n"
        "公司11月新能源汽车销量31,250辆，同比增长40.2%。\n"
        "据乘联会初步统计，11月全国新能源乘用车零售约128万辆，同比增长19%，渗透率约为55%。\n"
    )
    facts = run(d).facts
    sales = one(facts, value=1_280_000)
    assert (sales.subject, sales.metric, sales.period, sales.qualifier) == ("全国新能源乘用车", "retail sales", "2025-11", "approx")
    growth = one(facts, value=19.0)
    assert (growth.subject, growth.metric, growth.change) == ("全国新能源乘用车", "retail sales", "yoy")
    share = one(facts, value=55.0)
    assert (share.subject, share.metric, share.unit) == ("全国新能源乘用车", "penetration rate", "%")
    assert one(facts, value=31_250).subject != "全国新能源乘用车"


def test_a_bank_s_retail_business_is_a_business_line_not_retail_sales() -> None:
    d = build(
        "证券代码：601977　　证券简称：澄江银行　　公告编号：2025-041\n"
        "本行零售业务营业收入120亿元，同比增长6%。\n"
    )
    facts = run(d, Options(all_facts=True)).facts  # (no span is read for the figure: withheld by default)
    revenue = one(facts, value=1.2e10)
    assert revenue.metric == "revenue" and revenue.subject != "company"
    assert not [f for f in facts if f.metric == "retail sales"]
