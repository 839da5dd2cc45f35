"""A bare English "loss", "profit" or "gain" names no measure: the words around it are an item's (a loss on one
holding, a loss provision or reserve, profit sharing revenues, a gain on a sale), so no highlight line reads them as
the company's result, nor gains and losses a measure includes as a loss; an insurer's losses and loss adjustment
expenses are printed by that name; a net loss said as such is still printed. Texts written
for these tests (the fictional NovaSky Technology)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to NovaSky's third quarter 2022 earnings call.\n\nRevenue was $410 million. "
REVENUE = "Q3 revenue $410 million."


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("The quarter included a loss of $12 million on our stake in the Zephyr venture.", "$12 million"),
        ("Other charges in the quarter included $6 million of loss provision and exit costs.", "$6 million"),
        ("The $9 million loss reserve for the closed plant sits in other current liabilities.", "$9 million"),
        ("We recognized $4.1 million in warranty profit sharing revenues this quarter.", "$4.1 million"),
        ("This quarter we booked a gain on asset sales of $5.5 million.", "$5.5 million"),
        ("Book value per share including currency gains and losses grew 11.4%.", "11.4%"),
    ],
)
def test_a_bare_loss_profit_or_gain_is_no_company_result(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any(wrong in line for line in lines)


def test_an_insurers_loss_expense_is_printed_as_that_measure_not_as_a_loss() -> None:
    """"Losses and loss adjustment expenses fell 33%": the insurer's claims expense by its name, never a loss."""
    lines = _lines(Q3 + "Losses and loss adjustment expenses fell 33% to $52 million.")
    assert [line for line in lines if "33%" in line] == ["Q3 losses and loss adjustment expenses fell 33% to $52 million."]


def test_a_net_loss_is_still_the_company_s() -> None:
    assert "Q3 net loss $15 million." in _lines(Q3 + "Net loss for the quarter was $15 million.")


def test_gains_and_losses_a_measure_includes_are_no_loss() -> None:
    text = "Adjusted book value per share including currency gains and losses grew 11.4%."
    lines = _lines(Q3 + text)
    assert REVENUE in lines
    assert not any("loss" in line for line in lines)
