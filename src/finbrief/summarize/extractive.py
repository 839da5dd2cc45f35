"""The extractive backend: source sentences chosen by analyst relevance, figures realised from facts.

Deterministic and offline. Narrative statements are exact source sentences (Chinese converted
to the requested script only) and carry their language in ``Statement.lang``; titles, names and
highlights are produced in the output language.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from finbrief.model import Brief, Chapter, Document, Fact, Group, Minutes, MinutesQA, QAPair, Statement
from finbrief.options import Options
from finbrief.summarize import realise
from finbrief.summarize.names import speaker_name
from finbrief.summarize.select import mmr
from finbrief.summarize.text import is_chinese, output_lang, text_lang, to_script
from finbrief.summarize.units import Reading, Unit, read

MIN_GROUPS, MAX_GROUPS = 3, 6
MIN_POINTS, MAX_POINTS = 2, 5
MAX_HIGHLIGHTS = 10
MIN_HIGHLIGHTS = 5
# The highlights job prints the headline figures only: the first few of a brief's highlights.
HEADLINE_HIGHLIGHTS = 5
MAX_PREPARED_CHAPTERS = 8
# Longest question or answer gist, in content length (Chinese characters or Latin words).
GIST_LIMIT_ZH = 160
GIST_LIMIT_EN = 70

_ASK_ZH = re.compile(
    r"[?？]|请问|能否|可否|如何|是否|怎么|怎样|什么|哪些|哪个|多少|为什么|为何|吗|呢|问题是关于|问题是|想了解|想请|展望"
)
_ASK_EN = re.compile(
    r"\?|\b(?:what|how|why|when|where|which|could you|can you|would you|do you|did you|are you|is there|"
    r"will you|should we|my question|help us understand|talk about|comment on|color on|update on|"
    r"walk us through|give us)\b",
    re.IGNORECASE,
)

_FILLERS = re.compile(r"[呃嗯][，,、]?")

SECTION_TITLES = {
    "intro": {"en": "News summary", "zh-Hans": "新闻导语"},
    "qa": {"en": "Q&A", "zh-Hans": "问答"},
    "analyst": {"en": "Analyst", "zh-Hans": "分析师"},
}


def _title(key: str, lang: str) -> str:
    t = SECTION_TITLES[key]
    return t["en"] if lang == "en" else to_script(t["zh-Hans"], lang)


class ExtractiveSummarizer:
    """Sentence extraction with analyst-relevance scoring and MMR; data-to-text highlights."""

    name = "extractive"

    # ----------------------------------------------------------------- statements
    @staticmethod
    def statement(units: Sequence[Unit], doc: Document, lang: str) -> Statement:
        """Exact source sentences as one statement: Chinese converted to the output script only."""
        units = sorted(units, key=lambda u: u.index)
        chinese = any(u.chinese for u in units)
        text = ("" if chinese else " ").join(u.text for u in units)
        if chinese:  # spoken fillers carry nothing; removing them leaves every number in place
            text = _FILLERS.sub("", text)
        src = text_lang(text, doc)
        if is_chinese(lang) and is_chinese(src):
            text, src = to_script(text, lang), lang
        return Statement(text, tuple(sorted({u.paragraph for u in units})), src)

    # ----------------------------------------------------------------- brief
    def brief(self, doc: Document, facts: Sequence[Fact], options: Options) -> Brief:
        lang = output_lang(options.lang, doc)
        reading = read(doc, facts)
        core = self._core(reading)
        groups = self._groups(reading, avoid=[u.tokens for u in core])
        return Brief(
            core_viewpoint=tuple(self.statement([u], doc, lang) for u in core),
            groups=tuple(
                Group(
                    reading.tax.by_key(key).title(lang),
                    tuple(self.statement([u], doc, lang) for u in pts),
                    key,
                )
                for key, pts in groups
            ),
            highlights=self._highlights(reading, lang),
        )

    def _core(self, reading: Reading) -> list[Unit]:
        """1-3 sentences that state the document's point: a news lead, else the headline results."""
        pool = reading.eligible()
        # A news lead: an article's opening, or a call's news introduction (not its title lines).
        lead_sections = (None, "intro") if reading.doc.kind == "article" else ("intro",)
        lead = [u for u in pool if u.section in lead_sections]
        base = lead if len(lead) >= 2 else [u for u in pool if u.section is not None] or pool

        def score(u: Unit) -> float:
            """A news lead states the point: the first paragraphs weigh much more here."""
            rank = reading.lead_rank.get(u.paragraph)
            return reading.score(u) * (1.0 + 2.0 * math.exp(-rank / 2) if rank is not None else 1.0)

        picked = mmr(base, score, 3, lam=0.7)
        if not picked:
            return []
        floor = 0.6 * score(picked[0])
        return [u for u in picked if score(u) >= floor][:3]

    def _groups(self, reading: Reading, avoid: list[frozenset[str]]) -> list[tuple[str, list[Unit]]]:
        """3-6 themes the document supports, each with 2-5 non-redundant points."""
        pools: dict[str, list[Unit]] = {}
        for u in reading.eligible():
            if u.is_question or u.side == "analyst":
                continue
            key = u.top_theme()
            if key is not None and u.themes[key] >= 0.25:
                pools.setdefault(key, []).append(u)
        strength = {
            k: sum(sorted((reading.score(u) for u in v), reverse=True)[:4])
            for k, v in pools.items()
            if len(v) >= 2
        }
        ranked = sorted(strength, key=lambda k: (-strength[k], k))
        if not ranked:
            return []
        top = strength[ranked[0]]
        keep = [k for i, k in enumerate(ranked[:MAX_GROUPS]) if i < MIN_GROUPS or strength[k] >= 0.2 * top]
        chosen: dict[str, list[Unit]] = {}
        seen = list(avoid)
        for key in keep:
            pool = pools[key]
            k = max(MIN_POINTS, min(MAX_POINTS, (len(pool) + 1) // 2))
            points = mmr(pool, reading.score, k, avoid=seen)
            if len(points) >= MIN_POINTS or (points and len(keep) <= MIN_GROUPS):
                chosen[key] = points
                seen.extend(u.tokens for u in points)
        order = [t.key for t in reading.tax.themes]
        return [(k, chosen[k]) for k in order if k in chosen]

    def _highlights(self, reading: Reading, lang: str) -> tuple[Statement, ...]:
        """Key figures realised in ``lang``; topped up with figure-bearing sentences when few."""
        out = realise.highlights(reading.doc, reading.facts, lang, k=MAX_HIGHLIGHTS)
        if len(out) < MIN_HIGHLIGHTS:
            cited = {c for s in out for c in s.citations}
            pool = [
                u
                for u in reading.eligible()
                if u.facts
                and not u.is_question
                and u.side != "analyst"
                and u.paragraph not in cited
                and (lang == "en") == (not u.chinese)
            ]
            for u in mmr(pool, reading.score, MIN_HIGHLIGHTS - len(out)):
                out.append(self.statement([u], reading.doc, lang))
        return tuple(out)

    def highlights(self, doc: Document, facts: Sequence[Fact], options: Options) -> tuple[Statement, ...]:
        """The headline figures: realised from facts only (no document reading needed)."""
        lang = output_lang(options.lang, doc)
        return tuple(realise.highlights(doc, facts, lang, k=HEADLINE_HIGHLIGHTS))

    # ----------------------------------------------------------------- minutes
    def minutes(self, doc: Document, facts: Sequence[Fact], options: Options) -> Minutes:
        lang = output_lang(options.lang, doc)
        reading = read(doc, facts)
        pool = [u for u in reading.eligible() if not u.is_question and u.side != "analyst"]
        summary = mmr(pool, reading.score, 4, lam=0.6)
        chapters = self._chapters(reading, lang)
        qa = tuple(self._qa(reading, pair, lang) for pair in doc.qa)
        return Minutes(
            summary=tuple(self.statement([u], doc, lang) for u in sorted(summary, key=lambda u: u.index)),
            chapters=tuple(chapters),
            qa=qa,
        )

    def _chapters(self, reading: Reading, lang: str) -> list[Chapter]:
        doc = reading.doc
        out: list[Chapter] = []
        intro = [p.n for p in doc.paragraphs if p.section == "intro" and p.role == "text"]
        if intro:
            units = [u for n in intro for u in reading.by_paragraph.get(n, ())]
            out.append(self._chapter(reading, _title("intro", lang), intro, units, lang))
        body = [p for p in doc.paragraphs if p.role == "text" and p.section in (None, "prepared")]
        for seg in self._segments(reading, [p.n for p in body]):
            units = [u for n in seg for u in reading.by_paragraph.get(n, ())]
            out.append(self._chapter(reading, self._segment_title(reading, seg, lang), seg, units, lang))
        for pair in doc.qa:
            paragraphs = sorted({*pair.question, *(n for a in pair.answers for n in a.paragraphs)})
            answer_units = [
                u for a in pair.answers for n in a.paragraphs for u in reading.by_paragraph.get(n, ())
            ]
            out.append(
                self._chapter(reading, self._qa_title(reading, pair, lang), paragraphs, answer_units, lang)
            )
        return [c for c in out if c.summary]

    def _chapter(
        self, reading: Reading, title: str, paragraphs: Sequence[int], units: Sequence[Unit], lang: str
    ) -> Chapter:
        pool = [u for u in units if u.eligible and not u.is_question]
        picked = mmr(pool, reading.score, 2, lam=0.7)
        return Chapter(
            title=title,
            summary=tuple(
                self.statement([u], reading.doc, lang) for u in sorted(picked, key=lambda u: u.index)
            ),
            paragraphs=tuple(paragraphs),
        )

    def _theme_profile(self, reading: Reading, paragraphs: Sequence[int]) -> dict[str, float]:
        profile: dict[str, float] = {}
        for n in paragraphs:
            for u in reading.by_paragraph.get(n, ()):
                if not u.eligible:
                    continue
                for k, v in u.themes.items():
                    profile[k] = profile.get(k, 0.0) + v
        return profile

    def _top_themes(self, reading: Reading, paragraphs: Sequence[int], n: int = 2) -> list[str]:
        profile = self._theme_profile(reading, paragraphs)
        order = {t.key: i for i, t in enumerate(reading.tax.themes)}
        ranked = sorted(profile, key=lambda k: (-profile[k], order.get(k, 99)))
        if not ranked:
            return []
        return [k for k in ranked[:n] if profile[k] >= 0.5 * profile[ranked[0]]]

    def _segments(self, reading: Reading, paragraphs: Sequence[int]) -> list[list[int]]:
        """Prepared remarks (or an article) cut into topics: at speaker changes and theme shifts."""
        doc = reading.doc
        segments: list[list[int]] = []
        current: list[int] = []
        current_theme: str | None = None
        for n in paragraphs:
            p = doc.paragraph(n)
            themes = self._top_themes(reading, [n], 1)
            theme = themes[0] if themes else None
            new_speaker = bool(current) and doc.paragraph(current[-1]).speaker != p.speaker
            shift = (
                bool(current)
                and theme is not None
                and current_theme is not None
                and theme != current_theme
                and len(current) >= 2
            )
            if new_speaker or shift:
                segments.append(current)
                current, current_theme = [], None
            current.append(n)
            if current_theme is None:
                current_theme = theme
            elif theme is not None:
                top = self._top_themes(reading, current, 1)
                current_theme = top[0] if top else current_theme
        if current:
            segments.append(current)
        # A segment with nothing worth saying (a disclaimer, a greeting, IR's introductions) joins
        # the next one.
        merged: list[list[int]] = []
        carry: list[int] = []
        for seg in segments:
            if not any(
                u.eligible and (u.facts or u.themes) and u.role_weight > 0.6
                for n in seg
                for u in reading.by_paragraph.get(n, ())
            ):
                carry.extend(seg)
                continue
            merged.append(carry + seg)
            carry = []
        if carry and merged:
            merged[-1].extend(carry)
        # Too many small segments: join the adjacent pair with the same speaker and fewest paragraphs.
        while len(merged) > MAX_PREPARED_CHAPTERS:
            best_i = min(range(len(merged) - 1), key=lambda i: (len(merged[i]) + len(merged[i + 1]), i))
            merged[best_i : best_i + 2] = [merged[best_i] + merged[best_i + 1]]
        return merged

    def _segment_title(self, reading: Reading, seg: Sequence[int], lang: str) -> str:
        themes = [reading.tax.by_key(k).title(lang) for k in self._top_themes(reading, seg)]
        topic = (" · " if lang == "en" else "、").join(themes) if themes else _title("intro", lang)
        # The speaker who says most of what is worth saying in the segment names it.
        weight: dict[str, int] = {}
        for n in seg:
            for u in reading.by_paragraph.get(n, ()):
                if u.eligible and u.speaker:
                    weight[u.speaker] = weight.get(u.speaker, 0) + u.length
        who = max(sorted(weight), key=lambda k: weight[k], default=None)
        name = speaker_name(reading.doc, who, lang)
        if name:
            return f"{name}: {topic}" if lang == "en" else f"{name}：{topic}"
        return topic

    def _qa_title(self, reading: Reading, pair: QAPair, lang: str) -> str:
        themes = [reading.tax.by_key(k).title(lang) for k in self._top_themes(reading, pair.question)]
        asker = self._asker(reading.doc, pair, lang)
        topic = (" · " if lang == "en" else "、").join(themes)
        head = f"{_title('qa', lang)} — {asker}" if lang == "en" else f"{_title('qa', lang)}：{asker}"
        if not topic:
            return head
        return f"{head}: {topic}" if lang == "en" else f"{head}（{topic}）"

    def _asker(self, doc: Document, pair: QAPair, lang: str) -> str:
        name = speaker_name(doc, pair.asker, lang)
        if name is None:
            return _title("analyst", lang)
        sp = doc.speakers_by_id.get(pair.asker or "")
        if sp is not None and sp.affiliation:
            firm = sp.affiliation if lang == "en" else to_script(sp.affiliation, lang)
            return f"{name} ({firm})" if lang == "en" else f"{name}（{firm}）"
        return name

    # ----------------------------------------------------------------- Q&A
    def _qa(self, reading: Reading, pair: QAPair, lang: str) -> MinutesQA:
        doc = reading.doc
        question = self._question_gist(reading, pair)
        answer_units = [
            u for a in pair.answers for n in a.paragraphs for u in reading.by_paragraph.get(n, ())
        ]
        answer = self._answer_gist(reading, answer_units, question)
        answerers = tuple(
            dict.fromkeys(n for n in (speaker_name(doc, a.speaker, lang) for a in pair.answers) if n)
        )
        return MinutesQA(
            question=self.statement(question, doc, lang)
            if question
            else Statement("", tuple(pair.question), None),
            answer=self.statement(answer, doc, lang) if answer else Statement("", (), None),
            asker=speaker_name(doc, pair.asker, lang),
            answerers=answerers,
        )

    @staticmethod
    def _is_ask(u: Unit) -> bool:
        """A question, or a sentence that says what is asked without greeting or thanking."""
        if "?" in u.text or "？" in u.text:
            return True
        cue = _ASK_ZH.search(u.simple) if u.chinese else _ASK_EN.search(u.text)
        return bool(cue) and not u.pleasantries

    def _question_gist(self, reading: Reading, pair: QAPair) -> list[Unit]:
        """The actual asks of a question turn, without greetings, thanks and congratulations."""
        units = [u for n in pair.question for u in reading.by_paragraph.get(n, ())]
        asks = [u for u in units if self._is_ask(u) and not u.noise]
        if not asks:
            asks = [u for u in units if not u.pleasantries and not u.noise] or units[:1]
        out: list[Unit] = []
        total = 0
        for u in asks:
            limit = GIST_LIMIT_ZH if u.chinese else GIST_LIMIT_EN
            if out and (total + u.length > limit or any(u.tokens == o.tokens for o in out)):
                continue
            out.append(u)
            total += u.length
        return out

    def _answer_gist(self, reading: Reading, units: Sequence[Unit], question: Sequence[Unit]) -> list[Unit]:
        """The answer's most informative sentences, preferring those on what was asked."""
        asked: frozenset[str] = frozenset().union(*(q.tokens for q in question)) if question else frozenset()
        pool = [u for u in units if u.eligible]

        def score(u: Unit) -> float:
            overlap = len(u.tokens & asked) / (len(u.tokens) or 1)
            return reading.score(u) * (1.0 + overlap)

        picked = mmr(pool, score, 2, lam=0.7)
        if not picked:
            return [u for u in units if not u.noise][:1]
        limit = GIST_LIMIT_ZH if picked[0].chinese else GIST_LIMIT_EN
        out = [picked[0]]
        if len(picked) > 1 and picked[0].length + picked[1].length <= limit:
            out.append(picked[1])
        return sorted(out, key=lambda u: u.index)
