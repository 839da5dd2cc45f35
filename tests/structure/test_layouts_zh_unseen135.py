"""More Chinese layouts: a recording app's voices numbered `角色N`, a roadshow platform's record with every
label in square brackets closed by a colon, a recording whose speakers were renamed by office, an
investor-relations record drawn as a box table, a reverse roadshow's `公司（<office>）：` answers, a research
account's bulleted fields, and a reply summary naming two officers on one line, each on a short
fictional company."""

from __future__ import annotations

from finbrief.api import parse_bytes
from finbrief.ingest import from_text
from finbrief.ingest.qa_table import box_tables_to_grid, grid_tables_to_pipes
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


# A recording app's export: every voice numbered `角色N` above its speech; the host names each asker.
ROLE_NUMBERS = """\
青岩软件业绩交流会
录音转写  时长：00:30:00

角色1 00:00:02
大家好，我是青岩软件的董秘严禾。下面进入问答环节，第一位提问的是北屿证券的孟川。

角色2 00:00:20
谢谢。请问今年的订单增速怎么样？

角色3 00:00:31
一季度新签订单增长了两成左右。

角色1 00:01:40
下一位是南桥基金的于蓝。

角色4 00:01:46
您好，请问毛利率还会提升吗？

角色3 00:01:55
我们预计全年毛利率基本稳定。
"""


def test_voices_a_recording_app_numbers_as_roles_are_speakers() -> None:
    """``角色2 00:00:20`` is a numbered voice like ``说话人2``: the host's introductions name the askers, and
    the voice that answers both keeps its number (no name guessed)."""
    doc = parse(ROLE_NUMBERS)
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["角色3"]), ("于蓝", "南桥基金", ["角色3"])]


# A roadshow platform's text record: every label in square brackets closed by a colon, guests as
# `[<company> <office> <name>]`, netizens as `[网友 <user name>]` (digits allowed).
SQUARE_COLON = """\
青岩股份2024年度业绩说明会文字实录

出席嘉宾：青岩股份董事长 左青山，财务总监 白若

[主持人]：各位投资者好，欢迎参加本次业绩说明会。
[青岩股份 董事长 左青山]：2024年公司营业收入18亿元，同比增长12%。
[网友 股海行舟88]：请问今年的分红比例是多少？
[青岩股份 财务总监 白若]：公司计划维持40%左右的分红比例。
[网友 山间清风]：海外业务进展如何？
[青岩股份 董事长 左青山]：海外收入占比已经超过两成。
[主持人]：本次说明会到此结束，谢谢大家。
"""


def test_square_bracket_labels_closed_by_a_colon_give_turns() -> None:
    """``[青岩股份 董事长 左青山]：`` is 左青山 (the company's short name before the office is no part of
    the name); ``[网友 股海行舟88]：`` asks as no one named."""
    doc = parse(SQUARE_COLON)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["白若"]), (None, None, ["左青山"])]
    assert doc.paragraph(4).speaker == "左青山"


# A recording whose speakers were renamed by office (`财务总监 00:03:05`), askers left numbered; the board
# secretary names who attends in her first turn.
RENAMED_BY_OFFICE = """\
业绩交流会（录音整理）

董秘 00:00:02
各位好，我是青岩物流的董事会秘书聂青。今天参加交流的有总经理乔远先生和财务总监吕夏女士。

总经理 00:00:30
去年公司货运量增长了9%，冷链收入增长三成。

董秘 00:02:00
下面开始提问，第一位是东屿证券的葛林。

提问人1 00:02:06
请问今年的资本开支是多少？

财务总监 00:02:15
今年资本开支大约6亿元。
"""


def test_an_office_a_recording_renamed_a_voice_to_is_the_person_named_with_it() -> None:
    """``财务总监 00:02:15`` alone on its line is a label; it is 吕夏, whom the secretary named with that
    office; the numbered asker is the one the host introduced."""
    doc = parse(RENAMED_BY_OFFICE)
    assert_sound(doc)
    assert summary(doc) == [("葛林", "东屿证券", ["吕夏"])]
    assert doc.paragraph(5).speaker == "乔远"


def test_an_office_named_only_inside_a_longer_one_names_no_one() -> None:
    """The text names only a 副总经理: ``总经理`` stays the office, never that person."""
    text = RENAMED_BY_OFFICE.replace("总经理乔远先生", "副总经理乔远先生")
    doc = parse(text)
    assert doc.paragraph(5).speaker != "乔远"


# An investor-relations record whose form was drawn with box-drawing characters (a PDF's text layer), the
# main cell's lines wrapped at the cell's width with no blank line between its paragraphs.
BOX_RECORD = """\
证券代码：300xxx                                 证券简称：青岩医疗

               青岩医疗股份有限公司投资者关系活动记录表

┌──────────┬────────────────────────────────────┐
│投资者关系│■特定对象调研  □业绩说明会                    │
│活动类别  │                                              │
├──────────┼────────────────────────────────────┤
│参与单位名│北屿证券 孟川；南桥基金 于蓝                  │
│称及人员姓│                                              │
│名        │                                              │
├──────────┼────────────────────────────────────┤
│上市公司接│董事长 左青山；董事会秘书 严禾                │
│待人员姓名│                                              │
├──────────┼────────────────────────────────────┤
│投资者关系│一、公司介绍                                  │
│活动主要内│2024年公司营业收入4.2亿元，同比增长16%。      │
│容介绍    │二、交流问答                                  │
│          │问题1：公司新产品何时上市？                   │
│          │回复：新产品预计今年四季度获批上市，首年目标进│
│          │入50家医院。                                  │
│          │问题2：今年研发投入有多少？                   │
│          │回复：预计在2亿元左右。                       │
└──────────┴────────────────────────────────────┘
"""


def test_a_box_drawn_table_is_read_as_a_grid_table() -> None:
    """Box strokes become a grid's; the cell's Chinese paragraphs stay apart where a line ends one."""
    piped = grid_tables_to_pipes(BOX_RECORD)
    assert "二、交流问答<br>问题1：公司新产品何时上市？<br>回复：新产品预计今年四季度获批上市，首年目标进入50家医院。<br>" in piped


def test_a_box_drawn_record_gives_its_numbered_questions() -> None:
    """``问题1：`` / ``回复：`` inside the box-drawn cell pair up as in any investor-relations record."""
    doc = parse_bytes(BOX_RECORD.encode(), "record.txt")  # (read as a file is: the table's strokes first)
    assert_sound(doc)
    assert summary(doc) == [(None, None, [None]), (None, None, [None])]  # (answered by no one named)


def test_box_strokes_outside_a_table_are_left_alone() -> None:
    """A rule of box strokes between two paragraphs is no table: the text is returned as it is."""
    text = "第一段。\n──────────\n第二段：公司收入增长。\n"
    assert box_tables_to_grid(text) == text


# A reverse roadshow's notes: the company's side answers as `公司（<office>）：`, askers as
# `投资者（<firm> <name>）：`.
REVERSE_ROADSHOW = """\
反路演纪要｜青岩环境

时间：2025年3月10日
公司出席：董事长 左青山、董事会秘书 严禾

一、公司介绍
公司（董事长）：公司去年新签订单18亿元，同比增长15%。

二、交流环节
投资者（北屿证券 孟川）：今年订单还能增长吗？
公司（董事长）：一季度订单已经超过5亿元。
投资者（南桥基金 于蓝）：现金流怎么样？
公司（董事会秘书）：去年经营性现金流净额为2亿元。
"""


def test_the_company_side_word_with_an_office_is_that_office_holder() -> None:
    """``公司（董事长）：`` answers as the listed chairman; ``投资者（<firm> <name>）：`` asks."""
    doc = parse(REVERSE_ROADSHOW)
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["左青山"]), ("于蓝", "南桥基金", ["严禾"])]


# A research account's article: every field and mark behind a diamond bullet.
BULLETED_FIELDS = """\
纪要｜青岩医疗：海外放量可期

青岩研究  2025-04-22  上海

▍会议信息
◆ 时间：2025年4月21日
◆ 公司出席：董事长 左青山、财务总监 白若

▍问答环节
◆ 问（北屿证券）：海外收入增长来自哪里？
◆ 答（董事长）：主要来自东南亚市场。
◆ 问（南桥基金）：毛利率怎么看？
◆ 答（财务总监）：全年毛利率预计稳定在六成左右。
"""


def test_a_bulleted_attendance_field_names_who_answers_by_office() -> None:
    """``◆ 公司出席：`` lists the officers, so ``答（财务总监）：`` is 白若."""
    doc = parse(BULLETED_FIELDS)
    assert_sound(doc)
    assert summary(doc) == [(None, "北屿证券", ["左青山"]), (None, "南桥基金", ["白若"])]


# A reply summary naming two officers in fields on one line, replies marked by office and verb.
TWO_OFFICES_ONE_LINE = """\
青岩电力股份有限公司
关于投资者问题的回复汇总

董事会秘书：严禾　　财务总监：白若

问题1：公司装机规模是多少？
董秘回复：目前控股装机容量为3GW。

问题2：电价下调影响大吗？
财务总监回复：影响约为利润的3%。
"""


def test_every_office_field_on_a_line_lists_its_holder() -> None:
    """``财务总监：白若`` after ``董事会秘书：严禾`` on the same line lists 白若 too."""
    doc = parse(TWO_OFFICES_ONE_LINE)
    assert_sound(doc)
    assert summary(doc) == [(None, None, ["严禾"]), (None, None, ["白若"])]


# A research account's minutes numbering its questions with keycap digits.
KEYCAP_NUMBERS = """\
速递丨青岩智造：订单改善

青岩观察  2025-07-16  江苏

👥 公司出席：董事长 左青山；财务总监 白若

💬 问答环节
1️⃣ 问（北屿证券 孟川）：订单改善来自哪些下游？
答（左青山）：主要是工程机械客户。
2️⃣ 问（南桥基金 于蓝）：下半年会提价吗？
答（白若）：没有整体提价的计划。
"""


def test_keycap_digits_before_a_question_mark_are_its_number() -> None:
    """``1️⃣ 问（北屿证券 孟川）：`` asks as 孟川 of 北屿证券: the keycap is a number, no part of who asks."""
    doc = parse(KEYCAP_NUMBERS)
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿证券", ["左青山"]), ("于蓝", "南桥基金", ["白若"])]


# A shareholders' meeting record calling on its shareholders by ordinal.
ORDINAL_SHAREHOLDERS = """\
青岩化工2024年年度股东大会 投资者交流记录

时间：2025年5月20日
出席人员：董事长 左青山、财务总监 白若

会议审议通过了全部议案后，公司管理层与参会股东进行了交流。

第一位股东（北屿投资 孟川）：新项目何时投产？
左青山：预计四季度投产。
第二位股东：产品降价对利润影响多大？
白若：我们通过降本对冲了一部分。
"""


def test_shareholders_called_by_ordinal_ask() -> None:
    """``第一位股东（<firm> <name>）：`` asks as that person; ``第二位股东：`` as an unnamed shareholder."""
    doc = parse(ORDINAL_SHAREHOLDERS)
    assert_sound(doc)
    assert summary(doc) == [("孟川", "北屿投资", ["左青山"]), (None, None, ["白若"])]


def test_a_box_drawn_row_a_hard_wrap_cut_is_joined_back() -> None:
    """A row's line cut by a wrap (its closing bar on the next line) is still part of the table."""
    cut = BOX_RECORD.replace(
        "│          │回复：新产品预计今年四季度获批上市，首年目标进│",
        "│          │回复：新产品预计今年四季度获批上\n市，首年目标进│",
    )
    assert "市，首年目标进│" in cut.split("\n")
    piped = grid_tables_to_pipes(cut)
    assert "回复：新产品预计今年四季度获批上市，首年目标进入50家医院。" in piped
    assert "│" not in piped
