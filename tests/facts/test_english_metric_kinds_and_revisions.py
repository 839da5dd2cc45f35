"""Metric names and periods of English call figures: a bare "margin" after a margin of a named kind, a tower owner's
cash flow margin, a part of a whole, a revised forecast and its earlier range, periods in a cause clause or likened
to ("As was the case in the prior quarter").

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_THIRD = "Welcome to NovaSky's third quarter 2021 earnings call.\nNovaSky's results were ahead of plan.\n"


def _facts(text: str) -> list[Fact]:
    return [f for f in facts.run(build(_THIRD + text, language="en")) if f.paragraph > 2]


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change) for f in found])
    return hits[0]


def test_a_bare_margin_is_the_kind_of_margin_named_just_before() -> None:
    """A bare "margin" a line after "GP margin" is the gross margin; a segment forecast after "AOI margin" ranges is
    the adjusted operating margin."""
    found = _facts(
        "A lower mix of career transition business drove 30 basis points of GP margin reduction.\n"
        "Other adjustments included a 10 basis point margin improvement from consulting services.\n"
        "Looking at AOI margin target ranges for our segments, we expect steady profitability.\n"
        "In the components segment, we expect full-year margins between 5% and 7%.\n"
    )
    assert _one(found, value=10.0).metric == "gross margin"
    assert _one(found, value=5.0).metric == "adjusted operating margin guidance"


def test_a_bare_margin_with_no_kind_named_stays_a_margin() -> None:
    found = _facts("Revenue was $2 billion.\nThe services segment margin was 12.5%, up 30 basis points.\n")
    assert _one(found, value=12.5).metric == "margin"


def test_tower_cash_flow_and_its_margin() -> None:
    """A tower owner's site profit and its margin by market are their own measures, not a bare margin."""
    found = _facts(
        "Tower cash flow for the third quarter was $464.1 million. Our tower cash flow margins remain strong, with a "
        "domestic tower cash flow margin of 84.8% and an international tower cash flow margin of 67.3%.\n"
    )
    assert _one(found, value=464.1e6).metric == "tower cash flow"
    assert _one(found, value=84.8).metric == "tower cash flow margin"
    assert _one(found, value=67.3).metric == "tower cash flow margin"


def test_a_part_of_a_whole_is_a_share_not_the_whole() -> None:
    found = _facts(
        "All in, NovaSky funded $570 million of new loans during the quarter, over 80% of which were bridge loans.\n"
        "Loan volume was $22.4 billion. 46% or $10.2 billion were conventional loans and 54% or $12.2 billion were "
        "government loans.\n"
    )
    assert _one(found, value=80.0).metric == "share"
    assert _one(found, value=54.0).metric == "share"
    assert _one(found, value=570e6).metric == "new loans"


def test_an_earlier_forecast_said_previously_is_of_the_same_year() -> None:
    """"versus 10.5% to 11.75% previously" is the earlier guidance for the same year, no result of a year before."""
    found = _facts(
        "As a result, we are reducing our revenue growth guidance to 10% to 11% year-over-year versus 10.5% to 11.75% "
        "previously.\n"
    )
    earlier = _one(found, value=10.5)
    assert (earlier.metric, earlier.period, earlier.change) == ("revenue guidance", "2021", "yoy")


def test_a_revised_forecast_is_this_years_not_a_later_year_looked_ahead_to() -> None:
    """A quarter named in the cause clause and a later year an earlier line looked ahead to do not date a revision."""
    found = _facts(
        "We expect a more normalized environment to be established in 2022.\n"
        "Given our year-to-date results and outlook for the fourth quarter, we are reducing our revenue growth to a "
        "range of 8% to 9% from 8.5% to 9.75% previously.\n"
    )
    assert _one(found, value=8.0).period == "2021"


def test_a_period_a_figure_is_likened_to_does_not_date_it() -> None:
    found = _facts(
        "As was the case in the prior quarter, mark-to-market adjustments were the primary driver of our $0.44 per "
        "share GAAP loss for the quarter.\n"
        "Tangible book value per share of $9.92 remained relatively stable to second quarter.\n"
    )
    assert _one(found, value=0.44).period == "2021Q3"
    assert _one(found, value=9.92).period == "2021Q3"


def test_a_forecasts_year_does_not_date_a_quarter_reported_in_a_later_sentence() -> None:
    """"the first quarter of 2022" in a forecast does not make a later "we ended the third quarter" 2022's; a later
    forecast for a bare quarter still takes the forecast's year."""
    found = _facts(
        "Our conservative positioning will likely carry through into the first quarter of 2022. As a reminder, we "
        "ended the third quarter with $297 million of unrestricted cash on hand.\n"
        "We expect revenue in 2022 of $5 billion. In the third quarter, we expect revenue of $1.2 billion.\n"
    )
    assert _one(found, value=297e6).period == "2021Q3"
    assert _one(found, value=1.2e9).period == "2022Q3"


def test_a_year_a_level_is_last_seen_since_does_not_date_a_later_bare_quarter() -> None:
    found = _facts(
        "Our occupancy cost is at 12%, which is a level not seen since early 2015. Our other platform investments in "
        "the third quarter contributed $0.17 in FFO per share.\n"
    )
    assert _one(found, value=0.17).period == "2021Q3"


def test_debt_paid_back_is_a_repayment_not_the_balance() -> None:
    found = _facts(
        "During the quarter, we repaid $350 million of notes that matured in November and $362 million of outstanding "
        "borrowings on life insurance policies.\n"
        "We retired $500 million of our long-term debt.\n"
        "The sale also resulted in the reduction in our debt that was supporting the property of approximately $102 "
        "million.\n"
        "We ended the quarter with $625 million of total debt outstanding.\n"
        "After we repaid the notes, we had $2 billion of debt.\n"
    )
    for value in (362e6, 500e6, 102e6):
        assert _one(found, value=value).metric == "debt repayment"
    assert _one(found, value=625e6).metric == "debt"
    assert _one(found, value=2e9).metric == "debt"


def test_debt_paid_down_is_the_amount_repaid_not_a_decline() -> None:
    """"we paid down $250 million of debt": the amount paid back, a level; "paid down ... by $40 million" stays a
    change, and "pay off our $300 million bond" names the bond, not a sum repaid in the quarter."""
    found = _facts(
        "We used strong cash flow to pay down $250 million of debt ahead of schedule.\n"
        "We are planning to pay off an additional $400 million of debt in 2022.\n"
        "We paid down our revolver by $40 million in the quarter.\n"
        "We will use our line of credit to pay off our $300 million, 3.1% unsecured bond, which matures in December.\n"
    )
    paid = _one(found, value=250e6)
    assert (paid.metric, paid.change, paid.period) == ("debt repayment", None, "2021Q3")
    assert _one(found, value=400e6).period == "2022"
    assert _one(found, value=400e6).metric.startswith("debt repayment")
    assert all(f.change is not None for f in found if abs(f.value) == 40e6)
    assert not [f for f in found if abs(f.value) == 300e6 and f.metric != "debt"]


def test_hedged_part_of_term_loans_and_their_all_in_rate() -> None:
    """"hedged on $325 million of the $430 million of term loans ... an average all-in rate of 2.79%": the hedged
    part, the whole balance and the rate paid on it are three figures of their own."""
    found = _facts(
        "We are hedged on $325 million of the $430 million of term loans currently at an average all-in rate of "
        "2.79%, including the credit spread.\n"
    )
    assert _one(found, value=325e6).metric == "hedged debt"
    assert _one(found, value=430e6).metric == "term loan"
    assert _one(found, value=2.79).metric == "cost of debt"


def test_unsettled_forward_equity_and_its_parts() -> None:
    """Shares sold forward: the net proceeds they will bring and the parts the total is "made up of" are forward
    equity at the quarter's end, no forecast and no increase; net proceeds of a property sale stay dispositions."""
    found = _facts(
        "At September 30, we had 1.8 million shares under forward sales agreements with anticipated net proceeds of "
        "$64 million upon settlement.\n"
        "This total is made up of $41.5 million of forwards entered into in the third quarter and $22.5 million of "
        "forwards from prior quarters.\n"
        "We sold 9 properties for $27.5 million in net proceeds.\n"
    )
    for value in (64e6, 41.5e6, 22.5e6):
        fact = _one(found, value=value)
        assert (fact.metric, fact.change, fact.period) == ("forward equity", None, "2021Q3")
    assert _one(found, value=27.5e6).metric == "dispositions"


def test_available_borrowing_capacity_in_a_liquidity_list_is_liquidity_not_cash() -> None:
    found = _facts(
        "Total liquidity was $211 million at quarter end and is comprised of $86.3 million of cash and cash "
        "equivalents and $124.7 million of available borrowing capacity under our revolving credit facility.\n"
    )
    assert _one(found, value=86.3e6).metric == "cash"
    assert _one(found, value=124.7e6).metric == "liquidity"


def test_a_period_the_figures_own_participle_names_dates_it() -> None:
    """"$45 million ... throughout the year with $35 million occurring in the third quarter": the $35 million is the
    quarter's."""
    found = _facts(
        "We also bought back approximately $45 million worth of shares throughout the year with approximately $35 "
        "million occurring in the third quarter.\n"
    )
    assert _one(found, value=45e6).period == "2021"
    assert _one(found, value=35e6).period == "2021Q3"
