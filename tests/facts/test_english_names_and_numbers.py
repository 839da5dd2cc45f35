"""English names and comparisons: an ordinal that opens a business line's capitalised name is the name's own ("our First Aid
segment"), a number a brand's name holds ("ORBIT 7's retail volume") is no figure, and a sequential comparison
between months is no quarter-on-quarter one.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_an_ordinal_before_a_capitalised_word_is_part_of_the_segment_name() -> None:
    facts = facts_of(
        "Our First Response segment's revenues were $12.4 million compared to $11.9 million in the prior year.",
        "Third quarter revenue of the company was $410 million.",
    )
    assert find(facts, raw="$12.4 million").subject == "First Response"
    assert find(facts, raw="$410 million").subject == "NovaSky"


def test_a_number_inside_a_brand_name_is_no_figure() -> None:
    facts = facts_of("ORBIT 7's retail volume for the second quarter grew by nearly 9% compared to the prior year.")
    assert [f.raw for f in facts] == ["9%"]


def test_sequential_months_declare_no_quarter_on_quarter_comparison() -> None:
    """"sequential improvement from April to May" compares months: the next region's decline is no sequential one."""
    facts = facts_of(
        "As we progressed through the quarter, surgical products saw sequential improvement from April to May and "
        "then from May into June.",
        "EMEA reported revenues of $131.6 million in the third quarter, representing an 8% decline.",
    )
    assert find(facts, raw="8%").change != "qoq"


def test_core_capitalised_inside_a_name_is_the_lines_name_not_a_basis() -> None:
    """"Our Core Fabrics revenues" is the Core Fabrics line's revenue; "Organic Storage rental revenue" opening a sentence
    is still organic revenue."""
    facts = facts_of(
        "Our Core Fabrics revenues for the quarter were $409 million, an increase of 5.3% from the prior year.",
        "Organic Storage rental revenue growth of 9.7% was the best in years.",
    )
    core = find(facts, raw="$409 million")
    assert (core.subject, core.metric) == ("Core Fabrics", "revenue")
    assert find(facts, raw="9.7%").metric == "organic revenue"
