"""The real documents of ../shared/corpus through the llm backend, with a deterministic fake model
composing its answers from the prompt: every statement English and verified; a cached re-run sends
nothing and gives the same brief."""

from __future__ import annotations

from pathlib import Path

import pytest

from finbrief import summarize
from finbrief.api import parse
from finbrief.options import LLMOptions, Options
from tests.summarize.llm.fake import fake_model
from tests.summarize.llm.server import ScriptedServer
from tests.summarize.llm.test_backend import assert_verified_english, statements

NAMES = ("000", "001", "002", "003", "004")


@pytest.mark.parametrize("key", NAMES)
def test_corpus_brief_in_english_all_verified_and_cached(shared_dir: Path, key: str) -> None:
    path = next((shared_dir / "corpus" / "alibaba").glob(f"{key}_*.txt"))
    doc = parse(path)
    with ScriptedServer(fake_model) as server:
        options = Options(lang="en", backend="llm", llm=LLMOptions(base_url=server.base_url, max_retries=0))
        first = summarize.brief(doc, options)
        sent = len(server.seen)
        again = summarize.brief(doc, options)
    assert sent > 0 and len(server.seen) == sent  # the re-run came from the cache
    assert_verified_english(first, doc)
    assert [(s.text, s.citations, s.quote, s.figures) for s in statements(again)] == [
        (s.text, s.citations, s.quote, s.figures) for s in statements(first)
    ]
    assert again.warnings == first.warnings
    assert first.highlights and first.core_viewpoint
