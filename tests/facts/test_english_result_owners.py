"""English calls: a net result named with the holders it belongs to ("net income attributable to common shareholders",
"net income attributable to NovaSky") is that net result, not a cause of it.

Sentences are written for these tests about the fictional NovaSky Technology (a third-quarter 2021 call); the figures
are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_net_income_attributable_to_its_holders_is_the_net_income() -> None:
    facts = facts_of(
        "Operating income was $44 million and net income attributable to NovaSky was $23 million or $0.16 per share.",
        "Net income attributable to common shareholders was $19 million.",
    )
    for raw, metric, value in (("$23 million", "net income", 23e6), ("$0.16", "EPS", 0.16), ("$19 million", "net income", 19e6)):
        f = find(facts, raw=raw)
        assert (f.subject, f.metric, f.value, f.period) == ("NovaSky", metric, value, "2021Q3")


def test_revenue_attributable_to_an_acquired_firm_stays_unread() -> None:
    facts = facts_of("Revenue attributable to Delmont was $21 million.")
    assert not [f for f in facts if f.raw == "$21 million" and f.metric == "revenue" and f.subject == "NovaSky"]
