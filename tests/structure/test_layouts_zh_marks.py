"""Chinese minutes that name the asker next to the question's mark without brackets or a colon of
their own ("问：中信证券 王磊 请问…"), or in lenticular brackets before it ("【中信证券 王磊】问：…",
once only, as the first question), each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, str]]:
    """(asker name, firm, the question's first characters) of every pair."""
    by_id = doc.speakers_by_id
    return [
        (by_id[q.asker].name if q.asker in by_id else None, q.firm, doc.paragraph(q.question[0]).text[:6])
        for q in doc.qa
    ]


SPACED = """\
岚川新材2026年第三季度业绩说明会纪要

一、公司经营情况介绍
前三季度公司实现营业收入12.5亿元，同比增长18%，归母净利润2.1亿元。

二、问答环节
问：中信证券 王磊 请问海外业务的毛利率展望如何？
答：海外毛利率预计明年保持在35%左右。
问：华泰证券赵云 新产能什么时候投产？
答：预计明年二季度投产。
问：东岳证券孙悦请问分红政策会变化吗？
答：分红政策保持稳定。
问：公司 今年的资本开支是多少？
答：约8亿元。
"""


def test_asker_set_off_by_spaces_after_the_question_mark() -> None:
    """A broker and its analyst right after "问：", set off by a space or followed by "请问": who
    asks and their firm, and the question starts after the name. Plain words after the mark
    ("公司 今年…") name no one."""
    doc = parse(SPACED)
    assert summary(doc) == [
        ("王磊", "中信证券", "问：中信证券"),
        ("赵云", "华泰证券", "问：华泰证券"),
        ("孙悦", "东岳证券", "问：东岳证券"),
        (None, None, "问：公司 今"),
    ]
    assert all(len(q.answers) == 1 for q in doc.qa)
    assert_sound(doc)


BRACKETED_FIRST = """\
岚川新材2026年第三季度投资者交流纪要

问答环节
【中信证券 王磊】问：请问海外业务的毛利率展望如何？
董秘：海外毛利率预计明年保持在35%左右。
问：新产能什么时候投产？
答：预计明年二季度投产。
"""


def test_bracketed_asker_before_the_mark_as_the_first_question() -> None:
    """"【中信证券 王磊】问：" opens the Q&A once, the other questions anonymous: the mark after the
    brackets makes it a label as sure as a colon, so the record reads as a transcript and the first
    pair is Wang Lei's, answered by the board secretary."""
    doc = parse(BRACKETED_FIRST)
    assert doc.kind == "transcript"
    assert summary(doc) == [("王磊", "中信证券", "【中信证券 "), (None, None, "问：新产能什")]
    first = doc.qa[0]
    assert [doc.speakers_by_id[a.speaker].name for a in first.answers if a.speaker] == ["董秘"]
    assert_sound(doc)
