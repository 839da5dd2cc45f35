"""Question and answer gists: the asks of a question turn, and the answer sentences that meet them.

A question gist keeps the sentences that ask something (a question mark, or a cue such as 请问 /
"could you"), never a greeting, thanks or congratulations: a leading greeting clause is cut off an
ask sentence, and an ask that repeats an earlier one (an interpreted question asked twice) is left
out. A multi-part question keeps every part that fits a length budget, parts on a topic not yet
asked about first; a topic line ("my question is about cloud") stays as the opening.

How well an answer sentence meets an ask is the share of rare words they have in common: tokens
weighted by their rarity in the document, so 资本开支 counts and 我们 does not; Chinese is read as
character bigrams without those that touch a function character (是我, 考这), a cheap stand-in for
word segmentation that keeps the CLI fast (jieba would add half a second of start-up). Position
matters too (the parts of a question are mostly answered in the order asked), and so do what a
sentence says (``Reading.score``) and how: a signpost ("关于您提到的...问题", "as for your question")
or an opener ("接下来我再讲一下") says what is being answered, not the answer; a conclusion
("所以我们预期...", "we expect...") usually is the answer. The gist is picked greedily: the sentence
that meets the asks best, then sentences that meet asks still unmet, never one whose figures are
already in it.

Everything is deterministic: ties break on document order.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from finbrief.facts.numbers import parse_numbers
from finbrief.ingest.script import to_simplified
from finbrief.summarize.commit import cue_kinds
from finbrief.summarize.select import DUPLICATE, FigureKey, fact_keys
from finbrief.summarize.text import content_length, similarity, tokens
from finbrief.summarize.units import Reading, Unit
from finbrief.summarize.write import Writer

# Longest question gist, in content length (Chinese characters or Latin words).
QUESTION_LIMIT_ZH = 200
QUESTION_LIMIT_EN = 85
# Longest answer gist, and most sentences in it.
ANSWER_LIMIT_ZH = 180
ANSWER_LIMIT_EN = 80
ANSWER_SENTENCES = 3
ANSWER_SENTENCES_MAX = 5
# An ask that repeats this much of what is already kept adds nothing.
ASK_NOVELTY = 0.35
# A second or third answer sentence must add at least this much coverage of the asks (0-1).
MIN_COVER = 0.03
# Each kind of commitment cue (commitment, guidance, timeline, priority, share) a sentence carries
# raises its standing by this much (two at most).
COMMITTAL_BONUS = 0.3
# What a commitment adds to a sentence's gain in a gist, against meeting the asks (0-1 each); a
# sentence this committed joins the gist even if it meets no ask in so many words.
COMMIT_WEIGHT = 0.35
COMMITTED = 0.5
# How much a commitment or a figure lifts a sentence's coverage of the asks.
COMMIT_LIFT = 0.6
# A committal standing (``_committal`` above 1) of this much or more counts as fully committed.
FULLY_COMMITTED = 0.35
_COMMITTAL = frozenset({"commitment", "guidance", "timeline", "priority", "share"})
# How much a sentence in the other language that cannot be written in the output language counts.
UNWRITTEN = 0.6
# An answer that puts a number on it (a rate, an amount, a multiple) is what an analyst writes down.
QUANTIFIED_BONUS = 1.35


def figures_of(text: str) -> frozenset[float]:
    """The values of the figures a text states: percentages, amounts, multiples, counts of 100 or more
    ("a 6 handle", "2 segments" are not figures an analyst models with). Values only: "3800亿" said
    again is the "3800亿元" said before."""
    return frozenset(round(m.value, 6) for m in parse_numbers(text) if m.unit != "count" or m.value >= 100)
# Where one ask turns to another part: "..., and how ...", "，以及...", "；另外...".
_SUB_QUESTION = re.compile(
    r"[，,;；]\s*(?=以及|还有|另外|此外|同时|并且|那么|(?:and (?:what|how|when|whether|why|could|can|do|does|is|are|will)|"
    r"also|as well as)\b)|(?<=[?？])"
)

ASK_ZH = re.compile(
    r"[?？]|请问|能否|可否|如何|是否|怎么|怎样|什么|哪些|哪个|多少|为什么|为何|吗|呢|问题是关于|问题是|问题与|"
    r"问题关于|想了解|想请|展望"
)
ASK_EN = re.compile(
    r"\?|\b(?:what|how|why|when|where|which|could you|can you|would you|do you|did you|are you|is there|"
    r"will you|should we|my question|help us understand|talk about|comment on|color on|update on|"
    r"walk us through|give us)\b",
    re.IGNORECASE,
)
# Greetings, thanks and congratulations: a clause that carries one of these and no ask is cut.
GREETING_ZH = re.compile(
    r"谢谢|感谢|多谢|祝贺|恭喜|晚上好|早上好|下午好|大家好|你好|您好|管理层好|^嗨|^hi\b|^hello\b"
)
GREETING_EN = re.compile(
    r"\b(?:thanks?|thank you|congratulations?|congrats|good (?:morning|afternoon|evening)|hi|hello|"
    r"appreciate (?:it|the opportunity|you taking))\b",
    re.IGNORECASE,
)
# A question that points back ("do you agree with this view?") needs the sentence before it.
_ANAPHORA = re.compile(
    r"这一说法|这个说法|这种说法|这一观点|这个观点|这种观点|这一判断|这个判断|同意|\bagree\b|\bthis view\b|"
    r"\bthat view\b|\bthis (?:statement|argument|thesis)\b",
    re.IGNORECASE,
)
# "My question is about cloud.": says what the question is on, not what it asks.
_TOPIC_LINE = re.compile(
    r"问题(?:是)?(?:关于|与|和|有关)|问题是|\bmy (?:first |second |next |follow-up )?question is (?:on|about|regarding)\b"
    r"|\bmy question (?:relates to|concerns|is related to)\b",
    re.IGNORECASE,
)
_CLAUSE = re.compile(r"[^，,;；:：。.!！]+[，,;；:：。.!！]*")
# An answer sentence that only says what is being answered.
_SIGNPOST = re.compile(
    r"(?:问题|提问)(?:的)?(?:第[一二三四五]部分)?(?:是)?关于|关于.{0,20}(?:问题|提问)|(?:回答|回到).{0,8}问题|"
    r"第[一二三四五两]个问题|您问到|你问到|您提到的|你提到的|"
    r"\b(?:your|the|that) (?:first |second |third |last |other |next )?(?:question|point)\b|\byou asked\b|"
    r"\bto answer\b|\bas for your\b",
    re.IGNORECASE,
)
# A sentence that opens a topic rather than states something ("Let me start with...", "下面来看...").
OPENER = re.compile(
    r"^(?:let me|let's|turning to|now,? (?:let|turning|moving)|moving on|"
    r"i(?:'ll| will) (?:now )?(?:start|begin|turn|talk))|^(?:下面|接下来|现在让我|首先[,，]?我|我来|我先|然后我再|我再)",
    re.IGNORECASE,
)
_OPENER = OPENER
# An answer sentence that states a conclusion or a stance.
_CONCLUSION = re.compile(
    r"^(?:所以|因此|总体|综合来看|总的来说|总之|整体来看)|我们预期|我们预计|我们相信|我们有信心|我们认为|我们的目标|"
    r"^(?:so|therefore|overall|in short|in summary)\b|\bwe (?:expect|believe|are confident|anticipate|aim)\b",
    re.IGNORECASE,
)
# Words of asking that say nothing about what is asked.
_ASK_STOP_TEXT = """
问题 第一 一个 个问 题是 我的 我们 们应 应该 如何 思考 能否 请问 管理 理层 分享 一下 这种 是否 怎么 看待
想了 了解 请管 谢谢 关于 另外 其次 首先 最后 那么 可以 以及 这个 这些 你们 您们 贵公 公司
进行 通过 目前 现在 非常 已经 可能 情况 方面 时候 表示 认为 看到 因为 所以 但是 如果 其实 这样 还是
并且 而且 之后 之前 具体 进一步 方式 背景 注意 注意到 观察 提到 刚才 记得 谈谈 谈到
question questions management talk color comment help understand give share thank think update
walk follow maybe also first second third last
"""
_ASK_STOP = frozenset(_ASK_STOP_TEXT.split())
_FILLERS = re.compile(r"[呃嗯]")
# Characters that are (mostly) grammar: a character bigram containing one usually spans two words
# ("是我", "考这"), so it is no evidence that two sentences are on the same thing. A cheap stand-in
# for word segmentation; content words such as 加速, 资本, 利润, 节奏 keep their bigrams.
_FUNCTION_CHARS = frozenset(
    "的了是在我们你您他她它这那哪个些么吗呢吧啊呃嗯也就都还又和与及或并而但把被给让向其此如何怎谁很更最将要着没不"
)


# English words an analyst and a manager use for the same thing (stemmed as ``text.tokens`` does).
_SYNONYMS = {"buyback": ("repurchas",), "capex": ("capital", "expenditure"), "profitability": ("margin",)}


def _en(toks: frozenset[str]) -> frozenset[str]:
    extra = [s for t in toks for s in _SYNONYMS.get(t, ())]
    return toks | frozenset(extra) if extra else toks


def _content(toks: frozenset[str]) -> frozenset[str]:
    """Tokens without character bigrams that touch a function character."""
    return frozenset(t for t in toks if t.isascii() or not any(c in _FUNCTION_CHARS for c in t))


def is_ask(u: Unit) -> bool:
    """A question, or a sentence that says what is asked ("my question is about cloud") without
    greeting or thanking."""
    if "?" in u.text or "？" in u.text:
        return True
    cue = ASK_ZH.search(u.simple) if u.chinese else ASK_EN.search(u.text)
    greeting = GREETING_ZH.search(u.simple) if u.chinese else GREETING_EN.search(u.text)
    return bool(cue) and not greeting


def _greeting(clause: str, chinese: bool) -> bool:
    pattern = GREETING_ZH if chinese else GREETING_EN
    text = clause.strip().lower()
    return bool(pattern.search(to_simplified(text) if chinese else text))


def _asks(clause: str, chinese: bool) -> bool:
    return bool(ASK_ZH.search(to_simplified(clause)) if chinese else ASK_EN.search(clause))


def strip_greetings(u: Unit, chinese_doc: bool) -> Unit | None:
    """The sentence without its leading greeting clauses and trailing thanks (None when nothing is left)."""
    clauses = [m.group(0) for m in _CLAUSE.finditer(u.text)]
    if not clauses or "".join(clauses) != u.text:
        return u
    lo, hi = 0, len(clauses)
    while lo < hi and _greeting(clauses[lo], u.chinese) and not _asks(clauses[lo], u.chinese):
        lo += 1
    while hi > lo and _greeting(clauses[hi - 1], u.chinese) and not _asks(clauses[hi - 1], u.chinese):
        hi -= 1
    if (lo, hi) == (0, len(clauses)):
        return u
    text = "".join(clauses[lo:hi]).strip()
    if not text:
        return None
    if text[-1] in "，,;；:：":
        text = text[:-1]
    offset = len("".join(clauses[:lo]))
    low = text.lower()
    simple = to_simplified(low) if chinese_doc else low
    return replace(
        u,
        start=u.start + offset,
        end=u.start + offset + len(text),
        text=text,
        low=low,
        simple=simple,
        pleasantries=0,
        length=content_length(text),
    )


@dataclass
class Gister:
    """Question and answer gists of one document's Q&A pairs (token rarity computed once)."""

    reading: Reading
    writer: Writer | None = None
    """Says which sentences can be stated in the output language (``Writer.usable``)."""
    _commit: list[float] = field(default_factory=list)

    @cached_property
    def _tokens(self) -> dict[int, frozenset[str]]:
        """Similarity tokens of every sentence without spoken fillers (呃, 嗯 make no bigram)."""
        return {
            u.index: _content(tokens(_FILLERS.sub("", u.simple))) if u.chinese else _en(u.tokens)
            for u in self.reading.units
        }

    def tokens(self, u: Unit) -> frozenset[str]:
        got = self._tokens.get(u.index)
        if got is None or u.text != self.reading.units[u.index].text:  # a trimmed sentence
            return _content(tokens(_FILLERS.sub("", u.simple))) if u.chinese else _en(u.tokens)
        return got

    @cached_property
    def said_before(self) -> frozenset[float]:
        """Figures stated outside the Q&A (news, prepared remarks): an answer that repeats one adds
        less than one that puts a new number on something."""
        qa = frozenset(n for q in self.reading.doc.qa for n in (*q.question, *(m for a in q.answers for m in a.paragraphs)))
        out: set[float] = set()
        for u in self.reading.units:
            if u.paragraph not in qa:
                out |= figures_of(u.text)
        return frozenset(out)

    @cached_property
    def idf(self) -> dict[str, float]:
        df: dict[str, int] = {}
        for toks in self._tokens.values():
            for t in toks:
                df[t] = df.get(t, 0) + 1
        n = len(self.reading.units) + 1
        return {t: math.log(n / (c + 0.5)) for t, c in df.items()}

    def weight(self, toks: frozenset[str]) -> float:
        idf = self.idf
        return sum(idf.get(t, 1.0) for t in toks)

    def ask_tokens(self, u: Unit) -> frozenset[str]:
        return frozenset(t for t in self.tokens(u) if t not in _ASK_STOP)

    def same_ask(self, a: Unit, b: Unit) -> bool:
        """Two asks that share most of their rare words ask the same thing."""
        ta, tb = self.ask_tokens(a), self.ask_tokens(b)
        wa, wb = self.weight(ta), self.weight(tb)
        if not wa or not wb:
            return False
        return self.weight(ta & tb) / min(wa, wb) >= DUPLICATE

    def relevance(self, ask: frozenset[str], u: Unit) -> float:
        """Shared rare tokens of an ask and a sentence, relative to both (a cosine on idf weights)."""
        toks = self.tokens(u)
        shared = ask & toks
        if not shared:
            return 0.0
        wa, wu = self.weight(ask), self.weight(toks)
        if not wa or not wu:
            return 0.0
        ws = self.weight(shared)
        # A sentence that mostly repeats the question ("在智能体产品方面,我们有许多...") says little.
        echo = ws / wu
        return ws / math.sqrt(wa * wu) * math.sqrt(max(0.1, 1.0 - echo))

    # ----------------------------------------------------------------- questions
    def asks(self, units: Sequence[Unit]) -> list[Unit]:
        """Every ask of a question turn, greetings cut, repeats left out, in order.

        A question that points back ("do you agree with this view?") keeps the sentence before it.
        A turn with no recognisable ask keeps its first sentence that is not a greeting.
        """
        chinese_doc = self.reading.doc.language != "en"
        out: list[Unit] = []
        for i, u in enumerate(units):
            if u.noise or not is_ask(u):
                continue
            trimmed = strip_greetings(u, chinese_doc)
            if trimmed is None or trimmed.length < 3:
                continue
            if any(self.same_ask(trimmed, o) for o in out if not self.topic_line(o)):
                continue  # the same question asked twice (interpreted, or repeated)
            if _ANAPHORA.search(trimmed.simple) and i > 0:
                prev = units[i - 1]
                if (
                    not prev.noise
                    and not prev.pleasantries
                    and not is_ask(prev)
                    and prev.index not in {o.index for o in out}
                ):
                    out.append(prev)
            out.append(trimmed)
        if not out:
            rest = [u for u in units if not u.pleasantries and not u.noise]
            out = rest[:1] or [t for t in (strip_greetings(u, chinese_doc) for u in units[:1]) if t]
        return out

    def topics(self, u: Unit) -> frozenset[str]:
        """Topics (themes.yaml ``topics``) a sentence mentions."""
        return frozenset(t.key for t in self.reading.tax.topics if t.hits(u.low, u.simple))

    def question(self, units: Sequence[Unit]) -> list[Unit]:
        """The question gist: the first ask, then further asks within a budget, those on a topic not
        yet asked about first, then those with the most words not yet asked."""
        asks = self.asks(units)
        if not asks:
            return []
        limit = QUESTION_LIMIT_ZH if asks[0].chinese else QUESTION_LIMIT_EN
        kept = [asks[0]]
        # A topic line ("my question is about X") does not make a later ask on X a repeat.
        covered = set() if self.topic_line(asks[0]) else set(self.ask_tokens(asks[0]))
        topics = set(self.topics(asks[0]))
        total = asks[0].length
        rest = list(asks[1:])
        while rest:
            scored = []
            for u in rest:
                toks = self.ask_tokens(u)
                w = self.weight(toks)
                novelty = self.weight(toks - covered) / w if w else 0.0
                new_topics = len(self.topics(u) - topics)
                direct = 1.0 if ("?" in u.text or "？" in u.text) else 0.75
                value = (new_topics + 0.5 * novelty) * direct / math.sqrt(max(u.length, 4))
                scored.append((value, -u.index, novelty, u))
            _, _, novelty, best = max(scored, key=lambda x: (x[0], x[1]))
            rest.remove(best)
            if novelty < ASK_NOVELTY or total + best.length > limit:
                continue
            kept.append(best)
            covered |= self.ask_tokens(best)
            topics |= self.topics(best)
            total += best.length
        return sorted(kept, key=lambda u: u.index)

    @staticmethod
    def topic_line(u: Unit) -> bool:
        """A sentence that names the question's subject without asking ("我的问题是关于阿里云")."""
        short = u.length <= (25 if u.chinese else 12)
        return short and "?" not in u.text and "？" not in u.text and bool(_TOPIC_LINE.search(u.simple))

    # ----------------------------------------------------------------- answers
    def _matrix(
        self, asks: Sequence[Unit], units: Sequence[Unit]
    ) -> tuple[list[Unit], list[list[float]], list[float], list[float]]:
        """The answer's candidate sentences; how well each meets each ask (0-1, position-weighted);
        how much each says (0-1); how each says it (signposts down, conclusions up)."""
        w = self.writer
        pool = [u for u in units if u.eligible and not u.is_question and (w is None or w.usable(u))]
        asks = [a for a in asks if not self.topic_line(a)] or list(asks)
        ask_sets = [t for a in asks for t in self.sub_questions(a)] or [frozenset()]
        n, m = len(ask_sets), len(pool)
        rel: list[list[float]] = []
        for k, u in enumerate(pool):
            where = k / (m - 1) if m > 1 else 0.0
            row = []
            for i, a in enumerate(ask_sets):
                expected = i / (n - 1) if n > 1 else 0.0
                row.append(self.relevance(a, u) * (1.0 - 0.35 * abs(where - expected)))
            rel.append(row)
        top = max((v for row in rel for v in row), default=0.0) or 1.0
        rel = [[v / top for v in row] for row in rel]
        top_info = max((self.reading.score(u) for u in pool), default=0.0) or 1.0
        info = [self.reading.score(u) / top_info for u in pool]
        manner = []
        for k, u in enumerate(pool):
            text = u.simple if u.chinese else u.low
            x = 1.0 - 0.15 * (k / (m - 1) if m > 1 else 0.0)
            if _SIGNPOST.search(text) or _OPENER.search(text):
                x *= 0.1  # says what is being answered, not the answer
            if _CONCLUSION.search(text):
                x *= 1.2
            if w is not None and w.foreign(u) and w.written(u) is None:
                x *= UNWRITTEN  # a reader of the output language gets only a quote of it
            manner.append(x)
        # on an absolute scale (a sentence's standing must not depend on its neighbours): one cue is
        # half, two cues or a cue and a new figure are all
        self._commit = [min(1.0, max(0.0, self._committal(u) - 1.0) / FULLY_COMMITTED) for u in pool]
        return pool, rel, info, manner

    def _greedy(
        self, asks: Sequence[Unit], units: Sequence[Unit], k: int, limit: int | None, strict: bool
    ) -> list[Unit]:
        """Greedy coverage: each pick adds the most unmet asking (earlier asks weigh a little more)
        plus a little for what it says; later picks must meet some ask not met yet (``strict``)."""
        pool, rel, info, manner = self._matrix(asks, units)
        if not pool:
            return []
        n = len(rel[0])
        weights = [1.0 / (1.0 + 0.2 * i) for i in range(n)]
        total_w = sum(weights)
        met = [0.0] * n
        keys = [fact_keys(u) for u in pool]
        values = [figures_of(u.text) for u in pool]
        stated: frozenset[FigureKey] = frozenset()
        said: frozenset[float] = frozenset()
        chosen: list[int] = []
        first_gain = 0.0
        size = 0
        while len(chosen) < k:
            best: tuple[float, int] | None = None
            best_j = -1
            for j, u in enumerate(pool):
                if j in chosen or (keys[j] and keys[j] <= stated) or (values[j] and values[j] <= said):
                    continue  # picked, or its figures are already in the gist
                if chosen and limit is not None and size + u.length > limit:
                    continue
                if any(similarity(self.tokens(u), self.tokens(pool[c])) >= DUPLICATE for c in chosen):
                    continue
                # Squares: one ask met well counts more than several met in passing.
                cover = sum(w * max(0.0, r * r - c * c) for w, r, c in zip(weights, rel[j], met, strict=True))
                cover /= total_w
                commits = self._commit[j]
                if chosen and strict and cover < MIN_COVER and commits < COMMITTED:
                    continue
                # meeting an ask with a figure or a commitment beats meeting it in general words; a
                # commitment on a part of the question already met adds less
                gain = manner[j] * (cover * (1.0 + COMMIT_LIFT * commits) + 0.25 * info[j] + COMMIT_WEIGHT * commits)
                if best is None or (gain, -u.index) > best:
                    best, best_j = (gain, -u.index), j
            # a weak further pick ends the gist, unless it commits to something (a commitment is
            # worth its place whatever the first pick scored)
            if best is None or (chosen and best[0] < 0.25 * first_gain and self._commit[best_j] < COMMITTED):
                break
            if not chosen:
                first_gain = best[0]
            chosen.append(best_j)
            stated |= keys[best_j]
            said |= values[best_j]
            size += pool[best_j].length
            met = [max(c, r) for c, r in zip(met, rel[best_j], strict=True)]
        return sorted((pool[j] for j in chosen), key=lambda u: u.index)

    def sub_questions(self, ask: Unit) -> list[frozenset[str]]:
        """The parts of one ask ("how fast will cloud grow, and what about margins?"), as the rare
        words of each: an answer should meet each part, not only the first."""
        text = ask.simple if ask.chinese else ask.low
        pieces = [p for p in _SUB_QUESTION.split(text) if p and p.strip()]
        whole = self.ask_tokens(ask)
        if len(pieces) < 2:
            return [whole]
        out = []
        for p in pieces:
            toks = _content(tokens(_FILLERS.sub("", p))) if ask.chinese else _en(tokens(p))
            toks = frozenset(t for t in toks if t not in _ASK_STOP)
            if toks:
                out.append(toks)
        return out or [whole]

    def _committal(self, u: Unit) -> float:
        """How much an answer sentence commits to: figures, guidance, timelines, commitments and
        priorities are what an analyst takes away; one restated in the output language more so."""
        kinds = cue_kinds(u)
        x = 1.0 + COMMITTAL_BONUS * min(2, len(kinds & _COMMITTAL))
        if u.facts:
            x *= 1.1
        figures = figures_of(u.text)
        if figures - self.said_before:
            x *= QUANTIFIED_BONUS  # a figure the call has not stated already
        elif figures:
            x *= math.sqrt(QUANTIFIED_BONUS)
        w = self.writer
        if w is not None:
            if w.restated(u) is not None:
                x *= 1.3
            if w.foreign(u):
                x *= 1.2 if w.written(u) is not None else 0.8
        return x

    def answer(self, asks: Sequence[Unit], units: Sequence[Unit]) -> list[Unit]:
        """The answer gist: the sentence that best meets the asks, then up to two that meet asks it
        leaves unmet, in document order, within a length budget."""
        if not any(u.eligible and not u.is_question for u in units):
            return [u for u in units if not u.noise][:1]
        chinese = any(u.chinese for u in units)
        # a question of many parts gets a longer answer gist (one more sentence per three parts)
        parts = sum(len(self.sub_questions(a)) for a in asks if not self.topic_line(a))
        k = min(ANSWER_SENTENCES_MAX, ANSWER_SENTENCES + max(0, parts - 1) // 3)
        extra = k - ANSWER_SENTENCES
        limit = ANSWER_LIMIT_ZH + 40 * extra if chinese else ANSWER_LIMIT_EN + 20 * extra
        return self._greedy(asks, units, k, limit, True)

    def best(self, asks: Sequence[Unit], units: Sequence[Unit], k: int) -> list[Unit]:
        """Up to ``k`` non-redundant answer sentences that best meet the asks (a chapter summary)."""
        return self._greedy(asks, units, k, None, False)
