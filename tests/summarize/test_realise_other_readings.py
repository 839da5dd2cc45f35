"""A highlight line is left out when the words around its figure say it is another thing's: a noun a clause calls a
sign of the metric, what usually happens, a basis the sentence opens on, a per-unit change, one part's share of the
total, a span of years, a channel's flows, a rate set against another rate or the parent company's cash flow; cash
used is no base of cash generated, and a margin the line cannot name is not printed. The company's own figures in
the same call are still printed. Texts written for these tests (the fictional Corvane Industrial)."""

from __future__ import annotations

import pytest

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from

Q3 = "Welcome to Corvane Industrial's third quarter 2022 earnings call.\n\n"
EPS = "Diluted earnings per share were $1.12 in the third quarter. "
EPS_LINE = "Q3 diluted earnings per share $1.12."
REVENUE = "Revenue was $612 million. "
REVENUE_LINE = "Q3 revenue $612 million."


def _lines(text: str) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=10)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            EPS + "Our contracted backlog, which is a key indicator of revenue growth increased by 18% and included 4% "
            "growth in design.",
            "18%",
        ),
        (
            EPS + "\n\nIn regard to the chip shortage, the impact in the third quarter was minimal.\n\nOn a weekly run "
            "rate basis and excluding the foreign currency impact, net sales were up a solid 8.4%, compared to the same "
            "quarter of fiscal year '21.",
            "8.4%",
        ),
    ],
)
def test_a_figure_the_sentence_gives_to_another_noun_or_basis_is_not_the_company_s(text: str, wrong: str) -> None:
    lines = _lines(Q3 + text)
    assert EPS_LINE in lines
    assert not any(wrong in line for line in lines)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "The increase is 6% when you adjust for days, when historically our revenue per day has increased by 2% "
            "from Q2 to Q3.",
            "2%",
        ),
        ("On a pro forma basis, recurring revenue was up 9% year over year.", "9%"),
        (
            "This decline can be attributed to a 16% increase in cost of goods sold per manufactured ton driven by "
            "higher freight.",
            "16%",
        ),
        (
            "Net sales of our coatings brands were approximately $88.1 million, a little bit less than 15% of our total "
            "company net sales.",
            "15%",
        ),
        ("We rely on the same principles that have served our customers well over the last 100 plus years.", "100"),
        ("In the quarter, the dealer channel had net outflows of $312 million.", "$312 million"),
    ],
)
def test_a_usual_change_a_unit_s_change_a_part_s_share_or_a_channel_s_flows_are_not_printed(
    text: str, wrong: str
) -> None:
    lines = _lines(Q3 + REVENUE + text)
    assert REVENUE_LINE in lines
    assert not any(wrong in line for line in lines)


def test_a_growth_rate_set_against_last_quarter_s_rate_is_no_sequential_change() -> None:
    text = (
        "Welcome to Corvane Industrial's fourth quarter 2022 earnings call.\n\n" + REVENUE + "Normalizing for currency, "
        "there was sequential improvement in the fourth quarter growth with local currency net sales declining 4.5% "
        "versus 6.6% year-over-year decline in the third quarter."
    )
    lines = _lines(text)
    assert "Q4 revenue $612 million." in lines
    assert not any("quarter on quarter" in line for line in lines)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("On an adjusted basis, earnings per share were $1.31.", "Q3 adjusted earnings per share $1.31."),
        (
            "On a line of business basis, Energy Systems revenue was up 11% to $349 million.",
            "Q3 Energy Systems revenue rose 11% to $349 million.",
        ),
    ],
)
def test_an_adjusted_basis_and_a_part_named_stay(text: str, wanted: str) -> None:
    lines = _lines(Q3 + REVENUE + text)
    assert any(line.startswith(wanted) for line in lines), lines


def test_the_parent_company_s_cash_flow_is_not_the_company_s() -> None:
    text = "This includes $700 million of parent-free cash flow, $90 million of proceeds received from the sale of a plant."
    lines = _lines(Q3 + REVENUE + text)
    assert REVENUE_LINE in lines
    assert not any("$700 million" in line for line in lines)


def test_cash_used_a_year_ago_is_no_base_of_cash_generated() -> None:
    lines = _lines(Q3 + REVENUE + "Free cash flow was $41 million compared to a use of $12 million last year.")
    assert "Q3 free cash flow $41 million." in lines
    assert not any("$12 million" in line for line in lines)


def test_a_margin_the_line_cannot_name_is_not_printed() -> None:
    lines = _lines(Q3 + REVENUE + "The result was third quarter margin expansion to 16.2% from 9.1% a year ago.")
    assert REVENUE_LINE in lines
    assert not any("16.2%" in line for line in lines)
    named = _lines(Q3 + REVENUE + "Gross margin expanded to 36.2% from 33.1% a year ago.")
    assert "Q3 gross margin 36.2% versus 33.1%." in named
