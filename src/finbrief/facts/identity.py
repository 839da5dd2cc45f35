"""The document's identity, decided once: its company and ticker, fiscal calendar, period and date.

``identify(doc)`` returns a ``FactSheet`` without facts; the facts stage fills in the facts, and
every later stage and the library take the identity from the sheet as it is.

- company: a ticker stated with the company's name at the top ("NovaSky Technology Group (NVSK)",
  "星穹科技(NYSE:NVSK)") settles it: the lexicon company with that ticker or named just before it,
  else the ticker itself stands for the company; a company the lexicon knows is the document's
  when the document names it most, often enough (English calls name partners and peers: three
  times; Chinese two) and in its title or opening paragraphs (a partner named throughout a call
  of a company the lexicon does not know is not that company); an English call may name its
  company only as a name it keeps using in the possessive ("Aaron's"). A ticker in a dataset-style
  file name (``NVSK_q3_2025.txt``) stands for the company when the text names none the lexicon
  knows by that ticker. A transcript's roster gives the firm's full name when the text uses a short
  one ("Sun" for "Sun Communities"). An English story that states several tickers is about the firm it
  keeps naming; one that states none and names no known company is about the firm a head paragraph opens
  on as the one reporting ("MINNEAPOLIS Delta Air Lines is reporting ..."), when the story names it again.
  The company's canonical name (lexicon name, else ticker, else
  the roster's or the text's name) is also the subject of company-wide facts.
- names: the name stated with the ticker, the lexicon's names; for a company the lexicon does not know,
  the short names the text keeps using for it: the ticker, the name without generic last words
  ("InvenTrust" for InvenTrust Properties), its first word when no other name starts with it, and an
  acronym of its name ("PMT"); none for a round-up of several firms, which has no company.
- date: ``meta['date']`` when ingest found one, else the first full date of the title and the
  opening paragraphs that does not end the reported period ("截至2025年9月30日", "the quarter
  ended September 30, 2025").
- period and fiscal calendar: ``finbrief.facts.periods.context`` (a stated quarter end settles
  both).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, OrderedDict
from collections.abc import Iterator, Sequence
from functools import cache, lru_cache
from pathlib import PurePath

from finbrief.facts import periods
from finbrief.facts.periods import PeriodContext
from finbrief.facts.phrases import en_item_head
from finbrief.facts.text import document_views
from finbrief.lexicon import companies as lexicon_companies
from finbrief.lexicon import currencies as lexicon_currencies
from finbrief.lexicon import metrics as lexicon_metrics
from finbrief.lexicon import subjects as lexicon_subjects
from finbrief.lexicon.trie import matches_in
from finbrief.model import Document, FactSheet
from finbrief.text.regex import anchored, lowered
from finbrief.text.script import to_simplified

__all__ = ["company_names", "document_company", "document_context", "find_date", "identify", "stated_ticker"]

_NAME_POSSESSIVE = re.compile(r"([A-Z](?<!\w[A-Z])[A-Za-z.-]+(?:\s+(?:&\s+)?[A-Z][A-Za-z&.-]+){0,2})['’]s\b")
"""Up to three capitalised words before ['’]s ("Best Buy's"); the word boundary before the first is a
lookbehind after its capital, so that the engine skips ahead to capitals."""


@cache
def _en_stop() -> frozenset[str]:
    """Words that open a capitalised phrase without being part of a name ("By segment")."""
    return lexicon_subjects.segment_name_stopwords()


@cache
def _name_stop() -> frozenset[str]:
    """Capitalised names used in the possessive that are not the company (places, regulators)."""
    return lexicon_companies.not_company_names()


# Cues around one occurrence of a name (``before`` ends where the name starts, ``after`` starts
# where it ends).
_PERSON_BEFORE = re.compile(
    r"(?:(?:thanks|thank you),?\s+|(?:^|[.?!]\s+)|(?:over to|turn (?:it|the call)? ?over to|hand (?:it )?(?:back )?"
    r"(?:over )?to|as|wishing|wish|congratulate|congratulating|welcome|welcoming|thank|thanking)\s+)$",
    re.IGNORECASE,
)
_PERSON_AFTER = re.compile(
    r"(?:\s+(?:and I\b|will (?:now )?(?:discuss|review|walk you|walk us|take you|take us|cover|talk|go over)|"
    r"(?:just |also )?(?:mentioned|said|noted|discussed|talked|covered|described|outlined|highlighted|indicated|"
    r"alluded)\b)|(?:['’]s)?\s[^.?!]{0,50}\b(?:he|his|him|she|her|hers)\b)",
    re.IGNORECASE,
)
_VOCATIVE_AFTER = re.compile(r",\s")
_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout|within|to|into)\s+(?:the\s+)?$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_UNIT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:segment|division|brand|brands|business|unit|platform|product|products|franchise|"
    r"restaurants?|stores?|hotels?|properties|portfolio|acquisition|deal|transaction|customers?)\b",
    re.IGNORECASE,
)
_COMPANY_BEFORE = re.compile(
    r"(?:welcome to|here at|everyone at|all of us at|joining|on behalf of)\s+(?:the\s+)?$", re.IGNORECASE
)
_COMPANY_AFTER = re.compile(
    r"(?:(?:['’]s)?\s+(?:team|teams|employees|associates|people|colleagues|shareholders|stockholders|board|"
    r"management|results|performance|history|financial|earnings|strategy|first|second|third|fourth|fiscal|Q[1-4])\b"
    r"|\s+(?-i:Inc|Corp|Corporation|Company|Co|Group|Holdings|Ltd|plc|Bancorp|Incorporated)\b)",
    re.IGNORECASE,
)


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _occurrences(name: str, text: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` occurs in ``text`` as a whole word (no ASCII letter or digit either side), left
    to right without overlaps (as a regex scan would find them, without compiling one per name)."""
    pos = 0
    while (start := text.find(name, pos)) >= 0:
        end = start + len(name)
        if (start == 0 or not _alnum(text[start - 1])) and (end == len(text) or not _alnum(text[end])):
            yield start, end
            pos = end
        else:
            pos = start + 1


_PERSON_BEFORE_LOW = lowered(_PERSON_BEFORE)
_COMPANY_BEFORE_LOW = lowered(_COMPANY_BEFORE)
"""The two for a lowercased ASCII text (the same matches, found in less than half the time)."""


def _name_evidence(
    name: str, joined: str, folded: str | None = None
) -> tuple[int, int, int, int, int, int] | None:
    """(occurrences, person, place, "the", unit, company) cue counts of a name in a text (``folded``: the
    text lowercased, when it is ASCII)."""
    total = person = place = the = unit = company = 0
    person_before, company_before = _PERSON_BEFORE, _COMPANY_BEFORE
    if folded is not None and _PERSON_BEFORE_LOW is not None and _COMPANY_BEFORE_LOW is not None:
        person_before, company_before = _PERSON_BEFORE_LOW, _COMPANY_BEFORE_LOW
    else:
        folded = None
    for start, end in _occurrences(name, joined):
        total += 1
        before, after = joined[max(0, start - 40) : start], joined[end : end + 70]
        cased = before if folded is None else folded[max(0, start - 40) : start]
        sentence_start = not before.strip() or before.rstrip()[-1:] in ".?!"
        if (person_before.search(cased) and not sentence_start) or _PERSON_AFTER.match(after):
            person += 1
        elif sentence_start and _VOCATIVE_AFTER.match(after):
            person += 1  # "Dana, could you ..."
        place += bool(_PLACE_BEFORE.search(before))
        the += bool(_THE_BEFORE.search(before))
        unit += bool(_UNIT_AFTER.match(after))
        company += bool(company_before.search(cased)) + bool(_COMPANY_AFTER.match(after))
    return (total, person, place, the, unit, company) if total else None


def _english_names(texts: Sequence[str]) -> Counter[str]:
    """Names an English text uses in the possessive ("Aaron's", "Best Buy's") and that read as its
    company, counted wherever they occur.

    A name used as a person's ("Thanks, Dana", "as Dana mentioned"), mostly as a place ("in
    Ohio"), a body ("the Board's") or a brand or segment ("the Skyline segment") is not the
    company; a name used as a company ("welcome to NovaSky's", "the NovaSky team") counts more.
    """
    names: set[str] = set()
    for text in texts[:80]:
        if "'s" not in text and "’s" not in text:
            continue  # no possessive
        for m in _NAME_POSSESSIVE.finditer(text):
            words = m.group(1).split()
            while words and words[0] in _en_stop():
                words = words[1:]
            name = " ".join(words)
            if words and name not in _name_stop() and words[0] not in _name_stop() and len(words[0]) > 1:
                names.add(name)
    joined = "\n".join(texts)
    folded = joined.lower() if names and joined.isascii() else None
    out: Counter[str] = Counter()
    for name in sorted(names):
        found = _name_evidence(name, joined, folded)
        if found is None:
            continue
        total, person, place, the, unit, company = found
        if total < 3 or person:
            continue
        if not company and (2 * place >= total or 2 * the >= total):
            continue
        if unit > company and 2 * unit >= total:
            continue
        out[name] = total + 2 * company
    return out


# --- tickers -------------------------------------------------------------------------------

HEAD_PARAGRAPHS = 5
"""The title and this many opening paragraphs are where a document introduces its company."""
_EXCHANGES = (
    r"NYSE American|NYSE MKT|NYSE Arca|NASDAQ\s?G[SM]|Nasdaq\s?G[SM]|NASDAQ\s?CM|Nasdaq\s?CM|OTCPK|OTCQX|OTCQB|OTC|"
    r"TSX-?V|TSX Venture|AMEX|"
    r"NYSE|NASDAQ|Nasdaq|HKEX|HKSE|SEHK|HK|US|SSE|SZSE|SH|SZ|LSE|TSX|ASX|TWSE|TPEx|TSE|KRX|KOSDAQ|SGX|NSE|BSE"
)

_EXCHANGE_RE = re.compile(rf"(?<![A-Za-z])(?:{_EXCHANGES})\s*[:：]\s*([A-Z]{{1,5}}|\d{{4,6}})\b")
_SUFFIX_RE = re.compile(r"\b([A-Z]{1,5})\.US\b|\b(\d{4,6})\.(?:HK|TW|TWO|SS|SZ|SH|T|KS)\b")
# "(NVSK)" right after a capitalised name: "NovaSky Technology Group (NVSK)".
_PAREN_RE = re.compile(r"(?<=[A-Za-z.'’])\s?[(（]([A-Z]{2,5})[)）]")
# "長和（0001）", "蔚來(9866)": a listing code in brackets right after a Chinese name (not a year).
_ZH_PAREN_RE = re.compile(
    r"(?<=[\u4e00-\u9fff])\s?[(（]\s?(?!(?:19|20)\d\d[)）])(\d{4,6})\s?[)）]"
    # a Hong Kong code, written with its leading zero, after a company's Latin name ("MOS HOUSE(01653)")
    r"|(?<=[A-Za-z])\s?[(（]\s?(0\d{4})\s?[)）]"
)
_NOT_TICKERS = frozenset(
    [
        "AI",
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "EPS",
        "GAAP",
        "GMV",
        "IR",
        "IPO",
        "ROE",
        "ROI",
        "USD",
        "RMB",
        "HKD",
        "CNY",
        "YOY",
        "QOQ",
        "ARR",
        "API",
        "AIDC",
        "TTG",
        "CMR",
        "US",
        "HK",
        "ESG",
        "Q",
        "FY",
        "FFO",
        "AFFO",
        "NOI",
        "EBITDA",
        "EBIT",
        "EBITA",
        "NIM",
        "CET",
        "RPO",
        "NRR",
        "SaaS",
        "TAM",
        "KPI",
        # news agencies in a dateline ("NEW YORK (AP) -")
        "AP",
        "AFP",
        "UPI",
        "PA",
    ]
)
"""Capitals in brackets that are not tickers."""
_FILE_RE = re.compile(r"^([A-Z][A-Z.]{0,5})_[qQ][1-4]_(?:19|20)\d\d$")
"""A dataset-style file name: ``NVSK_q3_2025``."""
_BEFORE_PAREN = re.compile(r"([A-Za-z][\w&.'’\- ]{1,60}|[\u4e00-\u9fff]{2,12})\s*$")


_WORDS_BEFORE = re.compile(r"[A-Za-z][\w'’-]*")


def _spelled_out(text: str, start: int, letters: str) -> bool:
    """True when a bracketed acronym abbreviates the lower-case words just before it ("return on
    sales (ROS)"), or a metric's name opening a sentence ("Return on tangible common equity (ROTCE)"):
    an abbreviation of a term, not a company's ticker."""
    words = _WORDS_BEFORE.findall(text[max(0, start - 80) : start])[-len(letters) :]
    return (
        len(words) == len(letters)
        and (words[0][0].islower() or " ".join(words).lower() in _metric_names_lower())
        and "".join(w[0] for w in words).upper() == letters.upper()
    )


@cache
def _metric_names_lower() -> frozenset[str]:
    """Every English metric name and alias, lower-cased: words a capitalised acronym may spell out."""
    from finbrief.lexicon import metrics

    return frozenset(a.lower() for m in metrics.metrics() for a in (m.name, *m.aliases) if a.isascii())


_TICKER_SHAPES = ((_EXCHANGE_RE, ":："), (_SUFFIX_RE, "."), (_PAREN_RE, "(（"), (_ZH_PAREN_RE, "(（"))
"""The ticker patterns (the first two also outside ``loose``), each with the marks one of which its
matches hold: a text without them is not searched."""


def _tickers_in(text: str, loose: bool) -> list[tuple[int, str]]:
    """Tickers a text states, with where they start: ``NYSE: NVSK``, ``BABA.US``, ``09988.HK``; also
    ``(NVSK)`` after a name when ``loose``."""
    found: list[tuple[int, str]] = []
    for rx, marks in _TICKER_SHAPES if loose else _TICKER_SHAPES[:2]:
        if not any(mark in text for mark in marks):
            continue  # every match holds one of them
        for m in rx.finditer(text):
            ticker = next(g for g in m.groups() if g)
            if ticker in _NOT_TICKERS or (rx is _PAREN_RE and _spelled_out(text, m.start(), ticker)):
                continue
            found.append((m.start(), ticker))
    return sorted(found)


_SUBSIDIARY_REPORT = re.compile(
    r"[)）]\s?(?:今日|昨日|今天|晚间|日前)?(?:发布|公布|公告|宣布|披露|發佈|發布|公佈|宣佈)(?:其|旗下)?"
    r"(?:控股|非全资|非全資)?(?:子公司|附属公司|附屬公司|上市子公司)(?P<name>[\u4e00-\u9fff]{2,10})\s?$"
)
"""A listed parent announcing a listed subsidiary's results ("中航科工(02357)发布子公司洪都航空(600316)第三季业绩"):
the story is the subsidiary's."""


def _subsidiary_reported(
    text: str, start: int, later: Sequence[tuple[int, str]]
) -> tuple[str, str] | None:
    """(ticker, name) of the subsidiary whose results the parent at ``start`` announces, if it does."""
    if not later:
        return None
    nxt, ticker = later[0]
    close = min((i for i in (text.find(")", start), text.find("）", start)) if i >= 0), default=-1)
    if close < 0 or nxt - close > 24:
        return None
    found = _SUBSIDIARY_REPORT.match(text, close, nxt)
    return (ticker, found.group("name")) if found is not None else None


def stated_ticker(doc: Document) -> tuple[str | None, str | None]:
    """The ticker the document gives for itself at the top, and the name written just before it.

    The first ticker of the title or the opening paragraphs counts ("NovaSky Technology Group (NVSK)");
    a bracket of capitals that is not a ticker ("(GAAP)") does not.
    """
    stated: list[tuple[str, str | None]] = []
    for text in (doc.title or "", *(p.text for p in doc.paragraphs[:HEAD_PARAGRAPHS])):
        found = _tickers_in(text, loose=True)
        if len({t for _s, t in found}) >= 3 and text is not doc.title and not stated:
            return None, None  # "台新新光金（2887）、國泰金（2882）、華南金（2880）等": a story of many listed firms
        if found and not stated:
            sub = _subsidiary_reported(text, found[0][0], found[1:])
            if sub is not None:
                return sub
        coded = _zh_code_named(text) if doc.language != "en" and not stated else None
        if coded is not None:
            stated.append((coded[0], _zh_proper_name(coded[1], doc)))
        for start, ticker in found:
            cut = text.rfind("(", 0, start + 1)
            cut = max(cut, text.rfind("（", 0, start + 1))
            before = _BEFORE_PAREN.search(text[: cut if cut >= 0 else start])
            if all(t != ticker for t, _n in stated):
                name = before.group(1).strip() if before else None
                han = _HAN_TAIL.search(name) if name and doc.language != "en" else None
                if han is not None:  # ("IC設計龍頭聯發科（2454）": the Latin letters open a descriptor)
                    name = None if _NOT_A_NAME.search(han.group()) else _zh_proper_name(han.group(), doc)
                stated.append((ticker, name))
        if stated and doc.language != "en":
            break
    if not stated and doc.language != "en":
        coded = _hk_head_code(doc)
        if coded is not None:
            return coded
    if len(stated) > 1 and doc.language == "en":
        # "propelled Ford (NYSE:F) ... General Motors (NYSE:GM) made less money": the firm the story keeps naming
        body = "\n".join(p.text for p in doc.paragraphs)
        return max(stated, key=lambda tn: _mentions(body, *tn))
    return stated[0] if stated else (None, None)


def _listing_code(ticker: str | None) -> bool:
    """A numeric code of a Chinese, Hong Kong or Taiwan listing ("603288.SH", "01899"), which no reader calls the firm
    by; a Latin ticker ("NYSE:NVSK") is a name the firm goes by in every language."""
    return ticker is not None and ticker.split(".")[0].isdigit()


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,12}")
_HAN_TAIL = re.compile(r"[\u4e00-\u9fff]{2,12}$")


_ZH_LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司$|股份公司$|(?:股份)?有限(?:責任)?公司$")
"""A legal form ending a Chinese firm's full name ("泸州老窖股份有限公司"): not the name a reader uses."""
_NOT_A_NAME = re.compile(r"报告|報告|公告|摘要|年度|季度|[年月日]$")
"""Words of a filing's title, not of a firm's name ("2019 年第三季度报告 (股票代码:601319)")."""


_ZH_PLANT_DESCRIPTOR = re.compile(r"^[\u4e00-\u9fff]{2,8}?[廠厂](?=[\u4e00-\u9fff]{2,}$)")
"""A kind of maker written before a firm's name ("散熱模組廠晟捷科技", "晶圓代工廠聯電"): never part of the name."""


def _zh_proper_name(run: str, doc: Document) -> str:
    """The firm's name at the end of the Chinese words before its code ("IC設計龍頭聯發科（2454）" -> 聯發科): the
    longest ending the page writes again elsewhere, not a mere kind of firm ("银行"); the whole run when the
    page repeats none of them (a descriptor before a name is seldom repeated with it, the name is)."""
    run = _ZH_LEGAL_FORM.sub("", run) if len(_ZH_LEGAL_FORM.sub("", run)) >= 2 else run
    run = _ZH_PLANT_DESCRIPTOR.sub("", run)
    joined = "\n".join((doc.title or "", *(p.text for p in doc.paragraphs[:80])))
    words = lexicon_subjects.phrase_words()
    generic = {*words.zh_org_suffix, *words.zh_firm_kinds}
    for i in range(len(run) - 1):
        tail = run[i:]
        if tail in generic or to_simplified(tail) in generic:
            break
        if len(tail) == 2 and i < 3:
            continue  # ("立讯精密": a two-character ending is a name only after a descriptor, "晶圆代工厂联电")
        if joined.count(tail) >= 2:
            return tail
    return run


_ZH_CODE_NAMED = (
    # "云杉电气（股票代码：600999）", "云杉电气 证券代码:600999"
    re.compile(
        r"(?P<name>[\u4e00-\u9fff]{2,12})\s?[(（]?\s?(?:股票|证券|A股|H股)代码\s?[:：]\s?(?P<code>\d{6}|\d{4,5})(?!\d)"
    ),
    # a filing's head: "云杉电气股份有限公司 2025 年第三季度报告 (股票代码:600998)"
    re.compile(
        r"^\s*(?P<name>[\u4e00-\u9fff]{2,16}?)(?:股份)?有限公司\s?(?:19|20)\d\d\s?年[^()（）]{0,12}?报告\s?[(（]?\s?"
        r"(?:股票|证券|A股)代码\s?[:：]\s?(?P<code>\d{6})(?!\d)"
    ),
    # "600999 云杉电气：……", "600999.SH 云杉电气" at the head of a title or paragraph
    re.compile(
        r"^\s*(?!(?:19|20)\d\d\s*年)(?P<code>\d{6}|\d{4,5})(?:\.[A-Z]{2})?\s+(?P<name>[\u4e00-\u9fff]{2,8}?)"
        r"(?=\s|[:：,，(（]|$|20\d\d|(?:今日|昨日|晚间)?(?:公布|发布|披露|公告|实现))"
    ),
)
"""A Chinese page's code written with its company's name in a layout without brackets after the name."""


def _zh_code_named(text: str) -> tuple[str, str] | None:
    """(code, name) of a code a Chinese text's head writes with the company's name, if it does."""
    if "代码" not in text and not text.lstrip()[:1].isdigit():
        return None
    for rx in _ZH_CODE_NAMED:
        m = rx.search(text)
        if m is not None and not _NOT_A_FIRM.search(m.group("name")) and not _NOT_A_NAME.search(m.group("name")):
            name = m.group("name")
            return m.group("code"), name
    return None


_HK_CODE_LINE = re.compile(r"^\s*[(（]?\s*(?:股份代号|股份代號|股票代号|股票代號)\s*[:：]\s*(?P<code>\d{4,5})\s*[)）]?\s*$")
"""A Hong Kong filing's stock-code line, alone in the head ("（股份代號：02215）")."""
_HK_FULL_NAME = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff]{2,24}?)(?:股份)?有限公司\s*$")
"""A head line that is a firm's full Chinese name and nothing else ("恒豐生活服務集團有限公司")."""


def _hk_head_code(doc: Document) -> tuple[str, str] | None:
    """(code, name) of a Hong Kong filing whose head gives the firm's full name and, a few lines below, its stock
    code on a line of its own: the filing's own company, named as the page names it."""
    head = [to_simplified(p.text) for p in doc.paragraphs[: HEAD_PARAGRAPHS + 2]]
    for i, text in enumerate(head):
        m = _HK_CODE_LINE.match(text)
        if m is None:
            continue
        for above in reversed(head[:i]):
            named = _HK_FULL_NAME.match(above)
            if named is not None and not _NOT_A_NAME.search(named.group("name")):
                return m.group("code"), _zh_proper_name(doc.paragraphs[head.index(above)].text.strip(), doc)
        return None
    return None


_TRAILING_NAME = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*$")


def _mentions(text: str, ticker: str, name: str | None) -> int:
    """How often an English text names a firm stated with a ticker: its ticker and the capitalised name before it
    ("General Motors" of "... a decade — General Motors (NYSE:GM)")."""
    found = _TRAILING_NAME.search(name or "")
    words = [ticker, *([found.group()] if found else [])]
    return sum(len(re.findall(rf"(?<![\w&]){re.escape(w)}(?![\w&])", text)) for w in words)


_FILE_QUARTER_RE = re.compile(r"_[qQ]([1-4])_((?:19|20)\d\d)$")


@lru_cache(maxsize=16)
def _file_stem(source: str) -> str:
    """The file name of ``source`` without its extension, worked out once a document (its ticker and
    its quarter both read it)."""
    return PurePath(source).stem


def file_quarter(doc: Document) -> tuple[int, int] | None:
    """(fiscal year, fiscal quarter) of a dataset-style file name (``NVSK_q3_2025.txt``)."""
    if not doc.source:
        return None
    m = _FILE_QUARTER_RE.search(_file_stem(doc.source))
    return (int(m.group(2)), int(m.group(1))) if m else None


_ORDINAL_QUARTER = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER_REPORTED = re.compile(
    r"(?<![a-z])(?:for|in|during)\s+the\s+(?P<q>first|second|third|fourth)[\s-]quarter\s+of\s+(?:fiscal\s+(?:year\s+)?)?"
    r"(?P<y>(?:19|20)\d\d)(?![\d])"
)
"""A quarter named with its year as the period of a result ("deposits totaled $144 billion for the second quarter of
2021")."""
_BASE_BEFORE = re.compile(
    r"(?<![a-z])(?:compar\w*|versus|vs\.?|from|over|than|against|relative|since|ago|last|prior|previous|earlier|recall)"
    r"(?![a-z])"
)
"""Before that quarter in its sentence: a word that makes it a base or a past period ("compared to $9 million for the
second quarter of 2020")."""
_BASE_AFTER = re.compile(
    r"(?<![a-z])(?:year[\s-]ago|prior[\s-]year|last\s+year|a\s+year\s+ago|prior\s+quarter|previous\s+quarter|"
    r"linked\s+quarter|sequential\w*)(?![a-z])"
)
"""After that quarter in its sentence: the base it is compared with ("..., up 13% compared to the year-ago period"),
which makes the quarter the one reported."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|\n")


def _reported_quarter_years(texts: Sequence[str], quarter: int) -> Counter[int]:
    """Years of fiscal quarter ``quarter`` that the text reports in its own words: named with its year as a
    result's period and compared in the same sentence with an earlier one ("noninterest income was $750 million for
    the second quarter of 2021, compared to $692 million for the year-ago period")."""
    years: Counter[int] = Counter()
    for text in texts:
        if "quarter of" not in text:
            continue
        low = text.lower()
        ends: list[tuple[int, int]] | None = None  # sentence bounds, found only once a quarter of the right number is named
        for m in _QUARTER_REPORTED.finditer(low):
            if _ORDINAL_QUARTER[m.group("q")] != quarter or "\n" in m.group():
                continue
            if ends is None:
                ends = [(b.start(), b.end()) for b in _SENTENCE_END.finditer(text)]
            start = max((after for before, after in ends if after <= m.start()), default=0)
            stop = min((before for before, after in ends if before >= m.end()), default=len(text))
            if _BASE_BEFORE.search(low, start, m.start()):
                continue
            if _BASE_AFTER.search(low, m.end(), stop):
                years[int(m.group("y"))] += 1
    return years


def _named_quarter(doc: Document, texts: Sequence[str]) -> tuple[int, int] | None:
    """(fiscal year, fiscal quarter) of a dataset-style file name, with the year the text itself reports that
    quarter in when the two disagree: a file named ``NVSK_q2_2022`` whose call says twice or more "for the second
    quarter of 2021, compared to the year-ago period" and never so of 2022 reports the second quarter of 2021."""
    hint = file_quarter(doc)
    if hint is None:
        return None
    years = _reported_quarter_years(texts, hint[1])
    if years and hint[0] not in years:
        year, count = years.most_common(1)[0]
        if count >= 2 and len(years) == 1:
            return year, hint[1]
    return hint


def file_ticker(doc: Document) -> str | None:
    """The ticker of a dataset-style file name (``NVSK_q3_2025.txt``), if the document has one."""
    if not doc.source:
        return None
    m = _FILE_RE.match(_file_stem(doc.source))
    return m.group(1) if m else None


def _code_of_another_listing(doc: Document, ticker: str) -> bool:
    """Whether a Hong Kong filing's head code line names its own firm, above it, by a name that is none of the names
    of the known firm of that code on another market (a Taiwanese code written the same as a Hong Kong one)."""
    if not ticker.isdigit() or len(ticker) > 5:
        return False
    found = lexicon_companies.by_ticker().get(ticker.lstrip("0"))
    if found is None or found.currency == "HKD":
        return False
    head = _hk_head_code(doc)
    if head is None or head[0].lstrip("0") != ticker.lstrip("0"):
        return False
    name = to_simplified(head[1])
    return not any(a in name or name in a for a in found.aliases if not a.isascii())


def _known_by_ticker(ticker: str | None) -> str | None:
    found = lexicon_companies.by_ticker().get(ticker.lstrip("0")) if ticker else None
    return found.name if found else None


def _known_by_name(name: str | None) -> str | None:
    """The lexicon company a name ends with ("据报道,阿里巴巴" -> Alibaba Group), if any."""
    if not name:
        return None
    from finbrief.facts.text import analysis_text

    hits = list(lexicon_subjects.company_matcher().finditer(analysis_text(name)))
    return hits[-1][2] if hits and hits[-1][1] >= len(name.rstrip()) - 1 else None


# --- company -------------------------------------------------------------------------------


_LEGAL_SUFFIX = re.compile(
    r"(?:,?\s+(?:Inc|Incorporated|Corp|Corporation|Company|Co|Ltd|Limited|plc|PLC|LLC|L\.P|LP|N\.V|S\.A|AG|SE)\.?)+$"
)
"""A legal form after a firm's name ("Host Hotels & Resorts, Inc."): not part of the name a reader uses."""
_THE = re.compile(r"^[Tt]he\s+(?=[A-Z])")


def without_legal_form(name: str) -> str | None:
    """A firm's name written with its legal form, without it ("Kestrel Homes" of "Kestrel Homes Inc."): the
    same firm by the name a reader uses; None when no legal form closes the name."""
    bare = _LEGAL_SUFFIX.sub("", name.strip()).strip()
    return bare if bare and bare != name.strip() else None


def own_firm(doc: Document) -> str | None:
    """The firm the company's own speakers are listed with (a transcript's roster: "Jane Roe / NovaSky
    Holdings, Inc. - CFO"), without its legal form: the firm most of them name, if any."""
    firms = Counter(
        _THE.sub("", _LEGAL_SUFFIX.sub("", s.affiliation.strip()).strip())
        for s in doc.speakers
        if s.side == "company" and s.affiliation and s.affiliation.strip()
    )
    if not firms:
        return None
    firm, k = firms.most_common(1)[0]
    return firm if 2 * k > sum(firms.values()) and len(firm) > 1 else None


def _roster_names(doc: Document, company: str | None) -> tuple[str, ...]:
    """The company's names as the roster writes them, legal form included ("NovaSky Holdings, Inc.")."""
    if not company or not doc.speakers:
        return ()
    return tuple(
        dict.fromkeys(
            s.affiliation.strip()
            for s in doc.speakers
            if s.side == "company"
            and s.affiliation
            and _THE.sub("", _LEGAL_SUFFIX.sub("", s.affiliation.strip()).strip()) == company
        )
    )


def _same_firm(name: str, firm: str) -> bool:
    """A name the text uses stands for the roster's firm when the firm's name starts with it ("Camden"
    for "Camden Property Trust")."""
    n, f = name.casefold(), firm.casefold()
    return f == n or (f.startswith(n) and not f[len(n)].isalnum())


def document_company(
    doc: Document, texts: Sequence[str] | None = None, stated: tuple[str | None, str | None] | None = None
) -> tuple[str | None, str | None]:
    """(company, ticker) of the document (see the module docstring for the rules); ``stated`` is its
    ``stated_ticker`` when the caller has it already.

    A transcript whose roster lists the company's own speakers with their firm names its company
    there: a name found in the text that the firm's name does not start with (a bank an analyst
    works for, a city, a partner named often) gives way to the firm's name, unless the text states
    a ticker of a company the lexicon knows."""
    if texts is None:
        texts = document_views(doc)
    ticker, name_before = stated if stated is not None else stated_ticker(doc)
    if ticker is not None and _code_of_another_listing(doc, ticker):
        ticker = None  # "華騰環保控股有限公司（股份代號：2317）": a Hong Kong code that is another market's firm's
    if ticker is not None:
        named = _known_by_ticker(ticker) or _known_by_name(name_before)
        if named is not None:
            return named, ticker if _known_by_ticker(ticker) else _first_ticker(named) or ticker
    company, found_ticker = _text_company(doc, texts, ticker)
    if company is not None and company == ticker and name_before and _HAN_RUN.fullmatch(name_before) and _listing_code(ticker):
        company = name_before  # "海天味业(603288.SH)": a Chinese page's company is its name, never its code
    firm = own_firm(doc) if doc.speakers else None
    if firm is not None and (company is None or not _same_firm(company, firm)):
        return firm, ticker
    if firm is not None and company is not None and _known_by_name(company) is None:
        # the roster's full name, not the short one the speakers use ("Sun" for "Sun Communities",
        # "KKR" for "KKR Real Estate Finance Trust", which is another company)
        return firm, found_ticker
    return company, found_ticker


_ROUND_UP_ITEM = re.compile(r"(?<![A-Za-z])(?:shares|stock|reported|posted|earned)(?![A-Za-z])", re.IGNORECASE)
"""In an item of a round-up: the firm's shares moved or it reported results."""
_ROUND_UP_ITEMS = 3


def round_up(texts: Sequence[str]) -> bool:
    """Whether an English story is a round-up of firms: at least ``_ROUND_UP_ITEMS`` paragraphs, each headed by
    another firm's name ("McDonald's – Shares of the restaurant chain gained 3% ..."), whose shares moved or who
    reported. Such a story is about no one company."""
    heads = set()
    for text in texts:
        got = en_item_head(text) if ("—" in text or "–" in text or "|" in text or " - " in text) else None
        if got is not None and _ROUND_UP_ITEM.search(text, got[1]):
            heads.add(got[2].casefold())
    return len(heads) >= _ROUND_UP_ITEMS


_WIRE_LEAD_FIRM = re.compile(
    r"^[^()\n]{0,80}?\((?:Reuters|AP|AFP|Bloomberg|Dow Jones|RTTNews|MarketWatch)\)\s*[-–—]+\s*"
    r"(?P<n>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|plc)\.?)?"
    r"\s+(?:on\s+\w+\s+)?(?:reported|posted|beat|missed|topped|raised|cut|forecast|lowered)(?![A-Za-z])"
    r"[^.]{0,120}?(?<![A-Za-z])(?:profits?|revenues?|earnings|sales|results|income|loss|quarter|outlook|forecast)"
)
"""A news agency's lead opening on a firm and its reporting verb ("(Reuters) - NovaSky Holdings reported a
rise in profit"): the firm the story is about."""


def _wire_lead_firm(texts: Sequence[str]) -> str | None:
    """The firm a wire story's lead names as its subject, if its opening paragraphs have such a lead."""
    for text in texts[:HEAD_PARAGRAPHS]:
        found = _WIRE_LEAD_FIRM.match(text.strip())
        if found is not None and not _THE.match(found.group("n")):  # ("The Federal Reserve raised ...")
            return _LEGAL_SUFFIX.sub("", found.group("n")).strip() or None
    return None


_LEAD_FIRM = re.compile(
    r"^(?:[A-Z]{1,5}:\s*)?"  # a headline's ticker ("INTC: Intel tops ...")
    r"(?:[A-Z][A-Z.,' -]*?(?:\s?\([A-Za-z .]+\))?\s*[-–—]+\s*|[A-Z]{3,}(?:\s[A-Z]{3,})*,?\s+(?=[A-Z][a-z]))?"  # a dateline
    r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z.-]+\s+)?(?:firm|company|maker|giant|group|carrier|lender|bank|insurer|miner|"
    r"airline|chipmaker|drugmaker|automaker|carmaker|retailer|operator|utility|producer)\s+)?"  # "Utility firm Consolidated Edison"
    r"(?P<n>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3}?)"
    r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|Group)\.?)?(?:\s?\([^)]{1,30}\))?"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|also|is|has|on))*"
    r"\s+(?:said|says|reported|reports|reporting|posted|posts|announced|announces|earned|earns|beat|beats|missed|"
    r"misses|topped|tops|delivered|delivers|lifted|raised|cut|lowered|produced)(?![A-Za-z])"
)
"""A head paragraph that opens on a firm and its reporting verb, after an optional dateline or descriptor
("MINNEAPOLIS Delta Air Lines is reporting ...", "Unitil Corp. announced ...", "(Reuters) – Utility firm
Consolidated Edison on Thursday beat ...")."""
_NOT_LEAD = frozenset(
    [
        "The", "A", "An", "It", "This", "That", "These", "Those", "Shares", "Stock", "Analysts", "Revenue",
        "Revenues", "Sales", "Net", "Earnings", "Profit", "Excluding", "Despite", "However", "Earlier", "Looking",
        "Meanwhile", "Investors", "Wall", "Street", "Management", "He", "She", "They", "We", "Our", "President",
        "Chief", "CEO", "CFO", "Chairman", "Chairwoman", "Mr", "Mrs", "Ms", "Dr", "Governor", "Senator", "Minister",
    ]
)


def _lead_firm(texts: Sequence[str]) -> str | None:
    """The firm an English story's head paragraphs open on as the one reporting, when the story names it again."""
    joined = "\n".join(texts)
    for text in texts[: HEAD_PARAGRAPHS + 1]:
        found = _LEAD_FIRM.match(text.strip())
        if found is None:
            continue
        name = found.group("n").rstrip(".")
        if name.split()[0] in _NOT_LEAD or len(name) < 3:
            continue
        first = re.escape(name.split()[0])
        if len(re.findall(rf"(?<![\w&]){first}(?![\w&])", joined)) >= 2:
            return name
    return None


_TITLE_FIRM = re.compile(
    r"^\s*(?:Edited\s+Transcript\s+of\s+)?"
    r"(?P<n>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?(?!(?:Q[1-4]|FY|H[12])\b)[A-Z][\w&'’.-]*){0,4}?)"
    r"(?:,?\s+(?:Inc|Corp|Corporation|Co|Ltd|plc|Group|Holdings)\.?)?(?:\s*\((?:[A-Z]+:\s?)?[A-Z][A-Z.]{0,6}\))?"
    r"\s*[-–—:,]?\s*"
    r"(?P<when>(?:Q[1-4]|(?:First|Second|Third|Fourth)\s+Quarter|Full[\s-]Year|FY|Fiscal)\s*(?:(?:Fiscal\s+|FY\s?)?(?:20\d\d|'\d\d))?"
    r"|(?:Fiscal\s+)?20\d\d\s+(?:Q[1-4]|(?:First|Second|Third|Fourth)\s+Quarter|Full[\s-]Year))?\s*"
    r"(?P<kind>Earnings|(?:Financial\s+)?Results)?\s*(?:Conference\s+)?Call(?:\s+Transcript)?\s*$",
    re.IGNORECASE,
)
"""An English call's title: the firm, a period, then "Earnings Call" ("NovaSky Industrial Q3 2025 Earnings Call",
"Edited Transcript of NovaSky Inc (NVSK) Q3 2025 Earnings Conference Call")."""


def _title_firm(title: str) -> str | None:
    """The firm an English call's title names before its period and "earnings call", if the title says both."""
    found = _TITLE_FIRM.match(title) if title and "call" in title.casefold() else None
    if found is None or not (found.group("when") and found.group("kind")):
        return None
    name = found.group("n").strip()
    if not name[0].isupper() or name.split()[0] in _NOT_LEAD:
        return None
    return name


def _text_company(doc: Document, texts: Sequence[str], ticker: str | None) -> tuple[str | None, str | None]:
    """(company, ticker) from the names the text uses, the title, the ticker it states (not one of a
    company the lexicon knows) and the file name; none for a round-up of several firms."""
    if doc.language == "en" and ticker is None and round_up(texts):
        return None, None
    for text in texts[:HEAD_PARAGRAPHS]:
        short = _FILING_SHORT_NAME.search(text) if "简称" in text else None
        if short is not None:
            code = _FILING_CODE.search(text)
            # "证券代码：600999 证券简称：云杉电气": a filing's (or an investor-relations record's) own company
            return short.group("name"), code.group("code") if code else ticker
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    matcher = lexicon_subjects.company_matcher()
    title = doc.title or ""
    in_title = {name for _s, _e, name in matcher.finditer(title)} if title else set()
    lead = min(len(texts), HEAD_PARAGRAPHS)
    # a company counts only where the head or the title names it: the rest of the text is read
    # (for how often it names each) only when they name one
    if in_title or next(matches_in(matcher, texts[:lead]), None) is not None:
        for n, _s, _e, name in matches_in(matcher, texts[:80]):
            counts[name] += 1
            first.setdefault(name, n)
    # an English call names partners and peers too ("Apple-authorized repair"): ask for more
    needed = 3 if doc.language == "en" else 2
    known = Counter(
        {name: k for name, k in counts.items() if k >= needed and (first[name] < lead or name in in_title)}
    )
    if ticker is not None:
        # a ticker of its own beats a company the text mentions, unless the title names that company and not the
        # ticker ("芯创微(688379)：三季度业绩超预期 台积电指引强劲" is 芯创微's note)
        best = max(known, key=lambda c: (known[c], -first[c]), default=None)
        if best is not None and best in in_title and ticker not in title:
            return best, _first_ticker(best)
        return ticker, ticker
    from_file = file_ticker(doc)
    if from_file is not None:
        by_file = _known_by_ticker(from_file)
        if by_file is not None:
            return by_file, from_file
        # the file names the company: a known company the text names is another one, unless the
        # lexicon gives it no ticker to tell
        known = Counter({c: k for c, k in known.items() if not _first_ticker(c)})
        if not known:
            return from_file, from_file  # (a name the text uses would only be weighed against a known company)
    candidates = Counter(known)
    if doc.language == "en" or not candidates:
        for name, k in _english_names(texts).items():
            if any(e - s == len(name) for s, e, _c in matcher.finditer(name)):
                continue  # a known company's alias, counted above
            if k >= 3 and k > candidates.get(name, 0):
                candidates[name] = k
                first.setdefault(name, 0)
    best = max(candidates, key=lambda c: (candidates[c], -first[c]), default=None)
    if best is not None and best in known:
        return best, _first_ticker(best) or from_file
    if from_file is not None:
        return from_file, from_file
    if best is None and doc.language != "en":
        best = _broker_note_firm(doc, texts) or _headline_firm(texts) or _answer_firm(texts)
    if best is None and doc.language == "en":
        best = _wire_lead_firm(texts) or _lead_firm(texts) or _title_firm(doc.title or "")
    return best, None


_FILING_SHORT_NAME = re.compile(r"(?:证券|股票|公司|A股|H股)简称\s?[:：]\s?(?P<name>[\u4e00-\u9fffA-Za-z]{2,8})")
"""The short name an A-share filing's head gives its company ("证券代码：600999 证券简称：云杉电气")."""
_FILING_CODE = re.compile(r"(?:证券|股票|公司|A股)代码\s?[:：]\s?(?P<code>\d{6})(?!\d)")
"""The listing code an A-share filing's head gives its company."""
_ZH_HEADLINE_FIRM = re.compile(
    r"^\s*(?:【[^】]{1,12}】|[^｜|\s]{1,10}\s?[｜|])?\s*(?P<name>[\u4e00-\u9fff]{2,6}?)"
    r"(?=(?:20\d\d年)?(?:第[一二三四1-4]季|前三季|[一二三四]季度|[一三]季报|半年报|中报|年报|上半年|中期|全年|单季|(?:1[0-2]|[1-9])月"
    r"|(?:1[0-2]月|[1-9]月)?(?:[1-3]?\d日)?(?:今日|昨日|晚间|日前)?(?:公布|发布|披露|实现)))"
)
"""A Chinese headline that opens on a firm, then the period or the announcing it reports ("贵州茅台第三季度实现
归母净利润……", "周大福中期赚25亿元"), maybe after a column's tag and its bar ("三季报速递｜…")."""
_ZH_HEADLINE_COLON = re.compile(
    r"^\s*(?:【[^】]{1,12}】|[^｜|\s]{1,10}\s?[｜|])?\s*(?P<name>[\u4e00-\u9fff]{2,6})"
    r"\s?(?:[(（]\s?[0-9]{4,6}(?:\.[A-Z]{2,3})?\s?[)）])?\s?[:：]"
)
"""A Chinese headline that opens on a name and a colon ("瀚川股份：前三季度营收15.2亿元"): a firm when the name has a
listed firm's ending."""
_NOT_A_FIRM = re.compile(r"行业|板块|市场|A股|港股|美股|全国|全球|上市公司|央企|国企|银行业|券商|险企|房企|车企")
"""Words of a headline that opens on a sector or a market, not on one firm ("白酒行业前三季度……")."""


_BROKER_TITLES = (
    # "【云杉电气】2025年中报点评：……": the firm in the note's head brackets
    re.compile(r"^\s*【(?P<name>[\u4e00-\u9fff]{2,10})】"),
    # "云杉电气(600999)：Q2业绩超预期", "云杉电气2025年三季报点评：……", "云杉电气深度报告：……"
    re.compile(
        r"^\s*(?P<name>[\u4e00-\u9fff]{2,10}?)\s?(?:[(（][0-9A-Za-z.:：\s]{4,12}[)）]\s?[:：]"
        r"|(?:[(（][0-9A-Za-z.:：\s]{4,12}[)）])?\s?[:：]?\s?(?:20\d\d\s?年?\s?)?(?:年度|年报|中报|半年报|一季报|三季报|季报"
        r"|[一二三四1-4]季度|Q[1-4]|H[12]|[1-4]Q\d\d)?\s?(?:业绩)?\s?(?:点评|深度报告|深度研究|首次覆盖|跟踪报告|研究报告))"
    ),
)
"""Title layouts of a broker's note on one firm: the firm is the note's company."""
_REPORT_KIND_HEAD = re.compile(r"\s*证券研究报告")
"""The kind line a broker's report opens on ("证券研究报告 | 行业周报"): it names no firm."""
_BROKER_DIGEST = re.compile(r"投资评级|评级\s?[-–—:：]")
_BROKER_POINT = re.compile(
    r"(?:核心观点|投资要点|报告要点|事件)\s?[-–—:：]\s?(?P<name>[\u4e00-\u9fff]{2,8}?)\s?(?:公司)?\s?"
    r"(?=20\d\d\s?年|Q[1-4]|[1-4]Q|H[12]|上半年|前三季度|全年|[一二三四]季度|发布|公布|披露)"
)
"""A digest of a broker's note ("报告公司投资评级 - 买入(维持) 报告的核心观点 - 云杉电气 2025 年 Q2 业绩……"): the
firm its key points open on, before the period or the announcing."""


def _broker_note_firm(doc: Document, texts: Sequence[str]) -> str | None:
    """The firm a broker's note is about, from its title's layout or its digest's first key point; a kind of firm
    ("公司" in "事件：公司发布……") names none."""
    words = lexicon_subjects.phrase_words()
    generic = {"公司", "本公司", "该公司", *words.zh_firm_kinds}
    heads = [doc.title] if doc.title else []
    heads += [t.split("\n", 1)[0] for t in texts[:1]]
    for head in heads:
        if _REPORT_KIND_HEAD.match(head):
            continue
        for rx in _BROKER_TITLES:
            m = rx.match(head)
            if m is not None and m.group("name") not in generic and not _NOT_A_FIRM.search(m.group("name")):
                if m.group("name") in words.zh_title_tags:
                    continue  # "【公告】瀚川股份：…": the item's kind, no firm
                return m.group("name")
    for text in texts[:HEAD_PARAGRAPHS]:
        if _BROKER_DIGEST.search(text):
            m = _BROKER_POINT.search(text)
            if m is not None and m.group("name") not in generic and not _NOT_A_FIRM.search(m.group("name")):
                return m.group("name")
    return None


def _headline_firm(texts: Sequence[str]) -> str | None:
    """The firm a Chinese story's headline opens on, when an opening paragraph names it again: the company of
    a story about a company the lexicon does not know and that states no ticker (else its facts would
    be given to no one)."""
    if not texts:
        return None
    words = lexicon_subjects.phrase_words()
    m = _ZH_HEADLINE_FIRM.match(texts[0])
    if m is None or m.group("name") in words.zh_title_tags:
        colon = _ZH_HEADLINE_COLON.match(texts[0])
        if colon is None or not colon.group("name").endswith(words.zh_listed_name_end):
            return None
        m = colon  # "三季报速递｜瀚川股份：前三季度营收…": the firm before the colon
    if _NOT_A_FIRM.search(m.group("name")) or m.group("name") in words.zh_title_tags:
        return None
    if m.group("name") in words.zh_forecasters:
        return None  # "机构：第三季度国内智能手机出货量…": whose data or view the story reports, no firm it is about
    name = m.group("name")
    if name.endswith(words.zh_org_suffix) or name.endswith(words.zh_listed_name_end):
        # "中国银行前三季度…", "瀚川股份2025年三季报解读": a name of a firm's form needs no second mention (a digest
        # of its report that goes on with "公司")
        return name
    return name if any(name in t for t in texts[1 : HEAD_PARAGRAPHS + 1]) else None


_QA_QUESTION = re.compile(r"^\s*(?:投资者|投資者|投资人|投資人|网友|網友|提问|提問|问|問)\s*[:：]")
"""A Q&A platform's question label ("投资者:请问…")."""
_QA_ANSWER = re.compile(
    r"^\s*(?P<name>[\u4e00-\u9fff]{2,8}?)(?:(?P<form>公司|董事会秘书|董事會秘書|董秘|证券事务代表|證券事務代表|证券部|證券部)"
    r"|(?=\s*[:：]\s*(?:尊敬的|您好)))\s*[:：]"
)
"""The answer label after it: the firm, then the one who answers for it ("云杉电气董秘:", "澄川精密公司:"), or the
firm alone before the platform's greeting ("澄川精密：尊敬的投资者，您好！"), a name longer than a person's."""


def _answer_firm(texts: Sequence[str]) -> str | None:
    """The firm a Q&A platform's page answers as, when every answer right after a question names the same one: the
    company of a page that states no listing code."""
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    names = {
        m.group("name")
        for q, a in itertools.pairwise(lines)
        if _QA_QUESTION.match(q) and (m := _QA_ANSWER.match(a)) is not None and (m.group("form") or len(m.group("name")) > 3)
    }
    if len(names) != 1:
        return None
    name = names.pop()
    generic = {"公司", "本公司", "董秘", "董事会", *lexicon_subjects.phrase_words().zh_firm_kinds}
    return None if name in generic or _NOT_A_FIRM.search(name) else name


def _first_ticker(company: str) -> str | None:
    found = lexicon_companies.company(company)
    return found.tickers[0] if found and found.tickers else None


# --- date ----------------------------------------------------------------------------------

DATE_PARAGRAPHS = 15
_MONTHS = {
    m[:3]: i + 1
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
_DATE_RES = tuple(
    anchored(re.compile(source))  # (the engine skips ahead to a 1 or a 2)
    for source in (
        r"(?<!\d)((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)",
        r"(?<!\d)((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]",
        r"(?<!\d)((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?!\d)",
    )
)
_MONTH_WORD = (
    r"(Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?|"
    r"Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![A-Za-z])"
)
_EN_DATE_RES = (
    # (pattern, group of the month, of the day, of the year): "October 14, 2025", "Oct. 14, 2025"
    (anchored(re.compile(r"\b" + _MONTH_WORD + r"\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")), 1, 2, 3),
    # "14 October 2025", "Tue 14 Oct 2025" (day first)
    (anchored(re.compile(r"(?<![\d.,])(\d{1,2})\s+" + _MONTH_WORD + r",?\s+((?:19|20)\d\d)\b")), 2, 1, 3),
)
_PERIOD_END_RE = re.compile(
    r"(截至|截止|至|ended|ending|end of|as of|through|quarter ended|period ended)\s*(?:the\s+)?$",
    re.IGNORECASE,
)


def _period_end(text: str, start: int) -> bool:
    """A date that ends the reported period ("截至2025年9月30日", "quarter ended September 30, 2025"), or
    the date of an event the text tells of."""
    return bool(
        _PERIOD_END_RE.search(text[max(0, start - 16) : start])
        or _EVENT_BEFORE.search(text[max(0, start - 24) : start])
    )


_CLAUSE_START = re.compile(r"(?:^|[.!?;]\s)[^.!?;]*$")
"""The opening of the sentence (or clause) a date is written in, up to the date."""
_TODAY_BEFORE = re.compile(r"(?<![A-Za-z])today,?\s*(?:\w+day,?\s*)?$", re.IGNORECASE)
"""Right before a date: the speaker's own day ("speak only as of today, August 5, 2021")."""
_COMING_BEFORE = re.compile(r"(?<![A-Za-z])(?:will|shall|scheduled|upcoming)(?![A-Za-z])", re.IGNORECASE)
"""Earlier in a date's sentence: the date is of an event still to come ("our investor conference will be held in
New York on May 17, 2026"), not the day the text was written."""
_BALANCE_AT = re.compile(r"(?<![A-Za-z])at\s+$")
"""Right before a date written with its month's name: the day a balance is counted at ("homes in inventory of 4,700
at June 30, 2025")."""
_DONE_AFTER = re.compile(
    r",\s+[^.!?;]{0,60}?(?<![A-Za-z])(?:closed|completed|signed|acquired|divested|sold|launched|entered|redeemed|"
    r"repaid|issued|priced)(?![A-Za-z])"
)
"""After a date that opens its sentence with "On": the deal done that day ("On June 28, 2025, the company completed the
sale of its workwear business")."""
_ON_BEFORE = re.compile(r"(?:^|[.!?;]\s+)On\s+$")


def _told_of(text: str, start: int, end: int, named_month: bool) -> bool:
    """A date in the middle of the text's own sentences that is some event's or balance's, not the day the text was
    written: one still to come, a balance counted at it, a deal done on it."""
    before = text[max(0, start - 200) : start]
    if _TODAY_BEFORE.search(before):
        return False
    if named_month and _BALANCE_AT.search(before):
        return True
    if _ON_BEFORE.search(before) and _DONE_AFTER.match(text, end):
        return True
    clause = _CLAUSE_START.search(before)
    return clause is not None and _COMING_BEFORE.search(clause.group()) is not None


_SPAN_TO_DATE = re.compile(r"\s*(?:至|到|~|～|－|—)\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月")
"""After a date, the end of a span it opens ("业绩预告期间：2025年1月1日至2025年12月31日"): the start of a
reported period, not the page's date."""


def _span_start(text: str, end: int) -> bool:
    """A date that opens a period span running to another date."""
    return bool(_SPAN_TO_DATE.match(text, end))


_LABEL_OPEN = re.compile(r"[(（\[［]\s*$")
_LABEL_COLON = re.compile(r"\s*[:：]")


def _column_label(text: str, start: int, end: int) -> bool:
    """A bracketed date before a colon ("（2022年12月31日：3.00港仙）", "(December 31, 2022: $1.20)"): the label of a
    comparative figure, the date of an earlier balance, not the page's dateline."""
    return bool(_LABEL_OPEN.search(text, max(0, start - 3), start) and _LABEL_COLON.match(text, end))


_EVENT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:closed|completed|signed|announced|effective|expir\w*|matur\w*|due|dated|through|until|since|"
    r"as of|beginning|starting|by|before|after|divested|acquired|launched)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
"""Before a date of some event the text tells of ("which closed on March 1, 2021"): not the document's date."""


def find_date(doc: Document) -> str | None:
    """ISO date the document was published or the call held: ``meta['date']``, else the first full
    date of the title and opening paragraphs that does not end the reported period."""
    for key, value in doc.meta:
        if key == "date" and re.match(r"\d{4}-\d{2}-\d{2}", value):
            return value[:10]
    for text in (doc.title or "", *(p.text for p in doc.paragraphs[:DATE_PARAGRAPHS])):
        if "19" not in text and "20" not in text:
            continue  # every date pattern has a year of 19xx or 20xx
        found: list[tuple[int, str]] = []
        for rx in _DATE_RES:
            found += [
                (m.start(), f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
                for m in rx.finditer(text)
                if 1 <= int(m.group(2)) <= 12
                and 1 <= int(m.group(3)) <= 31
                and not _period_end(text, m.start())
                and not _span_start(text, m.end())
                and not _column_label(text, m.start(), m.end())
                and not _told_of(text, m.start(), m.end(), named_month=False)
            ]
        for rx, mo, day, year in _EN_DATE_RES:
            found += [
                (m.start(), f"{int(m.group(year)):04d}-{_MONTHS[m.group(mo)[:3].lower()]:02d}-{int(m.group(day)):02d}")
                for m in rx.finditer(text)
                if 1 <= int(m.group(day)) <= 31
                and not _period_end(text, m.start())
                and not _column_label(text, m.start(), m.end())
                and not _told_of(text, m.start(), m.end(), named_month=True)
            ]
        if found:
            return min(found)[1]
    for text in (doc.title or "", *(p.text for p in doc.paragraphs[:DATE_PARAGRAPHS])):
        week = _WEEK_SPAN.search(text) if "(" in text or "（" in text else None  # (the span is in brackets)
        if week is not None and 1 <= int(week.group("m")) <= 12 and 1 <= int(week.group("d")) <= 31:
            return f"{week.group('y')}-{week.group('m')}-{week.group('d')}"
    for para in doc.paragraphs[-3:]:
        stamp = _ROC_STAMP.search(para.text)
        if stamp is not None and 1 <= int(stamp.group("m")) <= 12 and 1 <= int(stamp.group("d")) <= 31:
            return f"{int(stamp.group('y')) + 1911:04d}-{stamp.group('m')}-{stamp.group('d')}"
    return None


_WEEK_SPAN = re.compile(
    r"[(（]\s*(?:19|20)\d{2}[01]\d[0-3]\d\s?[-–~至]\s?(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)\s*[)）]"
)
"""The days a weekly report covers, written compactly in its title ("行业周报（20251201-20251205）"): it is dated by
the last of them when the page gives no date of its own."""
_ROC_STAMP = re.compile(r"[(（]\s*(?:编辑|編輯)\s*[:：][^()（）]{1,20}[)）]\s*(?P<y>1[0-4]\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")
"""The date a Taiwanese wire story closes on after its editor's name, in Republic-of-China years ("（編輯：陳文）1141105":
2025-11-05), when the page gives no date of its own."""


# --- currency ------------------------------------------------------------------------------

_DECLARED = re.compile(r"[(（]\s*(人民币|人币|港元|港币|美元|新台币|台币|澳门元|澳门币)\s*[，,．.、‧·・;；]?\s*下同\s*[)）]")
_DECLARED_CODES = {
    "人民币": "CNY",
    "人币": "CNY",
    "港元": "HKD",
    "港币": "HKD",
    "美元": "USD",
    "新台币": "TWD",
    "台币": "TWD",
    "澳门元": "MOP",
    "澳门币": "MOP",
}
_TWD_CUES = re.compile(
    r"新台币|台币|NT\$|(?:台北|新竹|台中|高雄|台南)(?:报导|讯)|中央社|(?<!\d)\d{4}\s*[)）]?\s*(?:上市|上柜)"
    r"|(?<!\d)\d{4}-TW(?![A-Za-z])|自结(?:获利|税后|盈余|净利)|公开资讯观测站"
)
_TW_RESULTS_WORDS = re.compile(
    r"税后纯益|每股纯益|每股税后盈余|营业利益|合并营收|营收年增|营收季增|法人"
    r"|(?<![\d按较去上本同每])(?:季减|季增|年减|年增|月增|月减)(?![少低弱缓长加])"
)
"""Results words Taiwanese financial news uses and mainland or Hong Kong news does not ("税后纯益",
"季减"): a story using several of them reports in New Taiwan dollars. "按年减少" and "较去年6月减少" (Hong
Kong's "down from a year before") hold "年减" and "月减" but are no such word."""


_HK_CUES = re.compile(
    r"(?<=[\u4e00-\u9fff])\s?[(（]\s?\d{1,5}(?:\.HK)?\s?[)）]|\d{4,5}\.HK|港股|港仙|港元|港币|香港(?:交易所|联交所)|本港"
)
"""A Hong Kong listing ("五礦地產(230)", "(03377.HK)"), Hong Kong money words, or "本港" (Hong Kong media's
word for their own city: "本港能源業務")."""
_FIRST_AMOUNT = re.compile(
    r"(?P<pre>人民币|港元|港币|美元)?\s?(?<![\d.])(?:\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s?[万亿]{1,2}\s?元\s?[(（]?\s?(?P<cur>人民币|港元|港币|美元)?"
)
"""A story's first amount of money (in 万 or 亿) and the currency written after it, if any."""


def _taiwanese_story(texts: Sequence[str]) -> bool:
    """A Taiwan dateline or currency, or at least two distinct Taiwanese results words."""
    head = texts[:40]
    if any(_TWD_CUES.search(t) for t in head):
        return True
    return len({m.group() for t in head for m in _TW_RESULTS_WORDS.finditer(t)}) >= 2


_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"})
"""Currencies a document may write as a bare "$"."""


_OPENING = 40
"""Paragraphs a statement of the document's currency is looked for in: it is made before the figures it
governs, as a declaration "（人民幣，下同）" is (and reading the whole of a long call for it costs time)."""


def stated_currency(texts: Sequence[str], language: str) -> str | None:
    """The currency the document says it presents its amounts in ("All amounts are in Canadian dollars
    unless otherwise noted", "(in C$ millions)", "以人民币列示", "单位：港元"), the first its opening states; a
    currency merely named ("the weaker Canadian dollar") states nothing."""
    langs = ("en",) if language == "en" else ("zh",) if language.startswith("zh") else ("en", "zh")
    for lang in langs:
        code = lexicon_currencies.presentation(lang).first(texts[:_OPENING])
        if code is not None:
            return code
    return None


def document_dollar(stated: str | None) -> str:
    """What a bare "$" stands for: the dollar the document states it reports in (C$, A$, HK$), else US
    dollars; a company's home currency known from the lexicon alone does not make "$" its dollar."""
    return stated if stated in _DOLLARS else "USD"


def document_currency(
    texts: Sequence[str], company: str | None, language: str, stated: str | None = None
) -> str:
    """Currency of an amount the document writes without one ("1,401亿元", "$" aside): the one it
    declares for the rest ("（人民幣，下同）") or states it presents its amounts in (``stated``), else its
    company's reporting currency, else New Taiwan dollars in a Taiwanese story (it names them, a Taiwan
    dateline, or Taiwanese results words), else the language's default."""
    for text in texts[:40]:
        m = _DECLARED.search(text) if "下同" in text else None  # (what every declaration holds)
        if m:
            return _DECLARED_CODES[m.group(1)]
    if stated is not None:
        return stated
    known = lexicon_companies.company(company) if company else None
    if known is not None and known.currency:
        return known.currency
    if language != "en" and _taiwanese_story(texts):
        return "TWD"
    if language == "zh-Hant" and any(_HK_CUES.search(t) for t in texts[:40]):
        # Hong Kong news writes Hong Kong dollars as bare "元" and names renminbi where it reports in
        # them, from the first amount on ("中期純利二十一億元人民幣……營業額一百五十一億元")
        for text in texts[:40]:
            m = _FIRST_AMOUNT.search(text)
            if m:
                return _DECLARED_CODES.get(m.group("cur") or m.group("pre") or "", "HKD")
        return "HKD"
    if language == "zh-Hans" and any(_HK_CUES.search(t) for t in texts[:40]):
        # a simplified-script Hong Kong wire writes renminbi as bare "元" as often as Hong Kong dollars:
        # the currency it names with its first result amount says which the company reports in
        # ("收入为120.5亿港元……股东应占溢利40.2亿元"); the shares' trading and value are no result, nor an amount
        # of a paragraph that does not name the company ("亚马逊……AWS收入330亿美元" before "云栈科技……至182.4亿元")
        for text in texts[:40]:
            if known is None and company and company not in text:
                continue  # (a company the lexicon knows may be written under another of its names)
            for m in _NAMED_AMOUNT.finditer(text):
                if not _MARKET_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                    return _DECLARED_CODES[m.group("cur")]
    return "USD" if language == "en" else "CNY"


_NAMED_AMOUNT = re.compile(
    r"(?<![\d.])\d[\d,]*(?:\.\d+)?\s?[万亿]{1,2}\s?(?:元\s?)?(?P<cur>人民币|港元|港币|美元)"
)
"""An amount of money (in 万 or 亿) written with its currency ("120.5亿港元", "3.2亿元人民币")."""
_MARKET_BEFORE = re.compile(r"(?:成交|市值|股价|报|每股|回购|股息|派息|派发|分红|融资|配售|发行)[^。；;，,]{0,20}$")
"""Before an amount in its clause: a market or capital figure (turnover, market value, a quote, a buyback,
a dividend, a placing), which a company may state in Hong Kong dollars whatever it reports in."""


# --- names --------------------------------------------------------------------------------


def company_names(
    doc: Document, company: str | None, stated_with: tuple[str | None, str | None] | None = None
) -> tuple[str, ...]:
    """Names the document gives its company: the name written with the ticker it states for itself
    ("NovaSky Technology Group (NVSK)"), then the lexicon's name and aliases of a company it knows.
    ``stated_with`` is the document's ``stated_ticker`` when the caller has it already."""
    _ticker, stated = stated_with if stated_with is not None else stated_ticker(doc)
    known = lexicon_companies.company(company) if company else None
    found = [stated] if stated and company else []
    if known is not None:
        found += [known.name, *known.aliases]
    return tuple(dict.fromkeys(found))


_CAPS_WORD = re.compile(r"([A-Z](?<![\w&.-][A-Z])[A-Z]{1,4})(?![\w&-])")
"""A word of two to five capitals ("PMT"); the boundary before it is a lookbehind after its first capital, so
that the engine skips ahead to capitals instead of trying every position."""
_SHORT_NAME_USES = 3
"""Times the text must write an acronym of the company's name for it to stand for the company (as for a name)."""


def _initials_cover(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is made of the initials of ``name``'s words, in order, the first one first ("PMT" of
    "PennyMac Mortgage Investment Trust")."""
    initials = [w[0].upper() for w in re.findall(r"[A-Za-z][\w&-]*", name)]
    if len(initials) < 2 or not initials or acronym[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(ch in rest for ch in acronym[1:])


_GENERIC_TAIL = re.compile(
    r"(?:,?\s+(?:Trust|Group|Holdings?|REIT|Properties|Property|Realty|Inc|Incorporated|Corp|Corporation|Company|Co|"
    r"Ltd|Limited|plc|LLC)\.?)+$"
)
"""Words that end a firm's name without telling it apart ("InvenTrust Properties Corp.", "NovaSky Holdings"): what
is left before them is the name a speaker uses for short ("InvenTrust")."""


_NEXT_NAME_WORD = re.compile(r"\s+(?:&\s+)?[A-Z]")


def _alone_uses(name: str, texts: Sequence[str]) -> int:
    """Times the text writes ``name`` not followed by another capitalised word (not as part of a longer name)."""
    return sum(
        1 for t in texts if name in t for _s, e in _occurrences(name, t) if not _NEXT_NAME_WORD.match(t, e)
    )


_NAME_WORD_AFTER = re.compile(r"\s+(?:&\s+)?([A-Z][\w&'’-]*)")


def _heads_other_names(word: str, company: str, texts: Sequence[str]) -> bool:
    """Whether the text also writes ``word`` at the head of another name ("Apollo Global" beside Apollo Commercial
    Real Estate Finance: the firm's manager or a brand shares the word, which then is not the company's alone)."""
    rest = company[len(word) :].split()
    for t in texts:
        if word in t:
            for _s, e in _occurrences(word, t):
                m = _NAME_WORD_AFTER.match(t, e)
                if m is not None and (not rest or m.group(1) != rest[0]):
                    return True
    return False


def _bare_names(company: str, texts: Sequence[str]) -> list[str]:
    """The company's name without its generic last words ("InvenTrust" for InvenTrust Properties), and its first
    word ("Sun" for Sun Communities) when no other name starts with it, each when the text keeps writing it
    alone."""
    words = company.split()
    bare_names = [_GENERIC_TAIL.sub("", company).strip()]
    if not _heads_other_names(words[0], company, texts):
        bare_names.append(words[0])
    found = []
    for bare in dict.fromkeys(bare_names):
        if (
            bare
            and bare != company
            and bare[0].isupper()
            and len(bare) > 2
            and bare not in _name_stop()
            and bare not in _en_stop()
            and _alone_uses(bare, texts) >= _SHORT_NAME_USES
            and _reads_as_firm(bare, texts)
        ):
            found.append(bare)
    return found


def _reads_as_firm(name: str, texts: Sequence[str]) -> bool:
    """Whether the text uses a name as a firm's at least once ("welcome to NovaSky's", "the NovaSky team") and not
    mostly as a place's ("in Boston") or a person's (cues that ``_english_names`` weighs too): a city or a manager
    the company is named after is not the company."""
    found = _name_evidence(name, "\n".join(texts))
    if found is None:
        return False
    total, person, place, _the, _unit, company = found
    return company > 0 and 2 * person < total and 2 * place < total


_OWN_RESULTS = re.compile(
    r"([A-Z](?<![\w&.-][A-Z])[A-Za-z&.-]*(?:\s+[A-Z][A-Za-z&.-]*){0,2})"
    r"(?:\s+(?:reported|delivered|posted|generated|earned|achieved)\b"
    r"|['’]s\s+(?:[\w-]+\s+){0,3}?(?:earnings|EPS|revenues?|sales|net income|EBITDA|results|FFO)\b)"
)
"""A name that reports results ("ALLETE reported third quarter earnings", "Kestrel's adjusted EBITDA"). The
lookbehind sits after the first capital so that the search skips to capitals (the same matches, a third of the work)."""


def _abbreviates(ticker: str, name: str) -> bool:
    """Whether a ticker of two letters or more is made of a name's letters in order, the first one first ("ALE"
    of "ALLETE", "HES" of "Hess")."""
    letters = name.upper()
    if len(ticker) < 2 or not letters.startswith(ticker[0]):
        return False
    rest = iter(letters[1:])
    return all(ch in rest for ch in ticker[1:])


_CAMEL_HEAD = re.compile(r"([A-Z][a-z]+)(?=[A-Z][a-z])")
"""The first part of a one-word name that joins capitalised parts ("Oxy" of "OxyChem")."""
_CAMEL_WORD = re.compile(r"(?<![\w&-])[A-Z][a-z]+[A-Z][A-Za-z]+(?![\w&-])")


def _a_brand_of_a_family(name: str, texts: Sequence[str]) -> bool:
    """Whether a one-word name is one of several brands that share its head ("CooperVision" beside
    "CooperSurgical"): a business line of the company, not the company."""
    if " " in name or len(name) < 6:
        return False
    head = name[:5]
    others = Counter(m.group() for t in texts if head in t for m in _CAMEL_WORD.finditer(t))
    return any(w != name and w.startswith(head) and k >= _SHORT_NAME_USES for w, k in others.items())


_SPAN_BEFORE_A_CUE = (
    r"(?<!\w{first})(?=([A-Za-z&.-]*(?:\s+(?:&\s+)?[A-Z][A-Za-z&.-]*){{0,2}})"
    r"(?:['’]s|\s+(?:reported|delivered|posted|generated|earned|achieved)\b))"
)
"""After a word's first capital (``first``): the rest of up to three capitalised words before a possessive or a
reporting verb, the widest span that holds every name ``_OWN_RESULTS`` or ``_NAME_POSSESSIVE`` finds at that word
(a lookahead, so that a span opening inside another is read too)."""


@lru_cache(maxsize=32)
def _spans_opening_on(first: str) -> re.Pattern[str]:
    """The pattern of ``_SPAN_BEFORE_A_CUE`` for words opening on the capital ``first`` (the literal capital first,
    so that the engine skips ahead to it)."""
    return re.compile(first + _SPAN_BEFORE_A_CUE.format(first=first))


def _may_abbreviate(ticker: str, texts: Sequence[str]) -> bool:
    """Whether some capitalised words before a possessive or a reporting verb could be a name the ticker
    abbreviates: one cheap scan for words opening on the ticker's first letter, so that a call naming no such
    firm (most) is spared counting every firm name and weighing each one's uses. The ticker itself ("ABM's")
    is no such name: written fewer times than a short name needs, else the call names the company by it."""
    first = ticker[:1]
    if len(ticker) < 2 or not "A" <= first <= "Z":
        return False  # a name opens on a capital letter
    spans = _spans_opening_on(first)
    for t in texts:
        if first in t:
            for m in spans.finditer(t):
                letters = first + "".join(m.group(1).split())
                if letters != ticker and _abbreviates(ticker, letters):
                    return True
    return False


def _names_of_a_ticker(ticker: str, texts: Sequence[str]) -> list[str]:
    """The name a call keeps using for the company a file names only by its ticker ("ALLETE" for ALE): a firm
    name the text says reports results ("ALLETE reported ...", "Hess's earnings") or uses in the possessive as
    a company's, that the ticker abbreviates and that names no business line of the company ("Hess Midstream",
    "CooperVision" beside "CooperSurgical"), a person, a place or another company the lexicon knows. A bare
    ticker alone would leave the company's figures, stated under its name, to an unknown firm."""
    if sum(1 for t in texts if ticker in t for _ in _occurrences(ticker, t)) >= _SHORT_NAME_USES:
        return []  # "SJW Group": the text names the company by its ticker ("San Jose Water" is its subsidiary)
    if not _may_abbreviate(ticker, texts):
        return []  # (no name to weigh)
    reporters: Counter[str] = Counter()
    for t in texts:
        if "'s" in t or "’s" in t or " reported" in t or " delivered" in t or " posted" in t or " generated" in t:
            for m in _OWN_RESULTS.finditer(t):
                words = m.group(1).split()
                while words and words[0] in _en_stop():
                    words = words[1:]
                if words and words[0] not in _name_stop() and len(words[0]) > 1:
                    reporters[" ".join(words)] += 1
    joined = "\n".join(texts)
    folded = joined.lower() if joined.isascii() else None
    tried: set[str] = set()
    # the names said to report results first: those used in the possessive are weighed only when none of them is it
    for ranked in (lambda: reporters.most_common(3), lambda: _english_names(texts).most_common(2)):
        for name, _k in ranked():
            if name not in tried:
                tried.add(name)
                if _ticker_stands_for(ticker, name, texts, joined, folded):
                    return [name]
    return []


def _ticker_stands_for(ticker: str, name: str, texts: Sequence[str], joined: str, folded: str | None) -> bool:
    """Whether a name the call uses is the firm the ticker stands for (``_names_of_a_ticker``): the ticker
    abbreviates it, the text keeps writing it, mostly not as a person's or a place's, and it names no part of the
    company or another company the lexicon knows. ``joined``: the texts joined; ``folded``: that lower-cased,
    when it is ASCII."""
    head = name.split()[0] if " " in name else _CAMEL_HEAD.match(name)
    head = head if isinstance(head, str) or head is None else head.group(1)
    if head and _alone_uses(head, texts) >= _SHORT_NAME_USES:
        return False  # "Hess Midstream" beside "Hess", "OxyChem" beside "Oxy": a part named after the company
    if not _abbreviates(ticker, name.replace(" ", "")) or _a_brand_of_a_family(name, texts):
        return False
    if lexicon_companies.company(name) is not None and _first_ticker(name) not in (None, ticker):
        return False
    found = _name_evidence(name, joined, folded)
    if found is None:
        return False
    total, person, place, _the, _unit, _company = found
    return total >= _SHORT_NAME_USES and 2 * person < total and 2 * place < total


def _with_short_names(
    names: tuple[str, ...],
    company: str | None,
    ticker: str | None,
    texts: Sequence[str],
    full_names: Sequence[str] = (),
) -> tuple[str, ...]:
    """The company's names, then the ticker, its name without generic last words ("InvenTrust" for InvenTrust
    Properties) and an acronym of its name the text keeps writing ("PMT reported ...", "PMT's correspondent
    segment" in a call of PennyMac Mortgage Investment Trust): the company, not another firm. ``full_names``: the
    firm's names with their legal form, as the roster writes them ("ARI" for "Apollo Commercial Real Estate
    Finance, Inc.")."""
    if not company:
        return names
    extra = [ticker] if ticker and ticker != company else []
    if ticker and company == ticker and company.isupper():
        extra += [n for n in _names_of_a_ticker(ticker, texts) if n not in names]  # a name already known adds nothing
    if " " in company:
        extra += _bare_names(company, texts)
        counts = Counter(m.group(1) for t in texts for m in _CAPS_WORD.finditer(t))
        extra += [
            a
            for a, n in counts.most_common()
            if n >= _SHORT_NAME_USES
            and any(_initials_cover(a, full) for full in (company, *full_names))
            and next(iter(lexicon_metrics.metric_matcher().finditer(a)), None) is None  # ("NOI", "EPS": a metric)
        ]
    if not extra:
        return names
    return tuple(dict.fromkeys([*names, company, *extra]))


# --- the whole identity --------------------------------------------------------------------

_CONTEXTS: OrderedDict[tuple[object, ...], tuple[FactSheet, PeriodContext]] = OrderedDict()
_CONTEXTS_MAX = 32


def document_context(doc: Document, texts: Sequence[str] | None = None) -> tuple[FactSheet, PeriodContext]:
    """The document's identity (a sheet without facts) and its period context, computed once.

    Both read the whole text (milliseconds for a long call) and several callers ask for the same
    document (``parse``, ``facts``), so the last few are kept, keyed by the document's content hash
    and what ingest found beside the text.
    """
    key = (doc.id, doc.language, len(doc.paragraphs), doc.meta, doc.source, doc.title)
    hit = _CONTEXTS.get(key)
    if hit is not None:
        _CONTEXTS.move_to_end(key)
        return hit
    if texts is None:
        texts = document_views(doc)
    stated = stated_ticker(doc)  # read once, for the company and for its names
    company, ticker = document_company(doc, texts, stated)
    date = find_date(doc)
    ymd = tuple(int(x) for x in date.split("-")) if date else None
    ctx = periods.context(
        tuple(texts),
        lexicon_companies.fiscal_year_end_month(company, ticker or file_ticker(doc)),
        ymd,  # type: ignore[arg-type]
        article=doc.kind == "article",
        hint=_named_quarter(doc, texts),
    )
    presented = stated_currency(texts, doc.language)
    currency = document_currency(texts, company, doc.language, presented)
    sheet = FactSheet(
        company=company,
        ticker=ticker,
        fiscal_year_end_month=ctx.fiscal_year_end_month,
        period=ctx.period,
        date=date,
        currency=currency,
        dollar=document_dollar(presented),
        names=_with_short_names(company_names(doc, company, stated), company, ticker, texts, _roster_names(doc, company)),
    )
    result = _CONTEXTS[key] = (sheet, ctx)
    if len(_CONTEXTS) > _CONTEXTS_MAX:
        _CONTEXTS.popitem(last=False)
    return result


def identify(doc: Document) -> FactSheet:
    """The document's identity: company, ticker, fiscal calendar, period and date (no facts)."""
    return document_context(doc)[0]
