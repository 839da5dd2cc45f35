"""Facts of English calls that a careless reading gets wrong: the comparison a change is over, signs,
what a figure measures, figures that are no facts of the period, and the period of a base.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find

# --- comparisons -----------------------------------------------------------------------------


def test_a_quarter_ago_and_prior_quarter_without_article_are_sequential() -> None:
    facts = facts_of(
        "Pre-provision earnings rose 7 percent relative to a quarter ago.",
        "Small shop occupancy rose 180 basis points over prior quarter to 87.3 percent.",
    )
    assert find(facts, value=7).change == "qoq"
    assert find(facts, value=180).change == "qoq"


def test_a_base_period_named_after_the_change_sets_the_comparison() -> None:
    facts = facts_of(
        "Gasoline volumes were up 6% versus the third quarter of 2020.",
        "Net interest margin was 6.35 percent, 46 basis points higher than Q2.",
    )
    assert find(facts, value=6).change == "yoy"
    assert find(facts, value=46).change == "qoq"


def test_an_opening_comparison_names_the_base_period() -> None:
    facts = facts_of("So compared to the second-quarter volumes, third-quarter volumes were down about 11%.")
    assert find(facts, value=-11).change == "qoq"


def test_a_second_change_with_its_own_base_is_a_change() -> None:
    facts = facts_of("Fleet revenue was up 17 percent from the prior-year quarter and 23 percent from the linked quarter.")
    assert (find(facts, value=17).change, find(facts, value=17).basis) == ("yoy", None)
    second = find(facts, value=23)
    assert (second.change, second.basis, second.period) == ("qoq", None, "2021Q3")


def test_the_comparison_a_speaker_stated_holds_for_the_next_sentences() -> None:
    facts = facts_of(
        "Pre-provision earnings were $3.6 billion, an increase of 7 percent relative to a quarter ago.",
        "Average loans in the quarter grew 3 percent.",
        "Operating expenses grew 2 percent with total non-interest expense increasing 6 percent.",
    )
    assert find(facts, value=3).change == "qoq"
    assert find(facts, value=2).change == "qoq"
    assert find(facts, value=6).change == "qoq"


def test_a_stated_comparison_lapses_after_two_sentences() -> None:
    facts = facts_of(
        "Unless otherwise noted, growth rates are year over year.",
        "Deposits rose 2% sequentially.",
        "Clients were loyal.",
        "Branches were busy.",
        "Staff were engaged.",
        "Fee revenue grew 9% in the quarter.",
    )
    assert find(facts, value=9).change == "yoy"


def test_a_base_that_is_a_decline_takes_the_sentence_comparison_and_its_period() -> None:
    facts = facts_of("On a year-over-year basis, organic revenue declined only 4.6% compared to a 27% decline in Q2.")
    base = find(facts, value=-27)
    assert (base.change, base.period, base.basis) == ("yoy", "2021Q2", "prior")


def test_a_business_introduced_on_a_slide_is_the_subject_of_what_follows() -> None:
    facts = facts_of(
        "I'll begin on Slide 10 with our credit card business.",
        "Purchase volume for the third quarter was up 28 percent year over year.",
    )
    assert find(facts, value=28).subject == "credit card"


# --- signs -----------------------------------------------------------------------------------


def test_an_amount_in_lower_balances_is_a_decline() -> None:
    facts = facts_of(
        "Liquidity ended the quarter at $124 billion, down $13 billion from the prior quarter.",
        "The decline was driven by a smaller investment portfolio and $8 billion in lower ending cash balances.",
    )
    cash = find(facts, metric="cash")
    assert (cash.value, cash.change) == (-8e9, "qoq")


# --- what a figure measures ------------------------------------------------------------------


def test_revenue_margin_is_a_metric_of_its_own() -> None:
    facts = facts_of("Card revenue margin was up 218 basis points year over year to 18.4 percent.")
    assert find(facts, value=18.4).metric == "revenue margin"
    assert find(facts, value=218).metric == "revenue margin"


def test_loans_moved_to_held_for_sale_are_not_the_loan_book() -> None:
    facts = facts_of("Recall that we moved $4.1 billion of loans to held-for-sale late in the second quarter.")
    assert find(facts, value=4.1e9).metric == "loans transferred to held for sale"


def test_an_opening_exclusion_holds_for_the_sentence() -> None:
    facts = facts_of(
        "Excluding the storm impact in the winter months, oil production was down approximately 15%.",
        "If you exclude tanks out of service for required inspection, utilization is about 98%.",
    )
    assert find(facts, value=-15).metric == "oil production (excluding items)"
    assert find(facts, value=98).metric == "utilization (excluding items)"


def test_our_share_of_a_market_is_market_share() -> None:
    facts = facts_of("Our share of Mexico deliveries in the quarter ran about 55%.")
    assert find(facts, value=55).metric == "market share"


def test_the_size_of_an_authorization_is_not_what_remains_of_it() -> None:
    facts = facts_of(
        "We repurchased $1 billion of common stock and have approximately $2.6 billion remaining of our current"
        " board authorization of $7.5 billion."
    )
    assert find(facts, value=2.6e9).metric == "remaining buyback authorization"
    assert find(facts, value=7.5e9).metric == "buyback authorization"


def test_a_base_of_a_figure_that_is_no_fact_is_no_fact() -> None:
    facts = facts_of("Net turnover was 51% versus 47% last year, and move-outs dropped to 13.2% versus 15.1% last quarter.")
    assert not [f for f in facts if f.value in (13.2, 15.1)]


# --- figures that are no facts of the period -------------------------------------------------


def test_a_part_of_a_change_is_no_fact() -> None:
    facts = facts_of(
        "Approximately 80 basis points of the gross margin decline is due to higher broker commissions.",
        "Our selling margins drove 280 basis points of this expansion.",
    )
    assert not [f for f in facts if f.value in (80, 280)]


def test_a_historical_norm_is_no_fact() -> None:
    facts = facts_of(
        "Decremental margins were about 20%, better than our historical decrementals of 35% to 40%.",
        "Ending loans grew 4 percent, ahead of typical seasonal growth of around one percent.",
    )
    assert not [f for f in facts if f.value in (35, 1)]


def test_a_two_year_stack_is_no_fact() -> None:
    facts = facts_of(
        "We delivered comps of 16.9%, building to an accelerated two-year stack of 41.3% and operating margin"
        " expansion of 60 basis points."
    )
    assert not [f for f in facts if f.value == 41.3]


def test_a_per_share_step_of_a_bridge_is_no_earnings_per_share() -> None:
    facts = facts_of(
        "This $0.01 per share positive variance resulted from higher other income.",
        "The midpoint represents a $0.04 per share increase over the quarter.",
        "The increase reflects the $0.02 per share third quarter impact from the storm.",
    )
    assert not [f for f in facts if f.value in (0.01, 0.04, 0.02)]


# --- periods ---------------------------------------------------------------------------------


def test_a_period_right_after_a_figure_is_its_own() -> None:
    facts = facts_of("We reduced our debt from its peak of almost $43 billion in 2015 to $30.7 billion today.")
    assert find(facts, value=30.7e9).period == "2021Q3"


def test_year_to_date_right_after_a_figure() -> None:
    facts = facts_of("Same-property revenue growth was 11.7% for the quarter and 11.6% year-to-date.")
    assert find(facts, value=11.6).period == "2021Q1-2021Q3"


def test_a_base_named_with_last_year_is_last_years_quarter() -> None:
    facts = facts_of("Net turnover for the third quarter was 51% versus 47% last year.")
    assert find(facts, value=47).period == "2020Q3"


def test_a_base_in_the_same_outlook_shares_its_period() -> None:
    facts = facts_of("We are now projecting full-year DCF of $5.1 billion to $5.3 billion versus our budget of $4.45 billion.")
    assert find(facts, value=4.45e9).period == "2021"


def test_a_base_period_after_units_per_day() -> None:
    facts = facts_of("LNG volumes were down from approximately 5 million dekatherms per day in the second quarter.")
    assert find(facts, value=5e6).period == "2021Q2"


def test_a_year_after_a_figure_does_not_override_the_quarter_before_it() -> None:
    facts = facts_of("Third quarter sales were $295.3 million in fiscal year 2021.")
    assert find(facts, value=295.3e6).period == "2021Q3"


def test_earnings_per_share_with_no_impact_named_after_it_is_earnings_per_share() -> None:
    facts = facts_of("Adjusted earnings per share increased 19.8% to $1.39 with no significant impact from FX.")
    assert find(facts, value=1.39).metric == "adjusted EPS"


def test_a_date_with_its_year_after_as_of_is_that_quarter() -> None:
    facts = facts_of("As of September 30, 2021, we had signed leases representing $44.8 million of annualized base rent.")
    assert find(facts, value=44.8e6).period == "2021Q3"


def test_projecting_is_a_forecast_and_a_budget_compared_with_it_is_its_base() -> None:
    facts = facts_of("We are now projecting full-year DCF of $5.1 billion to $5.3 billion versus our budget of $4.45 billion.")
    guide = find(facts, value=5.1e9)
    assert (guide.metric, guide.period) == ("distributable cash flow guidance", "2021")
    assert find(facts, value=4.45e9).basis == "prior"


def test_a_change_from_a_quarter_is_not_that_quarters_figure() -> None:
    facts = facts_of(
        "The charge-off rate increased from a low rate in the second quarter and the delinquency rate was up"
        " 39 basis points from the second quarter."
    )
    assert find(facts, value=39).period == "2021Q3"


def test_cash_flow_as_a_share_of_net_income_is_its_conversion() -> None:
    facts = facts_of("Cash generation produced free cash flow of $631 million and a conversion rate of 108% of net income.")
    assert find(facts, value=108).metric == "free cash flow conversion"


def test_the_size_of_company_aimed_at_is_no_figure_of_the_period() -> None:
    facts = facts_of("We are on our journey to becoming a $15 billion-plus revenue company.")
    assert not [f for f in facts if f.value == 15e9]


def test_a_brand_opening_a_sentence_after_a_framing_phrase_is_the_subject() -> None:
    facts = facts_of(
        "By brand, Skyline Home delivered a 22.5% comp, taking year-to-date revenues for the brand to over $1.5 billion.",
        "Skyline Kids and Teens grew at a comp of 16.9%.",
    )
    assert find(facts, value=22.5).subject == "Skyline Home"
    assert find(facts, value=22.5).metric == "same-store sales"
    assert find(facts, value=1.5e9).subject == "Skyline Home"
    assert find(facts, value=16.9).subject == "Skyline Kids and Teens"


def test_a_rate_accelerating_from_a_quarter_is_not_compared_with_it() -> None:
    facts = facts_of("Skyline drove a 7.6% comp accelerating from the second quarter and on top of 30.4% last year.")
    assert find(facts, value=7.6).change != "qoq"
    base = find(facts, value=30.4)
    assert (base.basis, base.period) == ("prior", "2020Q3")


def test_the_base_after_a_pair_of_figures_is_both_figures_base() -> None:
    facts = facts_of(
        "Transport volumes were down about 3% or approximately 1.1 million dekatherms per day versus the third"
        " quarter of 2020."
    )
    assert find(facts, value=-3).change == "yoy"


def test_a_same_store_outlook_names_the_same_store_metric_after_each_figure() -> None:
    facts = facts_of(
        "We reconfirmed the midpoint of our full year same-store growth guidance at 11.25% for revenue and"
        " 14.75% for net operating income."
    )
    assert find(facts, value=11.25).metric == "same-store revenue guidance"
    assert find(facts, value=14.75).metric == "same-store NOI guidance"


def test_an_assumption_is_a_forecast_and_a_blend_of_leases_is_a_lease_rate() -> None:
    facts = facts_of(
        "Our 11.25% same-store revenue growth assumption is based upon the blend of new lease and renewals"
        " averaging approximately 8.5%."
    )
    assert find(facts, value=11.25).metric == "same-store revenue guidance"
    assert find(facts, value=8.5).metric == "blended lease rate growth guidance"


def test_expectations_for_a_metric_are_its_guidance() -> None:
    facts = facts_of("We have updated our full year adjusted EPS growth expectations to be up 8% compared with 2020.")
    assert find(facts, value=8).metric == "adjusted EPS guidance"


def test_sales_of_a_plain_noun_name_the_sales_business() -> None:
    facts = facts_of("Outside the Americas, property sales rose 3% or 17% in local currency for the quarter.")
    assert find(facts, value=3).subject == "property sales"
    assert find(facts, value=3).metric == "revenue"


def test_a_group_of_business_lines_named_together_is_no_subject() -> None:
    facts = facts_of(
        "Property management, valuation and loan servicing all proved resilient, collectively realizing net"
        " revenue growth of 2% or 8% in local currency."
    )
    assert not [f for f in facts if f.value in (2, 8)]


def test_last_years_quarter_is_a_base_of_the_year_before() -> None:
    facts = facts_of("Mortgage origination revenue declined by 28% versus last year's Q3.")
    fact = find(facts, value=-28)
    assert (fact.change, fact.period) == ("yoy", "2021Q3")


def test_a_base_recorded_in_a_quarter_is_that_quarters() -> None:
    facts = facts_of("FFO per share of $1.74 is up from the $1.70 recorded in the second quarter.")
    assert find(facts, value=1.70).period == "2021Q2"


def test_a_mark_to_market_gain_is_named_as_such() -> None:
    facts = facts_of("GAAP EPS grew by 7% in the quarter due to a $183 million mark-to-market gain on an investment.")
    assert find(facts, value=183e6).metric == "mark-to-market gain"


def test_per_share_after_one_figure_is_not_the_metric_of_the_next() -> None:
    facts = facts_of("The midpoint of $1.74 represents a $0.04 per share increase from the $1.70 recorded in the second quarter.")
    assert not [f for f in facts if f.value == 1.70 and f.metric.endswith("EPS")]


def test_an_enumerated_item_whose_thing_no_metric_names_is_no_fact() -> None:
    facts = facts_of("Our full year same-store guidance is 11.25% for revenue, 5% for upkeep and 14.75% for net operating income.")
    assert find(facts, value=11.25).metric == "same-store revenue guidance"
    assert not [f for f in facts if f.value == 5]


def test_a_margin_change_restated_after_or_is_in_points() -> None:
    facts = facts_of("Gross margins declined 2.2 percentage points year-over-year or 1.9%, excluding a servicing gain.")
    restated = find(facts, value=-1.9)
    assert (restated.unit, restated.change, restated.metric) == ("pp", "yoy", "gross margin (excluding items)")


def test_quarter_written_with_its_number_is_a_quarter() -> None:
    facts = facts_of("Quarter 2 net revenues were up 28% versus a year ago.")
    assert find(facts, value=28).period == "2021Q2"


def test_a_prior_guidance_is_named_guidance_once() -> None:
    facts = facts_of("We now expect sales to increase in the 18% to 21% range for the year, up from the 13% to 16% range.")
    assert not [f for f in facts if f.metric.endswith("guidance guidance")]


def test_a_base_of_a_year_to_date_figure_is_the_same_months_a_year_earlier() -> None:
    facts = facts_of(
        "Year-to-date cash flow from operations totaled $450.5 million compared to $241.5 million in the prior year period."
    )
    assert find(facts, value=241.5e6).period == "2020Q1-2020Q3"


def test_a_year_compared_with_the_next_figure_does_not_date_this_one() -> None:
    facts = facts_of("Retail sales were up 3.3% versus a year ago and up 1.3% versus 2019.")
    assert find(facts, value=3.3).period == "2021Q3"


def test_an_evaluative_adjective_is_no_business_line() -> None:
    facts = facts_of("Skyline is an important margin driver at 21%.")
    assert find(facts, value=21).subject != "important"


def test_positioned_to_generate_is_a_forecast() -> None:
    facts = facts_of("We remain positioned to generate 400 basis points of gross margin expansion next year.")
    assert find(facts, value=400).metric.endswith("guidance")


def test_a_metric_right_after_a_figure_is_its_metric_and_growth_makes_it_a_change() -> None:
    facts = facts_of(
        "Skyline delivered 9% constant currency revenue and 27% adjusted earnings-per-share growth on a"
        " year-over-year basis."
    )
    eps = find(facts, value=27)
    assert (eps.metric, eps.change) == ("adjusted EPS", "yoy")


def test_a_percentage_above_last_year_is_a_change_over_last_year() -> None:
    facts = facts_of("Revenue was $5 billion, 10% above last year.")
    assert find(facts, value=10).change == "yoy"


def test_a_comparison_with_pre_pandemic_levels_is_no_fact_of_the_period() -> None:
    facts = facts_of("On the same basis, quarterly net revenues are 19% above pre-COVID levels in 2019.")
    assert not [f for f in facts if f.value == 19]


def test_a_quarter_of_last_year_is_last_years_quarter() -> None:
    facts = facts_of("Total average loans were $101 billion, down 7% from the third quarter of last year.")
    fact = find(facts, value=-7)
    assert (fact.change, fact.period) == ("yoy", "2021Q3")


def test_what_something_did_to_a_metric_is_no_figure_of_the_metric() -> None:
    facts = facts_of("Cumulatively, excess liquidity has negatively impacted our net interest margin by about 35 basis points.")
    assert not [f for f in facts if f.value in (35, -35)]


def test_a_commodity_price_is_not_the_metric_named_before_it() -> None:
    facts = facts_of("Our regular dividend can be funded at $44 oil.")
    assert not [f for f in facts if f.value == 44]


def test_net_charge_offs_are_a_metric_and_a_ratio_base_is_not_the_next_figures_metric() -> None:
    facts = facts_of(
        "Net charge-offs were $22 million.",
        "Nonperforming loans were $694 million or 69 basis points of period-end loans, a decline of $34 million"
        " from the prior quarter.",
    )
    assert find(facts, value=22e6).metric == "net charge-offs"
    decline = find(facts, value=-34e6)
    assert (decline.metric, decline.subject) == ("non-performing loans", "NovaSky")


def test_a_sentence_stating_both_comparisons_carries_neither() -> None:
    facts = facts_of(
        "Revenue rose 5% year on year. Cloud revenue rose 9% year on year. Capital expenditure reached $5 billion, a"
        " year-on-year increase of 220% and a quarter-on-quarter increase of 57.1%. Cloud revenue growth accelerated"
        " from 18% in the previous quarter to 26%."
    )
    assert find(facts, value=26).change != "qoq"


def test_surpassing_expectations_is_no_forecast() -> None:
    facts = facts_of(
        "Cloud revenue growth accelerated to 26%, surpassing market expectations and achieving the highest growth"
        " in 14 quarters. - AI revenue has seen triple-digit growth for eight consecutive quarters, and AI revenue"
        " accounts for over 20% of external revenue."
    )
    assert not [f for f in facts if f.metric.endswith("guidance")]


# --- units in focus, rules of thumb, spans and cost ratios (issue 9, dev_en3) -----------------


def test_a_unit_a_sentence_opens_with_is_the_topic_until_the_call_moves_on() -> None:
    facts = facts_of(
        "First, the Precision Optics Group.",
        "Sales were a record $812 million, up 14% over last year's third quarter.",
        "The Motion Systems Group also delivered outstanding sales growth.",
        "Third-quarter sales increased 9% versus the prior year to $377 million.",
        "Now, switching to our acquisition strategy.",
        "In the third quarter, we invested over $61 million in research.",
    )
    assert find(facts, value=812e6).subject == "Precision Optics group"
    assert find(facts, value=377e6).subject == "Motion Systems group"
    assert find(facts, value=61e6).subject == "NovaSky"


def test_a_line_a_sentence_leads_with_stays_in_focus_until_another_line_leads() -> None:
    facts = facts_of(
        "In Specialty Lines, the combined ratio of 91.5 improved 2.1 points.",
        "The expense ratio in the quarter improved to 29%.",
        "Marine Cargo earnings were $149 million, up 46% over prior year.",
        "Net investment income was $581 million for the quarter.",
    )
    assert find(facts, value=29).subject == "Specialty Lines"
    assert find(facts, value=581e6).subject == "NovaSky"


def test_a_rule_of_thumb_and_a_hypothetical_sale_are_no_facts() -> None:
    facts = facts_of(
        "At our size, roughly every $100 million of new investments adds about 1% to our earnings.",
        "Each 1% increase in collections equates to increased earnings of approximately $500,000 per quarter.",
        "A sale of our position would result in a gain in excess of $30 million.",
        "Same-store NOI came in at approximately 7%.",
    )
    assert {f.value for f in facts} == {7}


def test_the_first_quarters_and_half_of_the_year_are_spans() -> None:
    facts = facts_of(
        "In the first three quarters of the year, we earned adjusted earnings per share of $1.07.",
        "Our free cash flow for the first half of the year was $646.6 million.",
    )
    assert find(facts, value=1.07).period == "2021Q1-2021Q3"
    assert find(facts, value=646.6e6).period == "2021Q1-2021Q2"


def test_a_cost_as_a_share_of_sales_is_that_costs_ratio_not_a_share_of_revenue() -> None:
    facts = facts_of(
        "As a percentage of total sales, G&A was 1.5% for the quarter.",
        "For 2021, we now expect to invest approximately $300 million or approximately 5.5% of sales.",
    )
    assert find(facts, value=1.5).metric == "G&A expense ratio"
    assert not [f for f in facts if f.metric.startswith("share of revenue")]


def test_a_change_since_the_start_of_the_year_is_no_yoy_change() -> None:
    facts = facts_of(
        "We ended the quarter with a record backlog of $2.62 billion, which is up over $800 million from the start"
        " of the year."
    )
    assert find(facts, value=2.62e9).metric == "backlog"
    assert not [f for f in facts if f.value == 8e8]


def test_an_amount_or_its_share_of_sales_does_not_measure_sales() -> None:
    facts = facts_of("For 2021, we now expect to invest approximately $300 million or approximately 5.5% of sales.")
    assert find(facts, value=3e8).metric != "revenue guidance"


def test_a_line_opening_a_sentence_with_an_adverb_names_its_figures() -> None:
    facts = facts_of("Industrial Controls notably turned positive this quarter, up 9% in sales.")
    assert find(facts, value=9).subject == "Industrial Controls"


def test_thresholds_and_margins_over_a_record_are_no_facts() -> None:
    facts = facts_of(
        "We had record bookings of $16.8 billion with 20 clients with bookings over $100 million.",
        "Consulting bookings exceeded the previous record by more than $1 billion.",
        "New bookings were $800 million higher than our previous record.",
    )
    assert {f.value for f in facts} == {16.8e9}


def test_a_cost_that_was_a_percentage_is_its_ratio_to_sales() -> None:
    facts = facts_of(
        "Sales and marketing expense for the quarter was 9.7%, compared with 10.4% for the first quarter last year.",
        "General and administrative expenses were 6.9%.",
    )
    assert find(facts, value=9.7).metric == "sales and marketing expense ratio"
    assert find(facts, value=6.9).metric == "G&A expense ratio"


def test_a_brands_marketing_is_no_sales_and_marketing_expense() -> None:
    facts = facts_of(
        "Marketing spend was up $4.1 million year-over-year as we invested behind our brands.",
        "Marketing expense as a percentage of net sales increased 40 basis points to 11%.",
        "Sales and marketing expense was $52 million.",
    )
    assert find(facts, value=4.1e6).metric == "marketing expense"
    assert find(facts, value=11).metric == "marketing expense ratio"
    assert find(facts, value=52e6).metric == "sales and marketing expense"


def test_a_service_named_marketing_is_no_marketing_expense() -> None:
    facts = facts_of("Precision marketing grew over 10% in the quarter.")
    assert all(f.metric != "marketing expense" for f in facts)


def test_buyback_prices_counts_and_remaining_authority() -> None:
    facts = facts_of(
        "In the first quarter, we repurchased 2.4 million shares for $845 million at an average price of $346.19 per"
        " share.",
        "At November 30th, we had approximately $5.6 billion of share repurchase authority remaining.",
        "We invested $215 million in learning with 8.6 million training hours.",
    )
    assert find(facts, value=346.19).metric == "average repurchase price"
    assert find(facts, value=5.6e9).metric == "remaining buyback authorization"
    assert not [f for f in facts if f.value == 8.6e6]


def test_a_capitalised_name_may_hold_words_that_look_like_verbs() -> None:
    facts = facts_of("Connected Living earnings decreased by $9 million compared to a strong prior-year period.")
    assert find(facts, value=-9e6).subject == "Connected Living"


def test_an_excluded_item_is_not_the_metric_of_the_figure() -> None:
    facts = facts_of(
        "Excluding cats, net operating income for the quarter totaled $184 million.",
        "Net operating income excluding reportable catastrophes was up 12% from the prior year period.",
    )
    assert not [f for f in facts if f.metric.startswith("catastrophe")]


def test_a_sentence_ending_on_a_name_the_talk_moves_to_opens_its_topic() -> None:
    facts = facts_of(
        "Now let's move to segment results, starting the Home Protection.",
        "The segment reported net operating income of $124 million in the second quarter.",
    )
    assert find(facts, value=124e6).subject == "Home Protection"


def test_a_possessive_naming_a_unit_the_call_went_through_is_that_units() -> None:
    facts = facts_of(
        "Now let's move to segment results, starting the Global Homecare.",
        "The segment reported net operating income of $124 million in the second quarter.",
        "Connected Devices earnings decreased by $9 million compared to a strong prior-year period.",
        "For the quarter, Homecare's adjusted EBITDA increased 6% to $186 million.",
    )
    assert find(facts, value=186e6).subject == "Global Homecare"


def test_a_change_over_two_years_and_a_one_word_subject_of_a_weak_verb() -> None:
    facts = facts_of(
        "Q3 adjusted earnings per share of $0.41 grew 10.5% versus 2020 and 4% versus 2019.",
        "Demand continues to strengthen with sales up 15%.",
    )
    assert find(facts, value=10.5).change == "yoy"
    assert not [f for f in facts if f.value == 4]
    assert find(facts, value=15).subject == "NovaSky"


def test_changes_over_two_years_are_no_facts_and_a_one_year_basis_is_yoy() -> None:
    facts = facts_of(
        "Store sales rose 55% on a one-year basis and were down 20% on a two-year basis.",
        "Gross margin increased 450 basis points on a one-year and 590 basis points on a two-year basis.",
        "Online sales grew 52% to Q2 2019.",
        "The combined ratio improved by 990 basis points from the second-quarter 2018.",
    )
    assert find(facts, value=55).change == "yoy"
    assert find(facts, value=450).change == "yoy"
    assert not [f for f in facts if f.value in (-20, 20, 590, 52, 990, -990)]


def test_growth_excluding_foreign_exchange_is_at_constant_currency() -> None:
    facts = facts_of(
        "Net premiums written increased 13%, excluding foreign exchange, led by new business.",
        "Adjusted EBITDA grew 9% or 8% on an FX-neutral basis.",
    )
    assert find(facts, value=13).metric == "written premium (constant currency)"
    assert find(facts, value=8).metric == "adjusted EBITDA (constant currency)"
    assert find(facts, value=9).metric == "adjusted EBITDA"


# --- whose figure --------------------------------------------------------------------------------


def test_a_unit_named_as_a_cause_does_not_stay_in_focus() -> None:
    facts = facts_of(
        "Quarterly sales of $769 million increased 21%, largely due to our cloud business.",
        "Net earnings increased 89% to $98 million.",
    )
    assert find(facts, value=89).subject == "NovaSky"


def test_total_before_the_metric_names_the_whole_company() -> None:
    facts = facts_of(
        "At Zephyr Labs, sales rose 30%.",
        "Turning to our results, in the quarter we delivered total net sales of $865 million, up 24% to last year.",
    )
    assert find(facts, value=865e6).subject == "NovaSky"
    assert find(facts, value=24).subject == "NovaSky"


def test_a_country_lead_names_its_own_sentence_only() -> None:
    facts = facts_of(
        "In China, sales increased 40% in local currency.",
        "Quarterly sales of $769 million increased 21%.",
    )
    assert find(facts, value=40).subject == "China"
    assert find(facts, value=21).subject == "NovaSky"


def test_the_parts_a_unit_includes_are_not_its_subject() -> None:
    facts = facts_of(
        "In Europe, which includes the cloud business, sales rose 20% in the quarter.",
    )
    assert find(facts, value=20).subject == "Europe"


def test_organic_tenant_billings_is_its_own_metric() -> None:
    facts = facts_of("In Latin America, organic tenant billings growth was right around 7%.")
    assert (find(facts, value=7).subject, find(facts, value=7).metric) == ("Latin America", "organic tenant billings")


# --- what a figure measures ----------------------------------------------------------------------


def test_rest_of_the_world_is_one_segment_and_the_tax_rate_is_the_company_s() -> None:
    facts = facts_of(
        "Rest of the World segment earnings of $12 million increased significantly.",
        "As a result, segment operating margin of 5.3% improved significantly.",
        "Our effective tax rate of 22.5% was 110 basis points lower than the prior year.",
    )
    assert find(facts, value=12e6).subject == "Rest of World"
    assert find(facts, value=5.3).subject == "Rest of World"
    assert find(facts, value=22.5).subject == "NovaSky"


def test_an_assumed_rate_is_guidance_and_d_and_a_is_its_own_metric() -> None:
    facts = facts_of(
        "Our 2022 depreciation and amortization expense is expected to be approximately $80 million.",
        "Our effective tax rate is assumed to be approximately 23% in 2022.",
    )
    assert find(facts, value=80e6).metric == "depreciation and amortization guidance"
    assert find(facts, value=23).metric == "tax rate guidance"


def test_cost_of_debt_new_business_and_return_on_segment_equity() -> None:
    facts = facts_of(
        "We now have a weighted average cost of debt of around 2.4%.",
        "New business increased 25% from the prior year quarter, led by financial lines.",
        "The retirement business delivered a return on adjusted segment common equity of 16.4%.",
    )
    assert find(facts, value=2.4).metric == "cost of debt"
    assert find(facts, value=25).metric == "new business"
    assert find(facts, value=16.4).metric == "return on equity"


def test_sga_as_a_percentage_of_gross_profit_is_the_sga_ratio() -> None:
    facts = facts_of("Third quarter SG&A as a percentage of gross profit was 56.9%.")
    assert find(facts, value=56.9).metric == "SG&A expense ratio"


def test_the_base_of_a_forecast_is_last_year_s_result() -> None:
    facts = facts_of(
        "We expect cash flow from operations in 2021 to be between $475 million and $500 million compared with "
        "$560 million in 2020."
    )
    assert find(facts, value=475e6).metric == "operating cash flow guidance"
    base = find(facts, value=560e6)
    assert (base.metric, base.period, base.basis) == ("operating cash flow", "2020", "prior")


def test_a_change_in_points_of_an_amount_metric_is_its_margin() -> None:
    facts = facts_of(
        "Gross profit increased 90 basis points to 42.4%, driven by cost actions.",
        "SG&A as a percentage of sales was 22.2%, an increase of 48 basis points.",
    )
    assert find(facts, value=90).metric == "gross margin"
    assert find(facts, value=42.4).metric == "gross margin"
    assert find(facts, value=48).metric == "SG&A expense ratio"


def test_ebit_margin_and_organic_growth_in_other_words() -> None:
    facts = facts_of(
        "Adjusted EBIT margin was 18.4%, up 310 basis points.",
        "So as I mentioned, underlying sales is up 15%.",
        "In Endoscopy, sales grew 11% organically versus 2020.",
    )
    assert find(facts, value=18.4).metric == "adjusted EBIT margin"
    assert find(facts, value=15).metric == "organic revenue"
    assert find(facts, value=11).metric == "organic revenue"


def test_a_growth_rate_restated_without_currency_effects_keeps_its_comparison() -> None:
    facts = facts_of(
        "Revenue of $1.29 billion grew 14% year-on-year or 18% excluding the effects of the stronger U.S. dollar."
    )
    second = find(facts, value=18)
    assert (second.metric, second.change) == ("revenue (constant currency)", "yoy")


def test_an_amount_on_a_per_share_basis_is_per_share() -> None:
    facts = facts_of("AFFO was $288 million or $0.98 on a per share basis.")
    assert find(facts, value=0.98).metric == "AFFO per share"


def test_operating_income_margin_is_the_operating_margin() -> None:
    facts = facts_of("Operating income margin was 12.5%, up 40 basis points.")
    assert find(facts, value=12.5).metric == "operating margin"


def test_a_unit_named_by_the_company_s_name_and_a_word_is_a_segment() -> None:
    facts = facts_of(
        "NovaSky Japan's pretax margin was 21.5%.",
        "Now let me turn to NovaSky Re, which oversees our reinsurance business.",
        "Net premiums written across all lines increased more than 30% in the quarter.",
        "NovaSky's revenue grew 5%.",
    )
    assert find(facts, value=21.5).subject == "NovaSky Japan"
    assert find(facts, value=30).subject == "NovaSky Re"
    assert find(facts, value=5).subject == "NovaSky"


def test_a_unit_the_talk_starts_with_may_open_with_a_common_word() -> None:
    facts = facts_of(
        "And turning to our financial results, I'll start with General Insurance.",
        "Net premiums written increased 24% year over year to $6.9 billion.",
    )
    assert find(facts, value=24).subject == "General Insurance"


# --- periods ---------------------------------------------------------------------------------------


def test_a_result_for_the_year_before_the_fourth_quarter_is_the_year_to_date() -> None:
    facts = facts_of(
        "Comps were 4.5% for the year.",
        "For the year, we expect adjusted EPS of $5.10.",
    )
    assert find(facts, value=4.5).period == "2021Q1-2021Q3"
    assert find(facts, value=5.1).period == "2021"


def test_reit_health_and_parcel_measures() -> None:
    facts = facts_of(
        "Adjusted FFO was $0.77 per share for the quarter.",
        "FAD was $0.70 per share.",
        "The medical care ratio was 82.5%.",
        "Revenue per piece increased 11.2%.",
        "Average daily volume decreased 4.1% year over year.",
    )
    assert find(facts, value=0.77).metric == "AFFO per share"
    assert find(facts, value=0.7).metric == "FAD per share"
    assert find(facts, value=82.5).metric == "medical care ratio"
    assert find(facts, value=11.2).metric == "revenue per piece"
    assert find(facts, value=-4.1).metric == "average daily volume"


# --- bases, shares of the whole and amounts earned on ------------------------------------------


def test_last_year_s_figure_on_top_of_this_quarter_s_is_a_year_earlier() -> None:
    facts = facts_of("Our domestic same-store sales were 11.2% this quarter on top of last year's very strong 9.4%.")
    base = find(facts, value=9.4)
    assert (base.basis, base.period) == ("prior", "2020Q3")
    assert find(facts, value=11.2).period == "2021Q3"


def test_a_share_of_the_company_s_net_income_is_a_share_not_a_margin() -> None:
    facts = facts_of(
        "Consumer Lending net income was $2.4 billion, or 36% of the company's overall net income.",
        "Net income for the full year was a record $5.2 billion or 28% of the company's overall net income.",
    )
    share = find(facts, value=36)
    assert (share.subject, share.metric) == ("Consumer Lending", "share")
    assert not [f for f in facts if f.value == 28]  # whose share it is the sentence does not say


def test_an_amount_off_which_earnings_were_made_is_revenue_not_a_decline() -> None:
    facts = facts_of("In the quarter, Consumer Lending produced $1.3 billion of earnings off $4.7 billion of revenue.")
    revenue = find(facts, value=4_700_000_000)
    assert (revenue.metric, revenue.change) == ("revenue", None)
    assert find(facts, value=1_300_000_000).metric == "earnings"


def test_net_debt_is_not_total_debt() -> None:
    facts = facts_of("Net debt was $1.4 billion at quarter end, and total debt was $2.3 billion.")
    assert find(facts, value=1_400_000_000).metric == "net debt"
    assert find(facts, value=2_300_000_000).metric == "debt"


def test_an_expense_ratio_that_improved_went_down() -> None:
    facts = facts_of("SG&A as a percent of sales improved 90 basis points to 20.4%.")
    assert find(facts, unit="bps").value == -90


def test_a_brand_named_in_apposition_is_the_subject() -> None:
    facts = facts_of("Our largest brand, Skyline Kids, grew sales 18% in the quarter.")
    assert find(facts, value=18).subject == "Skyline Kids"


def test_a_region_s_name_before_a_unit_word_names_the_unit() -> None:
    facts = facts_of(
        "North America Commercial net premiums written grew 15%.",
        "In North America, revenue grew 8%.",
    )
    assert find(facts, value=15).subject == "North America Commercial"
    assert find(facts, value=8).subject == "North America"


# --- the unit the talk is on ------------------------------------------------------------------


def test_overall_returns_the_talk_to_the_whole_company() -> None:
    facts = facts_of(
        "Turning to our Marine segment, sales rose 31% from the prior year.",
        "Overall, sales were $1.8 billion.",
    )
    assert find(facts, value=31).subject == "Marine"
    assert find(facts, value=1_800_000_000).subject == "NovaSky"


def test_a_company_wide_metric_of_a_unit_named_as_a_business_is_the_unit_s() -> None:
    facts = facts_of("Results for the contract services business were $0.14 per share.")
    assert find(facts, value=0.14).subject == "contract services"


def test_a_quarter_s_growth_without_a_marker_is_year_over_year() -> None:
    facts = facts_of("In the quarter, orders increased 18% and gross profit rose 9%.")
    assert find(facts, value=18).change == "yoy"
    assert find(facts, value=9).change == "yoy"


def test_a_comparison_stated_without_a_figure_holds_for_the_next_figures() -> None:
    facts = facts_of(
        "Card revenue declined slightly on a linked quarter basis.",
        "However, merchant revenue increased by 6%.",
    )
    assert find(facts, value=6).change == "qoq"


# --- guidance -----------------------------------------------------------------------------------


def test_the_growth_a_guided_range_would_represent_is_that_guidance() -> None:
    facts = facts_of(
        "For 2022, we now expect revenue of $3.3 billion to $3.4 billion. This would represent growth of 9% to 12%.",
        "We are raising our full-year sales projection to a range of $5.1 billion to $5.2 billion, representing"
        " growth of 6% to 8%.",
    )
    growth = find(facts, value=9)
    assert (growth.metric, growth.period, growth.change, growth.value_high) == ("revenue guidance", "2022", "yoy", 12)
    assert find(facts, value=5_100_000_000).metric == "revenue guidance"
    assert find(facts, value=6).metric == "revenue guidance"


def test_the_growth_a_range_would_represent_is_the_guidance_of_the_metric_it_names() -> None:
    facts = facts_of(
        "For the fourth quarter, we expect sales in the range of $1.20 billion to $1.26 billion, and adjusted"
        " diluted earnings per share in the range of $0.50 to $0.52.",
        "This would represent sales growth of 10% to 15% and adjusted diluted earnings per share growth of 8% to"
        " 12% compared to the fourth quarter of last year.",
    )
    sales = find(facts, value=10)
    assert (sales.metric, sales.period, sales.value_high) == ("revenue guidance", "2021Q4", 15)
    eps = find(facts, value=8)
    assert (eps.metric, eps.period, eps.value_high) == ("adjusted EPS guidance", "2021Q4", 12)


def test_an_unnamed_growth_after_two_guided_ranges_is_no_one_s() -> None:
    facts = facts_of(
        "For the fourth quarter, we expect sales in the range of $1.20 billion to $1.26 billion, and adjusted"
        " diluted earnings per share in the range of $0.50 to $0.52.",
        "This would represent growth of 10% to 15% compared to the fourth quarter of last year.",
    )
    assert not [f for f in facts if f.value == 10]


def test_last_year_s_result_a_guided_range_is_compared_with_is_a_result() -> None:
    facts = facts_of(
        "We now project cash flow from operations of $410 million to $440 million in 2021, compared with"
        " $390 million in 2020."
    )
    base = find(facts, value=390_000_000)
    assert (base.metric, base.period, base.basis) == ("operating cash flow", "2020", "prior")


def test_bank_lines_of_revenue_are_their_own_metrics() -> None:
    facts = facts_of(
        "We posted investment banking over $1.5 billion each quarter and sales and trading near $2 billion.",
        "Sales and trading revenue of $1.9 billion declined 6% year over year.",
    )
    assert find(facts, value=1_500_000_000).metric == "investment banking fees"
    assert find(facts, value=2_000_000_000).metric == "sales and trading revenue"
    assert find(facts, value=-6).metric == "sales and trading revenue"


# --- left out: evidence too weak to bind ---------------------------------------------------------


def test_an_item_within_earnings_per_share_is_no_earnings_per_share() -> None:
    facts = facts_of("Included in earnings is an estimated $0.04 per share favorable impact from weather.")
    assert not [f for f in facts if f.value == 0.04]


def test_a_figure_of_a_unit_the_text_does_not_name_is_left_out() -> None:
    facts = facts_of(
        "And in the quarter, the business produced $1.3 billion of earnings on $4.7 billion of revenue.",
        "Now turning to our Global Markets segment.",
        "The business produced $0.6 billion of earnings in the quarter.",
    )
    assert not [f for f in facts if f.value in (1_300_000_000, 4_700_000_000)]
    assert find(facts, value=600_000_000).subject == "Global Markets"


def test_a_multi_year_capital_plan_is_capex_over_those_years() -> None:
    facts = facts_of(
        "We completed a $900 million debt offering in support of our $8.2 billion five-year capital plan and"
        " to refinance approximately $210 million of high coupon debt."
    )
    plan = find(facts, value=8_200_000_000)
    assert (plan.metric, plan.period) == ("capex", "2021-2025")
    assert (find(facts, value=900_000_000).metric, find(facts, value=900_000_000).period) == ("debt", "2021Q3")
    assert find(facts, value=210_000_000).metric == "debt"


def test_a_list_of_what_a_total_includes_names_neither_its_metric_nor_its_subject() -> None:
    facts = facts_of(
        "For the quarter, total part sales, which includes our domestic, Canada and Chile stores, were $2.4 billion,"
        " up 11.5%."
    )
    total = find(facts, value=2_400_000_000)
    growth = find(facts, value=11.5)
    assert (total.metric, growth.metric) == ("revenue", "revenue")
    assert "Chile" not in growth.subject and "stores" not in growth.metric


def test_this_quarter_in_the_figure_s_clause_beats_a_quarter_named_earlier() -> None:
    facts = facts_of(
        "We saw green shoots of loan growth in the first quarter, and we saw that turn into growth as we moved"
        " through the quarters, culminating with $30 billion in record loan growth this quarter."
    )
    assert find(facts, value=30_000_000_000).period == "2021Q3"


def test_weekly_sales_per_store_is_a_retail_metric() -> None:
    facts = facts_of("Our weekly sales per program were $12,100, up 18%.")
    assert find(facts, value=12_100).metric == "sales per store"
    assert find(facts, value=18).metric == "sales per store"


def test_a_bare_metric_right_after_a_unit_s_share_of_sales_is_that_unit_s() -> None:
    facts = facts_of(
        "Marine represented 14% of our sales in the quarter. Sales increased 31% from prior year and 20% organically."
    )
    assert find(facts, value=14).subject == "Marine"
    assert find(facts, value=31).subject == "Marine"
    assert find(facts, value=20).subject == "Marine"


def test_a_unit_s_share_of_sales_written_as_a_market_carries_through_an_opening_clause() -> None:
    facts = facts_of(
        "The rail market represented 9% of our sales in the quarter. And as we had expected, sales grew by 6% "
        "from prior year."
    )
    assert find(facts, value=9).subject == "rail"
    assert find(facts, value=6).subject == "rail"


def test_a_whole_company_word_after_a_unit_s_share_of_sales_stays_the_company_s() -> None:
    facts = facts_of("Marine represented 14% of our sales in the quarter. Total company sales rose 5%.")
    assert find(facts, value=14).subject == "Marine"
    assert find(facts, value=5).subject == "NovaSky"


def test_a_unit_s_share_of_sales_does_not_carry_into_the_next_paragraph() -> None:
    facts = facts_of("Marine represented 14% of our sales in the quarter.", "Sales increased 31% from prior year.")
    assert find(facts, value=31).subject == "NovaSky"


def test_a_unit_s_share_of_sales_carries_until_the_next_unit_is_named() -> None:
    facts = facts_of(
        "Marine was 14% of sales. Sales rose 31%. Orders grew 12%. Industrial was 20% of sales. Sales fell 3%. "
        "We expect sales to grow 8% next year."
    )
    assert find(facts, value=12).subject == "Marine"
    assert find(facts, value=20).subject == "Industrial"
    assert find(facts, value=-3).subject == "Industrial"
    assert find(facts, value=8).subject == "NovaSky"


# --- what analysts expected, in news stories -------------------------------------------------


def test_what_analysts_expected_is_no_fact_of_the_company() -> None:
    facts = facts_of(
        "Revenue rose 9% to $23.1 billion. Analysts had expected revenue of $22.8 billion.",
        "Earnings per share were 48 cents, beating estimates of 45 cents.",
        "Net income was $5.2 billion, above the $4.9 billion analysts polled by the newswire had forecast.",
        "Adjusted EBITDA came in at $1.4 billion, compared with $1.3 billion, according to LSEG data.",
    )
    values = {f.value for f in facts}
    assert {9, 23_100_000_000, 0.48, 5_200_000_000, 1_400_000_000} <= values
    assert not values & {22_800_000_000, 0.45, 4_900_000_000, 1_300_000_000}, values


def test_a_forecast_revised_in_one_sentence_keeps_both_figures() -> None:
    facts = facts_of("We had expected revenue of $2.0 billion for 2022, but now expect $2.1 billion.")
    before, now = find(facts, value=2_000_000_000), find(facts, value=2_100_000_000)
    assert before.metric == now.metric == "revenue guidance"
    assert before.basis == "prior" and now.basis is None
    assert now.period == "2022"


def test_the_figure_the_company_had_expected_is_its_earlier_guidance() -> None:
    facts = facts_of("Free cash flow came in below the $500 million we had expected for the year.")
    expected = find(facts, value=500_000_000)
    assert expected.metric == "free cash flow guidance" and expected.basis == "prior"


def test_the_expectation_a_result_is_measured_against_is_kept_as_earlier_guidance() -> None:
    facts = facts_of("Free cash flow came in at $470 million, below the $500 million we had expected.")
    actual, expected = find(facts, value=470_000_000), find(facts, value=500_000_000)
    assert actual.metric == "free cash flow" and actual.basis is None
    assert expected.metric == "free cash flow guidance" and expected.basis == "prior"
    assert expected.period == actual.period


def test_a_result_after_what_analysts_expected_stays_a_fact() -> None:
    facts = facts_of("As analysts expected, revenue grew 5% in the quarter.")
    assert find(facts, value=5).metric == "revenue"


def test_a_wire_base_after_its_per_share_aside_is_a_year_earlier() -> None:
    facts = facts_of(
        "Net income rose to $5.2 billion, or 48 cents per share, in the third quarter, "
        "from $4.6 billion, or 41 cents per share, a year earlier."
    )
    current, base = find(facts, value=5_200_000_000), find(facts, value=4_600_000_000)
    assert base.basis == "prior" and current.period is not None
    assert base.period is not None and int(base.period[:4]) == int(current.period[:4]) - 1
    assert base.period[4:] == current.period[4:]


def test_a_basis_said_after_a_figure_is_that_figure_s_not_the_next_one_s() -> None:
    facts = facts_of(
        "We delivered GAAP earnings per share of $1.12, $1.04 on an adjusted basis on $415 million in revenue,"
        " an increase of 8%.",
        "On an adjusted basis, operating income was $61 million.",
    )
    assert find(facts, value=1.04).metric == "adjusted EPS"
    assert find(facts, value=415e6).metric == "revenue"
    assert find(facts, value=61e6).metric == "adjusted operating income"


def test_adjusted_naming_the_next_item_of_a_list_is_not_the_figure_s_basis() -> None:
    facts = facts_of(
        "For 2022, NovaSky is targeting sales in the range of $2.6 billion to $2.9 billion, adjusted EBITDA of"
        " approximately $400 million to $450 million."
    )
    assert find(facts, value=2.6e9).metric == "revenue guidance"
    assert find(facts, value=400e6).metric == "adjusted EBITDA guidance"


def test_a_sentence_that_sums_up_gives_the_company_s_figure() -> None:
    facts = facts_of(
        "Putting it all together, we delivered earnings per share of $1.10, up 41% versus last year.",
        "Taken together, these units generated revenue of $500 million.",
    )
    assert find(facts, value=1.10).metric == "EPS"
    assert not [f for f in facts if f.value == 500e6]  # a group of lines, named together


def test_a_measure_basis_before_a_metric_is_no_business_line() -> None:
    facts = facts_of(
        "Cash same-store NOI increased 4.8% in the quarter.",
        "We expect pro rata same-store NOI growth of 3% to 4% this year.",
    )
    assert find(facts, value=4.8).subject == "NovaSky"
    assert find(facts, value=3).subject == "NovaSky"


def test_a_compound_rate_since_a_past_year_is_no_figure_of_the_quarter() -> None:
    facts = facts_of("We have grown dividends per share at a compound annual growth rate of 7% since 2015.")
    assert not [f for f in facts if f.value == 7], facts


def test_a_step_from_earlier_guidance_is_no_growth() -> None:
    facts = facts_of("We are raising our FFO guidance to $1.75 per share, a 2.4% increase from our previously updated guidance.")
    assert find(facts, value=1.75).metric == "FFO per share guidance"
    assert not [f for f in facts if f.value == 2.4], facts


def test_a_change_against_the_comparable_quarter_of_an_earlier_year_is_not_year_on_year() -> None:
    facts = facts_of("Hotel EBITDA of $31.2 million for the quarter was an increase of 17.5% versus the comparable quarter in 2019.")
    assert not [f for f in facts if f.value == 17.5 and f.change == "yoy"], facts


def test_a_metric_per_key_or_square_foot_is_not_the_metric() -> None:
    facts = facts_of(
        "The Harbor Point resort is expected to deliver RevPAR of $655, TRevPAR of $1,210 and EBITDA per key of $145,000 "
        "in 2023."
    )
    assert find(facts, value=1210).metric.startswith("TRevPAR")
    assert not [f for f in facts if f.value == 145000 or f.metric.startswith("EBITDA")], facts


def test_the_size_of_a_law_is_no_figure_of_the_company() -> None:
    facts = facts_of(
        "There are risks in the form of work anticipated to build new plants and the $1.5 trillion Clean Harbors "
        "Investment and Jobs Act signed into law last year."
    )
    assert not [f for f in facts if f.value == 1.5e12], facts


def test_an_amount_of_growth_is_no_level_but_growth_capex_is_spending() -> None:
    facts = facts_of(
        "The $185 million of organic growth consists of 4% growth in towers and 9% growth in fiber.",
        "We deployed $210 million of growth capex in the quarter.",
    )
    assert not [f for f in facts if f.value == 185e6], facts
    assert [f for f in facts if f.value == 210e6], facts


def test_growth_in_a_line_no_metric_names_is_not_the_company_metric() -> None:
    facts = facts_of(
        "Revenue grew 6%, with 9% growth in towers and 4% growth in Latin America.",
        "We also saw a 21% increase in mortgage revenue.",
    )
    assert find(facts, value=6).metric == "revenue"
    assert not [f for f in facts if f.value in (9, 4)], facts
    assert find(facts, value=21).subject == "mortgage"


def test_guidance_given_today_keeps_the_year_it_names() -> None:
    facts = facts_of("The Company initiated 2027 earnings guidance today in the range of $3.10 to $3.30 per share.")
    assert find(facts, value=3.1).period == "2027"


def test_an_outlook_for_a_passed_quarter_without_year_carries_to_the_next_sentence_as_next_years() -> None:
    facts = facts_of(
        "For the first quarter, we anticipate revenue in the range of $410 million to $430 million.",
        "From a profitability perspective, we anticipate non-GAAP net income to be in the range of $1.09 to $1.16 per "
        "diluted share.",
    )
    assert find(facts, value=410e6).period == "2022Q1"
    assert find(facts, value=1.09).period == "2022Q1"


def test_a_pro_forma_figure_is_the_adjusted_variant_beside_the_gaap_one() -> None:
    facts = facts_of(
        "Pro forma net income was $45 million, and GAAP net income was $40 million.",
        "Revenue grew 6% on a pro forma basis.",
    )
    assert find(facts, value=45_000_000).metric == "non-GAAP net income"
    assert find(facts, value=40_000_000).metric == "net income"
    assert find(facts, value=6).metric == "adjusted revenue"


def test_the_forecast_a_figure_belongs_to_names_no_business_line() -> None:
    facts = facts_of(
        "Our outlook assumes revenue of $2.1 billion for the year.",
        "The guidance contemplates adjusted EBITDA of $300 million.",
    )
    assert find(facts, value=2.1e9).subject == "NovaSky"  # the company's own forecast
    assert find(facts, value=300e6).subject == "NovaSky"


def test_the_reported_quarter_said_with_a_year_ago_is_last_years_quarter() -> None:
    facts = facts_of(
        "Third quarter revenue last year was $495 million.",
        "A year ago, third quarter adjusted EPS was $0.70.",
        "Third quarter revenue was $512 million, up 6% from last year.",
        "Operating margin was 150 basis points above last year, and diluted earnings per share was $2.71.",
    )
    for value in (495e6, 0.7):
        then = find(facts, value=value)
        assert (then.period, then.basis) == ("2020Q3", "prior"), then
    for value in (512e6, 2.71):
        assert (find(facts, value=value).period, find(facts, value=value).basis) == ("2021Q3", None)
