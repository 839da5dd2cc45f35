"""English calls held to whose figures they are: a person named with a job title over a speech read without speaker
labels is never a figure's subject; a word naming the whole portfolio or the whole firm before a metric makes the
figure the company's, even in a segment's talk, unless the sentence named a unit whose portfolio it is; "the
property" in a paragraph that names no site, after one about a site named by its proper name, is that site; "our operating margin" a sentence or two after a
segment's figure, in a talk that named the segment a few sentences before, is still the segment's.

Sentences are written for these tests about the fictional Larkfield Industries (a fourth-quarter 2021 call); the
people and figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to Larkfield Industries' fourth quarter 2021 earnings call.\n"
    "Larkfield Industries delivered a strong quarter and Larkfield's results were ahead of plan.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def subjects(facts: list[Fact]) -> dict[str, str]:
    return {f.raw: f.subject for f in facts}


def test_a_speaker_line_with_a_title_gives_its_name_to_no_figure() -> None:
    facts = facts_of("Maria Okafor - Chief Financial Officer", "Thanks, Tom. Revenue was $300 million, up 12%.")
    assert subjects(facts) == {"$300 million": "Larkfield", "12%": "Larkfield"}


def test_a_title_and_speech_on_one_line_leave_the_figures_to_the_company() -> None:
    facts = facts_of("Maria Okafor - Executive Vice President and CFO: Thanks, Tom. Revenue was $300 million.")
    assert subjects(facts) == {"$300 million": "Larkfield"}


def test_a_speaker_line_with_firm_and_title_names_a_person_too() -> None:
    facts = facts_of("Maria Okafor - Larkfield Industries, Inc. - CFO", "Operating margin was 14.2% in the quarter.")
    assert subjects(facts) == {"14.2%": "Larkfield"}


def test_a_round_up_item_still_belongs_to_the_firm_that_heads_it() -> None:
    facts = facts_of("Harbor Mills – Shares of the paper maker gained 3% after its results.")
    assert subjects(facts) == {"3%": "Harbor Mills"}


def test_portfolio_revpar_in_a_segment_s_talk_is_the_company_s() -> None:
    facts = facts_of(
        "Turning to our Resorts segment.",
        "Resorts revenue was $40 million, up 5% over last year.",
        "Portfolio RevPAR was $180, up 9%.",
    )
    assert subjects(facts) == {"$40 million": "Resorts", "5%": "Resorts", "$180": "Larkfield", "9%": "Larkfield"}


def test_a_worldwide_or_firmwide_figure_is_the_company_s() -> None:
    facts = facts_of(
        "Worldwide gross dollar volume grew 23% in the quarter.",
        "Firmwide assets under management totaled $11.6 billion at quarter end.",
    )
    assert subjects(facts) == {"23%": "Larkfield", "$11.6 billion": "Larkfield"}


def test_the_portfolio_of_a_unit_the_sentence_named_is_that_unit_s() -> None:
    facts = facts_of("Our Lakeshore assets continued their strong performance, with portfolio revenue up 9%.")
    assert subjects(facts) == {"9%": "Lakeshore assets"}


def test_a_sentence_adverb_opening_the_sentence_names_no_unit() -> None:
    facts = facts_of("Nevertheless, our portfolio RevPAR of $180 increased from $165 in the third quarter.")
    assert subjects(facts) == {"$180": "Larkfield", "$165": "Larkfield"}


def test_the_property_in_the_next_paragraph_is_the_site_the_paragraph_before_was_about() -> None:
    facts = facts_of(
        "Meanwhile, Marlowe Bay Hotel continues on its path towards stabilization as group demand returns. The "
        "property is making good progress, with group pace for 2022 ahead of last year by over 20%.",
        "The property also continues to improve its food and beverage operations. We are encouraged by recent "
        "demand trends as evidenced by the hotel achieving RevPAR of approximately $320 in October.",
    )
    assert subjects(facts)["$320"] == "Marlowe Bay Hotel"


def test_the_property_after_a_segment_s_talk_is_no_segment_s_figure() -> None:
    facts = facts_of(
        "Turning to our Resorts segment. Resorts revenue was $40 million, up 5% over last year.",
        "The property achieved RevPAR of $320 in the quarter.",
    )
    assert "Resorts" not in {f.subject for f in facts if f.raw == "$320"}


def test_our_margin_right_after_a_segment_s_figure_is_still_the_segment_s() -> None:
    facts = facts_of(
        "Moving to the poultry segment on Slide 9.",
        "We delivered segment operating income of $95 million, up 12% versus the prior year.",
        "This improvement was driven by strong demand and better pricing.",
        "Our operating margin of 8.1% was notably higher than the same quarter last year.",
    )
    assert {f.subject for f in facts if f.raw in ("$95 million", "8.1%")} == {"poultry"}


def test_our_margin_long_after_the_segment_was_named_is_the_company_s() -> None:
    facts = facts_of(
        "Moving to the poultry segment on Slide 9.",
        "We delivered segment operating income of $95 million, up 12% versus the prior year.",
        *["Demand stayed firm across our channels throughout the period."] * 8,
        "Our operating margin of 8.1% was notably higher than the same quarter last year.",
    )
    assert subjects(facts)["8.1%"] == "Larkfield"
