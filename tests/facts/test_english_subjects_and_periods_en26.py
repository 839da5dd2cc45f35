"""English subjects and periods of an asset manager's and a restaurant group's call: "long-term" naming a kind of
flow or fund is no horizon, a share of a total comes from the unit named after it, and a brand written with "'s"
that heads its clause is the subject of its figures.

Sentences are written for these tests about fictional companies, funds and brands; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_long_term_flows_and_funds_keep_the_calls_period() -> None:
    """"net long-term inflows", "long-term ETFs": flows and funds outside money markets, so the figure is the
    quarter's, not a forecast with no period; "long-term revenue growth" stays a forecast."""
    facts = facts_of(
        "Our ETFs experienced net inflows of $6.1 billion including $4.7 billion in long-term ETFs.",
        "Retail net long-term outflows were $800 million.",
        "We expect long-term revenue growth of 8% to 10%.",
    )
    assert find(facts, raw="$6.1 billion").period == "2021Q3"
    assert find(facts, raw="$800 million").period == "2021Q3"
    assert find(facts, raw="8% to 10%").period is None


def test_a_share_of_a_total_is_the_units_it_came_from() -> None:
    """"$48 million of these performance fees arose from our real estate business": that business's fees, while
    the total before it stays the company's."""
    facts = facts_of(
        "We recorded performance fees of $78 million, $48 million of these performance fees arose from our "
        "real estate business.",
        "Of the $9 billion, $4 billion of these net flows came from the Kestrel Funds business.",
    )
    assert find(facts, raw="$78 million").subject == "NovaSky"
    assert find(facts, raw="$48 million").subject == "real estate"
    assert find(facts, raw="$4 billion").subject == "Kestrel Funds"


def test_the_next_share_after_one_that_came_from_a_unit_is_no_base() -> None:
    """"$4 billion of these net flows were from Japan, $3.8 billion arose from our China business": the second
    share is the China business's flows of the quarter, not a base the first moved from."""
    facts = facts_of(
        "$4 billion of these net flows were from Japan, $3.8 billion arose from our China business.",
    )
    second = find(facts, raw="$3.8 billion")
    assert (second.subject, second.period, second.basis) == ("China", "2021Q3", None)


def test_a_brand_written_with_an_apostrophe_s_heads_its_clause() -> None:
    """"Pepper's outpaced the sector with comp sales ahead by 13%": the Pepper's brand's comp sales and traffic; a
    possessive before a metric ("NovaSky's adjusted EBITDA increased") still names the metric's owner."""
    facts = facts_of(
        "Pepper's outpaced the casual dining sector with comp sales ahead of the sector by approximately 13% and "
        "traffic ahead by 18%.",
        "NovaSky's adjusted EBITDA increased 5% to $120 million.",
    )
    assert find(facts, raw="13%").subject == "Pepper's"
    assert find(facts, raw="18%").subject == "Pepper's"
    assert find(facts, raw="$120 million").subject == "NovaSky"


_SMALL_TALK = ("Our teams worked hard all year.", "Customers value what we build.", "We are proud of the launch.")


def test_a_product_the_talk_turned_to_long_ago_is_no_longer_the_subject() -> None:
    """A call without speaker turns that started with a product ("So let's first start with Harbor Knee.") and went
    on for dozens of sentences without naming it or giving it a figure: "Net sales in the third quarter were $2.1
    billion" is the company's; right after the turn a bare figure is still the product's."""
    facts = facts_of(
        "So let's first start with Harbor Knee.",
        "Revenue in the quarter was $40 million.",
        *(_SMALL_TALK * 11),
        "Net sales in the third quarter were $2.1 billion.",
    )
    assert find(facts, raw="$40 million").subject == "Harbor Knee"
    assert find(facts, raw="$2.1 billion").subject == "NovaSky"


def test_the_middle_east_and_africa_is_one_region() -> None:
    """"In the Middle East and Africa region, RevPAR increased 110%": the region as a hotel group reports it, not
    Africa alone; "In Africa, ..." stays Africa."""
    facts = facts_of(
        "In the Middle East and Africa region, RevPAR increased 110% year-over-year.",
        "In Africa, RevPAR increased 20%.",
    )
    assert find(facts, raw="110%").subject == "Middle East and Africa"
    assert find(facts, raw="20%").subject == "Africa"


def test_a_contracted_pronoun_opening_the_sentence_is_no_name() -> None:
    """"We've achieved six straight months of net inflows, totaling nearly $18 billion": the company's flows; a
    capitalised "We've" or "They've" is a pronoun, while "O'Reilly delivered" is a name."""
    facts = facts_of(
        "We've achieved six straight months of net inflows, totaling nearly $18 billion in the second half of 2021.",
        "They've delivered revenue of $5 million.",
        "O'Reilly delivered revenue of $7 million.",
    )
    assert find(facts, raw="$18 billion").subject == "NovaSky"
    assert find(facts, raw="$5 million").subject == "NovaSky"
    assert find(facts, raw="$7 million").subject == "O'Reilly"


def test_a_portfolio_named_by_what_it_comprises_is_the_subject_of_its_figures() -> None:
    """"Our education portfolio comprises 74 properties ..., and at the end of the quarter, was 100% occupied": the
    education portfolio's occupancy; "Our portfolio comprises ..." is the whole company's."""
    facts = facts_of(
        "Our education portfolio comprises 74 properties with 8 operators, and at the end of the quarter, was 100% "
        "occupied.",
        "Our portfolio comprises 356 properties, and at the end of the quarter, was 97% occupied.",
    )
    assert find(facts, raw="100%").subject == "education portfolio"
    assert find(facts, raw="97%").subject == "NovaSky"


def test_fixed_income_is_an_asset_class_not_a_verb_and_income() -> None:
    """"$26.1 billion in fixed income net inflows": the fixed income flows, not a line named "income"; "fixed cost
    savings" names no business."""
    facts = facts_of(
        "Of the $26.1 billion in fixed income net inflows in 2021, most came in the second half.",
        "We are targeting $50 million of fixed cost savings.",
    )
    assert find(facts, raw="$26.1 billion").subject == "fixed income"
    assert find(facts, raw="$50 million").subject == "NovaSky"
