"""English attribution, held to what a clause says: the period a clause names ("for the first half",
"in last year's third quarter") is the figure's, a comparison base keeps its own sign, and segments are
named as the call names them.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import numbers

from .test_english import facts_of, find


def test_a_clause_naming_nine_months_or_a_half_dates_its_figures() -> None:
    """"For 9 months, revenues were...", "for the six month period ending April 30th", "for this year's
    first half": the months of the year to the quarter, not the quarter itself."""
    facts = facts_of(
        "For 9 months, revenues were $3.2 billion, up 21%.",
        "For the six month period ending June 30th, 2021, operating cash flow totaled $171.2 million.",
        "Free cash flow was $117 million in the third quarter and $156 million for this year's first half.",
    )
    assert find(facts, value=3_200_000_000).period == "2021Q1-2021Q3"
    assert find(facts, value=21).period == "2021Q1-2021Q3"
    assert find(facts, value=171_200_000).period == "2021Q1-2021Q2"
    assert find(facts, value=117_000_000).period == "2021Q3"
    assert find(facts, value=156_000_000).period == "2021Q1-2021Q2"


def test_a_sentence_opening_with_the_year_ago_quarter_reports_that_quarter() -> None:
    """"By comparison, in last year's third quarter, we reported net income of $136.8 million": the
    year-ago quarter's figures, given as a comparison base."""
    facts = facts_of(
        "By comparison, in last year's third quarter, we reported net income of $136.8 million.",
        "In the prior year quarter, adjusted EBITDA was $40 million.",
    )
    for value in (136_800_000, 40_000_000):
        f = find(facts, value=value)
        assert (f.period, f.basis) == ("2020Q3", "prior")


def test_a_base_keeps_its_own_sign_and_named_quarter() -> None:
    """"down versus $53 million", "30 basis points lower than the 10.7%": the decline is the change's, the
    base a positive level; "from 1.5x in the previous second quarter" is that quarter's."""
    facts = facts_of(
        "Segment EBITDA was $48.8 million, down versus $53 million in last year's third quarter.",
        "Our EBITDA margin was 10.4%, 30 basis points lower than the 10.7% in last year's Q3.",
        "Leverage was 1.6x, up slightly from 1.5x in the previous second quarter.",
    )
    assert (find(facts, raw="$53 million").value, find(facts, raw="$53 million").basis) == (53_000_000, "prior")
    ten = find(facts, raw="10.7%")
    assert (ten.value, ten.change, ten.period, ten.basis) == (10.7, None, "2020Q3", "prior")
    assert find(facts, raw="30 basis points").value == -30
    assert find(facts, raw="1.5x").period == "2021Q2"


def test_than_after_another_figures_comparison_makes_no_base() -> None:
    """"46 basis points higher than Q2 and 67 basis points higher than a year ago": "than Q2" is the first
    figure's comparison; the second figure is a change too, no base."""
    text = "Margin was 46 basis points higher than Q2 and 67 basis points higher than a year ago."
    roles = {text[m.start : m.end]: m.role for m in numbers.scan(text)}
    assert roles == {"46 basis points": "change", "67 basis points": "change"}
    text = "Margin was 10.4%, 30 basis points lower than the 10.7% of a year ago."
    assert [(m.role, m.value) for m in numbers.scan(text)][1:] == [("change", -30.0), ("base", 10.7)]
