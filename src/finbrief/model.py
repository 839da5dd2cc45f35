"""The one immutable document model every stage reads and returns.

Paragraph numbers (``Paragraph.n``, from 1 in document order) are the citation ids used by
every later stage, so no stage ever renumbers, drops or rewrites a paragraph: it returns a new
``Document`` with more fields filled in (``dataclasses.replace``).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal, overload

Language = Literal["zh-Hans", "zh-Hant", "en", "mixed"]
DocKind = Literal["article", "transcript", "article+transcript"]
Side = Literal["company", "analyst", "operator", "host", "unknown"]
Section = Literal["intro", "prepared", "qa", "closing"]
# What a paragraph is, beyond plain text: a speaker label alone on its line, a heading, a
# roster line (``Name - Title``), or page furniture (share buttons, footers).
ParagraphRole = Literal["text", "speaker_label", "heading", "roster", "boilerplate"]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as a span of its paragraph's original text."""

    paragraph: int
    start: int
    end: int
    text: str


def _start(s: Sentence) -> int:
    return s.start


@dataclass(frozen=True)
class Paragraph:
    n: int
    text: str
    """As in the source (after decoding), except that ingest rejoins hard-wrapped lines and drops
    stray page numbers; no later stage changes it."""
    speaker: str | None = None
    """Speaker id (see ``Speaker.id``) of the turn this paragraph belongs to."""
    section: Section | None = None
    role: ParagraphRole = "text"
    body_start: int = 0
    """Offset in ``text`` where speech starts, past an inline label such as ``Name:``."""

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        from finbrief.text.sentences import split_sentences

        return tuple(
            Sentence(self.n, s, e, self.text[s:e]) for s, e in split_sentences(self.text, self.body_start)
        )

    def sentence_at(self, pos: int) -> int | None:
        """Index of the sentence holding offset ``pos`` (None between sentences): a bisection, for
        the many figures of a long paragraph."""
        i = bisect.bisect_right(self.sentences, pos, key=_start) - 1
        return i if i >= 0 and pos < self.sentences[i].end else None


_new = object.__new__
_set = object.__setattr__


def make_paragraph(
    n: int,
    text: str,
    speaker: str | None = None,
    section: Section | None = None,
    role: ParagraphRole = "text",
    body_start: int = 0,
) -> Paragraph:
    """``Paragraph(n, text, speaker, section, role, body_start)``, the same object (equal, with the same
    hash, repr and attributes), made with one attribute write instead of the frozen dataclass's one a
    field: ingest and structure make one for every paragraph of every document."""
    p = _new(Paragraph)
    _set(
        p,
        "__dict__",
        {"n": n, "text": text, "speaker": speaker, "section": section, "role": role, "body_start": body_start},
    )
    return p


@dataclass(frozen=True)
class Speaker:
    id: str
    """Stable slug, the same for one person in any script or language (``eddie-wu``)."""
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None
    affiliation: str | None = None
    side: Side = "unknown"

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Answer:
    speaker: str | None
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class QAPair:
    asker: str | None
    question: tuple[int, ...]
    answers: tuple[Answer, ...] = ()
    firm: str | None = None
    """The firm the asker spoke for in this exchange (roster, label or the operator's introduction)."""


@dataclass(frozen=True)
class Document:
    id: str
    """sha256 hex digest of the source bytes: the same file is the same document."""
    paragraphs: tuple[Paragraph, ...]
    language: Language
    title: str | None = None
    source: str | None = None
    """Where the bytes came from (a file name, ``-`` for stdin); informational only."""
    media_type: str = "text/plain"
    kind: DocKind = "article"
    speakers: tuple[Speaker, ...] = ()
    qa: tuple[QAPair, ...] = ()
    meta: tuple[tuple[str, str], ...] = field(default=())
    """Free key/value facts found on the way (``date``, ``event``): strings only, ordered."""
    warnings: tuple[str, ...] = ()
    """What could not be read as expected (an unrecognised speaker layout), in plain words."""

    def paragraph(self, n: int) -> Paragraph:
        """Paragraph by citation number (1-based)."""
        if not 1 <= n <= len(self.paragraphs):
            raise IndexError(f"no paragraph {n} (document has {len(self.paragraphs)})")
        return self.paragraphs[n - 1]

    @cached_property
    def simplified(self) -> tuple[str, ...]:
        """Paragraph texts in simplified Chinese, for analysis only (matching, lexicons, search)."""
        if self.language == "en":
            return tuple(p.text for p in self.paragraphs)
        from finbrief.text.script import to_simplified

        return tuple(to_simplified(p.text) for p in self.paragraphs)

    @property
    def display_title(self) -> str:
        """What outputs head the document with: its title, else its file's name, else its id."""
        if self.title:
            return self.title
        if self.source:
            return self.source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or self.source
        return self.id[:12]

    @cached_property
    def speakers_by_id(self) -> dict[str, Speaker]:
        return {s.id: s for s in self.speakers}

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


Change = Literal["yoy", "qoq", "ytd"]
"""Over the same period a year before, over the quarter before, or a balance's move since the last year end ("较年初")."""
Qualifier = Literal["approx", "over", "under"]
Basis = Literal["prior"]


@dataclass(frozen=True)
class Fact:
    """One figure from the source, typed, in English canonical terms, with its evidence.

    ``value`` is in base units (RMB 38.6 billion -> 38600000000.0; 26% -> 26.0); a loss, decline
    or outflow is negative. ``evidence`` is an exact substring of paragraph ``paragraph``'s text,
    at ``start:end``.
    """

    subject: str
    metric: str
    value: float
    unit: str
    """``CNY``, ``USD``, ``HKD``, ``%``, ``pp``, ``bps``, ``count``, ``x`` (multiple), ..."""
    paragraph: int
    evidence: str
    start: int
    end: int
    change: Change | None = None
    period: str | None = None
    qualifier: Qualifier | None = None
    speaker: str | None = None
    value_high: float | None = None
    """Upper end of a range (``60%-70%``: value 60, value_high 70)."""
    raw: str = ""
    """The number as written (``1,401億元``), for display next to the normalised value."""
    basis: Basis | None = None
    """``prior`` when the figure is a comparison base ("versus $163.2 million last year",
    "从上季度的472.6亿元"), not the figure being reported; ``period`` is then the base's own period
    when the text names or implies it (the prior-year quarter, the previous quarter), else None."""
    per: str | None = None
    """``share`` for an amount per share ("$0.57 per diluted share"); None for a total."""


@dataclass(frozen=True)
class FactSheet(Sequence[Fact]):
    """A document's facts with its identity, decided once by the facts stage.

    Every later stage and the library take the company, ticker, fiscal calendar, period and date
    from here as they are and never detect them again. The sheet is also the sequence of its facts
    (in paragraph order), so it can be passed wherever facts are read.
    """

    facts: tuple[Fact, ...] = ()
    company: str | None = None
    """The company the document is about: its canonical lexicon name, else the ticker the document
    gives for itself, else the name it uses for itself; also the subject of company-wide facts."""
    ticker: str | None = None
    fiscal_year_end_month: int = 12
    """Month in which the company's fiscal year ends (Alibaba: 3)."""
    period: str | None = None
    """The calendar quarter the document reports on (``2025Q3``)."""
    date: str | None = None
    """ISO date the document was published or the call held (``2025-11-13``), when it says."""
    currency: str | None = None
    """Reporting currency assumed for an amount written without one."""
    dollar: str = "USD"
    """What a bare "$" stands for: the dollar the document states it reports in ("All amounts are in
    Canadian dollars": CAD), else US dollars."""
    names: tuple[str, ...] = ()
    """Names the document gives its company: the one written with its ticker ("NovaSky Technology
    Group", "星穹科技集团"), and the lexicon's names of a company it knows."""

    def __len__(self) -> int:
        return len(self.facts)

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    @overload
    def __getitem__(self, i: int) -> Fact: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[Fact, ...]: ...
    def __getitem__(self, i: int | slice) -> Fact | tuple[Fact, ...]:
        return self.facts[i]


@dataclass(frozen=True)
class Figure:
    """A figure a statement asserts, checked against the facts of the paragraphs it cites.

    ``value`` is in base units like ``Fact.value`` (RMB 380 billion -> 380000000000.0; 31% -> 31.0);
    ``subject`` and ``metric`` name what it measures, in the facts' canonical English terms.
    """

    value: float
    unit: str
    subject: str
    metric: str
    value_high: float | None = None
    """Upper end of a range the statement gives (``60%-70%``)."""

    @classmethod
    def of(cls, fact: Fact) -> Figure:
        return cls(fact.value, fact.unit, fact.subject, fact.metric, fact.value_high)


@dataclass(frozen=True)
class Statement:
    """One sentence of output with the source paragraphs that support it (``[3][12]``)."""

    text: str
    citations: tuple[int, ...]
    lang: str | None = None
    """Language of ``text`` when it is extracted source text rather than realised in the output language."""
    quote: str | None = None
    """The source-language sentence the statement rests on, when ``text`` is written rather than quoted."""
    figures: tuple[Figure, ...] | None = None
    """The figures the statement asserts; None when it asserts none explicitly (a quoted source
    sentence, checked by its numbers alone). When given, every number in ``text`` is one of them."""


@dataclass(frozen=True)
class RunInfo:
    """How an output was produced: backend, model, requests, tokens and time (JSON ``meta``)."""

    backend: str
    model: str | None = None
    lang: str | None = None
    requests: int = 0
    """Requests sent to the endpoint."""
    cached: int = 0
    """Answers taken from the cache instead."""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    estimated_prompt_tokens: int = 0
    """Prompt tokens estimated for answers that reported no ``usage``."""
    seconds: float = 0.0
    repaired: int = 0
    """Statements sent back to the model once with the verifier's reasons."""
    dropped: int = 0
    """Statements dropped by the verifier (each listed in ``warnings``)."""
    fallback: str | None = None
    """Why the extractive backend wrote this output instead (``--fallback extractive``)."""


@dataclass(frozen=True)
class Group:
    title: str
    points: tuple[Statement, ...]
    theme: str = ""
    """Taxonomy key of the theme (``financial_performance``, ``ai_cloud``...), stable across languages."""


@dataclass(frozen=True)
class Brief:
    core_viewpoint: tuple[Statement, ...]
    groups: tuple[Group, ...]
    highlights: tuple[Statement, ...]
    warnings: tuple[str, ...] = ()
    """Statements dropped by verification, and why."""
    meta: RunInfo | None = None
    """How the brief was written, when a language model wrote it (or was meant to)."""


@dataclass(frozen=True)
class Chapter:
    title: str
    summary: tuple[Statement, ...]
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class MinutesQA:
    question: Statement
    answer: Statement
    asker: str | None
    answerers: tuple[str, ...]
    """Display names of the people who answered, in order."""
    topic: str = ""
    """What was asked, in the output language ("quick commerce, unit economics and GMV")."""


@dataclass(frozen=True)
class Minutes:
    summary: tuple[Statement, ...]
    chapters: tuple[Chapter, ...]
    qa: tuple[MinutesQA, ...]
    warnings: tuple[str, ...] = ()
    meta: RunInfo | None = None
