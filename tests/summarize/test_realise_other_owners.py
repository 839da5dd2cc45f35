"""A highlight line is left out when its figure belongs to something the words around it name instead of the
company's metric: shares bought, equity still to be raised, a whole market, a part named by a place, a company being
spun off, or capital a past cash flow has already paid for. The company's own figures in the same call are still
printed. Texts written for these tests (the fictional Tessaly Freight)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to Tessaly Freight's third quarter 2022 earnings call.\n\n"
REVENUE = "Revenue was $612 million. "
REVENUE_LINE = "Q3 revenue $612 million."


def _lines(text: str) -> list[str]:
    doc = doc_from(Q3 + REVENUE + text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Since the close of the merger, we have reduced our term debt by $1.8 billion and purchased approximately"
            " $700 million of stock.",
            "$700 million",
        ),
        (
            "Of the $300 million in total equity investment, $75 million will be raised through our at-the-market"
            " program.",
            "$300 million",
        ),
        (
            "Freight demand stays firm, and truckload utilization rates remain near record highs with an average of 93%"
            " for all U.S. dry van carriers.",
            "93%",
        ),
        (
            "Earlier this month, we bought two dealerships in Oregon that increased our Pacific Northwest platform to"
            " 14 stores and will add $90 million of annual revenue.",
            "14",
        ),
        (
            "Following the separation, we expect that Newco will initially pay a $0.07 per share quarterly dividend to"
            " holders of Newco common stock.",
            "$0.07",
        ),
        (
            "This strong cash generation has allowed us to fund the operations of the business, to invest over $85"
            " million in capital expenditures and to return almost $210 million to our shareholders in the form of"
            " dividends and share repurchases.",
            "$85 million",
        ),
    ],
)
def test_a_figure_the_words_give_to_something_else_is_not_printed(text: str, wrong: str) -> None:
    lines = _lines(text)
    assert REVENUE_LINE in lines
    assert not any(wrong in line for line in lines if line != REVENUE_LINE), lines


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("We repurchased $45 million of stock in the quarter.", "Q3 share buyback $45 million."),
        ("Total debt was $1.1 billion at the end of the quarter.", "Q3 debt $1.1 billion."),
        ("We declared a quarterly dividend of $0.09 per share.", "Q3 dividend $0.09."),
    ],
)
def test_the_company_s_own_figures_stay(text: str, wanted: str) -> None:
    assert wanted in _lines(text)
