"""A change in what a group of customers bought or was charged ("sales to our retail customers declined 37%",
"rental rates for new customers were 28% above last year's") is no change in the number of customers, so no highlight line
says the customers rose or fell by it; a count of customers said as such is still printed. Texts written for
these tests (the fictional NovaSky Technology)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million. "


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Sales to our retail customers declined 37% this quarter, while sales to hospital customers grew 9%.", "37%"),
        ("Rental rates for new customers were 28% above last year's.", "28%"),
    ],
)
def test_what_customers_bought_is_not_their_number(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert "Q3 revenue $410 million." in lines
    assert not any("customers" in line and wrong in line for line in lines)


def test_a_count_of_customers_is_still_printed() -> None:
    assert "Q3 customers rose 12% to 48,000." in _lines(Q3 + "The number of customers rose 12% to 48,000.")
