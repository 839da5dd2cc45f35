"""Label lines whose firm closes on its legal form's full stop ("& Co.", "Co., Ltd.")."""

from __future__ import annotations

import pytest

from finbrief.ingest import from_text
from finbrief.model import Document
from finbrief.structure import run


def pairs(doc: Document) -> list[tuple[str | None, str | None]]:
    """(asker's name, firm) per pair, as a reader sees them."""
    return [(doc.speakers_by_id[q.asker].name if q.asker else None, q.firm) for q in doc.qa]


def call(firm: str) -> str:
    return f"""Corporate participants
Lukas BREM, Chief Executive Officer

Operator
The first question comes from Nadia Ferro, {firm}

Nadia FERRO, {firm}
Good morning. Lukas, how did volumes develop in the quarter?

Lukas BREM, Chief Executive Officer
Volumes rose 4%. We sold the old plant to a fund managed by Harwick Lane Partners & Co.

Operator
This concludes the call.
"""


@pytest.mark.parametrize("firm", ["Ostrava Capital Markets & Co.", "Ostrava Capital Securities Co., Ltd."])
def test_an_asker_line_whose_firm_ends_in_a_legal_form_s_full_stop_is_a_label(firm: str) -> None:
    doc = run(from_text(call(firm), "call.txt"))
    assert pairs(doc) == [("Nadia Ferro", firm)]
    sold = next(p for p in doc.paragraphs if "old plant" in p.text)
    assert sold.speaker is not None and doc.speakers_by_id[sold.speaker].name == "Lukas Brem"
