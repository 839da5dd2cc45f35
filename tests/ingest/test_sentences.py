"""Sentence spans in Chinese, English and mixed paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.model import Paragraph
from finbrief.text.sentences import split_sentences


def sentences(text: str, start: int = 0) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text, start)]


def test_chinese_terminators_and_closing_quotes() -> None:
    text = "星穹科技收入增长18%。利润如何？管理层说：“我们很有信心！”下一步；继续投入。"
    assert sentences(text) == [
        "星穹科技收入增长18%。",
        "利润如何？",
        "管理层说：“我们很有信心！”",
        "下一步；",
        "继续投入。",
    ]


def test_traditional_corner_quotes_and_ellipsis() -> None:
    text = "他說：「雲業務還在增長……」市場反應平淡…但股價上漲。"
    assert sentences(text) == ["他說：「雲業務還在增長……」", "市場反應平淡…但股價上漲。"]


def test_ascii_punctuation_in_chinese_text() -> None:
    text = "收入增长如何?未来三年的资本支出如何?分析师问道;管理层回答,前景乐观!"
    assert sentences(text) == [
        "收入增长如何?",
        "未来三年的资本支出如何?",
        "分析师问道;",
        "管理层回答,前景乐观!",
    ]


def test_english_sentences() -> None:
    text = (
        'Revenue rose 18% to $1.2 billion. "We are pleased," he said. Margins hit 3.5%! Why? 2025 looks good.'
    )
    assert sentences(text) == [
        "Revenue rose 18% to $1.2 billion.",
        '"We are pleased," he said.',
        "Margins hit 3.5%!",
        "Why?",
        "2025 looks good.",
    ]


def test_english_abbreviations_do_not_end_sentences() -> None:
    text = (
        "Mr. Lin of NovaSky Technology Co. Ltd. met Dr. Chen in the U.S. on Jan. 5 vs. last year, "
        "e.g. at No. 3 Main St. and J.P. Morgan joined at 10 a.m. Eastern. Then the call ended."
    )
    assert sentences(text) == [text[: text.index(" Then")], "Then the call ended."]


def test_lowercase_after_period_does_not_split() -> None:
    assert sentences("Revenue was approx. flat. it grew in cloud.") == [
        "Revenue was approx. flat. it grew in cloud."
    ]


def test_numbered_list_item_is_not_a_sentence() -> None:
    assert sentences("1. Revenue grew 18%. Margins improved.") == [
        "1. Revenue grew 18%.",
        "Margins improved.",
    ]


def test_mixed_english_and_chinese() -> None:
    text = "NovaSky reported revenue of RMB 12.3 billion. 星穹科技表示云业务增长26%。 Shares rose."
    assert sentences(text) == [
        "NovaSky reported revenue of RMB 12.3 billion.",
        "星穹科技表示云业务增长26%。",
        "Shares rose.",
    ]


def test_start_skips_a_speaker_label_and_trims_spaces() -> None:
    text = "林志远:  大家好。 本季度收入增长。  "
    spans = split_sentences(text, start=4)
    assert [text[s:e] for s, e in spans] == ["大家好。", "本季度收入增长。"]
    assert spans[0][0] == text.index("大家好")


def test_no_terminator_is_one_sentence_and_empty_is_none() -> None:
    assert sentences("  NovaSky revenue rose  ") == ["NovaSky revenue rose"]
    assert split_sentences("   ") == []
    assert split_sentences("") == []


def test_paragraph_sentences_use_body_start() -> None:
    p = Paragraph(n=7, text="Lin Zhiyuan: Thank you. Revenue rose.", body_start=len("Lin Zhiyuan:"))
    assert [(s.paragraph, s.text) for s in p.sentences] == [(7, "Thank you."), (7, "Revenue rose.")]
    assert all(p.text[s.start : s.end] == s.text for s in p.sentences)


mixed_text = st.text(
    alphabet=st.sampled_from(
        list("星穹科技收入增长云业务。！？；…”’」』）“「(),.;:!?'\" \n\t\u3000AaBbMrIncUS0123456789$%")
    ),
    max_size=200,
)


@settings(max_examples=500, deadline=None)
@given(mixed_text, st.integers(min_value=0, max_value=20))
def test_spans_are_ordered_disjoint_and_cover_all_text(text: str, start: int) -> None:
    start = min(start, len(text))
    spans = split_sentences(text, start)
    previous_end = start
    for s, e in spans:
        assert previous_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        assert text[previous_end:s].strip() == "", "non-space text left between sentences"
        previous_end = e
    assert text[previous_end:].strip() == ""
