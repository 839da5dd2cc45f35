"""Chinese and bilingual records: askers named by a word and their firm, firm-only question labels,
numbered staff fields, single-pair activity records and a record's unnamed answers, each on a short
fictional call written in that layout."""

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


# A Taiwan investor conference's transcript: each analyst is labelled by the word, the name and the
# firm in brackets.
TW_CONFERENCE = """\
澄川科技2026年第二季法人說明會逐字稿

主持人：各位法人先進大家午安，歡迎參加澄川科技第二季法說會。首先請財務長報告財務結果。

財務長 姚思齊：謝謝主持人。第二季合併營收為新台幣85億元，季增12%，毛利率為31.5%。

董事長 喬明遠：展望第三季，我們預期營收將持續成長，主要動能來自伺服器電源。

主持人：接下來開放提問。

分析師 顧言（北辰證券）：請問第三季毛利率展望？
財務長 姚思齊：我們預期第三季毛利率維持在31%至32%之間。

分析師 魏嵐（南山投顧）：請問資本支出計畫？
董事長 喬明遠：今年資本支出約為新台幣20億元。
"""


def test_asker_word_name_and_firm_label() -> None:
    """``分析師 顧言（北辰證券）：`` opens a question by 顧言 of 北辰證券; the executives answer."""
    doc = parse(TW_CONFERENCE)
    assert_sound(doc)
    assert summary(doc) == [
        ("顧言", "北辰證券", ["姚思齊"]),
        ("魏嵐", "南山投顧", ["喬明遠"]),
    ]


# A results briefing's record: a numbered attendance field, and questions labelled by the asking
# firm alone.
FIRM_LABELS = """\
澄川精密股份有限公司2026年半年度业绩说明会记录

一、会议时间：2026年8月30日
二、出席人员：董事长 乔明远；总经理 姚思齐；财务总监 柯安

三、主要内容

主持人：各位投资者下午好，欢迎参加本次业绩说明会。首先请董事长介绍公司上半年经营情况。

乔明远：各位投资者好。上半年公司实现营业收入12.3亿元，同比增长18%，主要得益于减速器放量。

主持人：下面进入问答环节。

北辰证券：请问下半年减速器订单的能见度如何？
姚思齐：目前在手订单已覆盖四季度，客户以海外机器人厂商为主。

南山基金：毛利率下滑的原因是什么？
柯安：主要是原材料价格上涨，我们预计下半年会有所修复。

主持人：本次业绩说明会到此结束，谢谢大家。
"""


def test_firm_only_question_labels_and_numbered_staff_field() -> None:
    """``北辰证券：请问…`` is an anonymous question from 北辰证券; the numbered ``二、出席人员：`` field
    makes the people who answer the company's, with their titles."""
    doc = parse(FIRM_LABELS)
    assert_sound(doc)
    assert summary(doc) == [(None, "北辰证券", ["姚思齐"]), (None, "南山基金", ["柯安"])]
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["姚思齐"].side == "company" and by_name["姚思齐"].role == "总经理"


# A broker hosting a company's call introduces it under its own name: no question, no pair.
BROKER_HOST = """\
澄川精密2026年半年度业绩交流会纪要

北辰证券：欢迎各位参加澄川精密的业绩交流会，今天公司董事长乔明远出席。
乔明远：谢谢北辰证券。上半年公司实现营业收入12.3亿元，同比增长18%。
南山基金：请问下半年订单情况？
乔明远：在手订单已覆盖四季度。
"""


def test_a_broker_host_line_that_asks_nothing_is_no_question() -> None:
    doc = parse(BROKER_HOST)
    assert summary(doc) == [(None, "南山基金", ["乔明远"])]


# An activity record with a single question and its answer, the receptionist listed in the form.
SINGLE_PAIR = """\
澄川精密股份有限公司投资者关系活动记录表

投资者关系活动类别：特定对象调研
参与单位名称及人员姓名：北辰证券 顾言
时间：2026年9月12日
上市公司接待人员姓名：董事会秘书 柯安

投资者关系活动主要内容介绍：

问：公司今年新产线的投产进度如何？
答：新产线已于二季度完成设备调试，目前产能利用率约为七成，预计年底前满产。
"""


def test_single_pair_record_answer_stays_the_company_s() -> None:
    """One ``问：`` / ``答：`` pair in a record form is a pair; the reception field lists who received
    the visitors, not who said what, so even its one person is not made the answerer."""
    doc = parse(SINGLE_PAIR)
    assert_sound(doc)
    assert doc.kind == "transcript"
    assert summary(doc) == [(None, None, [None])]


# Several receptionists: an unlabelled answer stays unattributed.
SEVERAL_RECEPTIONISTS = SINGLE_PAIR.replace("董事会秘书 柯安", "董事长 乔明远；董事会秘书 柯安")


def test_unlabelled_answer_with_several_receptionists_stays_anonymous() -> None:
    assert summary(parse(SEVERAL_RECEPTIONISTS)) == [(None, None, [None])]


# A broker's roadshow note: one company attendee listed, answers marked only "公司：" except the last,
# which names who answered.
ROADSHOW_NOTE = """\
澄川精密 路演交流纪要（2026年9月）

交流对象：多家公募及私募机构
公司参会：董事会秘书 柯安

投资者A：请问下半年减速器订单的能见度如何？
公司：目前在手订单已覆盖四季度，客户以海外机器人厂商为主。

投资者B：毛利率下滑的原因是什么？
公司：主要是原材料价格上涨，预计下半年会有所修复。

投资者A：泰国工厂什么时候投产？
董事会秘书 柯安：泰国工厂预计明年一季度投产。
"""


def test_company_marked_answers_stay_anonymous_unless_named() -> None:
    """``公司：`` says the company answered, not which attendee: no speaker is invented for it; an
    answer whose label names the attendee is theirs."""
    doc = parse(ROADSHOW_NOTE)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, [None]), (None, None, ["柯安"])]
    assert [(s.name, s.side) for s in doc.speakers] == [("柯安", "company")]


# A bank's results briefing record: a reporter's question and the president's answer, one exchange,
# the officer named by title alone.
BANK_BRIEFING = """\
澄川银行2026年中期业绩发布会答问

记者：请问下半年净息差会否继续收窄？
行长：我们预计下半年净息差降幅会明显收窄，全年大约在1.6%左右。
"""


def test_single_exchange_answered_by_a_bank_officer_title() -> None:
    """``记者：`` then ``行长：``: a record of one exchange, answered by the office."""
    doc = parse(BANK_BRIEFING)
    assert_sound(doc)
    assert doc.kind == "transcript"
    assert summary(doc) == [(None, None, ["行长"])]


# An investor day's record: unnumbered headings name who speaks, then the speech.
INVESTOR_DAY = """\
澄川科技投资者开放日实录

澄川科技CEO乔明远演讲

非常欢迎大家来到澄川科技的第一次投资者开放日。我们今年的收入预计增长20%以上。

我们会继续投入研发，明年研发费用率保持在15%左右。

澄川科技CFO柯安发言

我来介绍一下财务情况。上半年毛利率为35.2%，同比提升1.1个百分点。
"""


def test_unnumbered_speech_headings_name_the_prepared_speakers() -> None:
    doc = parse(INVESTOR_DAY)
    assert_sound(doc)
    by_id = doc.speakers_by_id
    who = {p.text[:8]: by_id[p.speaker].name if p.speaker else None for p in doc.paragraphs}
    assert who["非常欢迎大家来到"] == "乔明远"
    assert who["我们会继续投入研"] == "乔明远"
    assert who["我来介绍一下财务"] == "柯安"


# A results briefing's text record where the board secretary answers in a few words.
BRIEF_SECRETARY = """\
澄川精密2026年半年度业绩说明会文字记录

出席人员：董事长 乔明远；董事会秘书 柯安

主持人：欢迎各位投资者参加本次业绩说明会。

投资者1：请问公司有回购计划吗？
柯安：暂无。

投资者2：请问海外工厂何时投产？
乔明远：预计明年一季度投产，产能为5万台，主要供应欧洲客户，设备已经到位。

投资者3：二季度毛利率为什么下降？
柯安：主要是原材料涨价。

投资者4：下半年订单怎么样？
柯安：请董事长回答。
乔明远：在手订单已覆盖四季度。
"""


def test_a_board_secretarys_short_reply_to_a_question_answers_it() -> None:
    """``柯安：暂无。`` right after a question is the answer, though the board secretary's short lines
    usually steer; handing the question on (``请董事长回答。``) still steers."""
    doc = parse(BRIEF_SECRETARY)
    assert_sound(doc)
    assert summary(doc) == [
        ("投资者1", None, ["柯安"]),
        ("投资者2", None, ["乔明远"]),
        ("投资者3", None, ["柯安"]),
        ("投资者4", None, ["乔明远"]),
    ]


# A record whose answers name several people, and whose remarks open under numbered headings naming
# the office alone.
SEVERAL_ANSWERERS = """\
澄川精密2026年半年度业绩说明会文字记录

参会人员：董事长 乔明远，总经理 姚思齐，财务总监 柯安

一、董事长致辞
各位投资者好，欢迎参加公司半年度业绩说明会。上半年公司实现营业收入12.3亿元，同比增长18%。

二、财务总监介绍财务情况
上半年公司毛利率为25.1%，同比提升1.2个百分点。

三、投资者问答
问：请问减速器业务的竞争格局如何？
答：董事长乔明远、总经理姚思齐：行业竞争激烈，公司凭借自研工艺保持优势。
问：请问财务费用增加的原因？
答：财务总监柯安：主要是汇兑损失增加所致。
"""


def test_an_answer_naming_several_people_is_theirs_and_title_headings_name_the_holder() -> None:
    doc = parse(SEVERAL_ANSWERERS)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["乔明远", "姚思齐"]), (None, None, ["柯安"])]
    by_id = doc.speakers_by_id
    who = {p.text[:6]: by_id[p.speaker].name if p.speaker else None for p in doc.paragraphs}
    assert who["各位投资者好"] == "乔明远"
    assert who["上半年公司毛"] == "柯安"


# An activity record that reports who presented before what they said.
REPORTED_INTRO = """\
澄川精密股份有限公司投资者关系活动记录表

参与单位名称及人员姓名：北辰证券 顾言
上市公司接待人员姓名：董事会秘书 柯安，财务总监 姚思齐

投资者关系活动主要内容介绍：

公司董事会秘书柯安首先介绍了公司基本情况：公司上半年实现营业收入12.3亿元，同比增长18%。

问：减速器业务毛利率是多少？
答：上半年减速器业务毛利率约为25%。

问：公司有没有融资计划？
答：暂无股权融资计划。
"""


def test_a_reported_presentation_names_its_speaker() -> None:
    doc = parse(REPORTED_INTRO)
    assert_sound(doc)
    first = next(p for p in doc.paragraphs if "首先介绍了" in p.text)
    assert first.speaker is not None and doc.speakers_by_id[first.speaker].name == "柯安"
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


# A Taiwan investor conference whose askers are marked as investors in general, or by firm in brackets.
TW_GENERIC_ASKERS = """\
澄川科技 2026年第二季法人說明會

主持人：各位法人先進午安，歡迎參加澄川科技法說會，首先請執行長說明營運狀況。

喬明遠 執行長：謝謝主持人。第二季營收為新台幣85億元，季增12%。

主持人：接下來進入問答時間。

法人：請問第三季毛利率展望？
姚思齊 財務長：預期第三季毛利率維持在31%至32%之間。

提問者（北辰投顧）：請問今年資本支出？
喬明遠 執行長：今年資本支出約為新台幣20億元。

投資人：請問配息政策會調整嗎？
姚思齊 財務長：配息率維持在六成以上。
"""


def test_generic_asker_marks_and_a_firm_in_brackets() -> None:
    """``法人：`` and ``投資人：`` ask anonymously; ``提問者（北辰投顧）：`` asks for 北辰投顧."""
    doc = parse(TW_GENERIC_ASKERS)
    assert_sound(doc)
    assert summary(doc) == [
        (None, None, ["姚思齊"]),
        (None, "北辰投顧", ["喬明遠"]),
        (None, None, ["姚思齊"]),
    ]


# A bilingual results briefing: each label in English then in Chinese on one line, each section header
# in both languages.
BILINGUAL_LABELS = """\
Chengchuan Technology 2026 Annual Results Briefing

Qiao Mingyuan, Chairman 乔明远，董事长
Good afternoon, everyone. Revenue for 2026 was RMB 2.5 billion, up 20% from the year before, and the reducer business grew faster than the group.
下午好。2026年收入为25亿元人民币，同比增长20%，减速器业务增速快于集团整体水平，海外收入占比继续提升。

Yao Siqi, CFO 姚思齐，首席财务官
Gross margin was 24.8% for the year.

Q&A 问答环节

Gu Yan, Beichen Securities 顾言，北辰证券
What is your revenue target for 2027, and how much of the growth do you expect to come from the overseas reducer business?
请问2027年的收入目标是多少？其中海外减速器业务预计贡献多少增长？

Qiao Mingyuan, Chairman 乔明远，董事长
We aim for growth above 20%.
我们力争增长20%以上。
"""


def test_bilingual_label_lines_and_header() -> None:
    doc = parse(BILINGUAL_LABELS)
    assert_sound(doc)
    assert summary(doc) == [("Gu Yan", "Beichen Securities", ["Qiao Mingyuan"])]
    by_name = {s.name: s for s in doc.speakers}
    assert by_name["Qiao Mingyuan"].role == "Chairman" and "乔明远" in by_name["Qiao Mingyuan"].aliases
    header = next(p for p in doc.paragraphs if p.text.startswith("Q&A"))
    assert header.speaker is None and header.section == "qa"


# Askers named by their firm in the other ways minutes write it.
FIRM_ASKER_FORMS = """\
澄川精密2026年半年度业绩交流会纪要

主持人：欢迎各位参加澄川精密半年度业绩交流会，下面进入提问环节。

北辰证券 分析师：请问下半年减速器订单的能见度如何？
乔明远：在手订单已覆盖四季度。

南山证券研究员：请问毛利率下滑的原因？
柯安：主要是原材料价格上涨。

机构投资者（东湖基金）：请问海外工厂的进展？
乔明远：墨西哥工厂预计年底投产。

西岭资本：关于资本开支，能否展开讲讲明年的安排？
柯安：明年资本开支约3亿元，主要投向新产线。
"""


def test_firm_asker_forms() -> None:
    doc = parse(FIRM_ASKER_FORMS)
    assert_sound(doc)
    assert [(q[1], q[2]) for q in summary(doc)] == [
        ("北辰证券", ["乔明远"]),
        ("南山证券", ["柯安"]),
        ("东湖基金", ["乔明远"]),
        ("西岭资本", ["柯安"]),
    ]


# A record whose answers name the office after the answer mark; the reception field says who holds it.
OFFICE_AFTER_MARK = """\
澄川精密股份有限公司投资者关系活动记录表

上市公司接待人员姓名：董事长 乔明远；财务总监 姚思齐；董事会秘书 柯安

投资者关系活动主要内容介绍：

问：公司减速器业务的竞争格局如何？
答：董事长：行业竞争激烈，公司凭借自研工艺保持优势。

问：财务费用增加的原因？
答：财务总监：主要是汇兑损失增加所致。

问：分红政策会调整吗？
答：董事长乔明远和董事会秘书柯安共同回答：公司将保持现金分红比例不低于30%。
"""


def test_an_office_after_the_answer_mark_is_its_listed_holder() -> None:
    doc = parse(OFFICE_AFTER_MARK)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["姚思齐"]), (None, None, ["乔明远", "柯安"])]


# A research visit's record: each numbered question names the asking firm (and perhaps the analyst)
# before its colon; the number is no part of the firm.
NUMBERED_FIRM_ASKERS = """\
澄川精密股份有限公司投资者关系活动记录表

投资者关系活动类别：特定对象调研
参与单位名称：北辰证券、南山基金、东湖资本
上市公司接待人员姓名：董事会秘书 柯安
投资者关系活动主要内容介绍：

1、北辰证券：请问下半年减速器订单的能见度如何？
答：目前在手订单已覆盖四季度，客户以海外机器人厂商为主。

问题二、南山基金魏岚：毛利率下滑的原因是什么？
答：主要是原材料价格上涨，我们预计下半年会有所修复。

3. 东湖资本 顾言：海外工厂什么时候投产？
答：泰国工厂预计明年一季度投产。
"""


def test_a_numbered_question_names_its_firm() -> None:
    doc = parse(NUMBERED_FIRM_ASKERS)
    assert_sound(doc)
    assert summary(doc) == [
        (None, "北辰证券", [None]),
        ("魏岚", "南山基金", [None]),
        ("顾言", "东湖资本", [None]),
    ]


# A Taiwan investor conference's transcript: the host invites each analyst by firm and name, with a
# courtesy title ("請北辰證券的顧言先生提問"), and the question follows under no label of its own, often
# a short one.
TW_INVITED_UNLABELLED = """\
澄川科技2026年第二季法說會逐字稿

主持人：各位法人先進大家午安，歡迎參加澄川科技第二季法說會。

財務長 姚思齊：第二季合併營收為新台幣85億元，季增12%，毛利率為31.5%。

主持人：接下來開放提問。請北辰證券的顧言先生提問。

謝謝，請問第三季毛利率展望？

財務長 姚思齊：我們預期第三季毛利率維持在31%至32%之間。

主持人：下一位請南山投顧的魏嵐小姐提問。

請問資本支出計畫？

財務長 姚思齊：今年資本支出約為新台幣20億元。
"""


def test_an_invited_analyst_asks_under_no_label() -> None:
    """A courtesy title after the invited analyst's name is no part of it; the short question right
    after the invitation is theirs, not the host's."""
    doc = parse(TW_INVITED_UNLABELLED)
    assert_sound(doc)
    assert summary(doc) == [("顧言", "北辰證券", ["姚思齊"]), ("魏嵐", "南山投顧", ["姚思齊"])]
