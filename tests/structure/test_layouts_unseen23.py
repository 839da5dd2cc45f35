"""More layouts: an AI transcript of a Hong Kong results call with numbered speakers, a roadshow
platform's record of typed questions and company replies, and an interpreted Japanese call closed by
its IR moderator, each on a short fictional call."""

from __future__ import annotations

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


# An unproofed AI transcript: every speaker a number; the host names each asker, once with an
# English name, then gives the floor without a name to an investor who names himself.
NUMBERED_HK = """\
远澄环境控股（2218.HK）2026年中期业绩电话会
AI语音转写稿，未经人工校对

发言人1：各位好，欢迎参加远澄环境2026年中期业绩电话会议。我是投资者关系总监乔岚。今天出席的有首席财务官宋成先生。首先有请宋总介绍业绩。

发言人2：谢谢乔岚。上半年公司收入人民币18.4亿元，同比增长7%，股东应占溢利人民币2.6亿元。

发言人1：下面进入问答环节。第一位是来自岭东证券的Amy Ho。

发言人3：唔该，管理层好。想问下今年的资本开支大概几多？

发言人2：全年资本开支预计人民币12亿元左右，上半年完成了5亿。

发言人1：好的，下一位投资者请提问。

发言人4：你好，我是青峦资本的纪川。想请教一下分红政策有没有变化？

发言人2：我们维持派息比率不低于30%的政策。

发言人1：今天的电话会议到此结束，感谢大家的参与。
"""


def test_numbered_asker_shown_by_the_english_name_the_host_gave() -> None:
    """A numbered speaker the host introduced as "来自岭东证券的Amy Ho" is shown as Amy Ho, and an
    investor who names himself after a nameless hand-over asks from his own firm, not hers."""
    doc = parse(NUMBERED_HK)
    assert_sound(doc)
    assert summary(doc) == [("Amy Ho", "岭东证券", ["宋成"]), ("纪川", "青峦资本", ["宋成"])]


# A roadshow platform's record: typed questions and the company's replies, no names, but one reply
# opens with the finance head naming herself.
TYPED_RECORD = """\
澜汀科技股份有限公司2025年度业绩说明会文字实录
来源：路演平台

出席嘉宾：董事长 孟远；董事会秘书 许宁；财务总监 白露

主持人：各位投资者下午好，欢迎参加澜汀科技2025年度业绩说明会。下面进入网上互动交流环节。

投资者提问：请问公司今年的研发投入计划是多少？
公司回答：您好，公司2026年计划研发投入约2.1亿元，占营业收入的9%左右。感谢您的关注！

投资者提问：公司存货增加较多，是否有减值风险？
公司回答：感谢您的提问，我是财务总监白露。截至2025年末公司存货为3.4亿元，库龄一年以内的占92%，减值风险可控。

主持人：本次业绩说明会到此结束，感谢各位投资者的参与！
"""


def test_reply_credited_to_the_officer_who_names_herself() -> None:
    """``公司回答：`` credits nobody, unless the reply opens with an attending officer naming herself."""
    doc = parse(TYPED_RECORD)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, ["白露"])]


# An interpreted call: the IR moderator, unnamed, names each asker and closes the call.
INTERPRETED = """\
Hoshizora Chemical Co., Ltd. (4298.T)
Earnings Call Transcript: Q1 FY2026
Aug 05, 2026

Unidentified Company Representative : [Interpreted] We will now begin the earnings call. Today's speakers are Ueda, President, and Komatsu, CFO. Ueda-san, please.

Takumi Ueda: [Interpreted] This is Ueda. Net sales for the first quarter were JPY 28.4 billion, up 5%.

Unidentified Company Representative : [Interpreted] We will now take questions. The first question is from Ms. Carter of Elmridge Securities.

Joan Carter: Thank you. Why did the operating margin fall in the first quarter?

Interpreter: [Foreign Language]

Rina Komatsu: [Interpreted] Raw material costs rose faster than our prices. We expect the margin to recover from the second quarter.

Unidentified Company Representative : [Interpreted] That is all the time we have. Thank you very much for joining us today.
"""


def test_moderator_closing_is_no_answer() -> None:
    """The moderator's "That is all the time we have. Thank you very much for joining us" closes the
    call: it answers no question."""
    doc = parse(INTERPRETED)
    assert_sound(doc)
    assert summary(doc) == [("Joan Carter", "Elmridge Securities", ["Rina Komatsu"])]
