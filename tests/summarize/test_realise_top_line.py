"""The headline figures of a results call: the quarter's revenue beside earnings and their guidance, and
figures that only look like revenue or guidance left out. Texts written for these tests (fictional companies)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import HEADLINE_FLOOR, highlights
from tests.summarize.helpers import doc_from


def _lines(text: str, floor: float = HEADLINE_FLOOR) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=5, floor=floor)]


def test_the_quarter_s_revenue_is_a_headline_beside_earnings_guidance() -> None:
    """Guidance weighs more than a result, but a call that gives earnings guidance still reports its revenue."""
    lines = _lines(
        "Welcome to Brantley Instruments' second quarter 2021 earnings call.\n"
        "For the second quarter, adjusted earnings per share were $1.42, compared to $1.10 last year.\n"
        "For the third quarter, we expect adjusted earnings per share of $1.45 to $1.50.\n"
        "We continue to invest in our instruments business.\n"
        "Net sales for the quarter were $812 million.\n"
    )
    assert any("$812 million" in line and "sales" in line.lower() for line in lines), lines
    assert any("$1.45" in line for line in lines), lines


def test_a_portfolio_overseen_is_no_revenue() -> None:
    lines = _lines(
        "Welcome to Halden Realty Group's third quarter 2021 earnings call.\n"
        "Third quarter earnings per share were $0.31.\n"
        "The firm ranks among the most prominent marketing and sales firms with 75 in-house professionals "
        "overseeing a $40 billion portfolio of buildings.\n",
        floor=0.0,
    )
    assert any("$0.31" in line for line in lines), lines
    assert not any("$40 billion" in line for line in lines), lines


def test_analysts_estimates_for_next_year_are_no_guidance() -> None:
    lines = _lines(
        "Welcome to Corvane Health's third quarter 2021 earnings call.\n"
        "Adjusted earnings per share were $2.10 in the third quarter.\n"
        "We believe that current analyst estimates for 2022 adjusted earnings per share of approximately $8.20 "
        "are within our anticipated initial guidance range.\n"
    )
    assert any("$2.10" in line for line in lines), lines
    assert not any("$8.20" in line for line in lines), lines
