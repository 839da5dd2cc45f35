"""English metric names that a comma or a neighbouring clause could misread: selling, general and administrative
expense written with commas, a price word heading its own figure next to volumes, and a volume change after a
"from prior year levels" base.

Sentences are written for these tests about the fictional NovaSky Technology; the figures are invented.
"""

from __future__ import annotations

from .test_english import facts_of, find


def test_selling_general_and_administrative_written_with_commas_is_sga() -> None:
    """The commas of "Selling, general and administrative" cut no clause: the figure is SG&A, not G&A or lost."""
    facts = facts_of(
        "Selling, general and administrative expenses were $412 million, up 6% from last year.",
        "Selling, general & administrative expenses rose 5% to $98 million.",
        "Selling, general, and administrative expenses for the third quarter were $36 million.",
        "Selling, general and administrative expense as a percentage of sales was 18.2%.",
        "General and administrative expenses were $12 million.",
    )
    assert find(facts, raw="$412 million").metric == "SG&A expense"
    assert (find(facts, raw="6%").metric, find(facts, raw="6%").change) == ("SG&A expense", "yoy")
    assert find(facts, raw="5%").metric == "SG&A expense"
    assert find(facts, raw="$98 million").metric == "SG&A expense"
    assert find(facts, raw="$36 million").metric == "SG&A expense"
    assert find(facts, raw="18.2%").metric == "SG&A expense ratio"
    assert find(facts, raw="$12 million").metric == "G&A expense"


def test_a_comma_metric_name_later_in_a_sentence_keeps_the_clauses_before_it() -> None:
    facts = facts_of("Revenue grew 4% to $2.1 billion, and selling, general and administrative expenses were $300 million.")
    assert find(facts, raw="4%").metric == "revenue"
    assert find(facts, raw="$2.1 billion").metric == "revenue"
    assert find(facts, raw="$300 million").metric == "SG&A expense"


def test_a_price_word_heading_its_own_figure_keeps_it_from_the_volumes_named_before() -> None:
    """"with volumes up 4% and pricing up 1.4%": the 1.4% is a price change, no volume growth (the lexicon has no
    metric for a bare price change, so the figure is withheld); a metric named with "price" keeps its figure."""
    facts = facts_of(
        "Organic growth was 5%, with volumes up 4% and pricing up 1.4%.",
        "Landfill volumes were down 29% due to fewer projects, while average pricing rose 24%.",
        "Net sales rose 6%, as price was up 3% and volumes were up 2%.",
        "Realized prices increased 9% and sales volumes fell 7%.",
        "Organic sales grew 5%, with volumes up 11% and price/mix up 3.5%.",
        "Shipments were up 12% and the price was 4.5% higher.",
    )
    assert find(facts, raw="4%").metric == "volumes"
    assert find(facts, raw="29%").metric == "volumes"
    assert find(facts, raw="6%").metric == "revenue"
    assert find(facts, raw="2%").metric == "volumes"
    assert find(facts, raw="9%").metric == "realized price"
    assert (find(facts, raw="7%").metric, find(facts, raw="7%").value) == ("volumes", -7.0)
    assert find(facts, raw="11%").metric == "volumes"
    assert find(facts, raw="12%").metric == "shipments"
    assert not [f for f in facts if f.raw in ("1.4%", "24%", "3%", "3.5%", "4.5%")]


def test_a_change_after_a_prior_year_base_and_its_cause_is_the_causes_change() -> None:
    """"fell 4% from prior year levels on a 3% volumes decline": the 3% is a fall of volumes this period, not the
    prior year's level; a figure right after "from" stays a base."""
    facts = facts_of(
        "Chemicals revenue fell 4% from prior year levels on a 3% volumes decline.",
        "Intermodal revenue rose 8% from prior year levels on a 6% volumes increase.",
        "Service revenue rose to $50 million from $45 million a year ago.",
        "Coatings revenue decreased 11% versus the prior year on a 7% volumes decline.",
    )
    assert (find(facts, raw="4%").metric, find(facts, raw="4%").value) == ("revenue", -4.0)
    fall = find(facts, raw="3%")
    assert (fall.metric, fall.value, fall.change, fall.basis) == ("volumes", -3.0, "yoy", None)
    rise = find(facts, raw="6%")
    assert (rise.metric, rise.value, rise.basis) == ("volumes", 6.0, None)
    versus = find(facts, raw="7%")
    assert (versus.metric, versus.value, versus.basis) == ("volumes", -7.0, None)
    base = find(facts, raw="$45 million")
    assert (base.metric, base.basis) == ("revenue", "prior")


def test_a_price_or_volume_change_noun_after_the_figure_names_its_change() -> None:
    """"on a 4% price increase and 2% volume growth": the 2% is volumes, the 4% a price change (withheld), neither
    the revenue growth named first."""
    facts = facts_of(
        "Revenue rose 6% on a 4% price increase and 2% volume growth.",
        "Pulp revenue fell 9% from prior year levels on a 5% volume decline.",
        "Service revenue rose 8%, driven by 3% higher pricing.",
    )
    assert find(facts, raw="6%").metric == "revenue"
    assert (find(facts, raw="2%").metric, find(facts, raw="2%").value) == ("volumes", 2.0)
    assert find(facts, raw="9%").metric == "revenue"
    decline = find(facts, raw="5%")
    assert (decline.metric, decline.value, decline.basis) == ("volumes", -5.0, None)
    assert find(facts, raw="8%").metric == "revenue"
    assert not [f for f in facts if f.raw in ("4%", "3%")]


def test_a_bare_average_price_change_is_no_share_price() -> None:
    """"pushed our average price up 8%": the price the company sells at, not its share price; "our share price rose
    12%" stays a share price."""
    facts = facts_of(
        "Record drum volumes pushed our average price up 8% from a year ago.",
        "Our share price rose 12% in the quarter.",
    )
    assert not [f for f in facts if f.raw == "8%"]
    assert find(facts, raw="12%").metric == "share price"


def test_a_decline_named_after_due_to_keeps_its_sign() -> None:
    """"fell 6% due to a 4% volumes decline": the "to" opens a cause, so the 4% is a fall of volumes (-4)."""
    facts = facts_of("Laminates revenue fell 6% due to a 4% volumes decline.")
    assert find(facts, raw="6%").value == -6.0
    fall = find(facts, raw="4%")
    assert (fall.metric, fall.value, fall.change) == ("volumes", -4.0, "yoy")


def test_ebitda_and_depletion_spelled_out_with_commas_keep_their_names() -> None:
    """Spelled-out names whose commas cut no clause: "Earnings before interest, taxes, depreciation and amortization"
    is EBITDA (not depreciation and amortization), "Depreciation, depletion and amortization" is D&A."""
    facts = facts_of(
        "Earnings before interest, taxes, depreciation and amortization were $52 million.",
        "Depreciation, depletion and amortization expense was $31 million.",
    )
    assert find(facts, raw="$52 million").metric == "EBITDA"
    assert find(facts, raw="$31 million").metric == "depreciation and amortization"


def test_a_restaurant_average_check_is_its_own_figure_not_traffic() -> None:
    facts = facts_of("Comparable restaurant sales rose 4%, with traffic up 1% and average check up 3%.")
    assert find(facts, raw="4%").metric == "same-store sales"
    assert find(facts, raw="1%").metric == "traffic"
    assert find(facts, raw="3%").metric == "average order value"


def test_mix_or_currency_heading_its_own_figure_is_no_volume_change() -> None:
    facts = facts_of(
        "Volumes were up 3% while mix was down 1%.",
        "Shipments grew 5% and currency added 2%.",
    )
    assert find(facts, raw="3%").metric == "volumes"
    assert find(facts, raw="5%").metric == "shipments"
    assert not [f for f in facts if f.raw in ("1%", "2%")]
