"""Layouts first met in held-out transcripts: an expert interview whose header names its host alone,
captions pasted into a filing, a results press conference's reporters, and an exchange briefing whose
askers are all labelled 與會者; each on a short fictional call."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.ingest import run as ingest
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

    return [(name(q.asker), q.firm or (by_id[q.asker].affiliation if q.asker in by_id else None),
             [name(a.speaker) for a in q.answers]) for q in doc.qa]


EXPERT_NO_FIRM = """\
【专家访谈】冷链物流：运价与仓储利用率

访谈时间：2026年3月2日 19:30-20:30
主持人：沈知远
专家：某冷链物流企业前运营副总

主持人：各位好，今天请到一位冷链物流行业的专家。先请专家介绍一下行业今年的情况。

专家：大家好。今年冷库的平均利用率在六成左右，比去年低了五个点。

主持人：干线冷链的运价今年下降了多少？

专家：干线运价大概下降了一成，主要是新进入的车队比较多。

主持人：好的，下面请线上的投资者提问。

投资者：专家您好，我是栖霞资本的阮清。想问一下预制菜对冷链需求的拉动有多大？

专家：预制菜是今年增量最大的品类，我估计贡献了冷链运量增长的三成。
"""


def test_an_expert_interview_host_named_alone_asks_with_no_firm() -> None:
    doc = parse(EXPERT_NO_FIRM)
    assert_sound(doc)
    assert summary(doc) == [
        ("沈知远", None, ["专家"]),
        ("阮清", "栖霞资本", ["专家"]),
    ]


def test_the_broker_a_header_opens_with_is_the_firm_of_a_host_named_alone() -> None:
    text = EXPERT_NO_FIRM.replace("【专家访谈】冷链物流：运价与仓储利用率", "岭川证券交运团队 · 专家电话会纪要")
    doc = parse(text)
    assert summary(doc)[0] == ("沈知远", "岭川证券", ["专家"])


# A microcap's video-meeting captions filed as an exhibit: a heading, numbered cues run on without
# blank lines, arrows typeset as dashes, an outside IR firm's host, an asker shown by a phone's model.
EXHIBIT_CAPTIONS = """\
Exhibit 99.1
1
00:00:04.100 —> 00:00:11.900
Welcome to the Pellory Health fourth quarter call. I'm Dana Kim, your host today.
2
00:00:12.200 —> 00:00:20.450
Fairhaven Host: I'll now hand over to Pellory's chief executive, Rhys Calder.
3
00:00:20.900 —> 00:00:31.300
Rhys Calder: Thanks, Dana. Revenue for the quarter was $6.2 million, up 31% from a year ago.
4
00:00:31.800 —> 00:00:38.050
Fairhaven Host: Thank you. Our first question is from Lena Moss of Arbor Pike Research. Lena, please unmute.
5
00:00:38.600 —> 00:00:47.200
Lena Moss: Hi, Rhys. How many clinics are live on the platform now?
6
00:00:47.700 —> 00:00:56.100
Rhys Calder: We're live in 214 clinics, and another 40 are in onboarding.
7
00:00:56.500 —> 00:01:03.300
Fairhaven Host: Thanks, Lena. Next, we have Omar Reyes from Talbot Lane Capital. Omar, go ahead.
8
00:01:03.800 —> 00:01:12.400
iPhone 15 Pro: Hi, can you hear me? How long does your cash last at the current burn?
9
00:01:12.900 —> 00:01:22.600
Rhys Calder: We have about seven quarters of cash at the current burn, and no debt.
"""


def test_captions_pasted_into_a_filing_are_read_as_cues_with_their_host_and_a_device_named_asker() -> None:
    doc = run(ingest(EXHIBIT_CAPTIONS.encode("utf-8"), "exhibit.txt"))
    assert_sound(doc)
    assert summary(doc) == [
        ("Lena Moss", "Arbor Pike Research", ["Rhys Calder"]),
        ("Omar Reyes", "Talbot Lane Capital", ["Rhys Calder"]),
    ]
    assert not any("—>" in p.text or "-->" in p.text for p in doc.paragraphs)


# A Hong Kong results press conference: reporters labelled with their outlet and name, or outlet alone.
PRESS_CONFERENCE = """\
嘉澤控股2025年全年業績記者會實錄

出席：主席 區耀宗、財務總監 馮嘉敏

主持：各位傳媒朋友午安，首先請主席講幾句。

區耀宗：多謝各位。去年集團收益為港幣126億元，按年增加5%，全年股息每股港幣0.62元。

主持：現在開始答問環節。

記者（東方財經 黃詠詩）：想問主席，今年會唔會增加資本開支？

區耀宗：今年資本開支預算約港幣18億元，同去年差唔多。

記者（星島日報）：想問馮小姐，集團負債比率會唔會再降？

馮嘉敏：我哋目標係年底前將淨負債比率降至兩成以下。
"""


def test_a_reporter_label_gives_the_outlet_and_the_name_or_the_outlet_alone() -> None:
    doc = parse(PRESS_CONFERENCE)
    assert_sound(doc)
    assert summary(doc) == [
        ("黃詠詩", "東方財經", ["區耀宗"]),
        (None, "星島日報", ["馮嘉敏"]),
    ]


# An exchange-hosted results briefing: every asker labelled 與會者, naming their firm in their first words;
# a follow-up that names no one is the last asker's.
EXCHANGE_BRIEFING = """\
上市公司業績發表會　會議紀錄

公司出席代表：董事長 柯文達、財務長 游淑芬

主持人（證交所）：歡迎參加本場業績發表會，先請公司簡報。

柯文達（董事長）：今年前三季營收新台幣15.2億元，年增9%。

主持人（證交所）：接下來開放現場提問，請先介紹自己的單位。

與會者：我是岳川投信的莊子涵。請問明年新產能什麼時候開出？

柯文達（董事長）：新廠預計明年第三季量產。

與會者：想再追問折舊，新廠會增加多少折舊費用？

游淑芬（財務長）：新廠每年折舊大約增加1.2億元。
"""


def test_askers_all_labelled_participant_name_themselves_and_a_follow_up_is_the_last_askers() -> None:
    doc = parse(EXCHANGE_BRIEFING)
    assert_sound(doc)
    assert summary(doc) == [
        ("莊子涵", "岳川投信", ["柯文達"]),
        ("莊子涵", "岳川投信", ["游淑芬"]),
    ]


def test_a_header_listing_who_came_under_an_askers_word_is_no_question() -> None:
    text = """\
远帆电气2025年三季度业绩交流会纪要

时间：2025年10月30日
与会者：华泰证券 王磊、中信证券 李想、南方基金 赵敏

宋岩：各位好，前三季度公司实现收入32.1亿元，同比增长12%。

王磊：请问四季度的订单情况怎么样？

宋岩：四季度订单饱满，在手订单同比增长两成。
"""
    for word in ("与会者", "分析师", "投资人"):
        doc = parse(text.replace("与会者：", f"{word}："))
        assert [(a, ans) for a, _, ans in summary(doc)] == [("王磊", ["宋岩"])]
