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
    r"单位\s?[:：]\s?(?P<scale>元|千元|万元|百万元|亿元)(?:\s+币种\s?[:：]\s?(?P<cur>人民币|美元|港元|港币))?"
)
"""The line that gives the table's unit ("单位:元 币种:人民币")."""
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


def unit_line(text: str) -> tuple[int, str] | None:
    """(scale, currency) of a unit line ("单位:元 币种:人民币"), None when the text is none."""
    m = _UNIT_LINE.search(text)
    if m is None or len(text.strip()) > 40:
        return None
    return _SCALES[m.group("scale")], _CURRENCIES.get(m.group("cur") or "", "CNY")


def head(text: str, unit: tuple[int, str] | None) -> Columns | None:
    """The columns a head row names, None when the text is no such head."""
    if "本报告期" not in text or len(text) > 160:
        return None
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


def row_facts(
    p: Paragraph, text: str, columns: Columns, quarter: int | None, subject: str, before: str = ""
) -> list[Fact] | None:
    """The facts of one row of the table (``before``: the start of its name, on the lines above),
    None when the row does not fit the columns (the table has ended: the line is read as text); no
    fact for a row whose name no metric matches."""
    cells = list(_CELL.finditer(text))
    if len(cells) != len(columns.kinds):
        return None
    name = before + text[: cells[0].start()].strip()
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
    for cell, (kind, span) in zip(cells, columns.kinds, strict=True):
        if cell.group("na"):
            continue
        if quarter is None:
            period = None
        elif span == "quarter":
            period = periods.quarter_str(quarter)
        else:
            period = periods.span(quarter - quarter % 4, quarter)
        if cell.group("pp"):
            value = float(Decimal(cell.group("ppn")))
            value = -value if cell.group("dir") in ("减少", "下降") else value
            unit, change = "pp", "yoy"
        else:
            value = float(Decimal(cell.group("n").replace(",", "")))
            if kind == "change":
                unit, change = ("pp" if metric.ratio else "%"), "yoy"
            elif metric.ratio:
                unit, change = "%", None
            elif per_share:
                unit, change = columns.currency, None
            elif metric.monetary:
                value, unit, change = value * columns.scale, columns.currency, None
            else:
                continue
        start = len(text) - len(text.lstrip())
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
                raw=p.text[cell.start() : cell.end()],
            )
        )
    return facts
