"""Periods: fiscal calendars, the document's quarter, and the period of each figure."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from finbrief.facts import document_period, periods
from finbrief.facts.periods import (
    PeriodContext,
    calendar_to_fiscal,
    find_periods,
    fiscal_to_calendar,
    fiscal_year_span,
    parse_quarter,
    quarter_str,
)

from .builders import build


@pytest.mark.parametrize(
    ("fy", "fq", "end_month", "calendar"),
    [
        (2026, 2, 3, "2025Q3"),  # Alibaba: fiscal Q2 FY2026 ends September 2025
        (2025, 3, 3, "2024Q4"),
        (2025, 4, 3, "2025Q1"),
        (2026, 1, 3, "2025Q2"),
        (2022, 1, 12, "2022Q1"),  # fiscal year = calendar year
        (2024, 1, 9, "2023Q4"),  # fiscal year ending September
    ],
)
def test_fiscal_to_calendar(fy: int, fq: int, end_month: int, calendar: str) -> None:
    assert quarter_str(fiscal_to_calendar(fy, fq, end_month)) == calendar


@given(st.integers(2000, 2040), st.integers(1, 4), st.integers(1, 12))
def test_calendar_to_fiscal_undoes_fiscal_to_calendar(fy: int, fq: int, end_month: int) -> None:
    assert calendar_to_fiscal(fiscal_to_calendar(fy, fq, end_month), end_month) == (fy, fq)


def test_fiscal_year_span() -> None:
    assert fiscal_year_span(2026, 3) == "2025Q2-2026Q1"
    assert fiscal_year_span(2022, 12) == "2022"
    assert parse_quarter("2025Q2") == 2025 * 4 + 1
    assert parse_quarter("2025") is None


@pytest.mark.parametrize(
    ("text", "language", "period"),
    [
        ("阿里巴巴 (BABA.US) 2026财年第二季度业绩电话会\n阿里巴巴集团收入增长。", "zh-Hans", "2025Q3"),
        ("欢迎参加阿里巴巴集团2024年12月季度财报电话会议。\n阿里巴巴收入增长。", "zh-Hans", "2024Q4"),
        # "2025年第三季度" could be calendar; the call's date shows it is Alibaba's fiscal Q3
        ("阿里巴巴集团2025年第三季度财报电话会议 2025年2月20日\n阿里巴巴收入增长。", "zh-Hans", "2024Q4"),
        ("现在召开阿里巴巴2025年第二季度收益电话会议。\n阿里巴巴二季度收入增长。", "zh-Hant", "2025Q2"),
        ("去年四季度，阿里巴巴营收同比增长8%。\n阿里巴巴2025年目标不变。", "zh-Hant", "2024Q4"),
        (
            "Welcome to NovaSky's first quarter 2022 results call.\nNovaSky's first quarter was strong.",
            "en",
            "2022Q1",
        ),
        ("NovaSky reports fiscal Q1 2022 results.\nThe quarter was strong.", "en", "2022Q1"),
        ("Alibaba Group results for the September quarter of 2025.\nAlibaba grew.", "en", "2025Q3"),
        ("We had a strong third quarter.\nThird quarter 2021 results were ahead of plan.", "en", "2021Q3"),
        ("管理层表示，公司将继续投资。", "zh-Hans", None),
    ],
)
def test_document_period(text: str, language: str, period: str | None) -> None:
    assert document_period(build(text, language)) == period  # type: ignore[arg-type]


CTX = PeriodContext("2025Q2", 2025, 3)


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("未来三年", "2025-2027"),
        ("over the next three years", "2025-2027"),
        ("过去四个季度", "2024Q3-2025Q2"),
        ("本季度", "2025Q2"),
        ("上季度", "2025Q1"),
        ("next quarter", "2025Q3"),
        ("7月", "2025-07"),
        ("8月份", "2025-08"),
        ("截至8月底", "2025Q3"),
        ("前10个月", "2025-01-2025-10"),
        ("前9个月", "2025Q1-2025Q3"),
        ("2024年", "2024"),
        ("fiscal 2026", "2025Q2-2026Q1"),
        ("2026财年", "2025Q2-2026Q1"),
        ("the first half of 2024", "2024Q1-2024Q2"),
        ("year-to-date", "2025Q2"),  # the company's year, which ends in March: its first quarter so far
        ("Q3 2024", "2024Q3"),
        ("the fourth quarter of 2023", "2023Q4"),
        ("去年前三个季度", "2024Q1-2024Q3"),
        ("未来几个季度", None),
    ],
)
def test_period_expressions(text: str, period: str | None) -> None:
    found = find_periods(text, CTX)
    assert len(found) == 1, found
    assert found[0].period == period


def test_history_span_lists_quarters() -> None:
    (span,) = find_periods("2023年一季度至2024年三季度", CTX)
    assert span.period == "2023Q1-2024Q3"
    assert span.quarters == ("2023Q1", "2023Q2", "2023Q3", "2023Q4", "2024Q1", "2024Q2", "2024Q3")


def test_bare_quarter_takes_the_paragraph_year() -> None:
    found = find_periods("去年三季度收入增长5%；二季度收入增长4%", CTX)
    assert [p.period for p in found] == ["2024Q3", "2024Q2"]


def test_comparison_base_is_marked() -> None:
    (pm,) = find_periods("较上季度增长5%", CTX)
    assert pm.base and pm.period == "2025Q1"


def test_a_stated_quarter_end_settles_the_quarter_and_the_fiscal_calendar() -> None:
    """A company the lexicon does not know: its fiscal label is read through the end date it states."""
    from finbrief import facts

    zh = build(
        "星穹科技今天公布截至2025年9月30日的2026财年第二季度业绩。\n"
        "本季度总收入为1,268.5亿元,同比增长9%。\n"
        "2026财年第一季度,总收入同比增长7%。"
    )
    assert document_period(zh) == "2025Q3"
    by_value = {f.value: f.period for f in facts.run(zh) if f.metric == "revenue"}
    assert by_value[126850000000.0] == "2025Q3"
    assert by_value[7.0] == "2025Q2"  # fiscal Q1 of a year ending in March

    en = build(
        "NovaSky reported results for its fiscal second quarter 2026, the quarter ended September 30, 2025.\n"
        "Total revenue was RMB 126.85 billion, up 9% year over year.",
        language="en",
    )
    assert document_period(en) == "2025Q3"


_TIME_WORDS = [
    "first", "second", "THIRD", "Fourth", "1st", "4th", "quarter", "Quarter", "quarters", "fiscal", "Fiscal",
    "year", "FY", "FY22", "Q3", "q4", "3Q", "2021", "1999", "'21", "last", "prior", "previous", "sequential",
    "next", "coming", "year-ago", "ago", "same", "period", "January", "june", "June", "September", "in",
    "of", "by", "trailing", "twelve", "months", "half", "H1", "2H", "today", "this", "the", "current", "end",
    "to-date", "YTD", "long-term", "few", "2025年", "第三季度", "三季度", "财年", "上半年", "去年", "同期", "本季度", "上季度",
    "7月", "十二月", "未来三年", "全年", "前三季度", "过去两个季度",
]
_TIME_PHRASES = [
    "first quarter", "Third Quarter of 2021", "fiscal second quarter", "fourth-quarter", "2020 first quarter",
    "Q3 2021", "Q4 FY22", "q1'21", "3Q21", "fiscal year 2022", "FY 2021", "first half", "second half of 2020",
    "1H", "H2 2021", "first six months of 2021", "year-to-date", "YTD", "trailing twelve months", "TTM",
    "past four quarters", "this quarter", "the quarter", "current quarter", "quarter-end", "last quarter",
    "prior quarter", "sequential quarter", "next quarter", "following quarter", "prior-year quarter",
    "year-ago period", "same quarter of last year", "next three years", "coming years", "long-term",
    "full year", "full-year 2021", "calendar 2022", "the year", "this year", "next year", "June quarter",
    "September quarter of 2021", "January 5, 2021", "in March", "end of June", "2021", "1999",
    "2025年第三季度", "2026财年第二季度", "上半年", "过去两个季度", "未来三年", "本季度", "上季度", "去年同期", "7月",
    "1-3Q25", "2 - 4Q24", "five-year capital plan", "3-year program", "ten year spending programme",
    "nine months ended June 30, 2021", "six-month period ended March 31 2022", "current three-month period",
]  # fmt: skip
_TIME_TEXT = st.lists(
    st.sampled_from([*_TIME_WORDS, *_TIME_PHRASES, *_TIME_PHRASES, " ", " ", "-", ",", ".", "%", "$", "\n"]),
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(_TIME_TEXT.map("".join))
def test_scan_finds_what_every_pattern_finds(text: str) -> None:
    # the second needles and the first-character lookaheads only skip work, never a match
    lower = text.lower()
    expected = sorted(
        (m.start(), -(m.end() - m.start()), rank, name)
        for rank, (name, pattern) in enumerate(periods._PATTERNS)
        if any(n in lower for n in periods._NEEDLES[name])
        for m in pattern.finditer(text)
        if m.end() > m.start()
    )
    assert [(s, n, r, name) for s, n, r, name, _m in periods._scan(text)] == expected


def test_scan_finds_each_phrase() -> None:
    for phrase in _TIME_PHRASES:
        test_scan_finds_what_every_pattern_finds.hypothesis.inner_test(f"In the {phrase}, revenue rose 5%.")  # type: ignore[attr-defined]


_SPACED_WORDS = [
    *("the", "this", "that", "a", "an", "another", "record", "very", "strong", "tough", "Q2", "quarter", "period"),
    *("year", "year's", "year,", ",", "last", "prior", "previous", "prior-year", "year-ago", "ago", "same", "of"),
    *("next", "coming", "upcoming", "following", "post", "after", "since", "subsequent", "to", "end", "quarter-end"),
    *("period-end", "in", "over", "recent", "past", "few", "several", "couple", "weeks", "today", "current", "full"),
    *("full-year", "calendar", "total", "fiscal", "2021", "1999", "by", "year-end", "annual", "guidance", "sales"),
    *("average", "growth", "run-rate", "Last", "In", "During", "The", "We", ".", ";", "revenue", "grew"),
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_SPACED_WORDS), max_size=12).map(" ".join))
def test_a_match_of_a_phrased_pattern_holds_one_of_its_phrases(text: str) -> None:
    # words parted by single spaces: the phrases the sieve tests before running these patterns
    patterns = dict(periods._PATTERNS)
    for name, phrases in periods._SPACED_NEEDLES.items():
        if patterns[name].search(text):
            assert any(p in text.lower() for p in phrases), name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Margins held this quarter.", "en_this_quarter"), ("Cash at quarter-end was $3 million.", "en_this_quarter"),
        ("As of today, we have 40 stores.", "en_this_quarter"), ("In the current quarter, sales rose.", "en_this_quarter"),
        ("We expect more in the upcoming quarter.", "en_next_quarter"), ("Post quarter end we repaid $4 million.", "en_next_quarter"),
        ("Since the end of the quarter we sold 2 units.", "en_next_quarter"), ("Occupancy rose over the past few weeks.", "en_next_quarter"),
        ("It was $1.04 in Q2 of the prior year.", "en_last_years_quarter"), ("Up from last year's fourth quarter.", "en_last_years_quarter"),
        ("Versus the prior-year quarter, sales rose.", "en_year_ago"), ("Against the year-ago period, up 5%.", "en_year_ago"),
        ("Up from the same quarter of last year.", "en_year_ago"), ("For the full year 2021, sales rose.", "en_full_year"),
        ("In calendar year 2022 we expect growth.", "en_full_year"), ("Margins for the total year were 20%.", "en_full_year"),
        ("We raise annual guidance to $6.93.", "en_full_year"), ("We reached record annual revenue.", "en_full_year"),
        ("We hit the target by year-end.", "en_full_year"), ("It was a very tough year for us.", "en_full_year"),
        ("Another record year closed.", "en_full_year"), ("For the next fiscal year we plan 5 stores.", "en_full_year"),
        ("Sales rose. Last year, we grew 5%.", "en_last_year"), ("Sales rose. In the prior fiscal year , we grew.", "en_last_year"),
    ],
)  # fmt: skip
def test_each_phrased_period_is_found(text: str, name: str) -> None:
    assert name in {found[3] for found in periods._scan(text)}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from([*_TIME_WORDS, *_TIME_PHRASES, " ", "ſ", "K", "İ", "ı", "Ｑ", "ｆ"]), max_size=10).map(
        "".join
    )
)
def test_first_character_lookaheads_keep_every_match(text: str) -> None:
    # in any script, with letters that case-fold to ASCII ones too ("ſ" is an "s")
    guarded = dict(periods._SCANS)
    for name, pattern in periods._PATTERNS:
        assert [(m.span(), m.groupdict()) for m in guarded[name].finditer(text)] == [
            (m.span(), m.groupdict()) for m in pattern.finditer(text)
        ]


@pytest.mark.parametrize(
    "text",
    ["In the third quarter", "FY2021 results", "Q4 sales", "a 4Q print", "no period here", "季度", "财年", "fiſcal 2021",
     "QUARTERLY", "Fiscal", "FYI", "xfy", "AQ4", "Q45", "4Qs", "4q"],
)
def test_quarterish_is_the_regex_it_stands_for(text: str) -> None:
    assert periods._quarterish(text) == bool(periods._QUARTERISH.search(text))


_PERIOD_WORDS = st.lists(
    st.sampled_from(
        [
            *("the third quarter of 2021", "Q3", "fiscal", "FY", "FY22", "2Q21", "H1", "first half", "June quarter"),
            *("this quarter", "quarter-end", "Today", "last quarter", "prior-year quarter", "year-to-date", "TTM"),
            *("next three years", "long-term", "full year", "the year", "Last year's Q4", "December 31, 2020"),
            *("first nine months", "trailing 12 months", "a record year", " ", ", ", ". ", "compared with ", "and"),
            *("QUARTER", "Fiscal Year 2022", "Quarter 3", "sequential quarter", "coming quarters", "1H", "2021"),
            *("three months ended June 30, 2021", "nine-month period ended", "current three month period"),
        ]
    ),
    max_size=10,
).map("".join)


def _reference_scan(text: str) -> list[tuple[int, int, str, dict[str, str | None]]]:
    """Every pattern as written, on the text as written: what the scan must find."""
    found = [
        (m.start(), -(m.end() - m.start()), rank, name, m)
        for rank, (name, pattern) in enumerate(periods._PATTERNS)
        for m in pattern.finditer(text)
        if m.end() > m.start()
    ]
    return [(s, -neg, name, m.groupdict()) for s, neg, _r, name, m in sorted(found, key=lambda f: f[:3])]


@settings(max_examples=300, deadline=None)
@given(_PERIOD_WORDS, st.sampled_from(["upper", "lower", "title", "same"]))
def test_ascii_text_is_scanned_lowercased_with_the_same_matches(text: str, case: str) -> None:
    # (group values may differ in case only: every reader of them compares case-insensitively)
    text = {"upper": text.upper(), "lower": text.lower(), "title": text.title(), "same": text}[case]
    lowered = lambda g: {k: v.lower() if v else v for k, v in g.items()}  # noqa: E731
    got = [(s, -neg, name, lowered(m.groupdict())) for s, neg, _r, name, m in periods._scan.__wrapped__(text)]
    assert got == [(s, length, name, lowered(g)) for s, length, name, g in _reference_scan(text)]


_ZH_PERIOD_WORDS = st.lists(
    st.sampled_from(
        [
            *("2025年第三季度", "三季度", "第4季", "去年同期", "上季度", "本季度", "2026财年第二季度", "财年", "上半年"),
            *("前三季度", "前9个月", "过去四个季度", "未来三年", "7月", "2025年11月", "全年", "去年", "9月季度", "较"),
            *("，", "。", "预计", "收入"),
        ]
    ),
    max_size=8,
).map("".join)
_CONTEXTS = [
    PeriodContext(),
    PeriodContext("2025Q3", 2025, 3, (2025, 11, 13)),
    PeriodContext("2020Q4", 2021, 12, None, article=True),
]


@settings(max_examples=300, deadline=None)
@given(_PERIOD_WORDS | _ZH_PERIOD_WORDS, st.sampled_from(_CONTEXTS), st.sampled_from([None, 2020, 2025]))
def test_only_the_quarter_patterns_name_a_candidate_for_the_document_quarter(
    text: str, ctx: PeriodContext, hint: int | None
) -> None:
    # the document's quarter skips paragraphs none of these patterns matches
    names = {(s, s - neg): name for s, neg, _r, name, _m in periods._scan(text)}
    for pm in periods.find_periods(text, ctx, hint):
        if pm.kind == "quarter" and pm.weight and not pm.base and not pm.forward:
            assert names[pm.start, pm.end] not in periods._NO_QUARTER_NAMES


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "Rev", "5%", "]", "）", "季度", ".", "。", "!", "？", ";", "\n", " ", "\u3000", "-", "—", "•", "–"]),
        max_size=16,
    ).map("".join)
)
def test_sentence_ends_are_where_the_sentence_end_pattern_finds_them(text: str) -> None:
    # the text without a dash between spaces is read with a pattern that skips spaces
    periods._sentence_ends.cache_clear()
    assert periods._sentence_ends(text) == tuple(m.end() for m in periods._SENTENCE_END.finditer(text))


@pytest.mark.parametrize(
    ("text", "ctx", "period"),
    [
        ("Last year, we generated $1.2 billion.", PeriodContext("2021Q3", 2021), "2020"),
        ("Last year, we generated $1.2 billion.", PeriodContext("2021Q3", 2021, 6), "2020Q3-2021Q2"),
        ("We exited the year with savings of $15 million.", PeriodContext("2020Q4", 2021), "2020Q4"),
        ("We'll exit the year with a run rate of $15 million.", PeriodContext("2020Q4", 2021), "2021Q4"),
        ("at our 2022 exit rate", PeriodContext("2021Q4", 2022), "2022Q4"),
        ("sales of $4 million in fiscal '22", PeriodContext("2021Q3", 2021, 6), "2021Q3-2022Q2"),
        ("over the next 4 quarters", PeriodContext("2021Q3", 2021), "2021Q4-2022Q3"),
        ("over the next three years", PeriodContext("2021Q3", 2021), "2022-2024"),
        ("Revenue last quarter rose 8%.", PeriodContext("2021Q3", 2021, 12, (2021, 11, 2), True), "2021Q3"),
        ("Revenue rose 8% from last quarter.", PeriodContext("2021Q3", 2021, 12, (2021, 11, 2), True), "2021Q2"),
        ("Revenue last quarter rose 8%.", PeriodContext("2021Q3", 2021), "2021Q2"),
    ],
)
def test_english_relative_periods(text: str, ctx: PeriodContext, period: str) -> None:
    """"Last year" opening a sentence is the (fiscal) year before the document's; an exit rate is the last
    quarter of the year exited; "last quarter" in a story published after the quarter is the one reported."""
    found = [pm.period for pm in find_periods(text, ctx) if pm.period]
    assert found == [period]


def test_a_comparison_with_last_year_names_no_period_of_its_own() -> None:
    """"up 5% from last year": the figure's own period a year earlier, worked out by the figure, not a year."""
    assert find_periods("Revenue was up 5% from last year, driven by volume.", PeriodContext("2021Q3", 2021)) == []


def test_a_titled_year_is_read_as_searching_every_head_reads_it() -> None:
    from finbrief.facts.periods import _ANNUAL_PREVIEW_HEAD, _ANNUAL_REPORT_TITLE, _titled_year

    def plain(texts: list[str]) -> int | None:
        for text in texts[:4]:
            m = _ANNUAL_PREVIEW_HEAD.search(text) or _ANNUAL_REPORT_TITLE.search(text)
            if m is not None:
                return int(m.group("y"))
        return None

    heads = [
        ["2025年度业绩预告"],
        ["Examplo Holdings Q3 2025 Earnings Call", "星穹科技股份有限公司2024年年度报告摘要"],
        ["星穹科技2024年年度报告（节选）"],
        ["FY2024 annual report", "2024 年度报告"],
        ["Annual results 2025", "Chairman's letter"],
        ["证券代码：600000", "星穹科技", "公告编号：2025-001", "第四段", "2023年年度报告"],
    ]
    for texts in heads:
        assert _titled_year(texts) == plain(texts), texts


@pytest.mark.parametrize(
    ("head", "running"),
    [
        ("Stock code: 1234, listed in 2019", "2025Q1-2025Q3"),  # a filing's stock code heads it: passed over
        ("  (STOCK CODE: 1234) listed in 2019", "2025Q1-2025Q3"),
        ("Listed in 2019, stock code: 1234", None),  # no stock code line: its year is the head's first period
        ("股份代号：1234 2019年上市", "2025Q1-2025Q3"),
    ],
)
def test_a_stock_code_line_heading_a_filing_is_no_title(head: str, running: str | None) -> None:
    """The span a filing's head reports is read past its stock code line, in English as in Chinese."""
    texts = (head, "Results for the nine months ended September 30, 2025", "Revenue for the third quarter of 2025 rose 8%.")
    ctx = periods.context(texts, 12, (2025, 11, 5))
    assert ctx.period == "2025Q3"
    assert ctx.running == running


@pytest.mark.parametrize(
    "text",
    [
        "For the full year, revenue was $1.6 billion, up from the third quarter of 2024.",
        "Looking ahead to fiscal 2026, we expect the first half to be slower than the second half.",
        "Year to date, sales grew 4%; in Q3 they were flat versus the prior year period.",
        "Last year, the nine months ended September 30, 2025 were the best in our history.",
    ],
)
def test_every_english_period_starts_where_a_period_pattern_matches(text: str) -> None:
    """A reader that wants a period only at some places first asks where a mention may start
    (``mention_starts``, no match resolved): every mention found starts at one of those places."""
    ctx = PeriodContext("2025Q3", 2025)
    found = find_periods(text, ctx)
    assert found
    assert {pm.start for pm in found} <= periods.mention_starts(text)
