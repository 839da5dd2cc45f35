"""The asker's firm wherever a transcript gives it, each on a short fictional call: an asker naming
themselves and a firm with its legal form, a speaker key's ``Name, Title, Firm, Inc.`` line, and the
firm kept whole however it is spelled."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def pairs(doc: Document) -> list[tuple[str | None, str | None]]:
    """(asker's name, firm) per pair, as a reader sees them."""

    def name(sid: str | None) -> str | None:
        return doc.speakers_by_id[sid].name if sid else None

    return [(name(q.asker), q.firm) for q in doc.qa]


SELF_NAMED_LEGAL = """Orrindale Central Bank Press Conference

Nell Gray: Good afternoon. Governor Hugo Marsh will read the statement and then take your questions.

Governor Marsh: Thank you, Nell. The board held the policy rate at 3.75%. Inflation eased to 2.9%.

Nell Gray: We'll take questions now. Please give your name and your outlet.

Ada Bright: Thanks. Ada Bright, Tollway Ledger & Co. Governor, is a cut possible before June?

Governor Marsh: We will look at the spring wage data first.

Ada Bright: And on the currency, does its fall worry you?

Governor Marsh: Not at this level.

Nell Gray: Next.

Rolf Kane: Hi, it's Rolf Kane from Stourby Partners, Inc. How large is the bond runoff next year?

Governor Marsh: About 30 billion dollars.
"""


def test_a_firm_an_asker_names_keeps_its_legal_form() -> None:
    assert pairs(parse(SELF_NAMED_LEGAL)) == [
        ("Ada Bright", "Tollway Ledger & Co."),
        ("Ada Bright", "Tollway Ledger & Co."),
        ("Rolf Kane", "Stourby Partners, Inc."),
    ]


SPEAKER_KEY_LEGAL = """Pelham Securities - Management meeting with Quarrow Foods

Participants
INT - Jo Penn, Consumer Analyst, Pelham Securities, Inc.
RES1 - Carl Dunne, Chief Financial Officer, Quarrow Foods

INT: Thanks for joining us. Carl, how did volumes do in the quarter?

RES1: Volumes grew 3%, and net sales were $180 million.

INT: And what about input costs?

RES1: Grain costs are still a headwind, and we have hedged most of next year.
"""


def test_a_speaker_keys_firm_keeps_its_legal_form() -> None:
    assert pairs(parse(SPEAKER_KEY_LEGAL)) == [
        ("Jo Penn", "Pelham Securities, Inc."),
        ("Jo Penn", "Pelham Securities, Inc."),
    ]


SELF_NAMED_WORDINGS = """Tallow Creek Foods Q3 2025 Earnings Call

Operator: Good day and welcome. I will now turn the call over to Maya Lund, Chief Executive Officer.

Maya Lund: Thank you. Revenue rose 8% to $412 million in the quarter.

Operator: We will now begin the question-and-answer session. Our first question comes from Owen Pratt.

Owen Pratt: Hi, it’s Owen Pratt from Greyfield Securities. How do you see competition from Northwind?

Maya Lund: Northwind is a regional player and our shelf share held steady.

Operator: Our next question comes from Lena Ortiz.

Lena Ortiz: Hi, this is Lena Ortiz on for Sam Wick at Barrow Capital. What about freight?

Maya Lund: Flat through the first half.

Operator: Next is Tom Reed.

Tom Reed: Thanks. Tom Reed on behalf of Kessling Research. Any update on the plant?

Maya Lund: It opens in May.

Operator: Next is Ivo Marsh.

Ivo Marsh: Good morning, Ivo Marsh here from Calder Bank. Is the dividend safe?

Maya Lund: Yes.

Operator: Next is Pat Lowe.

Pat Lowe: Hi, Pat Lowe here from Leeds. When will prices go up?

Maya Lund: Not this year.

Operator: Our last question comes from Una Hale with Brinmoor Partners on for Dev Rao.

Una Hale: Just one on working capital. Will inventories fall?

Maya Lund: They will.
"""


def test_an_asker_naming_their_firm_in_their_own_words() -> None:
    assert pairs(parse(SELF_NAMED_WORDINGS)) == [
        ("Owen Pratt", "Greyfield Securities"),  # a curly apostrophe; never the rival the question names
        ("Lena Ortiz", "Barrow Capital"),  # on for a colleague, then the firm
        ("Tom Reed", "Kessling Research"),  # on behalf of the firm
        ("Ivo Marsh", "Calder Bank"),  # "here from"
        ("Pat Lowe", None),  # "here from" a town: a caller, no firm
        ("Una Hale", "Brinmoor Partners"),  # the operator's "with <firm> on for <colleague>"
    ]


ROSTER_WITH_LABEL_MARKS = """Fenmore Brands, Inc. Presents at Calder Bank Consumer Conference

Company Participants

Iris Vance - Chief Executive Officer [00:00:41]

Conference Call Participants

Noor Haddad - Calder Bank [00:01:12]

Noor Haddad [00:01:30]
Good morning. Iris, let me start with you. How did volumes hold up in the quarter?

Iris Vance [00:02:05]
Volumes rose 3%, and we gained share in frozen meals.

Noor Haddad [00:03:10]
And on pricing, do you plan another increase this year?

Iris Vance [00:03:40]
Not this year.
"""

ROSTER_AS_LABELS = """Fenmore Brands Q2 2026 Earnings Call

Questions & Answers:

Operator:
Our first question comes from Noor Haddad.

Noor Haddad:
How did volumes hold up in the quarter?

Iris Vance:
Volumes rose 3%, and we gained share in frozen meals.

Call participants:

Iris Vance, Chief Executive Officer:

Noor Haddad, Calder Bank:
"""


def test_a_participant_listed_as_their_label_is_written_keeps_a_clean_firm() -> None:
    assert pairs(parse(ROSTER_WITH_LABEL_MARKS)) == [("Noor Haddad", "Calder Bank"), ("Noor Haddad", "Calder Bank")]
    assert pairs(parse(ROSTER_AS_LABELS)) == [("Noor Haddad", "Calder Bank")]


PRESENTED_BY = """Hanbit Marine Q3 2026 Earnings Call

Operator: (Interpreted) Good afternoon. We will begin with the results presentation by Jae-won Park, Chief Financial Officer.

Jae-won Park: (Interpreted) Revenue for the quarter was KRW 2.1 trillion, up 12%.

Operator: (Interpreted) Now Q&A session will begin. The first question will be presented by Mr. Ethan Baek from Dongrim Securities. Please go ahead.

[Ethan Baek]
My question is on the order backlog.

[Jae-won Park]
(Interpreted) The backlog stands at about three years of work.

Operator: (Interpreted) The next question will be asked by Ms. Clara Voss of Mirren Bay Capital. Please go ahead.

[Clara Voss]
On margins, how much did steel prices help?

[Jae-won Park]
(Interpreted) About one percentage point.
"""


def test_an_interpreted_operators_question_presented_by_an_analyst_gives_the_firm() -> None:
    assert pairs(parse(PRESENTED_BY)) == [("Ethan Baek", "Dongrim Securities"), ("Clara Voss", "Mirren Bay Capital")]


STAMPED_SPEECH = """Orrindale Central Bank Press Conference Transcript

Nell Gray: (
00:00) Good afternoon. Governor Hugo Marsh will read the statement and then take your questions.

Governor Marsh: (
00:21) Thank you, Nell. The board held the policy rate at 3.75%.

Nell Gray: (
03:10) We'll take questions now. Please give your name and your outlet.

Ada Bright [00:04:18]: (
03:24) Thanks. Ada Bright, Tollway Ledger. Governor, is a cut possible before June?

Governor Marsh: (
03:41) We will look at the spring wage data first.
"""


def test_an_asker_naming_themselves_after_a_time_stamp() -> None:
    assert pairs(parse(STAMPED_SPEECH)) == [("Ada Bright", "Tollway Ledger")]


SELF_NAMED_ZH = """云帆科技2025年第三季度业绩电话会

主持人：各位投资者下午好，欢迎参加云帆科技第三季度业绩电话会。下面请财务总监刘敏介绍业绩。

刘敏：谢谢主持人。第三季度公司实现营业收入12.4亿元，同比增长18%。

主持人：下面进入问答环节。请第一位投资者提问。

发言人3：大家好，我是来自华岳证券的王磊。请问毛利率下半年的趋势？

刘敏：毛利率预计保持稳定。

主持人：请下一位投资者提问。

发言人4：谢谢，我是东岭基金研究所李娜，想问一下海外订单的情况。

刘敏：海外订单增长较快。

发言人3：我再追问一下，明年的资本开支计划是多少？

刘敏：大约8亿元。
"""


def test_an_asker_who_says_where_they_come_from_asks_with_that_firm() -> None:
    assert pairs(parse(SELF_NAMED_ZH)) == [("王磊", "华岳证券"), ("李娜", "东岭基金研究所"), ("王磊", "华岳证券")]


ONE_FIRM_TWO_SPELLINGS = """Marlow Grid Q1 2026 Earnings Call

Operator: Welcome to the Marlow Grid first quarter call. I will turn the call over to Dana Pike, Chief Financial Officer.

Dana Pike: Thanks. Revenue rose 6% to $880 million.

Operator: Our first question comes from Ken Wu with Harlan Beck & Co. LLC.

Ken Wu: On load growth, what are data centers adding?

Dana Pike: About 2% a year.

Operator: Our next question comes from Vera Quill of Ashdown Research.

Vera Quill: How do you see competition from Northwind Power?

Dana Pike: We compete well there.

Operator: We have a follow-up from Ken Wu with Harlan Beck.

Ken Wu: And the timing of the new plant?

Dana Pike: Late 2027.
"""


def test_one_firm_spelled_with_and_without_its_legal_form_is_one_firm() -> None:
    assert pairs(parse(ONE_FIRM_TWO_SPELLINGS)) == [
        ("Ken Wu", "Harlan Beck & Co. LLC"),
        ("Vera Quill", "Ashdown Research"),
        ("Ken Wu", "Harlan Beck & Co. LLC"),
    ]


SELF_NAMED_AFTER_THANKS = """Tallow Creek Foods Q3 2025 Earnings Call

Operator: Good day and welcome. I will now turn the call over to Maya Lund, Chief Executive Officer.

Maya Lund: Thank you. Revenue rose 8% to $412 million in the quarter.

Operator: We will now begin the question-and-answer session. Our first question comes from Owen Pratt.

Owen Pratt: Hi, it's Owen from Greyfield Securities. How is pricing holding up?

Maya Lund: Pricing held steady.

Operator: Our next question comes from Lena Ortiz.

Lena Ortiz: Yes, hi, good morning. Thanks for taking my question. It's Lena Ortiz at Barrow Capital. What about freight?

Maya Lund: Flat.

Operator: Next is Ivy Chan.

Ivy Chan: Hey, guys. Ivy Chan from Corbel Markets. How do you see competition from Northwind Foods?

Maya Lund: It is a regional player.
"""


def test_an_asker_naming_themselves_by_first_name_or_after_their_thanks() -> None:
    assert pairs(parse(SELF_NAMED_AFTER_THANKS)) == [
        ("Owen Pratt", "Greyfield Securities"),
        ("Lena Ortiz", "Barrow Capital"),
        ("Ivy Chan", "Corbel Markets"),
    ]


FIRM_COLON_ROSTER = """Quarrow Logistics Q2 2026 Earnings Call

Company Participants
Lina Brook - Chief Executive Officer
Paul Hart - Chief Financial Officer

Conference Call Participants
Greyfield Securities: Owen Pratt
Barrow Capital: Lena Ortiz, Sam Wick

Operator: Welcome. I will hand over to Lina Brook.

Lina Brook: Thank you. Revenue rose 9% to $640 million.

Operator: Our first question comes from Owen Pratt.

Owen Pratt: How are volumes in Europe?

Paul Hart: Up 4%.

Operator: Our next question comes from Lena Ortiz.

Lena Ortiz: What about pricing?

Lina Brook: Stable.

Operator: Next is Sam Wick.

Sam Wick: And costs?

Paul Hart: Lower.
"""


def test_a_roster_listing_each_firm_then_its_analysts() -> None:
    assert pairs(parse(FIRM_COLON_ROSTER)) == [
        ("Owen Pratt", "Greyfield Securities"),
        ("Lena Ortiz", "Barrow Capital"),
        ("Sam Wick", "Barrow Capital"),
    ]


HANDED_FOR_QUESTIONS = """Marlow Grid Q1 2026 Earnings Call

Operator: Welcome to the Marlow Grid first quarter call. I will turn the call over to Dana Pike, Chief Financial Officer.

Dana Pike: Thanks. Revenue rose 6% to $880 million.

Operator: I would now like to turn the call over to Vera Quill from Ashdown Research for questions.

Vera Quill: How do you see competition from Northwind Power?

Dana Pike: We compete well there.
"""


def test_a_firm_ends_before_what_the_floor_is_given_for() -> None:
    assert pairs(parse(HANDED_FOR_QUESTIONS)) == [("Vera Quill", "Ashdown Research")]


GLUED_ROSTER_COURTESY = """Quarrow Cloud Holdings Q3 2026 Earnings Call
Company Participants
Mrs. Lina Brook – IR DirectorPaul Hart – Chairman & CEOIvo Marsh – CFO
Conference Call Participants
Mrs. Ada Bright – Tollway SecuritiesRolf Kane – Stourby Capital
Operator
Good day. I will now hand the call over to Lina Brook, IR Director. Please go ahead.
Lina Brook
Thanks, operator. With me are Paul Hart and Ivo Marsh.
Paul Hart
Revenue reached RMB 2.1 billion, up 11%.
Operator
Our first question comes from Ada Bright. Please go ahead.
Ada Bright
Could management share the outlook for cloud demand next year?
Paul Hart
We expect demand to stay robust.
Operator
Our next question comes from Rolf Kane. Please go ahead.
Rolf Kane
How do you see margins?
Ivo Marsh
Margins should improve slightly.
"""


def test_a_glued_participants_line_opening_with_a_courtesy_title_gives_each_firm() -> None:
    assert pairs(parse(GLUED_ROSTER_COURTESY)) == [("Ada Bright", "Tollway Securities"), ("Rolf Kane", "Stourby Capital")]
