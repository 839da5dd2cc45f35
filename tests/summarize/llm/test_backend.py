"""The llm backend against a scripted OpenAI-compatible server: only verified statements reach the
output, and every way an endpoint or a model can go wrong ends in the right warning or error."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterable
from typing import Any

import pytest

from finbrief import facts as facts_stage
from finbrief import summarize
from finbrief.model import Brief, Document, Minutes, Statement
from finbrief.options import LLMOptions, Options
from finbrief.summarize.llm.client import LLMError
from finbrief.summarize.names import segment_names
from finbrief.verify import check
from tests.summarize.helpers import zh_call
from tests.summarize.llm.conftest import Script
from tests.summarize.llm.fake import answer
from tests.summarize.llm.server import Reply, ScriptedServer, Seen

CJK = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


def opts(server: ScriptedServer | str, lang: str = "en", **llm: Any) -> Options:
    url = server if isinstance(server, str) else server.base_url
    llm.setdefault("max_retries", 0)
    # The run verifies answers on its event loop, so a request in flight waits for that work as well
    # as for the server: on a loaded machine a short timeout fires though the server answered at
    # once. Only the timeout tests set a short one.
    llm.setdefault("timeout", 300.0)
    return Options(lang=lang, backend="llm", llm=LLMOptions(base_url=url, **llm))


def statements(out: Brief | Minutes) -> list[Statement]:
    if isinstance(out, Brief):
        return [*out.core_viewpoint, *(p for g in out.groups for p in g.points), *out.highlights]
    return [
        *out.summary,
        *(s for c in out.chapters for s in c.summary),
        *(s for q in out.qa for s in (q.question, q.answer) if s.text),
    ]


def assert_verified_english(out: Brief | Minutes, doc: Document) -> None:
    found = facts_stage.run(doc)
    sts = statements(out)
    assert sts
    for s in sts:
        assert s.lang == "en" and not CJK.search(s.text), s
        assert s.quote and s.figures is not None, s
        assert check(s, doc, found) is None, (s, check(s, doc, found))


def texts(out: Brief | Minutes) -> list[str]:
    return [s.text for s in statements(out)]


def notes_for(n: int) -> Any:
    """A request match: the map request that carries paragraph ``n``."""
    return lambda seen: "paragraphs" in seen.payload and any(p["n"] == n for p in seen.payload["paragraphs"]) and (
        "failed verification" not in seen.task
    )


def with_extra(statement: dict[str, Any]) -> Any:
    """The fake model's answer with one more point."""

    def reply(seen: Seen) -> Reply:
        data = answer(seen.payload)
        data["points"].append(statement)
        return Reply(json.dumps(data, ensure_ascii=False))

    return reply


def invest_bad() -> tuple[int, dict[str, Any]]:
    """A hallucinated "$20 billion" for the call's RMB 200 billion investment plan (2000亿元)."""
    doc = zh_call()
    f = next(f for f in facts_stage.run(doc) if f.metric == "investment" and f.value == 2e11)
    quote = next(s.text for s in doc.paragraph(f.paragraph).sentences if f.evidence in s.text)
    return f.paragraph, {
        "text": "NovaSky will invest $20 billion in AI over three years.",
        "citations": [f.paragraph],
        "quote": quote,
        "figures": [{"value": 2e10, "unit": "USD", "subject": f.subject, "metric": "investment"}],
    }


def repairs(server: ScriptedServer) -> list[Seen]:
    return server.tasks("failed verification")


# ---------------------------------------------------------------------------- good answers
def test_good_answers_give_a_verified_english_brief_and_minutes(server: ScriptedServer) -> None:
    doc = zh_call()
    b = summarize.brief(doc, opts(server))
    assert_verified_english(b, doc)
    assert b.core_viewpoint and b.groups and b.highlights
    assert b.meta is not None and b.meta.backend == "llm" and b.meta.model == "scripted-model"
    assert b.meta.requests == len(server.seen) and b.meta.prompt_tokens > 0 and b.meta.completion_tokens > 0
    m = summarize.minutes(doc, opts(server))
    assert_verified_english(m, doc)
    assert len(m.qa) == len(doc.qa)
    for q in m.qa:
        assert q.asker and not CJK.search(q.asker)


def test_every_content_paragraph_is_sent_to_the_model(server: ScriptedServer) -> None:
    doc = zh_call()
    summarize.brief(doc, opts(server))
    sent = {p["n"] for s in server.seen if "paragraphs" in s.payload for p in s.payload["paragraphs"]}
    speakers = doc.speakers_by_id
    content = {
        p.n
        for p in doc.paragraphs
        if p.role == "text" and not (p.speaker and speakers[p.speaker].side == "operator")
    }
    assert content <= sent


# ---------------------------------------------------------------------------- adversarial answers
def test_a_hallucinated_figure_goes_back_once_then_is_dropped(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    n, bad = invest_bad()
    script.on(notes_for(n), with_extra(bad))
    b = summarize.brief(doc, opts(server))
    assert not any("$20 billion" in t for t in texts(b))
    assert_verified_english(b, doc)
    sent_back = [s for s in repairs(server) if "$20 billion" in json.dumps(s.payload, ensure_ascii=False)]
    assert len(sent_back) == 1
    assert sent_back[0].payload["failed"][0]["reasons"] == "figure '$20 billion' not found in the cited paragraphs"
    assert any("$20 billion" in w and "figure '$20 billion' not found in the cited paragraphs" in w for w in b.warnings)
    assert b.meta is not None and b.meta.repaired >= 1 and b.meta.dropped >= 1


def test_a_repaired_statement_is_kept(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    n, bad = invest_bad()
    fixed = {**bad, "text": "NovaSky will invest RMB 200 billion in AI over three years.",
             "figures": [{**bad["figures"][0], "value": 2e11, "unit": "CNY"}]}

    def repair(seen: Seen) -> Reply:
        items = [{**fixed, "index": f["index"]} for f in seen.payload["failed"]]
        return Reply(json.dumps({"statements": items}))

    script.on(notes_for(n), with_extra(bad)).on(lambda s: "failed verification" in s.task, repair)
    b = summarize.minutes(doc, opts(server))
    assert any("RMB 200 billion in AI" in t for t in texts(b))
    assert not any("$20 billion" in t for t in texts(b))
    assert_verified_english(b, doc)


def test_a_near_copy_quote_becomes_the_source_sentence_and_a_chinese_gloss_is_removed(
    script: Script, server: ScriptedServer
) -> None:
    doc = zh_call()
    n, bad = invest_bad()
    sentence = bad["quote"]
    near = sentence.replace("将在", "将").replace(",", "，").rstrip("。")  # a dropped word, other punctuation
    assert near not in sentence
    good = {**bad, "text": "NovaSky (星穹科技) will invest RMB 200 billion over three years.", "quote": near,
            "figures": [{**bad["figures"][0], "value": 2e11, "unit": "CNY"}]}
    script.on(notes_for(n), with_extra(good))
    m = summarize.minutes(doc, opts(server))
    kept = [s for s in statements(m) if s.text == "NovaSky will invest RMB 200 billion over three years."]
    assert kept and kept[0].quote == sentence
    assert_verified_english(m, doc)


def test_a_figure_given_to_the_wrong_segment_is_dropped(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    segment_fact = next(
        f for f in facts_stage.run(doc) if f.subject in segment_names() and f.unit == "%" and f.change is None
    )
    wrong = {
        "text": f"The group's {segment_fact.metric} was {segment_fact.value:g}%.",
        "citations": [segment_fact.paragraph],
        "quote": segment_fact.evidence,
        "figures": [{"value": segment_fact.value, "unit": "%", "subject": "company", "metric": segment_fact.metric}],
    }
    script.on(notes_for(segment_fact.paragraph), with_extra(wrong))
    m = summarize.minutes(doc, opts(server))
    assert wrong["text"] not in texts(m)
    assert any(f"belongs to {segment_fact.subject}" in w for w in m.warnings), m.warnings


@pytest.mark.parametrize(
    ("citations", "reason"),
    [([9999], "cites paragraph [9999], which was not given"), ([], "no citation")],
)
def test_invalid_or_missing_citations_are_dropped(
    script: Script, server: ScriptedServer, citations: list[int], reason: str
) -> None:
    doc = zh_call()
    n, _ = invest_bad()
    bad = {"text": "Management sounded confident.", "citations": citations, "quote": "公司", "figures": []}
    script.on(notes_for(n), with_extra(bad))
    b = summarize.brief(doc, opts(server))
    assert "Management sounded confident." not in texts(b)
    assert any("Management sounded confident." in w and reason in w for w in b.warnings), b.warnings


def test_a_statement_not_in_the_output_language_is_dropped(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    n, bad = invest_bad()
    chinese = {**bad, "text": "公司将投入2000亿元。", "figures": [{**bad["figures"][0], "value": 2e11, "unit": "CNY"}]}
    script.on(notes_for(n), with_extra(chinese))
    b = summarize.brief(doc, opts(server))
    assert_verified_english(b, doc)
    assert any("not written in English" in w for w in b.warnings)


def _first_map(seen: Seen) -> bool:
    return "paragraphs" in seen.payload and "failed verification" not in seen.task and seen.payload["paragraphs"][0]["n"] == 1


def _good(seen: Seen) -> Reply:
    return Reply(json.dumps(answer(seen.payload), ensure_ascii=False))


@pytest.mark.parametrize(
    "wrap",
    [
        lambda s: "```json\n" + s + "\n```",
        lambda s: "<think>The user wants notes. 收入 is revenue; I must cite paragraphs.</think>\n" + s,
        lambda s: "Here are the notes you asked for:\n" + s + "\nLet me know if you need more.",
    ],
    ids=["fenced", "think-preamble", "prose-around"],
)
def test_json_wrapped_in_fences_or_reasoning_is_read(script: Script, server: ScriptedServer, wrap: Any) -> None:
    doc = zh_call()
    script.on(_first_map, lambda seen: Reply(wrap(json.dumps(answer(seen.payload), ensure_ascii=False))))
    b = summarize.brief(doc, opts(server))
    first = [s for s in server.seen if _first_map(s)]
    assert len(first) == 1  # read as it was: no second request
    assert any(s.citations and s.citations[0] <= 4 for s in statements(b))
    assert not any("no usable answer" in w for w in b.warnings)


def test_malformed_json_is_asked_for_once_more(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    script.on(_first_map, lambda seen: Reply('{"title": "Results", "points": [{"text": "Revenue grew", '), _good)
    b = summarize.brief(doc, opts(server))
    first = [s for s in server.seen if _first_map(s)]
    assert len(first) == 2
    assert len(first[1].body["messages"]) == 4 and "not valid JSON" in first[1].body["messages"][-1]["content"]
    assert_verified_english(b, doc)
    assert not any("no usable answer" in w for w in b.warnings)


def test_malformed_twice_is_a_warning_not_a_crash(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    bad = lambda seen: Reply("{not json at all")  # noqa: E731
    script.on(_first_map, bad, bad)
    b = summarize.brief(doc, opts(server))
    assert any(w.startswith("paragraphs [1]") and "no usable answer" in w for w in b.warnings), b.warnings
    assert_verified_english(b, doc)


@pytest.mark.parametrize(
    "reply",
    [
        lambda seen: Reply(None, refusal="I can't help with financial documents."),
        lambda seen: Reply("I'm sorry, but I cannot help with that request."),
    ],
    ids=["refusal-field", "refusal-text"],
)
def test_a_refusal_is_reported(script: Script, server: ScriptedServer, reply: Any) -> None:
    doc = zh_call()
    script.on(_first_map, reply, reply)
    b = summarize.brief(doc, opts(server))
    assert any("the model refused" in w for w in b.warnings), b.warnings
    assert_verified_english(b, doc)


def test_an_answer_cut_at_max_tokens_is_asked_for_in_halves(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    script.on(_first_map, lambda seen: Reply('{"title": "Resu', finish_reason="length"))
    b = summarize.brief(doc, opts(server))
    cut = next(s for s in server.seen if _first_map(s))
    first_part = [p["n"] for p in cut.payload["paragraphs"]]
    assert len(first_part) > 1
    halves = [
        [p["n"] for p in s.payload["paragraphs"]]
        for s in server.seen
        if s is not cut
        and "paragraphs" in s.payload
        and s.payload["paragraphs"][0]["n"] in first_part
        and "failed" not in s.task
    ]
    covered = sorted(n for h in halves for n in h)
    assert covered == sorted(first_part) and all(len(h) < len(first_part) for h in halves)
    assert not any("nothing kept" in w for w in b.warnings)
    assert_verified_english(b, doc)


# ---------------------------------------------------------------------------- the endpoint
def test_429_with_retry_after_is_honoured(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    script.on(_first_map, lambda seen: Reply(status=429, headers={"Retry-After": "1"}, error="rate limited"))
    b = summarize.brief(doc, opts(server, max_retries=2))
    tries = [s for s in server.seen if _first_map(s)]
    assert len(tries) == 2 and tries[1].at - tries[0].at >= 0.95
    assert_verified_english(b, doc)


def test_a_500_is_retried(script: Script, server: ScriptedServer) -> None:
    doc = zh_call()
    script.on(_first_map, lambda seen: Reply(status=500, error="upstream crashed"))
    b = summarize.brief(doc, opts(server, max_retries=2))
    assert len([s for s in server.seen if _first_map(s)]) == 2
    assert_verified_english(b, doc)


def test_a_persistent_500_ends_the_run_with_one_line(script: Script, server: ScriptedServer) -> None:
    script.on(lambda s: True, *[lambda seen: Reply(status=500, error="upstream crashed")] * 50)
    with pytest.raises(LLMError) as e:
        summarize.brief(zh_call(), opts(server, max_retries=1))
    assert "HTTP 500 upstream crashed (2 attempts)" in str(e.value) and "\n" not in str(e.value)


def test_a_hang_times_out(script: Script, server: ScriptedServer) -> None:
    script.on(lambda s: True, *[lambda seen: Reply(delay=3.0)] * 20)
    with pytest.raises(LLMError) as e:
        summarize.brief(zh_call(), opts(server, timeout=0.5, max_retries=0))
    assert "did not answer within 0.5 s (1 attempts)" in str(e.value)


def test_refused_credentials_say_what_to_check(script: Script, server: ScriptedServer) -> None:
    script.on(lambda s: True, *[lambda seen: Reply(status=401, error="invalid api key")] * 20)
    with pytest.raises(LLMError) as e:
        summarize.brief(zh_call(), opts(server))
    assert "refused the request (HTTP 401: invalid api key)" in str(e.value)
    assert "FINBRIEF_LLM_API_KEY" in str(e.value)


def test_a_model_the_endpoint_does_not_serve_is_named(server: ScriptedServer) -> None:
    with pytest.raises(LLMError) as e:
        summarize.brief(zh_call(), opts(server, model="no-such-model"))
    assert "answered 404 for model 'no-such-model'" in str(e.value)


def test_an_unusable_cache_is_a_warning_not_a_failure(server: ScriptedServer, tmp_path: Any, monkeypatch: Any) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("FINBRIEF_LLM_CACHE", str(blocker / "cache.sqlite"))
    b = summarize.brief(zh_call(), opts(server))
    assert b.core_viewpoint and any(w.startswith("LLM cache") and "not used" in w for w in b.warnings)


def _closed_port() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


def test_an_unreachable_endpoint_is_one_clear_error() -> None:
    url = _closed_port()
    with pytest.raises(LLMError) as e:
        summarize.brief(zh_call(), opts(url))
    assert str(e.value).startswith(f"cannot reach the LLM endpoint {url}")


def test_fallback_extractive_writes_the_extractive_output_with_a_warning() -> None:
    url = _closed_port()
    b = summarize.brief(zh_call(), opts(url, fallback="extractive"))
    extractive = summarize.brief(zh_call(), Options(lang="en"))
    assert b.core_viewpoint == extractive.core_viewpoint and b.highlights == extractive.highlights
    assert b.warnings[0].startswith("llm backend not used (cannot reach the LLM endpoint")
    assert b.meta is not None and b.meta.backend == "extractive" and b.meta.fallback


# ---------------------------------------------------------------------------- cache, languages
def _plain(out: Brief | Minutes) -> list[Any]:
    return [(s.text, s.citations, s.quote, s.figures) for s in statements(out)]


def test_a_cached_rerun_sends_nothing_and_gives_the_same_output(server: ScriptedServer) -> None:
    doc = zh_call()
    first = summarize.brief(doc, opts(server))
    sent = len(server.seen)
    assert sent > 0
    again = summarize.brief(doc, opts(server))
    assert len(server.seen) == sent
    assert _plain(again) == _plain(first) and again.warnings == first.warnings
    assert again.meta is not None and again.meta.requests == 0 and again.meta.cached == sent
    summarize.brief(doc, opts(server, cache=False))
    assert len(server.seen) == 2 * sent


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant"])
def test_chinese_output_is_in_the_requested_script(server: ScriptedServer, lang: str) -> None:
    from finbrief.summarize.text import to_script

    doc = zh_call()
    m = summarize.minutes(doc, opts(server, lang=lang))
    found = facts_stage.run(doc)
    sts = statements(m)
    assert sts
    for s in sts:
        assert s.lang == lang and to_script(s.text, lang) == s.text
        assert check(s, doc, found) is None


def _all_words(items: Iterable[str]) -> str:
    return " ".join(items)


def test_a_long_part_is_split_before_it_is_sent(server: ScriptedServer) -> None:
    """A small context budget: more, smaller requests, each within the budget."""
    doc = zh_call()
    summarize.brief(doc, opts(server, context_budget=2048 + 1024))
    assert server.largest_prompt <= 3072
