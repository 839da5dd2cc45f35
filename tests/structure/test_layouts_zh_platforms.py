"""Chinese Q&A platform records, bracketed and spaced speaker lines, numbered questions naming the
asker's firm and minutes under a results-briefing title, each on a short fictional call written in
that layout."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.builders import n_of, ns_of
from tests.structure.test_layouts import assert_sound


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


# A Q&A platform's page: one investor question and the company's reply, each line opening with the
# date, the question naming the company and its code.
DATED_RECORD = """\
5月12日有投资者向澄川精密(688777)提问:请问公司减速器产品的海外认证进展如何?预计何时可以批量供货?
5月14日公司回答表示:尊敬的投资者您好,公司减速器产品已完成两项海外认证,预计四季度开始小批量供货。感谢您的关注。
"""


def test_a_dated_platform_record_is_one_anonymous_pair() -> None:
    doc = parse(DATED_RECORD)
    assert doc.kind == "transcript"
    assert summary(doc) == [(None, None, [None])]
    assert doc.qa[0].question == ns_of(doc, "海外认证进展")
    assert doc.paragraph(n_of(doc, "海外认证进展")).body.startswith("请问公司")
    assert_sound(doc)


# A portal's copy of a platform reply: a headline repeating the question cut short, the question,
# the board secretary's reply naming the company and its code, then the portal's disclaimer.
PORTAL_RECORD = """\
投资者提问：请问公司新建的碳纤维产线目前的良率水平如何，与行业...

投资者提问：请问公司新建的碳纤维产线目前的良率水平如何，与行业领先企业相比还有多大差距？

董秘回答(澄川精密SH688777)：您好，新产线良率已提升至九成左右，与行业领先水平基本相当。感谢您的关注！

免责声明：本信息摘录自公开信息，不构成任何投资建议。
"""


def test_a_portal_reply_is_one_pair_and_its_cut_headline_no_question() -> None:
    doc = parse(PORTAL_RECORD)
    assert summary(doc) == [(None, None, ["董秘"])]  # the reply's mark names who answers
    assert doc.qa[0].question == ns_of(doc, "领先企业相比")
    assert doc.qa[0].answers[0].paragraphs == ns_of(doc, "新产线良率")
    assert_sound(doc)


# A Hong Kong results call (traditional): the title first, who holds it in brackets after it.
HK_TITLE_FIRST = """\
澄川精密 2026年中期業績電話會議

行政總裁（車明遠）：各位好，今年上半年收入增長一成二。

問答環節

分析員（瑞信 王子謙）：請問下半年的毛利率展望？

行政總裁（車明遠）：我們預計下半年毛利率維持在四成左右。

財務總監（何嘉欣）：補充一點，匯率影響大約一個百分點。
"""


def test_a_title_then_the_name_in_brackets_is_that_person() -> None:
    doc = parse(HK_TITLE_FIRST)
    assert summary(doc) == [("王子謙", "瑞信", ["車明遠", "何嘉欣"])]
    ceo = next(s for s in doc.speakers if s.name == "車明遠")
    assert ceo.role == "行政總裁" and ceo.side == "company"
    assert_sound(doc)


# Minutes with who speaks in lenticular brackets, name then firm or title.
BRACKETED = """\
澄川精密2025年度业绩交流会纪要

【乔明远 董事长】今年收入增长12%，利润增长15%。

【顾言 北辰资本】请问明年的产能扩张计划？

【乔明远 董事长】明年新增两条产线，产能提升三成。

【沈一鸣 东岳证券】海外订单情况如何？

【柯安 财务总监】海外订单同比增长两成。
"""


def test_names_in_lenticular_brackets_are_speakers() -> None:
    doc = parse(BRACKETED)
    assert summary(doc) == [("顾言", "北辰资本", ["乔明远"]), ("沈一鸣", "东岳证券", ["柯安"])]
    assert doc.paragraph(n_of(doc, "明年的产能扩张")).body.startswith("请问")
    assert_sound(doc)


# A call written up with each speaker on a line of their own: the name, a space, the title, or the
# firm and the word analyst.
NAME_THEN_TITLE_LINES = """\
澄川精密2025年第四季度业绩电话会

乔明远 董事长
大家好，第四季度收入同比增长12%。

柯安 首席财务官
毛利率为32%，同比提升1个百分点。

问答环节

沈一鸣 东岳证券分析师
请问2026年的收入指引？

乔明远 董事长
我们预计2026年收入增长10%到15%。

顾言 北辰资本分析师
资本开支会增加吗？

柯安 首席财务官
资本开支预计与去年持平。
"""


def test_name_and_title_lines_name_the_speakers() -> None:
    doc = parse(NAME_THEN_TITLE_LINES)
    assert summary(doc) == [("沈一鸣", "东岳证券", ["乔明远"]), ("顾言", "北辰资本", ["柯安"])]
    assert doc.qa[0].question == ns_of(doc, "2026年的收入指引")
    assert {s.name: s.side for s in doc.speakers}["柯安"] == "company"
    assert_sound(doc)


# The same with the label inline before a colon, and the firm-first spelling in the same call.
NAME_THEN_TITLE_INLINE = """\
澄川精密2025年第四季度业绩电话会

乔明远 董事长：第四季度收入同比增长12%。

问答环节

沈一鸣 东岳证券分析师：请问明年的收入指引？

乔明远 董事长：预计明年收入增长10%到15%。

顾言 北辰资本分析师：资本开支的计划呢？

柯安 首席财务官：资本开支与去年持平。
"""


def test_inline_name_and_title_labels_name_the_speakers() -> None:
    doc = parse(NAME_THEN_TITLE_INLINE)
    assert summary(doc) == [("沈一鸣", "东岳证券", ["乔明远"]), ("顾言", "北辰资本", ["柯安"])]
    assert doc.paragraph(n_of(doc, "明年的收入指引")).body.startswith("请问")
    assert_sound(doc)


# Broker's notes: numbered questions naming the asker's firm in brackets, anonymous answers.
NUMBERED_WITH_FIRM = """\
澄川精密投资者交流纪要

问题1（北辰资本）：请问新产品的放量节奏？
答：新产品预计三季度开始放量。

问题2（东岳证券）：公司的分红政策是否会调整？
答：分红比例将维持在30%以上。
"""


def test_numbered_questions_keep_the_firm_in_brackets() -> None:
    doc = parse(NUMBERED_WITH_FIRM)
    assert summary(doc) == [(None, "北辰资本", [None]), (None, "东岳证券", [None])]
    assert doc.paragraph(n_of(doc, "放量节奏")).body.startswith("请问")
    assert_sound(doc)


# A results briefing's record on a platform: the briefing's title, then anonymous 问/答 lines.
BRIEFING_RECORD = """\
澄川精密（688777）2025年度业绩说明会
问：公司2025年营业收入增长的主要原因是什么？
答：主要得益于新能源业务订单增长，收入同比增长18%。
问：公司未来三年的分红规划？
答：公司将保持每年现金分红比例不低于30%。
"""


def test_anonymous_pairs_under_a_briefing_title_are_its_qa() -> None:
    doc = parse(BRIEFING_RECORD)
    assert doc.kind == "transcript"
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert_sound(doc)


# FAQ-style notes under no call title stay an article.
FAQ_NOTES = """\
澄川精密产品常见问题
问：减速器的保修期是多久？
答：标准保修期为两年。
问：是否支持定制？
答：支持按客户图纸定制。
"""


def test_anonymous_pairs_under_no_call_title_stay_an_article() -> None:
    assert parse(FAQ_NOTES).kind == "article"


# A briefing's host hands over without 的, or names the analyst's title before the name.
HOST_HANDOVERS = """\
澄川精密2025年度业绩说明会

主持人：各位投资者好，下面进入问答环节。有请东岳证券沈一鸣提问。
沈一鸣：谢谢。请问明年的毛利率展望？
乔明远：我们预计明年毛利率基本稳定。
主持人：下面请中岳证券的分析师韩立提问。
韩立：请问分红比例？
柯安：分红比例不低于30%。
"""


def test_host_handovers_without_de_or_with_the_word_analyst_give_the_firm() -> None:
    doc = parse(HOST_HANDOVERS)
    assert summary(doc) == [("沈一鸣", "东岳证券", ["乔明远"]), ("韩立", "中岳证券", ["柯安"])]
    assert_sound(doc)


# A briefing record laid out as a form: who asks (or an anonymous investor) on a line of its own,
# the question under it, then who answers and the answer.
ASKER_FIELD_LINES = """\
澄川精密 2025 年度业绩说明会

提问者：东岳证券 沈一鸣
请问明年的资本开支？
回答者：董事长 乔明远
明年资本开支约8亿元。
提问者：投资者（匿名）
海外订单如何？
回答者：首席财务官 柯安
海外订单增长两成。
"""


def test_an_asker_field_line_heads_the_question_under_it() -> None:
    doc = parse(ASKER_FIELD_LINES)
    assert summary(doc) == [("沈一鸣", "东岳证券", ["乔明远"]), (None, None, ["柯安"])]
    assert doc.qa[0].question == ns_of(doc, "明年的资本开支")
    assert doc.qa[1].question == ns_of(doc, "海外订单如何")
    assert_sound(doc)


# A machine transcription of a Taiwan investor conference: each line opens with its time range in
# seconds, and the characters are spaced out; the host names who asks next.
SPACED_WHISPER = """\
[0.000 --> 5.120] 各 位 投 資 人 大 家 好, 歡 迎 參 加 澄 川 精 密 法 人 說 明 會
[5.120 --> 9.300] 公 司 全 年 營 收 成 長 12%, 毛 利 率 32%
[9.300 --> 15.000] 我 們 預 計 明 年 營 收 持 續 成 長
[15.000 --> 20.000] 下 面 進 入 問 答 環 節, 下 面 請 東 岳 證 券 的 沈 一 鳴 提 問
[20.000 --> 24.000] 謝 謝, 請 問 明 年 的 資 本 支 出 計 畫?
[24.000 --> 30.000] 明 年 資 本 支 出 約 8 億 元, 主 要 用 於 新 產 線
[30.000 --> 33.000] 好 的, 下 面 請 北 辰 投 顧 的 顧 言 提 問
[33.000 --> 37.000] 請 問 海 外 訂 單 的 情 況?
[37.000 --> 41.000] 海 外 訂 單 年 增 兩 成
"""


def test_a_spaced_machine_transcription_takes_askers_from_the_host() -> None:
    doc = parse(SPACED_WHISPER)
    assert summary(doc) == [("沈一鳴", "東岳證券", [None]), ("顧言", "北辰投顧", [None])]
    assert doc.qa[0].question == ns_of(doc, "資 本 支 出 計 畫")
    assert_sound(doc)


# The same kind of transcription where the host names no one: a transcript without speakers, said so.
UNNAMED_WHISPER = """\
[0.680 --> 6.120] 大 家 午 安, 歡 迎 參 加 澄 川 精 密 法 人 說 明 會
[6.120 --> 7.680] 那 感 謝 各 位 出 席
[7.680 --> 10.360] 現 在 我 們 就 把 時 間 交 給 喬 副 總
[10.360 --> 13.260] 各 位 好, 今 年 上 半 年 營 收 成 長 一 成
[13.260 --> 16.080] 毛 利 率 提 升 到 四 成 五
[16.080 --> 19.000] 那 我 們 現 在 進 行 Q & A
[19.000 --> 23.000] 想 請 教 明 年 的 產 能 規 劃
[23.000 --> 27.000] 那 感 謝 提 問, 明 年 產 能 會 增 加 三 成
"""


def test_an_unlabelled_timed_transcription_is_a_transcript_without_speakers() -> None:
    doc = parse(UNNAMED_WHISPER)
    assert doc.kind == "transcript" and not doc.qa and not doc.speakers
    assert doc.warnings
    assert len(doc.paragraphs) == 8


# A Hong Kong results briefing's Q&A: the asker's firm and name, or the answerer's title and name
# written together, in brackets after the mark.
HK_MARKS_TITLE_AND_NAME = """\
澄川精密2025年度業績發布會問答環節

問（瑞銀 王子謙）：請問明年的派息政策？
答（行政總裁車明遠）：我們會維持派息比率約四成。
問（高盛 李嘉）：內地業務的增長前景？
答（財務總監何嘉欣）：內地業務收入預計增長一成。
"""


def test_an_answer_mark_naming_title_and_name_together_is_that_person() -> None:
    doc = parse(HK_MARKS_TITLE_AND_NAME)
    assert summary(doc) == [("王子謙", "瑞銀", ["車明遠"]), ("李嘉", "高盛", ["何嘉欣"])]
    assert_sound(doc)


# A press briefing's record: reporters ask, the answerer's title and name in brackets open the reply.
HK_LEAD_BRACKETS = """\
澄川精密2025年度業績發布會

記者：請問明年的派息政策？
（行政總裁車明遠）我們會維持派息比率約四成。
記者：內地業務的增長前景？
（財務總監何嘉欣）內地業務收入預計增長一成。
"""


def test_a_title_and_name_in_brackets_opening_a_reply_is_its_speaker() -> None:
    doc = parse(HK_LEAD_BRACKETS)
    assert summary(doc) == [(None, None, ["車明遠"]), (None, None, ["何嘉欣"])]
    assert doc.paragraph(n_of(doc, "派息比率")).body.startswith("我們會")
    assert_sound(doc)


# An English call of a Chinese company: management's words come through an interpreter, the label
# says so after the title.
INTERPRETED_LABELS = """\
StarRiver Electronics Q4 2025 Earnings Call

Yuanhang Lin (Chairman) [interpreted]: Fourth-quarter revenue grew 12% year on year.
Operator: Our first question comes from Yiming Shen of Dongyue Securities.
Yiming Shen: Could you talk about next year's capex?
Cheng Xu (CFO) [interpreted]: Capex next year will be about RMB800 million.
Operator: Next question comes from Yan Gu of Beichen Capital.
Yan Gu: How are overseas orders?
Yuanhang Lin (Chairman) [interpreted]: Overseas orders grew 20%.
"""


def test_an_interpreted_mark_after_the_label_keeps_the_speaker() -> None:
    doc = parse(INTERPRETED_LABELS)
    assert summary(doc) == [
        ("Yiming Shen", "Dongyue Securities", ["Cheng Xu"]),
        ("Yan Gu", "Beichen Capital", ["Yuanhang Lin"]),
    ]
    assert {s.name: s.role for s in doc.speakers}["Cheng Xu"] == "CFO"
    assert_sound(doc)


# The firm and the word analyst together in brackets after the name.
FIRM_ANALYST_IN_BRACKETS = """\
澄川精密2025年第四季度业绩电话会

乔明远（董事长）：第四季度收入同比增长12%。
问答环节
沈一鸣（东岳证券分析师）：请问明年的资本开支？
柯安（首席财务官）：明年资本开支约8亿元。
顾言（北辰资本分析师）：海外订单如何？
乔明远（董事长）：海外订单同比增长两成。
"""


def test_a_firm_and_the_word_analyst_in_brackets_give_the_firm() -> None:
    doc = parse(FIRM_ANALYST_IN_BRACKETS)
    assert summary(doc) == [("沈一鸣", "东岳证券", ["柯安"]), ("顾言", "北辰资本", ["乔明远"])]
    assert_sound(doc)


# Minutes whose question marks name the asker in brackets right after the colon.
ASKER_AFTER_THE_MARK = """\
澄川精密2025年第四季度业绩交流会

问：（东岳证券 沈一鸣）请问明年的资本开支？
答：（首席财务官）明年资本开支约8亿元。
问：（北辰资本 顾言）海外订单如何？
答：（董事长）海外订单同比增长两成。
"""


def test_an_asker_in_brackets_after_the_question_mark_is_named() -> None:
    doc = parse(ASKER_AFTER_THE_MARK)
    assert summary(doc) == [("沈一鸣", "东岳证券", ["首席财务官"]), ("顾言", "北辰资本", ["董事长"])]
    assert doc.paragraph(n_of(doc, "明年的资本开支")).body.startswith("请问")
    assert_sound(doc)


# A Taiwan investor conference's transcript: Q：/A： lines under the title (no Q&A heading).
TW_TITLE_QA = """\
澄川精密 2025年第四季法說會逐字稿
Q：請問第一季的營收展望？
A：第一季營收預期季減約5%。
Q：請問毛利率展望？
A：毛利率預計維持在三成。
"""


def test_q_and_a_lines_under_an_investor_conference_title_are_its_qa() -> None:
    doc = parse(TW_TITLE_QA)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


# A video-meeting recorder's export: the company's people shown as `<company>-<name>`, the callers
# by a masked phone number, a device's name or a guest number; each caller names themselves.
MEETING_EXPORT = """\
# 澜桥电子 2031年一季度业绩交流会

## 完整转写

**澜桥电子-许宁**  00:00:04

各位投资者好，欢迎参加澜桥电子一季度业绩交流会。今天参会的有董事长葛振东先生。先请葛总介绍经营情况。

**澜桥电子-葛振东**  00:00:30

谢谢许宁。一季度公司实现营业收入8.2亿元，同比增长14%。

**澜桥电子-许宁**  00:03:10

下面进入提问环节。

**139****2208**  00:03:25

喂，能听到吗？我是衡川证券的罗文，想问一下二季度的订单情况？

**澜桥电子-葛振东**  00:03:50

二季度订单饱满，环比增长一成左右。

**Amy的iPad**  00:05:02

您好，我是启明基金的夏露。海外客户进展怎么样？

**澜桥电子-葛振东**  00:05:30

两家海外客户已经完成认证。

**访客2**  00:06:40

领导好，我是澄江资管的任远。今年资本开支多少？

**澜桥电子-葛振东**  00:07:05

今年资本开支大约3亿元。
"""


def test_meeting_display_names_and_self_naming_callers() -> None:
    """`澜桥电子-葛振东` is 葛振东 of 澜桥电子; a masked number, a device and a guest number are callers
    named by their own first words, each with the firm they give."""
    doc = run(from_text(MEETING_EXPORT, "call.md"))
    names = {s.id: s.name for s in doc.speakers}
    firms = {s.id: s.affiliation for s in doc.speakers}
    assert [(names[q.asker or ""], firms[q.asker or ""], [names[a.speaker or ""] for a in q.answers]) for q in doc.qa] == [
        ("罗文", "衡川证券", ["葛振东"]),
        ("夏露", "启明基金", ["葛振东"]),
        ("任远", "澄江资管", ["葛振东"]),
    ]
    assert doc.paragraph(n_of(doc, "一季度公司实现营业收入8.2亿元")).speaker in names
    assert names[doc.paragraph(n_of(doc, "一季度公司实现营业收入8.2亿元")).speaker or ""] == "葛振东"
    assert firms[doc.paragraph(n_of(doc, "一季度公司实现营业收入8.2亿元")).speaker or ""] == "澜桥电子"
    assert_sound(doc)
