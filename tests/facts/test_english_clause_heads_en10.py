"""English attribution by the subject of a clause: a proper name that opens a sentence as the subject of its
verb (a property, a site, a product, a brand), after "our"/"the" or not, is the subject of the figures that verb
governs, not the company and not the business line the paragraph before was about; a possessive before the
metric makes the name its owner. Bodies, speakers and acronyms of measures that open a clause are no subject.

Sentences are written for these tests about fictional companies, sites and brands; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_named_site_that_opens_the_sentence_is_the_subject_of_its_figures() -> None:
    """"Our Harbor Point Resort in Key West ran at 53% occupancy": the resort's occupancy, not the Lighting
    business the paragraph before was about, and not the company's."""
    facts = facts_of(
        "On Slide 8, the Lighting business remains on its growth trajectory with 17% higher revenues.",
        "Our Harbor Point Resort in Key West ran at 53% occupancy in the third quarter.",
        "Portfolio occupancy was 71% in the third quarter.",
    )
    assert find(facts, raw="53%").subject == "Harbor Point Resort"
    assert find(facts, raw="71%").subject == "NovaSky"  # the whole portfolio's: the company's


def test_a_name_before_a_relative_clause_is_the_subject_of_the_main_verb() -> None:
    """"The Aldermoor Grand Sarasota, which we acquired last year, generated $5.5 million in total revenue":
    the hotel's revenue."""
    facts = facts_of(
        "Our Lighting business delivered revenue of $310 million in the quarter.",
        "The Aldermoor Grand Sarasota, which we acquired last year, generated $5.5 million in total revenue "
        "in the quarter.",
    )
    five = find(facts, raw="$5.5 million")
    assert (five.subject, five.metric) == ("Aldermoor Grand Sarasota", "revenue")


def test_a_possessive_name_owns_the_metric_of_its_clause() -> None:
    """"Our Lakeside mall's sales rose 4%", "Kestrel's operating profit jumped 39%": the mall's sales and the
    brand's operating profit, not the company's."""
    facts = facts_of(
        "Our Lakeside mall's sales rose 4% in the quarter.",
        "Kestrel's operating profit jumped 39% to $151 million.",
    )
    assert find(facts, raw="4%").subject == "Lakeside mall"
    assert {f.subject for f in facts if f.raw in ("39%", "$151 million")} == {"Kestrel"}


def test_a_short_name_is_no_part_of_a_longer_one() -> None:
    """After a call has gone through its Kestrelwood brand, "KW's operating profit" is the KW brand's: "KW" is
    no part of "Kestrelwood" (whole words, not letters)."""
    facts = facts_of(
        "Starting with Kestrelwood, revenue rose 20% in the quarter.",
        "KW's operating profit jumped 39% to $151 million.",
    )
    assert {f.subject for f in facts if f.raw in ("39%", "$151 million")} == {"KW"}


def test_a_board_a_speaker_or_a_measure_opening_the_clause_is_no_subject() -> None:
    """"Our Board of Directors declared a dividend of $0.32", "Dana Whitfield will review our results, with
    revenue up 8%": the company's figures."""
    facts = facts_of(
        "Our Board of Directors declared a quarterly dividend of $0.32 per share.",
        "Dana Whitfield will review our results, with revenue up 8% in the quarter.",
    )
    assert find(facts, raw="$0.32").subject == "NovaSky"
    assert find(facts, raw="8%").subject == "NovaSky"


def test_a_name_after_a_lead_in_or_at_the_opens_the_clause_all_the_same() -> None:
    """"That said, Brambleton was again a strong contributor, accelerating to 20%", "At the Quayside, revenue
    increased 57%": the district's and the site's figures, not the company's."""
    facts = facts_of(
        "Same-store revenue grew 9% in the quarter.",
        "That said, Brambleton was again a strong contributor, accelerating to 20% same-store revenue growth.",
        "At the Quayside, revenue increased 57% in the quarter.",
    )
    assert find(facts, raw="20%").subject == "Brambleton"
    assert find(facts, raw="57%").subject == "Quayside"


def test_a_name_a_relative_clause_follows_is_the_subject_of_its_figures() -> None:
    """"The increase was largely attributable to Brambleton, which saw revenue rise 57%": the community's
    revenue; "Revenue was $2.1 billion, which was up 5%" names nothing new."""
    facts = facts_of(
        "The increase was largely attributable to Brambleton, which saw revenue rise 57%.",
        "Revenue was $2.1 billion, which was up 5% from last year.",
    )
    assert find(facts, raw="57%").subject == "Brambleton"
    assert find(facts, raw="5%").subject == "NovaSky"


def test_an_imperative_opening_names_no_business() -> None:
    facts = facts_of(
        "Let's start with what we have done this quarter. We delivered record occupancy of 92.5%.",
    )
    assert find(facts, raw="92.5%").subject == "NovaSky"


def test_measurement_and_time_words_before_a_metric_name_no_business() -> None:
    facts = facts_of(
        "Total portfolio same-property cash basis NOI for the third quarter decreased 1.9% year-over-year.",
        "Currently, our balance sheet retains its low leverage with a 25.3% debt to total capitalization ratio.",
        "Our spot return on equity is more than 12%.",
    )
    for raw in ("1.9%", "25.3%", "12%"):
        assert find(facts, raw=raw).subject == "NovaSky", raw


def test_an_interjection_or_a_metric_word_opening_a_sentence_is_no_business_line() -> None:
    facts = facts_of(
        "Well, the $350 million is an EBITDA number.",
        "Expenses grew 4.3% and NOI growth was 15.4%.",
    )
    assert find(facts, raw="$350 million").subject == "NovaSky"
    assert find(facts, raw="15.4%").subject == "NovaSky"


def test_metric_words_before_a_metric_are_no_business_line() -> None:
    facts = facts_of(
        "Our results this quarter were net sales sales of $929 million, down 3.4% from the prior year.",
        "Adjusted SG&A as a percentage of sales was 53.9%.",
        "While our actual sales are up significantly to $286 million, this is due to acquisitions.",
        "We now expect currency-neutral revenue growth of 10% to 12%.",
    )
    for raw in ("$929 million", "53.9%", "$286 million"):
        assert find(facts, raw=raw).subject == "NovaSky", raw
    growth = find(facts, value=10.0)
    assert growth.subject == "NovaSky"
    assert growth.metric == "revenue (constant currency) guidance"  # (the growth is named at its basis)


def test_industrial_production_is_the_economys_not_a_business_lines() -> None:
    facts = facts_of("For the fourth quarter, we expect industrial production up more than 5%.")
    assert find(facts, value=5.0).metric == "industrial production"
