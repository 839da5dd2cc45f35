"""English calls: which figures are changes and over what. The items of a list of changes ("increases of 12% in
revenue, 19% in EBITDA and 14% in enrollment"), a second change written on its own comparison ("310 basis points over
the prior year and 120 basis points sequentially") and the first figure of a pair a direction noun follows ("an 14% and
22% increase") are changes; a rate after "from <base> in <period> to <level>" is the same move, compared with the
base's period; a balance's move to a level "in the quarter" is sequential; a percentage of comparable sales, organic
revenue or same-store NOI written as the metric's value is its growth over a year before.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_rate_after_a_move_from_the_quarter_before_is_sequential() -> None:
    facts = facts_of(
        "Property operating expenses grew from $2.1 million in the second quarter to $2.3 million in the third"
        " quarter or 9.5%."
    )
    rate = find(facts, raw="9.5%")
    assert (rate.metric, rate.value, rate.change, rate.period) == ("operating expenses", 9.5, "qoq", "2021Q3")


def test_falling_move_gives_a_negative_rate() -> None:
    facts = facts_of("G&A decreased from $1.8 million in the second quarter to $1.6 million in the third quarter, or 11%.")
    rate = find(facts, raw="11%")
    assert (rate.metric, rate.value, rate.change) == ("G&A expense", -11.0, "qoq")


def test_increase_after_a_move_from_the_quarter_before_is_sequential() -> None:
    facts = facts_of(
        "Finally, AFFO grew from $11 million in the second quarter to $11.6 million, representing a 5.5% increase."
    )
    assert find(facts, raw="5.5%").change == "qoq"


def test_move_from_two_years_back_is_neither_yoy_nor_qoq() -> None:
    facts = facts_of("Revenue increased from $210 million in the third quarter of 2019 to $240 million, or 14%.")
    assert find(facts, raw="14%").change is None


def test_every_item_of_a_list_of_changes_after_a_comma() -> None:
    facts = facts_of(
        "Our services portfolio continues to perform well, with year-over-year increases of 12% in revenue,"
        " 19% in EBITDA and 14% in enrollment across the portfolio."
    )
    assert (find(facts, raw="19%").metric, find(facts, raw="19%").change) == ("EBITDA", "yoy")
    assert (find(facts, raw="14%").metric, find(facts, raw="14%").change) == ("enrollment", "yoy")


def test_second_change_on_its_own_comparison() -> None:
    facts = facts_of(
        "Adjusted EBITDA margin was 9.2%, an increase of 310 basis points over the prior year and 120 basis points"
        " sequentially."
    )
    assert find(facts, raw="310 basis points").change == "yoy"
    second = find(facts, raw="120 basis points")
    assert (second.metric, second.value, second.change) == ("adjusted EBITDA margin", 120.0, "qoq")


def test_comparable_sales_percentage_is_growth_over_a_year_before() -> None:
    facts = facts_of(
        "While the reported quarterly net comp sales for the brand was a negative 12.4%, performance progressed"
        " through the quarter."
    )
    comp = find(facts, raw="12.4%")
    assert (comp.metric, comp.value, comp.change) == ("same-store sales", -12.4, "yoy")


def test_organic_revenue_percentages_are_growth_over_a_year_before() -> None:
    facts = facts_of("We continue to improve the organic revenue of the cloud segment from minus 6.1% in Q2 to minus 4% in Q3.")
    now = find(facts, raw="4%")
    assert (now.metric, now.value, now.change, now.period) == ("organic revenue", -4.0, "yoy", "2021Q3")


def test_same_store_noi_percentage_is_growth_over_a_year_before() -> None:
    facts = facts_of("Finally, cash same-store NOI reached 6.2% for the quarter.")
    assert (find(facts, raw="6.2%").metric, find(facts, raw="6.2%").change) == ("same-store NOI", "yoy")


def test_balance_move_to_a_level_in_the_quarter_is_sequential() -> None:
    facts = facts_of(
        "Stockholders' equity increased by $94 million to approximately $4.1 billion in the quarter after regular"
        " dividends."
    )
    move = find(facts, raw="$94 million")
    assert (move.metric, move.change, move.period) == ("shareholders' equity", "qoq", "2021Q3")


def test_comparable_sales_gap_to_the_sector_is_no_growth() -> None:
    facts = facts_of(
        "Our brand outpaced the competition with comp sales positive to the casual dining sector by approximately 11%."
    )
    assert find(facts, raw="11%").change is None


def test_direction_noun_after_a_pair_governs_both_figures() -> None:
    facts = facts_of(
        "Full-year adjusted EBITDA was $610 million and adjusted earnings per share was $2.11, which marked an 14%"
        " and 22% increase respectively."
    )
    first = find(facts, raw="14%")
    assert (first.metric, first.value, first.change, first.period) == ("adjusted EBITDA", 14.0, "yoy", "2021")


def test_rate_or_amount_per_share_increase_from_the_previous_quarter() -> None:
    facts = facts_of(
        "This quarter's dividend declaration represents a 40% or $0.04 per share increase from the previous quarter."
    )
    assert (find(facts, raw="40%").metric, find(facts, raw="40%").change) == ("dividend", "qoq")
    assert (find(facts, raw="$0.04").value, find(facts, raw="$0.04").change) == (0.04, "qoq")
