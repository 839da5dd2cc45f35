"""English subjects, changes and periods of a waterfront developer's, a carrier's and a ski operator's call: a line
opening its sentence after "Overall," stays in focus, a comparison stated once goes on through a run of growth
figures, a season to date compared with an earlier season is this season's; a span to date, the clients a figure counts
and a stabilized portfolio name no unit; a unit's name run into its first sentence heads the section.

Sentences are written for these tests about fictional companies, sites and units; the figures are invented.
"""

from __future__ import annotations

from finbrief.facts import run
from finbrief.model import Fact

from .builders import build
from .test_english import facts_of, find


def test_a_line_opening_its_sentence_after_overall_stays_in_focus() -> None:
    """"Overall, Harborfront revenue increased to $32 million ... This improvement resulted in net operating
    income of $1.6 million": the income is Harborfront's, not that of the pier carried from the paragraph before."""
    facts = facts_of(
        "At Dockside Pier, we had another strong quarter, and Dockside Pier revenue grew 12%.",
        "Overall, Harborfront revenue increased to $32 million in the quarter, a 57% increase over the same period "
        "last year. This improvement resulted in net operating income of $1.6 million.",
    )
    assert find(facts, raw="12%").subject == "Dockside Pier"
    assert find(facts, raw="$32 million").subject.casefold() == "harborfront"
    assert find(facts, raw="$1.6 million").subject.casefold() == "harborfront"


def test_a_comparison_goes_on_through_a_run_of_growth_figures_stating_none() -> None:
    """"Total revenue increased 4% sequentially. Freight revenue grew 4%. Its margin was flat. Parcel revenue grew
    5%. Europe revenue increased 3%.": each growth figure of the walk is over the quarter before, not only those
    within two sentences of the one that said so."""
    facts = facts_of(
        "Total company revenue increased 4% sequentially, with improvements across all regions.",
        "Our freight division revenue grew 6%, driven by higher volumes.",
        "Operating margin was essentially flat in the third quarter as we prepared for higher demand.",
        "Our parcel division revenue grew 5%, with increased activity across multiple regions.",
        "Operating margin was about flat as well.",
        "Europe revenue increased 3% as growth in Germany was partly offset by France.",
    )
    assert find(facts, raw="6%").change == "qoq"
    assert find(facts, raw="5%").change == "qoq"
    assert find(facts, raw="3%").change == "qoq"


def test_a_comparison_stated_once_does_not_reach_past_a_gap() -> None:
    """Three sentences without a growth figure end the run: a later bare growth figure keeps the call's own
    convention (over the same quarter a year before)."""
    facts = facts_of(
        "Total company revenue increased 4% sequentially.",
        "We opened two terminals. We hired 300 drivers. We signed a new labor agreement.",
        "Our parcel division revenue grew 5%.",
    )
    assert find(facts, raw="5%").change == "yoy"


SNOWCAP = (
    "Welcome to Snowcap Mountains' second quarter fiscal 2026 earnings call. Our fiscal year ends on July 31.\n"
    "Snowcap Mountains had a strong quarter.\n"
)


def _snowcap(line: str) -> list[Fact]:
    """Facts of one line of a ski operator's call whose fiscal year ends in July (second quarter: to January)."""
    return [f for f in run(build(SNOWCAP + line, "en")) if f.paragraph > 2]


def test_a_season_to_date_figure_compared_with_an_earlier_season_is_this_seasons() -> None:
    """"up 2.8% compared to the fiscal year 2024 season-to-date period" in the second quarter of fiscal 2026: the
    season that runs now, from its start to the call's quarter, not fiscal 2025 nor the rest of fiscal 2026."""
    two_back = _snowcap("Season-to-date total skier visits were up 2.8% compared to the fiscal year 2024 season-to-date period.")
    one_back = _snowcap("Season-to-date lift revenue was up 6% compared to the fiscal year 2025 season-to-date period.")
    assert [f.period for f in two_back] == ["2025Q4-2026Q1"]
    assert [f.period for f in one_back] == ["2025Q4-2026Q1"]


def test_a_span_to_date_names_no_business_line() -> None:
    """"Season-to-date skier visits", "Quarter-to-date bookings": how long the figure runs, not a unit."""
    facts = facts_of(
        "Season-to-date skier visits were up 2.8%.",
        "Quarter-to-date bookings were up 9%.",
    )
    assert find(facts, raw="2.8%").subject == "NovaSky"
    assert find(facts, raw="9%").subject == "NovaSky"


def test_whom_a_figure_counts_names_no_business_line() -> None:
    """"Our client retention improved to 92%", "Customer deposits were $5 billion": the company's clients and
    deposits, not a business line called "client" or "customer"; "property sales" stays a line."""
    facts = facts_of(
        "Our client retention improved to 92% year-over-year.",
        "Customer deposits were $5 billion at the end of the quarter.",
        "Our policy retention rate remained at 88%.",
        "Property sales rose 3%.",
    )
    assert find(facts, raw="92%").subject == "NovaSky"
    assert find(facts, raw="$5 billion").subject == "NovaSky"
    assert find(facts, raw="88%").subject == "NovaSky"
    assert find(facts, raw="3%").subject == "property sales"


def test_the_stabilized_portfolio_is_the_whole_portfolio() -> None:
    """"our stabilized portfolio was 91% occupied": the company's properties measured once stabilized, while "our
    industrial portfolio" is a part of the business."""
    facts = facts_of(
        "At the end of the quarter, our stabilized portfolio was 91% occupied.",
        "Our industrial portfolio was 97% occupied.",
    )
    assert find(facts, raw="91%").subject == "NovaSky"
    assert find(facts, raw="97%").subject == "industrial portfolio"


def test_a_units_name_run_into_its_first_sentence_heads_the_section() -> None:
    """"Aerospace, fourth quarter revenue was $83.1 million": a section heading run into the sentence after it,
    so the figures are Aerospace's, not those of the unit before."""
    facts = facts_of(
        "In our Marine business, revenue was $92.8 million, representing 10.9% growth year-over-year.",
        "Aerospace, third quarter revenue was $83.1 million, an increase of 1.5% year-over-year.",
    )
    assert find(facts, raw="$92.8 million").subject == "Marine"
    assert find(facts, raw="$83.1 million").subject == "Aerospace"
    assert find(facts, raw="1.5%").subject == "Aerospace"


def test_a_comparison_named_in_passing_starts_no_run() -> None:
    """"... the sequentially improving top line." names no figure's comparison: the segment walk after it keeps the
    call's own convention past the two sentences such a mention holds for."""
    facts = facts_of(
        "Our teams kept inventories lean despite the headwinds from the sequentially improving top line.",
        "Turning to our segments.",
        "Freight posted a total revenue increase of 0.9%.",
        "Acquisitions contributed to the growth.",
        "Core operating margin increased 90 basis points.",
    )
    assert find(facts, raw="90 basis points").change != "qoq"


def test_a_multiple_of_trailing_ebitda_is_the_quarter_ends() -> None:
    """"our net debt was 2.1 times trailing 12 months total reported EBITDA": the twelve months are the EBITDA's, the
    multiple is the balance at the quarter's end; a trailing twelve months' revenue keeps its span."""
    facts = facts_of(
        "As of September 30, 2021, our net debt was 2.1 times trailing 12 months total reported EBITDA.",
        "Trailing twelve months revenue was $4.1 billion.",
    )
    assert find(facts, raw="2.1 times").period == "2021Q3"
    assert find(facts, raw="$4.1 billion").period == "2020Q4-2021Q3"


def test_an_amount_over_a_range_of_periods_is_the_whole_ranges() -> None:
    """"$645 million in annual rental revenue from 4Q '22 through the third quarter of 2025", "$200 million between
    2023 and 2025": the span the amount is over, not its last period; a growth rate "between 2019 and 2020" is over
    those years, no span."""
    facts = facts_of(
        "Our pipeline is expected to add approximately $645 million in incremental annual rental revenue from 4Q '22 "
        "through the third quarter of 2025.",
        "We expect to invest $200 million between 2023 and 2025.",
        "Our FFO per share was off only 8% between 2019 and 2020.",
    )
    assert find(facts, raw="$645 million").period == "2022Q4-2025Q3"
    assert find(facts, raw="$200 million").period == "2023-2025"
    assert find(facts, raw="8%").period != "2019-2020"


def test_a_level_in_a_present_tense_clause_is_how_things_stand_now() -> None:
    """"Next year, we will fully deliver our 500 Harbor Street facility that is 97% leased": leased now, in the
    call's quarter, not next year; an occupancy expected next year stays next year's."""
    facts = facts_of(
        "Next year, we will fully deliver our 500 Harbor Street life science facility that is 97% leased.",
        "We expect occupancy to reach 95% next year.",
    )
    assert find(facts, raw="97%").period == "2021Q3"
    assert find(facts, raw="95%").period == "2022"
