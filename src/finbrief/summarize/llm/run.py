"""One document through the model: map every part to verified notes, then reduce them.

Every statement the model writes is checked as soon as it arrives, by the same verifier that
checks the final output (citations, numbers, quote, asserted figures against the facts) and for
its language. The statements of one answer that fail go back to the model once, with the
verifier's reasons and the paragraphs they cite; what still fails is dropped and listed under
``warnings``. An answer that cannot be read at all (malformed JSON, a refusal) is asked for once
more; one cut at ``max_tokens`` or too long for the context is asked for again in halves.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from finbrief.ingest.script import CJK_RE
from finbrief.model import (
    Brief,
    Chapter,
    Document,
    Fact,
    FactSheet,
    Figure,
    Group,
    Minutes,
    MinutesQA,
    RunInfo,
    Statement,
)
from finbrief.summarize.llm import prompts, schema
from finbrief.summarize.llm.cache import Cache
from finbrief.summarize.llm.client import Client, ContextOverflow
from finbrief.summarize.llm.config import Endpoint
from finbrief.summarize.llm.plan import SECTION_NAMES, Part, Piece, batches, plan
from finbrief.summarize.llm.tokens import estimate, estimate_messages
from finbrief.summarize.names import speaker_name, term
from finbrief.summarize.text import to_script
from finbrief.verify import check

# Tokens kept for the names table of a map request (the rest of its overhead is measured).
NAMES_ROOM = 400
# Share of a model's quote (words, Chinese character pairs) a cited sentence must have to stand for it.
QUOTE_MATCH = 0.6
_CJK_GLOSS = re.compile(r"\s*[(（][\u3400-\u9fff\uf900-\ufaff\s·]+[)）]")
# Condensing rounds before the reduction is given whatever fits.
MAX_ROUNDS = 8
_REFUSAL = re.compile(r"\b(sorry|cannot|can't|unable to|not able to|I won't)\b|抱歉|无法|不能", re.IGNORECASE)
_GENERIC_TITLE = {"en": "{section}", "zh-Hans": "{section}", "zh-Hant": "{section}"}
_SECTION_TITLES = {
    "zh-Hans": {
        "article": "正文",
        "introduction": "导语",
        "prepared remarks": "管理层发言",
        "Q&A": "问答",
        "closing remarks": "结束语",
    },
    "zh-Hant": {
        "article": "正文",
        "introduction": "導語",
        "prepared remarks": "管理層發言",
        "Q&A": "問答",
        "closing remarks": "結束語",
    },
}


@dataclass(frozen=True)
class Reduced:
    """A reduction's verified statements by slot (``core_viewpoint``, ``group0``…), and group titles."""

    statements: dict[str, list[Statement]]
    titles: dict[str, str]

    def get(self, key: str) -> tuple[Statement, ...]:
        return tuple(self.statements.get(key, ()))


class Truncated(Exception):
    """The answer was cut at ``max_tokens``: ask for less at once."""


@dataclass(frozen=True)
class Note:
    """A verified statement from one part, as the reductions see it."""

    id: str
    statement: Statement
    topic: str

    def payload(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "topic": self.topic, "text": self.statement.text}
        if self.statement.figures:
            out["figures"] = [_figure_json(f) for f in self.statement.figures]
        return out


@dataclass
class PartNotes:
    """What one part yielded: a title, points, and for a Q&A pair its question and answer."""

    part: Part
    title: str = ""
    points: list[Statement] = field(default_factory=list)
    question: Statement | None = None
    answer: Statement | None = None


def _figure_json(f: Figure) -> dict[str, Any]:
    out: dict[str, Any] = {"value": f.value, "unit": f.unit, "subject": f.subject, "metric": f.metric}
    if f.value_high is not None:
        out["value_high"] = f.value_high
    return out


def _repair_items(failed: Sequence[tuple[int, str, Any, str]]) -> list[dict[str, Any]]:
    return [{"index": i, "statement": raw, "reasons": why} for i, _slot, raw, why in failed]


def _figures(out: schema.StatementOut) -> tuple[Figure, ...]:
    return tuple(Figure(f.value, f.unit, f.subject, f.metric) for f in out.figures)


class Run:
    """One document, one output language, one endpoint."""

    def __init__(
        self,
        doc: Document,
        facts: FactSheet,
        endpoint: Endpoint,
        lang: str,
        cache: Cache | None,
        company: str | None,
        period: str | None,
    ) -> None:
        self.doc = doc
        self.facts = facts
        self.endpoint = endpoint
        self.lang = lang
        self.cache = cache
        self.company = company
        self.warnings: list[str] = []
        self.repaired = 0
        self.dropped = 0
        self.started = time.monotonic()
        self.client: Client | None = None
        self.facts_by_p: dict[int, list[Fact]] = {}
        for f in self.facts:
            self.facts_by_p.setdefault(f.paragraph, []).append(f)
        self.context = {
            k: v
            for k, v in {
                "title": doc.title,
                "company": company,
                "period": period,
                "kind": doc.kind,
                "source_language": doc.language,
            }.items()
            if v
        }
        self._parts: list[PartNotes] | None = None
        self._next_id = 0

    # ------------------------------------------------------------------ lifecycle
    async def open(self) -> None:
        self.client = Client(self.endpoint, self.cache, prompts.PROMPT_VERSION)
        await self.client.resolve_model()

    async def close(self) -> None:
        if self.client is not None:
            await self.client.close()

    def info(self) -> RunInfo:
        u = self.client.usage if self.client else None
        return RunInfo(
            backend="llm",
            model=self.client.model if self.client else self.endpoint.model,
            lang=self.lang,
            requests=u.requests if u else 0,
            cached=u.cached if u else 0,
            prompt_tokens=u.prompt_tokens if u else 0,
            completion_tokens=u.completion_tokens if u else 0,
            estimated_prompt_tokens=u.estimated_prompt_tokens if u else 0,
            seconds=round(time.monotonic() - self.started, 3),
            repaired=self.repaired,
            dropped=self.dropped,
        )

    # ------------------------------------------------------------------ checks
    def _lang_reason(self, text: str) -> str | None:
        if self.lang == "en":
            cjk = CJK_RE.findall(text)
            if cjk:
                return f"not written in English (Chinese characters '{''.join(cjk[:6])}')"
        elif not CJK_RE.search(text):
            return f"not written in {prompts.LANGUAGES[self.lang]}"
        return None

    def _localise(self, text: str) -> str:
        """Chinese output in the requested script (a model may mix scripts; OpenCC decides)."""
        return to_script(text, self.lang) if self.lang.startswith("zh") else text

    def reason(self, st: Statement, allowed: frozenset[int] | None = None) -> str | None:
        """Why a written statement cannot be shown, or None."""
        why = self._lang_reason(st.text)
        if why:
            return why
        if allowed is not None:
            outside = [c for c in st.citations if c not in allowed]
            if outside:
                return f"cites paragraph {', '.join(f'[{c}]' for c in outside)}, which was not given"
        if st.quote is None or not st.quote.strip():
            return "no source quote"
        return check(st, self.doc, self.facts)

    def _cited(self, out: schema.StatementOut) -> Statement:
        text = out.text.strip()
        if self.lang == "en":  # "Taobao Instant Commerce (淘宝闪购)": the gloss is not English
            text = _CJK_GLOSS.sub("", text)
        citations = tuple(sorted(set(out.citations)))
        return Statement(
            self._localise(text),
            citations,
            self.lang,
            quote=self._source_quote((out.quote or "").strip() or None, citations),
            figures=_figures(out),
        )

    def _source_quote(self, quote: str | None, citations: Sequence[int]) -> str | None:
        """The quote as the source has it: a model's near copy (a dropped particle, other
        punctuation) becomes the cited sentence it copies; a quote far from any stays, to fail."""
        from finbrief.ingest.script import to_simplified
        from finbrief.summarize.text import tokens
        from finbrief.verify import quote_found

        cited = [self.doc.paragraph(c) for c in citations if 1 <= c <= len(self.doc.paragraphs)]
        if not quote or not cited or quote_found(quote, [p.text for p in cited]):
            return quote
        want = tokens(to_simplified(quote).lower())
        best, score = None, 0.0
        for p in cited:
            for s in p.sentences:
                got = tokens(to_simplified(s.text).lower())
                overlap = len(want & got) / len(want) if want else 0.0
                if overlap > score:
                    best, score = s.text.strip(), overlap
        return best if best and score >= QUOTE_MATCH else quote

    def _derived(
        self, out: schema.StatementOut, notes: dict[str, Note]
    ) -> tuple[Statement | None, str | None]:
        ids = [i for i in dict.fromkeys(out.sources)]
        if not ids:
            return None, "no source notes"
        unknown = [i for i in ids if i not in notes]
        if unknown:
            return None, f"unknown source notes {', '.join(unknown[:5])}"
        cites = sorted({c for i in ids for c in notes[i].statement.citations})
        quote = next((notes[i].statement.quote for i in ids if notes[i].statement.quote), None)
        st = Statement(
            self._localise(out.text.strip()), tuple(cites), self.lang, quote=quote, figures=_figures(out)
        )
        return st, None

    def _checked_cited(self, raw: Any, allowed: frozenset[int]) -> tuple[Statement | None, str]:
        """A part's statement that passes every check, or None and why not."""
        parsed, err = schema.statement(raw)
        if parsed is None:
            return None, err or "malformed statement"
        st = self._cited(parsed)
        why = self.reason(st, allowed)
        return (st, "") if why is None else (None, why)

    def _checked_derived(self, raw: Any, notes: dict[str, Note]) -> tuple[Statement | None, str]:
        """A reduction's statement that passes every check, or None and why not."""
        parsed, err = schema.statement(raw)
        if parsed is None:
            return None, err or "malformed statement"
        st, why = self._derived(parsed, notes)
        if st is None:
            return None, why or "malformed statement"
        why = self.reason(st)
        return (st, "") if why is None else (None, why)

    # ------------------------------------------------------------------ asking
    async def ask(
        self, messages: list[dict[str, str]], shape: dict[str, Any], label: str
    ) -> dict[str, Any] | None:
        """The JSON object of an answer; one more try when it cannot be read; None (and a warning) after."""
        assert self.client is not None
        reason = ""
        for attempt in range(2):
            answer = await self.client.complete(messages, self.endpoint.max_output_tokens, shape)
            if answer.refusal:
                reason = f"the model refused: {' '.join(answer.refusal.split())[:120]}"
            elif answer.finish_reason == "length":
                raise Truncated(label)
            else:
                try:
                    data = schema.answer_json(answer.content)
                except ValueError as e:
                    reason = str(e)
                    text = answer.content.strip()
                    if "{" not in text and _REFUSAL.search(text):
                        reason = f"the model refused: {' '.join(text.split())[:120]}"
                else:
                    if isinstance(data, dict):
                        return data
                    reason = "the answer is not a JSON object"
            if attempt == 0:
                messages = prompts.retry_messages(messages, answer.content or answer.refusal or "", reason)
        self.warnings.append(f"{label}: no usable answer from the model ({reason})")
        return None

    # ------------------------------------------------------------------ names and payloads
    def names(self, texts: Sequence[str], speakers: Sequence[str | None]) -> dict[str, str]:
        """Source name -> the name a reader of the output language knows (people, companies, products)."""
        from finbrief.ingest.script import to_simplified
        from finbrief.lexicon.subjects import subject_matcher

        out: dict[str, str] = {}
        for sid in dict.fromkeys(s for s in speakers if s):
            sp = self.doc.speakers_by_id.get(sid)
            target = speaker_name(self.doc, sid, self.lang)
            if sp and target:
                for n in sp.names():
                    if n != target:
                        out[n] = target
        matcher = subject_matcher(self.company)
        for text in texts:
            simple = to_simplified(text) if self.doc.language != "en" else text
            for start, end, entry in matcher.finditer(simple):
                if not entry.name:
                    continue
                shown = term(entry.name, self.lang)
                alias = text[start:end]
                if alias != shown and alias not in out:
                    out[alias] = shown
        return dict(list(out.items())[:60])

    def _speaker(self, n: int) -> str | None:
        p = self.doc.paragraph(n)
        if not p.speaker:
            return None
        name = speaker_name(self.doc, p.speaker, self.lang) or p.speaker
        sp = self.doc.speakers_by_id.get(p.speaker)
        return f"{name} ({sp.role})" if sp and sp.role else name

    def _paragraph_json(self, piece: Piece) -> dict[str, Any]:
        out: dict[str, Any] = {"n": piece.n}
        speaker = self._speaker(piece.n)
        if speaker:
            out["speaker"] = speaker
        out["text"] = piece.text
        return out

    def _piece_facts(self, piece: Piece) -> list[Fact]:
        facts = self.facts_by_p.get(piece.n, [])
        whole = self.doc.paragraph(piece.n).text
        if piece.text == whole:
            return list(facts)
        return [f for f in facts if f.evidence and f.evidence in piece.text]

    def piece_cost(self, piece: Piece) -> int:
        return estimate(json.dumps(self._paragraph_json(piece), ensure_ascii=False)) + sum(
            estimate(json.dumps(prompts.fact_json(f), ensure_ascii=False)) for f in self._piece_facts(piece)
        )

    def map_room(self) -> int:
        """Tokens of a map request left for paragraphs and facts."""
        empty = prompts.notes_messages(self.lang, self.context, True, [], [], {})
        return self.endpoint.input_budget - estimate_messages(empty) - NAMES_ROOM

    # ------------------------------------------------------------------ map
    async def parts(self) -> list[PartNotes]:
        """Notes of every part of the document (computed once per run)."""
        if self._parts is None:
            room = self.map_room()
            parts = plan(self.doc, self.piece_cost, room)
            self._parts = list(await asyncio.gather(*(self.map_part(p) for p in parts)))
        return self._parts

    async def map_part(self, part: Part) -> PartNotes:
        try:
            return await self._map_part(part)
        except (Truncated, ContextOverflow) as e:
            if len(part.pieces) < 2:
                why = "too long for the context" if isinstance(e, ContextOverflow) else "cut at max_tokens"
                self.warnings.append(f"{part.label}: the model's answer was {why}; nothing kept from it")
                return PartNotes(part)
            half = len(part.pieces) // 2
            first = Part(part.kind, part.pieces[:half], part.section, part.qa_index, part.question)
            second = Part("section", part.pieces[half:], part.section)
            a, b = await asyncio.gather(self.map_part(first), self.map_part(second))
            a.points += b.points
            if a.answer is None and part.kind == "qa":
                a.answer = b.answer
            return a

    async def _map_part(self, part: Part) -> PartNotes:
        texts = [pc.text for pc in part.pieces]
        speakers = [self.doc.paragraph(n).speaker for n in part.paragraphs]
        facts = [f for pc in part.pieces for f in self._piece_facts(pc)]
        names = self.names(texts, speakers)
        messages = prompts.notes_messages(
            self.lang,
            self.context,
            part.kind == "qa",
            [self._paragraph_json(pc) for pc in part.pieces],
            facts,
            names,
        )
        data = await self.ask(messages, schema.NOTES_SCHEMA, part.label)
        notes = PartNotes(part, title=self._title(data, part))
        if data is None:
            return notes
        slots: list[tuple[str, Any]] = [("point", item) for item in data.get("points") or []]
        if part.kind == "qa":
            slots = [("question", data.get("question")), ("answer", data.get("answer")), *slots]
        allowed = frozenset(part.paragraphs)
        kept = await self._settle(slots, allowed, part, names)
        for slot, st in kept:
            if slot == "question":
                notes.question = st
            elif slot == "answer":
                notes.answer = st
            else:
                notes.points.append(st)
        return notes

    def _title(self, data: dict[str, Any] | None, part: Part) -> str:
        title = " ".join(str((data or {}).get("title") or "").split())[:120]
        if title and self._lang_reason(title) is None:
            return self._localise(title)
        section = "Q&A" if part.kind == "qa" else SECTION_NAMES.get(part.section, "article")
        return _SECTION_TITLES.get(self.lang, {}).get(section, section[:1].upper() + section[1:])

    async def _settle(
        self, slots: list[tuple[str, Any]], allowed: frozenset[int], part: Part, names: dict[str, str]
    ) -> list[tuple[str, Statement]]:
        """Check each statement of an answer; repair the failures once; drop what still fails."""
        kept: list[tuple[str, Statement]] = []
        failed: list[tuple[int, str, Any, str]] = []
        for i, (slot, raw) in enumerate(slots):
            if raw is None:
                continue
            st, why = self._checked_cited(raw, allowed)
            if st is not None:
                kept.append((slot, st))
            else:
                failed.append((i, slot, raw, why))
        if failed:
            self.repaired += len(failed)
            messages = prompts.repair_messages(
                self.lang,
                False,
                _repair_items(failed),
                [self._paragraph_json(pc) for pc in part.pieces],
                [f for pc in part.pieces for f in self._piece_facts(pc)],
                names,
            )
            answers = await self._ask_repairs(messages, part.label)
            kept += self._keep_repaired(
                failed, answers, lambda raw: self._checked_cited(raw, allowed), part.label
            )
        order = {"question": 0, "answer": 1, "point": 2}
        return sorted(kept, key=lambda x: order[x[0]])

    async def _ask_repairs(self, messages: list[dict[str, str]], label: str) -> dict[int, Any]:
        """The model's corrected statements by the index of the statement they correct."""
        try:
            data = await self.ask(messages, schema.REPAIR_SCHEMA, f"{label} repair")
        except (Truncated, ContextOverflow):
            data = None
        return {
            item["index"]: item
            for item in (data or {}).get("statements") or []
            if isinstance(item, dict) and isinstance(item.get("index"), int)
        }

    def _keep_repaired(
        self,
        failed: list[tuple[int, str, Any, str]],
        answers: dict[int, Any],
        checked: Callable[[Any], tuple[Statement | None, str]],
        where: str,
    ) -> list[tuple[str, Statement]]:
        """Corrections that pass; every other failed statement is dropped with its last reason."""
        out: list[tuple[str, Statement]] = []
        for i, slot, raw, why in failed:
            fixed = answers.get(i)
            if fixed is not None:
                st, again = checked(fixed)
                if st is not None:
                    out.append((slot, st))
                    continue
                why = again
            self._drop(where, slot, raw, why)
        return out

    def _drop(self, where: str, slot: str, raw: Any, why: str) -> None:
        self.dropped += 1
        text = raw.get("text") if isinstance(raw, dict) else raw
        text = " ".join(str(text or "").split())
        short = text if len(text) <= 60 else text[:59] + "…"
        self.warnings.append(f'{where} {slot}: dropped "{short}": {why}')

    # ------------------------------------------------------------------ notes for reductions
    def _note(self, st: Statement, topic: str) -> Note:
        self._next_id += 1
        return Note(f"N{self._next_id}", st, topic)

    async def notes(self, with_figures_only: bool = False) -> list[Note]:
        out: list[Note] = []
        self._next_id = 0
        for pn in await self.parts():
            sts = [s for s in (pn.answer, *pn.points) if s is not None]
            out += [self._note(s, pn.title) for s in sts if not with_figures_only or s.figures]
        return out

    def _reduce_room(self, task: str) -> int:
        empty = prompts.reduce_messages(self.lang, task, self.context, [], {})
        return self.endpoint.input_budget - estimate_messages(empty) - NAMES_ROOM

    def _names_for(self, notes: Sequence[Note]) -> dict[str, str]:
        paras = {c for n in notes for c in n.statement.citations}
        return self.names(
            [n.statement.quote or "" for n in notes], [self.doc.paragraph(c).speaker for c in paras]
        )

    async def fit(self, notes: list[Note], task: str) -> list[Note]:
        """Notes that fit one reduction: condensed in batches, round after round, as needed."""
        room = self._reduce_room(task)
        for round_ in range(MAX_ROUNDS):
            sizes = [estimate(json.dumps(n.payload(), ensure_ascii=False)) for n in notes]
            if sum(sizes) <= room:
                return notes
            groups = batches(sizes, room // 2 if round_ else room)
            merged = await asyncio.gather(*(self.condense([notes[i] for i in g]) for g in groups))
            shrunk = [n for group in merged for n in group]
            if len(shrunk) >= len(notes):
                break
            notes = shrunk
        self.warnings.append(
            f"{len(notes)} notes still exceed one request after condensing; the reduction sees those that fit"
        )
        sizes = [estimate(json.dumps(n.payload(), ensure_ascii=False)) for n in notes]
        used, kept = 0, []
        for n, c in zip(notes, sizes, strict=True):
            if used + c <= room:
                kept.append(n)
                used += c
        return kept

    async def condense(self, group: list[Note]) -> list[Note]:
        """A batch of notes merged into about half as many; a merged note that fails keeps its sources."""
        if len(group) < 2:
            return group
        task = prompts.CONDENSE_TASK.format(k=max(1, len(group) // 2))
        messages = prompts.reduce_messages(
            self.lang, task, self.context, [n.payload() for n in group], self._names_for(group)
        )
        by_id = {n.id: n for n in group}
        try:
            data = await self.ask(messages, schema.POINTS_SCHEMA, "condensing notes")
        except (Truncated, ContextOverflow):
            data = None
        if data is None:
            return group
        out: list[Note] = []
        used: set[str] = set()
        for item in data.get("points") or []:
            parsed, _err = schema.statement(item)
            if parsed is None:
                continue
            st, _why = self._derived(parsed, by_id)
            if st is None or self.reason(st) is not None:
                continue
            used |= set(parsed.sources)
            out.append(self._note(st, by_id[parsed.sources[0]].topic))
        # a note no merged statement kept stays as it was: condensing never loses a point
        out += [n for n in group if n.id not in used]
        return out if len(out) < len(group) else group

    async def reduce(
        self, notes: list[Note], task: str, shape: dict[str, Any], keys: Sequence[str], label: str
    ) -> Reduced | None:
        """Run a reduction; per key of the answer, the statements that pass (after one repair)."""
        notes = await self.fit(notes, task)
        if not notes:
            return None
        by_id = {n.id: n for n in notes}
        names = self._names_for(notes)
        messages = prompts.reduce_messages(self.lang, task, self.context, [n.payload() for n in notes], names)
        try:
            data = await self.ask(messages, shape, label)
        except (Truncated, ContextOverflow) as e:
            why = "too long for the context" if isinstance(e, ContextOverflow) else "cut at max_tokens"
            self.warnings.append(f"{label}: the model's answer was {why}")
            data = None
        if data is None:
            return None
        slots: list[tuple[str, Any]] = []
        for k in keys:
            if k == "groups":
                for gi, g in enumerate(data.get("groups") or []):
                    if isinstance(g, dict):
                        slots += [(f"group{gi}", p) for p in g.get("points") or []]
            else:
                slots += [(k, item) for item in data.get(k) or []]
        kept: dict[str, list[Statement]] = {}
        failed: list[tuple[int, str, Any, str]] = []
        for i, (slot, raw) in enumerate(slots):
            st, why = self._checked_derived(raw, by_id)
            if st is not None:
                kept.setdefault(slot, []).append(st)
            else:
                failed.append((i, slot, raw, why))
        if failed:
            for slot, st in await self._repair_derived(failed, by_id, names, label):
                kept.setdefault(slot, []).append(st)
        titles = {
            f"group{gi}": str(g.get("title") or "")
            for gi, g in enumerate(data.get("groups") or [])
            if isinstance(g, dict)
        }
        return Reduced(kept, titles)

    async def _repair_derived(
        self,
        failed: list[tuple[int, str, Any, str]],
        notes: dict[str, Note],
        names: dict[str, str],
        label: str,
    ) -> list[tuple[str, Statement]]:
        self.repaired += len(failed)
        room = self._reduce_room(prompts.REPAIR_DERIVED_TASK)
        wanted: set[int] = set()
        for _i, _slot, raw, _why in failed:
            srcs = raw.get("sources") if isinstance(raw, dict) else None
            for sid in srcs if isinstance(srcs, list) else []:
                if str(sid) in notes:
                    wanted |= set(notes[str(sid)].statement.citations)
        paragraphs: list[dict[str, Any]] = []
        used = 0
        for n in sorted(wanted):  # the paragraphs the failed statements rest on, as many as fit
            pj = self._paragraph_json(Piece(n, self.doc.paragraph(n).text))
            c = estimate(json.dumps(pj, ensure_ascii=False))
            if used + c > room // 2:
                break
            paragraphs.append(pj)
            used += c
        facts = [f for p in paragraphs for f in self.facts_by_p.get(p["n"], [])]
        messages = prompts.repair_messages(
            self.lang,
            True,
            _repair_items(failed),
            paragraphs,
            facts,
            names,
            [n.payload() for n in notes.values()],
        )
        answers = await self._ask_repairs(messages, label)
        return self._keep_repaired(failed, answers, lambda raw: self._checked_derived(raw, notes), label)

    # ------------------------------------------------------------------ outputs
    async def brief(self) -> Brief:
        notes = await self.notes()
        got = await self.reduce(
            notes, prompts.BRIEF_TASK, schema.BRIEF_SCHEMA, ("core_viewpoint", "groups"), "brief"
        )
        highlights = await self.highlights()
        if got is None:
            return self._brief_from_parts(highlights)
        groups = []
        for key, title in got.titles.items():
            points = got.get(key)
            t = " ".join(title.split())
            if points:
                if not t or self._lang_reason(t):
                    t = self._title(None, Part("section", (), None))
                groups.append(Group(self._localise(t), points))
        core = got.get("core_viewpoint")
        return Brief(core, tuple(groups), highlights, tuple(self.warnings), self.info())

    def _brief_from_parts(self, highlights: tuple[Statement, ...]) -> Brief:
        """When the reduction gives nothing usable: the parts' own verified points, part by part."""
        self.warnings.append("brief: built from the notes of each part (the reduction gave no usable answer)")
        parts = [p for p in self._parts or [] if p.points or p.answer]
        core = tuple(s for p in parts[:1] for s in p.points[:2])
        groups = tuple(
            Group(p.title, tuple(p.points or [p.answer]))  # type: ignore[list-item]
            for p in parts
            if p.points or p.answer
        )
        return Brief(core, groups, highlights, tuple(self.warnings), self.info())

    async def highlights(self) -> tuple[Statement, ...]:
        notes = await self.notes(with_figures_only=True)
        if not notes:
            return ()
        got = await self.reduce(
            notes, prompts.HIGHLIGHTS_TASK, schema.POINTS_SCHEMA, ("points",), "highlights"
        )
        return got.get("points") if got else ()

    async def minutes(self) -> Minutes:
        parts = await self.parts()
        notes = await self.notes()
        got = await self.reduce(notes, prompts.SUMMARY_TASK, schema.POINTS_SCHEMA, ("points",), "summary")
        summary = got.get("points") if got else ()
        if got is None:
            summary = tuple(s for p in parts[:2] for s in p.points[:2])
        chapters: list[Chapter] = []
        qa: list[MinutesQA] = []
        for pn in parts:
            body = tuple(
                s for s in ((pn.answer,) if pn.part.kind == "qa" else ()) + tuple(pn.points) if s is not None
            )
            if body:
                chapters.append(Chapter(pn.title, body, pn.part.paragraphs))
            if pn.part.kind == "qa" and pn.part.qa_index is not None and pn.question is not None:
                pair = self.doc.qa[pn.part.qa_index]
                answerers = tuple(
                    dict.fromkeys(
                        n for n in (speaker_name(self.doc, a.speaker, self.lang) for a in pair.answers) if n
                    )
                )
                qa.append(
                    MinutesQA(
                        pn.question,
                        pn.answer or Statement("", (), self.lang),
                        speaker_name(self.doc, pair.asker, self.lang),
                        answerers,
                    )
                )
        return Minutes(summary, tuple(chapters), tuple(qa), tuple(self.warnings), self.info())
