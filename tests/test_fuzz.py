"""Fuzzing the edges a hostile file reaches first: every reader, and the number grammar.

Whatever the bytes, a reader returns a document or raises ``InputError`` (one line naming the
file), never anything else; whatever the text, the number grammar returns figures inside the text
with finite values. Each example has a deadline, so a pattern that backtracks without end fails
the suite instead of hanging a user's batch.
"""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finbrief.errors import InputError
from finbrief.facts import numbers
from finbrief.ingest import detect, run
from finbrief.options import Options
from finbrief.text.sentences import _word_before, split_sentences
from tests.ingest.builders import SRT_CALL, article_html, make_docx, make_pdf

FUZZ = settings(
    max_examples=60, deadline=5000, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
SMALL = Options(max_bytes=2_000_000)
NAMES = {
    detect.TEXT: "f.txt",
    detect.MARKDOWN: "f.md",
    detect.HTML: "f.html",
    detect.PDF: "f.pdf",
    detect.DOCX: "f.docx",
    detect.SRT: "f.srt",
    detect.VTT: "f.vtt",
    detect.JSON: "f.json",
    detect.CSV: "f.csv",
}
VALID = {
    "f.pdf": make_pdf(["NovaSky revenue rose 18% to RMB 12.3 billion.", "Cloud grew 26%."], title="Q3"),
    "f.docx": make_docx(title="NovaSky"),
    "f.html": article_html().encode("utf-8"),
    "f.srt": SRT_CALL.encode("utf-8"),
    "f.txt": "星穹科技第三季度总收入为123亿元，同比增长18%。\n\nNovaSky revenue rose 18%.\n".encode(),
}


def read_or_refuse(data: bytes, name: str, options: Options = SMALL) -> None:
    """The reader contract: a document with numbered, non-empty paragraphs, or an ``InputError``."""
    try:
        doc = run(data, name, options)
    except InputError as e:
        assert str(e).startswith(f"{name}: ") and "\n" not in str(e)
        return
    assert doc.paragraphs and [p.n for p in doc.paragraphs] == list(range(1, len(doc.paragraphs) + 1))
    assert all(p.text.strip() for p in doc.paragraphs)


@FUZZ
@given(data=st.binary(max_size=4096), media_type=st.sampled_from(sorted(NAMES)))
def test_any_bytes_under_any_reader(data: bytes, media_type: str) -> None:
    read_or_refuse(data, NAMES[media_type], Options(max_bytes=2_000_000, media_type=media_type))
    read_or_refuse(data, NAMES[media_type])  # by the name's extension, with sniffing


@FUZZ
@given(
    name=st.sampled_from(sorted(VALID)),
    cuts=st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=8)), min_size=1, max_size=6),
    truncate=st.floats(0.05, 1.0),
)
def test_damaged_real_files(name: str, cuts: list[tuple[float, bytes]], truncate: float) -> None:
    """Valid files with bytes overwritten here and there, and cut short."""
    data = bytearray(VALID[name])
    for where, junk in cuts:
        at = int(where * (len(data) - 1))
        data[at : at + len(junk)] = junk
    read_or_refuse(bytes(data), name)
    read_or_refuse(bytes(data[: max(1, int(len(data) * truncate))]), name)


TOKENS = [
    *"0123456789.,-+%$¥€£ ()/~–—xX",
    *(
        "亿",
        "万",
        "千",
        "百",
        "十",
        "億",
        "萬",
        "元",
        "美元",
        "港元",
        "人民币",
        "个百分点",
        "第三季度",
        "2025年",
    ),
    *("billion", "million", "bn", "m", "k", "bps", "pp", "RMB", "US$", "HK$", "per share", "Q3", "yoy"),
    *("约", "超过", "近", "over", "about", "下降", "增长", "同比", "环比"),
]
NUMBERISH = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)


@settings(max_examples=300, deadline=5000)
@given(NUMBERISH)
def test_number_grammar_on_anything_numberish(text: str) -> None:
    norm = numbers.normalise(text)
    for m in numbers.scan(norm):
        assert 0 <= m.start < m.end <= len(norm)
        assert math.isfinite(m.value), (norm, m)
        assert m.value_high is None or math.isfinite(m.value_high)


@settings(max_examples=100, deadline=5000)
@given(st.text(max_size=300))
def test_number_grammar_on_any_text(text: str) -> None:
    norm = numbers.normalise(text)
    for m in numbers.scan(norm):
        assert 0 <= m.start < m.end <= len(norm) and math.isfinite(m.value)


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aZ.\n 1é", max_size=16), st.data())
def test_word_before_a_dot_is_what_the_pattern_finds(text: str, data: st.DataObject) -> None:
    dot = data.draw(st.integers(0, len(text)))
    m = _WORD_BEFORE.search(text, 0, dot)
    assert _word_before(text, dot) == (m.group(1) if m else None)


@settings(max_examples=100, deadline=5000)
@given(st.text(alphabet="Mr. U.S. a.m. 3.5 Inc. ok! 好。 \n", max_size=2000))
def test_sentence_spans_cover_long_runs_of_dots(text: str) -> None:
    spans = split_sentences(text)
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
