"""English subjects from the words before a metric: a place name that opens with a stop word is whole ("New
Zealand Timber segment"); a compound adjective of measurement ("60-plus-day", "market-driven") and a word naming
the level a metric is taken at ("property operating expenses", "hotel EBITDA margin") name no business line.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_segment_named_after_a_place_that_opens_with_new_keeps_the_place() -> None:
    facts = facts_of(
        "Our New Zealand Forestry segment faced a weak export market. Third quarter adjusted EBITDA of $16 million "
        "declined 22% from the prior year period."
    )
    assert find(facts, raw="$16 million").subject == "New Zealand Forestry"
    assert find(facts, raw="22%").subject == "New Zealand Forestry"


def test_a_compound_adjective_of_measurement_names_no_business_line() -> None:
    """"60-plus-day" and "market-driven" say how the rate or the loss is measured: the company's figures."""
    facts = facts_of(
        "The 60-plus-day delinquency rate underlying our credit investments declined to 1.14% at September 30.",
        "This amount included $14.2 million in market-driven fair value losses.",
    )
    rate = find(facts, raw="1.14%")
    assert (rate.subject, rate.metric) == ("NovaSky", "delinquency rate")
    assert find(facts, raw="$14.2 million").subject == "NovaSky"


def test_property_and_hotel_before_a_metric_are_the_company_level() -> None:
    """"property operating expenses", "strong property NOI", "comparable hotel EBITDA margin": the company's
    properties and hotels; "property sales" still names the property sales business."""
    facts = facts_of(
        "Property operating expenses grew from $4.1 million in the second quarter to $4.3 million in the third "
        "quarter.",
        "Strong property NOI plus our acquisitions resulted in core FFO growth of 19.5%.",
        "Our comparable hotel EBITDA margin of 32% was the best since 2019.",
        "Outside the Americas, property sales rose 3% for the quarter.",
    )
    assert find(facts, raw="$4.3 million").subject == "NovaSky"
    assert find(facts, raw="19.5%").subject == "NovaSky"
    assert find(facts, raw="32%").subject == "NovaSky"
    assert find(facts, raw="3%").subject == "property sales"


def test_units_listed_after_segments_colon_own_their_relative_clauses() -> None:
    """"results through four segments: X, which contributed ...; Y, which ...": each item is the subject of the
    figures of its own relative clause, lowercase names and names ending in a metric word included."""
    facts = facts_of(
        "NovaSky reports results through 4 segments: credit-sensitive strategies, which contributed $3.7 million in "
        "pretax loss; interest rate-sensitive strategies, which contributed $103.5 million in pretax income; "
        "correspondent production, which contributed $6.1 million in pretax income; and the corporate segment, "
        "which had a pretax loss of $15.5 million."
    )
    assert find(facts, raw="$3.7 million").subject == "credit-sensitive strategies"
    assert find(facts, raw="$103.5 million").subject == "interest rate-sensitive strategies"
    assert find(facts, raw="$6.1 million").subject == "correspondent production"
    assert find(facts, raw="$15.5 million").subject == "corporate"


def test_a_named_site_after_a_lead_in_clause_heads_its_clause() -> None:
    """A lead-in before the name ("Now shifting our focus to our resort portfolio, the Marlowe Bay Hotel led ...",
    "In Philadelphia, the Harwick generated ...", "On the West Coast, the Cypress Cove Resort in Carmel ..."):
    the site is the subject, not the company nor the place of the lead-in."""
    facts = facts_of(
        "Now shifting our focus to our resort portfolio, the Marlowe Bay Hotel led the way with 85.8% occupancy.",
        "In Philadelphia, the Harwick generated nearly $2.2 million in EBITDA with a 35% EBITDA margin.",
        "On the West Coast, the Cypress Cove Resort in Carmel continued to show its pricing power with an ADR of "
        "$709.97.",
    )
    assert find(facts, raw="85.8%").subject == "Marlowe Bay Hotel"
    assert find(facts, raw="$2.2 million").subject == "Harwick"
    assert find(facts, raw="35%").subject == "Harwick"
    assert find(facts, raw="$709.97").subject == "Cypress Cove Resort"


def test_a_named_site_heading_a_sentence_stays_in_focus_for_the_bare_sentences_after_it() -> None:
    """"The hotel generated ...", "EBITDA margin of 53.6% was ...": the site the paragraph's earlier sentence
    headed, not the company."""
    facts = facts_of(
        "On the coast, the Marlowe Bay Hotel led the way with 85.8% occupancy. The hotel generated $2.6 million "
        "in EBITDA for the quarter. EBITDA margin of 53.6% was the highest in the portfolio.",
        "NU Hotel Brooklyn recorded just below $1 million of EBITDA for the quarter. EBITDA margin of nearly 51% was "
        "the best in the city.",
    )
    assert find(facts, raw="$2.6 million").subject == "Marlowe Bay Hotel"
    assert find(facts, raw="53.6%").subject == "Marlowe Bay Hotel"
    assert find(facts, raw="51%").subject == "NU Hotel Brooklyn"


def test_a_place_name_and_a_modifier_before_the_site_noun_head_the_clause() -> None:
    """"Our New York portfolio generated", "our New York urban portfolio produced": the portfolio, whose name
    opens with the stop word "New" and may hold a lowercase modifier before its noun."""
    facts = facts_of(
        "Our New York portfolio generated nearly $10 million in EBITDA.",
        "In total, our Chicago urban portfolio produced just under $8 million in EBITDA for the quarter.",
        "The Aldermoor hotel generated $5.5 million of EBITDA.",
    )
    assert find(facts, raw="$10 million").subject == "New York portfolio"
    assert find(facts, raw="$8 million").subject == "Chicago urban portfolio"
    assert find(facts, raw="$5.5 million").subject == "Aldermoor hotel"


def test_a_company_wide_metric_after_a_units_proper_name_and_its_modifiers_is_the_units() -> None:
    """"Kestrel Fiber net success-based capex was $26 million": capex is the company's unless a unit is named in
    its clause, and here the unit's name stands before the words that say how capex is measured."""
    facts = facts_of(
        "Kestrel Fiber net success-based capex was $26 million in the third quarter.",
        "Capex was $40 million for the company.",
        "Strong net sales grew 5% in the quarter.",
    )
    assert find(facts, raw="$26 million").subject == "Kestrel Fiber"
    assert find(facts, raw="$40 million").subject == "NovaSky"
    assert find(facts, raw="5%").subject == "NovaSky"


def test_interest_income_and_interest_expense_are_measured_in_english() -> None:
    facts = facts_of(
        "Interest expense increased from $2.8 million in the second quarter to $3 million in the third quarter.",
        "This quarter we earned $77.4 million in interest income while net interest income was $31 million.",
    )
    assert find(facts, raw="$3 million").metric == "interest expense"
    assert find(facts, raw="$77.4 million").metric == "interest income"
    assert find(facts, raw="$31 million").metric == "net interest income"


def test_a_price_after_the_sum_paid_for_repurchased_shares_is_the_average_repurchase_price() -> None:
    facts = facts_of(
        "We repurchased an additional 1.1 million shares for an approximate cost of $13 million at $11.74 per share.",
        "Net income was $13 million at $0.20 per share.",
    )
    assert find(facts, raw="$11.74").metric == "average repurchase price"
    assert find(facts, raw="$0.20").metric == "EPS"


def test_global_or_worldwide_before_sales_names_no_business_line() -> None:
    """"Global sales", "worldwide sales": sales in every market, the company's own, no "global sales" business."""
    facts = facts_of(
        "Global sales rose 11% to $2.4 billion in the third quarter.",
        "Worldwide sales of consumables grew 6% for the quarter.",
    )
    assert find(facts, raw="$2.4 billion").subject == "NovaSky"
    assert find(facts, raw="11%").subject == "NovaSky"
    assert "sales" not in find(facts, raw="6%").subject
