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


def test_a_range_narrowed_says_its_width_not_a_figure() -> None:
    lines = _lines(
        "Welcome to Ostrander Properties' third quarter 2022 earnings call.\n"
        "FFO per share was $2.01 for the third quarter.\n"
        "We updated our guidance for 2022 and narrowed the range for EPS and FFO per share from a range of $0.06 "
        "to a range of $0.02 per share.\n",
        floor=0.0,
    )
    assert any("$2.01" in line for line in lines), lines
    assert not any("$0.02" in line or "$0.06" in line for line in lines), lines


def test_a_raised_range_is_not_read_across_the_old_and_the_new_one() -> None:
    lines = _lines(
        "Welcome to Ostrander Properties' third quarter 2022 earnings call.\n"
        "FFO per share was $2.97 for the third quarter.\n"
        "We are increasing our full year 2022 FFO guidance from $11.70 to $11.77 per share to $11.83 per share "
        "to $11.88 per share.\n",
        floor=0.0,
    )
    assert any("$2.97" in line for line in lines), lines
    assert not any("$11.77 to $11.83" in line for line in lines), lines


def test_a_share_of_a_venture_s_loss_and_debt_amended_are_not_the_company_s_figures() -> None:
    lines = _lines(
        "Welcome to Linford Land Company's third quarter 2022 earnings call.\n"
        "We reported a consolidated net loss of $9.5 million for the quarter.\n"
        "The company's equity and loss from the Harbor Venture after adjusting for basis difference was "
        "$4.5 million for the quarter.\n"
        "We also improved our liquidity, amending over $600 million of existing revolving credit facility and "
        "term loans.\n",
        floor=0.0,
    )
    assert any("$9.5 million" in line for line in lines), lines
    assert not any("$4.5 million" in line or "$600 million" in line for line in lines), lines


def test_the_second_of_two_changes_sharing_one_name_is_left_out() -> None:
    """'9.2% and 8.3% FFO per share growth for the quarter and year-to-date': the words do not say whose 8.3% is."""
    lines = _lines(
        "Welcome to Ostrander Properties' third quarter 2022 earnings call.\n"
        "It was an exceptional quarter, delivering 9.2% and 8.3% FFO per share growth for the third quarter and "
        "then 2022 year-to-date.\n",
        floor=0.0,
    )
    assert not any("8.3%" in line for line in lines), lines


def test_revenue_per_room_and_a_dividend_per_share_are_not_revenue_or_earnings() -> None:
    lines = _lines(
        "Welcome to Tamsin Hotels' third quarter 2022 earnings call.\n"
        "Net income was $41 million for the quarter.\n"
        "And total revenue per occupied room increased by 21%, maintaining the positive trends.\n"
        "Distributable earnings per share covered our $0.24 per share quarterly dividend at a ratio of 1.1x.\n",
        floor=0.0,
    )
    assert any("$41 million" in line for line in lines), lines
    assert not any("21%" in line or "$0.24" in line for line in lines), lines


def test_a_business_line_that_will_show_growth_owns_the_figure() -> None:
    lines = _lines(
        "Welcome to Corrigan Services' third quarter 2022 earnings call.\n"
        "Restoration revenues were $210 million for the quarter, and residential revenues were $380 million.\n"
        "Consolidated revenues were $590 million for the quarter.\n"
        "Our best estimate is that restoration will show about 20% revenue growth in Q4 relative to the prior year.\n",
        floor=0.0,
    )
    assert any("$590 million" in line for line in lines), lines
    assert not any("20%" in line for line in lines), lines


def test_a_sales_price_is_no_revenue() -> None:
    lines = _lines(
        "Welcome to Ferrand Office Trust's third quarter 2022 earnings call.\n"
        "Normalized FFO for the third quarter was $53.8 million or $1.11 per share.\n"
        "We are currently under agreement to sell 5 properties for an aggregate sales price of $20.5 million.\n"
    )
    assert any("$1.11" in line for line in lines), lines
    assert not any("$20.5 million" in line for line in lines), lines


def test_the_quarter_s_revenue_takes_the_place_of_a_second_basis_of_the_same_outlook() -> None:
    """Five headline lines full of earnings and their guidance on two bases: the revenue of the quarter is printed,
    the GAAP guidance beside the adjusted one is not."""
    lines = _lines(
        "Welcome to Corvane Industrial's first quarter 2022 earnings call.\n\n"
        "First quarter revenue was $229.3 million, slightly above our guidance.\n\n"
        "GAAP earnings per share were $1.66 in the first quarter, and adjusted earnings per share were $1.92.\n\n"
        "Turning to our outlook, we expect second quarter revenue of $230 million to $240 million.\n\n"
        "We expect second quarter GAAP earnings per share of $1.58 to $1.73 and adjusted earnings per share of $1.80 "
        "to $1.95.\n"
    )
    assert "Q1 revenue $229.3 million." in lines
    assert "Sees Q2 adjusted earnings per share $1.80 to $1.95." in lines
    assert "Q1 GAAP earnings per share $1.66." in lines and "Q1 adjusted earnings per share $1.92." in lines
    assert not any("$1.58" in line for line in lines)
