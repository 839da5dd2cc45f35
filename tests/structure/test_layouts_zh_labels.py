"""Chinese speaker-label shapes, each on a fictional company: a courtesy word after the name, a
title written right after the name, a combined title before it, a name in both scripts, a numbered
speaker with a timestamp, a title's short form for the staff list's title, and a 董秘's short answer."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
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
