"""The document's quarter reads its candidates with less work than ``find_periods``: the same mentions."""

from __future__ import annotations

import dataclasses

import pytest

from finbrief.facts import periods
from finbrief.facts.periods import PeriodContext, find_periods

TEXTS = [
    "Orbisco Freight reported third quarter 2025 revenue of $41 million, compared to the third quarter of 2024.",
    "For the quarter, Q3 sales rose 8%; in the prior year quarter they fell. We expect fourth quarter growth.",
    "The quarter 3 results of Orbisco and the June quarter: fiscal 2026 first quarter, year 2025, the full year.",
    "In the second quarter, versus last year's Q2, and the same period of last year, our third quarter improved.",
    "Orbisco's 2024 was strong: in 2025 the first half and the third quarter, the current quarter, today.",
    "Looking at the first quarter of last year and the fourth quarter 2025 earnings call, in '25 we grew.",
    "Orbisco 2025年第三季度营收增长8%，较2024年第三季度上升；二季度持平，去年同期下降。",
    "写下2021年第2季来低点后，Orbisco第三季度纯利增长，明年第一季度将改善。",
]
CONTEXTS = [
    PeriodContext(),
    PeriodContext("2025Q3", 2025),
    PeriodContext("2025Q3", 2025, 6, (2025, 11, 4)),
    PeriodContext(None, 2025, 12, (2025, 11, 4), article=True),
]


def _fields(pm: periods.PeriodMention) -> tuple[object, ...]:
    return tuple(getattr(pm, f.name) for f in dataclasses.fields(pm))


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_are_the_quarters_find_periods_finds(text: str) -> None:
    for ctx in CONTEXTS:
        for hint in (None, 2024, 2025):
            expected = [
                _fields(pm)
                for pm in find_periods(text, ctx, hint)
                if pm.kind == "quarter" and not pm.base and not pm.forward and pm.weight != 0
            ]
            assert [_fields(pm) for pm in periods._quarter_candidates(text, ctx, hint)] == expected


def test_sieved_keeps_the_matches_up_to_its_limit() -> None:
    text = TEXTS[2]
    every = [(*f[:4], f[4].span()) for f in periods._part_scan(text, False)]
    for limit in (0, 10, 40, len(text) // 2, len(text)):
        found = [(*f[:4], f[4].span()) for f in periods._sieved(text, False, limit)]
        assert sorted(found) == sorted(f for f in every if f[0] <= limit)


YEAR_TEXTS = [
    "Orbisco Freight grew revenue 8% in 2025 compared to the third quarter of 2024.",
    "Compared to the first quarter of 2025, margins rose; we expect 2026 revenue to grow.",
    "Orbisco's fourth quarter 2025 results: in 2023 the plant opened, and by 2027 it doubles.",
    "In 2024 sales fell, 80% of 2019 levels; 2025年第三季度营收增长，2026年目标翻倍。",
    "Versus the fourth quarter of 2024, orders rose; in 2024 we hired.",
]


@pytest.mark.parametrize("k", range(len(YEAR_TEXTS) + 1))
def test_latest_past_year_is_the_latest_year_voted_for(k: int) -> None:
    # weighing only the tokens that may change it: the latest years first, a base's year for the year after
    for texts in (YEAR_TEXTS[:k], YEAR_TEXTS[k:], YEAR_TEXTS[k::-1]):
        votes = periods._past_years(texts)
        assert periods._latest_past_year(texts) == (max(votes) if votes else None)


def test_a_quarter_of_a_year_compared_against_votes_for_the_year_after() -> None:
    texts = ["Orbisco sales rose 9% compared to the first quarter of 2025."]
    assert periods._past_years(texts) == {2026: 4}
    assert periods._latest_past_year(texts) == 2026
    # a year voted for first, then a quarter of the same year as the base: the year after still wins
    texts = ["In 2024 Orbisco hired 40 drivers.", "Orders rose 5% versus the fourth quarter of 2024."]
    assert set(periods._past_years(texts)) == {2024, 2025}
    assert periods._latest_past_year(texts) == 2025


SIEVE_TEXTS = [
    *TEXTS,
    "june ended the quarter",  # "ended" starts inside "june": hidden by its match
    "junended third quarter",
    "the lastt ttm figure, for the trailing twelve months",  # "ttm" starts inside "last"
    "monthalf of the year's h1 and 1h, 3months ytd",
    "1quarter, q1st and 4q'24; september 30",
    "no period named here at all",
    "the year  ago quarter; a full\tyear",  # not parted by single spaces: no phrase asked for
    "2025年第三季度截至9月30日止，年初至今上年同期",
]


@pytest.mark.parametrize("text", SIEVE_TEXTS)
def test_sieve_runs_the_rows_whose_needles_the_text_holds(text: str) -> None:
    """One pass of the needle trie lets through the same rows as a substring test a needle, also where
    one needle starts inside another's match; an ASCII text parted by single spaces also needs one of
    a phrased row's phrases."""
    lower = text.lower()
    spaced = "  " not in lower and lower.isprintable()
    for (ascii_only, _quarter), sieve in periods._SIEVES.items():
        expected = 0
        for i, (_rank, name, _pattern, _lowered, needles, also) in enumerate(sieve.rows):
            phrases = periods._SPACED_NEEDLES.get(name) if ascii_only and spaced else None
            if (
                any(n in lower for n in needles)
                and (also is None or any(n in lower for n in also))
                and (phrases is None or any(p in lower for p in phrases))
            ):
                expected |= 1 << i
        assert sieve.running(lower) == expected


@pytest.mark.parametrize(
    "text",
    [
        *SIEVE_TEXTS,
        "Last year, we opened 12 terminals.",
        "In the prior fiscal year, freight volumes fell.",
        "Two years ago, margins were 9%; over the past month, orders rose.",
        "Versus last year's Q2, the year, this year and the full year 2025.",
    ],
)
def test_sieve_never_drops_a_row_whose_pattern_matches(text: str) -> None:
    """The needles a row is sieved by (listed, or worked out from its pattern) are in every match of it."""
    lower = text.lower()
    for (ascii_only, _quarter), sieve in periods._SIEVES.items():
        if ascii_only and not text.isascii():
            continue
        run = sieve.running(lower)
        for i, (_rank, name, pattern, on_lower, _needles, _also) in enumerate(sieve.rows):
            if any(m.end() > m.start() for m in pattern.finditer(lower if on_lower else text)):
                assert run & (1 << i), name


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_holds_no_more_candidates_than_matches_of_the_quarters_patterns(text: str) -> None:
    # (what the document's quarter reads its texts up to: the most later texts can add)
    for ctx in CONTEXTS:
        for hint in (None, 2024, 2025):
            assert len(periods._quarter_candidates(text, ctx, hint)) <= len(periods._part_scan(text, True))


SWING = [
    "Welcome to the Orbisco Freight second quarter 2025 earnings call.",
    *["Second quarter 2025 revenue at Orbisco rose 4%." for _ in range(3)],
    *["Orbisco third quarter 2025 orders rose 2%." for _ in range(10)],
]


def test_a_later_run_of_mentions_still_outweighs_the_opening_quarter() -> None:
    # the call names itself by its second quarter, and its later texts name the third more often
    assert periods._quarter_context(SWING).period == "2025Q3"


def test_texts_after_a_settled_quarter_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Welcome to the Orbisco Freight third quarter 2025 earnings call.",
        *["Orbisco third quarter 2025 revenue rose 4%." for _ in range(8)],
        "Orbisco second quarter 2025 orders rose 2%.",
    ]
    read: list[str] = []
    candidates = periods._quarter_candidates

    def counted(text: str, ctx: PeriodContext, hint: int | None) -> list[periods.PeriodMention]:
        read.append(text)
        return candidates(text, ctx, hint)

    monkeypatch.setattr(periods, "_quarter_candidates", counted)
    assert periods._quarter_context(texts).period == "2025Q3"
    # the last text alone could add a few points to another quarter: the lead is already larger
    assert texts[-1] not in read
    assert len(read) < len(texts)


BOUND_TEXTS = [
    *TEXTS,
    "In the third quarter, Orbisco Freight revenue rose 4%; Q3 orders and 3Q margins rose as well.",
    "Orbisco's fiscal third quarter 2025 results and Q2 2025 revenue, up from 2Q '24, and the June quarter.",
]


@pytest.mark.parametrize("text", BOUND_TEXTS)
def test_a_candidate_scores_no_more_than_its_match_may_add(text: str) -> None:
    # (the stop of the document's quarter counts on this bound for the texts it has not read)
    found = {f[0]: f for f in periods._part_scan(text, True)}
    for ctx in CONTEXTS:
        for hint in (None, 2024, 2025):
            for pm in periods._quarter_candidates(text, ctx, hint):
                match = found[pm.start]
                # (the quarter's number the bound counts it under, when it names one)
                number = periods._number_of(match, ctx.fiscal_year_end_month)
                assert pm.period is not None
                assert number in (0, int(pm.period[-1]))
                # (as the document's quarter weighs it: a quarter of a year other than the report's weighs 1)
                other_year = hint is not None and int(pm.period[:4]) != hint and not pm.fiscal_alternative
                weight = 1 if pm.weight >= 2 and other_year else pm.weight
                for head in (False, True):
                    score = weight + (pm.report and weight >= 2) + head
                    assert score <= periods._most_score(match, head, hint)


def test_quarters_named_without_their_year_settle_the_quarter_sooner(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Orbisco Freight third quarter 2025 revenue rose 4%.",
        "In the third quarter, orders rose 3%.",
        "In the third quarter, margins rose.",
        "In the third quarter, costs fell.",
        "In the second quarter and the first quarter costs rose, and in the fourth quarter they fell.",
    ]
    read: list[str] = []
    candidates = periods._quarter_candidates

    def counted(text: str, ctx: PeriodContext, hint: int | None) -> list[periods.PeriodMention]:
        read.append(text)
        return candidates(text, ctx, hint)

    monkeypatch.setattr(periods, "_quarter_candidates", counted)
    assert periods._quarter_context(texts).period == "2025Q3"
    # three quarters named without their year add a point each: the lead of the third quarter is larger
    assert texts[-1] not in read


def _read_texts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts ``_quarter_context`` reads for its candidates, as it reads them."""
    read: list[str] = []
    candidates = periods._quarter_candidates

    def counted(text: str, ctx: PeriodContext, hint: int | None) -> list[periods.PeriodMention]:
        read.append(text)
        return candidates(text, ctx, hint)

    monkeypatch.setattr(periods, "_quarter_candidates", counted)
    return read


def test_quarters_of_other_numbers_do_not_hold_up_the_quarter(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Orbisco Freight third quarter 2025 revenue rose 4%.",
        "Orbisco third quarter 2025 margins rose.",
        "Orbisco third quarter 2025 orders rose.",
        "Orbisco third quarter 2025 costs fell.",
        *("In the second quarter, orders rose 2%.", "In the fourth quarter, orders rose 1%."),
        *("In the first quarter, orders rose 3%.", "In the second quarter, margins fell."),
        *("In the fourth quarter, margins fell.", "In the first quarter, margins fell."),
        *("In the second quarter, costs fell.", "In the fourth quarter, costs rose."),
        *("In the first quarter, costs rose.", "In the second quarter, prices fell."),
        *("In the fourth quarter, prices rose.", "In the first quarter, prices rose."),
    ]
    read = _read_texts(monkeypatch)
    assert periods._quarter_context(texts).period == "2025Q3"
    # each other quarter may gain four points at most, whichever year it is of: the third quarter leads by more
    assert not any(text.startswith("In the") for text in read)


def test_quarters_of_another_year_do_not_hold_up_the_quarter(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "Orbisco Freight reported third quarter 2025 revenue of $41 million.",
        "Orbisco third quarter 2025 margins rose.",
        "Orbisco third quarter 2025 orders rose 4%.",
        "Orbisco third quarter 2025 costs fell 2%.",
        *("Orbisco third quarter 2025 revenue rose 4%." for _ in range(3)),
        *(f"Compared with the third quarter of 2024, line {n} rose." for n in range(6)),
    ]
    read = _read_texts(monkeypatch)
    assert periods._quarter_context(texts).period == "2025Q3"
    # a quarter named with another year than the one the call reports weighs one point: the lead is larger
    assert not any(text.startswith("Compared") for text in read)


def test_the_texts_that_may_add_most_to_a_quarter_are_read_first(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [
        "In the second quarter, orders rose 2%.",
        *("Orbisco Freight third quarter 2025 revenue rose 4%." for _ in range(4)),
    ]
    read = _read_texts(monkeypatch)
    assert periods._quarter_context(texts).period == "2025Q3"
    # the opening text may add a point or two to the second quarter: the quarters named with their year settle it
    assert texts[0] not in read


def test_a_tie_goes_to_the_quarter_named_first_whatever_text_is_read_first() -> None:
    texts = [
        *("Orbisco Freight moved more parcels." for _ in range(3)),
        "Orbisco third quarter 2025 orders rose.",
        "Orbisco second quarter 2025 orders rose. We expect second quarter 2025 costs to fall.",
        "Orbisco third quarter 2025 orders rose. We expect third quarter 2025 costs to fall.",
        "Orbisco second quarter 2025 orders rose.",
    ]
    # (the texts naming a quarter twice are read first; the third quarter is named first, in the fourth text)
    assert periods._quarter_context(texts).period == "2025Q3"


def test_most_to_one_is_what_a_text_may_add_to_its_likeliest_quarter() -> None:
    assert periods._most_to_one([0, 1, 1, 1, 0]) == 1
    assert periods._most_to_one([2, 0, 0, 3, 0]) == 5
    assert periods._most_to_one([0, 0, 0, 0, 0]) == 0
