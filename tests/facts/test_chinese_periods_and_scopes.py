"""Chinese results pages whose figures sit in several periods and scopes: a year's results announced the next year
("較去年", an interim dividend), a results call titled with the year it reviews, a sentence led by "上年同期", peers
described before their names or named after "同行" in a question, a share of the group's revenue, the rest of the
parts ("其他业务"), a quoted product family, a subsidiary named before its year, a dividend per ten shares, new orders
in money and the 扣非 profit written out in full.

Sentences are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import ingest


def one(facts: tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


HK_ANNUAL = (
    "松嶺食品控股有限公司\n"
    "（股份代號：3391）\n"
    "截至二零二五年十二月三十一日止年度之年度業績公告\n"
    "‧收益為人民幣42.10億元，較去年增加6.4%。\n"
    "‧董事會建議派發末期股息每股8.0港仙，連同中期股息每股3.5港仙。\n"
    "冷凍食品業務收益為人民幣30.20億元，佔本集團總收益的71.7%；其他業務收益為人民幣2.15億元。\n"
)


def test_a_change_on_last_year_in_a_years_results_announced_the_next_year_is_of_the_year_reported() -> None:
    facts = run(ingest(HK_ANNUAL))
    growth = one(facts, value=6.4)
    assert (growth.metric, growth.change, growth.period) == ("revenue", "yoy", "2025")


def test_an_interim_dividend_in_a_years_results_is_that_years_first_half() -> None:
    facts = run(ingest(HK_ANNUAL))
    assert one(facts, value=0.035).period == "2025Q1-2025Q2"


def test_a_share_of_the_groups_revenue_is_the_lines_and_the_other_businesses_are_no_company_figure() -> None:
    facts = run(ingest(HK_ANNUAL))
    share = one(facts, value=71.7)
    assert (share.subject, share.metric) == ("冷冻食品", "share of revenue")
    rest = one(facts, value=2.15e8)
    assert (rest.subject, rest.metric) == ("其他业务", "revenue")


CALL = (
    "岳川装备（603377）2025年度业绩说明会文字实录\n"
    "时间：2026年4月20日 15:00-16:30\n"
    "主持人：欢迎各位投资者参加本次业绩说明会。\n"
    "周铭：分板块看，风电装备板块收入41.20亿元，同比增长9.1%，毛利率18.4%。\n"
    "周铭：全年公司新签订单88.6亿元，同比增长12.0%。\n"
    "周铭：2026年公司力争实现营业收入95亿元；资本开支计划约4.5亿元。\n"
    "问：同行启航重机毛利率有所下滑，公司如何看待？\n"
    "陈立：启航重机2025年毛利率降至16.2%，我们的产品结构不同。\n"
)


def test_a_call_titled_with_the_year_it_reviews_dates_its_undated_figures_in_that_year() -> None:
    facts = run(ingest(CALL))
    segment = one(facts, value=4.12e9)
    assert (segment.subject, segment.metric, segment.period) == ("风电装备", "revenue", "2025")
    assert one(facts, value=18.4).period == "2025"


def test_new_orders_in_money_are_bookings_of_the_company() -> None:
    facts = run(ingest(CALL))
    orders = one(facts, value=8.86e9)
    assert (orders.subject, orders.metric) == ("岳川装备", "bookings")
    assert one(facts, value=12.0).metric == "bookings"


def test_a_capital_plan_after_a_sentence_led_by_next_years_targets_is_for_that_year() -> None:
    facts = run(ingest(CALL))
    capex = one(facts, value=4.5e8)
    assert (capex.metric, capex.period) == ("capex", "2026")


def test_a_peer_a_question_names_after_tongxing_is_that_peer_when_the_answer_names_it_again() -> None:
    facts = run(ingest(CALL))
    margin = one(facts, value=16.2)
    assert (margin.subject, margin.metric) == ("启航重机", "gross margin")


PREVIEW = (
    "首页 > 公司 > 公告解读\n"
    "澜江药业：预计2025年归母净利润2.1亿元至2.5亿元\n"
    "2026-01-26 18:20　来源：证券时报　记者：林舟\n"
    "澜江药业（300811）1月26日晚间发布2025年度业绩预告。公司预计2025年实现归属于上市公司股东的净利润21,000万元至25,000万元。"
    "上年同期，公司归母净利润为16,300万元，扣非净利润为15,120万元。\n"
    "记者注意到，同属化学制药板块的恒信制药日前预告，2025年归母净利润预计同比下降10%至30%。\n"
)


def test_a_sentence_led_by_last_years_same_span_gives_last_years_figures() -> None:
    facts = run(ingest(PREVIEW))
    prior = one(facts, value=1.63e8)
    assert (prior.metric, prior.period, prior.basis) == ("net income attributable to shareholders", "2024", "prior")
    assert one(facts, value=1.512e8).basis == "prior"


def test_a_fellow_of_the_sector_described_before_its_name_forecasting_days_ago_is_that_firm() -> None:
    facts = run(ingest(PREVIEW))
    assert one(facts, value=-30.0).subject == "恒信制药"


STORY = (
    "首页 > 保险 > 公司动态\n"
    "泰禾保险前三季度归母净利润增长12.1%\n"
    "10月30日晚间，泰禾保险（601399）发布2025年第三季度报告。前三季度，公司实现归属于母公司股东的净利润201.5亿元，同比增长12.1%；"
    "扣除非经常性损益后的归母净利润198.2亿元，同比增长11.4%。\n"
    "对比来看，同日披露三季报的安盛人寿前三季度新业务价值同比增长9.6%。\n"
    "分产品看，前三季度高端系列“泰禾尊享”系列实现保费收入88.1亿元。\n"
    "此外，公司全资子公司泰禾资管2025年前三季度实现净利润6.2亿元。\n"
)


def test_the_kou_fei_profit_written_out_with_gui_mu_is_net_income_excluding_non_recurring_items() -> None:
    facts = run(ingest(STORY))
    assert one(facts, value=1.982e10).metric == "net income excluding non-recurring items"


def test_a_firm_described_by_the_report_it_published_is_that_firm() -> None:
    facts = run(ingest(STORY))
    assert one(facts, value=9.6).subject == "安盛人寿"


def test_a_quoted_product_family_names_the_line() -> None:
    facts = run(ingest(STORY))
    assert one(facts, value=8.81e9).subject == "泰禾尊享"


BANK = (
    "首页 > 银行 > 年报速递\n"
    "3月27日晚间，嘉临银行（601588）发布2025年年度报告。2025年，该行实现营业收入512.30亿元，同比增长3.1%。\n"
    "分红方面，该行拟向全体股东每10股派发现金股利2.40元（含税）。\n"
    "该行资本充足率为14.82%。\n"
    "此外，该行旗下理财子公司嘉临理财2025年实现净利润9.3亿元。\n"
)


def test_the_words_of_a_dividend_per_ten_shares_name_no_line_for_the_next_paragraph() -> None:
    facts = run(ingest(BANK))
    assert one(facts, value=14.82).subject == "嘉临银行"


def test_a_subsidiary_named_after_its_relation_then_its_year_is_the_subject_of_its_result() -> None:
    facts = run(ingest(BANK))
    profit = one(facts, value=9.3e8)
    assert (profit.subject, profit.metric, profit.period) == ("嘉临理财", "net income", "2025")


def test_a_dividend_a_bank_proposes_in_its_years_results_is_that_years() -> None:
    facts = run(ingest(BANK))
    dividend = one(facts, value=0.24)
    assert (dividend.subject, dividend.metric, dividend.period) == ("嘉临银行", "dividend", "2025")


TARGETS = (
    "首页 > 公司 > 公司新闻\n"
    "澄远科技三季报点评\n"
    "2025-10-28 20:15　来源：证券日报　记者：王一\n"
    "澄远科技2025年目标营收增长20%，前三季度已完成全年目标的72%。\n"
    "目标客户收入同比增长12%。\n"
)


def test_a_target_written_before_its_metric_is_the_companys_guidance_not_a_line_called_target() -> None:
    facts = run(ingest(TARGETS))
    target = one(facts, value=20.0)
    assert (target.subject, target.metric, target.period) == ("company", "revenue guidance", "2025")
    assert one(facts, value=12.0).subject == "目标客户"


MONTHLY_TW = (
    "首頁 > 台股 > 產業\n"
    "聯岳11月營收月增3.2%\n"
    "2025/12/08 14:20　經濟日報　記者林一／台北報導\n"
    "聯岳（2412）今（8）日公布11月營收新台幣128.6億元，月增3.2%、年增15.4%。\n"
    "同業聯旭科技11月營收年減4.1%。\n"
)


def test_a_peer_named_after_tongye_owns_its_month() -> None:
    facts = run(ingest(MONTHLY_TW))
    peer = one(facts, value=-4.1)
    assert (peer.subject, peer.metric, peer.period) == ("联旭科技", "revenue", "2025-11")


BANK_QUARTER = (
    "首页 > 银行 > 公司动态\n"
    "澄海银行三季报\n"
    "2025-10-29 20:15　来源：金融界　作者：周亦\n"
    "澄海银行前三季度净息差为1.71%，同比收窄15个基点，较上半年收窄2个基点。\n"
    "澄海银行2025年拟实现净利润增长5%。\n"
    "澄海银行预计2025年营业收入增长3%，2024年营业收入为680.4亿元。\n"
)


def test_a_move_against_an_earlier_span_of_the_same_year_is_no_yoy_change() -> None:
    facts = run(ingest(BANK_QUARTER))
    assert one(facts, value=-15.0).change == "yoy"
    assert one(facts, value=-2.0).change is None


def test_a_result_a_bank_intends_to_reach_is_guidance() -> None:
    facts = run(ingest(BANK_QUARTER))
    assert one(facts, value=5.0).metric == "net income guidance"


def test_a_past_years_result_in_the_clause_after_a_forecast_is_no_guidance() -> None:
    facts = run(ingest(BANK_QUARTER))
    past = one(facts, value=6.804e10)
    assert (past.metric, past.period) == ("revenue", "2024")


SINGLE_SPANS = (
    "首页 > 公司 > 公司新闻\n"
    "澄远科技三季报点评\n"
    "2025-10-28 20:15　来源：证券日报　记者：王一\n"
    "1-9月，澄远科技累计实现销售收入98.2亿元；9月单月实现销售收入12.5亿元。\n"
    "澄远科技单三季度营收33.1亿元，同比增长16.5%。\n"
)


def test_a_single_month_or_quarter_word_is_no_part_of_a_name() -> None:
    facts = run(ingest(SINGLE_SPANS))
    month = one(facts, value=1.25e9)
    assert (month.subject, month.period) == ("company", "2025-09")
    quarter = one(facts, value=3.31e9)
    assert (quarter.subject, quarter.period) == ("澄远科技", "2025Q3")
