"""Comparisons an English call states once for a sentence: a sequential basis or a base quarter named in an
earlier clause is the figure's when its own clause names none, and a change over two or more years written as
"a 25% increase to 2019" or "4% greater than 2019" is no YoY change at all.

Sentences are written for these tests about the fictional Corvane Hotels and Ostrel Industrial; the figures
are invented.
"""

from __future__ import annotations

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_OSTREL = (
    "Welcome to Ostrel Industrial's third quarter 2022 earnings call.\n"
    "Sales were up 12% year over year, and operating income rose 15% year over year.\n"
)
_CORVANE = "Welcome to Corvane Hotels' third quarter 2022 earnings call.\n"


def _facts(text: str) -> list[Fact]:
    return facts.run(build(text, language="en"))


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change) for f in found])
    return hits[0]


def test_a_sequential_basis_in_a_second_opening_clause_is_the_figures() -> None:
    """After year-over-year talk, "That said, on a sequential basis, ..." makes the margin move sequential."""
    found = _facts(
        _OSTREL + "That said, on a sequential basis, gross margins improved 40 basis points, and we are slightly "
        "ahead of plan.\n"
    )
    assert _one(found, value=40.0).change == "qoq"
    assert _one(found, value=12.0).change == "yoy"


def test_a_base_quarter_named_in_an_earlier_clause_is_the_figures() -> None:
    found = _facts(
        _OSTREL + "Our teams drove a meaningful improvement in utilization compared to the second quarter, with an "
        "increase of 90 basis points across the network.\n"
    )
    assert _one(found, value=90.0).change == "qoq"


def test_a_base_quarter_after_as_compared_to_is_the_figures() -> None:
    found = _facts(
        _OSTREL + "Our adjusted operating margin continues to improve, delivering 9.1% in the quarter, up 50 basis "
        "points as compared to the second quarter.\n"
    )
    assert _one(found, value=50.0).change == "qoq"


def test_a_change_written_against_a_year_two_years_back_is_no_fact() -> None:
    """In a 2022 call, "a 25% increase to 2019" and "4% greater than 2019" are changes over three years; the
    amounts of the same sentences stay."""
    found = _facts(
        _CORVANE + "The Harbor Point hotel generated EBITDA of $2.4 million, a 25% increase to 2019.\n"
        "The Larch Street hotel generated over $1.1 million in EBITDA, 4% greater than 2019.\n"
    )
    values = {f.value for f in found}
    assert 25.0 not in values and 4.0 not in values
    assert 2.4e6 in values and 1.1e6 in values


def test_a_balance_changed_from_the_end_of_the_quarter_before_is_sequential() -> None:
    """A balance measured against the end of the second quarter in a third-quarter call moved over the quarter."""
    found = _facts(
        _OSTREL + "At September 30, our net loan inventory was $640 million, down 4% from the end of Q2.\n"
        "Book value declined to $12.40 per share at September 30th, a 3.5% decline from $12.85 per share at "
        "June 30th.\n"
    )
    assert _one(found, value=-4.0).change == "qoq"
    assert _one(found, value=-3.5).change == "qoq"
