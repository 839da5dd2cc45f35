"""English percentages and other parties' figures: a yield, a coupon or a part's share of a whole is no level of the
amount metric its clause names (a dividend, rental revenue); a piece of a fraction ("9 3/4%") is no rate; a figure an
industry body, a research firm, a customer or a rival gives is theirs; revenue lost to an event is no result or outlook;
a share of debt exposed to floating rates is no cost of debt; a gap to underwriting is no level."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts

from .builders import ingest


def _facts(*lines: str) -> list[facts.Fact]:
    text = "Norvale Trust reported its third quarter 2022 results.\n" + "\n".join(lines) + "\n"
    doc = replace(ingest(text, source="NRVL_q3_2022.txt"), kind="transcript")
    return [f for f in facts.run(doc) if f.paragraph > 1]


def _values(got: list[facts.Fact]) -> set[tuple[str, float, str]]:
    return {(f.metric, f.value, f.unit) for f in got}


def test_a_yield_on_the_dividend_is_no_dividend() -> None:
    """"That level of dividend reflects an annualized yield above 2%": the dividend is $0.10, the 2% a yield on the
    price, not a dividend of 2%."""
    got = _facts(
        "Our board declared a third quarter dividend of $0.10 per share. That level of dividend reflects an annualized"
        " yield above 2% on a full year basis.",
    )
    assert ("dividend", 0.1, "USD") in _values(got)
    assert not [f for f in got if f.unit == "%" and f.metric.startswith("dividend") and f.metric != "dividend yield"]


def test_a_share_of_the_companys_revenue_is_no_revenue() -> None:
    """"Leases expiring in 2024 represent only 60% or 3.8% of our annual rental revenue": shares of the whole, no
    rental revenue of 60%; a balance restated as a share of loans stays its ratio."""
    got = _facts(
        "Leases expiring in 2024 represent only 60% or 3.8% of our annual rental revenue.",
        "Our allowance for credit losses totaled $2.1 billion, or 1.9% of loans.",
    )
    assert not [f for f in got if f.value == 60]
    assert ("allowance for credit losses", 1.9, "%") in _values(got)


def test_a_piece_of_a_coupon_fraction_is_no_rate() -> None:
    """"the redemption of our 7 1/2% senior notes": 7.5% written as a fraction, whose "2%" is no cost of debt; the
    amount the redemption saves stays."""
    got = _facts("The redemption of our 7 1/2% senior notes in May lowers our annual interest expense by about $30 million.")
    assert not [f for f in got if f.unit == "%" and f.value in (1, 2)]
    assert [f for f in got if f.value == 30_000_000]


def test_a_gap_to_underwriting_is_no_level() -> None:
    got = _facts("EBITDA from the acquired hotels is expected to be approximately 80% above our underwriting expectations.")
    assert not [f for f in got if f.value == 80]


def test_revenue_lost_to_an_event_is_no_revenue() -> None:
    """"we estimate approximately $700,000 of revenue was lost": what a storm took away, no revenue guidance."""
    got = _facts("In total, we estimate approximately $700,000 of revenue was lost due to the storm in August.")
    assert not [f for f in got if f.value == 700_000 and f.metric.startswith("revenue")]


def test_a_share_exposed_to_floating_rates_is_no_cost_of_debt() -> None:
    got = _facts(
        "After the quarter, we swapped $150 million of our variable rate debt to reduce our floating interest rate"
        " exposure to approximately 30%.",
        "The weighted average interest rate on our debt was 4.1%.",
    )
    assert not [f for f in got if f.value == 30]
    assert ("cost of debt", 4.1, "%") in _values(got)


def test_net_debt_to_capitalization_is_a_ratio_not_net_debt() -> None:
    got = _facts("Our net debt to capitalization ratio was 18.4% at quarter end, and net debt was $900 million.")
    assert ("net debt to capitalization", 18.4, "%") in _values(got)
    assert ("net debt", 900_000_000, "USD") in _values(got)
    assert not [f for f in got if f.metric == "net debt" and f.unit == "%"]


def test_industry_and_research_firm_figures_are_not_the_companys() -> None:
    got = _facts(
        "Mortgage volumes remain weak, with some industry estimates pegging overall activity down 40% or more this year.",
        "The industry association forecasts shipments to grow 8% next year.",
        "According to Harbor Research, the market for smart valves will reach $12 billion in 2025.",
        "Our own shipments grew 5% in the quarter.",
    )
    assert not [f for f in got if f.value in (-40, 40, 8, 12_000_000_000)]
    assert [f.metric for f in got if f.value == 5] == ["shipments"]


def test_the_companys_own_figure_after_a_research_firm_is_kept() -> None:
    """"According to Harbor Research, our market share rose to 25%": the company's share, by that source."""
    got = _facts("According to Harbor Research, our market share rose to 25% in the quarter.")
    assert [(f.metric, f.value) for f in got] == [("market share", 25)]


def test_a_customers_or_rivals_figure_is_not_the_companys() -> None:
    got = _facts(
        "Our largest customer reported revenue growth of 15% in the quarter.",
        "A competitor announced a price increase of 6% for next year.",
        "Revenue grew 9% in the quarter.",
    )
    assert not [f for f in got if f.value in (15, 6)]
    assert [(f.metric, f.value) for f in got] == [("revenue", 9)]


def test_an_economy_wide_annual_rate_is_no_figure_of_the_company() -> None:
    """"light vehicle sales surged to a 16.9 million unit seasonally adjusted annual rate": the market's pace, which
    no revenue of the company is."""
    got = _facts(
        "September U.S. light vehicle sales rose to a 16.9 million unit seasonally adjusted annual rate.",
        "Our automotive revenue was $410 million in the quarter.",
    )
    assert not [f for f in got if f.value == 16_900_000]
    assert [f.value for f in got] == [410_000_000]
