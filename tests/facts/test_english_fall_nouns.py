"""A % change whose metric is followed by a noun of falling ("a 12% RevPAR decline") is a fall, whether said of a
result or of an outlook. Sentences written for these tests about a fictional hotel company."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build

HEAD = "Welcome to Pell Hospitality's fourth quarter 2020 earnings call.\n"


def _facts(*lines: str) -> list[Fact]:
    return [f for f in run(build(HEAD + "\n".join(lines), "en")) if f.paragraph > 1]


def test_an_expected_revpar_decline_is_negative() -> None:
    facts = _facts("For the first quarter, we expect a 12% RevPAR decline.")
    revpar = [f for f in facts if "RevPAR" in f.metric and f.unit == "%"]
    assert [f.value for f in revpar] == [-12.0], [(f.metric, f.value) for f in facts]


def test_an_expected_increase_stays_positive_beside_a_decline() -> None:
    facts = _facts("For the first quarter, we expect a 6% sales decrease and a 4% increase in EBITDA.")
    assert sorted((f.metric, f.value) for f in facts if f.unit == "%") == [
        ("EBITDA guidance", 4.0),
        ("revenue guidance", -6.0),
    ]
