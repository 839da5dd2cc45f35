"""An insurer's headline "net income excluding all investment gains and losses of $X or $Y per share" is its
adjusted result, stated as such, not an item taken out of earnings; and the adjusted earnings per share said
before a cause that names an earlier quarter is the quarter reported. Texts written for these tests (the
fictional Larkspur Mutual, a second-quarter 2021 call)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q2 = "Welcome to Larkspur Mutual's second quarter 2021 earnings call.\n\n"


def _lines(text: str) -> list[str]:
    doc = doc_from(Q2 + text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


def test_net_income_excluding_investment_gains_is_the_adjusted_headline() -> None:
    lines = _lines(
        "Earlier today, we announced second quarter net income excluding all investment gains and losses of"
        " $98 million or $0.37 per share."
    )
    assert any(line.startswith("Q2 non-GAAP net income $98 million") for line in lines), lines
    assert not any("earnings per share" in line and "adjusted" not in line for line in lines), lines


def test_the_change_said_of_net_income_excluding_investment_gains_is_the_adjusted_measure_s() -> None:
    lines = _lines(
        "Earlier today, we announced second quarter net income excluding all investment gains and losses of"
        " $98 million or $0.37 per share and that's down approximately 7% from last year."
    )
    assert lines == ["Q2 non-GAAP net income fell about 7% to $98 million."], lines


def test_adjusted_eps_before_a_cause_naming_an_earlier_quarter_is_the_quarter_s() -> None:
    lines = _lines(
        "Sales of $412 million were up 6%. Adjusted diluted earnings per share of $1.12 fell 9% as our 2020 second"
        " quarter tax rate benefited from a one-time credit."
    )
    assert "Q2 adjusted earnings per share fell 9% to $1.12." in lines, lines
