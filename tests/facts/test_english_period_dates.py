"""English calls, held to the period of a figure where a date near it is not its period: a month's own
measure, a debt's maturity, a year a later bare quarter must not take, a horizon of quarters ahead, a
year named "N years ago", a compound "year-over-year", and a forecast for the year after one for the
quarter.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021
call); the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_months_own_measure_keeps_its_month() -> None:
    """"September revenue fell by 43%", "In October, we're trending towards a $326 ADR": month-level
    moves and prices are the month's, not the quarter's."""
    facts = facts_of(
        "Revenue was flat for July and August, while September revenue fell by 43%.",
        "In October, we're trending towards a $326 average daily rate.",
    )
    assert find(facts, value=-43).period == "2021-09"
    assert find(facts, value=326).period == "2021-10"


def test_a_rate_is_not_dated_by_its_debts_maturity() -> None:
    """"notes due 2031", "extended the maturity to January 2027": when the debt falls due, not the period
    of the coupon or the margin."""
    facts = facts_of(
        "During the quarter, we issued $500 million of 2.75% senior notes due 2031.",
        "We extended the maturity to January 2027 and reduced the pricing margin on the term loan to 1.25%.",
    )
    assert find(facts, value=2.75).period == "2021Q3"
    assert find(facts, value=1.25).period == "2021Q3"


def test_a_bare_quarter_does_not_take_a_debt_horizons_year() -> None:
    """"no significant maturities due until 2024 ... As we move into the fourth quarter, ... cash balance
    exceeding $225 million": the fourth quarter of the call's year."""
    facts = facts_of(
        "We have no significant maturities due until 2024. As we move into the fourth quarter, we maintain a "
        "projected cash balance exceeding $225 million."
    )
    assert find(facts, value=225_000_000).period == "2021Q4"


def test_quarters_ahead_start_after_the_one_reported() -> None:
    """"the returns we expect over the next 4 quarters": from the fourth quarter of 2021 on."""
    facts = facts_of("We expect revenue to average $50 million a quarter over the next 4 quarters.")
    assert find(facts, value=50_000_000).period == "2021Q4-2022Q3"


def test_years_ago_name_their_year() -> None:
    facts = facts_of("Just two years ago, our Global Specialty business was generating combined ratios above 110%.")
    assert find(facts, value=110).period == "2019"


def test_year_over_year_names_no_year() -> None:
    """"The year-over-year increase was driven by an 11% reduction in volumes": the figure is the quarter's."""
    facts = facts_of(
        "In our Timber segment, EBITDA was $13 million. The year-over-year increase was driven by 13% higher "
        "prices, offset by an 11% reduction in harvest volumes."
    )
    assert find(facts, value=-11).period == "2021Q3"


def test_a_forecast_ending_with_its_own_period_is_of_it() -> None:
    """"guidance for the fourth quarter is $1.73 to $1.77 per share and $6.91 to $6.95 for the year": the
    quarter is the first range's, the year the second's; "annual guidance" is the year's."""
    facts = facts_of(
        "Looking forward, EPS guidance for the fourth quarter of 2021 is estimated to be in the range of $1.73 to "
        "$1.77 per share and $6.91 to $6.95 for the year.",
        "I'm happy to finish the quarter at $1.77 per share in EPS and raise annual guidance to $6.93 per share.",
    )
    assert find(facts, value=1.73).period == "2021Q4"
    assert find(facts, value=6.91).period == "2021"
    assert find(facts, value=6.93).period == "2021"


def test_a_quarter_an_outlook_only_mentions_is_not_its_period() -> None:
    """"our guidance incorporates uncertainty that could impact fourth quarter percentage rents": the next
    paragraph's guidance that names no period is the year's, not the fourth quarter's."""
    facts = facts_of(
        "We now expect EPS of $1.78 to $1.83 for 2021. Our guidance incorporates macroeconomic uncertainty that "
        "could impact fourth quarter percentage rents.",
        "We have reduced our G&A guidance to between $68 million and $70 million.",
    )
    assert find(facts, value=68_000_000).period == "2021"


def test_a_base_keeps_the_period_its_own_clause_names() -> None:
    """"This compared to $322 million of reserve development in second quarter 2020": that quarter's figure,
    not one a year before it."""
    facts = facts_of(
        "Reserve development was $50 million. This compared to $322 million of net favorable reserve development "
        "in second quarter 2020."
    )
    assert find(facts, value=322_000_000).period == "2020Q2"


def test_a_count_through_a_month_is_the_year_to_date() -> None:
    """"a total of 30 stores purchased from our third-party platform through September": the year to date
    ("from our platform" names where they came from, no comparison base)."""
    facts = facts_of(
        "In the quarter, we purchased 11 stores for a total of 30 stores purchased from our third-party platform "
        "through September."
    )
    assert find(facts, value=30).period == "2021Q1-2021Q3"


def test_a_change_over_a_quarter_a_year_back_is_of_that_quarter_a_year_on() -> None:
    """"after already raising it 11% earlier this year, a total increase of 38.9% over the third quarter 2020
    dividend": the third quarter of 2021, not the year the sentence names."""
    facts = facts_of(
        "Our Board raised our third quarter dividend an additional 25% after already raising it 11% earlier this "
        "year, a total increase of 38.9% over the third quarter 2020 dividend."
    )
    assert find(facts, value=38.9).period == "2021Q3"


def test_events_after_quarter_end_run_on_in_their_paragraph() -> None:
    """"Subsequent to quarter end, we amended our term loan. We extended the maturity to January 2027 and reduced
    the pricing margin by 5 basis points": both sentences report the quarter after the one reported."""
    facts = facts_of(
        "Subsequent to quarter end, we amended our $300 million term loan. We extended the maturity to January "
        "2027 and reduced the pricing margin by 5 basis points."
    )
    assert find(facts, value=300_000_000).period == "2021Q4"
    assert find(facts, unit="bps").period == "2021Q4"
