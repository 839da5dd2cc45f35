"""The company's own results reach the headline figures when the text states them: a part's larger profit,
the company named by the name it uses for itself, a measure the company reports under its own name. Texts
written for these tests (the fictional Nordvale Energy and Kestrel Axle)."""

from __future__ import annotations

from finbrief.facts import run
from finbrief.summarize.realise import highlights
from tests.summarize.helpers import doc_from


def _lines(text: str, name: str = "test.txt") -> list[str]:
    from finbrief.api import parse_bytes

    doc = parse_bytes(text.encode("utf-8"), name) if name != "test.txt" else doc_from(text)
    return [h.text for h in highlights(doc, run(doc), "en", k=5, floor=0.7)]


NORDVALE_Q3 = (
    "Welcome to the Nordvale Energy third quarter 2021 conference call.\n"
    "In the third quarter, we continued to deliver strong operational performance across our assets.\n"
    "We had net income of $115 million in the third quarter of 2021, compared with a net loss of $73 million "
    "in the second quarter of 2021.\n"
    "On an adjusted basis, which excludes items affecting comparability of earnings between periods, we had net "
    "income of $86 million in the third quarter of 2021, compared to net income of $74 million in the second "
    "quarter of 2021.\n"
    "On an adjusted basis, E&P had net income of $149 million in the third quarter of 2021, compared to net "
    "income of $122 million in the previous quarter.\n"
    "The Midstream segment had net income of $61 million in the third quarter of 2021.\n"
)


def test_a_part_earning_more_than_the_company_leaves_the_company_s_adjusted_income():
    # a segment's income exceeds the company's once corporate costs and interest are taken: the company's
    # adjusted $86 million is its result, not a part smaller than its whole
    lines = _lines(NORDVALE_Q3)
    assert any("$86 million" in line and "Q3" in line for line in lines), lines
    assert not any("$149 million" in line and "E&P" not in line for line in lines), lines


KESTREL_Q3 = (
    "Welcome to the third quarter 2021 conference call.\n"
    "Joining me today is the chief financial officer of Kestrel.\n"
    "Kestrel's customers continued to face supply constraints across the industry this quarter.\n"
    "Today, Kestrel reported third quarter 2021 earnings of $0.53 per share on net income of $27.6 million.\n"
    "Kestrel's regulated operations segment recorded net income of $32.9 million compared to $42.4 million in the "
    "third quarter of 2020.\n"
    "We continue to expect Kestrel's full year 2021 earnings to be in the range of $3.00 to $3.30 per share.\n"
)


def test_a_call_filed_under_a_ticker_names_its_company_by_the_name_it_uses():
    # the file names the company by its ticker only (KES); the text calls it Kestrel, a name the ticker
    # abbreviates: its earnings per share are the company's, not an unknown firm's
    lines = _lines(KESTREL_Q3, "KES_q3_2021.txt")
    assert "Q3 earnings per share $0.53." in lines, lines
    assert not any("Kestrel earnings" in line for line in lines), lines


def test_a_name_the_ticker_does_not_abbreviate_is_not_taken_for_the_company():
    from finbrief.api import parse_bytes
    from finbrief.facts.identity import identify

    doc = parse_bytes(KESTREL_Q3.encode(), "ZQX_q3_2021.txt")
    assert "Kestrel" not in identify(doc).names


def test_a_business_named_after_the_company_stays_a_business():
    from finbrief.api import parse_bytes
    from finbrief.facts.identity import identify

    text = (
        "Welcome to the third quarter 2021 call.\n"
        "Kestrel Midstream's results were strong and Kestrel Midstream reported record volumes.\n"
        "Kestrel Midstream's net income was $61 million; Kestrel's own earnings rose.\n"
        "Kestrel has a 30% interest in the block and Kestrel expects growth.\n"
    )
    names = identify(parse_bytes(text.encode(), "KES_q3_2021.txt")).names
    assert "Kestrel Midstream" not in names


PLOVER_Q3 = (
    "Welcome to the Plover Insurance third quarter 2021 call.\n"
    "For the quarter, we reported net operating income per share excluding reportable catastrophes of $2.73, up 5% "
    "from the prior year period.\n"
    "These results support our full year outlook of 10% to 14% growth in net operating income per share excluding "
    "reportable catastrophes.\n"
    "In addition to our quarterly corporate and interest expenses, we also had outflows from three main items, $323 "
    "million of share repurchases, $39 million in common stock dividends and $11 million mainly related to venture "
    "investments.\n"
)


def test_an_insurer_s_operating_income_per_share_excluding_catastrophes_is_its_adjusted_eps():
    lines = _lines(PLOVER_Q3)
    assert "Q3 adjusted earnings per share rose 5% to $2.73." in lines, lines
    # the outlook is of the per-share measure, not of net operating income
    assert not any("net operating income up 10%" in line for line in lines), lines


def test_each_amount_of_a_list_is_the_metric_named_after_it():
    doc = doc_from(PLOVER_Q3)
    facts = [f for f in run(doc).facts if f.raw == "$39 million"]
    assert facts and all(f.metric == "dividend" for f in facts), facts
    assert not any("buyback $39 million" in line for line in _lines(PLOVER_Q3))


WREN_Q2 = (
    "Welcome to the Wren Instruments fiscal second quarter 2021 call.\n"
    "Revenue for the second quarter was $1.525 billion, reflecting reported growth of 23%.\n"
    "Now for the third fiscal quarter, we're expecting revenue to range from $1.51 billion to $1.54 billion, "
    "representing reported growth of 20% to 22%.\n"
)


def test_guidance_for_the_third_fiscal_quarter_names_the_quarter():
    lines = _lines(WREN_Q2)
    guided = [line for line in lines if "$1.51 billion" in line]
    assert guided and all("Q3" in line for line in guided), lines


def test_a_segment_the_company_s_name_owns_is_not_the_company():
    # "Kestrel's regulated operations segment, which includes ..., recorded net income of $32.9 million": the
    # segment's income, whatever its relative clause names between it and its figure
    from finbrief.model import Fact
    from finbrief.summarize.realise import doubt

    text = (
        "Welcome to the third quarter 2021 call.\n"
        "Kestrel's regulated operations segment, which includes Lakeland Power, Rivers Water and the company's "
        "investment in the Northern Transmission Company recorded net income of $32.9 million compared to $42.4 "
        "million in the third quarter of 2020.\n"
    )
    doc = doc_from(text)
    p = doc.paragraphs[-1]
    at = p.text.index("$32.9 million")
    f = Fact("Kestrel", "net income", 32.9e6, "USD", p.n, p.text[at - 40 : at + 13], at - 40, at + 13, raw="$32.9 million")
    assert doubt(doc, f, "Kestrel") is not None


def test_a_part_or_subsidiary_named_after_the_company_is_not_taken_for_it():
    from finbrief.api import parse_bytes
    from finbrief.facts.identity import identify

    brand = (
        "Welcome to the fourth quarter 2021 call.\n"
        "Kes's results were strong and Kes's cash flow rose. Kes's balance sheet improved.\n"
        "KesChem delivered record earnings and KesChem's margins rose; KesChem's earnings will grow.\n"
    )
    assert "KesChem" not in identify(parse_bytes(brand.encode(), "KCH_q4_2021.txt")).names
    subsidiary = (
        "Welcome to the KSW Group first quarter 2021 call.\n"
        "KSW Group reported earnings of $0.09 per share. Kestrel Springs Water's revenue rose.\n"
        "Kestrel Springs Water's customers grew and Kestrel Springs Water reported higher usage. KSW Group thanks you.\n"
    )
    assert "Kestrel Springs Water" not in identify(parse_bytes(subsidiary.encode(), "KSW_q1_2021.txt")).names


def test_only_the_bottom_line_may_be_smaller_than_a_part_s():
    # a segment's net income exceeds the company's once interest and corporate costs are taken; an adjusted EBITDA
    # "of the company" below a segment's is still a segment's figure read as the company's
    from finbrief.model import Fact
    from finbrief.summarize.realise import _below_a_part

    parts = {("adjusted EBITDA", "2021Q2", "USD"): 60e6, ("non-GAAP net income", "2021Q2", "USD"): 149e6}
    ebitda = Fact("Nordvale", "adjusted EBITDA", 12e6, "USD", 4, "adjusted EBITDA for RAILS was $12 million", 0, 40, period="2021Q2")
    income = Fact("Nordvale", "non-GAAP net income", 86e6, "USD", 3, "net income of $86 million", 0, 25, period="2021Q2")
    assert _below_a_part(ebitda, parts)
    assert not _below_a_part(income, parts)
