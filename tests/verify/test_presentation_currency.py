"""Verification reads a bare "$" as the dollar the document says it reports in."""

from __future__ import annotations

from finbrief.model import Statement
from finbrief.verify import check
from tests.summarize.helpers import doc_from

CANADIAN = """Maplewood Industrial REIT Third Quarter 2025 Results Conference Call
Leah Moreau: Thank you. All amounts discussed today are in Canadian dollars unless otherwise noted.
Leah Moreau: Net operating income for the third quarter was $48.6 million, up 7.2% from the same quarter last year.
Leah Moreau: Our US portfolio generated US$12.1 million of net operating income in the quarter.
"""

AMERICAN = """Harborline Foods Third Quarter 2025 Earnings Call
Dana Price: Revenue for the quarter was $612.4 million, up 5% year over year.
"""


def _cite(doc, needle: str) -> int:  # type: ignore[no-untyped-def]
    return next(p.n for p in doc.paragraphs if needle in p.text)


def test_a_canadian_landlord_s_dollars_verify_as_canadian_dollars() -> None:
    doc = doc_from(CANADIAN)
    n = _cite(doc, "$48.6 million")
    assert check(Statement("Net operating income rose 7.2% to C$48.6 million.", (n,)), doc) is None
    assert check(Statement("Net operating income rose 7.2% to US$48.6 million.", (n,)), doc) is not None
    m = _cite(doc, "US$12.1 million")
    assert check(Statement("The US portfolio earned US$12.1 million.", (m,)), doc) is None
    assert check(Statement("The US portfolio earned C$12.1 million.", (m,)), doc) is not None


def test_a_us_company_s_dollars_are_no_canadian_dollars() -> None:
    doc = doc_from(AMERICAN)
    n = _cite(doc, "$612.4 million")
    assert check(Statement("Revenue was $612.4 million.", (n,)), doc) is None
    assert check(Statement("Revenue was C$612.4 million.", (n,)), doc) is not None
