"""Paragraph splitting: the numbers are citation ids, so no text may be lost, reordered or renumbered."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.ingest.paragraphs import display_width, split_paragraphs
from tests.ingest.builders import HANS, WRAPPED_PROSE


def texts(text: str) -> list[str]:
    return [p.text for p in split_paragraphs(text)]


def squash(text: str) -> str:
    return "".join(text.split())


def test_each_line_is_a_paragraph() -> None:
    assert texts(HANS) == HANS.strip().split("\n")


def test_blank_lines_and_whitespace_lines_are_skipped() -> None:
    text = "\n\n  星穹科技发布业绩。 \n\u3000\u3000\n\t\n　　收入增长。\n\n\n"
    assert texts(text) == ["星穹科技发布业绩。", "收入增长。"]
    assert [p.n for p in split_paragraphs(text)] == [1, 2]


def test_inner_text_is_kept_exactly() -> None:
    line = "NovaSky  revenue\trose   18% ,  (RMB 12.3bn)"
    assert texts(f"  {line}  \n") == [line]


def test_one_sentence_per_line_stays_one_paragraph_per_line() -> None:
    lines = [
        "Good morning, and welcome to the NovaSky Technology third quarter earnings call.",
        "Revenue for the quarter was 12.3 billion yuan, up 18% from a year ago.",
        "Cloud revenue grew 26% and the cloud unit was profitable again.",
        "We expect operating margin to improve further in the fourth quarter.",
    ]
    assert texts("\n".join(lines)) == lines


def test_hard_wrapped_prose_is_one_paragraph_keeping_newlines() -> None:
    assert "\n" in WRAPPED_PROSE
    text = f"{WRAPPED_PROSE}\n\nThe shares rose 5% in Hong Kong trading.\n"
    assert texts(text) == [WRAPPED_PROSE, "The shares rose 5% in Hong Kong trading."]


def test_wrapped_prose_after_a_label_line() -> None:
    assert texts(f"Operator\n{WRAPPED_PROSE}") == ["Operator", WRAPPED_PROSE]


def test_wrapped_paragraphs_without_blank_lines_split_at_short_lines() -> None:
    second = WRAPPED_PROSE.replace("NovaSky Technology said", "Its rival said")
    assert texts(f"{WRAPPED_PROSE}\n{second}") == [WRAPPED_PROSE, second]


def test_table_and_list_blocks_are_not_merged() -> None:
    table = "Revenue          12.3 billion yuan   +18% year on year growth\nCloud revenue     4.1 billion yuan   +26% year on year growth\nOperating profit  1.9 billion yuan   +30% year on year growth"
    assert len(texts(table)) == 3
    items = "\n".join(
        f"- NovaSky expects item number {i} to contribute to revenue growth next" for i in range(4)
    )
    assert len(texts(items)) == 4


def test_chinese_lines_are_never_merged_even_without_final_punctuation() -> None:
    text = "未来三年,\n星穹科技将围绕人工智能这个战略核心加大投入\n云业务收入同比增长百分之二十六"
    assert texts(text) == text.split("\n")


def test_display_width_counts_cjk_double() -> None:
    assert display_width("AI云") == 4


# Lines mixing Chinese, English, numbers and odd whitespace; some blank, some wrapped-looking.
line_text = st.text(
    alphabet=st.sampled_from(list("星穹科技收入增长。，！？“”AbcDefg xyz.,?!%$0123456789 \t\u3000")),
    max_size=90,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(line_text, max_size=25), st.sampled_from(["\n", "\r\n", "\r"]))
def test_no_text_lost_order_kept(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    paragraphs = split_paragraphs(text)
    assert [p.n for p in paragraphs] == list(range(1, len(paragraphs) + 1))
    assert squash("".join(p.text for p in paragraphs)) == squash(text)
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    position = 0
    for p in paragraphs:
        assert p.text and p.text == p.text.strip()
        found = normalised.find(p.text, position)
        assert found >= position, "paragraphs out of order or not substrings of the input"
        position = found + len(p.text)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.text(alphabet="NovaSky revenue grew in the quarter ", min_size=50, max_size=75), min_size=2)
)
def test_wrapped_like_blocks_keep_text(lines: list[str]) -> None:
    text = "\n".join(lines)
    paragraphs = split_paragraphs(text)
    assert squash("".join(p.text for p in paragraphs)) == squash(text)
    assert all(re.sub(r"\s", "", p.text) for p in paragraphs)
