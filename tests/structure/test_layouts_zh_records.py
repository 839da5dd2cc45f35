"""Chinese records and minutes that name who answers by role, by surname or in brackets, meeting-app
exports and bilingual calls with Hong Kong and Taiwan spellings, each on a short fictional call
written in that layout."""

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


# A Shenzhen-style activity record: the reception field lists the company's people one a line (tab
# cells), numbered questions carry their own mark, and each answer names its answerer's role in
# brackets, before or after the colon.
SZ_RECORD = """\
澄川精密股份有限公司投资者关系活动记录表
参与单位名称及人员姓名\t北辰资本 顾言等12家机构
上市公司接待人员姓名\t董事长 乔明远
总经理 姚思齐
董事会秘书 柯安
投资者关系活动主要内容介绍\t一、公司经营情况
董事会秘书柯安介绍了公司一季度经营情况，营业收入2.4亿元，同比增长15%。
二、交流环节
1、问：减速器产品今年的出货目标是多少？
答（董事长）：今年减速器出货目标是12万台，比去年翻一番。
2、问：二季度毛利率能否回升？
答：（总经理）随着新产线良率提升，二季度毛利率预计回升约2个百分点。
"""

# The same kind of record without a reception list: the role is the speaker.
ROLES_ONLY_RECORD = """\
澄川精密投资者关系活动记录
二、交流内容
问题一：海外工厂什么时候投产？
答（总裁）：墨西哥工厂预计今年四季度投产。
问题二：今年的分红比例会调整吗？
答（财务总监）：分红比例会维持在30%以上。
"""


def test_answers_named_by_role_in_brackets_go_to_the_listed_person() -> None:
    """`答（董事长）：` and `答：（总经理）…` under a reception field listing 董事长 乔明远 and 总经理 姚思齐:
    the answers are theirs; `1、问：…？` is the question; people who never speak are not speakers."""
    doc = parse(SZ_RECORD)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["姚思齐"])]
    assert doc.qa[0].question == ns_of(doc, "减速器产品今年")
    assert doc.paragraph(n_of(doc, "随着新产线良率")).body.startswith("随着新产线良率")
    assert {s.name for s in doc.speakers} == {"乔明远", "姚思齐"}
    assert doc.speakers_by_id["乔明远"].role == "董事长"
    assert_sound(doc)


def test_answers_named_by_role_alone_keep_the_role_as_speaker() -> None:
    doc = parse(ROLES_ONLY_RECORD)
    assert summary(doc) == [(None, None, ["总裁"]), (None, None, ["财务总监"])]
    assert {s.side for s in doc.speakers} == {"company"}


# A Taiwan investor conference Q&A (traditional): analysts and management labelled by role only.
TW_ROLE_LABELS = """\
澄川精密 2026年第一季法人說明會
主持人：接下來開放法人提問。
分析師：請問第二季的營收展望？
財務長：第二季營收預期季增約一成。
分析師：毛利率呢？
財務長：毛利率會維持在三成左右。
分析師：今年資本支出多少？
董事長：今年資本支出約新台幣20億元。
"""


def test_job_titles_alone_as_labels() -> None:
    """`財務長：` / `董事長：` are company speakers named by role; each `分析師：` turn is a question."""
    doc = parse(TW_ROLE_LABELS)
    assert summary(doc) == [(None, None, ["財務長"]), (None, None, ["財務長"]), (None, None, ["董事長"])]
    assert doc.qa[1].question == ns_of(doc, "毛利率呢")
    assert_sound(doc)


# A Hong Kong results briefing record: management listed under its title line, questions marked
# with the asker's firm (or newspaper) in brackets, answers with the answerer's title.
HK_BRIEFING = """\
港灣物流集團 2025年全年業績發佈會 文字紀錄
出席管理層：主席 鄧家明；行政總裁 車慧儀
主持人：現在進入答問環節。
問（高盛）：明年倉儲租金的增長預期？
答（行政總裁）：我們預計明年租金增長約3%。
問（《明報》）：會否考慮回購股份？
答（主席）：暫時沒有回購計劃。
"""


def test_firms_and_answerers_in_brackets_after_the_marks() -> None:
    """`問（高盛）：`: an anonymous question from 高盛 (a newspaper's title marks dropped); `答（行政總裁）`
    is the 行政總裁 the title line lists."""
    doc = parse(HK_BRIEFING)
    assert summary(doc) == [(None, "高盛", ["車慧儀"]), (None, "明報", ["鄧家明"])]
    assert doc.paragraph(n_of(doc, "出席管理層")).text.startswith("出席管理層")
    assert_sound(doc)


# A broker's research notes: the people listed once, then answers labelled by surname and honorific.
SURNAME_HONORIFIC = """\
【调研纪要】澄川精密年报交流
参会人员：公司董事长 乔明远，财务总监 覃雪，证券事务代表 伍一
【问答】
问：机器人客户的订单情况？
乔总：机器人客户今年的订单同比增长了六成。
问：费用率为什么上升？
覃总：主要是研发人员增加，全年费用率会逐季下降。
"""


def test_surname_and_honorific_labels_are_the_listed_person() -> None:
    """`乔总：` is 乔明远, the one listed person of that surname; `覃总：` is 覃雪."""
    doc = parse(SURNAME_HONORIFIC)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["覃雪"])]
    assert "乔总" in doc.speakers_by_id["乔明远"].aliases


# A meeting app's export (飞书妙记-style): title, date, keywords, then the words spoken, numbered
# speakers beside named ones; the host takes the last question herself.
MEETING_APP_EXPORT = """\
澄川精密 2026年一季度业绩交流会
2026年4月28日 下午 3:00|41分钟 5秒

关键词:
减速器、机器人、毛利率

文字记录:

柯安 00:01
各位投资者下午好，我是董秘柯安，欢迎参加澄川精密一季度业绩交流会。

说话人 2 00:20
一季度公司营业收入2.4亿元，同比增长15%。

柯安 05:10
下面进入提问环节，第一位请北辰资本的顾言提问。

说话人 3 05:16
谢谢。请问机器人客户的订单情况？

说话人 2 05:40
机器人客户的订单同比增长了六成。

柯安 07:02
下一位请天衡证券的周宇提问。

说话人 4 07:08
请问今年的分红比例？

柯安 07:20
这个问题我来回答，今年分红比例预计不低于30%。
"""


def test_meeting_app_export_keywords_are_no_speaker_and_the_host_may_answer() -> None:
    """`关键词:` is no speaker (the words spoken start under `文字记录:`); a host's turn taking the
    question ("这个问题我来回答") is an answer, not moderation."""
    doc = parse(MEETING_APP_EXPORT)
    assert "关键词" not in {s.name for s in doc.speakers}
    assert summary(doc) == [("顾言", "北辰资本", ["说话人 2"]), ("周宇", "天衡证券", ["柯安"])]
    assert_sound(doc)


# A WeChat article's minutes: each question a whole line in bold, the answers plain.
BOLD_QUESTIONS = """\
**【纪要】澄川精密：2026Q1业绩交流**

**一、业绩回顾**

一季度营业收入2.4亿元，同比增长15%。

**二、Q&A**

**Q1：减速器的产能够不够？**

A1：新产线投产后产能翻倍，可以满足今年需求。

**Q2：海外客户进展？**

A2：两家欧洲客户已经完成验厂。
"""


def test_bold_question_lines_with_the_mark_inside() -> None:
    """`**Q1：question？**` is a question (the mark inside the bold), answered by `A1：`."""
    doc = parse(BOLD_QUESTIONS, "minutes.md")
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.paragraph(n_of(doc, "减速器的产能")).body.startswith("减速器的产能够不够")


# A bilingual call printing each line with its rendering, names spelled the Hong Kong (Cantonese)
# and Taiwan (Wade-Giles) way.
BILINGUAL_HK_TW = """\
Operator: Welcome to Harbour Freight Group's interim results call.
主持人：歡迎參加港灣物流集團中期業績電話會議。
Mak Chun Kit: Revenue rose 8% to HK$3.1 billion in the first half.
麥俊傑：上半年收益上升8%至31億港元。
Operator: Our first question comes from Shum Pui Yee with Victoria Securities.
主持人：第一個問題來自維港證券的岑佩儀。
Shum Pui Yee: How much came from cross-border freight?
岑佩儀：跨境貨運佔多少？
Mak Chun Kit: About a third of revenue.
麥俊傑：大約三分之一的收益。
Operator: Next question comes from Hsueh Ya-ting with Formosa Capital.
主持人：下一個問題來自福爾摩沙資本的薛雅婷。
Hsueh Ya-ting: What is the payout ratio?
薛雅婷：派息比率是多少？
Mak Chun Kit: About 40%.
麥俊傑：大約四成。
"""


def test_bilingual_renderings_with_cantonese_and_wade_giles_spellings() -> None:
    """麥 is Mak, 岑 Shum in Hong Kong, 薛 Hsueh in Taiwan (spellings no table lists): each Chinese line is the rendering of the
    line before it, one speaker, one question each."""
    doc = parse(BILINGUAL_HK_TW)
    assert summary(doc) == [
        ("Shum Pui Yee", "Victoria Securities", ["Mak Chun Kit"]),
        ("Hsueh Ya-ting", "Formosa Capital", ["Mak Chun Kit"]),
    ]
    assert doc.paragraph(n_of(doc, "上半年收益上升")).speaker == doc.paragraph(n_of(doc, "Revenue rose")).speaker
    assert_sound(doc)


# A meeting app's export where the presenter is only numbered: the host named her by title first,
# then gives her the floor by surname and honorific.
FLOOR_BY_SURNAME = """\
柯安 00:01
各位投资者下午好，今天参会的有公司总经理姚思齐女士和董秘柯安，接下来先请姚总介绍一下经营情况。

说话人 2 00:20
谢谢。一季度公司营业收入2.4亿元，同比增长15%。

柯安 05:10
下面进入提问环节，第一位请北辰资本的顾言提问。

说话人 3 05:16
谢谢。请问机器人客户的订单情况？

说话人 2 05:40
机器人客户的订单同比增长了六成。
"""


def test_numbered_speaker_given_the_floor_by_the_host_is_named() -> None:
    """`说话人 2` speaking first right after "请姚总介绍" (the host having named 总经理姚思齐) is 姚思齐."""
    doc = parse(FLOOR_BY_SURNAME)
    presenter = doc.speakers_by_id[doc.paragraph(n_of(doc, "一季度公司营业收入")).speaker or ""]
    assert (presenter.name, presenter.side) == ("姚思齐", "company")
    assert summary(doc) == [("顾言", "北辰资本", ["姚思齐"])]


# A transcription without labels, one timestamped line per sentence; the askers' surnames are
# common ones (阎, 洪) that a name must be read with.
UNLABELLED_TIMESTAMPS = """\
[00:00:04] 各位投资者大家好，欢迎参加澄川精密2025年度业绩说明会。
[00:00:20] 谢谢主持人。2025年公司营业收入9.6亿元，同比增长12%。
[00:06:48] 下面进入问答环节，第一位提问的是北辰资本的阎川。
[00:06:55] 谢谢管理层。请问今年减速器的订单情况如何？
[00:07:10] 今年新签减速器订单约3亿元。
[00:09:02] 谢谢。下一位提问的是天衡证券的洪雨。
[00:09:08] 想了解一下应收账款的回收情况？
[00:09:20] 全年经营现金流净额同比增长了40%。
"""


def test_unlabelled_transcription_askers_with_common_surnames() -> None:
    doc = parse(UNLABELLED_TIMESTAMPS)
    assert summary(doc) == [("阎川", "北辰资本", [None]), ("洪雨", "天衡证券", [None])]
    assert doc.warnings


# A WeChat article's minutes listing the guests in a bold field, answers marked with the role.
BOLD_GUEST_FIELD = """\
**【纪要】澄川精密：2026Q1业绩交流**

**参会嘉宾：** 公司董事长 乔明远、董秘 柯安

**Q&A**

问：减速器的产能够不够？

答（董秘）：新产线投产后产能翻倍。

问：海外客户进展？

答（董事长）：两家欧洲客户已经完成验厂。
"""


def test_a_bold_guest_field_lists_who_answers_by_role() -> None:
    doc = parse(BOLD_GUEST_FIELD, "minutes.md")
    assert summary(doc) == [(None, None, ["柯安"]), (None, None, ["乔明远"])]


# A listed company's Q&A platform page: each investor's nickname before 提问, the company's short
# name before 回答, a date under each.
PLATFORM_PAGE = """\
澄川精密（688555）投资者问答精选

投资者 稳健小散 提问：
公司减速器产品是否已进入海外市场？
2026-03-12 09:41

澄川精密 回答：
您好，公司减速器产品已实现海外批量出货，感谢您的关注。
2026-03-14 16:02

投资者 长期持有 提问：
公司是否有回购计划？
2026-03-15 11:20

澄川精密 回答：
您好，如有相关计划公司将及时披露。
2026-03-18 17:45
"""


def test_platform_page_with_nicknames_and_the_company_answering() -> None:
    doc = parse(PLATFORM_PAGE)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.qa[0].question[0] == n_of(doc, "减速器产品是否")


# A Taiwan conference transcript: analysts by firm in brackets, management by title and name.
TW_ANALYST_FIRMS = """\
澄川精密 2026年第一季法人說明會 逐字稿
主持人：現在開放提問。
分析師（凱基）：請教第二季出貨量的展望？
財務長 林淑芬：第二季出貨量預計季增5%至8%。
分析師（富邦）：機器人客戶的比重今年會到多少？
總經理 姚思齊：今年機器人客戶比重預計提升到三成。
"""


def test_analysts_with_their_firm_in_brackets() -> None:
    """`分析師（富邦）：` is an anonymous analyst of 富邦 (though 富 is a surname too)."""
    doc = parse(TW_ANALYST_FIRMS)
    assert summary(doc) == [(None, "凱基", ["林淑芬"]), (None, "富邦", ["姚思齊"])]


# A Hong Kong press briefing: journalists ask, management answers by title.
PRESS_BRIEFING = """\
港灣物流集團 2025年度業績記者會
出席者：行政總裁 車慧儀；財務總監 林美君
主持人：現在開始答問環節。
記者：明年會否加快擴建倉庫？
行政總裁：我們會保持審慎，明年資本開支約20億港元。
記者：負債比率的目標是多少？
財務總監：我們希望淨負債比率降至三成以下。
"""


def test_journalists_ask_and_titles_answer() -> None:
    doc = parse(PRESS_BRIEFING)
    assert summary(doc) == [(None, None, ["車慧儀"]), (None, None, ["林美君"])]


# Minutes marking questions and answers with lenticular brackets under a bracketed Q&A header.
BRACKET_MARKS = """\
【纪要】澄川精密 2026Q1 交流纪要

【管理层介绍】
一季度营收2.4亿元，同比增长15%。

【问答】
【问】减速器价格今年怎么看？
【答】价格已经企稳。
【问】海外客户什么时候放量？
【答】预计三季度开始批量供货。
"""

# A Q&A record numbering questions and answers, the answerer's role after the number.
NUMBERED_WITH_ROLES = """\
澄川精密2025年度业绩说明会问答记录
Q1：今年的资本开支计划？
A1（财务总监）：全年资本开支约3亿元。
Q2：分红比例会不会提高？
A2（董事长）：分红比例会维持在40%以上。
"""


def test_lenticular_bracket_marks() -> None:
    doc = parse(BRACKET_MARKS)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]
    assert doc.paragraph(n_of(doc, "价格已经企稳")).body == "价格已经企稳。"


def test_numbered_answers_with_the_role_in_brackets() -> None:
    doc = parse(NUMBERED_WITH_ROLES)
    assert summary(doc) == [(None, None, ["财务总监"]), (None, None, ["董事长"])]


# A machine transcription where the host is numbered too: she hands a question to the CFO by name.
HOST_HANDS_A_QUESTION = """\
发言人 1   00:00
各位投资者好，欢迎参加澄川精密年报交流会。今天出席的有公司总经理姚思齐先生和财务总监覃雪女士。首先请姚总介绍一下经营情况。

发言人 2   00:28
好的，谢谢。2025年公司营业收入9.6亿元，同比增长12%。

发言人 1   09:15
感谢姚总。下面进入问答环节，第一位请北辰资本的贝川提问。

发言人 3   09:21
谢谢管理层。想问一下今年销售费用率的展望？

发言人 1   09:40
这个问题请我们财务总监覃雪回答一下。

发言人 4   09:44
今年销售费用率预计会下降2个百分点。
"""


def test_numbered_speaker_the_host_hands_a_question_to_is_named() -> None:
    """`发言人 4` first speaking after "请我们财务总监覃雪回答" is 覃雪; 贝 reads as a surname."""
    doc = parse(HOST_HANDS_A_QUESTION)
    assert summary(doc) == [("贝川", "北辰资本", ["覃雪"])]


# Minutes with the asker's firm and the answerer's English title in brackets after Q and A.
LATIN_ROLES = """\
澄川精密 2026Q1 电话会纪要
Q（中金）：一季度收入增长的主要驱动是什么？
A（CEO）：主要是机器人客户放量。
Q（北辰资本）：全年利润率能否提升？
A（CFO）：全年净利率预计提升1个百分点。
"""

# A Taiwan Q&A record: the answer names a spokesperson by title and surname in brackets after A.
TW_SPOKESPERSON = """\
澄川精密 法說會問答紀錄
Q：請問第三季報價的看法？
A：（發言人 姚副總）第三季報價預期持平。
Q：今年的股利政策？
A：（財務長）今年現金股利配發率維持六成以上。
"""


def test_english_titles_in_brackets_after_the_answer_mark() -> None:
    doc = parse(LATIN_ROLES)
    assert summary(doc) == [(None, "中金", ["CEO"]), (None, "北辰资本", ["CFO"])]


def test_a_title_and_a_surname_in_brackets_after_the_answer_mark() -> None:
    doc = parse(TW_SPOKESPERSON)
    assert summary(doc) == [(None, None, ["姚副總"]), (None, None, ["財務長"])]
    assert doc.paragraph(n_of(doc, "第三季報價預期")).body == "第三季報價預期持平。"


# An interpreted call whose analysts are labelled firm first ("Morgan Stanley - Emily Chan:").
FIRM_DASH_NAME = """\
Operator: Our first question comes from Emily Chan with Morgan Stanley.
Morgan Stanley - Emily Chan: Thank you. Could you update us on the overseas launch timeline?
传译：谢谢。能否介绍一下海外上市的时间表？
董事长 乔明远：我们预计明年上半年在欧洲获批上市。
传译：We expect approval in Europe in the first half of next year.
Operator: The next question comes from Leo Zhang with Jefferies.
Jefferies - Leo Zhang: What is the R&D budget this year?
传译：今年的研发预算是多少？
董事长 乔明远：今年研发投入预计5亿元。
"""


def test_firm_dash_name_labels() -> None:
    """`Jefferies - Leo Zhang:`: the firm (one the glossary knows) first, then the analyst."""
    doc = parse(FIRM_DASH_NAME)
    assert summary(doc) == [
        ("Emily Chan", "Morgan Stanley", ["乔明远"]),
        ("Leo Zhang", "Jefferies", ["乔明远"]),
    ]


# A roadshow platform's record: each question with its time, then who answers in a field.
ROADSHOW_RECORD = """\
澄川精密2025年度业绩说明会 问答记录

提问时间：2026-05-10 15:12
提问：公司海外订单的交付周期是多久？
回答者：董事长 乔明远
回答：目前海外订单交付周期在三个月左右。

提问时间：2026-05-10 15:20
提问：应收账款如何控制风险？
回答者：财务总监 覃雪
回答：主要客户都有信用保险覆盖。
"""


def test_answerer_fields_of_a_roadshow_record() -> None:
    doc = parse(ROADSHOW_RECORD)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["覃雪"])]


# A results-meeting record labelling the presenter and each asking guest by the part they play,
# who they are in brackets.
ROLE_WORDS_WITH_PEOPLE = """\
澄川精密2026年一季度业绩交流会实录
主讲人（董事长 乔明远）：一季度公司营业收入2.4亿元，同比增长15%。
主持人：下面请各位嘉宾提问。
提问嘉宾（北辰资本 顾言）：请问二季度排产情况如何？
主讲人（董事长 乔明远）：二季度排产环比增长约三成。
提问嘉宾（天衡证券 周宇）：海外毛利率和国内差多少？
主讲人（财务总监 覃雪）：海外毛利率比国内高约8个百分点。
"""


def test_presenters_and_guests_named_in_brackets() -> None:
    doc = parse(ROLE_WORDS_WITH_PEOPLE)
    assert summary(doc) == [("顾言", "北辰资本", ["乔明远"]), ("周宇", "天衡证券", ["覃雪"])]
    assert doc.paragraph(n_of(doc, "一季度公司营业收入")).speaker == "乔明远"


# A Taiwan record numbering questions from institutional investors in general and answers with the
# answerer's title and name in brackets.
TW_NUMBERED_NAMED = """\
澄川精密 2026年第二季法說會 Q&A
Q1（法人）：請問下半年的需求能見度？
A1（董事長 喬明遠）：目前訂單能見度到第三季底。
Q2（法人）：匯率對毛利率的影響？
A2（財務長 林淑芬）：新台幣每升值1%，毛利率約減少0.4個百分點。
"""


def test_generic_askers_and_named_answerers_in_brackets() -> None:
    """`Q1（法人）` asks for no particular firm; `A1（董事長 喬明遠）` is 喬明遠's answer."""
    doc = parse(TW_NUMBERED_NAMED)
    assert summary(doc) == [(None, None, ["喬明遠"]), (None, None, ["林淑芬"])]


# A broker's notes: "投资者：" asks, "公司：" answers.
INVESTOR_AND_COMPANY = """\
【调研纪要】澄川精密 投资者交流

一、公司情况
公司2025年营业收入9.6亿元，同比增长12%。

二、问答环节
投资者：机器人业务今年的销售目标？
公司：今年机器人业务收入目标是3亿元。
投资者：原材料涨价的影响？
公司：影响可控，已与主要客户约定调价机制。
"""


def test_investor_and_company_labels() -> None:
    doc = parse(INVESTOR_AND_COMPANY)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


# A record whose people hold two titles each ("董事长兼总经理"), answers naming one of them.
COMBINED_TITLES = """\
澄川精密股份有限公司投资者关系活动记录表
上市公司接待人员姓名：董事长兼总经理 乔明远、财务总监兼董事会秘书 覃雪
投资者关系活动主要内容介绍：
问：新增产能什么时候投放？
答（董事长）：新产线今年三季度投放。
问：今年的财务费用会不会上升？
答（董事会秘书）：新增借款主要是低息项目贷款，财务费用增幅可控。
"""


def test_answerers_holding_two_titles() -> None:
    doc = parse(COMBINED_TITLES)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["覃雪"])]


# Notes listing who attended, answers naming the speaker after the mark by given name and honorific,
# or by full name.
GIVEN_NAME_HONORIFIC = """\
澄川精密交流纪要
参会人：董事长 乔明远、财务总监 覃雪
问答：
问：今年销售团队会扩张多少？
答：明远总：销售团队今年会增加约100人。
问：今年的毛利率展望？
答：覃雪：毛利率预计维持在35%左右。
"""


def test_given_name_and_honorific_after_the_answer_mark() -> None:
    """`答：明远总：` is 乔明远 (his given name and 总)."""
    doc = parse(GIVEN_NAME_HONORIFIC)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["覃雪"])]


# Hong Kong (分析員 with the firm in brackets), a form naming the asking firm alone, analysts
# written firm / name, and firm name (title).
HK_ANALYST_YUAN = """\
港灣物流 2025/26 中期業績 分析員會議
主持人：現在開始答問環節。
分析員（摩根大通）：內地業務幾時可以收支平衡？
主席：預計明年上半年可以做到收支平衡。
分析員（滙豐）：派息政策有冇改變？
財務總監：派息比率維持在六成左右。
"""

ASKING_FIRM_FIELD = """\
澄川精密2025年度网上业绩说明会问答记录
提问机构：中金公司
问：海外市场的竞争格局有没有变化？
答：欧洲市场竞争有所加剧，但公司的渠道优势仍然明显。
提问机构：招商证券
问：今年的费用率展望？
答：全年期间费用率预计同比下降1个百分点。
"""

FIRM_SLASH_NAME = """\
澄川精密 2026年第一季法人說明會
主持人：接下來開放提問，請先報上公司與姓名。
Goldman Sachs / Bruce Lu：請問機器人客戶的出貨展望？
CFO 林淑芬：第二季出貨預計季增一成。
Morgan Stanley / Sharon Shih：今年的資本支出多少？
董事長 喬明遠：今年資本支出約新台幣10億元。
"""

FIRM_NAME_TITLE = """\
澄川精密2026年一季度电话会议纪要
乔明远（董事长）：一季度营收2.4亿元，同比增长15%。
中信建投 王磊（分析师）：请问一季度海外收入占比是多少？
乔明远（董事长）：海外收入占比约38%。
天衡证券 周宇（分析师）：减速器价格今年还会下降吗？
覃雪（财务总监）：价格降幅会明显收窄。
"""


def test_hong_kong_analysts_by_firm_in_brackets() -> None:
    doc = parse(HK_ANALYST_YUAN)
    assert summary(doc) == [(None, "摩根大通", ["主席"]), (None, "滙豐", ["財務總監"])]


def test_a_field_naming_the_asking_firm_alone() -> None:
    doc = parse(ASKING_FIRM_FIELD)
    assert summary(doc) == [(None, "中金公司", [None]), (None, "招商证券", [None])]
    assert doc.qa[0].question == ns_of(doc, "海外市场的竞争格局")


def test_firm_slash_name_labels() -> None:
    doc = parse(FIRM_SLASH_NAME)
    assert summary(doc) == [("Bruce Lu", "Goldman Sachs", ["林淑芬"]), ("Sharon Shih", "Morgan Stanley", ["喬明遠"])]


def test_firm_then_name_with_the_title_in_brackets() -> None:
    doc = parse(FIRM_NAME_TITLE)
    assert summary(doc) == [("王磊", "中信建投", ["乔明远"]), ("周宇", "天衡证券", ["覃雪"])]


# An excerpt of a Q&A platform: `Q：` / `A：` pairs under its title, each with its source line.
PLATFORM_EXCERPT = """\
澄川精密 互动易问答摘录

Q：董秘您好，请问公司产品是否用于人形机器人？谢谢！
A：尊敬的投资者您好，公司产品已小批量供应相关客户，感谢关注！
（来源：互动易 2026-04-03）

Q：请问公司一季度产能利用率是多少？
A：您好，一季度产能利用率约为85%，感谢关注。
（来源：互动易 2026-04-12）
"""

# Call minutes labelling the sides, not the people.
SIDES_NOT_PEOPLE = """\
澄川精密2025年度业绩电话会议纪要
一、管理层介绍
2025年公司营业收入9.6亿元，同比增长12%。
二、问答环节
分析师提问：减速器业务的利润率今年能否改善？
管理层回答：随着规模效应体现，毛利率预计提升1到2个百分点。
分析师提问：公司如何看待行业价格战？
管理层回答：公司不会主动降价。
"""

# A Taiwan record whose answers come from the company, and a chairman adding to one.
CHAIRMAN_ADDS = """\
澄川精密 法說會問答紀錄
問：第二季營收展望？
公司回覆：第二季營收預期季增約5%。
董事長補充：機器人訂單能見度已經到第三季。
問：今年是否會調整股利政策？
公司回覆：股利政策維持不變。
"""


def test_platform_excerpt_under_its_title() -> None:
    doc = parse(PLATFORM_EXCERPT)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


def test_sides_labelled_instead_of_people() -> None:
    doc = parse(SIDES_NOT_PEOPLE)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]


def test_a_title_adding_to_the_company_answer() -> None:
    """`董事長補充：` is the chairman (the verb is no part of who speaks) answering with the company."""
    doc = parse(CHAIRMAN_ADDS)
    assert summary(doc) == [(None, None, [None, "董事長"]), (None, None, [None])]


# A Hong Kong analyst meeting record: analysts as surname, Mr/Ms and their bank in brackets;
# management answering by surname and the Cantonese Mr (生) or Ms.
HK_MR_MS = """\
港灣物流 2025年度業績分析員會議 紀錄
出席者：主席 鄧家明；財務總監 林美君
陳先生（滙豐）：請問明年的收益目標？
鄧生：明年收益目標約40億港元。
李小姐（花旗）：融資成本有冇下降空間？
林小姐：隨著減息，融資成本預計下降約30個基點。
"""


def test_analysts_by_bank_and_management_by_surname_and_honorific() -> None:
    """`陳先生（滙豐）` asks for 滙豐 (a bank the glossary knows); `鄧生` is 鄧家明, `林小姐` 林美君."""
    doc = parse(HK_MR_MS)
    assert summary(doc) == [("陳先生", "滙豐", ["鄧家明"]), ("李小姐", "花旗", ["林美君"])]


# A machine transcription with numbered speakers, each asker introducing themselves.
SELF_INTRODUCED = """\
发言人 1   00:00
各位好，欢迎参加澄川精密业绩交流会，我是董秘柯安。下面直接进入提问环节。

发言人 2   00:15
柯总好，我是北辰资本的顾言。想问一下今年新产线的爬坡节奏？

发言人 3   00:40
新产线一般需要一年左右爬坡到八成产能利用率。

发言人 4   02:10
您好，我是天衡证券的周宇。请问今年资本开支多少？

发言人 3   02:30
全年资本开支约3亿元。
"""

# Notes in ASCII punctuation listing who attended, answers naming the answerer by surname in brackets.
ASCII_NOTES = """\
澄川精密 调研纪要
公司出席：董事长 乔明远、财务总监 覃雪
Q&A
Q: 减速器价格今年有没有上涨空间?
A（乔总）: 核心产品价格今年有3%左右的上涨空间。
Q: 负债率会不会继续上升?
A（覃总）: 负债率已经见顶。
"""


def test_numbered_askers_introducing_themselves() -> None:
    doc = parse(SELF_INTRODUCED)
    assert summary(doc) == [("顾言", "北辰资本", ["发言人 3"]), ("周宇", "天衡证券", ["发言人 3"])]


def test_answerers_by_surname_in_brackets_after_an_ascii_mark() -> None:
    doc = parse(ASCII_NOTES)
    assert summary(doc) == [(None, None, ["乔明远"]), (None, None, ["覃雪"])]
