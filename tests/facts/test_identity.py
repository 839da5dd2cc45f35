"""The document's identity: the lexicon's canonical company, else the ticker the text or file name
gives; its date; decided once and used as is by every later stage."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.api import parse_bytes
from finbrief.facts import identify
from finbrief.facts.identity import document_company
from finbrief.model import Document, FactSheet
from tests.facts.builders import ingest


def doc(text: str, name: str = "doc.txt") -> Document:
    return parse_bytes(text.encode("utf-8"), name)


def detect(d: Document) -> FactSheet:
    return identify(d)


def test_lexicon_company_in_either_script_with_its_ticker() -> None:
    found = detect(doc("阿里巴巴公佈季度業績。\n阿里雲收入增長。\n分析師認為阿里的投入仍將持續。\n"))
    assert found.company == "Alibaba Group" and found.ticker == "BABA"
    assert detect(doc("Notes on 09988.HK\nRevenue grew.\n")).company == "Alibaba Group"


def test_a_stated_ticker_beats_a_company_merely_mentioned() -> None:
    text = "星穹科技(NYSE:NVSK)发布业绩。\n公司与阿里巴巴、阿里云和腾讯合作,阿里巴巴是其客户。\n"
    found = detect(doc(text))
    assert (found.company, found.ticker) == ("NVSK", "NVSK")


def test_ticker_from_a_dataset_file_name() -> None:
    found = detect(doc("Thank you, operator. Revenue grew 5% this quarter.\n", "NVSK_q3_2025.txt"))
    assert (found.company, found.ticker) == ("NVSK", "NVSK")
    assert detect(doc("Revenue grew 5%.\n", "notes.txt")).company is None


def test_a_dataset_file_name_beats_the_name_the_call_uses_for_itself() -> None:
    """A call whose file name gives its ticker and that names no company the lexicon knows: the
    ticker, even where the call keeps using a name of its own ("Quillmore's ...")."""
    text = "".join(f"Quillmore's {word} grew this quarter.\n" for word in ("revenue", "margin", "backlog", "cash flow"))
    assert document_company(doc(text, "QLMR_q2_2024.txt")) == ("QLMR", "QLMR")
    assert document_company(doc(text, "notes.txt"))[0] == "Quillmore"


def test_a_dataset_file_name_gives_ticker_and_quarter_for_each_document() -> None:
    """Documents read one after another each take the ticker and quarter of their own name."""
    for name, ticker, period in [("QLMR_q2_2024.txt", "QLMR", "2024Q2"), ("VTRX_q4_2023.txt", "VTRX", "2023Q4")] * 2:
        found = detect(doc("Thank you, operator. Revenue grew 5% this quarter.\n", f"/calls/{name}"))
        assert (found.ticker, found.period) == (ticker, period)


def test_brackets_that_are_not_tickers() -> None:
    assert detect(doc("Adjusted results (GAAP) and earnings (EPS) improved.\n")).company is None


def test_a_partner_named_throughout_is_not_the_company() -> None:
    """A call of a company the lexicon does not know names a partner often; the title's firm is the company."""
    text = (
        "联发科技第三季度法人说明会\n"
        "本季度营收同比增长8%。\n本季度毛利率为49%。\n我们的产品组合持续改善。\n管理层对前景保持审慎。\n"
        "我们与英伟达的合作进展顺利。\n英伟达是重要客户。\n英伟达的需求强劲。\n"
    )
    company, _ = document_company(doc(text))
    assert company == "联发科技"


def test_a_known_company_named_only_after_the_head_is_not_the_company() -> None:
    """An English call of a company the lexicon does not know, that names a known one often but only
    after its opening paragraphs: the call's own possessive name, not the partner."""
    head = [
        "Good morning, and welcome to Quillmore's third quarter call.",
        "Quillmore's revenue grew 8% this quarter.",
        "Quillmore's margins improved on a richer mix.",
        "We thank our teams for a strong quarter.",
        "Demand held up across our regions.",
    ]
    rest = ["Our work with Apple continued.", "Apple remains a large customer.", "Apple demand was strong."]
    assert document_company(doc("\n".join(head + rest) + "\n")) == ("Quillmore", None)
    # a call with no name of its own that names the known company in its head as well: that company
    plain = ["Good morning, and welcome to the call.", "Apple is our largest customer.", *head[3:], *rest]
    assert document_company(doc("\n".join(plain) + "\n"))[0] == "Apple"


def test_every_lexicon_company_name_reads_as_one_of_its_aliases() -> None:
    """A possessive name the text uses that is a known company's own name is counted as that company,
    never as a name of its own."""
    from finbrief.lexicon import subjects

    matcher = subjects.company_matcher()
    for name in {entry for entry in matcher.entries.values() if entry is not None}:
        assert any(e - s == len(name) for s, e, _entry in matcher.finditer(name)), name


def test_a_ticker_for_a_lexicon_company_names_it() -> None:
    found = detect(doc("阿里巴巴(09988.HK)发布季度业绩。\n收入增长。\n"))
    assert (found.company, found.ticker) == ("Alibaba Group", "09988")
    assert detect(doc("Results call\nRevenue grew 5%.\n", "AAPL_q1_2022.txt")).company == "Apple"


def test_the_date_is_the_publication_date_not_the_period_end() -> None:
    text = "星穹科技(NYSE:NVSK)公布截至2025年9月30日的2026财年第二季度业绩。\n电话会议 2025年11月13日\n"
    found = detect(doc(text))
    assert found.date == "2025-11-13" and found.period == "2025Q3"
    en = "NovaSky (NVSK) call, November 13, 2025 -- for the quarter ended September 30, 2025.\n"
    assert detect(doc(en)).date == "2025-11-13"


def test_news_datelines_with_short_months_or_the_day_first_give_the_date() -> None:
    body = "\nNovaSky reported a 12% rise in third-quarter profit for the quarter ended Sept. 30, 2025.\n"
    for line, date in [
        ("Published: Oct. 14, 2025 at 4:05 p.m. ET", "2025-10-14"),
        ("Tue 14 Oct 2025 16.05 BST", "2025-10-14"),
        ("3 November 2025", "2025-11-03"),
        ("Updated Sept. 3 2025", "2025-09-03"),
    ]:
        assert detect(doc("NovaSky profit rises\n" + line + body)).date == date, line


_FISCAL_CALL = (
    "Thank you for joining the Harlow Controls earnings call.\n"
    "Our investor day will be held at the exchange in New York on May 19, 2026.\n"
    "Fiscal 2025 was a strong year for Harlow, whose fiscal year ends September 30.\n"
    "The fourth quarter was challenged by supply chain constraints.\n"
    "Net sales in the fourth quarter were $4.1 billion, up 8%.\n"
    "Orders in the fourth quarter rose 12%.\n"
    "We expect first quarter fiscal 2026 net sales growth of 5% to 7%.\n"
)


def test_an_event_still_to_come_does_not_date_a_call_nor_move_its_fiscal_quarter() -> None:
    found = detect(doc(_FISCAL_CALL))
    assert found.date is None
    assert (found.fiscal_year_end_month, found.period) == (9, "2025Q3")  # fiscal Q4 2025: the quarter to September
    calendar = detect(doc(_FISCAL_CALL.replace("Harlow, whose fiscal year ends September 30", "Harlow")))
    assert (calendar.fiscal_year_end_month, calendar.period) == (12, "2025Q4")


def test_a_deal_done_or_a_balance_counted_on_a_date_does_not_date_the_text() -> None:
    head = "Pellam Foods third quarter 2025 results call.\n"
    tail = "\nNet sales in the third quarter were $1.2 billion, up 4%.\n"
    for line, date in [
        ("On June 28, 2025, the company completed the sale of its bakery unit.", None),
        ("Homes in inventory rose to 4,700 at June 30, 2025.", None),
        ("Our remarks will speak only as of today, November 4, 2025.", "2025-11-04"),
        ("Our results were released after the market closed on Tuesday, November 4, 2025.", "2025-11-04"),
    ]:
        found = detect(doc(head + line + tail))
        assert (found.date, found.period) == (date, "2025Q3"), line


def test_the_samples_have_one_identity_in_every_language() -> None:
    from pathlib import Path

    from finbrief.api import parse

    root = Path(__file__).parents[2] / "samples"
    found = {identify(parse(p)) for p in sorted(root.glob("*/*.txt"))}
    identities = {(s.company, s.ticker, s.period, s.fiscal_year_end_month) for s in found}
    assert identities == {("NVSK", "NVSK", "2025Q3", 3)}
    assert {s.date for s in found} <= {"2025-11-13", None}


def test_the_names_a_document_gives_its_company() -> None:
    en = parse_bytes(b"NovaSky Technology Group (NVSK) Q3 FY2026 Earnings Call\n\nHello.\n", "en.txt")
    assert identify(en).names == ("NovaSky Technology Group",)
    zh = parse_bytes("星穹科技集團(NYSE:NVSK)公佈季度業績,星穹雲收入同比增長31%。\n".encode(), "zh.txt")
    assert identify(zh).names == ("星穹科技集團",)
    assert identify(parse_bytes(b"Revenue grew 5%.\n", "none.txt")).names == ()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["NovaSky Group", " (NVSK)", "（NVSK）", "NYSE: NVSK", "NASDAQ：ABC", "BABA.US", "09988.HK"])
        | st.sampled_from(["星穹科技", "(0001)", "（2021）", "return on sales (ROS)", " ", ".", ":", "(", "abc"]),
        max_size=6,
    ).map("".join),
)
def test_every_ticker_found_holds_a_mark_of_its_pattern(text: str) -> None:
    # a text without any of a pattern's marks is not searched with it: no ticker is lost
    from finbrief.facts import identity

    patterns = (identity._EXCHANGE_RE, identity._SUFFIX_RE, identity._PAREN_RE, identity._ZH_PAREN_RE)
    for rx, (shape, marks) in zip(patterns, identity._TICKER_SHAPES, strict=True):
        assert rx is shape
        assert all(any(mark in m.group() for mark in marks) for m in rx.finditer(text))


_ROSTER_CALL = """CORPORATE PARTICIPANTS

Mara Quill
Lanternfield Lodging Trust, Inc. - VP of Investor Relations

Otto Brandt
Lanternfield Lodging Trust, Inc. - President & CEO
CONFERENCE CALL PARTICIPANTS

Ines Carvalho
Harbor Rock Securities LLC, Research Division - Analyst
PRESENTATION

Operator
Good morning and welcome to the Lanternfield Lodging Trust Third Quarter 2024 Earnings Conference Call.

Mara Quill
Lanternfield Lodging Trust, Inc. - VP of Investor Relations
Thank you. Comments today include forward-looking statements.

Otto Brandt
Lanternfield Lodging Trust, Inc. - President & CEO
RevPAR was $188 in the third quarter, 2% above the third quarter of 2019. Harbor Rock Securities upgraded us, and
Harbor Rock Securities' analysts visited our resorts; Harbor Rock Securities' team liked them. Occupancy was 3 points
below the third quarter of 2019, and rate was 12% above the third quarter of 2019. Group revenue was 4% above the third
quarter of 2019, and transient revenue was 1% above the third quarter of 2019.
"""


def test_a_roster_names_the_company_by_its_own_speakers_firm() -> None:
    """The roster lists the company's speakers with their firm: that firm (without ", Inc.") is the
    company, not a broker the text names more often."""
    d = ingest(_ROSTER_CALL, "call.txt")
    assert detect(d).company == "Lanternfield Lodging Trust"


def test_a_roster_gives_the_full_name_the_speakers_shorten() -> None:
    """The speakers say "Lanternfield" (a name another listed company may bear); the roster's firm,
    "Lanternfield Lodging Trust", is the company's name."""
    text = _ROSTER_CALL.replace("welcome to the Lanternfield Lodging Trust", "welcome to Lanternfield's")
    text = text.replace("Harbor Rock Securities upgraded us", "Lanternfield's RevPAR led its peers")
    d = ingest(text, "call.txt")
    assert detect(d).company == "Lanternfield Lodging Trust"


def test_a_calls_name_states_its_quarter_against_comparisons_with_an_older_year() -> None:
    """Every figure is compared with 2019, but the call is named for its third quarter of 2024."""
    assert detect(ingest(_ROSTER_CALL, "call.txt")).period == "2024Q3"


def test_an_english_stated_fiscal_year_end_sets_the_fiscal_calendar() -> None:
    """"fiscal year ended April 27, 2024": the company's year ends in April, so its fiscal fourth quarter is
    February to April (calendar 2024Q1 ends in March: the quarter ending April is 2024Q2 in calendar months)."""
    text = (
        "Welcome to Quillmark Instruments' fourth quarter fiscal 2024 earnings call.\n"
        "Results are for the fourth quarter of the fiscal year ended April 27, 2024.\n"
        "Fourth quarter revenue was $812 million, up 4%.\n"
    )
    assert detect(doc(text)).fiscal_year_end_month == 4
    text_52 = "Results are for the fiscal year ended January 2, 2022.\nRevenue was $1.2 billion.\n"
    assert detect(doc(text_52)).fiscal_year_end_month == 12


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [*("Thanks, ", "thank you ", "Thank You,", "over to ", "Turn The Call over to ", "hand it back to "),
             *("As ", "welcome to ", "Welcome To The ", "on behalf of ", "joining ", ". ", "? ", "\n", " ", "x")]
        ),
        max_size=8,
    ).map("".join)
)
def test_the_name_cues_read_lowercased_text_alike(before: str) -> None:
    # an English text's name cues are looked for in its lowercased text, with the same matches
    from finbrief.facts import identity

    for cased, low in (
        (identity._PERSON_BEFORE, identity._PERSON_BEFORE_LOW),
        (identity._COMPANY_BEFORE, identity._COMPANY_BEFORE_LOW),
    ):
        assert low is not None
        assert bool(cased.search(before)) == bool(low.search(before.lower()))


def test_a_wire_story_lead_names_its_company() -> None:
    """A news agency's lead opens on the firm it reports on; a firm the lexicon does not know is named by it."""
    text = (
        "(Reuters) - Quillfeather Bancorp reported a rise in third-quarter profit on Tuesday.\n\n"
        "The lender said net interest income rose to $410 million.\n\n"
        "Net income came in at $120 million, or $0.80 per share.\n"
    )
    assert detect(doc(text, "story.txt")).company == "Quillfeather Bancorp"
    other = "(Reuters) - Bank shares fell on Tuesday as investors weighed loan losses.\n\nThe index fell 2%.\n"
    assert detect(doc(other, "story.txt")).company is None


def test_a_wire_lead_on_an_authority_or_a_person_names_no_company() -> None:
    for lead in (
        "(Reuters) - The Federal Reserve raised interest rates on Wednesday.",
        "(Reuters) - President Jane Roe raised tariffs on imported steel.",
    ):
        assert detect(doc(lead + "\n\nMarkets fell 2%.\n", "story.txt")).company is None


def test_a_head_paragraph_opening_on_a_reporting_firm_names_the_company() -> None:
    dateline = (
        "Quillfeather results\n\nDENVER Quillfeather Power is reporting a small third-quarter profit.\n\n"
        "Quillfeather earned $12 million, or 9 cents a share.\n"
    )
    assert detect(doc(dateline)).company == "Quillfeather Power"
    described = (
        "(Reuters) – Utility firm Quillfeather Power on Thursday beat third-quarter profit estimates.\n\n"
        "Quillfeather Power reported an adjusted profit of $1.62 per share.\n"
    )
    assert detect(doc(described)).company == "Quillfeather Power"
    once = "Results\n\nBrightfield Foods reported a 4% increase in same-store sales.\n\nThe chain opened stores.\n"
    assert detect(doc(once)).company is None  # named once: an item of a round-up, not the story's company


def test_a_listing_on_a_market_tier_or_otc_is_a_stated_ticker() -> None:
    for listing in ("NYSE American: QFB", "NASDAQ GS:QFB", "OTCPK:QFB"):
        found = detect(doc(f"Quillfeather Bancorp ({listing}) reported net income of $2.6 million.\n"))
        assert (found.company, found.ticker) == ("QFB", "QFB"), listing


def test_a_news_agency_in_a_dateline_is_no_ticker() -> None:
    text = "NEW YORK (AP) - Quillfeather Power's net income rose 69 percent.\n\nQuillfeather Power posted a profit.\n"
    assert detect(doc(text)).ticker != "AP"


def test_of_two_firms_stated_with_tickers_the_one_the_story_keeps_naming_is_its_company() -> None:
    text = (
        "Despite a strong market, which lifted Brightfield (NYSE:BRF) to a record, Quillfeather Motors "
        "(NYSE:QM) made less money.\n\nQM said net income fell 14 percent. QM also cut costs. QM expects growth.\n"
    )
    assert detect(doc(text)).company == "QM"


def test_an_english_call_title_names_its_firm_before_the_period_and_earnings_call() -> None:
    body = (
        "Operator: Good morning and welcome to the call.\n\n"
        "Dana Whitfield: Thank you. Revenue for the third quarter was $812 million, up 9%.\n"
    )
    assert detect(doc("Harbor Crane Q3 2025 Earnings Call\n\n" + body)).company == "Harbor Crane"
    titled = "Edited Transcript of Harbor Crane Inc (HBCR) Third Quarter 2025 Earnings Conference Call\n\n"
    assert detect(doc(titled + body)).company in {"Harbor Crane", "HBCR"}
    # a title without a period or without "earnings/results" names nobody
    assert detect(doc("Harbor Crane Conference Call\n\n" + body)).company is None
    assert detect(doc("Q3 2025 Earnings Call\n\n" + body)).company is None


def test_a_weekly_report_is_dated_by_the_last_day_of_its_bracketed_span() -> None:
    from finbrief.facts.identity import _WEEK_SPAN

    for title in ("行业周报（20251201-20251205）", "Weekly (20251201 - 20251205)", "周报(20251201至20251205)"):
        m = _WEEK_SPAN.search(title)
        assert m is not None and (m.group("y"), m.group("m"), m.group("d")) == ("2025", "12", "05"), title
    assert _WEEK_SPAN.search("行业周报 20251201-20251205") is None  # unbracketed: searched for no more


def test_a_week_span_always_stands_in_brackets() -> None:
    """find_date searches only a text holding an opening bracket: no span is lost by that."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from finbrief.facts.identity import _WEEK_SPAN

    @settings(max_examples=500, deadline=None)
    @given(st.lists(st.sampled_from(["(", "（", ")", "）", " ", "20251201", "-", "至", "~", "20251205", "周报"]), max_size=8))
    def check(pieces: list[str]) -> None:
        text = "".join(pieces)
        assert _WEEK_SPAN.search(text) is None or "(" in text or "（" in text

    check()
