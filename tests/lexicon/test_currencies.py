"""Statements of presentation currency (currencies.yaml): what says a document's currency and what does not."""

from __future__ import annotations

import pytest

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
