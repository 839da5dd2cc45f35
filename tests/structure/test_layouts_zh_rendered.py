"""One fictional Chinese results call written in three layouts seen in the wild: interpreted-call
headers with a timestamp and zh/en role words, half-width ``姓名(机构):`` lines with no blank line
between turns, and Markdown ``**姓名**：`` minutes. The same exchanges must come out of each."""

from __future__ import annotations

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run
from tests.structure.test_layouts import assert_sound

# (asker, firm, question, [(answerer, answer)]) of the fictional call (青岚动力, a battery maker);
# everyone speaks once, so no label is confirmed by its name recurring.
EXCHANGES = [
    (
        "邹文博",
        "澄海证券",
        "请问二季度储能电池的出货量和价格走势如何？",
        [("唐亦凡", "二季度储能电池出货约4.2GWh，环比增长18%，均价环比下降约3%。")],
    ),
    (
        "乔安宁",
        "北辰资本",
        "下半年海外工厂的投产节奏怎么安排？",
        [
            ("严思远", "匈牙利工厂计划三季度试产，四季度开始批量交付。"),
            ("柯明哲", "海外工厂投产后，全年资本开支预计约30亿元。"),
        ],
    ),
    (
        "费立群",
        "南山基金",
        "公司今年的分红比例会不会提高？",
        [("聂雨桐", "我们计划维持不低于30%的分红比例，具体方案将由董事会审议。")],
    ),
]
OPENING = "各位投资者好，欢迎参加青岚动力2026年半年度业绩说明会，下面进入问答环节。"


def _stamp(sec: int) -> str:
    return f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"


def interpreted_headers() -> str:
    """``[00:01:30] 分析师 Analyst 邹文博（澄海证券）`` then the words, as interpreted calls print."""
    out, sec = ["[00:00:10] 主持人 Moderator", OPENING, ""], 90
    for asker, firm, q, answers in EXCHANGES:
        out += [f"[{_stamp(sec)}] 分析师 Analyst {asker}（{firm}）", q, ""]
        for who, a in answers:
            sec += 60
            out += [f"[{_stamp(sec)}] 管理层 Management {who}", a, ""]
        sec += 60
    return "\n".join(out)


def compact_half_width() -> str:
    """``邹文博(澄海证券):…`` and ``唐亦凡:…`` with half-width marks and no blank lines."""
    out = [f"主持人:{OPENING}"]
    for asker, firm, q, answers in EXCHANGES:
        out.append(f"{asker}({firm}):{q}")
        out += [f"{who}:{a}" for who, a in answers]
    return "\n".join(out)


def markdown_bold() -> str:
    """``**邹文博（澄海证券）**：…`` under a heading, ``**唐亦凡**：…`` answers."""
    out = ["# 青岚动力业绩交流会纪要", "", "## 问答环节", ""]
    for asker, firm, q, answers in EXCHANGES:
        out += [f"**{asker}（{firm}）**：{q}", ""]
        for who, a in answers:
            out += [f"**{who}**：{a}", ""]
    return "\n".join(out)


def summary(doc: Document) -> list[tuple[str | None, str | None, list[str | None]]]:
    by_id = doc.speakers_by_id

    def name(sid: str | None) -> str | None:
        return by_id[sid].name if sid in by_id else sid

    return [(name(q.asker), q.firm, [name(a.speaker) for a in q.answers]) for q in doc.qa]


EXPECTED = [
    ("邹文博", "澄海证券", ["唐亦凡"]),
    ("乔安宁", "北辰资本", ["严思远", "柯明哲"]),
    ("费立群", "南山基金", ["聂雨桐"]),
]


def _check(text: str) -> None:
    doc = run(from_text(text, "call.txt"))
    assert_sound(doc)
    assert summary(doc) == EXPECTED
    first = doc.paragraph(doc.qa[0].question[0]).text
    assert EXCHANGES[0][2] in first  # the question itself, not a header line, opens the pair


def test_interpreted_headers_with_role_glosses() -> None:
    """A role word glossed in English before the name says the side: analysts ask, management answers."""
    _check(interpreted_headers())


def test_half_width_lines_without_blank_lines() -> None:
    """Chinese names heard once still label turns when such lines open nearly every line."""
    _check(compact_half_width())


def test_markdown_bold_minutes() -> None:
    _check(markdown_bold())
