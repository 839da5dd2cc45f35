"""The brief names a quarter the way the company does: "fiscal Q2 2026" for a company whose year does not end in
December, citing a paragraph that names that fiscal quarter, never the calendar number a story uses."""

from __future__ import annotations

from finbrief import summarize
from finbrief.facts import run
from finbrief.options import Options
from finbrief.summarize.realise import fiscal_context, quarters_named
from tests.summarize.helpers import doc_from

# A fictional company whose fiscal year ends in March: its fiscal Q2 2026 ended September 30, 2025.
FISCAL_CALL = """Larkspur Systems (NYSE: LRKS) Fiscal Second Quarter 2026 Earnings Call

Operator: Good morning, and welcome to the Larkspur Systems earnings call for the fiscal second quarter 2026, \
the quarter ended September 30, 2025.

Mara Ellison, Chief Financial Officer: Thank you. Total revenue grew 12% to $4.6 billion, and operating \
income was $610 million.

Mara Ellison, Chief Financial Officer: For the fourth quarter, we expect revenue of $5.0 billion to $5.2 billion.
"""

# The same results told by a news story that calls the quarter by the calendar ("the third quarter"), while
# another paragraph speaks of an earlier quarter.
CALENDAR_STORY = """Larkspur Systems (NYSE: LRKS) reported results for its fiscal second quarter 2026, the quarter ended \
September 30, 2025.

In the first quarter, Larkspur Systems' revenue had grown 9%.

Larkspur Systems said that in the third quarter total revenue rose 12% to $4.6 billion, and operating income \
was $610 million.
"""


def _highlights(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(s.text, s.citations) for s in summarize.brief(doc_from(text), Options(lang="en")).highlights]


def test_a_fiscal_quarter_is_labelled_as_the_company_names_it() -> None:
    texts = [t for t, _ in _highlights(FISCAL_CALL)]
    assert "Fiscal Q2 2026 revenue rose 12% to $4.6 billion." in texts
    assert not any(t.startswith(("Q2 ", "Q3 ")) for t in texts)


def test_a_fiscal_forward_quarter_is_the_fiscal_fourth() -> None:
    assert any(t.startswith("Sees fiscal Q4 revenue $5.0 billion to $5.2 billion") for t, _ in _highlights(FISCAL_CALL))


def test_the_label_cites_the_paragraph_that_names_the_fiscal_quarter() -> None:
    """The story's "third quarter" is no fiscal Q3 and its "first quarter" paragraph is an earlier quarter:
    the label and its citation are the fiscal Q2 the head names."""
    got = dict(_highlights(CALENDAR_STORY))
    revenue = next(t for t in got if "$4.6 billion" in t)
    assert revenue.startswith("Fiscal Q2 2026 revenue")
    assert got[revenue] == (1, 3)
    assert not any(t.startswith("Q3") for t in got)


# A fictional consulting firm's remarks, one sentence a line: the year is named as the scope of its guidance
# right before the quarter's revenue.
GUIDANCE_SCOPE_CALL = """Thank you, and good morning.
Second quarter 2026 revenues grew 14%, and adjusted earnings per share grew 31.8%.
Overall, we are pleased with these results, which give us even greater confidence in our increased guidance ranges for the year.
Revenues of $412.3 million were up $51.2 million, compared to revenues of $361.1 million in the prior-year quarter.
Adjusted earnings per share for the quarter were $1.21, which compared to $0.92 in the prior-year quarter.
"""


def test_guidance_for_the_year_is_no_turn_to_the_years_results() -> None:
    texts = [t for t, _ in _highlights(GUIDANCE_SCOPE_CALL)]
    assert any(t.startswith("Q2 revenue $412.3 million") for t in texts)



def test_a_call_s_bare_quarter_is_its_fiscal_quarter() -> None:
    """On its own call a company's "second quarter" is its fiscal second quarter; in a story it may be the calendar's."""
    sheet = run(doc_from(FISCAL_CALL))
    fiscal = fiscal_context(sheet)
    assert fiscal is not None
    said = "In the second quarter, total revenue grew 12% to $4.6 billion."
    assert 2 in quarters_named(said, fiscal, call=True)
    assert 2 not in quarters_named(said, fiscal)
