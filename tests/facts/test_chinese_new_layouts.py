"""Chinese pages in layouts the rules were not written on: common synonyms of margins, balances set against the start
of the reporting period, an insurer's solvency ratios, raised funds used, a peer a cue names whatever its name ends
with, and "该业务" pointing back at the business line named before it.

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


def test_gross_profit_margin_written_in_full_is_a_margin_not_gross_profit() -> None:
    d = build("澄明科技（300111）\n\n2025年1-9月，公司毛利润率为31.2%，经营活动产生的现金流量净额为2.4亿元。\n")
    facts = run(d).facts
    margin = one(facts, value=31.2)
    assert margin.metric == "gross margin" and margin.period == "2025Q1-2025Q3"
    assert one(facts, value=2.4e8).metric == "operating cash flow"


def test_a_hk_firms_operating_profit_margin_is_the_operating_margin() -> None:
    d = build("澄明控股（01234）\n\n截至2025年9月30日止九个月，集团收益为356.2百万港元，经营溢利率为12.5%。\n")
    facts = run(d).facts
    assert one(facts, value=12.5).metric == "operating margin"
    revenue = one(facts, value=356.2e6)
    assert revenue.metric == "revenue" and revenue.unit == "HKD" and revenue.period == "2025Q1-2025Q3"


def test_a_balance_against_the_period_start_is_its_move_since_the_year_start() -> None:
    d = build("澄明科技（300111）\n\n截至2025年末，公司总资产为58.6亿元，较期初增长12.4%。\n")
    growth = one(run(d).facts, value=12.4)
    assert growth.metric == "total assets" and growth.change == "ytd"


def test_an_insurers_solvency_ratios_and_their_moves_on_the_last_quarter_end() -> None:
    d = build(
        "澄明保险（601999）\n\n截至2025年9月30日，公司核心偿付能力充足率为168.4%，综合偿付能力充足率为231.7%，"
        "较上季末分别上升3.2个百分点和4.5个百分点。\n"
    )
    facts = run(d).facts
    core = one(facts, value=168.4)
    assert core.metric == "core solvency ratio" and core.period == "2025Q3" and core.change is None
    assert one(facts, value=231.7).metric == "comprehensive solvency ratio"
    core_move = one(facts, value=3.2)
    assert core_move.metric == "core solvency ratio" and core_move.unit == "pp" and core_move.change == "qoq"
    assert one(facts, value=4.5).metric == "comprehensive solvency ratio"


def test_raised_funds_used_to_date_and_the_share_used() -> None:
    d = build("澄明科技（300111）\n\n截至本报告期末，公司累计使用募集资金4.96亿元，使用进度为99.2%。\n")
    facts = run(d).facts
    used = one(facts, value=4.96e8)
    assert used.metric == "investment" and used.subject == "澄明科技"
    assert one(facts, value=99.2).metric == "progress"


def test_a_peer_named_after_its_cue_owns_its_figures_whatever_its_name_ends_with() -> None:
    for text in (
        "同日，同行业公司兆联科技披露业绩快报，2025年营业总收入同比增长9.7%。",
        "同日，同行业公司兆联科技2025年营业总收入同比增长9.7%。",
        "同日，同行业的兆联科技2025年营业总收入同比增长9.7%。",
    ):
        d = build("澄明科技（300111）\n\n" + text + "\n")
        peer = one(run(d).facts, value=9.7)
        assert peer.subject == "兆联科技" and peer.metric == "revenue" and peer.change == "yoy", text


def test_that_business_points_back_at_the_line_named_before_not_at_the_firm_speaking() -> None:
    d = build("澄明科技（300111）\n\n公司表示，业绩增长主要得益于汽车电子业务放量，报告期内该业务营收同比增长48.2%。\n")
    growth = one(run(d).facts, value=48.2)
    assert growth.subject in ("汽车电子", "汽车电子业务") and growth.metric == "revenue"


def test_a_peers_premiums_named_in_a_question() -> None:
    d = build("澄明保险（601999）\n\n投资者问：同行业的泰和保险前三季度保费增长了12%，公司增速为何较低？\n")
    peer = one(run(d).facts, value=12)
    assert peer.subject == "泰和保险" and peer.metric == "written premium" and peer.change == "yoy"


def test_traditional_script_hk_and_taiwanese_terms() -> None:
    d = build(
        "澄明控股有限公司\n（股份代號：01234）\n\n截至二零二五年九月三十日止九個月，本集團收益為人民幣5,321百萬元，"
        "本公司擁有人應佔溢利為人民幣612百萬元，經營溢利率為9.8%，毛利潤率為30.1%。\n",
        "zh-Hant",
    )
    facts = run(d).facts
    assert one(facts, value=5321e6).metric == "revenue"
    assert one(facts, value=612e6).metric == "net income attributable to shareholders"
    assert one(facts, value=9.8).metric == "operating margin"
    assert one(facts, value=30.1).metric == "gross margin"


QUARTERLY_STORY = "瀚川股份(688022.SH)发布2025年三季度报告\n\n2025-10-28\n\n"


def test_a_quarterly_reports_own_period_words_in_prose() -> None:
    d = build(
        QUARTERLY_STORY + "报告显示，公司本报告期实现营业收入5.6亿元，同比增长9.8%；年初至报告期末实现营业收入15.2亿元，"
        "同比增长12.5%。\n"
    )
    facts = run(d).facts
    quarter = one(facts, value=5.6e8)
    assert quarter.subject == "瀚川股份" and quarter.metric == "revenue" and quarter.period == "2025Q3"
    assert one(facts, value=9.8).period == "2025Q3"
    nine = one(facts, value=15.2e8)
    assert nine.metric == "revenue" and nine.period == "2025Q1-2025Q3"


def test_a_half_year_reports_period_is_its_half() -> None:
    d = build("瀚川股份(688022.SH)发布2025年半年度报告\n\n2025-08-20\n\n公司本报告期实现营业收入9.6亿元，同比增长14.1%。\n")
    assert one(run(d).facts, value=9.6e8).period == "2025Q1-2025Q2"


def test_a_balance_at_the_reports_end_after_a_sentence_naming_an_earlier_year() -> None:
    d = build(
        QUARTERLY_STORY + "公司2024年非公开发行股票募集资金总额为50亿元。截至本报告期末，公司累计使用募集资金49.6亿元，"
        "使用进度为99.2%。\n"
    )
    progress = one(run(d).facts, value=99.2)
    assert progress.metric == "progress" and progress.period == "2025Q3"


def test_months_ended_on_a_day_without_its_year_are_the_pages_year() -> None:
    d = build(
        "瀚川控股公布第三季業績\n\n2025/11/12\n\n瀚川控股（股份代號：1688）公布，截至9月30日止九個月，收益為12.8億港元。\n",
        "zh-Hant",
    )
    revenue = one(run(d).facts, value=12.8e8)
    assert revenue.period == "2025Q1-2025Q3" and revenue.unit == "HKD"


def test_headline_shapes_name_the_firm_a_story_then_calls_the_company() -> None:
    body = "\n\n2025-10-28\n\n公司前三季度实现营业收入15.2亿元，同比增长12.5%。\n"
    for head in (
        "三季报速递｜瀚川股份：前三季度营收15.2亿元",
        "瀚川股份2025年三季报解读",
        "【公告】瀚川股份：关于2025年前三季度经营情况的说明",
    ):
        revenues = [f for f in run(build(head + body)).facts if f.value == 15.2e8]
        assert revenues and all(f.subject == "瀚川股份" and f.period == "2025Q1-2025Q3" for f in revenues), head


def test_a_headline_column_tag_and_colon_name_no_firm_without_a_firms_ending() -> None:
    d = build("业绩快报：多家公司前三季度营收增长\n\n2025-10-28\n\n公司前三季度实现营业收入15.2亿元。\n")
    assert run(d).company != "业绩快报"
