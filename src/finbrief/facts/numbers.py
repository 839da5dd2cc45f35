"""Number grammar for financial text in simplified Chinese, traditional Chinese and English.

Finds every financial figure in a text ("1,401億元", "38.6 billion yuan", "US$1.3bn", "60%-70%",
"三位数增长", "百分之二十六", "2个百分点", "30 bps") and normalises it to a value in base units, a
unit, a qualifier and a sign, so that "RMB 380 billion" can never be read as "$38 billion". Years,
dates, durations, ordinals, versions ("Qwen 3", "GPT-4"), phone and registration numbers and page
references are recognised and left out: they are not figures.

Conventions (documented choices):
- basis points keep their own unit ``bps`` (1 pp = 100 bps is left to consumers), so the value
  is exactly what the text says;
- a decline, loss or outflow makes the value negative ("下降14%" -> -14, "亏损14亿元" ->
  -1.4e9, "loss of $3 million" -> -3e6); "losses narrowed by 20%" is a decline of the loss: -20
  (the metric, assigned elsewhere, says it is a loss);
- a qualitative growth ("三位数增长", "double-digit growth") is 100 / 10 % with qualifier
  ``over``; "个位数" / "single-digit" is 10 % with qualifier ``under``;
- "增长三倍" / "3x" is a multiple: unit ``x``, value 3;
- a mention keeps the decimals it was written with ("$1.35" has 2), so that it can be printed as
  the source printed it (``format_amount(..., decimals=, scale=)``), and says when an amount is
  per share ("$0.57 per diluted share": ``per="share"``);
- "range from X to Y" is a range, "from X to Y" a change; "decreased $6.1 million to $27.4
  million" is a change and the level it reached; "negative $1.48" is a sign, not a decline; a
  level word several words after a growth verb ("increased our outlook for revenue to $2.41
  billion") starts the figure's own phrase: a level.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from typing import Literal

from finbrief.facts.text import _WIDTH
from finbrief.lexicon import numbers as lexicon_numbers
from finbrief.lexicon.trie import trie_regex, variants
from finbrief.model import Qualifier
from finbrief.text.regex import Sifted, anchored, led_by, on_lower

Role = Literal["level", "change", "base"]

__all__ = ["NumberMention", "bare_dollar", "format_amount", "normalise", "parse_numbers", "per_share_span", "written"]


@dataclass(frozen=True)
class NumberMention:
    """One figure as found in a text: where it is, what it is worth, and how it is qualified."""

    start: int
    """Offset of the figure (currency prefix or sign included, qualifier words excluded)."""
    end: int
    value: float
    """In base units, signed: RMB 38.6 billion -> 38600000000.0; a 14% decline -> -14.0."""
    unit: str
    """``CNY``/``USD``/``HKD``/... for money, ``%``, ``pp``, ``bps``, ``x`` (multiple), else ``count``."""
    scale: float = 1.0
    """Multiplier of the written number ("亿" 1e8, "million" 1e6)."""
    currency: str | None = None
    qualifier: Qualifier | None = None
    value_high: float | None = None
    """Upper end of a range ("60%-70%"), same unit and sign as ``value``."""
    raw: str = ""
    """The figure as written, ``text[start:end]``."""
    role: Role = "level"
    """``change`` after a growth verb ("增长10%"), ``base`` for a comparison base ("较去年的31亿元")."""
    based: bool = False
    """A comparison base was named before it ("较4月增长200%"): not a plain YoY/QoQ change."""
    counter: str | None = None
    """Chinese counter word after the figure ("单", "人", "家")."""
    qualitative: bool = False
    """Written as words of magnitude ("三位数增长"), not digits."""
    decimals: int = 0
    """Digits written after the decimal point ("$1.35" -> 2, "7.5%" -> 1, "3800亿" -> 0)."""
    decimals_high: int | None = None
    """Digits written after the decimal point of the range top, when there is one."""
    per: str | None = None
    """What the amount is per, when the text says so: ``share`` ("$0.57 per diluted share")."""
    favorable: bool | None = None
    """A move in money said to be favorable or a tailwind (True), unfavorable or a headwind (False): whether it is
    a rise or a fall is for its metric to say (a cost that is unfavorable rose); None for any other figure."""


# --- character normalisation ---------------------------------------------------------------

_NUM_T2S = str.maketrans(
    "億萬個點幣圓兩單虧損淨凈約過減長漲額達為較從與實數雙佔幾餘門戶筆輛張臺億負陸",
    "亿万个点币圆两单亏损净净约过减长涨额达为较从与实数双占几余门户笔辆张台亿负陆",
)
"""Traditional characters that matter to the grammar, one for one (the full view uses OpenCC)."""


def normalise(text: str) -> str:
    """Text the grammar reads: ASCII digits, simplified number words, same length as ``text``."""
    return text.translate(_WIDTH).translate(_NUM_T2S)


# --- grammar tables ------------------------------------------------------------------------

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_SCALE = {
    "万亿": Decimal(10) ** 12,
    "兆": Decimal(10) ** 12,
    "千亿": Decimal(10) ** 11,
    "百亿": Decimal(10) ** 10,
    "十亿": Decimal(10) ** 9,
    "亿": Decimal(10) ** 8,
    "千万": Decimal(10) ** 7,
    "百万": Decimal(10) ** 6,
    "十万": Decimal(10) ** 5,
    "万": Decimal(10) ** 4,
    "千": Decimal(10) ** 3,
}
_EN_SCALE = {
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mm": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
}
_CURRENCY = {
    "元人民币": "CNY",
    "人币": "CNY",
    "人民币元": "CNY",
    "人民币": "CNY",
    "元": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "美元": "USD",
    "美金": "USD",
    "usd": "USD",
    "us$": "USD",
    "u.s.$": "USD",
    "$": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "cents": "USD",
    "港仙": "HKD",
    "美仙": "USD",
    "美分": "USD",
    "仙": "CNY",
    "分": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "hk$": "HKD",
    "hkd": "HKD",
    "新台币": "TWD",
    "台币": "TWD",
    "nt$": "TWD",
    "日元": "JPY",
    "jpy": "JPY",
    "欧元": "EUR",
    "eur": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "英镑": "GBP",
    "gbp": "GBP",
    "£": "GBP",
    "韩元": "KRW",
    "a$": "AUD",
    "aud": "AUD",
    "australian dollars": "AUD",
    "c$": "CAD",
    "cad": "CAD",
    "canadian dollars": "CAD",
    "hong kong dollars": "HKD",
    "singapore dollars": "SGD",
    "s$": "SGD",
    "r$": "BRL",
}
_UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "percentage": "%",
    "pct": "%",
    "个百分点": "pp",
    "百分点": "pp",
    "percentage point": "pp",
    "percentage points": "pp",
    "pp": "pp",
    "pps": "pp",
    "ppt": "pp",
    "ppts": "pp",
    "bps": "bps",
    "bp": "bps",
    "basis point": "bps",
    "basis points": "bps",
    "个基点": "bps",
    "基点": "bps",
    "倍": "x",
    "x": "x",
    "times": "x",
    "turns": "x",
    "turn": "x",
}

_SPACED = (
    r"(?<![\d.,])(?<!\d[ \u00a0\u2009\u202f])[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d{1,2})?(?![\d.,]?\d)(?=\s?[A-Za-z])"
)
"""Thousands grouped by a space, a no-break or a thin space ("5 600 oz", "1 234,5 million euros", a decimal
comma then): only before a word, so that two figures side by side ("2023 2024", "Q3 2024 1,234", a row
of a table) and Chinese text ("5 600万元") are never merged."""

_SPACED_WHOLE = re.compile(r"[1-9]\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+")
_SPACED_AT = re.compile(_SPACED)

_CORE = re.compile(
    r"(?P<ar>" + _SPACED + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)"
    r"|(?P<pct>百分之(?P<pctn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?|\d+(?:\.\d+)?))"
    r"|(?P<dig>(?P<dign>两|双|三|四|个)位数)"
    r"|(?P<edig>(?P<edign>single|double|triple)[\s-]digits?)"
    r"|(?P<cn>[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+(?=[万亿千百元港美%]))?)",
    re.IGNORECASE,
)
_CORE = led_by(r"\d百两双三四个SDT零〇一二五六七八九十千万亿", _CORE)  # (most positions start no figure)
_CORE_ASCII = re.compile(
    r"(?P<ar>" + _SPACED + r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?)|(?P<edig>(?P<edign>[Ss]ingle|[Dd]ouble|[Tt]riple)[\s-]digits?)"
)
"""The core grammar for text without Chinese characters (faster: no Chinese numeral alternatives)."""
_CORE_ASCII = led_by(r"\dSDTsdt", _CORE_ASCII)
_SPACED_AFTER_FIRST = (
    r"(?<=[1-9])(?<![\d.,]\d)(?<!\d[ \u00a0\u2009\u202f]\d)"
    r"\d{0,2}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d{1,2})?(?![\d.,]?\d)(?=\s?[A-Za-z])"
)
"""``_SPACED`` after its first digit, the characters before that digit looked behind for from after it."""
_CORE_ARABIC = re.compile(
    r"(?P<ar>\d(?:" + _SPACED_AFTER_FIRST + r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d*(?:\.\d+)?))"
)
"""``_CORE_ASCII`` for text that never writes "digit" (so holds no "double-digit" figure): the same
Arabic figures, every one opening on the digit the pattern starts with, which the engine skips to (faster
again: a pattern opening on a lookbehind is tried at every position)."""
_SUFFIX = re.compile(
    r"(?P<more1>多|余)?"
    r"(?:\s?(?P<zs>万亿|千亿|百亿|十亿|千万|百万|十万|亿|兆(?![瓦帕赫字比焦伏位欧像宽带网光Mm])|万|千)"
    r"(?:\s?(?P<zs2n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<zs2>亿|千万|百万|万)(?![亿万]))?)?"
    r"(?:(?:\s|-(?=[tbm]r?illion(?![A-Za-z])))?(?P<es>trillion|billion|million|thousand|tn|bn|mn|mm|mln|k|m|b)(?![A-Za-z]))?"
    r"(?P<more2>多|余)?"
    r"(?:(?:\s|-(?=per[\s-]?cent(?![A-Za-z])|percentage[\s-]points?(?![A-Za-z])))?(?P<unit>%|percentage[\s-]points?|percent(?:age)?|per[\s-]?cent|pct|个百分点|百分点|ppts?|pps?|bps|bp|"
    r"basis points?|个基点|基点|倍|x(?![A-Za-z0-9])|times(?![A-Za-z])|turns?(?![A-Za-z])))?"
    r"(?:\s?(?P<cur>元人民币|人民币元|人民币|人币|美元|美金|港元|港币|港仙|美仙|美分|仙(?![人女境界])|分(?=[,，、;；。.)）(（\s]|人民|港元|港币|美元|$)|日元|欧元|英镑|新台币|台币|韩元|元|RMB|CNY|USD|HKD|CAD|AUD|yuan|"
    r"renminbi|U\.?S\.? dollars|(?:Canadian|Australian|Hong\s+Kong|Singapore)\s+dollars|dollars|cents|euros?)(?![A-Za-z]))?"
    r"(?P<counter>人次|单|人|家|名|户|位(?!数)|台|辆|座|款|笔|件|张|套|个(?!季度|月|小时|百分点|交易日|工作日|季))?",
    re.IGNORECASE,
)
_SUFFIX_WORDS = re.compile(_SUFFIX.pattern.replace("|k|m|b)", ")"), re.IGNORECASE)
"""The suffix grammar without single-letter scales, which need a currency ("$5m", not "5m")."""
_PRE_CUR = re.compile(
    r"(?P<cur>US\$|U\.S\.\$|HK\$|NT\$|A\$|C\$|S\$|R\$|RMB|CNY|USD|HKD|CAD|AUD|EUR|GBP|JPY|人民币|港币|港元|美元|新台币|台币|¥|￥|\$|€|£)"
    r"\s?$",
    re.IGNORECASE,
)
_PRE_CUR = anchored(_PRE_CUR)
_CODE_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]\s?[(（]\s?$")
_CODE_AFTER = re.compile(r"(?:\.(?:HK|SH|SZ|BJ|TW))?\s?[)）]", re.IGNORECASE)
"""Around a listing code: the name's last character and an opening bracket before, a closing one after."""
_PRE_QUAL = Sifted(anchored(re.compile(
    r"(?:(?P<approx>大约|大概|约合|约为|约|将近|接近|近乎|近|差不多|左右约|approximately|approximate|approx\.|approx|about|around|"
    r"roughly|nearly|almost|close to|circa|some|~|"
    # a figure a total is coming up to ("a cash balance approaching $225 million", "occupancy nearing 60%", "closer to
    # $800 million for the full year"), as 接近
    r"approaching|nearing|closer to)"
    r"|(?P<over>超过|超出|超越|超|逾|突破|飞越|跨越|站上|(?<!跌)破|高于|多于|不少于|不低于|不小于|至少|more than|over|above|exceeding|exceeds?|exceeded|surpass(?:es|ed)?|in excess of|north of|"
    r"at least|upwards of|greater than|better than)"
    r"|(?P<under>跌破|不到|不足|低于|少于|不超过|不高于|不大于|最多|至多|最高可达|最高达|最高|less than|under|below|fewer than|up to|"
    r"no more than|at most|south of|just under|just below))"
    # ("greater than a 25% increase", "about a 10% decline": the article of the change noun after the figure)
    r"\s*(?:了\s*|(?<=[a-z])\s+an?\s*)?$",
    re.IGNORECASE,
)))
_POST_QUAL = re.compile(
    r"\s?(?:(?P<approx>左右|上下|or so)|(?P<over>以上|有余|\+|-?plus(?![A-Za-z])|or more)|(?P<under>以下|以内|or less))"
)
_MARK_PASSED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|top(?:s|ped|ping)|cross(?:es|ed|ing)?|"
    r"eclips(?:es|ed|ing)|pass(?:es|ed|ing)?|br(?:eaks?|oke|eaking)\s+through)\s+the\s+$",
    re.IGNORECASE,
)
_MARK_AFTER = re.compile(r"\s+(?:mark|milestone|threshold|barrier|level)(?![A-Za-z])", re.IGNORECASE)
"""Around a figure named as a mark a total went past ("surpassed the $92 billion mark"): the total is over it."""
_DIGIT_GROWTH = re.compile(r"(?:的)?(?:同比|环比)?(?:增长|增速|增幅|的增长|涨幅|上涨|growth)")
_OWN_RATE_AFTER = re.compile(r"\s?[(（]\s?(?:同比|按年)?\s?(?:增长|下降|上升|减少|增加|增|降|升|减|跌)\s?\d")
"""Right after an amount: its own growth rate in a bracket ("4734.16亿元(降0.70%)")."""
_PER_SHARE_BEFORE = re.compile(r"每股|股息|派息|[派中末]期息|特别息|分派|派发|派|息|(?:中期|末期|全年|特別|特别)\s?[:：]")
"""What stands before a sum written in cents ("分"): earnings or a dividend per share, or the dividend's label in a
list of a year's dividends ("中期：人民幣7.90分")."""
_EQUIVALENT_AFTER = re.compile(r"\s?[(（]\s?(?:相当于|相當於|折合|约合|約合|约|約)\s?(?:港币|港幣|港元|美元|人民币|人民幣)")
"""Right after a sum in cents: the same sum in another currency ("人民幣7.90分（相當於港幣8.62仙）"), as only a sum
paid per share is given."""
_COMPARATIVE_OPEN_BEFORE = re.compile(r"[(（][^()（）]{0,16}[:：]\s?(?:人民币|人民幣|港币|港幣|美元)?\s?$")
"""Right before a figure: the opening of a bracketed comparative ("（二零二四年同期：人民幣10.54分）")."""


def _per_share_cents(text: str, s: int, end: int) -> bool:
    """Whether a sum in "分" at ``s`` is paid or earned per share: a per-share word just before it, its equivalent
    in another currency right after it, or a per-share word before the bracket of a comparative it stands in
    ("每股基本盈利為人民幣9.65分（二零二四年同期：人民幣10.54分）")."""
    if _PER_SHARE_BEFORE.search(text, max(0, s - 12), s) or _EQUIVALENT_AFTER.match(text, end):
        return True
    bracket = _COMPARATIVE_OPEN_BEFORE.search(text, max(0, s - 24), s)
    return bracket is not None and bool(_PER_SHARE_BEFORE.search(text, max(0, bracket.start() - 20), bracket.start()))


_RANGE_SEP = re.compile(r"\s?(?:-|–|—|~|至|到)\s?|\s(?:to|and)\s", re.IGNORECASE)
_RANGE_CUR = re.compile(r"(?:US\$|HK\$|RMB|\$|¥|￥|人民币|€|£)\s?", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"(?:\bfrom|从)\s*(?:\S+\s*)?$", re.IGNORECASE)
_RANGE_FROM = re.compile(r"\brang(?:e|es|ed|ing)\s+from\b(?=(?:[^.;!?]|\.(?=\d))*$)", re.IGNORECASE)


def _range_from(text: str, pos: int) -> bool:
    """Whether "range from" opens the sentence part before ``pos``: its "from X to Y" are ranges
    ("EPS could range from $0.20 to $0.35 on a GAAP basis and from $0.44 to $0.58 adjusted")."""
    return bool(_RANGE_FROM.search(text, max(0, pos - 160), pos))


_CHANGED_BY = re.compile(
    r"(?<![A-Za-z])(?:increased|decreased|rose|fell|grew|declined|dropped|improved|climbed|jumped|was up|was down|"
    r"were up|were down)\s+(?:by\s+)?(?:approximately\s+|about\s+|nearly\s+|almost\s+|over\s+)?$",
    re.IGNORECASE,
)
_CHANGED_BY = anchored(_CHANGED_BY)
_MOVED_BY = re.compile(r"(?<![A-Za-z])by\s+(?:approximately\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?$", re.IGNORECASE)
"""Right before an amount: "by", what something moved by; an amount far above it after "to" is the level reached
("guidance down by $0.015 to $2.81"), not the top of a range ("cut costs by $10 million to $15 million")."""
_CHANGED_BY_ZH = re.compile(r"(?:增加|减少|提升|提高|增长|下降|降低|上升|下滑|上涨|下跌|减|增)了?\s?$")
"""Right before a Chinese amount: what it changed by; "至" after it leads to the level reached, unless the
two amounts are close enough to be a forecast's range ("预计净利润增加1.2亿元至1.5亿元")."""
_FROM_RATE_BEFORE = re.compile(r"由\s?[-+]?\d[\d.,]*\s?%[^，,。；;\d]{0,8}$")
"""Before a Chinese change: the level it is from ("由9.4%下跌"), so "X至Y" after it is a change and a level."""
def from_level_before(text: str, lo: int, at: int) -> bool:
    """Whether a change verb before ``at`` (clause from ``lo``) follows the level it is from ("由9.4%下跌")."""
    return bool(_CHANGED_BY_ZH.search(text, max(lo, at - 8), at)) and bool(
        _FROM_RATE_BEFORE.search(text, max(lo, at - 24), at)
    )


_BETWEEN_BEFORE = re.compile(r"\b(?:between|range\s+of)\s+(?:\S+\s+)?$", re.IGNORECASE)
"""Right before the low end of a range written with "and": "between 5% and 6%", "our previous range of 5% and 6.25%"."""
_MONTH_BEFORE = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s$",
    re.IGNORECASE,
)
_MONTH_BEFORE = anchored(_MONTH_BEFORE)
_AFTER_SKIP = re.compile(
    r"\s?(?:个)?(?:季度|月|日|号|天|周|星期|小时|分钟|秒|年|岁|代|期|届|次|轮|页|章|节|条|楼|层)"
    r"|\s?[-–—~至到]\s?(?:1[0-2]|0?[1-9])\s?月"  # "1-10月": the first month of a span of months
    r"|(?:st|nd|rd|th)(?![A-Za-z])"
    r"|\s?-?\s?(?:years?(?![\s-]to[\s-]date)|months?|quarters?|weeks?|days?|hours?|minutes?|seconds?|decades?|year-old|K|Q)(?![A-Za-z])"
    r"|-(?!(?:mega|giga)watt|[MG]Wh?(?![A-Za-z]))[A-Za-z]"  # ("a 5-megawatt project": a capacity, see _MEASURES_AFTER)
    r"|:\d"
    r"|\.(?:HK|SH|SZ|US|N|O|T|L)(?![A-Za-z])"
    r"|s(?![A-Za-z])"
    r"|['’]s(?![A-Za-z])",  # "EAGLE 20's retail volume", "Group 1's stores": a name's number, no quantity
)
_HOURS_OF_USE = re.compile(r"利用小时数?[^。；;！？\n]{0,24}$")
"""Before a figure in hours: the hours a plant was used ("平均利用小时2,627小时，比上年同期降低196小时"), a measure
reported like output, no duration."""
_PHONE = re.compile(
    r"(?<![\d.,])(?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?|\d{2,4}[\s-])\d{3,4}[\s-]\d{3,4}(?![\d])"
    r"|(?:公网安备|ICP备|ICP证|备案号|许可证号|License No\.?|Tel\.?|Phone|Fax|电话|传真|热线)\D{0,8}[\d\s()-]{5,}",
    re.IGNORECASE,
)
_PHONE = led_by(r"\d+(公备许电传热ILTPF", _PHONE)
_PHONE_HINT = re.compile(
    r"\d[\s-]\d{3}|\)\s?\d{3}|备|ICP|License|Tel|Phone|Fax|电话|传真|热线", re.IGNORECASE
)
_PHONE_HINT = led_by(r"\d)备ILTPF电传热", _PHONE_HINT)
_PHONE_HINT_DIGITS = re.compile(r"[\d)](?:(?<=\d)[\s-]|(?<=\))\s?)\d{3}")
"""``_PHONE_HINT``'s digits ("555-1234", "(010) 1234") led by a class, which the engine skips to."""
_PHONE_HINT_WORDS = ("icp", "license", "tel", "phone", "fax")
"""``_PHONE_HINT``'s words as lower-cased ASCII text holds them."""


def _may_hold_phone(text: str) -> bool:
    """Whether ``_PHONE_HINT`` is in ``text``: in ASCII text its digits by a pattern the engine skips
    ahead in, its words by substring (the same answer, faster)."""
    if not text.isascii():
        return _PHONE_HINT.search(text) is not None
    if _PHONE_HINT_DIGITS.search(text):
        return True
    lower = text.lower()
    return any(map(lower.__contains__, _PHONE_HINT_WORDS))


_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")
_CLAUSE_BREAK = re.compile(
    r"[，。；;！？!?\n]|,(?!\d{3})|:(?!\d)|：|\.(?=\s|$)|(?<=[\u4e00-\u9fff\]）%])\s[-–—•]\s(?=[\u4e00-\u9fff])"
)
_CLAUSE_BREAK = anchored(_CLAUSE_BREAK)

# Direction and role words: the last one before a figure (within its clause) decides.
# ("compared to 2021 to be approximately $275 million": "be" makes the forecast figure a level, not the base)
# A gain that names an item of income ("an underwriting gain of $96 million", "a gain on sale of $19 million") is no
# rise, nor is money raised by a financing ("the debt raise of $383 million", "an equity raise of $250 million").
_DIRECTION = re.compile(
    r"(?P<level>达到|达成|达|为|是|实现|录得|(?<![A-Za-z])(?:was|were|is|are|be|of|totaled|totalled|totaling|reached|"
    r"came in at|amounted to|stood at|ended at|at|with)(?![A-Za-z]))"
    r"|(?P<base>较之|较|相比|相较|对比|(?<=[高低快慢])于(?=\s?(?:上一?个?季度?|前一季度?))|(?<![同环占可])比(?!例|重|率|较|\s?\d|\s*$)|从|由(?!于|此|衷)|(?<![A-Za-z])(?:compared (?:with|to)|compared|"
    r"compares (?:to|with)|comparing (?:to|with)|versus|vs\.?|from|"
    r"against(?!\s+(?:our|the|its)\s+(?:road\s?map|plans?|strateg\w+|priorities|goals?|targets?|commitments?|objectives?)\b)|"
    r"relative to|on top of|"
    r"(?:(?<=lower )|(?<=higher )|(?<=better )|(?<=worse )|(?<=smaller )|(?<=larger ))than)(?![A-Za-z]))"
    r"|(?P<loss>净亏损|亏损|亏蚀|大蚀|转蚀|净流出|流出|赤字|(?<![A-Za-z])(?:losses|loss|outflows?|deficit|lost|lose|loses)(?![A-Za-z]))"
    r"|(?P<dec>(?<![正])负(?=\s?$)|倒退|下降|下滑|下跌|衰退|减少|降低|降幅|减幅|跌幅|收窄|缩窄|缩小|缩减|回落|萎缩|下调|减(?!值|速器|震器|振器|[一-鿿]剂)|降(?![一-鿿]剂)|跌(?!价)|(?<![至不多减])少(?=\s?$)|"
    r"(?<![A-Za-z])(?:declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|(?<!paid\s)(?<!pay\s)(?<!pays\s)(?<!paying\s)down|down(?!\s+(?:an?\s+additional\s+|another\s+|approximately\s+|about\s+|nearly\s+|roughly\s+|over\s+|almost\s+)?$)|(?:fell|fall(?:s|ing)?)(?!\s+(?:between|within|inside|into)\b)|drop(?:ped|s)?|"
    r"lower(?:ed)?(?!\s+(?:end|half|part|portion|bound|limit))|reduc(?:e|ed|es|ing|tion)|narrow(?:ed|ing)?|contract(?:ed|ion)|shr(?:ank|unk|ink)|"
    r"slipped|dipped|negative|minus|(?<!paid\s)(?<!pay\s)(?<!pays\s)(?<!paying\s)off(?!\s+of\b)|off(?!\s+of\b)(?!\s+(?:an?\s+additional\s+|another\s+|approximately\s+|about\s+|nearly\s+|roughly\s+|over\s+|almost\s+)?$))(?![A-Za-z]))"
    r"|(?P<inc>增长|成长|增加|增幅|增速|上升|上涨|上调|涨幅|提升|提高|攀升|猛增|激增|加快|加速|扩大|翻番|翻倍|涨|升|(?<!新)增(?!值|[一-鿿]剂)|飙|多蚀|(?<![许很众更最较])多(?=\s?$)|"
    r"(?<![A-Za-z])(?:grew|grow|grows|growing|growth(?![\s-]+cap(?:ex|ital\s+expenditures?)(?![A-Za-z]))|increas(?:e|ed|es|ing)|(?<!made\s)(?<!make\s)(?<!makes\s)(?<!making\s)up|rose|rise|rises|rising|"
    r"(?<!debt\s)(?<!equity\s)(?<!capital\s)rais(?:e|ed|es|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|"
    r"(?<!realized\s)(?<!investment\s)(?<!capital\s)(?<!securities\s)(?<!underwriting\s)(?<!mark-to-market\s)"
    r"(?<!fair\svalue\s)(?<!one-time\s)gain(?:ed|s?(?!\s+on\s))|improv(?:ed|ement|ing)|expan(?:d|ded|ding|sion)|higher(?!\s+(?:end|half|part|portion|bound|limit))|climb(?:ed|ing)?|jump(?:ed)?|surg(?:ed|e|ing)|"
    r"accelerat(?:ed|ing|ion)|advanced(?=(?:\s+(?:by|about|nearly|almost|roughly|approximately|some|over|more\s+than))*\s+$))(?![A-Za-z]))"
    r"|(?P<to>至|到|(?<![A-Za-z])to(?![A-Za-z]))",
    re.IGNORECASE,
)
_DIRECTION = anchored(_DIRECTION)  # (most words of a clause are no direction word)
_CHANGE_IN_METRIC = re.compile(
    r"(?<![A-Za-z])(?:reductions?|increases?|declines?|decreases?|growth|rises?|improvements?|drops?)\s+in\s+"
    r"(?:(?!of\s)[A-Za-z][\w&'’-]*\s+){1,5}$",
    re.IGNORECASE,
)
"""Before "of": a change noun and the measure it changes ("a reduction in gross profit of 42%"): the figure is the
change, however many words name the measure."""
_MOVED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?<!paid )(?<!paying )(?<!pay )(?<!pays )"
    r"(?:down|up|declined|decreased|increased|rose|fell|grew|improved|dropped|higher|lower)\s+$"
)
"""Right before "from" (in the lower-cased words): a move from a level, which is then the figure's base (a debt
"paid down from the sale of" names where the money came from)."""
_PLAN_NAMED = re.compile(r"(?<![a-z])(?:estimat\w*|guid\w*|expect\w*|outlook|forecast\w*|target\w*|plan\w*)(?![a-z])")
"""After "from": a level that is a plan ("down from our estimated rate for 2021 of 27%"), no earlier period's result."""
_FIGURE_NEXT = re.compile(r"\s?(?:了\s?)?(?:至|到)?\s?\d")
"""Right after a direction word: the figure it moves by ("从52.6%下降3.0个百分点"), so the word is no base's own."""
_SIGNED_BEFORE = re.compile(r"[(（,，]\s?[+\-−]|^[+\-−]")
_SIGNED_AFTER_AMOUNT = re.compile(
    r"\d\s?(?:[千百]?[万亿]{0,2})\s?(?:元|美元|港元|港币|港幣|日元|欧元)\s?[(（]\s?[+＋\-−]\d?$"
)
"""Before a rate: an amount, an opening bracket and a sign ("808.15亿元(+8.78%)")."""
_CLOSE_AFTER = re.compile(r"\s?[)）]")
_COMPARISON_WORD_AFTER = re.compile(r"\s?(?:yoy|y/y|qoq|q/q|mom|同比|环比)(?![A-Za-z])", re.IGNORECASE)
"""Around a figure: a written sign after a bracket or comma before, a comparison word right after it."""
_POST_DIRECTION = re.compile(
    r"(?:的[^，,。；;\d]{0,4}?)?(?:(?P<loss>净?亏损)|(?P<dec>净?(?:下降|下滑|减少|降幅|跌幅))|(?P<inc>(?:同比|环比)?(?:增长|增幅|增速|涨幅|上涨|提升)))"
    r"|\s?(?:per\s+(?:diluted\s+)?share\s+)?(?:(?:year[\s-]over[\s-]year|year[\s-]on[\s-]year|yoy|y/y|sequential|quarter[\s-]over[\s-]quarter|"
    r"organic|constant[\s-]currency)\s)?(?:(?P<eloss>losses?|outflows?)|(?P<edec>declines?|decreases?|drop|reduction|lower|smaller|contraction)"
    r"|(?P<einc>increases?|growth|gains?|rise|higher|greater|larger|bigger|improvement|jump))(?![A-Za-z])"
    r"|\s?(?:(?P<einc2>above|stronger\s+than)|(?P<edec2>below|weaker\s+than))\s+"
    r"(?=(?:the\s+)?(?:last|prior|previous|same|year[\s-]ago|a year|pre-|Q[1-4]\b|"
    r"(?:first|second|third|fourth)\s+quarter|(?:19|20)\d\d))",
    re.IGNORECASE,
)
"""Right after a figure: its direction ("up", "5% growth", "$140 million stronger than the prior-year period"), so
the figure is a change, not a level."""
_POST_NOUN_DIRECTION = re.compile(
    r"\s(?!(?:of|in|for|the|and|or|to|an?|on|at|with|from|by|as|than|more|less)\s)[a-z]+\s"
    r"(?:(?P<edec>declines?|decreases?|drops?|reductions?|contractions?)|(?P<einc>increases?|growth|gains?|rises?))(?![A-Za-z])"
)
"""After a percentage: one noun, then a change noun ("over 25% volume reductions", "a 10% price increase"): the
percentage is that noun's change."""
_POINTS_OF_MOVE = re.compile(
    r"\s+of\s+(?:(?:(?P<edec2>decreased|reduced|lower|weaker)|(?P<einc2>increased|improved|expanded|higher|better))\s+"
    r"|(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:(?P<edec>contraction|compression|deterioration|declines?|decreases?|reductions?)"
    r"|(?P<einc>expansion|improvements?|increases?|growth))(?![A-Za-z]))",
    re.IGNORECASE,
)
"""After points or basis points: "of", then the measure and a change noun ("30 basis points of margin expansion",
"230 basis points of operating ratio improvement") or a comparative and the measure ("280 basis points of increased
margin"): the points are that measure's move, not a level."""
_MOVE_AGAINST_BASE = re.compile(
    r"\s+(?:(?:impact|effect)\s+)?(?:(?P<good>favou?rabl[ey]|tailwinds?)|unfavou?rabl[ey]|headwinds?)\s+"
    r"(?:(?:to|versus|vs\.?|compared\s+(?:to|with)|relative\s+to|against|over|from|year[\s-]over[\s-]year)(?![A-Za-z])\s*)?"
    r"(?=year[\s-]over[\s-]year|(?:the\s+|our\s+|a\s+)?(?:same|last|prior|previous|preceding|year[\s-]ago|a\s+year|"
    r"(?:first|second|third|fourth)\s+quarter|Q[1-4]\b|(?:19|20)\d\d))",
    re.IGNORECASE,
)
"""After an amount of money: how it compares with an earlier period ("$88 million unfavorable to the same period last
year", "a $30 million headwind versus the prior year"): the amount is the move from that period, not a level; its
sign is the metric's to give (``good`` when favorable)."""
_LOSS_NOUN_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:allowances?|provisions?|reserves?|ACL|ALLL)\s+for\s+(?:[A-Za-z-]+\s+){0,3}$", re.IGNORECASE
)
_LOSS_NOUN_AFTER = re.compile(
    r"(?:\s+|-)(?:reserves?|provisions?|allowances?|absorbing|absorption|taking|adjustment"
    r"|and\s+(?:loss(?:es)?\s+adjustment|LAE|loss(?:es)?\s+expenses?))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Around "loss(es)": the word names what a reserve or a capacity is for, or an insurer's claims expense, the figure is
no loss ("allowance for credit losses totaled $6.3 billion", "loan loss reserves", "loss absorbing capacity of $1.3
billion", "losses and loss adjustment expenses were $70 million")."""
_RANGE_OF = re.compile(
    r"\s*(?:a|the|our|its|their)\s+(?:(?:prior|previous|original|earlier|initial)\s+)?(?:guidance\s+|outlook\s+)?range\s+",
    re.IGNORECASE,
)
"""Between "from" and "of": a previous guidance range ("to $4.50 to $4.68 from a range of $4.50 to $4.60"), still the base."""
_FROM_OPERATIONS = re.compile(
    r"\s+(?:continuing\s+|discontinued\s+)?(?:operations|operating\s+activities)(?![A-Za-z])", re.IGNORECASE
)
"""After "from": it belongs to a metric's name ("cash from operations", "income from continuing operations"), no base."""
_SOURCE_BEFORE_FROM = re.compile(
    r"(?<![a-z])(?:benefits?|contributions?|proceeds|tailwinds?|headwinds?|uplift|boost|"
    r"came|arose|originated|derived|stemmed|were|was)\s+$"
)
"""Right before "from" (in the lower-cased words): what a figure brought ("a benefit from our $24 million of share
repurchases"), or where an earlier share of a total came from ("$4 billion were from Japan, $3.8 billion ..."), so
the figure after it is a source or the next share, no base."""
_COMPARATIVE_AFTER_FROM = re.compile(
    r"\s+(?:lower|higher|fewer|more|less|greater|reduced|increased|decreased)\s+(?=[A-Za-z])", re.IGNORECASE
)
"""After a figure that follows "from": a comparative and the thing it changed ("savings from 7% lower headcount",
"a gain from 5% higher volumes"), so "from" opens a cause and the figure is that change, no base."""
_CAUSE_TO = re.compile(r"(?<![A-Za-z])(?:due|owing|thanks|attributable|attributed|related)\s+$", re.IGNORECASE)
"""Right before "to": the "to" opens a cause ("due to a 4% volumes decline"), no level a metric rose to."""
_FROM_BASE_THEN_CAUSE = re.compile(
    r"\s+(?:(?:the|a|its|our)\s+)?(?:[A-Za-z0-9'’-]+\s+){0,3}?(?:levels?|year|quarter|period|\d{4})"
    r"\s+(?:on|with|amid|as|behind|reflecting|driven\s+by|due\s+to)\s+(?:(?:an?|the)\s+)?$",
    re.IGNORECASE,
)
"""After "from" or "versus", up to a figure: the base ends and a cause opens before the figure ("fell 4% from prior
year levels on a 3% volumes decline", "down 6% versus the prior year on a 4% volumes decline"), so the figure is the
cause's change, no base."""
_NO_BEFORE = re.compile(r"(?<![A-Za-z])(?:no|without)\s+(?:[A-Za-z-]+\s+){0,2}$", re.IGNORECASE)
GAINS_AND_BEFORE = re.compile(r"(?<![A-Za-z])(?:gains?|profits?)\s*(?:and|or|/|&)\s*$", re.IGNORECASE)
"""Right before "losses": the pair names a kind of item, either way ("excluding investment gains and losses of $124
million" is the result without them), no loss."""
_BASE_PERIOD_ONLY = re.compile(
    r"\s?(?:(?:去年|上年|前一年|上一年)(?:同期|同季度?)?|上期|前期|同期|上季度?|上一季度?|上个季度|上月|上个月|"
    r"第\s?[1-4一二三四]\s?季度?|(?:19|20)\d\d\s?年(?:同期)?)?(?:的|之)?\s?$"
)
"""Between a Chinese base word and a sign word ("从上期亏损5.0亿", "较第2季负0.12%", "较去年同期的亏损"):
nothing but the base's period, so the sign is the base's own and the figure stays the base."""
_IN_COMPARATIVE = re.compile(
    r"\s+in\s+(?:(?P<dec>lower|reduced|decreased)|(?P<inc>higher|increased))[\s-]", re.IGNORECASE
)
"""After a figure: it is a change of what follows ("$8 billion in lower ending cash balances")."""
_FIGURE_OF_SALES = re.compile(
    r"\$?\d[\d.,]*\s*(?:million|billion|thousand)?\s+(?:of|in)\s+(?:net\s+|total\s+)?(?:revenues?|sales)(?![A-Za-z])",
    re.IGNORECASE,
)
"""A figure of revenue right after "off": what an amount was earned on ("earnings off $8.9 billion of revenue")."""
_THAN_TAIL = re.compile(r"\s*(?:(?:the|a|an|our|its)\s+)?(?:[a-z-]+\s+){0,2}", re.IGNORECASE)
"""After "lower/higher than" and before the figure it compares with: a few words at most ("than the", "than
last year's"); a figure or a name after "than" is the base of another figure."""
_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*|[\u4e00-\u9fff]{2}")
"""Words of a phrase (a hyphenated compound, "straight-line", is one), to tell how far a figure is from a growth verb."""
_FAR_WORDS = 3
_AND_AFTER_DIRECTION = re.compile(r"\s+and\s+(?:also\s+)?", re.IGNORECASE)
"""Between a direction word and the figure right after it: "and" ("rental increases and $236 million of
acquisitions"), so the word was a noun of the item before, not the figure's change."""
_ON_BEFORE_FIGURE = re.compile(r"(?<![A-Za-z])on\s+$", re.IGNORECASE)
"""Right before a figure a direction word comes earlier than: "on" ("extended maturities by 5 years on $150 million of
term loans"), the amount the change applies to."""
"""Words between a growth verb and a level word ("of", "to") after which the figure is a level."""
_ZH_LIST_GAP = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
_LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and|or)|(?:、|，|和|及|与|以及)\s*[+＋]?|,|and|or|/\s*[+＋]?)\s*"
    r"(?:(?<=or )(?:almost|about|approximately|nearly|roughly|some|just over|just under|over|more than)\s+)?",
    re.IGNORECASE,
)
"""What separates items of one list ("5%、1%和2%"): the items share their role."""
_PERIOD_LIST_GAP = re.compile(
    r"\s+(?:for|in|during)\s+(?:the\s+)?(?:quarter|year|period|month|(?:first|second|third|fourth)\s+quarter|Q[1-4])"
    r"\s*,?\s+and\s+",
    re.IGNORECASE,
)
"""Between two changes or two bases: the first one's period, then the next item ("increased 2.3% for the quarter and
4.4% for the first nine months", "compared to $16.9 million in Q1 and $23 million in last year's Q2"): the items share
their role."""
_RELATIVE_PERIOD_LIST_GAP = re.compile(
    r"\s+(?:(?:last|the\s+prior|the\s+previous)\s+(?:quarter|year)|a\s+year\s+ago)\s*,?\s+and\s+", re.IGNORECASE
)
_PERIOD_AFTER_ITEM = re.compile(
    r"\s+(?:(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|quarter|year|Q[1-4]|(?:last|prior)\s+year)"
    r"|(?:a\s+year\s+ago|last\s+(?:quarter|year)))(?![A-Za-z])",
    re.IGNORECASE,
)
"""Between two bases, and after the second: each one's period ("down from 94.5% last quarter and 95.0% in the third
quarter of 2021"): the items share their role, where "from 71 last year and 61 turboprops" starts another item."""
_PLACE_LIST_GAP = re.compile(
    r"\s+(?:in|for|at)\s+(?:the\s+|our\s+|its\s+)?(?:[A-Za-z][\w&.'’-]*\s+){1,4}?(?:,\s*)?(?:and|while|with)\s+"
    # "increases of 17% in revenue, 28% in EBITDA and 24% in enrollment": a comma alone between items
    # (", and" before the last item: "5% in Europe, and 3% in Asia")
    r"|\s+(?:in|for|at)\s+(?:the\s+|our\s+|its\s+)?[A-Za-z][\w&.'’-]*(?:\s+[A-Za-z][\w&.'’-]*){0,3}?\s*,\s*(?:and\s+)?",
    re.IGNORECASE,
)
_BASIS_WORDS = (
    r"(?:operationally|organically|(?:on\s+an?\s+)?(?:organic|operational|reported|as[\s-]reported|constant[\s-]currency|"
    r"comparable|GAAP|non-GAAP|adjusted)(?:\s+basis)?|reported|in\s+constant\s+currency|in\s+local\s+currency|"
    r"year[\s-]over[\s-]year|year[\s-]on[\s-]year|sequentially|quarter[\s-]over[\s-]quarter|on\s+a\s+sequential\s+basis|"
    # any basis named the same way ("on an underlying basis", "on a spot basis"), an average or the whole
    r"on\s+an?\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+basis|on\s+average|in\s+total|in\s+aggregate)"
)
_BASIS_LIST_GAP = re.compile(
    r"\s+" + _BASIS_WORDS + r"\s*,?\s+and\s+(?:(?:almost|about|approximately|nearly|roughly|some|over|more\s+than)\s+)?",
    re.IGNORECASE,
)
_BASIS_AFTER = re.compile(r"\s+" + _BASIS_WORDS + r"(?![A-Za-z])", re.IGNORECASE)
"""Between two changes: the first one's basis or comparison, then the next item written on another ("grew 9%
operationally and 7% on a reported basis", "fell 6% year-over-year and 2% sequentially"): the items share their
role."""
_PLACE_AFTER = re.compile(r"\s+(?:in|for|at)\s+(?:the\s+|our\s+|its\s+)?[A-Za-z]", re.IGNORECASE)
"""Between two changes: the first one's place or unit, then the next item written the same way ("grew 12% in the
Americas and 8% in Europe"): the items share their role."""
_RESTATED_GAP = re.compile(
    r"\s+" + _BASIS_WORDS + r"\s*,?\s+or\s+(?:(?:about|approximately|roughly|nearly|almost)\s+)?", re.IGNORECASE
)
_RESTATING_BASIS_AFTER = re.compile(
    r"\s*,?\s*(?:(?:when|if|after)\s+)?(?:excluding|ex-|adjust(?:ed|ing)\s+for|organically|operationally|"
    r"(?:in|at)\s+(?:constant|local)\s+(?:currency|currencies|exchange\s+rates)|"
    # ("or 14.4% on organic basis": the article left out, as calls are transcribed)
    r"on\s+(?:an?\s+)?(?!(?:reported|as[\s-]reported|GAAP|sequential|year[\s-]over[\s-]year)\s)[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s+basis)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
"""Between a change and a figure in its unit, and after that figure: the change's comparison, "or", and a basis that
leaves something out ("fell 4% year-over-year, or 2% excluding currency", "down 50 bps year-over-year, or 40 bps on
an organic basis"): the same move restated, so it keeps the change's direction; a figure in another unit ("or $12
million") or on another comparison ("or 2% sequentially") is no restatement."""


@cache
def _version_before() -> re.Pattern[str]:
    """Product and model names that a version number follows ("Qwen 3"), from numbers.yaml."""
    words = [w for w in lexicon_numbers.version_prefixes() if len(w) > 1]
    return re.compile(r"(?:" + trie_regex(words).pattern + r")[\s\-]?$", re.IGNORECASE)


@cache
def _reference_before() -> re.Pattern[str]:
    """Page, slide, section and ordinal words that a reference number follows, from numbers.yaml."""
    words = [re.escape(w) for w in lexicon_numbers.reference_words()]
    words.sort(key=len, reverse=True)
    return re.compile(r"(?:(?<![A-Za-z])(?:" + "|".join(words) + r"))\s?[:：]?\s*$", re.IGNORECASE)


@cache
def _label_ends() -> frozenset[str]:
    """The ASCII characters that the words before a version or reference number may end on, as ``_version_before``
    and ``_reference_before`` read them (case aside), with the "-" and ":" they allow after: text before a digit
    whose last non-blank character is another ASCII one ("of", "$", "(") is matched by neither, so neither runs."""
    # (a version word as its trie matches it: any plural ``variants`` adds, case-folded, less a trailing space or hyphen)
    versions = [v.casefold().rstrip(" -") for w in lexicon_numbers.version_prefixes() for v in variants(w)]
    ends = {w[-1] for w in [*versions, *lexicon_numbers.reference_words()] if w}
    last = re.compile("[" + "".join(map(re.escape, sorted(ends))) + "]", re.IGNORECASE)
    return frozenset({"-", ":"} | {c for c in map(chr, range(128)) if last.fullmatch(c)})


@cache
def _physical_unit() -> re.Pattern[str]:
    """Measures of weight, energy, power, volume and land that a figure is written in, from numbers.yaml."""
    words = sorted(lexicon_numbers.physical_units(), key=len, reverse=True)
    return re.compile(r"\s?(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])")


def physical_unit_after(text: str, m: NumberMention) -> bool:
    """``m`` is written in a physical measure ("年产5万吨", "120万千瓦", "5千瓦"): a quantity, never money."""
    if m.currency is not None or m.unit != "count":
        return False
    if _physical_unit().match(text, m.end):
        return True
    # a scale word that starts the measure ("5千瓦": 千 read as the scale of 5)
    return m.raw[-1:] in ("千", "万") and bool(_physical_unit().match(text, m.end - 1))


# --- parsing -------------------------------------------------------------------------------


def cn_to_number(text: str) -> Decimal:
    """Value of a Chinese numeral ("一百二十" -> 120, "三千亿" -> 3e11, "百万" -> 1e6)."""
    total = Decimal(0)  # finished parts of 亿 and above
    wan = Decimal(0)  # finished part of 万
    section = Decimal(0)
    number = Decimal(0)
    for ch in text:
        if ch in _CN_DIGITS:
            number = Decimal(_CN_DIGITS[ch])
        elif ch in _CN_UNITS:
            section += Decimal(number or 1) * _CN_UNITS[ch]
            number = Decimal(0)
        elif ch == "万":
            wan += Decimal((section + number) or 1) * 10_000
            section = number = Decimal(0)
        elif ch == "亿":
            total = Decimal(total + wan + section + number or 1) * 100_000_000
            wan = section = number = Decimal(0)
    return total + wan + section + number


def _cn_decimal(text: str) -> Decimal:
    """Chinese numeral with an optional "点" fraction ("二十六点五" -> 26.5)."""
    if "点" not in text:
        return cn_to_number(text)
    whole, frac = text.split("点", 1)
    digits = "".join(str(_CN_DIGITS.get(c, 0)) for c in frac)
    return cn_to_number(whole) + Decimal("0." + digits)


@dataclass
class _Q:
    """A quantity while it is being parsed (one side of a range)."""

    start: int
    core_start: int
    end: int
    number: Decimal
    scale: Decimal
    unit: str | None
    currency: str | None
    counter: str | None
    qualifier: Qualifier | None
    negative: bool
    words: bool = False
    growth_form: bool = False
    had_scale: bool = False
    decimals: int = 0
    paired: bool = False
    """A bare figure kept only because a figure with a unit follows it in a pair ("1,234.51和301.27亿元")."""


def _currency(token: str | None) -> str | None:
    """ISO code of a currency word or symbol."""
    if not token:
        return None
    return _CURRENCY.get(re.sub(r"\s+", " ", token.lower()))


_NAMED_US_DOLLAR = re.compile(r"(?<![A-Za-z])(?:US|U\.S\.|USD|usd)(?![a-z])|美")
"""US dollars named as such ("US$", "USD", "U.S. dollars", "美元"), not a bare "$", "dollars" or "cents"."""


def bare_dollar(unit: str | None, raw: str) -> bool:
    """Whether a figure in US dollars (``unit``) is written with a "$", "dollars" or "cents" that names no
    country (``raw``): the document's own dollar, which its statement of presentation may make another."""
    return unit == "USD" and _NAMED_US_DOLLAR.search(raw) is None


def _qualifier(m: re.Match[str] | None) -> Qualifier | None:
    """Qualifier named by a match of one of the qualifier regexes."""
    if m is None:
        return None
    for name in ("approx", "over", "under"):
        if m.group(name):
            return name  # type: ignore[return-value]
    return None


def _excluded_ar(text: str, start: int, digits: str, in_range: bool = False) -> bool:
    """True when a run of digits is part of a word, a version, a reference or an identifier."""
    before = text[max(0, start - 24) : start]
    prev = before[-1:]
    if in_range and prev in "-–—~":
        return False
    if prev and prev.isascii() and (prev.isalnum() or prev in "._'"):
        return True
    if prev == "’" or (prev == "-" and len(before) > 1 and before[-2].isascii() and before[-2].isalnum()):
        return True
    if prev in ",:" and len(before) > 1 and before[-2].isdigit():
        return True
    if prev in "[【" and re.match(r"\d+[\]】]", text[start : start + 5]):
        return True  # a citation mark ("[12]")
    end = before.rstrip()[-1:]
    if not end or (end.isascii() and end not in _label_ends()):
        return False
    return bool(_version_before().search(before) or _reference_before().search(before))


_GROUP_SPACE = re.compile(r"[ \u00a0\u2009\u202f]")


def _arabic(raw: str) -> tuple[Decimal, int]:
    """The value and decimals of Arabic digits: a comma groups thousands, except after thousands
    grouped by a space, where it is the decimal point ("1 234,5")."""
    spaced = _GROUP_SPACE.search(raw) is not None
    raw = _GROUP_SPACE.sub("", raw).replace(",", ".") if spaced else raw.replace(",", "")
    return Decimal(raw), len(raw.partition(".")[2])


def _quantity(text: str, m: re.Match[str], allow_bare: bool = False, in_range: bool = False) -> _Q | None:
    """The quantity whose number is core match ``m``, or None when it is not a financial figure (``allow_bare``: a
    bare Arabic number is one too)."""
    q = _read_quantity(text, m, in_range)
    return q if q is None or allow_bare else _unless_bare(text, m, q)


def _unless_bare(text: str, m: re.Match[str], q: _Q) -> _Q | None:
    """``q`` as a financial figure: None for a bare Arabic number that labels or counts something in the words
    around it ("618购物节", "5G"); one kept for the unit of the figure paired with it is marked ``paired``. The
    reading is shared: a low end of a range may be bare."""
    if m.lastgroup != "ar" or q.unit or q.currency or q.had_scale or q.counter:
        return q
    start, end, raw = q.start, q.end, m.group()
    nxt = text[end : end + 1]
    pair = _ZH_PAIR_NEXT.match(text, end) if nxt in ("和", "与", "及", "以", "、") else None
    if pair is not None:
        return replace(q, paired=True)  # "1,234.51和301.27亿元", "0.04、0.01和0.03个百分点": the unit comes with the last figure
    if (
        nxt
        and _CJK.match(nxt)
        and not (nxt == "股" and _GROUPED_WHOLE.fullmatch(raw))
        and not (("," in raw or "." in raw) and _physical_unit().match(text, end))
        and not _hours_of_use(text, start, end)
    ):
        # a bare number inside Chinese text is a label ("618购物节"); not one grouped or with decimals
        # and written in a measure ("合共98,216公吨", "1.5千米")
        return None
    if nxt.isascii() and nxt.isalpha() and not (
        start > 0 and _CJK.match(text, start - 1) and _physical_unit().match(text, end)
    ):
        return None  # "5G", "3D" (not "出货量约142GWh": a quantity of energy, in Chinese text)
    return q


def _hours_of_use(text: str, start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` counts hours of use ("利用小时数…1,200小时")."""
    return text.startswith("小时", end) and _HOURS_OF_USE.search(text, max(0, start - 40), start) is not None


def _read_quantity(text: str, m: re.Match[str], in_range: bool) -> _Q | None:
    """``_quantity`` with a bare Arabic number read as a figure."""
    s = m.start()
    kind = m.lastgroup
    if kind == "dig":
        if not _DIGIT_GROWTH.match(text, m.end()):
            return None
        n = m.group("dign")
        number = Decimal(10) if n in "两双个" else Decimal(100) if n == "三" else Decimal(1000)
        qual: Qualifier = "under" if n == "个" else "over"
        return _Q(s, s, m.end(), number, Decimal(1), "%", None, None, qual, False, True, True)
    if kind == "edig":
        n = m.group("edign").lower()
        number = Decimal(100) if n == "triple" else Decimal(10)
        qual = "under" if n == "single" else "over"
        return _Q(s, s, m.end(), number, Decimal(1), "%", None, None, qual, False, True, True)

    start = s
    pm = _PRE_CUR.search(text[max(0, s - 8) : s])
    cur_prefix = pm.group("cur") if pm else None
    if pm:
        start = s - len(pm.group())
    unit: str | None = None
    cur_suffix: str | None = None
    counter: str | None = None
    post_qual: Qualifier | None = None
    scale = Decimal(1)
    had_scale = False
    raw = m.group()
    decimals = 0
    if kind == "pct":
        n = m.group("pctn")
        number = Decimal(n) if n[0].isdigit() else _cn_decimal(n)
        decimals = len(n.partition(".")[2]) if n[0].isdigit() else len(n.partition("点")[2])
        unit, end = "%", m.end()
    else:
        if kind == "cn":
            if text[s - 1 : s] in ("第", "数", "几", "好", "上") and s > 0:
                return None
            number = _cn_decimal(raw)
            decimals = len(raw.partition("点")[2])
            if number == 0:
                return None
        else:
            if _excluded_ar(text, s, raw, in_range):
                return None
            number, decimals = _arabic(raw)
        sm = (_SUFFIX if cur_prefix else _SUFFIX_WORDS).match(text, m.end())
        assert sm is not None
        end = m.end()
        if sm.group("zs"):
            scale, had_scale, end = _ZH_SCALE[sm.group("zs")], True, sm.end("zs")
            if sm.group("zs2") and not (decimals and text[sm.end("zs") : sm.start("zs2n")].isspace()):
                # (a decimal first part and a space: two amounts side by side, "18.62亿 21.47亿", no compound)
                # one amount written in two scales: "3亿4500万", "2兆589.49億" (a smaller second
                # scale adds), "1万2345亿" (a larger one multiplies: 12345亿)
                second, scale2 = Decimal(sm.group("zs2n").replace(",", "")), _ZH_SCALE[sm.group("zs2")]
                if scale2 < scale:
                    number += second * scale2 / scale
                else:
                    number, scale = number * scale + second, scale2
                decimals = max(decimals, _needed(number))
                end = sm.end("zs2")
        if sm.group("es"):
            scale, had_scale, end = scale * _EN_SCALE[sm.group("es").lower()], True, sm.end("es")
        for g in ("more1", "more2"):
            if sm.group(g):
                post_qual = "over"
                end = max(end, sm.end(g))
        if sm.group("unit"):
            unit = _UNITS.get(re.sub(r"[\s-]+", " ", sm.group("unit").lower()))
            if unit == "%" and sm.group("unit").lower() == "pct" and not text.isascii():
                unit = "pp"  # a Chinese broker note's "同比+1.9pct" is percentage points ("rose 5 pct" is percent)
            end = sm.end("unit")
        if sm.group("cur"):
            cur_suffix = sm.group("cur")
            end = sm.end("cur")
        if sm.group("counter") and not unit and not cur_suffix:
            counter = sm.group("counter")
            end = sm.end("counter")
        if kind == "cn":
            if not (unit or cur_suffix or counter):
                return None
            if counter and number < 10:
                return None
            if (
                set(raw) <= set("十百千万亿")
                and not cur_suffix
                and not _PRE_QUAL.search(text[max(0, s - 12) : s])
            ):
                return None  # a bare magnitude word ("千亿砸向AI") without a qualifier is rhetoric
    if (
        start > 0
        and text[start - 1] == "-"
        and (
            start < 2
            or not ((text[start - 2].isascii() and text[start - 2].isalnum()) or text[start - 2] in "%)")
        )
    ):
        negative = True
        start -= 1
    else:
        negative = False
    if cur_prefix and cur_suffix in ("元", "圆", "仙", "分"):
        currency = _currency(cur_prefix)  # "港幣三十億元", "美元 5 元", "港幣 9.32 仙": the named currency, not yuan
    else:
        currency = _currency(cur_suffix) or _currency(cur_prefix)
    if cur_suffix in ("分", "美分") and not _per_share_cents(text, s, end):
        return None  # "分" is a cent only where a sum per share is paid or earned ("每股盈利27分", "派息7.71分")
    if cur_suffix and cur_suffix.lower() in ("cents", "港仙", "美仙", "仙", "分", "美分"):
        scale = scale / 100  # "49港仙", "23.83美仙", "63仙", "每股盈利27分": cents of the currency
    if kind == "ar" and not unit and not currency:
        if _AFTER_SKIP.match(text, end) and not _hours_of_use(text, start, end):
            return None  # dates, durations, ordinals, tickers, "10-K"
        if (
            not had_scale
            and 3 <= len(raw) <= 6
            and raw.isdigit()
            and _CODE_BEFORE.search(text, max(0, s - 3), s)
            and _CODE_AFTER.match(text, end)
        ):
            return None  # a listing code after a name ("联想集团(00992)"), in a quote table too
        if not had_scale and not counter:
            plain = raw.replace(",", "")
            if raw.isdigit() and len(plain) == 4 and 1900 <= int(plain) <= 2100:
                return None  # a year
            if raw.isdigit() and len(plain) >= 9:
                return None  # an identifier, a phone or registration number
            if _MONTH_BEFORE.search(text[max(0, s - 12) : s]) and number <= 31:
                return None  # a day of a month
    elif kind == "cn" and not unit and not currency and _AFTER_SKIP.match(text, end):
        return None
    if post_qual is None:
        post_qual = _qualifier(_POST_QUAL.match(text, end))
    qualifier = _qualifier(_PRE_QUAL.search(text[max(0, start - 18) : start])) or post_qual
    if qualifier is None and _MARK_AFTER.match(text, end) and _MARK_PASSED_BEFORE.search(text[max(0, start - 30) : start]):
        qualifier = "over"
    return _Q(
        start,
        s,
        end,
        number,
        scale,
        unit,
        currency,
        counter,
        qualifier,
        negative,
        kind in ("cn", "pct"),
        False,
        had_scale,
        decimals,
    )


def _step_ratio(q: _Q) -> Decimal:
    """How far above a figure after "by" the figure after "to" must be to be the level reached, not a range's top.

    Amounts, counts and basis points need three times ("by $0.015 to $2.81", "cut the margin by 10 basis points to
    85 basis points"); a percent needs ten ("by 2% to 41%"), since "grow by 2% to 8%" is a forecast's range.
    """
    if q.currency or q.had_scale or q.counter or q.unit == "bps":
        return Decimal(3)
    if q.unit == "%":
        return Decimal(10)
    return Decimal("Infinity")


_EARLIER_RANGE_AFTER = re.compile(
    r"(?:\s*(?:per|a)\s+(?:diluted\s+)?share)?\s*,?\s*(?:previously|before|earlier)(?![A-Za-z])"
    r"|\s+(?:in|under|of)\s+(?:our|the)\s+(?:prior|previous|earlier|original)\s+(?:guidance|outlook|forecast)",
    re.IGNORECASE,
)
"""After "from X to Y": the two ends of a range given before ("to between $41 million and $43 million from $42 million
to $45 million previously"), not a move from one level to the other."""


def _range_end(text: str, q: _Q) -> _Q | None:
    """The upper quantity of a range starting with ``q`` ("60%-70%", "$1.82 to $1.83 billion")."""
    sep = _RANGE_SEP.match(text, q.end)
    per_low = None if sep is not None else _PER_SHARE.match(text, q.end) or _PER_SHARE_ZH.match(text, q.end)
    if per_low is not None:
        sep = _RANGE_SEP.match(text, per_low.end())  # "$3.65 per share to $3.85 per share", "0.95元/股–1.12元/股"
    if sep is None and _LOWER_BOUND_BEFORE.search(text, max(0, q.start - 6), q.start):
        sep = _UPPER_BOUND_SEP.match(text, q.end)  # "不低于1亿元且不超过2亿元": the two bounds of one range
    if sep is None or q.growth_form:
        return None
    word = sep.group().strip().lower()
    if word == "and" and not _BETWEEN_BEFORE.search(text[max(0, q.start - 24) : q.start]):
        return None
    # "from X to Y" is a change, not a range ("range from X to Y" is a range, and so is "from X to Y previously")
    moved_from = bool(_FROM_BEFORE.search(text[max(0, q.start - 16) : q.start])) and not _range_from(text, q.start)
    if (q.currency or q.had_scale) and _CHANGED_BY.search(text[max(0, q.start - 24) : q.start]):
        return None  # "net income decreased $6.1 million to $27.4 million": a change, then the level
    pos = sep.end()
    cm = _RANGE_CUR.match(text, pos)
    if cm:
        pos = cm.end()
    if q.negative and word in ("至", "到", "~", "～") and text[pos : pos + 1] in ("-", "−"):
        pos += 1  # "-21.36%至-8.26%": both ends below zero, the sign written with each
    core = _CORE.match(text, pos)
    if core is None or core.lastgroup not in ("ar", "cn"):
        return None
    high = _quantity(text, core, in_range=True)
    if high is None or (moved_from and not _EARLIER_RANGE_AFTER.match(text, high.end)):
        return None
    if q.unit is not None and q.unit != high.unit:
        return None
    low_v = q.number * (q.scale if q.had_scale else high.scale) * (-1 if q.negative else 1)
    high_v = high.number * high.scale  # (its dash is the range's)
    if low_v > high_v or (q.unit is None and high.unit is not None and abs(low_v) > 100 * abs(high_v)):
        return None  # a table row's next column, no range: "866,103,121.71 -12.00", "2,071,488,667.07-7.25%"
    if q.currency and high.currency and q.currency != high.currency:
        return None
    if (q.currency or q.had_scale) and not (high.currency or high.had_scale or high.unit):
        return None
    if _MOVED_BY.search(text, max(0, q.start - 24), q.start) and high_v > _step_ratio(q) * low_v:
        return None  # "lowering our guidance midpoint by $0.015 to $2.81": the step, then the level it reached
    if (q.currency or q.had_scale or q.counter) and high_v > 3 * low_v and _CHANGED_BY_ZH.search(text, max(0, q.start - 8), q.start):
        return None  # "期间费用同比提升403万元至4392万元", "净减少5家至1,350家": the change, then the level it reached
    if _CHANGED_BY_ZH.search(text, max(0, q.start - 8), q.start) and _FROM_RATE_BEFORE.search(
        text, max(0, q.start - 24), q.start
    ):
        return None  # "净利率由9.4%下跌2.6%至6.8%": from a level, by a change, to the level reached
    if per_low is not None and not (_PER_SHARE.match(text, high.end) or _PER_SHARE_ZH.match(text, high.end)):
        return None  # "$0.80 per share to $0.97": a per-share figure, then some other amount
    return high


_MOVE_SIZE_TO = re.compile(
    r"(?P<noun>降幅|跌幅|减幅|增幅|涨幅|增速)(?:进一步|明显|大幅|有所|逐步)?(?:收窄|缩窄|缩小|扩大|放缓|回升|提升|加快|回落)?\s?$"
)
"""Before "至" / "到": the size of a move (a fall's or a rise's), then how it moved: the figure is the new size."""
_FALL_SIZES = frozenset({"降幅", "跌幅", "减幅"})
_TO_TAIL = re.compile(
    r"(?:[^，。,；;\s]{1,10}的)?\s*(?:了|约|近|超过|超|逾|approximately|about|around|over|nearly|almost|roughly|more than|less than|"
    r"an? |the |record |new |\s)*",  # ("increased to a record $1.65 billion": the level reached)
    re.IGNORECASE,
)


_PER_SHARE = re.compile(
    r"\s?(?:per|a|/)\s?(?:(?:diluted|basic|common|fully[\s-]diluted|ordinary|weighted(?:[\s-]average)?)\s+)*"
    r"(?:share|ADS|ADR)(?![A-Za-z])"
    r"|\s+on\s+an?\s+per[\s-](?:diluted\s+)?share\s+basis(?![A-Za-z])",  # "$0.98 on a per share basis"
    re.IGNORECASE,
)


_PER_SHARE_ZH = re.compile(r"\s?/\s?股(?![东份])")
"""After a Chinese per-share amount: "/股" ("0.95元/股–1.12元/股")."""
_LOWER_BOUND_BEFORE = re.compile(r"(?:不低于|不少于|最低)\s?(?:人民币)?\s?$")
_UPPER_BOUND_SEP = re.compile(r"\s?(?:且|，|,|、)?\s?(?:不超过|不高于|最高不超过|最高)\s?")
"""A range written as its two bounds ("回购金额不低于1亿元且不超过2亿元")."""


_TILDE_DASH = re.compile(r"[~～]\s*$")
"""A range's dash written as a tilde ("5,000万元~10,000万元"): no "about" before its upper end."""


_MIDPOINT_AFTER = re.compile(
    r",?\s*(?:with|and|or|for)\s+(?:a|the|its|our)\s+mid-?point\s+(?:of|at|being)\s+(?:about\s+|approximately\s+)?[$€£¥]\s?\d[\d,]*(?:\.\d+)?",
    re.IGNORECASE,
)
"""Right after a range of amounts: its midpoint ("$5.34 to $5.40 with the midpoint of $5.37"), whose unit is the range's."""


def per_share_span(text: str, pos: int = 0) -> tuple[int, int] | None:
    """Offsets of a per-share phrase ("per diluted share", "a share", "/share") at ``pos``, if any."""
    m = _PER_SHARE.match(text, pos)
    return (m.start(), m.end()) if m else None


def _per(text: str, end: int, currency: str | None, unit: str | None) -> str | None:
    """``share`` when a money figure is followed by "per (diluted) share", "a share", "/share"."""
    if currency is None or unit is not None:
        return None
    return "share" if _PER_SHARE.match(text, end) else None


def _mention(
    text: str, q: _Q, hi: _Q | None, role: Role, negative: bool, based: bool, end: int
) -> NumberMention:
    """The public mention for quantity ``q`` (and range top ``hi``) with its role and sign."""
    sign = Decimal(-1) if negative else Decimal(1)
    scale = q.scale
    if hi is not None and not q.had_scale and hi.had_scale:
        scale = hi.scale
    value = sign * q.number * scale
    value_high = sign * hi.number * hi.scale if hi is not None else None
    decimals, decimals_high = q.decimals, (hi.decimals if hi is not None else None)
    if value_high is not None and value_high < value:
        value, value_high = value_high, value
        decimals, decimals_high = decimals_high or 0, decimals
    unit = q.unit or (hi.unit if hi else None)
    currency = q.currency or (hi.currency if hi else None)
    counter = q.counter or (hi.counter if hi else None)
    per = _per(text, end, currency, unit)
    if per is None and hi is not None and currency is not None and unit is None:
        # "$5.34 to $5.40 with the midpoint of $5.37 per share": the midpoint's measure is the range's
        mid = _MIDPOINT_AFTER.match(text, end)
        per = "share" if mid is not None and _PER_SHARE.match(text, mid.end()) else None
    if unit is None:
        unit = currency or "count"
    else:
        currency = None
    return NumberMention(
        start=q.start,
        end=end,
        value=float(value),
        unit=unit,
        scale=float(scale),
        currency=currency,
        # ("不低于1亿元且不超过2亿元": the bounds make the range, neither is a qualifier of it)
        qualifier=None if hi is not None and _LOWER_BOUND_BEFORE.search(text, max(0, q.start - 6), q.start)
        else q.qualifier or (hi.qualifier if hi and not _TILDE_DASH.search(text, q.end, hi.start) else None),
        value_high=float(value_high) if value_high is not None else None,
        raw=text[q.start : end],
        role=role,
        based=based,
        counter=counter,
        qualitative=q.words,
        decimals=decimals,
        decimals_high=decimals_high,
        per=per,
    )


_FROM_BASE_BEFORE = re.compile(r"(?<![A-Za-z])from\s+(?:(?:about|approximately|roughly|nearly)\s+)?$", re.IGNORECASE)
"""Right before a base: a move starts from it ("grew from $4.1 million")."""
_OR_RATE_AFTER_LEVEL = re.compile(
    r"(?:\s+(?:in|for|during|at)\s+(?:the\s+)?[^,.;:$\d]{0,40}?(?:\s+(?:19|20)\d\d)?)?\s*,?\s+or\s+"
    r"(?:(?:about|approximately|roughly|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
"""Between the level a move from a base reached and a rate: "or", the same move as a rate ("to $4.3 million in the
third quarter or 6.5%")."""
_SHARE_OF_AFTER = re.compile(r"\s+of\s", re.IGNORECASE)
"""After a rate: the share of a whole ("or 14% of the total"), no move."""
_OR_RATE_AFTER_BASE = re.compile(
    r"\s*(?:from|versus|vs\.?|compared (?:to|with)|over)\s+(?:the\s+)?(?:last|prior|previous)[\s-]+(?:year|quarter)"
    r"(?:['’]s\s+(?:third|fourth|first|second)\s+quarter|\s+(?:quarter|period))?,?\s+or\s+(?:by\s+)?$",
    re.IGNORECASE,
)
"""Between a change amount and a rate: the base period the amount is compared with, then "or" ("an increase of
$93 million from last year or 9%")."""
_PARALLEL = re.compile(
    r"\s*(?:from|versus|vs\.?|compared (?:to|with)|relative to|over)\s+(?:the\s+|a\s+)?[A-Za-z' -]{2,40}?,?\s+and\s+"
    r"(?:an?\s+)?(?:increase\s+of\s+|decrease\s+of\s+)?$",
    re.IGNORECASE,
)
"""Between two changes: the first one's base, then "and" ("up 17% from last year and 23% from the
linked quarter")."""


def _same_kind(a: str | None, b: str | None) -> bool:
    """Whether two figures can be items of one list: a rate and a change in points are not
    ("6.35 percent, 46 basis points higher than Q2")."""
    rates = ("%", "pp", "bps")
    return not (a in rates and b in rates and a != b and "%" in (a, b))


_ADJUSTED_ALTERNATIVE = re.compile(r"\s+(?:adjusted|non-GAAP)(?![A-Za-z-])", re.IGNORECASE)
"""Right after an amount that follows a growth rate: the amount is the adjusted level the sentence gives besides
the reported one ("an increase of 39%, or $853 million adjusted"), not the same increase in another unit."""


_PAIR_GAP = re.compile(r"\s*,?\s*(?:and|or)\s+", re.IGNORECASE)
"""Between two figures a direction noun after the second governs both ("an 11% and 31% increase")."""
_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])an?\s+$", re.IGNORECASE)
"""Right before a figure: an article, so a direction noun after the figure is the figure's own ("a 1% increase")."""


_SIGNED_AFTER_MARKER = Sifted(re.compile(
    r"(?:同比|环比|按年|按季|(?<![A-Za-z])(?:YoY|QoQ|y/y|q/q))\s?(?:分别)?\s?(?:(?P<plus>[+＋])|(?P<minus>[-−]))?\s?$",
    re.IGNORECASE,
))
"""A change marker right before a figure, its sign in between (broker notes: "YoY+11.2%", "同比 -2.9%", "YoY - 3.9pct");
an amount so marked with a sign is a change too ("同比+1.2亿", "同比-2.1亿")."""


def _finish(text: str, quantities: list[tuple[_Q, _Q | None]]) -> list[NumberMention]:
    """Mentions with signs and roles read from the words before and after each figure in its clause."""
    if not quantities:
        return []
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text)]
    out: list[NumberMention] = []
    prev_end = 0
    for i, (q, hi) in enumerate(quantities):
        end = hi.end if hi else q.end
        k = bisect.bisect_right(breaks, q.start) - 1
        bound = max(prev_end, breaks[k] if k >= 0 else 0)
        own = _POST_DIRECTION.match(text, end) if out and out[-1].role != "change" else None
        favorable: bool | None = None
        if (
            out
            and (
                _LIST_GAP.fullmatch(text, prev_end, q.start)
                or (out[-1].role in ("change", "base") and _PERIOD_LIST_GAP.fullmatch(text, prev_end, q.start))
                or (
                    out[-1].role == "change"
                    and out[-1].unit == (q.unit or q.currency or "count")
                    and _RESTATED_GAP.fullmatch(text, prev_end, q.start)
                    and _RESTATING_BASIS_AFTER.match(text, end)
                )
                or (
                    out[-1].role == "base"
                    and _RELATIVE_PERIOD_LIST_GAP.fullmatch(text, prev_end, q.start)
                    and _PERIOD_AFTER_ITEM.match(text, end)
                )
                or (
                    # "grew 12% in the Americas and 8% in Europe", "grew 9% operationally and 7% on a reported basis",
                    # "up 9% in sales and 17% on an underlying basis": each item followed by its place or basis
                    out[-1].role == "change"
                    and (
                        _PLACE_LIST_GAP.fullmatch(text, prev_end, q.start)
                        or _BASIS_LIST_GAP.fullmatch(text, prev_end, q.start)
                    )
                    and (_PLACE_AFTER.match(text, end) or _BASIS_AFTER.match(text, end))
                )
            )
            and _same_kind(out[-1].unit, q.unit)
            and not (out[-1].unit in ("%", "pp", "bps") and q.unit not in ("%", "pp", "bps")
                     and _ADJUSTED_ALTERNATIVE.match(text, end))
            and not (own and (own.lastgroup or "").lstrip("e").rstrip("2") in ("inc", "dec"))  # "$5 billion, 10% above last year"
        ):
            # the next item of a list shares the first item's role ("同比增长分别为5%、1%和2%")
            prev = out[-1]
            negative = q.negative
            if (
                prev.role == "change"
                and prev.value < 0
                and re.search(r"\bor\b", text[prev_end : q.start], re.I)
            ):
                negative = True  # "down 5%, or $20 million": the same decline in other units
            elif (
                prev.role == "change"
                and prev.value < 0
                and not q.negative
                and _ZH_LIST_GAP.fullmatch(text, prev_end, q.start)
                and not prev.raw.startswith(("-", "−"))
            ):
                negative = True  # "分别下降3.2%和5.1%": the decline the list opened with, not a written minus
            elif (
                prev.role == "change"
                and prev.value < 0
                and not q.negative
                and (
                    _PERIOD_LIST_GAP.fullmatch(text, prev_end, q.start)
                    or _PLACE_LIST_GAP.fullmatch(text, prev_end, q.start)
                    or _BASIS_LIST_GAP.fullmatch(text, prev_end, q.start)
                )
            ):
                # "declined 3% in the quarter and 5% for the year to date", "... in Europe and 2% in Asia", "fell 4%
                # organically and 6% on a reported basis"
                negative = True
            out.append(_mention(text, q, hi, prev.role, negative, prev.based, end))
            prev_end = end
            continue
        if not text[bound : q.start].strip() and k >= 0:
            # a clause holding only figures belongs with the clause before ("分别为,-3%、4%")
            bound = max(prev_end, breaks[k - 1] if k >= 1 else 0)
        window = text[bound : q.start]
        role: Role = "change" if q.growth_form else "level"
        negative = loss = based = verb = compared = own_noun = False
        verb_end = base_end = -1
        direction, words = on_lower(_DIRECTION, window)  # (only lower-cased words are read)
        for d in direction.finditer(words):
            g = d.lastgroup
            if g == "base" and d.group().lower() == "from" and _range_from(text, bound + d.end()):
                continue
            if g == "base" and _FROM_BASE_THEN_CAUSE.fullmatch(text, bound + d.end(), q.start):
                continue
            if g == "base" and _MOVE_AFTER_COMPARED.fullmatch(text, bound + d.end(), q.start):
                role = "change"  # "与上年同期相比变动幅度:45.21%": the move over the base, not the base
                continue
            if g == "base" and d.group().lower() == "from" and _SOURCE_BEFORE_FROM.search(words, 0, d.start()):
                continue  # "a $0.12 benefit from our $24 million of share repurchases": where it came from, no base
            if g == "base" and d.group().lower() == "from" and _COMPARATIVE_AFTER_FROM.match(text, end):
                continue  # "$40 million in savings from 7% lower headcount": a cause's change, no base
            if g == "base" and d.group().lower() == "from" and _FROM_OPERATIONS.match(text, bound + d.end()):
                continue  # "$620 million of cash from operations and $470 million of free cash flow": a metric's name
            if g == "base" and d.group().lower() == "than" and not _THAN_TAIL.fullmatch(words, d.end()):
                continue  # "46 basis points higher than Q2 and 67 basis points ...": the other figure's base
            # "increased our outlook for total revenues to between $2.41 billion and ...": a level
            # word several words after a growth verb starts the figure's own phrase
            far = verb_end >= 0 and len(_WORDS.findall(window, verb_end, d.start())) >= _FAR_WORDS
            if (
                g == "dec"
                and d.group().lower() == "off"
                and not window[d.end() :].strip()
                and _FIGURE_OF_SALES.match(text, q.start)
            ):
                continue  # "$3.1 billion of earnings off $8.9 billion of revenue": the base earned on, no decline
            if g == "dec" and d.group().lower() in ("negative", "minus"):
                negative = verb = True  # "negative $1.48 per share": a sign, not a change
                continue
            if (
                role == "base"
                and d.group() in ("负", "亏损", "净亏损", "亏蚀")
                and _BASE_PERIOD_ONLY.fullmatch(window, base_end, d.start())
            ):
                negative = loss = True  # "从上期亏损5.043亿港元", "较第2季负0.12%": a base that was a loss
                continue
            if g == "base":
                if not loss:
                    # "reduced our debt from its peak of $43 billion", "down versus $53 million", "30 basis
                    # points lower than the 10.7%": the direction is the change's, the base a positive level
                    negative = False
                role, based = "base", True
                # "down from adjusted net income of $39.9 million": a move from a level is a comparison, so "of"
                # keeps its figure the base ("earnings from continuing operations were $1.62" is a name)
                compared = d.group().lower() not in ("from", "从") or bool(
                    _MOVED_BEFORE.search(words, 0, d.start()) and not _PLAN_NAMED.search(words, d.end())
                )
                base_end = d.end()
            elif g == "level":
                if (
                    role == "change"
                    and d.group().lower() == "at"
                    and not window[verb_end : d.start()].strip()
                    and window[:verb_end].lower().endswith(("higher", "lower"))
                ):
                    role, negative = "level", loss  # "the core loss was higher at $52 million": the level
                elif role == "base" and not (compared and d.group().lower() == "of") and not (
                    d.group().lower() == "of" and _RANGE_OF.fullmatch(window, base_end, d.start())
                ):
                    role = "level"  # "earnings from continuing operations were $1.62"
                elif (
                    role == "change"
                    and far
                    and d.group().lower() != "be"  # ("growth is expected to be $100 million")
                    and not (d.group().lower() == "of" and _CHANGE_IN_METRIC.search(window, 0, d.start()))
                ):
                    # "compared to negative earnings per share of $0.93" stays a base
                    role, negative = ("base" if based and compared else "level"), negative and loss
            elif g == "loss":
                if _LOSS_NOUN_BEFORE.search(window, 0, d.start()) or _LOSS_NOUN_AFTER.match(window, d.end()):
                    continue  # "allowance for credit losses", "loan loss reserves": a reserve, not a loss
                if _NO_BEFORE.search(window, 0, d.start()):
                    continue  # "no credit losses on fixed maturities and a $10 million gain": no loss at all
                if GAINS_AND_BEFORE.search(window, 0, d.start()):
                    continue  # "investment gains and losses of $124 million": a kind of item, no loss
                loss = negative = verb = True
                if not (role == "base" and compared):
                    role = "level"  # "compared with a loss of RMB 2.15 billion" stays a base
            elif g == "dec":
                role, negative, verb = "change", True, True
                verb_end = d.end()
            elif g == "inc":
                role, negative, verb = "change", False, True
                verb_end = d.end()
            elif g == "to" and _CAUSE_TO.search(window, 0, d.start()):
                continue  # "fell 6% due to a 4% volumes decline": the cause's own figure, no level reached
            elif g == "to" and (rate := _MOVE_SIZE_TO.search(window, 0, d.start())) is not None:
                # "净息差降幅收窄至10个基点", "营收增速放缓至5%": the size of the move, which stays a move
                role, negative, verb = "change", rate.group("noun") in _FALL_SIZES, True
                verb_end = d.end()
            elif g == "to" and (_TO_TAIL.fullmatch(window, d.end()) or (role == "change" and far)):
                role, negative, verb = "level", loss or (negative and verb_end < 0), True
        if role == "change" and verb_end >= 0 and (
            _AND_AFTER_DIRECTION.fullmatch(window, verb_end) or _ON_BEFORE_FIGURE.search(window, verb_end)
        ):
            # "the benefit of rental increases and $236 million of acquisitions": the direction word closes its own
            # noun phrase, and the figure opens the next item; "reduced pricing and extended maturities by 5 years
            # on $150 million of term loans": the figure is what the change applies to
            role, negative = "level", loss
        signed = _SIGNED_AFTER_MARKER.search(window) if not verb and role == "level" else None
        if signed is not None and (q.unit in ("%", "pp", "bps") or signed.group("plus") or signed.group("minus") or q.negative):
            role, verb = "change", True  # "同比+15.1%", "YoY -2.9%", "QoQ +1.7%": a change written with its sign
            negative = signed.group("minus") is not None  # "YoY - 3.9pct": the minus stands apart from its number
        if not verb:
            limit = quantities[i + 1][0].start if i + 1 < len(quantities) else len(text)
            pm = _POST_DIRECTION.match(text, end, min(limit, end + 34))
            if pm is None and q.unit == "%":
                pm = _POST_NOUN_DIRECTION.match(text, end, min(limit, end + 34))
            g = (pm.lastgroup or "").lstrip("e").rstrip("2") if pm else ""
            if g == "loss":
                negative = True  # "较去年同期的31亿元亏损": a base can be a loss too
            elif g == "dec" and role == "base" and q.unit in ("%", "pp", "bps") and not _FIGURE_NEXT.match(text, pm.end()):  # type: ignore[union-attr]
                negative = True  # "compared to a 27% decline in Q2": a base that was a decline ("从52.6%下降3.0个百分点": the next figure's verb)
            elif g == "dec" and role != "base":
                role, negative, own_noun = "change", True, True
            elif g == "inc" and role != "base":
                role, own_noun = "change", True
            if role == "level" and q.currency and (against := _MOVE_AGAINST_BASE.match(text, end)) is not None:
                # "$88 million unfavorable to the same period last year": the move, as written
                role, favorable = "change", against.group("good") is not None
        elif role != "base" and _ARTICLE_BEFORE.search(text, max(0, q.start - 4), q.start):
            # "a 3% decline in net revenue and a 1% increase in volume": the noun right after the figure is its
            # own direction, whatever verb or noun an earlier figure of the clause had
            limit = quantities[i + 1][0].start if i + 1 < len(quantities) else len(text)
            pm = _POST_DIRECTION.match(text, end, min(limit, end + 34))
            g = (pm.lastgroup or "").lstrip("e").rstrip("2") if pm else ""
            if g in ("dec", "inc"):
                role, negative, own_noun = "change", g == "dec", True
        if role == "level" and q.unit in ("pp", "bps"):
            # "led to 230 basis points of operating ratio improvement": what the points measure is a move, whatever
            # word before them made them a level
            limit = quantities[i + 1][0].start if i + 1 < len(quantities) else len(text)
            if (pom := _POINTS_OF_MOVE.match(text, end, min(limit, end + 48))) is not None:
                role, negative, own_noun = "change", (pom.lastgroup or "").startswith("edec"), True
        if role == "change" and q.unit is None and q.currency and _OWN_RATE_AFTER.match(text, end):
            # "利息净收入均同比下降 工商银行利息净收入4734.16亿元(降0.70%)": the amount's change is in its
            # bracket, the verb before it is the group's; the amount is a level
            role, negative = "level", loss
        if (
            role == "level"
            and q.unit in ("%", "pp")
            and _SIGNED_BEFORE.search(text, max(0, q.start - 2), q.start + 1)
            and _COMPARISON_WORD_AFTER.match(text, end)
        ):
            role = "change"  # a broker note's "(+14.9%yoy)", "(-0.5pct YoY)": a signed change, then its comparison
        if (
            role == "level"
            and q.unit == "%"
            and _SIGNED_AFTER_AMOUNT.search(text[max(0, q.start - 24) : q.start + 1])
            and _CLOSE_AFTER.match(text, end)
        ):
            role = "change"  # "营收808.15亿元(+8.78%)": a signed rate alone in brackets after an amount is its change
        comparative = _IN_COMPARATIVE.match(text, end)
        if comparative is not None and role != "base":
            role, negative = "change", comparative.lastgroup == "dec"
        if (
            role == "level"
            and q.unit == "%"
            and len(out) >= 2
            and out[-1].role == "level"
            and out[-2].role == "base"
            and out[-1].currency is not None
            and out[-1].currency == out[-2].currency
            and _FROM_BASE_BEFORE.search(text, max(0, out[-2].start - 24), out[-2].start)
            and _OR_RATE_AFTER_LEVEL.fullmatch(text, prev_end, q.start)
            and not _SHARE_OF_AFTER.match(text, end)
        ):
            # "grew from $4.1 million in the second quarter to $4.3 million in the third quarter or 6.5%": the move
            # from the base to the level again as a rate
            role, negative = "change", out[-1].value < out[-2].value
        if (
            role == "level"
            and out
            and out[-1].role == "change"
            and _same_kind(out[-1].unit, q.unit)
            and _PARALLEL.fullmatch(text, prev_end, q.start)
            and _BASIS_AFTER.match(text, end)
        ):
            # "an increase of 480 basis points over the prior year and 150 basis points sequentially": the second
            # change, on the comparison written after it
            role, negative = "change", out[-1].value < 0
        if role == "base" and out and out[-1].role == "change" and _PARALLEL.fullmatch(window):
            # "up 17% from the prior-year quarter and 23% from the linked quarter": the second change
            # is compared with a base of its own, named after it
            role, negative, based = "change", out[-1].value < 0, False
        if (
            role == "base"
            and q.unit == "%"
            and out
            and out[-1].role == "change"
            and out[-1].currency is not None
            and _OR_RATE_AFTER_BASE.fullmatch(window)
        ):
            # "an increase of $93 million from last year or 9%": the amount's change again as a rate, over the
            # base named between them
            role, negative, based = "change", out[-1].value < 0, False
        if (
            role == "level"
            and not verb
            and out
            and out[-1].role == "base"
            and _AND_BASE_GAP.fullmatch(text, prev_end, q.start)
            and _COMPARED_BEFORE.search(text, max(0, out[-1].start - 30), out[-1].start)
        ):
            # "down versus $53 million and a 12.4% margin in last year's third quarter": the second figure
            # of the comparison is a base too, of another kind than the first
            role, based = "base", True
        if (
            role == "level"
            and not verb
            and out
            and out[-1].role == "base"
            and (conj := _AND_BASE_ZH.match(text, prev_end, q.start)) is not None
            and _BASE_PERIOD_ONLY.fullmatch(text, conj.end(), q.start)
            and text[conj.end() : q.start].strip()
        ):
            # "较第2季亏损1.11亿元及去年同期99万元": a second base, of another period, of the same comparison
            role, based, negative = "base", True, negative or out[-1].value < 0
        negative = negative or q.negative
        if (
            own_noun
            and role == "change"
            and out
            and out[-1].role == "level"
            and _PAIR_GAP.fullmatch(text, prev_end, q.start)
            and _ARTICLE_BEFORE.search(text, max(0, out[-1].start - 4), out[-1].start)
        ):
            # "which marked an 11% and 31% increase respectively", "a 50% or $0.06 per share increase": the direction
            # noun after the pair is the first figure's too
            first = out[-1]
            flip = -1.0 if negative != (first.value < 0) else 1.0
            out[-1] = replace(
                first,
                role="change",
                value=first.value * flip,
                value_high=first.value_high * flip if first.value_high is not None else None,
            )
        if role == "change" and out and out[-1].role == "base" and out[-1].end >= bound:
            based = True  # "从上季度的472.6亿元下降27%": the change is over the base just named
        out.append(_mention(text, q, hi, role, negative, based, end))
        if favorable is not None and role == "change":
            out[-1] = replace(out[-1], favorable=favorable)
        prev_end = end
    return out


_AND_BASE_ZH = re.compile(r"\s?(?:以及|及|和|与|、)")
"""Between two Chinese comparison bases: the conjunction that lists them."""
_AND_BASE_GAP = re.compile(r"\s+and\s+(?:an?\s+|the\s+)?", re.IGNORECASE)
_COMPARED_BEFORE = re.compile(r"(?<![A-Za-z])(?:versus|vs\.?|compared\s+(?:to|with)|relative\s+to|against)\s+(?:the\s+|a\s+)?$", re.IGNORECASE)
"""Between a comparison base and the next figure: that figure is compared with too ("versus $53 million and a 12.4% margin")."""


_MOVE_AFTER_COMPARED = re.compile(
    r"[^，,。；;\d]{0,4}?(?:变动幅度|變動幅度|变动比例|變動比例|增减幅度|增減幅度|变化幅度|變化幅度)\s?(?:为|為|[:：])?\s?"
)
"""Between a comparison word and a rate: the rate is the move over what was compared ("相比变动幅度:")."""


def scan(text: str) -> list[NumberMention]:
    """Figures in ``text`` already normalised (see ``normalise``); offsets are offsets in ``text``."""
    skip = [(p.start(), p.end()) for p in _PHONE.finditer(text)] if _may_hold_phone(text) else []
    if skip:
        # thousands grouped by spaces before a word ("10 000 000 tonnes") look like a phone number
        # without its prefix or dashes: a figure there is kept
        skip = [(a, b) for a, b in skip if not _SPACED_WHOLE.fullmatch(text, a, b) or not _SPACED_AT.match(text, a)]
    quantities: list[tuple[_Q, _Q | None]] = []
    pos = 0
    core = _CORE if not text.isascii() and _CJK.search(text) else _CORE_ASCII if "digit" in text else _CORE_ARABIC
    while True:
        m = core.search(text, pos)
        if m is None:
            break
        if any(a <= m.start() < b for a, b in skip):
            pos = m.end()
            continue
        read = _read_quantity(text, m, False)
        q = _unless_bare(text, m, read) if read is not None else None
        hi = _range_end(text, q) if q is not None else None
        if q is None and m.lastgroup == "ar":
            # "5至6亿元": the low end of a range may be bare
            low = read
            top = _range_end(text, low) if low is not None else None
            if (
                low is not None
                and top is not None
                and (top.unit or top.currency or top.had_scale or top.counter)
            ):
                q, hi = low, top
        if q is None:
            pos = m.end()
            continue
        quantities.append((q, hi))
        pos = hi.end if hi else max(q.end, m.end())
    if "/" in text or any(q.paired for q, _hi in quantities):
        _share_slash_unit(text, quantities)
        quantities = [(q, hi) for q, hi in quantities if not (q.paired and q.unit is None and not q.had_scale and q.currency is None)]
    if "元" in text and ("(" in text or "单位" in text):
        quantities = _with_unit_label(text, quantities)
    return _finish(text, quantities)


_UNIT_LABEL = re.compile(
    r"(?:\(|单位\s?[:：]\s?)(?P<cur>人民币|港币|港元|新台币|美元)?(?P<scale>千|万|百万|千万|亿)元\)?"
)
"""A unit written once for the figures after it ("营业收入(千元)为1,234,567", "单位：人民币百万元")."""
_LABEL_SCALES = {"千": 1000, "万": 10_000, "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000}
_BARE_AMOUNT = re.compile(r"(?<![\d.,])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d.,%])")
_LABEL_REACH = re.compile(r"[。；;\n]")


def _with_unit_label(text: str, quantities: list[tuple[_Q, _Q | None]]) -> list[tuple[_Q, _Q | None]]:
    """Drop a unit label read as a figure ("(千元)" is no 1,000 yuan) and give the bare amounts after it,
    to the end of its sentence, the label's scale and currency."""
    for label in _UNIT_LABEL.finditer(text):
        a, b = label.span()
        quantities = [(q, hi) for q, hi in quantities if not (a <= q.start < b)]
        stop = _LABEL_REACH.search(text, b)
        end = stop.start() if stop else len(text)
        taken = [(q.start, hi.end if hi else q.end) for q, hi in quantities]
        scale = Decimal(_LABEL_SCALES[label.group("scale")])
        currency = _currency(label.group("cur"))
        for q, hi in quantities:
            bare = q.unit is None and q.currency is None and q.counter is None and not q.had_scale
            if b <= q.start < end and hi is None and bare and not _YEAR_LIKE.fullmatch(text, q.start, q.end):
                q.scale, q.had_scale, q.currency = scale, True, currency
        for x in _BARE_AMOUNT.finditer(text, b, end):
            if any(p < x.end() and x.start() < e for p, e in taken):
                continue
            if _YEAR_LIKE.fullmatch(x.group()):
                continue  # "2025" in the labelled sentence is a year
            raw = x.group().lstrip("-").replace(",", "")
            decimals = len(raw.split(".", 1)[1]) if "." in raw else 0
            q = _Q(x.start(), x.start(), x.end(), Decimal(raw), scale, None, currency, None, None,
                   x.group().startswith("-"), had_scale=True, decimals=decimals)
            quantities.append((q, None))
        quantities.sort(key=lambda t: t[0].start)
    return quantities


_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}")
_GROUPED_WHOLE = re.compile(r"\d{1,3}(?:,\d{3})+")
"""A whole number in thousands groups: before 股 it is a count of shares written in full ("以总股本412,600,000股为基数"),
where a short one is part of a ratio ("每10股")."""


_SLASH_GAP = re.compile(r"\s?/\s?[+＋]?\s?")
"""Between the items of a slash list of figures ("-0.4/+0.3/-1.1pct")."""
_ZH_PAIR_GAP = re.compile(r"\s?(?:和|与|及|以及)\s?")
_ZH_PAIR_NEXT = re.compile(r"(?:和|与|及|以及|、)\s?-?\d")
"""Between the two figures of a Chinese pair whose unit is written once, after the second ("1,234.51和301.27亿元")."""


_ENUM_GAP = re.compile(r"\s?、\s?")
"""Between the items of a Chinese list whose unit is written once, after the last ("0.23、0.07、0.09、0.15个百分点")."""


def _share_slash_unit(text: str, quantities: list[tuple[_Q, _Q | None]]) -> None:
    """Bare items of a slash list take the unit the last item is written with ("同比分别-0.4/+0.3/-1.1pct",
    "1.2/3.4/5.6亿元"): the unit is written once for all."""
    for i in range(len(quantities) - 2, -1, -1):
        (q, hi), (nxt, nhi) = quantities[i], quantities[i + 1]
        if hi is not None or nhi is not None:
            continue
        pair = _ZH_PAIR_GAP.fullmatch(text, q.end, nxt.start) is not None
        if pair and i + 2 < len(quantities) and _ZH_PAIR_GAP.fullmatch(text, nxt.end, quantities[i + 2][0].start):
            pair = False  # the second figure of a pair is its last, the one written with the unit
        if not pair and not _SLASH_GAP.fullmatch(text, q.end, nxt.start) and not _ENUM_GAP.fullmatch(text, q.end, nxt.start):
            continue
        bare = q.unit is None and q.currency is None and q.counter is None and not q.had_scale
        if bare and (nxt.unit or nxt.currency or nxt.had_scale):
            q.unit, q.currency, q.counter = nxt.unit, nxt.currency, nxt.counter
            if nxt.had_scale:
                q.scale, q.had_scale = nxt.scale, True


def parse_numbers(text: str) -> list[NumberMention]:
    """Every financial figure in ``text`` (any script), in order, with offsets into ``text``."""
    norm = normalise(text)
    return [replace(m, raw=text[m.start : m.end]) for m in scan(norm)]


@cache
def written(raw: str) -> NumberMention | None:
    """The figure ``raw`` (a ``Fact.raw``) as written: its decimals and scale, for printing it as the source did."""
    found = parse_numbers(raw)
    return found[0] if found else None


# --- rendering -----------------------------------------------------------------------------

_EN_PREFIX = {
    "CNY": "RMB ",
    "USD": "US$",
    "HKD": "HK$",
    "EUR": "€",
    "GBP": "£",
    "JPY": "¥",
    "TWD": "NT$",
    "AUD": "A$",
    "CAD": "C$",
    "SGD": "S$",
}
_ZH_SUFFIX = {
    "CNY": "元",
    "USD": "美元",
    "HKD": "港元",
    "EUR": "欧元",
    "GBP": "英镑",
    "JPY": "日元",
    "TWD": "新台币",
    "AUD": "澳元",
    "CAD": "加元",
    "SGD": "新加坡元",
    "sqm": "平方米",
}
_ZH_HANT = str.maketrans("亿万个点币", "億萬個點幣")
_EN_WORDS = (("trillion", Decimal(10) ** 12), ("billion", Decimal(10) ** 9), ("million", Decimal(10) ** 6))
_ZH_WORDS = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))
_FEW_DECIMALS = 3
"""A scale word is preferred when the number in it needs at most this many decimals."""
_SHORT_UNITS = {"%": "%", "pp": " pp", "bps": " bps", "x": "x"}
_LONG_UNITS = {"%": "%", "pp": " percentage points", "bps": " basis points", "x": "x"}
_ZH_UNITS = {"%": "%", "pp": "个百分点", "bps": "个基点", "x": "倍"}


def _plain(d: Decimal, digits: int | None = None) -> str:
    """Decimal without exponent or trailing zeros, optionally rounded to ``digits`` significant digits."""
    if digits is not None and d != 0:
        d = round(d, max(0, digits - d.adjusted() - 1))
    text = format(d.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _fixed(d: Decimal, decimals: int | None) -> str:
    """``d`` with exactly ``decimals`` decimals when that writes it exactly (as the source did), else plain."""
    if decimals is not None:
        q = d.quantize(Decimal(1).scaleb(-decimals)) if decimals > 0 else d.quantize(Decimal(1))
        if q == d:
            return format(q, "f")
    return _plain(d)


def _needed(d: Decimal) -> int:
    """Decimals needed to write ``d`` exactly."""
    exp = d.normalize().as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


def _grouped(text: str) -> str:
    """Thousands separators on the integer part of a plain decimal string."""
    sign = "-" if text.startswith("-") else ""
    body = text.lstrip("-")
    whole, _, frac = body.partition(".")
    whole = f"{int(whole):,}"
    return sign + whole + ("." + frac if frac else "")


def _scaled(
    d: Decimal, words: tuple[tuple[str, Decimal], ...], decimals: int | None, scale: float | None
) -> tuple[Decimal, str]:
    """(number, scale word) to write ``d`` with: the source's scale when given, else the largest word
    in which it reads in few decimals, else the largest word not above it, else no word."""
    if scale is not None:
        for word, size in words:
            if Decimal(repr(float(scale))) == size and d >= size / 1000:
                return d / size, word
        if scale == 1:
            return d, ""
    for word, size in words:
        if d >= size and _needed(d / size) <= _FEW_DECIMALS:
            return d / size, word
    for word, size in words:
        if d >= size:
            return d / size, word
    return d, ""


def format_amount(
    value: float,
    unit: str,
    lang: str = "en",
    digits: int | None = None,
    *,
    decimals: int | None = None,
    scale: float | None = None,
    dollar: str = "US$",
    long_units: bool = False,
) -> str:
    """A value in base units as a reader writes it: 38600000000 CNY -> "RMB 38.6 billion" / "386亿元".

    Exact by default (the output parses back to ``value``); ``digits`` rounds to that many
    significant digits for display. ``decimals`` and ``scale`` are those the source wrote the
    figure with (``NumberMention.decimals``, ``.scale``): given both, the figure is printed as
    written ("$3.10", "$1,284.6 billion") whenever the output language has that scale word.
    ``dollar`` is the English prefix for USD ("US$", or "$" for a reader in the US); ``long_units``
    writes "percentage points" and "basis points" out.
    """
    d = Decimal(repr(float(value)))
    if digits is not None and d != 0:
        d = round(d, digits - d.adjusted() - 1)
        decimals = None
    sign = "-" if d < 0 else ""
    d = abs(d)
    zh = lang.startswith("zh")
    if unit in _SHORT_UNITS:
        tail = _ZH_UNITS[unit] if zh else (_LONG_UNITS if long_units else _SHORT_UNITS)[unit]
        figure = _fixed(d, decimals)
        if figure == "1" and tail.endswith(" points"):
            tail = tail[:-1]  # ("1 percentage point", "1.0 percentage points")
        out = sign + figure + tail
        return out.translate(_ZH_HANT) if lang == "zh-Hant" else out
    money = unit != "count"
    words = _ZH_WORDS if zh else _EN_WORDS
    number, word = _scaled(d, words, decimals, scale)
    size = next((s for w, s in words if w == word), Decimal(1))
    keep = decimals if scale is not None and Decimal(repr(float(scale))) == size else None
    if zh:
        num = _fixed(number, keep) + word if word else _grouped(_fixed(number, keep))
        tail = _ZH_SUFFIX.get(unit, unit) if money else ""
        out = sign + num + tail
        return out.translate(_ZH_HANT) if lang == "zh-Hant" else out
    num = _grouped(_fixed(number, keep)) + (" " + word if word else "")
    if not money:
        return sign + num
    prefix = dollar if unit == "USD" else _EN_PREFIX.get(unit)
    return f"{sign}{prefix}{num}" if prefix else f"{sign}{num} {unit}"
