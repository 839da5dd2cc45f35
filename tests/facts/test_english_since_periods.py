"""English periods of figures next to a quarter or a month named as a bound ("since the third quarter of 2019",
"Since May"): a change is measured at the quarter reported against the bound; an amount sums the quarters since;
a sum since an event given no date ("since launching the pass") has no period.

Sentences are written for these tests about fictional companies; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_change_since_a_quarter_is_the_reported_quarters() -> None:
    """"a 250 basis point improvement in our operating ratio" after "since the second quarter of 2019": the
    ratio of the quarter reported, compared with that quarter, neither a year nor a quarter before."""
    facts = facts_of(
        "We have made meaningful progress on productivity, with revenue up 12% since the second quarter of 2019 "
        "and a 250 basis point improvement in our operating ratio."
    )
    ratio = find(facts, raw="250 basis point")
    assert ratio.period == "2021Q3"
    growth = find(facts, raw="12%")
    assert growth.period == "2021Q3"
    assert growth.change is None


def test_an_amount_since_a_month_sums_the_quarters_since() -> None:
    """"Since May, we have purchased ... at an average price of $41.20 per share": the buying of the second and
    third quarters, not of the second alone."""
    facts = facts_of("Since May, we have purchased 2 million shares of our common stock at an average price of $41.20 per share.")
    assert find(facts, raw="$41.20").period == "2021Q2-2021Q3"


def test_an_amount_since_a_quarters_end_sums_the_quarters_after_it() -> None:
    """"Since the end of the first quarter, we have repurchased $45 million of our stock": the second and third
    quarters'."""
    facts = facts_of("Since the end of the first quarter, we have repurchased $45 million of our stock.")
    assert find(facts, raw="$45 million").period == "2021Q2-2021Q3"


def test_a_level_not_seen_since_a_quarter_keeps_the_reported_quarter() -> None:
    """"the highest level since the second quarter of 2019" after a quarter's figure leaves it the quarter's."""
    facts = facts_of("Revenue grew to $40 million in the quarter, the highest level since the second quarter of 2019.")
    assert find(facts, raw="$40 million").period == "2021Q3"


def test_a_sum_since_an_undated_event_has_no_period() -> None:
    """"will have invested over $2 billion in capital investments since launching the season pass": a sum over
    years the sentence does not date, neither the plan's year nor the quarter's."""
    facts = facts_of(
        "Including our calendar year 2022 capital plan, we will have invested over $2 billion in capital "
        "investments since launching the season pass."
    )
    assert find(facts, raw="$2 billion").period is None
    facts = facts_of("Since our inception, we have returned $500 million to shareholders.")
    assert find(facts, raw="$500 million").period is None


def test_a_quarters_figure_beside_a_change_since_an_event_keeps_its_quarter() -> None:
    """"Revenue was $40 million in the quarter, up 50% since we launched the product": the $40 million is the
    quarter's."""
    facts = facts_of("Revenue was $40 million in the quarter, up 50% since we launched the product.")
    assert find(facts, raw="$40 million").period == "2021Q3"
