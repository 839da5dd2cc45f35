"""Transcript vocabulary (lexicon/transcript.yaml) compiled once: labels, headers, patterns, names."""

from __future__ import annotations

import re
import re._constants as C
import re._parser as P
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from finbrief.lexicon import files
from finbrief.lexicon.files import LexiconError
from finbrief.text.regex import Sifted, anchored, anchored_source

LabelKind = str
FIELD_KINDS = ("asker_field", "answerer_field")
"""``operator`` | ``host`` | ``company_representative`` | ``unnamed_analyst`` | ``interpreter`` |
``question`` | ``answer``."""

# A person's name inside an announcement: 1-4 capitalised Latin words, or 2-4 Chinese characters
# (ending where a clause, 请, 提问, 发问, 开始, 先生, 女士, 小姐, 老师 or "的问题" starts; a courtesy title is no part of it,
# nor is 的: "来自X的林海的问题", nor the 先 of "先提问": "请X的邓晓峰先提问"; a question read out may
# follow the name: "来自X的许慧问：").
# Capitals are checked case-sensitively even though the patterns around them ignore case.
# A word of a name ends in a period only as an initial ("Jamie N. Baker"): "Ruplu Bhattacharya.
# Please go ahead." names Ruplu Bhattacharya.
NAME_WORD_RE = r"(?-i:[A-Z])(?:\.(?:(?-i:[A-Z])\.)*|[\w'’-]*(?:\.[\w'’-]+)*)"
NAME_RE = (
    rf"(?:{NAME_WORD_RE}(?:\s+(?:{NAME_WORD_RE}|de|van|von|da|di|del|der|la|le)){{0,3}}"
    r"|[\u4e00-\u9fff]{2,4}(?<!先生)(?<!女士)(?<!小姐)(?<!的)(?!(?<=先)(?:提问|发问))(?=[,，。.;；\s请提发开先女小]|老师|的(?:问题|提问|发问)|问道?[:：，,]|$))"
)
# A firm inside an English announcement: stops at a clause break, a sentence end, a bracket, a colon or
# a quotation mark (a question read out after it: "… from Jane Roe at Example Bank: \"How …?\""), or the
# words giving the floor ("… has the next question", "… on the line", "… has her hand up"), or an adverb
# of order closing the sentence ("We'll go to Jane Roe at Example Bank first."), or "for" and a word in
# lower case ("… over to Jane Roe from Example Bank for questions"); the period of an initial is
# no sentence end ("J.P. Morgan", "H.C. Wainwright"), nor is the comma before a legal form ("Example
# Partners, Inc.", "Example Securities Co., Ltd."), nor the period of one before another ("Example & Co. LLC").
LEGAL_FORMS = r"Inc|LLC|L\.L\.C|LLP|LP|L\.P|Ltd|Limited|Corp|Co|plc|PLC|AG|S\.A|N\.A|N\.V|GmbH"
LEGAL_FORM_RE = rf"(?-i:{LEGAL_FORMS})\b"
# The legal forms closing a firm's name after it, an abbreviation with its period ("… Co., Ltd.").
# One of them: a dotted form keeps its closing period ("Example Bank, S.A.", "Example Partners, L.P.").
LEGAL_WORD_RE = rf"(?:,?\s+(?:(?-i:Inc|Ltd|Co|Corp|L\.L\.C|L\.P|S\.A|N\.A|N\.V)\.|{LEGAL_FORM_RE}))"
LEGAL_TAIL_RE = rf"{LEGAL_WORD_RE}*"
FIRM_RE = (
    rf"(?!\s*who(?:'s|\s+is)\s)(?:(?!\shas\s)(?:[^,，。;；!?！？(（\[:：\"“_*]|,(?=\s{LEGAL_FORM_RE}))){{2,40}}?"
    rf"(?=\s*(?:,(?!\s{LEGAL_FORM_RE})|[，;；!?！？。(（\[:：\"“]|(?<!\b(?-i:[A-Z]))\.(?!\s+{LEGAL_FORM_RE})(?:[_*]*\s|[_*]*$)|[_*]+(?:\s|$)|$|\s+please|\s+your\s+line"
    r"|\s+has\s+(?:the|our|a|your|her|his|their|raised)\s|\s+(?:is\s+)?on\s+the\s+line\b|\s+(?-i:first|next|now|then)(?=\s*[.!,;]|$)"
    r"|\s+(?:on\s+behalf\s+of|in\s+for|on\s+for|sitting\s+in|filling\s+in)\b|\s+for\s+(?-i:[a-z])))"
)
# A firm inside a Chinese announcement (来自<firm>的<name>): ends at 的 ("JP Morgan" may hold a space).
# A firm in Latin letters may be as long as an English one; it keeps its legal form, with the comma and
# period around it ("来自Example Street Partners, Inc.的": no word boundary parts it from the 的).
FIRM_ZH_RE = (
    r"(?:[A-Za-z0-9][A-Za-z0-9&'’. -]{1,39}?|[^,，。;；!?！？的\s][^,，。;；!?！？的]{1,19}?)"
    rf"(?:,?\s+(?-i:{LEGAL_FORMS})\.?(?![A-Za-z]))*"
)
# ... or one that ends like a broker's ("华泰证券", "元大投顾", "中金公司"): then no 的 needs to close it
# (nor holds one: "请举手的法人先报公司和姓名" asks askers to give their firm, it names none).
BROKER_SUFFIX_ZH_RE = r"(?:(?!的)[\u4e00-\u9fff]){2,10}?(?:证券|资本|基金|银行|资管|投顾|研究所|研究院|公司|控股|期货)"


@cache
def broker_zh_re() -> str:
    """``{BROKER_ZH}``: a firm in a Chinese announcement that no 的 closes: a broker or bank the
    glossary knows ("高盛", "申万宏源"; longest first), or a name that ends like a broker's."""
    from finbrief.lexicon.glossary import firms

    known = sorted({n for names in firms().values() for n in names if re.search(f"[{CJK}]", n)}, key=len, reverse=True)
    return "(?:" + "".join(re.escape(n) + "|" for n in known) + BROKER_SUFFIX_ZH_RE + ")"

CJK = "\u4e00-\u9fff"


def load_yaml(name: str) -> Any:
    """A packaged lexicon file's data (parsed once, see ``finbrief.lexicon.files``)."""
    return files.load(name)


def fold(text: str) -> str:
    """Comparison key for a label or name: NFKC, case-folded, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _full(patterns: list[str]) -> re.Pattern[str]:
    """One regex matching a whole (folded) line against any of ``patterns``."""
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*[:：]?", re.IGNORECASE)


def _any(patterns: list[str]) -> re.Pattern[str]:
    """One regex searching a paragraph for any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _at_start(pattern: str) -> bool:
    """Whether every match of ``pattern`` (without MULTILINE) starts at the start of the text."""

    def starts(items: Any) -> bool:
        if not items:
            return False
        op, av = items[0]
        if op is C.AT:
            return av in (C.AT_BEGINNING, C.AT_BEGINNING_STRING)
        if op is C.SUBPATTERN:
            return starts(av[3])
        if op is C.BRANCH:
            return all(starts(branch) for branch in av[1])
        return False

    return starts(P.parse(pattern, re.IGNORECASE))


@dataclass(frozen=True)
class AnyLine:
    """Whether a text matches any of several patterns, as ``_any(patterns).search`` says, asked
    faster: the patterns anchored at the start are tried there only, the others behind one
    lookahead for the characters they start with, and only in a text that holds one of the
    strings they need (most short lines hold none)."""

    at_start: re.Pattern[str] | None
    anywhere: Sifted | None

    @classmethod
    def of(cls, patterns: list[str]) -> AnyLine:
        first = [p for p in patterns if _at_start(p)]
        rest = [p for p in patterns if not _at_start(p)]
        return cls(_any(first) if first else None, Sifted(anchored(_any(rest))) if rest else None)

    def __call__(self, text: str) -> bool:
        return bool(
            (self.at_start is not None and self.at_start.match(text))
            or (self.anywhere is not None and self.anywhere.search(text))
        )


_WHOLE: dict[int, tuple[dict[Any, re.Pattern[str]], re.Pattern[str] | None, tuple[Any, ...]]] = {}


def _first_whole(table: dict[Any, re.Pattern[str]], folded: str) -> Any:
    """The first key of ``table`` whose pattern matches the whole of ``folded``, or None: the patterns
    tried as one alternation in their order (where one cannot match the whole line the engine goes on
    to the next), one call a line instead of one a pattern. Made once a table."""
    hit = _WHOLE.get(id(table))
    if hit is None or hit[0] is not table:
        flags = {rx.flags for rx in table.values()}
        joined = None
        if len(flags) == 1 and not any(rx.groups for rx in table.values()):
            try:
                joined = re.compile("|".join(f"({rx.pattern})" for rx in table.values()), flags.pop())
            except re.error:  # (a pattern's own global flags)
                joined = None
        hit = _WHOLE[id(table)] = (table, joined, tuple(table))
    _table, joined, kinds = hit
    if joined is None:
        return next((kind for kind, rx in table.items() if rx.fullmatch(folded)), None)
    m = joined.fullmatch(folded)
    return None if m is None or m.lastindex is None else kinds[m.lastindex - 1]


@dataclass(frozen=True)
class Vocab:
    labels: dict[LabelKind, re.Pattern[str]]
    fields: dict[str, re.Pattern[str]]
    """A form's fields naming who asks or answers next (``asker_field``, ``answerer_field``)."""
    headers: dict[str, re.Pattern[str]]
    call_title: re.Pattern[str]
    announcement: tuple[re.Pattern[str], ...]
    handover: tuple[re.Pattern[str], ...]
    self_intro: tuple[re.Pattern[str], ...]
    self_intro_zh: tuple[re.Pattern[str], ...]
    self_intro_inside: tuple[re.Pattern[str], ...]
    """A host naming themselves and their firm inside their first turn ("I'm Jane Roe, and I cover …")."""
    self_intro_later: tuple[re.Pattern[str], ...]
    """An asker naming themselves and their firm at a sentence start after their first words ("Thanks
    for taking my question. It's Jane Roe at Example Bank.")."""
    self_intro_staff: tuple[re.Pattern[str], ...]
    """A company person naming themselves and their office in their first words ("This is Jane Roe, CEO.")."""
    interviewer: tuple[re.Pattern[str], ...]
    """The one person named in an interview's opening as asking every question, and their firm."""
    """An asker introducing themselves anywhere in their turn ("我是中金公司的王磊")."""
    expert_call: re.Pattern[str]
    """A broker's expert call ("专家交流纪要", "Expert call notes"): its host asks the expert himself."""
    expert_host: tuple[re.Pattern[str], ...]
    """The header line naming an expert call's host and his firm ("主持人：华岳证券首席分析师 周远")."""
    expert_broker: tuple[re.Pattern[str], ...]
    """A header line opening with the broker who holds an expert call ("华岳证券2026年度投资策略会")."""
    qa_start: re.Pattern[str]
    moderation: re.Pattern[str]
    restating: re.Pattern[str]
    """IR or a host putting an analyst's question to management in their own words."""
    closing: re.Pattern[str]
    ir_role: re.Pattern[str]
    job_title: re.Pattern[str]
    staff_field: re.Pattern[str]
    visitor_field: re.Pattern[str]
    """A record's field listing the company's people, at the start of a line up to its colon or tab."""
    presenter_word: re.Pattern[str]
    """A word for a presenter before who they are in brackets (``主讲人（董事长 刘永平）``)."""
    asker_word: re.Pattern[str]
    """A word for an asking guest before who they are in brackets (``提问嘉宾（华西证券 苗青）``)."""
    generic_asker: re.Pattern[str]
    unnamed_entry: re.Pattern[str]
    """What a roster lists for a speaker no one named (``Unidentified Analyst``): no person."""
    platform_question: re.Pattern[str]
    """A Q&A platform's question mark naming the date or company (``有投资者向远帆电气(688321)提问``)."""
    platform_answer: re.Pattern[str]
    """... and its answer mark (``公司回答表示``, ``董秘回答(远帆电气SH688321)``)."""
    platform_greeting: re.Pattern[str]
    """How a company's reply on a Q&A platform opens (``尊敬的投资者，您好！``); match at the start."""
    """Askers in general in brackets after a question mark (``Q1（法人）``): no firm."""
    broker_name: re.Pattern[str]
    """A firm's name ending like a broker's (``天衡证券``, ``North Peak Capital``)."""
    role_only_title: re.Pattern[str]
    """A job title alone used as a speaker label (``财务长``, ``董事长``), matched whole."""
    office_label: re.Pattern[str]
    """An English label by office alone ("Chief Financial Officer:"), matched whole."""
    office_title: re.Pattern[str]
    """An office written before a surname in an English label (``Deputy Governor`` of "Deputy Governor Fenn")."""
    office_before_name: re.Pattern[str]
    """An English label's title before a full name and the name (``Head of Communications Ana Ruiz``)."""
    honorifics: tuple[str, ...]
    """Honorifics after a surname that name a listed person (``刘总``)."""
    name_courtesy: tuple[str, ...]
    """Courtesy words after a full name in a label (``张明先生``), dropped from the name."""
    name_honorific: tuple[str, ...]
    """Honours before a full name in a label (``拿督黄志明``), dropped from the name."""
    export_body: re.Pattern[str]
    shareholder_word: re.Pattern[str]
    minutes_question: tuple[re.Pattern[str], ...]
    """A reported shareholder's question in minutes (``股东罗家辉先生询问``): ``name``, ``firm`` or ``anon``."""
    minutes_answer: tuple[re.Pattern[str], ...]
    """A reported reply in minutes by an office (``行政总裁回应指，``): ``office``."""
    """The word for a shareholder between a surname and a given name (``張股東志強``)."""
    """A meeting tool's heading over the words spoken, below its AI summary (``转写原文``)."""
    joined_title: re.Pattern[str]
    """A title written right after a name with no space (``张明董事长``), matched at the label's end."""
    title_short_form: dict[str, str]
    """A title's short form -> the title (``董秘`` -> ``董事会秘书``)."""
    title_qualifier: frozenset[str]
    """Words before a title that qualify it (``常务``), never the name before a joined title."""
    thanks_only: re.Pattern[str]
    audio_check: re.Pattern[str]
    """An analyst checking the line is open ("Can you hear me?"): asks, but no question."""
    answering: re.Pattern[str]
    """A host or IR person taking the question themselves: an answer, not moderation."""
    clarifying: re.Pattern[str]
    asks: re.Pattern[str]
    read_question: re.Pattern[str]
    """A host reading out an investor's question ("第一个问题来自网友："): the question follows."""
    relay_channel: re.Pattern[str]
    """A channel questions are sent in by (a webcast, "网络"): whoever reads one out relays it."""
    follow_up: re.Pattern[str]
    follows_on: re.Pattern[str]
    """A short question that leans on the exchange going on ("And in the interim?"), at a turn's start."""
    analyst_firm: re.Pattern[str]
    firm_name: re.Pattern[str]
    speaker_mark: re.Pattern[str]
    invites_question: re.Pattern[str]
    next_question: re.Pattern[str]
    question_opening: re.Pattern[str]
    asker_thanks: re.Pattern[str]
    """An asker thanking for taking their question, anywhere in a turn: only an analyst says it."""
    boilerplate: re.Pattern[str]
    is_boilerplate: AnyLine
    """``boilerplate.search`` as a yes or no, faster."""
    related_links: re.Pattern[str]
    glossary: re.Pattern[str]
    call_cues: tuple[re.Pattern[str], ...]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    surname_spellings: dict[str, tuple[str, ...]]
    """Surname (simplified) -> its Hong Kong and Taiwan spellings, beside pinyin."""
    cjk_stopwords: frozenset[str]
    latin_stopwords: frozenset[str]
    latin_particles: frozenset[str]
    platform_tags: frozenset[str] = frozenset()
    """A meeting platform's tags after a display name (``(Guest)``, ``(External)``): no affiliation."""
    office_fields: frozenset[str] = frozenset()
    """Fields of a job written after an office in a title line (``VICE PRESIDENT FINANCE``): no surname."""
    host_intro: tuple[re.Pattern[str], ...] = ()
    joint_announcement: tuple[re.Pattern[str], ...] = ()
    """The opening naming its host as an outside analyst with a firm ("Here's your host, Example
    Securities' senior analyst, Jane Roe"): a broker's analyst who hosts and asks."""
    host_self_intro: tuple[re.Pattern[str], ...] = ()
    """A host naming herself as an analyst covering an industry at a firm ("I'm Jane Roe, I cover
    machinery here at Example Securities"): a broker's analyst who hosts and asks."""

    def label(self, folded: str) -> LabelKind | None:
        """Which role label ``folded`` (a folded line or inline prefix) is, if any."""
        return _first_whole(self.labels, folded)

    def field(self, folded: str) -> str | None:
        """Which form field naming a speaker ``folded`` is (``asker_field`` / ``answerer_field``)."""
        return _first_whole(self.fields, folded)

    def header(self, folded: str) -> str | None:
        """Which section header ``folded`` (a whole folded line) is, if any."""
        return _first_whole(self.headers, folded)


def _spellings(text: str) -> dict[str, tuple[str, ...]]:
    """``陈 chan tan`` lines: a surname, then its spellings."""
    out: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        head, *rest = line.split() or [""]
        if head:
            out[head] = tuple(rest)
    return out


def vocab_from_data(data: dict[str, Any]) -> Vocab:
    """Compile the vocabulary from its YAML data (tests may pass their own)."""
    pats = data["patterns"]
    names = data["names"]

    def announcement(p: str) -> re.Pattern[str]:
        # behind a lookahead for its first letters: the operator's lines are searched in every
        # paragraph holding a key ("question", "going to")
        return anchored_source(
            p.replace("{NAME}", NAME_RE)
            .replace("{FIRM_ZH}", FIRM_ZH_RE)
            .replace("{BROKER_ZH}", broker_zh_re())
            .replace("{FIRM}", FIRM_RE)
            .replace("{LEGAL_TAIL}", LEGAL_TAIL_RE),
            re.IGNORECASE,
        )

    return Vocab(
        labels={k: _full(v) for k, v in data["labels"].items() if k not in FIELD_KINDS},
        fields={k: _full(v) for k, v in data["labels"].items() if k in FIELD_KINDS},
        headers={k: _full(v) for k, v in data["headers"].items()},
        call_title=_any(pats["call_title"]),
        announcement=tuple(announcement(p) for p in pats["announcement"]),
        handover=tuple(announcement(p) for p in pats["handover"]),
        self_intro=tuple(announcement(p) for p in pats.get("self_intro") or ()),
        self_intro_zh=tuple(announcement(p) for p in pats.get("self_intro_zh") or ()),
        self_intro_inside=tuple(announcement(p) for p in pats.get("self_intro_inside") or ()),
        self_intro_later=tuple(announcement(p) for p in pats.get("self_intro_later") or ()),
        self_intro_staff=tuple(announcement(p) for p in pats.get("self_intro_staff") or ()),
        interviewer=tuple(announcement(p) for p in pats.get("interviewer") or ()),
        expert_call=_any(pats.get("expert_call") or [r"(?!x)x"]),
        expert_host=tuple(announcement(p) for p in pats.get("expert_host") or ()),
        expert_broker=tuple(announcement(p) for p in pats.get("expert_broker") or ()),
        qa_start=_any(pats["qa_start"]),
        moderation=_any(pats["moderation"]),
        restating=_any(pats.get("restating") or [r"(?!x)x"]),
        closing=_any(pats["closing"]),
        ir_role=_any(pats["ir_role"]),
        job_title=_any(pats["job_title"]),
        staff_field=re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in pats.get("staff_field") or [r"(?!x)x"]) + r")\s*(?:[:：\t]|$)"
        ),
        visitor_field=re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in pats.get("visitor_field") or [r"(?!x)x"]) + r")\s*(?:[:：\t]|$)"
        ),
        presenter_word=re.compile("|".join(f"(?:{p})" for p in pats.get("presenter_word") or [r"(?!x)x"])),
        asker_word=re.compile("|".join(f"(?:{p})" for p in pats.get("asker_word") or [r"(?!x)x"])),
        generic_asker=re.compile("|".join(f"(?:{p})" for p in pats.get("generic_asker") or [r"(?!x)x"])),
        unnamed_entry=re.compile("|".join(f"(?:{p})" for p in pats.get("unnamed_entry") or [r"(?!x)x"])),
        platform_question=_full(pats.get("platform_question") or [r"(?!x)x"]),
        platform_answer=_full(pats.get("platform_answer") or [r"(?!x)x"]),
        platform_greeting=_any(pats.get("platform_greeting") or [r"(?!x)x"]),
        broker_name=_any(pats.get("broker_name") or [r"(?!x)x"]),
        role_only_title=re.compile("|".join(f"(?:{p})" for p in pats.get("role_only_title") or [r"(?!x)x"])),
        office_label=re.compile("|".join(f"(?:{p})" for p in pats.get("office_label") or [r"(?!x)x"])),
        office_title=re.compile("|".join(f"(?:{p})" for p in pats.get("office_title") or [r"(?!x)x"]), re.IGNORECASE),
        office_before_name=re.compile(
            r"^(?P<pre>(?i:" + "|".join(f"(?:{p})" for p in pats.get("office_before_name") or [r"(?!x)x"]) + r"))"
            r"\s+(?P<name>[A-Z].{2,40})$"
        ),
        honorifics=tuple(pats.get("short_form") or ()),
        name_courtesy=tuple(pats.get("name_courtesy") or ()),
        name_honorific=tuple(pats.get("name_honorific") or ()),
        minutes_question=tuple(re.compile(p) for p in pats.get("minutes_question") or ()),
        minutes_answer=tuple(re.compile(p) for p in pats.get("minutes_answer") or ()),
        shareholder_word=re.compile("|".join(f"(?:{p})" for p in pats.get("shareholder_word") or [r"(?!x)x"])),
        export_body=re.compile("|".join(f"(?:{p})" for p in pats.get("export_body") or [r"(?!x)x"])),
        title_qualifier=frozenset(pats.get("title_qualifier") or ()),
        title_short_form={str(k): str(v) for k, v in (pats.get("title_short_form") or {}).items()},
        joined_title=re.compile(
            "(?:" + "|".join(f"(?:{p})" for p in pats.get("joined_title") or [r"(?!x)x"]) + ")$"
        ),
        thanks_only=_any(pats["thanks_only"]),
        audio_check=_any(pats.get("audio_check") or [r"(?!x)x"]),
        answering=_any(pats.get("answering") or [r"(?!x)x"]),
        clarifying=_any(pats["clarifying"]),
        asks=_any(pats["asks"]),
        read_question=_any(pats.get("read_question") or [r"(?!x)x"]),
        relay_channel=_any(pats.get("relay_channel") or [r"(?!x)x"]),
        follow_up=_any(pats.get("follow_up") or [r"(?!x)x"]),
        follows_on=_any(pats.get("follows_on") or [r"(?!x)x"]),
        analyst_firm=_any(pats.get("analyst_firm") or [r"(?!x)x"]),
        firm_name=_any(pats.get("firm_name") or [r"(?!x)x"]),
        speaker_mark=_any(pats.get("speaker_mark") or [r"(?!x)x"]),
        invites_question=_any(pats.get("invites_question") or [r"(?!x)x"]),
        next_question=_any(pats.get("next_question") or [r"(?!x)x"]),
        question_opening=_any(pats.get("question_opening") or [r"(?!x)x"]),
        asker_thanks=_any(pats.get("asker_thanks") or [r"(?!x)x"]),
        boilerplate=_any(pats["boilerplate"]),
        is_boilerplate=AnyLine.of(pats["boilerplate"]),
        related_links=_any(pats.get("related_links") or [r"(?!x)x"]),
        glossary=_any(pats.get("glossary") or [r"(?!x)x"]),
        call_cues=tuple(re.compile(p, re.IGNORECASE) for p in pats["call_cues"]),
        surnames=frozenset("".join(names["surnames"].split())),
        compound_surnames=tuple(names["compound_surnames"]),
        surname_spellings=_spellings(names.get("surname_spellings") or ""),
        cjk_stopwords=frozenset(names["cjk_stopwords"]),
        latin_stopwords=frozenset(w.casefold() for w in names["latin_stopwords"]),
        latin_particles=frozenset(names["latin_particles"]),
        platform_tags=frozenset(w.casefold() for w in names.get("platform_tags") or ()),
        office_fields=frozenset(w.casefold() for w in names.get("office_fields") or ()),
        host_intro=tuple(announcement(p) for p in pats.get("host_intro") or ()),
        joint_announcement=tuple(announcement(p) for p in pats.get("joint_announcement") or ()),
        host_self_intro=tuple(announcement(p) for p in pats.get("host_self_intro") or ()),
    )


@cache
def vocab() -> Vocab:
    """The packaged vocabulary, loaded and compiled once per process."""
    try:
        return vocab_from_data(load_yaml("transcript.yaml"))
    except (KeyError, TypeError, AttributeError) as e:
        raise LexiconError(f"lexicon/transcript.yaml: missing or malformed section ({e!r})") from None
