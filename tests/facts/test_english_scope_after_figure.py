"""Whose figure it is when an English call names the unit after the figure, in the figure's own clause: "on our
<name> portfolio", "for the <name> business", "from our <name> division" name the unit the figure is for, while a
period ("in the quarter"), a place of sale, a comparison with another unit's figure, a unit that only led the
result, and the company's whole book ("on our loan portfolio") leave the figure to the company.

Sentences are written for these tests about the fictional NovaSky Foods; the figures are invented.
"""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = (
    "Welcome to NovaSky's third quarter 2021 earnings call.\n"
    "NovaSky's team delivered a strong quarter and NovaSky's results were ahead of plan.\n"
)


def facts_of(*lines: str) -> list[Fact]:
    """Facts of an English call: the head above, then one paragraph per line (head facts left out)."""
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 2]


def fact(facts: list[Fact], raw: str) -> Fact:
    return next(f for f in facts if f.raw == raw)


@pytest.mark.parametrize(
    ("sentence", "raw", "subject", "metric"),
    [
        ("We generated $14 million of net interest income on our bridge portfolio.", "$14 million",
         "bridge", "net interest income"),
        ("We delivered margins of 18.2% for the Americas business.", "18.2%", "Americas", "margin"),
        ("Operating income was $45 million from our Aerospace division.", "$45 million", "Aerospace",
         "operating income"),
        ("Adjusted EBITDA was $55 million for the Specialty Materials segment.", "$55 million", "Specialty Materials",
         "adjusted EBITDA"),
        ("Revenue was $31 million on our Harbor portfolio.", "$31 million", "Harbor", "revenue"),
    ],
)
def test_a_unit_named_after_the_figure_in_its_clause_owns_it(sentence: str, raw: str, subject: str, metric: str) -> None:
    f = fact(facts_of(sentence), raw)
    assert (f.subject, f.metric, f.period) == (subject, metric, "2021Q3")


@pytest.mark.parametrize(
    ("sentence", "raw"),
    [
        ("Revenue was $210 million in the quarter.", "$210 million"),
        ("Sales were $80 million in Germany.", "$80 million"),
        ("Revenue grew to $300 million, led by the Industrial segment.", "$300 million"),
        ("Revenue was $210 million, with strength in the Industrial segment.", "$210 million"),
        ("We earned $9 million of net interest income on our loan portfolio.", "$9 million"),
        ("Net interest income was $9 million on our total portfolio.", "$9 million"),
    ],
)
def test_a_period_a_place_a_driver_or_the_whole_book_leaves_the_figure_to_the_company(sentence: str, raw: str) -> None:
    assert fact(facts_of(sentence), raw).subject == "NovaSky"


def test_a_company_wide_metric_stays_the_company_s_after_for_a_unit() -> None:
    f = fact(facts_of("Free cash flow was $50 million for the Industrial segment."), "$50 million")
    assert f.subject == "NovaSky"
