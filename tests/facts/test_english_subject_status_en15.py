"""English calls held to whose figure it is and what it is: a part of the business named by lowercase words
that heads its clause, the company again when a sentence opens with "our" and its metric, the analyst's own
figures, negated and supposed figures, changes listed place by place, money available under a credit facility
and a benefit named after its amount.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the
figures are invented.
"""

from __future__ import annotations

from dataclasses import replace

from finbrief.facts import run
from finbrief.model import Speaker

from .builders import build
from .test_english import HEAD, facts_of, find


def test_a_lowercase_portfolio_heading_its_clause_owns_its_figures() -> None:
    facts = facts_of(
        "In total, our coastal portfolio generated over $9 million of EBITDA for the quarter with EBITDA margins"
        " just under 30%."
    )
    assert find(facts, raw="$9 million").subject == "coastal portfolio"
    assert find(facts, raw="30%").subject == "coastal portfolio"


def test_a_segment_of_several_lowercase_words_owns_the_figures_of_its_sentence() -> None:
    facts = facts_of(
        "In the third quarter, our operating asset segment delivered $61 million of net operating income, which"
        " was a 3% decline from the same period last year."
    )
    assert find(facts, raw="$61 million").subject == "operating asset"
    assert find(facts, raw="3%").subject == "operating asset"


def test_the_company_s_own_portfolio_or_its_total_stays_the_company_s() -> None:
    facts = facts_of(
        "Our hotel portfolio generated $9 million of EBITDA for the quarter.",
        "Our total portfolio generated $20 million of EBITDA.",
        "Our operating segment generated $7 million of EBITDA.",
    )
    assert {f.subject for f in facts} == {"NovaSky"}


def test_a_sentence_opening_with_our_and_its_metric_is_the_company_s() -> None:
    facts = facts_of(
        "Our services business produced the highest quarterly revenue in our history. Our rate of return on"
        " invested capital was 10.6% for the quarter."
    )
    assert find(facts, raw="10.6%").subject == "NovaSky"


def test_an_analyst_s_figures_carry_the_analyst_as_speaker() -> None:
    text = HEAD + "\n".join(
        [
            "Revenue grew 12% in the quarter.",
            "Another question is on Residential, 8% organic growth, which is in line with your long-term target.",
            "Residential organic growth was 8% in the quarter.",
        ]
    )
    doc = build(text, "en", speakers={3: "ceo", 4: "analyst-one", 5: "ceo"})
    doc = replace(
        doc,
        speakers=(
            Speaker("ceo", "Ann Lee", side="company"),
            Speaker("analyst-one", "Bo Chen", side="analyst"),
        ),
    )
    facts = [f for f in run(doc) if f.paragraph > 2]
    assert [(f.paragraph, f.raw, f.speaker) for f in facts] == [(3, "12%", "ceo"), (4, "8%", "analyst-one"), (5, "8%", "ceo")]


def test_a_figure_the_company_does_not_expect_is_no_fact() -> None:
    assert facts_of("We don't expect margins of 10% this year.") == []
    assert facts_of("We do not expect revenue to grow 10% next year.") == []


def test_a_supposed_level_is_no_fact() -> None:
    assert facts_of("If rates were 5%, our net interest income would be higher.") == []


def test_changes_listed_by_place_share_their_change() -> None:
    facts = facts_of("Sales increased 5% in North America and 3% in EMEA year-over-year.")
    emea = find(facts, raw="3%")
    assert (emea.subject, emea.change, emea.value) == ("EMEA", "yoy", 3.0)
    facts = facts_of("Revenue declined 4% in the Americas and 2% in Europe compared to the prior year.")
    assert find(facts, raw="2%").value == -2.0


def test_money_available_under_a_revolver_is_liquidity() -> None:
    facts = facts_of(
        "We ended the quarter with $1.2 billion available under our revolving credit facility.",
        "We had $900 million of availability under our revolver at quarter end.",
    )
    assert find(facts, raw="$1.2 billion").metric == "liquidity"
    assert find(facts, raw="$900 million").metric == "liquidity"


def test_a_drawn_revolver_is_no_liquidity() -> None:
    facts = facts_of("We have $995 million outstanding under our $1.5 billion revolver.")
    assert all(f.metric != "liquidity" for f in facts)


def test_a_benefit_named_after_its_amount_is_a_fact_unless_excluded() -> None:
    facts = facts_of(
        "We recorded a $10 million benefit from the release of reserves in the quarter.",
        "Third quarter results included a $12 million tax benefit.",
        "Excluding the $135 million net benefit from the cancellation, organic growth was 5%.",
    )
    assert find(facts, raw="$10 million").metric == "benefit"
    assert find(facts, raw="$12 million").metric == "tax benefit"
    assert not [f for f in facts if f.raw == "$135 million"]


def test_the_company_s_full_year_guidance_after_a_segment_s_results_is_the_company_s() -> None:
    facts = facts_of(
        "In our Harbor Freight segment, we generated adjusted EBITDA of $8 million in the quarter.",
        "We remain on track to achieve our full year adjusted EBITDA guidance of $310 million to $330 million.",
    )
    assert find(facts, raw="$8 million").subject == "Harbor Freight"
    assert find(facts, raw="$310 million to $330 million").subject == "NovaSky"


def test_a_metric_word_opening_a_sentence_does_not_end_the_segment_in_focus() -> None:
    facts = facts_of(
        "Moving to our Harbor Freight segment on page 10. Adjusted EBITDA of $13 million was similar to the prior"
        " year quarter. Volume declined 11% in the third quarter due to constraints around contractor availability."
        " We lost 1 crew to early retirement.",
        "Meanwhile, third quarter pulpwood pricing of $51 per ton climbed 62% over the prior year quarter.",
    )
    assert find(facts, raw="$51").subject == "Harbor Freight"


def test_a_name_owning_a_metric_inside_a_sentence_owns_its_figure() -> None:
    facts = facts_of(
        "In Boston, the Envoy and Boxer grew EBITDA margin by 327 basis points and 153 basis points, respectively,"
        " while the Boxer's EBITDA of just under $750,000 was ahead of plan.",
        "The company's revenue was $5 million.",
    )
    assert find(facts, raw="$750,000").subject == "Boxer"
    assert find(facts, raw="$5 million").subject == "NovaSky"


def test_an_authorization_s_size_and_what_remains_of_it_are_no_money_spent() -> None:
    facts = facts_of(
        "We have $380 million remaining under our buyback authorization.",
        "Year-to-date, we have repurchased $600 million of shares under the $1.5 billion program.",
    )
    assert find(facts, raw="$380 million").metric == "remaining buyback authorization"
    assert find(facts, raw="$600 million").metric == "buyback"
    assert find(facts, raw="$1.5 billion").metric == "buyback authorization"


def test_names_listed_before_figures_given_respectively_map_in_order() -> None:
    facts = facts_of(
        "Irrigation and residential per customer usage increased 25% and 10%, respectively.",
        "Our Harbor and Delta segments grew revenue 12% and 8%, respectively.",
    )
    assert [find(facts, raw=r).subject for r in ("25%", "10%", "12%", "8%")] == [
        "Irrigation",
        "residential",
        "Harbor",
        "Delta",
    ]


def test_metrics_listed_before_figures_respectively_stay_the_company_s() -> None:
    facts = facts_of("Revenue and EBITDA grew 12% and 8%, respectively.")
    assert {f.subject for f in facts} == {"NovaSky"}


def test_and_inside_a_capitalised_name_before_its_metric_keeps_the_whole_name() -> None:
    facts = facts_of("Urology and Pelvic Health sales grew 7% organically versus 2020.")
    assert find(facts, raw="7%").subject == "Urology and Pelvic Health"


def test_an_affirmed_prior_guidance_is_the_current_guidance() -> None:
    facts = facts_of(
        "We're pleased to affirm our prior guidance for annual growth in distributable EPS of 10% to 13% through 2024.",
        "We are raising our full year EPS guidance to $2.10 to $2.20 from our prior guidance of $2.00 to $2.10.",
    )
    assert find(facts, raw="10% to 13%").basis is None
    assert find(facts, raw="$2.00 to $2.10").basis == "prior"


def test_a_segment_figure_is_the_segment_named_just_before_and_a_total_of_segments_the_company_s() -> None:
    facts = facts_of(
        "Harbor Freight Systems continues to experience robust demand, with 29% sales growth.",
        "The cost reset benefits continued to be realized as planned.",
        "And along with the additional volume and leverage, they drove adjusted segment EBIT growth of 40%.",
        "Total segment EBIT was $1.2 billion.",
    )
    assert find(facts, raw="40%").subject == "Harbor Freight Systems"
    assert find(facts, raw="$1.2 billion").subject == "NovaSky"
