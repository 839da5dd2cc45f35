"""A highlight line is left out when its figure belongs to something the words around it name instead of the
company's metric: shares bought, equity still to be raised, a whole market, what investments held are worth, yielded
or have cost to date, notes issued, a part named by a place, a company being spun off, capital a past cash flow has
already paid for, a small count of members, a count a deal will reach or one added; a base two years back or a
thousand times off is no comparison. The company's own figures in the same call are still printed. Texts written for
these tests (the fictional Tessaly Freight)."""

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
        ("Our leasing arm closed its first securitization by issuing $240 million in investment-grade rated notes.", "$240"),
        (
            "Among the opportunities is the increasing need for investment in freight infrastructure with spending"
            " estimated to be $1.9 trillion globally.",
            "trillion",
        ),
        ("In the fourth quarter, we expect amortization of tax-advantaged investments of approximately $45 million.", "$45"),
        ("Financially, our investments generated $118 million of gains this quarter.", "$118"),
        (
            "During the quarter, the value of our marketable security investment in Harlow Logistics climbed to more"
            " than $900 million.",
            "$900",
        ),
        ("The $180 million of capital we've invested into this venture had a market value of $410 million.", "$180"),
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
        ("During the quarter, we invested $48 million in 12 new terminals.", "Q3 investment $48 million."),
    ],
)
def test_the_company_s_own_figures_stay(text: str, wanted: str) -> None:
    assert wanted in _lines(text)


def test_a_base_two_years_back_is_not_printed_as_the_year_ago_figure() -> None:
    old = _lines("Our third quarter operating ratio was 81%, down from 88% in the pre-pandemic third quarter of 2020.")
    assert "Q3 operating ratio 81%." in old
    last = _lines("Our third quarter operating ratio was 81%, down from 88% in the third quarter of 2021.")
    assert "Q3 operating ratio 81% versus 88%." in last


def test_a_small_count_of_members_is_not_the_company_s() -> None:
    board = _lines("Last month we announced the expansion of our Board of Directors to 11 members with the addition of a"
                   " logistics executive.")
    assert not any("members" in line for line in board), board
    assert "Q3 headcount 1,240." in _lines("We ended the quarter with 1,240 employees across our network.")


def test_a_misspoken_base_a_thousand_times_off_is_not_printed() -> None:
    slip = _lines(
        "Fuel volumes for the third quarter averaged 41,200 gallons a day, which was down from the second quarter of"
        " 43.8 million gallons -- 43,800 gallons a day."
    )
    assert "Q3 volumes 41,200 gallons a day." in slip
    said = _lines("Fuel volumes for the third quarter averaged 41,200 gallons a day, down from 43,800 gallons a day in"
                  " the second quarter.")
    assert "Q3 volumes 41,200 gallons a day versus 43,800 in the prior quarter." in said


def test_a_count_a_deal_will_reach_or_what_was_added_is_not_the_company_s() -> None:
    deal = _lines(
        "This acquisition will increase Tessaly's terminal network from coast to coast to over 240 locations and it"
        " is set to close in the spring."
    )
    assert not any("240" in line for line in deal), deal
    added = _lines("Despite the slowdown, we added over 1,400 new customers, only slightly below the additions of a year ago.")
    assert not any("1,400" in line for line in added), added
    held = _lines("We ended the quarter with over 240 locations and more than 31,000 customers.")
    assert "Q3 customers more than 31,000." in held
