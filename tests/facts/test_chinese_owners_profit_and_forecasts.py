"""Chinese results pages that give the whole group's profit beside the part attributable to the parent's owners, broker
comments whose forecasts follow the results, call records with a speaker's title before the name and next year's
targets, a Hong Kong filing whose code is another market's firm's, and a bank's or an insurer's own lines.

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


HK_INTERIM = (
    "首頁 > 財經 > 港股新聞\n"
    "柏盛國際中期純利升12%\n"
    "2025年8月20日　記者：吳家朗\n"
    "柏盛國際（01738）昨日公佈截至二零二五年六月三十日止六個月中期業績，期內溢利為人民幣5.10億元，按年增長9.5%；"
    "本公司擁有人應佔溢利為人民幣4.62億元，按年上升12.1%。\n"
)


def test_the_groups_profit_and_the_owners_share_of_one_half_are_two_metrics() -> None:
    facts = run(ingest(HK_INTERIM))
    group = one(facts, value=5.1e8)
    owners = one(facts, value=4.62e8)
    assert (group.metric, group.period) == ("net income", "2025Q1-2025Q2")
    assert (owners.metric, owners.period) == ("net income attributable to shareholders", "2025Q1-2025Q2")
    keys = [(f.subject, f.metric, f.change, f.period) for f in facts if f.unit == "CNY"]
    assert len(keys) == len(set(keys))  # no key holds two values


BANK_YEAR = (
    "首页 > 银行 > 正文\n"
    "岭川银行2025年净利润增长4.1%\n"
    "2026-03-27 20:10　来源：金融时报　作者：韩雪\n"
    "3月27日晚间，岭川银行（601377）披露2025年年度报告。2025年，该行实现净利润312.6亿元，同比增长4.1%；"
    "归属于本行股东的净利润305.2亿元，同比增长3.8%。\n"
    "另据年报，子公司岭川金融租赁全年实现净利润12.4亿元。\n"
    "公司金融板块营业收入402.5亿元，同比增长5.1%。\n"
)


def test_a_banks_profit_and_its_shareholders_share_are_kept_apart() -> None:
    facts = run(ingest(BANK_YEAR))
    assert one(facts, value=3.126e10).metric == "net income"
    assert one(facts, value=3.052e10).metric == "net income attributable to shareholders"
    assert one(facts, value=3.8).metric == "net income attributable to shareholders"


def test_a_subsidiary_named_before_its_whole_year_owns_its_profit() -> None:
    facts = run(ingest(BANK_YEAR))
    assert one(facts, value=1.24e9).subject == "岭川金融租赁"


def test_a_banks_corporate_banking_line_is_a_segment_not_the_bank() -> None:
    facts = run(ingest(BANK_YEAR))
    assert one(facts, value=4.025e10).subject == "corporate banking"


def test_the_profit_net_of_one_off_items_written_out_in_full_is_not_the_owners_share() -> None:
    text = (
        "嘉岳股份（603877）发布2025年年度报告。\n"
        "2025年，公司实现归属于上市公司股东的净利润3.25亿元，同比增长11.2%；"
        "扣除非经常性损益后归属于上市公司股东的净利润2.98亿元，同比增长9.6%。\n"
    )
    facts = run(ingest(text))
    assert one(facts, value=3.25e8).metric == "net income attributable to shareholders"
    assert one(facts, value=2.98e8).metric == "net income excluding non-recurring items"


BROKER_COMMENT = (
    "首页 > 研报中心 > 公司研究\n"
    "澜星材料(603655)：三季度盈利改善\n"
    "2025-10-31　瑞明证券　分析师：邵一鸣\n"
    "事件：公司发布2025年三季报，前三季度实现营业收入32.15亿元，同比增长12.4%；归母净利润3.08亿元，同比增长20.6%。\n"
    "盈利预测与投资评级：我们预计公司2025-2027年归母净利润分别为4.16/5.02/6.11亿元。给予2026年22倍PE，目标价26.40元，"
    "维持“买入”评级。\n"
)


def test_a_broker_comments_forecasts_after_the_results_are_no_facts() -> None:
    facts = run(ingest(BROKER_COMMENT))
    assert one(facts, value=3.08e8).metric == "net income attributable to shareholders"
    assert [f for f in facts if f.value in (4.16e8, 5.02e8, 6.11e8, 26.4)] == []


def test_the_analysts_earlier_expectation_is_no_fact() -> None:
    text = (
        "首页 > 保险 > 公司动态\n"
        "宁信保险（601339）发布2025年年度报告。报告期内，集团实现归属于母公司股东的净利润262.5亿元。\n"
        "分析师此前预期，宁信保险全年归母净利润约为250亿元。\n"
        "截至2025年末，集团投资资产规模达3.12万亿元，较上年末增长9.5%。\n"
    )
    facts = run(ingest(text))
    assert [f for f in facts if f.value == 2.5e10] == []
    assert one(facts, value=3.12e12).metric == "investment assets"


def test_a_hong_kong_code_line_with_another_markets_code_keeps_the_filings_own_firm() -> None:
    text = (
        "香港交易及結算所有限公司及香港聯合交易所有限公司對本公告之內容概不負責。\n"
        "恒嶽環保控股有限公司\n"
        "（股份代號：2317）\n"
        "截至二零二五年十二月三十一日止年度\n"
        "全年業績公告\n"
        "‧收益約為人民幣2,126.5百萬元，較去年增加6.7%。\n"
    )
    facts = run(ingest(text))
    assert one(facts, value=6.7).subject == "恒岳环保控股"


CALL_RECORD = (
    "澄宇能源（300877）2025年三季度业绩交流会纪要\n"
    "时间：2025年10月28日 15:00-16:00\n"
    "参会人员：董事长 顾明远；财务总监 叶青\n"
    "董事长顾明远：前三季度公司实现营业收入22.18亿元，同比增长10.6%。\n"
    "财务总监叶青：第三季度单季营收8.26亿元，同比增长13.8%。\n"
    "问：明年的目标是多少？\n"
    "答：明年储能业务收入力争增长30%以上，全年营收目标为35亿元。\n"
)


def test_a_speakers_title_and_name_before_a_colon_are_no_subject() -> None:
    facts = run(ingest(CALL_RECORD))
    assert one(facts, value=8.26e8).subject == "澄宇能源"


def test_a_whole_year_after_next_year_opened_the_sentence_is_next_years() -> None:
    facts = run(ingest(CALL_RECORD))
    assert one(facts, value=3.5e9).period == "2026"


def test_the_size_of_a_fall_narrowed_to_a_figure_is_a_fall_of_that_size() -> None:
    text = (
        "宇洲银行（600919）2025年度业绩说明会纪要\n"
        "答：第三季度净息差降幅收窄至8个基点，营收增速放缓至6%。\n"
    )
    facts = run(ingest(text))
    nim = one(facts, unit="bps")
    assert (nim.metric, nim.value, nim.change) == ("net interest margin", -8.0, "yoy")
    growth = one(facts, unit="%")
    assert (growth.metric, growth.value, growth.change) == ("revenue", 6.0, "yoy")
