"""English metrics of industries the other tests do not cover (railroads, animal health, food processing, clinics):
the industry's own measures, a metric word that is the subject of the figure's verb or that a change noun after the
figure is about, a per-unit denominator that is no metric, points of a growth bridge that are no growth, and a
forecast whose verb governs every item of its list.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_volume_word_that_is_the_subject_of_its_verb_is_the_metric() -> None:
    """"revenue rose 4% while volumes grew 2%": the 2% is volumes; "on a 4% volumes decline": the 4% too.

    (Singular "volume" stays out of the lexicon: read from another clause it pins growth and rates to volumes.)"""
    facts = facts_of(
        "Total revenue rose 4% to $812 million while volumes grew 2%.",
        "Paper revenue declined 5% on a 4% volumes decline.",
    )
    assert find(facts, raw="4%", paragraph=3).metric == "revenue"
    assert find(facts, raw="2%").metric == "volumes"
    assert find(facts, raw="5%").metric == "revenue"
    lower = find(facts, raw="4%", paragraph=4)
    assert (lower.metric, lower.value) == ("volumes", -4.0)


def test_a_smaller_workforce_is_headcount_and_a_per_employee_ratio_is_not() -> None:
    facts = facts_of(
        "Labor costs fell 3%, as our workforce was 8% smaller than a year ago.",
        "We made progress on workforce productivity with ton-miles per employee up 16% since 2019.",
    )
    staff = find(facts, raw="8%")
    assert (staff.metric, staff.value, staff.change) == ("headcount", -8.0, "yoy")
    assert find(facts, raw="3%").metric == "compensation expense"
    assert not [f for f in facts if f.raw == "16%"]


def test_property_additions_and_shareholder_returns_by_their_industry_names() -> None:
    facts = facts_of(
        "Free cash flow was $300 million after $120 million in property additions.",
        "We returned more than $200 million in dividends and share repurchases during the quarter.",
    )
    assert find(facts, raw="$300 million").metric == "free cash flow"
    assert find(facts, raw="$120 million").metric == "capex"
    returned = find(facts, raw="$200 million")
    assert (returned.metric, returned.qualifier) == ("capital returned", "over")


def test_revenue_per_visit_and_an_aoi_margin_are_their_own_measures() -> None:
    facts = facts_of(
        "At our clinics, revenue per visit increased 9% in the quarter.",
        "For the year, we expect our AOI margin to be between 6% and 8%.",
    )
    assert find(facts, raw="9%").metric == "revenue per visit"
    margin = find(facts, raw="6% and 8%")
    assert (margin.metric, margin.value, margin.value_high) == ("adjusted operating margin guidance", 6.0, 8.0)


def test_a_railroad_operating_ratio_is_a_ratio_level() -> None:
    facts = facts_of(
        "Carload growth and productivity drove the operating ratio down to a record low 58.2%.",
        "For the full year, we expect more than 200 basis points of operating ratio improvement.",
    )
    level = find(facts, raw="58.2%")
    assert (level.metric, level.value, level.change) == ("operating ratio", 58.2, None)
    assert find(facts, raw="200 basis points").metric == "operating ratio guidance"


def test_points_of_a_growth_bridge_are_no_growth_of_their_own() -> None:
    """"grew 8% with 3% from price and 5% from volume": only the 8% is a growth rate; a base after "from" is
    still a comparison."""
    facts = facts_of(
        "Organic sales rose 8% with 3% from price and 5% from volume.",
        "Volume growth consisted of 3% from new products and 1% from acquisitions.",
        "Pricing contributed 2% to full year organic sales growth.",
        "Sales grew 12% from the prior year.",
    )
    assert find(facts, raw="8%").metric == "organic revenue"
    assert [f.raw for f in facts if f.raw in ("3%", "5%", "1%", "2%")] == []
    assert (find(facts, raw="12%").metric, find(facts, raw="12%").change) == ("revenue", "yoy")


def test_a_forecast_verb_governs_each_item_of_its_list() -> None:
    """"we expect adjusted EPS to be ..., and reported diluted EPS to be ...": both are guidance ("reported"
    there names the basis); "we reported revenue of" is a result; margins that "fall between" two rates fell by
    neither."""
    facts = facts_of(
        "We expect adjusted diluted earnings per share to be in the range of $3.10 to $3.20, and reported diluted "
        "earnings per share to be in the range of $2.80 to $2.95.",
        "We expected revenue to grow, and we reported revenue of $500 million.",
        "We expect full-year margins that fall between 5% to 7%.",
    )
    assert find(facts, raw="$2.80 to $2.95").metric == "diluted EPS guidance"
    assert find(facts, raw="$3.10 to $3.20").metric == "adjusted EPS guidance"
    assert find(facts, raw="$500 million").metric == "revenue"
    band = find(facts, raw="5% to 7%")
    assert (band.value, band.value_high) == (5.0, 7.0)


def test_square_feet_a_volume_word_totals_are_no_volume() -> None:
    """"volumes reached 52 deals totaling 1,204,000 square feet": an area leased, no volume of goods."""
    facts = facts_of(
        "Leasing volumes reached 52 deals totaling 1,204,000 square feet.",
        "Total deal volume reached 40 deals totaling 950,000 square feet.",
    )
    assert not [f for f in facts if f.metric == "volumes"]


def test_a_rate_to_be_reached_by_a_coming_date_is_a_target() -> None:
    """"to achieve an operating margin of 5% to 7% by mid-fiscal 2022" in a 2021 call is a target, and executing
    "against our road map" compares it with nothing."""
    facts = facts_of(
        "We continue to execute against our road map to achieve an operating income margin of 5% to 7% on a "
        "run-rate basis by mid-fiscal 2022.",
        "Our operating margin reached 9% by the end of the third quarter.",
    )
    target = find(facts, raw="5% to 7%")
    assert (target.metric, target.period, target.basis) == ("operating margin guidance", "2022", None)
    assert find(facts, raw="9%").metric == "operating margin"


def test_a_sentence_turning_the_talk_to_a_business_makes_it_the_subject() -> None:
    """"Moving now to frozen foods." and "Moving into the poultry segment's results." name the business the next
    paragraph's figures are of; "Moving now to the balance sheet." names a part of the talk, no business."""
    facts = facts_of(
        "Moving now to frozen foods.",
        "Sales were $2.3 billion for the quarter, up 10% relative to the same period last year.",
        "Moving into the poultry segment's results.",
        "Sales were $3.9 billion for the quarter, up 37%.",
        "Moving now to the balance sheet.",
        "Cash was $300 million at quarter end.",
        "Moving now to profitability.",
        "EBITDA as defined of about $519 million for the quarter was down 23% versus the prior year.",
    )
    assert {f.subject for f in facts if f.raw in ("$2.3 billion", "10%")} == {"frozen foods"}
    assert {f.subject for f in facts if f.raw in ("$3.9 billion", "37%")} == {"poultry"}
    assert find(facts, raw="$300 million").subject == "NovaSky"
    assert {f.subject for f in facts if f.raw in ("$519 million", "23%")} == {"NovaSky"}


def test_a_growth_restated_on_another_basis_is_still_a_growth() -> None:
    """"grew 9% operationally and 7% on a reported basis": both are year-over-year growth rates, and a decline
    written so is a decline on both bases."""
    facts = facts_of(
        "Full year revenue grew 9% operationally and 7% on a reported basis.",
        "Net income fell 4% organically and 6% on a reported basis.",
    )
    reported = find(facts, raw="7%")
    assert (reported.metric, reported.value, reported.change) == ("revenue", 7.0, "yoy")
    lower = find(facts, raw="6%")
    assert (lower.value, lower.change) == (-6.0, "yoy")


def test_a_change_restated_sequentially_keeps_its_direction() -> None:
    """"fell 6% year-over-year and 2% sequentially": the 2% is a quarter-over-quarter decline; an operating ratio
    "improving ... 40 basis points sequentially" fell by 40 basis points."""
    facts = facts_of(
        "Net sales fell 6% year-over-year and 2% sequentially.",
        "Volume growth drove the operating ratio down to 60.1%, improving 150 basis points year-over-year and 40 "
        "basis points sequentially.",
    )
    q = find(facts, raw="2%")
    assert (q.value, q.change) == (-2.0, "qoq")
    seq = find(facts, raw="40 basis points")
    assert (seq.metric, seq.value, seq.change) == ("operating ratio", -40.0, "qoq")


def test_restaurant_insurer_railroad_hospital_and_airline_measures() -> None:
    facts = facts_of(
        "Same-restaurant sales increased 6.2% in the quarter.",
        "Net premiums written grew 8% to $1.2 billion.",
        "Carloads rose 3% while revenue ton-miles grew 5%.",
        "Adjusted admissions increased 2.1% on a same-facility basis.",
        "TRASM was up 4% on capacity of 12 billion available seat miles.",
        "We raised the dividend per share to $0.55.",
    )
    assert find(facts, raw="6.2%").metric == "same-store sales"
    assert {find(facts, raw=r).metric for r in ("8%", "$1.2 billion")} == {"written premium"}
    assert {find(facts, raw=r).metric for r in ("3%", "5%")} == {"volumes"}
    assert find(facts, raw="2.1%").metric == "admissions"
    assert find(facts, raw="4%").metric == "RASM"
    assert find(facts, raw="12 billion").metric == "available seat miles"
    assert find(facts, raw="$0.55").metric == "dividend"
