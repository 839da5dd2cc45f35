"""English periods stated once: a sentence led by "On a year-to-date basis," sets the span for the sentences of its
paragraph after it that name none, and a year the results are measured against ("the remaining gap to 2019") is no
year of the quarters named after it.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_year_to_date_basis_lead_goes_on_into_the_next_sentence() -> None:
    """"On a year-to-date basis, net income was $20.8 million. We generated FFO of $48.2 million": the FFO is of
    the same nine months, not of the quarter the paragraph opened with."""
    facts = facts_of(
        "For the third quarter, we recorded net income of $6.3 million. On a year-to-date basis, net income was "
        "$20.8 million. We generated FFO of $48.2 million or $0.66 per diluted share."
    )
    assert find(facts, raw="$6.3 million").period == "2021Q3"
    assert find(facts, raw="$20.8 million").period == "2021Q1-2021Q3"
    assert find(facts, raw="$48.2 million").period == "2021Q1-2021Q3"
    assert find(facts, raw="$0.66").period == "2021Q1-2021Q3"


def test_a_year_named_as_the_gap_to_close_dates_no_later_quarter() -> None:
    """"Our third quarter results ... continued to narrow the remaining gap to 2019. Our third quarter occupancy was
    72.7%": the occupancy is of this year's third quarter, not of the third quarter of 2019."""
    facts = facts_of(
        "We were pleased with our third quarter results, which continued to narrow the remaining gap to 2019. "
        "Our third quarter portfolio occupancy was 72.7%, and average daily rate was $189."
    )
    assert find(facts, raw="72.7%").period == "2021Q3"
    assert find(facts, raw="$189").period == "2021Q3"
