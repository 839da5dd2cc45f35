"""Overlong paragraphs are cut into citable pieces; wrapped lines glue in linear time."""

from __future__ import annotations

from functools import reduce

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.ingest import from_text
from finbrief.ingest.overlong import MAX_PARAGRAPH_CHARS, split_overlong
from finbrief.ingest.paragraphs import Glued, glue

SENTENCE = "NovaSky revenue rose 18% to RMB 12.3 billion in the quarter, driven by cloud. "
ZH_SENTENCE = "星穹科技第三季度总收入为123亿元，同比增长18%，云业务收入增长26%。"


def assert_pieces_of(text: str, pieces: list[str], limit: int) -> None:
    """Pieces are exact substrings of ``text``, in order, each within ``limit``, covering every
    character but the whitespace between them."""
    pos = 0
    for piece in pieces:
        assert piece and piece == piece.strip() and len(piece) <= limit
        at = text.index(piece, pos)
        assert not text[pos:at].strip()
        pos = at + len(piece)
    assert not text[pos:].strip()


def test_a_one_line_file_becomes_paragraphs_of_whole_sentences() -> None:
    text = SENTENCE * 2000  # 160,000 characters on one line
    doc = from_text(text)
    pieces = [p.text for p in doc.paragraphs]
    assert len(pieces) == -(-len(text.strip()) // (MAX_PARAGRAPH_CHARS - MAX_PARAGRAPH_CHARS % len(SENTENCE)))
    assert_pieces_of(text, pieces, MAX_PARAGRAPH_CHARS)
    assert all(p.endswith("by cloud.") for p in pieces)  # cut at sentence ends
    assert [p.n for p in doc.paragraphs] == list(range(1, len(pieces) + 1))


def test_chinese_without_line_breaks_is_cut_at_sentence_ends_too() -> None:
    text = ZH_SENTENCE * 1000
    pieces = split_overlong([text])
    assert len(pieces) > 1
    assert_pieces_of(text, pieces, MAX_PARAGRAPH_CHARS)
    assert all(p.endswith("。") for p in pieces)


def test_a_sentence_longer_than_the_limit_is_cut_at_a_space_else_at_the_limit() -> None:
    words = "revenue " * 3000
    pieces = split_overlong([words.strip()], limit=1000)
    assert_pieces_of(words, pieces, 1000)
    assert all(p.endswith("revenue") for p in pieces)
    solid = "亿" * 2500
    assert split_overlong([solid], limit=1000) == ["亿" * 1000, "亿" * 1000, "亿" * 500]


def test_paragraphs_within_the_limit_are_never_touched() -> None:
    texts = [SENTENCE * 3, "", ZH_SENTENCE, "x" * MAX_PARAGRAPH_CHARS]
    assert split_overlong(texts) == texts


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab c.。!? \n亿", max_size=400), st.integers(min_value=1, max_value=60))
def test_pieces_always_cover_the_text_within_the_limit(text: str, limit: int) -> None:
    text = text.strip()
    if not text:
        return
    pieces = split_overlong([text], limit=limit)
    assert_pieces_of(text, pieces, limit)
    assert split_overlong([text], limit=limit) == pieces  # deterministic


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab-亿 .", min_size=1, max_size=6).map(str.strip).filter(bool), min_size=1))
def test_glued_lines_equal_glue_applied_in_turn(lines: list[str]) -> None:
    joined = Glued(lines[0])
    for line in lines[1:]:
        joined.add(line)
    assert joined.text() == reduce(glue, lines)


def test_a_long_wrapped_block_becomes_bounded_paragraphs() -> None:
    line = "the company said revenue in the quarter rose as cloud customers grew and margins"
    text = "\n".join([line] * 12_000)  # 1 MB of wrapped prose without a sentence end: one block
    doc = from_text(text)
    assert len(doc.paragraphs) > 90
    assert all(len(p.text) <= MAX_PARAGRAPH_CHARS for p in doc.paragraphs)
