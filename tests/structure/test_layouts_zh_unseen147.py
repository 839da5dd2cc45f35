"""More Chinese layouts: office and name joined by a hyphen in call notes' brackets, an editor's key of
numbered speakers, a question summary whose merged cells are pasted blank, a Word table copied one cell a
line, a transcript kept as a speaker table, a foreign broker in Latin letters before a Chinese name, and an
online interview stamping each reply with the guest; each on a short fictional company."""

from __future__ import annotations

from finbrief.api import parse_bytes
from finbrief.ingest import from_text
from finbrief.ingest.records import cell_lines_table
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


# Call notes bracketing the asker as `<firm>-<name>` and the answerer as `<office>-<name>`.
HYPHEN_BRACKETS = """\
【纪要】汀兰电子2025年半年度业绩电话会
公司参会：董事长 柴远、CFO 阮菁

一、管理层介绍
董事长-柴远：上半年收入同比增长一成，消费电子需求回暖。

二、Q&A
Q（北屿证券-孟川）：请问下半年的订单情况？
A（董事长-柴远）：在手订单已经排到十月。
Q（南桥基金-于蓝）：费用率怎么看？
A（CFO-阮菁）：全年销售费用率保持稳定。
"""


def test_an_office_joined_to_a_name_by_a_hyphen_credits_the_name() -> None:
    """``A（董事长-柴远）`` answers as ``柴远``, as ``A（董事长 柴远）`` would: the office is no part of the name."""
    doc = parse(HYPHEN_BRACKETS)
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["柴远"]), ("于蓝", "南桥基金", ["阮菁"])]


# A transcription service's numbered speakers, with the editor's key above them.
SPEAKER_KEY = """\
汀兰电子业绩沟通会 转写稿
说话人对照：说话人1=严禾（董事会秘书）；说话人2=柴远（董事长）

说话人1 00:00:02
下面进入问答环节，请北屿证券的孟川提问。
说话人3 00:00:10
请问下半年的订单情况？
说话人2 00:00:21
在手订单已经排到十月。
"""


def test_an_editors_key_names_the_numbered_speakers() -> None:
    """``说话人2`` answers as ``柴远``, whom the key above the transcript sets equal to that number; the
    asker is still the one the host named."""
    doc = parse(SPEAKER_KEY)
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["柴远"])]


def test_without_a_key_the_numbered_speaker_keeps_its_number() -> None:
    """The same transcript without the key line: no name is guessed for ``说话人2``."""
    doc = parse(SPEAKER_KEY.replace("说话人对照：说话人1=严禾（董事会秘书）；说话人2=柴远（董事长）\n", ""))
    assert [a for _, _, a in summary(doc)] == [["说话人2"]]


# A question summary pasted from a spreadsheet whose merged cells came out blank in their second row.
MERGED_ROWS = (
    "汀兰电子业绩说明会问题汇总\n出席人员：董事长 柴远；财务总监 阮菁\n\n"
    "序号\t提问者\t所属机构\t问题\t回复人\t回复内容\n"
    "1\t孟川\t北屿证券\t下半年订单情况如何？\t董事长 柴远\t在手订单已经排到十月。\n"
    "2\t\t\t价格有压力吗？\t\t价格基本稳定。\n"
    "3\t于蓝\t南桥基金\t费用率怎么看？\t财务总监 阮菁\t全年销售费用率保持稳定。\n"
)


def test_a_row_left_blank_by_a_merged_cell_takes_the_people_above() -> None:
    """Row 2's asker, firm and answerer cells are blank (cells merged over rows 1 and 2): its question is
    孟川's and its answer 柴远's, not an anonymous pair."""
    doc = parse_bytes(MERGED_ROWS.encode(), "summary.txt")
    assert_sound(doc)
    assert summary(doc) == [
        ("孟川", "北屿证券", ["柴远"]),
        ("孟川", "北屿证券", ["柴远"]),
        ("于蓝", "南桥基金", ["阮菁"]),
    ]


# A Word table copied as text: every cell on a line of its own, an empty cell an empty line.
CELL_LINES = """\
汀兰电子投资者关系活动记录
接待人员：董事长 柴远；董事会秘书 严禾

序号
提问单位
提问人
问题
回复人
回复内容
1
北屿证券
孟川
下半年订单情况如何？
董事长 柴远
在手订单已经排到十月。
2
个人投资者

公司有分红计划吗？
董事会秘书 严禾
公司拟每10股派现1元。
"""


def test_a_table_copied_one_cell_a_line_pairs_its_rows() -> None:
    """The cells, one a line, are rows again: 孟川 of 北屿证券 asks and 柴远 answers; the private investor's
    row (its name cell empty) asks as nobody."""
    doc = parse_bytes(CELL_LINES.encode(), "record.txt")
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["柴远"]), (None, None, ["严禾"])]


def test_cells_one_a_line_end_where_the_count_stops() -> None:
    """A row whose first cell is not the next number ends the table: no row is read with its cells shifted."""
    text = CELL_LINES.replace("\n2\n个人投资者\n", "\n个人投资者\n")
    rows = (cell_lines_table(text) or "").split("\n")
    assert [r.split("\t")[0] for r in rows if "\t" in r] == ["序号", "1"]


def test_cells_one_a_line_are_read_from_the_texts_first_line_and_with_crlf() -> None:
    """The serial head may open the text and lines may end in CRLF: the table is still found."""
    head = CELL_LINES[CELL_LINES.index("序号") :]
    assert cell_lines_table(head) is not None
    assert cell_lines_table(CELL_LINES.replace("\n", "\r\n")) is not None
    assert cell_lines_table(CELL_LINES.replace("\n序号\n", "\n序号：\n")) is None


# A meeting record kept as a table of turns: who spoke, their firm or office, and what they said.
SPEAKER_TABLE = (
    "汀兰电子投资者交流会发言记录\n\n"
    "序号\t发言人\t单位\t发言内容\n"
    "1\t严禾\t汀兰电子 董事会秘书\t下面进入交流环节。\n"
    "2\t孟川\t北屿证券\t请问下半年订单情况如何？\n"
    "3\t柴远\t汀兰电子 董事长\t在手订单已经排到十月。\n"
)


def test_a_speaker_table_reads_as_labelled_turns() -> None:
    """Each row is a turn of the person in its speaker column; the unit column gives the asker's firm."""
    doc = parse_bytes(SPEAKER_TABLE.encode(), "record.txt")
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["柴远"])]


# A Taiwan briefing's question fields, a foreign broker written in Latin letters before the analyst's name.
LATIN_FIRM_FIELDS = """\
汀蘭電子 法人說明會 問答摘要
公司出席：財務長 阮菁

提問者：Harbor Peak Securities 吳家豪
問題：匯率對毛利率的影響？
回覆者：財務長 阮菁
回覆：新台幣升值1%，毛利率約減少0.4個百分點。

提問者：凱遠證券 林志豪
問題：下半年展望？
回覆者：財務長 阮菁
回覆：下半年營收預期成長。
"""


def test_a_broker_in_latin_letters_before_a_chinese_name_is_the_askers_firm() -> None:
    """``Harbor Peak Securities 吳家豪`` is 吳家豪 of that broker, not a label to skip."""
    doc = parse(LATIN_FIRM_FIELDS)
    assert_sound(doc)
    assert summary(doc)[0] == ("吳家豪", "Harbor Peak Securities", ["阮菁"])


# An online interview's record: each question and reply stamped at its end with who posted it and when.
STAMPED_REPLIES = """\
汀兰电子2024年度业绩说明会（上证e访谈）
出席嘉宾：董事长 柴远；财务总监 阮菁

问：请问海外订单增长如何？【网友 e_tl0917 2025-05-14 15:03:27】
答：一季度海外订单同比增长约四成。【嘉宾 董事长 柴远 2025-05-14 15:06:02】
问：经营现金流为什么偏低？【网友 老股民 2025-05-14 15:08:45】
答：主要是年末应收账款增加。【嘉宾 财务总监 阮菁 2025-05-14 15:11:19】
"""


def test_a_reply_stamped_with_a_guest_is_that_guests() -> None:
    """The stamp closing each reply names who gave it; the users' stamps name no one (anonymous questions),
    and the title's bracketed platform keeps it a call's title."""
    doc = parse(STAMPED_REPLIES)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["柴远"]), (None, None, ["阮菁"])]


# A shareholders' meeting's record whose host label brackets a name alone, the board secretary's.
NAMED_HOST = """\
汀兰电子2024年年度股东大会 投资者交流记录
出席人员：董事长 柴远、董事会秘书 严禾

主持人（严禾）：下面进入交流环节。
第一位股东（南桥基金 于蓝）：新产线什么时候投产？
柴远：预计四季度投产。
主持人（严禾）：交流环节到此结束。
"""


def test_a_host_label_bracketing_a_listed_name_is_that_person() -> None:
    """``主持人（严禾）`` is 严禾, the listed board secretary, not a host named ``主持人（严禾）``; her closing
    line answers nothing."""
    doc = parse(NAMED_HOST)
    assert_sound(doc)
    assert "主持人（严禾）" not in [sp.name for sp in doc.speakers]
    assert any(sp.name == "严禾" and sp.side == "company" for sp in doc.speakers)
    assert summary(doc) == [("于蓝", "南桥基金", ["柴远"])]


def test_a_host_label_bracketing_an_unlisted_name_stays_the_host() -> None:
    """With no attendance line naming 严禾, the bracket is not read as one of the company's people."""
    doc = parse(NAMED_HOST.replace("、董事会秘书 严禾", ""))
    assert all(sp.name != "严禾" or sp.side != "company" for sp in doc.speakers)


def test_a_named_host_who_also_answers_under_her_name_keeps_her_answer() -> None:
    """When 严禾 also answers under her own label, that short answer is still hers: naming the host does not
    make every line of hers a moderator's."""
    text = NAMED_HOST.replace(
        "主持人（严禾）：交流环节到此结束。",
        "第二位股东：公司会回购股份吗？\n严禾：如有计划会及时公告。\n主持人（严禾）：交流环节到此结束。",
    )
    doc = parse(text)
    assert_sound(doc)
    assert summary(doc) == [("于蓝", "南桥基金", ["柴远"]), (None, None, ["严禾"])]


def test_a_stamp_cut_by_a_hard_wrap_still_names_the_guest() -> None:
    """A reply's stamp a wrap carried onto the next line (even inside its date) still credits the guest."""
    text = STAMPED_REPLIES.replace(
        "答：主要是年末应收账款增加。【嘉宾 财务总监 阮菁 2025-05-14 15:11:19】",
        "答：主要是年末应收账款增加。【嘉宾 财务总监 阮菁 2025-0\n5-14 15:11:19】",
    )
    doc = parse(text)
    assert summary(doc) == [(None, None, ["柴远"]), (None, None, ["阮菁"])]


def test_a_key_cut_by_a_hard_wrap_is_read_whole() -> None:
    """The key's entry for ``说话人2`` wrapped over two lines still names it."""
    doc = parse(SPEAKER_KEY.replace("说话人2=柴远（董事长）", "说话人2=柴\n远（董事长）"))
    assert summary(doc) == [("孟川", "北屿证券", ["柴远"])]


def test_a_traditional_table_copied_one_cell_a_line_pairs_its_rows() -> None:
    """The same Word table in traditional script (``序號``, ``提問人``, ``回覆內容``) is read as rows too."""
    text = (
        CELL_LINES.replace("序号", "序號").replace("提问单位", "提問單位").replace("提问人", "提問人")
        .replace("问题\n", "問題\n").replace("回复人", "回覆人").replace("回复内容", "回覆內容")
    )
    doc = parse_bytes(text.encode(), "record.txt")
    assert summary(doc)[0] == ("孟川", "北屿证券", ["柴远"])


def test_a_courtesy_word_after_an_askers_name_in_a_table_cell_is_dropped() -> None:
    """``孟川先生`` in the asker cell is 孟川 of 北屿证券, not an asker named with the courtesy word."""
    doc = parse_bytes(MERGED_ROWS.replace("1\t孟川\t", "1\t孟川先生\t").encode(), "summary.txt")
    assert summary(doc)[0] == ("孟川", "北屿证券", ["柴远"])
