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


# A fictional freight company that talks about one segment at length: the segment's subject comes up more
# often than the company's, yet the headline is the company's.
SEGMENT_HEAVY_CALL = """Kestrel Freight Corporation (NYSE: KFC) Third Quarter 2026 Earnings Call

Operator: Good morning and welcome to the Kestrel Freight third quarter 2026 earnings call.

Dana Whitfield, Chief Financial Officer: Thank you. For the third quarter, Kestrel Freight revenue was \
$812 million, up 6% from the third quarter of last year.

Dana Whitfield, Chief Financial Officer: Let me turn to our Coastal Logistics segment. Coastal Logistics \
revenue was $402 million, up 9%. Coastal Logistics operating income was $61 million, up 12%.

Dana Whitfield, Chief Financial Officer: Coastal Logistics adjusted EBITDA was $88 million, up 10%.
"""


def test_the_headline_is_the_companys_even_when_a_segment_is_named_more() -> None:
    doc = doc_from(SEGMENT_HEAVY_CALL)
    facts = summarize._facts(doc, Options(lang="en"), None)
    assert facts[0].subject == facts.company == "KFC"  # "Kestrel Freight revenue": the company's own name
    core = summarize.brief(doc, Options(lang="en")).core_viewpoint
    assert core[0].text.startswith("Q3 revenue rose 6% to $812 million.")
    assert not any("$88 million" in s.text and "Coastal Logistics" not in s.text for s in core)


# A fictional retailer that restates a target years out before the coming year's guidance.
TARGET_CALL = """Larkspur Home Goods Inc. (NYSE: LHG) Third Quarter 2026 Earnings Call

Operator: Good morning, and welcome to the Larkspur Home Goods third quarter 2026 earnings call. \
I would now like to turn the call over to Mara Quinlan, Chief Executive Officer.

Mara Quinlan: Thank you, operator. Third quarter revenue grew 11% to $1.02 billion, and diluted earnings \
per share rose 14% to $2.40.

Mara Quinlan: We continue to be confident in our outlook of accelerating our revenues to $6 billion by 2029.

Mara Quinlan: For the full year 2026, we now expect an operating margin of 17% to 18%.
"""


def test_what_comes_next_leads_with_the_coming_years_guidance_and_words_a_far_target_as_one() -> None:
    core = summarize.brief(doc_from(TARGET_CALL), Options(lang="en")).core_viewpoint
    assert core[-1].text == "Sees FY 2026 operating margin 17% to 18%. Targets FY 2029 revenue $6 billion."



# A fictional timber company that gives its own outlook, then each segment's.
SEGMENT_OUTLOOK_CALL = """Tallpine Timber Inc. (NYSE: TPT) Third Quarter 2026 Earnings Call

Operator: Good morning, and welcome to the Tallpine Timber third quarter 2026 earnings call.

Ada Brooks, Chief Financial Officer: Thank you. Third quarter revenue was $251 million, up 4%.

Ada Brooks, Chief Financial Officer: We are raising our full year adjusted EBITDA guidance to a range of \
$320 million to $330 million.

Ada Brooks, Chief Financial Officer: In our Coastal Timber segment, we now expect full year adjusted EBITDA \
of $53 million to $55 million.
"""


def test_what_comes_next_is_the_company_s_outlook_when_it_gives_one() -> None:
    core = summarize.brief(doc_from(SEGMENT_OUTLOOK_CALL), Options(lang="en")).core_viewpoint
    assert "$320 million to $330 million" in core[-1].text, core[-1].text
    assert "$53 million" not in core[-1].text, core[-1].text


# A fictional device maker: a region's sales jump is where it sells, not a business unit that moved.
REGION_CALL = """Ostrava Medical Devices Inc. (NYSE: OMD) Second Quarter 2026 Earnings Call

Operator: Good morning, and welcome to the Ostrava Medical second quarter 2026 earnings call.

Lena Hartwig: Thank you. Second quarter revenue grew 15% to $4.9 billion, and adjusted earnings per share \
rose 25% to $3.19.

Lena Hartwig: Revenue in China rose 62% in the quarter, and our Interventional segment revenue grew 18%.

Lena Hartwig: For fiscal 2026, we now expect adjusted earnings per share of $12.75 to $12.85.
"""


def test_a_region_s_sales_are_no_mover_of_the_core_viewpoint() -> None:
    core = summarize.brief(doc_from(REGION_CALL), Options(lang="en")).core_viewpoint
    assert core[0].text.startswith("Q2 revenue rose 15% to $4.9 billion.")
    assert not any("62%" in s.text for s in core), [s.text for s in core]


def test_a_reit_headline_is_its_ffo_per_share_not_the_total() -> None:
    doc = doc_from(
        "Harborlight Storage Trust (NYSE: HLST) Third Quarter 2026 Earnings Call\n\n"
        "Dana Whitcomb: Thank you, operator. FFO for the third quarter was $173.7 million, or $0.32 per diluted share.\n\n"
        "Dana Whitcomb: For the full year 2026, we now expect FFO per share of $1.36 to $1.37.\n"
    )
    core = summarize.brief(doc, Options(lang="en")).core_viewpoint
    assert core[0].text.startswith("Q3 FFO per share $0.32"), [s.text for s in core]


# A fictional mortgage REIT and a fictional packager: the repo funding of one and the interest outlook of the
# other are no buyback and no net cash.
FUNDING_CALL = """Larkspur Mortgage Trust (NYSE: LMT) Third Quarter 2026 Earnings Call

Operator: Good morning and welcome to the Larkspur Mortgage Trust third quarter 2026 earnings call.

Mina Osei, Chief Financial Officer: Thank you. Our funding book grew this quarter. Repurchase agreements \
collateralized by Agency RMBS increased to $2.7 billion as of September 30.

Mina Osei, Chief Financial Officer: For the full year 2026, net cash interest is now estimated to be \
$64 million versus $58 million, primarily due to lower expected interest income.
"""


def test_repo_funding_is_no_buyback_and_net_cash_interest_no_net_cash() -> None:
    core = summarize.brief(doc_from(FUNDING_CALL), Options(lang="en")).core_viewpoint
    text = " ".join(s.text for s in core)
    assert "buyback" not in text.lower()
    assert "net cash $64" not in text.lower()


# A fictional battery maker whose operating earnings sit where a reader looks for its net income.
OPERATING_EARNINGS_CALL = """Voltmere Systems (NYSE: VLT) Fourth Quarter Fiscal 2026 Earnings Call

Operator: Good morning and welcome to the Voltmere Systems fourth quarter fiscal 2026 earnings call.

Ravi Kell, Chief Financial Officer: Thank you. Our fourth quarter net sales increased 5% over the prior \
year to $612 million.

Ravi Kell, Chief Financial Officer: Our fourth quarter adjusted consolidated operating earnings of $61 \
million was an increase of $5 million or 9% from the prior year.
"""


def test_operating_earnings_are_not_stated_as_net_income() -> None:
    core = summarize.brief(doc_from(OPERATING_EARNINGS_CALL), Options(lang="en")).core_viewpoint
    assert "net income" not in " ".join(s.text for s in core)
    assert core and "$612 million" in core[0].text


# A fictional company's results story in Traditional script: the lexicon's names are simplified ("营收").
HANT_STORY = """青禾科技第三季度業績

青禾科技公布,第三季度營收同比增長12%至人民幣150億元,淨利潤同比增長8%至人民幣20億元。

公司表示,雲業務收入同比增長30%。
"""


def test_a_traditional_script_story_still_leads_with_its_revenue() -> None:
    core = summarize.brief(doc_from(HANT_STORY), Options(lang="en")).core_viewpoint
    assert core and "revenue rose 12% to RMB 15 billion" in core[0].text, [s.text for s in core]


# A fictional lender that reports its earnings per share as GAAP and no revenue line.
GAAP_EPS_CALL = """Marlow Mortgage Trust (NYSE: MMT) Second Quarter 2026 Earnings Call

Operator: Welcome to the Marlow Mortgage Trust second quarter 2026 earnings call.

Nina Ortiz, Chief Financial Officer: Strong operating income drove our results for the second quarter, including \
GAAP earnings of $0.58 per diluted share.

Nina Ortiz, Chief Financial Officer: Net interest income increased approximately 12% from the first quarter of 2026.
"""


def test_a_gaap_earnings_per_share_is_the_headline_profit() -> None:
    core = summarize.brief(doc_from(GAAP_EPS_CALL), Options(lang="en")).core_viewpoint
    assert core and "GAAP earnings per share $0.58" in core[0].text


# A fictional car dealer whose market shrank while its own sales grew.
DEALER_CALL = """Redfern Auto Group (NYSE: RAG) First Quarter 2026 Earnings Call

Operator: Welcome to the Redfern Auto Group first quarter 2026 earnings call.

Leo Park, Chief Executive Officer: Total revenue grew 18% to $3.1 billion. Adjusted earnings per share were $4.10.

Leo Park, Chief Executive Officer: Despite a 6% decline in new vehicle industry sales, our new vehicle revenue grew 12%.
"""


def test_a_market_s_change_is_no_mover_of_the_core_viewpoint() -> None:
    core = summarize.brief(doc_from(DEALER_CALL), Options(lang="en")).core_viewpoint
    assert core and not any("industry" in st.text for st in core)
