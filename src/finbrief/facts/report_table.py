"""The table of main figures of a Chinese quarterly report ("主要会计数据和财务指标"), written one row a
line with its cells apart by spaces.

A head row names the columns ("项目 本报告期 本报告期比上年同期增减变动幅度(%) 年初至报告期末 年初至报告期末比上年
同期增减变动幅度(%)"); each row below it is a metric's name and one figure a column ("营业收入 866,103,121.71
-12.00 2,778,909,669.96 -4.01"); a unit line before the head ("单位:元 币种:人民币") gives the amounts'
scale and currency. A cell of a "本报告期" column is the report's quarter, of a "年初至报告期末" column the
year to that quarter; a cell of a "比上年同期增减" column is the change on the same span a year before (in
points for a rate: "增加0.08个百分点"). A row whose cells do not fill the columns, or whose name no metric
matches, is read as text.

All patterns work on the simplified text (``document_views``).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from finbrief.facts import periods
from finbrief.lexicon import metrics as lm
from finbrief.lexicon.metrics import Metric
from finbrief.model import Fact, Paragraph

_CHANGE_TAIL = r"增减(?:变动)?(?:幅度)?\s?(?:[(（]\s?%\s?[)）])?"
_COLUMN = re.compile(
    rf"(?P<ytd_change>年初至报告期末比上年同期{_CHANGE_TAIL})"
    rf"|(?P<q_change>本报告期比上年同期{_CHANGE_TAIL})"
    rf"|(?P<end_change>本报告期末比上年度?末{_CHANGE_TAIL})"
    r"|(?P<ytd_prior>上年初至上年报告期末(?:金额)?)"
    r"|(?P<ytd>年初至报告期末(?:金额)?)"
    r"|(?P<end_prior>上年度?末)"
    r"|(?P<end>本报告期末)"
    r"|(?P<q_prior>(?<!比)上年同期(?:金额)?)"
    r"|(?P<q>本报告期(?:金额)?)"
)
"""A column head of the table of main figures: the report's quarter, the year to it or its end (a balance), each with
the same a year before ("上年同期", "上年初至上年报告期末") or the last year end ("上年度末"), and the change on it."""
_COLUMN_KINDS = {
    "q": ("level", "quarter"), "q_prior": ("prior", "quarter"), "q_change": ("change", "quarter"),
    "ytd": ("level", "ytd"), "ytd_prior": ("prior", "ytd"), "ytd_change": ("change", "ytd"),
    "end": ("level", "end"), "end_prior": ("prior", "end"), "end_change": ("change", "end"),
}
"""What a column of ``_COLUMN`` holds: (kind, span) by the name of the group its head matched."""
_RESTATED_HEAD = re.compile(r"^\s*(?:(?:调整前|调整后|重述前|重述后)\s*){2,}$")
"""The line under a head that splits a prior column into the figure first reported and the figure restated ("调整前
调整后 调整后": the last one a note on the change column)."""
_UNIT_LINE = re.compile(
    r"单位\s?[:：]\s?(?P<cur1>人民币|美元|港元|港币|新台币)?\s?(?P<scale>元|千元|仟元|万元|百万元|亿元)"
    r"(?:\s+币种\s?[:：]\s?(?P<cur>人民币|美元|港元|港币))?"
)
"""The line that gives the table's unit ("单位:元 币种:人民币", "单位：人民币千元", "单位：新台币百万元")."""
_UNIT_AFTER_SCALE = re.compile(r"单位\s?[:：]\s?(?P<scale>千|仟|万|百万|亿)(?P<cur1>港元|美元)(?![\u4e00-\u9fff])")
"""A unit whose currency follows its scale, as a broker's note on a Hong Kong firm writes it ("单位：百万港元")."""
_BARE_UNIT = re.compile(r"^\s*[(（]?\s?(?P<cur1>人民币|港币|港元|美元|新台币)\s?(?P<scale>千元|仟元|万元|百万元|亿元)\s?[)）]?\s*$")
"""A line that is only a currency and its scale ("人民币千元", "（港币千元）"), as a Hong Kong summary sets over its head."""
_SCALES = {"元": 1, "千元": 1_000, "仟元": 1_000, "万元": 10_000, "百万元": 1_000_000, "亿元": 100_000_000}
_CURRENCIES = {"人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD", "新台币": "TWD"}
_CELL = re.compile(
    r"(?<![\w.,%])(?:(?P<pp>(?:(?P<dir>增加|减少|上升|下降)\s?(?P<ppn>\d+(?:\.\d+)?)|\((?P<ppneg>\d+(?:\.\d+)?)\)"
    r"|(?P<ppsign>[+-])?(?P<ppbare>\d+(?:\.\d+)?))\s?(?:个?百分点|ppt(?![A-Za-z]))|\((?P<ppin>\d+(?:\.\d+)?)\s?(?:个?百分点|ppt)\))"
    r"|(?P<na>不适用|--|—|N/A|n/a|-(?![\d.]))"
    r"|(?P<n>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?:(?P<pct>%)|(?P<zscale>亿|万)(?!元))?"
    r"|\((?P<neg>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<negpct>%)?\))(?![\w.,])"
)
"""One cell of a row: a number (in brackets, a negative one: "(8.6)", a fall in per cent: "(8.9%)"), a change in points
("增加0.86个百分点", "(1.1)个百分点", "(0.47ppt)"), or "不适用" (not applicable)."""
_POINTS = ("ppn", "ppneg", "ppbare", "ppin")
"""The groups of ``_CELL`` one of which holds a change in points' number ("ppin": a fall written "(0.47ppt)")."""
_ROW_UNIT = re.compile(r"[(（]\s?(?P<cur>人民币|港币|港元|美元)?\s?(?P<scale>千元|万元|百万元|亿元|元)\s?[)）]")
"""A row's own unit in its name ("收益(人民币百万元)"): it scales that row's amounts, whatever the table's unit."""
_ROW_COUNT_UNIT = re.compile(r"[(（]\s?(?P<scale>千|万|百万|亿)?\s?(?P<what>票|件|单|人次|人|辆|台|户|头|家|吨|噸|千瓦时|千瓦時)\s?[)）]")
"""A row's own unit when it counts things or measures a quantity ("业务量（亿票）", "商品煤产量（万吨）"): its cells are that many
of them; tonnes and kilowatt-hours are kept as such."""
_COUNT_SCALES = {"千": 1_000, "万": 10_000, "百万": 1_000_000, "亿": 100_000_000}
_COUNT_UNITS = {"吨": "t", "噸": "t", "千瓦时": "kWh", "千瓦時": "kWh"}
_PER_SHARE_UNIT = re.compile(r"[(（]\s?(?:每股)?\s?(?P<cur>人民币|港币|港元|美元|港)?\s?(?P<u>元|分|仙)\s?[)）]")
"""A per-share row's unit in its name ("每股基本盈利(人民币分)", "中期股息(每股港仙)"): a cent is a hundredth of the
currency."""
_SHARE_CURRENCIES = {**_CURRENCIES, "港": "HKD"}
_NOT_EXCLUDED = frozenset({"net income", "net income attributable to shareholders"})
"""Profits whose row name, once it says 扣除非经常性损益, is the profit excluding non-recurring items."""
_EXCLUDING_ITEMS = re.compile(r"扣除非经常性损益|扣非")


@dataclass(frozen=True)
class Columns:
    """The columns of a table of main figures, left to right: ``(kind, span)`` where kind is ``level``
    or ``change`` and span ``quarter`` or ``ytd``."""

    kinds: tuple[tuple[str, str], ...]
    scale: int
    currency: str
    stated: tuple[str, ...] = ()
    """The period of each column when the head names it ("2025年上半年 2024年上半年 变动%"); empty when
    the columns count from the report's quarter. A change column's span is then what its change is over
    (``yoy``, ``ytd``), or ``skip`` when its cells are not read."""
    note: bool = False
    """A column of note numbers comes before the figures ("附注 2025年 2024年"): a row may start with one."""
    cell_pct: bool = False
    """The change column's head gives no unit ("本年比上年增减"): a cell of it is a change in per cent (in points for a
    rate) when it carries "%" itself, an amount (not read) when it does not."""


def restated(columns: Columns, text: str) -> Columns | None:
    """The columns once a line under the head splits each prior column into the figure first reported and the figure
    restated (``_RESTATED_HEAD``): the first is not read (the restated one beside it is the period's figure); None when
    the text is no such line or the head has no prior column to split."""
    if not _RESTATED_HEAD.match(text) or columns.stated:
        return None
    splits = len(re.findall(r"调整前|重述前", text))
    kinds: list[tuple[str, str]] = []
    for kind, span in columns.kinds:
        if kind == "prior" and splits:
            kinds.append(("prior", "skip"))
            splits -= 1
        kinds.append((kind, span))
    return replace(columns, kinds=tuple(kinds)) if len(kinds) > len(columns.kinds) else None


_CAPTION_UNIT = re.compile(
    r"^\s*(?:综合|主要)?(?:业绩|经营业绩|财务状况|财务摘要|财务资料|财务数据|损益|资产负债)\s?"
    r"[(（]\s?(?P<cur1>人民币|港币|港元|美元)\s?(?P<scale>千元|万元|百万元|亿元|元)\s?[)）]\s*$"
)
"""A block's caption that gives its unit in brackets ("业绩（港币千元）", "财务状况（港币千元）"), as a Hong Kong group's
financial highlights page heads each of its tables."""


_HEAD_CELL_UNIT = re.compile(
    r"(?<=[年月日AaEe度季])\s?[(（]\s?(?P<cur1>人民币|港币|港元|美元|新台币)?\s?(?P<scale>千元|仟元|万元|百万元|亿元|元)\s?[)）]"
)
"""A unit a head's period cell carries after its period ("2025年（亿元）", "2024A(百万元)")."""


def head_cell_unit(text: str) -> tuple[str, tuple[int, str]] | None:
    """The head with its period cells' unit blanked out (offsets kept) and that unit, when two or more of its cells
    carry one and all carry the same; None otherwise (no unit, or cells in different units: no certain scale)."""
    if len(text) > 160 or "元" not in text or ("（" not in text and "(" not in text):
        return None
    found = list(_HEAD_CELL_UNIT.finditer(text))
    units = {(m.group("scale"), m.group("cur1") or "") for m in found}
    if len(found) < 2 or len(units) != 1:
        return None
    blanked = text
    for m in found:
        blanked = blanked[: m.start()] + " " * (m.end() - m.start()) + blanked[m.end() :]
    scale, cur = units.pop()
    return blanked, (_SCALES[scale], _CURRENCIES.get(cur, "CNY"))


def unit_line(text: str) -> tuple[int, str] | None:
    """(scale, currency) of a unit line ("单位:元 币种:人民币", "业绩（港币千元）"), None when the text is none."""
    if len(text) > 80 or ("单位" not in text and "元" not in text):
        return None
    after = _UNIT_AFTER_SCALE.search(text)
    if after is not None and len(text.strip()) <= 40:
        return _SCALES[after.group("scale") + "元"], _CURRENCIES[after.group("cur1")]
    m = _UNIT_LINE.search(text) or _CAPTION_UNIT.match(text) or _BARE_UNIT.match(text)
    if m is None or len(text.strip()) > 40:
        return None
    return _SCALES[m.group("scale")], _CURRENCIES.get(m.groupdict().get("cur") or m.group("cur1") or "", "CNY")


_FLASH_HEAD: tuple[tuple[re.Pattern[str], tuple[tuple[str, str], ...]], ...] = (
    # a results flash ("业绩快报"): the span reported, the same span a year before, the change between them
    (re.compile(r"本报告期\s+上年同期\s+增减(?:变动)?(?:幅度)?\s?[(（]\s?%\s?[)）]"),
     (("level", "ytd"), ("prior", "ytd"), ("change", "ytd"))),
    # its balances: at the report's end, at the year's start (the last year end), the change since then
    (re.compile(r"本报告期末\s+本报告期初\s+增减(?:变动)?(?:幅度)?\s?[(（]\s?%\s?[)）]"),
     (("level", "end"), ("prior", "end"), ("change", "end"))),
)
"""Heads of the tables of a results flash, with their columns' kinds and spans."""


_ONE_AMOUNT_HEAD = re.compile(r"^\s*项目\s+(?:本期|本报告期)(?:计提|发生|确认|转回)?(?:金额|数)\s*$")
"""The head of a notice's table of one column of amounts over the span it reports ("项目 本期计提金额" of the provisions
a notice on impairments lists): each row an amount of that span."""


_SENTENCE_STOP = re.compile(r"[，。；！？]")
"""Punctuation of a sentence, which no head row of a table holds."""


def head(text: str, unit: tuple[int, str] | None) -> Columns | None:
    """The columns a head row names, None when the text is no such head."""
    if _ONE_AMOUNT_HEAD.match(text):
        scale, currency = unit or (1, "CNY")
        return Columns((("level", "ytd"),), scale, currency)
    if "本报告期" not in text or len(text) > 160 or _SENTENCE_STOP.search(text):
        return None  # (a sentence that says "本报告期…；年初至报告期末…" is prose, no table's head)
    for pattern, flash in _FLASH_HEAD:
        if pattern.search(text):
            scale, currency = unit or (1, "CNY")
            return Columns(flash, scale, currency)
    kinds = [_COLUMN_KINDS[m.lastgroup or "q"] for m in _COLUMN.finditer(text)]
    if len(kinds) < 2 or not any(k == "level" for k, _ in kinds):
        return None
    scale, currency = unit or (1, "CNY")
    return Columns(tuple(kinds), scale, currency)


_HEAD_PERIOD = (
    r"(?:(?:于|截至)\s?)?(?:19|20)\d{2}\s?年(?:Q[1-4](?!\d)|\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}\s?-\s?\d{1,2}\s?月|\d{1,2}\s?月(?![\d日])|[\u4e00-\u9fff]{0,5})"
)
_SPAN_CAPTION = r"(?:截至|截止)\S{2,12}?止\S{1,3}个月"
"""The span a Hong Kong summary's head opens with, its years in the columns after it ("截至六月三十日止六个月 2025年 2024年
变动"): the report's span, which ``_running_years`` gives each year."""
_PERIOD_HEAD_TEXT = (
    rf"^\s*(?:(?:项目|主要会计数据|主要财务数据|主要财务指标|财务指标|指标|科目)\s+|{_SPAN_CAPTION}\s+)?(?P<note>附注\s+)?(?P<p1>{_HEAD_PERIOD})\s+(?P<p2>{_HEAD_PERIOD})"
    r"(?:\s+(?P<change>(?:本年末比上年度?末|本期末比上年度?末|本年比上年|本期比上年同期|比上年同期|比上年度?末|比上年|同比)?(?:变动|变化|增减(?:变动)?|变幅|(?<=同比)增长)|年增率|年增减率?|同比(?![\u4e00-\u9fff])|增加\s?/\s?[(（]\s?减少\s?[)）]|增\s?/\s?[(（]\s?减\s?[)）])(?:幅度|率|百分比)?"
    r"\s?(?P<pct>%|[(（]\s?%\s?[)）])?)?"
    rf"(?:\s+(?P<p3>{_HEAD_PERIOD}))?"
)
_PERIOD_HEAD = re.compile(_PERIOD_HEAD_TEXT + r"\s*$")
"""The head of a results table that names its two periods, the later first, and maybe a change column ("项目
2025年上半年 2024年上半年 变动 %", "附注 2025年 2024年", "于2025年6月30日 于2024年12月31日 变动(%)", "项目 2024年 2023年 本年比上年增减", "项目 2025年12月31日 2024年12月31日 本年末比上年末增减"; a Hong Kong
announcement's years and days in Chinese digits are read as ASCII); an annual report's third year after them ("项目
2025年 2024年 本年比上年增减(%) 2023年", "2025年末 2024年末 本年末比上年末增减(%) 2023年末"); an operating data release's two quarters or two
months a year apart ("项目 2025年第三季度 2024年第三季度 同比增减", "项目 2025年11月 2024年11月 同比增长")."""
_PERIOD_HEAD_RUN_ON = re.compile(_PERIOD_HEAD_TEXT + r"(?<=\S)(?=[\u4e00-\u9fff][^\d\s]{0,30}\s+\(?-?\d)")
"""A head whose change column runs straight into the first row's name ("… 2024年 变动收益 2,615,482 …"): a page that
ran its lines together."""
_INTERIM_WORD = re.compile(r"(?<=年)中期$")
_YEAR_QUARTER = re.compile(r"^((?:19|20)\d{2})\s?年\s?Q([1-4])$")
"""A head column of a quarter written with its year ("2026年Q3"), read as that quarter ("2026Q3")."""
_YEAR_END_WORD = re.compile(r"年度?(?:末|底)$")
"""A head column of a year's end ("2025年末", "2024年底"): a balance at that day, like "2025年12月31日"."""


def _head_period(token: str, ctx: periods.PeriodContext) -> tuple[str, str] | None:
    """(period, kind) a head's column names: a span or a year, or a day's quarter (kind ``point``); "2025年中期" is
    read as the bare year, which ``_running_years`` makes the interim's span."""
    token = _YEAR_QUARTER.sub(r"\1Q\2", _INTERIM_WORD.sub("", token.strip()))
    found = [pm for pm in periods.find_periods(token, ctx) if pm.period]
    end = _YEAR_END_WORD.search(token.rstrip())
    if end and len(found) == 1 and found[0].kind == "year" and found[0].end >= end.start() + 1:
        return f"{found[0].period}Q4", "point"
    if not found or found[-1].end < len(token.rstrip()):
        return None
    last = found[-1]
    period = last.period or ""
    if last.kind == "month" and token.rstrip().endswith("日"):
        return period, "point"
    if len(found) > 1 and not (last.kind == "span" and found[0].kind == "year" and period.startswith(found[0].period or "")):
        return None  # ("2025年前三季度": the year, then its span)
    if last.kind in ("quarter", "month") and len(found) == 1:
        return period, last.kind  # "2025年第三季度", "2025年11月": one quarter or one month
    return (period, "span" if "-" in period else "year") if last.kind in ("span", "year") else None


def _running_years(first: str, second: str, ctx: periods.PeriodContext) -> tuple[str, str]:
    """Two bare years of a head in a report of a span of the first of them ("截至2025年6月30日止六个月 … 2025年
    2024年"): that span of each year; other years stay years."""
    running = ctx.running or ""
    bounds = [periods.parse_quarter(q) for q in running.split("-")] if "-" in running else []
    if len(bounds) != 2 or bounds[0] is None or bounds[1] is None or running[:4] != first or not second.isdigit():
        return first, second
    shift = 4 * (int(second) - int(first))
    return running, periods.span(bounds[0] + shift, bounds[1] + shift)


def period_head(text: str, unit: tuple[int, str] | None, ctx: periods.PeriodContext) -> Columns | None:
    """The columns of a head that names two periods (``_PERIOD_HEAD``), None when the text is no such head:
    two spans a year apart (the change is year on year), or two days (a balance at each; the change since the
    last year end is the year to date's). A change column without "%" is read only where a cell carries "%" itself."""
    m = _PERIOD_HEAD.match(text)
    return None if m is None else _period_columns(m, unit, ctx)


def period_head_run_on(text: str, unit: tuple[int, str] | None, ctx: periods.PeriodContext) -> tuple[Columns, int] | None:
    """The columns of a period head with a change column that the first row runs on from, and where the head ends; None
    when the text starts with no such head."""
    m = _PERIOD_HEAD_RUN_ON.match(text)
    if m is None or not m.group("change"):
        return None
    columns = _period_columns(m, unit, ctx)
    return None if columns is None else (columns, m.end())


def _period_columns(m: re.Match[str], unit: tuple[int, str] | None, ctx: periods.PeriodContext) -> Columns | None:
    """The columns of a matched period head, None when its two periods are not two of one kind a year apart."""
    first, second = _head_period(m.group("p1"), ctx), _head_period(m.group("p2"), ctx)
    if first is None or second is None or first[1] != second[1]:
        return None
    if first[1] == "year":
        spans = _running_years(first[0], second[0], ctx)
        first, second = (spans[0], "span" if "-" in spans[0] else "year"), (spans[1], "span" if "-" in spans[1] else "year")
    if first[1] == "point":
        q1, q2 = periods.parse_quarter(first[0]), periods.parse_quarter(second[0])
        if q1 is None or q2 is None or q2 >= q1:
            return None
        change = "ytd" if q2 == q1 - q1 % 4 - 1 else "yoy" if q2 == q1 - 4 else "skip"
    elif year_before(first[0]) == second[0]:
        change = "yoy"
    else:
        return None
    cell_pct = not m.group("pct")
    kinds: tuple[tuple[str, str], ...] = (("level", "stated"), ("prior", "stated"))
    stated: tuple[str, ...] = (first[0], second[0])
    if m.group("change"):
        kinds, stated = (*kinds, ("change", change)), (*stated, first[0])
    if m.group("p3"):
        third = _third_period(m.group("p2"), m.group("p3"), second, ctx)
        if third is None:
            return None
        kinds, stated = (*kinds, ("prior", "stated")), (*stated, third)
    scale, currency = unit or (0, "CNY")
    return Columns(kinds, scale, currency, stated, note=bool(m.group("note")), cell_pct=cell_pct)


def _third_period(p2: str, p3: str, second: tuple[str, str], ctx: periods.PeriodContext) -> str | None:
    """The period of a head's third column, the year before its second ("2023年" after "2024年", "2023年末" after
    "2024年末"); None when it is not that, or when the second is a span a bare year stands for (a report's running span)."""
    third = _head_period(p3, ctx)
    if third is None or (second[1] in ("span", "year") and _head_period(p2, ctx) != second):
        return None
    if second[1] == "point":
        q2, q3 = periods.parse_quarter(second[0]), periods.parse_quarter(third[0])
        return third[0] if third[1] == "point" and q2 is not None and q3 == q2 - 4 else None
    return third[0] if third[1] == second[1] and year_before(second[0]) == third[0] else None


_SLASHED_COLUMN = rf"(?:{_HEAD_PERIOD})\s?/\s?(?:{_HEAD_PERIOD})"
_SLASHED_HEAD = re.compile(rf"^\s*(?:项目\s+)?(?P<cols>{_SLASHED_COLUMN}(?:\s+{_SLASHED_COLUMN})+)\s*$")
"""The head of a prospectus's or listing announcement's table of main figures, each column a balance date and the span
ending on it ("项目 2025年6月30日/2025年1-6月 2024年12月31日/2024年度 2023年12月31日/2023年度"), the latest first."""


def slashed_head(text: str, unit: tuple[int, str] | None, ctx: periods.PeriodContext) -> Columns | None:
    """The columns of a head whose columns name a day and a span apiece (``_SLASHED_HEAD``), None when the text is no
    such head: each column is its span (a balance row is read at the span's end), the first the latest, the others
    the figures it is set against."""
    m = _SLASHED_HEAD.match(text)
    if m is None:
        return None
    stated: list[str] = []
    for col in m.group("cols").split():
        day, _, span = col.partition("/")
        at, over = _head_period(day, ctx), _head_period(span, ctx)
        if at is None or over is None or at[1] != "point" or over[1] not in ("span", "year"):
            return None
        ends = (over[0] + "Q4") if over[1] == "year" else over[0].split("-")[-1]
        if ends != at[0]:
            return None  # the day is no end of the span: no such head
        stated.append(over[0])
    if len(set(stated)) != len(stated):
        return None
    scale, currency = unit or (0, "CNY")
    kinds = (("level", "stated"),) + (("prior", "stated"),) * (len(stated) - 1)
    return Columns(kinds, scale, currency, tuple(stated))


_DATED_COLUMN = (
    r"(?:19|20)\d{2}\s?(?:[/-]\s?\d{1,2}(?:[/-]\d{1,2}(?![\d/-]))?(?:\s?-\s?(?:[一二三四五六七八九十]{1,2}个月|[一三]季报?|中期|年报|年度))?"
    r"|年\s?第?[一二三四1-4]季度|Q[1-4](?![A-Za-z\d.]))"
)
_DATED_HEAD = re.compile(
    rf"^\s*(?:报告期|报告日期|截止日期|指标|项目|获利能力|经营绩效)?\s*(?P<cols>{_DATED_COLUMN}(?:\s+{_DATED_COLUMN})+)"
)
"""The head of a quote site's financial table: its columns dated by year and month, the latest first ("报告期 2025/09 -
九个月 2024/12 2023/12"), or by single quarters ("报告期 2025年第三季度 2025年第二季度"); the rows after it may run on in the
same paragraph."""
_DATED_ONE = re.compile(r"(?P<y>(?:19|20)\d{2})\s?(?:[/-]\s?(?P<m>\d{1,2})(?:[/-]\d{1,2})?|年\s?第?(?P<q>[一二三四1-4])季度|Q(?P<qn>[1-4]))")
_QUARTER_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}


def dated_head(text: str, unit: tuple[int, str] | None) -> tuple[Columns, int] | None:
    """The columns of a head dated by year and month (``_DATED_HEAD``) and where the head ends, None when the text opens
    with no such head. A column ending in December is its year; any other is the year to its month (the figures of
    a quarterly report are the year's to date)."""
    m = _DATED_HEAD.match(text)
    if m is None:
        return None
    stated: list[str] = []
    for d in _DATED_ONE.finditer(m.group("cols")):
        if d.group("q") or d.group("qn"):
            # "2025年第三季度", "2025Q3" on a quote site's page of single quarters: that quarter alone
            q = d.group("q") or d.group("qn")
            stated.append(periods.quarter_str(int(d.group("y")) * 4 + int(_QUARTER_DIGITS.get(q, q)) - 1))
            continue
        year, month = int(d.group("y")), int(d.group("m"))
        if not 1 <= month <= 12:
            return None
        last = periods.calendar_quarter(year, month)
        stated.append(str(year) if month == 12 else periods.span(year * 4, last) if last > year * 4 else periods.quarter_str(last))
    if len(set(stated)) != len(stated):
        return None
    scale, currency = unit or (0, "CNY")
    first = _quarter_bounds(stated[0])
    later = (("level" if _within(_quarter_bounds(col), first) else "prior", "stated") for col in stated[1:])
    kinds = (("level", "stated"), *later)
    return Columns(kinds, scale, currency, tuple(stated)), m.end()


def _quarter_bounds(period: str) -> tuple[int, int] | None:
    """The first and last quarter of a year, a span or a quarter ("2025", "2025Q1-2025Q3", "2025Q3")."""
    if period.isdigit():
        return int(period) * 4, int(period) * 4 + 3
    ends = [periods.parse_quarter(q) for q in period.split("-")]
    if len(ends) not in (1, 2) or any(q is None for q in ends):
        return None
    return ends[0] or 0, ends[-1] or 0


def _within(inner: tuple[int, int] | None, outer: tuple[int, int] | None) -> bool:
    """A column's span lies inside the latest column's ("2025年1-6月" beside "2025年1-9月"): a part of the period
    the table reports, no figure it is set against."""
    return inner is not None and outer is not None and outer[0] <= inner[0] and inner[1] <= outer[1]


_QUARTER_COLUMN = r"第([一二三四1-4])季度(?:\s?[(（]\s?\d{1,2}\s?-\s?\d{1,2}\s?月份?\s?[)）])?"
_QUARTERS_HEAD = re.compile(rf"^\s*(?:项目|指标)?\s*(?P<cols>{_QUARTER_COLUMN}(?:\s+{_QUARTER_COLUMN}){{1,3}})\s*$")
"""The head of an annual report's table of its quarters ("项目 第一季度 第二季度 第三季度 第四季度", a column maybe with its
months: "第一季度（1-3月份）"): each column one quarter of the year reported, no year written."""


def quarters_head(text: str, unit: tuple[int, str] | None, quarter: int | None) -> Columns | None:
    """The columns of a head of the year's quarters (``_QUARTERS_HEAD``) in a report of a whole year (``quarter`` its
    last quarter): each column that quarter of the year, each its own figure; None when the text is no such head or the
    report is of no whole year."""
    m = _QUARTERS_HEAD.match(text)
    if m is None or quarter is None or quarter % 4 != 3:
        return None
    first = quarter - 3
    stated = [
        periods.quarter_str(first + int(_QUARTER_DIGITS.get(q.group(1), q.group(1))) - 1)
        for q in re.finditer(_QUARTER_COLUMN, m.group("cols"))
    ]
    if len(set(stated)) != len(stated) or stated != sorted(stated):
        return None
    scale, currency = unit or (0, "CNY")
    return Columns((("level", "stated"),) * len(stated), scale, currency, tuple(stated))


_ESTIMATE_COLUMN = re.compile(r"(?P<fc>预测)?\s?(?P<y>(?:19|20)\d{2})\s?[(（]\s?(?P<kind>实际值|实际|平均值?|预测值?|中值)\s?[)）]")
_ESTIMATE_HEAD = re.compile(
    r"^\s*(?:预测指标|指标|项目|财务指标)\s+(?P<cols>(?:(?:预测)?\s?(?:19|20)\d{2}\s?[(（][^()（）]{1,3}[)）]\s*){2,})$"
)
"""The head of a quote site's table of analysts' forecasts beside the years already reported ("预测指标 2023(实际值)
2024(实际值) 预测2025(平均) 预测2026(平均)"): a reported year's column holds the company's figures, a forecast's none."""


def estimate_head(text: str, unit: tuple[int, str] | None) -> Columns | None:
    """The columns of a forecast table's head (``_ESTIMATE_HEAD``): each reported year's column read (the latest as the
    level, the earlier as its prior years), each forecast's column skipped; None when the text is no such head."""
    m = _ESTIMATE_HEAD.match(text)
    if m is None:
        return None
    cols = list(_ESTIMATE_COLUMN.finditer(m.group("cols")))
    actual = [c.group("y") for c in cols if c.group("kind").startswith("实际") and not c.group("fc")]
    if not actual or len(cols) < 2:
        return None
    latest = max(actual)
    kinds: list[tuple[str, str]] = []
    for c in cols:
        reported = c.group("kind").startswith("实际") and not c.group("fc")
        kinds.append(("level" if c.group("y") == latest else "prior", "stated") if reported else ("level", "skip"))
    scale, currency = unit or (1, "CNY")
    return Columns(tuple(kinds), scale, currency, tuple(c.group("y") for c in cols))


_AE_HEAD = re.compile(
    r"^\s*(?:(?:[\u4e00-\u9fffA-Za-z（）()/：:]{1,16}|(?=\S*[\u4e00-\u9fff])[\u4e00-\u9fffA-Za-z0-9（）()/：:]{1,16})\s+)?(?P<cols>(?:(?:19|20)\d{2}\s?[AaEeFfPp]\s*){2,})$"
)
"""The head of a broker's table of results and forecasts, its years marked actual or estimated ("会计年度 2024A 2025E
2026E 2027E", "指标 2023A 2024A 2025E"): a reported year's column holds the company's figures, an estimate's (E, F, P)
a broker's forecast, no fact."""
_AE_COLUMN = re.compile(r"(?P<y>(?:19|20)\d{2})\s?(?P<k>[AaEeFfPp])")


def ae_head(text: str, unit: tuple[int, str] | None) -> Columns | None:
    """The columns of a head of years marked actual or estimated (``_AE_HEAD``): each actual year's column read (the
    latest as the level, the earlier as its prior years), each estimate's skipped; None when the text is no such head."""
    m = _AE_HEAD.match(text)
    if m is None:
        return None
    cols = list(_AE_COLUMN.finditer(m.group("cols")))
    years = [c.group("y") for c in cols]
    if len(set(years)) != len(years) or years != sorted(years):
        return None
    actual = [c.group("y") for c in cols if c.group("k") in "Aa"]
    latest = max(actual) if actual else None
    kinds = tuple(
        ("level" if c.group("y") == latest else "prior", "stated") if c.group("k") in "Aa" else ("level", "skip")
        for c in cols
    )
    scale, currency = unit or (0, "CNY")  # (no unit line: an amount is read only where its row names its unit)
    return Columns(kinds, scale, currency, tuple(years))


_METRIC_HEAD_LEAD = re.compile(r"^\s*(?:项目|分行业|分产品|分地区|分销售模式|分业务|行业|产品|地区|业务)?\s+")
_METRIC_COLUMN_CHANGE = re.compile(r"比上年(?:同期)?增减(?:变动)?(?:幅度)?\s?(?:[(（]\s?%\s?[)）])?$")
"""After a column's metric: the column is its change on the year before ("营业收入比上年同期增减")."""


@dataclass(frozen=True)
class LineColumns:
    """The columns of a table of business lines, one metric a column ("营业收入 营业成本 毛利率 营业收入比上年同期增减 …"):
    each column's metric and whether it holds the change on the year before."""

    metrics: tuple[tuple[Metric, bool], ...]
    scale: int
    currency: str


def line_head(text: str, unit: tuple[int, str] | None) -> LineColumns | None:
    """The columns of a head naming a metric a column, None when the text is no such head: every word after the first
    ("项目", "分产品") is a metric's whole name, maybe with its change on the year before."""
    lead = _METRIC_HEAD_LEAD.match(text)
    if lead is None:
        return None
    words = text[lead.end() :].split()
    if len(words) < 3:
        return None
    cols: list[tuple[Metric, bool]] = []
    for word in words:
        change = _METRIC_COLUMN_CHANGE.search(word)
        stem = word[: change.start()] if change else word
        metric = _whole_alias(stem)
        if metric is None:
            return None
        cols.append((metric, change is not None))
    scale, currency = unit or (0, "CNY")
    return LineColumns(tuple(cols), scale, currency)


_HEAD_RUN_ON = re.compile(r"比上年(?:同期)?增减(?:变动)?(?:幅度)?\s?(?:[(（]\s?%\s?[)）])?(?=[\u4e00-\u9fff][^\d\s]{0,19}\s+[\d(增减上下+-])")
"""The end of a head's last change column with the first row's name run on after it ("…毛利率比上年增减(%)电气设备制造
3,402,615,280.45 …"): a page that ran its lines together."""


def line_head_run_on(text: str, unit: tuple[int, str] | None) -> tuple[LineColumns, int] | None:
    """The columns of a head of business lines' metrics whose first row runs on after it, and where the head ends; None
    when the text is no such head."""
    m = _HEAD_RUN_ON.search(text)
    if m is None:
        return None
    columns = line_head(text[: m.end()], unit)
    return None if columns is None else (columns, m.end())


_LINE_NAME = re.compile(r"^\s*(?P<name>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z&()（）]{0,19}?)\s+(?=[\d(增减上下+-])")
_LINE_TOTAL = frozenset({"合计", "总计", "小计", "主营业务", "营业收入合计"})


def line_row_facts(p: Paragraph, text: str, columns: LineColumns, period: str | None, company: str) -> list[Fact] | None:
    """The facts of a row of a table of business lines: the row's line (the company for a total row) is their subject,
    each column's metric theirs; None when the line is no such row (the table has ended)."""
    m = _LINE_NAME.match(text)
    if m is None:
        return None
    cells = list(_CELL.finditer(text, m.end()))
    if len(cells) != len(columns.metrics) or text[cells[-1].end() :].strip():
        return None
    name = m.group("name")
    subject = company if name in _LINE_TOTAL else name
    facts: list[Fact] = []
    for cell, (metric, is_change) in zip(cells, columns.metrics, strict=True):
        if cell.group("na"):
            continue
        points = next((g for g in _POINTS if cell.group(g)), "")
        number = "neg" if cell.group("neg") else "n"
        if cell.group("pp"):
            value = float(Decimal(cell.group(points)))
            falls = cell.group("dir") in ("减少", "下降") or points in ("ppneg", "ppin") or cell.group("ppsign") == "-"
            value, unit, change = (-value if falls else value), "pp", "yoy"
        else:
            value = float(Decimal(cell.group(number).replace(",", "")))
            value = -value if number == "neg" else value
            if is_change:
                unit, change = ("pp" if metric.ratio else "%"), "yoy"
            elif metric.ratio:
                unit, change = "%", None
            elif metric.monetary and columns.scale:
                value, unit, change = value * columns.scale, columns.currency, None
            else:
                continue
        end = cell.end()
        facts.append(
            Fact(
                subject=subject,
                metric=metric.name,
                value=value,
                unit=unit,
                paragraph=p.n,
                evidence=p.text[m.start("name") : end],
                start=m.start("name"),
                end=end,
                change=change,  # type: ignore[arg-type]
                period=period,
                speaker=p.speaker,
                raw=p.text[cell.start(points or number) : end if not (points in ("ppneg", "ppin") or number == "neg") else _bracket_end(cell, points or number)],
            )
        )
    return facts


_MONTHS = re.compile(r"(\d{4})-(\d{2})(?:-(\d{4})-(\d{2}))?")
"""A month or a span of months as a period string ("2025-11", "2025-01-2025-11")."""


def year_before(period: str) -> str | None:
    """The same period a year earlier ("2025Q1-2025Q2" -> "2024Q1-2024Q2", "2025" -> "2024"), None for another form."""
    if period.isdigit():
        return str(int(period) - 1)
    months = _MONTHS.fullmatch(period)
    if months is not None:  # "2025-11", "2025-01-2025-11": the same months a year before
        y1, m1, y2, m2 = months.groups()
        return f"{int(y1) - 1}-{m1}" if y2 is None else f"{int(y1) - 1}-{m1}-{int(y2) - 1}-{m2}"
    bounds = [periods.parse_quarter(q) for q in period.split("-")]
    if not bounds or any(b is None for b in bounds):
        return None
    qs = [b - 4 for b in bounds if b is not None]
    return periods.quarter_str(qs[0]) if len(qs) == 1 else periods.span(qs[0], qs[1])


def _metric(name: str) -> Metric | None:
    """The metric a row's name matches: the longest alias in it."""
    best: tuple[int, Metric] | None = None
    for start, end, entry in lm.metric_matcher().finditer(name):
        if entry is not None and (best is None or end - start > best[0]):
            best = (end - start, entry)
    return best[1] if best else None


_DEDUCTED = re.compile(r"\b(?:cost|costs|expense|expenses)\b")
"""A metric a table shows in brackets as a deduction: its amount is the bracket's figure."""
_SIGNED = re.compile(r"\b(?:income|profit|earnings|EPS|loss|cash flow)\b")
"""A metric whose bracketed amount is below zero (a loss, an outflow)."""
_ROW_LEAD = re.compile(r"[\s\-－—–・·]*(?:[一二三四五六七八九十]{1,2}\s?、\s?)?")
"""Before a row's name: a dash or bullet, or the Chinese ordinal of a statement's section ("一、营业总收入")."""
_ROW_PERIOD = re.compile(r"期内|年内|本期|本年度?")
_ROW_TAIL = re.compile(r"(?:\s*(?:[(（][^()（）]*[)）]|[\-－—–・·]|基本|摊薄|总额|净额|合计|(?<=\s)[A-Z][A-Za-z&]{1,5}(?![A-Za-z])))*\s*")
"""After a row's metric: a unit, a dash, a word saying which kind of it, or its English abbreviation ("净资产收益率 ROE (%)")."""
_GROWTH_NAME = re.compile(r"(?:(?:同比)?(?:增长率|增速|增长)|同比)(?=\s*(?:[(（][^()（）]*[)）])?\s*$)")
"""The end of a row's name saying its cells are the metric's growth on the year before ("营业收入同比增长率 (%)", "营收同比（%）")."""


_SUB_ITEM = re.compile(r"^\s*其中\s?[:：]\s?(?P<part>[\u4e00-\u9fff]{2,12})\s*$")
"""A row that is a part of the row above ("其中：正极材料" under "营业总收入"): its name, Chinese words only."""
_NO_PART = re.compile(r"[年季月期]|合计|其他|非经常|扣除|归属|少数|利息|费用|成本|税")
"""Words a part of the business is never named by: a period, a total or rest, a share of profit, a charge or a cost."""


def sub_item(name: str, parent: str) -> str | None:
    """The part a "其中：" row names when its name is no metric and the row above is an amount of the whole business
    ("其中：正极材料" under revenue: the cathode business's revenue); the parent's own word after the part
    ("其中：境外收入") is no part of its name. None when the row is no such part."""
    m = _SUB_ITEM.match(name)
    metric = lm.metric_by_name(parent)
    if m is None or metric is None or not metric.monetary or metric.point or metric.ratio or metric.cost:
        return None
    part = m.group("part")
    for a, b, entry in lm.metric_matcher().finditer(part):
        if entry is None:
            continue
        if entry.name != parent or b != len(part) or a < 2:
            return None  # a metric of its own ("其中：归属于母公司股东的净利润"), not a part
        part = part[:a]
        break
    return None if _NO_PART.search(part) else part


_BARE_GROWTH = re.compile(r"\s*(?:[(（]\s?%\s?[)）])?\s*")
"""What is left of a row's name that is only a growth rate ("增长率(%)", "同比增长"): its unit, if any."""


def _whole_name_metric(name: str) -> Metric | None:
    """The metric of a row whose name is that metric's alias, with at most a period word before it and a unit, a
    dash or "基本/摊薄" after it ("期内溢利", "每股盈利(人民币分)－基本"); None for a name that holds more ("其他收入",
    "其他收益及亏损净额"), whose alias names something else. A period word inside the name is no part of what it
    names ("本公司拥有人应占期内溢利" is "本公司拥有人应占溢利")."""
    found = _whole_alias(name)
    bare = _ROW_PERIOD.sub("", name)
    return found if found is not None or bare == name else _whole_alias(bare)


def _whole_alias(name: str) -> Metric | None:
    """The metric whose alias is the whole name but for a period word before it and a unit or dash after it."""
    lead = _ROW_LEAD.match(name)
    start = lead.end() if lead else 0
    period = _ROW_PERIOD.match(name, start)
    starts = {start, period.end() if period else start}
    best: tuple[int, Metric] | None = None
    for a, b, entry in lm.metric_matcher().finditer(name):
        if entry is not None and a in starts and _ROW_TAIL.fullmatch(name, b) and (best is None or b > best[0]):
            best = (b, entry)
    return best[1] if best else None


def name_only(text: str) -> bool:
    """Whether a line of the table holds a row's name and no cell: the name, or its first part, of a
    row whose cells (or the rest of whose name) the next line holds ("归属于上市公司股东的净利" over
    "润 -36,128,235.45 不适用 …")."""
    line = text.strip()
    if _SENTENCE.search(line):
        return False  # "‧ 毛利约为人民币701.2百万元，较2024年增加约5.3%。": a sentence below the table
    return 0 < len(line) <= 40 and _CELL.search(line) is None and re.search(r"[\u4e00-\u9fff]", line) is not None


_SENTENCE = re.compile(r"[，。；]|\d(?:\.\d+)?\s?(?:%|[万亿]?元|百万)")
"""What a row's name never holds: a sentence's punctuation or a figure with its unit."""


_COLUMN_NOTE = re.compile(
    r"(?:[(（]\s?(?:未经审核|经审核|未经审计|经审计|重列|经重列)\s?[)）]|(?:人民币|港币|港元|美元)?(?:千元|万元|百万元|亿元|元)|%)"
    r"(?:\s+(?:[(（]\s?(?:未经审核|经审核|未经审计|经审计|重列|经重列)\s?[)）]|(?:人民币|港币|港元|美元)?(?:千元|万元|百万元|亿元|元)|%))*"
)
"""A line under a head that notes each column ("(未经审核) (未经审核)", "人民币千元 人民币千元 %"), no row."""


def column_note(text: str) -> bool:
    """Whether a line of a table only notes its columns' audit status or units (``_COLUMN_NOTE``)."""
    return _COLUMN_NOTE.fullmatch(text.strip()) is not None


_NOTE_UNIT = re.compile(r"(?P<cur>人民币|港币|港元|美元)?(?P<scale>千元|万元|百万元|亿元|元)")


def noted_unit(columns: Columns, text: str) -> Columns:
    """The columns with the unit a column note gives ("人民币千元 人民币千元 %") when no unit line above gave one."""
    m = _NOTE_UNIT.search(text)
    if m is None or columns.scale:
        return columns
    return replace(columns, scale=_SCALES[m.group("scale")], currency=_CURRENCIES.get(m.group("cur") or "", columns.currency))


_RUN_ON_ROW = re.compile(r"(?:(?<=[\d%])|(?<=[\d%]\))|(?<=不适用)|(?<=\d个百分点)|(?<=\d百分点))(?=[\u4e00-\u9fff])(?!个?百分点|倍)")
"""Where one row of a table ends and the next row's name begins when a page ran its rows together
("… 162,318.77 14.85营业利润 21,306.12 …", "… 20.44%归属于上市公司股东的净利润 …", "… (8.9%)毛利 …", "… 58,245
不适用每股基本盈利 …")."""


def _bracket_end(cell: re.Match[str], group: str) -> int:
    """The end of a bracketed cell's figure as written: its number, with its "%" when the brackets hold one."""
    if group == "ppin":
        return cell.end() - 1  # "(0.47ppt)": the move and its unit, inside the brackets
    return cell.end("negpct") if group == "neg" and cell.group("negpct") else cell.end(group)


def rows_in(text: str) -> list[tuple[int, int]]:
    """The stretches of a table line that are rows of their own: the whole line, or each row of rows run together."""
    cuts = [m.start() for m in _RUN_ON_ROW.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return list(itertools.pairwise(bounds))


def _cell_period(kind: str, span: str, quarter: int) -> tuple[str, str | None, str | None]:
    """(period, change, basis) of a cell of a column."""
    if span == "end":
        if kind == "prior":
            return periods.quarter_str(quarter - quarter % 4 - 1), None, "prior"
        return periods.quarter_str(quarter), ("ytd" if kind == "change" else None), None
    if span == "quarter":
        if kind == "prior":
            return periods.quarter_str(quarter - 4), None, "prior"
        return periods.quarter_str(quarter), ("yoy" if kind == "change" else None), None
    first = quarter - quarter % 4
    if kind == "prior":
        return periods.span(first - 4, quarter - 4), None, "prior"
    return periods.span(first, quarter), ("yoy" if kind == "change" else None), None


_LOSS_ALTERNATIVE = re.compile(r"[(（]\s?(?:亏损|损失)\s?[)）]\s?[／/]\s?|\s?[／/]\s?[(（]\s?(?:亏损|损失)\s?[)）]")
"""The loss a profit row's name gives as its other sign ("本公司拥有人应占期内（亏损）／溢利", "除税前溢利 / (亏损)"): the row is
the profit's, a bracketed cell of it the loss."""
_PCT_ROW = re.compile(r"[(（]\s?%\s?[)）]\s*$")
"""The end of a row's name that gives its unit as per cent ("不良贷款率（%）"): a change cell of it is a move in points."""


def row_facts(
    p: Paragraph,
    text: str,
    columns: Columns,
    quarter: int | None,
    subject: str,
    before: str = "",
    span: tuple[int, int] | None = None,
    parent: str | None = None,
) -> list[Fact] | None:
    """The facts of one row of the table (``before``: the start of its name, on the lines above; ``span``: the
    row's stretch of a line holding several; ``parent``: the metric of the row above, which a "其中：" row is a part
    of), None when the row does not fit the columns (the table has ended: the line is read as text); no fact for a
    row whose name no metric matches."""
    lo, hi = span or (0, len(text))
    cells = [c for c in _CELL.finditer(text[:hi], lo) if c.end() <= hi]
    name_end = cells[0].start() if cells else hi
    if columns.note and len(cells) == len(columns.kinds) + 1 and re.fullmatch(r"\d{1,2}", cells[0].group()):
        cells = cells[1:]  # "收益 4 1,532,406 1,398,215": the note's number, no figure
    if len(cells) != len(columns.kinds):
        return None
    name = _LOSS_ALTERNATIVE.sub("", before + text[lo:name_end].strip())
    if not re.search(r"[\u4e00-\u9fff]", name):
        return None
    growth = _GROWTH_NAME.search(name) if columns.stated else None
    if growth is not None:
        name = name[: growth.start()] + name[growth.end() :]
    metric = _whole_name_metric(name) if columns.stated else _metric(name)
    if metric is None and parent is not None and (part := sub_item(name, parent)) is not None:
        metric, subject = lm.metric_by_name(parent), part
    if metric is None and growth is not None and parent is not None and _BARE_GROWTH.fullmatch(name):
        above = lm.metric_by_name(parent)  # "增长率(%)" under "营业收入(百万元)": the growth of the row above
        metric = above if above is not None and not above.ratio else None
    if metric is None:
        return []
    metric_name = metric.name
    if _EXCLUDING_ITEMS.search(name) and metric_name in _NOT_EXCLUDED:
        metric_name = "net income excluding non-recurring items"
    per_share = "每股" in name
    share_unit = _PER_SHARE_UNIT.search(name) if per_share else None
    share_currency = columns.currency
    if share_unit is not None and share_unit.group("cur"):
        share_currency = _SHARE_CURRENCIES[share_unit.group("cur")]
    cents = share_unit is not None and share_unit.group("u") in ("分", "仙")
    scale, currency = columns.scale, columns.currency
    own_unit = _ROW_UNIT.search(name)
    if own_unit is not None:
        scale, currency = _SCALES[own_unit.group("scale")], _CURRENCIES.get(own_unit.group("cur") or "", currency)
    facts: list[Fact] = []
    for k, (cell, (kind, cspan)) in enumerate(zip(cells, columns.kinds, strict=True)):
        if cell.group("na") or cspan == "skip":
            continue
        if kind == "change" and columns.cell_pct and not (cell.group("pct") or cell.group("negpct") or cell.group("pp") or _PCT_ROW.search(name)):
            continue  # an amount in a change column whose head gives no unit (a row named "…（%）" is in per cent)
        if columns.stated:
            period, col_change, basis = (
                columns.stated[k],
                cspan if kind == "change" else None,
                "prior" if kind == "prior" else None,
            )
            if metric.point and "-" in period and periods.parse_quarter(period.split("-")[-1]) is not None:
                period = period.split("-")[-1]  # a balance of a column of the year to date: at its end
        elif quarter is not None:
            period, col_change, basis = _cell_period(kind, cspan, quarter)
        else:
            period, col_change, basis = None, None, None
        number = "neg" if cell.group("neg") else "n"
        points = next((g for g in _POINTS if cell.group(g)), "")
        if cell.group("pp"):
            value = float(Decimal(cell.group(points)))
            falls = cell.group("dir") in ("减少", "下降") or points in ("ppneg", "ppin") or cell.group("ppsign") == "-"
            value = -value if falls else value
            unit, change = "pp", col_change or "yoy"
        else:
            value = float(Decimal(cell.group(number).replace(",", "")))
            negative = number == "neg"
            if negative and kind != "change" and not metric.ratio:
                if _DEDUCTED.search(metric_name):
                    negative = False  # "销售成本 (1,180,288)": a cost, shown as a deduction
                elif not _SIGNED.search(metric_name):
                    continue  # a bracketed amount of a measure that is neither a cost nor a profit: unsure
            value = -value if negative else value
            if growth is not None:
                unit, change = ("pp" if metric.ratio else "%"), "yoy"
            elif kind == "change":
                unit, change = ("pp" if metric.ratio else "%"), col_change or "yoy"
            elif metric.ratio:
                unit, change = "%", None
            elif per_share:
                value = float(Decimal(str(value)) / 100) if cents else value
                unit, change = share_currency, None
            elif metric.monetary and scale:
                factor = _COUNT_SCALES[cell.group("zscale")] if cell.group("zscale") else 1  # "18.62亿" under "(元)"
                value, unit, change = float(Decimal(str(value)) * factor * scale), currency, None
            elif not metric.monetary and (counted := _ROW_COUNT_UNIT.search(name)) is not None:
                factor = _COUNT_SCALES.get(counted.group("scale") or "", 1)
                value = float(Decimal(str(value)) * factor)
                unit, change = _COUNT_UNITS.get(counted.group("what"), "count"), None
            else:
                continue
        start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
        facts.append(
            Fact(
                subject=subject,
                metric=metric_name,
                value=value,
                unit=unit,
                paragraph=p.n,
                evidence=p.text[start : cell.end()],
                start=start,
                end=cell.end(),
                change=change,  # type: ignore[arg-type]
                period=period,
                speaker=p.speaker,
                raw=p.text[cell.start(points or number) : _bracket_end(cell, points or number) if points in ("ppneg", "ppin") or number == "neg" else cell.end()],
                # (a growth rate of an earlier year's column is that year's change, no base of another figure)
                basis=None if change is not None else basis,  # type: ignore[arg-type]
            )
        )
    return facts


# --- a table flattened into one paragraph -----------------------------------------------------
# Text taken from a report's PDF may hold the whole table of main figures on one line: a unit
# ("单位:人民币百万元" or "人民币百万元"), a head naming two years and a change column with the dates or
# months the years are taken at ("2019 年 2018 年 增减(%) 9 月 30 日 12 月 31 日", "2019 年 1-9 月
# 2018 年 1-9 月 增减(%)"), then rows of a name and three cells ("营业收入 423,759 394,377 7.5"). The first
# cell is of the first year, the second of the second (a comparison base), the third the change in per
# cent; a head of dates makes balances (the change since the later date's year end), a head of months
# spans of those months.

_FLAT_UNIT = re.compile(
    r"单位\s?[:：]\s?(?P<cur1>人民币|美元|港元|港币)?\s?(?P<s1>千元|万元|百万元|亿元|元)"
    r"|(?P<cur2>人民币|美元|港元|港币)\s?(?P<s2>千元|万元|百万元|亿元)"
)
_FLAT_DATES = (
    r"(?P<m1>1[0-2]|0?[1-9])\s?月\s?(?P<d1>[0-3]?\d)\s?日\s+(?P<m2>1[0-2]|0?[1-9])\s?月\s?(?P<d2>[0-3]?\d)\s?日"
)
_FLAT_HEAD = re.compile(
    r"(?P<y1>20\d{2})\s?年\s+(?:(?P<a1>1[0-2]|[1-9])\s?-\s?(?P<b1>1[0-2]|[1-9])\s?月\s+)?"
    r"(?P<y2>20\d{2})\s?年\s+(?:(?P<a2>1[0-2]|[1-9])\s?-\s?(?P<b2>1[0-2]|[1-9])\s?月\s+)?"
    r"(?:增减|变动|变化)(?:幅度)?\s?[(（]\s?%\s?[)）]"
    rf"(?:\s+{_FLAT_DATES})?"
)
"""The head of a flattened table: two years, the months each is taken over or the dates after the change
column."""
_FLAT_WORD_HEAD = re.compile(
    r"(?P<bal>本报告期末\s+上年度末\s+本报告期末比上年度末增减(?:变动)?(?:幅度)?\s?[(（]\s?%\s?[)）])"
    r"|(?P<ytd>年初至报告期末\s?(?:[(（]\s?1\s?-\s?(?:3|6|9|12)\s?月\s?[)）])?\s+上年初至上年报告期末\s?"
    r"(?:[(（]\s?1\s?-\s?(?:3|6|9|12)\s?月\s?[)）])?\s+比上年同期增减(?:变动)?(?:幅度)?\s?[(（]\s?%\s?[)）])"
)
"""The same heads in a report's own words ("本报告期末 上年度末 本报告期末比上年度末增减(%)", "年初至报告期末（1-9月）
上年初至上年报告期末（1-9月） 比上年同期增减(%)"): the periods are the report's quarter and the year to it."""
_FLAT_CELL = r"\(?-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?|-?\d+(?:\.\d+)?|-|不适用"
_FLAT_ROW = re.compile(
    rf"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）/、]*?(?:\s?[(（]元/股[)）])?)\s+(?P<c1>{_FLAT_CELL})\s+"
    rf"(?P<c2>{_FLAT_CELL})\s+(?P<c3>{_FLAT_CELL})(?=\s|$)"
)
"""A row of a flattened table: its name and its three cells."""
_NOTE_MARK = re.compile(r"[(（]\d[)）]$")
_NAME_REST = re.compile(r"\s(?P<rest>[\u4e00-\u9fff]{2,10})(?=\s[\u4e00-\u9fff]|\s?$)")
"""After a row's cells: the end of a name wrapped past them, before the next row's name."""


@dataclass(frozen=True)
class FlatCell:
    """One figure of a flattened table: where it is written and what it says."""

    start: int
    end: int
    metric: str
    value: float
    unit: str
    change: str | None
    period: str | None
    basis: str | None


def _cell_value(cell: str) -> float | None:
    """The number a cell holds ("(30,655)" is negative), None for "-" and "不适用"."""
    digits = cell.strip("()").replace(",", "")
    if not re.fullmatch(r"-?\d+(?:\.\d+)?", digits):
        return None
    value = float(Decimal(digits))
    return -value if cell.startswith("(") else value


def flat_table(text: str, quarter: int | None = None) -> tuple[list[FlatCell], list[tuple[int, int]]]:
    """The figures of every flattened table in a paragraph and the stretches of text the tables fill (their
    facts come from here, not from reading the text); ``quarter``: the report's, for heads that name no year."""
    cells: list[FlatCell] = []
    spans: list[tuple[int, int]] = []
    heads = sorted([*_FLAT_HEAD.finditer(text), *_FLAT_WORD_HEAD.finditer(text)], key=lambda h: h.start())
    for i, head in enumerate(heads):
        unit = None
        for u in _FLAT_UNIT.finditer(text, 0, head.start()):
            unit = u
        if unit is None:
            continue
        scale = _SCALES.get(unit.group("s1") or unit.group("s2"), 1)
        currency = _CURRENCIES.get(unit.group("cur1") or unit.group("cur2") or "", "CNY")
        change: str | None
        if head.re is _FLAT_WORD_HEAD:
            if quarter is None:
                continue
            if head.group("bal"):
                p1, p2, change = periods.quarter_str(quarter), periods.quarter_str(quarter - quarter % 4 - 1), "ytd"
            else:
                first = quarter - quarter % 4
                p1, p2, change = periods.span(first, quarter), periods.span(first - 4, quarter - 4), "yoy"
        elif head.group("m1"):
            y1, y2 = int(head.group("y1")), int(head.group("y2"))
            p1 = periods.quarter_str(y1 * 4 + (int(head.group("m1")) - 1) // 3)
            p2 = periods.quarter_str(y2 * 4 + (int(head.group("m2")) - 1) // 3)
            change = "ytd" if head.group("m2") == "12" and y2 == y1 - 1 else None
        elif head.group("a1") and head.group("a2"):
            y1, y2 = int(head.group("y1")), int(head.group("y2"))
            a, b = int(head.group("a1")), int(head.group("b1"))
            p1 = periods.span(y1 * 4 + (a - 1) // 3, y1 * 4 + (b - 1) // 3)
            p2 = periods.span(y2 * 4 + (a - 1) // 3, y2 * 4 + (b - 1) // 3)
            change = "yoy"
        else:
            continue
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        pos, last = head.end(), head.end()
        while True:
            row = _FLAT_ROW.match(text, pos) or _FLAT_ROW.match(text, pos + 1)
            if row is None:
                row = _FLAT_ROW.search(text, pos, min(end, pos + 40))
                if row is None or row.start() > end:
                    break
            name = _NOTE_MARK.sub("", row.group("name").strip())
            metric = _metric(name)
            pos = last = row.end()
            rest = _NAME_REST.match(text, pos)
            if rest is not None and (metric is None or _metric(name + rest.group("rest")) is not metric):
                # "归属于母公司股东扣除非经常性 17,908 12,070 48.4 损益的净利润": the name's end, wrapped past the cells
                whole = _metric(name + rest.group("rest"))
                if whole is not None:
                    name, metric, pos = name + rest.group("rest"), whole, rest.end()
            if metric is None:
                continue
            metric_name = metric.name
            if _EXCLUDING_ITEMS.search(name) and metric_name in _NOT_EXCLUDED:
                metric_name = "net income excluding non-recurring items"
            per_share = "每股" in name
            if "稀释" in name and metric_name == "EPS":
                metric_name = "diluted EPS"
            for key, period, basis in (("c1", p1, None), ("c2", p2, "prior")):
                value = _cell_value(row.group(key))
                if value is None:
                    continue
                if metric.ratio:
                    unit_, amount = "%", value
                elif per_share:
                    unit_, amount = currency, value
                elif metric.monetary:
                    unit_, amount = currency, value * scale
                else:
                    continue
                a, b = row.span(key)
                a, b = (a + 1, b - 1) if text[a] == "(" else (a, b)
                cells.append(FlatCell(a, b, metric_name, amount, unit_, None, period, basis))
            pct = _cell_value(row.group("c3"))
            if pct is not None and change is not None:
                a, b = row.span("c3")
                a, b = (a + 1, b - 1) if text[a] == "(" else (a, b)
                cells.append(FlatCell(a, b, metric_name, pct, "pp" if metric.ratio else "%", change, p1, None))
        spans.append((head.start(), last))
    return cells, spans


# --- a table of several firms' monthly revenue --------------------------------------------------
# A story of monthly revenue may close on a table of the firms it told of, one row a firm: its name, then
# the month's revenue, the change on the month before and on the same month a year before, the months of
# the year so far and their change on a year before ("公司 11月营收 月增率(%) 年增率(%) 前11月营收 累计年增率(%)"),
# under a caption that gives the unit once ("(单位：新台币亿元)").

_MONTH_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"累计(?:营收)?年增率?(?:\(%\)|（%）)?"), "ytd_yoy"),
    (re.compile(r"前(?P<m>1[0-2]|[1-9])月(?:累计)?营收|累计营收"), "ytd"),
    (re.compile(r"(?P<m>1[0-2]|[1-9])月(?:合并)?营收"), "month"),
    (re.compile(r"月增率?(?:\(%\)|（%）)?"), "mom"),
    (re.compile(r"年增率?(?:\(%\)|（%）)?"), "yoy"),
)
"""Column heads of a firms' monthly revenue table (simplified text) and what each column holds."""
_MONTH_UNIT = re.compile(r"单位\s?[:：]\s?(?:新台币|台币|人民币|美元|港元|港币)?\s?(?P<scale>亿元|百万元|千元|仟元|万元|元)")
_MONTH_ROW = re.compile(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,9})(?P<cells>(?:\s+-?\d[\d,]*(?:\.\d+)?)+)")


@dataclass(frozen=True)
class MonthColumns:
    """The columns of a firms' monthly revenue table, left to right, with its month and unit's scale."""

    kinds: tuple[str, ...]
    month: int
    scale: int


def month_unit(text: str) -> int | None:
    """The scale a caption or unit line gives ("表：…11月营收(单位：新台币亿元)"), None when it gives none."""
    m = _MONTH_UNIT.search(text)
    return _SCALES[m.group("scale")] if m is not None and len(text) <= 60 else None


def month_head(text: str, scale: int | None) -> MonthColumns | None:
    """The columns a head row names ("公司 11月营收 月增率(%) 年增率(%) 前11月营收 累计年增率(%)"), None when the line
    is no such head or no unit was given above it."""
    cells = text.split()
    if scale is None or len(cells) < 3 or len(text) > 80:
        return None
    kinds: list[str] = []
    month: int | None = None
    for cell in cells[1:]:
        for pattern, kind in _MONTH_COLUMNS:
            m = pattern.fullmatch(cell)
            if m is not None:
                kinds.append(kind)
                if "m" in pattern.groupindex and m.group("m"):
                    month = month or int(m.group("m"))
                break
        else:
            return None
    if month is None or "month" not in kinds:
        return None
    return MonthColumns(tuple(kinds), month, scale)


def month_row(text: str, columns: MonthColumns) -> tuple[str, list[tuple[int, int, str]]] | None:
    """A firm's row: its name and (start, end, kind) of each cell, None when the line does not fit the columns."""
    m = _MONTH_ROW.fullmatch(text.strip())
    if m is None:
        return None
    lead = len(text) - len(text.lstrip())
    cells = [(lead + c.start(), lead + c.end()) for c in re.finditer(r"-?\d[\d,]*(?:\.\d+)?", m.group("cells"))]
    offset = m.start("cells")
    if len(cells) != len(columns.kinds):
        return None
    return m.group("name"), [(a + offset, b + offset, k) for (a, b), k in zip(cells, columns.kinds, strict=True)]


# --- a firm's own monthly revenue filing ----------------------------------------------------------
# A Taiwanese firm files each month's revenue on the exchange's filing site as a table of one column: its title names
# the month ("114年11月营业收入资讯"), a unit line the scale ("单位：新台币仟元"), a head the figure ("项目 营业收入净额"),
# and each row below it one figure by its label: the month and the same month a year before, the change between them
# as an amount and in per cent, then the year to date and last year's, and their change the same way.

_FILING_TITLE = re.compile(r"^\s*\S{0,12}?\d{1,2}\s?月份?\s?(?:合并)?(?:营业收入|营收)(?:资讯|资料|信息|公告|情形|报告)?\s*$")
"""The title of a firm's monthly revenue filing, which names its month."""
_FILING_HEAD = re.compile(r"^\s*项目\s+(?:合并)?(?:营业收入净额|营业收入|营收)\s*$")
"""The head of the filing's one column."""
_FILING_ROW = re.compile(r"^\s*(?P<label>本月|去年同期|本年累计|去年累计|增减金额|增减百分比)\s+(?P<cell>-?\d[\d,]*(?:\.\d+)?%?)\s*$")
_FILING_ROWS: dict[str, tuple[str | None, str]] = {
    "本月": ("month", "level"), "去年同期": ("month", "prior"), "本年累计": ("ytd", "level"), "去年累计": ("ytd", "prior"),
    "增减金额": (None, "amount"), "增减百分比": (None, "pct"),
}
"""What a filing row's label holds: its block (the month or the year to date; none for a change row, which is the
block above it) and its kind (the figure, last year's, the change as an amount or in per cent)."""


def filing_title(text: str) -> bool:
    """Whether the line is the title of a firm's monthly revenue filing (``_FILING_TITLE``)."""
    return len(text) <= 40 and _FILING_TITLE.match(text) is not None


def filing_head(text: str) -> bool:
    """Whether the line is the head of a monthly revenue filing's column (``_FILING_HEAD``)."""
    return _FILING_HEAD.match(text) is not None


def filing_row(text: str) -> tuple[str | None, str, tuple[int, int]] | None:
    """(block, kind, cell span) of a row of a monthly revenue filing, None when the line is none."""
    m = _FILING_ROW.match(text)
    if m is None:
        return None
    block, kind = _FILING_ROWS[m.group("label")]
    return block, kind, m.span("cell")


# --- a breakdown attached under a caption ----------------------------------------------------------
# An announcement may attach a breakdown of one figure ("附：安泰人寿原保险保费收入明细"): the caption names whose
# figure and which metric, a unit line gives the scale, a head names the span and a change column ("项目
# 2025年1-11月 较上年同期增减"), and each row is a part of the whole by its name, its amount and its change on the
# same span a year before; a total row ("合计") is the whole's own.

_BREAKDOWN_CAPTION = re.compile(r"^\s*(?:附\s?[:：]?\s?)?(?P<what>[\u4e00-\u9fff]{2,30}?)(?:明细|构成)表?\s*$")
_BREAKDOWN_HEAD = re.compile(
    r"^\s*项目\s+(?P<span>\S{2,16})\s+(?:较上年同期|比上年同期|同比)(?:增减|变动|增长)?(?:幅度)?\s?(?:[(（]\s?%\s?[)）])?\s*$"
)
_BREAKDOWN_ROW = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,12})\s+(?P<amount>-?\d{1,3}(?:,\d{3})*(?:\.\d+)?|-?\d+(?:\.\d+)?)"
    r"\s+(?P<pct>-?\d+(?:\.\d+)?)\s?%?\s*$"
)
_TOTAL_ROW = frozenset({"合计", "总计", "小计", "总额"})


@dataclass(frozen=True)
class Breakdown:
    """What a breakdown's caption names: whose figure (empty: the company's) and the metric."""

    owner: str
    metric: str


def breakdown_caption(text: str) -> Breakdown | None:
    """The owner and metric a breakdown's caption names ("附：安泰人寿原保险保费收入明细"), None for any other line."""
    m = _BREAKDOWN_CAPTION.match(text)
    if m is None:
        return None
    what = m.group("what")
    best: tuple[int, int, Metric] | None = None
    for start, end, entry in lm.metric_matcher().finditer(what):
        if entry is not None and entry.monetary and (best is None or end - start > best[1] - best[0]):
            best = (start, end, entry)
    if best is None or best[1] != len(what):
        return None
    return Breakdown(what[: best[0]], best[2].name)


def breakdown_head(text: str) -> str | None:
    """The span a breakdown's head names ("项目 2025年1-11月 较上年同期增减" -> "2025年1-11月"), None for any other line."""
    m = _BREAKDOWN_HEAD.match(text)
    return m.group("span") if m is not None else None


def breakdown_row(text: str) -> tuple[str, tuple[int, int], tuple[int, int]] | None:
    """A breakdown row's name ("" for a total row) and where its amount and its change are written."""
    m = _BREAKDOWN_ROW.match(text)
    if m is None:
        return None
    name = "" if m.group("name") in _TOTAL_ROW else m.group("name")
    return name, m.span("amount"), m.span("pct")



# --- a maker's monthly production and sales flash ----------------------------------------------------------------------
# A carmaker or machine maker files each month's output or sales as a table under a unit line of what it counts ("单位：
# 台"): a head of the month, the same month a year before and their change, then the year to date, last year's and theirs
# ("产品类别 本月 去年同月 同比增减（%） 本年累计 去年同期累计 累计同比增减（%）"), one row a product and a total row. The
# head or the section line above it ("一、产量情况") says whether the figures are output or sales.

_VOLUME_UNIT = re.compile(r"^\s*单位\s?[:：]\s?(?P<scale>千|万)?\s?(?P<what>辆|台|套|艘|架|件|头|吨|噸)\s*$")
"""The unit line of a table of quantities ("单位：辆", "单位：万吨")."""
_VOLUME_RATE = r"(?:增减|变动|增长|变化)(?:率|幅度)?\s?(?:[(（]\s?%\s?[)）]|%)?"
_VOLUME_COLUMNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"本月(?P<w>产量|销量|生产量|销售量)?"), "month"),
    (re.compile(r"(?:去年|上年)同(?:月|期)(?P<w>产量|销量|生产量|销售量)?"), "month_prior"),
    (re.compile(rf"(?:本月)?同比{_VOLUME_RATE}"), "month_yoy"),
    (re.compile(r"本年(?:度)?累计(?P<w>产量|销量|生产量|销售量)?"), "ytd"),
    (re.compile(r"(?:去年|上年)(?:同期)?累计(?P<w>产量|销量|生产量|销售量)?"), "ytd_prior"),
    (re.compile(rf"累计同比{_VOLUME_RATE}"), "ytd_yoy"),
)
"""Column heads of a monthly production or sales table and what each column holds."""
_VOLUME_LEAD = re.compile(r"产品类别|产品名称|产品|项目|类别|车型|品种|类型")
_VOLUME_WORDS = {"产量": "production", "生产量": "production", "销量": "volumes", "销售量": "volumes"}
_VOLUME_SECTION = re.compile(r"(?P<w>产量|销量|生产量|销售量|生产|销售)(?:情况|数据|快报)?\s?[:：]?\s*$")
_VOLUME_SECTION_WORDS = {**_VOLUME_WORDS, "生产": "production", "销售": "volumes"}
_VOLUME_TOTALS = frozenset({"合计", "总计", "小计", "总量", "全部"})


@dataclass(frozen=True)
class VolumeColumns:
    """The columns of a monthly production or sales table, left to right, and the metric its head names (None: the
    section line above says)."""

    kinds: tuple[str, ...]
    metric: str | None


def volume_unit(text: str) -> tuple[int, str] | None:
    """(scale, unit) of a unit line of counted things or tonnes, None for any other line."""
    m = _VOLUME_UNIT.match(text)
    if m is None:
        return None
    return _COUNT_SCALES.get(m.group("scale") or "", 1), _COUNT_UNITS.get(m.group("what"), "count")


def volume_head(text: str) -> VolumeColumns | None:
    """The columns a head row of a monthly production or sales table names, None when the line is no such head."""
    cells = text.split()
    if len(cells) < 4 or len(text) > 100 or not _VOLUME_LEAD.fullmatch(cells[0]):
        return None
    kinds: list[str] = []
    words: set[str] = set()
    for cell in cells[1:]:
        for pattern, kind in _VOLUME_COLUMNS:
            m = pattern.fullmatch(cell)
            if m is not None:
                kinds.append(kind)
                if "w" in pattern.groupindex and m.group("w"):
                    words.add(_VOLUME_WORDS[m.group("w")])
                break
        else:
            return None
    if "month" not in kinds or len(set(kinds)) != len(kinds) or len(words) > 1:
        return None
    return VolumeColumns(tuple(kinds), next(iter(words), None))


def volume_section(text: str) -> str | None:
    """The metric a short section line names ("一、产量情况": production), None for any other line."""
    m = _VOLUME_SECTION.search(text)
    return _VOLUME_SECTION_WORDS[m.group("w")] if m is not None and len(text.strip()) <= 16 else None


def volume_row(text: str, columns: VolumeColumns) -> tuple[str, bool, list[tuple[int, int, str]]] | None:
    """A product's row: its name, whether it is the total, and (start, end, kind) of each cell; None when the line
    does not fit the columns."""
    m = _MONTH_ROW.fullmatch(text.strip())
    if m is None:
        return None
    lead = len(text) - len(text.lstrip())
    cells = [(lead + c.start(), lead + c.end()) for c in re.finditer(r"-?\d[\d,]*(?:\.\d+)?", m.group("cells"))]
    if len(cells) != len(columns.kinds):
        return None
    offset = m.start("cells")
    name = m.group("name")
    return name, name in _VOLUME_TOTALS, [(a + offset, b + offset, k) for (a, b), k in zip(cells, columns.kinds, strict=True)]


# --- a table of several firms, one a row ----------------------------------------------------------------------------------
# A story or a broker's review sets several firms' figures side by side under a caption that names the span and maybe the
# unit ("表1：部分白酒公司2025年前三季度业绩（亿元）", "表：四家快递公司10月经营数据"): a head of the firm column, then metrics,
# each maybe with its unit and followed by its growth ("公司 营业收入 同比 归母净利润 同比", "公司 业务量（亿票） 同比增长（%）
# 单票收入（元） 同比增长（%）"); each row a firm and one cell a column.

_FIRMS_CAPTION = re.compile(r"^\s*(?:表|图表|附表)\s?\d{0,2}\s?[:：]\s?(?P<what>[^:：]{2,60}?)\s?(?:[(（]\s?(?P<scale>亿元|万元|百万元|千元|元)\s?[)）])?\s*$")
"""The caption over a table of firms: what it shows (a span or month named in it) and maybe the unit of its amounts."""
_FIRMS_LEAD = re.compile(r"公司|公司名称|企业|企业名称|简称|证券简称|股票简称|名称")
_FIRMS_GROWTH = re.compile(r"(?:同比|同比增长|同比增速|同比增减|增速|增幅|增长率|同比变动)(?:率|幅度)?\s?(?:[(（]\s?%\s?[)）]|%)?")
_FIRMS_UNIT = re.compile(r"[(（]\s?(?P<unit>亿元|万元|百万元|千元|元|%|(?P<n>亿|万|千|百万)?(?P<what>票|件|单|辆|台|吨|人次|家))\s?[)）]$")
_FIRMS_ROW = re.compile(r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z]{1,9})(?P<cells>(?:\s+-?\d[\d,]*(?:\.\d+)?%?)+)")
_FIRMS_NAME = re.compile(r"[\u4e00-\u9fff]{2,8}")
"""A column head that names a measure no metric knows, with its unit ("单票收入（元）"): its cells are not read."""
_FIRMS_TOTALS = frozenset({"合计", "总计", "小计", "平均", "均值", "中位数", "行业", "板块"})


@dataclass(frozen=True)
class FirmColumn:
    """One column of a table of firms: its metric ("": a measure no metric knows, not read), whether it holds the growth
    of that metric, and its unit (scale and unit: ``CNY``, ``count``, ``%``; ``None``: the caption's money unit)."""

    metric: str
    growth: bool
    scale: float | None
    unit: str | None


def firms_caption(text: str) -> tuple[str, int | None] | None:
    """(what the caption names, the scale of its money unit) of a caption over a table of firms, None for other lines."""
    m = _FIRMS_CAPTION.match(text)
    if m is None:
        return None
    return m.group("what"), _SCALES[m.group("scale")] if m.group("scale") else None


def firms_head(text: str) -> tuple[FirmColumn, ...] | None:
    """The columns a head row of a table of firms names, None when the line is no such head: every cell a metric (with
    its unit in brackets, maybe) or the growth of the metric before it."""
    cells = text.split()
    if len(cells) < 3 or len(text) > 100 or not _FIRMS_LEAD.fullmatch(cells[0]):
        return None
    columns: list[FirmColumn] = []
    for cell in cells[1:]:
        if _FIRMS_GROWTH.fullmatch(cell):
            if not columns or columns[-1].growth:
                return None
            columns.append(FirmColumn(columns[-1].metric, True, 1, "%"))
            continue
        unit = _FIRMS_UNIT.search(cell)
        name = cell[: unit.start()] if unit is not None else cell
        metric = _whole_name_metric(name)
        if metric is None and (unit is None or not _FIRMS_NAME.fullmatch(name)):
            return None
        scale: float | None
        kind: str | None
        if unit is None:
            scale, kind = None, None
        elif unit.group("what"):
            scale, kind = _COUNT_SCALES.get(unit.group("n") or "", 1), _COUNT_UNITS.get(unit.group("what"), "count")
        elif unit.group("unit") == "%":
            scale, kind = 1, "%"
        else:
            scale, kind = _SCALES[unit.group("unit")], "CNY"
        columns.append(FirmColumn(metric.name if metric is not None else "", False, scale, kind))
    return tuple(columns) if any(c.metric and not c.growth for c in columns) else None


def firms_row(text: str, columns: tuple[FirmColumn, ...]) -> tuple[str, list[tuple[int, int]]] | None:
    """A firm's row: its name and (start, end) of each cell, None when the line does not fit the columns or is a total."""
    m = _FIRMS_ROW.fullmatch(text.strip())
    if m is None or m.group("name") in _FIRMS_TOTALS:
        return None
    lead = len(text) - len(text.lstrip())
    offset = lead + m.start("cells")
    cells = [(offset + c.start(), offset + c.end()) for c in re.finditer(r"-?\d[\d,]*(?:\.\d+)?%?", m.group("cells"))]
    return (m.group("name"), cells) if len(cells) == len(columns) else None
