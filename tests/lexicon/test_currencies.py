"""Statements of presentation currency (currencies.yaml): what says a document's currency and what does not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.lexicon.currencies import presentation


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("All amounts are in Canadian dollars unless otherwise noted.", "CAD"),
        ("All dollar amounts discussed on today's call are in Canadian dollars.", "CAD"),
        ("The financial statements are expressed in thousands of Canadian dollars.", "CAD"),
        ("Net operating income (in C$ millions)", "CAD"),
        ("Unless otherwise noted, all amounts are in A$.", "AUD"),
        ("All figures in euros.", "EUR"),
        ("All figures in this presentation are in US dollars.", "USD"),
        ("The weaker Canadian dollar reduced revenue by $3 million.", None),
        ("Our results in Canadian dollars were hurt by currency.", None),
        ("Revenue was C$45 million.", None),
    ],
)
def test_english_statements(text: str, code: str | None) -> None:
    assert presentation("en").currency(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("除另有说明外，金额以人民币列示", "CNY"),
        ("单位：港元", "HKD"),
        ("单位：千港元", "HKD"),
        ("单位：万元 币种：人民币", "CNY"),
        ("表：营收（单位：新台币亿元）", "TWD"),
        ("单位：元", None),
        ("营收12亿港元，同比增长5%", None),
    ],
)
def test_chinese_statements(text: str, code: str | None) -> None:
    assert presentation("zh").currency(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The figures we discuss today are in Canadian dollars, unless otherwise noted.", "CAD"),
        ("All amounts are in Canadian\ndollars unless otherwise noted.", "CAD"),
        ("Revenue in Canadian dollars grew 4%, unless you count the new site.", None),
    ],
)
def test_a_currency_held_unless_said_otherwise(text: str, code: str | None) -> None:
    assert presentation("en").currency(text) == code


def test_first_statement_of_a_document() -> None:
    """The frames are tried only on paragraphs naming a currency; the first statement wins, as read in order."""
    table = presentation("en")
    texts = [
        "Good morning and welcome to the Northgate Industrial REIT call.",
        "Revenue was $45.2 million, up 6% from a year ago.",
        "All amounts discussed today are in Canadian dollars unless otherwise noted.",
        "All figures in this appendix are in US dollars.",
    ]
    assert table.first(texts) == "CAD"
    assert table.first(texts[:2]) is None
    assert table.first([]) is None
    # a letter whose lower case is longer ("İ") shifts offsets: still read right, text by text
    assert table.first(["İstanbul office opened.", *texts[1:]]) == "CAD"
    assert table.first(["Loans rose.", "(in C$ millions)"]) == "CAD"


def _plain_first(lang: str, texts: list[str]) -> str | None:
    """The statement search tried on every text in order, with no word or hint pass."""
    table = presentation(lang)
    return next((c for c in map(table._stated, texts) if c is not None), None)


_SLOTS = {
    "all": ["All", "all", "ALL", "call", "aLL", ""],
    "noun": ["amounts", "figures", "results", "information", "values", "amount", "ſums", ""],
    "verb": ["reported", "expressed", "presented", "stated", "ſtated", "given", ""],
    "unless": ["unless", "Unless", "except where", ""],
    "otherwise": ["otherwise", "OTHERWISE", "otherwiſe", "other wise", ""],
    "noted": ["noted", "stated", "ſpecified", "said", ""],
    "scale": ["thousands", "millions", "mıllions", "billions", "000s", "000's", "Millions", "tens", ""],
    "of": ["of ", "", "of  "],
    "cur": [
        "Canadian dollars",
        "Canadian\ndollars",
        "C$",
        "US$",
        "U.S. dollars",
        "euros",
        "RMB",
        "£",
        "€",
        "yen",
    ],
    "in": ["in ", "In ", "ın ", ""],
    "gap": [" ", "\n", "", ", ", "-", "\x00", "İ", "K"],
}
_FRAMES = [
    "{all} {noun}{gap}{verb} {in}{scale} {of}{cur}",
    "{unless} {otherwise} {noted}{gap}{all} {noun} are {in}{cur}",
    "{in}{scale} {of}{cur}{gap}{unless} {otherwise} {noted}",
    "{verb} {in}{scale} {of}{cur}",
    "({in}{cur} {scale})",
    "({in}{scale} {of}{cur}",
    "Revenue was $45 million{gap}up 6% {all}{gap}{noun}",
]
_ZH = [
    "以人民币列示",
    "以 港元 呈列",
    "单位：千港元",
    "单位:人民币万元",
    "币种：美元",
    "（人民币千元）",
    "(新台币亿元)",
    "营收12亿港元",
    "单位：元",
    "以美元",
    "人民币",
    "列示",
    "\x00",
    " ",
    "\n",
    "（",
    "）",
]


@st.composite
def _statement(draw: st.DrawFn) -> str:
    """A statement frame written with each of its slots drawn from words that fit it, nearly fit it, or not."""
    frame = draw(st.sampled_from(_FRAMES))
    return frame.format(**{k: draw(st.sampled_from(v)) for k, v in _SLOTS.items()})


@pytest.mark.parametrize("lang", ["en", "zh"])
@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_first_statement_is_the_plain_search_of_each_text_in_order(lang: str, data: st.DataObject) -> None:
    """Passing over the texts without the frames' words or a currency's hint never changes what is found."""
    if lang == "en":
        text = st.lists(_statement(), max_size=3).map(" ".join)
    else:
        text = st.lists(st.sampled_from(_ZH), max_size=6).map("".join)
    texts = data.draw(st.lists(text, max_size=5))
    assert presentation(lang).first(texts) == _plain_first(lang, texts)


@pytest.mark.parametrize("frame", _FRAMES)
def test_each_word_of_a_frame_read_as_the_plain_search(frame: str) -> None:
    """Every slot of every frame, each word in turn (the others as written first), after a text with "all"."""
    fit = {k: v[0] for k, v in _SLOTS.items()}
    for slot, words in _SLOTS.items():
        for word in words:
            texts = ["We call all of you.", frame.format(**{**fit, slot: word})]
            assert presentation("en").first(texts) == _plain_first("en", texts), texts
            assert presentation("en").first(texts[1:]) == _plain_first("en", texts[1:]), texts


def test_frames_found_through_their_words() -> None:
    """Each frame is still found when its text is one of many (the words are looked for over them all)."""
    filler = ["Revenue was $45.2 million, up 6% overall.", "We call all of you."]
    for statement, code in [
        ("All amounts are in Canadian dollars unless otherwise noted.", "CAD"),
        ("Figures we discuss are in A$, unless otherwise stated.", "AUD"),
        ("The statements are presented in millions of euros.", "EUR"),
        ("Net income (in C$ 000s)", "CAD"),
        ("Net income (in thousands of NZ$)", "NZD"),
        ("As we recall, all amounts are in Canadian dollars.", "CAD"),
        ("Overall, all figures in euros.", "EUR"),
    ]:
        assert presentation("en").first([*filler, statement, *filler]) == code
        assert presentation("en").first([*filler, *filler]) is None
