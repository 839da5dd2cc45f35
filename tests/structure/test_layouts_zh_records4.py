"""Chinese records in more layouts: Taiwan's official-record labels (office between surname and given
name), an online interview's speaker lines with verbs, a meeting tool's minutes with times in brackets
under its AI summary, Malaysian honours before names and a room investor named in brackets."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    """(asker name, firm, answerer names) of every pair."""
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


def speaker_of(doc: Document, snippet: str) -> str | None:
    """The name of the speaker of the paragraph holding ``snippet``."""
    by_id = doc.speakers_by_id
    p = next(p for p in doc.paragraphs if snippet in p.text)
    return by_id[p.speaker].name if p.speaker in by_id else p.speaker


GAZETTE = """\
嘉銓電機股份有限公司股東常會發言紀錄

出席：董事長 周明德；財務長 宋怡君

周董事長明德：（10時01分）各位股東好，今年營收新台幣三十億元，成長百分之六。

主席：（10時05分）請股東發言。

許股東家豪：（10時06分）請問今年的資本支出規劃？

宋財務長怡君：（10時07分）今年資本支出約新台幣四億元，主要用於新產線。

許股東家豪：（10時09分）那現金股利呢？

周董事長明德：（10時10分）現金股利會維持每股二元。
"""


def test_office_between_surname_and_given_name_is_that_person() -> None:
    doc = parse(GAZETTE)
    assert speaker_of(doc, "今年營收新台幣三十億元") == "周明德"
    assert summary(doc) == [("許家豪", None, ["宋怡君"]), ("許家豪", None, ["周明德"])]


INTERVIEW = """\
访谈主题：岳川电子2024年度业绩说明会
访谈嘉宾：董事长 孔德明、财务总监 景慧

主持人 说：
欢迎各位投资者参加本次业绩说明会。

嘉宾 孔德明 说：
2024年公司营业收入12亿元，同比增长9%。

网友 海边的云 问：
请问今年的毛利率目标是多少？

嘉宾 景慧 答：
我们预计毛利率保持在30%左右。

网友 k_line88 问：
公司会提高分红吗？

嘉宾 孔德明 答：
董事会会综合考虑现金流后决定。
"""


def test_interview_lines_name_guests_and_leave_users_anonymous() -> None:
    doc = parse(INTERVIEW)
    assert speaker_of(doc, "2024年公司营业收入12亿元") == "孔德明"
    assert summary(doc) == [(None, None, ["景慧"]), (None, None, ["孔德明"])]


MINUTES = """\
智能纪要：青岚环保一季度交流会
参会人：韦立、鲁晴、主持人

发言总结
韦立：介绍了一季度经营情况。
鲁晴：回答了费用相关问题。

转写原文
主持人（00:00）：欢迎大家，先请韦董介绍。
韦立（00:20）：一季度公司收入3.1亿元，同比增长5%。
主持人（05:10）：下面请安泽证券的柏松提问。
柏松（05:15）：请问销售费用为什么上升？
鲁晴（05:30）：主要是新市场的推广投入增加。
"""


def test_bracketed_times_end_labels_and_summary_lines_are_no_ones() -> None:
    doc = parse(MINUTES)
    assert speaker_of(doc, "介绍了一季度经营情况") is None
    assert speaker_of(doc, "一季度公司收入3.1亿元") == "韦立"
    assert summary(doc) == [("柏松", "安泽证券", ["鲁晴"])]


HONOURS = """\
出席：执行主席丹斯里方振国、董事经理拿督吴秀兰

方振国：本季营业额增加12%至3亿令吉。

分析员（海峡投资研究 杜文轩）：请问下季展望？

拿督吴秀兰：我们预计订单保持稳定。

现场投资者（启明基金 骆静）：股息会增加吗？

丹斯里方振国：董事部会维持派息政策。
"""


def test_honours_before_names_and_room_investors_in_brackets() -> None:
    doc = parse(HONOURS)
    assert summary(doc) == [("杜文轩", "海峡投资研究", ["吴秀兰"]), ("骆静", "启明基金", ["方振国"])]


PRESS_INTERVIEW = """\
南洋商讯 财经版  2025年3月2日

本报专访了总裁马立群和财务总监甘雯。

南洋商讯：今年的增长动力在哪里？

马立群：主要是东南亚的物流业务。

南洋商讯：会派特别股息吗？

甘雯：暂时没有这个计划。
"""


def test_questions_under_the_publications_name_are_that_outlets() -> None:
    doc = parse(PRESS_INTERVIEW)
    assert summary(doc) == [(None, "南洋商讯", ["马立群"]), (None, "南洋商讯", ["甘雯"])]


AGM_MINUTES = """\
恒盛集團控股有限公司
股東週年大會會議記錄

出席者：
黎志文先生（「主席」）
馮碧瑤女士（「財務總監」）

1. 股東問答
1.1 股東區國強先生詢問集團明年的資本開支。
1.2 財務總監回應指，明年資本開支約為港幣三億元。
1.3 一名股東詢問會否派發特別股息。
1.4 主席回應指，董事會暫無此計劃。
1.5 啟德資本之代表莫嘉欣女士詢問集團的負債水平。
1.6 財務總監回應指，淨負債比率為百分之二十。
"""


def test_reported_minutes_credit_defined_offices() -> None:
    doc = parse(AGM_MINUTES)
    assert summary(doc) == [
        ("區國強", None, ["馮碧瑤"]),
        (None, None, ["黎志文"]),
        ("莫嘉欣", "啟德資本", ["馮碧瑤"]),
    ]


CHAIRED = """\
出席：主席 董事長 陶振邦；財務長 殷若蘭

陶董事長振邦：（14時01分）各位股東午安，去年營收新台幣十八億元。

主席：（14時05分）請股東戶號1203號股東發言。

溫股東國華：（14時06分）請問今年的股利政策？

殷財務長若蘭：（14時07分）今年現金股利每股一元五角。

主席：（14時08分）請股東戶號5561號股東代表發言。

溫股東代表佳玲：（14時09分）我是鼎崴投資的代表溫佳玲。請問海外工廠進度？

陶董事長振邦：（14時10分）越南工廠預計明年投產。
"""


def test_a_chair_calling_on_shareholders_answers_nothing() -> None:
    doc = parse(CHAIRED)
    assert summary(doc) == [("溫國華", None, ["殷若蘭"]), ("溫佳玲", "鼎崴投資", ["陶振邦"])]


SESSION = """\
【秋季策略会·上市公司交流】岭南电子

主持：嘉岳证券电子行业首席分析师 欧阳晴
公司嘉宾：董事会秘书 卓凡

欧阳晴：欢迎卓总。请问今年的订单情况？

卓凡：订单同比增长两成。

欧阳晴：毛利率怎么看？

卓凡：毛利率基本稳定。
"""


def test_a_session_host_named_in_the_header_asks_from_his_broker() -> None:
    doc = parse(SESSION)
    assert summary(doc) == [("欧阳晴", "嘉岳证券", ["卓凡"]), ("欧阳晴", "嘉岳证券", ["卓凡"])]


CANTONESE_EXPORT = """\
講者 1  00:00:05
多謝大家嚟參加簡報會，我係投資者關係主管林詠琴。今日出席嘅有主席羅志成先生同財務總裁Vincent Ho。首先請主席講幾句。

講者 2  00:00:30
多謝詠琴。上半年收入係五十億港元。

講者 1  00:03:00
而家開始問答。第一位係 Westbay Partners 嘅 Amy Chow。

講者 3  00:03:10
Thank you. What about margins?

講者 4  00:03:20
我係Vincent。毛利率會維持喺三成左右。
"""


def test_cantonese_export_names_from_handovers_latin_firms_and_first_names() -> None:
    doc = parse(CANTONESE_EXPORT)
    assert speaker_of(doc, "上半年收入係五十億港元") == "羅志成"
    assert summary(doc) == [("Amy Chow", "Westbay Partners", ["Vincent Ho"])]



PINYIN_KEYED = """\
公司参会：董事长 葛振东（GZD）、财务总监 沈悦（SY）
机构参会：岳川证券 彭洋（PY）

GZD：一季度公司收入8.1亿元。

PY：请问海外业务的增速？
SY：海外业务同比增长两成。
GZD：下半年还会更快。
"""


def test_labels_by_pinyin_initials_are_the_people_the_list_keys() -> None:
    doc = parse(PINYIN_KEYED)
    assert summary(doc) == [("彭洋", "岳川证券", ["沈悦", "葛振东"])]
