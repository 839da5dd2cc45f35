"""Chinese filings and pages whose heads carry furniture before the title: a Hong Kong announcement's disclaimer
and stock-code line, an A-share flash's announcement number, a site's menu above a broker's note; lists of other
notes and questions under their heading; a Q&A page's asker label; a rumour; cents before a bracket.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import build

HK_HEAD = (
    "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。\n"
    "青嵐物流集團有限公司\n"
    "QINGLAN LOGISTICS GROUP LIMITED\n"
    "（於開曼群島註冊成立的有限公司）\n"
    "（股份代號：03318）\n"
    "截至二零二五年六月三十日止六個月之中期業績公告\n"
)


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_hong_kong_announcement_names_its_company_and_half_year_under_its_disclaimer() -> None:
    d = build(
        HK_HEAD + "‧ 收益約為人民幣512.3百萬元，較二零二四年同期增加約8.1%。\n"
        "‧ 每股基本盈利為人民幣6.12分（二零二四年同期：人民幣5.70分）。\n"
        "青嵐物流集團有限公司\n",
        "zh-Hant",
    )
    sheet = identify(d)
    assert sheet.ticker == "03318"
    assert sheet.company is not None and sheet.company.startswith("青嵐物流")
    facts = run(d).facts
    revenue = one(facts, metric="revenue", unit="CNY")
    assert revenue.period == "2025Q1-2025Q2" and abs(revenue.value - 512.3e6) < 1
    eps = one(facts, metric="EPS", period="2025Q1-2025Q2")
    assert abs(eps.value - 0.0612) < 1e-9  # 分 before a bracket is a cent


def test_an_announcement_number_is_no_year_of_the_flash_it_heads() -> None:
    d = build(
        "证券代码：603911        证券简称：澄河材料        公告编号：2025-037\n"
        "澄河材料股份有限公司\n"
        "2025年前三季度业绩快报公告\n"
        "报告期内，公司实现营业总收入12.40亿元，比上年同期增长9.60%。\n"
    )
    fact = one(run(d).facts, metric="revenue", unit="CNY")
    assert fact.period == "2025Q1-2025Q3"


def test_a_site_menu_above_a_broker_note_leaves_its_forecasts_the_brokers() -> None:
    d = build(
        "Workflow\n搜索文档\n"
        "远帆电子(688901):三季度业绩稳健增长\n"
        "北川证券· 2025-10-29 08:00\n"
        "投资评级 - 维持\"买入\"评级 目标价格42.00元 [1]\n"
        "核心观点 - 公司前三季度实现营业收入18.2亿元，同比增长21.4% [1]\n"
        "盈利预测 - 预计公司2025-2027年归母净利润分别为3.10/3.82/4.65亿元 [2]\n"
    )
    facts = run(d).facts
    one(facts, metric="revenue", unit="CNY")
    assert not [f for f in facts if f.metric.startswith("net income")]


def test_a_list_of_related_notes_or_popular_questions_ends_the_page() -> None:
    d = build(
        "远帆电子(688901):三季度业绩稳健增长\n"
        "公司前三季度实现营业收入18.2亿元，同比增长21.4%。\n"
        "相关研报\n"
        "临江电气(300911):前三季度营收同比增长17.5%\n"
        "热门问答\n"
        "1. 临江电气：公司三季度净利润同比增长40%的原因？\n"
    )
    facts = run(d).facts
    assert [f.value for f in facts] == [1.82e9, 21.4]


def test_a_question_label_names_no_subject_and_a_rumour_is_no_fact() -> None:
    d = build(
        "互动易 > 问答 > 远帆电子(688901)\n"
        "投资者问：请问公司前三季度研发投入多少？\n"
        "远帆电子：尊敬的投资者，您好！公司2025年前三季度研发投入2.15亿元。感谢您的关注！\n"
        "投资者问：网传公司第四季度营收将超过8亿元，是否属实？\n"
    )
    facts = run(d).facts
    rd = one(facts, metric="R&D expense")
    assert rd.subject != "投资者问"
    assert not [f for f in facts if f.value == 8e8]


def test_a_table_unit_line_is_no_subject() -> None:
    d = build(
        "澄河材料股份有限公司 2025年前三季度业绩快报（证券代码：603911）\n"
        "单位：万元 币种：人民币\n"
        "加权平均净资产收益率(%) 6.10 5.40 增加0.70个百分点\n"
    )
    assert all(f.subject != "单位" for f in run(d).facts)


def test_a_results_flash_table_gives_the_span_its_year_before_and_the_change_even_with_rows_run_together() -> None:
    d = build(
        "证券代码：603911        证券简称：澄河材料        公告编号：2025-037\n"
        "澄河材料股份有限公司2025年前三季度业绩快报公告\n"
        "单位：万元 币种：人民币\n"
        "项目 本报告期 上年同期 增减变动幅度(%)\n"
        "营业总收入 124,000.50 113,138.20 9.60营业利润 15,210.00 13,800.00 10.22\n"
        "加权平均净资产收益率(%) 6.10 5.40 增加0.70个百分点\n"
        "项目 本报告期末 本报告期初 增减变动幅度(%)\n"
        "归属于上市公司股东的所有者权益 210,500.00 200,000.00 5.25\n"
        "注：本报告期初数同法定披露的上年年末数。\n"
    )
    facts = run(d).facts
    revenue = one(facts, metric="revenue", basis=None, unit="CNY")
    assert revenue.period == "2025Q1-2025Q3" and abs(revenue.value - 1_240_005_000) < 1
    prior = one(facts, metric="revenue", basis="prior")
    assert prior.period == "2024Q1-2024Q3" and abs(prior.value - 1_131_382_000) < 1
    assert one(facts, metric="revenue", unit="%").change == "yoy"
    one(facts, metric="operating income", unit="%", value=10.22)
    roe = one(facts, metric="return on equity", unit="pp")
    assert roe.value == 0.70 and roe.raw == "0.70个百分点"
    equity = one(facts, metric="shareholders' equity", basis=None, unit="CNY")
    assert equity.period == "2025Q3"
    start = one(facts, metric="shareholders' equity", basis="prior")
    assert start.period == "2024Q4"
    assert one(facts, metric="shareholders' equity", unit="%").change == "ytd"


def test_a_date_in_chinese_digits_dates_a_managed_area_at_its_quarter_end() -> None:
    d = build(HK_HEAD + "於二零二五年六月三十日，本集團在管建築面積約為45.6百萬平方米。\n", "zh-Hant")
    area = one(run(d).facts, metric="GFA under management")
    assert (area.unit, area.period, area.value) == ("sqm", "2025Q2", 45.6e6)


def test_chinese_digit_dates_read_as_ascii_digits_in_the_same_length() -> None:
    from finbrief.facts.text import analysis_text

    for original, view in (
        ("於二零二五年六月三十日", "于2025年6月30日"),
        ("香港，二零二五年八月二十五日", "香港，2025年8月25 日"),
        ("截至二零二四年十二月三十一日止年度", "截至2024年12月31 日止年度"),
        ("二零二五年十月", "2025年十月"),  # (10 would not fit in one character: left as written)
    ):
        assert analysis_text(original) == view and len(view) == len(original)


def test_unnamed_peers_figures_are_none_of_the_companys() -> None:
    d = build(
        "远帆电子(688901)投资者关系活动记录表\n"
        "答：据行业数据，部分同行上半年毛利率已降至22%左右，公司上半年综合毛利率为31.5%。\n"
    )
    facts = run(d).facts
    assert [f.value for f in facts if f.metric == "gross margin"] == [31.5]
