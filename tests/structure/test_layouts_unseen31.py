"""More Chinese and bilingual layouts: a chat-app article's minutes with a bar after each side's word, a
press conference's full Q&A text labelled by office alone under a narrated attendance sentence, a Taiwan
briefing's analysts with their firm in brackets, a shareholders' meeting record whose secretary answers
by title and verb, and a Hong Kong briefing's labels naming each person in both scripts, each on a short
fictional company."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.lexicon.transcript import vocab
from finbrief.model import Document
from finbrief.structure import run
from finbrief.structure.labels import parse_label
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


@pytest.mark.parametrize(
    ("line", "who", "prefix", "firm"),
    [
        ("投资者｜周航：请问新工厂何时投产？", "周航", "Q", None),
        ("公司｜许青岚：新工厂预计明年投产。", "许青岚", "A", None),
        ("投资者｜华岳证券：请问新工厂何时投产？", None, None, "华岳证券"),
        ("投资者｜周航（华岳证券）：请问新工厂何时投产？", "周航", "Q", "华岳证券"),
        ("管理层｜许青岚：新工厂预计明年投产。", "许青岚", "A", None),
    ],
)
def test_a_bar_after_a_side_word_gives_who_speaks(line: str, who: str | None, prefix: str | None, firm: str | None) -> None:
    """``投资者｜周航：``: after the word for askers the bar gives the asker's name, not a firm; ``公司｜许青岚：``
    the company's person who answers; a firm after the bar stays the asker's firm."""
    lab = parse_label(line, line, vocab(), frozenset())
    assert lab is not None
    if who is None:
        assert (lab.role, lab.firm) == ("question", firm)
    else:
        assert (lab.who, lab.prefix, lab.firm) == (who, prefix, firm)


# A chat-app article's minutes: an attendance line listing the askers as `<name>（<firm>）` after the
# word for investors, then `公司｜<name>：` / `投资者｜<name>：` labels.
BAR_MINUTES = """\
青岚微电2026年一季度业绩交流纪要

原创 远川研究 2026-04-28 08:00

参会人员：公司董事长 许青岚、财务总监 宋雨；投资者 周航（华岳证券）、陆遥（长岭基金）等

一、公司介绍

公司｜许青岚：一季度公司营业收入5.2亿元，同比增长18%。

二、问答环节

投资者｜周航：请问射频芯片的新客户进展如何？

公司｜许青岚：两家手机客户已经进入量产阶段。

投资者｜陆遥：一季度毛利率为什么下降？

公司｜宋雨：主要是新产线折旧增加，二季度会回升。

END
"""


def test_bar_minutes_name_askers_and_their_listed_firms() -> None:
    """``投资者｜周航：`` asks as 周航 from the firm the attendance line gives him; ``公司｜宋雨：`` answers."""
    doc = parse(BAR_MINUTES)
    assert_sound(doc)
    assert summary(doc) == [("周航", "华岳证券", ["许青岚"]), ("陆遥", "长岭基金", ["宋雨"])]


# A press conference's full Q&A text: the attendance in one narrated sentence, each title run into the
# name, then labels by office alone and anonymous reporters.
OFFICE_LABELS = """\
青禾地產全年業績記者會答問全文

　　以下是青禾地產主席羅振東、行政總裁汪晴和財務總監白露今日在公司總部舉行業績記者會的答問全文：

記者：主席你好，想問今年會否增加土地儲備？

主席：我們會審慎增加，具體請行政總裁補充。

行政總裁：今年計劃投入港幣二十億元購買土地。

記者：想問財務總監，今年利息開支預計多少？

財務總監：大約港幣六億元，比去年少。

完
"""


def test_office_labels_are_the_people_the_narrated_attendance_names() -> None:
    """``主席：`` / ``行政總裁：`` / ``財務總監：`` are the people the opening sentence names with those titles."""
    doc = parse(OFFICE_LABELS)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["羅振東", "汪晴"]), (None, None, ["白露"])]


# A news story naming officers with their titles in its opening: no transcript, no speakers.
NEWS_WITH_TITLES = """\
青禾地產公布全年業績

青禾地產主席羅振東、行政總裁汪晴今日公布全年業績，集團收入港幣六十億元，按年增長百分之五。

羅振東表示，集團今年會審慎增加土地儲備。汪晴指出，利息開支預計下降。
"""


def test_a_story_naming_officers_by_title_stays_an_article() -> None:
    """A news story whose opening names officers with titles is no record: no pairs are invented."""
    doc = parse(NEWS_WITH_TITLES)
    assert doc.kind == "article"
    assert not doc.qa


# A Taiwan briefing: the host asks askers to give their firm and name (an instruction, no introduction),
# analysts labelled `分析師（<firm> <name>）`, a foreign investor unnamed.
FASHUO_ANALYST_BRACKETS = """\
青岚電子 第一季法人說明會逐字稿

公司出席：董事長 許青嵐、財務長 宋雨

主持人：接下來開放提問，請舉手的法人先報公司和姓名。

分析師（華岳投顧 周航）：請問第二季營收展望？

財務長 宋雨：第二季營收預估季增5%。

分析師（外資）：請問今年的資本支出？

董事長 許青嵐：今年資本支出約新台幣十億元。
"""


def test_host_asking_for_firm_and_name_introduces_nobody() -> None:
    """"請舉手的法人先報公司和姓名" names no asker: the foreign investor's question stays anonymous."""
    doc = parse(FASHUO_ANALYST_BRACKETS)
    assert_sound(doc)
    assert summary(doc) == [("周航", "華岳投顧", ["宋雨"]), (None, None, ["許青嵐"])]


# A shareholders' meeting record: an attendance field with titles, then `股东提问：` and answers marked by
# title and verb, the board secretary's among them.
AGM_TITLE_VERBS = """\
青岚电气2025年年度股东大会交流纪要

出席人员：董事长 许青岚、董事会秘书 宋雨

股东提问：请问今年的订单情况如何？

董事长回答：一季度新签订单同比增长两成。

股东提问：应收账款有什么管理措施？

董事会秘书回答：公司已将回款纳入销售考核。
"""


def test_secretary_answer_mark_is_the_listed_secretary() -> None:
    """``董事会秘书回答：`` in a record whose staff field lists ``董事会秘书 宋雨``: 宋雨 answers."""
    doc = parse(AGM_TITLE_VERBS)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["许青岚"]), (None, None, ["宋雨"])]


# A Hong Kong briefing: each label names the person in Chinese and English, then a title or a firm in
# brackets.
BILINGUAL_BRACKETED = """\
青禾控股中期業績發布會文字稿

羅振東 Martin Law（主席）：上半年集團收入港幣三十億元。

周航 Hugo Chau（Harbourline Capital）：想問下半年的展望？

羅振東 Martin Law（主席）：下半年收入增長會維持雙位數。

Nina Ho（Kestrel Bay Securities）：Could you comment on the dividend?

汪晴 Ivy Wong（財務總監）：Our payout ratio will stay at 40 per cent.
"""


def test_bilingual_names_with_bracketed_title_or_firm() -> None:
    """``周航 Hugo Chau（Harbourline Capital）：`` asks as 周航 from that firm; ``汪晴 Ivy Wong（財務總監）：`` answers."""
    doc = parse(BILINGUAL_BRACKETED)
    assert_sound(doc)
    assert summary(doc) == [("周航", "Harbourline Capital", ["羅振東"]), ("Nina Ho", "Kestrel Bay Securities", ["汪晴"])]


# A results briefing's record naming who attended in one sentence, each name followed by a courtesy word.
NARRATED_COURTESY = """\
青岚微电2025年度业绩说明会

出席本次说明会的有公司董事长许青岚先生、总经理周启明先生及财务总监宋雨女士。

主持人：下面进入问答环节。

问：请问今年的分红比例？

董事长：分红比例不低于去年。

问：海外业务进展如何？

总经理：海外收入增长三成。
"""


def test_narrated_attendance_with_courtesy_words() -> None:
    """``董事长许青岚先生、总经理周启明先生``: the courtesy word closes each name; ``总经理：`` is 周启明."""
    doc = parse(NARRATED_COURTESY)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["许青岚"]), (None, None, ["周启明"])]


# A transcription service's export: the host's welcome inside the first turn names who attended.
DIARISED_WELCOME = """\
青岚微电2025年三季度业绩电话会

发言人1 00:00:03
欢迎参加青岚微电三季度业绩电话会。参加今天会议的有公司总经理许青岚先生、首席财务官宋雨女士。下面请许总介绍经营情况。

发言人2 00:00:30
谢谢。前三季度公司营业收入5.2亿元，同比增长18%。

发言人1 00:02:00
谢谢许总。现在开始提问。

发言人3 00:02:10
我是华岳证券的周航，想请教一下毛利率的变化。

发言人2 00:02:30
三季度毛利率同比提升两个百分点。
"""


def test_a_welcome_inside_the_first_turn_lists_no_staff() -> None:
    """The host's welcome naming who attended is a turn, not the record's attendance: the speaker the
    host hands over to (``请许总介绍`` then ``谢谢许总``) still answers as 许青岚."""
    doc = parse(DIARISED_WELCOME)
    assert_sound(doc)
    assert summary(doc) == [("周航", "华岳证券", ["许青岚"])]


# A roadshow platform's text record: each speaker in a bracketed mark line of its own, the speech below;
# an online investor's question under `【提问】网友`.
BRACKET_MARK_LINES = """\
青岚微电2025年度业绩说明会文字实录

【主持人】
欢迎各位投资者参加青岚微电2025年度业绩说明会。

【提问】长岭证券 周航
请问新产线的投产进度如何？

【回答】总经理 许青岚
新产线已于三月投产。

【提问】网友
公司今年的分红方案是什么？

【回答】财务总监 宋雨
拟每10股派发现金红利3元。
"""


def test_a_bracketed_mark_over_an_online_investor_is_an_anonymous_question() -> None:
    """``【提问】网友`` alone on a line marks an anonymous asker whose question is the next paragraph."""
    doc = parse(BRACKET_MARK_LINES)
    assert_sound(doc)
    assert summary(doc) == [("周航", "长岭证券", ["许青岚"]), (None, None, ["宋雨"])]
    assert doc.paragraph(doc.qa[1].question[0]).text.startswith("公司今年的分红方案")


def test_secretary_answer_mark_in_traditional_script() -> None:
    """The same record in traditional script (``董事會祕書``, a variant character): 宋雨 still answers."""
    text = AGM_TITLE_VERBS.replace("董事会秘书", "董事會祕書").replace("出席人员", "出席人員")
    doc = parse(text)
    assert summary(doc)[1] == (None, None, ["宋雨"])


@pytest.mark.parametrize(
    ("line", "who", "firm"),
    [
        ("Nina Ho（Kestrel Bay Securities & Co.）：Could you comment on the dividend?", "Nina Ho", "Kestrel Bay Securities & Co."),
        ("周航 Hugo Chau（Harbourline Capital Co., Ltd.）：想問下半年的展望？", "周航", "Harbourline Capital Co., Ltd."),
    ],
)
def test_a_bracketed_firm_may_hold_an_ampersand_or_a_legal_form(line: str, who: str, firm: str) -> None:
    """A firm in brackets after the name may hold ``&`` or ``Co., Ltd.`` and run past a label's usual length."""
    lab = parse_label(line, line, vocab(), frozenset())
    assert lab is not None and (lab.who, lab.firm) == (who, firm)


# A roadshow platform's record with each mark and its speech on one line: an online investor asks, the
# secretary answers by office (the attendance line names who holds it).
BRACKET_MARK_ONE_LINE = """\
澄川科技2025年度业绩说明会文字实录

出席人员：董事长 韩启明、董事会秘书 宋雨

【提问】网友：请问公司明年的资本开支计划？

【回答】董秘：明年资本开支预计在三亿元左右。

【提问】投资者：公司今年的分红方案是什么？

【回答】董事长：拟每10股派发现金红利3元。
"""


def test_a_bracketed_mark_then_an_anonymous_asker_and_the_question_on_one_line() -> None:
    """``【提问】网友：请问…``: the question is what follows the asker's colon, asked by no one named;
    ``【回答】董秘：…`` is answered by the secretary the attendance line names."""
    doc = parse(BRACKET_MARK_ONE_LINE)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["宋雨"]), (None, None, ["韩启明"])]
    assert [doc.paragraph(q.question[0]).body for q in doc.qa] == ["请问公司明年的资本开支计划？", "公司今年的分红方案是什么？"]
    line = "问：投资者：请问分红？"
    lab = parse_label(line, line, vocab(), frozenset())
    assert lab is not None and (lab.role, line[lab.body_start :]) == ("question", "请问分红？")
