"""More Chinese layouts: a press conference's record with reporters marked by a triangle, a Hong Kong
briefing calling askers by surname and courtesy word, a chat group's export, and a Q&A platform's page,
each on a short fictional company."""

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


# A results press conference (zh-Hans): reporters' labels behind a triangle, one reporter naming
# himself after the outlet and the word 记者, one giving the outlet only.
PRESS_TRIANGLE = """\
青禾电器2026年年度业绩媒体沟通会实录

出席：青禾电器董事长 罗振东，首席财务官 汪晴
主持人：公共关系部总监 白露

白露：各位媒体朋友上午好，欢迎参加青禾电器年度业绩媒体沟通会。请罗振东董事长介绍业绩。

罗振东：去年公司营业收入312亿元，同比增长9%。

白露：下面进入提问环节，提问前请介绍所在媒体。

▲东岸商报记者：我是东岸商报记者叶舟。请问今年空调业务的增长目标是多少？

罗振东：今年空调业务目标增长10%左右。

▲晨星财经频道记者：请问汪总，今年的分红比例会提高吗？

汪晴：今年分红比例会保持在50%以上。
"""


def test_triangle_marked_reporters_and_a_reporter_naming_himself() -> None:
    """``▲东岸商报记者：`` is that outlet's reporter (the triangle is no part of who asks), who asks as the
    name he gives ("我是东岸商报记者叶舟"); a reporter giving the outlet alone asks as nobody from it."""
    doc = parse(PRESS_TRIANGLE)
    assert_sound(doc)
    assert summary(doc) == [
        ("叶舟", "东岸商报", ["罗振东"]),
        (None, "晨星财经频道", ["汪晴"]),
    ]
