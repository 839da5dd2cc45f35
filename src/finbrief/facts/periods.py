"""Reporting periods: the document's quarter, and the period each figure refers to.

Periods are written as calendar quarters (``2025Q2``), years (``2025``), months (``2025-10``) or
spans (``2024Q3-2025Q2``, ``2025-2027``, ``2025-01-2025-10``). Fiscal quarters are mapped to calendar quarters through the
company's fiscal calendar (lexicon/calendars.yaml: Alibaba's fiscal Q2 FY2026 is 2025Q3), or the one the
document states: a fiscal quarter label with the date its quarter ended ("Fiscal 2026 Second Quarter
Results" over "the quarter ended December 31, 2025": a year ending in June), a fiscal year or half with
its end, or a call's fiscal quarter labels with their year read against the calendar quarter its quarter
ended in ("the first quarter of fiscal year 2020" in a call dated October 2019: a year ending in June).

Choices:
- a Chinese "YYYY年第N季度" without "财年" is a calendar quarter (the convention of Chinese media),
  unless the document's date shows that quarter had not ended yet; then it is read as fiscal;
- a bare quarter ("二季度", "third quarter") takes the year of the last year named in the same
  paragraph, else the document's year (the previous year when it lies after the document's
  quarter, except in a forward-looking sentence);
- forward plans get a span of calendar years from the document's year ("未来三年" in a 2025Q2
  document is ``2025-2027``); vague horizons ("未来几个季度", "coming years") get no period;
- a Chinese month named as a whole gives that month ("10月销量" in a 2025 document is ``2025-10``),
  the months to date a span of months ("1-10月" is ``2025-01-2025-10``; "前9个月" stays
  ``2025Q1-2025Q3``); a point in a month ("9月底", "9月30日") gives the calendar quarter it falls in;
- an English month named as a whole gives that month when the figure is the month's own measure
  ("comp sales in December", "September revenue", "In October, ... a $326 ADR"); a month that dates an
  event (a dividend paid, an acquisition closed, a debt's maturity) or a point ("as of", "end of") keeps
  its quarter; a month or a quarter said right after a verb or noun of giving out figures ("the guidance we
  provided in February", "our disclosures in the second quarter") dates the saying and is no period of a figure;
- "over the next three years" in a call of the second half of the fiscal year starts with the next
  year; "over the next 4 quarters" starts with the quarter after the document's;
- the document's year is the one it names as a fact most (a year named with a quarter, "the
  fourth quarter of 2020", counts most; "compared to the first quarter of 2020" counts for 2021;
  targets, "2019 levels" and English sentences looking ahead do not count); its quarter is the
  one it names most, not counting quarters named after a forecast word;
- "the full year" in a forecast of a fourth-quarter document is the next year.
The context is computed once per document (``identity.document_context``).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, reduce
from itertools import accumulate
from operator import or_
from typing import Any, Literal

from finbrief.fastre import fast
from finbrief.lexicon.companies import off_calendar_aliases
from finbrief.text.regex import Sifted, anchored, lowered, needle_sets

Kind = Literal["quarter", "year", "span", "forward", "vague", "month"]

__all__ = [
    "PeriodContext",
    "PeriodMention",
    "calendar_quarter",
    "context",
    "find_periods",
    "fiscal_to_calendar",
    "parse_quarter",
]

# --- quarter arithmetic --------------------------------------------------------------------


def quarter_str(index: int) -> str:
    """``2025Q2`` for quarter index ``2025*4 + 1``."""
    return f"{index // 4}Q{index % 4 + 1}"


def month_str(year: int, month: int) -> str:
    """``2025-10`` for October 2025: the period of a figure reported for one month."""
    return f"{year}-{month:02d}"


_QUARTER_ID = re.compile(r"(\d{4})Q([1-4])")


@lru_cache(maxsize=4096)
def parse_quarter(period: str) -> int | None:
    """Quarter index of ``2025Q2`` (``year*4 + quarter-1``), None for other period strings (kept: a document
    asks for the same few periods hundreds of times)."""
    m = _QUARTER_ID.fullmatch(period)
    return int(m.group(1)) * 4 + int(m.group(2)) - 1 if m else None


def calendar_quarter(year: int, month: int) -> int:
    """Quarter index of the calendar quarter containing ``month`` of ``year``."""
    return year * 4 + (month - 1) // 3


def fiscal_to_calendar(fiscal_year: int, fiscal_quarter: int, year_end_month: int) -> int:
    """Calendar quarter index of fiscal quarter ``fiscal_quarter`` of the fiscal year ending in ``fiscal_year``."""
    end_month = fiscal_year * 12 + (year_end_month - 1) - 3 * (4 - fiscal_quarter)
    return calendar_quarter(end_month // 12, end_month % 12 + 1)


def calendar_to_fiscal(quarter: int, year_end_month: int) -> tuple[int, int]:
    """Fiscal year (named by the year it ends in) and fiscal quarter of calendar quarter index ``quarter``."""
    year, q = divmod(quarter, 4)
    end_month = 3 * q + 1 + (year_end_month - 1) % 3  # the month of the quarter a fiscal quarter ends in
    fiscal_year = year if end_month <= year_end_month else year + 1
    return fiscal_year, (end_month - year_end_month - 1) % 12 // 3 + 1


def fiscal_year_span(fiscal_year: int, year_end_month: int) -> str:
    """A fiscal year as a period string: the year itself when it is the calendar year, else a span."""
    if year_end_month == 12:
        return str(fiscal_year)
    first = fiscal_to_calendar(fiscal_year, 1, year_end_month)
    return f"{quarter_str(first)}-{quarter_str(first + 3)}"


def span(first: int, last: int) -> str:
    """A span of quarters as a period string (a single quarter when ``first == last``)."""
    return quarter_str(first) if first == last else f"{quarter_str(first)}-{quarter_str(last)}"


# --- words ---------------------------------------------------------------------------------

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_NUM = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}


def _num(text: str) -> int:
    """Small number written in digits, Chinese or English words."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    if text in _EN_NUM:
        return _EN_NUM[text]
    if text.startswith("十") and len(text) == 2:
        return 10 + _CN_NUM.get(text[1], 0)
    return _CN_NUM.get(text, 0)


def _months(text: str) -> int:
    """A count of months written in digits or Chinese ("10", "十一", "九")."""
    if text.isdigit():
        return int(text)
    return 10 + _num(text[1:]) if text[0] == "十" and len(text) > 1 else _num(text)


def _year(text: str) -> int:
    """Four-digit year from "2025", "25", "'25", and a Taiwanese year from 1912 ("114", "民国114")."""
    text = text.strip("'’ ").removeprefix("民国").strip()
    y = int(text)
    return y + 2000 if y < 100 else y + 1911 if y < 200 else y


_Q = r"(?:[一二三四]|[1-4])"
_MONTH_EN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_EN = _MONTH_EN
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_YEAR = r"(?:19|20)\d{2}"
_ROC_YEAR = r"(?<![\d.,])(?:民国\s?)?1[01]\d"
"""A Taiwanese year counted from 1912 ("114年11月", "民国114年10月": 2025), read only before its month."""
_ROC_DATE = re.compile(rf"(?P<y>{_ROC_YEAR})\s?年\s?(?:1[0-2]|0?[1-9])\s?月")
"""A month of a Taiwanese year from 1912 ("114年11月"), which dates a filing that names no other year."""
_ZH_DAY = r"[0-3]?\d\s?日"
"""A day of the month; a day written in Chinese digits may be read one character short, padded before 日
("三十一日" -> "31 日", ``text.analysis_text``)."""


def _word_led(*alternatives: str) -> str:
    r"""``\b(?:a|b|...)`` for alternatives that each open with a letter, written so that the engine
    skips ahead to those letters (a pattern that opens with ``\b`` or a group is tried at every
    position): each alternative is its first letter, then the word boundary as a lookbehind
    ("t(?<!\wt)his"). The same matches, tried in the same order."""
    return "|".join(rf"{a[0]}(?<!\w{a[0]}){a[1:]}" for a in alternatives)


# (name, pattern): earlier entries win where matches overlap at the same start.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "zh_span",
        re.compile(
            rf"(?P<y>{_YEAR})\s?年\s?第?(?P<q>{_Q})\s?季度?\s?(?:至|到|-|—)\s?(?P<y2>{_YEAR})\s?年\s?第?(?P<q2>{_Q})\s?季度"
        ),
    ),
    ("zh_month_quarter", re.compile(rf"(?:(?P<y>{_YEAR})\s?年\s?)?(?P<m>1[0-2]|0?[1-9])\s?月(?:份)?的?季度")),
    (
        "zh_fiscal_quarter",
        re.compile(
            rf"(?P<y>{_YEAR}|\d{{2}})\s?财年\s?(?:第(?P<q>{_Q})\s?(?:财季|季度|季)|(?P<q1>{_Q})\s?(?:财季|季度)|Q(?P<q3>[1-4]))",
            re.I,
        ),
    ),
    (
        "zh_fiscal_half",
        re.compile(
            rf"(?P<rel>本|该|上一?|下一?)?财年\s?的?(?P<h>上|下)半年|(?P<y>{_YEAR})\s?财年\s?的?(?P<h2>上|下)半年"
        ),
    ),
    # a fiscal year written with both calendar years it spans ("2024/2025年度", "2025/26财年"): the later one names it
    ("zh_split_year", re.compile(rf"(?P<y>{_YEAR})\s?/\s?(?P<y2>(?:19|20)?\d\d)\s?(?:财政年度|财年|年度)")),
    ("zh_fiscal_year", re.compile(rf"(?P<y>{_YEAR}|\d{{2}})\s?财年|(?P<rel>本|该|上一?个?|下一?个?)财年")),
    ("zh_quarter", re.compile(rf"(?P<y>{_YEAR})\s?年\s?(?:第|的)?(?P<q>{_Q})\s?季度")),
    (
        "zh_rel_quarter",
        re.compile(
            rf"(?P<rel>去年|今年|明年|前年|上年)?\s?(?:第(?P<q2>{_Q})\s?季(?!度)|第?(?P<q>{_Q})\s?季度)"
        ),
    ),
    (
        "zh_first_n",
        re.compile(r"(?P<rel>去年|今年|上年)?(?:前(?P<n>[二三两2-3])|首(?P<n2>[一二三两1-3]))个?季度?"),
    ),
    (
        "zh_half",
        re.compile(
            rf"(?:(?P<y>{_YEAR})\s?年|(?P<rel>去年|今年|明年))?"
            r"(?:(?P<h>上|下)半年|中期(?=业绩|报告|财报|股息|息|纯利|溢利|盈利|利润|收入|收益)"
            r"|(?<![近过去多逾超一两个每前后大小])半年度|(?<![近过去多逾超一两个每前后大小])半年(?=多赚|少赚|纯利|溢利|盈利|利润|收入|收益|业绩|股东应占|营运收入|净利))"
        ),
    ),
    # a span of dates from the year's first day ("2025年1月1日至2025年11月30日期间"): the months to the last one
    (
        "zh_first_months",
        re.compile(
            rf"(?P<rel>(?!))?(?P<n>(?!))?(?P<y>{_YEAR})\s?年\s?0?1\s?月\s?0?1\s?[日号]\s?(?:至|到|起至)\s?"
            rf"(?:{_YEAR}\s?年\s?)?(?P<n2>1[0-2]|0?[1-9])\s?月\s?[0-3]?\d\s?[日号]"
        ),
    ),
    (
        "zh_first_months",
        re.compile(
            rf"(?P<rel>去年|今年|上年)?(?:(?:前|首)\s?(?P<n>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])"
            rf"|(?:(?P<y>{_YEAR})\s?年\s?)?1\s?月?\s?[-—–－~～至到]\s?(?P<n2>1[0-2]|[2-9]))\s?个?月(?!底|末)"
        ),
    ),
    # a span of months that does not open the year ("7—9月", "2024年4-6月"): a quarter, or those months
    (
        "zh_month_span",
        re.compile(
            rf"(?<![\d.年至到])(?:(?P<y>{_YEAR})\s?年\s?)?(?P<m1>1[0-2]|[2-9])\s?月?\s?[-—–－~～至到]\s?(?P<m2>1[0-2]|[3-9])\s?月(?:份)?"
            r"(?!底|末|初|中|[0-3]?\d\s?[日号])"
        ),
    ),
    (
        "zh_year_ended",
        re.compile(
            rf"截至\s?(?P<y>{_YEAR})\s?年\s?(?P<m>1[0-2]|0?[1-9])\s?月[^，。；;]{{0,8}}?止的?\s?(?:财政)?(?:年度|全年)"
        ),
    ),
    (
        "zh_months_ended",
        re.compile(
            rf"截至\s?(?:(?P<y>{_YEAR})\s?年)?\s?(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s?月[^，。；;]{{0,8}}?止"
            r"\s?(?:(?P<n>十二|[三六九]|12|[369])\s?个月|的?(?P<h>半年度?|中期|上半年))"
        ),
    ),
    ("zh_past", re.compile(r"(?:过去|最近|近|前)(?P<n>[一二三四五六七八九十两\d]{1,2})个(?P<u>季度|月)")),
    ("zh_next_years", re.compile(r"(?:未来|今后|接下来|往后)(?P<n>[一二三四五六七八九十两\d]{1,2})年")),
    ("zh_vague_forward", re.compile(r"未来(?:几|数|若干)个?(?:季度|年)|未来一段时间|今后几年|中长期")),
    # "单季" right after a quarter ("第四季度单季营收", "Q3单季") says that quarter alone, not the report's quarter
    ("zh_this_quarter", re.compile(r"本季度|本季|(?<!季度)(?<!季)(?<!Q[1-4])(?:单季度|单季)|当季|该季度|这个季度|这一季度|这季")),
    ("zh_last_quarter", re.compile(r"上季度|上一季度|上个季度|上一个季度|前一季度?|前一个季度|上季|前季")),
    ("zh_next_quarter", re.compile(r"下季度|下一季度?|下个季度|下一个季度|下季(?!节)")),
    ("zh_year_ago", re.compile(r"去年同期|去年同季度|上年同期|上年同季度|去年同季")),
    ("zh_ytd", re.compile(r"年初至今|今年以来|年内迄今|年初至本?报告期末")),
    # a filing's own words for its period: "本报告期" beside "年初至报告期末" (a quarterly report's quarter alone), and
    # "（本）报告期末", the balance date
    ("zh_this_report", re.compile(r"本报告期(?![末初内])")),
    ("zh_report_end", re.compile(r"(?<!年初至)(?<!年初至本)本?报告期末")),
    (
        "zh_date",
        re.compile(
            rf"(?P<y>{_YEAR}|{_ROC_YEAR})\s?年\s?(?P<m>1[0-2]|0?[1-9])\s?月(?:份)?(?:\s?(?P<d>[0-3]?\d)\s?[日号])?"
        ),
    ),
    (
        "zh_month",
        re.compile(
            r"(?P<rel>去年|今年|明年)?(?P<m>1[0-2]|0?[1-9]|十[一二]|[一二三四五六七八九十])\s?月(?:份)?(?:(?P<d>[0-3]?\d)[日号])?"
        ),
    ),
    ("zh_year_same_period", re.compile(rf"(?P<y>{_YEAR})\s?年\s?同期")),
    # (not when something was announced: "旭达半导体上月公布…" dates the announcement, not the figures in it)
    ("zh_last_month", re.compile(r"上个?月(?![末底初中])(?!\s?(?:公布|發布|发布|披露|宣布|表示|稱|称|指出|召开|召開|举行|舉行|公告))")),
    ("zh_full_year", re.compile(r"全年度?")),
    ("zh_year", re.compile(rf"(?P<y>{_YEAR})\s?年(?:度)?|(?P<rel>去年|今年|明年|前年|上年)(?:全年)?")),
    (
        "en_month_quarter",
        re.compile(
            rf"(?P<m>{_MONTH_EN})\s+quarter(?:\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?)?(?P<y>{_YEAR}))?"
            # "for the quarter ending March": the quarter that ends in that month (a day after it is a date's)
            rf"|(?<![A-Za-z])(?:the\s+)?quarter\s+(?:that\s+)?(?:ended|ending|ends)\s+(?:in\s+)?(?P<m2>{_MONTH_EN})\b(?!\s+[0-3]?\d\b)"
            rf"(?:,?\s+(?P<y2>{_YEAR})\b)?",
            re.I,
        ),
    ),
    (
        "en_quarter",
        re.compile(
            # (the lookahead: the words a match opens with, so that most letters "s", "t" and "f" are passed over)
            rf"(?=fiscal|(?:19|20)\d|{_ORD})"
            rf"(?P<fis0>fiscal\s+(?:year\s+)?)?(?:(?P<y0>{_YEAR})\s+)?(?P<fis1>fiscal\s+)?(?P<ord>{_ORD})[\s-](?P<fis2>fiscal\s+)?quarter"
            rf"(?:\s+(?:of\s+)?(?:(?:the\s+)?(?P<fis3>fiscal\s+(?:year\s+)?|FY\s?))?(?P<y>{_YEAR}|['’]\d{{2}})"
            r"|\s+(?:of\s+)?(?P<lastyear>last|the\s+prior|the\s+previous)\s+year\b"
            r"|\s+(?:of\s+)?(?P<relyear>this|the\s+current|next|the\s+following|the\s+coming)\s+(?:fiscal\s+)?year\b)?",
            re.I,
        ),
    ),
    (
        "en_q",
        re.compile(
            rf"(?<![A-Za-z0-9])(?P<fis0>fiscal\s+(?:year\s+)?)?(?:Q|Quarter\s(?=[1-4](?!\s*(?:million|billion|%|percent))))(?P<q>[1-4])(?:\s*(?:of\s+)?(?P<fis>fiscal\s+(?:year\s+)?|FY\s?|F)?(?P<y>{_YEAR}|['’]?\d{{2}})(?![\d%])|\s+(?:of\s+)?(?P<relyear>this|next)\s+(?:fiscal\s+)?year\b)?(?![A-Za-z0-9])",
            re.I,
        ),
    ),
    # ("up $0.04 from 2Q": a quarter written short without its year)
    # ("2Q '20", "3Q, '21": its year written short after it)
    (
        "en_nq",
        re.compile(r"(?<![A-Za-z0-9])(?P<q>[1-4])Q(?:,?\s?(?:FY)?\s?['’]?(?P<y>\d{2}|\d{4}))?(?![A-Za-z0-9])", re.I),
    ),
    (
        "yy_quarter",  # broker notes: "25Q3", "2024Q3", "24Q1-Q3", "24Q4-25Q2", "21Q1-3" (the first three quarters)
        re.compile(
            r"(?<![A-Za-z0-9.])(?P<y>(?:20)?[1-3]\d)Q(?P<q>[1-4])(?:\s?[-–~]\s?(?:(?P<y2>(?:20)?[1-3]\d))?Q(?P<q2>[1-4])"
            r"|[-–~](?P<q3>[1-4])(?![%.\d]))?(?![A-Za-z0-9])"
        ),
    ),
    (
        "yy_span",  # broker notes: "9M25" (nine months), "1H25" and "25H1" (half years)
        re.compile(
            r"(?<![A-Za-z0-9.])(?:(?P<n>[369])M(?P<y>[1-3]\d|20[1-3]\d)|(?P<h>[12])H(?P<y2>[1-3]\d)|(?P<y3>[1-3]\d)H(?P<h3>[12]))"
            r"(?![A-Za-z0-9])"
        ),
    ),
    (
        "yy_quarters",  # broker notes: "1-3Q25" (the first three quarters of 2025)
        re.compile(r"(?<![A-Za-z0-9.])(?P<q>[1-4])\s?[-–~]\s?(?P<q2>[1-4])Q(?P<y>[1-3]\d)(?![A-Za-z0-9])"),
    ),
    (
        "en_fiscal_year",
        # "our current fiscal year guidance": the fiscal year the document's quarter is in
        re.compile(
            rf"(?:fiscal(?:\s+year)?|FY)\s?(?P<y>{_YEAR}|['’]?\d{{2}})(?![\d%])"
            r"|\b(?:current|this)\s+fiscal\s+year\b(?![\s-]+(?:ago|before|earlier|end)\b)",
            re.I,
        ),
    ),
    (
        "en_half",
        re.compile(
            # ("this year's first half": the half, of the current year)
            # ("the prior-year first half", "the first half of last year": the half, of the year before)
            r"(?:(?:this|the\s+current)\s+(?:fiscal\s+)?year(?:'s|’s)\s+|(?P<last>(?:last|prior|previous)[\s-](?:fiscal\s+)?year(?:'s|’s)?\s+|year[\s-]ago\s+))?"
            rf"(?:(?P<h>first|second)[\s-]+half|(?P<h2>[12])H|H(?P<h3>[12]))(?:\s+(?:of\s+)?(?P<hf>fiscal\s+(?:year\s+)?|FY\s?)?(?P<y>{_YEAR}|['’]?\d{{2}})"
            r"|\s+of\s+(?P<last2>last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year(?!['’]|[\s-]*\d|[\s-]+(?:ago|before|earlier|end)\b)"
            # ("the second half of next year": the half, of the year after)
            r"|\s+of\s+(?P<next>next|the\s+next|the\s+following|the\s+coming)\s+(?:fiscal\s+)?year(?!['’]|[\s-]*\d|[\s-]+(?:ago|before|earlier|end)\b)"
            r"|\s+of\s+(?:the|this)\s+(?:fiscal\s+|current\s+)?year(?![\s-]+(?:ago|before|earlier)))?(?![\d%])",
            re.I,
        ),
    ),
    (
        "en_months_span",
        re.compile(
            rf"(?:(?:first|last)\s+(?P<n>three|six|nine|3|6|9)\s+months|first\s+(?P<nq>two|three|2|3)\s+quarters"
            # "Fiscal Year 2009 Nine-Month Highlights": the first months of that fiscal year
            rf"|\b(?:fiscal\s+(?:year\s+)?)?(?P<y4>{_YEAR})\s+(?P<n4>six|nine|6|9)[\s-]months?\b(?![\s-]+(?:ago|before|earlier|later))"
            # "in the nine months of 2021", "Nine months '21 versus nine months '20": that year's first months
            r"|(?<!next\s)(?<!past\s)(?<!last\s)(?<!first\s)(?<!coming\s)\b(?P<n5>six|nine|6|9)[\s-]months?\s+(?:of\s+)?"
            rf"(?:fiscal\s+(?:year\s+)?)?(?P<y5>{_YEAR}|['’]\d{{2}})(?![\d%])"
            # "For 9 months, revenues were...", "for the nine months", "through nine months": the months of the year to the
            # quarter ("during these nine months": the ones the call reports)
            r"|(?:for|during|through)\s+(?:the\s+|these\s+)?(?P<n3>six|nine|6|9)\s+months(?![\s-]+(?:period|ended|ending|ago|before|earlier|later|from|since|after))"
            r"(?!\s+of\s+(?:last|the\s+prior|the\s+previous|this|the)\b))"
            # "the first nine months of 2021"; "first nine months '21", "the first three quarters of '21": the year written short
            rf"(?:\s+of\s+(?:fiscal\s+)?(?P<y>{_YEAR})|\s+(?:of\s+)?(?:fiscal\s+)?(?P<yy>['’]\d{{2}})(?![\d%A-Za-z])"
            r"|\s+of\s+(?P<lastyear>last|the\s+prior|the\s+previous)\s+year"
            r"|\s+of\s+(?:the|this)\s+(?:fiscal\s+|current\s+)?year(?![\s-]+(?:ago|before|earlier)))?",
            re.I,
        ),
    ),
    (
        "en_months_ended",
        re.compile(
            rf"(?P<n>three|six|nine|twelve|3|6|9|12)[\s-]months?(?:\s+period)?\s+end(?:ed|ing)\s+(?P<m>{_MONTH_EN})"
            rf"(?:(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?,?\s+(?P<y>{_YEAR})|\s+[0-3]?\d(?:st|nd|rd|th)?(?!\d|,?\s+(?:19|20)\d\d))"
            r"|(?:current|latest)\s+(?P<n2>three|six|nine|twelve|3|6|9|12)[\s-]month\s+period"
            # "nine-month revenue", "the six month results": the months of the year to the quarter
            r"|(?P<n3>six|nine|6|9)[\s-]month(?=\s+(?:period|results|revenues?|sales|earnings|income|profits?|EPS|EBITDA|"
            r"cash|free|operating|net|adjusted|total|figures|numbers|performance)\b)(?![\s-]+period\s+end)",
            re.I,
        ),
    ),
    (
        "en_ytd",
        # "$11 million thus far this year", "so far this year": the year to date, not the full year
        re.compile(
            # ("Year-to-date, as of September 30, we had collected 99%": the day the year to date runs to, no point)
            rf"year[\s-]to[\s-]date(?:,?\s+(?:as\s+of|through)\s+{_MONTH_EN}\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b)?"
            r"|\bYTD\b|\b(?:so|thus)\s+far\s+(?:this|in\s+the)\s+year\b|\b(?:this|the)\s+year\s+(?:so|thus)\s+far\b"
            # "an 11% increase to-date this year": the same words in the other order
            r"|\bto[\s-]date\s+(?:this|in\s+the)\s+year\b"
            # "since the beginning of the year, we have invested $80 million": the year to date
            r"|\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year\b(?![\s-]+(?:ago|before|earlier|prior)\b)"
            # "$64 million of gains through three quarters": the quarters of the year reported so far
            r"|\bthrough\s+(?:the\s+)?(?:first\s+)?(?:two|three|2|3)\s+quarters\b(?!\s+of\s+(?:last|the\s+prior|(?:19|20)\d\d))",
            re.I,
        ),
    ),
    (
        "en_ttm",
        re.compile(
            r"(?:trailing[\s-]+(?:twelve|12)[\s-]months?|\b(?:TTM|LTM)\b|(?:past|last)\s+(?:twelve|12)\s+months)"
            # "for the trailing 12 months ended June 30, 2022": the twelve months that end with that month
            rf"(?:\s+(?:ended|ending|through|as\s+of)\s+(?P<tm>{_MONTH_EN})(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?(?:,?\s+(?P<ty>{_YEAR}))?\b)?|"
            r"(?:past|last|previous|prior|trailing)\s+(?P<qn>two|three|four|five|six|eight|[2-8])\s+quarters",
            re.I,
        ),
    ),
    (
        "en_this_quarter",
        re.compile(
            # ("this", "the" and "today" behind one "t" and its word boundary: the commonest letter, tried once;
            # "the quarter a year ago" is the year-before quarter, ``en_year_ago``)
            r"t(?<!\wt)(?:h(?:is|e)\s+quarter\b(?!\s+a\s+year\s+(?:ago|earlier|before)\b)|oday\b)|"
            + _word_led(r"current\s+quarter\b", r"quarter[\s-]end\b"),
            re.I,
        ),
    ),
    (
        "en_last_quarter",
        re.compile(
            _word_led(*(rf"{w}\s+quarter\b" for w in ("last", "prior", "previous", "preceding", "sequential", "linked"))),
            re.I,
        ),
    ),
    (
        "en_next_quarter",
        # "we enhanced our liquidity post quarter end by a $400 million term loan": after the quarter reported
        re.compile(
            r"\b(?:next|coming|following|upcoming)\s+quarter\b"
            r"|\b(?:post|after|subsequent\s+to|since)\s+(?:the\s+)?(?:(?:quarter|period)[\s-]end|end\s+of\s+the\s+(?:quarter|period))\b"
            # "occupancy above 80% in recent weeks": the weeks before the call, after the quarter it reports
            r"|\b(?:in|over|during)\s+(?:the\s+)?(?:recent|(?:past|last)\s+(?:few|several|couple\s+of))\s+weeks\b",
            re.I,
        ),
    ),
    (
        "en_last_years_quarter",
        re.compile(
            # ("the prior-year first quarter", "the year-ago fourth quarter": the same, written as an adjective)
            r"\b(?:(?:last|prior|previous)[\s-]year(?:'s|’s)?|year[\s-]ago)\s+(?:Q(?P<q>[1-4])\b|(?P<qw>first|second|third|fourth)\s+quarter\b)"
            # "$1.04 per diluted share in Q2 of last year"
            r"|\bQ(?P<q2>[1-4])\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year\b",
            re.I,
        ),
    ),
    (
        "en_year_ago",
        re.compile(
            _word_led(
                *(rf"{w}[\s-]year(?:'s)?\s+(?:quarter|period)\b" for w in ("prior", "previous", "last")),
                r"year[\s-]ago\s+(?:quarter|period)\b",
                r"same\s+(?:quarter|period)\s+(?:of\s+)?(?:last|the\s+prior|the\s+previous)\s+year\b",
                # "up from $40 million in the quarter a year ago", "the same period a year earlier": that quarter
                *(rf"{w}\s+a\s+year\s+(?:ago|earlier|before)\b" for w in ("quarter", "period")),
            ),
            re.I,
        ),
    ),
    (
        "en_next_quarters",
        # "the returns PMT expects over the next 4 quarters": the quarters after the one reported
        re.compile(r"\b(?:next|coming|following)\s+(?P<n>two|three|four|five|six|eight|2|3|4|5|6|8)\s+quarters\b", re.I),
    ),
    (
        "en_years_ago",
        # "just two years ago, this business was generating combined ratios above 110%": that year
        re.compile(r"\b(?P<n>two|three|four|five|ten|2|3|4|5|10)\s+years\s+ago\b", re.I),
    ),
    (
        "en_next_years",
        re.compile(
            r"\b(?:next|coming|following)\s+(?P<n>two|three|four|five|ten|2|3|4|5|10)\s+years\b"
            # "our $10.4 billion five-year capital plan": a plan over that many years from this one
            # "a three-year investment of $38 billion", "our 5-year capex budget"
            r"|\b(?P<n2>two|three|four|five|ten|2|3|4|5|10)[\s-]year\s+(?:(?:(?:capital|investment|spending|capex|"
            r"infrastructure)\s+)?(?:plans?|programs?|programmes?|budgets?)|investments?|spending|capex|"
            r"capital\s+expenditures?)\b",
            re.I,
        ),
    ),
    (
        "en_vague_forward",
        re.compile(
            r"\b(?:coming|next\s+few|next\s+several|upcoming)\s+(?:quarters|years)\b|\blong[\s-]term\b"
            # ("long-term debt": a kind of debt, no horizon; "net long-term inflows", "long-term ETF": an asset
            # manager's flows and funds outside money markets)
            r"(?![\s-]+(?:debt|notes?|bonds?|borrowings?|loans?|leases?|liabilit(?:y|ies)|obligations?|financing|"
            r"investments?|assets?|securities|deposits?|care|contracts?|incentives?|interest|rates?|"
            r"(?:net\s+)?(?:in|out)?flows?|funds?|ETFs?|AUM)\b)",
            re.I,
        ),
    ),
    (
        "en_full_year",
        re.compile(
            rf"\b(?:the\s+)?(?:full[\s-]year|calendar\s+year|calendar|year)\s+(?P<y>{_YEAR})\b|\b(?:the\s+)?full[\s-]year\b"
            # "our calendar year tax rate", "margins for the total year": the whole year, as "the full year"
            r"|\b(?:the\s+)?(?:calendar|total)\s+year\b(?![\s-]*(?:over|on|ago|before|earlier|prior|end)\b)"
            r"|\bthe\s+year\b(?![\s-]+(?:prior|before|earlier|ago|over|on|to[\s-]+date)\b)|\bthis\s+year\b|\bnext\s+(?:fiscal\s+)?year\b(?P<next>)"
            # "for the full fiscal year": the company's year, as "the full year"
            r"|\b(?:the\s+)?full\s+fiscal\s+year\b(?![\s-]*(?:(?:19|20)\d\d|['’]?\d\d)(?!\d))"
            # "raise annual guidance to $6.93 per share": the outlook of the (fiscal) year
            r"|\bannual(?=\s+(?:[\w&-]+\s+){0,2}?(?:guidance|outlook|forecast)\b)"
            # "record annual gross margins of 17.9%", "Annual adjusted earnings per share": the (fiscal) year's
            # results (not "average annual growth", an "annual revenue run rate" or an "annual dividend" rate)
            r"|(?<!average\s)(?<!compound\s)(?<!an\s)(?<!%\s)(?<!percent\s)\bannual(?P<annual>)(?!\s+(?:[\w&-]+\s+){0,3}?growth\b)(?=\s+(?:[\w&-]+\s+){0,2}?(?:revenues?|sales|margins?|"
            r"earnings|profits?|results|EBITDA|income)\b)(?!\s+(?:[\w&-]+\s+){0,3}?run[\s-]?rate)"
            # "on track to hit our 5.1x target by year-end": the end of the year under way (not "by year-end 2025")
            r"|\bby\s+(?:the\s+)?year[\s-]end\b(?![\s,]+(?:of\s+)?(?:fiscal\s+)?(?:(?:19|20)\d\d|['’]\d\d))"
            r"|\b(?:another|an?)\s+(?:(?:very|truly|really|record|record-breaking|strong|great|exceptional|solid|good|excellent|"
            r"outstanding|remarkable|challenging|difficult|tough|successful|transformational|transformative|terrific|"
            r"fantastic|pivotal|productive|unprecedented)\s+){1,2}year\b(?!\s+(?:ago|earlier|before|prior))"
            # "an expectation for another year of accelerating growth": a year like the one before it
            r"|\banother\s+year(?=\s+of\b)",
            re.I,
        ),
    ),
    (
        "en_date",
        re.compile(
            rf"\b(?P<m>{_MONTH_EN})(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+(?P<y>{_YEAR})\b|\b(?:[Ii]n|[Ii]nto|[Dd]uring|[Ff]or|[Ss]ince|[Tt]hrough|[Bb]y|of|at|[Aa]s\s+of|end\s+of)\s+(?:(?:early|late|mid)[\s-]+)?(?P<m2>{_MONTH_EN})\b(?:\s+(?P<d2>[0-3]?\d)\b)?(?:,?\s+(?P<y2>{_YEAR})\b|\s+of\s+(?P<y5>['’]\d{{2}}|{_YEAR})(?![\d%]))?"
            # "a 12% decrease from our June 30 inventory": a month and its day, after any word
            rf"|(?<=[a-z] )(?P<m3>{_MONTH_EN})\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\s*\d)(?!\s*(?:%|percent|million|billion))"
            # "back in March of '20", "between now and October of 2024": a month of a year (written short)
            rf"|\b(?P<m4>{_MONTH_EN})\s+of\s+(?P<y4>['’]\d{{2}}|{_YEAR})(?![\d%])"
            # "September revenue fell by 43%", "October's same-store sales": a month's own results
            rf"|\b(?P<m5>{_MONTH_EN})(?:['’]s)?(?=\s+(?:same[\s-]store\s+|comparable\s+|total\s+|net\s+)?"
            r"(?:revenues?|sales|comps|traffic|volumes?|occupancy|RevPAR|deliveries|shipments|orders|bookings|production)\b)"
            # "down only 13% for the June period": the month's own results, as a restaurant or retailer reports them
            # ("with the June period consolidated results down 19%")
            rf"|\b(?:[Ff]or|[Ii]n|[Dd]uring|[Ww]ith)\s+the\s+(?P<m6>{_MONTH_EN})\s+period\b"
        ),
    ),
    (
        "en_last_month",
        re.compile(r"\b(?:the\s+)?(?:past|last|previous|prior)\s+month\b(?!['’]s|\s+of\b)", re.I),
    ),
    (
        "en_year",
        # (not an amount or a count: "营业收入2072亿元", "2025万辆"; not an era a level is likened to: "at pre-2021
        # normal run rate")
        re.compile(
            r"(?<![Pp]re-)(?<![Pp]ost-)(?P<y>(?:19|20)(?<![\d$.,]\d\d)\d{2})(?![\d%]|[.,]\d)(?![-/]\d{1,2}[-/]\d{1,2}(?!\d))"  # ("2025-11-12": a date)
            r"(?!\s?(?:million|billion|thousand|[亿億万萬千百兆元圆港美块塊辆輛台家个個户戶件吨噸票股]))"
        ),
    ),
    (
        "en_last_year",
        # "Last year, we ...", "In the prior fiscal year, ...": a sentence that opens on the year before the
        # document's (not "up 5% from last year", a comparison the figure's own period shifts)
        re.compile(
            r"(?:^|(?<=[.;:!?]\s))(?:(?:in|during)\s+)?(?:last|the\s+prior|the\s+previous)\s+(?:fiscal\s+)?year(?=\s*,)",
            re.I,
        ),
    ),
    (
        "en_exit",
        # "exiting the year at a run rate of", "as we exit 2024", "our 2022 exit rate": the end of that year
        re.compile(
            rf"\bexit(?:ing|ed|s)?\s+(?:the\s+(?:fiscal\s+)?year|(?:fiscal\s+)?(?P<y>{_YEAR})\b|(?:fiscal\s+)?['’](?P<y2>\d{{2}})\b)"
            rf"|\b(?P<y3>{_YEAR})\s+exit\s+rate\b",
            re.I,
        ),
    ),
    (
        "en_year_short",
        re.compile(
            # (each word led by its letter, the boundary behind it: the engine skips ahead to them)
            r"(?:i(?<![A-Za-z0-9]i)n|f(?<![A-Za-z0-9]f)or|d(?<![A-Za-z0-9]d)uring)\s+(?:fiscal\s+)?['’](?P<y>\d{2})"
            r"(?![\d%A-Za-z'’])",
            re.I,
        ),
    ),
]
_MONTH_NEEDLES = ("uary", "march", "april", "may", "june", "july", "august", "ber")
_NEEDLES: dict[str, tuple[str, ...]] = {
    "zh_span": ("季",),
    "zh_month_quarter": ("季",),
    "zh_fiscal_quarter": ("财年",),
    "zh_fiscal_half": ("财年",),
    "zh_split_year": ("/",),
    "zh_fiscal_year": ("财年",),
    "zh_quarter": ("季",),
    "zh_rel_quarter": ("季",),
    "zh_first_n": ("季",),
    "zh_half": ("半年", "中期"),
    "zh_first_months": ("月",),
    "zh_month_span": ("月",),
    "zh_year_ended": ("截至",),
    "zh_months_ended": ("截至",),
    "zh_past": ("个季度", "个月"),
    "zh_next_years": ("年",),
    "zh_vague_forward": ("未来", "今后", "中长期"),
    "zh_this_quarter": ("季",),
    "zh_last_quarter": ("季",),
    "zh_next_quarter": ("季",),
    "zh_year_ago": ("去年同", "上年同"),
    "zh_ytd": ("年初至今", "今年以来", "年内迄今", "报告期末"),
    "zh_this_report": ("本报告期",),
    "zh_report_end": ("报告期末",),
    "zh_date": ("月",),
    "zh_month": ("月",),
    "zh_year_same_period": ("同期",),
    "zh_last_month": ("上月", "上个月"),
    "zh_full_year": ("全年",),
    "zh_year": ("年",),
    "en_month_quarter": ("quarter",),
    "en_quarter": ("quarter",),
    "en_q": ("q1", "q2", "q3", "q4", "quarter 1", "quarter 2", "quarter 3", "quarter 4"),
    "en_nq": ("1q", "2q", "3q", "4q"),
    "yy_quarter": ("q1", "q2", "q3", "q4"),
    "yy_span": ("3m", "6m", "9m", "1h", "2h", "h1", "h2"),
    "yy_quarters": ("1q", "2q", "3q", "4q"),
    "en_fiscal_year": ("fiscal", "fy"),
    "en_half": ("half", "h1", "h2", "1h", "2h"),
    "en_months_span": ("month", "quarters"),
    "en_months_ended": ("month",),
    "en_ytd": ("to-date", "to date", "ytd", "far", "quarters", "since"),
    "en_ttm": ("trailing", "ttm", "ltm", "months", "quarters"),
    "en_this_quarter": ("quarter", "today"),
    "en_last_quarter": ("quarter",),
    "en_next_quarter": ("quarter", "weeks"),
    "en_last_years_quarter": ("year",),
    "en_year_ago": ("year",),
    "en_next_quarters": ("quarters",),
    "en_years_ago": ("years ago",),
    "en_next_years": ("years", "year"),
    "en_vague_forward": ("quarters", "years", "long"),
    "en_full_year": ("year", "annual"),
    "en_date": _MONTH_NEEDLES,
    "en_last_month": ("month",),
    "en_year": ("19", "20"),
    "en_year_short": ("'", "’"),
    "en_last_year": ("year",),
    "en_exit": ("exit",),
}
"""Substrings (of the lowercased text) without which a pattern cannot match: a cheap pre-test."""
_MONTH_NAMES = tuple(_MONTHS)
_ALSO_NEEDLES: dict[str, tuple[str, ...]] = {
    "en_month_quarter": _MONTH_NAMES,
    "en_quarter": ("first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th"),
    "en_last_quarter": ("last", "prior", "previous", "preceding", "sequential", "linked"),
    "en_next_quarter": ("next", "coming", "following", "upcoming", "post", "after", "subsequent", "since", "recent", "past", "last"),
    "en_year_ago": ("quarter", "period"),
    "en_next_quarters": ("next", "coming", "following"),
    "en_next_years": ("next", "coming", "following", "plan", "program", "budget", "investment", "spending", "capex", "capital"),
    "en_months_ended": ("ended", "ending", "period", "nine", "six", "9-month", "6-month", "9 month", "6 month"),
    "en_year_short": tuple(f"'{d}" for d in "0123456789"),
    "yy_quarter": tuple(f"{d}q" for d in "0123456789"),
}
"""A second list of substrings an ASCII text needs one of besides ``_NEEDLES`` for the pattern to match
(the month of "June quarter", the ordinal of "third quarter")."""
_GREAT_YEAR = (
    *("very", "truly", "really", "record", "record-breaking", "strong", "great", "exceptional", "solid", "good"),
    *("excellent", "outstanding", "remarkable", "challenging", "difficult", "tough", "successful"),
    *("transformational", "transformative", "terrific", "fantastic", "pivotal", "productive", "unprecedented"),
)
_SPACED_NEEDLES: dict[str, tuple[str, ...]] = {
    "en_this_quarter": ("this quarter", "the quarter", "today", "current quarter", "quarter end", "quarter-end"),
    "en_next_quarter": (
        *("next quarter", "coming quarter", "following quarter", "quarter end", "quarter-end", "period end"),
        *("period-end", "end of the quarter", "end of the period", "weeks"),
    ),
    "en_last_years_quarter": (
        *("year's", "last year", "prior year", "previous year", "last-year", "prior-year", "previous-year"),
        *("year ago", "year-ago"),
    ),
    "en_year_ago": (
        *("prior year", "prior-year", "previous year", "previous-year", "last year", "last-year", "year ago"),
        *("year-ago", "same quarter", "same period", "year earlier", "year before"),
    ),
    "en_full_year": (
        *("year 19", "year 20", "calendar 19", "calendar 20", "full year", "full-year", "calendar year"),
        *("total year", "the year", "this year", "next year", "next fiscal year", "full fiscal year", "annual"),
        *("year end", "year-end", "another year of", *(f"{word} year" for word in _GREAT_YEAR)),
    ),
    "en_last_year": ("year,", "year ,"),
}
"""Phrases one of which a lowercased ASCII text holds when the pattern matches it and its words are
parted by single spaces (each ``\\s+`` of the pattern is then one space): most paragraphs that name a
quarter and a year hold none of the phrases of these patterns (read for every such paragraph), and a
test for a phrase costs far less than the pattern's pass over a long paragraph."""
_ALL_NEEDLES = frozenset(n for needles in (*_NEEDLES.values(), *_ALSO_NEEDLES.values()) for n in needles)
_ASCII_NEEDLES = frozenset(n for n in _ALL_NEEDLES if n.isascii())
_SCANS: list[tuple[str, re.Pattern[str]]] = [(name, anchored(p)) for name, p in _PATTERNS]
"""The patterns behind a lookahead for their first characters (``text.regex.anchored``)."""
_QUARTERISH = re.compile(
    r"季|财年|quarter|fiscal|\bFY|(?<![A-Za-z])[Qq][1-4]|[1-4][Qq](?![A-Za-z])", re.IGNORECASE
)
_QUARTERISH_ASCII = re.compile(r"fy|q[1-4]|1q|2q|3q|4q")
"""In lowercased ASCII text without "quarter" or "fiscal", what every match of ``_QUARTERISH`` contains."""


def _quarterish(text: str, lower: str | None = None) -> bool:
    """Whether a text may name a quarter or fiscal period (a cheap test before ``find_periods``);
    ``lower`` is the text lowercased, when the caller has it."""
    if text.isascii():
        if lower is None:
            lower = text.lower()
        if "q" not in lower:
            # (most paragraphs: one search for a letter, none for "quarter"; every other match is "fiscal" or "fy")
            if "fiscal" in lower:
                return True
            return "fy" in lower and _QUARTERISH.search(text) is not None
        if "quarter" in lower or "fiscal" in lower:
            return True
        if _QUARTERISH_ASCII.search(lower) is None:
            return False  # (every match of it holds a "q" or is "fy")
    return _QUARTERISH.search(text) is not None


_BASE_BEFORE = anchored(
    re.compile(
        r"(?:较|(?<![同环占])比|相比|相较|对比|从|由|(?<=[高低快慢])于|(?<![A-Za-z])(?:compared\s+(?:with|to)|compares\s+(?:with|to)|versus|vs\.?|from|over|against|relative\s+to|than(?:\s+(?:in|during|for))?|above|below|ahead\s+of|behind"
        # "RevPAR of $196, in line with October 2019": the level it matched
        r"|in\s+line\s+with|on\s+par\s+with)"
        r"|(?:%|percent|points?)\s+to"
        # "a 249 basis point increase to 2019", "a 4% increase to the third quarter of 2019": measured against it
        r"|(?<![A-Za-z])(?:increases?|decreases?|gains?|declines?|improvements?|growth|rises?|drops?)\s+to"
        r"|(?<![A-Za-z])comparisons?\s+(?:to|with|against)"
        # "$9 million unfavorable to the second quarter": the period an amount of money is measured against
        r"|(?<![A-Za-z])(?:un)?favou?rabl[ey]\s+to"
        # "continued to narrow the remaining gap to 2019": the year the results are measured against
        r"|(?<![A-Za-z])gaps?\s+(?:to|with|versus)"
        # "outperformed our third quarter of '21 by over $50 million": the period the figure is measured against
        r"|(?<![A-Za-z])(?:outperformed|outpaced|exceeded|surpassed)(?:\s+(?:our|its))?"
        # "surpassed the comparable month of 2019": the same stretch of an earlier year
        r"|(?<![A-Za-z])(?:same|comparable|corresponding)\s+(?:month|quarter|period|week)\s+(?:of|in))"
        r"\s*(?:the\s+|a\s+)?(?:(?:adjusted|reported|gaap|comparable)\s+)?"
        # "5% over a very strong first quarter last year": a word on how good the base was
        r"(?:(?:(?:very|particularly|exceptionally|extremely|really)\s+)?"
        r"(?:strong|stronger|solid|record|tough|tougher|difficult|challenging|weak|weaker|robust|exceptional|soft|softer)\s+)?$",
        re.IGNORECASE,
    ),
)
_BASE_LOWERED = lowered(_BASE_BEFORE)
_BASE_BEFORE_LOWER = Sifted(_BASE_LOWERED) if _BASE_LOWERED is not None else None
ISSUE_AFTER = re.compile(
    r"\s+(?:(?:senior|unsecured|secured|subordinated|convertible|exchangeable|green)\s+)*(?:notes|bonds|debentures)\b",
    re.IGNORECASE,
)
"""After a year: the debt issue it names ("address the 2023 notes"), not a period of the figures around it."""
MATURITY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:due|matur(?:ity|ities|ing|es|e)(?:\s+dates?)?(?:\s+(?:to|in|on|of|at))?|"
    r"expir(?:ing|es|e|ation|y)(?:\s+(?:dates?\s+)?(?:to|in|on|of|at))?)\s+"
    r"(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?(?:fiscal\s+)?$",
    re.IGNORECASE,
)
"""Before a date: when debt falls due ("5.5% senior notes due 2032", "extended the maturity to January 2027"),
not the period of the figures around it (a coupon or a margin is the rate of today)."""
MATURITY_AFTER = re.compile(
    r"\s+(?:(?:final|initial|extended|stated|scheduled)\s+)?(?:maturity|maturities|expiration|expiry)\b", re.IGNORECASE
)
"""After a date: the same ("a $300 million term loan with an August 2024 maturity")."""
PAYABLE_BEFORE = Sifted(re.compile(
    r"(?<![A-Za-z])(?:payable|to\s+be\s+paid|(?:will\s+be\s+)?paid\s+on|of\s+record(?:\s+as)?|record\s+date(?:\s+of)?)\s+"
    r"(?:(?:on|in|as\s+of|at\s+the\s+close\s+of\s+business\s+on)\s+)?(?:or\s+about\s+)?$",
    re.IGNORECASE,
))
"""Before a date: when a declared dividend is paid or who holds the shares then ("a dividend of $0.42 per share
payable in December to holders of record on November 15"); the dividend is the one declared for the period
reported, or on the date its declaration names ("On November 1, our Board declared ...")."""
_HORIZON_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:until|through|thru|till)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+)?(?:fiscal\s+)?$",
    re.IGNORECASE,
)
"""Before a year: how far something runs ("no significant maturities due until 2024"); the year is no
year later quarters named without one belong to."""
_CHANGE_TO = re.compile(r"(?:increases?|decreases?|gains?|declines?|improvements?|growth|rises?|drops?)\s+to\s*(?:the\s+|a\s+)?$", re.I)
_PLAN_AFTER = re.compile(r"['’]?s?\s+(?:\w+\s+){0,2}?(?:guidance|outlook|forecasts?|plans?|targets?|budgets?|estimates?)\b", re.I)
"""After a year a change is "to": what is planned for it, not a base ("an increase to 2023 guidance")."""
"""``_BASE_BEFORE`` for lower-cased ASCII text: the same matches, without the engine folding case at
every letter of its long alternation (its words are written in lower case for it)."""


def _base_before(window: str) -> re.Match[str] | None:
    """``_BASE_BEFORE.search(window)``, the matched text lower-cased when the window is ASCII."""
    if _BASE_BEFORE_LOWER is not None and window.isascii():
        return _BASE_BEFORE_LOWER.search(window.lower())
    return _BASE_BEFORE.search(window)

_FORWARD_WORDS = Sifted(anchored(
    re.compile(
        r"预计|预期|展望|计划|目标|将会|将|指引|有望|可望|有助|"
        # ("better-than-expected cash flow", "as planned": a result set against a forecast, no forecast itself)
        r"(?<![A-Za-z])(?<!\bthan[\s-])(?<!\bas\s)(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|"
        r"project\w*|plan\w*|target\w*|will|going to)(?![A-Za-z])",
        re.IGNORECASE,
    ),
))
_FOR_BEFORE = re.compile(r"(?<![A-Za-z])for\s+$", re.IGNORECASE)
"""Right before "the year": a result for the year so far when the call is not the fourth quarter's."""
_STATED_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:was|were|came in at|totaled|totalled|amounted to|ended at|grew|rose|fell|increased|decreased)(?![A-Za-z])",
    re.IGNORECASE,
)
"""Right after "for the year": a result stated in the past ("capital expenditures for the year were $1 billion")."""
_REPORT_WORDS = Sifted(anchored(
    re.compile(
        r"财报|业绩|电话会|季报|收益电话|results|earnings|reported|report|conference call|call",
        re.IGNORECASE,
    ),
))


_NEWS_LAST_QUARTER = re.compile(r"上季")
""""Last quarter" as Hong Kong financial news writes it, in a story published after the quarter."""
_COMPARISON_BEFORE = re.compile(r"[较比按]$")
_EN_LAST_QUARTER = re.compile(r"last\s+quarter", re.IGNORECASE)
""""Revenue last quarter rose 8%" in a news story published after the quarter: the quarter reported."""


def _after_report(ctx: PeriodContext) -> bool:
    """Whether the document is dated in the quarter after the one it reports on."""
    return (
        ctx.date is not None
        and ctx.quarter is not None
        and calendar_quarter(ctx.date[0], ctx.date[1]) == ctx.quarter + 1
    )


@dataclass(frozen=True)
class PeriodContext:
    """What a document's relative periods are relative to."""

    period: str | None = None
    """The document's reporting quarter (calendar), e.g. ``2025Q2``."""
    year: int | None = None
    """Publication year, for "去年" / "last year" (the date's year, else the year after the period's)."""
    fiscal_year_end_month: int = 12
    date: tuple[int, int, int] | None = None
    article: bool = False
    """A news story (not a call transcript): relative words may count from its date."""
    running: str | None = None
    """The span the document reports when its head leads with one ("中期业绩", "前三季度"): the
    period of a figure that names none."""

    @property
    def quarter(self) -> int | None:
        """Quarter index of the document period."""
        return parse_quarter(self.period) if self.period else None


@dataclass(frozen=True)
class PeriodMention:
    """One expression of time in a text, resolved."""

    start: int
    end: int
    kind: Kind
    period: str | None
    """Resolved period string, None when unknown or vague."""
    quarters: tuple[str, ...] = ()
    """For a span of quarters: each quarter in order (for history lists)."""
    base: bool = False
    """Named as a comparison base ("较上季度", "compared with the prior-year quarter")."""
    forward: bool = False
    weight: int = 0
    """How strongly it names a reporting quarter (for the document period)."""
    fiscal_alternative: str | None = None
    """For an ambiguous "YYYY年第N季度": the quarter if read as fiscal."""
    report: bool = field(default=False, compare=False)
    """Written next to a word for results or calls ("财报", "earnings")."""
    bare: int | None = field(default=None, compare=False)
    """For a quarter named without its year: its number (1-4)."""


def _rel_year(rel: str | None, ctx: PeriodContext, default: int | None) -> int | None:
    """Year named by "去年" / "今年" / "明年" relative to the publication year."""
    if not rel:
        return default
    if rel == "上年" and ctx.period and ctx.period[:4].isdigit():
        return int(ctx.period[:4]) - 1  # "较上年": the year before the one reported, whenever the story was written
    if ctx.year is None:
        return None
    return ctx.year + {"去年": -1, "上年": -1, "前年": -2, "今年": 0, "明年": 1}.get(rel, 0)


def _bare_half_year(first_half: bool, ctx: PeriodContext, forward: bool) -> int | None:
    """Year of a half named without one ("the second half of the year"): the reported quarter's year, so
    that a fourth-quarter call held the year after says "during the second half of the year" of the year
    it reports on; a half already over by that quarter that is looked ahead to is the next year's."""
    dq = ctx.quarter
    if dq is None or ctx.fiscal_year_end_month != 12:
        return ctx.year
    year = dq // 4
    if forward and (1 if first_half else 3) <= dq % 4:
        year += 1  # "we expect first-half capacity to be flat" in a fourth-quarter call: the coming first half
    return year


def _fiscal_half(first_half: bool, ctx: PeriodContext, forward: bool, g: dict[str, str | None]) -> int | None:
    """First calendar quarter of a half that a company whose year does not end in December names as its own:
    "the first half" without a year (that fiscal year's, or the next one's when looked ahead to once it is
    over) or "the first half of fiscal 2024". None for a December year or a half of a calendar year named."""
    fym = ctx.fiscal_year_end_month
    dq = ctx.quarter
    if fym == 12 or dq is None or (g.get("y") and not g.get("hf")):
        return None
    if g.get("y"):
        fy = _year(g["y"] or "")
    else:
        fy = _current_fiscal_year(ctx) or dq // 4
        if forward and (1 if first_half else 3) <= calendar_to_fiscal(dq, fym)[1] - 1:
            fy += 1  # "we expect first-half margins to improve" once that half is over: the next one
    return fiscal_to_calendar(fy, 1 if first_half else 3, fym)


def _year_ago_quarter(q: int, ctx: PeriodContext) -> int | None:
    """Quarter index of quarter ``q`` of the year before the document's ("last year's fourth quarter"): of the
    fiscal year before, for a company whose year does not end in December, unless ``q`` is the document's
    own calendar quarter number in a story (which may name that company's quarters by the calendar; the company's
    own call names its fiscal quarters: "Q1 of last year" in a fiscal second-quarter call is fiscal Q1)."""
    dq = ctx.quarter
    if dq is None:
        return None
    fym = ctx.fiscal_year_end_month
    if fym != 12 and (q - 1 != dq % 4 or not ctx.article):
        fy = calendar_to_fiscal(dq, fym)[0]
        return fiscal_to_calendar(fy - 1, q, fym)
    return (dq // 4 - 1) * 4 + q - 1


def _undated_fiscal_quarter(q: int, ctx: PeriodContext, year_hint: int | None) -> int | None:
    """While an undated English call's quarter is being found, the quarter a bare "third quarter" is for a
    company whose year does not end in December: its fiscal one, of the (fiscal) year named ("For the third
    quarter of fiscal year 2021, ... on par with our record third quarter"); else None."""
    if year_hint is None or ctx.quarter is not None or ctx.date is not None or ctx.fiscal_year_end_month == 12:
        return None
    return fiscal_to_calendar(year_hint, q, ctx.fiscal_year_end_month)


def _bare_quarter(
    q: int, ctx: PeriodContext, year_hint: int | None, forward: bool | Callable[[], bool], own_naming: bool = True
) -> int | None:
    """Quarter index for a quarter named without its year.

    In a document about a fiscal quarter, the bare quarter that matches it as a calendar or a
    fiscal quarter is the document's quarter ("第三季度" in a fiscal-Q3 report). ``forward`` may be
    a test, asked only where the answer depends on it (most quarters have a year to go by). ``own_naming``
    is False where the wording names calendar quarters even in a call ("二季度" in Chinese coverage of a
    company whose year ends in March is the quarter to June).
    """

    def ahead() -> bool:
        return forward() if callable(forward) else forward

    if year_hint is not None:
        if (
            ctx.date is not None
            and ctx.quarter is None
            and year_hint == ctx.date[0]
            and 3 * q > ctx.date[1]
            and not ahead()
        ):
            return (year_hint - 1) * 4 + q - 1  # a quarter not yet ended when the document was written
        return year_hint * 4 + q - 1
    dq = ctx.quarter
    if dq is not None and ctx.fiscal_year_end_month != 12:
        fy = _current_fiscal_year(ctx)
        if fy is not None and fiscal_to_calendar(fy, q, ctx.fiscal_year_end_month) == dq:
            return dq
        if fy is not None and (
            q - 1 != dq % 4
            or (own_naming and not ctx.article)
            or (q > calendar_to_fiscal(dq, ctx.fiscal_year_end_month)[1] and ahead())
        ):
            # a company whose year does not end in December names its own quarters: "the fourth quarter"
            # in its fiscal-Q3 call is its fiscal fourth quarter (the document's calendar number aside), the
            # more so when it is forecast ("For the fourth quarter, we expect ..."); in its own call even the
            # number of the document's calendar quarter is fiscal ("$189.8 million in Q1" in a fiscal-Q2 call
            # of a year ending in September is the quarter to December)
            fq = calendar_to_fiscal(dq, ctx.fiscal_year_end_month)[1]
            if q > fq and not ahead():
                fy -= 1
            return fiscal_to_calendar(fy, q, ctx.fiscal_year_end_month)
    if dq is not None:
        year = dq // 4
        # (the quarter right after the document's is the one the call is held in: "as of the beginning of
        # the fourth quarter", "declared a fourth quarter dividend" in a third-quarter call)
        if q - 1 > dq % 4 + 1 and not ahead():
            year -= 1
        return year * 4 + q - 1
    if ctx.date is not None and not ahead():
        # the latest such quarter that had ended when the document was written
        year = ctx.date[0] if 3 * q <= ctx.date[1] else ctx.date[0] - 1
        return year * 4 + q - 1
    if ctx.year is not None:
        return ctx.year * 4 + q - 1
    return None


_MONTH_POINT_AFTER = re.compile(r"\s?(?:底|末|初|中|上旬|中旬|下旬|止|起|开始|以来|至|到|[-–~])")
"""After a month: a point in it or a span from or to it ("9月底", "10月起", "7至9月"), not the month's own figure."""
_MONTH_POINT_BEFORE = re.compile(r"(?:截至|截止|截止到|截至到|至|到|从|自|[-–~])\s?$")


def _whole_month(text: str, g: dict[str, str | None], s: int, e: int) -> bool:
    """Whether a Chinese month mention names the month as a whole ("10月销量", "2025年10月交付"): its
    figures are that month's (``2025-10``); a day, a month end or a span bound keeps the quarter."""
    if g.get("d") or _MONTH_POINT_AFTER.match(text, e):
        return False
    return not _MONTH_POINT_BEFORE.search(text, max(0, s - 6), s)


def _bare_month(month: int, ctx: PeriodContext, forward: bool) -> int | None:
    """Quarter index for a month named without its year: the latest such month not after the document.

    With a date, "not after" is the date's month; with only the reporting quarter, the quarter
    after it (calls and articles follow the quarter they report).
    """
    if ctx.date is not None:
        year = ctx.date[0]
        if month > ctx.date[1] and not forward:
            year -= 1
        return calendar_quarter(year, month)
    dq = ctx.quarter
    if dq is not None:
        # ("same-store sales for the month of February" in a fourth-quarter call: the February just past,
        # in the quarter after the one reported)
        year = (dq + 1) // 4
        if calendar_quarter(year, month) > dq + 1 and not forward:
            year -= 1
        return calendar_quarter(year, month)
    return calendar_quarter(ctx.year, month) if ctx.year is not None else None


def _fiscal_year_just_ended(ctx: PeriodContext) -> bool:
    """Whether a dated story reports a fiscal year that does not end in December and ended in the calendar
    year it is published in: its "去年" / "去年度" (last year) is that fiscal year, as Hong Kong news writes."""
    dq = ctx.quarter
    return (
        ctx.fiscal_year_end_month != 12
        and dq is not None
        and ctx.date is not None
        and (dq % 4) * 3 + 3 == ctx.fiscal_year_end_month
        and dq // 4 == ctx.date[0]
        and calendar_quarter(ctx.date[0], ctx.date[1]) <= dq + 2
    )


def _fiscal_quarter(fy: int, fq: int, ctx: PeriodContext) -> str:
    """A fiscal quarter as the calendar quarter it ends in."""
    return quarter_str(fiscal_to_calendar(fy, fq, ctx.fiscal_year_end_month))


def _year_reported_before(ctx: PeriodContext) -> bool:
    """Whether the call is dated after the end of the fiscal year its quarter closes (a fourth-quarter 2021
    call held in February 2022): its speakers live in the new year, so "this year" is the new one and "last
    year" the year just reported. Only a known date says so; without one the document's year stands."""
    fy = _current_fiscal_year(ctx)
    if ctx.date is None or fy is None:
        return False
    return calendar_quarter(ctx.date[0], ctx.date[1]) > fiscal_to_calendar(fy, 4, ctx.fiscal_year_end_month)


def _current_fiscal_year(ctx: PeriodContext) -> int | None:
    """Fiscal year containing the document's quarter."""
    dq = ctx.quarter
    if dq is None:
        return None
    year = dq // 4
    for fy in (year, year + 1):
        # a fiscal year ending in August has its fourth quarter end inside the calendar third quarter
        if any(fiscal_to_calendar(fy, fq, ctx.fiscal_year_end_month) == dq for fq in range(1, 5)):
            return fy
    last_month = (dq % 4) * 3 + 3
    return year + 1 if last_month > ctx.fiscal_year_end_month else year


_SENTENCE_BREAK = re.compile(r"[。！？!?;；\n.](?:(?<=\.)\s|(?<!\.))")
"""Where a sentence ends, for the words of its own sentence before a period: a stop, or a full stop
and the space after it (written to open with one class of characters, which the engine skips ahead to)."""


def _sentence_of(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` containing ``text[start:end]``."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    nxt = _SENTENCE_END.search(text, end)
    return text[lo : nxt.start() if nxt else len(text)]


def _sentence_before(text: str, start: int) -> str:
    """What the sentence holding ``start`` says before it: a forecast word there governs what follows."""
    return text[max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0) : start]


_WE_EXPECT = Sifted(re.compile(
    r"(?<![A-Za-z])(?:we|I)\s+(?:now\s+|currently\s+|still\s+|also\s+)?(?:expect|anticipate|forecast|project|plan|see|will)"
    r"|(?<![A-Za-z])(?:is|are)\s+expected\s+to(?![A-Za-z])",
    re.IGNORECASE,
))


def _forward_after(text: str, end: int) -> bool:
    """Whether the sentence goes on to say what is expected ("In the fourth quarter, we expect ..."): a bare
    quarter named before it is the coming one."""
    stop = _SENTENCE_END.search(text, end)
    return bool(_WE_EXPECT.search(text, end, stop.start() if stop else len(text)))


_FISCAL_NAMED = frozenset({"zh_fiscal_quarter", "zh_fiscal_half", "zh_fiscal_year", "zh_split_year"})
"""Patterns of a period written on a fiscal calendar: whose calendar is the company's named right before it."""


def _named_calendar(text: str, start: int) -> int | None:
    """The fiscal year-end month of a company named right before ``start`` whose calendar is not the default
    (a story of many firms names each one's fiscal quarter on that firm's own calendar), else None."""
    before = text[max(0, start - 16) : start].rstrip(" 的之")
    for alias, month in off_calendar_aliases():
        if before.endswith(alias):
            return month
    return None


def _resolve(
    name: str, m: re.Match[str], text: str, ctx: PeriodContext, year_hint: int | None
) -> PeriodMention | None:
    """One pattern match as a resolved period mention, by the rule for its pattern (``_RESOLVERS``)."""
    rule = _RESOLVERS.get(name)
    if rule is None:
        return None
    s, e = m.start(), m.end()
    if name in _FISCAL_NAMED:
        owner = _named_calendar(text, s)
        if owner is not None and owner != ctx.fiscal_year_end_month:
            ctx = replace(ctx, fiscal_year_end_month=owner)  # "阿里巴巴2026财年1季度" in a broker's digest
    before = text[max(0, s - 40) : s]
    sentence_before = _SENTENCE_BREAK.split(before)[-1]
    forward = bool(_FORWARD_WORDS.search(sentence_before))
    if not forward and not text.isascii():
        # "第4季营收将介于...": a Chinese forecast names its period first
        clause_end = _CLAUSE_END.search(text, e)
        forward = bool(_ZH_FORWARD_AFTER.search(text, e, clause_end.start() if clause_end else len(text)))
    return rule(
        _Hit(name, m, m.groupdict(), s, e, text, ctx, year_hint, forward, ctx.quarter, ctx.fiscal_year_end_month)
    )


@dataclass(slots=True)
class _Hit:
    """One pattern match with what every resolving rule reads of it: its groups, its place in the text, the
    document's context, and whether the words before it make it a forecast."""

    name: str
    m: re.Match[str]
    g: dict[str, str | Any]
    s: int
    e: int
    text: str
    ctx: PeriodContext
    year_hint: int | None
    forward: bool
    dq: int | None
    fym: int


def _q_mention(h: _Hit, index: int | None, weight: int, kind: Kind = "quarter", bare: int | None = None) -> PeriodMention:
    """A quarter mention for quarter ``index`` (None when it cannot be resolved)."""
    if index is None:
        return PeriodMention(h.s, h.e, kind, None, weight=0, bare=bare, forward=h.forward)
    return PeriodMention(h.s, h.e, kind, quarter_str(index), weight=weight, bare=bare, forward=h.forward)


def _resolve_zh_span(h: _Hit) -> PeriodMention | None:
    g, s, e = h.g, h.s, h.e
    a = _year(g["y"]) * 4 + _num(g["q"]) - 1
    b = _year(g["y2"]) * 4 + _num(g["q2"]) - 1
    if b < a or b - a > 40:
        return None
    return PeriodMention(s, e, "span", span(a, b), tuple(quarter_str(i) for i in range(a, b + 1)))


def _resolve_month_quarter(h: _Hit) -> PeriodMention | None:
    g, ctx, year_hint, forward = h.g, h.ctx, h.year_hint, h.forward
    name = g.get("m") or g["m2"] or ""
    month = int(name) if name.isdigit() else _MONTHS[name.lower()]
    if g.get("y") or g.get("y2"):
        return _q_mention(h, calendar_quarter(_year(g.get("y") or g["y2"] or ""), month), 3)
    q = (month - 1) // 3 + 1
    if h.fym != 12:
        # "the December quarter" of a company whose year ends in June: its fiscal second quarter, which is how a
        # quarter named without its year is read for it
        q = (month - h.fym - 1) % 12 // 3 + 1
    ahead = forward or (lambda: _forward_after(h.text, h.e))
    # (named without its year, as "the fourth quarter" is: a forecast for one already passed is next year's)
    return _q_mention(h, _bare_quarter(q, ctx, year_hint, ahead), 2, bare=q)


def _resolve_zh_fiscal_quarter(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx = h.g, h.s, h.e, h.ctx
    q = _num(g["q"] or g["q1"] or g["q3"])
    return PeriodMention(s, e, "quarter", _fiscal_quarter(_year(g["y"]), q, ctx), weight=3)


def _resolve_zh_fiscal_half(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx, fym = h.g, h.s, h.e, h.ctx, h.fym
    fy: int | None
    fy = _year(g["y"]) if g.get("y") else _current_fiscal_year(ctx)
    if fy is None:
        return PeriodMention(s, e, "span", None)
    if g.get("rel") and g["rel"].startswith("上"):
        fy -= 1
    elif g.get("rel") and g["rel"].startswith("下"):
        fy += 1
    first = fiscal_to_calendar(fy, 1 if (g.get("h") or g.get("h2")) == "上" else 3, fym)
    return PeriodMention(s, e, "span", span(first, first + 1))


def _resolve_zh_split_year(h: _Hit) -> PeriodMention | None:
    g, s, e, forward, fym = h.g, h.s, h.e, h.forward, h.fym
    y: int | None
    y, y2 = _year(g["y"]), int(g["y2"])
    y2 += (y // 100) * 100 if y2 < 100 else 0
    if y2 != y + 1:
        return PeriodMention(s, e, "year", None)
    return PeriodMention(s, e, "year" if fym == 12 else "span", fiscal_year_span(y2, fym), forward=forward)


def _resolve_fiscal_year(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx, forward, fym = h.g, h.s, h.e, h.ctx, h.forward, h.fym
    fy: int | None
    if g.get("y"):
        fy = _year(g["y"])
    else:
        fy = _current_fiscal_year(ctx)
        rel = g.get("rel") or ""
        if fy is not None and rel.startswith("上"):
            fy -= 1
        elif fy is not None and rel.startswith("下"):
            fy += 1
    if fy is None:
        return PeriodMention(s, e, "year", None)
    return PeriodMention(
        s, e, "year" if fym == 12 else "span", fiscal_year_span(fy, fym), forward=forward
    )


def _resolve_zh_quarter(h: _Hit) -> PeriodMention | None:
    g, s, e, fym = h.g, h.s, h.e, h.fym
    y: int | None
    y, q = _year(g["y"]), _num(g["q"])
    cal = y * 4 + q - 1
    fiscal = fiscal_to_calendar(y, q, fym) if fym != 12 else None
    alt = quarter_str(fiscal) if fiscal is not None and fiscal != cal else None
    return PeriodMention(s, e, "quarter", quarter_str(cal), weight=2, fiscal_alternative=alt)


def _resolve_zh_rel_quarter(h: _Hit) -> PeriodMention | None:
    g, ctx, year_hint, forward = h.g, h.ctx, h.year_hint, h.forward
    y: int | None
    q = _num(g["q"] or g["q2"])
    if g.get("rel"):
        y = _rel_year(g["rel"], ctx, None)
        return _q_mention(h, y * 4 + q - 1 if y is not None else None, 2)
    return _q_mention(h, _bare_quarter(q, ctx, year_hint, forward, own_naming=False), 1, bare=q)


def _resolve_zh_first_n(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx, year_hint, dq = h.g, h.s, h.e, h.ctx, h.year_hint, h.dq
    y: int | None
    y = _rel_year(
        g.get("rel"),
        ctx,
        year_hint if year_hint is not None else (dq // 4 if dq is not None else ctx.year),
    )
    if y is None:
        return PeriodMention(s, e, "span", None)
    n = _num(g["n"] or g["n2"])
    a = y * 4
    return PeriodMention(s, e, "span", span(a, a + n - 1), tuple(quarter_str(i) for i in range(a, a + n)))


def _resolve_zh_first_months(h: _Hit) -> PeriodMention | None:
    # "前9个月", "今年首九个月", "首9月": the year to the end of that month
    g, s, e, ctx, year_hint, dq = h.g, h.s, h.e, h.ctx, h.year_hint, h.dq
    y: int | None
    y = _rel_year(
        g.get("rel"),
        ctx,
        year_hint if year_hint is not None else (dq // 4 if dq is not None else ctx.year),
    )
    if g.get("y"):
        y = _year(g["y"])
    if y is None:
        return PeriodMention(s, e, "span", None)
    months = _months(g["n"] or g["n2"])
    n = -(-months // 3)
    a = y * 4
    covered = tuple(quarter_str(i) for i in range(a, a + n))
    if months == 12:  # "2023年1-12月", "前12个月": the whole year
        return PeriodMention(s, e, "year", str(y), covered)
    if months % 3:  # "前10个月", "1-10月": the months to October, not the fourth quarter
        return PeriodMention(s, e, "span", f"{month_str(y, 1)}-{month_str(y, months)}", covered)
    return PeriodMention(s, e, "span", span(a, a + n - 1), covered)


def _resolve_zh_month_span(h: _Hit) -> PeriodMention | None:
    # "第三季度，7—9月…": three months that make a calendar quarter are that quarter; other months, their span
    g, s, e, ctx, year_hint, dq = h.g, h.s, h.e, h.ctx, h.year_hint, h.dq
    first, last = int(g["m1"]), int(g["m2"])
    if first >= last:
        return None
    y = _year(g["y"]) if g.get("y") else (year_hint if year_hint is not None else (dq // 4 if dq is not None else ctx.year))
    if y is None:
        return PeriodMention(s, e, "span", None)
    a, b = calendar_quarter(y, first), calendar_quarter(y, last)
    covered = tuple(quarter_str(i) for i in range(a, b + 1))
    if first % 3 == 1 and last == first + 2:
        return PeriodMention(s, e, "quarter", quarter_str(a), forward=h.forward)
    return PeriodMention(s, e, "span", f"{month_str(y, first)}-{month_str(y, last)}", covered, forward=h.forward)


def _resolve_zh_year_ended(h: _Hit) -> PeriodMention | None:
    # "截至2025年6月30日止年度": the fiscal year, named after the year it ends in
    g, s, e = h.g, h.s, h.e
    return PeriodMention(s, e, "year", str(_year(g["y"])))


def _resolve_zh_months_ended(h: _Hit) -> PeriodMention | None:
    # "截至2025年6月30日止六个月": the span that ends with that month; "截至9月30日止九个月" in a page of that
    # year's results: the year a paragraph named, else the document's
    g, s, e = h.g, h.s, h.e
    y: int | None = _year(g["y"]) if g.get("y") else h.year_hint
    if y is None:
        y = h.dq // 4 if h.dq is not None else h.ctx.year
    if y is None:
        return PeriodMention(s, e, "span", None)
    ended = calendar_quarter(y, _months(g["m"]))
    count = 2 if g.get("h") else _months(g["n"]) // 3  # "截至2025年6月止半年度": the six months
    covered = tuple(quarter_str(i) for i in range(ended - count + 1, ended + 1))
    return PeriodMention(s, e, "span", span(ended - count + 1, ended), covered)


def _resolve_half(h: _Hit) -> PeriodMention | None:
    name, g, s, e, ctx, year_hint, forward, fym = h.name, h.g, h.s, h.e, h.ctx, h.year_hint, h.forward, h.fym
    y: int | None
    fy: int | None
    if name == "zh_half":
        own_year = int(ctx.running) if ctx.running and ctx.running.isdigit() and not forward else None
        # ("连同中期股息每股6.0港仙" in a year's results published the next year: that year's interim)
        y = _year(g["y"]) if g.get("y") else _rel_year(g.get("rel"), ctx, year_hint or own_year or ctx.year)
        first_half = g["h"] != "下"  # "中期业绩": the interim, the first half
        fy = _current_fiscal_year(ctx) if fym != 12 and not (g.get("y") or g.get("rel")) else None
        if fy is not None:
            # a half year named alone in a report of a company whose year ends in March: its fiscal half
            a = fiscal_to_calendar(fy, 1 if first_half else 3, fym)
            return PeriodMention(s, e, "span", span(a, a + 1))
    else:
        first_half = (g.get("h") or "").lower() == "first" or "1" in (g.get("h2") or "") + (
            g.get("h3") or ""
        )
        if (g.get("last") is not None or g.get("last2") is not None) and not g.get("y"):
            return _last_years_half(first_half, h)
        if g.get("next") is not None:
            return _next_years_half(first_half, h)
        fiscal_half = _fiscal_half(first_half, ctx, forward, g)
        if fiscal_half is not None:
            return PeriodMention(s, e, "span", span(fiscal_half, fiscal_half + 1))
        y = _year(g["y"]) if g.get("y") else (year_hint or _bare_half_year(first_half, ctx, forward))
    if y is None:
        return PeriodMention(s, e, "span", None)
    a = y * 4 + (0 if first_half else 2)
    return PeriodMention(s, e, "span", span(a, a + 1))


def _last_years_half(first_half: bool, h: _Hit) -> PeriodMention:
    """"the prior-year first half", "the second half of last year": that half of the (fiscal) year before the
    document's, a comparison base."""
    fy = _current_fiscal_year(h.ctx)
    if fy is None:
        return PeriodMention(h.s, h.e, "span", None, base=True)
    a = fiscal_to_calendar(fy - 1, 1 if first_half else 3, h.fym)
    return PeriodMention(h.s, h.e, "span", span(a, a + 1), base=True)


def _next_years_half(first_half: bool, h: _Hit) -> PeriodMention:
    """"the second half of next year": that half of the (fiscal) year after the document's, whether or not the same
    half of this year is still ahead."""
    fy = _current_fiscal_year(h.ctx)
    if fy is None:
        return PeriodMention(h.s, h.e, "span", None, forward=h.forward)
    a = fiscal_to_calendar(fy + 1, 1 if first_half else 3, h.fym)
    return PeriodMention(h.s, h.e, "span", span(a, a + 1), forward=h.forward)


def _resolve_zh_past(h: _Hit) -> PeriodMention | None:
    g, s, e, dq = h.g, h.s, h.e, h.dq
    n = _num(g["n"])
    quarters = n if g["u"] == "季度" else max(1, round(n / 3))
    if dq is None:
        return PeriodMention(s, e, "span", None)
    return PeriodMention(
        s,
        e,
        "span",
        span(dq - quarters + 1, dq),
        tuple(quarter_str(i) for i in range(dq - quarters + 1, dq + 1)),
    )


def _resolve_next_years(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx, dq = h.g, h.s, h.e, h.ctx, h.dq
    y: int | None
    n = _num(g["n"] or g.get("n2") or "")
    y = dq // 4 if dq is not None else ctx.year
    if y is None or not 1 <= n <= 30:
        return PeriodMention(s, e, "forward", None, forward=True)
    if h.name == "en_next_years" and g["n"] and dq is not None and calendar_to_fiscal(dq, h.fym)[1] >= 3:
        # "over the next three years" in a third- or fourth-quarter call: the years after the one nearly
        # reported (a "five-year plan" still counts from the year under way)
        y += 1
    return PeriodMention(s, e, "forward", f"{y}-{y + n - 1}", forward=True)


def _resolve_en_next_quarters(h: _Hit) -> PeriodMention | None:
    s, e, dq = h.s, h.e, h.dq
    n = _num(h.g["n"])
    if dq is None:
        return PeriodMention(s, e, "span", None, forward=True)
    quarters = tuple(quarter_str(i) for i in range(dq + 1, dq + n + 1))
    return PeriodMention(s, e, "span", span(dq + 1, dq + n), quarters, forward=True)


def _resolve_en_years_ago(h: _Hit) -> PeriodMention | None:
    s, e, dq, ctx = h.s, h.e, h.dq, h.ctx
    y = dq // 4 if dq is not None else ctx.year
    return PeriodMention(s, e, "year", str(y - _num(h.g["n"])) if y is not None else None)


def _resolve_vague_forward(h: _Hit) -> PeriodMention | None:
    s, e = h.s, h.e
    return PeriodMention(s, e, "vague", None, forward=True)


def _resolve_this_quarter(h: _Hit) -> PeriodMention | None:
    m, s, e, text, ctx = h.m, h.s, h.e, h.text, h.ctx
    if m.group().lower() == "today" and _ANNOUNCED_TODAY.search(text, max(0, s - 40), s):
        return None  # "initiated 2021 earnings guidance today": the day it was said, no period
    return PeriodMention(s, e, "quarter", ctx.period, weight=0)


def _resolve_last_quarter(h: _Hit) -> PeriodMention | None:
    m, s, e, text, ctx, dq = h.m, h.s, h.e, h.text, h.ctx, h.dq
    if (
        dq is not None
        and ctx.article
        and (_NEWS_LAST_QUARTER.fullmatch(m.group()) or _EN_LAST_QUARTER.fullmatch(m.group()))
        and _after_report(ctx)
        and not _COMPARISON_BEFORE.search(text, max(0, s - 2), s)
        and _base_before(text[max(0, s - 28) : s]) is None
    ):
        return PeriodMention(
            s, e, "quarter", ctx.period, weight=0
        )  # a news story dated after the quarter
    return PeriodMention(s, e, "quarter", quarter_str(dq - 1) if dq is not None else None)


def _resolve_next_quarter(h: _Hit) -> PeriodMention | None:
    s, e, dq = h.s, h.e, h.dq
    return PeriodMention(s, e, "quarter", quarter_str(dq + 1) if dq is not None else None, forward=True)


def _resolve_en_last_years_quarter(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx = h.g, h.s, h.e, h.ctx
    # "versus last year's Q3", "in last year's fourth quarter": that quarter of the year before the document's
    digit = g.get("q") or g.get("q2")
    q = int(digit) if digit else ("first", "second", "third", "fourth").index(g["qw"].lower()) + 1
    ago = _year_ago_quarter(q, ctx)
    # ("capital markets revenue grew by 79% in last year's third quarter": the quarter that change was made in,
    # as "in the third quarter last year" is; a base when set against: "up 12% from last year's third quarter")
    own = _CHANGE_IN_BEFORE.search(h.text, max(0, s - 24), s) is not None
    return PeriodMention(s, e, "quarter", quarter_str(ago) if ago is not None else None, base=not own)


_CHANGE_IN_BEFORE = re.compile(r"(?:%|(?<![A-Za-z])percent)\s+(?:in|during)\s+(?:the\s+)?$", re.IGNORECASE)
"""Between a percentage and a year-before quarter: the quarter the change was made in, no comparison base."""


def _resolve_year_ago(h: _Hit) -> PeriodMention | None:
    s, e, dq = h.s, h.e, h.dq
    return PeriodMention(s, e, "quarter", quarter_str(dq - 4) if dq is not None else None, base=True)


_ZH_MONTH_BEFORE = re.compile(
    r"(?:(?P<y>(?:19|20)\d\d)\s?年\s?)?(?:0?1\s?[-—–~至到]\s?)?(?P<m>1[0-2]|0?[1-9])\s?月(?:份)?(?!\s?[0-3]?\d\s?[日号])"
)
"""A month a Chinese sentence reports ("2025年1-10月", "10月份"), not a day's date ("11月3日公告")."""


def _zh_ytd_month(h: _Hit) -> PeriodMention | None:
    """"今年以来" after the month a paragraph reports ("10月销量……1-10月累计……今年以来海外销量"): January to that
    month, not to the end of the document's quarter."""
    last = max(_ZH_MONTH_BEFORE.finditer(h.text, 0, h.s), key=lambda m: m.start(), default=None)
    if last is None:
        return None
    y = int(last.group("y")) if last.group("y") else h.year_hint if h.year_hint is not None else h.ctx.year
    if y is None:
        return None
    month = int(last.group("m"))
    first, end = calendar_quarter(y, 1), calendar_quarter(y, month)
    if month % 3 == 0:  # ("1-9月": the first three quarters)
        return PeriodMention(h.s, h.e, "span", span(first, end))
    covered = tuple(quarter_str(i) for i in range(first, end + 1))
    return PeriodMention(h.s, h.e, "span", f"{month_str(y, 1)}-{month_str(y, month)}", covered)


def _resolve_ytd(h: _Hit) -> PeriodMention | None:
    name, s, e, dq, fym = h.name, h.s, h.e, h.dq, h.fym
    if name == "zh_ytd" and "报告期" not in h.m.group() and (by_month := _zh_ytd_month(h)) is not None:
        return by_month
    if dq is None:
        return PeriodMention(s, e, "span", None)
    # (an English call counts the company's year: "year to date" in a fiscal-Q3 call of a year ending in
    # July is three quarters)
    first = dq - calendar_to_fiscal(dq, fym)[1] + 1 if name == "en_ytd" else dq - dq % 4
    return PeriodMention(s, e, "span", span(first, dq))


def _resolve_zh_this_report(h: _Hit) -> PeriodMention | None:
    """"本报告期": the period of the report the page is or quotes; a first- or third-quarter report's is its quarter
    alone (its table sets "本报告期" beside "年初至报告期末"), a half-year report's its half, an annual report's its year."""
    dq = h.dq
    if dq is None:
        return PeriodMention(h.s, h.e, "quarter", None)
    if dq % 4 in (0, 2):
        return PeriodMention(h.s, h.e, "quarter", quarter_str(dq))
    if dq % 4 == 1:
        return PeriodMention(h.s, h.e, "span", span(dq - 1, dq))
    return PeriodMention(h.s, h.e, "year", str(dq // 4))


def _resolve_zh_report_end(h: _Hit) -> PeriodMention | None:
    """"截至（本）报告期末": a balance at the end of the report's last quarter."""
    return PeriodMention(h.s, h.e, "quarter", quarter_str(h.dq) if h.dq is not None else None)


def _resolve_en_ttm(h: _Hit) -> PeriodMention | None:
    g, s, e, dq = h.g, h.s, h.e, h.dq
    if dq is None:
        return PeriodMention(s, e, "span", None)
    if g.get("qn"):  # "over the past four quarters, growth was 18%, 22%, 26% and 31%": each quarter
        n = _num(g["qn"])
        return PeriodMention(
            s, e, "span", span(dq - n + 1, dq), tuple(quarter_str(i) for i in range(dq - n + 1, dq + 1))
        )
    if g.get("tm"):
        month = _MONTHS[g["tm"].lower()]
        end = calendar_quarter(_year(g["ty"]), month) if g.get("ty") else _bare_month(month, h.ctx, False)
        return PeriodMention(s, e, "span", span(end - 3, end) if end is not None else None)
    return PeriodMention(s, e, "span", span(dq - 3, dq))


_ANNOUNCED_AFTER_ZH = re.compile(r"\s?(?:晚间|晚間|早间|早間|盘后|盤後|午间|午間)?(?:公布|发布|發布|披露|宣布|公告|表示|称|稱)")
"""After a day's date: the day something was announced ("1月19日晚间披露"), which dates no figure in it."""


def _resolve_zh_date(h: _Hit) -> PeriodMention | None:
    g, s, e, text = h.g, h.s, h.e, h.text
    if g.get("d") and _ANNOUNCED_AFTER_ZH.match(text, e):
        return None  # "2026年1月19日晚间披露": an announcement's day, not the period of its figures
    if _whole_month(text, g, s, e):
        return PeriodMention(s, e, "month", month_str(_year(g["y"]), int(g["m"])))
    return PeriodMention(s, e, "month", quarter_str(calendar_quarter(_year(g["y"]), int(g["m"]))))


def _resolve_zh_month(h: _Hit) -> PeriodMention | None:
    g, s, e, text, ctx, year_hint, forward = h.g, h.s, h.e, h.text, h.ctx, h.year_hint, h.forward
    y: int | None
    index: int | None
    mtext = g["m"]
    month = int(mtext) if mtext.isdigit() else _num(mtext)
    if not 1 <= month <= 12:
        return None
    if g.get("d") and _ANNOUNCED_AFTER_ZH.match(text, e):
        return None  # "恒毅精工1月19日晚间披露，预计2025年度…": an announcement's day, not the period of its figures
    if g.get("rel") or year_hint is not None:
        y = _rel_year(g.get("rel"), ctx, year_hint)
        index = calendar_quarter(y, month) if y is not None else None
    else:
        index = _bare_month(month, ctx, forward)
    if _FROM_BEFORE_ZH.search(text, max(0, s - 2), s) and _FORECAST_MADE_AFTER.match(text, e):
        return None  # "全年营收年成长幅度从7月预测接近30%": when a forecast was made, not what it covers
    if index is not None and _whole_month(text, g, s, e):
        return PeriodMention(s, e, "month", month_str(index // 4, month))
    return PeriodMention(s, e, "month", quarter_str(index) if index is not None else None)


def _resolve_zh_last_month(h: _Hit) -> PeriodMention | None:
    # "该公司上月运载的货物…" in a story dated 2025-12-15: the month before the story's date; none when undated
    if h.ctx.date is None or not h.ctx.article:
        return None
    y, m = h.ctx.date[0], h.ctx.date[1] - 1
    if m == 0:
        y, m = y - 1, 12
    return PeriodMention(h.s, h.e, "month", month_str(y, m))


def _resolve_zh_year_same_period(h: _Hit) -> PeriodMention | None:
    g, s, e, dq = h.g, h.s, h.e, h.dq
    y: int | None
    index: int | None
    y = _year(g["y"])
    index = y * 4 + dq % 4 if dq is not None else None
    # "较2024年同期" is a base by the word before it (see ``find_periods``); "2025年同期为4.42亿美元，同比下降4.8%"
    # names the span its figures are for
    return PeriodMention(s, e, "quarter", quarter_str(index) if index is not None else None)


def _resolve_zh_full_year(h: _Hit) -> PeriodMention | None:
    s, e, text, ctx, forward, dq = h.s, h.e, h.text, h.ctx, h.forward, h.dq
    y: int | None
    y = _current_fiscal_year(ctx) if dq is not None else ctx.year
    named = _YEAR_JUST_BEFORE.search(text, max(0, s - 14), s) or _COMING_YEAR_OF_SENTENCE.search(text, max(0, s - 48), s)
    if named is not None:
        # "展望今年，全年美元營收…": the full year of the year just named, not the reported one
        y = _year(named["y"]) if named.groupdict().get("y") else _rel_year(named["rel"], ctx, None)
    return PeriodMention(s, e, "year", str(y) if y else None, forward=forward)


def _resolve_zh_year(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx, forward, dq, fym = h.g, h.s, h.e, h.ctx, h.forward, h.dq, h.fym
    y: int | None
    if g.get("y"):
        return PeriodMention(s, e, "year", str(_year(g["y"])), forward=forward)
    if g.get("rel") in ("去年", "上年") and _fiscal_year_just_ended(ctx):
        # "去年度资本支出" in a story of a June year just reported: that fiscal year
        assert dq is not None
        return PeriodMention(s, e, "span", fiscal_year_span(_current_fiscal_year(ctx) or 0, fym))
    y = _rel_year(g.get("rel"), ctx, None)
    return PeriodMention(s, e, "year", str(y) if y else None)


def _quarter_of_relative_year(q: int, rel: str, ctx: PeriodContext) -> int | None:
    """Quarter index of quarter ``q`` of "this year" or "next year" ("the second quarter this year", "Q1 of next
    year"): of the company's own (fiscal) year, the new one in a call held after the year it reports."""
    fy = _current_fiscal_year(ctx) if ctx.quarter is not None else ctx.year
    if fy is None:
        return None
    if _year_reported_before(ctx):
        fy += 1
    if rel.lower().split()[-1] in ("next", "following", "coming"):
        fy += 1
    return fiscal_to_calendar(fy, q, ctx.fiscal_year_end_month)


def _resolve_en_quarter(h: _Hit) -> PeriodMention | None:
    g, s, e, text, ctx, year_hint, forward, dq, fym = h.g, h.s, h.e, h.text, h.ctx, h.year_hint, h.forward, h.dq, h.fym
    y: int | None
    index: int | None
    fy: int | None
    q = _num(g["ord"])
    fiscal = bool(g["fis0"] or g["fis1"] or g["fis2"] or g["fis3"])
    ytext = g.get("y") or g.get("y0")
    if ytext:
        y = _year(ytext)
        index = fiscal_to_calendar(y, q, fym) if fiscal else y * 4 + q - 1
        return _q_mention(h, index, 2)
    if g.get("lastyear") and dq is not None:
        return _q_mention(h, _year_ago_quarter(q, ctx), 1)  # "the second quarter of last year"
    if g.get("relyear"):
        return _q_mention(h, _quarter_of_relative_year(q, g["relyear"], ctx), 1)
    if fiscal and fym != 12:
        fy = _current_fiscal_year(ctx)
        return _q_mention(h, fiscal_to_calendar(fy, q, fym) if fy else None, 1)
    if dq is not None and _PREVIOUS_BEFORE.search(text, max(0, s - 24), s):
        # "up from 1.5x in the previous second quarter": the latest such quarter before the document's,
        # whatever year the paragraph named last
        return _q_mention(h, dq - ((dq - (q - 1)) % 4 or 4), 1, bare=q)
    undated = _undated_fiscal_quarter(q, ctx, year_hint)
    if undated is not None:
        return _q_mention(h, undated, 1, bare=q)
    return _q_mention(h, _bare_quarter(q, ctx, year_hint, forward or (lambda: _forward_after(text, e))), 1, bare=q)


def _resolve_yy_quarter(h: _Hit) -> PeriodMention | None:
    g, s, e = h.g, h.s, h.e
    a = _year(g["y"]) * 4 + int(g["q"]) - 1
    if g.get("q3"):
        b = a - int(g["q"]) + int(g["q3"])
        return PeriodMention(s, e, "span", span(a, b) if b > a else None)  # "21Q1-3": one cumulative span
    if not g.get("q2"):
        return _q_mention(h, a, 2)
    b = _year(g["y2"] or g["y"]) * 4 + int(g["q2"]) - 1
    if b <= a:
        return PeriodMention(s, e, "span", None)
    return PeriodMention(s, e, "span", span(a, b), tuple(quarter_str(i) for i in range(a, b + 1)))


def _resolve_yy_quarters(h: _Hit) -> PeriodMention | None:
    g, s, e = h.g, h.s, h.e
    y: int | None
    y, q, q2 = 2000 + int(g["y"]), int(g["q"]), int(g["q2"])
    if q2 <= q:
        return PeriodMention(s, e, "span", None)
    a = y * 4 + q - 1
    return PeriodMention(s, e, "span", span(a, y * 4 + q2 - 1))  # one cumulative span, not a history


def _resolve_yy_span(h: _Hit) -> PeriodMention | None:
    g, s, e = h.g, h.s, h.e
    y: int | None
    yy = str(g.get("y") or g.get("y2") or g.get("y3"))
    y = int(yy) if len(yy) == 4 else 2000 + int(yy)
    if g.get("n"):
        return PeriodMention(s, e, "span", span(y * 4, y * 4 + int(g["n"]) // 3 - 1))
    a = y * 4 + (0 if (g.get("h") or g.get("h3")) == "1" else 2)
    return PeriodMention(s, e, "span", span(a, a + 1))


def _resolve_en_q(h: _Hit) -> PeriodMention | None:
    g, e, text, ctx, year_hint, forward, fym = h.g, h.e, h.text, h.ctx, h.year_hint, h.forward, h.fym
    y: int | None
    q = int(g["q"])
    if g.get("y"):
        y = _year(g["y"])
        fiscal = bool(g.get("fis") or g.get("fis0"))
        return _q_mention(h, fiscal_to_calendar(y, q, fym) if fiscal else y * 4 + q - 1, 2)
    if g.get("relyear"):
        return _q_mention(h, _quarter_of_relative_year(q, g["relyear"], ctx), 1)  # "Q3 this year"
    undated = _undated_fiscal_quarter(q, ctx, year_hint)
    if undated is not None:
        return _q_mention(h, undated, 1, bare=q)
    return _q_mention(h, _bare_quarter(q, ctx, year_hint, forward or (lambda: _forward_after(text, e))), 1, bare=q)


def _resolve_en_months_span(h: _Hit) -> PeriodMention | None:
    m, g, s, e, ctx, year_hint, dq = h.m, h.g, h.s, h.e, h.ctx, h.year_hint, h.dq
    y: int | None
    if g.get("n3"):
        n3 = _num(g["n3"]) // 3
        if g.get("y") or g.get("yy"):
            # "for the nine months of 2020", "through nine months of fiscal 2021": that (fiscal) year's first months
            fy = _year(g.get("y") or g["yy"])
            first = fiscal_to_calendar(fy, 1, h.fym) if h.fym != 12 else fy * 4
            return PeriodMention(s, e, "span", span(first, first + n3 - 1))
        return PeriodMention(s, e, "span", span(dq - n3 + 1, dq) if dq is not None else None)
    if g.get("n4") or g.get("n5"):
        fy, n = _year(g.get("y4") or g["y5"]), _num(g.get("n4") or g["n5"]) // 3
        first = fiscal_to_calendar(fy, 1, h.fym) if h.fym != 12 else fy * 4
        return PeriodMention(s, e, "span", span(first, first + n - 1))
    n = _num(g["n"]) // 3 if g.get("n") else _num(g["nq"])  # "the first three quarters of the year"
    named = g.get("y") or g.get("yy")  # "of 2021", "'21": the year written beside the span decides it
    if h.fym != 12 and m.group().lower().startswith("first") and (named or dq is not None):
        # "the first nine months of fiscal 2026" of a company whose year ends in June: from July 2025
        fy = _year(named) if named else calendar_to_fiscal(dq, h.fym)[0]  # type: ignore[arg-type]
        if g.get("lastyear") and not named:
            fy -= 1
        first = fiscal_to_calendar(fy, 1, h.fym)
        return PeriodMention(s, e, "span", span(first, first + n - 1))
    y = _year(named) if named else (year_hint or (dq // 4 if dq is not None else ctx.year))
    if g.get("lastyear") and y is not None and not named:
        y -= 1  # "the first six months of last year"
    if y is None:
        return PeriodMention(s, e, "span", None)
    if m.group().lower().startswith("first"):
        return PeriodMention(s, e, "span", span(y * 4, y * 4 + n - 1))
    if named:  # "the last six months of 2021", "last three months '21": the months that close that year
        return PeriodMention(s, e, "span", span(y * 4 + 4 - n, y * 4 + 3))
    if dq is None:
        return PeriodMention(s, e, "span", None)
    return PeriodMention(s, e, "span", span(dq - n + 1, dq))


def _resolve_en_months_ended(h: _Hit) -> PeriodMention | None:
    g, s, e, ctx, forward, dq = h.g, h.s, h.e, h.ctx, h.forward, h.dq
    # "for the nine months ended June 30, 2012", "in the current nine month period"
    n = max(1, _num(g.get("n") or g.get("n2") or g["n3"]) // 3)
    if g.get("m") and g.get("y"):
        last: int | None = calendar_quarter(_year(g["y"]), _MONTHS[g["m"].lower()])
    elif g.get("m"):
        last = _bare_month(_MONTHS[g["m"].lower()], ctx, forward)  # "the nine months ended September 30"
    else:
        last = dq
    if last is None:
        return PeriodMention(s, e, "span", None)
    if n == 1:
        return _q_mention(h, last, 2)
    return PeriodMention(s, e, "span", span(last - n + 1, last))


def _resolve_en_full_year(h: _Hit) -> PeriodMention | None:
    m, g, s, e, text, ctx, forward, dq, fym = h.m, h.g, h.s, h.e, h.text, h.ctx, h.forward, h.dq, h.fym
    y: int | None
    # a company whose year does not end in December means its fiscal year by "the full year", "this
    # year" and "next year" (not "calendar year"): the same span as "fiscal 2026"
    fiscal = fym != 12 and dq is not None and not g.get("y") and "calendar" not in m.group().lower()
    at = (calendar_to_fiscal(dq, fym)[1] - 1 if fiscal else dq % 4) if dq is not None else None
    if g.get("annual") is not None and at != 3:
        return None  # "annual margins" name the year just reported only in the call that closes it
    if (
        not g.get("y")
        and dq is not None
        and at in (1, 2)
        and m.group().lower() == "the year"
        and _FOR_BEFORE.search(text, max(0, s - 6), s)
        and not _FORWARD_WORDS.search(_sentence_of(text, s, e))
    ):
        return PeriodMention(s, e, "span", span(dq - (at or 0), dq))  # "comps were 4.5% for the year" in a Q3 call
    if g.get("y"):
        if fym != 12 and "calendar" not in m.group().lower():
            # "full year 2026" of a company whose year ends in March: its fiscal 2026, as "fiscal 2026" says
            return PeriodMention(s, e, "span", fiscal_year_span(_year(g["y"]), fym), forward=forward)
        return PeriodMention(s, e, "year", str(_year(g["y"])), forward=forward)
    y = (calendar_to_fiscal(dq, fym)[0] if fiscal else dq // 4) if dq is not None else ctx.year
    new_year = y is not None and dq is not None and _year_reported_before(ctx) and m.group().lower().startswith(("this", "next"))
    if new_year and y is not None:
        # a call dated after the year it reports lives in the new year: "this year" is that one, "next
        # year" the one after
        y += 1
    if g.get("next") is not None and y is not None:
        y += 1
    elif (
        not new_year
        and y is not None
        and at == 3
        and not m.group().lower().startswith(("another", "a ", "an "))
        and (not m.group().lower().startswith("this") or _WE_EXPECT.search(_sentence_of(text, s, e)))
        and _FORWARD_WORDS.search(_sentence_of(text, s, e))
        and not _STATED_AFTER.match(text, e)
    ):
        y += 1  # "for the full year, we expect ..." in a fourth-quarter call: the coming year
        forward = True
    elif (
        not new_year
        and y is not None
        and at == 3
        and m.group().lower().startswith("another")
        and _FORWARD_WORDS.search(_sentence_before(text, s))
    ):
        y += 1  # "we expect another year of margin expansion" in a fourth-quarter call: the coming year
        forward = True
    if fiscal and y is not None:
        return PeriodMention(s, e, "span", fiscal_year_span(y, fym), forward=forward)
    return PeriodMention(s, e, "year", str(y) if y else None, forward=forward)


_TWELVE_MONTHS_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:(?:trailing|past|last)[\s-]+(?:twelve|12)[\s-]months?|TTM|LTM)(?![A-Za-z])[^.;]*$", re.IGNORECASE
)
"""Before "through <month>": a trailing twelve months the month ends."""


def _resolve_en_date(h: _Hit) -> PeriodMention | None:
    m, g, s, e, ctx, year_hint, forward, dq, fym = h.m, h.g, h.s, h.e, h.ctx, h.year_hint, h.forward, h.dq, h.fym
    index: int | None
    mname = g.get("m") or g.get("m2") or g.get("m3") or g.get("m4") or g.get("m5") or g.get("m6")
    if not mname or mname.lower() not in _MONTHS:
        return None
    month = _MONTHS[mname.lower()]
    named_year = g.get("y") or g.get("y2") or g.get("y4") or g.get("y5")  # "as of September 30, 2021", "March of '20"
    if named_year or year_hint is not None:
        index = calendar_quarter(_year(named_year) if named_year else year_hint, month)  # type: ignore[arg-type]
    else:
        index = _bare_month(month, ctx, forward)
    if (
        index is not None
        and g.get("m2")
        and m.group().lower().startswith("through")
        and _TWELVE_MONTHS_BEFORE.search(h.text, max(0, s - 60), s)
    ):
        # "trailing 12-month EBITDA through September 2022": the twelve months that end there
        return PeriodMention(s, e, "span", span(index - 3, index))
    if (
        index is not None
        and g.get("m2")
        and m.group().lower().startswith("through")
        and fym == 12
        # ("through October 26, we repurchased an additional 1.1 million shares" in a third-quarter call:
        # since the quarter ended, in the quarter after it)
        and (dq is None or index <= dq)
    ):
        # "30 stores purchased through September": the year to that month
        first = index - index % 4
        if index > first:
            return PeriodMention(s, e, "span", span(first, index))
    if index is not None and _en_whole_month(h, g):
        return PeriodMention(s, e, "month", month_str(index // 4, month), forward=forward)
    return PeriodMention(s, e, "month", quarter_str(index) if index is not None else None)


_EN_WHOLE_MONTH_LEAD = re.compile(r"(?:in|into|during|for|of)\s", re.IGNORECASE)
"""How a match of a month written as a whole opens ("in October", "during March", "the month of June").
A month's own measure (comparable sales, ADR, a load factor, a price or a move) keeps its month; an event
dated by its month (a dividend paid, an acquisition closed) keeps the quarter (``_EN_EVENT``)."""
_EN_WHOLE_MONTH_BEFORE = re.compile(r"(?<![A-Za-z])(?:in|during|for|of)\s+(?:the\s+month\s+of\s+)?$", re.IGNORECASE)
_EN_MONTH_POINT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:beginning|start|middle|end|close|as|since|until|through|by|before|after)\s+(?:of\s+)?$", re.IGNORECASE
)
"""Before "of October": a point in or from the month ("the beginning of October", "as of October"), not the month."""


_EN_EVENT = re.compile(
    r"(?<![A-Za-z])(?:acquired|purchased|bought|sold|paid|declared|approved|authori[sz]ed|announced|issued|priced|"
    r"refinanced|redeemed|repurchased|repaid|invested|funded|received|settled|signed|occurred|amended|originated|completed|"
    r"closed\s+on|entered\s+into|executed)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A transaction or a decision ("our Board approved a new $200 million share repurchase program in August",
"$211 million of this total settled in October"): a month named with it dates an event of its quarter,
not a month's own measure."""
_EN_EVENT = fast(_EN_EVENT)
_EN_ACTED = re.compile(
    r"(?<![A-Za-z])(?:we|our\s+board(?:\s+of\s+directors)?|the\s+board(?:\s+of\s+directors)?|the\s+company)\s+"
    r"(?:(?:have|had|also|then|just|recently|successfully|further)\s+)*"
    r"(?:increased|raised|closed|added|opened|extended|launched|reduced|cut|lowered|introduced|started)(?![A-Za-z])",
    re.IGNORECASE,
)
"""The company acting ("In September, we increased our quarterly dividend"): words that also tell how a
measure moved ("same-store sales for the month of February increased 5.7%") date an event only with
the company as the one acting."""


def _en_whole_month(h: _Hit, g: dict[str, str | Any]) -> bool:
    """Whether an English month is named as a whole ("In October, we're trending towards a $326 ADR",
    "sales in September 2022"): its figures are that month's (``2022-10``), as month-level moves and
    prices are reported; a day ("October 26"), a point ("as of", "end of") or a bound ("through", "since",
    "by") keeps the quarter it falls in."""
    if g.get("m5"):
        return True
    if g.get("d") or g.get("d2") or g.get("d3") or g.get("m3"):
        return False
    if _EN_MONTH_POINT_BEFORE.search(h.text, max(0, h.s - 16), h.s):
        return False
    sentence = _sentence_of(h.text, h.s, h.e)
    if _EN_EVENT.search(sentence) or _EN_ACTED.search(sentence):
        return False
    if g.get("m6"):
        return True
    if g.get("m2"):
        return _EN_WHOLE_MONTH_LEAD.match(h.m.group()) is not None
    return _EN_WHOLE_MONTH_BEFORE.search(h.text, max(0, h.s - 24), h.s) is not None


def _resolve_en_last_month(h: _Hit) -> PeriodMention | None:
    s, e, ctx = h.s, h.e, h.ctx
    # "during the past month" in a call held in November: October (with no date, no month to name)
    if ctx.date is None:
        return None
    last = ctx.date[0] * 12 + ctx.date[1] - 2
    return PeriodMention(s, e, "month", month_str(last // 12, last % 12 + 1))


_AND_EARLIER_AFTER = re.compile(r"\s+and\s+(?:prior|earlier|before|older)\b", re.IGNORECASE)
"""After a year: the year opens a span of all earlier years ("accident years 2017 and prior"), no period of a figure."""


_VINTAGE_BEFORE = re.compile(r"(?<![A-Za-z])(?:our|its|their|the)\s+$", re.IGNORECASE)
_VINTAGE_AFTER = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+){0,2}?(?:vintages?|cohorts?|loans|portfolios?|notes|bonds)(?![A-Za-z-])"
)
"""Around a year: the year names when a book's loans were made or its notes are due ("our 2022 bridge portfolio",
"the 2021 vintage", "its 2027 notes"), not the period of a figure about them."""


def _resolve_en_year(h: _Hit) -> PeriodMention | None:
    g, s, e, forward = h.g, h.s, h.e, h.forward
    if _AND_EARLIER_AFTER.match(h.text, e):
        return None
    if _VINTAGE_AFTER.match(h.text, e) and _VINTAGE_BEFORE.search(h.text, max(0, s - 8), s):
        return None
    return PeriodMention(s, e, "year", g["y"], forward=forward)


def _resolve_en_year_short(h: _Hit) -> PeriodMention | None:
    # "$1.96 to $2.16 per diluted share in '21"
    g, s, e, forward = h.g, h.s, h.e, h.forward
    if h.fym != 12 and "fiscal" in h.m.group().lower():
        # "in fiscal '22" of a company whose year ends in June: its fiscal year, as "fiscal 2022"
        return PeriodMention(s, e, "span", fiscal_year_span(_year(g["y"]), h.fym), forward=forward)
    return PeriodMention(s, e, "year", str(_year(g["y"])), forward=forward)


def _resolve_en_last_year(h: _Hit) -> PeriodMention | None:
    # "Last year, we generated $1.2 billion of free cash flow": the (fiscal) year before the document's
    fy = _current_fiscal_year(h.ctx)
    if fy is None:
        return PeriodMention(h.s, h.e, "year", None)
    if _year_reported_before(h.ctx):
        fy += 1  # said after the year closed: the year just reported
    if h.fym != 12:
        return PeriodMention(h.s, h.e, "span", fiscal_year_span(fy - 1, h.fym))
    return PeriodMention(h.s, h.e, "year", str(fy - 1))


_WILL_SHORT = re.compile(r"\w['’]ll\b")
"""A forecast written short ("we'll exit the year with ...")."""


def _resolve_en_exit(h: _Hit) -> PeriodMention | None:
    # "exiting the year at a run rate of $60 million", "at our 2022 exit rate": the last quarter of that year
    g, s, e, ctx, fym = h.g, h.s, h.e, h.ctx, h.fym
    named = g.get("y") or g.get("y2") or g.get("y3")
    sentence = _sentence_of(h.text, s, e)
    forward = h.forward or bool(_FORWARD_WORDS.search(sentence) or _WILL_SHORT.search(sentence))
    fy = _year(named) if named else _current_fiscal_year(ctx)
    if fy is None:
        return PeriodMention(s, e, "quarter", None, weight=0)
    if not named and forward and ctx.quarter is not None and calendar_to_fiscal(ctx.quarter, fym)[1] == 4:
        fy += 1  # "we'll exit the year with ..." in a fourth-quarter call: the year begun
    return PeriodMention(s, e, "quarter", quarter_str(fiscal_to_calendar(fy, 4, fym)), weight=0, forward=forward)


_RESOLVERS: dict[str, Callable[[_Hit], PeriodMention | None]] = {
    "zh_span": _resolve_zh_span,
    "zh_month_quarter": _resolve_month_quarter,
    "en_month_quarter": _resolve_month_quarter,
    "zh_fiscal_quarter": _resolve_zh_fiscal_quarter,
    "zh_fiscal_half": _resolve_zh_fiscal_half,
    "zh_split_year": _resolve_zh_split_year,
    "zh_fiscal_year": _resolve_fiscal_year,
    "en_fiscal_year": _resolve_fiscal_year,
    "zh_quarter": _resolve_zh_quarter,
    "zh_rel_quarter": _resolve_zh_rel_quarter,
    "zh_first_n": _resolve_zh_first_n,
    "zh_first_months": _resolve_zh_first_months,
    "zh_month_span": _resolve_zh_month_span,
    "zh_year_ended": _resolve_zh_year_ended,
    "zh_months_ended": _resolve_zh_months_ended,
    "zh_half": _resolve_half,
    "en_half": _resolve_half,
    "zh_past": _resolve_zh_past,
    "zh_next_years": _resolve_next_years,
    "en_next_quarters": _resolve_en_next_quarters,
    "en_years_ago": _resolve_en_years_ago,
    "en_next_years": _resolve_next_years,
    "zh_vague_forward": _resolve_vague_forward,
    "en_vague_forward": _resolve_vague_forward,
    "zh_this_quarter": _resolve_this_quarter,
    "en_this_quarter": _resolve_this_quarter,
    "zh_last_quarter": _resolve_last_quarter,
    "en_last_quarter": _resolve_last_quarter,
    "zh_next_quarter": _resolve_next_quarter,
    "en_next_quarter": _resolve_next_quarter,
    "en_last_years_quarter": _resolve_en_last_years_quarter,
    "zh_year_ago": _resolve_year_ago,
    "en_year_ago": _resolve_year_ago,
    "zh_ytd": _resolve_ytd,
    "zh_this_report": _resolve_zh_this_report,
    "zh_report_end": _resolve_zh_report_end,
    "en_ytd": _resolve_ytd,
    "en_ttm": _resolve_en_ttm,
    "zh_date": _resolve_zh_date,
    "zh_month": _resolve_zh_month,
    "zh_year_same_period": _resolve_zh_year_same_period,
    "zh_last_month": _resolve_zh_last_month,
    "zh_full_year": _resolve_zh_full_year,
    "zh_year": _resolve_zh_year,
    "en_quarter": _resolve_en_quarter,
    "yy_quarter": _resolve_yy_quarter,
    "yy_quarters": _resolve_yy_quarters,
    "yy_span": _resolve_yy_span,
    "en_q": _resolve_en_q,
    "en_nq": _resolve_en_q,
    "en_months_span": _resolve_en_months_span,
    "en_months_ended": _resolve_en_months_ended,
    "en_full_year": _resolve_en_full_year,
    "en_date": _resolve_en_date,
    "en_last_month": _resolve_en_last_month,
    "en_year": _resolve_en_year,
    "en_year_short": _resolve_en_year_short,
    "en_last_year": _resolve_en_last_year,
    "en_exit": _resolve_en_exit,
}
"""The rule that resolves a match of each pattern, by the pattern's name."""


_OWN_DATE_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:from|versus|vs\.?|than|compared\s+(?:to|with))\s+(?:our|its|their)\s+$", re.IGNORECASE
)
"""Right before a date: the date of a level the figure is compared with ("a 12% decrease from our June 30 inventory")."""
_PREVIOUS_BEFORE = re.compile(r"(?<![A-Za-z])(?:previous|prior|preceding|most\s+recent)\s+$", re.IGNORECASE)
"""Right before a quarter named without its year: one already past ("the previous second quarter")."""
_ALWAYS_BASE = re.compile(r"(?:linked|sequential)[\s-]quarter|a quarter ago|a year ago", re.IGNORECASE)
"""Quarters named only as what a figure is compared with ("up 6% in the linked quarter")."""
_COMPARISON = Sifted(anchored(
    re.compile(
        r"较|相比|相较|对比|(?<![A-Za-z])(?:compared|compares|comparison|versus|vs\.?|against|relative to|as opposed to)(?![A-Za-z])",
        re.IGNORECASE,
    ),
))
_CLAUSE_END = re.compile(r"[，,。；;！？!?:：\n]")
_SENTENCE_STOP = re.compile(r"(?:(?<=[a-z0-9%)])(?<!\bvs)(?<!\bNo)|(?<=[A-Z]{2}))\.\s+(?=[A-Z]|$)")
"""An English full stop: a comparison word before it ("all versus the prior period. For 9 months, ...")
is no part of the next sentence's clause."""


_HISTORY_AFTER = re.compile(
    r"\s?(?:第?[一二三四1-4]\s?季度?)?\s?(?:以来|来)(?:的|之)?\s?(?:历史)?(?:单季)?\s?(?:最|新|首次|首度|单季|同期|低|高)"
    # the end of a span a compound growth rate is measured over ("自2023年至2026年的复合年均增长率目标")
    r"|(?:的|之)?\s?(?:复合年均|年均复合|复合年|复合|年均)(?:增长率|增速|增幅|成长率)"
    r"|[^，,。；;（(）)]{0,10}?(?:低谷|高峰|顶峰|峰值)(?:期)?(?:外|之外|以外)"
    r"|[^，,。；;（(）)\d]{0,8}?(?:调整期|寒冬|危机|低谷期)"
    r"|[^，,。；;（(）)\d]{0,12}?(?:后|之后)的?\s?(?:新高|新低|最高|最低|最差|最好)"
)
_HISTORY_BEFORE = anchored(re.compile(
    r"(?:除了?|自|自从|早在|远超|远高于|远低于|堪比|媲美|不亚于|犹如|有如|超越|超过|超出|胜过|优于|逊于)\s?$"
))
"""A year that only dates a record, an exception or a level surpassed ("写下2021年第2季来低点",
"除2014年行业低谷外", "自2019年以来", "超越2024年全年营收"): history the story measures against, not the
period it reports."""
_ZH_WITH = frozenset("与和同跟")
_ZH_COMPARED_AFTER = re.compile(r"(?:底|末|同期)?\s?(?:的|之)?\s?(?:相比|相较|比较|相若|持平|一样)")
"""A period the text compares with ("与2024年底相比", "与去年相若"): a base, not the figure's period."""


def _history(text: str, start: int, end: int, found: Sequence[_Found], last_end: int) -> bool:
    """Whether the time expression at ``start:end`` (with the quarter right after it, if any) dates a
    record or an exception the story measures against ("2021年第2季来低点"), not a reported period."""
    if _HISTORY_BEFORE.search(text, max(0, start - 3), start):
        return True
    tail = end
    for f_start, _neg, _rank, _name, f_m in found:
        if f_start == tail and f_start >= last_end:
            tail = f_m.end()  # "2021年" + "第2季": the year and its quarter together
    return _HISTORY_AFTER.match(text, tail) is not None


def _compared_in_clause(text: str, start: int) -> bool:
    """Whether a comparison word comes earlier in the clause ("compared with $441 million for the third quarter")."""
    window = _CLAUSE_END.split(text[max(0, start - 60) : start])[-1]
    if ". " in window:
        window = _SENTENCE_STOP.split(window)[-1]
    if not window.isascii():
        window = _ZH_ITEM_BREAK.split(window)[-1]
    return bool(_COMPARISON.search(window))


_ZH_ITEM_BREAK = re.compile(r"(?<=\d\])\s|(?<=[\u4e00-\u9fff\])）%])\s[-–—•]\s")
"""Where a Chinese digest's item ends ("较前次上调33.9% [5] 业务运营 - 25H1收入…"): a comparison before it
makes no period after it a base."""


_KEEP_CASE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")
"""What lowercasing a pattern's source leaves as it is: escapes and group names."""
_NOT_LOWERABLE = re.compile(r"\(\?[aiLmsux-]|\\[0-7xuUNpP]")
"""Inline flags and escapes written by code point: a pattern with them is not rewritten."""


def _on_lower(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """An IGNORECASE ``pattern`` for lowercased ASCII text: its letters lowercased (not its escapes or
    group names) and compiled without IGNORECASE. On ASCII text the same matches at the same
    offsets, found faster; None for a case-sensitive pattern or one not safely rewritten."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _NOT_LOWERABLE.search(source):
        return None
    parts: list[str] = []
    at = 0
    for m in _KEEP_CASE.finditer(source):
        parts += [source[at : m.start()].lower(), m.group()]
        at = m.end()
    parts.append(source[at:].lower())
    return re.compile("".join(parts), pattern.flags & ~re.IGNORECASE)


_ScanRow = tuple[int, str, re.Pattern[str], bool, tuple[str, ...], tuple[str, ...] | None]


def _more_needles(lowered: re.Pattern[str], needles: tuple[str, ...]) -> tuple[str, ...] | None:
    """Second needles of a pattern read on lowercased text, worked out from the pattern itself (its
    matches all hold one of them): the first set of them that says more than ``needles`` do (none of
    it inside one of ``needles`` or holding one), as "last year," needs "last", "prior" or "previous"
    besides "year". None when the pattern has no such set."""
    for found in needle_sets(lowered, 3):
        if not any(a in b or b in a for a in found for b in needles):
            return tuple(sorted(found))
    return None


def _scan_rows(ascii_only: bool) -> tuple[_ScanRow, ...]:
    """(rank, name, pattern, whether it reads the lowercased text, needles, second needles) of every
    pattern an ASCII text (or any text) may match: a pattern none of whose needles is ASCII never
    matches an ASCII text, and an IGNORECASE one reads ASCII text lowercased; for other texts the
    second needles are not asked for."""
    rows = []
    for rank, (name, pattern) in enumerate(_SCANS):
        needles = tuple(n for n in _NEEDLES[name] if n.isascii() or not ascii_only)
        if needles:
            also = _ALSO_NEEDLES.get(name) if ascii_only else None
            lowered = _on_lower(_PATTERNS[rank][1]) if ascii_only else None
            if also is None and lowered is not None:
                also = _more_needles(lowered, needles)
            lowered = anchored(lowered) if lowered is not None else None  # (lowered first: no lookahead
            # in front of a pattern the engine skips ahead for once it is case-sensitive)
            rows.append(
                (rank, name, lowered or pattern, lowered is not None, needles, None if also is None else tuple(also))
            )
    return tuple(rows)


_NO_QUARTER_NAMES = frozenset(
    {
        *("zh_span", "zh_fiscal_half", "zh_fiscal_year", "zh_first_n", "zh_half", "zh_first_months", "zh_past"),
        "zh_month_span",
        *("zh_next_years", "zh_vague_forward", "zh_this_quarter", "zh_last_quarter", "zh_next_quarter"),
        *("zh_year_ago", "zh_ytd", "zh_date", "zh_month", "zh_year_same_period", "zh_full_year", "zh_year"),
        *("zh_this_report", "zh_report_end"),
        "zh_last_month",
        "zh_year_ended",
        "zh_split_year",
        *("en_fiscal_year", "en_half", "en_months_span", "en_ytd", "en_ttm", "en_this_quarter", "en_last_quarter"),
        *("en_next_quarter", "en_last_years_quarter", "en_year_ago", "en_next_years", "en_vague_forward"),
        *("en_next_quarters", "en_years_ago", "en_last_year", "en_exit", "en_full_year", "en_date", "en_last_month", "en_year", "yy_span", "yy_quarters"),
    }
)
"""The patterns whose mentions never weigh for the document's quarter (a year, a span, a month, a
comparison base, a forecast, or "this quarter" itself): a paragraph only they match names no
candidate for it. A pattern not listed is always asked."""
_Found = tuple[int, int, int, str, re.Match[str]]


def _alternation(words: Sequence[str]) -> str:
    """A pattern matching any of ``words``, written as a trie ("q(?:1|uarter(?:s)?)"): at each
    position the engine tries one branch for each distinct next character, not one for each word,
    and a match is the longest word starting there."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [re.escape(c) + emit(sub) for c, sub in sorted(node.items()) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return body + ("?" if "" in node else "")

    return emit(trie)


_SievePlan = tuple[int, tuple[tuple[str, tuple[tuple[str, int], ...]], ...], tuple[tuple[int, tuple[str, ...]], ...]]
"""(rows let through, hidden needles to look for, rows to test for second needles): ``_Sieve._plan``."""
_SIEVE_PLANS = 4096
"""Sets of needles a sieve keeps the plan of (a document holds tens; the set bounds memory)."""


class _Sieve:
    """Scan rows, and which of them a text lets through: a row runs when the lowercased text holds
    one of its needles and one of its second needles (a row without second needles needs none).

    In text of any script the needles of every row are looked for in one pass of one pattern (a
    trie of them all), not one substring search a needle: the needles are many and most absent, so
    the searches cost more than the patterns they spare (on ASCII text too: its few dozen needles
    searched one by one cost a third more than the pass). A match is the longest needle starting
    where it starts; the needles inside it are there too, and one that starts inside it and runs
    past its end (hidden by it) is looked for by itself. Second needles only for the rows the first
    let through, until one is found."""

    def __init__(self, rows: tuple[_ScanRow, ...], ascii_only: bool) -> None:
        self.rows = rows
        self.spaced = tuple(
            (1 << i, _SPACED_NEEDLES[row[1]]) for i, row in enumerate(rows) if ascii_only and row[1] in _SPACED_NEEDLES
        )
        """(bit of a row, its phrases) for the rows ``_SPACED_NEEDLES`` lists (ASCII text only)."""
        self.spaced_rows = reduce(or_, (bit for bit, _phrases in self.spaced), 0)
        words = list(dict.fromkeys(n for row in rows for n in row[4]))
        rows_of = {w: sum(1 << i for i, row in enumerate(rows) if w in row[4]) for w in words}
        self.pattern = re.compile(_alternation(words))
        self.holds = {w: reduce(or_, (rows_of[o] for o in words if o in w), 0) for w in words}
        """Needle -> the rows of every needle a match of it holds (itself among them)."""
        hidden: dict[str, dict[str, list[tuple[str, int]]]] = {w: {} for w in words}
        for w in words:
            for o in words:
                for k in range(1, len(w)):
                    if o.startswith(w[k:]) and len(o) > len(w) - k:
                        # the text holds w[:k] + o, so w and the next letter of o
                        gated = hidden[w].setdefault(w + o[len(w) - k], [])
                        if (o, rows_of[o]) not in gated:
                            gated.append((o, rows_of[o]))
        self.hidden = {w: tuple((gate, tuple(of)) for gate, of in by.items()) for w, by in hidden.items()}
        """Needle -> (what the text holds if another needle starts inside a match of it and ends past
        it, those needles with their rows)."""
        self.hiders = frozenset(w for w, by in hidden.items() if by)
        """The needles that may hide another."""
        self.second = tuple((1 << i, row[5]) for i, row in enumerate(rows) if row[5] is not None)
        """(bit of a row, its second needles), for the rows that have them."""
        self._plans: dict[frozenset[str], _SievePlan] = {}
        """Needles found -> what they decide (``_plan``): texts hold few distinct sets of needles."""

    def _plan(self, words: frozenset[str]) -> _SievePlan:
        """What the needles ``words`` found decide: the rows they let through, the hidden needles
        still to look for (gate, needles with their rows), and the rows whose second needles are
        to be looked for (those let through, or that a hidden needle may let through)."""
        run = reduce(or_, map(self.holds.__getitem__, words), 0)
        gated = tuple(gated for word in sorted(words & self.hiders) for gated in self.hidden[word])
        may = run | reduce(or_, (rows for _gate, others in gated for _other, rows in others), 0)
        return run, gated, tuple((bit, also) for bit, also in self.second if may & bit)

    def running(self, lower: str) -> int:
        """The bits of the rows to run on ``lower`` (a text lowercased)."""
        words = frozenset(self.pattern.findall(lower))
        plan = self._plans.get(words)
        if plan is None:
            plan = self._plan(words)
            if len(self._plans) < _SIEVE_PLANS:
                self._plans[words] = plan
        run, gated, second = plan
        for gate, others in gated:
            if gate in lower:
                for other, rows in others:
                    if other in lower:
                        run |= rows
        for bit, also in second:
            if run & bit:
                for needle in also:
                    if needle in lower:
                        break
                else:
                    run ^= bit
        if run & self.spaced_rows and "  " not in lower and lower.isprintable():
            # (ASCII whitespace other than the space is not printable: the words are parted by single spaces)
            for bit, phrases in self.spaced:
                if run & bit:
                    for phrase in phrases:
                        if phrase in lower:
                            break
                    else:
                        run ^= bit
        return run


_SIEVES = {
    (ascii_only, quarter): _Sieve(
        tuple(row for row in _scan_rows(ascii_only) if (row[1] not in _NO_QUARTER_NAMES) == quarter), ascii_only
    )
    for ascii_only in (True, False)
    for quarter in (True, False)
}


@lru_cache(maxsize=512)
def _part_scan(text: str, quarter: bool) -> tuple[_Found, ...]:
    """The matches in ``text`` of the patterns that may name the document's quarter (``quarter``: those
    not in ``_NO_QUARTER_NAMES``) or of the others, unordered.

    A pattern runs only when the lowercased text holds one of its needles (and, for ASCII text, one
    of its second needles).
    """
    return _sieved(text, quarter, len(text))


@lru_cache(maxsize=512)
def _running(text: str, quarter: bool) -> int:
    """The rows of ``_SIEVES`` to run on ``text`` (bits, ``_Sieve.running``): a paragraph scanned up to
    its last quarter for the document's period is scanned whole for its facts, by the same rows."""
    # (the needles are exact for ASCII; other scripts may case-fold otherwise)
    return _SIEVES[text.isascii(), quarter].running(text.lower())


def _sieved(text: str, quarter: bool, limit: int) -> tuple[_Found, ...]:
    """``_part_scan``, of the matches that start at ``limit`` at the latest (a pattern's later matches
    are not looked for)."""
    run = _running(text, quarter)
    if not run:
        return ()
    lower = text.lower()
    sieve = _SIEVES[text.isascii(), quarter]
    found: list[_Found] = []
    while run:
        bit = run & -run
        run ^= bit
        rank, name, pattern, on_lower, _needles, _also = sieve.rows[bit.bit_length() - 1]
        for m in pattern.finditer(lower if on_lower else text):
            start, end = m.span()
            if start > limit:
                break
            if end > start:
                found.append((start, start - end, rank, name, m))
    return tuple(found)


@lru_cache(maxsize=512)
def _scan(text: str) -> tuple[_Found, ...]:
    """Every pattern's matches in ``text``, ordered by start, longest first, then pattern rank.

    The matches do not depend on the document's context, so a paragraph scanned for the document's
    period is not scanned again for its facts.
    """
    return tuple(sorted(_part_scan(text, True) + _part_scan(text, False)))


_PASSIVE = frozenset(
    {
        *("en_this_quarter", "en_last_quarter", "en_next_quarter", "en_last_years_quarter", "en_year_ago"),
        *("en_vague_forward", "en_next_years", "en_ttm", "en_ytd", "en_months_span", "en_half"),
        *("en_next_quarters", "en_years_ago", "en_last_year", "en_exit"),
        *("zh_this_quarter", "zh_last_quarter", "zh_next_quarter", "zh_year_ago", "zh_ytd", "zh_vague_forward"),
        *("zh_this_report", "zh_report_end"),
        *("zh_next_years", "zh_past", "zh_half", "zh_fiscal_half", "zh_months_ended", "zh_year_same_period"),
    }
)
"""Patterns whose matches always resolve to a mention that is no candidate for the document's quarter
(not a quarter, or one of weight 0) and never sets the year of later bare quarters (a span, a
forecast, a quarter named relative to the document's, a base): for the quarter's candidates such a
match only takes its place in the text, and is not resolved."""


_YEAR_NAMES = frozenset({"en_year", "en_full_year"})
"""Patterns whose matches resolve to the year they name ("2021", "the full year 2021"), or to no year
of their own ("the full year", a year of the document's): for the quarter's candidates only the year
named counts (as ``_resolve`` reads it), not whether it is a forecast."""


def find_periods(text: str, ctx: PeriodContext, year_hint: int | None = None) -> list[PeriodMention]:
    """Time expressions in ``text`` (analysis view), resolved against ``ctx``; ordered, non-overlapping.

    ``year_hint`` is the year last named before ``text`` (in the same paragraph); each explicit
    year found updates it for the expressions after it.
    """
    return _mentions(text, ctx, year_hint, False)


def mention_starts(text: str) -> frozenset[int]:
    """Where the mentions of ``find_periods`` in ASCII text may start: the starts of the period patterns' matches,
    found without resolving any (the costly part). A reader that wants a period only at given places asks this
    first; in other text a mention may start past a match's leading blank, which this does not say."""
    return frozenset(found[0] for found in _scan(text))


def _quarter_candidates(text: str, ctx: PeriodContext, year_hint: int | None) -> list[PeriodMention]:
    """The mentions of ``find_periods`` that may name the document's quarter: quarters of some weight,
    neither bases nor forecasts (the same mentions, found with less work)."""
    return _mentions(text, ctx, year_hint, True)


_SAID_IN = re.compile(
    r"(?<![A-Za-z])(?:provided|gave|given|shared|issued|announced|communicated|outlined|presented|initiated|said|"
    r"disclosed|discussed|mentioned|noted|indicated|laid\s+out|set\s+out|talked\s+about|disclosures|comments|remarks|"
    r"commentary)\s+(?:(?:back|earlier|originally|initially|first|previously|last)\s+)*(?:in|during)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a month or a quarter: a verb or a noun of giving out figures ("the guidance we provided in February", "our
targets laid out back in January", "consistent with our disclosures in the second quarter"): the period dates when
they were said, not what they measure."""
_SAID_IN = fast(_SAID_IN)
_IN_LEAD = re.compile(r"(?:in|during)\s+(?:the\s+)?", re.IGNORECASE)


def _said_in(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether a period names when figures were said (``_SAID_IN``), not a period of a figure."""
    lead = _IN_LEAD.match(m.group())
    end = start + (lead.end() if lead is not None else 0)
    if not text[max(0, end - 8) : end].rstrip().lower().endswith(("in", "during", "the")):
        return False  # (first: most periods follow no "in")
    return _SAID_IN.search(text, max(0, end - 72), end) is not None


_ANNOUNCED_TODAY = re.compile(
    r"(?<![A-Za-z])(?:guidance|outlook|forecast|announc\w*|report\w*|releas\w*|issu\w*|initiat\w*|introduc\w*|"
    r"provid\w*|publish\w*|declar\w*|approv\w*|rais\w*|reaffirm\w*|updat\w*)\s+(?:[\w$.,-]+\s+){0,2}$",
    re.IGNORECASE,
)
"""Right before "today": what was said or published on the day ("guidance today", "announced today")."""


def _same_span_of_year(pm: PeriodMention, before: list[PeriodMention], text: str, year: int) -> PeriodMention:
    """"2024年前九个月净收入为12.98亿美元,2025年同期为…": the span or year named before it in the sentence, in ``year``
    (a quarter of that year when the sentence names none)."""
    for prior in reversed(before):
        if _ZH_SENTENCE_STOP.search(text, prior.end, pm.start):
            break
        if prior.base or not prior.period or prior.kind not in ("quarter", "span", "year"):
            continue
        if prior.kind == "year":
            # "预计去年纯利介乎…，2024年同期纯利为…": the year named before, in ``year``
            return replace(pm, kind="year", period=str(year)) if prior.period.isdigit() else pm
        ends = [parse_quarter(p) for p in prior.period.split("-")]
        if any(q is None for q in ends) or len(ends) > 2:
            break
        shift = (year - int(prior.period[:4])) * 4
        first, last = ends[0], ends[-1]
        assert first is not None and last is not None
        return replace(pm, kind=prior.kind, period=span(first + shift, last + shift))
    return pm


_ZH_SENTENCE_STOP = re.compile(r"[。！？；;!?\n]")


def _mentions(text: str, ctx: PeriodContext, year_hint: int | None, candidates: bool) -> list[PeriodMention]:
    """``find_periods``, or with ``candidates`` only its candidates for the document's quarter: then the
    matches of ``_PASSIVE`` patterns are not resolved, and whether a mention is a base or next to a
    report word is only asked where it counts (a candidate, or a year that later quarters take).

    Candidates are matches of the quarter's patterns (``_part_scan(text, True)``); a match of the
    others that starts after the last of them neither hides one nor sets the year of one, so in ASCII
    text the others are looked for up to there only (other text asks ``_history`` about the matches
    that follow a candidate)."""
    if candidates and text.isascii():
        quarters = _part_scan(text, True)
        if not quarters:
            return []
        last = max(f[0] for f in quarters)
        found = tuple(sorted(quarters + _sieved(text, False, last)))
    else:
        found = _scan(text)
    if not found:
        return []
    out: list[PeriodMention] = []
    last_end = 0
    hint = year_hint
    relative_end: int | None = None  # where a year word ("明年") alone set the hint: it lapses with its sentence
    aside: tuple[int, int | None] | None = None  # (end, hint before) of a bracket whose year set the hint
    # (end, hint before) of an English forecast whose year set the hint ("will carry into the first quarter of 2023")
    forecast_year: tuple[int, int | None] | None = None
    for start, _neg, _rank, name, m in found:
        if start < last_end:
            continue
        if relative_end is not None and _SENTENCE_END.search(text, relative_end, m.end()):
            hint, relative_end = year_hint, None
        if aside is not None and start >= aside[0]:
            hint, aside = aside[1], None  # "(2013Q4净利达到最大降幅30.7%);前三季度…": the aside's year lapses with it
        if candidates and name in _PASSIVE:
            last_end = m.end()
            continue
        if candidates and name in _YEAR_NAMES:
            # a year only sets the year of later bare quarters: whether it is a forecast is not asked
            named = m.group("y")
            if not named:
                last_end = m.end()  # "the full year": no year of its own
                continue
            pm: PeriodMention | None = PeriodMention(
                start, m.end(), "year", named if name == "en_year" else str(_year(named))
            )
        else:
            pm = _resolve(name, m, text, ctx, hint)
            if (
                pm is not None
                and forecast_year is not None
                and not pm.forward
                and _SENTENCE_END.search(text, forecast_year[0], start)
                and not _forecast_sentence(text, start)
            ):
                # "will likely carry through into the first quarter of 2023. ... we ended the third quarter with
                # $297 million": a forecast's year (or a bound's: "since early 2015") is no year of a result a later
                # sentence reports
                pm = _resolve(name, m, text, ctx, forecast_year[1])
        if pm is None:
            continue
        if _said_in(text, start, m):
            last_end = m.end()
            continue  # "the guidance we provided in February", "our disclosures in the second quarter": when it was said
        y = m.group("y") if "y" in m.re.groupindex else None  # (no dict of every group a match)
        candidate = pm.kind == "quarter" and not pm.base and not pm.forward and pm.weight != 0
        if candidates and not candidate and (pm.base or not y or pm.kind not in ("quarter", "year", "month")):
            base = report = False  # neither a candidate nor an explicit year: nothing more to ask
        else:
            before = _base_before(text[max(0, start - 28) : start])
            if before is None and name == "en_date":
                before = _OWN_DATE_BEFORE.search(text, max(0, start - 24), start)  # "from our June 30 inventory"
            if before is not None and pm.kind in ("span", "forward") and before.group().lower().startswith("over"):
                before = None  # "over the past four quarters", "over the next three years": during them, no comparison base
            if before is not None and _CHANGE_TO.search(before.group()) and _PLAN_AFTER.match(text, m.end()):
                before = None  # "an increase to 2023 guidance": the guidance changed, for that year
            base = (
                before is not None
                or _compared_in_clause(text, start)
                or bool(_ALWAYS_BASE.match(m.group()))
                or (
                    text[max(0, start - 1) : start] in _ZH_WITH
                    and _ZH_COMPARED_AFTER.match(text, m.end()) is not None
                )
            )
            report = (
                not (candidates and (base or not candidate))
                and bool(_REPORT_WORDS.search(text[max(0, start - 12) : m.end() + 12]))
            )
            if not base and not text.isascii() and _history(text, start, m.end(), found, last_end):
                base = True
        if (
            not base
            and out
            and out[-1].base
            and out[-1].period == pm.period
            and not text[out[-1].end : start].strip()
        ):
            base = True  # "超过2016年全年水平": the whole year after a year named as a base is that base
        if base or report:
            # (every other field kept: a bare quarter named as a base is still bare, for ``_ahead``)
            pm = replace(pm, base=pm.base or base, report=report)
        if pm.base and name == "zh_year" and m.group("rel") == "去年" and _own_year_as_base(pm, text, start, ctx):
            pm = replace(pm, period=str(int(pm.period or 0) - 1))
        lead = len(text[pm.start : pm.end]) - len(text[pm.start : pm.end].lstrip())
        if 0 < lead < pm.end - pm.start and "\u4e00" <= text[pm.start + lead] <= "\u9fff":
            pm = replace(pm, start=pm.start + lead)  # "… [7] - 第三季度…": the space is the list mark's, not the period's
        if name == "zh_year_same_period" and not pm.base and m.groupdict().get("y"):
            pm = _same_span_of_year(pm, out, text, _year(m.group("y")))
        if not candidates or (candidate and not pm.base):
            out.append(pm)
        last_end = m.end()
        explicit_year = (
            not pm.base
            and pm.kind in ("quarter", "year", "month")
            and y
            and not ISSUE_AFTER.match(text, m.end())
            and not MATURITY_BEFORE.search(text, max(0, start - 40), start)
            and not MATURITY_AFTER.match(text, m.end())
            and not _HORIZON_BEFORE.search(text, max(0, start - 30), start)
            # "虽下调2025-2027年业绩预测…单Q2营收": the years of a forecast date no later bare quarter
            and (text.isascii() or not _FORWARD_AFTER.match(text, m.end()))
        )
        relative_year = name in (
            "zh_year",
            "zh_rel_quarter",
            "zh_month",
            "zh_first_n",
            "zh_first_months",
        ) and m.groupdict().get("rel")
        if pm.period and (explicit_year or relative_year):
            prior_hint = hint
            close = _bracket_end(text, start)
            if close is not None and aside is None:
                aside = (close, hint)
            hint = int(pm.period[:4])  # the year later bare quarters in this text belong to
            relative_end = m.end() if name == "zh_year" and relative_year and not explicit_year else None
            if explicit_year and text.isascii() and (pm.forward or _SINCE_BEFORE.search(text, max(0, start - 24), start)):
                # (a year a sentence looks ahead to, or looks back to as a bound: "a level not seen since early 2015")
                forecast_year = (m.end(), prior_hint)
    return out


_SINCE_BEFORE = re.compile(r"(?<![A-Za-z])since\s+(?:(?:early|late|mid|the\s+(?:start|beginning|end)\s+of)[\s-]+)?$", re.IGNORECASE)
"""Right before a year: the bound of a time since then ("not seen since early 2015")."""


_YEAR_NAMED = re.compile(rf"{_YEAR}\s?年")


def _own_year_as_base(pm: PeriodMention, text: str, start: int, ctx: PeriodContext) -> bool:
    """Whether "较去年" names as its base the very year the document reports (a year's results published the next
    year, "收益…较去年增加7.2%") in a sentence naming no year before it: the writer counts from the year reported,
    so the base is the year before it."""
    running = ctx.running or ""
    if not (pm.period and running.isdigit() and pm.period == running):
        return False
    return _YEAR_NAMED.search(_sentence_before(text, start)) is None


def _forecast_sentence(text: str, pos: int) -> bool:
    """Whether the sentence that holds ``pos`` speaks of the future ("In the third quarter, we expect ...")."""
    opening = _SENTENCE_BREAK.split(text[max(0, pos - 200) : pos])[-1]
    close = _SENTENCE_END.search(text, pos)
    return bool(_FORWARD_WORDS.search(opening + text[pos : close.start() if close else len(text)]))


def _bracket_end(text: str, pos: int) -> int | None:
    """End of the bracket ``pos`` stands in ("(2013Q4…)"), None outside brackets (within 60 characters)."""
    lo = max(0, pos - 60)
    opened = max(text.rfind("(", lo, pos), text.rfind("（", lo, pos))
    if opened < 0 or max(text.rfind(")", opened, pos), text.rfind("）", opened, pos)) >= 0:
        return None
    ends = [i for i in (text.find(")", pos, pos + 60), text.find("）", pos, pos + 60)) if i >= 0]
    return min(ends) + 1 if ends else None


# --- document period -----------------------------------------------------------------------


_RESULTS = anchored(re.compile(r"results|report|earnings|财报|业绩|季报|年报", re.IGNORECASE))
_ZH_FORWARD_AFTER = re.compile(r"将|预计|预期|可望|有望|预估|预料|目标|料将|展望")
_FORWARD_AFTER = re.compile(
    r"\s?年?\s?(?:目标|计划|规划|愿景|到期|(?:业绩|盈利|营收|收入|利润|财务)?(?:预测|预估)|target|goal|plan|outlook|guidance|notes|bonds|senior|maturit|debentures|term loan|"
    r"strateg|vision|agenda|program|roadmap|commitment|ambition|framework|annual report|10-K|Form 10-K|proxy)",
    re.IGNORECASE,
)
_BY_YEAR = Sifted(anchored(
    re.compile(
        r"(?:\bby|\bthrough|\buntil|\bbefore|\btill|\bdue|\bmatur\w*|到|至)\s*(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+\s+)?$",
        re.IGNORECASE,
    ),
))
_YEAR_TOKEN = re.compile(
    r"((?:19|20)(?<![\d$.,]\d\d)\d{2})(?=\s?年|\b)(?![\d%]|[,.]\d)(?![-/]\d{1,2}[-/]\d{1,2})(?!\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?[日号])"
)
"""A year named as a fact; a full date ("2026-02-04", "2025年11月13日") dates the document instead.
The match opens with its digits (the engine skips ahead to a 1 or a 2) and a lookbehind past them
then tests the character before the year."""


_SENTENCE_END = re.compile(
    r"[。！？!?;；\n.\s](?:(?<=[。！？!?;；\n])|(?<=\.)(?=\s|$)|(?<=[\u4e00-\u9fff\]）%]\s)[-–—•]\s(?=[\u4e00-\u9fffA-Za-z]))"
)
"""Where a sentence ends: a stop, a period before a space, or a dash between spaces after Chinese text.
Each match opens with one of a class of characters (the checks on it follow as lookbehinds), so the
engine skips ahead to those characters instead of trying the pattern at every position."""
_BASE_QUARTER = anchored(
    re.compile(
        r"(?:(?<![A-Za-z])(?:from|compared\s+(?:to|with)|compares\s+(?:to|with)|versus|vs\.?|over|against|relative\s+to|"
        r"above|below|ahead\s+of|behind)|(?:%|percent|points?)\s+to)"
        r"\s+(?:the\s+)?(?:same\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|fiscal)\s*)*$",
        re.IGNORECASE,
    ),
)
_LEVELS_AFTER = re.compile(r"(?:\s+[A-Za-z-]+){0,2}\s+(?:levels?|baseline)\b", re.IGNORECASE)
_ZH_SHARE_OF_YEAR = re.compile(
    r"\s?年?\s?(?P<whole>全年度?|同期)?\s?(?:度\s?(?:经审计的?\s?)?(?:合并)?(?:营业总?收入|营收|收入|净资产|总资产|净利润)\s?)?"
    r"的\s?(?:[一二三四五六七八九\d]\s?成|[\d.]+\s?%|[两二三四五六七八九十\d.]+\s?倍|水平)"
)
"""After a Chinese year: a share or multiple of that year's figure ("已达2024年全年的七成", "占公司2024年度经审计营业收入的
11.36%"), a comparison (of a figure of the year after it, when it is the whole year's or the same period's)."""
_SHARE_OF = anchored(re.compile(r"%\s*of\s+(?:the\s+)?$|\bpre-pandemic\s+$", re.IGNORECASE))
_QUARTER_BEFORE_YEAR = anchored(
    re.compile(
        r"(?:quarter|\bQ[1-4]|\b[1-4]Q|季度)\s*(?:of\s+)?(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?(?:FY\s?)?$",
        re.IGNORECASE,
    ),
)
_QUARTER_AFTER_YEAR = re.compile(
    r"\s*(?:fiscal\s+)?(?:年\s*)?(?:first|second|third|fourth|1st|2nd|3rd|4th|Q[1-4]|第?[一二三四1-4]\s*季度)",
    re.IGNORECASE,
)
_ENGLISH_FORWARD = Sifted(anchored(
    re.compile(
        r"(?<![A-Za-z])(?:expect\w*|guid\w*|outlook|forecast\w*|anticipat\w*|project(?:s|ed|ing|ion)\w*|plan(?:s|ned|ning)?|"
        r"target\w*|will|going to|look(?:ing)? ahead|look(?:ing)? forward|remainder of|rest of|next year|estimat\w*)(?![A-Za-z])",
        re.IGNORECASE,
    ),
))


_REPORTED_QUARTER = Sifted(anchored(
    re.compile(
        r"(?<![A-Za-z])(?:fiscal\s+)?(?:first|second|third|fourth|Q[1-4])[\s-](?:fiscal\s+)?(?:quarter\s+)?"
        r"(?:(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?)?(?:19|20)\d\d\s+(?:financial\s+|operating\s+)?"
        r"(?:results|earnings|conference call|earnings call|earnings conference call)",
        re.IGNORECASE,
    ),
))
"""A call saying which quarter's results it presents: its year is the report's, forward words aside."""

_CALL_TITLE = re.compile(
    r"(?<![A-Za-z])(?P<fiscal>fiscal\s+)?(?P<q>first|second|third|fourth|Q[1-4])[\s-](?:fiscal\s+)?(?:quarter\s+)?"
    r"(?:(?:of\s+)?(?:fiscal\s+)?(?:year\s+)?)?(?P<y>(?:19|20)\d\d)\s+(?:financial\s+)?(?:results\s+|earnings\s+)?"
    r"(?:conference\s+call|earnings\s+call|call|webcast)\b",
    re.IGNORECASE,
)
"""The name of the call in its opening ("welcome to the NovaSky Third Quarter 2022 Earnings Conference
Call"): the quarter and year whose results the call presents."""
_CALL_TITLE_TEXTS = 40
"""Paragraphs from the start where a call names itself (a roster of participants may come first)."""
_CALL_TITLE_WEIGHT = 4
"""Score a quarter gets each time the call names itself by it (a quarter named with a year in a
sentence counts 1 to 3)."""


def _stated_calls(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(year, quarter) of the results a call says it presents by its name, each time it does so in its
    opening: the call's own statement counts more than the years its comparisons name (a 2022 call
    that compares every figure with 2019 names the third quarter of 2019 more often than 2022's).
    Not decisive on its own: an operator may read last year's script ("welcome to the Third Quarter
    2020 Earnings Call" before the company welcomes listeners to its 2022 call)."""
    found = []
    for text in texts[:_CALL_TITLE_TEXTS]:
        if "call" not in text and "Call" not in text and "ebcast" not in text:
            continue
        if "19" not in text and "20" not in text:
            continue  # (every name of a call states its year)
        for m in _CALL_TITLE.finditer(text):
            q = m.group("q")
            found.append((int(m.group("y")), int(q[1]) if q[0] in "Qq" else _num(q)))
    return found


_OWN_QUARTER = r"(?:(?P<q>first|second|third|fourth)[\s-]quarter|(?P<qq>Q[1-4]))"
_OWN_YEAR = r"(?:\s+of)?(?:\s+fiscal)?(?:\s+year)?\s+(?:FY\s?)?(?P<y>(?:19|20)\d\d)\b"
_OWN_RESULTS = Sifted(re.compile(
    rf"(?<![A-Za-z])(?:our|today['’]s|(?-i:[A-Z][\w&.-]*)['’]s)\s+(?:fiscal\s+)?{_OWN_QUARTER}{_OWN_YEAR}\s+"
    r"(?:financial\s+|operating\s+)?(?:results|earnings)\b(?!\s+(?:call|conference|webcast|release))",
    re.IGNORECASE,
))
"""A call naming the results it presents ("to discuss our second-quarter 2021 results", "Nova's third quarter 2022
financial results"); not another call it names ("as we said on our first quarter 2021 earnings call")."""
_QUARTER_WORD = re.compile(r"quarter|q[1-4]", re.IGNORECASE)
"""What every match of ``_OWN_RESULTS`` holds besides its year: a text without it is skipped before the slow
pattern."""


def _own_quarters(texts: Sequence[str], pattern: Sifted) -> list[tuple[int, int]]:
    """(year, quarter) of each match of ``pattern`` in ``texts`` that is no comparison base ("down 2% from the third
    quarter of 2019")."""
    found = []
    for text in texts:
        if ("19" not in text and "20" not in text) or _QUARTER_WORD.search(text) is None or pattern.search(text) is None:
            continue
        for m in pattern.pattern.finditer(text):
            if _BASE_QUARTER.search(text, max(0, m.start() - 40), m.start()):
                continue
            q = m.group("q") or m.group("qq")
            found.append((int(m.group("y")), int(q[1]) if q[0] in "Qq" else _num(q)))
    return found


def _stated_results(texts: Sequence[str]) -> list[tuple[int, int]]:
    """(year, quarter) of the results a call says in its opening it presents ("Today we will discuss our
    second-quarter 2021 results"; the words for the future are the call's, not a forecast's)."""
    return _own_quarters(texts[:_CALL_TITLE_TEXTS], _OWN_RESULTS)


_STOP_OR_PERIOD = re.compile(r"[。！？!?;；\n.](?:(?<!\.)|(?=\s|$))")
"""``_SENTENCE_END`` in a text with no dash between spaces: a stop, or a period before a space (the
engine skips ahead to those characters, not to every space)."""
_DASH_BETWEEN = re.compile(r"[-–—•](?<=\s[-–—•])\s")
"""What a sentence end after Chinese text, a bracket or a percent sign needs: a dash between spaces."""


@lru_cache(maxsize=512)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where the sentences of ``text`` end (the year votes and the quarter's candidates read the same texts)."""
    pattern = _SENTENCE_END if _DASH_BETWEEN.search(text) else _STOP_OR_PERIOD
    return tuple(map(re.Match.end, pattern.finditer(text)))  # (no Python frame a match)


def _looks_ahead(text: str, at: int) -> bool:
    """Whether an English sentence looks ahead before ``at`` ("we expect fourth quarter revenue ...")."""
    ends = _sentence_ends(text)
    i = bisect.bisect_right(ends, at)
    return bool(_ENGLISH_FORWARD.search(text, ends[i - 1] if i > 0 else 0, at))


def _history_year(text: str, start: int, end: int) -> bool:
    """A Chinese year that dates a record, an exception or an episode the story measures against
    ("自2019年以来", "跌幅远超2013年行业调整期"), not the period it reports."""
    if text[start:end].isascii() and text.isascii():
        return False
    return bool(
        _HISTORY_BEFORE.search(text, max(0, start - 4), start)
        or _HISTORY_AFTER.match(text, end + (text[end : end + 1] == "年"))
    )


_TARGET_BEFORE = re.compile(r"(?:目标|力争|计划于?|预计于?|规划于?|预期于?)\s?$")
"""Right before a year: the year a plan aims at ("目标2027年量产"), not a year the story reports."""


def _target_year(text: str, start: int, end: int) -> bool:
    """A year a plan aims at ("目标2027年量产"): not the story's own year. (A year's own target, "2025年目标不变",
    is the story's year.)"""
    return bool(_TARGET_BEFORE.search(text, max(0, start - 5), start))


def _year_tokens(texts: Sequence[str]) -> list[tuple[int, str, re.Match[str]]]:
    """Every year token of the texts (the year, its text, the match), in order."""
    return [
        (int(m.group(1)), text, m)
        for text in texts
        if "19" in text or "20" in text  # (else it names no year)
        for m in _YEAR_TOKEN.finditer(text)
    ]


def _year_vote(text: str, m: re.Match[str]) -> tuple[int, int] | None:
    """The (year, weight) one year token votes for (``_past_years``), or None.

    A year named with a quarter ("fourth quarter of 2020", "Q3 2021") counts most; in English a
    year in a sentence that looks ahead ("we expect 2022 revenue ...") does not count; a quarter of a
    year named as the base of a comparison votes for the year after it.
    """
    english = text.isascii()
    before = _SENTENCE_BREAK.split(text[max(0, m.start() - 60) : m.start()])[-1]
    after = text[m.end() : m.end() + 12]
    if _REPORTED_QUARTER.search(text, max(0, m.start() - 40), m.end() + 30):
        return int(m.group(1)), 12  # "our third quarter 2020 financial results", "Q3 2022 earnings call"
    if _FORWARD_WORDS.search(before) or _FORWARD_AFTER.match(after) or _BY_YEAR.search(before):
        return None
    if not english and _history_year(text, m.start(), m.end()):
        return None  # "写下2021年第2季来低点": a record's year, not the story's
    share = _ZH_SHARE_OF_YEAR.match(text, m.end())
    if share is not None and share.group("whole"):
        return int(m.group(1)) + 1, 1  # "累计获利已达2024年全年的七成": this year's running figure, set against last year's
    if _LEVELS_AFTER.match(text, m.end()) or _SHARE_OF.search(before[-12:]) or share is not None:
        return None  # "80% of 2019 levels": a comparison
    qb = _QUARTER_BEFORE_YEAR.search(text, max(0, m.start() - 30), m.start())
    based = qb is not None and _BASE_QUARTER.search(text, max(0, qb.start() - 40), qb.start())
    if based or _compared_in_clause(text, m.start()) or _base_before(before[-20:]):
        if qb is not None and english:
            return int(m.group(1)) + 1, 4  # "compared to the first quarter of 2020": a year on
        return None
    if english and _looks_ahead(text, m.start()):
        return None
    near = text[max(0, m.start() - 30) : m.end() + 30]
    weight = 3 if _RESULTS.search(near) else 1
    if english and (qb is not None or _QUARTER_AFTER_YEAR.match(text, m.end())):
        weight += 4  # "the fourth quarter of 2020": the year of a reported quarter
    return int(m.group(1)), weight


def _past_years(texts: Sequence[str]) -> Counter[int]:
    """Years a text names as facts, counted: not plans or targets ("2025年目标", "by 2045"), not bases
    (each token as ``_year_vote`` weighs it)."""
    votes: Counter[int] = Counter()
    for _year_named, text, m in _year_tokens(texts):
        vote = _year_vote(text, m)
        if vote is not None:
            votes[vote[0]] += vote[1]
    return votes


_LAST_YEAR_CONTRAST = re.compile(
    rf"(?:去年|上年)(?!同期|同季|底|末|初)[^。！？；;\n]{{0,80}}?(?:[，,]\s?而|较|比|與|与|相比|相較|相较)\s?(?P<y>{_YEAR})\s?年(?!\s?\d{{1,2}}\s?月)"
)
"""A story's "去年" set against a year it names ("去年錄得營運盈利5.91億元，而2023年營運虧損", "去年盈利较2023年增长"):
last year is a later year than the one named."""


def _last_year_contrast(texts: Sequence[str]) -> int | None:
    """The latest year an undated Chinese story sets its "去年" against, or None."""
    found = [int(m.group("y")) for t in texts if "年" in t for m in _LAST_YEAR_CONTRAST.finditer(t)]
    return max(found) if found else None


def _latest_past_year(texts: Sequence[str]) -> int | None:
    """``max(_past_years(texts))`` (None when it is empty), weighing only the tokens that may change it:
    the latest years first, until no earlier token can vote for a later year than one found (a token
    votes for its year or the year after it)."""
    best: int | None = None
    for year, text, m in sorted(_year_tokens(texts), key=lambda t: -t[0]):
        if best is not None and best >= year + 1:
            break
        if best == year and not (
            text.isascii() and _QUARTER_BEFORE_YEAR.search(text, max(0, m.start() - 30), m.start())
        ):
            continue  # only an English quarter of the year named as a base votes for the year after it
        vote = _year_vote(text, m)
        if vote is not None and (best is None or vote[0] > best):
            best = vote[0]
    return best


# "截至2025年9月30日的2026财年第二季度", "fiscal second quarter 2026, for the quarter ended September
# 30, 2025": a quarter's end date stated with the report settles the calendar quarter, and with a
# fiscal label it also settles the company's fiscal calendar.
_QUARTER_ENDED = (
    re.compile(
        rf"截至(?P<y>{_YEAR})年(?P<m>1[0-2]|0?[1-9])月{_ZH_DAY}止?的?"
        rf"(?:(?P<fy>{_YEAR})财年第?(?P<fq>[一二三四1-4])季度|[^。；;]{{0,6}}季度|(?:三|六|九|十二|3|6|9|12)个月|年度)"
    ),
    re.compile(
        rf"(?:\b(?:fiscal\s+)?(?P<fq>first|second|third|fourth)\s+quarter(?:\s+of)?(?:\s+fiscal(?:\s+year)?)?"
        rf"\s+(?P<fy>{_YEAR}),?\s+)?(?:for\s+)?the\s+(?:three\s+months|quarter)\s+ended\s+"
        rf"(?P<m>{_MONTH_EN})\s+(?P<d>[0-3]?\d)(?!\d)(?:,?\s+(?P<y>{_YEAR}))?",
        re.IGNORECASE,
    ),
    # "fiscal 2024 third quarter ended March 31", "the third quarter of fiscal 2024, which ended March 31"
    re.compile(
        rf"\b(?:fiscal\s+(?:year\s+)?(?P<fy>{_YEAR})\s+(?P<fq>first|second|third|fourth)\s+quarter"
        rf"|(?P<fq2>first|second|third|fourth)\s+quarter\s+of\s+fiscal\s+(?:year\s+)?(?P<fy2>{_YEAR})"
        # "its third fiscal quarter, which ended on December 31, 2008", "its fiscal second quarter ended May 1"
        rf"|(?:fiscal\s+(?P<fq3>first|second|third|fourth)|(?P<fq4>first|second|third|fourth)\s+fiscal)\s+quarter)"
        rf",?\s+(?:which\s+)?ended\s+(?:on\s+)?(?P<m>{_MONTH_EN})\s+(?P<d>[0-3]?\d)(?!\d)(?:,?\s+(?P<y>{_YEAR}))?",
        re.IGNORECASE,
    ),
)


_QUARTER_ENDED_NEEDLES = ("截至", "ended", "ended")
"""What each ``_QUARTER_ENDED`` pattern cannot match without (in the lowercased text)."""


_FILING = re.compile(
    r"Form\s+10-[KQ]|10-[KQ]\s+(?:filing|report)|annual report|quarterly report", re.IGNORECASE
)


_YEAR_ENDED = re.compile(
    rf"截至(?:{_YEAR}年|今年|去年)?(?P<m>1[0-2]|0?[1-9])月(?:底|{_ZH_DAY}|(?=止))止?的?(?:全年|年度|财政年度|财年)"
)
"""A report of a whole year that states the month it ends ("截至2025年6月30日止年度", "截至6月底止全年业绩"):
the company's fiscal year ends in that month."""


_MONTHLY_RESULT = re.compile(
    r"(?<![\d年至到])(?P<m>1[0-2]|[1-9])\s?月(?:份)?(?:合并|单月|自结)?(?:营收|营业收入|销售额|销量|交付量?|交车)"
)
"""A month's sales figure, as a story of monthly sales writes it in its head ("10月营收", "11月合并营收")."""


def _monthly_story(texts: Sequence[str], date: tuple[int, int, int] | None) -> str | None:
    """The quarter of the month whose sales a dated story's head reports ("台积电10月营收创新高" published
    in November 2025: 2025Q4), else None; the month is the latest such month not after the date."""
    if date is None:
        return None
    for text in texts[:3]:
        if "月" not in text:
            continue
        m = _MONTHLY_RESULT.search(text)
        if m is not None:
            month = int(m.group("m"))
            year = date[0] if month <= date[1] else date[0] - 1
            return quarter_str(calendar_quarter(year, month))
    return None


_INTERIM_ENDED = re.compile(
    rf"截至(?:{_YEAR}年|今年|去年)?(?P<m>1[0-2]|0?[1-9])月(?:底|{_ZH_DAY}|(?=止))止?的?(?:六个月|6个月|中期|半年度?|上半年)"
)
"""An interim report that states the month it ends ("截至今年9月底止中期业绩", "截至2025年12月31日止六个月"):
the company's fiscal year ends six months after."""


_EN_YEAR_ENDED = re.compile(
    rf"(?<![A-Za-z])fiscal(?:\s+year)?(?:\s+(?:19|20)\d\d)?,?\s+(?:that\s+)?(?:ended|ending|ends|end)\s+(?:on\s+|in\s+)?"
    rf"(?P<m>{_MONTH_EN})(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)
"""An English statement of when the fiscal year ends ("fiscal year ended April 27, 2024", "our fiscal year
ending in September"): the company's fiscal calendar. A 52/53-week year that ends in a month's first week
("fiscal year ended January 2, 2022") is the year of the month before."""


_EN_HALF_ENDED = re.compile(
    rf"\b(?P<h>first|second)\s+half\s+of\s+(?:the\s+)?fiscal(?:\s+year)?(?:\s+(?:19|20)\d\d)?,?\s+(?:which\s+)?"
    rf"(?:ended|ending|ends)\s+(?:on\s+)?(?P<m>{_MONTH_EN})(?:\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)
"""A fiscal half stated with the month it ends ("the first half of fiscal 2024 ended December 31"): the
fiscal year ends with its second half, six months after a first half."""


def _en_year_end(text: str) -> int | None:
    """The fiscal year-end month an English text states, if any (by the year's end or by a half's)."""
    lower = text.lower()
    if "end" not in lower:
        return None  # (every statement of either says "ended", "ending", "ends" or "end")
    # first: its "fiscal 2024 ended December 31" is not the year's end
    half = _EN_HALF_ENDED.search(text) if "half" in lower else None
    found = half or _EN_YEAR_ENDED.search(text)
    if found is None:
        return None
    month = _MONTHS[found.group("m").lower()]
    if found.group("d") and int(found.group("d")) <= 7:
        month = (month - 2) % 12 + 1
    if half is not None and half.group("h").lower() == "first":
        month = (month + 5) % 12 + 1
    return month


def _stated_year_end(texts: Sequence[str]) -> int | None:
    """The fiscal year-end month a document states for the year it reports, or implies by the end of the
    interim it reports (the first statement wins)."""
    for text in texts[:40]:
        if "iscal" in text and text.isascii():
            found = _en_year_end(text)
            if found is not None:
                return found
            continue
        if "截至" not in text:
            continue
        m = _YEAR_ENDED.search(text)
        if m is not None:
            return int(m.group("m"))
        m = _INTERIM_ENDED.search(text)
        if m is not None:
            return (int(m.group("m")) + 5) % 12 + 1
    for text in texts[40:]:
        # a call that opens on its results, not on its calendar, states it where it speaks of the year
        # ("For the fiscal year ended September 30, we returned $782 million to shareholders")
        if "iscal" in text and text.isascii():
            found = _en_year_end(text)
            if found is not None:
                return found
    return None


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True)
class _MonthCue:
    """A sentence that dates the end of a fiscal quarter by its month without saying it ended then in the
    way a results head does: the quarter is either named in it (``fq``) or the document's own."""

    pattern: re.Pattern[str]
    needle: str
    votes: int
    """How many such sentences settle the calendar alone: a balance date may be the previous quarter's."""
    fq: int | None = None
    """The fiscal quarter the cue's month ends when the cue says so by its words (a year ends with the fourth)."""
    after: int = 0
    """How many months after the quarter's end the cue's month is (the call's own month to date is one)."""
    also: tuple[str, ...] = ()
    """Words of which the lowercased text must hold one besides ``needle`` (none: ``needle`` alone): a
    common needle ("with", "first") would otherwise run the pattern on most paragraphs."""


_MONTH_CUES: tuple[_MonthCue, ...] = (
    # "fourth-quarter revenues ... gaining share during the three-month period ending August"
    _MonthCue(
        re.compile(
            rf"\b(?P<fq>first|second|third|fourth)[\s-]quarter\b[^.;]{{0,160}}?\b(?:three|3)[\s-]months?"
            rf"(?:\s+period)?\s+(?:ended|ending)\s+(?:in\s+)?(?P<m>{_MONTH_EN})\b",
            re.IGNORECASE,
        ),
        "month",
        1,
        also=("ended", "ending"),
    ),
    # "As of August 2021, our fiscal year-to-date market share is 12.5%": the year to date runs to the
    # end of the quarter the call reports
    _MonthCue(
        re.compile(
            rf"\b(?:as\s+of|through)\s+(?:the\s+end\s+of\s+)?(?P<m>{_MONTH_EN})(?:\s+[0-3]?\d)?,?\s+(?P<y>{_YEAR})\b"
            rf"[^.;]{{0,60}}?\bfiscal\s+year[\s-]to[\s-]date",
            re.IGNORECASE,
        ),
        "year-to-date",
        1,
    ),
    # "for the quarter ended October 31", "the three months ended May 1, 2021" (a 52/53-week quarter)
    _MonthCue(
        re.compile(
            rf"\b(?:quarter|three\s+months)\s+(?:ended|ending)\s+(?:on\s+)?(?P<m>{_MONTH_EN})\s+(?P<d>[0-3]?\d)\b"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
            re.IGNORECASE,
        ),
        "ended",
        2,
    ),
    # "for the year ended September 30, 2021"
    _MonthCue(
        re.compile(
            rf"\b(?:full\s+)?year\s+(?:ended|ending)\s+(?:on\s+)?(?P<m>{_MONTH_EN})\s+(?P<d>[0-3]?\d)\b"
            rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
            re.IGNORECASE,
        ),
        "ended",
        2,
        fq=4,
    ),
    # "As of January 31, 2022, our net debt was 2.1 times": a balance at the last day of a month
    _MonthCue(
        re.compile(rf"\bas\s+of\s+(?P<m>{_MONTH_EN})\s+(?:2[89]|3[01]),?\s+(?P<y>{_YEAR})\b", re.IGNORECASE),
        "as of",
        2,
    ),
    # "we ended September with over $271 million of cash on hand": a balance at the quarter's last month (a
    # month after the quarter ends is also said so: two such cues are needed)
    _MonthCue(
        re.compile(rf"\b(?:we|company)\s+(?:ended|exited|closed|finished)\s+(?P<m>{_MONTH_EN})\s+with\b", re.IGNORECASE),
        "with",
        2,
        also=("ended", "exited", "closed", "finished"),
    ),
    # "Organic sales through our first 18 business days of October": the month the call is held in, the one
    # after the quarter ended
    _MonthCue(
        re.compile(
            rf"\bfirst\s+(?:\d{{1,2}}|two|three|four|few)\s+(?:\w+\s+)?(?:days|weeks)\s+(?:of|in)\s+(?P<m>{_MONTH_EN})\b",
            re.IGNORECASE,
        ),
        "first",
        2,
        after=1,
        also=("days", "weeks"),
    ),
)
"""How a call dates its quarter's end in passing. A cue without its quarter's ordinal speaks of the
call's own quarter, and counts only when its year agrees with the fiscal year the call names."""


_CUE_GATES = tuple(dict.fromkeys(word for cue in _MONTH_CUES for word in (cue.also or (cue.needle,))))
"""A word of each cue that a text must hold to pass its test (one of its ``also`` words, which are rarer than
its needle ("with", "first"), else the needle): each is looked for in the whole document once."""


def _cue_texts(lowers: Sequence[str]) -> list[int]:
    """Indices of the lowercased texts holding a word of ``_CUE_GATES``, in order: the only texts that may
    pass a cue's test (a search of the joined document a word, not one a text and a cue)."""
    joined = "\x00".join(lowers)  # (no word holds a NUL: a word found lies inside one text)
    starts = list(accumulate((len(t) + 1 for t in lowers), initial=0))
    found: set[int] = set()
    for word in _CUE_GATES:
        at = joined.find(word)
        while at >= 0:
            i = bisect.bisect_right(starts, at) - 1
            found.add(i)
            at = joined.find(word, starts[i + 1])  # the next text
    return sorted(found)


def _implied_year_end(
    texts: Sequence[str], quarter: tuple[int, int] | None, lowers: Sequence[str] | None = None
) -> int | None:
    """The fiscal year-end month a call implies where it dates its quarter's end in passing (``_MONTH_CUES``),
    given the (fiscal year, fiscal quarter) it reports, else None. Only a month that is not December
    counts (a calendar year needs no cue), and only when no such cue points to December or another month
    as often. ``lowers``: the texts lowercased, when the caller has them."""
    votes: Counter[int] = Counter()
    if lowers is None:
        lowers = [text.lower() for text in texts]
    for k in _cue_texts(lowers):
        text = texts[k]
        if not text.isascii():
            continue
        lower = lowers[k]
        for cue in _MONTH_CUES:
            if cue.needle not in lower or (cue.also and not any(word in lower for word in cue.also)):
                continue
            for m in cue.pattern.finditer(text):
                g = m.groupdict()
                month = (_MONTHS[g["m"].lower()] - cue.after - 1) % 12 + 1
                if g.get("d") and int(g["d"]) <= 7:
                    month = (month - 2) % 12 + 1  # "ended May 1": a 52/53-week period to April
                fq = _ORDINALS[g["fq"].lower()] if g.get("fq") else cue.fq
                fy = None
                if quarter is not None and (fq is None or cue.fq is not None):
                    fy = quarter[0]
                if fq is None:
                    if quarter is None:
                        continue
                    fq = quarter[1]
                fye = (month + 3 * (4 - fq) - 1) % 12 + 1
                y = g.get("y")
                if fy is not None and y is not None and fiscal_to_calendar(fy, fq, fye) != calendar_quarter(int(y), month):
                    continue  # the date is not the end of the quarter the call reports
                votes[fye] += 2 // cue.votes  # a cue that settles alone: two votes
    if not votes:
        return None
    (best, n), *rest = votes.most_common()
    if best == 12 or n < 2 or (rest and rest[0][1] >= n):
        return None
    return best


_ORDINAL_AFTER = re.compile(r"[^。；;]{0,16}?第(?P<fq>[一二三四1-4])(?:财政|财)?季度?")
"""After "截至2025年9月30日止三个月": the ordinal the text then gives that quarter ("……之业绩，第二季度收入")."""


def _stated_quarter_end(
    texts: Sequence[str], date: tuple[int, int, int] | None = None, lowers: Sequence[str] | None = None
) -> tuple[str, int | None] | None:
    """The reporting quarter a document states by its end date, and the fiscal year-end month that a
    fiscal label next to it implies (``None`` without a label); the first such statement wins. An end
    written without its year ("for the quarter ended December 31") is the last one before the date.
    ``lowers``: the texts lowercased, when the caller has them."""
    for n, text in enumerate(texts[:40]):
        lower = lowers[n] if lowers is not None else text.lower()
        for pattern, needle in zip(_QUARTER_ENDED, _QUARTER_ENDED_NEEDLES, strict=True):
            if needle not in lower:
                continue
            m = pattern.search(text)
            if m is None or _FILING.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Form 10-Q for the quarter ended June 30": a filing referred to, not this report
            g = m.groupdict()
            month = int(g["m"]) if g["m"].isdigit() else _MONTHS[g["m"].lower()]
            fq = g.get("fq") or g.get("fq2") or g.get("fq3") or g.get("fq4")
            written = (month, int(g.get("d") or 0))
            if not g.get("y") and not (g.get("fy") or g.get("fy2")):
                if date is None or written == (date[1], date[2]):
                    continue  # neither year stated nor a date after the end: the calendar quarter is unknown
                g["y"] = str(date[0] if written < (date[1], date[2]) else date[0] - 1)
            if written[1] and written[1] <= 7:
                month = (month - 2) % 12 + 1  # a 52/53-week quarter "ended May 1" is the quarter to April
                if month == 12 and written[0] == 1:
                    g["y"] = str(int(g["y"]) - 1) if g.get("y") else None  # "ended January 2, 2022": 2021Q4
            if not g.get("y"):
                # the fiscal year named: the quarter ends in it unless the year ends in an earlier month
                fy, fnum = int(g.get("fy") or g.get("fy2") or 0), _num(fq or "")
                g["y"] = str(fy if month <= (month + 3 * (4 - fnum) - 1) % 12 + 1 else fy - 1)
            period = quarter_str(calendar_quarter(int(g["y"]), month))
            if not fq and m.group().endswith(("三个月", "3个月")):
                after = _ORDINAL_AFTER.match(text, m.end())
                fq = after.group("fq") if after else None
            fye = None
            if fq:
                fye = (month + 3 * (4 - _num(fq)) - 1) % 12 + 1
            elif text.isascii():
                fye = _head_fiscal_year_end(texts[: n + 2], month, period)
            return period, fye
    return None


_EN_FISCAL_LABEL = re.compile(
    rf"\bfiscal\s+(?:year\s+)?(?P<fy>{_YEAR})\s+(?P<fq>first|second|third|fourth)\s+quarter"
    rf"|\b(?P<fq2>first|second|third|fourth)\s+quarter\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<fy2>{_YEAR})"
    rf"|\bfiscal\s+(?P<fq3>first|second|third|fourth)\s+quarter|\b(?P<fq4>first|second|third|fourth)\s+fiscal\s+quarter"
    rf"|(?<![A-Za-z0-9])(?:FY\s?(?P<fy5>{_YEAR})\s+Q(?P<fq5>[1-4])|Q(?P<fq6>[1-4])\s+(?:fiscal\s+(?:year\s+)?|FY\s?)(?P<fy6>{_YEAR}))(?![A-Za-z0-9])",
    re.IGNORECASE,
)
"""An English fiscal quarter label ("Fiscal 2025 Second Quarter Results", "its third fiscal quarter", "Q2 FY2025")."""


def _head_fiscal_year_end(head: Sequence[str], month: int, period: str) -> int | None:
    """The fiscal year-end month implied by a fiscal quarter label in the document's head (up to just after
    the statement of the quarter's end) when the quarter's end date is stated apart from it ("Fiscal 2025
    Second Quarter Results" over "results for the quarter ended December 31, 2024": a year ending in June). A label whose fiscal year does not put its quarter at
    the stated end speaks of another quarter and is ignored; so is a head without a label."""
    quarter = parse_quarter(period)
    for text in head:
        if "iscal" not in text and "FY" not in text:
            continue
        for m in _EN_FISCAL_LABEL.finditer(text):
            g = m.groupdict()
            fq = _num(next(g[k] for k in ("fq", "fq2", "fq3", "fq4", "fq5", "fq6") if g[k]))
            fye = (month + 3 * (4 - fq) - 1) % 12 + 1
            fy = g["fy"] or g["fy2"] or g["fy5"] or g["fy6"]
            if fy is not None and fiscal_to_calendar(int(fy), fq, fye) != quarter:
                continue
            return fye
    return None


_LABEL_TEXTS = 60
"""Paragraphs from the start where a call's own fiscal quarter labels are read against its quarter's end."""


def _reported_end(stated: tuple[str, int | None] | None, date: tuple[int, int, int] | None, article: bool) -> int | None:
    """The calendar quarter in which the reported quarter ended: the one stated by its end date, else, for a
    call dated in the first month of a calendar quarter, the quarter just ended (a quarter is reported within
    weeks: whichever month it ended in, that is the calendar quarter before the call's)."""
    if stated is not None:
        return parse_quarter(stated[0])
    if date is None or article or date[1] % 3 != 1:
        return None
    return calendar_quarter(date[0], date[1]) - 1


def _labelled_year_end(texts: Sequence[str], ended: int, lowers: Sequence[str]) -> int | None:
    """The fiscal year-end month implied by the fiscal quarter labels with a year ("the first quarter of fiscal
    year 2020", "fiscal 2021 third quarter") that the document states as facts, given the calendar quarter
    its reported quarter ended in: each label that puts its quarter there votes for the calendar that does
    so; labels of other quarters (comparisons, outlooks) do not fit and do not vote. None unless one month
    has most votes and it is not December."""
    votes: Counter[int] = Counter()
    end_month = (ended % 4) * 3 + 3
    for n, text in enumerate(texts[:_LABEL_TEXTS]):
        if "fiscal" not in lowers[n] and "FY" not in text:
            continue
        for m in _EN_FISCAL_LABEL.finditer(text):
            g = m.groupdict()
            fy = g["fy"] or g["fy2"] or g["fy5"] or g["fy6"]
            if fy is None or _looks_ahead(text, m.start()):
                continue  # no year to check it against, or a quarter looked ahead to
            fq = _num(next(g[k] for k in ("fq", "fq2", "fq3", "fq4", "fq5", "fq6") if g[k]))
            fye = (end_month + 3 * (4 - fq) - 1) % 12 + 1
            if fiscal_to_calendar(int(fy), fq, fye) == ended:
                votes[fye] += 1
    if not votes:
        return None
    (best, n), *rest = votes.most_common()
    if best == 12 or (rest and rest[0][1] >= n):
        return None
    return best


_YEAR_JUST_BEFORE = re.compile(rf"(?:(?P<y>{_YEAR})\s?年|(?P<rel>今年|明年|去年))[^。；;!?！？\d年季月]{{0,6}}$")
"""Before "全年": the year a sentence has just named ("展望今年，全年…", "2026年全年")."""
_COMING_YEAR_OF_SENTENCE = re.compile(r"(?P<rel>今年|明年)(?!同期|以来)[^。；;!?！？年季月]{0,40}$")
"""Before "全年", further back in its sentence: the year a plan opened on ("明年储能收入力争增长30%以上，全年营收目标为
65亿元"), figures of that year between."""
_HEAD_TEXTS = 4
_ANNUAL_REPORT_HEAD = re.compile(
    rf"(?:发布|公布|披露|发表)(?:了)?(?P<y>{_YEAR})\s?年\s?(?:年度财务报告|年度报告|年报|年度业绩|全年业绩)"
)
"""A head saying which year's annual report the page discusses."""
_ANNUAL_PREVIEW_HEAD = re.compile(
    rf"(?:^|(?<=公司))\s*(?P<y>{_YEAR})\s?年(?:年)?度\s?业绩(?:预告|预增公告|预减公告|预亏公告|预盈公告|快报)(?:修正|更正)?(?:公告)?\s*$"
)
"""A filing titled with the year whose results it previews ("2025年度业绩预告", "2025年年度业绩快报", after the firm's
name as an exchange's filing titles it: "江苏某某股份有限公司2025年年度业绩预增公告"), or revises its preview
("2025年度业绩预告修正公告"): that year's report, whatever its serial number or sign-off date say."""
_ANNUAL_REPORT_TITLE = re.compile(
    rf"(?P<y>{_YEAR})\s?年\s?(?:年)?度报告(?:摘要|全文)?(?:\s?[(（]\s?(?:节选|摘要|全文|修订版|更新后)\s?[)）])?\s*$"
)
"""A filing titled as a year's annual report, after the firm's name ("浙江某某股份有限公司2024年年度报告摘要"): that
year's report, whatever its serial number or sign-off date say ("…2024年年度报告（节选）" too)."""
_ANNUAL_CALL_TITLE = re.compile(
    rf"(?P<y>{_YEAR})\s?年\s?(?:年)?度\s?(?:网上|线上|网络)?(?:经营)?业绩(?:说明会|交流会|发布会|推介会)"
    r"(?:文字实录|文字记录|实录|纪要|记录)?\s*$"
)
"""A record titled as a year's results call ("某某重工（603218）2025年度业绩说明会文字实录"): that year's results,
though the call is held in the spring after it (a call that adds the next year's first quarter titles both)."""
_DATE_REST = re.compile(r"[-/]\d{1,2}[-/]\d{1,2}(?!\d)|-\d{3}(?!\d)")
"""After a year: the month and day of a full date, or a filing's serial number ("公告编号：2025-041")."""
_FROM_BEFORE_ZH = re.compile(r"[从由自]\s?$")
_FORECAST_MADE_AFTER = re.compile(r"\s?(?:时|份)?的?(?:预测|预估|预期|估计|展望|财测|指引)")
"""Around a month: "从7月预测…" dates a forecast that was made then, not the figure's period."""
_HEAD_FURNITURE = re.compile(r"概不(?:负责|負責)|注册成立|註冊成立|^\s*[(（]?\s*(?:股份代号|股份代號|股票代码|证券代码|stock code)", re.I)
"""Head lines of a filing that are no title (an exchange's disclaimer, the place of incorporation, the stock code):
the title that names the period reported comes after them."""
_HEAD_FURNITURE_ASCII = re.compile(r"\s*\(?\s*stock code", re.I)
"""``_HEAD_FURNITURE`` in ASCII text: of its lines only the stock code can be written there, and only at the start."""


def _head_furniture(text: str) -> bool:
    """Whether a head line is furniture (``_HEAD_FURNITURE``): an English line is read for its one English form."""
    if text.isascii():
        return _HEAD_FURNITURE_ASCII.match(text) is not None
    return _HEAD_FURNITURE.search(text) is not None


_REPORT_YEAR_LABEL = re.compile(r"\s?[-–—]\s?(?:中期|末期|全年|年度)")
"""After a year: the report it labels ("2026 - 中期业绩", a filing list's fiscal year), not the span reported."""


def context(
    texts: Sequence[str],
    fiscal_year_end_month: int = 12,
    date: tuple[int, int, int] | None = None,
    *,
    article: bool = False,
    hint: tuple[int, int] | None = None,
) -> PeriodContext:
    """Period context of a document's analysis texts (see ``_quarter_context``), with the span it
    reports when its head leads with a half year, nine months or a year to date ending in its quarter."""
    ctx = _quarter_context(texts, fiscal_year_end_month, date, article=article, hint=hint)
    if ctx.year is None:
        roc = next((m for t in texts[:_HEAD_TEXTS] if (m := _ROC_DATE.search(t)) is not None), None)
        if roc is not None:
            # "114年11月营业收入资讯": a Taiwanese filing dated by the year counted from 1912 and naming no other year
            ctx = replace(ctx, year=_year(roc.group("y")))
    titled = _titled_year(texts) if ctx.fiscal_year_end_month == 12 else None
    if titled is not None and ctx.quarter is not None and ctx.quarter // 4 == titled and ctx.quarter % 4 != 3:
        # "…2024年年度报告（节选）" whose discussion says "新建产能于2024年二季度投产": the year's report all the same
        year = ctx.year if ctx.year is not None else titled
        return PeriodContext(quarter_str(titled * 4 + 3), year, 12, ctx.date, ctx.article, str(titled))
    call_year = _titled_call_year(texts) if ctx.fiscal_year_end_month == 12 else None
    if call_year is not None and (ctx.quarter is None or call_year * 4 + 3 <= ctx.quarter <= call_year * 4 + 5):
        year = ctx.year if ctx.year is not None else call_year + 1
        return PeriodContext(quarter_str(call_year * 4 + 3), year, 12, ctx.date, ctx.article, str(call_year))
    if ctx.quarter is None and ctx.fiscal_year_end_month == 12:
        for text in texts[:_HEAD_TEXTS]:
            annual = (
                _ANNUAL_REPORT_HEAD.search(text) or _ANNUAL_PREVIEW_HEAD.search(text) or _ANNUAL_REPORT_TITLE.search(text)
            )
            if annual is not None:
                # "近期长和发布2024年年度财务报告" on a page naming no quarter: that year's report
                y = int(annual.group("y"))
                year = ctx.year if ctx.year is not None else y
                return PeriodContext(quarter_str(y * 4 + 3), year, 12, ctx.date, ctx.article, str(y))
    for text in [t for t in texts[: 3 * _HEAD_TEXTS] if not _head_furniture(t)][:_HEAD_TEXTS]:
        named = [pm for pm in find_periods(text, ctx) if pm.period and not pm.base and not pm.forward]
        # "2025年前三季度": the year only dates the span written right after it; "2025-08-27" is a dateline
        named = [
            pm
            for k, pm in enumerate(named)
            if not (
                pm.kind == "year"
                and (
                    (k + 1 < len(named) and named[k + 1].start == pm.end)
                    or _DATE_REST.match(text, pm.end)
                    or _REPORT_YEAR_LABEL.match(text, pm.end)
                )
            )
            and not (pm.kind == "month" and text[pm.start : pm.end].rstrip().endswith(("日", "号")))
        ]
        if not named:
            continue
        first = named[0]
        running = first.period or ""
        if _names_report_year(text, first, ctx):
            # "截至2025年12月31日止年度之全年业绩公告": the whole year that ends with the report's quarter
            return PeriodContext(ctx.period, ctx.year, ctx.fiscal_year_end_month, ctx.date, ctx.article, running)
        if first.kind != "span" or "-" not in running:
            break
        end = parse_quarter(running.split("-")[1])
        if end is None or (ctx.quarter is not None and end != ctx.quarter):
            break
        return PeriodContext(
            quarter_str(end),
            ctx.year if ctx.year is not None else end // 4,
            ctx.fiscal_year_end_month,
            ctx.date,
            ctx.article,
            running,
        )
    q = ctx.quarter
    if q is None:
        return ctx
    for text in texts[:_HEAD_TEXTS]:
        if text.isascii():
            continue  # (an interim head and a report's name are written in Chinese only)
        if _INTERIM_HEAD.search(text) and not _REPORT_SPAN.search(text):
            # "德翔餐饮:2026 - 中期业绩" dated November: a March year's interim, the half to September; a
            # calendar year's interim dated August is the half to June
            running = f"{quarter_str(q - 1)}-{quarter_str(q)}"
            return PeriodContext(ctx.period, ctx.year, ctx.fiscal_year_end_month, ctx.date, ctx.article, running)
        report = _REPORT_SPAN.search(text)
        if report is not None and q % 4 + 1 == _REPORT_SPAN_QUARTER[report.group()]:
            # "9家股份行三季报透视": an A-share third-quarter report leads with its nine months; "发布2024年年报":
            # an annual report with its year (unless its head names the fourth quarter as well)
            if q % 4 == 3 and _FOURTH_QUARTER.search(text):
                continue
            running = str(q // 4) if q % 4 == 3 else f"{quarter_str(q - q % 4)}-{quarter_str(q)}"
            return PeriodContext(ctx.period, ctx.year, ctx.fiscal_year_end_month, ctx.date, ctx.article, running)
    return ctx


_YEAR_END_HEADS = ("截至", "截止")
"""Words that open a head's statement of the day its year ended ("截至2025年12月31日止年度")."""


def _titled_year(texts: Sequence[str]) -> int | None:
    """The year of a filing whose head titles it as that year's annual report or results preview, None for another."""
    for text in texts[:_HEAD_TEXTS]:
        if "年" not in text:
            continue  # (both titles name the year with it: an English head is passed over unsearched)
        titled = _ANNUAL_PREVIEW_HEAD.search(text) or _ANNUAL_REPORT_TITLE.search(text)
        if titled is not None:
            return int(titled.group("y"))
    return None


def _titled_call_year(texts: Sequence[str]) -> int | None:
    """The year of a record whose head titles it as that year's results call (``_ANNUAL_CALL_TITLE``), else None."""
    for text in texts[:_HEAD_TEXTS]:
        if "业绩" in text and (titled := _ANNUAL_CALL_TITLE.search(text)) is not None:
            return int(titled.group("y"))
    return None


def _names_report_year(text: str, pm: PeriodMention, ctx: PeriodContext) -> bool:
    """Whether a head's first period is a year stated by its end (``_YEAR_ENDED``) that ends with the report's
    quarter: the year is the span the document reports, not a year merely named."""
    if pm.kind != "year" or not pm.period or not pm.period.isdigit() or ctx.quarter is None:
        return False
    if not text.startswith(_YEAR_END_HEADS, pm.start):
        return False
    return calendar_quarter(int(pm.period), ctx.fiscal_year_end_month) == ctx.quarter


_REPORT_SPAN_QUARTER = {
    **{"三季报": 3, "三季度报告": 3, "半年报": 2, "中报": 2, "半年度报告": 2},
    **{"年报": 4, "年度报告": 4, "年度业绩": 4},
}
_FOURTH_QUARTER = re.compile(r"第?四季度?|Q4|4Q")
_INTERIM_HEAD = re.compile(r"中期业绩|中期業績|中期报告|中期報告|中期财报|中期財報")
"""An interim report named in a document's head: the half year ending with the last quarter before its date,
whatever month its fiscal year ends in."""
_REPORT_SPAN = re.compile("|".join(sorted(_REPORT_SPAN_QUARTER, key=len, reverse=True)))
"""The name of a report that covers the year to date ("三季报" is the nine months to September)."""


_TOP_SCORE = 5
"""The most one candidate scores for the document's quarter: a weight of 3, 1 next to a report word and 1
in the document's head."""


_EN_QUARTER_YEARS = {"en_quarter": ("y", "y0"), "en_q": ("y",), "en_nq": ("y",)}
"""English quarter patterns, with the groups that hold the year a match names: such a match weighs 2 for the
document's quarter when it names its year and 1 when not ("the third quarter", "Q3"), whatever year it is then
read in (``_resolve_en_quarter``, ``_resolve_en_q``)."""
_FISCAL_GROUPS = {"en_quarter": ("fis0", "fis1", "fis2", "fis3"), "en_q": ("fis0", "fis"), "en_nq": ()}
"""The groups of those patterns that mark a quarter named on the fiscal calendar, whose calendar year may differ
from the year named."""


def _most_score(found: _Found, head: bool, report_year: int | None) -> int:
    """The most one match of the quarter's patterns adds to a quarter's score: its weight (3 at most, less for
    ``_EN_QUARTER_YEARS``), a point next to a report word when it weighs 2 or more, a point in the document's head.
    An English quarter named with a calendar year other than ``report_year`` weighs 1, as the quarter's count
    weighs it ("compared to the third quarter of 2019" in a 2021 call)."""
    years = _EN_QUARTER_YEARS.get(found[3])
    if years is None:
        weight = 3
    else:
        m = found[4]
        named = next(filter(None, map(m.group, years)), None)
        if named is None:
            weight = 1
        elif report_year is not None and _year(named) != report_year and not any(map(m.group, _FISCAL_GROUPS[found[3]])):
            weight = 1  # (a calendar quarter of the year named: ``_resolve_en_quarter``, ``_resolve_en_q``)
        else:
            weight = 2
    return weight + (weight >= 2) + head


_NUMBER_GROUPS = {"en_quarter": "ord", "en_q": "q", "en_nq": "q"}
"""English quarter patterns, with the group that holds the quarter's number: on a calendar year (a year ending in
December) every reading of such a match is a quarter of that number, of some year (``_resolve_en_quarter``,
``_resolve_en_q``)."""


def _number_of(found: _Found, fym: int) -> int:
    """The number (1 to 4) of every quarter a match of the quarter's patterns may be read as, 0 when it may be read
    as a quarter of any number (a fiscal calendar, a month, a pattern not in ``_NUMBER_GROUPS``)."""
    group = _NUMBER_GROUPS.get(found[3])
    return _num(found[4].group(group)) if group is not None and fym == 12 else 0


def _most_to_one(adds: Sequence[int]) -> int:
    """The most a text adds to one quarter, by what its candidates may add (``adds``: to a quarter of any
    number, then to one numbered 1 to 4)."""
    return adds[0] + max(adds[1:])


def _settled(scores: Counter[str], left: Sequence[int]) -> bool:
    """Whether the quarter scored highest stays so when the others gain at most what ``left`` says is still to
    come: ``left[0]`` for a quarter of any number, ``left[n]`` more for one numbered ``n`` (a quarter not yet
    scored may be of any number)."""
    best, top = max(scores.items(), key=lambda kv: kv[1])
    bounds = [left[0] + more for more in left[1:]]
    if top <= max(bounds):
        return False
    for period, score in scores.items():
        index = parse_quarter(period)
        bound = max(bounds) if index is None else bounds[index % 4]
        if period != best and top - score <= bound:
            return False
    return True


def _quarter_context(
    texts: Sequence[str],
    fiscal_year_end_month: int = 12,
    date: tuple[int, int, int] | None = None,
    *,
    article: bool = False,
    hint: tuple[int, int] | None = None,
) -> PeriodContext:
    """Period context of a document's analysis texts: its reporting quarter, publication year,
    fiscal calendar (the company's, unless a stated quarter end implies another) and date.

    ``hint`` is a (fiscal year, fiscal quarter) the document's name gives (``NVSK_q3_2025``): it
    counts as a stated quarter, less than the text's own statement of its quarter end.
    """
    fym = fiscal_year_end_month
    lowers = [text.lower() for text in texts]  # (one lowercased copy a text, for every search of words)
    stated = _stated_quarter_end(texts, date, lowers)
    called = _stated_calls(texts)
    told = _stated_results(texts)
    # a fiscal quarter label next to a quarter end, else a whole year stated with the month it ends in
    fym = (stated[1] if stated is not None else None) or _stated_year_end(texts) or fym
    if fym == 12 and stated is None:
        # a call that names its fiscal quarter but not when it ended may still date that end in passing
        own = hint if hint is not None else next(iter((*called, *told)), None)
        fym = _implied_year_end(texts, own, lowers) or fym
    if fym == 12 and (stated is None or stated[1] is None):
        # "the first quarter of fiscal year 2020" where that quarter ended in September 2019 (stated, or the
        # call is dated October): a year ending in June
        ended = _reported_end(stated, date, article)
        if ended is not None:
            fym = _labelled_year_end(texts, ended, lowers) or fym
    # the votes are only counted where they decide: the year of an undated document is the latest
    # year voted for, and the reporting year the year most voted for unless the name gives it
    counted = hint is None or stated is not None
    votes: Counter[int] = _past_years(texts) if counted else Counter()
    if date is not None:
        # "2025-11-12 …第三季法说会…2026年更乐观": a year after the document's date is an outlook, no report's year
        votes = Counter({y: c for y, c in votes.items() if y <= date[0]})
    if counted:
        latest = max(votes) if votes else None
    else:
        latest = _latest_past_year(texts) if date is None else None
    if date is not None:
        year: int | None = date[0]
    elif latest is not None:
        year = latest
    else:
        every = Counter(
            int(m.group(1))
            for t in texts
            for m in _YEAR_TOKEN.finditer(t)
            if not _history_year(t, m.start(), m.end()) and not _target_year(t, m.start(), m.end())
        )
        # the year named most (a target year is named once or twice), the earlier on a tie
        year = min(every, key=lambda y: (-every[y], y)) if every else None
    # the reporting year: the year most named as a fact (a Q4 call names next year in its outlook)
    report_year = max(votes, key=lambda y: (votes[y], y)) if votes else year
    contrast = _last_year_contrast(texts) if date is None else None
    if contrast is not None and (year is None or year <= contrast + 1):
        # "去年…，而2023年…": last year is 2024, so the story was written in 2025
        year = contrast + 2
        if report_year is None or report_year <= contrast:
            report_year = contrast + 1
    if hint is not None:
        votes[hint[0]] += 6
        if year is None:
            year = hint[0]
        if stated is None:
            report_year = hint[0]  # the name's year settles the year of bare quarters ("the third quarter")
    ctx = PeriodContext(None, year, fym, date, article)
    # what the document says of itself outside its sentences first: with it, the sentences may be read only
    # until no later one can change the winner
    fixed: Counter[str] = Counter()
    if stated is not None:
        fixed[stated[0]] += 10  # the document says which quarter ended when: nothing outweighs that
    if hint is not None:
        fixed[quarter_str(fiscal_to_calendar(hint[0], hint[1], fym))] += 6
    for cy, cq in (*called, *told):
        fixed[quarter_str(fiscal_to_calendar(cy, cq, fym))] += _CALL_TITLE_WEIGHT
    # an undated story of one month's sales reports a month of the latest year it names
    month_date = date if date is not None else (year, 12, 31) if year is not None else None
    monthly = _monthly_story(texts, month_date) if stated is None else None
    if monthly is not None:
        fixed[monthly] += 8  # a story of one month's sales is about that month's quarter
    # first pass: quarters named with a year settle which year bare quarters belong to
    scores: Counter[str] = Counter(fixed)
    first_seen: dict[str, int] = {}
    # (texts where only patterns that never name the document's quarter match are passed over)
    scanned = [(n, text) for n, text in enumerate(texts) if _quarterish(text, lowers[n]) and _part_scan(text, True)]
    # a candidate is one match of the quarter's patterns: the most a text's candidates can add, for the stop below,
    # by the number of the quarters it may add to (index 0: any); most quarters a call names are named without
    # their year and add little, and a quarter of one number adds nothing to the others: the stop comes sooner
    most = []
    for n, text in scanned:
        adds = [0, 0, 0, 0, 0]
        for found in _part_scan(text, True):
            adds[_number_of(found, fym)] += _most_score(found, n < 3, report_year)
        most.append(adds)
    left = [sum(column) for column in zip(*most, strict=True)] if most else [0] * 5
    # the texts that may add most to one quarter are read first (in order among equals): the stop comes after
    # fewer texts, and the winner is the whole document's (a tie goes to the quarter named first, whatever
    # order the texts are read in)
    for k in sorted(range(len(scanned)), key=lambda k: -_most_to_one(most[k])):
        n, text = scanned[k]
        left = [a - b for a, b in zip(left, most[k], strict=True)]
        added = [0, 0, 0, 0, 0]
        for pm in _quarter_candidates(text, ctx, report_year):
            if text.isascii() and _looks_ahead(text, pm.start):
                continue  # "we expect fourth quarter revenue ...": the next quarter, not this one
            period = pm.period
            if period is None:
                continue
            if pm.fiscal_alternative and date is not None:
                q = parse_quarter(period)
                assert q is not None
                end_year, end_month = (q // 4, (q % 4) * 3 + 3)
                if (end_year, end_month) >= (date[0], date[1]):
                    period = pm.fiscal_alternative  # the calendar quarter had not ended: fiscal
            weight = pm.weight
            if (
                weight >= 2
                and report_year is not None
                and int(period[:4]) != report_year
                and not pm.fiscal_alternative
            ):
                weight = 1  # an explicit quarter of another year is more often a comparison than the subject
            score = weight + (1 if pm.report and weight >= 2 else 0) + (1 if n < 3 else 0)
            assert score <= _TOP_SCORE
            scores[period] += score
            added[int(period[-1])] += score  # (a quarter's string ends with its number)
            first_seen[period] = min(first_seen.get(period, n), n)
        # (the bound the stop below counts on for the texts not yet read)
        assert all(added[q] <= most[k][0] + most[k][q] for q in range(1, 5)), (added, most[k])
        if scores and _settled(scores, left):
            break  # (the winner leads by more than every later text could add to another quarter)
    for named in fixed:
        first_seen.setdefault(named, 0)  # (after the candidates: the order a tie is settled in)
    if not scores:
        if contrast is not None and year == contrast + 2:
            # the story reports last year's results: its whole year is the span a bare "全年" names
            return PeriodContext(quarter_str((contrast + 1) * 4 + 3), year, fym, date, article)
        if date is not None and any(_RESULTS.search(t) for t in texts[:10]):
            # a results article that names no quarter reports the last one ended before its date
            last = calendar_quarter(date[0], date[1]) - 1
            return PeriodContext(quarter_str(last), date[0], fym, date, article)
        return ctx
    best = max(first_seen, key=lambda p: (scores[p], -first_seen[p]))
    pub_year = date[0] if date else None
    if pub_year is None and monthly is not None and best == monthly:
        pub_year = int(monthly[:4])  # an undated monthly sales story: written in the year of its month
    if pub_year is None:
        bq = parse_quarter(best)
        assert bq is not None
        pub_year = (bq + 1) // 4
    return PeriodContext(best, pub_year, fym, date, article)


# --- paired periods ------------------------------------------------------------------------

_PAIR_TAIL = (
    rf"(?:\s+(?:ended|ending)\s+(?P<m>{_MONTH_EN})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y>{_YEAR}))?"
    rf"|\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?P<y2>{_YEAR})"
    # "for the fourth quarter and full year 2021": the year both periods are of
    rf"|\s+(?P<y3>{_YEAR})(?![\d%]))?"
)
_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}

PAIRED_PERIODS: tuple[tuple[re.Pattern[str], tuple[str, str]], ...] = tuple(
    (fast(re.compile(pattern + _PAIR_TAIL, re.IGNORECASE)), kinds)
    for pattern, kinds in (
        # "for the three and nine months ended September 30", "the 3 and 6 months of 2022"
        (r"\b(?:three|3)(?:[\s-]+months?)?\s+and\s+(?:six|nine|6|9)[\s-]+months?(?:\s+periods?)?", ("quarter", "ytd")),
        (r"\b(?:six|nine|6|9)(?:[\s-]+months?)?\s+and\s+(?:three|3)[\s-]+months?(?:\s+periods?)?", ("ytd", "quarter")),
        # "for the quarter and year-to-date", "the third quarter and first nine months"
        (
            r"\b(?:(?P<q>first|second|third|fourth)\s+)?quarter\s+and\s+(?:the\s+)?"
            r"(?:year[\s-]to[\s-]date|first\s+(?:six|nine)\s+months|(?:six|nine)[\s-]months?(?:\s+periods?)?)",
            ("quarter", "ytd"),
        ),
        (r"\byear[\s-]to[\s-]date\s+and\s+(?:for\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth)\s+)?quarter\b", ("ytd", "quarter")),
        # "for the fourth quarter and full year", "the quarter and fiscal year"
        (
            r"\b(?:(?P<q>first|second|third|fourth)\s+)?quarter\s+and\s+(?:the\s+)?(?:full[\s-]+)?(?:fiscal\s+)?year\b(?![\s-]+(?:to|ago|earlier))",
            ("quarter", "year"),
        ),
        (r"\b(?:full[\s-]+)?(?:fiscal\s+)?year\s+and\s+(?:for\s+)?(?:the\s+)?(?:(?P<q>first|second|third|fourth)\s+)?quarter\b", ("year", "quarter")),
    )
)
"""Two periods named together before or after a pair of figures ("up 20% and 25% for the three and
nine months"): the first figure is of the first period, the second of the second. Each row: the
phrase and what its two periods are (the reporting quarter, its year to date, its whole year)."""


def paired_periods(match: re.Match[str], kinds: tuple[str, str], ctx: PeriodContext) -> tuple[str, str] | None:
    """The two periods a paired phrase names, counted from the document's quarter (or the quarter
    its "ended <month> <day>, <year>" names); None when the phrase names another quarter than that one
    or a whole year before the year has ended (a forecast, resolved elsewhere)."""
    fym = ctx.fiscal_year_end_month
    g = match.groupdict()
    quarter = ctx.quarter
    if g.get("m") and g.get("y"):
        quarter = calendar_quarter(int(g["y"]), _MONTHS[g["m"].lower()])
    elif (named := g.get("y2") or g.get("y3")) and quarter is not None:
        fiscal_year, fq = calendar_to_fiscal(quarter, fym)
        quarter = fiscal_to_calendar(int(named), fq, fym)
    if quarter is None:
        return None
    fiscal_year, fq = calendar_to_fiscal(quarter, fym)
    if g.get("q") and _ORDINAL_Q[g["q"].lower()] != fq:
        return None
    out: list[str] = []
    for kind in kinds:
        if kind == "quarter":
            out.append(quarter_str(quarter))
        elif kind == "ytd":
            out.append(span(quarter - fq + 1, quarter))
        elif fq == 4:
            out.append(fiscal_year_span(fiscal_year, fym))
        else:
            return None
    return out[0], out[1]
