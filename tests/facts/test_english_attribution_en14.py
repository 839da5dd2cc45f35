"""English calls held to the thing a figure names: each metric of a list its own figure, a trust's adjusted FFO per
share, a realized commodity price, a change that is no level, the margin of the profit just given, the coupon of
notes, and the sign of a provision benefit.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_metric_list_without_respectively_gives_each_figure_its_own_metric() -> None:
    facts = facts_of("Same-store revenue and NOI growth of 12.7% and 15.5% led the quarter.")
    assert find(facts, raw="12.7%").metric == "same-store revenue"
    assert find(facts, raw="15.5%").metric == "same-store NOI"


def test_three_metrics_listed_before_three_figures_map_in_order() -> None:
    facts = facts_of("Revenue, gross profit and operating income grew 12%, 9% and 4%.")
    assert [find(facts, raw=r).metric for r in ("12%", "9%", "4%")] == ["revenue", "gross profit", "operating income"]


def test_ffo_as_adjusted_guidance_is_ffo_per_share_not_eps() -> None:
    facts = facts_of("Our fourth quarter FFOA per share guidance range is $0.60 to $0.62.")
    f = find(facts, raw="$0.60 to $0.62")
    assert (f.metric, f.period) == ("core FFO per share guidance", "2021Q4")


def test_ffo_as_adjusted_per_share_is_a_result() -> None:
    facts = facts_of("FFO as adjusted was $1.02 per share for the quarter.")
    assert find(facts, raw="$1.02").metric == "core FFO per share"


def test_the_company_s_realized_oil_price_per_barrel_is_a_fact() -> None:
    facts = facts_of("Our realized oil price was $88.50 per barrel in the quarter.")
    assert find(facts, raw="$88.50").metric == "realized price"


def test_a_budget_at_a_commodity_price_is_still_no_fact() -> None:
    assert not facts_of("The budget is funded at $44 oil.")


def test_an_amount_an_expense_increased_by_is_a_change_not_its_level() -> None:
    facts = facts_of("Interest expense increased $80.7 million over the prior year quarter to $95 million.")
    change = find(facts, raw="$80.7 million")
    assert (change.metric, change.change) == ("interest expense", "yoy")
    assert find(facts, raw="$95 million").change is None


def test_an_increase_with_no_base_is_not_reported_as_the_level() -> None:
    assert not facts_of("Interest expense increased $80.7 million due to higher rates.")


def test_a_bare_margin_after_a_profit_figure_is_that_profit_s_margin() -> None:
    facts = facts_of("Adjusted EBITDA for Q3 was $145 million, up 17%, with margins at 13.1%.")
    assert find(facts, raw="13.1%").metric == "adjusted EBITDA margin"
    assert find(facts, raw="$145 million").metric == "adjusted EBITDA"


def test_a_named_margin_keeps_its_own_name() -> None:
    facts = facts_of("Operating income was $50 million; segment margin was 12%.")
    assert find(facts, raw="12%").metric == "margin"


def test_money_available_to_fund_investment_is_no_investment() -> None:
    facts = facts_of(
        "We issued $125 million of 3.65% unsecured notes due 2031, of which $50 million is available to fund "
        "investment activity after refinancing our 5.35% notes."
    )
    assert not [f for f in facts if f.metric in ("investment", "investment guidance")]
    assert not [f for f in facts if f.raw == "$50 million"]


def test_a_coupon_before_notes_is_their_rate() -> None:
    facts = facts_of("We used the proceeds to redeem our 5.35% senior notes.")
    assert find(facts, raw="5.35%").metric == "cost of debt"


def test_a_provision_benefit_is_a_negative_provision() -> None:
    facts = facts_of("The provision for credit losses was a benefit of $10 million.")
    f = find(facts, raw="$10 million")
    assert (f.metric, f.value) == ("provision for credit losses", -10_000_000)


def test_a_charge_off_share_of_average_loans_is_the_charge_off_rate() -> None:
    facts = facts_of("Net charge-offs were $12 million, or 0.45% of average loans annualized.")
    assert find(facts, raw="$12 million").metric == "net charge-offs"
    assert find(facts, raw="0.45%").metric == "net charge-off rate"


def test_figures_after_a_party_reports_to_us_are_the_party_s() -> None:
    facts = facts_of(
        "Let me outline the operating performance that Northgate is reporting to us. EBITDA for the second quarter "
        "was approximately $51 million."
    )
    assert find(facts, raw="$51 million").subject == "Northgate"


def test_the_company_speaking_again_ends_the_party_s_report() -> None:
    facts = facts_of(
        "Northgate is reporting strong volumes. We also grew revenue. EBITDA was $51 million in the quarter."
    )
    assert find(facts, raw="$51 million").subject == "NovaSky"


def test_a_rate_s_earlier_level_is_that_rate_past_the_borrowings_it_covers() -> None:
    facts = facts_of(
        "Our weighted average interest rate of approximately 4.38% across all of our borrowings was down from "
        "nearly 4.7% prior to the refinancing."
    )
    base = find(facts, raw="4.7%")
    assert (base.metric, base.basis) == ("cost of debt", "prior")
