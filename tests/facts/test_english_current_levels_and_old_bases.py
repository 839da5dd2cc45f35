"""English figures stated against other bases than they seem: a level "current" marks ("with a current loan-to-value
ratio of 58%", "our current $210 million of cash") or one the company estimates now ("we estimate our leverage is
5.6x") is today's, whatever outlook the sentence gives; a range set against the range given before is the forecast
now; a change against a year several years back is no fact; a pronoun or a judgement names no business line."""

from __future__ import annotations

from dataclasses import replace

from finbrief import facts

from .builders import ingest


def _facts(*lines: str) -> list[facts.Fact]:
    text = "Norvale Trust reported its third quarter 2022 results.\n" + "\n".join(lines) + "\n"
    doc = replace(ingest(text, source="NRVL_q3_2022.txt"), kind="transcript")
    return [f for f in facts.run(doc) if f.paragraph > 1]


def test_a_current_level_is_no_forecast() -> None:
    """An outlook word in the sentence makes no forecast of a level "current" marks as today's; the incremental amount
    the company estimates stays a forecast, and so does a figure of the current quarter or of the current guidance."""
    got = _facts(
        "The outlook for our loan book remains favorable, with a current weighted average loan-to-value ratio of 58%.",
        "We estimate that we could generate an incremental $150 million of liquidity in excess of our current $210"
        " million of cash.",
        "We expect our current quarter revenue of $500 million.",
        "Our current guidance calls for core FFO of $2.10 to $2.20 per share.",
    )
    ltv = [f for f in got if f.value == 58]
    assert ltv and all(not f.metric.endswith(" guidance") and f.period == "2022Q3" for f in ltv)
    cash = [f for f in got if f.value == 210_000_000]
    assert cash and all(not f.metric.endswith(" guidance") for f in cash)
    assert [f.metric for f in got if f.value == 150_000_000] == ["liquidity guidance"]
    assert [f.metric for f in got if f.value == 500_000_000] == ["revenue guidance"]
    assert [f.metric for f in got if f.value == 2.1] == ["core FFO per share guidance"]


def test_changes_against_several_years_back_are_no_yoy() -> None:
    """"down 4.5% to down 3.0% to full year 2019" in a 2022 call, "250 basis points higher than three years ago": changes
    over three years, no fact; the level forecast beside them and a range of changes against last year stay."""
    got = _facts(
        "We expect full year 2022 RevPAR to be between $180 to $185 or down 4.5% to down 3.0% to full year 2019.",
        "Occupancy is about 250 basis points higher than three years ago.",
        "Rental revenue grew 8% to 10% compared to 2021.",
    )
    assert not [f for f in got if f.unit in ("%", "bps") and f.paragraph in (2, 3)]
    assert [(f.metric, f.value, f.value_high) for f in got if f.paragraph == 2] == [("RevPAR guidance", 180.0, 185.0)]
    assert [(f.value, f.value_high, f.change) for f in got if f.paragraph == 4] == [(8.0, 10.0, "yoy")]


def test_a_level_estimated_now_is_no_forecast() -> None:
    """"we estimate our leverage is approximately 5.6x": the size of today's level, not a forecast; an estimate of a
    quarter or a year ahead, with "will be", or of a level the company keeps as its need stays a forecast."""
    got = _facts(
        "Pro forma for the equity forwards, we estimate our leverage is approximately 5.6x, well below our target of 6x.",
        "We estimate that fourth quarter revenue is $500 million.",
        "We estimate our tax rate will be 21% for the year.",
        "Based on our internal modeling, we continue to estimate that our CET1 capital need is around 11 percent.",
    )
    assert [(f.metric, f.period) for f in got if f.value == 5.6] == [("leverage ratio", "2022Q3")]
    assert [f.metric for f in got if f.value == 500_000_000] == ["revenue guidance"]
    assert [f.metric for f in got if f.value == 21] == ["tax rate guidance"]
    assert [f.metric for f in got if f.value == 11] == ["CET1 ratio guidance"]  # a standing target the company keeps


def test_a_range_set_against_the_range_given_before_is_the_forecast_now() -> None:
    """"AFFO in the $11.2 million to $12.9 million range compared to $10.4 million to $12.1 million range that we
    shared back in July": both are forecasts of the year, the second the earlier one; a result set against what the
    company expected stays a result."""
    got = _facts(
        "On the next page, we update the outlook for 2022. Fixed payments increased due to new leases. Variable"
        " payments decreased due to lower yields. G&A decreased by about $0.2 million. Shares increased due to ATM"
        " sales. This results in AFFO in the $11.2 million to $12.9 million range compared to $10.4 million to $12.1"
        " million range that we shared back in July.",
        "Third quarter revenue of $510 million compared to the $480 million we expected in July.",
    )
    now = [f for f in got if f.value == 11_200_000]
    before = [f for f in got if f.value == 10_400_000]
    assert [(f.metric, f.period, f.basis) for f in now] == [("AFFO guidance", "2022", None)]
    assert [(f.metric, f.period, f.basis) for f in before] == [("AFFO guidance", "2022", "prior")]
    assert [f.metric for f in got if f.value == 510_000_000] == ["revenue"]


def test_a_pronoun_or_a_judgement_names_no_business_line() -> None:
    """"We're forecasting a margin of about 12.5%": the company's forecast, no unit named "We're"; "$39 million of
    unfavorable Kestrel reserve development": Kestrel's, not an "unfavorable Kestrel" line."""
    got = _facts(
        "We're forecasting a margin of about 12.5% for 2023.",
        "In the quarter we ceded an additional $39 million of unfavorable Kestrel reserve development to the cover.",
    )
    assert [f.subject for f in got if f.value == 12.5] == ["NRVL"]
    assert [f.subject.casefold() for f in got if f.value == 39_000_000] == ["kestrel"]


def test_the_sentence_after_a_change_against_an_old_year_goes_on_against_it() -> None:
    """"Room revenue was up 6% compared to the third quarter of 2020. Food and beverage revenue grew 9%." in a 2022
    call: the second change is over the same two years, no YoY; a sentence that names its own comparison keeps it."""
    got = _facts(
        "Room revenue was up 6% compared to the third quarter of 2020. Food and beverage revenue grew 9%.",
        "Room revenue was up 7% compared to the third quarter of 2020. Compared to last year, other revenue grew 11%.",
        "ADR was up approximately 13% over 2019. Our hotels achieved occupancy greater than 80% on Tuesday nights.",
    )
    assert not [f for f in got if f.value in (6, 7, 9, 13)]
    assert [(f.metric, f.qualifier) for f in got if f.value == 80] == [("occupancy", "over")]  # a level's bound stays
    assert [(f.value, f.change) for f in got if f.value == 11] == [(11.0, "yoy")]
