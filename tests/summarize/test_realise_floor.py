"""The headline figures keep a quarter's figure that its sentence compares with another period, and a
headline figure left out as misread does not let weaker figures fill its place. Texts written for these
tests (fictional companies)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import HEADLINE_FLOOR, highlights
from tests.summarize.helpers import doc_from


def _lines(text: str, floor: float = 0.0) -> list[str]:
    doc = doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=5, floor=floor)]


def test_a_quarter_s_eps_compared_with_an_older_quarter_is_kept() -> None:
    lines = _lines(
        "Welcome to Harrowgate Motor Group's first quarter 2021 earnings call.\n"
        "For the quarter we generated adjusted net income of $103 million. This equates to adjusted earnings "
        "per share of $5.57, an increase of 236% over the prior year and an increase of 170% over the "
        "pre-pandemic first quarter of 2019.\n"
    )
    said = [line for line in lines if "$5.57" in line]
    assert said and all("Q1" in line and "%" not in line for line in said)


def test_a_lesser_figure_does_not_fill_the_place_of_a_headline_left_out() -> None:
    """The EPS goal of no year is left out (not guidance); a plan far weaker than it is no headline either,
    though it is the best figure left (the brief's highlights, which take more, keep it)."""
    text = (
        "Welcome to Merriton Gas Holdings' first quarter 2021 earnings call.\n"
        "We remain on track to reach our goal of earnings per share of $1.60.\n"
        "We acquired a solar facility, part of our plan to invest $165 million this year.\n"
    )
    assert not any("$1.60" in line for line in _lines(text, HEADLINE_FLOOR))
    assert not any("$165 million" in line for line in _lines(text, HEADLINE_FLOOR))
    assert any("$165 million" in line for line in _lines(text))
