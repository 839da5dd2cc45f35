"""The host's hand-over wordings: each names the asker and the firm, in English and in Chinese, on a short
fictional call; a management hand-over or an ordinary sentence names no asker."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def english_call(hand_over: str, asker: str = "Jonah Ferris") -> str:
    return f"""\
Operator: Good day and welcome to the Pelliston Rail fourth quarter 2024 results call. With me are Tobias Wren, Chief Executive Officer, and Lena Hartsook, Chief Financial Officer.
Tobias Wren: Thanks. Revenue for the quarter was $412 million, up 5%.
Operator: We will now take questions. {hand_over}
{asker}: Thanks. Tobias, how did volumes trend in January?
Tobias Wren: January was in line with our plan.
Operator: That concludes our call. Thank you.
"""


def chinese_call(hand_over: str, asker: str) -> str:
    return f"""\
主持人：各位好，欢迎参加普兰斯顿铁路2024年第四季度业绩电话会。出席的有首席执行官韦托，首席财务官何丽娜。
韦托：谢谢。本季度收入为4.12亿美元，同比增长5%。
主持人：{hand_over}
{asker}：谢谢。请问一月份的运量趋势如何？
韦托：一月份符合我们的计划。
主持人：会议到此结束。谢谢。
"""


@pytest.mark.parametrize(
    "hand_over",
    [
        "First, Jonah Ferris from Bayard Securities. Please go ahead.",
        "First, Jonah Ferris from Bayard Securities. Your line is open.",
        "And next, Jonah Ferris with Bayard Securities. Go ahead.",
        "Over to Jonah Ferris of Bayard Securities. Please go ahead.",
        "Our first question is Jonah Ferris at Bayard Securities.",
        "Jonah Ferris from Bayard Securities, your line is open.",
        "We'll go first to Jonah Ferris with Bayard Securities. Please go ahead.",
    ],
)
def test_english_hand_over_names_the_askers_firm(hand_over: str) -> None:
    """However the operator words the hand-over, the asker's question carries the firm it names."""
    doc = parse(english_call(hand_over))
    assert_sound(doc)
    assert summary(doc) == [("Jonah Ferris", "Bayard Securities", ["Tobias Wren"])]


def test_english_hand_over_keeps_a_legal_form() -> None:
    """A lead-in and a firm with its legal form before the open line: the firm keeps the legal form."""
    doc = parse(english_call("First, Jonah Ferris from Corvo Securities Co., Ltd. Please go ahead."))
    assert summary(doc) == [("Jonah Ferris", "Corvo Securities Co., Ltd.", ["Tobias Wren"])]


def test_a_sentence_with_a_verb_after_the_name_hands_over_to_no_asker() -> None:
    """"Then Tobias Wren at Pelliston Rail will speak. Please go ahead." opens the call for the chief
    executive: he stays the company's, and the asker who follows keeps his own firm."""
    text = english_call("Our first question comes from Jonah Ferris with Bayard Securities.").replace(
        "With me are", "Then Tobias Wren at Pelliston Rail will speak. Please go ahead. With me are"
    )
    doc = parse(text)
    assert summary(doc) == [("Jonah Ferris", "Bayard Securities", ["Tobias Wren"])]
    assert {s.name: s.side for s in doc.speakers}["Tobias Wren"] == "company"


@pytest.mark.parametrize("asker", ["林海", "欧阳明远"])
@pytest.mark.parametrize(
    ("hand_over", "firm"),
    [
        ("接下来是来自鼎衡证券的{asker}的问题。", "鼎衡证券"),
        ("下面是来自华岳基金的{asker}的提问。", "华岳基金"),
        ("下一位提问的是远川资本管理有限公司的{asker}。", "远川资本管理有限公司"),
        ("有请华岳基金的{asker}。", "华岳基金"),
        ("有请Corvo Capital的{asker}。", "Corvo Capital"),
    ],
)
def test_chinese_hand_over_names_an_asker_with_a_chinese_name(hand_over: str, firm: str, asker: str) -> None:
    """A Chinese name of two or four characters, followed by 的问题 or closing the sentence, is the asker,
    from the firm the host names."""
    doc = parse(chinese_call(hand_over.format(asker=asker), asker))
    assert_sound(doc)
    assert summary(doc) == [(asker, firm, ["韦托"])]


def test_chinese_hand_over_to_the_companys_own_man_names_no_asker() -> None:
    """"有请公司的董事长韦托先生。" hands the call to the chairman: he answers for the company."""
    text = chinese_call("下面请来自鼎衡证券的林海提问。", "林海").replace(
        "出席的有首席执行官韦托，首席财务官何丽娜。", "有请公司的董事长韦托先生。"
    )
    doc = parse(text)
    assert summary(doc) == [("林海", "鼎衡证券", ["韦托"])]
    assert {s.name: s.side for s in doc.speakers}["韦托"] == "company"
