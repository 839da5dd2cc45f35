"""No truncation, ever: a three-hour call (about 40,000 words) within an 8k-token context."""

from __future__ import annotations

from functools import cache

from finbrief import facts as facts_stage
from finbrief import summarize
from finbrief.api import parse_bytes
from finbrief.model import Document
from finbrief.options import LLMOptions, Options
from tests.summarize.llm.fake import fake_model
from tests.summarize.llm.long_call import long_call, words
from tests.summarize.llm.server import ScriptedServer
from tests.summarize.llm.test_backend import assert_verified_english

BUDGET = 8192


@cache
def _doc() -> Document:
    return parse_bytes(long_call().encode("utf-8"), "three_hour_call.txt")


def test_a_three_hour_call_is_summarised_whole_within_an_8k_context() -> None:
    doc = _doc()
    assert words(long_call()) >= 38_000 and len(doc.qa) == 80
    found = facts_stage.run(doc)
    with ScriptedServer(fake_model, context=BUDGET) as server:
        options = Options(lang="en", backend="llm", llm=LLMOptions(base_url=server.base_url, context_budget=BUDGET,
                                                                   cache=False, max_retries=0))
        brief = summarize.brief(doc, options, found)
        minutes = summarize.minutes(doc, options, found)
    # every request fitted the model's context (the server counts tokens its own way and refuses more)
    assert server.rejected == 0 and server.largest_prompt < BUDGET
    assert not any("too long" in w or "cut at" in w or "exceed" in w for w in (*brief.warnings, *minutes.warnings))
    # every paragraph with content went to the model in some request
    sent = {p["n"] for s in server.seen if "paragraphs" in s.payload for p in s.payload["paragraphs"]}
    operator = {s.id for s in doc.speakers if s.side == "operator"}
    content = {p.n for p in doc.paragraphs if p.role == "text" and p.speaker not in operator}
    assert content <= sent
    # the reductions saw everything: notes were condensed, not cut
    assert server.tasks("Merge these notes")
    assert len(minutes.qa) == 80 and all(q.answer.text for q in minutes.qa)
    assert brief.core_viewpoint and brief.groups and brief.highlights and minutes.summary
    assert_verified_english(brief, doc)
    assert_verified_english(minutes, doc)
