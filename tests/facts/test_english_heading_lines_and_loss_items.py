"""English heading lines and items named by what they are: a bare title-case line naming a unit scopes the figures
right under it, a topic heading ends a unit carried from before; an underwriting loss is the negative of the
underwriting gain, a bad debt reserve is a balance, not the period's expense; a price change after a volume change is
no volume figure; losses and loss adjustment expenses are an insurer's expense, not a loss; a channel or franchise the
call names as its own ("our retail channel") is a unit like a segment, and so is one a sentence turns to ("Turning to
merchandise, ...").

Sentences are written for these tests about fictional companies and units; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_a_unit_heading_line_scopes_the_figures_under_it() -> None:
    """"Industrial Solutions" alone on a line, then "Revenue was $412 million": the revenue is the unit's, not the
    company's; "Americas" (a region of the lexicon) heads its block the same way."""
    facts = facts_of(
        "Industrial Solutions",
        "Revenue was $412 million, up 6%, and segment margin was 12.5%.",
        "Americas",
        "Revenue grew 4% to $210 million.",
    )
    assert find(facts, raw="$412 million").subject == "Industrial Solutions"
    assert find(facts, raw="12.5%").subject == "Industrial Solutions"
    assert find(facts, raw="$210 million").subject == "Americas"


def test_a_topic_heading_line_ends_a_unit_carried_from_before() -> None:
    """A unit named in the paragraph before "Financial Review" does not own the revenue under that heading, and a
    person's name alone on a line heads nothing."""
    facts = facts_of(
        "Our specialty chemicals business grew 6% in the quarter.",
        "Financial Review",
        "Revenue was $1.9 billion, and gross margin was 31%.",
        "Dana Whitfield",
        "Operating income was $240 million.",
    )
    assert find(facts, raw="$1.9 billion").subject == "NovaSky"
    assert find(facts, raw="31%").subject == "NovaSky"
    assert find(facts, raw="$240 million").subject == "NovaSky"


def test_an_underwriting_loss_is_the_negative_underwriting_gain() -> None:
    """"had an underwriting loss of $4 million": the underwriting result is -$4 million, not a profit figure."""
    facts = facts_of("Our Coastal segment had an underwriting loss of $4 million for the quarter.")
    loss = find(facts, raw="$4 million")
    assert (loss.metric, loss.value) == ("underwriting gain", -4_000_000)


def test_a_bad_debt_reserve_is_a_balance_not_the_expense() -> None:
    """"The bad debt reserve balance rose ... to $1.6 million": the reserve held at the quarter's end."""
    facts = facts_of("The bad debt reserve balance rose from $0.8 million to $1.6 million as of the end of the quarter.")
    assert find(facts, raw="$1.6 million").metric == "bad debt reserve"


def test_a_price_change_after_a_volume_change_is_no_volume_figure() -> None:
    """"driven by volumes growth of 3% and price of 2%": the 2% is a change of price, not of volumes."""
    facts = facts_of("Sales rose 5%, driven by volumes growth of 3% and price of 2%.")
    assert find(facts, raw="3%").metric == "volumes"
    assert not [f for f in facts if f.raw == "2%"]


def test_an_insurers_losses_and_loss_adjustment_expenses_are_an_expense_not_a_loss() -> None:
    """"losses and loss adjustment expenses were $70 million": the claims expense of the quarter, a positive amount,
    not a loss of the company."""
    facts = facts_of("Our losses and loss adjustment expenses were $70 million, a decrease of 33%.")
    expense = find(facts, raw="$70 million")
    assert (expense.metric, expense.value) == ("losses and LAE", 70_000_000)
    assert find(facts, raw="33%").metric == "losses and LAE"


def test_a_channel_or_franchise_the_call_names_as_its_own_is_a_unit() -> None:
    """"Our retail channel delivered sales of $350 million" after a paragraph on poultry: the sales are the retail
    channel's, not poultry's; "Our coal franchise delivered a 20% increase" is the coal franchise's."""
    facts = facts_of(
        "In poultry, we expect full-year margins of 5% to 7%.",
        "Our retail channel delivered sales of $350 million.",
        "Our coal franchise delivered a 20% increase in revenue per unit in the quarter.",
    )
    assert find(facts, raw="$350 million").subject == "retail"
    assert find(facts, raw="20%").subject == "coal"


def test_a_sentence_turning_to_a_lowercase_unit_is_about_that_unit() -> None:
    """"Turning to merchandise, volumes rose 4%": the volumes are the merchandise line's, as after "In merchandise,";
    "Turning to margins," turns to a metric, and the margin stays the company's."""
    facts = facts_of(
        "Revenue was $1.9 billion.",
        "Turning to merchandise, volumes rose 4%.",
        "Moving to intermodal, revenue grew 16%.",
        "Turning to margins, gross margin was 31%.",
    )
    assert find(facts, raw="4%").subject == "merchandise"
    assert find(facts, raw="16%").subject == "intermodal"
    assert find(facts, raw="31%").subject == "NovaSky"
