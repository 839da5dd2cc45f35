"""Calls whose sides no roster or section heading gives, each on a short fictional call: askers the
host calls on in many wordings, askers known only by what their turns do (they ask, they thank), a
speaker who opens by saying who they are, an answer that checks it landed ("Does that help?"), and
questions sent in over a webcast that IR reads out."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None, list[str]]]:
    """(asker's name, firm, answerers' names) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm, [name(a.speaker) or "" for a in q.answers]) for q in doc.qa]


HOST_WORDINGS = """Ferrowick Tools Q2 2026 Results Call
Nora Quill: Good morning and welcome. I'm Nora Quill, head of investor relations. With me is Basil Crane, our Chief Executive Officer.
Basil Crane: Thanks, Nora. Sales rose 7% to $210 million in the quarter.
Nora Quill: Thanks, Basil. We'll go to Edwin Marsh at Tollgate Securities first.
Edwin Marsh: Thanks for taking my question. How much of the growth was price?
Basil Crane: About three points of it.
Nora Quill: Next, Ivy Rourke from Kestrel Lane Partners has the next one.
Ivy Rourke: Hi. Is the new plant on schedule?
Basil Crane: Yes, it opens in October.
"""


def test_an_adverb_of_order_after_the_firm_is_no_part_of_it_and_has_the_next_one_gives_the_floor() -> None:
    doc = parse(HOST_WORDINGS)
    assert pairs(doc) == [
        ("Edwin Marsh", "Tollgate Securities", ["Basil Crane"]),
        ("Ivy Rourke", "Kestrel Lane Partners", ["Basil Crane"]),
    ]


HOST_WORDINGS_ZH = """岚川电子2026年半年度业绩交流会

许静怡：各位投资者下午好，我是董事会秘书许静怡，今天参加交流的还有董事长高远航先生。
高远航：上半年公司营业收入12.4亿元，同比增长16%。
许静怡：下面进入交流环节，请东岭证券的姜若溪先提问。
姜若溪：谢谢领导，请问下半年的订单情况怎么样？
高远航：在手订单可以覆盖到三季度末。
许静怡：接下来有请孟子谦（恒川资本）。
孟子谦：您好，请问毛利率后面还能提升吗？
高远航：我们预计全年毛利率保持稳定。
"""


def test_a_floor_given_first_and_a_firm_in_brackets_after_the_name_name_the_asker_and_firm() -> None:
    doc = parse(HOST_WORDINGS_ZH)
    assert pairs(doc) == [("姜若溪", "东岭证券", ["高远航"]), ("孟子谦", "恒川资本", ["高远航"])]


SELF_NAMED_ZH = """沐川材料2026年一季度业绩电话会

沈启东：各位好，我是沐川材料的董事长沈启东。一季度公司营业收入8.6亿元，同比增长9%。

罗敏：我是财务总监罗敏，补充一下，一季度毛利率为22.1%，环比提升0.6个百分点。

沈启东：介绍就到这里，下面大家可以提问。

顾青：沈总好，请问一季度的出货量是多少？

沈启东：大约1.2万吨。

唐昊：领导好，我是北澜证券的唐昊。我想问一下今年的分红比例会不会提高？

罗敏：分红比例不会低于去年的30%。

唐昊：好的，谢谢罗总。
"""


def test_a_speaker_who_opens_by_saying_who_they_are_keeps_the_label_and_asks_from_their_firm() -> None:
    doc = parse(SELF_NAMED_ZH)
    assert pairs(doc) == [("顾青", None, ["沈启东"]), ("唐昊", "北澜证券", ["罗敏"])]
    assert doc.speakers_by_id[doc.qa[0].answers[0].speaker].side == "company"
    assert next(s for s in doc.speakers if s.name == "罗敏").side == "company"


CHECKED_ANSWER = """Larchmont Brewing Q3 2026 Earnings Call

Operator
Good morning. I will now turn the call over to Felix Ormond, Chief Executive Officer.

Felix Ormond
Thank you. Net sales were $402 million, up 5%.

Operator
Our first question today.

Greta Solberg
Good morning. My first one is on barley costs. How much inflation is in the guide?

Felix Ormond
Low single digits. Did that get at what you were asking?

Greta Solberg
It did. And my second is on the new brewery: when does it reach full run rate?

Felix Ormond
By the end of next year.
"""


def test_an_answer_that_checks_it_landed_lets_the_askers_next_question_stand_on_its_own() -> None:
    doc = parse(CHECKED_ANSWER)
    assert pairs(doc) == [
        ("Greta Solberg", None, ["Felix Ormond"]),
        ("Greta Solberg", None, ["Felix Ormond"]),
    ]
