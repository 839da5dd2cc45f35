"""Metric names of English figures that are parts of a total: the units' parts listed after a total ("including $X
in ..."), a part of an estimated total ("$X of our total estimated $Y in ..."), and what is drawn on a revolver.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_THIRD = "Welcome to NovaSky's third quarter 2021 earnings call.\nNovaSky's results were ahead of plan.\n"


def _facts(text: str) -> list[Fact]:
    return [f for f in facts.run(build(_THIRD + text, language="en")) if f.paragraph > 2]


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.subject, f.metric, f.value, f.period) for f in found])
    return hits[0]


def test_parts_listed_after_a_total_are_the_totals_metric_for_their_units() -> None:
    """A pension provider's inflows by product: each part is net flows of the product it is in."""
    found = _facts(
        "Our retirement platform saw net inflows of $3.2 billion including $2.1 billion in workplace pensions and "
        "$1.1 billion in our annuity products.\n"
    )
    assert _one(found, value=3.2e9).metric == "net flows"
    pensions = _one(found, value=2.1e9)
    assert (pensions.subject, pensions.metric) == ("workplace pensions", "net flows")
    annuities = _one(found, value=1.1e9)
    assert (annuities.subject, annuities.metric) == ("annuity products", "net flows")


def test_an_item_with_a_noun_of_its_own_is_no_part_of_the_total() -> None:
    """"including $4 million of merger costs": an item inside funds from operations, not a part of them."""
    found = _facts("Funds from operations were $52 million, including $4 million of merger costs.\n")
    assert _one(found, value=52e6).metric == "funds from operations"
    assert all(f.metric != "funds from operations" for f in found if f.value == 4e6)


def test_a_part_of_an_estimated_total_takes_the_totals_metric() -> None:
    """A freight carrier's restructuring: the amount incurred so far is restructuring charges too."""
    found = _facts(
        "In the third quarter, we incurred $41 million of our total estimated $90 million to $110 million in "
        "restructuring costs.\n"
    )
    assert _one(found, value=41e6).metric == "restructuring charges"


def test_a_part_of_a_total_after_a_metric_word_keeps_that_word() -> None:
    """"hedged on $90 million of the $150 million of term loans": the hedged part, not the term loans."""
    found = _facts("We are hedged on $90 million of the $150 million of term loans at an all-in rate of 3.1%.\n")
    assert _one(found, value=90e6).metric == "hedged debt"


def test_what_is_drawn_on_a_revolver_is_its_borrowings_not_the_facility() -> None:
    """A freight carrier's revolver: the balance drawn is revolver borrowings; the facility's size stays the facility."""
    found = _facts(
        "Our total debt was $800 million, a reduction of $50 million from last quarter as revolving credit "
        "borrowings decreased from $300 million to less than $250 million.\n"
        "We reduced revolver balance by $60 million to zero in the quarter.\n"
        "We have a $500 million revolving credit facility.\n"
    )
    assert _one(found, value=250e6).metric == "revolver borrowings"
    assert _one(found, value=-60e6).metric == "revolver borrowings"
    assert _one(found, value=800e6).metric == "debt"
    assert all(f.metric != "revolver borrowings" for f in found if f.value == 500e6)


def test_weighted_average_shares_are_the_periods_average_and_forecast_like_a_result() -> None:
    """A chemicals maker's share count: the period's average (and its forecast), apart from EPS per diluted share."""
    found = _facts(
        "Net income was $41.6 million or $0.57 per diluted share, and weighted average diluted shares outstanding "
        "were 73 million.\n"
        "Weighted average shares is estimated to be 61 million to 62 million shares for the full year.\n"
    )
    assert _one(found, value=0.57).metric == "diluted EPS"
    assert _one(found, value=73e6).metric == "weighted average shares"
    assert _one(found, value=61e6).metric == "weighted average shares guidance"


def test_the_proceeds_of_assets_sold_are_disposition_proceeds() -> None:
    """A shipowner's vessel sales: the cash they brought in, not capital raised by selling shares, nor proceeds still
    to come."""
    found = _facts(
        "We sold 3 older vessels realizing $41 million in gross proceeds.\n"
        "We sold 2.1 million shares under our ATM program for $84 million in net proceeds.\n"
        "These sales will generate approximately $95 million in gross proceeds.\n"
    )
    assert _one(found, value=41e6).metric == "disposition proceeds"
    assert all(f.metric != "disposition proceeds" for f in found if f.value in (84e6, 95e6))
