"""More layouts: shareholders' meeting records whose askers are labelled only as shareholders and name
themselves in Mandarin or Cantonese, each on a short fictional meeting."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "meeting.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


# A Hong Kong AGM's Q&A record (zh-Hant, Cantonese): every shareholder labelled `股東：`, one naming
# himself with no firm, one naming herself and then her firm, her second question in the third person.
AGM_CANTONESE = """\
朗峰集團有限公司
二〇二六年股東週年大會 問答記錄

出席董事：主席 鄭國樑先生、財務總監 余詠詩女士

主席鄭國樑先生：各位股東早晨，集團去年收入港幣三十二億元，而家開放俾股東提問。

股東：主席你好，我係小股東何志明。想問下今年會唔會加派股息？

主席鄭國樑先生：多謝何先生。董事會會維持百分之四十嘅派息比率。

股東：你好，我叫梁美儀，係恒橋資產管理嘅。想問財務總監今年嘅資本開支係幾多？

財務總監余詠詩女士：今年資本開支預計港幣四億元左右。

股東：梁美儀再問一條，集團嘅淨負債比率目標係幾多？

財務總監余詠詩女士：目標係低過百分之三十。
"""


def test_shareholder_label_and_cantonese_self_introductions() -> None:
    """``股東：`` opens a shareholder's question; "我係小股東何志明" names him (no firm), "我叫梁美儀，係恒橋
    資產管理嘅" names her and her firm, and "梁美儀再問一條" is her follow-up."""
    doc = parse(AGM_CANTONESE)
    assert_sound(doc)
    assert summary(doc) == [
        ("何志明", None, ["鄭國樑"]),
        ("梁美儀", "恒橋資產管理", ["余詠詩"]),
        ("梁美儀", "恒橋資產管理", ["余詠詩"]),
    ]


# An A-share meeting's notes: a private shareholder's closing thanks and good wishes after the last
# answer, then the chairman's thanks.
AGM_THANKS = """\
启衡电子2025年年度股东大会交流纪要

公司出席人员：董事长 严立群、财务总监 伍佳

严董：各位股东下午好，2025年公司营业收入12.1亿元，同比增长9%。

股东（个人股东）：公司今年的分红比例会提高吗？

伍总：今年拟每10股派发现金红利2元，分红比例约35%。

股东（个人股东）：谢谢管理层，祝公司越来越好。

严董：谢谢大家的支持。
"""


def test_a_shareholders_thanks_and_wishes_are_no_attendance_list() -> None:
    """"谢谢管理层，祝公司越来越好" after a shareholder's label is that shareholder's closing words, not a
    list of who came: the chairman's thanks that follows answers no question."""
    doc = parse(AGM_THANKS)
    assert_sound(doc)
    assert summary(doc)[0] == (None, None, ["伍佳"])
