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


WEBCAST_RELAY = """Harwell Pipe Q4 2026 Earnings Call

Operator: Welcome to the Harwell Pipe fourth quarter call. Please go ahead, Ms. Vane.
Odette Vane: Thank you. I'm Odette Vane, head of investor relations. With me is Silas Korman, our Chief Executive Officer.
Silas Korman: Thanks, Odette. Revenue was $540 million, up 8%.
Operator: Our first question comes from Jonas Pike with Merrow Capital. Please go ahead.
Jonas Pike: Silas, how full is the order book?
Silas Korman: We are booked into the third quarter.
Odette Vane: We have a couple of questions from the webcast. The next question is from the webcast, from Alma Reyes at Tidewater Advisors: will you raise the dividend?
Silas Korman: The board will decide in March.
Odette Vane: Another webcast question, this one without a name: how much debt do you plan to repay?
Silas Korman: About $60 million this year.
"""


def test_ir_reading_out_webcast_questions_relays_them_with_who_sent_them_or_no_one() -> None:
    doc = parse(WEBCAST_RELAY)
    assert pairs(doc) == [
        ("Jonas Pike", "Merrow Capital", ["Silas Korman"]),
        ("Alma Reyes", "Tidewater Advisors", ["Silas Korman"]),
        (None, None, ["Silas Korman"]),
    ]


WEBCAST_RELAY_ZH = """瑞禾生物2026年度业绩说明会

主持人：欢迎参加瑞禾生物2026年度业绩说明会。出席的有总经理潘立诚先生、董事会秘书柯文先生。
潘立诚：2026年公司营业收入18.2亿元，同比增长11%。
主持人：现在进入问答环节，第一位是云港证券的方晴。
方晴：请问新产品的放量节奏怎么样？
潘立诚：预计下半年开始贡献收入。
柯文：下一个问题来自网络，投资者问：今年会回购股份吗？
潘立诚：公司会根据股价情况考虑。
柯文：还有一位网上的投资者，来自澄岭资产的邹岩问：海外业务的收入占比是多少？
潘立诚：大约占一成。
"""


def test_a_company_person_reading_out_online_questions_relays_them() -> None:
    doc = parse(WEBCAST_RELAY_ZH)
    assert pairs(doc) == [
        ("方晴", "云港证券", ["潘立诚"]),
        (None, None, ["潘立诚"]),
        ("邹岩", "澄岭资产", ["潘立诚"]),
    ]


CEO_HOSTING = """Corvane Boats Q1 2026 Results Call

Mira Holt: Hello and thanks for joining. I'm Mira Holt, Chief Executive Officer of Corvane Boats, and with me is our CFO, Tobin Reese. Revenue was $118 million, up 10%.
Tobin Reese: Thanks, Mira. Gross margin was 24.2%. We're happy to take questions now.
Mira Holt: First up is Owen Platt with Sandcliff Markets.
Owen Platt: Thanks. Is dealer inventory lower than a year ago?
Tobin Reese: Yes, by about three weeks.
Mira Holt: And our last question comes from Lena Voss of Harrier Capital.
Lena Voss: Hi. Does the new engine supplier cost more?
Mira Holt: Slightly more for now, Lena, but that should fall as volumes build.
"""


def test_a_ceo_hosting_her_own_q_and_a_answers_when_she_replies_to_a_question() -> None:
    doc = parse(CEO_HOSTING)
    assert pairs(doc) == [
        ("Owen Platt", "Sandcliff Markets", ["Tobin Reese"]),
        ("Lena Voss", "Harrier Capital", ["Mira Holt"]),
    ]


NAMED_ALONE = """Quenby Rail Q2 2026 Results Call
Speaker 1: Good morning. I'm Ada Pryor from investor relations. With me is Cyrus Blake, our Chief Financial Officer.
Speaker 2: Thank you, Ada. Revenue rose 5% to $780 million.
Speaker 1: Let's take one from Hollis Grant.
Speaker 3: Cyrus, what drove the margin?
Speaker 2: Mostly lower fuel costs.
Speaker 1: Thanks. Petra Lindqvist, your line is open.
Speaker 4: Good morning. Will capex rise next year?
Speaker 2: Slightly, to about $400 million.
Speaker 1: The next one is from Rufus Kane with Arden Row Securities.
Speaker 5: Is the new terminal on schedule?
Speaker 2: Yes, it opens in the spring.
"""


def test_askers_the_host_names_alone_or_gives_an_open_line_name_the_numbered_speakers_who_ask() -> None:
    doc = parse(NAMED_ALONE)
    assert pairs(doc) == [
        ("Hollis Grant", None, ["Speaker 2"]),
        ("Petra Lindqvist", None, ["Speaker 2"]),
        ("Rufus Kane", "Arden Row Securities", ["Speaker 2"]),
    ]


NAMED_AFTER_FIRM_ZH = """兰汀物流2026年三季度业绩交流会

主持人：欢迎各位参加兰汀物流三季度业绩交流会，先请董事长钟启明介绍经营情况。
钟启明：三季度公司营业收入21.3亿元，同比增长8%。
主持人：接下来是泓远证券宋立恒的提问。
宋立恒：请问四季度的运价怎么看？
钟启明：我们预计运价保持平稳。
"""


def test_the_firm_and_asker_before_de_tiwen_name_who_asks() -> None:
    doc = parse(NAMED_AFTER_FIRM_ZH)
    assert pairs(doc) == [("宋立恒", "泓远证券", ["钟启明"])]


THANKS_FOR_COMING_ZH = """远川股份2025年半年度业绩交流会

刘振华：大家好，我是董事长刘振华。上半年公司实现营业收入12.3亿元，同比增长8%。
陈丽：我是财务总监陈丽，上半年毛利率31.2%，同比下降0.6个百分点。
刘振华：下面欢迎大家提问。
赵明远：领导好，我想问一下海外订单什么时候能恢复？
刘振华：预计四季度恢复。
孙佳：您好，请问毛利率下半年怎么看？
陈丽：下半年毛利率会有所回升。
刘振华：感谢大家参加。
"""


def test_the_chairs_thanks_for_coming_closes_the_call_and_answers_nothing() -> None:
    doc = parse(THANKS_FOR_COMING_ZH)
    assert pairs(doc) == [("赵明远", None, ["刘振华"]), ("孙佳", None, ["陈丽"])]
    assert doc.paragraphs[-1].section == "closing"


TEACHER_COURTESY_ZH = """北汀化工2026年半年度业绩交流会

主持人：欢迎参加北汀化工半年度业绩交流会，先请董事长蒋一帆介绍经营情况。
蒋一帆：上半年公司营业收入9.8亿元，同比增长6%。
主持人：下面请启明证券的韦书言老师提问。
韦书言：请问下半年产品价格怎么看？
蒋一帆：我们预计价格稳中有升。
"""


def test_a_teacher_courtesy_after_the_askers_name_is_no_part_of_it() -> None:
    doc = parse(TEACHER_COURTESY_ZH)
    assert pairs(doc) == [("韦书言", "启明证券", ["蒋一帆"])]
