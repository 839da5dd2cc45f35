"""Subjects no lexicon lists: the business line a text names with a metric, and the one it introduces.

- The words right before a metric name the part of the company the figure measures:
  "增值服务业务收入按年增长16%" is value-added services revenue, "domestic card revenue grew 14%"
  is domestic card revenue. In Chinese the name runs back to the nearest punctuation, verb or framing
  word ("就业务分部而言，"), without time and scope words ("期内", "单季"); in English it is the
  run of words before the metric that are not articles, time words or modifiers of the metric.
- A call moves through its segments one at a time: "Moving to Slide 13, I'll discuss our commercial
  banking business." introduces the subject of what follows until the next one is introduced.

The word lists are lexicon data (subjects.yaml ``phrase_words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from finbrief.lexicon import metrics as lexicon_metrics
from finbrief.lexicon import subjects as lexicon_subjects
from finbrief.text.regex import AtSentenceStarts, Sifted, anchored

__all__ = ["en_phrase_before", "en_shifts_away", "en_topic", "zh_line_before", "zh_phrase_before", "zh_topic"]

_ZH_BOUNDARY = re.compile(r"[，,。；;：:、（）()「」『』“”\"'《》\s%．.·/|-]|(?<![A-Za-z\d])\d+|(?<=[QqHh])[1-4](?!\d)")
"""What ends the words before a metric; a number ends them unless it is part of a model's code after its letters
("问界M9交付", "小米SU7销量"), a quarter's or half's code ("Q3营收") does."""
_CJK = re.compile(r"[\u4e00-\u9fff]")
_ZH_PERIOD = re.compile(
    r"(?:今年|年初|年内)以来|年初至今|单?第?[一二三四1-4]季度?|[上下]半年|全年|今年|去年|明年|本季度?|上一?季度?|前一?季度?|下一?季度?|单季度?|当季|首[一二三四1-4]季|前[二三1-3]季度?|"
    r"[前首][一二三四五六七八九十\d]{1,3}个?月|"
    r"[一二三四五六七八九十\d]{1,2}月份?(?:底|末)?止?|年度?|季度"
)
_WINDOW = 18
_ZH_QUANTITY = re.compile(r"[一二三四五六七八九十两百千万\d]+\s?(?:件|个|款|台|家|项|种|位|名|部|辆|次)")
# A name that says it is a business line ("供应链业务"), whatever period words follow it.
_ZH_LINE_END = re.compile(r"(?:业务|板块|分部|事业部|事业群|(?<=[\u4e00-\u9fff]{2})产品线?)$")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9&'’./-]*$")
_EN_TOPIC = Sifted(anchored(re.compile(
    r"(?<![A-Za-z])(?:discuss(?:ing)?|turn(?:ing)? to|mov(?:e|ing) (?:on |now )?(?:to|into)|switch(?:ing)? (?:over )?to|pivot(?:ing)? to|"
    r"results (?:for|of|in)|"
    r"(?:start|begin)(?:ning|ing)?(?:\s+(?:on|at|with)\s+(?:slide|page)\s+\d+,?)?\s+with|look(?:ing)? at|now (?:to|for|on)|shift(?:ing)? to|over to|onto|update on)\s+"
    r"(?:the |our |my )?(?P<np>(?:[A-Za-z][A-Za-z&'’-]*\s+){0,3}?[A-Za-z][A-Za-z&'’-]*)\s+"
    r"(?P<kind>business(?:es)?|segments?|division|group|unit|operations|portfolio)(?![A-Za-z])",
    re.IGNORECASE,
)), gates=2)  # (a sentence names a kind of unit more often than it turns to one)
_EN_TOPIC_LEAD = re.compile(
    r"^(?:(?:first|second|third|next|then|finally|lastly|now|and)\s*,?\s+)?(?:the\s+|our\s+)?"
    r"(?P<np>(?:[A-Z][A-Za-z&'’-]*\s+){0,3}?[A-Z][A-Za-z&'’-]*)\s+(?P<kind>Group|Segment|Division|Business|Unit)"
    r"(?:\s*[.:]?\s*$|\s+(?:also\s+)?(?:delivered|reported|posted|had|saw|generated|grew|achieved|continued)\b)",
    re.IGNORECASE,
)
_EN_TOPIC_NAMED = re.compile(
    r"(?i:(?:turn(?:ing)?|mov(?:e|ing)|switch(?:ing)?|shift(?:ing)?|pivot(?:ing)?|start(?:ing)?|begin(?:ning)?)"
    r"(?:\s+(?:now|over|on|back))*\s+(?:to\s+|with\s+)?(?:the\s+|our\s+)?)"
    r"(?P<np>[A-Z][A-Za-z&'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][A-Za-z&'’-]*){0,3})"
    r"(?:\s*[.:]?\s*$|(?:\s+on\s+(?:slide|page)\s+\d+)?,?\s+(?:where|which)\s)"
)
_EN_KIND_WORD = re.compile(r"(?:Group|Segment|Division|Business|Unit)\b")
"""The capitalised kind word a sentence opening with a unit's name must hold (a cheap test first)."""
_EN_TOPIC_NAMED_HINT = Sifted(re.compile(r"[Tt]urn|[Mm]ov|[Ss]witch|[Ss]hift|[Pp]ivot|[Ss]tart|[Bb]egin"))
"""A sentence that ends on the name the talk moves to ("Moving now to Global Housing.", "Now let's move to segment
results, starting the Global Lifestyle."), or goes on about it in a relative clause ("Let's turn to Asset Management
on Slide 11, where flows improved")."""
_EN_TOPIC_BARE = re.compile(
    r"^\s*(?i:(?:(?:now|next|and|so|finally|lastly)\s*,?\s+)*(?:let(?:'s|’s|\s+us)\s+|I(?:'ll|’ll|\s+will)\s+)?"
    r"(?:turn(?:ing)?|mov(?:e|ing))(?:\s+(?:now|over|on))*\s+(?:to|into)\s+(?:the\s+|our\s+)?)"
    r"(?P<np>[a-z][a-z&-]*(?:\s+[a-z][a-z&-]*){0,2})\s*[.:]?\s*$"
)
"""A sentence that only turns the talk to a business written in lowercase ("Moving now to prepared foods.")."""
_EN_TOPIC_EFFORT = Sifted(re.compile(
    r"(?:^\s*(?i:(?:and|but|so|also|meanwhile)\s*,?\s+)?|(?<=\sthat\s))(?i:our|the)\s+"
    r"(?P<np>(?:[A-Z][A-Za-z0-9&'’-]*\s+){0,2}[A-Z][A-Za-z0-9&'’-]*)\s+(?:growth\s+|sales\s+)?"
    r"(?:initiative|program|programme|channel)s?(?![A-Za-z])"
))
"""A sentence whose subject is one of the company's named efforts ("Our B2B growth initiative continues to ...",
"The Atelier Partners program generated ...", "we're pleased to share that our B2B initiative ..."): its figures are that
effort's, not a unit named in the sentence before. (Most sentences hold none of the effort words: they are looked
for first.)"""
_EN_TOPIC_RELATIVE = Sifted(re.compile(r"\s(?:where|which)\s"))
"""In a sentence that does not end on a name: the relative clause a name the talk moves to may open."""
"""A sentence that opens with a named unit as its topic ("First, the Electronic Instruments Group.",
"The Electromechanical Group also delivered ..."): the name and its kind word written capitalised."""
_OFFICE_FUNCTIONS = ("财务", "审计", "会计", "人事", "法务", "行政", "证券", "监管", "主管", "职能")
"""Before "部门": a firm's office or a regulator, no business line ("经财务部门初步测算，预计…" is who estimated)."""
_ZH_TOPIC = re.compile(
    r"(?:^|(?<=[，,。；;：:\s的)）]))(?P<np>[\u4e00-\u9fffA-Za-z]{2,16}?(?:业务集团|事业群|事业部|业务分部|分部|板块"
    r"|(?<!" + "|".join(_OFFICE_FUNCTIONS) + r")部门|业务(?=(?:方面)?[，,：:]|作为)))"
    r"(?!收入|营收|利润|毛利|亏损|经营)"
)
"""A business line a sentence opens with as its topic ("智能手机业务，上季收入…", "酱油业务作为公司支柱，前三季度实现
收入…")."""
_ZH_SHARE_TOPIC = re.compile(
    r"占[^，,。；;\d]{0,10}?(?:收入|营收|销售额)[^，,。；;\d]{0,4}?\d[\d.]*\s?%的\s?"
    r"(?P<np>[\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z&与及和 ]{1,20}?)(?=\s?[，,：:])"
)
"""A business line introduced with its share of revenue ("占总收入24.4%的 IoT与生活消费产品，上季收入…")."""
_ZH_ITEM_TOPIC = re.compile(
    r"(?:^|(?<=[，,。；;：:\s]))(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s?[.．﹒、])\s?"
    r"(?P<np>[\u4e00-\u9fffA-Za-z]{2,10})\s?[:：](?=\s?\S)"
)
"""An item of a segment review named before a colon ("（三）保税物流：营业额…", "2﹒长三角：营业额…"): the segment
or region the item's figures belong to."""
_ZH_TIME_TAIL = re.compile(r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s?月份?|第\s?[1-4]\s?季度?)$")
"""A month or quarter right before the metric ("11月销量", "第3季营收"), written with its number."""
_ZH_NAMED_LINE = re.compile(r"[\u4e00-\u9fffA-Za-z]{2,}(?:品牌|系列|业务|板块|分部|区域|车型|产品)$")
"""A name that says it is a line, brand or region ("吉利品牌", "银河系列"), whatever month follows it."""
_ZH_NUMBER_UNITS = frozenset("月年日号季周天家个")
_PERIOD_CODE_BEFORE = re.compile(r"[QqHh]\d$")
"""A quarter or half written as a code right before a name ("2023Q1家电行业"): its digit counts no firms."""
_ZH_SIZE_UNIT = re.compile(r"英寸|吋|寸|纳米|奈米|nm", re.IGNORECASE)
"""Units of a size that a product's name opens with after its number ("12英寸晶圆", "28纳米制程")."""
_ZH_SEGMENT_SUFFIX = re.compile(r"(?<=..)(?:分部|板块)$")
"""A segment named "核心本地商业分部" or "核心本地商业板块" is one business line: "核心本地商业"."""


_word_regexes: dict[int, tuple[tuple[str, ...], re.Pattern[str]]] = {}


def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regex finding any of ``words`` (a test before looking for each), made once a tuple."""
    made = _word_regexes.get(id(words))
    if made is None or made[0] is not words:
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        made = _word_regexes[id(words)] = (words, re.compile(alternatives or r"(?!x)x"))
    return made[1]


_ZH_YEAR_THEN_VERB = re.compile(r"(?:(?:19|20)\d{2}\s?年度?|全年|本年度?|年内)(?:实现|录得|取得)?$")
"""A year (and a result's verb) between a firm's name and its metric ("同瑞理财2025年实现净利润", "子公司星海租赁全年实现
净利润")."""
_YEAR_THEN_VERB_LAST = ("年", "度", "现", "得", "内")
"""The characters ``_ZH_YEAR_THEN_VERB`` can end on (a test before it is searched)."""
_ALL_CJK = re.compile(r"[\u4e00-\u9fff]+")
_CLOSE_QUOTES = {"”": "“", "」": "「", "』": "『", '"': '"'}
"""A closing quote mark and the mark that opens it."""


def zh_phrase_before(text: str, pos: int, lo: int) -> tuple[int, str] | None:
    """(start, name) of the Chinese business-line name that ends right before ``pos`` (a metric word),
    looking no further back than ``lo``; None when the words there name no business line."""
    words = lexicon_subjects.phrase_words()
    end = pos
    if text[end - 1 : end] in (")", "）"):
        opening = max(text.rfind("(", lo, end), text.rfind("（", lo, end))
        if opening > lo:
            end = opening  # "营销服务(网络广告)收入": the name, not its gloss
    window_lo = max(lo, end - _WINDOW)
    for suffix in words.zh_suffix if text.endswith(words.zh_suffix, window_lo, end) else ():
        if text.endswith(suffix, window_lo, end):
            end -= len(suffix)
            break
    dated = _ZH_TIME_TAIL.search(text, window_lo, end)
    if dated and _ZH_NAMED_LINE.search(text, window_lo, dated.start()):
        end = dated.start()  # "吉利品牌11月销量": the brand's, for November
    year_then = (
        _ZH_YEAR_THEN_VERB.search(text, window_lo, end)
        if text[end - 1 : end] in _YEAR_THEN_VERB_LAST and words.zh_firm_relation
        else None
    )
    if year_then is not None:
        firm = _firm_name_at(text, window_lo, year_then.start(), words.zh_firm_relation)
        if firm >= 0 and 2 <= year_then.start() - firm <= 8 and _ALL_CJK.fullmatch(text, firm, year_then.start()):
            return firm, text[firm : year_then.start()]  # "子公司同瑞理财2025年实现净利润": the subsidiary's, for that year
    start = window_lo
    for m in _ZH_BOUNDARY.finditer(text, window_lo, end):
        start = m.end()
    if start > window_lo and text[start - 1] in _CLOSE_QUOTES and text[start:end] in words.zh_family_suffix:
        opened = text.rfind(_CLOSE_QUOTES[text[start - 1]], window_lo, start - 1)
        if opened >= 0 and start - 1 - opened > 2:
            start, end = opened + 1, start - 1  # "高端产品“云峰臻品”系列实现收入": the quoted family's
    if (
        0 < start < end
        and text[start - 1].isdigit()
        and text[start] in _ZH_NUMBER_UNITS
        and not _PERIOD_CODE_BEFORE.search(text, max(0, start - 3), start)
    ):
        start += 1  # "前10月累计": the unit of a number, not a name's first character ("23Q1家电行业" has none)
        if text[start - 1] == "月" and text.startswith("份", start, end):
            start += 1  # "10月份商品猪销售量": the month's tail, no part of the name
    if 0 < start < end - 1 and text[start - 1] == "年" and text[start] == "度":
        start += 1  # "2024年度担保人实现营业收入": the year's tail, no part of the name
    sized = _ZH_SIZE_UNIT.match(text, start, end)
    if sized is not None and start > 0 and text[start - 1].isdigit():
        digits = start
        while digits > window_lo and (text[digits - 1].isdigit() or text[digits - 1] == "."):
            digits -= 1
        start = digits  # "12英寸晶圆贡献77%": the size is part of the product's name
    opening = start
    firm = _firm_name_at(text, start, end, words.zh_firm_relation)
    for cut in words.zh_cut if _any_of(words.zh_cut).search(text, start, end) else ():
        at = text.rfind(cut, start, end)
        if at >= 0 and text.startswith(_ZH_NOT_CUT, at):
            continue  # "友邦保险中国业务": 中 opens 中国, it cuts nothing
        if at > start and text[at - 1 : at + 1] in _ZH_NOT_CUT_SECOND:
            continue  # "海外自有品牌业务", "国有大行": 有 ends a word of the name, it cuts nothing
        if at >= 0 and cut == "在" and not _opening_cut(text, at, cut) and _MARKET_SHARE_AT.match(text, pos):
            return None  # "在国内设计师品牌市场份额达9.6%": the market a share is held in, not the holder
        if len(cut) == 1 and firm >= 0 and at == firm + 1:
            continue  # "子公司宏达新能源": the second character of a subsidiary's trade name, it cuts nothing
        if at >= 0 and not (
            len(cut) == 1 and at == opening and (_opening_cut(text, at, cut) or end - at - 1 < 2)
        ):
            start = max(start, at + len(cut))  # (a cut leaving a single character is part of a short name: "有道")
    if start < firm < end:
        start = firm  # "小米集团全资子公司小米新能源": the subsidiary's name, after its relation to the parent
    trailing = [m for m in _ZH_PERIOD.finditer(text, start, end) if m.end() == end and len(m.group()) >= 2]
    if trailing and _ZH_LINE_END.search(text, start, trailing[-1].start()):
        end = trailing[-1].start()  # "供应链业务上半年收入": the business line, for the half year
    for m in _ZH_PERIOD.finditer(text, start, end):
        start = max(start, m.end())  # "联发科第三季合并营收": the company's, for the quarter
    changed = True
    while changed:
        changed = False
        for prefix in words.zh_prefix if text.startswith(words.zh_prefix, start, end) else ():
            if text.startswith(prefix, start, end):
                start += len(prefix)
                changed = True
        for suffix in words.zh_suffix if text.endswith(words.zh_suffix, start, end) else ():
            if end - start > len(suffix) and text.endswith(suffix, start, end):
                end -= len(suffix)
                changed = True
    for family in words.zh_family_suffix:
        brand = text[start : end - len(family)]
        if text.endswith(family, start, end) and len(brand) >= 2 and _CJK.fullmatch(brand[-1]):
            end -= len(family)  # "青禾系列产品收入": the 青禾 brand's
            break
    possessive = _ZH_POSSESSIVE.match(text, start, end)
    if possessive and end - possessive.end() >= 2:
        start = possessive.end()  # "其乳品业务收入": the dairy line's
    name = _ZH_SEGMENT_SUFFIX.sub("", text[start:end]) or text[start:end]
    for other in words.zh_other_parts if text.startswith(("其他", "其它"), start) else ():
        if text.startswith(other, start) and start + len(other) >= end:
            # "其他业务收益" (its 业务 read with the metric word): the rest of the parts, not the firm's own revenue
            return start, other
    if not 2 <= len(name) <= 14 or not _CJK.search(name) or name in words.generic:
        return None
    if change_fragment(text, start, name):
        return None  # "较年初净减少5家": 初净 is the comparison's words, no business line
    if _EXTERNAL_SALES.search(name) and text.startswith("销", pos):
        name = name[:-1]  # "饲料外销量": the feed line's external sales, not a line called 饲料外
    if name.endswith(words.zh_not_end) or _ZH_QUANTITY.match(name):
        return None  # "拥有五件及以上连接至AIoT平台的用户数": a count of things, no business line
    if _all_generic(name, words.generic):
        return None  # "调整后税前": modifiers of the metric, one generic word after another
    if any(name.startswith(g) and len(g) >= len(name) - 1 for g in words.generic):
        return None  # "集团总", "公司的": the company itself
    if verb_before_self(name):
        return None  # "创集团上半年度收入新高": a verb before the company itself
    if _self_with_generic(name, words.generic):
        return None  # "公司综合分部业绩": the company's consolidated figure
    return start, name


_CHANGE_WORDS_IN = re.compile(r"较|年初|上年末|年末|年底|期初|期末|[初末底]净|^净")
"""Words of a comparison with an earlier balance ("较年初", "较上年末净增加"): never part of a subject's name."""
_CHANGE_OPENED_BEFORE = re.compile(r"(?:较|比)(?:上|去)?年?\s?$")
"""Right before a would-be name: a comparison just opened ("较年初净减少": the name would be its middle)."""


_EXTERNAL_SALES = re.compile(r"[\u4e00-\u9fff]{2}(?<![海境国省域对内])外$")
"""A name ending on the 外 of "外销" (sales outside the group) before a sales word; not 海外, 境外, 国外 (a place)."""


def change_fragment(text: str, start: int, name: str) -> bool:
    """Whether ``name`` (at ``start`` of ``text``) is a piece of a change phrase ("初净" of "较年初净减少5家",
    "末净" of "较上年末净增加"), which names no subject."""
    return bool(_CHANGE_WORDS_IN.search(name) or _CHANGE_OPENED_BEFORE.search(text, max(0, start - 4), start))


_ZH_SELF_WORDS = ("集团", "公司")
_ZH_POSSESSIVE = re.compile(r"其(?![他它中余次实间])")
""""其" (its) before a name; not the first character of 其他, 其中, 其余, 其次, 其实, 其间."""


def _all_generic(name: str, generic: frozenset[str]) -> bool:
    """Whether ``name`` is two or more generic words run together ("调整后税前", "经调整每股"): no line's name."""
    ends = {0}
    for i in range(len(name)):
        if i in ends:
            ends.update(j for j in range(i + 1, len(name) + 1) if name[i:j] in generic)
    return len(name) in ends


def _self_with_generic(name: str, generic: frozenset[str]) -> bool:
    """A word for the company itself and a generic word ("公司综合", "集团整体"): the company, no business line."""
    return any(name.startswith(g) and name[len(g) :] in generic for g in _ZH_SELF_WORDS)


def verb_before_self(name: str) -> bool:
    """A one-character verb before a word for the company itself ("创集团上半年度收入新高", "令公司"): the
    company, not a business line or a firm of that name."""
    return len(name) == 3 and name.endswith(_ZH_SELF_WORDS)


_ZH_OPENING_CUTS = frozenset("在中已")
"""Single-character cut words that open a name when they stand first ("在建开发产品", "中国业务", "已完工");
others there are a verb before it ("占通信服务收入比": 占 is no part of the name)."""
_ZH_IN_WORDS = ("在建", "在售", "在营", "在管", "在手", "在途", "在研", "在租", "在保", "在贷", "在线", "在职", "在岗", "在册",
                "在网", "在运", "在产", "在库", "在用", "在役", "在轨")
"""Words that 在 opens as their own first character ("在建工程", "在管规模"); elsewhere a first 在 is the
preposition before a place or market ("在国内设计师品牌市场份额"), no part of a name."""


_MARKET_SHARE_AT = re.compile(r"(?:市场)?(?:份额|占有率)|市占率")
"""A market share's words, where a metric starts."""


def _firm_name_at(text: str, start: int, end: int, relations: tuple[str, ...]) -> int:
    """Where a firm's name opens after the last word in ``text[start:end]`` naming its relation to the company
    ("全资子公司", "旗下"); -1 when none does."""
    found = _any_of(relations).search(text, start, end) if relations else None
    at = -1
    while found is not None:
        at = found.end()
        found = _any_of(relations).search(text, at, end)
    return at


def _opening_cut(text: str, at: int, cut: str) -> bool:
    """Whether the one-character cut word at ``at``, first of a would-be name, is the name's own first character."""
    if cut == "在":
        return text.startswith(_ZH_IN_WORDS, at)
    return cut in _ZH_OPENING_CUTS
_ZH_NOT_CUT_SECOND = frozenset({"自有", "国有", "私有", "专有", "特有", "固有", "共有"})
"""Words whose second character is a cut word ("有") that they hold, not stand before."""
_ZH_NOT_CUT = ("中国", "中华", "中心", "中东", "中资", "中央", "中高端", "中低端", "中端", "中小", "中大型", "中型", "及其他", "有机", "有色", "有线", "在线")
"""Words that open with a cut word and hold it ("中国", "数据中心", "有机硅", "在线营销服务"): the name goes on through them."""


_VERB_BEFORE = frozenset(
    {
        "to",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "shall",
        "we",
        "they",
        "i",
        "you",
    }
)
_KIND_WORDS = frozenset({"segment", "segment's", "division", "division's", "business", "unit", "group's"})
_MEASURE_MODIFIERS = frozenset({"net", "gross", "adjusted", "core", "organic", "reported", "underlying"})
"""Words between a unit's proper name and its metric that say how the metric is measured ("Fiber net capex")."""
_MEASURE_COMPOUND_ENDS = ("-driven", "-related", "-based", "-day", "-month", "-year", "-week")
"""Ends of a compound adjective that says how or over what a metric is measured, never which business line."""
_MEASURE_COMPOUND_OPENINGS = ("same-",)
"""Openings of a compound adjective that names the pool a metric is measured on ("same-store occupancy", "CRE
same-property NOI"): how the figure is taken, never which business line; a unit's name may stand before it."""


def en_phrase_before(text: str, pos: int, lo: int) -> tuple[int, str] | None:
    """(start, name) of the English business-line name right before ``pos`` (a metric word): the words
    there that are not articles, time words or modifiers; None when there are none."""
    pw = lexicon_subjects.phrase_words()
    stop = pw.en_stop
    kept: list[tuple[int, str]] = []
    end = pos
    kind = False  # "International commerce segment revenue": the name is before the kind word
    skipped = 0  # measurement modifiers read between the metric and a unit's proper name
    while len(kept) < 4:
        head = text[lo:end].rstrip()
        if head.endswith("&") and kept and kept[-1][1][:1].isupper() and len(head) < len(text[lo:end]):
            # "Business & Industry revenue": an ampersand joins the capitalised words of one name
            kept.append((lo + len(head) - 1, "&"))
            end = lo + len(head) - 1
            continue
        m = _EN_WORD.search(head)
        if m is None or len(head) == len(text[lo:end]):
            break
        word = m.group()
        if not kept and word[:1].isupper() and word.endswith(("s'", "s’")):
            word = word[:-1]  # "Kestrel Systems' backlog": the plural's possessive names the owner, without its mark
        low = word.casefold()
        if kept and kept[-1][1] == "&" and word[:1].isupper():
            kept.append((lo + m.start(), word))  # "Business & Industry": the word before the ampersand
            end = lo + m.start()
            continue
        if not kept and not kind and low in _KIND_WORDS:
            kind = True
            end = lo + m.start()
            continue
        if kind and kept and low in ("and", "&"):
            kept.append((lo + m.start(), word))  # "Local services and others segment"
            end = lo + m.start()
            continue
        if low == "and" and kept and kept[-1][1][:1].isupper() and all(w[:1].isupper() for _, w in kept):
            prev = _EN_WORD.search(text[lo : lo + m.start()].rstrip())
            if prev is not None and prev.group()[:1].isupper() and prev.group().casefold() not in stop:
                kept.append((lo + m.start(), word))  # "Urology and Pelvic Health sales": "and" inside one name
                end = lo + m.start()
                continue
        if low == "and" and len(kept) == 1 and _PAIR_FIRST.search(text[: lo + m.start()]):
            prev = _PAIR_FIRST.search(text[: lo + m.start()])
            if prev is not None and prev.group("w").casefold() not in stop and not _names_metric(prev.group("w")):
                # "our products and services revenue", "Cloud and security revenue": one line of two words
                kept.append((lo + m.start(), word))
                end = lo + m.start()
                continue
        if (
            low in pw.en_name_words
            and word[:1].isupper()
            and kept
            and all(w[:1].isupper() for _, w in kept)
        ):
            kept.append((lo + m.start(), word))  # "Group Benefits core earnings": part of the name
            end = lo + m.start()
            continue
        tail_of_compound = text[lo + m.start() - 1 : lo + m.start()] == "-"
        measure = (
            low in _MEASURE_MODIFIERS or low.endswith(_MEASURE_COMPOUND_ENDS) or low.startswith(_MEASURE_COMPOUND_OPENINGS)
        ) and not tail_of_compound
        if not kept and measure and skipped < 2:
            # "Kestrel Fiber net success-based capex": a unit's proper name before how the metric is measured
            skipped += 1
            end = lo + m.start()
            continue
        if skipped and not kept and not (word[:1].isupper() and (_mid_sentence(text, lo + m.start()) or _acronym(word))):
            break  # ("strong net sales", "Adjusted EBITDA": no proper name before the modifiers; "CRE same-store": one)
        if low in stop or low in pw.en_basis or low.endswith("ly") or word.endswith(("'s", "’s")):
            if low in _VERB_BEFORE and kept:
                return None  # "to reflect revenue growth": the word after "to" is a verb
            if (low in pw.en_basis or low in _MEASURE_MODIFIERS) and kept and all(w.islower() for _, w in kept):
                # "tower cash flow margin", "cash leasing revenue": the middle of one measure's name; "domestic
                # tower cash flow margin": the measure of the part of the business its first word names
                return _geography_opening(text, lo, lo + m.start())
            break
        if text[lo + m.start() - 1 : lo + m.start()] == "-" or low.endswith(_MEASURE_COMPOUND_ENDS):
            break  # "60-plus-day delinquency rate", "market-driven fair value losses": how it is measured
        if (
            "-" not in low
            and ((low.endswith("ing") and low not in pw.en_ing) or (low.endswith("ed") and len(low) > 4))
            and not (kept and (low, kept[-1][1].casefold()) in _EN_ED_NAMES)
            and not (word[:1].isupper() and ((kept and all(w[:1].isupper() for _, w in kept)) or _mid_sentence(text, lo + m.start())))
        ):
            break  # a verb ("increasing", "reported"); "COVID-related" is an adjective; "Connected Living" a name
        kept.append((lo + m.start(), word))
        end = lo + m.start()
    while kept and kept[-1][1].casefold() in ("and", "&"):
        kept.pop()
    if not kept:
        return None
    kept.reverse()
    words = [w for _, w in kept]
    if len(words) == 1 and len(words[0]) <= 2:
        return None
    name = _normalised(words)
    if len(words) == 1 and name.islower() and name.endswith(("able", "ible")):
        return None  # "distributable net investment income", "attributable net income": how it is measured
    if len(words) == 1 and name.casefold() in ("party", "parties", "counterparty"):
        return None  # "related party management fee expense": who is paid, no business line
    if lexicon_subjects.time_phrase(name):
        return None  # "the back half revenue": when, no business line
    return kept[0][0], name


_EN_ED_NAMES = frozenset({("fixed", "income")})
"""An -ed word and the word after it that together name a business, not a verb and its object ("fixed income net
inflows of $26.1 billion": the asset class; "fixed cost savings" names none)."""
_MEASURE_WORD = re.compile(r"(?:^|\s)([A-Za-z][a-z-]*)\s+$")


def _geography_opening(text: str, lo: int, pos: int) -> tuple[int, str] | None:
    """(start, word) of the word of ``en_geography`` that opens the run of words of one measure's name ending at
    ``pos`` ("domestic tower cash flow margin", "Domestic same tower recurring cash leasing revenue"); None else."""
    pw = lexicon_subjects.phrase_words()
    end = pos
    for _ in range(5):
        m = _MEASURE_WORD.search(text, lo, end)
        if m is None:
            return None
        low = m.group(1).casefold()
        if low in pw.en_geography:
            before = text[lo : m.start(1)].rstrip()
            word = _EN_WORD.search(before)
            if word is None or word.group().casefold() in pw.en_stop or before[-1:] in ",;:":
                return m.start(1), low  # the word opens the phrase: nothing but an article or a stop word before
            return None
        if low in pw.en_stop and not low.startswith(("same", "comparable")):
            return None  # ("same tower revenue": the scope is part of the measure)
        end = m.start(1)
    return None


_PAIR_FIRST = re.compile(r"(?:^|[.!?]\s+|(?<![A-Za-z])(?:our|the|its|their|while|whereas)\s+)(?P<w>[A-Za-z][a-z]+)\s+$")
"""The first word of a two-word line ("our products and ...", "Cloud and ..."), standing right after a determiner or
at the sentence's start."""


def _acronym(word: str) -> bool:
    """Whether ``word`` is written in capitals throughout ("CRE", "SHOP"): a name even where it opens the sentence."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _mid_sentence(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a sentence (a capital there marks a name, not the sentence's start)."""
    i = pos - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] not in ".!?:;"


def _normalised(words: list[str]) -> str:
    """A name as written, except a capital that only starts the sentence ("Consumer banking")."""
    if (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0][1:].islower()
        and all(w.islower() for w in words[1:])
    ):
        words = [words[0].lower(), *words[1:]]
    elif len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower():
        words = [words[0].lower()]
    return " ".join(words)


def _bare_business(np: str) -> bool:
    """Whether lowercase words a sentence turns the talk to name a business: none is a word of the talk's own
    parts, a framing word or a metric."""
    words = lexicon_subjects.phrase_words()
    if any(w in words.en_stop or w in words.en_talk_topics for w in np.casefold().split()):
        return False
    return next(iter(lexicon_metrics.metric_matcher().finditer(np)), None) is None


def en_topic(sentence: str) -> tuple[int, str] | None:
    """(offset, name) of a business a sentence introduces ("I'll discuss our commercial banking business")."""
    m = _EN_TOPIC.search(sentence)
    if m is None:
        tail = sentence.rstrip(" .:")
        last = tail.rfind(" ")
        named = (
            _EN_TOPIC_NAMED.search(sentence)
            if (tail[last + 1 : last + 2].isupper() or _EN_TOPIC_RELATIVE.search(sentence))
            and _EN_TOPIC_NAMED_HINT.search(sentence)
            else None
        )
        if named is not None:
            words = named.group("np").split()
            stop = lexicon_subjects.phrase_words().en_stop
            if not any(
                (w.casefold() in stop and w.casefold() not in ("and", "&"))
                or (w.casefold() in _MONTH_WORDS and len(words) == 1)  # ("starting with General Insurance")
                or w.endswith(("'s", "’s"))
                for w in words
            ):
                return named.start("np"), " ".join(words)
        effort = _EN_TOPIC_EFFORT.search(sentence)
        if effort is not None and not any(w.casefold() in lexicon_subjects.phrase_words().en_stop for w in effort.group("np").split()):
            return effort.start("np"), effort.group("np")
        bare = _EN_TOPIC_BARE.match(sentence)
        if bare is not None and _bare_business(bare.group("np")):
            return bare.start("np"), bare.group("np")
        m = _EN_TOPIC_LEAD.search(sentence.strip()) if _EN_KIND_WORD.search(sentence) else None
        if m is None or not (m.group("kind")[:1].isupper() and all(w[:1].isupper() for w in m.group("np").split())):
            return None
        lead = len(sentence) - len(sentence.lstrip())
        stop = lexicon_subjects.phrase_words().en_stop
        words = m.group("np").split()
        if any(w.casefold() in stop or w.endswith(("'s", "’s")) for w in words):
            return None
        return lead + m.start("np"), f"{' '.join(words)} {m.group('kind').lower()}"
    stop = lexicon_subjects.phrase_words().en_stop
    words = m.group("np").split()
    while words and words[0].casefold() in stop:
        words = words[1:]
    inner = {"and", "&"}  # "our retail and wholesale products group"
    if not words or any(
        (w.casefold() in stop and not (w.casefold() in inner and 0 < i < len(words) - 1))
        or w.endswith(("'s", "’s"))
        for i, w in enumerate(words)
    ):
        return None  # "an update on Bio-Rad's operations": the company's own, no business line
    name = _normalised(words)
    kind = m.group("kind").lower()
    if kind.startswith(("segment", "division", "group", "unit")):
        name = f"{name} {kind.rstrip('s')}"
    return m.start("np"), name


_EN_SHIFT = re.compile(
    r"^(?:(?:now|next|so|and|ok|okay|finally|lastly|then)\s*,?\s+)*(?:let me\s+|I(?:'ll|’ll| will| would like to| want to)\s+)?"
    r"(?:now\s+)?(?:switch(?:ing)?|turn(?:ing)?|mov(?:e|ing)|shift(?:ing)?|pivot(?:ing)?)\s+(?:now\s+|over\s+|on\s+|back\s+|down\s+)*to\b",
    re.IGNORECASE,
)


def en_shifts_away(sentence: str) -> bool:
    """Whether a sentence moves the talk to something that is no business line ("Now, switching to our
    acquisition strategy.", "Moving to our updated outlook for 2021."): the unit in focus lapses."""
    return _EN_SHIFT.search(sentence.strip()) is not None and en_topic(sentence) is None


_EN_IN_LINE = Sifted(anchored(re.compile(
    r"(?<![A-Za-z])(?:in|at|for|from|of) (?:our|the|its) (?P<np>(?:[A-Za-z][A-Za-z&'’-]*\s+){0,3}?[A-Za-z][A-Za-z&'’-]*)\s+"
    r"(?P<kind>business|segments?|divisions?|group|unit|products group|operations|brands?)(?![A-Za-z])",
    re.IGNORECASE,
)))
_EN_APPOSITIVE = AtSentenceStarts(anchored(re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:By (?:brand|segment|region|business|division)|Meanwhile|Similarly|Finally|Lastly|Also|Next|"
    r"Elsewhere|Separately),\s+)?(?P<np>(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})(?:\s+(?:&\s+|and\s+)?(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})){0,3})"
    r"(?:,\s+(?:our|the|its)\s|\s+(?:(?:notably|also|again|once again|further)\s+)?(?:delivered|drove|grew|posted|reported|"
    r"generated|achieved|saw|had|increased|declined|rose|fell|contributed|was up|was down|were up|were down|"
    r"(?P<weakverb>turned|continues to|continued to|remained|returned|expanded|recorded|experienced))\b)"
)))
_EN_CONTRACTION = re.compile(r"['’](?:ve|re|ll|d|m)$|n['’]t$", re.IGNORECASE)
"""The end of a word contracted with a verb ("We've", "They're", "Don't"): no name."""


_EN_RESULTS_SUBJECT = re.compile(
    r"(?:(?:And|Also|Meanwhile|Similarly|Next|Finally|Lastly|Elsewhere)\s*,?\s+)?"
    r"(?P<np>[A-Z][A-Za-z'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][A-Za-z'’-]*){1,3})\s+"
    r"(?:(?:also|again|once again|further)\s+)?"
    r"(?:(?:continues|continued|continue)\s+to\s+(?:grow|deliver|generate|expand|increase|improve)|"
    r"grows|grew|delivered|delivers|generated|generates|reported|posted|expanded|increased|improved)\s+"
    r"(?P<tail>[^.;:!?]{0,60})"
)
"""A business line named by two or more capitalised words as the subject of a results verb ("Home Warranty Services
continues to grow revenue and profit", "Fleet Solutions delivered record sales")."""


def en_results_subject(sentence: str) -> tuple[int, str] | None:
    """(offset, name) of a business line a sentence with no figure names as the subject of its results, before the
    figures of the sentences after it: a metric follows the verb; no pronoun, time, talk word or metric is the name."""
    m = _EN_RESULTS_SUBJECT.match(sentence.lstrip())
    if m is None or next(iter(lexicon_metrics.metric_matcher().finditer(m.group("tail"))), None) is None:
        return None
    words = [w for w in m.group("np").split() if w not in ("&", "and")]
    pw = lexicon_subjects.phrase_words()
    if any(
        w.casefold() in pw.en_stop
        or w.casefold() in pw.en_talk_topics
        or w.casefold() in pw.en_not_heads
        or w.casefold() in _MONTH_WORDS
        or w.endswith(("'s", "’s"))
        or _EN_CONTRACTION.search(w) is not None
        for w in words
    ) or _names_metric(m.group("np")):
        return None  # "Our Company grew ...", "Net Revenue increased ...": the company or a metric, no business line
    return len(sentence) - len(sentence.lstrip()) + m.start("np"), " ".join(m.group("np").split())


_EN_KIND_APPOSITION = Sifted(anchored(re.compile(
    r"(?<![A-Za-z])(?:[Oo]ur|[Tt]he|[Ii]ts)\s+(?:(?:largest|biggest|smallest|second[\s-]largest|flagship|newest|"
    r"fastest[\s-]growing|core|namesake)\s+)?(?:brand|banner|segment|business|division|unit|chain|concept|label),\s+"
    r"(?P<np>(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})(?:\s+(?:&\s+|and\s+)?(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})){0,3}),\s"
)))
"""A line named in apposition to its kind ("Our largest brand, Hollister, grew sales 20%")."""
_EN_LINE_CONTRIBUTED = AtSentenceStarts(re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:And|Also|Finally|Lastly|Meanwhile|Similarly)\s*,?\s+)?(?:[Oo]ur\s+|[Tt]he\s+)?"
    r"(?P<np>[A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+contributed\s+(?:to\s+)?"
    r"(?P<what>[A-Za-z][^$.;:!?]{1,60}?)\s+of\s+(?:negative\s+)?\$"
), sift=True)
"""A line opening its sentence as what contributed a named result ("Our utilities contributed second quarter earnings
of $3.3 million", "Our other segment contributed a loss in economic earnings of $9.3 million"): the result is the
line's own. Drivers ("Volume and mix contributed $59 million") name no result before the amount."""
_EN_LINE_KINDS = frozenset({"segment", "segments", "operations", "business", "businesses", "division", "divisions", "unit"})
"""Last words of such a line that say what kind of part it is ("midstream segment", "nonutility operations")."""


def _contributing_line(np: str, what: str) -> bool:
    """Whether ``np`` names a part of the company that contributed the result ``what`` names: no pronoun, time,
    part of the talk or metric ("This contributed ...", "Acquisitions contributed ...", "Pricing contributed ...")."""
    pw = lexicon_subjects.phrase_words()
    words = np.casefold().split()
    if words[-1] in _EN_LINE_KINDS and len(words) > 1:
        words = words[:-1]
    if any((w in pw.en_stop and w != "other") or w in pw.en_talk_topics or w in _MONTH_WORDS for w in words):
        return False
    return (not _names_metric(np) or _activity_line(np, what)) and _names_metric(what)


_EN_PROFIT_WORD = re.compile(r"(?<![A-Za-z])(?:earnings|income|profits?|loss(?:es)?)(?![A-Za-z])", re.IGNORECASE)
"""A result a part of the company earns ("economic earnings", "net income", "a loss")."""


def _activity_line(np: str, what: str) -> bool:
    """Whether a two-word line is named after its activity, its last word a metric's ("Energy production contributed to
    economic earnings of $2 million"): a part earning a profit, not a quantity that contributed to it."""
    from finbrief.lexicon.metrics import metric_matcher

    words = np.split()
    if len(words) != 2 or _names_metric(words[0]) or _EN_PROFIT_WORD.search(np):
        return False
    hits = [(a, b) for a, b, _e in metric_matcher().finditer(np)]
    return hits == [(len(words[0]) + 1, len(np))] and _EN_PROFIT_WORD.search(what) is not None

_EN_PRODUCT = anchored(re.compile(
    r"(?:(?<![A-Za-z])(?:[Ss]ales|[Rr]evenues?)\s+(?:of|from)\s+(?:the\s+)?(?P<d1>(?:[a-z][a-z-]*\s+){0,3})"
    r"|(?<![A-Za-z])(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<d2>(?:[a-z][a-z-]*\s+){1,3}))"
    r"(?P<np>[A-Z][A-Za-z0-9-]*(?:/[A-Z][A-Za-z0-9-]*)?)(?![A-Za-z0-9'’/-])"
    r"(?:\s+\([a-z][^)]{0,30}\))?"
    r"(?P<tail>,?\s+(?:(?:also|again|once again|further|still)\s+)?(?:saw|had|grew|rose|fell|climbed|jumped|slipped|declined|generated|posted|was|were|,)(?![A-Za-z])"
    r"|\s+(?:sales|revenues?)(?![A-Za-z])|(?=\s*[,.;]|\s+(?:rose|fell|grew|declined|jumped|climbed|slipped|was|were)(?![A-Za-z])))"
))
"""A product named with its kind or as what sales come from ("Sales of the antidepressant Cymbalta grew 17
percent", "Sales of Zentrova also grew", "the cancer drug Alimta saw strong growth", "revenue from the cancer drug Erbitux"): the figures
of its clause are the product's."""
_NOT_PRODUCT_KIND = re.compile(
    r"(?:maker|company|firm|group|bank|giant|carrier|airline|lender|insurer|retailer|rival|peer|analyst|chief|"
    r"executive|officer|president|ceo|cfo|chairman|utility|operator|miner|producer|chain|brand owner|parent|owner|"
    r"unit|segment|division|business|region|country|state|city|market|index|exchange|month|quarter|year|week|day)s?\s*$"
)
_EN_SHARE_LEAD = AtSentenceStarts(anchored(re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:(?:The|Our)\s+)?(?P<np>(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})(?:\s+(?:&\s+|and\s+)?(?:[A-Z][A-Za-z&'’-]*|[A-Z0-9&]{2,})){0,3})"
    r"(?:\s+(?:business|segment|market|sales|revenues?))?"
    r"|(?:The|Our)\s+(?P<low>[A-Za-z][A-Za-z&'’-]*(?:\s+[A-Za-z][A-Za-z&'’-]*){0,2})\s+(?:business|segment|market))\s+(?:was|were|is|are|represented|represents|accounted\s+for|accounts\s+for|made\s+up|comprised)\s+"
    r"(?:approximately\s+|about\s+|roughly\s+|nearly\s+|almost\s+|over\s+|just\s+over\s+|just\s+under\s+)?\d[\d.]*\s?%\s+of\s+"
    r"(?:(?:our|the|total|net|company|company's|overall|consolidated|group|segment|\d{4})\s+)*(?:sales|revenues?)(?![A-Za-z])"
)), sift=True)
"""A sentence opening with a unit's share of sales ("Military was 11% of sales.", "The marine market
represented 9% of our sales."): the sentence is about that
unit, and so is the next one when it names no subject but a bare metric ("Sales rose 45%.")."""


def en_share_leads(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, name) of units whose share of sales a sentence of ``text[lo:hi]`` opens with."""
    from finbrief.lexicon.metrics import metric_matcher

    stop = lexicon_subjects.phrase_words().en_stop
    out = []
    for m in _EN_SHARE_LEAD.finditer(text, lo, len(text) if hi is None else hi):
        g = "np" if m.group("np") else "low"
        words = m.group(g).split()
        if any(w.casefold() in stop and w.casefold() not in ("and", "&") for w in words):
            continue  # "This was 11% of sales"
        if any(True for _ in metric_matcher().finditer(m.group(g))):
            continue  # "Revenue was ...", "Gross profit was 40% of sales": a metric, no unit
        out.append((m.start(g), m.end(g), " ".join(words)))
    return out


_EN_METRIC_IN_NAME = AtSentenceStarts(re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:And|So|Also|Then|Meanwhile)\s*,?\s+)?(?P<metric>(?:[A-Za-z][a-z-]*\s+){0,2}?[A-Za-z][a-z-]*)"
    r"\s+in\s+(?:the\s+)?(?P<np>[A-Z][A-Za-z.&'’-]*(?:\s+[A-Z][A-Za-z.&'’-]*){0,2})\s+"
    r"(?:was|were|is|are|grew|rose|fell|increased|decreased|declined|improved|totaled|totalled|reached|will)(?![A-Za-z])"
), sift=True)
"""A sentence opening on a metric a business line reports and the place or unit it was earned in ("Revenue in the
U.S. was $645 million", "Revenue in Canada increased 15%"): the figure is that place's or unit's."""
_EN_WITH_MOVING = anchored(re.compile(
    r"(?<![A-Za-z])(?:[Ww]ith|and)\s+(?:the\s+|our\s+)?"
    r"(?P<np>[A-Za-z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,3}?)\s+"
    r"(?:growing|declining|increasing|decreasing|rising|falling|up|down)\s+(?:by\s+)?"
    r"(?:(?:approximately|about|roughly|nearly|almost|over|more\s+than)\s+)?(?=[$\d])"
))
"""A part of the business and how it moved, after "with" or "and" ("revenue grew 11% with the U.S. growing 11% and
International growing 7%"): the figure is that part's."""
_EN_MOVING_HEADS = frozenset({"products", "brands", "portfolio", "segment", "segments", "business", "businesses"})
"""Lowercase heads that make the words before them a part of the business ("companion animal products growing 30%")."""
_EN_AMOUNT_IN_PART = re.compile(
    r"(?<=\d)(?:\s*(?:million|billion|thousand|%|percent))?\s+in\s+(?:our\s+|the\s+)?"
    r"(?P<np>[a-z][a-z-]*(?:\s+(?:and\s+|&\s+)?[a-z][a-z-]*){0,3}?)(?=\s*(?:[,;.]|$)|\s+and\s+(?:\$|\d))"
)
"""A figure and the part of the business it was earned in, written in lowercase ("$304 million in licensing and $16
million in products and services"): with another such item in its sentence, a breakdown by part."""
_EN_LEAD_NAME = AtSentenceStarts(re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Now\s*,?\s+)?(?:At|In|For|Within|Across|(?:Turning|Switching|Shifting)\s+(?:now\s+)?to|"
    r"Moving\s+(?:on\s+|now\s+)?to|Looking\s+(?:now\s+)?(?:to|at)))\s+(?:the\s+)?"
    r"(?P<np>(?:[A-Z][A-Za-z'’-]*|[A-Z0-9&]{2,})(?:\s+(?:&\s+|and\s+)?(?:[A-Z][A-Za-z'’-]*|[A-Z0-9&]{2,})){0,3}),\s"
), sift=True)
"""A sentence opening with the business line it is about ("At Hartford Funds, core earnings ...",
"In P&C, the combined ratio ...", "Looking to Harbor, we expect ...")."""
_EN_NAME_COMMA_METRIC = AtSentenceStarts(re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<np>[A-Z][A-Za-z'’-]*(?:\s+(?:&\s+|and\s+)?[A-Z][A-Za-z'’-]*){0,2}),\s+"
    r"(?:(?:first|second|third|fourth)[\s-]quarter\s+|full[\s-]year\s+|Q[1-4]\s+)?"
    r"(?P<metric>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:was|were|increased|decreased|grew|declined|rose|fell|totaled)\b"
))
"""A sentence opening with a unit's name, a comma and its metric ("Urology, third quarter revenue was $83 million"):
the heading of a section of the talk run into its first sentence."""
_EN_LEAD_LOWER = AtSentenceStarts(re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:Now|And|So|Also|Similarly|Meanwhile|Elsewhere)\s*,?\s+)?"
    r"(?:In|Within|At|(?:Turning|Switching|Shifting)\s+(?:now\s+)?to|Moving\s+(?:on\s+|now\s+)?to)\s+(?:our\s+|the\s+)?"
    r"(?P<np>[a-z][a-z-]*(?:(?:\s+(?:and\s+|&\s+)?|/)[a-z][a-z-]*){0,2}),\s"
), sift=True)
"""A sentence opening with a business line written in lowercase ("In prepared foods, volumes were down 2.6%",
"Within our specialty chemicals, sales rose 9%", "At finance, we're forecasting ...", "In international/other, ...",
"Turning to merchandise, volumes rose 4%")."""
_MONTH_WORDS = frozenset(
    {
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
        "addition",
        "total",
        "summary",
        "short",
        "conclusion",
        "closing",
        "particular",
        "general",
        "aggregate",
        "sum",
        "fact",
        "slide",
        "page",
        "chart",
        "table",
    }
)


def _names_metric(words: str) -> bool:
    """Whether ``words`` name a metric, in the number written or the other ("Volume declined 11%": the lexicon's
    "volumes"), so that a metric opening a sentence is never read as a name."""
    from finbrief.lexicon.metrics import metric_matcher

    if any(True for _ in metric_matcher().finditer(words)):
        return True
    if " " in words.strip() or not words.strip().isalpha():
        return False
    word = words.strip()
    other = word[:-1] if word.endswith("s") and not word.endswith("ss") else f"{word}s"
    return any(a == 0 and b == len(other) for a, b, _e in metric_matcher().finditer(other))


def _metric_named(words: str) -> str | None:
    """The canonical name of the metric ``words`` are, whole ("Revenue", "Organic sales"); None else."""
    from finbrief.lexicon.metrics import metric_matcher

    found = [e for a, b, e in metric_matcher().finditer(words) if a == 0 and b == len(words)]
    return found[0].name if found else None


def _lower_lead_line(np: str) -> bool:
    """Whether lowercase words after a sentence's opening "In" name a business line: no time, turn of phrase, part of
    the talk, place of the company's own, or metric ("In addition,", "In constant currency,", "In the quarter,")."""
    pw = lexicon_subjects.phrase_words()
    words = [w for w in np.casefold().split() if w not in ("and", "&")]
    if any(
        w in pw.en_stop or w in pw.en_talk_topics or w in pw.en_lead_phrases or w in pw.en_basis
        or w in pw.en_level_words or w in _MONTH_WORDS
        or w.startswith(("same", "non-same", "comparable", "total", "overall", "consolidated", "entire", "whole"))
        for w in words
    ):
        return False
    if all(w in pw.en_unit_heads or w in pw.en_site_heads or w in pw.en_not_units for w in words):
        return False  # "In our portfolio,": the kind of a part alone, the whole company
    return not _names_metric(np)


def en_named_lines(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, name, lead) of business lines an English text names around its figures: after a metric
    ("net sales in our business-to-business products group"), or opening a sentence as its subject
    ("BPS, our smallest layer, ...", "West Elm delivered a 22.5% comp"). ``lead``: the sentence opens
    with "In X," / "At X," and so is about X, as the ones after it are until another is named."""
    stop = lexicon_subjects.phrase_words().en_stop
    talk = lexicon_subjects.phrase_words().en_talk_topics
    out = []
    for m in _EN_IN_LINE.finditer(text):
        words = m.group("np").split()
        while words and words[0].casefold() in stop:
            words = words[1:]
        if words and not any(w.casefold() in stop or w.endswith(("'s", "’s")) for w in words):
            name = _normalised(words)
            kind = m.group("kind").lower()
            if kind.startswith(("segment", "division", "group", "unit")):
                name = f"{name} {kind.split()[-1]}"
            elif kind.startswith("brand"):
                name = f"{' '.join(words)} brand"  # "in our Experis brand": the brand's own spelling
            out.append((m.start("np"), m.end("np"), name, False))

    for m in _EN_LEAD_NAME.finditer(text):
        words = m.group("np").split()
        named = words[:-1] if len(words) > 2 and words[-1] in ("Other", "Others") and words[-2] in ("&", "and") else words
        if any(w.casefold() in stop or w.casefold() in _MONTH_WORDS for w in named if w not in ("&", "and")):
            continue  # "In Q2, ...", "In January, ...", "In addition, ...": a time or a turn of phrase
            # ("Corporate and Other" is a unit's name)
        if not re.search(r"[A-Za-z]{2}", m.group("np")) and "&" not in m.group("np"):
            continue  # "In 2021, ...": a year
        if text[m.start() : m.start("np")].endswith("the ") and all(
            w.casefold() in talk for w in named if w not in ("&", "and")
        ):
            continue  # "Moving to the P&L, ...", "Turning to the Balance Sheet, ...": a part of the talk
        if _names_metric(m.group("np")):
            continue
        out.append((m.start("np"), m.end("np"), " ".join(words), True))
    line_metrics = lexicon_subjects.phrase_words().en_line_metrics
    for m in _EN_METRIC_IN_NAME.finditer(text):
        metric = _metric_named(m.group("metric"))
        words = m.group("np").split()
        if metric is None or metric not in line_metrics:
            continue
        if any(w.casefold() in stop or w.casefold() in _MONTH_WORDS for w in words):
            continue  # "Revenue in Q3 was ...", "Revenue in January ...": a time, no place
        if _names_metric(m.group("np")):
            continue
        out.append((m.start("np"), m.end("np"), " ".join(words), False))
    parts = []
    for m in _EN_AMOUNT_IN_PART.finditer(text):
        words = [w for w in m.group("np").split() if w not in ("and", "&")]
        if any(w in stop or w in _MONTH_WORDS or w in _EN_HEAD_FUNCTION for w in words) or _names_metric(m.group("np")):
            continue  # "$5 million in revenue", "12% in the quarter": a metric or a time, no part
        parts.append(m)
    for i, m in enumerate(parts):
        others = [o for j, o in enumerate(parts) if j != i]
        if any(not re.search(r"[.!?]\s", text[min(o.end(), m.end()) : max(o.start(), m.start())]) for o in others):
            out.append((m.start("np"), m.end("np"), m.group("np"), False))  # (a breakdown: two items in one sentence)
    for m in _EN_WITH_MOVING.finditer(text):
        words = m.group("np").split()
        if not (all(w[:1].isupper() for w in words) or words[-1] in _EN_MOVING_HEADS):
            continue  # "with demand up 5%": no part of the business
        if any(w.casefold() in stop or w.casefold() in _MONTH_WORDS or w.casefold() in _EN_HEAD_FUNCTION for w in words):
            continue
        if _names_metric(m.group("np")):
            continue  # "with revenue up 5%": the metric, not a part
        out.append((m.start("np"), m.end("np"), " ".join(words), False))
    not_heads = lexicon_subjects.phrase_words().en_not_heads
    lead_words = lexicon_subjects.phrase_words().en_lead_phrases
    for m in _EN_NAME_COMMA_METRIC.finditer(text):
        words = [w for w in m.group("np").split() if w not in ("&", "and")]
        if any(
            w.casefold() in stop or w.casefold() in talk or w.casefold() in _MONTH_WORDS or w.casefold() in not_heads
            or w.casefold() in lead_words or w.endswith(("ly", "'s", "’s"))
            for w in words
        ) or _names_metric(m.group("np")) or _metric_named(m.group("metric")) is None:
            continue  # "Sequentially, revenue was ...", "Again, sales were ...": a turn of phrase, no unit
        out.append((m.start("np"), m.end("np"), m.group("np"), True))
    for m in _EN_LEAD_LOWER.finditer(text):
        if _lower_lead_line(m.group("np")):
            out.append((m.start("np"), m.end("np"), m.group("np"), True))
    out.extend((a, b, name, False) for a, b, name in en_share_leads(text))
    for m in _EN_KIND_APPOSITION.finditer(text):
        words = m.group("np").split()
        if any(w.casefold() in stop and w.casefold() not in ("and", "&") for w in words):
            continue
        if _names_metric(m.group("np")):
            continue
        out.append((m.start("np"), m.end("np"), " ".join(words), False))
    for m in _EN_PRODUCT.finditer(text):
        kind = (m.group("d1") or m.group("d2") or "").strip()
        name = m.group("np")
        if m.group("d2") is not None and not kind:
            continue
        if _NOT_PRODUCT_KIND.search(kind) or name.casefold() in stop or name.casefold() in _MONTH_WORDS:
            continue  # "the chipmaker Intel", "the second quarter": a firm or a time, no product
        if m.group("d1") is None and not m.group("tail").strip(", "):
            continue  # "the antipsychotic Abilify." with no verb or sales after it: a mention, no figure's owner
        if _names_metric(name) or len(name) < 3:
            continue
        out.append((m.start("np"), m.end("np"), name, False))
    for m in _EN_LINE_CONTRIBUTED.finditer(text):
        if _contributing_line(m.group("np"), m.group("what")):
            out.append((m.start("np"), m.end("np"), m.group("np"), False))
    not_heads = lexicon_subjects.phrase_words().en_not_heads
    for m in _EN_APPOSITIVE.finditer(text):
        words = m.group("np").split()
        if (
            not words
            or any(
                (w.casefold() in stop and not (w.casefold() in ("and", "&") and 0 < i < len(words) - 1))
                or w.endswith(("'s", "’s"))
                or _EN_CONTRACTION.search(w) is not None  # "We've achieved", "They've delivered": a pronoun
                or w.casefold() in not_heads  # "Well, the $350 million is ...", "Expenses grew 4.3%"
                for i, w in enumerate(words)
            )
            or len(m.group("np")) < 2
        ):
            continue  # "Pottery Barn Kids and Teens grew ...": one brand, "and" inside its name
        if _names_metric(m.group("np")):
            continue  # "Revenue increased 6 percent": the metric, not a business line
        if m.group("weakverb") and len(words) < 2:
            continue  # "Demand continues to strengthen": a one-word subject of such a verb is rarely a line
        out.append((m.start("np"), m.end("np"), " ".join(words), False))
    return [hit for hit in out if not lexicon_subjects.time_phrase(hit[2])]  # "In the near term, ...": a time, no line


_ZH_POINTING = ("该", "此", "上述", "这一", "这项", "这个")
"""Words that point back at a business line ("该业务", "上述板块"): a line word after one names no line of its own."""
_ZH_LINE_WORD = re.compile("".join(f"(?<!{w})" for w in _ZH_POINTING) + r"(?:业务|板块|分部|事业群)")


def zh_line_before(text: str, pos: int) -> str | None:
    """The business line named last before ``pos`` by a name ending in 业务/板块/分部 ("财报亮点之一是
    智能电动汽车及AI等创新业务的突破性进展。该板块…"): what a following "该板块" points back to."""
    found = None
    for m in _ZH_LINE_WORD.finditer(text, 0, pos):
        found = m
    if found is None:
        return None
    end = found.end() if found.group() == "业务" else found.start()
    got = zh_phrase_before(text, end, 0)
    return got[1] if got is not None and len(got[1]) >= 3 else None


def zh_topic(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """(start, end, name) of business lines a Chinese sentence opens with as its topic
    ("智能手机业务，上季收入..."): a name ending in 业务/分部/板块 before a comma."""
    generic = lexicon_subjects.phrase_words().generic
    out = []
    for m in _ZH_SHARE_TOPIC.finditer(text, lo, hi):
        name = _ZH_SEGMENT_SUFFIX.sub("", m.group("np").strip())
        if name not in generic and len(name) >= 2:
            out.append((m.end("np") - len(name), m.end("np"), name))
    for m in _ZH_ITEM_TOPIC.finditer(text, lo, hi):
        name = _ZH_SEGMENT_SUFFIX.sub("", m.group("np"))
        if name in generic or len(name) < 2 or any(a == 0 and b == len(name) for a, b, _e in lexicon_metrics.metric_matcher().finditer(name)):
            continue  # "（一）营业收入：": a metric's heading, no segment
        out.append((m.start("np"), m.start("np") + len(name), name))
    for m in _ZH_TOPIC.finditer(text, lo, hi):
        if any(a < m.end("np") and m.start("np") < b for a, b, _n in out):
            continue
        found = zh_phrase_before(text, m.end("np"), max(lo, m.start()))
        name = found[1] if found else _ZH_SEGMENT_SUFFIX.sub("", m.group("np"))
        if name not in generic and len(name) >= 3 and not _self_with_generic(name, generic):
            out.append((m.end("np") - len(name), m.end("np"), name))
    return out


# A proper name heading its clause: the subject of the clause's verb, so of the figures that verb governs
# ("The Harbor Point Resort in Key West ran at 53% occupancy", "Our Lakeside mall's sales rose 4%").
_EN_NAME_WORD = r"(?:[A-Z][A-Za-z0-9.&-]*[A-Za-z0-9]|[A-Z])"
_EN_HEAD = re.compile(
    r"[ \t\"“(]*(?:(?:And|But|So|Also|Again|Meanwhile|Similarly|Finally|Lastly|Elsewhere|Separately|Next)\s*,?\s+"
    r"|(?P<intro>(?:[A-Z][a-z]+|in|on|at)(?:\s+(?:[a-z]+|[A-Z][A-Za-z.]+)){0,7},\s+))?"
    r"(?P<lead>(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir)\s+|(?:(?:[Tt]he|[Ii]ts)\s+)?(?:[Rr]ival|[Cc]ompetitor|[Pp]eer)\s+)?"
    r"(?P<np>" + _EN_NAME_WORD + r"(?:\s+(?:(?:&|and|of|of\s+the|de|at)\s+)?(?:" + _EN_NAME_WORD + r"|\d{1,4}(?![\d,.%])))*)"
    r"(?:\s+(?P<head>[a-z][a-z-]{2,}(?:\s+[a-z][a-z-]{2,})?))?"
    r"(?P<own>['’]s(?![A-Za-z]))?"
)
_EN_HEAD_MODIFIER = re.compile(
    r",\s+(?:which|where|who|that|once|now|our|the|its|a|an|one)\s[^,;:.!?]{1,90},"  # a relative clause, an apposition
    r"|,\s+(?:meanwhile|however|though|too|also|in turn|by contrast|in contrast|for its part|for their part),"  # an aside
    r"|\s+(?:in|at|on|near|outside|along)\s+(?:the\s+)?" + _EN_NAME_WORD + r"(?:\s+" + _EN_NAME_WORD + r"){0,3}"
    r"(?:,\s+(?:[A-Z][a-z]+|[A-Z]{2})(?=[\s,]))?"  # "in Key West", "in Austin, Texas"
)
_EN_APPOSITION = re.compile(r",\s+(?:the|its|our)\s+(?:company|firm|group)['’]s\s[^,;:.!?]{1,80},")
"""After a capitalised word opening a sentence: an apposition that says what it is ("Azure, the company's cloud
platform, saw ..."): the word is a name even alone."""
_EN_ITEM_HEAD = re.compile(
    r"[ \t]*(?P<name>" + _EN_NAME_WORD + r"(?:['’]s)?(?:\s+(?:&\s+)?" + _EN_NAME_WORD + r"(?:['’]s)?){0,4})"
    r"\s*(?:[—–|]|\s-)\s+(?=\S)"
)


def en_item_head(text: str) -> tuple[int, int, str] | None:
    """(start, end, name) of the name heading an item of a round-up ("McDonald's – Shares of the restaurant chain
    gained 3%", "Ralph Lauren | Extends $4.54 since ..."): the firm or line the item's figures are about."""
    m = _EN_ITEM_HEAD.match(text)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    pw = lexicon_subjects.phrase_words()
    if (
        words[0].casefold() in pw.en_stop
        or any(w.casefold() in _MONTH_WORDS or w.casefold() in pw.en_not_heads for w in words)
        or _names_metric(name)
    ):
        return None  # "The quarter — ...", "Revenue — $5 billion", "Slide 5 – ...": no name
    return m.start("name"), m.end("name"), name


_EN_HEAD_ADVERB = re.compile(r"\s+(?:(?:also|again|once again|now|still|further|alone|already|then|itself|[a-z]+ly),?\s+){0,2}")
_EN_HEAD_OWNED_WORD = re.compile(r"\s+[A-Za-z][A-Za-z&'’/-]*")
_EN_HEAD_VERB_WORD = re.compile(r"\s*(?P<v>[a-z]+)(?![A-Za-z'’-])")
_EN_MODALS = frozenset(["will", "would", "should", "could", "can", "may", "might"])
_EN_COPULAS = frozenset(["was", "were", "is", "are"])
_EN_HEAD_VERBS = frozenset(
    [
        "ran", "run", "runs", "grew", "grows", "rose", "rises", "fell", "falls", "saw", "sees", "had", "has", "have",
        "was", "were", "is", "are", "hit", "hits", "made", "makes", "sold", "sells", "drove", "brought", "took", "won",
        "kept", "became", "came", "led", "did", "does", "got", "put", "set", "built", "began", "spent", "lost", "paid",
        "met", "beat", "beats", "remains", "continues", "represents", "accounts", "generates", "contributes",
        "delivers", "posts", "reports", "achieves", "produces", "earns", "will", "should", "would", "could", "can",
        "may", "might",
        # what a part is made of ("Our education portfolio comprises 74 properties ... and was 100% occupied")
        "comprises", "consists", "includes", "totals",
    ]
)
_EN_SPEECH_VERBS = frozenset(
    [
        "said", "noted", "mentioned", "discussed", "talked", "covered", "highlighted", "touched", "walked", "explained",
        "indicated", "stated", "described", "pointed", "announced", "asked", "joined", "thanked", "added", "answered",
        "commented", "outlined", "reviewed", "summarized", "introduced", "presented", "welcomed",
    ]
)
_EN_HEAD_FUNCTION = frozenset(
    [
        "the", "a", "an", "our", "its", "their", "this", "that", "these", "those", "we", "us", "you", "they", "he",
        "she", "it", "i", "my", "his", "her", "all", "each", "every", "both", "of", "in", "for", "to", "from", "with",
        "by", "on", "at", "as", "into", "per", "than", "via", "or", "but", "while", "which", "who", "whose", "was",
        "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "can",
        "may", "also", "still", "there", "here", "then", "so", "if", "once", "how", "what", "why", "when", "where",
        "today", "now",
    ]
)


def _head_verb(text: str, pos: int) -> int | None:
    """Offset of the finite verb a clause's subject is followed by at ``pos`` (past an adverb or two),
    None when the next word is no such verb, or a speaker's ("Jim will review", "Dana noted")."""
    adv = _EN_HEAD_ADVERB.match(text, pos)
    at = adv.end() if adv is not None else pos
    v = _EN_HEAD_VERB_WORD.match(text, at)
    if v is None:
        return None
    word = v.group("v")
    if word in _EN_SPEECH_VERBS:
        return None
    if word in _EN_MODALS:
        adv = _EN_HEAD_ADVERB.match(text, v.end())
        then = _EN_HEAD_VERB_WORD.match(text, adv.end() if adv is not None else v.end())
        if then is not None and then.group("v") in lexicon_subjects.phrase_words().en_talk_verbs:
            return None
    if word in _EN_HEAD_VERBS or (word.endswith("ed") and len(word) > 4 and not word.endswith("eed")):
        return v.start("v")
    return None


_EN_VERB_OBJECT_START = re.compile(r"\s+(?:the|a|an|its|our|their|all|both|every|by|to|at|in|on|over|with|[$\d])", re.I)
"""Right after a past-tense verb: an object or a complement opens ("outpaced the sector", "grew by 5%", "rose to
$2 million"), where a participle before a noun would be followed by that noun ("adjusted operating margin")."""


def _possessive_name_verb(text: str, pos: int) -> int | None:
    """Offset of a past-tense verb right after a name's "'s" at ``pos`` ("Chili's outpaced the sector"): the "'s" is
    part of the name (a brand's, a restaurant chain's), for a possessive is followed by what it owns."""
    v = _EN_HEAD_VERB_WORD.match(text, pos)
    if v is None or v.group("v") in _EN_SPEECH_VERBS:
        return None
    word = v.group("v")
    if not (word.endswith("ed") and len(word) > 4 and not word.endswith("eed")):
        return None
    return v.start("v") if _EN_VERB_OBJECT_START.match(text, v.end()) else None


def en_clause_heads(text: str, starts: list[int]) -> list[tuple[int, int, str, int]]:
    """(start, end, name, verb) of proper names that open a sentence of ``text`` (at ``starts``) as the
    subject of its verb at ``verb``: a property, site, product or business named by capitalised words,
    after "our"/"the" or not, with a lowercase head noun ("Lakeside mall") or a possessive before the
    metric ("Lakeside mall's sales rose"), a place or relative clause between name and verb ("Harbor
    Point Resort in Key West ran at 53% occupancy", "The Aldermoor Grand, which we acquired last year,
    generated $5.5 million"), a lead-in before it ("That said, Brambleton was again a strong contributor,
    accelerating to 20%"). A word that only opens the sentence is capitalised anyway: a name there
    without a lead-in or "our"/"the" needs two capitalised words, capitals inside a word or a possessive."""

    pw = lexicon_subjects.phrase_words()
    stop = pw.en_stop
    out = []
    for s0 in starts:
        m = _EN_HEAD.match(text, s0)
        if m is None:
            continue
        words = m.group("np").split()
        head = m.group("head")
        head_end = m.end("head")
        if head is not None and " " in head:
            # "our New York urban portfolio produced": a modifier, then the noun a named site ends in
            first, last = head.split()
            if last not in pw.en_site_heads or first in stop or m.group("own"):
                head, head_end = first, m.start("head") + len(first)  # "The Aldermoor hotel generated"
        if head is not None and head.split()[-1] not in pw.en_site_heads and not (m.group("own") and head not in stop):
            head = None  # "Paper volume", "Board recently": no noun a named site ends in (but "Paper packaging's")
        joined = [w for w in words if w.casefold() not in ("&", "and", "of", "the", "de", "at")]
        if (
            (words[0].casefold() in stop and not (words[0].casefold() in pw.en_name_words and len(joined) > 1))
            or any(
                w.casefold() in _EN_HEAD_FUNCTION
                or w.casefold() in _MONTH_WORDS
                or w.casefold() in pw.en_not_heads
                or w.endswith(("-related", "-driven", "-based"))
                for w in joined
            )
            or words[-1].casefold() in ("&", "and", "of", "the", "de", "at")
        ):
            continue  # "This quarter", "In January", "Total revenue", "Board of Directors": no name
        name_end = m.end("np")
        if m.group("own"):
            # "Our Lakeside mall's sales rose 4%": the owner of the metric that the clause's verb governs
            verb, at = None, m.end()
            for _ in range(5):  # the words of what it owns, then the verb
                owned = _EN_HEAD_OWNED_WORD.match(text, at)
                if owned is None:
                    break
                at = owned.end()
                verb = _head_verb(text, at)
                if verb is not None:
                    break
            if head is not None:
                name_end = head_end
            elif verb is None:
                # "Chili's outpaced the sector": a name written with "'s" (a restaurant chain's), its own verb next
                verb = _possessive_name_verb(text, m.end())
                name_end = m.end()
        else:
            verb = None
            if head is not None and m.group("lead"):
                # ("SD&A expense was 20% of sales": without "our"/"the" a lowercase word names the metric)
                if head not in _EN_HEAD_VERBS and not head.endswith("ed") and head not in stop:
                    verb = _head_verb(text, head_end)  # "The Aldermoor hotel generated ..."
                    name_end = head_end if verb is not None else name_end
                if verb is None:
                    verb = _head_verb(text, m.end("np"))
            else:
                verb = _head_verb(text, m.end("np"))
            if verb is None:
                mod = _EN_HEAD_MODIFIER.match(text, m.end("np"))
                if mod is not None:
                    verb = _head_verb(text, mod.end())
        if verb is None:
            continue
        bare = m.group("lead") is None and len(joined) < 2 and not m.group("own") and joined[0].rstrip("s").isupper()
        if bare and _EN_HEAD_VERB_WORD.match(text, verb).group("v") in _EN_COPULAS:  # type: ignore[union-attr]
            continue  # "OUP was $41 million", "DSO was 35 days": a bare acronym before "was" is a measure
        if m.group("lead") is None and m.group("intro") is None and len(joined) < 2 and not m.group("own") and not any(
            c.isupper() for w in joined for c in w[1:]
        ) and not _EN_APPOSITION.match(text, m.end("np")):
            continue  # "Demand continued to strengthen": a capital that only opens the sentence
        name = text[m.start("np") : name_end]
        if _names_metric(name):
            continue  # "Adjusted EBITDA was ...", "Same Property NOI increased": the metric, no name
        out.append((m.start("np"), name_end, " ".join(name.split()), verb))
    return out


_EN_LOWER_UNIT = re.compile(
    r"[ \t\"“(]*(?:(?:And|But|So|Also|Notably|Meanwhile|Similarly|Finally|Lastly|Overall|Elsewhere)\s*,?\s+"
    r"|(?:In|At|On|For|During)(?:\s+[a-z]+){1,5},\s+)?"
    r"(?:[Oo]ur|[Tt]he|[Ii]ts)\s+(?P<np>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){1,3})(?![A-Za-z'’-])"
)


def en_lower_units(text: str, starts: list[int]) -> list[tuple[int, int, str, int]]:
    """(start, end, name, verb) of parts of the business named by lowercase words that open a sentence as the
    subject of its verb ("In total, our resort portfolio generated over $11 million of EBITDA", "The timber
    segments delivered ..."): a noun of ``en_unit_heads`` after words that say which part, not how much of the
    whole ("our total portfolio", "the entire business") nor the level of the company's own properties ("our
    hotel portfolio")."""
    pw = lexicon_subjects.phrase_words()
    out = []
    for s0 in starts:
        m = _EN_LOWER_UNIT.match(text, s0)
        if m is None:
            continue
        np = m.group("np").split()
        at = next((i for i, w in enumerate(np) if i and w in pw.en_unit_heads), None)
        if at is None:
            continue
        words, head = np[:at], np[at]
        end = m.start("np") + len(" ".join(np[: at + 1]))
        if len(words) > 1 and words[0] in pw.en_chosen_words:
            words = words[1:]  # "our key dermatology portfolio": which group follows the word that singles it out
        if any(
            w in pw.en_stop
            or w in _EN_HEAD_FUNCTION
            or w in pw.en_basis
            or w.startswith(("same", "comparable", "total", "overall", "consolidated", "core", "entire", "whole"))
            for w in words
        ):
            continue
        generic = [w for w in words if w in pw.en_not_units or w in pw.en_level_words]
        if generic and (len(words) < 2 or not head.startswith(("segment", "division"))):
            continue  # "our operating business", "our hotel portfolio"; but "our operating asset segment" is one
        verb = _head_verb(text, end)
        if verb is None:
            continue
        out.append((m.start("np"), end, " ".join(np[: at + 1]), verb))
    return out


_EN_RELATIVE = re.compile(r",?\s+(?:which|where)\s")
"""A relative clause after a name, set off by a comma or not ("Simparica Trio which generated revenue of ...")."""
_EN_NAME_BEFORE = re.compile(
    r"(?<![A-Za-z0-9'’&-])(?P<np>" + _EN_NAME_WORD + r"(?:\s+(?:(?:&|and|of|of\s+the|de|at)\s+)?(?:" + _EN_NAME_WORD
    + r"|\d{1,4}))*)$"
)


_EN_HEAD_NOUN_BEFORE = re.compile(r"(?<=[A-Za-z0-9])\s+(?P<w>[a-z]+)$")
"""The lowercase noun a name ends in before a relative clause ("Arrow ErgoPack kit, which ...")."""


_EN_OUR_LOWER_BEFORE = re.compile(r"(?<![A-Za-z])(?:our|its)\s+(?P<np>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)$")


def _which_part(words: list[str], pw: lexicon_subjects.PhraseWords) -> bool:
    """Whether lowercase words before a unit's noun say which part of the business it is ("multifamily"), not how
    much or what kind ("total", "newest", "hotel", "base")."""
    return all(
        w not in pw.en_stop and w not in _EN_HEAD_FUNCTION and w not in pw.en_not_units and w not in pw.en_level_words
        and w not in pw.en_basis and not w.endswith(("est", "ed"))
        and not (w.endswith("ing") and w not in pw.en_ing)
        for w in words
    )


def en_relative_heads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of proper names inside a sentence that a relative clause with a verb of its own
    follows ("... attributable to Brambleton, which saw a 57% decline in new home sales", "our newest hotel, the
    Marlowe Vista, which ran at 87% occupancy"): the name is the subject of that clause's figures."""

    pw = lexicon_subjects.phrase_words()
    out = []
    for r in _EN_RELATIVE.finditer(text):
        before = _EN_NAME_BEFORE.search(text, max(0, r.start() - 60), r.start())
        head = _EN_HEAD_NOUN_BEFORE.search(text, max(0, r.start() - 20), r.start()) if before is None else None
        if head is not None and head.group("w") in pw.en_site_heads:
            # "our recently launched Arrow ErgoPack kit, which contributed over $5 million": the name before its noun
            before = _EN_NAME_BEFORE.search(text, max(0, head.start() - 60), head.start())
            lower = _EN_OUR_LOWER_BEFORE.search(text, max(0, head.start() - 40), head.start())
            if before is None and lower is not None and _which_part(lower.group("np").split(), pw):
                # "our multifamily asset, which produced quarterly NOI of $12 million": the part the words name
                verb = _head_verb(text, r.end() - 1)
                if verb is not None and not _names_metric(lower.group("np")):
                    out.append((lower.start("np"), lower.end("np"), lower.group("np")))
                continue
        if before is None:
            continue
        a = before.start("np")
        prev = text[:a].rstrip()
        if not prev or prev[-1] in ".!?;:":
            continue  # a capital that opens the sentence (``en_clause_heads`` reads those)
        words = before.group("np").split()
        joined = [w for w in words if w.casefold() not in ("&", "and", "of", "the", "de", "at")]
        if not joined or any(
            w.casefold() in pw.en_stop
            or w.casefold() in _EN_HEAD_FUNCTION
            or w.casefold() in _MONTH_WORDS
            or w.casefold() in pw.en_not_heads
            for w in joined
        ):
            continue
        if len(joined) == 1 and joined[0].rstrip("s").isupper() and len(joined[0]) <= 4:
            continue  # "... of FFO, which ...": an acronym of a measure
        verb = _head_verb(text, r.end() - 1)
        if verb is None:
            continue
        name = before.group("np")
        if _names_metric(name):
            continue
        out.append((a, before.end("np"), " ".join(name.split())))
    return out


_EN_UNITS_COLON = re.compile(
    r"(?<![A-Za-z])(?:segments|businesses|divisions|reporting units|operating units)\s*:\s*", re.IGNORECASE
)
_EN_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_EN_LISTED_UNIT = re.compile(
    r"\s*(?:and\s+)?(?:(?:the|our|its)\s+)?(?P<np>[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,4}?)"
    r"(?:\s+(?:segment|business|division))?,\s+(?:which|that|where)\s"
)


def en_listed_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of the units a text lists after "segments:", each with a relative clause of its own
    figures ("results through four segments: credit-sensitive strategies, which contributed $3.7 million in pretax
    loss; correspondent production, which contributed $6.1 million; and the corporate segment, which had a pretax
    loss of $15.5 million"): each item's name is the subject of its clause."""
    if ":" not in text:
        return []
    stop = lexicon_subjects.phrase_words().en_stop
    out = []
    for c in _EN_UNITS_COLON.finditer(text):
        stop_at = _EN_SENTENCE_END.search(text, c.end())
        end = len(text) if stop_at is None else stop_at.start()
        at = c.end()
        while at < end:
            item_end = text.find(";", at, end)
            item_end = end if item_end < 0 else item_end
            m = _EN_LISTED_UNIT.match(text, at, item_end)
            if m is None:
                break  # a list of another shape: no item is read
            words = m.group("np").split()
            np = m.group("np")
            if any(w.casefold() in stop for w in words) or any(x[0] == 0 and x[1] == len(np) for x in _metric_words(np)):
                break  # ("revenue, which ...": a metric, no unit)
            out.append((m.start("np"), m.end("np"), " ".join(words)))
            at = item_end + 1
    return out


def _metric_words(name: str) -> Iterator[tuple[int, int, object]]:
    from finbrief.lexicon.metrics import metric_matcher

    return metric_matcher().finditer(name)

