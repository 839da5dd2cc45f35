"""The short names a call uses for its own company (a company the lexicon does not know) are the company's."""

from __future__ import annotations

from finbrief.facts import identify, run
from tests.facts.builders import ingest

_CALL = """CORPORATE PARTICIPANTS

Mara Lindqvist
Brambleway Properties Corp. - President & CEO

Tobias Renner
Brambleway Properties Corp. - CFO

PRESENTATION

Operator
Welcome to Brambleway's third quarter 2022 earnings conference call.

Mara Lindqvist
Brambleway Properties Corp. - President & CEO
Brambleway delivered another strong quarter. Our neighborhood centers stayed 95% leased, and Brambleway signed
40 new leases.

Tobias Renner
Brambleway Properties Corp. - CFO
Brambleway core FFO per share was $0.45 in the third quarter. We raised our outlook, and Brambleway now expects
same-property NOI growth of 4% for the full year 2022.
"""

_MANAGED_CALL = """CORPORATE PARTICIPANTS

Lena Hartwig
Corvane Commercial Real Estate Finance, Inc. - CFO

Paul Ostrander
Corvane Commercial Real Estate Finance, Inc. - CEO

PRESENTATION

Paul Ostrander
Corvane Commercial Real Estate Finance, Inc. - CEO
Good morning and welcome. CRI had a solid third quarter 2022. Our manager, Corvane Global, originated record volume,
and Corvane remains committed to the platform. CRI closed $400 million of new loans.

Lena Hartwig
Corvane Commercial Real Estate Finance, Inc. - CFO
CRI reported distributable earnings of $52 million, or $0.37 per share, for the third quarter. Corvane also manages
other funds.
"""


def test_the_name_without_its_generic_last_words_is_the_company() -> None:
    """"Brambleway" for Brambleway Properties Corp.: its figures are the company's, not another firm's."""
    doc = ingest(_CALL, "call.txt")
    sheet = identify(doc)
    assert sheet.company == "Brambleway Properties"
    assert "Brambleway" in sheet.names
    fact = next(f for f in run(doc).facts if f.raw == "$0.45")
    assert fact.subject == "Brambleway Properties"


def test_an_acronym_of_the_legal_name_is_the_company_and_the_managers_word_is_not() -> None:
    """"CRI" abbreviates Corvane Commercial Real Estate Finance, Inc. (its legal form included): the company. "Corvane"
    also heads "Corvane Global", the manager, so it does not stand for the company."""
    doc = ingest(_MANAGED_CALL, "call.txt")
    sheet = identify(doc)
    company = "Corvane Commercial Real Estate Finance"
    assert sheet.company == company
    assert "CRI" in sheet.names
    assert "Corvane" not in sheet.names
    facts = run(doc).facts
    assert {f.subject for f in facts if f.raw in ("$52 million", "$0.37")} == {company}
