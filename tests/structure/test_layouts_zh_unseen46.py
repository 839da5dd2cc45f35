"""Chinese transcript layouts seen in the wild, each on a short fictional call: a 法說會 question record whose
labels name the firm's analyst or the officer, then the verb of the turn (``<firm> <name> 提問：``,
``<title> <name> 回答：``)."""

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

