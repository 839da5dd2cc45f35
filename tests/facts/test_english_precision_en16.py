"""English fact precision: a forecast's "to be" figure is the forecast, never its comparison base; a mark a total
went past is a floor ("surpassed the $92 billion mark"); a change noun after a percentage and one noun ("25% revenue
declines") makes it a change; bare "cash" is the cash balance only when a link or a verb of holding says so.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_mark_a_total_went_past_is_a_floor() -> None:
    facts = facts_of(
        "Revenue surpassed the $92 billion mark for the first time.",
        "Annual recurring revenue topped the $640 million mark.",
        "Subscribers crossed the 5 million milestone in August.",
        "Revenue reached the $1 billion mark.",
    )
    assert find(facts, raw="$92 billion").qualifier == "over"
    assert find(facts, raw="$640 million").qualifier == "over"
    assert find(facts, raw="5 million").qualifier == "over"
    assert find(facts, raw="$1 billion").qualifier is None  # reached: the total stands at the mark


def test_bare_cash_held_at_the_end_of_the_period_is_the_cash_balance() -> None:
    facts = facts_of(
        "We ended the quarter with $300 million of cash.",
        "Cash of $1.2 billion at quarter end gives us room to invest.",
        "Cash stood at $870 million at the end of September.",
    )
    for raw in ("$300 million", "$1.2 billion", "$870 million"):
        fact = find(facts, raw=raw)
        assert (fact.metric, fact.subject) == ("cash", "NovaSky")


def test_cash_paid_used_or_named_as_a_kind_of_expense_is_no_balance() -> None:
    facts = facts_of(
        "We acquired Brightline for $200 million in cash.",
        "Cash taxes were $50 million.",
        "We used $80 million of cash in the quarter.",
        "The purchase was funded with $120 million of cash and stock.",
        "At quarter end we had over $790 million in cash and available borrowing capacity.",
    )
    assert not [f for f in facts if f.metric == "cash"], [(f.raw, f.metric) for f in facts]


def test_a_forecast_to_be_figure_is_the_forecast_not_a_base() -> None:
    facts = facts_of(
        "Relative to our prior outlook, we now expect free cash flow for 2022 to be approximately $275 million.",
        "We expect revenue from the new contracts compared to 2021 to be approximately $40 million.",
        "Our prior guidance expected capital expenditures to be $60 million.",
    )
    assert find(facts, raw="$275 million").basis is None
    assert find(facts, raw="$275 million").metric == "free cash flow guidance"
    assert find(facts, raw="$40 million").basis is None
    assert find(facts, raw="$60 million").basis == "prior"  # the previous forecast, said in the past


def test_a_change_noun_after_a_percentage_and_its_noun_makes_a_change() -> None:
    facts = facts_of(
        "Our third quarter revenue was down 17%.",
        "Since then we have seen more like 25% revenue reductions, driven by lower unit sales.",
    )
    assert (find(facts, raw="17%").value, find(facts, raw="25%").value) == (-17.0, -25.0)


def test_a_count_of_deals_is_no_volume() -> None:
    facts = facts_of("Deal volumes reached 411 deals in the quarter.")
    assert not [f for f in facts if f.raw == "411"], [(f.raw, f.metric) for f in facts]


ROSTER_CALL = """CORPORATE PARTICIPANTS

Dana Whitfield
Parkmoor Mortgage Investment Trust - CFO

Owen Marsh
Parkmoor Mortgage Investment Trust - CEO

PRESENTATION

Owen Marsh
Parkmoor Mortgage Investment Trust - CEO
Good afternoon and welcome to the third quarter 2022 earnings discussion for Parkmoor Mortgage Investment Trust.
Volumes in our correspondent production segment were strong again this quarter.
PMT reported net income of $1.5 million in the third quarter.
PMT's correspondent production segment contributed $6.1 million of pretax income for the quarter.

Dana Whitfield
Parkmoor Mortgage Investment Trust - CFO
Excluding market-driven value changes, PMT reported $46.5 million of net income across its strategies.
"""


def test_an_acronym_of_the_company_name_the_call_keeps_using_is_the_company() -> None:
    """"PMT" for Parkmoor Mortgage Investment Trust, a name the lexicon does not know: the company's figures,
    and "PMT's correspondent production segment" still the segment's."""
    from finbrief.facts import run

    from .builders import ingest

    doc = ingest(ROSTER_CALL)
    facts = [f for f in run(doc) if f.raw in ("$1.5 million", "$46.5 million", "$6.1 million")]
    company = "Parkmoor Mortgage Investment Trust"
    assert find(facts, raw="$1.5 million").subject == company
    assert find(facts, raw="$46.5 million").subject == company
    assert {f.subject for f in facts if f.raw == "$6.1 million"} == {"correspondent production"}


def test_growth_restating_the_forecast_just_given_is_guidance_of_the_year() -> None:
    facts = facts_of(
        "Our outlook calls for full year revenue of $1.80 billion to $1.84 billion and adjusted EBITDA of $400 million "
        "to $410 million. So the year-over-year revenue and adjusted EBITDA growth is 5% and 8%, respectively.",
        "Revenue grew 6% in the third quarter.",
    )
    for raw, metric in (("5%", "revenue guidance"), ("8%", "adjusted EBITDA guidance")):
        fact = find(facts, raw=raw)
        assert (fact.metric, fact.period, fact.change) == (metric, "2021", "yoy")
    assert (find(facts, raw="6%").metric, find(facts, raw="6%").period) == ("revenue", "2021Q3")


def test_a_whole_company_opening_inside_a_segment_walk_sends_the_figures_to_the_company() -> None:
    walk = (
        "Turning to our Industrial segment, revenue grew 6% to $410 million and segment margin was 18.2%. The "
        "Industrial segment saw strong demand, with orders up 9%."
    )
    for lead in ("Overall for the quarter, revenue was $1.2 billion.", "Consolidated, revenue was $1.2 billion.",
                 "Company-wide, revenue was $1.2 billion.", "In total, revenue was $1.2 billion."):
        facts = facts_of(walk, lead)
        assert find(facts, raw="$1.2 billion").subject == "NovaSky", lead
        assert find(facts, raw="$410 million").subject != "NovaSky"
    facts = facts_of(walk, "Overall, the segment's margin was 15.1%.")
    assert find(facts, raw="15.1%").subject != "NovaSky"  # the sentence names the segment itself
