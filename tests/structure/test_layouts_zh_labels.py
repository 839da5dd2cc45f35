"""Chinese speaker-label shapes, each on a fictional company: a courtesy word after the name, a
title written right after the name, a combined title before it, a name in both scripts, a numbered
speaker with a timestamp, a title's short form for the staff list's title, and a 董秘's short answer."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.ingest.script import to_simplified
from finbrief.lexicon.transcript import vocab
from finbrief.model import Document
from finbrief.structure import run
from finbrief.structure.labels import parse_label


def parse(text: str, name: str = "call.txt") -> Document:
    return run(from_text(text, name))


@pytest.mark.parametrize(
    ("text", "who", "title"),
    [
        ("董事长林远航先生：本季度营业收入增长18%。", "林远航", "董事长"),
        ("林远航先生：本季度营业收入增长18%。", "林远航", None),
        ("宋雨女士（财务总监）：毛利率为35%。", "宋雨", "财务总监"),
        ("林远航董事长：本季度营业收入增长18%。", "林远航", "董事长"),
        ("宋雨财务总监：毛利率为35%。", "宋雨", "财务总监"),
        ("董事长兼总经理林远航：本季度营业收入增长18%。", "林远航", "董事长兼总经理"),
    ],
)
def test_person_labels(text: str, who: str, title: str | None) -> None:
    lab = parse_label(text, text, vocab(), frozenset())
    assert lab is not None and lab.role is None and lab.who == who and lab.title == title


def test_name_in_both_scripts() -> None:
    text = "林远航 Lin Yuanhang：本季度营业收入增长18%。"
    lab = parse_label(text, text, vocab(), frozenset())
    assert lab is not None and lab.who == "林远航" and lab.alias == "Lin Yuanhang"


@pytest.mark.parametrize("text", ["说话人2(00:01:40)：谢谢主持人。", "发言人2 00:01:40：谢谢主持人。"])
def test_numbered_speaker_with_time(text: str) -> None:
    lab = parse_label(text, text, vocab(), frozenset())
    assert lab is not None and lab.who.startswith(("说话人2", "发言人2")) and lab.inline


@pytest.mark.parametrize("text", ["常务副总经理：今年海外业务增长明显。", "区域总经理：华东区收入增长。"])
def test_title_qualifier_is_no_name(text: str) -> None:
    lab = parse_label(text, text, vocab(), frozenset())
    assert lab is None or lab.who.endswith("总经理")


BRIEFING = """\
青岚微电2026年第三季度业绩说明会

会议时间：2026年10月28日
公司参会人员：董事长 林远航；董事会秘书 宋雨；财务总监 周岩

主持人：各位投资者大家好，欢迎参加本次业绩说明会。首先有请董事长林远航先生致辞。

董事长林远航先生：谢谢主持人。本季度公司实现营业收入12.3亿元，同比增长18%。

主持人：下面进入问答环节。

投资者1：请问第四季度的订单情况如何？

林远航董事长：第四季度订单饱满，我们预计收入会继续增长。

董秘：补充一点，四季度新产线将按计划投产。

投资者2：请问公司有没有回购计划？

董秘：公司暂无回购计划，如有将及时公告。
"""


def test_courtesy_and_joined_title_are_one_speaker() -> None:
    doc = parse(BRIEFING)
    prepared = next(p for p in doc.paragraphs if "12.3亿元" in p.text)
    assert doc.speakers_by_id[prepared.speaker or ""].name == "林远航"
    first = doc.qa[0]
    assert [doc.speakers_by_id[a.speaker or ""].name for a in first.answers] == ["林远航", "宋雨"]


def test_short_answer_of_board_secretary_is_an_answer() -> None:
    doc = parse(BRIEFING)
    assert len(doc.qa) == 2
    second = doc.qa[1]
    assert [doc.speakers_by_id[a.speaker or ""].name for a in second.answers] == ["宋雨"]


# A Q&A platform's record whose answer mark names the title that answers.
PLATFORM_RECORD = """\
投资者提问：请问公司新产线什么时候投产？
董秘回答(青岚微电SH688777)：您好，新产线预计四季度投产，感谢您的关注。
"""


def test_platform_answer_mark_names_the_answering_title() -> None:
    doc = parse(PLATFORM_RECORD)
    assert len(doc.qa) == 1
    assert [doc.speakers_by_id[a.speaker or ""].name for a in doc.qa[0].answers] == ["董秘"]


# A bilingual show: each English line, then its Chinese rendering under the name transcribed.
RENDERED = """\
Anna Berg: Welcome to the programme. Our guest today is Tom Reed of Northwind.

安娜·伯格：欢迎收看本节目。今天的嘉宾是北风公司的汤姆·里德。

Tom Reed: Thank you. Our orders grew 12% this quarter.

汤姆·里德：谢谢。本季度我们的订单增长了12%。

Anna Berg: What drove that growth?

安娜·伯格：是什么推动了增长？
"""


def test_transcribed_name_renders_the_name_just_spoken() -> None:
    doc = parse(RENDERED)
    names = {p.text[:6]: doc.speakers_by_id[p.speaker or ""].name for p in doc.paragraphs if p.speaker}
    assert names["汤姆·里德："] == "Tom Reed"
    assert names["安娜·伯格："] == "Anna Berg"
    assert names["Tom Re"] == "Tom Reed"


# A briefing's written record: answer marks with who answers after them in several shapes.
RECORD = """\
青岚微电2026年第三季度业绩说明会文字实录

公司出席人员：董事长 林远航，董事会秘书 宋雨，财务总监 周岩

问：请问公司是否有分红计划？
董事会秘书宋雨：公司将综合考虑经营情况制定分红方案。

Q：明年的研发投入计划？
A：董事长 林远航 回答：明年研发投入预计增长20%。

问题3：存货为什么增加？
回复（财务总监）：主要是四季度备货增加。
"""


def test_who_answers_after_the_mark() -> None:
    doc = parse(RECORD)
    names = [[doc.speakers_by_id[a.speaker or ""].name for a in q.answers] for q in doc.qa]
    assert names == [["宋雨"], ["林远航"], ["周岩"]]


# A meeting app's export: a bulleted bold label with the time inside the bold, the speech under it.
APP_EXPORT = """\
# 转录：青岚微电业绩交流会

- **发言人1 00:00**
各位投资者好，欢迎参加青岚微电业绩交流会，下面有请董事长林远航致辞。

- **发言人2 00:35**
谢谢主持人。本季度公司实现营业收入12.3亿元，同比增长18%。

- **发言人1 05:10**
下面进入问答环节，请天衡证券的周宇提问。

- **发言人3 05:20**
请问第四季度的订单情况如何？

- **发言人2 05:40**
第四季度订单饱满，我们预计收入会继续增长。
"""


def test_time_inside_a_bold_label() -> None:
    doc = parse(APP_EXPORT)
    assert doc.kind == "transcript" and len(doc.qa) == 1
    prepared = next(p for p in doc.paragraphs if "12.3亿元" in p.text)
    assert doc.speakers_by_id[prepared.speaker or ""].name == "林远航"


def test_spokesperson_title_before_the_name() -> None:
    text = "公司發言人 黃文彬：本季營收年增12%。"
    lab = parse_label(text, to_simplified(text), vocab(), frozenset())
    assert lab is not None and lab.who == "黃文彬"


# A Taiwanese briefing: an answer mark with the answerer's bare name before a second colon, and a
# surname with an honorific for an executive a label named in full before.
BRIEFING_TW = """\
青嵐微電 2026年第三季法人說明會

主持人：各位好，歡迎參加法人說明會。首先請財務長周岩報告營運成果。

財務長 周岩：謝謝。本季營收為新台幣52億元，年增12%。

主持人：現在開始問答。請天衡證券的沈一鳴提問。

問：天衡證券 沈一鳴：請問毛利率展望？

答：周岩：我們預期毛利率約48%。

主持人：下一位，北辰資本顧先生。

顧先生（北辰資本）：資本支出會增加嗎？

周總：明年資本支出會持平。
"""


def test_bare_name_after_answer_mark_and_surname_with_honorific() -> None:
    doc = parse(BRIEFING_TW)
    names = [[doc.speakers_by_id[a.speaker or ""].name for a in q.answers] for q in doc.qa]
    assert names == [["周岩"], ["周岩"]]


# Subtitles of a briefing without speaker labels: the host names who presents, who asks and who
# answers.
SUBTITLES = """\
1
00:00:01,000 --> 00:00:06,000
各位法人先進大家好，歡迎參加青嵐微電第三季法人說明會。

2
00:00:06,500 --> 00:00:12,000
首先請財務長周岩為我們報告營運成果。

3
00:00:12,500 --> 00:00:20,000
謝謝主持人。本季營收為新台幣52億元，年增12%。

4
00:10:00,000 --> 00:10:05,000
好，接下來進入問答時間。首先請天衡證券的沈一鳴提問。

5
00:10:05,500 --> 00:10:12,000
謝謝，我想請問第四季的需求展望？

6
00:10:12,500 --> 00:10:15,000
這個問題請董事長林遠航回答。

7
00:10:15,500 --> 00:10:20,000
第四季需求仍然強勁，客戶庫存已回到健康水位。

8
00:10:20,500 --> 00:10:25,000
好，謝謝。下一位請北辰資本的顧言提問。

9
00:10:25,500 --> 00:10:30,000
請問明年的資本支出規劃？

10
00:10:30,500 --> 00:10:38,000
明年資本支出預計與今年持平。
"""


def test_unlabelled_subtitles_name_the_presenter_and_the_answerer_the_host_gives_the_floor_to() -> None:
    doc = parse_bytes(SUBTITLES, "briefing.srt")
    prepared = next(p for p in doc.paragraphs if "52億元" in p.text)
    assert doc.speakers_by_id[prepared.speaker or ""].name == "周岩"
    names = [[doc.speakers_by_id[a.speaker].name if a.speaker else None for a in q.answers] for q in doc.qa]
    assert names == [["林遠航"], [None]]


def parse_bytes(text: str, name: str) -> Document:
    from finbrief.ingest import run as ingest

    return run(ingest(text.encode("utf-8"), name))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("林远航答：四季度订单饱满。", "林远航"),
        ("董事长林远航补充：新产线按计划投产。", "林远航"),
        ("宋雨（董事会秘书）回答：暂无回购计划。", "宋雨"),
    ],
)
def test_person_then_a_verb_of_taking_the_turn(text: str, who: str) -> None:
    lab = parse_label(text, text, vocab(), frozenset())
    assert lab is not None and lab.role is None and lab.who == who


# A call hosted by a broker's analyst: they open the call, introduce the askers and ask one
# question of their own.
BROKER_HOSTED = """\
青岚微电2026年三季度业绩交流电话会

周宇（天衡证券）：各位投资者大家好，我是天衡证券电子行业分析师周宇，欢迎参加青岚微电三季度业绩交流会。首先请林总介绍一下公司经营情况。

林远航（董事长）：谢谢周总。本季度公司实现营业收入12.3亿元，同比增长18%。

周宇（天衡证券）：感谢林总的介绍。下面进入问答环节，第一位是北辰资本的顾言。

顾言（北辰资本）：谢谢。请问第四季度的订单情况如何？

林远航（董事长）：第四季度订单饱满，我们预计收入会继续增长。

周宇（天衡证券）：好的，我也追问一个问题，新产线的良率现在是多少？

宋雨（董秘）：新产线良率已经超过九成。

周宇（天衡证券）：好的，下一位是东岳证券的沈一鸣。

沈一鸣（东岳证券）：请问海外市场的进展？

宋雨（董秘）：海外市场今年增长了30%，东南亚表现突出。
"""


def test_an_analyst_introducing_the_askers_hosts_the_call() -> None:
    doc = parse(BROKER_HOSTED)
    by_id = doc.speakers_by_id
    pairs = [(by_id[q.asker or ""].name, [by_id[a.speaker or ""].name for a in q.answers]) for q in doc.qa]
    assert pairs == [("顾言", ["林远航"]), ("周宇", ["宋雨"]), ("沈一鸣", ["宋雨"])]
    opening = next(p for p in doc.paragraphs if "12.3亿元" in p.text)
    assert opening.section == "prepared"


@pytest.mark.parametrize(("host", "role"), [("主持人 宋雨：", "host"), ("IR 宋雨：", None)])
def test_host_named_after_the_role_word(host: str, role: str | None) -> None:
    text = f"{host}下面进入问答环节。请天衡证券的周宇提问。"
    lab = parse_label(text, text, vocab(), frozenset())
    assert lab is not None and lab.role == role and "宋雨" in lab.who


# Anonymous question marks after the host names who asks.
NAMED_THEN_ANONYMOUS = """\
青岚微电2026年第三季度业绩说明会

主持人：各位投资者大家好。下面进入问答环节，请天衡证券的周宇提问。

问：请问第四季度的订单情况如何？

答：第四季度订单饱满，我们预计收入会继续增长。

主持人：下一位请北辰资本的顾言提问。

Q：请问毛利率展望？

A（财务总监）：毛利率预计保持稳定。
"""


def test_anonymous_question_after_the_host_names_the_asker() -> None:
    doc = parse(NAMED_THEN_ANONYMOUS)
    by_id = doc.speakers_by_id
    assert [(by_id[q.asker or ""].name, q.firm) for q in doc.qa] == [("周宇", "天衡证券"), ("顾言", "北辰资本")]
    assert doc.paragraph(doc.qa[0].question[0]).speaker == doc.qa[0].asker


# A record whose askers' labels put a bar between the firm and the name, under a header line naming the host.
BARRED_ASKERS = """\
青岚微电2026年第三季度业绩交流会纪要

主持人：董事会秘书 宋雨

宋雨：各位投资者好，欢迎参加本次交流会。下面请公司董事长介绍经营情况。

董事长 林远航：谢谢。今年前三季度公司营业收入稳步增长，毛利率有所提升。

宋雨：下面进入问答环节。

天衡证券 | 周宇：请问明年的产能规划是怎样的？

林远航：明年我们计划新增两条产线，预计年底投产。

北辰资本｜顾言：毛利率提升的原因是什么？

林远航：主要是原材料价格下降和产品结构优化。
"""


def test_a_bar_between_the_firm_and_the_name_keeps_the_asker() -> None:
    doc = parse(BARRED_ASKERS)
    by_id = doc.speakers_by_id
    assert [(by_id[q.asker or ""].name, q.firm) for q in doc.qa] == [("周宇", "天衡证券"), ("顾言", "北辰资本")]
    assert [[by_id[a.speaker or ""].name for a in q.answers] for q in doc.qa] == [["林远航"], ["林远航"]]


def test_a_header_naming_the_host_is_roster_not_a_turn() -> None:
    doc = parse(BARRED_ASKERS)
    header = next(p for p in doc.paragraphs if p.text.startswith("主持人"))
    assert header.speaker is None
    host = doc.speakers_by_id["宋雨"]
    assert (host.role, host.side) == ("董事会秘书", "company")
    assert not [s for s in doc.speakers if s.name == "主持人"]
