"""Core viewpoint: the headline result a results call leads with, whatever the industry."""

from __future__ import annotations

from finbrief import summarize
from finbrief.options import Options
from tests.summarize.helpers import doc_from

# A fictional storage REIT: its headline profit measure is AFFO per share, not net income or EPS.
REIT_CALL = """Harborlight Storage Trust (NYSE: HLST) Third Quarter 2026 Earnings Call

Operator: Good morning, and welcome to the Harborlight Storage Trust third quarter 2026 earnings call. \
I would now like to turn the call over to Dana Whitcomb, Chief Executive Officer.

Dana Whitcomb: Thank you, operator. Our third quarter was another solid one for Harborlight. Total revenue \
grew 6.2% to $184.3 million, driven by higher rents across our stores.

Dana Whitcomb: AFFO per share was $0.58 for the third quarter, up 4% from the prior year quarter, and \
same-store occupancy ended the quarter at 92.4%.

Dana Whitcomb: For the full year 2026, we now expect AFFO per share of $2.28 to $2.32.
"""


def test_a_reit_headline_carries_its_affo_per_share() -> None:
    core = summarize.brief(doc_from(REIT_CALL), Options(lang="en")).core_viewpoint
    assert core[0].text == "Q3 revenue rose 6.2% to $184.3 million. Q3 AFFO per share rose 4% to $0.58."
    assert core[0].citations == (3, 4)
