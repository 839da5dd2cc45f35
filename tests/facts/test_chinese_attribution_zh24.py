"""Whose figures and which period a Chinese page gives: a Q&A platform's page without a listing code answers as the
firm its answer labels name; a business named with its activity ("物業銷售收入") keeps the activity in its name; a
Taiwanese wire that writes no year takes the date it closes on.

Documents are written for these tests; the companies and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import identify, run
from finbrief.model import Fact

from .builders import ingest

_SECRETARY = """投资者:请问公司前三季度海外业务收入是多少?
岚峰电子董秘:您好,公司2025年前三季度海外收入16.2亿元,占营业收入比重21.4%。感谢您的关注。

投资者:请问公司第三季度毛利率是多少?
岚峰电子董秘:您好,公司第三季度毛利率为27.5%,同比提升0.8个百分点。谢谢。
"""

_COMPANY_LABEL = """投资者：请问公司上半年经营活动现金流情况如何？
溪谷材料公司：您好，公司2025年上半年经营活动产生的现金流量净额为4.3亿元。谢谢！
"""

_GREETING = """投资者：请问贵公司2025年前三季度净利润是多少？
澄川精密：尊敬的投资者，您好！公司2025年前三季度实现归属于上市公司股东的净利润6.1亿元，同比增长14%。感谢您的关注！
"""

_PERSON = """投资者：请问公司第三季度毛利率是多少？
王伟：您好，公司第三季度毛利率为25.1%。谢谢！
"""

_HK_INTERIM = """《經濟通通訊社27日專訊》翠堤置業(01866)公布截至今年6月底止中期業績,股東應佔溢利9.8億元,按年跌12%。
期內收入64.2億元,按年升4%。物業銷售收入38.5億元,按年升7%;物業投資收入14.6億元,按年跌3%。
"""

_TW_WIRE = """凌岳第3季每股賺3.16元
(中央社記者林明台北6日電)探針卡廠凌岳(6791)今天公布第3季財報,單季合併營收新台幣12.4億元,年增11%;每股純益3.16元。
凌岳表示,第4季營收可望持平。(編輯:陳文)1141106
"""


def one(facts: list[Fact] | tuple[Fact, ...], **want: object) -> Fact:
    hits = [f for f in facts if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.unit, f.change, f.period) for f in facts])
    return hits[0]


def test_a_qa_page_without_a_code_answers_as_the_firm_its_secretary_speaks_for() -> None:
    doc = ingest(_SECRETARY, source="qa.txt")
    assert identify(doc).company == "岚峰电子"
    margin = one(run(doc), value=27.5)
    assert (margin.subject, margin.metric, margin.period) == ("岚峰电子", "gross margin", "2025Q3")


def test_a_qa_page_answers_as_the_firm_its_answer_label_names() -> None:
    cash = one(run(ingest(_COMPANY_LABEL, source="qa.txt")), value=430_000_000)
    assert (cash.subject, cash.metric) == ("溪谷材料", "operating cash flow")
    profit = one(run(ingest(_GREETING, source="qa.txt")), value=610_000_000)
    assert (profit.subject, profit.metric, profit.period) == ("澄川精密", "net income attributable to shareholders", "2025Q1-2025Q3")


def test_a_person_answering_is_no_company() -> None:
    assert identify(ingest(_PERSON, source="qa.txt")).company is None


def test_a_business_named_with_its_activity_keeps_it_in_its_name() -> None:
    facts = run(ingest(_HK_INTERIM, source="hk.txt"))
    sales = one(facts, value=3_850_000_000)
    assert (sales.subject, sales.metric) == ("物业销售", "revenue")
    rent = one(facts, value=1_460_000_000)
    assert (rent.subject, rent.metric) == ("物业投资", "revenue")
    assert one(facts, value=6_420_000_000).subject == "翠堤置業"


def test_a_firm_selling_is_no_business_of_its_own() -> None:
    facts = run(ingest("青岚集团(01999)公布中期业绩,集团销售收入86.4亿元,按年升5%。今年投资收入3.2亿元。", source="hk.txt"))
    assert (one(facts, value=8_640_000_000).subject, one(facts, value=320_000_000).metric) == ("青岚集团", "investment income")


def test_a_taiwan_wire_without_a_year_dates_by_its_closing_stamp() -> None:
    doc = ingest(_TW_WIRE, source="tw.txt")
    assert identify(doc).period == "2025Q3"
    assert one(run(doc), value=1_240_000_000).period == "2025Q3"


def test_a_taiwan_wire_without_any_date_gets_no_period() -> None:
    facts = run(ingest(_TW_WIRE.replace("1141106", ""), source="tw.txt"))
    assert one(facts, value=1_240_000_000).period is None
