"""The ``llm`` backend: fluent briefs and minutes from an OpenAI-compatible endpoint, every figure checked.

The model sees the numbered paragraphs (the citation ids) and the facts extracted from them, and
writes statements in the output language with their citations, the source sentence each rests on
(``quote``) and the figures each asserts; ``finbrief.verify`` holds them to the same check as the
extractive output, and more (``run``). Long documents are summarised part by part and reduced
within the context budget (``plan``). Answers are cached by content (``cache``); the endpoint,
model and limits come from options, the environment or a profile (``config``).

``openai`` is imported only when this backend runs: the extractive path needs no network and no
extra package.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import dataclasses
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar, cast

from finbrief.errors import FinbriefError
from finbrief.model import Brief, Document, FactSheet, Minutes, RunInfo, Statement
from finbrief.options import Options

T = TypeVar("T")

__all__ = ["LLMSummarizer"]


def _in_new_loop(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine to completion from synchronous code, even under a running event loop (a server)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()


class LLMSummarizer:
    """Summaries written by a language model and verified against the document."""

    name = "llm"

    def _run(
        self, doc: Document, facts: FactSheet, options: Options, what: Callable[[Any], Awaitable[T]]
    ) -> T:
        from finbrief.summarize.llm import config
        from finbrief.summarize.llm.cache import Cache
        from finbrief.summarize.llm.run import Run
        from finbrief.summarize.llm.usage import record
        from finbrief.summarize.text import output_lang

        endpoint = config.resolve(options.llm)
        lang = output_lang(options.lang, doc)

        async def go() -> T:
            cache = Cache() if options.llm.cache else None
            run = Run(doc, facts, endpoint, lang, cache, facts.company, facts.period)
            if cache is not None and cache.error:
                run.warnings.append(cache.error)
            try:
                await run.open()
                result = await what(run)
            finally:
                await run.close()
                if cache is not None:
                    cache.close()
                record(run.info())
            return result

        return _in_new_loop(go)

    def _or_extractive(self, kind: str, doc: Document, facts: FactSheet, options: Options) -> Any:
        """The ``kind`` output written by the model; with ``--fallback extractive``, the extractive
        one (with a warning, for a brief or minutes) when the endpoint cannot be used."""
        try:
            return self._run(doc, facts, options, lambda run: getattr(run, kind)())
        except FinbriefError as e:
            if options.llm.fallback != "extractive":
                raise
            from finbrief.summarize.extractive import ExtractiveSummarizer

            out = getattr(ExtractiveSummarizer(), kind)(doc, facts, options)
            if kind == "highlights":
                return out
            warning = f"llm backend not used ({e}); extractive output instead"
            return dataclasses.replace(
                out, warnings=(warning, *out.warnings), meta=RunInfo(backend="extractive", fallback=str(e))
            )

    def brief(self, doc: Document, facts: FactSheet, options: Options) -> Brief:
        return cast(Brief, self._or_extractive("brief", doc, facts, options))

    def minutes(self, doc: Document, facts: FactSheet, options: Options) -> Minutes:
        return cast(Minutes, self._or_extractive("minutes", doc, facts, options))

    def highlights(self, doc: Document, facts: FactSheet, options: Options) -> tuple[Statement, ...]:
        return cast(tuple[Statement, ...], self._or_extractive("highlights", doc, facts, options))
