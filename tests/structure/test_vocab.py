"""The transcript vocabulary loads once, compiles, and recognises its headers and announcements."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.lexicon.transcript import fold, vocab


def test_loaded_once() -> None:
    assert vocab() is vocab()


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("问答环节", "qa"),
        ("Questions and Answers", "qa"),
        ("Question-and-Answer Session", "qa"),
        ("Questions & Answers:", "qa"),
        ("Presentation", "prepared"),
        ("以下为电话会实录:", "call_start"),
        ("公司参与者", "roster_company"),
        ("Corporate Participants", "roster_company"),
        ("Company Participants", "roster_company"),
        ("电话会议参与者", "roster_analyst"),
        ("Conference Call Participants", "roster_analyst"),
        ("Analysts", "roster_analyst"),
    ],
)
def test_headers(line: str, kind: str) -> None:
    assert vocab().header(fold(line)) == kind


def test_sentences_are_not_headers() -> None:
    assert vocab().header(fold("现在进入问答环节。")) is None


@pytest.mark.parametrize(
    ("text", "name", "firm"),
    [
        ("您的第一个问题来自花旗集团的Alicia Tan,请提问。", "Alicia Tan", "花旗集团"),
        ("下一位提问的是来自中金公司的王磊。", "王磊", "中金公司"),
        ("Your first question comes from Alicia Tan from Citi. Please go ahead.", "Alicia Tan", "Citi"),
        ("The next question is from the line of Alex Yuen with JPMorgan.", "Alex Yuen", "JPMorgan"),
        ("Our next question comes from Tom Becker, Goldman Sachs.", "Tom Becker", "Goldman Sachs"),
        ("We'll go next to Nina Patel at Barclays.", "Nina Patel", "Barclays"),
    ],
)
def test_announcements(text: str, name: str, firm: str) -> None:
    hits = [(m.group("name"), m.group("firm")) for rx in vocab().announcement for m in rx.finditer(text)]
    assert (name, firm) in hits


def test_only_patterns_anchored_in_every_branch_are_tried_at_the_start_alone() -> None:
    from finbrief.lexicon.transcript import _at_start

    assert _at_start(r"^(?:share|print)$") and _at_start(r"(?:^a|^b)c") and _at_start(r"\Aa")
    assert not _at_start(r"^a|b") and not _at_start(r"a^") and not _at_start(r"(?:x)?^a")


_LINE_PIECES = [
    *("Share", "print", "星标", "点赞", "关注我们", "Copyright", "All rights reserved", "ICP备", "-----"),
    *("Duration: 45 mins", "![logo](x.png)", "a", " ", "我们", "\n", "投资建议", "不构成"),
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=5).map("".join))
def test_boilerplate_lines_are_told_as_the_whole_pattern_tells_them(line: str) -> None:
    v = vocab()
    assert v.is_boilerplate(line) == bool(v.boilerplate.search(line))
