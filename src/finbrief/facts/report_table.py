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
from dataclasses import dataclass
from decimal import Decimal

from finbrief.facts import periods
from finbrief.lexicon import metrics as lm
from finbrief.lexicon.metrics import Metric
from finbrief.model import Fact, Paragraph

_COLUMN = re.compile(
    r"(?P<ytd_change>年初至报告期末比上年同期增减(?:变动)?(?:幅度)?\s?(?:[(（]\s?%\s?[)）])?)"
    r"|(?P<q_change>本报告期比上年同期增减(?:变动)?(?:幅度)?\s?(?:[(（]\s?%\s?[)）])?)"
    r"|(?P<ytd>年初至报告期末(?:金额)?)"
    r"|(?P<q>本报告期(?:金额)?)"
)
"""A column head of the table of main figures."""
_UNIT_LINE = re.compile(
    r"单位\s?[:：]\s?(?P<cur1>人民币|美元|港元|港币)?\s?(?P<scale>元|千元|万元|百万元|亿元)"
    r"(?:\s+币种\s?[:：]\s?(?P<cur>人民币|美元|港元|港币))?"
)
"""The line that gives the table's unit ("单位:元 币种:人民币", "单位：人民币千元")."""
_SCALES = {"元": 1, "千元": 1_000, "万元": 10_000, "百万元": 1_000_000, "亿元": 100_000_000}
_CURRENCIES = {"人民币": "CNY", "美元": "USD", "港元": "HKD", "港币": "HKD"}
_CELL = re.compile(
    r"(?<![\w.,%])(?:(?P<pp>(?P<dir>增加|减少|上升|下降)\s?(?P<ppn>\d+(?:\.\d+)?)\s?个?百分点)"
    r"|(?P<na>不适用|--|—)"
    r"|(?P<n>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?P<pct>%)?)(?![\w.,])"
)
"""One cell of a row: a number, a change in points, or "不适用" (not applicable)."""
_NOT_EXCLUDED = "net income"
_EXCLUDING_ITEMS = re.compile(r"扣除非经常性损益|扣非")


@dataclass(frozen=True)
class Columns:
    """The columns of a table of main figures, left to right: ``(kind, span)`` where kind is ``level``
    or ``change`` and span ``quarter`` or ``ytd``."""

    kinds: tuple[tuple[str, str], ...]
    scale: int
    currency: str
    note: bool = False  # a notes column ("附注") before the figures, its cell a note's number or blank


_COLUMN_UNITS = re.compile(r"^\s*(?:(?P<cur>人民币|美元|港元|港币)(?P<scale>千元|万元|百万元|亿元)\s*){1,4}$")
"""A line giving each column's unit under a Hong Kong filing's year heads ("人民币千元 人民币千元")."""


def unit_line(text: str) -> tuple[int, str] | None:
    """(scale, currency) of a unit line ("单位:元 币种:人民币", "人民币千元 人民币千元"), None when the text is none."""
    units = _COLUMN_UNITS.match(text)
    if units is not None:
        return _SCALES[units.group("scale")], _CURRENCIES[units.group("cur")]
    m = _UNIT_LINE.search(text)
    if m is None or len(text.strip()) > 40:
        return None
    return _SCALES[m.group("scale")], _CURRENCIES.get(m.group("cur") or m.group("cur1") or "", "CNY")


_FLASH_HEAD: tuple[tuple[re.Pattern[str], tuple[tuple[str, str], ...]], ...] = (
    # a results flash ("业绩快报"): the span reported, the same span a year before, the change between them
    (re.compile(r"本报告期\s+上年同期\s+增减(?:变动)?(?:幅度)?\s?[(（]\s?%\s?[)）]"),
     (("level", "ytd"), ("prior", "ytd"), ("change", "ytd"))),
    # its balances: at the report's end, at the year's start (the last year end), the change since then
    (re.compile(r"本报告期末\s+本报告期初\s+增减(?:变动)?(?:幅度)?\s?[(（]\s?%\s?[)）]"),
     (("level", "end"), ("prior", "end"), ("change", "end"))),
)
"""Heads of the tables of a results flash, with their columns' kinds and spans."""


_ZH_DIGITS = {c: str(i) for i, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}
_YEAR = r"(?:二[零〇]\s?[一二]\s?[零一二三四五六七八九]|20\d\s?\d)\s?年"
_YEAR_HEAD = re.compile(rf"^\s*(?P<note>附注\s+)?(?P<y1>{_YEAR})\s+(?P<y2>{_YEAR})\s*$")
"""The head of a Hong Kong filing's statement: the year reported and the year before ("附注 二零二五年 二零二四年"),
both over the span the statement's title gives (the report's)."""


def _year(text: str) -> int:
    """The year a head writes in digits or Chinese numerals ("二零二五年" -> 2025)."""
    return int("".join(_ZH_DIGITS.get(c, c) for c in text if c.isdigit() or c in _ZH_DIGITS))


def head(text: str, unit: tuple[int, str] | None) -> Columns | None:
    """The columns a head row names, None when the text is no such head."""
    years = _YEAR_HEAD.match(text)
    if years is not None and _year(years.group("y1")) == _year(years.group("y2")) + 1:
        scale, currency = unit or (1, "CNY")
        return Columns((("level", "ytd"), ("prior", "ytd")), scale, currency, note=years.group("note") is not None)
    if "本报告期" not in text or len(text) > 160:
        return None
    for pattern, flash in _FLASH_HEAD:
        if pattern.search(text):
            scale, currency = unit or (1, "CNY")
            return Columns(flash, scale, currency)
    kinds: list[tuple[str, str]] = []
    for m in _COLUMN.finditer(text):
        group = m.lastgroup or ""
        kinds.append(("change" if group.endswith("change") else "level", "ytd" if group.startswith("ytd") else "quarter"))
    if len(kinds) < 2 or not any(k == "level" for k, _ in kinds):
        return None
    scale, currency = unit or (1, "CNY")
    return Columns(tuple(kinds), scale, currency)


def _metric(name: str) -> Metric | None:
    """The metric a row's name matches: the longest alias in it."""
    best: tuple[int, Metric] | None = None
    for start, end, entry in lm.metric_matcher().finditer(name):
        if entry is not None and (best is None or end - start > best[0]):
            best = (end - start, entry)
    return best[1] if best else None


def name_only(text: str) -> bool:
    """Whether a line of the table holds a row's name and no cell: the name, or its first part, of a
    row whose cells (or the rest of whose name) the next line holds ("归属于上市公司股东的净利" over
    "润 -36,128,235.45 不适用 …")."""
    line = text.strip()
    return 0 < len(line) <= 40 and _CELL.search(line) is None and re.search(r"[\u4e00-\u9fff]", line) is not None


_RUN_ON_ROW = re.compile(r"(?<=\d)(?=[\u4e00-\u9fff])(?!个?百分点|倍)")
"""Where one row of a table ends and the next row's name begins when a page ran its rows together
("… 162,318.77 14.85营业利润 21,306.12 …")."""


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
        return periods.quarter_str(quarter), ("yoy" if kind == "change" else None), None
    first = quarter - quarter % 4
    if kind == "prior":
        return periods.span(first - 4, quarter - 4), None, "prior"
    return periods.span(first, quarter), ("yoy" if kind == "change" else None), None


def row_facts(
    p: Paragraph,
    text: str,
    columns: Columns,
    quarter: int | None,
    subject: str,
    before: str = "",
    span: tuple[int, int] | None = None,
) -> list[Fact] | None:
    """The facts of one row of the table (``before``: the start of its name, on the lines above; ``span``: the
    row's stretch of a line holding several), None when the row does not fit the columns (the table has ended:
    the line is read as text); no fact for a row whose name no metric matches."""
    lo, hi = span or (0, len(text))
    cells = [c for c in _CELL.finditer(text[:hi], lo) if c.end() <= hi]
    name = before + text[lo : cells[0].start()].strip() if cells else ""
    if columns.note and len(cells) == len(columns.kinds) + 1 and re.fullmatch(r"\d{1,2}", cells[0].group()):
        cells = cells[1:]  # "收益 4 1,482,356 1,265,918": the note's number is no figure
    if len(cells) != len(columns.kinds):
        return None
    if not re.search(r"[\u4e00-\u9fff]", name):
        return None
    metric = _metric(name)
    if metric is None:
        return []
    metric_name = metric.name
    if _EXCLUDING_ITEMS.search(name) and metric_name == _NOT_EXCLUDED:
        metric_name = "net income excluding non-recurring items"
    per_share = "每股" in name
    facts: list[Fact] = []
    for cell, (kind, cspan) in zip(cells, columns.kinds, strict=True):
        if cell.group("na"):
            continue
        period, col_change, basis = _cell_period(kind, cspan, quarter) if quarter is not None else (None, None, None)
        if cell.group("pp"):
            value = float(Decimal(cell.group("ppn")))
            value = -value if cell.group("dir") in ("减少", "下降") else value
            unit, change = "pp", col_change or "yoy"
        else:
            value = float(Decimal(cell.group("n").replace(",", "")))
            if kind == "change":
                unit, change = ("pp" if metric.ratio else "%"), col_change or "yoy"
            elif metric.ratio:
                unit, change = "%", None
            elif per_share:
                unit, change = columns.currency, None
            elif metric.monetary:
                value, unit, change = value * columns.scale, columns.currency, None
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
                raw=p.text[cell.start("ppn") if cell.group("pp") else cell.start() : cell.end()],
                basis=basis,  # type: ignore[arg-type]
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
            if _EXCLUDING_ITEMS.search(name) and metric_name == _NOT_EXCLUDED:
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
_MONTH_UNIT = re.compile(r"单位\s?[:：]\s?(?:新台币|台币|人民币|美元|港元|港币)?\s?(?P<scale>亿元|百万元|千元|万元|元)")
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

