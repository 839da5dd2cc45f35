"""A year to date one paragraph ends on carries into the next one's opening figure only while that sentence
speaks of no quarter of its own: a comparison with "the prior year quarter" or a sequential change makes it the
quarter's figure.

Sentences are written for these tests about the fictional Quillmere Freight; the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief import facts
from finbrief.model import Fact

from .builders import build

_OPENING = (
    "Welcome to Quillmere Freight's third quarter 2021 earnings call.\n"
    "Quillmere's results were ahead of plan.\n"
    "Free cash flow was $300 million year to date.\n"
)


def _facts(text: str) -> list[Fact]:
    return facts.run(build(_OPENING + text, language="en"))


def _one(found: list[Fact], **want: object) -> Fact:
    hits = [f for f in found if all(getattr(f, k) == v for k, v in want.items())]
    assert len(hits) == 1, (want, [(f.metric, f.value, f.period, f.change) for f in found])
    return hits[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Net income was $50 million compared to $40 million in the prior year quarter.\n",
        "Net income was $50 million compared to $40 million in the same quarter last year.\n",
        "Net income was $50 million versus $40 million in the third quarter of last year.\n",
    ],
)
def test_a_figure_set_against_a_quarter_is_the_quarters(sentence: str) -> None:
    """"Net income was $50 million compared to $40 million in the prior year quarter" after a year-to-date line:
    both figures are quarters'."""
    found = _facts(sentence)
    assert _one(found, metric="free cash flow").period == "2021Q1-2021Q3"
    assert _one(found, metric="net income", value=5e7).period == "2021Q3"
    assert _one(found, metric="net income", value=4e7).period == "2020Q3"


def test_a_sequential_change_speaks_of_the_quarter() -> None:
    """"up 4% sequentially": the quarter set against the one before it, not the year to date."""
    found = _facts("Net income was $50 million, up 4% sequentially.\n")
    assert _one(found, metric="net income", value=5e7).period == "2021Q3"
    assert _one(found, metric="net income", value=4.0).period == "2021Q3"


@pytest.mark.parametrize(
    "sentence",
    [
        "Net income was $50 million compared to $40 million last year.\n",
        "Net income was $50 million compared to $40 million in the prior year period.\n",
    ],
)
def test_a_figure_set_against_last_year_goes_on_with_the_year_to_date(sentence: str) -> None:
    """"compared to $40 million last year" or "in the prior year period": the year to date set against last
    year's."""
    found = _facts(sentence)
    assert _one(found, metric="net income", value=5e7).period == "2021Q1-2021Q3"
    assert _one(found, metric="net income", value=4e7).period == "2020Q1-2020Q3"


def test_a_figure_naming_no_period_goes_on_with_the_year_to_date() -> None:
    """"Operating cash flow was $410 million." right after the year-to-date line continues it."""
    found = _facts("Operating cash flow was $410 million.\n")
    assert _one(found, metric="operating cash flow").period == "2021Q1-2021Q3"
