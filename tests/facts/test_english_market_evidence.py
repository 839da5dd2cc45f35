"""English market evidence: prices and cap rates of other parties' deals, cited to show what the company's
assets are worth, are no facts of the company; the company's own sales at such prices are.

Sentences are written for these tests about the fictional Fernhill Properties; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to the Fernhill Properties third quarter 2022 earnings call.\n"
    "For the third quarter, revenue was $42 million, up 5% year over year.\n"
)


def said(line: str) -> list[Fact]:
    """The facts of ``line`` said after the call's head."""
    return [f for f in run(build(HEAD + line, "en")) if f.paragraph == 3]


def test_a_deal_by_others_cited_in_the_sentence_before_is_no_fact() -> None:
    facts = said(
        "The value of our lab space can be seen in transactions by others. Just last month, Northgate Bio "
        "completed a sale leaseback for $1,850 per square foot and the Halden Group sold a building "
        "at a price just short of $1,700 per square foot."
    )
    assert not [f for f in facts if f.raw in ("$1,850", "$1,700")], [(f.raw, f.metric) for f in facts]


def test_comparable_sales_and_a_peer_trading_at_a_cap_rate_are_no_facts() -> None:
    facts = said(
        "Comparable sales in our submarkets traded at a 4.6% cap rate this quarter. "
        "One of our peers sold a portfolio of suburban offices for $410 million."
    )
    assert not [f for f in facts if f.raw in ("4.6%", "$410 million")], [(f.raw, f.metric) for f in facts]


def test_the_companys_own_sale_and_a_retailers_comparable_sales_stay_facts() -> None:
    facts = said(
        "In the quarter, we completed $96 million of dispositions that sold at a 5.1% cap rate, "
        "in line with comparable sales in the market."
    )
    assert [f for f in facts if f.raw == "$96 million"]
    facts = said("Comparable sales grew 4.6% and we sold more units than a year ago.")
    assert [f for f in facts if f.raw == "4.6%"]
