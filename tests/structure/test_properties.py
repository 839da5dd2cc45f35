"""Invariants on arbitrary mixes of transcript-like lines: citation ids and texts never change."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.structure import run
from tests.structure.builders import make_doc

LINES = [
    "操作员",
    "Operator",
    "主持人:",
    "问:",
    "答:",
    "Q: Is growth durable?",
    "公司代表",
    "问答环节",
    "Question-and-Answer Session",
    "公司参与者",
    "林志远 - 首席执行官",
    "Sarah Lee - 高盛",
    "林志远",
    "Sarah Lee",
    "Laura Chen -- Chief Executive Officer",
    "A – Laura Chen",
    "Q – Sarah Lee",
    "您的第一个问题来自高盛的Sarah Lee,请提问。",
    "下一个问题,请。",
    "本季度收入同比增长9%。",
    "We expect margins to improve next year.",
    "会议到此结束。",
    "![]()",
    "-----------",
    "星标我们,不错过好内容",
    "CORPORATE PARTICIPANTS",
    "CONFERENCE CALL PARTICIPANTS",
    "Laura Chen",
    "NovaSky Technology Inc. - CEO & Director",
    "Morgan Stanley, Research Division - Equity Analyst",
    "Priya Raman;Morgan Stanley;Analyst",
    "Unidentified Analyst",
    "Unidentified Company Representative",
    "**Jason Wang - NovaSky, Chief Financial Officer** [00:05:27]",
    "**Operator:** Our next question comes from Priya Raman with Morgan Stanley.",
    "[00:04:18] Priya Raman: How sustainable is the growth?",
    "0:05:02",
    "Interpreter",
    "Q",
    "A",
    "Speaker 1: Thank you.",
    "杰弗瑞分析师Brent Thill：请问增长能否持续？",
    "Sarah Lee（高盛）：请问利润率？",
    "请摩根士丹利的王磊提问。",
    "Are you asking about the full year?",
    "Okay. Great. That's all I had.",
    "DISCLAIMER",
    "2",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=40), st.sampled_from(["zh-Hans", "en"]))
def test_structure_invariants(lines: list[str], language: str) -> None:
    doc = make_doc("\n".join(lines), language)  # type: ignore[arg-type]
    out = run(doc)
    assert [(p.n, p.text) for p in out.paragraphs] == [(p.n, p.text) for p in doc.paragraphs]
    ids = {s.id for s in out.speakers}
    assert len(ids) == len(out.speakers)
    for p in out.paragraphs:
        assert p.speaker is None or p.speaker in ids
        assert 0 <= p.body_start <= len(p.text)
    moderators = {s.id for s in out.speakers if s.side in ("operator", "host")}
    seen: set[int] = set()
    for pair in out.qa:
        assert pair.question
        assert pair.asker is None or pair.asker in ids
        used = [*pair.question, *(n for a in pair.answers for n in a.paragraphs)]
        assert not seen & set(used), "a paragraph is in two pairs"
        seen.update(used)
        for n in used:
            assert out.paragraph(n).role == "text"
        for a in pair.answers:
            assert a.speaker not in moderators and a.paragraphs
    if out.kind == "article":
        assert out.speakers == () and out.qa == ()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="qQuestion follwLINE ofvrtxg\x00ß來自提问题一个 ", max_size=30), max_size=8))
def test_announcement_keys_are_found_in_the_texts_that_hold_them(texts: list[str]) -> None:
    from finbrief.structure.announce import ANNOUNCEMENT_KEYS, _with_keys

    expected = {i for i, t in enumerate(texts) if any(k in t.casefold() for k in ANNOUNCEMENT_KEYS)}
    assert _with_keys(texts) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.text(alphabet="over to[]next caller 交给有请ß", max_size=12), st.sampled_from([0, 700])),
        max_size=8,
    )
)
def test_long_paragraphs_are_read_for_a_handover_only(pieces: list[tuple[str, int]]) -> None:
    """A paragraph longer than an announcement is read when it holds a key and, with its marks
    blanked, a hand-over key: "over[to" blanked reads "over to"."""
    from finbrief.structure.announce import (
        ANNOUNCEMENT_KEYS,
        HANDOVER_KEYS,
        MARK_RE,
        MAX_ANNOUNCEMENT_CHARS,
        _worth_reading,
    )

    simp = [text + " pad" * (pad // 4) for text, pad in pieces]
    folded = [t.casefold() for t in simp]

    def read(t: str) -> bool:
        if not any(k in t.casefold() for k in ANNOUNCEMENT_KEYS):
            return False
        low = MARK_RE.sub(lambda m: " " * len(m.group()), t).casefold()
        return len(t) <= MAX_ANNOUNCEMENT_CHARS or any(k in low for k in HANDOVER_KEYS)

    assert _worth_reading(simp, folded) == {i for i, t in enumerate(simp) if read(t)}


def test_a_long_paragraph_handing_over_behind_a_bracket_is_read() -> None:
    from finbrief.structure.announce import _worth_reading

    speech = "We grew revenue in every region this year. " * 20
    simp = [speech + "Any question? I hand over[to Ann Lee.", speech + "We move on.", "Next caller, please."]
    assert _worth_reading(simp, [t.casefold() for t in simp]) == {0, 2}
