"""English facts of businesses the other tests do not cover (land developers, experiential and ground-lease
landlords, life-science offices): a previous guidance range written "from a range of", tenant EBITDARM and
management fees as metrics, a ratio to total capital, a multi-year average as a norm, the company naming itself
as the subject of a clause, a named venture's own cash, and "the property" standing for the site just named.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_previous_range_written_from_a_range_of_is_the_base_of_the_new_one() -> None:
    """"to a range of $4.50 to $4.68 from a range of $4.50 to $4.60": the second range is the previous guidance,
    for the same year as the new one; a plan's previous range too."""
    facts = facts_of(
        "We are revising our guidance for 2022 FFO per share to a range of $4.50 to $4.68 from a range of "
        "$4.50 to $4.60.",
        "We are reducing our guidance for investment spending in 2022 to a range of $375 million to $425 million "
        "from a range of $500 million to $700 million.",
    )
    new, old = find(facts, raw="$4.50 to $4.68"), find(facts, raw="$4.50 to $4.60")
    assert (new.metric, new.period, new.basis) == ("FFO per share guidance", "2022", None)
    assert (old.metric, old.period, old.basis) == ("FFO per share guidance", "2022", "prior")
    plan = find(facts, raw="$500 million to $700 million")
    assert (plan.metric, plan.period, plan.basis) == ("investment", "2022", "prior")
    assert find(facts, raw="$375 million to $425 million").basis is None


def test_tenant_ebitdarm_and_management_fees_are_metrics_of_their_own() -> None:
    """"revenue up 15% and EBITDARM up 9%": the 9% is EBITDARM, not revenue; management fee revenues and a
    venture's management fee expense are not SG&A; "cost of land sales" is a cost, not land sales revenue."""
    facts = facts_of(
        "Our Eat & Play assets delivered revenue up 15% and EBITDARM up 9% over the third quarter of 2020.",
        "NovaSky recognized $12 million in management fee revenues during the quarter.",
        "Offsetting these revenues were cost of land sales of $15.1 million, SG&A of $3.7 million and "
        "related party management fee expense of $35.3 million.",
    )
    assert find(facts, raw="9%").metric == "EBITDARM"
    assert find(facts, raw="$12 million").metric == "management fee revenue"
    assert find(facts, raw="$15.1 million").metric == "cost of revenue"
    fee = find(facts, raw="$35.3 million")
    assert fee.metric == "management fee expense"
    assert fee.subject != "party"


def test_a_debt_to_total_capital_ratio_is_no_capital_adequacy_ratio() -> None:
    """"a 25.3% debt-to-total capital ratio" is a leverage measure of a borrower, not a bank's capital ratio."""
    facts = facts_of("Our balance sheet retains its low leverage with a 25.3% debt-to-total capital ratio.")
    assert find(facts, raw="25.3%").metric == "debt to total market capitalization"


def test_a_multi_year_average_is_a_norm_and_no_result() -> None:
    """"our 10-year average same-property NOI growth was 3.6% and 6.6% on a cash basis": neither figure is a
    result of the quarter; the quarter's own growth before it is."""
    facts = facts_of(
        "Same-property NOI growth was 7% in the quarter.",
        "To put this into perspective, our 10-year average same-property NOI growth was 3.6% and 6.6% on a cash "
        "basis.",
    )
    assert find(facts, raw="7%").metric == "same-store NOI"
    assert not [f for f in facts if f.raw in ("3.6%", "6.6%")]


def test_the_company_named_as_the_subject_of_its_clause_takes_the_figure_back_from_a_segment() -> None:
    """After a segment's loss, "NovaSky recognized $12 million in revenues" is the company's revenue."""
    facts = facts_of(
        "Our Great Park segment reported a loss of $13.8 million for the quarter. As a result, NovaSky "
        "recognized $12 million in revenues during the quarter.",
    )
    assert find(facts, raw="$13.8 million").subject == "Great Park"
    assert find(facts, raw="$12 million").subject == "NovaSky"


def test_a_named_venture_owns_its_cash() -> None:
    """"The Harbor Venture had a cash balance of $129 million": the venture's cash, not the company's."""
    facts = facts_of("The Harbor Venture had a cash balance of $129 million at the end of the quarter.")
    assert find(facts, raw="$129 million").subject == "Harbor Venture"


def test_the_property_stands_for_the_site_just_named() -> None:
    """"Park Hyatt Aviara ... the property will achieve approximately $18 million in EBITDA": the resort's
    EBITDA guidance; with no site named, "the hotel" is some hotel the text does not name: its figure is withheld,
    not given to the company."""
    facts = facts_of(
        "Park Hyatt Aviara ran at 80% occupancy in the quarter. We are forecasting that the property will achieve "
        "approximately $18 million in EBITDA in 2022.",
        "We are encouraged by demand, as evidenced by the hotel achieving RevPAR of approximately $320 in October.",
    )
    eighteen = find(facts, raw="$18 million")
    assert (eighteen.subject, eighteen.metric) == ("Park Hyatt Aviara", "EBITDA guidance")
    assert not any(f.raw == "$320" for f in facts)


def test_debt_as_a_share_of_assets_is_a_ratio_of_its_own() -> None:
    """"net debt to gross assets was 39%", "12% debt to total assets": ratios of the balance sheet, neither net
    debt nor cash."""
    facts = facts_of(
        "Our net debt to adjusted EBITDA was 5.2x and our net debt to gross assets was 39% at September 30.",
        "We maintain one of the most conservative balance sheets with 12% debt to total assets.",
    )
    assert find(facts, raw="39%").metric == "net debt to gross assets"
    assert find(facts, raw="12%").metric == "debt to total assets"


def test_equity_in_earnings_of_joint_ventures_is_the_share_of_their_results() -> None:
    """"equity in earnings of unconsolidated joint ventures was $4.5 million": the equity-method share of the
    ventures' results, not the company's own earnings."""
    facts = facts_of("Our equity in earnings of unconsolidated joint ventures was $4.5 million for the quarter.")
    assert find(facts, raw="$4.5 million").metric == "share of results of associates and joint ventures"
