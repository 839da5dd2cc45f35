"""Chinese transcript layouts seen in the wild, each on a short fictional call: a 法說會 question record whose
labels name the firm's analyst or the officer, then the verb of the turn (``<firm> <name> 提問：``,
``<title> <name> 回答：``); notes that sign each paragraph on the line below it (``——<firm> <name>``)."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


FIRM_NAME_VERB_LABELS = """澄嶺光電 2025年第二季法人說明會 問答紀錄

公司出席：董事長 何振宇、財務長 蘇怡君

財務長 蘇怡君 報告：第二季合併營收新台幣12.6億元，毛利率24.1%。

問答

澄嶺投顧 方志遠 提問：請問第三季的營收展望？
財務長 蘇怡君 回答：第三季營收預估季增5%左右。
北峰證券 林雅婷 提問：明年資本支出規劃如何？
董事長 何振宇 回答：明年資本支出約新台幣8億元。
"""


def test_a_firm_and_name_before_the_verb_of_asking_label_the_analyst_of_that_firm() -> None:
    doc = parse(FIRM_NAME_VERB_LABELS)
    assert pairs(doc) == [
        ("方志遠", "澄嶺投顧", ["蘇怡君"]),
        ("林雅婷", "北峰證券", ["何振宇"]),
    ]
    assert_sound(doc)


SIGNED_BELOW = """澄嶺新材 调研纪要

接待人员：董事长 何振宇、财务总监 苏怡君

交流内容：

公司海外客户的拓展进度如何？
——北峰证券 林雅婷

目前已有三家海外客户进入认证阶段，预计明年开始批量供货。
——董事长 何振宇

三季度毛利率为什么下降？
——澄岭基金 方志远

主要是原材料涨价以及新产线的折旧增加。
——财务总监 苏怡君
"""


def test_a_dash_signature_below_a_paragraph_credits_the_paragraph_above_it() -> None:
    doc = parse(SIGNED_BELOW)
    assert pairs(doc) == [
        ("林雅婷", "北峰证券", ["何振宇"]),
        ("方志远", "澄岭基金", ["苏怡君"]),
    ]
    assert_sound(doc)


NAME_THEN_ROLE_LINES = """澄嶺新材 2025年第三季度业绩说明会 文字记录

主持人
董事会秘书
各位投资者好，下面有请总经理介绍经营情况。

何振宇
总经理
前三季度公司实现营业收入8.6亿元，同比增长11%。

苏怡君
财务总监
三季度单季净利润为0.9亿元，同比增长8%。

主持人
董事会秘书
下面进入问答环节。

林雅婷
北峰证券 分析师
请问明年的产能规划是怎样的？

何振宇
总经理
明年新增两条产线，产能提升约三成。
"""


def test_a_name_line_above_a_firms_analyst_line_names_the_asker() -> None:
    doc = parse(NAME_THEN_ROLE_LINES)
    assert pairs(doc) == [("林雅婷", "北峰证券", ["何振宇"])]
    assert_sound(doc)
