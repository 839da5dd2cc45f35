"""Chinese pages: bracketed prior-period figures after a per-share sum, balances moved since a year-end date, a
wire headline's bare "估" before the span it forecasts, and a product line named before a quarter written in digits.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HK_HEAD = (
    "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。\n"
    "松霖社區服務集團有限公司\n"
    "SONGLIN COMMUNITY SERVICES GROUP LIMITED\n"
    "（於開曼群島註冊成立的有限公司）\n"
    "（股份代號：06128）\n"
    "截至二零二五年六月三十日止六個月之中期業績公告\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_bracketed_prior_period_sums_per_share_are_the_year_befores() -> None:
    d = build(
        HK_HEAD + "‧ 每股基本盈利為人民幣7.25分（二零二四年同期：人民幣8.31分）。\n"
        "‧ 董事會宣派中期股息每股3.2港仙（二零二四年同期：每股3.6港仙）。\n",
        "zh-Hant",
    )
    facts = run(d).facts
    eps = one(facts, metric="EPS", basis="prior")
    assert eps.period == "2024Q1-2024Q2" and abs(eps.value - 0.0831) < 1e-9 and eps.unit == "CNY"
    dividend = one(facts, metric="dividend", basis="prior")
    assert dividend.period == "2024Q1-2024Q2" and abs(dividend.value - 0.036) < 1e-9 and dividend.unit == "HKD"
    assert one(facts, metric="dividend", basis=None).value == 0.032


def test_a_balance_moved_since_a_year_end_date_is_no_year_on_year_change() -> None:
    d = build(
        HK_HEAD + "於二零二五年六月三十日，本集團在管建築面積約為52.6百萬平方米，較二零二四年十二月三十一日增加約2.3百萬平方米。\n",
        "zh-Hant",
    )
    facts = run(d).facts
    assert one(facts, value=52.6e6).period == "2025Q2"
    assert one(facts, value=2.3e6).change == "ytd"  # a change since the last year end's day: neither YoY nor QoQ


def test_a_wire_headline_estimate_of_the_next_quarter_is_guidance() -> None:
    d = build(
        "首頁 > 產經 > 科技\n\n"
        "澄光電子第3季每股賺2.05元 估第4季營收季減3%至6%\n\n"
        "2025/11/06 18:10\n\n"
        "（中央社記者王明台北6日電）IC設計廠澄光電子（6288）今天公布第3季合併營收新台幣41.2億元，季增8.1%。\n",
        "zh-Hant",
    )
    guided = one(run(d).facts, value=-6)
    assert guided.metric == "revenue guidance" and guided.change == "qoq" and guided.period == "2025Q4"


def test_a_product_line_of_two_business_words_before_a_digit_quarter_is_named() -> None:
    d = build(
        "（中央社記者王明台北6日電）IC設計廠澄光電子（6288）今天公布第3季合併營收新台幣41.2億元，季增8.1%。\n\n"
        "澄光指出，電源與儲能產品第3季營收占比約22%，較去年同期提升。\n",
        "zh-Hant",
    )
    share = one(run(d).facts, value=22)
    assert share.subject == "电源与储能产品" and share.metric == "share of revenue"


def test_a_competitor_named_before_its_announcement_owns_its_figure() -> None:
    d = build(
        "（中央社記者王明台北6日電）IC設計廠澄光電子（6288）今天公布第3季每股純益2.05元。\n\n"
        "同業方面，競爭對手鼎岳光電上月公布第3季每股純益1.42元。\n",
        "zh-Hant",
    )
    facts = run(d).facts
    assert one(facts, value=1.42).subject == "鼎岳光电"
    assert one(facts, value=2.05).subject != "鼎岳光电"


def test_a_peer_an_investor_sets_beside_the_company_owns_its_figure() -> None:
    d = build(
        "互动易 > 问答 > 澄光股份(002977)\n\n"
        "投资者问：董秘您好，同为功率器件企业的岚峰微电子三季度营收增长超过45%，请问公司三季度出货量同比增长多少？\n"
        "澄光股份：尊敬的投资者，您好！公司第三季度出货量约0.82亿颗，同比增长21%。感谢您的关注！\n"
    )
    facts = run(d).facts
    assert one(facts, value=45).subject == "岚峰微电子"
    assert one(facts, value=21).subject != "岚峰微电子"


def test_a_share_after_qizhong_names_the_part_without_the_share_words() -> None:
    d = build(
        "证券代码：300512        证券简称：澄河装备\n\n"
        "答：截至2025年6月30日，公司在手订单约28亿元，其中海外订单占比约41%。\n"
    )
    share = one(run(d).facts, value=41)
    assert share.subject in ("海外", "海外订单") and share.metric == "share"


def test_a_fund_raising_projects_cumulative_investment_is_no_rd_expense() -> None:
    d = build(
        "互动易 > 问答 > 澄光股份(002977)\n\n"
        "投资者问：公司研发投入多少？募投项目进度如何？\n"
        "澄光股份：您好！公司2025年前三季度研发投入2.14亿元。募投项目\"车规级功率模块产业化项目\"累计投入募集资金约4.6亿元，投入进度约65%。\n"
    )
    facts = run(d).facts
    assert one(facts, value=2.14e8).metric == "R&D expense"
    used = one(facts, value=4.6e8)
    assert used.metric == "investment"
    assert used.period != "2025Q1-2025Q3"  # used since the funds were raised, not in the nine months
    progress = one(facts, value=65)
    assert progress.metric == "progress" and progress.period != "2025Q1-2025Q3"


def test_a_share_set_above_the_year_agos_level_gives_that_level_for_the_year_before() -> None:
    d = build(
        "澄光電子第3季營收創新高\n\n"
        "2025/11/06 18:10\n\n"
        "（中央社記者王明台北6日電）IC設計廠澄光電子（6288）今天公布第3季合併營收新台幣41.2億元，季增8.1%。\n\n"
        "澄光指出，電源與儲能產品第3季營收占比約22%，高於去年同期的15%。\n",
        "zh-Hant",
    )
    prior = one(run(d).facts, value=15)
    assert prior.metric == "share of revenue" and prior.basis == "prior" and prior.period == "2024Q3"


def test_a_wire_headline_earning_per_share_is_eps() -> None:
    d = build(
        "澄光電子第3季每股賺2.05元 創單季新高\n\n"
        "2025/11/06 18:10\n\n"
        "（中央社記者王明台北6日電）IC設計廠澄光電子（6288）今天公布第3季合併營收新台幣41.2億元，季增8.1%。\n",
        "zh-Hant",
    )
    eps = one(run(d).facts, value=2.05)
    assert eps.metric == "EPS" and eps.unit == "TWD" and eps.period == "2025Q3"
